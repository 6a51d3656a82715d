"""Who speaks when: speaker embeddings over windows of voice-active speech, clustered by cosine distance.

The embeddings come from resemblyzer's VoiceEncoder (a 3-layer LSTM over 40-band mel frames; its weights,
`pretrained.pt`, ship in the wheel, so nothing is downloaded), loaded once per process on the CPU. Each VAD speech
segment is brought to resemblyzer's loudness (-30 dBFS) and cut into overlapping windows; segments shorter than one
window are embedded whole, and every embedding is taken into the speaker space (speech.speaker_space: how one
voice varies with emotion and effort whitened away, learned from RAVDESS actors 01-16). The windows of a segment
are grouped into pieces of at most `piece_seconds` (so one long stretch of speech can hold several speakers), and
each piece's mean embedding is one unit to cluster:
- when the number of speakers is known (`count`: from the user, who knows who was in the room), by spectral
  clustering into exactly that many (Google's spectralcluster, in its multi-stage mode past MAX_SPECTRAL units;
  on held-out RAVDESS conversations it halves the error of the threshold below: benchmarks/diarization.md);
- otherwise by average-linkage agglomerative clustering on cosine distance (scipy), cut at a distance threshold,
  which also estimates the number of speakers (at most `max_speakers`); clusters with under `min_speaker_share` of
  the windows are dropped as outliers.
Every window then takes the nearest remaining centroid, so a speaker change inside a piece is still found. Inside
a segment the speaker changes halfway between the centres of differently labelled windows, and short flips
between two stretches of the same speaker are smoothed away.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import torch
from resemblyzer import VoiceEncoder
from resemblyzer.audio import wav_to_mel_spectrogram
from resemblyzer.hparams import audio_norm_target_dBFS, mel_window_step, model_embedding_size
from scipy.cluster.hierarchy import fcluster, linkage
from spectralcluster import SpectralClusterer

from emotion_jax.speech.speaker_space import SpeakerSpace, saved_space
from emotion_jax.speech.vad import SpeechSegment, speech_segments

if TYPE_CHECKING:
    from emotion_jax.speech.asr import Word

SAMPLE_RATE = 16000
_FRAMES_PER_SECOND = 1000 // mel_window_step  # mel frames per second (100)
_TARGET_RMS = 10 ** (audio_norm_target_dBFS / 20)
_BATCH = 256  # windows per encoder call
MAX_SPECTRAL = 600  # more units than this are first merged by agglomerative clustering (spectralcluster's multi-stage
# mode), so that a long session's eigen-decomposition stays small


@dataclass(frozen=True)
class DiarizationConfig:
    """How speech is windowed, clustered and smoothed (times in seconds)."""

    count: int | None = None  # the number of speakers, when known: clustered into exactly that many
    max_speakers: int = 4
    piece_seconds: float = 1.5  # a speech segment's windows are clustered in pieces at most this long (1.5: each
    # window alone, which follows a quick change of speaker in a room best: benchmarks/diarization_choice.md)
    window_seconds: float = 1.5  # audio per embedding
    step_seconds: float = 0.75  # hop between windows inside a speech segment
    threshold: float = 0.80  # cosine distance (speaker space) at which clusters stop merging: chosen on conversations
    # of RAVDESS actors 01-16, each scored in a space fitted without its own actors (benchmarks/diarization_choice.md)
    min_speaker_share: float = 0.2  # clusters with fewer of the windows are outliers, given to the nearest speaker
    min_turn_seconds: float = 1.0  # shorter stretches between two stretches of one speaker take that speaker

    def __post_init__(self) -> None:
        """Reject settings that cannot work before any audio is read."""
        if self.max_speakers < 1 or (self.count is not None and self.count < 1):
            raise ValueError(f"max_speakers and count must be at least 1, got {self.max_speakers}, {self.count}")
        if self.piece_seconds < self.window_seconds:
            raise ValueError(f"piece_seconds must be at least window_seconds, got {self}")
        if not 0 < self.step_seconds <= self.window_seconds:
            raise ValueError(f"need 0 < step_seconds <= window_seconds, got {self}")
        if self.threshold <= 0 or self.min_turn_seconds < 0:
            raise ValueError(f"threshold must be positive and min_turn_seconds not negative, got {self}")


@dataclass(frozen=True)
class Turn:
    """One stretch of one speaker's speech, in seconds from the start of the audio."""

    start: float
    end: float
    speaker: int


