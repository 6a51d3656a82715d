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


def test_models_are_loaded_once_per_process_and_compiled_programs_kept(tmp_path, monkeypatch):
    from emotion_jax import checkpoint

    made = []
    first = checkpoint.loaded_once(lambda: made.append(1) or object(), "test model", "hash-a")
    assert checkpoint.loaded_once(lambda: made.append(1) or object(), "test model", "hash-a") is first
    assert checkpoint.loaded_once(lambda: made.append(1) or object(), "test model", "hash-b") is not first
    assert len(made) == 2  # new weights (another hash) load anew
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    import jax

    before = jax.config.jax_compilation_cache_dir
    try:
        assert checkpoint.keep_compiled() == tmp_path / "emotion-jax" / "jax"
        assert jax.config.jax_compilation_cache_dir == str(tmp_path / "emotion-jax" / "jax")
    finally:
        jax.config.update("jax_compilation_cache_dir", before)
