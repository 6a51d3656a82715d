"""The training data never scores itself: manifest rows that a shipped model trained, was selected or calibrated on
are dropped from an eval, each with its reason, and counted in the report.

Faces: a 48x48 grayscale image equal to a FER2013/FER+ training or validation image, or a CK+ training subject's
crop. Voice: a RAVDESS file name (modality-channel-emotion-intensity-statement-repetition-actor) of a training or
selection actor. Text: a sentence of a training or selection split. The look-ups read ../shared/data where it
exists; elsewhere there is nothing of ours to overlap with.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import cv2
import numpy as np

from emotion_jax.evaluate.manifest import Rows, resolve


def _digest(pixels: np.ndarray) -> str:
    return hashlib.sha1(np.ascontiguousarray(pixels, np.uint8).tobytes()).hexdigest()


@cache
def _face_digests() -> frozenset[str]:
    from emotion_jax.train.face_data import DEFAULT_ROOT, ckplus, fer2013

    if not DEFAULT_ROOT.is_dir():
        return frozenset()
    seen = [fer2013("train").x, fer2013("public").x, ckplus("train").x]
    return frozenset(_digest(x) for part in seen for x in part)


@cache
def _texts() -> frozenset[str]:
    from emotion_jax.train import text_data

    if not text_data.DEFAULT_ROOT.is_dir():
        return frozenset()
    seen = [text_data.load(corpus, split) for corpus, (train, select, _) in text_data.SPLITS.items()
            for split in (train, select)]
    return frozenset(t.strip().lower() for s in seen for t in s.texts)


def _voice_reason(path: str) -> str | None:
    from emotion_jax.train.voice_data import SPLITS

    parts = Path(path).stem.split("-")
    if len(parts) != 7 or not all(p.isdigit() for p in parts):
        return None
    actor = int(parts[6])
    for split in ("train", "val"):
        if actor in SPLITS[split]:
            return f"RAVDESS actor {actor:02d} is in the voice model's {split} split"
    return None


def _face_reason(manifest: Path, path: str) -> str | None:
    image = cv2.imread(str(resolve(manifest, path)), cv2.IMREAD_GRAYSCALE)
    if image is None or image.shape != (48, 48):
        return None
    return "a training, selection or calibration image of the face model" if _digest(image) in _face_digests() else None


def drop_training_rows(task: str, manifest: Path, rows: Rows) -> Rows:
    """`rows` less those the shipped model of `task` has seen ('faces', 'voice', 'text'; other tasks unchanged)."""
    if task not in ("faces", "voice", "text"):
        return rows
    items, labels, skipped = [], [], list(rows.skipped)
    texts = _texts() if task == "text" else frozenset()
    for item, label in zip(rows.items, rows.labels):
        if task == "faces":
            reason = _face_reason(manifest, item["path"])
        elif task == "voice":
            reason = _voice_reason(item["path"])
        else:
            reason = "a sentence of the text model's training or selection data" \
                if item["text"].strip().lower() in texts else None
        if reason:
            skipped.append({"row": int(item["row"]), "path": item.get("path", item.get("text", "")[:60]),
                            "reason": f"seen in training: {reason}"})
        else:
            items.append(item)
            labels.append(label)
    return Rows(items, labels, skipped)
