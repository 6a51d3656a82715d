"""Clinician annotations: markers, notes and label corrections at a time or range, kept as an Arrow table.

Kept encrypted in the session store (output "annotations") when a store is given, else only in memory.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import pyarrow as pa

from emotion_jax.labels import EMOTIONS
from emotion_jax.store import SessionStore

KINDS = ("marker", "note", "label")  # a point marker, a note over a range, a corrected emotion label
STORE_NAME = "annotations"
SCHEMA = pa.schema([("start", pa.float64()), ("end", pa.float64()), ("participant", pa.string()),
                    ("kind", pa.string()), ("text", pa.string()), ("label", pa.string()),
                    ("author", pa.string()), ("created", pa.string())])


@dataclass(frozen=True)
class Annotation:
    """One annotation; `end == start` for a marker, `label` is the corrected emotion for kind 'label'."""

    start: float
    end: float
    participant: str
    kind: str
    text: str = ""
    label: str = ""
    author: str = ""
    created: str = ""  # ISO time (UTC)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {self.kind!r}")
        if self.end < self.start:
            raise ValueError(f"an annotation ends ({self.end}) before it starts ({self.start})")
        if self.kind == "label" and self.label not in EMOTIONS:
            raise ValueError(f"a label correction needs one of {EMOTIONS}, not {self.label!r}")


def new_annotation(start: float, participant: str, kind: str = "marker", *, end: float | None = None,
                   text: str = "", label: str = "", author: str = "") -> Annotation:
    """An annotation made now; a marker (no `end`) ends where it starts."""
    return Annotation(float(start), float(start if end is None else end), participant, kind, text, label, author,
                      datetime.now(UTC).isoformat(timespec="seconds"))


def annotate(annotations: list[Annotation], annotation: Annotation) -> list[Annotation]:
    """A new list with `annotation` added, sorted by time."""
    return sorted([*annotations, annotation], key=lambda a: (a.start, a.end))


def to_table(annotations: list[Annotation]) -> pa.Table:
    """The annotations as an Arrow table (one row each)."""
    return pa.Table.from_pylist([asdict(a) for a in annotations], schema=SCHEMA)


def from_table(table: pa.Table) -> list[Annotation]:
    """Annotations back from `to_table`'s table."""
    return [Annotation(**row) for row in table.select(SCHEMA.names).to_pylist()]


def save(annotations: list[Annotation], store: SessionStore, session: str) -> None:
    """Keep the annotations in the store, encrypted, replacing the previous version."""
    store.put_table(session, STORE_NAME, to_table(annotations))


def load(store: SessionStore, session: str) -> list[Annotation]:
    """The session's annotations from the store (none if never saved)."""
    return from_table(store.get_table(session, STORE_NAME)) if store.has(session, STORE_NAME) else []
