"""Classification metrics as reported by `emotion-jax eval` (plain numpy, no fitting)."""

from __future__ import annotations

import numpy as np

from emotion_jax.calibration import UncertainRule


def reliability(probs: np.ndarray, y: np.ndarray, bins: int = 15) -> list[dict]:
    """The reliability diagram: per equal-width confidence bin, its count, mean confidence and accuracy."""
    conf = probs.max(axis=1)
    correct = probs.argmax(axis=1) == y
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    return [{"low": float(edges[b]), "high": float(edges[b + 1]), "count": int((which == b).sum()),
             "confidence": float(conf[which == b].mean()) if (which == b).any() else float("nan"),
             "accuracy": float(correct[which == b].mean()) if (which == b).any() else float("nan")}
            for b in range(bins)]


def expected_calibration_error(probs: np.ndarray, y: np.ndarray, bins: int = 15) -> float:
    """ECE with equal-width confidence bins: sum over bins of |accuracy - confidence| weighted by bin size."""
    total = max(len(y), 1)
    return float(sum(b["count"] / total * abs(b["accuracy"] - b["confidence"])
                     for b in reliability(probs, y, bins) if b["count"]))


def selective(probs: np.ndarray, y: np.ndarray, rule: UncertainRule = UncertainRule()) -> dict:
    """Selective accuracy at the "uncertain" threshold: the share of readings answered and how often they are right."""
    answered = probs.max(axis=1) >= rule.min_confidence
    right = probs.argmax(axis=1) == y
    return {"threshold": rule.min_confidence, "coverage": float(answered.mean()) if len(y) else 0.0,
            "accuracy": float(right[answered].mean()) if answered.any() else float("nan")}


def classification_report(probs: np.ndarray, y: np.ndarray, names: tuple[str, ...]) -> dict:
    """accuracy, macro/weighted F1, per-class precision/recall/F1/support, confusion matrix, ECE, the reliability
    diagram and selective accuracy at the "uncertain" threshold."""
    k = len(names)
    pred = probs.argmax(axis=1)
    confusion = np.zeros((k, k), np.int64)
    np.add.at(confusion, (y, pred), 1)
    tp = np.diag(confusion).astype(float)
    support = confusion.sum(axis=1)
    predicted = confusion.sum(axis=0)
    precision = np.divide(tp, predicted, out=np.zeros(k), where=predicted > 0)
    recall = np.divide(tp, support, out=np.zeros(k), where=support > 0)
    f1 = np.divide(2 * precision * recall, precision + recall, out=np.zeros(k), where=(precision + recall) > 0)
    present = support > 0
    return {
        "accuracy": float(tp.sum() / max(len(y), 1)),
        "macro_f1": float(f1[present].mean()) if present.any() else 0.0,
        "weighted_f1": float((f1 * support).sum() / max(support.sum(), 1)),
        "ece": expected_calibration_error(probs, y) if len(y) else 0.0,
        "selective": selective(probs, y),
        "reliability": reliability(probs, y) if len(y) else [],
        "per_class": {n: {"precision": float(precision[i]), "recall": float(recall[i]), "f1": float(f1[i]),
                          "support": int(support[i])} for i, n in enumerate(names)},
        "confusion": {"labels": list(names), "matrix": confusion.tolist()},
    }
