"""Voice activity: where someone speaks, by silero-vad's bundled model, on audio of any length in bounded memory.

The model is the TorchScript file shipped in the `silero-vad` wheel (`silero_vad/data/silero_vad.jit`); nothing is
downloaded. Its streaming form runs one 32 ms frame per Python call (about 0.5 ms each, 55 s per hour of audio on
2 cores). Here the same model runs in windows: its convolutional encoder, which sees each frame (plus the 64
samples before it) on its own, runs on a whole window of frames at once, and only its LSTM state and the last 64
samples carry from one window to the next, so probabilities match the streaming model's to 1e-5 at about 1/30
of its cost. One float per frame (0.45 MB per hour) is kept; everything else lives for one window only.

Audio at other rates (8 kHz telephone recordings) is resampled to 16 kHz window by window with a margin on each
side, so the joins are seamless and no full-length copy is made.
"""

from __future__ import annotations

import contextlib
import functools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import numpy as np
import torch
from scipy.signal import resample_poly

MODEL_RATE = 16000  # the rate the model runs at
FRAME = 512  # samples per model frame at 16 kHz (32 ms)
CONTEXT = 64  # samples of the previous frame the model sees before each frame
FRAME_SECONDS = FRAME / MODEL_RATE
_WINDOW_SECONDS = 30.0  # audio handed to the model at once
_MARGIN_SECONDS = 0.05  # extra input on each side of a window that is resampled, beyond the filter's reach
_HYSTERESIS = 0.15  # speech, once started, lasts until the probability falls this far below the threshold


@dataclass(frozen=True)
class VADConfig:
    """When frames count as speech and how speech runs are joined, dropped and padded (all times in seconds)."""

    threshold: float = 0.5  # speech probability at which speech starts
    min_speech_seconds: float = 0.25  # shorter runs of speech are dropped (clicks, coughs)
    min_silence_seconds: float = 0.3  # shorter gaps inside speech are bridged
    pad_seconds: float = 0.1  # added to both ends of each segment, so word onsets and endings are not cut

    def __post_init__(self) -> None:
        """Reject settings that cannot work before any audio is read."""
        if not 0.0 < self.threshold < 1.0:
            raise ValueError(f"threshold must lie strictly between 0 and 1, got {self.threshold}")
        if min(self.min_speech_seconds, self.min_silence_seconds, self.pad_seconds) < 0:
            raise ValueError(f"VADConfig durations must not be negative, got {self}")


@dataclass(frozen=True)
class SpeechSegment:
    """One stretch of speech, in seconds from the start of the audio."""

    start: float
    end: float


class _Silero:
    """silero-vad's model split into its per-frame encoder and its recurrent decoder, for windowed runs."""

    def __init__(self, path: Path) -> None:
        """Load the TorchScript model and copy its LSTM cell into an LSTM that runs a whole sequence in one call."""
        net = torch.jit.load(str(path), map_location="cpu").eval()._model
        self.stft, self.encoder, self.head = net.stft, net.encoder, net.decoder.decoder
        cell = net.decoder.rnn
        self.lstm = torch.nn.LSTM(cell.weight_ih.shape[1], cell.weight_hh.shape[1]).eval()
        with torch.inference_mode():
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(self.lstm, f"{name}_l0").copy_(getattr(cell, name))

    def probabilities(
        self, frames: np.ndarray, state: tuple[torch.Tensor, torch.Tensor] | None
    ) -> tuple[np.ndarray, tuple[torch.Tensor, torch.Tensor]]:
        """Speech probability of each (CONTEXT + FRAME)-sample row, continuing from the LSTM state given."""
        with torch.inference_mode(), _one_thread():
            features = self.encoder(self.stft(torch.from_numpy(frames))).squeeze(-1)  # (N, 128)
            hidden, state = self.lstm(features.unsqueeze(1), state)  # (N, 1, 128): the batch is the one stream
            probs = self.head(hidden.transpose(1, 2))  # (N, 1, 1)
        return probs.reshape(-1).numpy(), state


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """Run torch on one thread, then restore the caller's setting.

    This model is too small to gain much from a second thread (10 minutes of audio: 0.45 s on one, 0.37 s on two,
    2 idle cores), and while other work holds the cores torch's waiting threads spin: two burned 1.7-19 s of CPU.
    """
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


@functools.cache
def _model() -> _Silero:
    """The model, loaded once per process; found without importing silero_vad, which pins the process to 1 thread."""
    spec = find_spec("silero_vad")
    if spec is None or spec.origin is None:
        raise ImportError("silero-vad is not installed; voice activity detection needs it (pip install silero-vad)")
    return _Silero(Path(spec.origin).parent / "data" / "silero_vad.jit")


