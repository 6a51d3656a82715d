"""Classification metrics as reported by `emotion-jax eval`: scikit-learn's accuracy, F1 and confusion matrix, and
our calibration figures (ECE, reliability diagram, selective accuracy), which scikit-learn has only for two classes."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

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
    """accuracy, macro/weighted F1, per-class precision/recall/F1/support, confusion matrix (scikit-learn's), ECE,
    the reliability diagram and selective accuracy at the "uncertain" threshold (ours: scikit-learn's calibration
    curve is binary only). Macro-F1 averages the classes present in `y`; a class never predicted scores 0."""
    k = len(names)
    labels = np.arange(k)
    y = np.asarray(y, np.int64)
    pred = probs.argmax(axis=1) if len(y) else np.zeros(0, np.int64)
    if len(y):
        precision, recall, f1, support = precision_recall_fscore_support(y, pred, labels=labels, zero_division=0)
        confusion = confusion_matrix(y, pred, labels=labels)
        macro = f1_score(y, pred, labels=np.unique(y), average="macro", zero_division=0)
        weighted = f1_score(y, pred, labels=labels, average="weighted", zero_division=0)
        accuracy = accuracy_score(y, pred)
    else:  # scikit-learn refuses empty arrays
        precision = recall = f1 = np.zeros(k)
        support, confusion, macro, weighted, accuracy = np.zeros(k, np.int64), np.zeros((k, k), np.int64), 0, 0, 0
    return {
        "accuracy": float(accuracy),
        "macro_f1": float(macro),
        "weighted_f1": float(weighted),
        "ece": expected_calibration_error(probs, y) if len(y) else 0.0,
        "selective": selective(probs, y),
        "reliability": reliability(probs, y) if len(y) else [],
        "per_class": {n: {"precision": float(precision[i]), "recall": float(recall[i]), "f1": float(f1[i]),
                          "support": int(support[i])} for i, n in enumerate(names)},
        "confusion": {"labels": list(names), "matrix": confusion.tolist()},
    }
