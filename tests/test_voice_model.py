"""Voice emotion model: shipped weights, fixed-shape predictor, real held-out RAVDESS actors, long audio, silence."""

import json
from pathlib import Path

import numpy as np
import pytest

from emotion_jax.labels import EMOTIONS
from emotion_jax.media import load_audio
from emotion_jax.speech import model as voice_model
from emotion_jax.speech.features import TOKEN_DIM, WHISPER_DIM, voice_features
from emotion_jax.train.voice_data import SPLITS, parse_name

RAVDESS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "speech" / "ravdess"
# The 7 codes that cover our classes once each (calm left out), strong intensity where there is one, "Kids are
# talking by the door", first repetition, for each held-out actor: 28 clips.
CODES = ("01", "03", "04", "05", "06", "07", "08")


@pytest.fixture(scope="module")
def predictor() -> voice_model.VoicePredictor:
    """The shipped model behind the jitted predictor."""
    return voice_model.VoicePredictor()


def _held_out_clips() -> list[Path]:
    """Real clips of the held-out actors, one per class each."""
    return [
        RAVDESS / f"Actor_{actor:02d}" / f"03-01-{code}-{'01' if code == '01' else '02'}-01-01-{actor:02d}.flac"
        for actor in SPLITS["test"]
        for code in CODES
    ]


def test_shipped_weights_load_with_their_record() -> None:
    model = voice_model.load()
    record = json.loads((voice_model.WEIGHTS_DIR / "voice.json").read_text())
    assert model.config.input_dim == TOKEN_DIM
    actors = record["split"]["actors"]
    assert actors["test"] == [17, 18, 19, 20]
    assert not set(actors["test"]) & set(actors["train"] + actors["val"])
    assert len(voice_model.weights_hash()) == 12


def test_predictor_gives_probabilities_with_fixed_shapes(predictor: voice_model.VoicePredictor) -> None:
    rng = np.random.default_rng(0)
    for length in (1, 31, 32, 45):
        emb, probs = predictor(rng.normal(size=(length, TOKEN_DIM)).astype(np.float32))
        assert emb.shape == (length, voice_model.VoiceConfig.width)
        assert probs.shape == (len(EMOTIONS),)
        assert probs.sum() == pytest.approx(1.0, abs=1e-5)
    assert voice_model.padded_length(45) == 64 and voice_model.padded_length(0) == 32


def test_held_out_actors_are_recognised_well_above_chance(predictor: voice_model.VoicePredictor) -> None:
    clips = _held_out_clips()
    truth = np.array([parse_name(path)[0] for path in clips])
    pred = np.array([predictor(voice_features(load_audio(path))["tokens"])[1].argmax() for path in clips])
    assert len(set(truth.tolist())) == len(EMOTIONS)
    assert np.mean(pred == truth) > 0.3  # chance is 1/7


def test_features_on_a_minute_of_audio_have_the_documented_shapes() -> None:
    audio = np.tile(load_audio(_held_out_clips()[0]), 20)[: 60 * 16000]
    features = voice_features(audio)
    assert features["whisper"].shape == (3000, WHISPER_DIM)
    assert features["tokens"].shape == (600, TOKEN_DIM) and features["tokens"].dtype == np.float32
    assert features["times"].shape == (600,) and features["times"][0] == pytest.approx(0.05)
    assert np.isfinite(features["tokens"]).all()


@pytest.mark.parametrize("seconds", [0.0, 0.05, 2.0])
def test_silence_gives_finite_tokens_and_probabilities(predictor: voice_model.VoicePredictor, seconds: float) -> None:
    features = voice_features(np.zeros(int(seconds * 16000), np.float32))
    assert features["tokens"].shape == (int(np.ceil(seconds * 10)), TOKEN_DIM)
    assert np.isfinite(features["tokens"]).all()
    _, probs = predictor(features["tokens"])
    assert np.isfinite(probs).all() and probs.sum() == pytest.approx(1.0, abs=1e-5)


def test_a_session_read_is_blind_to_a_speakers_channel_offset() -> None:
    """With the prior off, one offset added to every token of a speaker (a microphone, a room) changes nothing."""
    mean, _ = voice_model.saved_centring()
    exact = voice_model.VoicePredictor(voice_model.load(), voice_model.saved_temperature(), centring=(mean, 0.0))
    clips = _held_out_clips()[:7] + _held_out_clips()[7:14]
    tokens = [voice_features(load_audio(path))["tokens"] for path in clips]
    speakers = [parse_name(path)[2] for path in clips]
    shift = {17: np.float32(0.3), 18: np.float32(-0.2)}
    moved = [t + shift[s] for t, s in zip(tokens, speakers)]
    plain = [p for _, p in exact.read(tokens, speakers)]
    for a, (_, b) in zip(plain, exact.read(moved, speakers)):
        np.testing.assert_allclose(a, b, atol=1e-4)
    alone = [exact(t)[1] for t in tokens]  # read raw, the offset is not taken out
    assert max(np.abs(a - exact(t)[1]).max() for a, t in zip(alone, moved)) > 1e-3
