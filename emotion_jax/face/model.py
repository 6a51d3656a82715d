"""Flax (nnx) facial expression CNN: 48x48 grayscale face -> embedding and 7-class logits.

Plain 3x3 convolutions only (XLA on CPU runs depthwise convolutions several times slower), with
batch norm and max pooling: a small VGG-style network that trains on a 2-core CPU in minutes per epoch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

from emotion_jax import checkpoint
from emotion_jax.labels import NUM_CLASSES

WEIGHTS_DIR = Path(__file__).parent / "weights"


@dataclass(frozen=True)
class ExpressionConfig:
    """Shape of the expression network."""

    widths: tuple[int, ...] = (32, 64, 128, 256)
    embed_dim: int = 128
    dropout: float = 0.3
    num_classes: int = NUM_CLASSES


class _ConvBlock(nnx.Module):
    def __init__(self, cin: int, cout: int, rngs: nnx.Rngs):
        self.conv_a = nnx.Conv(cin, cout, (3, 3), padding="SAME", use_bias=False, rngs=rngs)
        self.bn_a = nnx.BatchNorm(cout, momentum=0.9, rngs=rngs)
        self.conv_b = nnx.Conv(cout, cout, (3, 3), padding="SAME", use_bias=False, rngs=rngs)
        self.bn_b = nnx.BatchNorm(cout, momentum=0.9, rngs=rngs)

    def __call__(self, x: jax.Array) -> jax.Array:
        x = jax.nn.relu(self.bn_a(self.conv_a(x)))
        x = jax.nn.relu(self.bn_b(self.conv_b(x)))
        return nnx.max_pool(x, (2, 2), strides=(2, 2))


class ExpressionCNN(nnx.Module):
    """Face crop (B, 48, 48, 1) in [-1, 1] -> (embedding (B, E), logits (B, 7))."""

    def __init__(self, config: ExpressionConfig = ExpressionConfig(), *, rngs: nnx.Rngs):
        self.config = config
        chans = (1, *config.widths)
        self.blocks = nnx.List([_ConvBlock(a, b, rngs) for a, b in zip(chans[:-1], chans[1:])])
        self.drop = nnx.Dropout(config.dropout, rngs=rngs)
        self.embed = nnx.Linear(config.widths[-1], config.embed_dim, rngs=rngs)
        self.head = nnx.Linear(config.embed_dim, config.num_classes, rngs=rngs)

    def __call__(self, x: jax.Array) -> tuple[jax.Array, jax.Array]:
        for block in self.blocks:
            x = block(x)
        x = self.drop(jnp.mean(x, axis=(1, 2)))
        emb = jax.nn.relu(self.embed(x))
        return emb, self.head(self.drop(emb))


def to_input(gray_u8: np.ndarray) -> np.ndarray:
    """uint8 crops (B, 48, 48) -> float32 network input (B, 48, 48, 1) in [-1, 1]."""
    return (np.asarray(gray_u8, np.float32)[..., None] / 127.5) - 1.0


def save(model: ExpressionCNN, path: Path, record: dict) -> None:
    """Write weights and the JSON record of config, training command, data and metrics."""
    checkpoint.save(model, path, record)


def load(path: Path = WEIGHTS_DIR / "expression") -> ExpressionCNN:
    """The shipped (or given) trained expression model, in eval mode."""
    cfg = checkpoint.read_record(path, "emotion-jax train face")["config"]
    config = ExpressionConfig(**{**cfg, "widths": tuple(cfg["widths"])})
    return checkpoint.restore(lambda: ExpressionCNN(config, rngs=nnx.Rngs(0)), path)


def saved_temperature(path: Path = WEIGHTS_DIR / "expression") -> float:
    """The calibration temperature saved with the weights (fitted on other sources than the training data)."""
    return checkpoint.temperature(path, "emotion-jax train face")


def weights_hash(path: Path = WEIGHTS_DIR / "expression") -> str:
    """Short content hash of the shipped weights, recorded with every result."""
    return checkpoint.content_hash(path)


class Predictor:
    """Batched, jitted inference with fixed batch shapes (each new shape would recompile), calibrated probabilities.

    Without a model, the shipped weights and their temperature; with one, its temperature is `temperature` (1.0).
    """

    def __init__(self, model: ExpressionCNN | None = None, batch_size: int = 64, temperature: float | None = None):
        if model is None:
            model, temperature = load(), saved_temperature() if temperature is None else temperature
        model.eval()
        graphdef, state = nnx.split(model)
        self.batch_size = batch_size
        self.temperature = 1.0 if temperature is None else float(temperature)

        @jax.jit
        def forward(state, x, t):
            emb, logits = nnx.merge(graphdef, state)(x)
            return emb, jax.nn.softmax(logits / t, axis=-1)

        self._state = state
        self._forward = forward

    def __call__(self, crops_u8: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """uint8 crops (N, 48, 48) -> (embeddings (N, E), calibrated probabilities (N, 7)), both numpy."""
        n = len(crops_u8)
        x = to_input(crops_u8)
        embs, probs = [], []
        for start in range(0, max(n, 1), self.batch_size):
            chunk = x[start:start + self.batch_size]
            pad = self.batch_size - len(chunk)
            chunk = np.concatenate([chunk, np.zeros((pad, *chunk.shape[1:]), np.float32)]) if pad else chunk
            e, p = self._forward(self._state, chunk, np.float32(self.temperature))
            keep = self.batch_size - pad
            embs.append(np.asarray(e)[:keep])
            probs.append(np.asarray(p)[:keep])
        return np.concatenate(embs)[:n], np.concatenate(probs)[:n]
