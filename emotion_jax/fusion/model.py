"""The fusion model (Flax nnx): face, voice and word tokens, each with its own times, read together.

MulT-style: every modality's tokens attend to the other modalities' tokens within `reach` seconds (directional
cross-modal attention with time masks; a learned null token per source keeps attention defined where the
others are silent or absent). Each modality's tokens are then pooled into fixed windows, a learned gate weighs
the modalities present in each window (the gate is the per-modality contribution a reviewer sees; words that read
neutral beside a face or a voice are not counted: scripted or guarded wording is no evidence against what the face
or voice shows), and a temporal convolution over windows smooths the fused reading without lagging it (it looks
both ways). The logits are the gate-weighted log-probabilities of the unimodal models' own readings plus a learned
correction; heads give 7-class logits (divided by the temperature calibrated for the modalities present in the
window: one reading from the face alone needs other scaling than one from all three), valence and arousal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx

from emotion_jax import checkpoint
from emotion_jax.labels import INDEX

WEIGHTS_DIR = Path(__file__).parent / "weights"
TRAIN_COMMAND = "emotion-jax train fusion"
MODALITIES = ("face", "voice", "words")
_WORDS, _NEUTRAL = MODALITIES.index("words"), INDEX["neutral"]


@dataclass(frozen=True)
class FusionConfig:
    """Shapes and reach of the fusion model; `temperatures` are set by calibration after training."""

    # token widths: face embedding, voice token embedding, text token state; each + its model's 7 probabilities
    dims: tuple[int, ...] = (128 + 7, 128 + 7, 384 + 7)
    width: int = 64
    heads: int = 4
    reach: float = 1.5     # seconds a token looks to either side in the other modalities
    window: float = 1.0    # seconds per output window (the timeline's)
    kernel: int = 3        # temporal convolution over windows
    dropout: float = 0.2
    num_classes: int = 7
    # words count beside a face or a voice only when they name an emotion with at least this probability (0: any)
    words_min_confidence: float = 0.0
    # per set of modalities present, indexed by face 1 + voice 2 + words 4 (index 0: nothing present, unused)
    temperatures: tuple[float, ...] = (1.0,) * 8


def with_reading(tokens: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """Tokens (N, D) with their unimodal model's probabilities (7,) or (N, 7) appended: what fusion reads."""
    return np.concatenate([tokens, np.broadcast_to(probs, (len(tokens), probs.shape[-1]))], axis=1).astype(np.float32)


class Streams(NamedTuple):
    """Token streams of one batch: per modality tokens (B, N, D), times (B, N) in seconds from the first window's
    start, and mask (B, N); and which of the W windows exist (B, W)."""

    tokens: tuple[jax.Array, ...]
    times: tuple[jax.Array, ...]
    masks: tuple[jax.Array, ...]
    windows: jax.Array


