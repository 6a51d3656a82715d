"""The annotation panel under a TimelineView: add a marker, a note over a range, or a label correction at the cursor."""

from __future__ import annotations

import html

import ipywidgets as w

from emotion_jax import annotations as notes
from emotion_jax.labels import EMOTIONS
from emotion_jax.store import SessionStore
from emotion_jax.widgets.shown import Shown
from emotion_jax.widgets.timeline_view import TimelineView


class AnnotationPanel(Shown):
    """Adds annotations for the view's participant at its cursor; saved to the store (encrypted) when given."""

    def __init__(self, view: TimelineView, author: str, store: SessionStore | None = None,
                 session: str | None = None) -> None:
        self.view, self.author, self.store, self.session = view, author, store, session
        if store is not None:
            view.annotations = notes.load(store, session)
            view.refresh()
        self.kind = w.Dropdown(options=notes.KINDS, description="kind")
        self.length = w.BoundedFloatText(0.0, min=0.0, max=view.duration, description="length (s)")
        self.label = w.Dropdown(options=EMOTIONS, description="label")
        self.text = w.Text(description="note", layout=w.Layout(width="60%"))
        add = w.Button(description="Add at cursor")
        add.on_click(lambda _: self.add(self.kind.value, self.text.value, self.label.value, self.length.value))
        self.listing = w.HTML()
        self.widget = w.VBox([w.HBox([self.kind, self.length, self.label]), w.HBox([self.text, add]), self.listing])
        self._show()

    @property
    def annotations(self) -> list[notes.Annotation]:
        return self.view.annotations

    def add(self, kind: str = "marker", text: str = "", label: str = "", length: float = 0.0) -> notes.Annotation:
        """Annotate [cursor, cursor + length] for the view's participant; returns the new annotation."""
        start = self.view.cursor
        made = notes.new_annotation(start, self.view.participant, kind, end=min(start + length, self.view.duration),
                                    text=text, label=label if kind == "label" else "", author=self.author)
        self.view.annotations = notes.annotate(self.view.annotations, made)
        if self.store is not None:
            notes.save(self.view.annotations, self.store, self.session)
        self.view.refresh()
        self._show()
        return made

    def _show(self) -> None:
        rows = "".join(f"<li>{a.start:.1f}–{a.end:.1f} s {html.escape(a.participant)} · {a.kind}"
                       f"{' → ' + a.label if a.label else ''} {html.escape(a.text)}</li>"
                       for a in self.view.annotations)
        self.listing.value = f"<ul>{rows}</ul>" if rows else "<i>no annotations yet</i>"
