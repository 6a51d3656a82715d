"""Face-voice linking, scored: is each on-screen speaker's voice tied to their own face, and no one else's?

The reference gives each person's turns (RTTM, by speaker name) and face boxes per frame (CSV: time, x1, y1, x2,
y2, speaker, the name of the person whose face it is). A found face track is the reference face whose boxes
hold its boxes' centres in most of its frames; a found voice is the reference speaker pyannote.metrics maps it to
(the optimal one-to-one mapping of the DER). Each reference person is then:
- linked right: they speak and are on screen, and one participant holds both their face and their voice;
- linked wrong: a participant holds their face with another person's voice, or their voice with another person's
  face, or a silent face was given a voice, or an off-screen voice a face;
- unlinked: anything else (face and voice found apart, or one of them not found), which the timeline shows as such.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pyannote.core import Annotation, Segment
from pyannote.metrics.diarization import DiarizationErrorRate

MATCH_SECONDS = 0.1  # a found face is compared with the reference boxes at most this far from its time


@dataclass(frozen=True)
class ReferenceFaces:
    """Per-frame reference face boxes of one video."""

    times: np.ndarray   # (M,) s
    boxes: np.ndarray   # (M, 4) x1, y1, x2, y2 px
    names: np.ndarray   # (M,) str: whose face


@dataclass(frozen=True)
class Found:
    """What the analysis found: each participant's face track and turns, and every face's time, track and box."""

    face_of: dict[str, int]           # participant -> face track
    turns: list[tuple[float, float, str]]  # (start, end, participant)
    times: np.ndarray                 # (N,) s
    track_ids: np.ndarray             # (N,)
    boxes: np.ndarray                 # (N, 4)


def read_faces(path: Path) -> ReferenceFaces:
    """A reference faces CSV (columns time, x1, y1, x2, y2, speaker); ValueError naming the file when malformed."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    try:
        return ReferenceFaces(np.array([float(r["time"]) for r in rows]),
                              np.array([[float(r[k]) for k in ("x1", "y1", "x2", "y2")] for r in rows]).reshape(-1, 4),
                              np.array([r["speaker"].strip() for r in rows], dtype=str))
    except (KeyError, ValueError) as err:
        raise ValueError(f"{path}: a faces CSV needs time, x1, y1, x2, y2, speaker on every row ({err})") from None


def _face_names(found: Found, reference: ReferenceFaces) -> dict[int, str]:
    """The reference face each found track is (the name whose boxes hold its centres in most of its frames)."""
    centres = (found.boxes[:, :2] + found.boxes[:, 2:]) / 2
    votes: dict[int, dict[str, int]] = {}
    for t, k, (x, y) in zip(found.times, found.track_ids.tolist(), centres):
        near = np.abs(reference.times - t) <= MATCH_SECONDS
        box = reference.boxes[near]
        inside = (box[:, 0] <= x) & (x <= box[:, 2]) & (box[:, 1] <= y) & (y <= box[:, 3])
        name = reference.names[near][inside]
        ballot = votes.setdefault(k, {})
        key = str(name[0]) if len(name) else ""
        ballot[key] = ballot.get(key, 0) + 1
    out = {}
    for k, ballot in votes.items():
        best = max(ballot, key=ballot.get)
        if best and ballot[best] * 2 > sum(ballot.values()):
            out[k] = best
    return out


def outcome(reference_turns: list[tuple[float, float, str]], faces: ReferenceFaces, found: Found) -> dict:
    """Counts of reference persons linked right, linked wrong and unlinked (see the module's text)."""
    reference, hypothesis = Annotation(), Annotation()
    for k, (a, b, who) in enumerate(reference_turns):
        reference[Segment(a, b), k] = who
    for k, (a, b, who) in enumerate(found.turns):
        if b > a:
            hypothesis[Segment(a, b), k] = who
    voice_of = DiarizationErrorRate().optimal_mapping(reference, hypothesis)  # participant -> reference speaker
    track_names = _face_names(found, faces)
    face_name = {p: track_names.get(k) for p, k in found.face_of.items()}  # participant -> reference face
    speakers, on_screen = {w for _, _, w in reference_turns}, set(faces.names.tolist())
    heard = {w for _, _, w in found.turns}  # participants with a voice
    right = wrong = unlinked = 0
    for person in sorted(speakers | on_screen):
        mine_face = {p for p, n in face_name.items() if n == person}
        mine_voice = {p for p, n in voice_of.items() if n == person}
        if (any(voice_of.get(p, person) != person for p in mine_face)          # my face, someone else's voice
                or any(face_name.get(p, person) != person for p in mine_voice)  # my voice, someone else's face
                or (person not in speakers and mine_face & heard)               # a silent face given a voice
                or (person not in on_screen and mine_voice & set(found.face_of))):  # an off-screen voice, a face
            wrong += 1
        elif person in speakers and person in on_screen and mine_face & mine_voice:
            right += 1
        elif person in speakers and person in on_screen:
            unlinked += 1
    both = len(speakers & on_screen)
    return {"speakers_on_screen": both, "persons": len(speakers | on_screen), "linked_right": right,
            "linked_wrong": wrong, "unlinked": unlinked}
