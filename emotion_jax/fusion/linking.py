"""Which face is whose voice: mouth movement of each face track against each speaker's turns.

A face's mouth activity per frame is the mean change of the aligned crop's mouth region since the track's
previous frame (at the analysis rate, 5 fps by default: coarse, but a talking mouth changes far more than a
listening one). A voice belongs to the
face whose mouth activity rises and falls with that speaker's turns (Pearson correlation over the frames where
the face is in view); tracks and speakers are paired one to one (Hungarian), and only pairs above `min_score`
with enough frames are linked. Everything else stays unlinked, and the timeline says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from emotion_jax.face.tracks import Faces
from emotion_jax.speech.heard import Speech

MOUTH = (slice(30, 46), slice(12, 36))   # rows, columns of the 48x48 aligned crop


@dataclass(frozen=True)
class LinkConfig:
    """When a voice is linked to a face."""

    min_score: float = 0.2   # correlation of mouth activity with the speaker's turns
    min_frames: int = 8      # frames of the face needed, with the speaker both talking and silent in some
    max_gap: float = 0.5     # seconds between a track's frames beyond which activity restarts


@dataclass(frozen=True)
class Link:
    """A face track and a speaker judged to be one person, and how strongly."""

    track: int
    speaker: int
    score: float


def mouth_activity(crops: np.ndarray, times: np.ndarray, max_gap: float = 0.5) -> np.ndarray:
    """(N,) mouth change per frame of one track's crops in time order (NaN for a track's first frame or after a
    gap)."""
    x = crops.astype(np.float32)
    out = np.full(len(x), np.nan, np.float32)
    if len(x) < 2:
        return out
    mouth = np.abs(np.diff(x[(slice(None), *MOUTH)], axis=0)).mean(axis=(1, 2))
    out[1:] = np.where(np.diff(times) <= max_gap, mouth, np.nan)
    return out


def speaking(times: np.ndarray, turns: np.ndarray) -> np.ndarray:
    """(N,) bool: times that fall inside any (start, end) turn."""
    inside = np.zeros(len(times), bool)
    for a, b in turns:
        inside |= (times >= a) & (times < b)
    return inside


def link_scores(faces: Faces, speech: Speech, tracks: list[int],
                speakers: list[int], config: LinkConfig = LinkConfig()) -> np.ndarray:
    """(tracks, speakers) correlations of mouth activity with speaking; NaN where there is too little to judge."""
    scores = np.full((len(tracks), len(speakers)), np.nan)
    for i, k in enumerate(tracks):
        sel = np.flatnonzero(faces.track_ids == k)
        sel = sel[np.argsort(faces.times[sel], kind="stable")]
        t = faces.times[sel]
        activity = mouth_activity(faces.crops[sel], t, config.max_gap)
        seen = np.isfinite(activity)
        for j, s in enumerate(speakers):
            talk = speaking(t, speech.turn_times[speech.turn_speaker == s])[seen]
            a = activity[seen]
            if len(a) < config.min_frames or talk.all() or not talk.any() or a.std() == 0:
                continue
            scores[i, j] = float(np.corrcoef(a, talk.astype(np.float32))[0, 1])
    return scores


def link(faces: Faces, speech: Speech, tracks: list[int], speakers: list[int],
         config: LinkConfig = LinkConfig()) -> list[Link]:
    """One-to-one links between face tracks and speakers whose mouth activity follows the speaker's turns."""
    if not tracks or not speakers:
        return []
    scores = link_scores(faces, speech, tracks, speakers, config)
    rows, cols = linear_sum_assignment(-np.nan_to_num(scores, nan=-1.0))
    return [Link(tracks[r], speakers[c], round(float(scores[r, c]), 3)) for r, c in zip(rows, cols)
            if np.isfinite(scores[r, c]) and scores[r, c] >= config.min_score]
