"""Unimodal items for paired fusion examples, read once by the shipped face, voice and text models and cached.

No aligned audio-visual corpus is available, so fusion learns from items of each modality that share a label.
Each pool holds an item's token embeddings (what fusion attends to), the unimodal model's probabilities (the
single-modality baseline) and the label. Splits respect every source's held-out data, and the fitting pools
use only what the unimodal models never trained on (their model-selection splits), so the embeddings fusion
learns from are as (un)reliable as the ones it will meet:

- fit:  FER2013 PublicTest; RAVDESS actors 14-15; GoEmotions dev, CARER val, MELD tune (each model's selection data)
- calibrate: RAVDESS actor 16 and a seeded 20% of the fit images and sentences (temperature, model choice)
- test: FER2013 PrivateTest + CK+ held-out subjects; RAVDESS actors 17-20; GoEmotions test, MELD dev, CARER test
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from emotion_jax.labels import NUM_CLASSES

CACHE_DIR = Path.home() / ".cache" / "emotion-jax" / "features"
MODALITIES = ("face", "voice", "words")
PARTS = ("fit", "calibrate", "test")
TEXT_PER_CLASS = 500  # sentences per class and part (the largest classes are subsampled, seeded)
VOICE_ACTORS = {"fit": (14, 15), "calibrate": (16,), "test": (17, 18, 19, 20)}
TEXT_SPLITS = {"fit": ("goemotions-dev", "carer-val", "meld-tune"),
               "test": ("goemotions-test", "carer-test", "meld-dev")}


@dataclass(frozen=True)
class Pool:
    """Items of one modality and part: token embeddings (flat, item i is tokens[offsets[i]:offsets[i+1]]), each
    token's position (face: 0 image / 1 mirrored; voice: 100 ms step; words: word index), the unimodal model's
    probabilities (N, 7) and the label (N,)."""

    tokens: np.ndarray
    offsets: np.ndarray
    position: np.ndarray
    probs: np.ndarray
    y: np.ndarray

    def __len__(self) -> int:
        return len(self.y)

    def item(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """(tokens (n, D), positions (n,)) of item i."""
        a, b = self.offsets[i], self.offsets[i + 1]
        return self.tokens[a:b], self.position[a:b]

    def by_class(self) -> list[np.ndarray]:
        """Item indices of each class."""
        return [np.flatnonzero(self.y == k) for k in range(NUM_CLASSES)]


def _flat(items: list[tuple[np.ndarray, np.ndarray]], probs: np.ndarray, y: np.ndarray) -> Pool:
    lengths = [len(t) for t, _ in items]
    return Pool(np.concatenate([t for t, _ in items]).astype(np.float16), np.concatenate([[0], np.cumsum(lengths)]),
                np.concatenate([p for _, p in items]).astype(np.int32), np.asarray(probs, np.float32),
                np.asarray(y, np.int64))


def _subset(pool: Pool, keep: np.ndarray) -> Pool:
    return _flat([pool.item(int(i)) for i in keep], pool.probs[keep], pool.y[keep])


def _split_fit(pool: Pool, seed: int) -> tuple[Pool, Pool]:
    """(fit, calibrate): a seeded 80/20 split of the items."""
    calib = np.random.default_rng(seed).random(len(pool)) < 0.2
    return _subset(pool, np.flatnonzero(~calib)), _subset(pool, np.flatnonzero(calib))


def face_pools() -> dict[str, Pool]:
    """Face items through the eval path (largest face, or the whole image): the crop's and its mirror's embeddings."""
    from emotion_jax.face import model as face_model
    from emotion_jax.face.crops import crop_largest_face
    from emotion_jax.train import face_data
    from privacy.faces import FaceDetector

    detector, predictor = FaceDetector(), face_model.Predictor(batch_size=256)

    def read(images: np.ndarray, y: np.ndarray) -> Pool:
        crops = np.stack([crop_largest_face(np.repeat(im[..., None], 3, -1), detector)[0]
                          for im in tqdm(images, desc="face crops", unit="img")])
        emb, probs = predictor(crops)
        mirrored, _ = predictor(np.ascontiguousarray(crops[:, :, ::-1]))
        return _flat([(np.stack([e, m]), np.array([0, 1])) for e, m in zip(emb, mirrored)], probs, y)

    public = face_data.fer2013("public")
    private, ck = face_data.fer2013("private"), face_data.ckplus("test")
    fit, calibrate = _split_fit(read(public.x, public.y), seed=1)
    return {"fit": fit, "calibrate": calibrate,
            "test": read(np.concatenate([private.x, ck.x]), np.concatenate([private.y, ck.y]))}


def voice_pools() -> dict[str, Pool]:
    """RAVDESS clips by actor (each actor's clips one session): the voice model's token embeddings (one per 100 ms)
    and clip probabilities."""
    from emotion_jax.speech.model import VoicePredictor
    from emotion_jax.train import voice_data

    data, predictor = voice_data.extract(), VoicePredictor()
    out = {}
    for part, actors in VOICE_ACTORS.items():
        rows = np.flatnonzero(np.isin(data["actor"], actors))
        clips = [np.asarray(data["tokens"][data["offsets"][r]:data["offsets"][r + 1]], np.float32) for r in rows]
        readings = predictor.read(clips, list(data["actor"][rows]))  # each actor's clips as one session
        items = [(emb, np.arange(len(emb))) for emb, _ in readings]
        out[part] = _flat(items, np.stack([p for _, p in readings]), data["y"][rows])
    return out


def _class_sample(y: np.ndarray, per_class: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.sort(np.concatenate([rng.permutation(np.flatnonzero(y == k))[:per_class] for k in range(NUM_CLASSES)]))


def text_pools() -> dict[str, Pool]:
    """Single-label sentences read by the shipped text model: its word-token states and probabilities."""
    from emotion_jax.text.model import TextPredictor
    from emotion_jax.train import text_data

    predictor = TextPredictor(batch_size=64)
    out = {}
    for part, names in TEXT_SPLITS.items():
        texts, ys = [], []
        for name in names:
            split = text_data.load(*name.split("-"))
            keep = np.flatnonzero(split.single >= 0)
            texts += [split.texts[i] for i in keep]
            ys += split.single[keep].tolist()
        pick = _class_sample(np.array(ys), TEXT_PER_CLASS, seed=2)
        readings = predictor([texts[i] for i in pick])
        items = [(r.tokens[r.word_index >= 0], r.word_index[r.word_index >= 0]) for r in readings]
        kept = [k for k, (t, _) in enumerate(items) if len(t)]
        pool = _flat([items[k] for k in kept], np.stack([readings[k].probs for k in kept]), np.array(ys)[pick][kept])
        if part == "fit":
            out["fit"], out["calibrate"] = _split_fit(pool, seed=3)
        else:
            out["test"] = pool
    return out


def cache_path() -> Path:
    """The pools' cache file, named for the unimodal weights that read them (new weights, new pools)."""
    from emotion_jax.face import model as face_model
    from emotion_jax.speech import model as voice_model
    from emotion_jax.text import model as text_model

    weights = "-".join(m.weights_hash()[:6] for m in (face_model, voice_model, text_model))
    return CACHE_DIR / f"fusion_pools_v1_{weights}.npz"


def build(cache: Path | None = None) -> dict[str, dict[str, Pool]]:
    """Every modality's pools for each part, from the cache or read now (about 3 minutes on 2 cores)."""
    cache = cache_path() if cache is None else cache
    if cache.exists():
        with np.load(cache) as f:
            return {m: {p: Pool(*(f[f"{m}/{p}/{k}"] for k in Pool.__dataclass_fields__)) for p in PARTS}
                    for m in MODALITIES}
    start = time.time()
    pools = {"face": face_pools(), "voice": voice_pools(), "words": text_pools()}
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_name(cache.stem + ".tmp.npz")
    np.savez(tmp, **{f"{m}/{p}/{k}": getattr(pool, k) for m, parts in pools.items() for p, pool in parts.items()
                     for k in Pool.__dataclass_fields__})
    tmp.replace(cache)
    print(f"fusion pools read in {time.time() - start:.0f} s", flush=True)
    return pools
