"""Text emotion model: the all-MiniLM-L6-v2 port, its top `tuned_layers` layers fine-tuned (the rest frozen), heads.

Heads (on the mean of the fine-tuned layers' output | the mean of their input, each L2-normalised):
- 7 classes in labels.EMOTIONS order (one softmax; GoEmotions' multi-label rows are trained as soft targets that
  split the probability over their labels, so several labels read as a shared distribution);
- valence and arousal in -1..1 (EmoBank, 1..5 rescaled);
- one linear class reading per corpus in `TextConfig.corpus_heads` ("goemotions": written Reddit comments labelled
  from the text; "meld": TV dialogue labelled by annotators who saw the scene), trained with the shared head on
  that corpus' rows only (and refitted on it alone after fine-tuning). The corpora label differently (a reading
  fitted on one scores poorly on the other), so one shared softmax is a compromise between them; a corpus reading
  follows one labelling convention. The default reading ("all") is the shared head, trained on every corpus, and
  is what the pipeline and the fusion model read.

Word-level alignment: every token keeps the index of the word it came from (encoder.tokenize), so token states and
utterance readings carry the times of the Whisper words given with them. Long monologues are read in word windows
(encoder.word_windows) and the windows' readings averaged by token count.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
from flax import nnx, serialization

from emotion_jax import checkpoint
from emotion_jax.labels import EMOTIONS, NUM_CLASSES
from emotion_jax.text.encoder import (
    BUCKETS,
    MAX_LEN,
    SMALL_BATCH,
    EncoderConfig,
    MiniLM,
    _Layer,
    bucket_length,
    load_encoder,
    mean_pool,
    tokenize,
    word_windows,
)

WEIGHTS_DIR = Path(__file__).parent / "weights"
TRAIN_COMMAND = "emotion-jax train text"


@dataclass(frozen=True)
class TextConfig:
    """Shape of the text heads; `tuned_layers` top MiniLM layers are part of (and shipped with) this model."""

    hidden: int = 384
    tuned_layers: int = 6
    width: int = 512
    dropout: float = 0.2
    num_classes: int = NUM_CLASSES
    # Added to the shared head's logits at inference (prior correction chosen on the selection splits).
    logit_bias: tuple[float, ...] = field(default=(0.0,) * NUM_CLASSES)
    corpus_heads: tuple[str, ...] = ("goemotions", "meld")

    @property
    def readings(self) -> tuple[str, ...]:
        """Names of the class readings: the shared head ("all"), then one per corpus head."""
        return ("all", *self.corpus_heads)


class TextHeads(nnx.Module):
    """Pooled features (B, 2H) -> (class logits (B, 7), valence/arousal (B, 2) in -1..1); `corpus_logits` gives
    the per-corpus linear readings (B, len(corpus_heads), 7)."""

    def __init__(self, config: TextConfig, rngs: nnx.Rngs):
        d = 2 * config.hidden
        self.num_classes = config.num_classes
        self.norm = nnx.LayerNorm(d, rngs=rngs)
        self.hidden = nnx.Linear(d, config.width, rngs=rngs)
        self.drop = nnx.Dropout(config.dropout, rngs=rngs)
        self.classes = nnx.Linear(config.width, config.num_classes, rngs=rngs)
        self.va_hidden = nnx.Linear(d, config.width // 2, rngs=rngs)
        self.va = nnx.Linear(config.width // 2, 2, rngs=rngs)
        self.corpus = nnx.Linear(d, config.num_classes * len(config.corpus_heads), rngs=rngs)

    def __call__(self, feats: jax.Array) -> tuple[jax.Array, jax.Array]:
        x = self.norm(feats * 10.0)  # features are unit-norm halves; rescale so LayerNorm sees O(1) values
        logits = self.classes(self.drop(jax.nn.gelu(self.hidden(self.drop(x)))))
        va = jnp.tanh(self.va(self.drop(jax.nn.gelu(self.va_hidden(self.drop(x))))))
        return logits, va

    def corpus_logits(self, feats: jax.Array) -> jax.Array:
        """Each corpus head's class logits (B, len(corpus_heads), 7), linear in the pooled features."""
        return self.corpus(feats * 10.0).reshape(feats.shape[0], -1, self.num_classes)


