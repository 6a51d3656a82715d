"""Diarization of two-speaker conversations built from held-out RAVDESS actors (17-20), whose turns are known."""

import time

import numpy as np
import pytest

from emotion_jax.evaluate.diarization import diarization_error_rate
from emotion_jax.speech.asr import Word
from emotion_jax.speech.diarize import DiarizationConfig, Turn, assign_words, diarize
from emotion_jax.speech.vad import SpeechSegment
from emotion_jax.train.conversations import ROOM, conversation

RATE = 16000


@pytest.mark.parametrize("actors", [(17, 18), (19, 20)])
def test_two_held_out_speakers(data_dir, actors: tuple[int, int]) -> None:
    # Four conversations per pair, not one lucky draw: the DER <= 0.15 holds for the median
    # conversation, not yet for every one (over-splitting into 3 speakers is the usual failure).
    ders, found = [], []
    for seed in range(4):
        audio, reference = conversation(actors, seed)
        start = time.perf_counter()
        turns = diarize(audio)
        ders.append(diarization_error_rate(reference, turns))
        found.append(len({t.speaker for t in turns}))
        print(f"actors {actors} seed {seed}: DER {ders[-1]:.3f}, {found[-1]} speakers, "
              f"{time.perf_counter() - start:.2f} s")
    assert float(np.median(ders)) <= 0.15
    assert max(ders) <= 0.5 and found.count(2) >= 2


@pytest.mark.parametrize("actors", [(17, 19), (18, 20)], ids=["two-men", "two-women"])
def test_same_gender_pairs_are_told_apart_when_the_count_is_known(data_dir, actors: tuple[int, int]) -> None:
    """With the count given, spectral clustering separates them every time (benchmarks/diarization.md)."""
    ders = []
    for seed in range(4):
        audio, reference = conversation(actors, seed)
        turns = diarize(audio, config=DiarizationConfig(count=2))
        assert {t.speaker for t in turns} == {0, 1}
        ders.append(diarization_error_rate(reference, turns))
    print(f"actors {actors}, count known: DERs {np.round(ders, 3)}")
    assert float(np.median(ders)) <= 0.25


@pytest.mark.parametrize("actors", [(17, 19), (18, 20)], ids=["two-men", "two-women"])
def test_same_gender_pairs_are_mostly_told_apart_with_the_count_guessed(data_dir, actors: tuple[int, int]) -> None:
    """In the speaker space, which whitens how one voice varies with emotion, the distance threshold finds both
    voices of one gender in most conversations (before it: 0 of 10 and 3 of 10 in benchmarks/diarization.md)."""
    ders, found = [], []
    for seed in range(4):
        audio, reference = conversation(actors, seed)
        turns = diarize(audio)
        ders.append(diarization_error_rate(reference, turns))
        found.append(len({t.speaker for t in turns}))
    print(f"actors {actors}, count guessed: DERs {np.round(ders, 3)}, speakers {found}")
    assert found.count(2) >= 3 and float(np.median(ders)) <= 0.3


def test_one_long_stretch_of_speech_can_hold_two_speakers(data_dir) -> None:
    """Two actors' turns joined without pauses (one VAD segment): the pieces of the segment are clustered."""
    audio, reference = conversation((17, 18), 3)
    parts = [audio[round(t.start * RATE): round(t.end * RATE)] for t in reference]
    joined = np.concatenate(parts)
    edges = np.cumsum([0] + [len(p) for p in parts]) / RATE
    truth = [Turn(a, b, t.speaker) for a, b, t in zip(edges[:-1], edges[1:], reference)]
    turns = diarize(joined, [SpeechSegment(0.0, len(joined) / RATE)], DiarizationConfig(count=2))
    assert {t.speaker for t in turns} == {0, 1}
    assert diarization_error_rate(truth, turns) <= 0.3


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="count"):
        DiarizationConfig(count=0)
    with pytest.raises(ValueError, match="piece_seconds"):
        DiarizationConfig(piece_seconds=1.0)


def test_one_speaker(data_dir) -> None:
    audio, reference = conversation((17,), 2)
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


def test_room_conversations_overlap_and_are_heard_through_a_room(data_dir) -> None:
    studio, studio_turns = conversation((17, 18), 5)
    room, room_turns = conversation((17, 18), 5, realism=ROOM)
    assert not any(b.start < a.end for a, b in zip(studio_turns, studio_turns[1:]))
    assert any(b.start < a.end for a, b in zip(room_turns, room_turns[1:]))  # overlaps and back-channels
    assert studio[: round(studio_turns[0].start * RATE)].max() == 0  # silence before the first turn
    assert np.abs(room[: round(room_turns[0].start * RATE)]).max() > 0  # the room's noise
    assert {t.speaker for t in room_turns} == {0, 1}
