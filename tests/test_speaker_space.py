"""The speaker space: WCCN whitens how one voice varies, so held-out voices of one gender lie further apart."""

import json

import numpy as np
import pytest
from sklearn.metrics import roc_curve

from emotion_jax.speech.speaker_space import WEIGHTS, SpeakerSpace, fit, saved_space
from emotion_jax.train.speakers import clip_embeddings


def _same_gender_eer(embeddings: np.ndarray, actors: np.ndarray) -> float:
    """Equal error rate of telling windows of one actor from those of another actor of the same gender."""
    scores = embeddings @ embeddings.T
    i, j = np.triu_indices(len(embeddings), 1)
    pairs = actors[i] % 2 == actors[j] % 2
    fpr, tpr, _ = roc_curve(actors[i][pairs] == actors[j][pairs], scores[i, j][pairs])
    return float(fpr[np.argmin(np.abs(fpr - (1 - tpr)))])


def test_shipped_space_tells_held_out_voices_of_one_gender_apart_better(data_dir) -> None:
    embeddings, actors = clip_embeddings((17, 18, 19, 20))
    raw, spaced = _same_gender_eer(embeddings, actors), _same_gender_eer(saved_space().project(embeddings), actors)
    print(f"actors 17-20, same-gender window pairs: EER {raw:.3f} in resemblyzer's space, {spaced:.3f} here")
    assert spaced <= raw - 0.02


def test_shipped_space_was_fitted_without_the_held_out_actors() -> None:
    record = json.loads(WEIGHTS.with_suffix(".json").read_text())
    assert not set(record["split"]["fit"]) & {17, 18, 19, 20}
    space = saved_space()
    assert space.mean.shape == (256,) and space.projection.shape == (256, 256)


def test_fit_whitens_the_direction_a_voice_varies_in() -> None:
    rng = np.random.default_rng(0)
    dims, per = 8, 200
    # Two training speakers vary a lot along axis 0 (emotion, effort) and little elsewhere.
    train = np.concatenate([rng.normal(0, [3.0] + [0.3] * (dims - 1), (per, dims)) + c for c in (1.0, -1.0)])
    space = fit(train, np.repeat([0, 1], per), shrink=0.1)
    # Two new speakers differ along axis 1 only; one varies along axis 0 as the training speakers did.
    a = rng.normal(0, [3.0] + [0.3] * (dims - 1), (per, dims)) + np.eye(dims)[1]
    b = rng.normal(0, [3.0] + [0.3] * (dims - 1), (per, dims)) - np.eye(dims)[1]

    def apart(x: np.ndarray, y: np.ndarray) -> float:
        x, y = x / np.linalg.norm(x, axis=1, keepdims=True), y / np.linalg.norm(y, axis=1, keepdims=True)
        return float((x @ x.T).mean() + (y @ y.T).mean() - 2 * (x @ y.T).mean())

    assert apart(space.project(a), space.project(b)) > 2 * apart(a, b)


def test_identity_space_only_normalises_and_bad_shrink_is_refused() -> None:
    x = np.array([[3.0, 4.0], [0.0, 2.0]])
    assert np.allclose(SpeakerSpace.identity(2).project(x), [[0.6, 0.8], [0.0, 1.0]])
    with pytest.raises(ValueError, match="shrink"):
        fit(x, [0, 1], shrink=0.0)
