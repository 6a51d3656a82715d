"""Temperature scaling and the "uncertain" rule that every reading and view shares."""

import numpy as np
import pytest

from emotion_jax.calibration import UncertainRule, calibrated, fit_temperature, uncertain_cells
from emotion_jax.evaluate.metrics import classification_report, expected_calibration_error
from emotion_jax.labels import EMOTIONS
from emotion_jax.timeline import MODALITIES, Timeline, summarize, to_arrow


def _reading(k: int, p: float) -> np.ndarray:
    out = np.full(len(EMOTIONS), (1 - p) / (len(EMOTIONS) - 1), np.float32)
    out[k] = p
    return out


def test_fitted_temperature_recovers_an_overconfident_model():
    rng = np.random.default_rng(0)
    true_logits = rng.normal(size=(4000, 7)) * 2.0
    y = np.array([rng.choice(7, p=np.exp(r) / np.exp(r).sum()) for r in true_logits])
    overconfident = true_logits * 2.5  # a model whose logits are 2.5x too sharp
    t = fit_temperature(overconfident, y)
    assert t == pytest.approx(2.5, abs=0.25)
    before = expected_calibration_error(calibrated(overconfident, 1.0), y)
    after = expected_calibration_error(calibrated(overconfident, t), y)
    assert after < 0.03 < before


def test_uncertain_marks_low_confidence_and_confident_disagreement():
    w, m = 3, len(MODALITIES)
    probs = np.full((w, 1, m, 7), np.nan, np.float32)
    present = np.zeros((w, 1, m), bool)
    face, voice, fused = (MODALITIES.index(x) for x in ("face", "voice", "fused"))
    probs[0, 0, face], probs[0, 0, voice], probs[0, 0, fused] = _reading(1, .9), _reading(3, .8), _reading(1, .7)
    probs[1, 0, face], probs[1, 0, voice], probs[1, 0, fused] = _reading(1, .9), _reading(3, .3), _reading(1, .8)
    probs[2, 0, face], probs[2, 0, fused] = _reading(2, .45), _reading(2, .45)
    present[:, 0, [face, voice, fused]] = True
    present[2, 0, voice] = False
    unsure = uncertain_cells(probs, present, MODALITIES)
    assert unsure[0, 0, fused] and not unsure[0, 0, face]          # confident face and voice disagree
    assert unsure[1, 0, voice] and not unsure[1, 0, fused]         # the weak voice alone is uncertain
    assert unsure[2, 0, face] and unsure[2, 0, fused]              # under the threshold
    assert not unsure[~present].any()
    timeline = Timeline(np.arange(w, dtype=float), 1.0, ("person 1",), MODALITIES, probs,
                        np.zeros((w, 1, m), np.float32), np.zeros((w, 1, m), np.float32),
                        np.nanmax(probs, -1), present)
    table = to_arrow(timeline)
    fused_rows = [r for r in table.to_pylist() if r["modality"] == "fused"]
    assert [r["uncertain"] for r in fused_rows] == [True, False, True]
    share = summarize(timeline, "person 1").share
    assert share["uncertain"] == pytest.approx(2 / 3) and share["happy"] == pytest.approx(1 / 3)


def test_neutral_words_disagree_with_nothing_but_emotional_words_do():
    face, words, fused = (MODALITIES.index(x) for x in ("face", "words", "fused"))
    probs = np.full((2, 1, len(MODALITIES), 7), np.nan, np.float32)
    present = np.zeros((2, 1, len(MODALITIES)), bool)
    present[:, 0, [face, words, fused]] = True
    probs[:, 0, face], probs[:, 0, fused] = _reading(3, .9), _reading(3, .8)       # a confident angry face
    probs[0, 0, words] = _reading(EMOTIONS.index("neutral"), .9)                  # over confident neutral words
    probs[1, 0, words] = _reading(EMOTIONS.index("happy"), .9)                    # over confident happy words
    unsure = uncertain_cells(probs, present, MODALITIES)
    assert not unsure[0, 0, fused] and unsure[1, 0, fused]


def test_eval_reports_selective_accuracy_at_the_threshold():
    y = np.array([0, 1, 2, 3])
    probs = np.stack([_reading(0, .9), _reading(1, .8), _reading(0, .3), _reading(4, .4)])
    sel = classification_report(probs, y, EMOTIONS)["selective"]
    assert sel == {"threshold": UncertainRule().min_confidence, "coverage": 0.5, "accuracy": 1.0}


def test_shipped_weights_carry_a_temperature_fitted_on_other_sources():
    import json

    from emotion_jax.face import model as face_model
    from emotion_jax.speech import model as voice_model

    face = json.loads((face_model.WEIGHTS_DIR / "expression.json").read_text())["calibration"]
    voice = json.loads((voice_model.WEIGHTS_DIR / "voice.json").read_text())["calibration"]
    assert any("ckplus" in s for s in face["fitted_on"]) and "augment" in voice["fitted_on"]
    assert face_model.Predictor(batch_size=4).temperature == face_model.saved_temperature() == face["temperature"]
    assert voice_model.VoicePredictor().temperature == voice_model.saved_temperature() == voice["temperature"]
    assert face["temperature"] != 1.0 and voice["temperature"] != 1.0
