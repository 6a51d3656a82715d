"""The one label set, and how each dataset's labels map into it.

Every module takes class order from here; nothing else hard-codes it.
"""

from __future__ import annotations

import numpy as np

EMOTIONS: tuple[str, ...] = ("neutral", "happy", "sad", "angry", "fearful", "disgusted", "surprised")
NUM_CLASSES = len(EMOTIONS)
INDEX = {name: i for i, name in enumerate(EMOTIONS)}

# Circumplex position (valence, arousal) of each class in [-1, 1]; used to derive
# valence/arousal from class probabilities where a model has no regression head.
CIRCUMPLEX: dict[str, tuple[float, float]] = {
    "neutral": (0.0, 0.0),
    "happy": (0.8, 0.5),
    "sad": (-0.7, -0.4),
    "angry": (-0.6, 0.8),
    "fearful": (-0.6, 0.7),
    "disgusted": (-0.7, 0.3),
    "surprised": (0.2, 0.8),
}

# Synonyms a user or a dataset may write for our labels (lower case).
SYNONYMS: dict[str, str] = {
    **{name: name for name in EMOTIONS},
    "calm": "neutral",
    "joy": "happy",
    "happiness": "happy",
    "sadness": "sad",
    "anger": "angry",
    "fear": "fearful",
    "disgust": "disgusted",
    "surprise": "surprised",
}

# Dataset label -> our label; None means the dataset label has no place in our set and is dropped.
FER2013 = {"angry": "angry", "disgust": "disgusted", "fear": "fearful", "happy": "happy",
           "neutral": "neutral", "sad": "sad", "surprise": "surprised"}
FERPLUS = {"neutral": "neutral", "happiness": "happy", "surprise": "surprised", "sadness": "sad", "anger": "angry",
           "disgust": "disgusted", "fear": "fearful", "contempt": None, "unknown": None, "NF": None}
CKPLUS = {"anger": "angry", "contempt": None, "disgust": "disgusted", "fear": "fearful",
          "happy": "happy", "sadness": "sad", "surprise": "surprised"}
# RAVDESS filename emotion codes 01..08.
RAVDESS = {"01": "neutral", "02": "neutral", "03": "happy", "04": "sad", "05": "angry",
           "06": "fearful", "07": "disgusted", "08": "surprised"}
# GoEmotions' published Ekman grouping (ekman/ folder of the dataset).
GOEMOTIONS_EKMAN = {"anger": "angry", "disgust": "disgusted", "fear": "fearful", "joy": "happy",
                    "neutral": "neutral", "sadness": "sad", "surprise": "surprised"}
CARER = {"sadness": "sad", "joy": "happy", "love": "happy", "anger": "angry", "fear": "fearful",
         "surprise": "surprised"}
MELD = {"neutral": "neutral", "joy": "happy", "surprise": "surprised", "anger": "angry",
        "sadness": "sad", "disgust": "disgusted", "fear": "fearful"}
ISEAR = {"joy": "happy", "fear": "fearful", "anger": "angry", "sadness": "sad", "disgust": "disgusted",
         "shame": None, "guilt": None}


def normalize(label: str) -> str:
    """Our label for a user-written label or synonym; ValueError if it is not one."""
    key = label.strip().lower()
    if key not in SYNONYMS:
        raise ValueError(f"unknown emotion label {label!r}; accepted: {', '.join(sorted(SYNONYMS))}")
    return SYNONYMS[key]


def map_indices(source_classes: list[str] | np.ndarray, mapping: dict[str, str | None],
                y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Map a dataset's integer labels into our indices; returns (our_y, keep_mask) with -1 where dropped."""
    table = np.array([INDEX[m] if (m := mapping[str(c)]) is not None else -1 for c in source_classes])
    ours = table[np.asarray(y, dtype=np.int64)]
    return ours, ours >= 0


def valence_arousal(probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Expected valence and arousal under the class probabilities (last axis ordered as EMOTIONS)."""
    va = np.array([CIRCUMPLEX[name] for name in EMOTIONS], dtype=np.float32)
    out = np.asarray(probs, dtype=np.float32) @ va
    return out[..., 0], out[..., 1]
