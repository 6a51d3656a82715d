"""The face training data: FER+'s crowd votes beside FER2013's own labels, and the mixed targets built from them."""

from __future__ import annotations

import numpy as np

from emotion_jax.labels import EMOTIONS
from emotion_jax.train.face import targets
from emotion_jax.train.face_data import fer2013, ferplus


def test_ferplus_rows_carry_fer2013s_own_label() -> None:
    plus, fer = ferplus("public"), fer2013("public")
    assert len(plus.original) == len(plus.y) == len(plus.soft)
    # the same images: every FER+ image is one of FER2013's, with that image's FER2013 label (one image is in
    # FER2013 twice, with two labels)
    labels: dict[bytes, set[int]] = {}
    for img, y in zip(fer.x, fer.y):
        labels.setdefault(img.tobytes(), set()).add(int(y))
    assert all(int(y) in labels[img.tobytes()] for img, y in zip(plus.x, plus.original))
    # the two labellings agree on most but far from all images (the data README: ~62%)
    assert 0.55 < np.mean(plus.original == plus.y) < 0.75


def test_targets_move_the_given_share_to_the_original_label() -> None:
    plus = ferplus("public")
    np.testing.assert_allclose(targets(plus, 0.0), plus.soft)
    np.testing.assert_allclose(targets(plus, 1.0), np.eye(len(EMOTIONS))[plus.original])
    mixed = targets(plus, 0.25)
    np.testing.assert_allclose(mixed.sum(1), 1.0, atol=1e-6)
    rows = np.arange(len(plus.y))
    np.testing.assert_allclose(mixed[rows, plus.original], 0.75 * plus.soft[rows, plus.original] + 0.25, atol=1e-6)
