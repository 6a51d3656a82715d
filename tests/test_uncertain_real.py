"""'Uncertain' on a real clip: the debate clip (two people, five seconds) has readings too weak or too mixed to
answer, and they are marked uncertain in the Timeline, the viewer, the plot and every export."""

from __future__ import annotations

import numpy as np
import pytest
from pympi.Elan import Eaf

import emotion_jax as ej
from emotion_jax.widgets.timeline_view import TimelineView, why_html

CLIP = "video/debate_2people_5s.mp4"


@pytest.fixture(scope="module")
def debate(data_dir, tmp_path_factory):
    a = ej.analyze(data_dir / CLIP, progress=False)
    return a, a.export(tmp_path_factory.mktemp("debate"))


def test_some_windows_are_uncertain_in_the_timeline(debate):
    a, _ = debate
    unsure = a.windows.uncertain
    assert unsure.any() and not unsure.all()
    assert not (unsure & ~a.windows.present).any()  # only readings that exist can be uncertain
    assert a.timeline["uncertain"].any() and a.timeline["uncertain"].sum() == unsure.sum()


def test_the_viewer_says_uncertain_where_the_timeline_is(debate):
    a, _ = debate
    w, p, _ = np.argwhere(a.windows.uncertain)[0]
    person = a.windows.participants[p]
    assert "uncertain (" in why_html(a.windows, person, float(a.windows.starts[w]) + 0.5)
    view = TimelineView(a.windows, a.result.turns)
    view.select(person)
    view.set_cursor(float(a.windows.starts[w]) + 0.5)
    assert "uncertain (" in view.why.value


def test_every_export_carries_uncertain(debate):
    a, written = debate
    csv = written["timeline_csv"].read_text(encoding="utf-8")
    assert ",true," in csv.lower() or ",true\n" in csv.lower()
    eaf = Eaf(str(written["eaf"]))
    labels = {v for tier in eaf.get_tier_names() for *_, v in eaf.get_annotation_data_for_tier(tier)}
    assert "uncertain" in labels
    assert any("uncertain" in line for line in a.summary())
