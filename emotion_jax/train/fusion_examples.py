"""Paired training and test examples for fusion, built from the unimodal pools.

An example is a short session of `windows` one-second windows cut into segments of 2-5 windows. Each segment
has a label and, per modality that is present, an item of that label: a face image shown at the analysis frame
rate (the image or its mirror in each frame), a voice clip's 100 ms tokens, and a sentence's word tokens spread
over the segment's speech; noise and dropped tokens in training. Every token carries its unimodal model's reading
of the item (7 probabilities) beside its embedding, as in the pipeline. Modalities are missing at random
(modality dropout).

Disagreement policy: in a share of segments one present modality carries another label (a smile over sad words,
say). Nobody knows what such a person felt, so the target is the evidence itself: the mean of the present
modalities' one-hot labels (2 of 3 agreeing -> 2/3 and 1/3). The fused reading then reports a mixture rather than
siding with one signal, and the per-modality gates show which signal says what.

Words without signal: in a share of segments whose label is an emotion, the sentence is a neutral one while the
face and/or voice show the emotion (a scripted line, small talk over a sad face). Neutral content is not evidence
against what the face and voice show, so the target is the other present modalities' label: the fused reading
must not be pulled below the face or voice alone by words that say nothing. In conversation most words of an
emotional moment are neutral, so this is the common case: the share (0.75) is the smallest of 0.25, 0.5 and 0.75
with which face plus neutral words read no worse than the face alone on the calibration pools
(`benchmarks/fusion_neutral_words.md`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from emotion_jax.fusion.model import with_reading
from emotion_jax.labels import CIRCUMPLEX, EMOTIONS, INDEX, NUM_CLASSES
from emotion_jax.train.fusion_pools import Pool

FACE, VOICE, WORDS = 0, 1, 2


@dataclass(frozen=True)
class ExampleConfig:
    """How examples are drawn; test examples use presence 1.0, no disagreement and no noise or dropped tokens."""

    windows: int = 12
    segment_windows: tuple[int, int] = (2, 5)  # inclusive range of a segment's length
    fps: float = 5.0                          # face frames per second (the analysis rate)
    max_tokens: tuple[int, int, int] = (64, 128, 128)
    max_words_tokens: int = 40                # a sentence's tokens kept per segment
    presence: float = 0.7                     # chance each modality is present in a segment
    disagree: float = 0.2                     # chance a segment has one modality with another label
    neutral_words: float = 0.75               # chance an emotional segment's words are a neutral sentence
    token_drop: float = 0.2                   # share of face frames, voice steps and word tokens left out
    noise: float = 0.2                        # gaussian noise on every token, times that modality's spread


@dataclass(frozen=True)
class Batch:
    """Numpy arrays for FusionModel's Streams, with targets per window and segment bookkeeping."""

    tokens: tuple[np.ndarray, ...]
    times: tuple[np.ndarray, ...]
    masks: tuple[np.ndarray, ...]
    windows: np.ndarray          # (B, W) bool
    target: np.ndarray           # (B, W, 7) soft targets
    va: np.ndarray               # (B, W, 2) valence/arousal of the target (circumplex)
    segment: np.ndarray          # (B, W) segment id, -1 for none
    segment_label: np.ndarray    # (S,) the segment's label (where all modalities agree)
    segment_probs: np.ndarray    # (S, 3, 7) each modality's unimodal model reading (NaN where absent)


_CIRCUMPLEX = np.array([CIRCUMPLEX[e] for e in EMOTIONS], np.float32)
_NEUTRAL = INDEX["neutral"]


