"""Bad sound through the whole analysis: silence, clipping, telephone bandwidth, music; clear results, no crash."""

from pathlib import Path

import numpy as np
import pytest
from scipy.signal import butter, resample_poly, sosfilt

from emotion_jax.media import load_audio
from emotion_jax.pipeline import analyze
from emotion_jax.speech.asr import speech_blocks
from emotion_jax.speech.heard import NO_SPEECH
from emotion_jax.speech.vad import SpeechSegment
from emotion_jax.speech.wer import word_error_rate
from tests.conftest import DATA, write_wav

SENTENCE = "Kids are talking by the door"
ANGRY = DATA / "av" / "ravdess_actor01" / "01-01-05-02-01-01-01.flac"  # strong intensity, "Kids are talking..."


def _heard(path: Path) -> str:
    return " ".join(analyze(path, progress=False).words["word"].to_pylist())


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    return load_audio(ANGRY, 16000)


def test_silence_only_gives_no_participant_and_says_so(tmp_path):
    analysis = analyze(write_wav(tmp_path / "silence.wav", np.zeros(16000 * 8), 16000), progress=False)
    assert analysis.timeline.participants == ()
    assert NO_SPEECH in analysis.timeline.notes
    assert analysis.words.num_rows == 0


def test_clipped_speech_is_still_transcribed(tmp_path, speech):
    clipped = np.clip(speech * 40.0, -1.0, 1.0)
    assert np.mean(np.abs(clipped) >= 0.999) > 0.05  # heavily clipped
    assert word_error_rate(SENTENCE, _heard(write_wav(tmp_path / "clipped.wav", clipped, 16000))) <= 0.2


def test_telephone_speech_at_8khz_is_transcribed(tmp_path, speech):
    band = sosfilt(butter(6, [300, 3400], btype="bandpass", fs=16000, output="sos"), speech)
    phone = resample_poly(band, 1, 2)
    assert word_error_rate(SENTENCE, _heard(write_wav(tmp_path / "phone.wav", phone, 8000))) <= 0.2


def test_music_without_speech_gives_no_words(tmp_path):
    rate, rng = 16000, np.random.default_rng(0)
    t = np.arange(rate // 2) / rate
    notes = []
    for _ in range(24):  # half-second piano-like chords: harmonics with a decaying envelope
        chord = sum(np.sin(2 * np.pi * f0 * h * t) / h for f0 in 220 * 2 ** (rng.integers(0, 12, 3) / 12)
                    for h in range(1, 6))
        notes.append(0.1 * chord * np.exp(-4 * t))
    analysis = analyze(write_wav(tmp_path / "music.wav", np.concatenate(notes), rate), progress=False)
    assert analysis.words.num_rows == 0
    assert analysis.timeline.participants == ()


def test_speech_blocks_join_nearby_segments_and_cut_long_ones():
    segments = [SpeechSegment(1.0, 3.0), SpeechSegment(4.0, 6.0), SpeechSegment(40.0, 100.0)]
    blocks = speech_blocks(segments, duration=120.0, max_seconds=28.0, pad=0.5)
    assert blocks[0] == (0.5, 6.5)
    assert all(b - a <= 28.0 + 1e-9 for a, b in blocks)
    assert blocks[1][0] == 39.5 and blocks[-1][1] == 100.5
    assert sum(b - a for a, b in blocks[1:]) == pytest.approx(61.0)


def test_speech_blocks_never_overlap_in_continuous_talk():
    """Segments 0.2 s apart (talk with short breaths) fill block after block; padding must not make two blocks
    share audio (its words would be written twice, and faster-whisper refuses more speech than audio)."""
    segments = [SpeechSegment(t, t + 4.8) for t in np.arange(0.0, 60.0, 5.0)]
    blocks = speech_blocks(segments, duration=60.0, max_seconds=28.0, pad=0.3)
    assert all(b <= c for (_, b), (c, _) in zip(blocks, blocks[1:])), blocks
    assert sum(b - a for a, b in blocks) <= 60.0 and blocks[0][0] == 0.0 and blocks[-1][1] == 60.0
