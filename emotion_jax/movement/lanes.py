"""Body language per participant in the timeline's windows, and movement synchrony for each pair.

Read from the face stage's result: each face's head pose and body motion energy at the analysis frames. Facing
the camera is a head-pose proxy for attention (yaw and pitch within `FACING_DEGREES`): one camera cannot tell
where the eyes look, nor whether someone off screen is being looked at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
import pyarrow as pa

from emotion_jax.face.tracks import Faces
from emotion_jax.movement.head import NodConfig, head_events, head_speed, smoothed
from emotion_jax.movement.synchrony import SynchronyConfig, synchrony
from emotion_jax.result import SYNCHRONY_SCHEMA
from emotion_jax.timeline import MOVEMENT

FACING_DEGREES = 20.0  # a head turned less than this in yaw and pitch faces the camera


@dataclass(frozen=True)
class MovementConfig:
    """How head movement and synchrony are read."""

    nods: NodConfig = field(default_factory=NodConfig)
    smooth_frames: int = 3  # head speed is read from the pose median-filtered over this many analysis frames
    synchrony: SynchronyConfig = field(default_factory=SynchronyConfig)


def frame_series(faces: Faces, track: int) -> tuple[np.ndarray, np.ndarray]:
    """(pose (F, 3), motion energy (F,)) of one face track at every analysis frame; NaN where it was not seen."""
    pose = np.full((len(faces.frame_times), 3), np.nan, np.float32)
    energy = np.full(len(faces.frame_times), np.nan, np.float32)
    mine = np.flatnonzero(faces.track_ids == track)
    frame = np.searchsorted(faces.frame_times, faces.times[mine])
    pose[frame], energy[frame] = faces.pose[mine], faces.energy[mine]
    return pose, energy


def window_movement(faces: Faces, track: int, starts: np.ndarray, win: float,
                    config: MovementConfig = MovementConfig()) -> np.ndarray:
    """(W, len(MOVEMENT)) one face track's head speed (deg/s), nods and shakes begun, share of frames facing the
    camera and mean motion energy in each window; NaN where the track was not seen."""
    out = np.full((len(starts), len(MOVEMENT)), np.nan, np.float32)
    times = faces.frame_times
    pose, energy = frame_series(faces, track)
    seen = np.isfinite(pose).all(axis=1)
    window = np.minimum((times // win).astype(np.int64), len(starts) - 1)
    speed = head_speed(times, smoothed(pose, config.smooth_frames))
    facing = (np.abs(pose[:, :2]) <= FACING_DEGREES).all(axis=1).astype(np.float64)
    counts = np.bincount(window[seen], minlength=len(starts))
    read = counts > 0
    for column, values in ((0, speed), (3, facing), (4, energy)):
        ok = seen & np.isfinite(values)
        total = np.bincount(window[ok], weights=values[ok], minlength=len(starts))
        n = np.bincount(window[ok], minlength=len(starts))
        out[:, column] = np.where(n > 0, total / np.maximum(n, 1), np.nan)
    for column, kind in ((1, "nod"), (2, "shake")):
        begun = [e.start for e in head_events(times, pose, config.nods) if e.kind == kind]
        out[read, column] = np.bincount(np.minimum((np.asarray(begun) // win).astype(np.int64), len(starts) - 1),
                                        minlength=len(starts))[read]
    return out


def synchrony_table(faces: Faces, people: dict[str, int], fps: float,
                    config: SynchronyConfig = SynchronyConfig()) -> pa.Table:
    """Movement synchrony of each pair of participants with a face ({name: face track}): one row per window and
    one for the session, each with the chance level that shuffled segments give."""
    rows = []
    energy = {name: frame_series(faces, track)[1] for name, track in people.items()}
    for a, b in combinations(energy, 2):
        found = synchrony(energy[a], energy[b], fps, config)
        ends = found.starts + config.window_seconds
        for start, end, peak, lag in zip(found.starts, ends, found.peak, found.lag):
            rows.append(dict(participant_a=a, participant_b=b, scope="window", start=float(start),
                             end=float(end), synchrony=float(peak), lag_s=float(lag),
                             chance_95=found.window_chance_95,
                             above_chance=bool(np.isfinite(peak) and peak > found.window_chance_95)))
        rows.append(dict(participant_a=a, participant_b=b, scope="session", start=0.0,
                         end=float(faces.duration), synchrony=found.session, lag_s=found.leader_lag,
                         chance_95=found.chance_95, above_chance=found.above_chance))
    return pa.Table.from_pylist(rows, SYNCHRONY_SCHEMA)