@functools.cache
def _encoder() -> VoiceEncoder:
    """The speaker encoder, loaded once per process on the CPU."""
    return VoiceEncoder("cpu", verbose=False).eval()


def _windows(audio16k: np.ndarray, segment: SpeechSegment, config: DiarizationConfig) -> list[tuple[float, np.ndarray]]:
    """(centre time, mel frames) of each window of one speech segment, loudness-normalised."""
    first, last = round(segment.start * SAMPLE_RATE), round(segment.end * SAMPLE_RATE)
    wav = audio16k[max(first, 0) : last].astype(np.float32)
    rms = float(np.sqrt(np.mean(wav.astype(np.float64) ** 2))) if wav.size else 0.0
    if rms == 0.0:
        return []
    mel = wav_to_mel_spectrogram(wav * (_TARGET_RMS / rms))
    size = round(config.window_seconds * _FRAMES_PER_SECOND)
    step = round(config.step_seconds * _FRAMES_PER_SECOND)
    starts = list(range(0, max(len(mel) - size, 0) + 1, step))
    if starts[-1] + size < len(mel):
        starts.append(len(mel) - size)
    return [(segment.start + (s + min(size, len(mel)) / 2) / _FRAMES_PER_SECOND, mel[s : s + size]) for s in starts]


def _embed(mels: list[np.ndarray]) -> np.ndarray:
    """L2-normed speaker embedding of each mel window, windows of equal length batched together."""
    out = np.zeros((len(mels), model_embedding_size), dtype=np.float32)
    by_length: dict[int, list[int]] = {}
    for i, mel in enumerate(mels):
        by_length.setdefault(len(mel), []).append(i)
    with torch.inference_mode():
        for idx in by_length.values():
            for chunk in range(0, len(idx), _BATCH):
                part = idx[chunk : chunk + _BATCH]
                out[part] = _encoder()(torch.from_numpy(np.stack([mels[i] for i in part]))).numpy()
    return out


def _pieces(owners: np.ndarray, centres: np.ndarray, config: DiarizationConfig) -> np.ndarray:
    """Piece index of each window: a segment's consecutive windows, cut where a piece would span more than
    `piece_seconds` of audio."""
    pieces = np.zeros(len(owners), dtype=int)
    reach = config.piece_seconds - config.window_seconds  # from the first window's centre to the last's
    piece, first = -1, None
    for i, (owner, centre) in enumerate(zip(owners, centres)):
        if i == 0 or owner != owners[i - 1] or centre - first > reach + 1e-9:
            piece, first = piece + 1, centre
        pieces[i] = piece
    return pieces


def _cluster(embeddings: np.ndarray, owners: np.ndarray, centres: np.ndarray, config: DiarizationConfig
             ) -> np.ndarray:
    """Speaker label (0, 1, ... in order of first appearance) of each window embedding (see the module's text)."""
    pieces = _pieces(owners, centres, config)
    units = np.stack([embeddings[pieces == k].mean(0) for k in range(pieces.max() + 1)]).astype(np.float64)
    if len(units) == 1 or config.count == 1:
        return np.zeros(len(embeddings), dtype=int)
    if config.count is not None:
        count = min(config.count, len(units))
        unit_labels = SpectralClusterer(min_clusters=count, max_clusters=count, custom_dist="cosine",
                                        max_spectral_size=MAX_SPECTRAL).predict(units)
        keep_share = 0.0  # the user said how many speak: none is an outlier
    else:
        tree = linkage(units, method="average", metric="cosine")
        unit_labels = fcluster(tree, t=config.threshold, criterion="distance")
        if unit_labels.max() > config.max_speakers:
            unit_labels = fcluster(tree, t=config.max_speakers, criterion="maxclust")
        keep_share = config.min_speaker_share
    labels = unit_labels[pieces]
    ids, counts = np.unique(labels, return_counts=True)
    keep = ids[counts >= keep_share * len(labels)]
    if len(keep) == 0:
        keep = ids[counts == counts.max()][:1]
    centroids = np.stack([embeddings[labels == i].mean(0) for i in keep])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    labels = np.argmax(embeddings @ centroids.T, axis=1)
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    return np.argsort(np.argsort(first))[inverse]


