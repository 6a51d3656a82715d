"""Temperature scaling: one number per model that makes its probabilities mean what they say.

Fitted by negative log-likelihood on data from another source than the model's training data (so that the
probability holds on material unlike the training set), applied at inference as softmax(logits / T).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import log_softmax, softmax

from emotion_jax.labels import INDEX

GRID = np.round(np.arange(0.3, 4.001, 0.02), 3)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature on `GRID` with the lowest NLL of `labels` (class indices (N,) or target rows (N, C))."""
    logits = np.asarray(logits, np.float64)
    target = np.asarray(labels)
    if target.ndim == 1:
        target = np.eye(logits.shape[1])[target]
    nll = [-(target * log_softmax(logits / t, axis=1)).sum(1).mean() for t in GRID]
    return float(GRID[int(np.argmin(nll))])


def calibrated(logits: np.ndarray, temperature: float) -> np.ndarray:
    """Class probabilities of `logits` at `temperature`."""
    return softmax(np.asarray(logits, np.float64) / temperature, axis=-1).astype(np.float32)


@dataclass(frozen=True)
class UncertainRule:
    """When a reading is shown as "uncertain" instead of as its top emotion.

    `min_confidence` is Chow's rule for calibrated probabilities with an unanswered reading costing half a wrong one
    (answer when p > 1 - 1/2): below it a reading is more likely wrong than right. It is set by that cost, not
    fitted to any data set; `emotion-jax eval` reports how many readings it answers on held-out data and how often
    those are right. A fused reading is also uncertain when two modalities that are each confident disagree;
    words that read neutral disagree with nothing (fusion does not count them beside a face or a voice).
    """

    min_confidence: float = 0.5


def uncertain_cells(probs: np.ndarray, present: np.ndarray, modalities: tuple[str, ...],
                    rule: UncertainRule = UncertainRule()) -> np.ndarray:
    """(..., M) bool from probs (..., M, C) and present (..., M): low calibrated top probability, or for the
    'fused' modality, confident unimodal readings that name different emotions (neutral words name none)."""
    with np.errstate(invalid="ignore"):
        top = np.where(present, np.nan_to_num(np.asarray(probs)).max(-1), 0.0)
    out = present & (top < rule.min_confidence)
    if "fused" in modalities:
        fused = modalities.index("fused")
        others = [i for i, m in enumerate(modalities) if m != "fused"]
        confident = present[..., others] & (top[..., others] >= rule.min_confidence)
        winners = np.nan_to_num(np.asarray(probs)[..., others, :]).argmax(-1)
        if "words" in modalities:
            words = others.index(modalities.index("words"))
            confident[..., words] &= winners[..., words] != INDEX["neutral"]
        classes = np.asarray(probs).shape[-1]
        named = np.zeros((*confident.shape[:-1], classes), bool)  # emotions named by a confident modality
        for j in range(len(others)):
            named |= np.eye(classes, dtype=bool)[winners[..., j]] & confident[..., j:j + 1]
        out[..., fused] |= present[..., fused] & (named.sum(-1) > 1)
    return out
