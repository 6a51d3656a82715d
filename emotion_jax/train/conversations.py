"""Conversations assembled from RAVDESS clips, with known turns, for diarization tests and benchmarks.

By default the speakers take turns with pauses, as in a studio. `Realism` makes them a room's conversation: the next
speaker sometimes starts before the last one stops, a listener sometimes says something short over the speaker (a
back-channel: a fragment of one of their clips), and the whole conversation is heard through one room (reverb) with
background noise; in a room each speaker also talks at a level of their own (-30 to -22 dBFS, each turn within 3 dB
of it) instead of RAVDESS's, which ranges over 30 dB from calm to shouting.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emotion_jax.media import load_audio
from emotion_jax.speech.diarize import Turn
from emotion_jax.speech.vad import speech_segments
from emotion_jax.train import voice_augment

RAVDESS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "speech" / "ravdess"
RATE = 16000


@dataclass(frozen=True)
class Realism:
    """How far a built conversation is from turns taken in a studio (probabilities per turn; seconds)."""

    overlap: float = 0.0       # chance that a turn starts before the last one ends
    overlap_seconds: tuple[float, float] = (0.2, 0.8)
    backchannel: float = 0.0   # chance that the listener says something short during a turn
    backchannel_seconds: tuple[float, float] = (0.3, 0.8)
    room: bool = False         # one room's reverb and background noise over everything (ROOM_SOUND)


# A consulting room heard by a microphone a metre or two away: RT60 0.3-0.8 s, direct-to-reverberant ratio from
# about -5 to +15 dB, steady noise (fan, street) 10-30 dB below the conversation.
ROOM_SOUND = voice_augment.VoiceAugmentConfig(rt60=(0.3, 0.8), tail_db=(-40.0, -25.0), snr_db=(10.0, 30.0))
STUDIO = Realism()
ROOM = Realism(overlap=0.3, backchannel=0.3, room=True)


def in_room(audio: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """`audio` as a microphone in a consulting room would hear it: one room's reverb, then steady noise."""
    return voice_augment.noise(voice_augment.reverb(audio, rng, ROOM_SOUND), rng, ROOM_SOUND)


def _speech(actor: int, rng: random.Random, root: Path) -> np.ndarray:
    """One random clip of an actor, trimmed to its voice-active speech."""
    clips = sorted((root / f"Actor_{actor:02d}").glob("*.flac"))
    while True:
        audio = load_audio(rng.choice(clips), RATE)
        segments = speech_segments(audio, RATE)
        if segments:
            return audio[round(segments[0].start * RATE) : round(segments[-1].end * RATE)]


def conversation(actors: tuple[int, ...], seed: int, root: Path = RAVDESS, realism: Realism = STUDIO
                 ) -> tuple[np.ndarray, list[Turn]]:
    """8-12 turns of the actors in rotation with 0.3-1.0 s gaps (16 kHz audio), and the reference turns (those of
    overlapping speech overlap)."""
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    levels = np_rng.uniform(-30.0, -22.0, len(actors))  # dBFS of each speaker's speech, in a room

    def speech(who: int) -> np.ndarray:
        clip = _speech(actors[who], rng, root)
        if not realism.room:
            return clip
        level = 10 ** ((levels[who] + np_rng.uniform(-3.0, 3.0)) / 20)
        return clip * (level / (np.sqrt(np.mean(clip.astype(np.float64) ** 2)) + 1e-12))

    placed: list[tuple[int, np.ndarray, int]] = []  # (start sample, audio, speaker)
    t = 0
    for i in range(rng.randint(8, 12)):
        gap = round(rng.uniform(0.3, 1.0) * RATE)
        clip = speech(i % len(actors))
        start = t + gap
        if realism.overlap and placed and rng.random() < realism.overlap:
            start = t - min(round(rng.uniform(*realism.overlap_seconds) * RATE), len(placed[-1][1]) // 2)
        placed.append((start, clip, i % len(actors)))
        t = start + len(clip)
        if realism.backchannel and len(actors) > 1 and rng.random() < realism.backchannel:
            listener = (i + 1) % len(actors)
            other = speech(listener)
            size = min(round(rng.uniform(*realism.backchannel_seconds) * RATE), len(other))
            at = start + rng.randint(0, max(len(clip) - size, 0))
            placed.append((at, other[:size], listener))
    audio = np.zeros(max(s + len(a) for s, a, _ in placed) + RATE // 2, dtype=np.float32)
    for start, clip, _ in placed:
        audio[start : start + len(clip)] += clip
    if realism.room:
        audio = in_room(audio, np_rng)
    reference = sorted((Turn(s / RATE, (s + len(a)) / RATE, k) for s, a, k in placed), key=lambda turn: turn.start)
    return np.clip(audio, -1.0, 1.0), reference
