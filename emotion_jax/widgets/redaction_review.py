"""Redaction review: the personal details privacy.redact proposes in a transcript, each with its type, score and
what found it; the reviewer accepts or rejects each one or adds a span the detector missed. Decisions go to the
audit log (never the words themselves); added spans join the project's list, proposed on later sessions."""

from __future__ import annotations

import html
import json

import ipywidgets as w
import pyarrow as pa

from emotion_jax.store import SessionStore
from emotion_jax.transcript import redacted_table, words_from_table
from emotion_jax.widgets.shown import Shown
from privacy.redact import (
    CATEGORIES,
    Proposal,
    Review,
    Word,
    accepted,
    apply_to_words,
    audio_spans,
    decide,
    manual,
    propose,
    start_review,
)

STORE_NAME = "words-redacted"
TERMS_NAME = "redaction-terms"  # per session: the (text, category) spans its reviewer added
CHOICES = {"undecided (redacted)": None, "redact": True, "keep": False}


def context(words: list[Word], start: int, stop: int, around: int = 5) -> str:
    """The proposed words in bold with a few words either side, as HTML."""
    before = " ".join(x.text for x in words[max(0, start - around):start])
    span = " ".join(x.text for x in words[start:stop])
    after = " ".join(x.text for x in words[stop:stop + around])
    return f"…{html.escape(before)} <b>{html.escape(span)}</b> {html.escape(after)}…"


def project_terms(store: SessionStore) -> list[tuple[str, str]]:
    """Every (text, category) a reviewer added on any session of the store: the project's list."""
    terms: dict[tuple[str, str], None] = {}
    for session in store.sessions():
        if store.has(session, TERMS_NAME):
            terms.update(dict.fromkeys((t, c) for t, c in json.loads(store.get(session, TERMS_NAME))))
    return list(terms)


class RedactionReview(Shown):
    """One row per proposal with its category, score, source, reason and context; undecided ones count as
    redacted. With a store, the project's list is proposed too and every decision is audited."""

    def __init__(self, words: pa.Table, names: dict[str, list[str]] | None = None, store: SessionStore | None = None,
                 session: str | None = None, terms: list[tuple[str, str]] | None = None) -> None:
        self.table, self.words, self.store, self.session = words, words_from_table(words), store, session
        self.terms = [*(project_terms(store) if store else []), *(terms or [])]
        self.added: list[tuple[str, str]] = []
        self._quiet = False
        self.review = start_review(propose(self.words, names, terms=self.terms))
        self.choices: list[w.ToggleButtons] = []
        self.rows = w.VBox()
        self.span = w.IntRangeSlider(min=0, max=max(len(self.words) - 1, 0), value=(0, 0), description="words")
        self.category = w.Dropdown(options=list(CATEGORIES), value="NAME", description="type")
        self.add_button = w.Button(description="add span")
        self.add_button.on_click(lambda _: self.add(self.span.value[0], self.span.value[1] + 1, self.category.value))
        self.summary = w.HTML()
        adding = w.HBox([self.span, self.category, self.add_button])
        self.widget = w.VBox([self.rows, adding, self.summary])
        self._rows()

    def decide(self, index: int, accept: bool | None) -> None:
        """Redact (True), keep (False) or leave undecided (None, redacted on apply) proposal `index`."""
        if accept is None:
            decisions = tuple(None if k == index else d for k, d in enumerate(self.review.decisions))
            self.review = Review(self.review.proposals, decisions)
        else:
            self.review = decide(self.review, index, accept)
        label = next(k for k, v in CHOICES.items() if v is accept)
        if self.choices[index].value != label:
            self._quiet = True  # the toggle follows without deciding (and logging) a second time
            self.choices[index].value = label
            self._quiet = False
        self._audit("decision", index, {None: "undecided", True: "redact", False: "keep"}[accept])
        self._show()

    def add(self, start: int, stop: int, category: str) -> Proposal:
        """Redact words [start, stop) the detector missed, as `category`; the text joins the project's list."""
        found = manual(self.words, start, stop, category)
        self.review = Review((*self.review.proposals, found), (*self.review.decisions, True))
        self.added.append((found.text, category))
        self._rows()
        self._audit("added", len(self.review.proposals) - 1, "redact")
        return found

    def redacted(self) -> pa.Table:
        """The words table with the accepted and undecided spans replaced by their tags."""
        return redacted_table(self.table, apply_to_words(self.words, accepted(self.review)))

    def audio_spans(self) -> list[tuple[float, float]]:
        """Seconds of audio to bleep for the redacted spans."""
        return audio_spans(self.words, accepted(self.review))

    def save(self) -> None:
        """Keep the redacted words and the reviewer's added spans in the store (encrypted) and log the redaction."""
        if self.store is None:
            raise ValueError("no store to save to: give store and session")
        self.store.put_table(self.session, STORE_NAME, self.redacted())
        if self.added:
            self.store.put(self.session, TERMS_NAME, json.dumps(self.added).encode(), derived_from=("words",))
        self.store.log("redact", self.session, {"spans": len(accepted(self.review)), "added": len(self.added)})

    def _audit(self, step: str, index: int, decision: str) -> None:
        """Log a decision by position, type, score and source: never the words (the log is not encrypted)."""
        if self.store is not None and self.session is not None:
            p = self.review.proposals[index]
            self.store.log("redact", self.session, {"step": step, "proposal": index, "start": p.start, "stop": p.stop,
                                                  "category": p.category, "score": round(p.score, 3),
                                                  "source": p.source, "decision": decision})

    def _rows(self) -> None:
        old = [c.value for c in self.choices]
        self.choices = [w.ToggleButtons(options=list(CHOICES), style={"button_width": "150px"})
                        for _ in self.review.proposals]
        for i, (choice, decision) in enumerate(zip(self.choices, self.review.decisions)):
            choice.value = old[i] if i < len(old) else next(k for k, v in CHOICES.items() if v is decision)
            choice.observe(lambda c, i=i: self._quiet or self.decide(i, CHOICES[c.new]), "value")
        self.rows.children = [
            w.VBox([w.HTML(f"<b>{p.category}</b> score {p.score:.2f}, found by {html.escape(p.source)} "
                           f"({html.escape(p.reason)}) at {self.words[p.start].start:.1f} s: "
                           f"{context(self.words, p.start, p.stop)}"), c])
            for p, c in zip(self.review.proposals, self.choices)
        ] or [w.HTML("<i>nothing to redact was found</i>")]
        self._show()

    def _show(self) -> None:
        done = sum(d is not None for d in self.review.decisions)
        self.summary.value = (f"{done} of {len(self.review.proposals)} decided; "
                              f"{len(accepted(self.review))} will be redacted")
