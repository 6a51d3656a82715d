"""Text emotion corpora (../shared/data/text) as targets in our 7 classes / valence-arousal, with frozen encoder
features cached once.

Corpora and splits (never a test split for training or selection):
- GoEmotions, Ekman grouping (Reddit): train / dev (selection) / test (held out). Multi-label rows get a soft
  target that splits probability evenly over their labels.
- CARER (journal-style "i feel ..." sentences): train / val (selection) / test (held out, reported as extra).
  love -> happy; no neutral, no disgust.
- MELD train (Friends dialogue): dialogues with Dialogue_ID % 10 == 0 are held back as the tuning split;
  MELD dev is the reported held-out figure and is never used for selection.
- ISEAR (self-reported episodes): no official split; a fixed seeded 80/10/10 split; shame and guilt dropped.
- EmoBank: its own train / dev / test column; valence and arousal rescaled from 1..5 to -1..1.

Features (one pass of the frozen MiniLM over every distinct sentence, tokens capped at MAX_TOKENS):
the input states of the top TUNE_LAYERS transformer layers per token (float16, ragged; with all six tuned, the
embeddings' output), so that those layers can be fine-tuned on CPU without re-running what stays frozen, and the
pooled features the heads read while the encoder is frozen.
"""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np

from emotion_jax.labels import CARER, GOEMOTIONS_EKMAN, INDEX, ISEAR, MELD, NUM_CLASSES

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "text"
CACHE_DIR = Path.home() / ".cache" / "emotion-jax" / "features" / "text_minilm_v1"
MAX_TOKENS = 64  # tokens per sentence in the cache ([CLS] and [SEP] included)
CACHE_BUCKETS = (16, 24, 32, 48, 64)
TUNE_LAYERS = 6  # top encoder layers whose inputs are cached (and which training may fine-tune)
CORPORA = ("goemotions", "carer", "meld", "isear", "emobank")
CLASSIFICATION = ("goemotions", "carer", "meld", "isear")


@dataclass(frozen=True)
class Split:
    """One corpus split: texts with soft 7-class targets (N, 7) or valence/arousal (N, 2) in -1..1."""

    corpus: str
    split: str
    texts: list[str]
    target: np.ndarray  # (N, 7) probability targets, or (N, 2) valence/arousal
    single: np.ndarray | None = None  # (N,) class index where a row has exactly one label, else -1

    @property
    def name(self) -> str:
        return f"{self.corpus}-{self.split}"


def _one_hot(ys: list[int]) -> np.ndarray:
    out = np.zeros((len(ys), NUM_CLASSES), np.float32)
    out[np.arange(len(ys)), ys] = 1.0
    return out


def classes_present(corpus: str) -> np.ndarray:
    """Mask (7,) of our classes a corpus can label; the others get no say in that corpus' softmax."""
    mapping = {"goemotions": GOEMOTIONS_EKMAN, "carer": CARER, "meld": MELD, "isear": ISEAR}[corpus]
    mask = np.zeros(NUM_CLASSES, bool)
    mask[[INDEX[v] for v in mapping.values() if v is not None]] = True
    return mask


