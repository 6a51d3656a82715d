"""Two-speaker conversations assembled from RAVDESS clips, with known turns, for diarization tests and benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from emotion_jax.media import load_audio
from emotion_jax.speech.diarize import Turn
from emotion_jax.speech.vad import speech_segments

RAVDESS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "speech" / "ravdess"
RATE = 16000


def _speech(actor: int, rng: random.Random, root: Path) -> np.ndarray:
    """One random clip of an actor, trimmed to its voice-active speech."""
    clips = sorted((root / f"Actor_{actor:02d}").glob("*.flac"))
    while True:
        audio = load_audio(rng.choice(clips), RATE)
        segments = speech_segments(audio, RATE)
        if segments:
            return audio[round(segments[0].start * RATE) : round(segments[-1].end * RATE)]


def conversation(actors: tuple[int, ...], seed: int, root: Path = RAVDESS) -> tuple[np.ndarray, list[Turn]]:
    """8-12 alternating turns of the actors with 0.3-1.0 s gaps (16 kHz audio), and the reference turns."""
    rng = random.Random(seed)
    parts, reference, t = [], [], 0.0
    for i in range(rng.randint(8, 12)):
        gap = np.zeros(round(rng.uniform(0.3, 1.0) * RATE), dtype=np.float32)
        clip = _speech(actors[i % len(actors)], rng, root)
        t += len(gap) / RATE
        reference.append(Turn(t, t + len(clip) / RATE, i % len(actors)))
        t += len(clip) / RATE
        parts += [gap, clip]
    parts.append(np.zeros(RATE // 2, dtype=np.float32))
    return np.concatenate(parts), reference
