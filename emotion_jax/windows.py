"""The timeline's windows: each participant's readings averaged into fixed windows, and the fused reading.

Face probabilities are averaged over the window's frames; voice and words are weighted by their overlap with
the window; the fusion model reads all three with each one's contribution. Valence and arousal follow the
emotion circumplex, except for words and fused, whose models read them directly.
"""

from __future__ import annotations

import numpy as np

from emotion_jax import labels
from emotion_jax.face.expressions import Expressions
from emotion_jax.face.tracks import Faces
from emotion_jax.fusion.streams import fuse, person_streams
from emotion_jax.movement.lanes import MovementConfig, window_movement
from emotion_jax.people import People
from emotion_jax.progress import Progress
from emotion_jax.speech.heard import Speech
from emotion_jax.text.reading import Words
from emotion_jax.timeline import MODALITIES, MOVEMENT, PROSODY, SOURCES, Timeline, overlap_seconds, window_means

FACE, VOICE, WORDS, FUSED = (MODALITIES.index(m) for m in ("face", "voice", "words", "fused"))
UNSTEADY = "body motion was not read in {} analysis frame(s): a camera cut, or the whole background moved"


def window_prosody(speech: Speech, speaker: int, starts: np.ndarray, win: float) -> np.ndarray:
    """(W, len(PROSODY)) prosody of one speaker's speech frames in each window; NaN where they did not speak."""
    out = np.full((len(starts), len(PROSODY)), np.nan, np.float32)
    times, turns = speech.frame_times, speech.turn_times[speech.turn_speaker == speaker]
    inside = np.zeros(len(times), bool)
    for a, b in turns:
        inside[np.searchsorted(times, a): np.searchsorted(times, b)] = True
    window = np.minimum((times // win).astype(np.int64), len(starts) - 1)
    voiced = inside & speech.frame_voiced.astype(bool)

    def mean(values: np.ndarray, where: np.ndarray) -> np.ndarray:
        return window_means(window, values, where, len(starts))

    energy = 10.0 ** (speech.frame_intensity_db.astype(np.float64) / 10.0)
    out[:, 0] = mean(speech.frame_f0, voiced)
    out[:, 1] = 10.0 * np.log10(mean(energy, inside))
    out[:, 2] = mean(speech.frame_hnr_db, voiced)
    out[:, 3] = mean(voiced.astype(np.float64), inside)
    return out


def build_timeline(faces: Faces, expressions: Expressions, speech: Speech, words: Words, people: People,
                   window_seconds: float = 1.0, progress: Progress = False,
                   movement: MovementConfig = MovementConfig()) -> Timeline:
    """Every participant's face, voice, words and fused readings, and their movement, in windows of
    `window_seconds`."""
    duration, win = float(faces.duration), window_seconds
    starts = np.arange(0.0, max(duration, win) - 1e-9, win)
    ends = starts + win
    cast = people.participants
    notes = [str(p) for p in faces.problems] + [str(p) for p in speech.problems] + list(people.notes)
    unsteady = int((~faces.steady).sum())
    notes += [UNSTEADY.format(unsteady)] if unsteady else []
    shape = (len(starts), len(cast), len(MODALITIES))
    out_probs = np.full((*shape, labels.NUM_CLASSES), np.nan, np.float32)
    present = np.zeros(shape, bool)
    confidence = np.full(shape, np.nan, np.float32)
    out_prosody = np.full((len(starts), len(cast), len(PROSODY)), np.nan, np.float32)
    out_movement = np.full((len(starts), len(cast), len(MOVEMENT)), np.nan, np.float32)
    frames_per_window = np.histogram(faces.frame_times, bins=np.append(starts, ends[-1]))[0]
    read_va = np.full((len(starts), len(cast), 2), np.nan, np.float32)  # the text model's valence, arousal
    window_of = np.minimum((faces.times // win).astype(np.int64), len(starts) - 1)
    for p, person in enumerate(cast):
        if person.face_track is not None:
            sel = faces.track_ids == person.face_track
            for w in np.unique(window_of[sel]):
                rows = expressions.probs[sel & (window_of == w)]
                mean = rows.mean(axis=0)
                out_probs[w, p, FACE] = mean
                present[w, p, FACE] = True
                coverage = len(rows) / max(frames_per_window[w], 1)
                confidence[w, p, FACE] = float(mean.max()) * min(coverage, 1.0)
            others = tuple(c.face_track for c in cast if c.face_track not in (None, person.face_track))
            out_movement[:, p] = window_movement(faces, person.face_track, starts, win, movement, others)
        if person.speaker is not None:
            mine = speech.piece_speaker == person.speaker
            weight = overlap_seconds(starts, ends, speech.piece_times[mine])
            spoken = weight.sum(axis=1)
            heard = spoken > 0
            mean = weight[heard] @ speech.piece_probs[mine] / spoken[heard, None]
            out_probs[heard, p, VOICE] = mean
            present[heard, p, VOICE] = True
            confidence[heard, p, VOICE] = mean.max(axis=1) * np.minimum(spoken[heard] / win, 1.0)
            out_prosody[:, p] = window_prosody(speech, person.speaker, starts, win)
            mine = speech.turn_speaker[words.turn] == person.speaker
            weight = overlap_seconds(starts, ends, speech.turn_times[words.turn[mine]])
            spoken = weight.sum(axis=1)
            said = spoken > 0
            share = weight[said] / spoken[said, None]
            mean = share @ words.probs[mine]
            out_probs[said, p, WORDS] = mean
            present[said, p, WORDS] = True
            confidence[said, p, WORDS] = mean.max(axis=1) * np.minimum(spoken[said] / win, 1.0)
            read_va[said, p] = np.stack([share @ words.valence[mine], share @ words.arousal[mine]], axis=1)
    valence, arousal = labels.valence_arousal(np.nan_to_num(out_probs))
    valence[..., WORDS], arousal[..., WORDS] = read_va[..., 0], read_va[..., 1]
    shares = np.full((len(starts), len(cast), len(SOURCES)), np.nan, np.float32)
    streams = [person_streams(faces, expressions, speech, words, c.face_track, c.speaker) for c in cast]
    for p, reading in enumerate(fuse(streams, len(starts), progress)):
        some = reading.any
        out_probs[some, p, FUSED], present[some, p, FUSED] = reading.probs[some], True
        valence[some, p, FUSED], arousal[some, p, FUSED] = reading.valence[some], reading.arousal[some]
        confidence[some, p, FUSED] = reading.probs[some].max(axis=1)
        shares[:, p] = reading.contributions
    valence, arousal = np.where(present, valence, np.nan), np.where(present, arousal, np.nan)
    return Timeline(starts, win, tuple(c.name for c in cast), MODALITIES, out_probs, valence.astype(np.float32),
                    arousal.astype(np.float32), confidence, present, tuple(notes), out_prosody, shares,
                    out_movement)
