"""Prosody on synthetic tones, silence and real RAVDESS speech: pitch, loudness, voice quality, rate, pauses, tokens."""

import math
from pathlib import Path

import numpy as np
import pytest
from scipy.signal import resample_poly

from emotion_jax.media import load_audio
from emotion_jax.speech import prosody, vad
from emotion_jax.speech.asr import Word

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ACTOR01 = DATA / "av" / "ravdess_actor01"
ACTOR02 = DATA / "speech" / "ravdess" / "Actor_02"
NEUTRAL = ACTOR01 / "01-01-01-01-01-01-01.flac"  # "Kids are talking by the door": 6 words, 6 syllables
ANGRY = ACTOR01 / "01-01-05-02-01-01-01.flac"  # the same sentence, angry, strong intensity
RATE = 16000


@pytest.fixture(scope="module")
def neutral() -> np.ndarray:
    """Actor 01 (male) saying the sentence neutrally."""
    return load_audio(NEUTRAL)


def _tone(f0: float, seconds: float = 1.0) -> np.ndarray:
    """A harmonic tone (five partials falling 1/k) at f0, like a steady sustained vowel."""
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 6))).astype(np.float32)


def _utterance(audio: np.ndarray) -> prosody.UtteranceProsody:
    """The prosody of a clip's one VAD segment."""
    segments = vad.speech_segments(audio)
    assert len(segments) == 1
    return prosody.utterance_prosody(audio, segments)[0]


def test_frames_sit_on_one_grid(neutral: np.ndarray) -> None:
    features = prosody.frame_features(neutral)
    count = math.ceil(len(neutral) / RATE / 0.01)
    assert set(features) == set(prosody.FRAME_KEYS)
    assert all(len(v) == count for v in features.values())
    np.testing.assert_allclose(features["times"], (np.arange(count) + 0.5) * 0.01)
    assert features["voiced"].dtype == bool
    np.testing.assert_array_equal(np.isfinite(features["f0"]), features["voiced"])


def test_a_200_hz_tone_is_voiced_at_200_hz() -> None:
    features = prosody.frame_features(_tone(200.0))
    inside = (features["times"] > 0.1) & (features["times"] < 0.9)
    assert features["voiced"][inside].all()
    np.testing.assert_allclose(features["f0"][inside], 200.0, atol=3.0)
    assert np.nanmedian(features["hnr_db"]) > 20


def test_silence_gives_no_pitch_and_no_crash() -> None:
    silence = np.zeros(2 * RATE, np.float32)
    features = prosody.frame_features(silence)
    assert np.isnan(features["f0"]).all() and not features["voiced"].any() and np.isnan(features["hnr_db"]).all()
    (quiet,) = prosody.utterance_prosody(silence, [vad.SpeechSegment(0.5, 1.5)])
    assert math.isnan(quiet.f0_mean) and math.isnan(quiet.jitter) and math.isnan(quiet.hnr)
    assert quiet.speaking_rate == 0.0
    _, tokens = prosody.prosody_tokens(features)
    assert np.isfinite(tokens).all() and not tokens[:, 0].any()
    short = prosody.frame_features(np.zeros(100, np.float32))  # shorter than any Praat window
    assert len(short["f0"]) == 1 and not short["voiced"].any()


def test_median_f0_of_a_man_and_a_woman(neutral: np.ndarray) -> None:
    male = np.nanmedian(prosody.frame_features(neutral)["f0"])
    female = np.nanmedian(prosody.frame_features(load_audio(ACTOR02 / "03-01-01-01-01-01-02.flac"))["f0"])
    assert 90 <= male <= 160
    assert female > 165 and female > male + 50


def test_pitch_holds_at_8khz(neutral: np.ndarray) -> None:
    narrow = resample_poly(neutral, 1, 2).astype(np.float32)
    median = np.nanmedian(prosody.frame_features(narrow, sample_rate=8000)["f0"])
    assert median == pytest.approx(np.nanmedian(prosody.frame_features(neutral)["f0"]), abs=3.0)


def test_angry_is_louder_and_higher_than_neutral(neutral: np.ndarray) -> None:
    calm, angry = _utterance(neutral), _utterance(load_audio(ANGRY))
    assert angry.intensity_mean > calm.intensity_mean + 6.0, (angry.intensity_mean, calm.intensity_mean)
    assert angry.f0_mean > calm.f0_mean + 50.0, (angry.f0_mean, calm.f0_mean)
    assert angry.f0_range > calm.f0_range