class _Cross(nnx.Module):
    """One target modality attending to the tokens of the others (plus a null token) within reach."""

    def __init__(self, width: int, heads: int, dropout: float, rngs: nnx.Rngs):
        self.heads = heads
        self.ln_q, self.ln_kv = nnx.LayerNorm(width, rngs=rngs), nnx.LayerNorm(width, rngs=rngs)
        self.q, self.k = nnx.Linear(width, width, rngs=rngs), nnx.Linear(width, width, rngs=rngs)
        self.v, self.o = nnx.Linear(width, width, rngs=rngs), nnx.Linear(width, width, rngs=rngs)
        self.null = nnx.Param(jnp.zeros((1, 1, width)))
        self.ln_ff = nnx.LayerNorm(width, rngs=rngs)
        self.ff1, self.ff2 = nnx.Linear(width, 2 * width, rngs=rngs), nnx.Linear(2 * width, width, rngs=rngs)
        self.drop = nnx.Dropout(dropout, rngs=rngs)

    def __call__(self, x: jax.Array, src: jax.Array, allowed: jax.Array) -> jax.Array:
        """x (B, N, C) attends to src (B, S, C) where allowed (B, N, S)."""
        b, n, c = x.shape
        src = jnp.concatenate([jnp.broadcast_to(self.null[...], (b, 1, c)), src], axis=1)
        allowed = jnp.concatenate([jnp.ones((b, n, 1), bool), allowed], axis=2)
        h = self.heads

        def split(a: jax.Array) -> jax.Array:
            return a.reshape(b, a.shape[1], h, c // h).transpose(0, 2, 1, 3)

        q, kv = self.ln_q(x), self.ln_kv(src)
        scores = split(self.q(q)) @ split(self.k(kv)).transpose(0, 1, 3, 2) / jnp.sqrt(c // h)
        weights = jax.nn.softmax(jnp.where(allowed[:, None], scores, -1e9), axis=-1)
        out = (weights @ split(self.v(kv))).transpose(0, 2, 1, 3).reshape(b, n, c)
        x = x + self.drop(self.o(out))
        return x + self.drop(self.ff2(jax.nn.gelu(self.ff1(self.ln_ff(x)))))


class FusionModel(nnx.Module):
    """Streams -> (logits (B, W, 7), valence/arousal (B, W, 2), gates (B, W, 3), present (B, W, 3))."""

    def __init__(self, config: FusionConfig = FusionConfig(), *, rngs: nnx.Rngs):
        self.config = config
        c = config.width
        self.proj = nnx.List([nnx.Linear(d, c, rngs=rngs) for d in config.dims])
        self.ln_in = nnx.List([nnx.LayerNorm(c, rngs=rngs) for _ in config.dims])
        self.kind = nnx.Param(jnp.zeros((len(config.dims), c)))
        self.cross = nnx.List([_Cross(c, config.heads, config.dropout, rngs) for _ in config.dims])
        self.ln_pool = nnx.List([nnx.LayerNorm(c, rngs=rngs) for _ in config.dims])
        self.gate = nnx.Linear(c, 1, rngs=rngs)
        self.which = nnx.Linear(len(config.dims), c, rngs=rngs)
        self.conv1 = nnx.Conv(c, c, (config.kernel,), padding="SAME", rngs=rngs)
        self.conv2 = nnx.Conv(c, c, (config.kernel,), padding="SAME", rngs=rngs)
        self.ln_t = nnx.LayerNorm(c, rngs=rngs)
        self.drop = nnx.Dropout(config.dropout, rngs=rngs)
        self.head = nnx.Linear(c, config.num_classes, rngs=rngs)
        self.va = nnx.Linear(c, 2, rngs=rngs)

    def windows(self, s: Streams) -> tuple[jax.Array, jax.Array, jax.Array]:
        """Per window and modality: states (B, W, M, C) after cross-modal attention, the unimodal model's mean
        reading (B, W, M, 7: the tokens' last columns) and presence (B, W, M)."""
        cfg = self.config
        h = [ln(p(x)) + self.kind[...][i] for i, (p, ln, x) in enumerate(zip(self.proj, self.ln_in, s.tokens))]
        out, readings, present = [], [], []
        k = cfg.num_classes
        starts = jnp.arange(s.windows.shape[1]) * cfg.window
        for i in range(len(h)):
            others = [j for j in range(len(h)) if j != i]
            src = jnp.concatenate([h[j] for j in others], axis=1)
            src_t = jnp.concatenate([s.times[j] for j in others], axis=1)
            src_m = jnp.concatenate([s.masks[j] for j in others], axis=1)
            near = jnp.abs(s.times[i][:, :, None] - src_t[:, None, :]) <= cfg.reach
            x = self.ln_pool[i](self.cross[i](h[i], src, near & src_m[:, None, :]))
            inside = ((s.times[i][:, None, :] >= starts[None, :, None])
                      & (s.times[i][:, None, :] < starts[None, :, None] + cfg.window) & s.masks[i][:, None, :])
            count = jnp.maximum(inside.sum(-1), 1)[..., None]
            out.append(jnp.einsum("bwn,bnc->bwc", inside.astype(x.dtype), x) / count)
            readings.append(jnp.einsum("bwn,bnk->bwk", inside.astype(x.dtype), s.tokens[i][..., -k:]) / count)
            present.append(inside.any(-1) & s.windows)
        return jnp.stack(out, axis=2), jnp.stack(readings, axis=2), jnp.stack(present, axis=2)

    def fuse(self, states: jax.Array, readings: jax.Array, present: jax.Array) -> tuple[jax.Array, jax.Array,
                                                                                         jax.Array]:
        """Window states, unimodal readings and presence -> (logits, valence/arousal, gates (B, W, M)).

        The logits are the gate-weighted log readings of the unimodal models plus the head's correction, so a gate
        is literally how much of its modality's own reading goes into the fused one. Words that read neutral beside
        a face or a voice are left out (see `counted`)."""
        present = counted(readings, present, self.config.words_min_confidence)
        scores = jnp.where(present, self.gate(states)[..., 0], -1e9)
        gates = jax.nn.softmax(scores, axis=-1) * present.any(-1, keepdims=True)
        x = jnp.einsum("bwm,bwmc->bwc", gates, states) + self.which(present.astype(states.dtype))
        keep = present.any(-1, keepdims=True).astype(x.dtype)
        x = x * keep
        x = x + self.drop(jax.nn.gelu(self.conv2(jax.nn.gelu(self.conv1(x))))) * keep
        x = self.ln_t(x)
        temperature = jnp.asarray(self.config.temperatures, x.dtype)[pattern(present)]
        prior = jnp.einsum("bwm,bwmk->bwk", gates, jnp.log(jnp.clip(readings, 1e-4, 1.0)))
        return (self.head(x) + prior) / temperature[..., None], jnp.tanh(self.va(x)), gates

    def __call__(self, s: Streams) -> tuple[jax.Array, jax.Array, jax.Array, jax.Array]:
        """Streams -> (logits, valence/arousal, gates, the modalities counted in each window)."""
        states, readings, present = self.windows(s)
        logits, va, gates = self.fuse(states, readings, present)
        return logits, va, gates, counted(readings, present, self.config.words_min_confidence)


def pattern(present: jax.Array | np.ndarray) -> jax.Array | np.ndarray:
    """The set of modalities in each window (..., M) as one index, face 1 + voice 2 + words 4: the index of
    FusionConfig.temperatures."""
    return (present.astype(np.int32) * 2 ** np.arange(present.shape[-1])).sum(-1)


def counted(readings: jax.Array, present: jax.Array, min_confidence: float = 0.0) -> jax.Array:
    """Presence (..., M) less the words of windows whose words read neutral, or name an emotion with a probability
    under `min_confidence`, while a face or a voice is present."""
    others = jnp.delete(present, _WORDS, axis=-1, assume_unique_indices=True).any(-1)
    words = readings[..., _WORDS, :]
    silent = (words.argmax(-1) == _NEUTRAL) | (words.max(-1) < min_confidence)
    return present.at[..., _WORDS].set(present[..., _WORDS] & ~(silent & others))


def save(model: FusionModel, path: Path, record: dict) -> None:
    """Write weights and the JSON record (config, command, data, splits, metrics)."""
    checkpoint.save(model, path, record)


def load(path: Path = WEIGHTS_DIR / "fusion") -> FusionModel:
    """The shipped (or given) trained fusion model, in eval mode."""
    cfg = checkpoint.read_record(path, TRAIN_COMMAND)["config"]
    config = FusionConfig(**{**cfg, "dims": tuple(cfg["dims"]), "temperatures": tuple(cfg["temperatures"])})
    return checkpoint.restore(lambda: FusionModel(config, rngs=nnx.Rngs(0)), path)


def weights_hash(path: Path = WEIGHTS_DIR / "fusion") -> str:
    """Short content hash of the shipped weights, recorded with every result."""
    return checkpoint.content_hash(path)
