"""Shipped model weights: a msgpack file of parameters (and batch-norm statistics) beside a JSON record of
the model's config and how the weights were made (command, data, split, metrics, machine)."""

from __future__ import annotations

import hashlib
import json
import os
import platform
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TypeVar

import jax
import numpy as np
from flax import nnx, serialization

SAVED = nnx.Any(nnx.Param, nnx.BatchStat)  # what a checkpoint holds; dropout RNG state is not saved


def save(model: nnx.Module, path: Path, record: dict) -> None:
    """Write `path`.msgpack (weights) and `path`.json ({"config": model.config, **record})."""
    state = nnx.state(model, SAVED)
    path.with_suffix(".msgpack").write_bytes(serialization.msgpack_serialize(state.to_pure_dict()))
    path.with_suffix(".json").write_text(json.dumps({"config": asdict(model.config), **record}, indent=2) + "\n")


def read_record(path: Path, train_command: str) -> dict:
    """The JSON record beside the weights; a clear error naming the command that makes them if absent."""
    if not path.with_suffix(".msgpack").exists():
        raise FileNotFoundError(f"no weights at {path.with_suffix('.msgpack')}; train them with `{train_command}`")
    return json.loads(path.with_suffix(".json").read_text())


def temperature(path: Path, train_command: str) -> float:
    """The calibration temperature in the record's `calibration` (1.0 for weights saved without one)."""
    return float(read_record(path, train_command).get("calibration", {}).get("temperature", 1.0))


M = TypeVar("M", bound=nnx.Module)


def restore(build: Callable[[], M], path: Path, dtype: jax.typing.DTypeLike | None = None) -> M:
    """The model `build()` makes, with the saved weights (cast to `dtype` if given), in eval mode.

    The model is built abstractly (shapes only): drawing random initial weights only to overwrite them cost
    seconds of compiling per model at start-up. What a checkpoint does not hold (dropout keys) starts at zero.
    """
    model = nnx.eval_shape(build)
    saved = serialization.msgpack_restore(path.with_suffix(".msgpack").read_bytes())
    if dtype is not None:
        saved = jax.tree.map(lambda a: np.asarray(a, dtype), saved)
    state = nnx.state(model, SAVED)
    nnx.replace_by_pure_dict(state, saved)
    nnx.update(model, state)
    rest = nnx.state(model, nnx.Not(SAVED))
    nnx.update(model, jax.tree.map(_concrete, rest, is_leaf=lambda x: isinstance(x, jax.ShapeDtypeStruct)))
    model.eval()
    return model


def _concrete(leaf: object) -> object:
    """A zero (or key 0) in place of a shape-only leaf; anything else as it is."""
    if not isinstance(leaf, jax.ShapeDtypeStruct):
        return leaf
    if jax.dtypes.issubdtype(leaf.dtype, jax.dtypes.prng_key):
        return jax.random.split(jax.random.key(0), leaf.shape) if leaf.shape else jax.random.key(0)
    return np.zeros(leaf.shape, leaf.dtype)


def content_hash(path: Path) -> str:
    """Short content hash of the weights file, recorded with every result."""
    return hashlib.sha256(path.with_suffix(".msgpack").read_bytes()).hexdigest()[:12]


def machine() -> str:
    """Where weights were trained, for the record: architecture, cores, jax version and backend."""
    return f"{platform.machine()}, {os.cpu_count()} cores, jax {jax.__version__} on {jax.default_backend()}"


T = TypeVar("T")
_LOADED: dict[tuple, object] = {}


def loaded_once(make: Callable[[], T], *key: object) -> T:
    """`make()`'s result, made once per process for each `key` (name the weights' hash in it, so that new
    weights load anew): every model is loaded and compiled once, however many recordings a process reads."""
    if key not in _LOADED:
        _LOADED[key] = make()
    return _LOADED[key]  # type: ignore[return-value]


def keep_compiled(folder: Path | None = None) -> Path:
    """Keep JAX's compiled programs on disk ($XDG_CACHE_HOME/emotion-jax/jax by default), so that a second run of
    a command does not compile the models again."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = Path(folder) if folder is not None else base / "emotion-jax" / "jax"
    if jax.config.jax_compilation_cache_dir != str(folder):
        folder.mkdir(parents=True, exist_ok=True)
        jax.config.update("jax_compilation_cache_dir", str(folder))
        jax.config.update("jax_persistent_cache_min_compile_time_secs", 0.5)
    return folder