def speech_probabilities(audio: np.ndarray, sample_rate: int = MODEL_RATE) -> np.ndarray:
    """Speech probability per 32 ms frame (frame i covers [i, i + 1) * FRAME_SECONDS), computed window by window."""
    audio = _mono(audio)
    model = _model()
    state = None
    context = np.zeros(CONTEXT, np.float32)
    rest = np.zeros(0, np.float32)  # samples short of a whole frame, waiting for the next window
    probs: list[np.ndarray] = []
    windows = _resampled_windows(audio, sample_rate)
    for last, window in _flag_last(windows):
        samples = np.concatenate([rest, window])
        count = len(samples) // FRAME
        if last and len(samples) % FRAME:  # the final partial frame is padded with silence, as silero does
            samples = np.pad(samples, (0, FRAME - len(samples) % FRAME))
            count += 1
        if count == 0:
            rest = samples
            continue
        frames = samples[: count * FRAME].reshape(count, FRAME)
        rest = samples[count * FRAME :]
        contexts = np.concatenate([context[None], frames[:-1, -CONTEXT:]])
        context = frames[-1, -CONTEXT:].copy()
        window_probs, state = model.probabilities(np.concatenate([contexts, frames], axis=1), state)
        probs.append(window_probs)
    return np.concatenate(probs) if probs else np.zeros(0, np.float32)


def speech_segments(
    audio: np.ndarray, sample_rate: int = MODEL_RATE, config: VADConfig = VADConfig()
) -> list[SpeechSegment]:
    """Stretches of speech in mono float audio (any length, any rate), in seconds, in order and not overlapping."""
    duration = len(audio) / sample_rate
    speech = _hysteresis(speech_probabilities(audio, sample_rate), config.threshold)
    edges = np.diff(speech.astype(np.int8), prepend=0, append=0)
    starts = np.flatnonzero(edges == 1) * FRAME_SECONDS
    ends = np.flatnonzero(edges == -1) * FRAME_SECONDS
    starts, ends = _bridge(starts, ends, config.min_silence_seconds)
    keep = ends - starts >= config.min_speech_seconds
    starts = np.maximum(starts[keep] - config.pad_seconds, 0.0)
    ends = np.minimum(ends[keep] + config.pad_seconds, duration)
    starts, ends = _bridge(starts, ends, 0.0)
    return [SpeechSegment(float(s), float(e)) for s, e in zip(starts, ends)]


def _mono(audio: np.ndarray) -> np.ndarray:
    """Check the audio is one channel of samples; the model reads floats in [-1, 1]."""
    if audio.ndim != 1:
        raise ValueError(f"audio must be mono, shape (samples,), got shape {audio.shape}")
    return audio


def _resampled_windows(audio: np.ndarray, sample_rate: int) -> Iterator[np.ndarray]:
    """Consecutive float32 windows of the audio at 16 kHz; each resampled with a margin so the joins are seamless."""
    if sample_rate <= 0:
        raise ValueError(f"sample_rate must be positive, got {sample_rate}")
    gcd = math.gcd(MODEL_RATE, sample_rate)
    up, down = MODEL_RATE // gcd, sample_rate // gcd
    step = down * max(1, round(_WINDOW_SECONDS * sample_rate / down))  # window starts stay on whole output samples
    margin = down * math.ceil(_MARGIN_SECONDS * sample_rate / down)
    for start in range(0, len(audio), step):
        stop = min(start + step, len(audio))
        if up == down:
            yield np.asarray(audio[start:stop], dtype=np.float32)
            continue
        lo, hi = max(0, start - margin), min(len(audio), stop + margin)
        out = resample_poly(np.asarray(audio[lo:hi], dtype=np.float32), up, down)
        first = (start - lo) * up // down
        yield out[first : first + math.ceil((stop - start) * up / down)].astype(np.float32)


def _flag_last(items: Iterator[np.ndarray]) -> Iterator[tuple[bool, np.ndarray]]:
    """Pair each item with whether it is the last, looking one ahead."""
    previous = next(items, None)
    for item in items:
        yield False, previous
        previous = item
    if previous is not None:
        yield True, previous


def _hysteresis(probs: np.ndarray, threshold: float) -> np.ndarray:
    """Speech flags per frame: on at the threshold, off only below it less _HYSTERESIS (vectorised)."""
    event = np.where(probs >= threshold, 1, np.where(probs < max(threshold - _HYSTERESIS, 0.01), 0, -1))
    latest = np.maximum.accumulate(np.where(event >= 0, np.arange(len(probs)), -1))
    return (latest >= 0) & (event[np.maximum(latest, 0)] == 1)


def _bridge(starts: np.ndarray, ends: np.ndarray, min_gap: float) -> tuple[np.ndarray, np.ndarray]:
    """Join consecutive segments whose gap is shorter than min_gap (or that touch or overlap when it is 0)."""
    if len(starts) == 0:
        return starts, ends
    gaps = starts[1:] - ends[:-1]
    split = gaps > 0 if min_gap == 0 else gaps >= min_gap
    return starts[np.concatenate([[True], split])], ends[np.concatenate([split, [True]])]
