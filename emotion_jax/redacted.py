"""An analysis with its reviewed redactions applied wherever its words can appear, and the line exports carry about it.

The review is the session's redacted words table (the redaction review's or `export-deidentified`'s
"words-redacted"): each word it changed is hidden in the words, in every turn's text and in any free text
an export carries (annotations, names), wherever it occurs, not only where the review met it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pyarrow as pa

from emotion_jax.result import Result

UNREVIEWED = ("redaction: NOT REVIEWED - no redaction review was kept for this session, so names and other "
              "personal details in the transcript are not redacted")
_EDGES = " \t.,;:!?\"'()[]"  # around a word, not part of what is hidden
_TAG = re.compile(r"\[[A-Z_]+\]")


@dataclass(frozen=True)
class Redaction:
    """What an export says about redaction (`status`, for its header) and hides: each (text, tag) pair."""

    status: str
    hidden: tuple[tuple[str, str], ...] = ()  # longest first

    @property
    def reviewed(self) -> bool:
        return self.status != UNREVIEWED

    def scrub(self, text: str | None) -> str | None:
        """`text` with every hidden word or phrase (any case, whole words only) replaced by its tag."""
        for secret, tag in self.hidden if text else ():
            text = re.sub(rf"(?<!\w){re.escape(secret)}(?!\w)", tag, text, flags=re.IGNORECASE)
        return text


def review(words: pa.Table, redacted: pa.Table | None) -> Redaction:
    """The redaction a reviewed words table (None: no review) makes of an analysis' words table."""
    if redacted is None:
        return Redaction(UNREVIEWED)
    if redacted.num_rows != words.num_rows or not redacted.column("start").equals(words.column("start")):
        raise ValueError(f"the redacted words ({redacted.num_rows}) are not this analysis' words ({words.num_rows}): "
                         "review the redactions of this session's own transcript")
    hidden: dict[str, str] = {}
    tag = "[REDACTED]"
    for said, kept in zip(words.column("word").to_pylist(), redacted.column("word").to_pylist()):
        if said == kept:
            continue
        head = 0  # what the redaction left around the hidden part (punctuation, a possessive 's)
        while head < min(len(said), len(kept)) and said[head] == kept[head]:
            head += 1
        tail = 0
        while tail < min(len(said), len(kept)) - head and said[-1 - tail] == kept[-1 - tail]:
            tail += 1
        found = _TAG.search(kept)
        tag = found.group(0) if found else tag  # later words of a span are emptied: their span's tag
        secret = said[head:len(said) - tail].strip(_EDGES)
        if secret:
            hidden.setdefault(secret.lower(), tag)
    pairs = tuple(sorted(hidden.items(), key=lambda kv: -len(kv[0])))
    return Redaction(f"redaction: reviewed; {len(pairs)} word(s) hidden wherever they occur, as their tag "
                     "(e.g. [NAME])", pairs)


def apply(analysis: Result, redaction: Redaction, redacted: pa.Table | None) -> Result:
    """The analysis as exports may show it: the reviewed words, and every text and name scrubbed."""
    if not redaction.reviewed:
        return analysis

    def scrubbed(table: pa.Table, column: str, values: list | None = None) -> pa.Table:
        values = table.column(column).to_pylist() if values is None else values
        return table.set_column(table.schema.get_field_index(column), column,
                                pa.array([redaction.scrub(v) for v in values], pa.string()))

    words = scrubbed(scrubbed(analysis.words, "word", redacted.column("word").to_pylist()), "participant")
    turns = scrubbed(scrubbed(analysis.turns, "text"), "participant")
    timeline = replace(analysis.timeline, participants=tuple(map(redaction.scrub, analysis.timeline.participants)),
                       notes=tuple(map(redaction.scrub, analysis.timeline.notes)))
    return replace(analysis, timeline=timeline, words=words, turns=turns,
                   people=scrubbed(analysis.people, "participant"),
                   synchrony=scrubbed(scrubbed(analysis.synchrony, "participant_a"), "participant_b"))
