"""Diarization of two-speaker conversations built from held-out RAVDESS actors (17-20), whose turns are known."""

import random
import time

import numpy as np
import pytest

from emotion_jax.media import load_audio
from emotion_jax.speech.asr import Word
from emotion_jax.speech.diarize import Turn, assign_words, diarization_error_rate, diarize
from emotion_jax.speech.vad import speech_segments

from .conftest import DATA

RAVDESS = DATA / "speech" / "ravdess"
RATE = 16000


def _speech(actor: int, rng: random.Random) -> np.ndarray:
    """One random clip of an actor, trimmed to its voice-active speech."""
    clips = sorted((RAVDESS / f"Actor_{actor:02d}").glob("*.flac"))
    while True:
        audio = load_audio(rng.choice(clips), RATE)
        segments = speech_segments(audio, RATE)
        if segments:
            return audio[round(segments[0].start * RATE) : round(segments[-1].end * RATE)]


def _conversation(actors: tuple[int, ...], seed: int) -> tuple[np.ndarray, list[Turn]]:
    """8-12 alternating turns of the actors with 0.3-1.0 s gaps, and the reference turns."""
    rng = random.Random(seed)
    parts, reference, t = [], [], 0.0
    for i in range(rng.randint(8, 12)):
        gap = np.zeros(round(rng.uniform(0.3, 1.0) * RATE), dtype=np.float32)
        clip = _speech(actors[i % len(actors)], rng)
        t += len(gap) / RATE
        reference.append(Turn(t, t + len(clip) / RATE, i % len(actors)))
        t += len(clip) / RATE
        parts += [gap, clip]
    parts.append(np.zeros(RATE // 2, dtype=np.float32))
    return np.concatenate(parts), reference


@pytest.mark.parametrize("actors", [(17, 18), (19, 20)])
def test_two_held_out_speakers(data_dir, actors: tuple[int, int]) -> None:
    # Four conversations per pair, not one lucky draw: the DER <= 0.15 holds for the median
    # conversation, not yet for every one (over-splitting into 3 speakers is the usual failure).
    ders, found = [], []
    for seed in range(4):
        audio, reference = _conversation(actors, seed)
        start = time.perf_counter()
        turns = diarize(audio)
        ders.append(diarization_error_rate(reference, turns))
        found.append(len({t.speaker for t in turns}))
        print(f"actors {actors} seed {seed}: DER {ders[-1]:.3f}, {found[-1]} speakers, "
              f"{time.perf_counter() - start:.2f} s")
    assert float(np.median(ders)) <= 0.15
    assert max(ders) <= 0.5 and found.count(2) >= 2


def test_one_speaker(data_dir) -> None:
    audio, reference = _conversation((17,), 2)
    turns = diarize(audio)
    print(f"actor 17 alone: DER {diarization_error_rate(reference, turns):.3f}")
    assert {t.speaker for t in turns} == {0}


def test_silence_gives_no_turns() -> None:
    assert diarize(np.zeros(5 * RATE, dtype=np.float32)) == []


def test_assign_words() -> None:
    turns = [Turn(0.0, 2.0, 0), Turn(2.5, 4.0, 1), Turn(5.0, 6.0, 0)]
    words = [
        Word(0.1, 0.4, "hello", 0.9),  # inside the first turn
        Word(1.7, 2.7, "there", 0.9),  # overlaps the first turn more
        Word(1.9, 2.9, "how", 0.9),  # overlaps turn 2 more
        Word(4.2, 4.4, "are", 0.9),  # in no turn, nearest is turn 2
        Word(4.8, 4.9, "you", 0.9),  # in no turn, nearest is turn 3
    ]
    assert assign_words(words, turns) == [0, 0, 1, 1, 0]
    assert assign_words([], turns) == []


def test_der_scoring() -> None:
    reference = [Turn(0.0, 4.0, 7), Turn(5.0, 9.0, 3)]
    assert diarization_error_rate(reference, [Turn(0.0, 4.0, 1), Turn(5.0, 9.0, 0)]) == pytest.approx(0.0)
    assert diarization_error_rate(reference, [Turn(0.0, 9.0, 0)]) == pytest.approx((3.5 + 0.5) / 7.0, abs=0.01)
    assert diarization_error_rate(reference, []) == pytest.approx(1.0)
