"""Voice tokens centred on their speaker: a speaker's constant offset (voice, room, microphone) is taken out."""

import numpy as np
import pytest

from emotion_jax.speech.centring import centred, speaker_means


def _items(rng: np.random.Generator) -> tuple[list[np.ndarray], list[int]]:
    return [rng.normal(size=(n, 6)).astype(np.float32) for n in (30, 12, 41, 25)], [0, 1, 0, 1]


def test_without_a_prior_a_speakers_offset_is_removed_exactly() -> None:
    items, speakers = _items(np.random.default_rng(0))
    offset = {0: np.full(6, 3.0, np.float32), 1: np.linspace(-2, 2, 6, dtype=np.float32)}
    moved = [t + offset[s] for t, s in zip(items, speakers)]
    for a, b in zip(centred(items, speakers, np.zeros(6), prior=0.0), centred(moved, speakers, np.zeros(6), prior=0.0)):
        np.testing.assert_allclose(a, b, atol=1e-5)


def test_the_prior_weighs_the_training_mean_by_its_token_count() -> None:
    items, speakers = _items(np.random.default_rng(1))
    mean = np.ones(6, np.float32)
    means = speaker_means(items, speakers, mean, prior=50.0)
    own = np.concatenate([items[0], items[2]])
    np.testing.assert_allclose(means[0], (own.sum(0) + 50.0 * mean) / (len(own) + 50.0), rtol=1e-5)
    lone = speaker_means([items[0]], [7], mean, prior=1e9)[7]  # a lone short clip keeps the training mean
    np.testing.assert_allclose(lone, mean, atol=1e-6)


def test_each_item_keeps_its_shape_and_order() -> None:
    items, speakers = _items(np.random.default_rng(2))
    out = centred(items, speakers, np.zeros(6))
    assert [o.shape for o in out] == [t.shape for t in items] and all(o.dtype == np.float32 for o in out)
    assert out[1].mean(0) == pytest.approx(items[1].mean(0) - speaker_means(items, speakers, np.zeros(6))[1], abs=1e-5)
