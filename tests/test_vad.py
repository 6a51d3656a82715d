"""Voice activity on real RAVDESS speech, silence, synthetic music, 8 kHz and clipped audio, and an hour of input."""

import time
import tracemalloc
from importlib.util import find_spec
from pathlib import Path

import numpy as np
import pytest
import torch
from scipy.signal import resample_poly

from emotion_jax.media import load_audio
from emotion_jax.speech import vad

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ACTOR01 = DATA / "av" / "ravdess_actor01"
NEUTRAL = ACTOR01 / "01-01-01-01-01-01-01.flac"
CLIPS = [
    NEUTRAL,
    ACTOR01 / "01-01-05-02-01-01-01.flac",  # angry, strong
    ACTOR01 / "01-01-04-01-01-01-01.flac",  # sad
    DATA / "speech" / "ravdess" / "Actor_02" / "03-01-01-01-01-01-02.flac",  # female, neutral
    DATA / "speech" / "ravdess" / "Actor_02" / "03-01-06-02-02-01-02.flac",  # female, fearful, strong
]
RATE = vad.MODEL_RATE


@pytest.fixture(scope="module")
def neutral() -> np.ndarray:
    """Actor 01 saying "Kids are talking by the door", neutrally: 3.3 s, speech from about 1.0 to 2.4 s."""
    return load_audio(NEUTRAL)


def _spans(segments: list[vad.SpeechSegment]) -> list[tuple[float, float]]:
    """Segments as (start, end) pairs, for comparisons and readable failures."""
    return [(s.start, s.end) for s in segments]


@pytest.mark.parametrize("path", CLIPS, ids=lambda p: p.stem)
def test_one_segment_covers_the_spoken_sentence(path: Path) -> None:
    audio = load_audio(path)
    segments = vad.speech_segments(audio)
    assert len(segments) == 1, _spans(segments)
    start, end = segments[0].start, segments[0].end
    assert 0.7 <= start <= 1.3, (start, end)  # each sentence begins 0.8-1.2 s into its clip
    assert 1.2 <= end - start <= 3.2 and end <= len(audio) / RATE, (start, end)


def test_windowed_model_matches_silero_streaming(neutral: np.ndarray) -> None:
    """The batched encoder with the LSTM state carried gives the probabilities of silero's frame-by-frame model."""
    streaming = torch.jit.load(str(Path(find_spec("silero_vad").origin).parent / "data" / "silero_vad.jit"))
    padded = np.pad(neutral, (0, -len(neutral) % vad.FRAME))
    with torch.inference_mode():
        expected = [float(streaming(torch.from_numpy(f), RATE)) for f in padded.reshape(-1, vad.FRAME)]
    np.testing.assert_allclose(vad.speech_probabilities(neutral), expected, atol=1e-4)


def test_digital_silence_has_no_speech() -> None:
    assert vad.speech_segments(np.zeros(3 * RATE, np.float32)) == []


def test_a_chord_of_tones_is_not_speech() -> None:
    t = np.arange(4 * RATE) / RATE
    envelope = np.minimum(t / 0.05, 1.0) * np.exp(-0.4 * t) * (1 + 0.3 * np.sin(2 * np.pi * 2 * t))
    chord = sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.18, 329.63, 440.0, 554.37)) / 5
    segments = vad.speech_segments((0.5 * envelope * chord).astype(np.float32))
    assert sum(s.end - s.start for s in segments) < 0.3, _spans(segments)


def test_8khz_audio_gives_the_same_speech(neutral: np.ndarray) -> None:
    narrow = resample_poly(neutral, 1, 2).astype(np.float32)
    segments = vad.speech_segments(narrow, 8000)
    reference = vad.speech_segments(neutral)
    assert len(segments) == 1
    np.testing.assert_allclose(_spans(segments), _spans(reference), atol=0.1)


def test_resampling_in_windows_is_seamless(neutral: np.ndarray) -> None:
    """Window joins leave no trace: 70 s of 8 kHz audio scores as if resampled in one piece."""
    narrow = resample_poly(np.tile(neutral, 21), 1, 2).astype(np.float32)
    whole = resample_poly(narrow, 2, 1).astype(np.float32)
    np.testing.assert_allclose(vad.speech_probabilities(narrow, 8000), vad.speech_probabilities(whole), atol=1e-5)


def test_clipped_loud_audio_still_finds_the_speech(neutral: np.ndarray) -> None:
    clipped = np.clip(neutral * 20, -1, 1)
    segments = vad.speech_segments(clipped)
    assert len(segments) == 1
    np.testing.assert_allclose(_spans(segments), _spans(vad.speech_segments(neutral)), atol=0.15)


def test_config_shapes_the_segments(neutral: np.ndarray) -> None:
    plain = vad.speech_segments(neutral, config=vad.VADConfig(pad_seconds=0.0))[0]
    padded = vad.speech_segments(neutral, config=vad.VADConfig(pad_seconds=0.3))[0]
    assert padded.start == pytest.approx(plain.start - 0.3) and padded.end == pytest.approx(plain.end + 0.3)
    assert vad.speech_segments(neutral, config=vad.VADConfig(min_speech_seconds=5.0)) == []
    with pytest.raises(ValueError):
        vad.VADConfig(threshold=1.5)
    with pytest.raises(ValueError):
        vad.speech_segments(np.zeros((2, RATE), np.float32))


def test_an_hour_runs_in_bounded_memory(neutral: np.ndarray, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """60 minutes (the clip, then 1 s of silence, over and over) from a file on disk: time, memory and every copy.

    Time is CPU time (about 3 s here), so that a machine busy with other work does not fail the test.
    """
    period = np.concatenate([neutral, np.zeros(RATE, np.float32)])
    total = 60 * 60 * RATE
    path = tmp_path / "hour.npy"
    hour = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(total,))
    block = np.tile(period, 100)
    for first in range(0, total, len(block)):
        hour[first : first + len(block)] = block[: total - first]
    hour.flush()
    del hour
    audio = np.load(path, mmap_mode="r")  # pages come from disk as read: the hour is never in memory at once

    model = vad._model()
    batches: list[int] = []
    original = model.probabilities

    def spy(frames: np.ndarray, state: object) -> object:
        batches.append(len(frames))
        return original(frames, state)

    monkeypatch.setattr(model, "probabilities", spy)
    tracemalloc.start()
    began = time.process_time()
    try:
        segments = vad.speech_segments(audio)
        seconds = time.process_time() - began
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        del audio
        path.unlink()
    assert len(segments) == -(-total // len(period))  # one segment per copy of the sentence, the last one cut short
    assert max(batches) * vad.FRAME_SECONDS <= 31.0  # the model sees at most one 30 s window at a time
    assert peak < 32e6, f"peak traced memory {peak / 1e6:.1f} MB for 230 MB of audio"
    assert seconds < 30.0, f"an hour took {seconds:.1f} s of CPU time"