class Sampler:
    """Draws examples from one part's pools (fit, calibrate or test), reproducibly from a seed."""

    def __init__(self, pools: dict[str, Pool], config: ExampleConfig = ExampleConfig(), seed: int = 0):
        self.pools = [pools["face"], pools["voice"], pools["words"]]
        self.config = config
        self.rng = np.random.default_rng(seed)
        self.classes = [p.by_class() for p in self.pools]
        self.scale = [float(np.std(p.tokens.astype(np.float32))) for p in self.pools]
        self.labels = [k for k in range(NUM_CLASSES) if all(len(c[k]) for c in self.classes)]

    def batch(self, size: int) -> Batch:
        """`size` examples with their segments."""
        cfg, rng = self.config, self.rng
        w = cfg.windows
        tokens = [np.zeros((size, n, p.tokens.shape[1] + NUM_CLASSES), np.float32)
                  for n, p in zip(cfg.max_tokens, self.pools)]
        times = [np.zeros((size, n), np.float32) for n in cfg.max_tokens]
        masks = [np.zeros((size, n), bool) for n in cfg.max_tokens]
        target = np.zeros((size, w, NUM_CLASSES), np.float32)
        segment = np.full((size, w), -1, np.int64)
        seg_label, seg_probs = [], []
        for b in range(size):
            filled = [0, 0, 0]
            start = 0
            while start < w:
                length = min(int(rng.integers(cfg.segment_windows[0], cfg.segment_windows[1] + 1)), w - start)
                present = rng.random(3) < cfg.presence
                if not present.any():
                    present[rng.integers(3)] = True
                y = int(rng.choice(self.labels))
                ys = np.full(3, y)
                evidence = present.copy()
                if present.sum() >= 2 and rng.random() < cfg.disagree:
                    odd = rng.choice(np.flatnonzero(present))
                    ys[odd] = rng.choice([k for k in self.labels if k != y])
                elif (cfg.neutral_words and present[WORDS] and present[[FACE, VOICE]].any() and y != _NEUTRAL
                      and rng.random() < cfg.neutral_words):
                    ys[WORDS], evidence[WORDS] = _NEUTRAL, False
                probs = np.full((3, NUM_CLASSES), np.nan, np.float32)
                for m in np.flatnonzero(present):
                    item = int(rng.choice(self.classes[m][ys[m]]))
                    probs[m] = self.pools[m].probs[item]
                    filled[m] = self._place(m, item, float(start), float(length), b, filled[m],
                                            tokens[m], times[m], masks[m])
                target[b, start:start + length] = np.eye(NUM_CLASSES)[ys[evidence]].mean(0)
                segment[b, start:start + length] = len(seg_label)
                seg_label.append(y)
                seg_probs.append(probs)
                start += length
        return Batch(tuple(tokens), tuple(times), tuple(masks), np.ones((size, w), bool), target,
                     target @ _CIRCUMPLEX, segment, np.array(seg_label), np.stack(seg_probs))

    def _place(self, m: int, item: int, start: float, length: float, b: int, at: int,
               tokens: np.ndarray, times: np.ndarray, masks: np.ndarray) -> int:
        """Write one item's tokens with their times into row b from position `at`; returns the new fill level."""
        cfg, rng = self.config, self.rng
        emb, pos = self.pools[m].item(item)
        emb = with_reading(emb.astype(np.float32), self.pools[m].probs[item])
        if m == FACE:
            t = start + np.arange(int(length * cfg.fps)) / cfg.fps
            x = emb[rng.integers(0, len(emb), len(t))]
        elif m == VOICE:
            steps = int(length * 10)
            first = int(rng.integers(0, max(len(emb) - steps, 0) + 1))
            x = emb[first:first + steps]
            offset = start + (rng.random() * (steps - len(x)) / 10 if len(x) < steps else 0.0)
            t = offset + (np.arange(len(x)) + 0.5) / 10
        else:
            x, pos = emb[:cfg.max_words_tokens], pos[:cfg.max_words_tokens]
            words = int(pos.max()) + 1
            a, z = start + 0.2, start + length - 0.2
            t = a + (pos + 0.5) / words * (z - a)
        keep = rng.random(len(x)) >= cfg.token_drop
        x, t = x[keep], t[keep]
        if cfg.noise:  # on the embeddings, not on the readings
            x[:, :-NUM_CLASSES] += rng.normal(0, cfg.noise * self.scale[m], (len(x), x.shape[1] - NUM_CLASSES))
        n = min(len(x), tokens.shape[1] - at)
        tokens[b, at:at + n], times[b, at:at + n], masks[b, at:at + n] = x[:n], t[:n], True
        return at + n
