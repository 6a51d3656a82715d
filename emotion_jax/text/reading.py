"""The words stage: the text model's reading of each speaker turn, with its token states and their times."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from emotion_jax import checkpoint, labels
from emotion_jax.progress import Progress, bar
from emotion_jax.speech.heard import Speech
from emotion_jax.text import model as text_model
from emotion_jax.text.encoder import EncoderConfig


@dataclass(frozen=True)
class Words:
    """One row per turn with words (`turn` indexes Speech's turns); tokens carry the times of their words."""

    turn: np.ndarray              # (U,) int64
    probs: np.ndarray             # (U, 7) float32: calibrated probabilities of labels.EMOTIONS
    valence: np.ndarray           # (U,) float32, read directly by the model
    arousal: np.ndarray           # (U,) float32
    token_times: np.ndarray       # (K, 2) s: each token's word's start and end
    token_turn: np.ndarray        # (K,) int64
    token_embeddings: np.ndarray  # (K, D) float32: the fusion model's word tokens


def read_words(speech: Speech, progress: Progress = False, step: int = 32) -> Words:
    """Read each turn's words, `step` turns at a time (tokens without a time, [CLS] and [SEP], are dropped)."""
    owner = speech.word_turns()
    said = [k for k in range(len(speech.turn_times)) if np.any(owner == k)]
    if not said:
        return Words(np.zeros(0, np.int64), np.zeros((0, labels.NUM_CLASSES), np.float32), np.zeros(0, np.float32),
                     np.zeros(0, np.float32), np.zeros((0, 2)), np.zeros(0, np.int64),
                     np.zeros((0, EncoderConfig().hidden), np.float32))
    predictor = checkpoint.loaded_once(text_model.TextPredictor, "text", text_model.weights_hash())
    readings = []
    shown = bar(progress, total=len(said), desc="words", unit="turn")
    for first in range(0, len(said), step):
        part = said[first:first + step]
        readings += predictor([speech.word_text[owner == k].tolist() for k in part],
                              [speech.word_times[owner == k] for k in part])
        shown.update(len(part))
    shown.close()
    kept = [r.word_index >= 0 for r in readings]
    return Words(
        turn=np.array(said, np.int64), probs=np.stack([r.probs for r in readings]).astype(np.float32),
        valence=np.array([r.valence for r in readings], np.float32),
        arousal=np.array([r.arousal for r in readings], np.float32),
        token_times=np.concatenate([r.token_times[k] for r, k in zip(readings, kept)]),
        token_turn=np.concatenate([np.full(k.sum(), t) for t, k in zip(said, kept)]).astype(np.int64),
        token_embeddings=np.concatenate([r.tokens[k] for r, k in zip(readings, kept)]).astype(np.float32))