def _segment_turns(segment: SpeechSegment, centres: list[float], labels: list[int], min_turn: float) -> list[Turn]:
    """Turns of one speech segment: speaker changes halfway between window centres, short flips smoothed."""
    bounds = [segment.start] + [(a + b) / 2 for a, b in zip(centres, centres[1:])] + [segment.end]
    pieces = [[bounds[i], bounds[i + 1], labels[i]] for i in range(len(labels))]
    changed = True
    while changed:
        merged: list[list] = []
        for piece in pieces:
            if merged and merged[-1][2] == piece[2]:
                merged[-1][1] = piece[1]
            else:
                merged.append(piece)
        pieces, changed = merged, False
        inner = [i for i in range(1, len(pieces) - 1) if pieces[i - 1][2] == pieces[i + 1][2]]
        short = [i for i in inner if pieces[i][1] - pieces[i][0] < min_turn]
        if short:
            i = min(short, key=lambda j: pieces[j][1] - pieces[j][0])
            pieces[i][2], changed = pieces[i - 1][2], True
    return [Turn(float(a), float(b), int(s)) for a, b, s in pieces]


@dataclass(frozen=True)
class SpeakerWindows:
    """The embedded windows of a recording's speech: what clustering reads, computed once however often it runs."""

    segments: list[SpeechSegment]  # in time order
    owners: np.ndarray      # (W,) index of each window's segment
    centres: np.ndarray     # (W,) s: each window's centre
    embeddings: np.ndarray  # (W, 256) L2-normed speaker embeddings, in the speaker space


def speaker_windows(audio16k: np.ndarray, speech: list[SpeechSegment],
                    config: DiarizationConfig = DiarizationConfig(), space: SpeakerSpace | None = None
                    ) -> SpeakerWindows:
    """Cut the speech segments into windows and embed each in `space` (default: the shipped one; the costly
    part of diarization)."""
    segments = sorted(speech, key=lambda s: s.start)
    windows = [
        (k, centre, mel) for k, segment in enumerate(segments) for centre, mel in _windows(audio16k, segment, config)
    ]
    embeddings = (space or saved_space()).project(_embed([mel for _, _, mel in windows]))
    return SpeakerWindows(segments, np.array([k for k, _, _ in windows], dtype=int),
                          np.array([c for _, c, _ in windows], np.float64), embeddings)


def speaker_turns(windows: SpeakerWindows, config: DiarizationConfig = DiarizationConfig()) -> list[Turn]:
    """Speaker turns, in time order, from embedded windows: clustered as `config` says (count given or guessed)."""
    if not len(windows.owners):
        return []
    labels = _cluster(windows.embeddings, windows.owners, windows.centres, config)
    turns: list[Turn] = []
    for k in np.unique(windows.owners):
        mine = np.flatnonzero(windows.owners == k)
        turns += _segment_turns(windows.segments[k], windows.centres[mine].tolist(), labels[mine].tolist(),
                                config.min_turn_seconds)
    return turns


def diarize(
    audio16k: np.ndarray, speech: list[SpeechSegment] | None = None, config: DiarizationConfig = DiarizationConfig(),
    space: SpeakerSpace | None = None,
) -> list[Turn]:
    """Speaker turns of 16 kHz mono audio, inside the given (or detected) speech segments, in time order."""
    if speech is None:
        speech = speech_segments(audio16k, SAMPLE_RATE)
    return speaker_turns(speaker_windows(audio16k, speech, config, space), config)


def assign_words(words: list[Word], turns: list[Turn]) -> list[int]:
    """Speaker of each word: that of the turn it overlaps most, or of the nearest turn if it overlaps none."""
    if not words:
        return []
    if not turns:
        raise ValueError("cannot assign words to speakers without any turns")
    starts = np.array([t.start for t in turns])
    ends = np.array([t.end for t in turns])
    speakers = []
    for word in words:
        overlap = np.minimum(ends, word.end) - np.maximum(starts, word.start)
        if overlap.max() > 0:
            best = int(np.argmax(overlap))
        else:
            best = int(np.argmin(np.maximum(starts - word.end, word.start - ends)))
        speakers.append(turns[best].speaker)
    return speakers

