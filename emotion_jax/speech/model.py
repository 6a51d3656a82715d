"""Flax (nnx) voice emotion model: 100 ms voice tokens (T, 388) with a mask -> embeddings and 7-class logits.

A linear projection, a temporal convolution for local context, two masked self-attention blocks, and attention
pooling over the valid tokens. Heads: our 7 classes (calm merged into neutral), and RAVDESS's 8 (calm kept), the
second trained alongside so accuracy can also be stated the way RAVDESS papers state it. There is no regression
head: RAVDESS has no valence/arousal ratings, so valence and arousal come from the 7-class probabilities through
labels.valence_arousal.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

from emotion_jax import checkpoint
from emotion_jax.labels import NUM_CLASSES
from emotion_jax.speech.centring import centred
from emotion_jax.speech.features import TOKEN_DIM

WEIGHTS_DIR = Path(__file__).parent / "weights"
BUCKET = 32  # token sequences are padded to a multiple of this, so each length bucket compiles once


@dataclass(frozen=True)
class VoiceConfig:
    """Shape of the voice network."""

    input_dim: int = TOKEN_DIM
    width: int = 128
    heads: int = 4
    blocks: int = 2
    kernel: int = 5  # tokens (500 ms) seen by the convolution
    dropout: float = 0.3
    input_dropout: float = 0.2
    num_classes: int = NUM_CLASSES
    ravdess_classes: int = 8


class _Block(nnx.Module):
    def __init__(self, config: VoiceConfig, rngs: nnx.Rngs):
        w = config.width
        self.ln_a = nnx.LayerNorm(w, rngs=rngs)
        self.attn = nnx.MultiHeadAttention(config.heads, w, decode=False, dropout_rate=config.dropout, rngs=rngs)
        self.ln_b = nnx.LayerNorm(w, rngs=rngs)
        self.mlp_in = nnx.Linear(w, 2 * w, rngs=rngs)
        self.mlp_out = nnx.Linear(2 * w, w, rngs=rngs)
        self.drop = nnx.Dropout(config.dropout, rngs=rngs)

    def __call__(self, x: jax.Array, mask: jax.Array) -> jax.Array:
        x = x + self.drop(self.attn(self.ln_a(x), mask=mask[:, None, None, :]))
        return x + self.drop(self.mlp_out(jax.nn.gelu(self.mlp_in(self.ln_b(x)))))


class VoiceEmotion(nnx.Module):
    """Tokens (B, T, D) and mask (B, T) -> (token embeddings (B, T, W), clip embedding (B, W), logits, logits8)."""

    def __init__(self, config: VoiceConfig = VoiceConfig(), *, rngs: nnx.Rngs):
        self.config = config
        w = config.width
        self.in_drop = nnx.Dropout(config.input_dropout, rngs=rngs)
        self.proj = nnx.Linear(config.input_dim, w, rngs=rngs)
        self.conv = nnx.Conv(w, w, (config.kernel,), padding="SAME", rngs=rngs)
        self.blocks = nnx.List([_Block(config, rngs) for _ in range(config.blocks)])
        self.ln = nnx.LayerNorm(w, rngs=rngs)
        self.score = nnx.Linear(w, 1, rngs=rngs)
        self.drop = nnx.Dropout(config.dropout, rngs=rngs)
        self.head = nnx.Linear(w, config.num_classes, rngs=rngs)
        self.head8 = nnx.Linear(w, config.ravdess_classes, rngs=rngs)

    def __call__(self, x: jax.Array, mask: jax.Array) -> tuple[jax.Array, jax.Array, jax.Array, jax.Array]:
        keep = mask[..., None].astype(x.dtype)
        x = self.proj(self.in_drop(x)) * keep
        x = x + jax.nn.gelu(self.conv(x)) * keep
        for block in self.blocks:
            x = block(x, mask) * keep
        tokens = self.ln(x)
        scores = jnp.where(mask, self.score(tokens)[..., 0], -1e9)
        clip = jnp.einsum("bt,btw->bw", jax.nn.softmax(scores, axis=-1) * mask, tokens)
        clip = self.drop(clip)
        return tokens, clip, self.head(clip), self.head8(clip)


def save(model: VoiceEmotion, path: Path, record: dict) -> None:
    """Write weights and the JSON record of config, training command, data, split and metrics."""
    checkpoint.save(model, path, record)


def load(path: Path = WEIGHTS_DIR / "voice") -> VoiceEmotion:
    """The shipped (or given) trained voice model, in eval mode."""
    config = VoiceConfig(**checkpoint.read_record(path, "emotion-jax train voice")["config"])
    return checkpoint.restore(lambda: VoiceEmotion(config, rngs=nnx.Rngs(0)), path)


def weights_hash(path: Path = WEIGHTS_DIR / "voice") -> str:
    """Short content hash of the shipped weights, recorded with every result."""
    return checkpoint.content_hash(path)


def padded_length(length: int) -> int:
    """Token count padded up to a whole BUCKET (at least one bucket)."""
    return max(BUCKET, -(-length // BUCKET) * BUCKET)


def saved_temperature(path: Path = WEIGHTS_DIR / "voice") -> float:
    """The calibration temperature saved with the weights (fitted on unseen speakers in unseen conditions)."""
    return checkpoint.temperature(path, "emotion-jax train voice")


def saved_centring(path: Path = WEIGHTS_DIR / "voice") -> tuple[np.ndarray, float] | None:
    """The training speakers' mean token and its prior weight (speech.centring), or None for uncentred weights."""
    found = checkpoint.read_record(path, "emotion-jax train voice").get("centring")
    return None if found is None else (np.asarray(found["mean"], np.float32), float(found["prior_tokens"]))


