"""A space in which speaker embeddings differ by speaker rather than by how the speaker sounds at the moment.

resemblyzer's embeddings of one person move with emotion, loudness and effort about as far as two voices of the same
gender lie apart. Within-class covariance normalisation (WCCN, the classic speaker-verification back end) learns
from speakers heard in many states how one voice varies, and whitens those directions, shrunk towards the identity
so that directions the training speakers never varied in are not blown up. The shipped space was fitted on RAVDESS
actors 01-16 (`emotion-jax train speakers`; weights/speakers.json says how) and is applied before clustering.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).parent / "weights" / "speakers.npz"


@dataclass(frozen=True)
class SpeakerSpace:
    """Embeddings less `mean`, times `projection` (D, D), then L2-normed."""

    mean: np.ndarray
    projection: np.ndarray

    @classmethod
    def identity(cls, dim: int = 256) -> SpeakerSpace:
        """The space that leaves embeddings as they are (the encoder's own)."""
        return cls(np.zeros(dim, np.float32), np.eye(dim, dtype=np.float32))

    def project(self, embeddings: np.ndarray) -> np.ndarray:
        """(N, D) embeddings in this space, L2-normed (cosine distances are what clustering reads)."""
        out = (np.asarray(embeddings, np.float32) - self.mean) @ self.projection
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def save(self, path: Path = WEIGHTS) -> None:
        """Write the space as a small .npz."""
        np.savez(path, mean=self.mean.astype(np.float32), projection=self.projection.astype(np.float32))


def fit(embeddings: np.ndarray, speakers: Sequence[int], shrink: float) -> SpeakerSpace:
    """WCCN: the inverse square root of the pooled within-speaker covariance, that covariance first shrunk by
    `shrink` (0..1) towards a multiple of the identity of the same trace."""
    if not 0 < shrink <= 1:
        raise ValueError(f"shrink must be in (0, 1], got {shrink}")
    x = np.asarray(embeddings, np.float64)
    speakers = np.asarray(speakers)
    within = np.zeros((x.shape[1], x.shape[1]))
    for speaker in np.unique(speakers):
        mine = x[speakers == speaker]
        centred = mine - mine.mean(0)
        within += centred.T @ centred
    within /= len(x)
    dim = within.shape[0]
    within = (1 - shrink) * within + shrink * np.trace(within) / dim * np.eye(dim)
    values, vectors = np.linalg.eigh(within)
    projection = vectors @ np.diag(values ** -0.5) @ vectors.T
    return SpeakerSpace(x.mean(0).astype(np.float32), projection.astype(np.float32))


@functools.cache
def saved_space() -> SpeakerSpace:
    """The shipped space (loaded once per process)."""
    with np.load(WEIGHTS) as data:
        return SpeakerSpace(data["mean"], data["projection"])
