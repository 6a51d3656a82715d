"""Result: what one analysis gives, as plain tables every view (exports, plots, widgets, the API) reads."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from emotion_jax.timeline import Timeline

PEOPLE_SCHEMA = pa.schema([("participant", pa.string()), ("face_track", pa.int64()), ("speaker", pa.int64())])


@dataclass(frozen=True)
class Result:
    """The timeline, every word with its speaker and times, each turn's readings and prosody, and who is who
    (each participant's face track and speaker id, -1 where they have none)."""

    timeline: Timeline
    words: pa.Table
    turns: pa.Table
    people: pa.Table = field(default_factory=PEOPLE_SCHEMA.empty_table)