@pytest.mark.parametrize("emotion", ["01-01", "02-01", "03-02", "04-01", "05-02", "08-01"])
def test_voice_quality_in_plausible_ranges(emotion: str) -> None:
    """Praat's jitter (local) and shimmer (local) and HNR on connected speech fall where the literature puts them."""
    u = _utterance(load_audio(ACTOR01 / f"01-01-{emotion}-01-01-01.flac"))
    assert 0.002 < u.jitter < 0.06, u
    assert 0.02 < u.shimmer < 0.25, u
    assert 3.0 < u.hnr < 25.0, u
    assert 0 < u.f0_sd < u.f0_mean and u.f0_range > 0


def test_speaking_rate_from_syllables_or_words(neutral: np.ndarray) -> None:
    segment = vad.speech_segments(neutral)[0]
    duration = segment.end - segment.start
    (by_nuclei,) = prosody.utterance_prosody(neutral, [segment])
    assert 4 <= round(by_nuclei.speaking_rate * duration) <= 8  # six syllables
    words = [Word(1.05 + 0.2 * i, 1.2 + 0.2 * i, w, 0.9) for i, w in enumerate("Kids are talking by the door".split())]
    (by_words,) = prosody.utterance_prosody(neutral, [segment], words=words)
    assert by_words.speaking_rate == pytest.approx(6 / duration)


def test_pause_before_each_utterance(neutral: np.ndarray) -> None:
    twice = np.concatenate([neutral, np.zeros(2 * RATE, np.float32), neutral])
    segments = vad.speech_segments(twice)
    assert len(segments) == 2
    first, second = prosody.utterance_prosody(twice, segments)
    assert math.isnan(first.pause_before)
    assert second.pause_before == pytest.approx(segments[1].start - segments[0].end) and second.pause_before > 2.0
    assert (first.start, first.end) == (segments[0].start, segments[0].end)


def test_chunked_analysis_matches_whole(neutral: np.ndarray) -> None:
    whole = prosody.frame_features(neutral)
    chunked = prosody.frame_features(neutral, config=prosody.ProsodyConfig(chunk_seconds=1.0))
    assert np.mean(whole["voiced"] == chunked["voiced"]) > 0.97
    both = whole["voiced"] & chunked["voiced"]
    assert np.median(np.abs(whole["f0"][both] - chunked["f0"][both])) < 1.0
    assert np.median(np.abs(whole["intensity_db"] - chunked["intensity_db"])) < 0.5


def test_tokens_every_100_ms(neutral: np.ndarray) -> None:
    features = prosody.frame_features(neutral)
    times, tokens = prosody.prosody_tokens(features)
    assert tokens.shape == (math.ceil(len(neutral) / RATE / 0.1), len(prosody.TOKEN_FEATURES))
    assert tokens.dtype == np.float32 and np.isfinite(tokens).all()
    np.testing.assert_allclose(times, (np.arange(len(times)) + 0.5) * 0.1)
    voiced = tokens[:, 0]
    assert ((voiced >= 0) & (voiced <= 1)).all() and voiced.max() == 1.0
    assert not tokens[voiced == 0, 1].any() and not tokens[voiced == 0, 3].any()
    assert np.average(tokens[:, 1], weights=voiced) == pytest.approx(0.0, abs=1e-6)  # centred on the speaker's F0
    loud = tokens[voiced > 0.5, 2].mean()
    assert loud > tokens[voiced == 0, 2].mean() and abs(loud) < 1.0
    angry = prosody.prosody_tokens(prosody.frame_features(load_audio(ANGRY)))[1]
    assert np.isfinite(angry).all() and np.abs(angry[:, 2]).max() <= 5.0


def test_a_recordings_frames_serve_its_utterances_and_pieces(neutral: np.ndarray) -> None:
    """Praat runs once per recording: each utterance's measures and each piece's frames read those frames and agree
    with analysing the stretch on its own."""
    twice = np.concatenate([neutral, np.zeros(RATE, np.float32), neutral])
    segments, frames = vad.speech_segments(twice), prosody.frame_features(twice)
    alone = prosody.utterance_prosody(twice, segments)
    shared = prosody.utterance_prosody(twice, segments, frames=frames)
    for a, b in zip(alone, shared, strict=True):
        assert b.f0_mean == pytest.approx(a.f0_mean, rel=0.02) and b.hnr == pytest.approx(a.hnr, abs=0.5)
        assert b.intensity_mean == pytest.approx(a.intensity_mean, abs=0.5) and b.jitter == a.jitter
    start, end = segments[1].start, segments[1].end
    piece = prosody.between(frames, start, end)
    own = prosody.frame_features(twice[round(start * RATE): round(end * RATE)])
    assert piece["times"][0] < 0.1 and abs(len(piece["times"]) - len(own["times"])) <= 1
    n = min(len(piece["times"]), len(own["times"]))
    assert np.mean(piece["voiced"][:n] == own["voiced"][:n]) > 0.9
