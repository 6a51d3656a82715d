"""The expression stage: the expression model's calibrated probabilities and embedding for every face crop."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from emotion_jax import checkpoint, labels
from emotion_jax.face import model as face_model
from emotion_jax.progress import Progress, bar


@dataclass(frozen=True)
class Expressions:
    """One row per face of the face stage, in its order."""

    probs: np.ndarray       # (N, 7) float32: calibrated probabilities of labels.EMOTIONS
    embeddings: np.ndarray  # (N, D) float32: the model's penultimate features (the fusion model's face tokens)


def read_expressions(crops: np.ndarray, batch_size: int = 256, progress: Progress = True) -> Expressions:
    """Read every crop, batched in fixed shapes (256 is fastest on CPU)."""
    predictor = checkpoint.loaded_once(lambda: face_model.Predictor(batch_size=batch_size), "face",
                                       face_model.weights_hash(), batch_size)
    probs, embs = [], []
    step = batch_size * 16
    for start in bar(progress, iterable=range(0, len(crops), step), desc="expression", unit="batch"):
        e, p = predictor(crops[start:start + step])
        embs.append(e)
        probs.append(p)
    dim = face_model.ExpressionConfig().embed_dim
    return Expressions(np.concatenate(probs) if probs else np.zeros((0, labels.NUM_CLASSES), np.float32),
                       np.concatenate(embs) if embs else np.zeros((0, dim), np.float32))
