"""RAVDESS speech (../shared/data/speech/ravdess) as voice tokens with labels, split by actor, features cached.

Labels: our 7 classes (calm merged into neutral, labels.RAVDESS) and RAVDESS's own 8 codes (calm kept, index
code - 1, RAVDESS_CLASSES order), so results can be stated both ways. Split by actor, never by clip: actors 01-13
(05 is absent) train, 14-16 select the model, 17-20 are held out and never touched by training.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emotion_jax.labels import INDEX, RAVDESS

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "speech" / "ravdess"
CACHE = Path.home() / ".cache" / "emotion-jax" / "features" / "ravdess_voice_v1.npz"
RAVDESS_CLASSES = ("neutral", "calm", "happy", "sad", "angry", "fearful", "disgusted", "surprised")
SPLITS: dict[str, tuple[int, ...]] = {
    "train": tuple(a for a in range(1, 14) if a != 5),
    "val": (14, 15, 16),
    "test": (17, 18, 19, 20),
}


@dataclass(frozen=True)
class VoiceSet:
    """Clips as zero-padded tokens (N, T, D) with lengths, 7-class and 8-class labels, actors and file names."""

    tokens: np.ndarray
    lengths: np.ndarray
    y: np.ndarray  # our 7 classes (calm -> neutral)
    y8: np.ndarray  # RAVDESS code - 1, calm kept
    actor: np.ndarray
    files: np.ndarray
    name: str


def parse_name(path: Path) -> tuple[int, int, int]:
    """(our 7-class index, RAVDESS 8-class index, actor) from a `03-01-EE-II-SS-RR-AA` file name."""
    parts = path.stem.split("-")
    return INDEX[RAVDESS[parts[2]]], int(parts[2]) - 1, int(parts[6])


def extract(root: Path = DEFAULT_ROOT, cache: Path = CACHE) -> dict[str, np.ndarray]:
    """Voice tokens of every RAVDESS clip, ragged (flat tokens + offsets); read from the cache or made and cached."""
    if cache.exists():
        return dict(np.load(cache))
    from emotion_jax.media import load_audio
    from emotion_jax.speech.features import voice_features

    files = sorted(root.glob("Actor_*/*.flac"))
    if not files:
        raise FileNotFoundError(f"no RAVDESS clips under {root}")
    tokens, start = [], time.time()
    for i, path in enumerate(files):
        tokens.append(voice_features(load_audio(path, 16000))["tokens"])
        if (i + 1) % 100 == 0:
            print(f"voice features {i + 1}/{len(files)} ({time.time() - start:.0f} s)", flush=True)
    labels = np.array([parse_name(p) for p in files], dtype=np.int32)
    data = {
        "tokens": np.concatenate(tokens),
        "offsets": np.cumsum([0] + [len(t) for t in tokens]),
        "y": labels[:, 0],
        "y8": labels[:, 1],
        "actor": labels[:, 2],
        "files": np.array([p.name for p in files]),
        "seconds": np.array(time.time() - start),
    }
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **data)
    return data


def ravdess(split: str, data: dict[str, np.ndarray] | None = None, pad_to: int = 32) -> VoiceSet:
    """The clips of one split ('train', 'val' or 'test'), tokens padded to a multiple of pad_to."""
    data = extract() if data is None else data
    pick = np.flatnonzero(np.isin(data["actor"], SPLITS[split]))
    starts, ends = data["offsets"][pick], data["offsets"][pick + 1]
    lengths = (ends - starts).astype(np.int32)
    width = max(pad_to, -(-int(lengths.max()) // pad_to) * pad_to)
    tokens = np.zeros((len(pick), width, data["tokens"].shape[1]), np.float32)
    for row, (a, b) in enumerate(zip(starts, ends)):
        tokens[row, : b - a] = data["tokens"][a:b][:width]
    return VoiceSet(
        tokens,
        np.minimum(lengths, width),
        data["y"][pick],
        data["y8"][pick],
        data["actor"][pick],
        data["files"][pick],
        f"ravdess-{split} (actors {', '.join(f'{a:02d}' for a in SPLITS[split])})",
    )