class TextEmotion(nnx.Module):
    """Input states of the top MiniLM layer(s) (B, T, H) and mask (B, T) -> (token states, pooled, logits, va)."""

    def __init__(self, config: TextConfig = TextConfig(), *, rngs: nnx.Rngs):
        self.config = config
        self.top = nnx.List([_Layer(EncoderConfig(), rngs) for _ in range(config.tuned_layers)])
        self.heads = TextHeads(config, rngs)

    def __call__(self, states: jax.Array, mask: jax.Array) -> tuple[jax.Array, jax.Array, jax.Array, jax.Array]:
        bias = jnp.where(mask[:, None, None, :] > 0, 0.0, jnp.finfo(states.dtype).min).astype(states.dtype)
        x = states
        for layer in self.top:
            x = layer(x, bias, None)  # dropout follows train()/eval()
        feats = jnp.concatenate([mean_pool(x, mask), mean_pool(states, mask)], axis=-1)
        logits, va = self.heads(feats)
        return x, feats, logits, va


def init_from_encoder(model: TextEmotion, encoder: MiniLM) -> TextEmotion:
    """Start the model's top layers from the encoder's top layers (before fine-tuning)."""
    for mine, theirs in zip(model.top, list(encoder.layers)[-len(model.top):] if len(model.top) else []):
        nnx.update(mine, nnx.state(theirs, nnx.Param))
    return model


def save(model: TextEmotion, path: Path, record: dict) -> None:
    """Write weights (float16, to keep the shipped file small) and the JSON record."""
    state = nnx.state(model, checkpoint.SAVED).to_pure_dict()
    half = jax.tree.map(lambda a: np.asarray(a, np.float16), state)
    path.with_suffix(".msgpack").write_bytes(serialization.msgpack_serialize(half))
    path.with_suffix(".json").write_text(json.dumps({"config": asdict(model.config), **record}, indent=2) + "\n")


def load(path: Path = WEIGHTS_DIR / "text") -> TextEmotion:
    """The shipped (or given) trained text model, in eval mode (weights stored as float16, run as float32)."""
    cfg = checkpoint.read_record(path, TRAIN_COMMAND)["config"]
    cfg["logit_bias"] = tuple(cfg.get("logit_bias", (0.0,) * NUM_CLASSES))
    cfg["corpus_heads"] = tuple(cfg["corpus_heads"])
    return checkpoint.restore(lambda: TextEmotion(TextConfig(**cfg), rngs=nnx.Rngs(0)), path, np.float32)


def read_record(path: Path = WEIGHTS_DIR / "text") -> dict:
    """The JSON record of the shipped weights (config, command, data, split, metrics)."""
    return checkpoint.read_record(path, TRAIN_COMMAND)


def weights_hash(path: Path = WEIGHTS_DIR / "text") -> str:
    """Short content hash of the shipped weights, recorded with every result."""
    return checkpoint.content_hash(path)


@dataclass
class TextPrediction:
    """One utterance's reading: 7-class probabilities (EMOTIONS order), valence and arousal in -1..1, and its
    tokens' states (n, H) with the index of the word each came from (-1 for [CLS]/[SEP]) and, when word times were
    given, each token's (start, end) in seconds (NaN for special tokens)."""

    probs: np.ndarray
    valence: float
    arousal: float
    tokens: np.ndarray
    word_index: np.ndarray
    words: list[str]
    token_times: np.ndarray | None = None

    @property
    def label(self) -> str:
        return EMOTIONS[int(np.argmax(self.probs))]


Utterance = str | Sequence[str]


def _words(u: Utterance) -> list[str]:
    return u.split() if isinstance(u, str) else [str(w) for w in u]


