"""Redaction review: the personal details privacy.redact proposes in a transcript, each accepted or rejected."""

from __future__ import annotations

import html

import ipywidgets as w
import pyarrow as pa

from emotion_jax.store import SessionStore
from emotion_jax.transcript import redacted_table, words_from_table
from emotion_jax.widgets.shown import Shown
from privacy.redact import Review, Word, accepted, apply_to_words, audio_spans, decide, propose, start_review

STORE_NAME = "words-redacted"
CHOICES = {"undecided (redacted)": None, "redact": True, "keep": False}


def context(words: list[Word], start: int, stop: int, around: int = 5) -> str:
    """The proposed words in bold with a few words either side, as HTML."""
    before = " ".join(x.text for x in words[max(0, start - around):start])
    span = " ".join(x.text for x in words[start:stop])
    after = " ".join(x.text for x in words[stop:stop + around])
    return f"…{html.escape(before)} <b>{html.escape(span)}</b> {html.escape(after)}…"


class RedactionReview(Shown):
    """One row per proposal with its category, reason and context; undecided proposals count as redacted."""

    def __init__(self, words: pa.Table, names: dict[str, list[str]] | None = None, store: SessionStore | None = None,
                 session: str | None = None) -> None:
        self.table, self.words, self.store, self.session = words, words_from_table(words), store, session
        self.review = start_review(propose(self.words, names))
        self.choices = [w.ToggleButtons(options=list(CHOICES), style={"button_width": "150px"})
                        for _ in self.review.proposals]
        for i, choice in enumerate(self.choices):
            choice.observe(lambda c, i=i: self.decide(i, CHOICES[c.new]), "value")
        rows = [w.VBox([w.HTML(f"<b>{p.category}</b> ({p.reason}, score {p.score:.2f}) at "
                               f"{self.words[p.start].start:.1f} s: {context(self.words, p.start, p.stop)}"), c])
                for p, c in zip(self.review.proposals, self.choices)]
        self.summary = w.HTML()
        self.widget = w.VBox([*rows, self.summary] if rows else [w.HTML("<i>nothing to redact was found</i>")])
        self._show()

    def decide(self, index: int, accept: bool | None) -> None:
        """Redact (True), keep (False) or leave undecided (None, redacted on apply) proposal `index`."""
        if accept is None:
            decisions = tuple(None if k == index else d for k, d in enumerate(self.review.decisions))
            self.review = Review(self.review.proposals, decisions)
        else:
            self.review = decide(self.review, index, accept)
        label = next(k for k, v in CHOICES.items() if v is accept)
        if self.choices[index].value != label:
            self.choices[index].value = label
        self._show()

    def redacted(self) -> pa.Table:
        """The words table with the accepted and undecided spans replaced by their tags."""
        return redacted_table(self.table, apply_to_words(self.words, accepted(self.review)))

    def audio_spans(self) -> list[tuple[float, float]]:
        """Seconds of audio to bleep for the redacted spans."""
        return audio_spans(self.words, accepted(self.review))

    def save(self) -> None:
        """Keep the redacted words in the store (encrypted) and log the redaction."""
        if self.store is None:
            raise ValueError("no store to save to: give store and session")
        self.store.put_table(self.session, STORE_NAME, self.redacted())
        self.store.log("redact", self.session, {"spans": len(accepted(self.review))})

    def _show(self) -> None:
        done = sum(d is not None for d in self.review.decisions)
        self.summary.value = (f"{done} of {len(self.review.proposals)} decided; "
                              f"{len(accepted(self.review))} will be redacted")
