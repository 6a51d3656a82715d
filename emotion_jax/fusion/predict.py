"""Fused readings of one participant's token streams over a whole session, in fixed-shape chunks.

Cross-modal attention runs on chunks of `chunk_windows` windows, each with `reach` seconds of tokens on either
side so that no window loses its neighbourhood; the gate, temporal convolution and heads then run over the whole
session's windows at once. Shapes are fixed (chunks batched, token counts capped, windows padded to a multiple
of 64), so a session compiles once per size class.
"""

from __future__ import annotations

from dataclasses import dataclass

import jax
import numpy as np
from flax import nnx

from emotion_jax.fusion.model import MODALITIES, FusionModel, Streams, load


@dataclass(frozen=True)
class FusedReading:
    """Per window: calibrated probabilities (W, 7), valence and arousal (W,), each modality's share of the fused
    reading (W, 3: face, voice, words; 0 where absent) and which modalities were present (W, 3)."""

    probs: np.ndarray
    valence: np.ndarray
    arousal: np.ndarray
    contributions: np.ndarray
    present: np.ndarray

    @property
    def any(self) -> np.ndarray:
        """(W,) windows with a fused reading."""
        return self.present.any(axis=1)


Stream = tuple[np.ndarray, np.ndarray]  # tokens (N, D), times (N,) in seconds from the session's start


class FusionPredictor:
    """Jitted inference of the shipped (or given) fusion model over sessions of any length."""

    def __init__(self, model: FusionModel | None = None, chunk_windows: int = 12,
                 max_tokens: tuple[int, int, int] = (96, 192, 160), batch: int = 8):
        self.model = model if model is not None else load()
        self.model.eval()
        self.chunk, self.max_tokens, self.batch = chunk_windows, max_tokens, batch
        graphdef, state = nnx.split(self.model)

        @jax.jit
        def windows(state, s: Streams):
            return nnx.merge(graphdef, state).windows(s)

        @jax.jit
        def fuse(state, states, readings, present):
            logits, va, gates = nnx.merge(graphdef, state).fuse(states, readings, present)
            return jax.nn.softmax(logits, -1), va, gates

        self._windows = lambda s: windows(state, s)
        self._fuse = lambda x, r, p: fuse(state, x, r, p)

    def __call__(self, streams: list[Stream], n_windows: int) -> FusedReading:
        """Streams in MODALITIES order (empty arrays where a modality is absent) -> reading of n_windows windows."""
        cfg = self.model.config
        if len(streams) != len(MODALITIES):
            raise ValueError(f"expected {len(MODALITIES)} streams ({', '.join(MODALITIES)}), got {len(streams)}")
        streams = [(x, np.asarray(t, np.float64).reshape(-1)) for x, t in streams]
        chunks = -(-n_windows // self.chunk)
        states, readings, present = [], [], []
        for first in range(0, chunks, self.batch):
            batch = self._batch(streams, range(first, min(first + self.batch, chunks)), n_windows)
            x, r, p = self._windows(batch)
            states.append(np.asarray(x).reshape(-1, *x.shape[2:]))
            readings.append(np.asarray(r).reshape(-1, *r.shape[2:]))
            present.append(np.asarray(p).reshape(-1, p.shape[-1]))
        padded = max(64, -(-n_windows // 64) * 64)
        x = np.zeros((1, padded, len(MODALITIES), cfg.width), np.float32)
        r = np.zeros((1, padded, len(MODALITIES), cfg.num_classes), np.float32)
        p = np.zeros((1, padded, len(MODALITIES)), bool)
        x[0, :n_windows] = np.concatenate(states)[:n_windows]
        r[0, :n_windows] = np.concatenate(readings)[:n_windows]
        p[0, :n_windows] = np.concatenate(present)[:n_windows]
        probs, va, gates = (np.asarray(a)[0, :n_windows] for a in self._fuse(x, r, p))
        present = p[0, :n_windows]
        some = present.any(1)
        probs = np.where(some[:, None], probs, np.nan).astype(np.float32)
        va = np.where(some[:, None], va, np.nan).astype(np.float32)
        return FusedReading(probs, va[:, 0], va[:, 1], np.where(some[:, None], gates, np.nan).astype(np.float32),
                            present)

    def _batch(self, streams: list[Stream], chunk_ids: range, n_windows: int) -> Streams:
        """Fixed-shape model input for up to `batch` chunks (rows past the last chunk stay empty)."""
        cfg = self.model.config
        span = self.chunk * cfg.window
        tokens = [np.zeros((self.batch, n, d), np.float32) for n, d in zip(self.max_tokens, cfg.dims)]
        times = [np.zeros((self.batch, n), np.float32) for n in self.max_tokens]
        masks = [np.zeros((self.batch, n), bool) for n in self.max_tokens]
        windows = np.zeros((self.batch, self.chunk), bool)
        for row, c in enumerate(chunk_ids):
            start = c * span
            windows[row, :min(self.chunk, n_windows - c * self.chunk)] = True
            for m, (x, t) in enumerate(streams):
                sel = np.flatnonzero((t >= start - cfg.reach) & (t < start + span + cfg.reach))
                if len(sel) > self.max_tokens[m]:  # more than the cap: keep an even spread
                    sel = sel[np.linspace(0, len(sel) - 1, self.max_tokens[m]).round().astype(int)]
                tokens[m][row, :len(sel)] = x[sel]
                times[m][row, :len(sel)] = t[sel] - start
                masks[m][row, :len(sel)] = True
        return Streams(tuple(tokens), tuple(times), tuple(masks), windows)


def empty_stream(dim: int) -> Stream:
    """A modality with no tokens."""
    return np.zeros((0, dim), np.float32), np.zeros(0)

