"""Jupyter widgets over the analysis: run panel, timeline viewer, annotations, consent form, redaction review."""

from emotion_jax.annotations import Annotation
from emotion_jax.widgets.annotation_panel import AnnotationPanel
from emotion_jax.widgets.consent_form import ConsentForm
from emotion_jax.widgets.redaction_review import RedactionReview
from emotion_jax.widgets.run_panel import RunPanel
from emotion_jax.widgets.timeline_view import TimelineView

__all__ = ["Annotation", "AnnotationPanel", "ConsentForm", "RedactionReview", "RunPanel", "TimelineView"]