class TextPredictor:
    """Batched, jitted inference: utterances (text or Whisper word lists) -> TextPrediction each.

    Inputs are sorted by length and padded to the encoder's buckets (one compile per (rows, bucket) shape). An
    utterance longer than MAX_LEN tokens is read in consecutive word windows whose readings are averaged, weighted
    by token count; its token states are concatenated with word indices into the whole utterance. An utterance
    with no words reads as neutral with valence and arousal 0 and no tokens. `reading` picks the class head:
    "all" (the shared head, default) or one of the model's corpus heads (`TextConfig.corpus_heads`).
    """

    def __init__(self, model: TextEmotion | None = None, encoder: MiniLM | None = None, *, batch_size: int = 32,
                 max_len: int = MAX_LEN, buckets: Sequence[int] = BUCKETS, reading: str = "all"):
        model = model if model is not None else load()
        if reading not in model.config.readings:
            raise ValueError(f"unknown text reading {reading!r}; this model has {', '.join(model.config.readings)}")
        encoder = encoder if encoder is not None else load_encoder()
        model.eval()
        encoder.eval()
        self.batch_size, self.max_len, self.buckets = batch_size, max_len, tuple(buckets)
        cut = encoder.config.layers - model.config.tuned_layers
        bias_vec = jnp.asarray(model.config.logit_bias, jnp.float32)
        head = model.config.readings.index(reading) - 1  # -1: the shared head
        egraph, estate = nnx.split(encoder)
        mgraph, mstate = nnx.split(model)

        @jax.jit
        def forward(estate, mstate, ids, mask):
            enc = nnx.merge(egraph, estate)
            x = enc.embeddings(ids, jnp.zeros_like(ids), True)
            bias = jnp.where(mask[:, None, None, :] > 0, 0.0, jnp.finfo(x.dtype).min).astype(x.dtype)
            for layer in list(enc.layers)[:cut]:
                x = layer(x, bias, True)
            m = nnx.merge(mgraph, mstate)
            tokens, feats, logits, va = m(x, mask)
            logits = logits + bias_vec if head < 0 else m.heads.corpus_logits(feats)[:, head]
            return tokens, jax.nn.softmax(logits, axis=-1), va

        self._forward = lambda ids, mask: forward(estate, mstate, ids, mask)

    def _run(self, pieces: list[list[str]]) -> list[tuple[np.ndarray, float, float, np.ndarray, np.ndarray]]:
        """(probs, valence, arousal, token states, word index) of each word list (each fits max_len)."""
        tok = tokenize(pieces, self.max_len, self.buckets)
        lengths = tok.mask.sum(1)
        order = np.argsort(lengths, kind="stable")
        out: list = [None] * len(pieces)
        size = self.batch_size
        for start in range(0, len(order), size):
            idx = order[start:start + size]
            rows = min(SMALL_BATCH, size) if len(idx) <= SMALL_BATCH else size
            width = bucket_length(int(lengths[idx].max()), self.buckets)
            ids = np.zeros((rows, width), np.int32)
            mask = np.zeros((rows, width), np.int32)
            ids[:len(idx)], mask[:len(idx)] = tok.ids[idx, :width], tok.mask[idx, :width]
            tokens, probs, va = (np.asarray(a) for a in self._forward(ids, mask))
            for r, i in enumerate(idx):
                n = int(lengths[i])
                out[i] = (probs[r], float(va[r, 0]), float(va[r, 1]), tokens[r, :n], tok.word_index[i, :n])
        return out

    def __call__(self, utterances: Sequence[Utterance],
                 times: Sequence[np.ndarray | None] | None = None) -> list[TextPrediction]:
        """Utterances (a text, or a list of words such as Whisper's) and optionally each one's word times (n, 2)."""
        words = [_words(u) for u in utterances]
        pieces, owner, offset = [], [], []
        for k, ws in enumerate(words):
            if not ws:
                continue
            for window in word_windows(ws, self.max_len):
                pieces.append(ws[window.start:window.stop])
                owner.append(k)
                offset.append(window.start)
        results = self._run(pieces) if pieces else []
        grouped: dict[int, list] = {}
        for k, off, res in zip(owner, offset, results):
            grouped.setdefault(k, []).append((off, res))
        preds = []
        for k, ws in enumerate(words):
            if k not in grouped:
                probs = np.zeros(NUM_CLASSES, np.float32)
                probs[0] = 1.0
                preds.append(TextPrediction(probs, 0.0, 0.0, np.zeros((0, 384), np.float32), np.zeros(0, np.int32),
                                            ws, np.zeros((0, 2)) if times is not None else None))
                continue
            parts = grouped[k]
            weights = np.array([len(r[3]) for _, r in parts], np.float32)
            weights /= weights.sum()
            probs = sum(w * r[0] for w, (_, r) in zip(weights, parts))
            val = float(sum(w * r[1] for w, (_, r) in zip(weights, parts)))
            aro = float(sum(w * r[2] for w, (_, r) in zip(weights, parts)))
            tokens = np.concatenate([r[3] for _, r in parts])
            index = np.concatenate([np.where(r[4] >= 0, r[4] + off, -1) for off, r in parts]).astype(np.int32)
            token_times = None
            if times is not None and times[k] is not None:
                t = np.asarray(times[k], np.float64).reshape(-1, 2)
                token_times = np.full((len(index), 2), np.nan)
                token_times[index >= 0] = t[index[index >= 0]]
            preds.append(TextPrediction(np.asarray(probs, np.float32), val, aro, tokens, index, ws, token_times))
        return preds

    def predict_proba(self, texts: Sequence[Utterance]) -> np.ndarray:
        """(N, 7) class probabilities only."""
        return np.stack([p.probs for p in self(texts)]) if len(texts) else np.zeros((0, NUM_CLASSES), np.float32)
