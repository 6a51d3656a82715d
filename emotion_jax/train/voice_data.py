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
from emotion_jax.speech.centring import centred, speaker_means

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


def _cache_name(copies: int, seed: int) -> Path:
    return CACHE if copies == 0 else CACHE.with_name(f"ravdess_voice_aug{copies}_seed{seed}_v1.npz")


def extract(root: Path = DEFAULT_ROOT, cache: Path | None = None, copies: int = 0, seed: int = 0,
            actors: tuple[int, ...] | None = None) -> dict[str, np.ndarray]:
    """Voice tokens of RAVDESS clips, ragged (flat tokens + offsets); read from the cache or made and cached.

    With `copies` > 0, each clip of `actors` (default: the training and selection actors) is read that many times
    through voice_augment.random_chain instead (babble noise from other actors' clips of the same split).
    """
    cache = _cache_name(copies, seed) if cache is None else cache
    if cache.exists():
        return dict(np.load(cache))
    from emotion_jax.media import load_audio
    from emotion_jax.speech.features import voice_features
    from emotion_jax.train.voice_augment import random_chain

    files = sorted(root.glob("Actor_*/*.flac"))
    if not files:
        raise FileNotFoundError(f"no RAVDESS clips under {root}")
    if copies:
        wanted = set(actors or SPLITS["train"] + SPLITS["val"])
        files = [p for p in files if parse_name(p)[2] in wanted]
    rng = np.random.default_rng(seed)
    tokens, kept, applied, start = [], [], [], time.time()
    for i, path in enumerate(files):
        audio = load_audio(path, 16000)
        if not copies:
            tokens.append(voice_features(audio)["tokens"])
            kept.append(path)
            applied.append("")
        for _ in range(copies):
            actor = parse_name(path)[2]
            split = [k for k, v in SPLITS.items() if actor in v][0]
            others = [p for p in files if parse_name(p)[2] != actor and parse_name(p)[2] in SPLITS[split]]
            babble = sum(np.resize(load_audio(others[j], 16000), len(audio))
                         for j in rng.choice(len(others), 3, replace=False)) if rng.random() < 0.5 else None
            noisy, names = random_chain(audio, rng, babble=babble)
            tokens.append(voice_features(noisy)["tokens"])
            kept.append(path)
            applied.append("+".join(names))
        if (i + 1) % 100 == 0:
            print(f"voice features {i + 1}/{len(files)} ({time.time() - start:.0f} s)", flush=True)
    labels = np.array([parse_name(p) for p in kept], dtype=np.int32)
    data = {
        "tokens": np.concatenate(tokens),
        "offsets": np.cumsum([0] + [len(t) for t in tokens]),
        "y": labels[:, 0],
        "y8": labels[:, 1],
        "actor": labels[:, 2],
        "files": np.array([p.name for p in kept]),
        "conditions": np.array(applied),
        "seconds": np.array(time.time() - start),
    }
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **data)
    return data


def ravdess(split: str, data: dict[str, np.ndarray] | None = None, pad_to: int = 32,
            width: int | None = None) -> VoiceSet:
    """The clips of one split ('train', 'val' or 'test'), tokens padded to a multiple of pad_to (or to `width`,
    cutting longer clips)."""
    data = extract() if data is None else data
    pick = np.flatnonzero(np.isin(data["actor"], SPLITS[split]))
    starts, ends = data["offsets"][pick], data["offsets"][pick + 1]
    lengths = (ends - starts).astype(np.int32)
    width = width or max(pad_to, -(-int(lengths.max()) // pad_to) * pad_to)
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


def stack(*sets: VoiceSet) -> VoiceSet:
    """One set of several with the same token width (e.g. clean and augmented readings of the same clips)."""
    return VoiceSet(*(np.concatenate([getattr(v, f) for v in sets]) for f in
                      ("tokens", "lengths", "y", "y8", "actor", "files")), " + ".join(v.name for v in sets))


def training_mean(data: dict[str, np.ndarray]) -> np.ndarray:
    """Mean token of the training actors' clips (the prior a speaker's mean is shrunk towards)."""
    offsets = data["offsets"]
    rows = np.flatnonzero(np.isin(data["actor"], SPLITS["train"]))
    return np.concatenate([data["tokens"][offsets[i]:offsets[i + 1]] for i in rows]).mean(0).astype(np.float32)


def centred_by_actor(data: dict[str, np.ndarray], mean: np.ndarray, prior: float,
                     rng: np.random.Generator | None = None) -> dict[str, np.ndarray]:
    """`data` with each clip centred on its actor (speech.centring): on all the actor's clips as one session, or,
    with `rng`, on the clip and n of the actor's other clips, n log-uniform from none (a lone clip) to all."""
    offsets, tokens = data["offsets"], data["tokens"]
    clip = [tokens[offsets[i]:offsets[i + 1]] for i in range(len(data["y"]))]
    out = np.empty_like(tokens, dtype=np.float32)
    for actor in np.unique(data["actor"]):
        rows = np.flatnonzero(data["actor"] == actor)
        if rng is None:
            for i, centred_clip in zip(rows, centred([clip[j] for j in rows], [0] * len(rows), mean, prior)):
                out[offsets[i]:offsets[i + 1]] = centred_clip
            continue
        for i in rows:
            others = rows[rows != i]
            n = int((len(others) + 1) ** rng.random()) - 1
            group = [i, *rng.choice(others, n, replace=False)]
            out[offsets[i]:offsets[i + 1]] = clip[i] - speaker_means([clip[j] for j in group], [0] * len(group), mean,
                                                                     prior)[0]
    return {**data, "tokens": out}
