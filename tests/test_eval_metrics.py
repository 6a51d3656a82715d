"""The eval metrics are the libraries' (jiwer, scikit-learn, pyannote.metrics) behind our function names and shapes."""

import jiwer
import numpy as np
import pytest
from pyannote.core import Segment, Timeline
from sklearn.metrics import classification_report as sk_report

from emotion_jax.evaluate.diarization import annotation, der_metric, diarization_error_rate
from emotion_jax.evaluate.metrics import classification_report, expected_calibration_error
from emotion_jax.labels import EMOTIONS
from emotion_jax.speech.diarize import Turn
from emotion_jax.speech.wer import normalize_words, word_error_rate, word_errors


def test_word_errors_are_jiwers_after_our_normalisation():
    pairs = [("Kids are talking by the door.", "kids talking by the big door"),
             ("Dogs are sitting by the door", "dogs sitting by the door door"), ("I was 42", "i was forty two")]
    for ref, hyp in pairs:
        out = jiwer.process_words(" ".join(normalize_words(ref)), " ".join(normalize_words(hyp)))
        assert word_errors(ref, hyp) == (out.substitutions + out.deletions + out.insertions, len(normalize_words(ref)))
        assert word_error_rate(ref, hyp) == pytest.approx(out.wer)
    assert word_errors("", "you said") == (2, 0) and word_errors("by the door", "...") == (3, 3)


def test_classification_report_matches_scikit_learns():
    rng = np.random.default_rng(0)
    y = rng.choice([0, 1, 2, 3], 300)  # four of the seven classes labelled; argmax may predict all seven
    probs = rng.dirichlet(np.ones(len(EMOTIONS)), len(y))
    probs[np.arange(len(y))[:150], y[:150]] += 1.0
    probs /= probs.sum(1, keepdims=True)
    ours, pred = classification_report(probs, y, EMOTIONS), probs.argmax(1)
    theirs = sk_report(y, pred, labels=range(len(EMOTIONS)), target_names=EMOTIONS, output_dict=True,
                       zero_division=0)
    for name in EMOTIONS:
        for key, sk_key in (("precision", "precision"), ("recall", "recall"), ("f1", "f1-score")):
            assert ours["per_class"][name][key] == pytest.approx(theirs[name][sk_key])
        assert ours["per_class"][name]["support"] == theirs[name]["support"]
    assert ours["accuracy"] == pytest.approx(np.mean(pred == y))
    assert ours["weighted_f1"] == pytest.approx(theirs["weighted avg"]["f1-score"])
    # macro-F1 over the classes the labels hold (a never-labelled class predicted is an error, not a zero to average)
    assert ours["macro_f1"] == pytest.approx(np.mean([theirs[EMOTIONS[k]]["f1-score"] for k in range(4)]))
    matrix = np.array(ours["confusion"]["matrix"])
    assert matrix.shape == (7, 7) and matrix.sum() == len(y) and np.trace(matrix) == (pred == y).sum()
    empty = classification_report(np.zeros((0, 7)), np.zeros(0, int), EMOTIONS)
    assert empty["accuracy"] == 0.0 and empty["confusion"]["matrix"] == [[0] * 7] * 7 and empty["reliability"] == []


def test_ece_is_zero_for_a_calibrated_reading_and_the_gap_for_an_overconfident_one():
    y = np.array([0] * 8 + [1] * 2)
    probs = np.tile([0.8, 0.2, 0, 0, 0, 0, 0], (10, 1))
    assert expected_calibration_error(probs, y) == pytest.approx(0.0)
    assert expected_calibration_error(np.tile([1.0, 0, 0, 0, 0, 0, 0], (10, 1)), y) == pytest.approx(0.2)


def test_der_is_pyannotes_with_the_collar_either_side():
    reference = [Turn(0.0, 4.0, 7), Turn(5.0, 9.0, 3)]
    assert diarization_error_rate(reference, [Turn(0.0, 4.0, 1), Turn(5.0, 9.0, 0)]) == pytest.approx(0.0)
    # one speaker for both: 4 s confused of 8 s, less 0.25 s either side of the four boundaries (7 s scored)
    assert diarization_error_rate(reference, [Turn(0.0, 9.0, 0)]) == pytest.approx((3.5 + 0.5) / 7.0)
    assert diarization_error_rate(reference, [Turn(0.0, 9.0, 0)], collar=0.0) == pytest.approx((4 + 1) / 8)
    assert diarization_error_rate(reference, []) == pytest.approx(1.0)
    assert diarization_error_rate([], []) == 0.0 and diarization_error_rate([], [Turn(0.0, 1.0, 0)]) == float("inf")
    metric = der_metric(0.0)  # a corpus DER accumulates errors over all reference speech
    uem = Timeline([Segment(0.0, 9.0)])
    metric(annotation(reference), annotation([Turn(0.0, 9.0, 0)]), uem=uem)
    metric(annotation(reference), annotation(reference), uem=uem)
    assert abs(metric) == pytest.approx(5 / 16)
