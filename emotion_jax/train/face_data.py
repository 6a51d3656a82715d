"""Face expression datasets from ../shared/data/faces, mapped into our label set, with fixed splits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emotion_jax.labels import CKPLUS, FER2013, map_indices

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "faces"


@dataclass(frozen=True)
class FaceSet:
    """48x48 uint8 grayscale faces with labels in our order."""

    x: np.ndarray
    y: np.ndarray
    name: str


def _mapped(x: np.ndarray, y: np.ndarray, classes: np.ndarray, mapping: dict, name: str) -> FaceSet:
    ours, keep = map_indices(list(classes), mapping, y)
    return FaceSet(np.ascontiguousarray(x[keep]), ours[keep].astype(np.int32), name)


def fer2013(split: str, root: Path = DEFAULT_ROOT) -> FaceSet:
    """FER2013 'train', 'public' (PublicTest, for model selection) or 'private' (PrivateTest, the reported test)."""
    if split == "train":
        parts = [np.load(root / f"fer2013_train_{i}.npz") for i in (0, 1)]
        x = np.concatenate([p["x"] for p in parts])
        y = np.concatenate([p["y"] for p in parts])
        return _mapped(x, y, parts[0]["classes"], FER2013, "fer2013-train")
    d = np.load(root / "fer2013_eval.npz")
    key = {"public": "validation", "private": "test"}[split]
    return _mapped(d[f"x_{key}"], d[f"y_{key}"], d["classes"], FER2013, f"fer2013-{split}")


def ckplus_subjects(root: Path = DEFAULT_ROOT) -> tuple[list[str], list[str]]:
    """CK+ subjects split for training and held-out test: every fifth subject in sorted order is held out."""
    subjects = sorted(set(np.load(root / "ckplus48.npz")["subject"].astype(str).tolist()))
    test = subjects[::5]
    return [s for s in subjects if s not in test], test


def ckplus(split: str, root: Path = DEFAULT_ROOT) -> FaceSet:
    """CK+ 'train' or 'test' subjects (never mixed); 'contempt' has no place in our labels and is dropped."""
    d = np.load(root / "ckplus48.npz")
    train, test = ckplus_subjects(root)
    wanted = set(train if split == "train" else test)
    sel = np.array([s in wanted for s in d["subject"].astype(str)])
    return _mapped(d["x"][sel], d["y"][sel], d["classes"], CKPLUS, f"ckplus-{split}")
