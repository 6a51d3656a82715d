"""Which face is whose voice: active-speaker evidence of each face track over each speaker's turns.

A face's talking per frame is the mean change of the aligned crop's mouth region since the track's previous frame
(at the analysis rate, 5 fps by default: coarse, but a talking mouth changes far more than a listening one).
A voice belongs to the face that talks with it, judged over the speaker's turns two ways, each a one-sided
Mann-Whitney test: within the track (the mouth moves more during the speaker's turns than outside them) and
between tracks (during the speaker's turns the mouth moves more than the other faces' mouths at the same frames).
The second works when one person speaks throughout, where a comparison over time has nothing to compare. The
smaller p-value, doubled for the two tests (Bonferroni), is the pair's evidence; tracks and speakers are paired
one to one (Hungarian, on -log10 p), and only pairs at p <= `alpha` are linked. Everything else stays unlinked,
and the timeline says so.

(Mouth change relative to the eyes' and brows' change was tried, to discount head movement: on a RAVDESS face,
whose brows and head move as she talks, it could not tell the talking face from a still copy of it.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.stats import mannwhitneyu

from emotion_jax.face.tracks import Faces
from emotion_jax.speech.diarize import Turn
from emotion_jax.speech.heard import Speech

MOUTH = (slice(30, 46), slice(12, 36))   # rows, columns of the 48x48 aligned crop


@dataclass(frozen=True)
class LinkConfig:
    """When a voice is linked to a face."""

    alpha: float = 0.05      # significance the face's talking with the voice must reach (a convention, not fitted)
    min_frames: int = 3      # frames needed on each side of a comparison
    max_gap: float = 0.5     # seconds between a track's frames beyond which activity restarts


@dataclass(frozen=True)
class Link:
    """A face track and a speaker judged to be one person, and the p-value of that judgement."""

    track: int
    speaker: int
    p_value: float


def speaking(times: np.ndarray, turns: np.ndarray) -> np.ndarray:
    """(N,) bool: times that fall inside any (start, end) turn."""
    inside = np.zeros(len(times), bool)
    for a, b in turns:
        inside |= (times >= a) & (times < b)
    return inside


def talking(crops: np.ndarray, times: np.ndarray, max_gap: float = 0.5) -> np.ndarray:
    """(N,) mouth change per frame of one track's crops in time order (NaN for a track's first frame or after a
    gap)."""
    x = crops.astype(np.float32)
    out = np.full(len(x), np.nan, np.float32)
    if len(x) < 2:
        return out
    mouth = np.abs(np.diff(x[(slice(None), *MOUTH)], axis=0)).mean(axis=(1, 2))
    out[1:] = np.where(np.diff(times) <= max_gap, mouth, np.nan)
    return out


def _greater(a: np.ndarray, b: np.ndarray, min_frames: int) -> float:
    """One-sided Mann-Whitney p-value that `a` tends to exceed `b`; NaN with too few frames or no spread."""
    if len(a) < min_frames or len(b) < min_frames or np.ptp(np.concatenate([a, b])) == 0:
        return np.nan
    return float(mannwhitneyu(a, b, alternative="greater").pvalue)


def link_p_values(faces: Faces, speech: Speech, tracks: list[int], speakers: list[int],
                  config: LinkConfig = LinkConfig()) -> np.ndarray:
    """(tracks, speakers) p-values that the face talks with the voice (see the module's text); NaN where there
    is too little to judge."""
    return _p_values(faces, speech.turn_times, speech.turn_speaker, tracks, speakers, config)


def faces_of_voices(faces: Faces, turns: list[Turn], tracks: list[int], config: LinkConfig = LinkConfig()
                    ) -> dict[int, int]:
    """{speaker: face track} for each speaker of these turns that a face among `tracks` talks with (p <= alpha):
    first one to one by the strongest evidence, then each speaker left over to the face that talks most surely with
    it, so two voices that one face speaks (one person's voice split in two) map to the same track."""
    speakers = sorted({t.speaker for t in turns})
    if not speakers or not tracks:
        return {}
    times = np.array([(t.start, t.end) for t in turns], np.float64).reshape(-1, 2)
    p = _p_values(faces, times, np.array([t.speaker for t in turns]), tracks, speakers, config)
    out = {lk.speaker: lk.track for lk in _one_to_one(p, tracks, speakers, config.alpha)}
    for j, s in enumerate(speakers):
        column = np.where(np.isfinite(p[:, j]), p[:, j], np.inf)
        if s not in out and column.min() <= config.alpha:
            out[s] = tracks[int(np.argmin(column))]
    return out


def _p_values(faces: Faces, turn_times: np.ndarray, turn_speaker: np.ndarray, tracks: list[int],
              speakers: list[int], config: LinkConfig) -> np.ndarray:
    """link_p_values on plain turn arrays."""
    series = {}
    for k in tracks:
        sel = np.flatnonzero(faces.track_ids == k)
        sel = sel[np.argsort(faces.times[sel], kind="stable")]
        series[k] = (np.round(faces.times[sel], 6), talking(faces.crops[sel], faces.times[sel], config.max_gap))
    out = np.full((len(tracks), len(speakers)), np.nan)
    for j, s in enumerate(speakers):
        turns = turn_times[turn_speaker == s]
        for i, k in enumerate(tracks):
            t, a = series[k]
            seen, talks = np.isfinite(a), speaking(t, turns)
            within = _greater(a[seen & talks], a[seen & ~talks], config.min_frames)
            mine, theirs = [], []
            for other in tracks:
                if other == k:
                    continue
                t2, a2 = series[other]
                _, here, there = np.intersect1d(t, t2, return_indices=True)
                both = seen[here] & talks[here] & np.isfinite(a2[there])
                mine.append(a[here][both])
                theirs.append(a2[there][both])
            between = _greater(np.concatenate(mine), np.concatenate(theirs), config.min_frames) if mine else np.nan
            tests = [p for p in (within, between) if np.isfinite(p)]
            if tests:
                out[i, j] = min(1.0, min(tests) * len(tests))
    return out


def link(faces: Faces, speech: Speech, tracks: list[int], speakers: list[int],
         config: LinkConfig = LinkConfig()) -> list[Link]:
    """One-to-one links between face tracks and the speakers they talk with (p <= alpha)."""
    if not tracks or not speakers:
        return []
    return _one_to_one(link_p_values(faces, speech, tracks, speakers, config), tracks, speakers, config.alpha)


def _one_to_one(p: np.ndarray, tracks: list[int], speakers: list[int], alpha: float) -> list[Link]:
    """Tracks and speakers paired one to one by the strongest evidence (Hungarian on -log10 p); pairs at p <= alpha."""
    evidence = np.where(np.isfinite(p), -np.log10(np.clip(p, 1e-300, 1.0)), -1.0)
    rows, cols = linear_sum_assignment(-evidence)
    return [Link(tracks[r], speakers[c], float(f"{p[r, c]:.3g}")) for r, c in zip(rows, cols)
            if np.isfinite(p[r, c]) and p[r, c] <= alpha]
