"""Figures on paired examples: fused readings for every subset of modalities against the unimodal models.

A test example is a segment (a face, a voice clip and a sentence of one label, from the held-out pools); its
fused reading is the mean of its windows' probabilities. Every subset of modalities is scored by hiding the
others from the fusion model; the unimodal models' own readings of the same items are scored beside them.
"""

from __future__ import annotations

from itertools import combinations

import jax
import numpy as np
from flax import nnx

from emotion_jax.evaluate.metrics import classification_report
from emotion_jax.fusion.model import MODALITIES, FusionModel, Streams
from emotion_jax.labels import EMOTIONS
from emotion_jax.train.fusion_examples import Batch

SUBSETS = tuple(c for n in (1, 2, 3) for c in combinations(range(3), n))


def subset_name(subset: tuple[int, ...]) -> str:
    return "+".join(MODALITIES[m] for m in subset)


@nnx.jit
def _forward(model: FusionModel, s: Streams) -> tuple[jax.Array, jax.Array]:
    logits, _, _, counted = model(s)
    return jax.nn.softmax(logits, -1), counted


def streams(batch: Batch, keep: tuple[int, ...] = (0, 1, 2)) -> Streams:
    """The batch as model input, with the modalities outside `keep` hidden."""
    masks = tuple(m if i in keep else np.zeros_like(m) for i, m in enumerate(batch.masks))
    return Streams(batch.tokens, batch.times, masks, batch.windows)


def window_readings(model: FusionModel, batches: list[Batch], keep: tuple[int, ...]
                    ) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per batch with only `keep` visible: calibrated window probabilities (B, W, 7) and the modalities the model
    counted in each window (B, W, 3)."""
    model.eval()
    return [tuple(np.asarray(a) for a in _forward(model, streams(b, keep))) for b in batches]


def window_probs(model: FusionModel, batches: list[Batch], keep: tuple[int, ...]) -> list[np.ndarray]:
    """Calibrated window probabilities (B, W, 7) of each batch with only `keep` visible."""
    return [probs for probs, _ in window_readings(model, batches, keep)]


def segment_probs(batch: Batch, probs: np.ndarray) -> np.ndarray:
    """(S, 7): each segment's mean window probabilities."""
    seg = batch.segment.ravel()
    out = np.zeros((len(batch.segment_label), probs.shape[-1]))
    np.add.at(out, seg[seg >= 0], probs.reshape(-1, probs.shape[-1])[seg >= 0])
    return out / np.bincount(seg[seg >= 0], minlength=len(out))[:, None]


def report(model: FusionModel, batches: list[Batch], seed: int = 0) -> dict:
    """Per subset: segment-level and window-level metrics; the unimodal models; one modality removed at random."""
    y = np.concatenate([b.segment_label for b in batches])
    y_win = np.concatenate([b.target.argmax(-1).ravel() for b in batches])
    out: dict = {"segments": int(len(y)), "windows": int(len(y_win)), "fused": {}, "unimodal": {}}
    for subset in SUBSETS:
        probs = window_probs(model, batches, subset)
        seg = np.concatenate([segment_probs(b, p) for b, p in zip(batches, probs)])
        win = np.concatenate([p.reshape(-1, p.shape[-1]) for p in probs])
        out["fused"][subset_name(subset)] = {"segment": _short(classification_report(seg, y, EMOTIONS)),
                                             "window": _short(classification_report(win, y_win, EMOTIONS))}
    uni = np.concatenate([b.segment_probs for b in batches])
    for m, name in enumerate(MODALITIES):
        out["unimodal"][name] = _short(classification_report(uni[:, m], y, EMOTIONS))
    out["one_removed"] = _one_removed(model, batches, out, seed)
    return out


def _one_removed(model: FusionModel, batches: list[Batch], figures: dict, seed: int) -> dict:
    """Accuracy with one modality hidden at random per example, against the best single one that remains."""
    rng = np.random.default_rng(seed)
    correct, reference = [], []
    single = {m: max(figures["fused"][MODALITIES[m]]["segment"]["accuracy"],
                     figures["unimodal"][MODALITIES[m]]["accuracy"]) for m in range(3)}
    for b in batches:
        drop = rng.integers(0, 3, len(b.segment))
        probs = np.zeros((*b.segment.shape, len(EMOTIONS)), np.float32)
        for d in range(3):
            rows = drop == d
            if rows.any():
                keep = tuple(m for m in range(3) if m != d)
                probs[rows] = window_probs(model, [b], keep)[0][rows]
        seg = segment_probs(b, probs)
        row = np.zeros(len(b.segment_label), np.int64)
        valid = b.segment >= 0
        row[b.segment[valid]] = np.broadcast_to(np.arange(len(drop))[:, None], b.segment.shape)[valid]
        seg_drop = drop[row]
        correct.append(seg.argmax(1) == b.segment_label)
        reference.append([max(single[m] for m in range(3) if m != d) for d in seg_drop])
    return {"accuracy": float(np.concatenate(correct).mean()),
            "best_remaining_single": float(np.mean(np.concatenate(reference)))}


def _short(r: dict) -> dict:
    return {k: round(r[k], 4) for k in ("accuracy", "macro_f1", "weighted_f1", "ece")}


def neutral_words(model: FusionModel, batches: list[Batch]) -> dict:
    """On emotional segments whose words are a neutral sentence (batches drawn with neutral_words=1): accuracy of
    face and voice alone and with those words beside them. Words that say nothing must not drag the reading down."""
    y = np.concatenate([b.segment_label for b in batches])
    emotional = y != EMOTIONS.index("neutral")
    out = {"segments": int(emotional.sum())}
    for subset in ((0,), (0, 2), (1,), (1, 2), (0, 1), (0, 1, 2)):
        probs = window_probs(model, batches, subset)
        seg = np.concatenate([segment_probs(b, p) for b, p in zip(batches, probs)])
        out[subset_name(subset)] = round(float(np.mean(seg.argmax(1)[emotional] == y[emotional])), 4)
    return out
