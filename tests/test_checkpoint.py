import json

import numpy as np
import pytest
from flax import nnx

from emotion_jax.face import model as face_model


def test_save_and_load_round_trip(tmp_path):
    model = face_model.ExpressionCNN(rngs=nnx.Rngs(3))
    model.eval()
    path = tmp_path / "expression"
    face_model.save(model, path, {"command": "test"})
    assert json.loads(path.with_suffix(".json").read_text())["command"] == "test"
    x = np.random.default_rng(0).integers(0, 255, (4, 48, 48), dtype=np.uint8)
    before = face_model.Predictor(model, batch_size=4)(x)[1]
    after = face_model.Predictor(face_model.load(path), batch_size=4)(x)[1]
    np.testing.assert_allclose(before, after, atol=1e-6)
    assert face_model.weights_hash(path) != face_model.weights_hash()


def test_missing_weights_name_the_training_command(tmp_path):
    with pytest.raises(FileNotFoundError, match="emotion-jax train face"):
        face_model.load(tmp_path / "nothing")
