"""Result: what one analysis gives, as plain tables every view (exports, plots, widgets, the API) reads."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from emotion_jax.timeline import Timeline

PEOPLE_SCHEMA = pa.schema([("participant", pa.string()), ("face_track", pa.int64()), ("speaker", pa.int64())])
# movement synchrony of two participants in one window ("window") or over the session ("session"): the highest
# lagged correlation of their motion energy, its lag (> 0: participant_a leads), and the 95th percentile that
# shuffled segments reach (emotion_jax.movement.synchrony)
SYNCHRONY_SCHEMA = pa.schema([
    ("participant_a", pa.string()), ("participant_b", pa.string()), ("scope", pa.string()),
    ("start", pa.float64()), ("end", pa.float64()), ("synchrony", pa.float64()), ("lag_s", pa.float64()),
    ("chance_95", pa.float64()), ("above_chance", pa.bool_())])


@dataclass(frozen=True)
class Result:
    """The timeline, every word with its speaker and times, each turn's readings and prosody, who is who (each
    participant's face track and speaker id, -1 where they have none), and each pair's movement synchrony."""

    timeline: Timeline
    words: pa.Table
    turns: pa.Table
    people: pa.Table = field(default_factory=PEOPLE_SCHEMA.empty_table)
    synchrony: pa.Table = field(default_factory=SYNCHRONY_SCHEMA.empty_table)
