"""Body language per participant in the timeline's windows, and movement synchrony for each pair.

Read from the face stage's result: each face's head pose and body motion energy at the analysis frames. Facing
the camera (yaw and pitch within `FACING_DEGREES`) and turned toward another face on screen (yaw of at least
`FACING_DEGREES` to its side) are head-pose proxies for attention: one camera cannot tell where the eyes look,
nor whether someone off screen is being looked at, and in a split-screen picture nobody turns toward anybody.
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
from emotion_jax.timeline import MOVEMENT, window_means

FACING_DEGREES = 20.0  # a head turned less than this in yaw and pitch faces the camera


@dataclass(frozen=True)
class MovementConfig:
    """How head movement and synchrony are read."""

    nods: NodConfig = field(default_factory=NodConfig)
    smooth_frames: int = 3  # head speed is read from the pose median-filtered over this many analysis frames
    synchrony: SynchronyConfig = field(default_factory=SynchronyConfig)


@dataclass(frozen=True)
class Series:
    """One face track at every analysis frame (NaN where it was not seen)."""

    seen: np.ndarray    # (F,) bool: the face was found in the frame
    pose: np.ndarray    # (F, 3) yaw, pitch, roll, degrees
    energy: np.ndarray  # (F,) motion energy of the body under the face
    centre: np.ndarray  # (F,) the face box's horizontal middle, pixels


def frame_series(faces: Faces, track: int) -> Series:
    """One face track's pose, motion energy and place at every analysis frame."""
    frames = len(faces.frame_times)
    mine = np.flatnonzero(faces.track_ids == track)
    at = np.searchsorted(faces.frame_times, faces.times[mine])
    seen = np.zeros(frames, bool)
    pose, energy, centre = np.full((frames, 3), np.nan, np.float32), np.full(frames, np.nan), np.full(frames, np.nan)
    seen[at], pose[at], energy[at] = True, faces.pose[mine], faces.energy[mine]
    centre[at] = faces.boxes[mine][:, [0, 2]].mean(axis=1)
    return Series(seen, pose, energy, centre)


def toward_others(me: Series, others: list[Series]) -> np.ndarray:
    """(F,) 1 where the head is turned toward the nearest other face on screen (yaw of at least FACING_DEGREES
    to its side), 0 where it is not, NaN where no other face is on screen or the pose was not read."""
    out = np.full(len(me.seen), np.nan)
    if not others:
        return out
    gaps = np.stack([o.centre - me.centre for o in others])  # (O, F)
    nearest = np.take_along_axis(gaps, np.nanargmin(np.where(np.isnan(gaps), np.inf, np.abs(gaps)), axis=0)[None],
                                 axis=0)[0]
    read = np.isfinite(nearest) & np.isfinite(me.pose[:, 0])
    out[read] = (np.sign(nearest[read]) * me.pose[read, 0] >= FACING_DEGREES).astype(float)
    return out


def window_movement(faces: Faces, track: int, starts: np.ndarray, win: float,
                    config: MovementConfig = MovementConfig(), others: tuple[int, ...] = ()) -> np.ndarray:
    """(W, len(MOVEMENT)) one face track's head speed (deg/s), nods and shakes begun, shares of frames facing the
    camera and turned toward another face track of `others` on screen, and mean motion energy in each window;
    NaN where the track was not seen (or, for `toward_other`, no other face was)."""
    times = faces.frame_times
    me = frame_series(faces, track)
    window = np.minimum((times // win).astype(np.int64), len(starts) - 1)

    def mean(values: np.ndarray) -> np.ndarray:
        return window_means(window, values, me.seen, len(starts))

    def begun(kind: str) -> np.ndarray:
        starts_of = [e.start for e in head_events(times, me.pose, config.nods) if e.kind == kind]
        counts = np.bincount(np.minimum((np.asarray(starts_of) // win).astype(np.int64), len(starts) - 1),
                             minlength=len(starts)).astype(float)
        return np.where(np.bincount(window[me.seen], minlength=len(starts)) > 0, counts, np.nan)

    facing = np.where(np.isfinite(me.pose[:, 0]),
                      (np.abs(me.pose[:, :2]) <= FACING_DEGREES).all(axis=1), np.nan)
    columns = {"head_speed": mean(head_speed(times, smoothed(me.pose, config.smooth_frames))),
               "nods": begun("nod"), "shakes": begun("shake"), "facing_camera": mean(facing),
               "toward_other": mean(toward_others(me, [frame_series(faces, t) for t in others])),
               "motion_energy": mean(me.energy)}
    return np.stack([columns[name] for name in MOVEMENT], axis=1).astype(np.float32)


def synchrony_table(faces: Faces, people: dict[str, int], fps: float,
                    config: SynchronyConfig = SynchronyConfig()) -> pa.Table:
    """Movement synchrony of each pair of participants with a face ({name: face track}): one row per window and
    one for the session, each with the chance level that shuffled segments give."""
    rows = []
    energy = {name: frame_series(faces, track).energy for name, track in people.items()}
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