class VoicePredictor:
    """Jitted inference on one token sequence at a time, padded to a BUCKET multiple (one compile per bucket).

    Without a model, the shipped weights, their temperature and their centring; with one, its temperature is
    `temperature` (1.0) and its centring `centring` (none).
    """

    def __init__(self, model: VoiceEmotion | None = None, temperature: float | None = None,
                 centring: tuple[np.ndarray, float] | None = None):
        if model is None:
            model, temperature = load(), saved_temperature() if temperature is None else temperature
            centring = saved_centring() if centring is None else centring
        self.centring = centring
        model.eval()
        graphdef, state = nnx.split(model)
        self.temperature = 1.0 if temperature is None else float(temperature)

        @jax.jit
        def forward(state: nnx.State, x: jax.Array, mask: jax.Array, t: jax.Array) -> tuple[jax.Array, jax.Array]:
            tokens, _, logits, _ = nnx.merge(graphdef, state)(x, mask)
            return tokens, jax.nn.softmax(logits / t, axis=-1)

        self._state = state
        self._forward = forward

    def __call__(self, tokens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Voice tokens (T, D) -> (per-token embeddings (T, W), calibrated clip probabilities (7,), EMOTIONS order)."""
        length = len(tokens)
        x = np.zeros((1, padded_length(length), tokens.shape[1]), np.float32)
        x[0, :length] = tokens
        mask = np.arange(x.shape[1])[None] < max(length, 1)  # no tokens: one silent token, so softmax stays finite
        emb, probs = self._forward(self._state, x, mask, np.float32(self.temperature))
        return np.asarray(emb)[0, :length], np.asarray(probs)[0]

    def read(self, items: Sequence[np.ndarray], speakers: Sequence[Hashable]) -> list[tuple[np.ndarray, np.ndarray]]:
        """(embeddings, probabilities) of each item of a session, its tokens first centred on its speaker (`speakers`:
        one label per item) when the weights were trained on centred tokens."""
        if self.centring is not None:
            items = centred(items, speakers, *self.centring)
        return [self(tokens) for tokens in items]
