"""Head movement over time: its speed, and nods and shakes as events.

A nod is the head going down and up again (or up and down): at least two successive swings of pitch, each of at
least `NodConfig.min_swing` degrees and each over within `NodConfig.max_swing_seconds`, with the head turning
(yaw) by less over the same span. A shake is the same on yaw with pitch as the quieter axis. The thresholds are
from the nods and shakes people make in conversation (swings of roughly 5-20 degrees, 2-5 a second), set above
the few degrees that landmark noise moves a face by. At 5 analysis frames a second a swing shorter than 0.2 s is
not seen and the pose is not smoothed (a nod's turning point is one frame); a face turned past `max_yaw` is not
read (its five landmarks collapse). Mouth movement moves the pitch of five landmarks a little, so talking can
make a small nod: the events are candidates for review, not a validated count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

YAW, PITCH = 0, 1  # columns of a (F, 3) pose: yaw, pitch, roll


@dataclass(frozen=True)
class NodConfig:
    """What counts as a nod or a shake."""

    min_swing: float = 8.0           # degrees each swing must cover (twice the pose noise of one pixel of jitter)
    max_swing_seconds: float = 1.0   # each swing is over within this
    min_swings: int = 2              # down and up (a single swing is looking somewhere else)
    max_yaw: float = 45.0            # a face turned further is not read (five landmarks collapse in profile)


@dataclass(frozen=True)
class HeadEvent:
    """A nod or a shake: when it started and ended (s), how many swings and their mean size (degrees)."""

    kind: str  # "nod" or "shake"
    start: float
    end: float
    swings: int
    size: float


def smoothed(pose: np.ndarray, frames: int = 3) -> np.ndarray:
    """(F, 3) pose median-filtered over `frames` frames (NaN frames are skipped, and stay NaN)."""
    out = np.array(pose, np.float32, copy=True)
    half = frames // 2
    for i in np.flatnonzero(np.isfinite(pose).all(axis=1)):
        near = pose[max(0, i - half):i + half + 1]
        out[i] = np.nanmedian(near, axis=0)
    return out


def head_speed(times: np.ndarray, pose: np.ndarray) -> np.ndarray:
    """(F,) degrees a second the head turned since the previous frame (NaN where either frame has no pose)."""
    speed = np.full(len(times), np.nan, np.float32)
    if len(times) > 1:
        turned = np.linalg.norm(np.diff(pose, axis=0), axis=1)
        speed[1:] = turned / np.maximum(np.diff(times), 1e-6)
    return speed


def head_events(times: np.ndarray, pose: np.ndarray, config: NodConfig = NodConfig()) -> list[HeadEvent]:
    """The nods and shakes in one person's (F, 3) pose at `times`, in time order."""
    pose = np.where(np.abs(pose[:, :1]) <= config.max_yaw, pose, np.nan)  # unsmoothed: a nod peaks in one frame
    events = [e for axis, kind in ((PITCH, "nod"), (YAW, "shake"))
              for e in _oscillations(times, pose, axis, kind, config)]
    return sorted(events, key=lambda e: e.start)


def _oscillations(times: np.ndarray, pose: np.ndarray, axis: int, kind: str,
                  config: NodConfig) -> list[HeadEvent]:
    """Runs of back-and-forth swings on one axis that the other axis does not match."""
    other = PITCH if axis == YAW else YAW
    events: list[HeadEvent] = []
    for run in _finite_runs(pose):
        t, angle, quiet = times[run], pose[run, axis], pose[run, other]
        turns = _turning_points(angle)
        swings = [(a, b) for a, b in zip(turns, turns[1:])
                  if abs(angle[b] - angle[a]) >= config.min_swing and t[b] - t[a] <= config.max_swing_seconds]
        for group in _chains(swings):
            a, b = group[0][0], group[-1][1]
            size = float(np.mean([abs(angle[j] - angle[i]) for i, j in group]))
            if len(group) >= config.min_swings and np.ptp(quiet[a:b + 1]) < size:
                events.append(HeadEvent(kind, float(t[a]), float(t[b]), len(group), round(size, 1)))
    return events


def _finite_runs(pose: np.ndarray) -> list[np.ndarray]:
    """Index runs of consecutive frames with a pose."""
    ok = np.isfinite(pose).all(axis=1)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], ok.astype(int), [0]])))
    return [np.arange(a, b) for a, b in zip(edges[::2], edges[1::2])]


def _turning_points(angle: np.ndarray) -> list[int]:
    """The first and last frame and every frame where the angle starts, stops or changes direction."""
    step = np.sign(np.diff(angle))
    changes = np.flatnonzero(np.diff(step)) + 1
    return sorted({0, len(angle) - 1, *changes.tolist()})


def _chains(swings: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Swings grouped where each starts where the one before ended."""
    chains: list[list[tuple[int, int]]] = []
    for swing in swings:
        if chains and chains[-1][-1][1] == swing[0]:
            chains[-1].append(swing)
        else:
            chains.append([swing])
    return chains