def goemotions(split: str, root: Path = DEFAULT_ROOT) -> Split:
    folder = root / "goemotions" / "ekman"
    names = (folder / "labels.txt").read_text().split()
    table = np.array([INDEX[GOEMOTIONS_EKMAN[n]] for n in names])
    texts, rows = [], []
    for line in (folder / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
        text, ids, _ = line.split("\t")
        texts.append(text)
        rows.append(sorted({int(table[int(i)]) for i in ids.split(",")}))
    target = np.zeros((len(rows), NUM_CLASSES), np.float32)
    for i, labels in enumerate(rows):
        target[i, labels] = 1.0 / len(labels)
    single = np.array([r[0] if len(r) == 1 else -1 for r in rows], np.int64)
    return Split("goemotions", split, texts, target, single)


def carer(split: str, root: Path = DEFAULT_ROOT) -> Split:
    texts, ys = [], []
    for line in (root / "carer" / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        text, label = line.rsplit(";", 1)
        texts.append(text)
        ys.append(INDEX[CARER[label]])
    return Split("carer", split, texts, _one_hot(ys), np.array(ys))


def meld(split: str, root: Path = DEFAULT_ROOT) -> Split:
    """'train' (dialogues not ending in 0), 'tune' (Dialogue_ID % 10 == 0 of MELD train) or 'dev' (held out)."""
    source = "dev" if split == "dev" else "train"
    with open(root / "meld" / f"{source}_sent_emo.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if split != "dev":
        rows = [r for r in rows if (int(r["Dialogue_ID"]) % 10 == 0) == (split == "tune")]
    texts = [r["Utterance"].replace("\x92", "'").replace("\x85", "...") for r in rows]
    ys = [INDEX[MELD[r["Emotion"]]] for r in rows]
    return Split("meld", split, texts, _one_hot(ys), np.array(ys))


def isear(split: str, root: Path = DEFAULT_ROOT) -> Split:
    """Seeded 80/10/10 split of the rows whose label maps into our classes ('train', 'val', 'test')."""
    texts, ys = [], []
    with open(root / "isear.csv", encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f, delimiter="|"):
            label = ISEAR.get((row.get("Field1") or "").strip())
            text = " ".join((row.get("SIT") or "").replace("á", " ").split())
            if label is not None and text:
                texts.append(text)
                ys.append(INDEX[label])
    part = np.random.default_rng(0).random(len(texts))
    keep = {"train": part < 0.8, "val": (part >= 0.8) & (part < 0.9), "test": part >= 0.9}[split]
    idx = np.flatnonzero(keep)
    return Split("isear", split, [texts[i] for i in idx], _one_hot([ys[i] for i in idx]), np.array(ys)[idx])


def emobank(split: str, root: Path = DEFAULT_ROOT) -> Split:
    with open(root / "emobank.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["split"] == split and r["text"].strip()]
    va = np.array([[float(r["V"]), float(r["A"])] for r in rows], np.float32)
    return Split("emobank", split, [r["text"] for r in rows], (va - 3.0) / 2.0)


LOADERS = {"goemotions": goemotions, "carer": carer, "meld": meld, "isear": isear, "emobank": emobank}
SPLITS = {  # (train, selection, held out)
    "goemotions": ("train", "dev", "test"),
    "carer": ("train", "val", "test"),
    "meld": ("train", "tune", "dev"),
    "isear": ("train", "val", "test"),
    "emobank": ("train", "dev", "test"),
}


def load(corpus: str, split: str, root: Path = DEFAULT_ROOT) -> Split:
    return LOADERS[corpus](split, root)


def all_splits(root: Path = DEFAULT_ROOT) -> dict[str, Split]:
    """Every split the text model uses, keyed 'corpus-split'."""
    out = {}
    for corpus, splits in SPLITS.items():
        for split in splits:
            s = load(corpus, split, root)
            out[s.name] = s
    return out


def lower_and_top(tune_layers: int = TUNE_LAYERS):
    """(frozen MiniLM, jitted fn ids, mask -> (states entering the top `tune_layers` layers, final states))."""
    from flax import nnx

    from emotion_jax.text.encoder import load_encoder

    enc = load_encoder()
    graphdef, state = nnx.split(enc)
    cut = enc.config.layers - tune_layers

    @jax.jit
    def forward(state, ids, mask):
        m = nnx.merge(graphdef, state)
        x = m.embeddings(ids, jnp.zeros_like(ids), True)
        bias = jnp.where(mask[:, None, None, :] > 0, 0.0, jnp.finfo(x.dtype).min).astype(x.dtype)
        for layer in m.layers[:cut]:
            x = layer(x, bias, True)
        lower = x
        for layer in m.layers[cut:]:
            x = layer(x, bias, True)
        return lower, x

    return enc, lambda ids, mask: forward(state, ids, mask)


def _pool(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    m = mask[..., None].astype(np.float32)
    mean = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
    return mean / np.maximum(np.linalg.norm(mean, axis=-1, keepdims=True), 1e-12)


def cache_dir(tune_layers: int = TUNE_LAYERS) -> Path:
    """Where the features for fine-tuning the top `tune_layers` layers are cached."""
    return CACHE_DIR if tune_layers == 1 else CACHE_DIR.with_name(f"{CACHE_DIR.name}_top{tune_layers}")


def extract(root: Path = DEFAULT_ROOT, cache: Path | None = None, batch_size: int = 64,
            tune_layers: int = TUNE_LAYERS) -> dict[str, np.ndarray]:
    """Cached features of every distinct sentence: 'texts', 'offsets', 'states' (flat float16 inputs of the top
    `tune_layers` layers), 'pooled' (N, 768: mean of final states | mean of those inputs, each L2-normalised),
    'seconds'."""
    cache = cache_dir(tune_layers) if cache is None else cache
    if (cache / "done").exists():
        data = dict(np.load(cache / "meta.npz"))
        data["states"] = np.load(cache / "states.npy", mmap_mode="r")
        return data
    from emotion_jax.text.encoder import tokenize

    texts = sorted({t for s in all_splits(root).values() for t in s.texts})
    _, forward = lower_and_top(tune_layers)
    tok = tokenize(texts, MAX_TOKENS, CACHE_BUCKETS)
    lengths = tok.mask.sum(1)
    order = np.argsort(lengths, kind="stable")
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    cache.mkdir(parents=True, exist_ok=True)
    states = np.lib.format.open_memmap(cache / "states.npy", "w+", np.float16, (int(offsets[-1]), 384))
    pooled = np.zeros((len(texts), 768), np.float32)
    start = time.time()
    for n, b in enumerate(range(0, len(order), batch_size)):
        idx = order[b:b + batch_size]
        width = max(16, int(lengths[idx].max()))
        width = min(w for w in CACHE_BUCKETS if w >= width)
        ids = np.zeros((batch_size, width), np.int32)
        mask = np.zeros((batch_size, width), np.int32)
        ids[:len(idx)], mask[:len(idx)] = tok.ids[idx, :width], tok.mask[idx, :width]
        lower, final = (np.asarray(a)[:len(idx)] for a in forward(ids, mask))
        pooled[idx] = np.concatenate([_pool(final, mask[:len(idx)]), _pool(lower, mask[:len(idx)])], 1)
        for row, i in enumerate(idx):
            states[offsets[i]:offsets[i + 1]] = lower[row, :lengths[i]]
        if n % 100 == 0:
            print(f"text features {b + len(idx)}/{len(texts)} ({time.time() - start:.0f} s)", flush=True)
    states.flush()
    seconds = time.time() - start
    np.savez(cache / "meta.npz", texts=np.array(texts), offsets=offsets, pooled=pooled, seconds=np.array(seconds))
    (cache / "done").write_text(f"{seconds:.0f}\n")
    print(f"text features: {len(texts)} sentences, {offsets[-1]} tokens in {seconds:.0f} s", flush=True)
    return extract(root, cache, batch_size, tune_layers)


def rows_of(split: Split, data: dict[str, np.ndarray]) -> np.ndarray:
    """Row of each of the split's sentences in the feature cache."""
    where = {t: i for i, t in enumerate(data["texts"].tolist())}
    return np.array([where[t] for t in split.texts], np.int64)


def padded_states(data: dict[str, np.ndarray], rows: np.ndarray, width: int | None = None) -> tuple[np.ndarray,
                                                                                                      np.ndarray]:
    """Top-layer input states (B, T, 384) float32 and mask (B, T) of cache rows, padded to a cache bucket."""
    starts, ends = data["offsets"][rows], data["offsets"][rows + 1]
    lengths = ends - starts
    if width is None:
        width = min(w for w in CACHE_BUCKETS if w >= max(16, int(lengths.max())))
    x = np.zeros((len(rows), width, 384), np.float32)
    for r, (a, b) in enumerate(zip(starts, ends)):
        x[r, :b - a] = data["states"][a:b]
    return x, (np.arange(width)[None] < lengths[:, None]).astype(np.int32)


if __name__ == "__main__":
    for name, s in all_splits().items():
        print(name, len(s.texts), s.target.shape, s.target.sum(0).round(0) if s.target.shape[1] == 7 else "")
