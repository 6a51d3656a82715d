"""Face expression datasets from ../shared/data/faces, mapped into our label set, with fixed splits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emotion_jax.labels import CKPLUS, FER2013, FERPLUS, NUM_CLASSES, map_indices

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "faces"


@dataclass(frozen=True)
class FaceSet:
    """48x48 uint8 grayscale faces with labels in our order (and, for FER+, the crowd's vote share per class and
    FER2013's original label of the same image)."""

    x: np.ndarray
    y: np.ndarray
    name: str
    soft: np.ndarray | None = None
    original: np.ndarray | None = None


def _mapped(x: np.ndarray, y: np.ndarray, classes: np.ndarray, mapping: dict, name: str) -> FaceSet:
    ours, keep = map_indices(list(classes), mapping, y)
    return FaceSet(np.ascontiguousarray(x[keep]), ours[keep].astype(np.int32), name)


def _fer_raw(split: str, root: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """FER2013 images, labels and class names of 'train', 'public' (PublicTest) or 'private' (PrivateTest)."""
    if split == "train":
        parts = [np.load(root / f"fer2013_train_{i}.npz") for i in (0, 1)]
        return np.concatenate([p["x"] for p in parts]), np.concatenate([p["y"] for p in parts]), parts[0]["classes"]
    d = np.load(root / "fer2013_eval.npz")
    key = {"public": "validation", "private": "test"}[split]
    return d[f"x_{key}"], d[f"y_{key}"], d["classes"]


def fer2013(split: str, root: Path = DEFAULT_ROOT) -> FaceSet:
    """FER2013 'train', 'public' (PublicTest, for model selection) or 'private' (PrivateTest, the reported test)."""
    x, y, classes = _fer_raw(split, root)
    return _mapped(x, y, classes, FER2013, f"fer2013-{split}")


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


def ferplus(split: str, root: Path = DEFAULT_ROOT) -> FaceSet:
    """FER2013's images with FER+'s 10 crowd votes: 'train', 'public' (validation, for selection) or 'private' (test).

    `y` is the majority vote (the standard FER+ figure); `soft` is the vote share over our 7 classes; `original` is
    FER2013's own label. Rows whose majority is contempt, unknown or not-a-face, and rows with no FER+ votes, are
    dropped.
    """
    x, fer_y, fer_classes = _fer_raw(split, root)
    original = map_indices(list(fer_classes), FER2013, fer_y)[0]
    v = np.load(root / "ferplus_votes.npz")
    votes = v[{"train": "votes_train", "public": "votes_validation", "private": "votes_test"}[split]].astype(np.float32)
    classes = [str(c) for c in v["classes"]]
    ours, keep = map_indices(classes, FERPLUS, np.arange(len(classes)))
    majority = votes.argmax(1)
    rows = (votes.sum(1) > 0) & keep[majority]
    soft = np.zeros((len(votes), NUM_CLASSES), np.float32)
    for j in np.flatnonzero(keep):
        soft[:, ours[j]] += votes[:, j]
    soft = soft[rows] / soft[rows].sum(1, keepdims=True)
    return FaceSet(np.ascontiguousarray(x[rows]), ours[majority[rows]].astype(np.int32), f"ferplus-{split}", soft,
                   original[rows].astype(np.int32))
