"""Prosody a clinician reads: pitch, loudness, voice quality, speaking rate and pauses, per frame and per utterance.

The measures are Praat's (through praat-parselmouth), so they match what clinicians and voice researchers get in
Praat itself: F0 by Praat's autocorrelation pitch tracker ("To Pitch (ac)"), intensity in dB (samples read as
pascals, so dB re 20 uPa; digital silence is floored at -300 dB, as in Praat), HNR by "To Harmonicity (cc)",
jitter (local) and shimmer (local) from the glottal pulses of "To PointProcess (periodic, cc)" with Praat's
voice-report settings. Speaking rate counts syllable nuclei as de Jong & Wempe (2009) do: intensity peaks at least
`nucleus_dip_db` above their surroundings, no more than `nucleus_threshold_db` below the utterance's loudest
frames, and voiced; or words per second when word times are given.

Every frame array is on one grid: frame k is centred at (k + 0.5) * hop seconds. Long audio is analysed in chunks
of `chunk_seconds` (with a second of context on each side), so memory stays bounded; Praat's pitch path search then
sees one chunk at a time, which can change a voicing decision next to a chunk edge and nothing else.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import parselmouth
from parselmouth.praat import call
from scipy.signal import find_peaks

if TYPE_CHECKING:
    from emotion_jax.speech.asr import Word
    from emotion_jax.speech.vad import SpeechSegment

FRAME_KEYS = ("times", "f0", "voiced", "intensity_db", "hnr_db")
# Per-turn prosody columns, named as the fields of UtteranceProsody (F0 in Hz, intensity and HNR in dB, jitter and
# shimmer as fractions, speaking rate in words per second, pause before the turn in seconds).
TURN_PROSODY: tuple[str, ...] = ("f0_mean", "f0_sd", "f0_range", "intensity_mean", "jitter", "shimmer", "hnr",
                                 "speaking_rate", "pause_before")
# Columns of prosody_tokens(): voiced fraction of the token's frames; mean F0 of its voiced frames in semitones,
# z-scored over the voiced frames of the features given (one speaker); mean intensity (energy average) z-scored
# over those voiced frames and clipped to +-_Z_CLIP; mean HNR of its voiced frames in dB / 20. Unvoiced tokens
# hold 0 in the F0 and HNR columns; every value is finite.
TOKEN_FEATURES = ("voiced", "f0_z", "intensity_z", "hnr")
_CONTEXT_SECONDS = 1.0  # audio analysed beyond each chunk or utterance, so Praat's windows and path search settle
_FLOOR_DB = -300.0  # Praat's intensity for digital silence
_Z_CLIP = 5.0  # normalised intensity is clipped here, so digital silence (-300 dB) does not swamp a token sequence
_HNR_SCALE = 20.0  # dB; brings HNR near the range of the other token columns
# Praat's voice-report settings for jitter and shimmer: shortest and longest period (s), largest period factor,
# largest amplitude factor
_PERIOD_MIN, _PERIOD_MAX, _PERIOD_FACTOR, _AMPLITUDE_FACTOR = 0.0001, 0.02, 1.3, 1.6


@dataclass(frozen=True)
class ProsodyConfig:
    """Analysis settings: frame hop, the speaker's pitch range, voicing and syllable-nucleus thresholds, chunking."""

    hop: float = 0.01  # seconds between frames
    f0_min: float = 75.0  # Hz; also sets the analysis windows (Praat: 3 periods for pitch, 6.4 for intensity)
    f0_max: float = 500.0  # Hz; shouted speech reaches 400 Hz even in men
    voicing_threshold: float = 0.45  # Praat's default; higher calls fewer frames voiced
    nucleus_threshold_db: float = -25.0  # syllable nuclei lie within this many dB of the utterance's loudest frames
    nucleus_dip_db: float = 2.0  # and stand out this many dB from the dips beside them
    chunk_seconds: float = 60.0  # long audio is analysed this much at a time

    def __post_init__(self) -> None:
        """Reject settings that cannot work before any audio is read."""
        if self.hop <= 0 or self.chunk_seconds <= 0 or not 0 < self.f0_min < self.f0_max:
            raise ValueError(f"ProsodyConfig needs hop > 0, chunk_seconds > 0 and 0 < f0_min < f0_max, got {self}")


@dataclass(frozen=True)
class UtteranceProsody:
    """One utterance's prosody: times and pause in s, F0 in Hz, intensity and HNR in dB, jitter/shimmer as fractions.

    NaN marks what an utterance cannot give: F0 and voice quality with too few voiced frames or pulses, and the
    pause before the first utterance.
    """

    start: float
    end: float
    f0_mean: float
    f0_sd: float
    f0_range: float  # 5th to 95th percentile, robust to single octave errors
    intensity_mean: float  # energy average over the utterance's frames
    jitter: float  # local: mean absolute difference of consecutive periods / mean period
    shimmer: float  # local: mean absolute difference of consecutive peak amplitudes / mean amplitude
    hnr: float  # mean over voiced frames
    speaking_rate: float  # syllable nuclei (or words, when given) per second of the utterance
    pause_before: float  # silence since the previous utterance ended


def frame_features(
    audio: np.ndarray, sample_rate: int = 16000, config: ProsodyConfig = ProsodyConfig()
) -> dict[str, np.ndarray]:
    """Per-frame F0 (Hz, NaN unvoiced), voicing, intensity (dB) and HNR (dB, NaN unvoiced), chunk by chunk."""
    audio = _mono(audio)
    count = math.ceil(len(audio) / sample_rate / config.hop - 1e-9)
    times = (np.arange(count) + 0.5) * config.hop
    per_chunk = max(1, round(config.chunk_seconds / config.hop))
    parts = [
        _frames(_sound(audio, sample_rate, chunk[0], chunk[-1]), chunk, config)
        for chunk in (times[first : first + per_chunk] for first in range(0, count, per_chunk))
    ]
    if not parts:
        return _frames(None, times, config)
    return {key: np.concatenate([part[key] for part in parts]) for key in FRAME_KEYS}


def utterance_prosody(
    audio: np.ndarray,
    segments: Sequence[SpeechSegment],
    sample_rate: int = 16000,
    config: ProsodyConfig = ProsodyConfig(),
    words: Sequence[Word] | None = None,
    frames: dict[str, np.ndarray] | None = None,
) -> list[UtteranceProsody]:
    """Prosody of each segment (e.g. from vad.speech_segments), in order; words, if given, set the speaking rate.

    `frames`, the recording's `frame_features` when they were computed already, are read instead of analysing
    each segment's pitch, intensity and HNR again (only jitter and shimmer need the segment's sound).
    """
    audio = _mono(audio)
    word_mids = np.array([(w.start + w.end) / 2 for w in words]) if words is not None else None
    out = []
    previous_end = math.nan
    for segment in segments:
        start, end = segment.start, segment.end
        if end <= start:
            raise ValueError(f"a segment must end after it starts, got {segment}")
        sound = _sound(audio, sample_rate, start, end)
        if frames is None:
            grid = np.arange(math.ceil(start / config.hop - 0.5), math.ceil(end / config.hop - 0.5))  # centres inside
            here = _frames(sound, (grid + 0.5) * config.hop, config)
        else:
            here = between(frames, start, end)
        f0 = here["f0"][here["voiced"]]
        hnr = here["hnr_db"][np.isfinite(here["hnr_db"])]
        duration = end - start
        if word_mids is None:
            rate = _nuclei(here["intensity_db"], here["voiced"], config) / duration
        else:
            rate = np.count_nonzero((word_mids >= start) & (word_mids < end)) / duration
        jitter, shimmer = _jitter_shimmer(sound, start, end, config)
        out.append(
            UtteranceProsody(
                start=start,
                end=end,
                f0_mean=float(np.mean(f0)) if len(f0) else math.nan,
                f0_sd=float(np.std(f0, ddof=1)) if len(f0) > 1 else math.nan,
                f0_range=float(np.subtract(*np.percentile(f0, [95, 5]))) if len(f0) else math.nan,
                intensity_mean=_energy_mean(here["intensity_db"]),
                jitter=jitter,
                shimmer=shimmer,
                hnr=float(np.mean(hnr)) if len(hnr) else math.nan,
                speaking_rate=float(rate),
                pause_before=start - previous_end,
            )
        )
        previous_end = end
    return out


def between(frames: dict[str, np.ndarray], start: float, end: float) -> dict[str, np.ndarray]:
    """The frames of a recording's `frame_features` centred in [start, end) s, on that stretch's own clock."""
    inside = (frames["times"] >= start) & (frames["times"] < end)
    return {**{key: frames[key][inside] for key in FRAME_KEYS}, "times": frames["times"][inside] - start}


def prosody_tokens(features: dict[str, np.ndarray], step: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """One speaker's frames as tokens every `step` s for the fusion model: centre times (T,) and (T, 4) float32.

    The columns are TOKEN_FEATURES; normalising over the speaker's own voiced frames makes a high voice and a low
    voice, or a near and a far microphone, comparable.
    """
    times, voiced = features["times"], features["voiced"]
    index = np.floor(times / step).astype(np.int64)
    count = int(index[-1]) + 1 if len(index) else 0
    frames = np.maximum(np.bincount(index, minlength=count), 1)
    voiced_frames = np.bincount(index, weights=voiced, minlength=count)
    semitones = 12.0 * np.log2(np.where(voiced, features["f0"], 1.0))
    intensity = np.nan_to_num(features["intensity_db"], nan=_FLOOR_DB)  # unmeasured: as digital silence
    reference = voiced if voiced.any() else np.ones_like(voiced)

    def voiced_mean(values: np.ndarray) -> np.ndarray:
        """Mean of values over each token's voiced frames; 0 where it has none."""
        sums = np.bincount(index, weights=np.where(voiced, values, 0.0), minlength=count)
        return sums / np.maximum(voiced_frames, 1)

    token_db = 10.0 * np.log10(np.bincount(index, weights=10.0 ** (intensity / 10.0), minlength=count) / frames)
    tokens = np.stack(
        [
            voiced_frames / frames,
            voiced_mean(_zscore(semitones, voiced)),
            np.clip((token_db - intensity[reference].mean()) / _sd(intensity[reference]), -_Z_CLIP, _Z_CLIP),
            voiced_mean(np.nan_to_num(features["hnr_db"])) / _HNR_SCALE,
        ],
        axis=1,
    )
    return (np.arange(count) + 0.5) * step, tokens.astype(np.float32)


def _mono(audio: np.ndarray) -> np.ndarray:
    """Check the audio is one channel of samples."""
    if audio.ndim != 1:
        raise ValueError(f"audio must be mono, shape (samples,), got shape {audio.shape}")
    return audio


def _sound(audio: np.ndarray, sample_rate: int, start: float, end: float) -> parselmouth.Sound:
    """A Praat Sound of [start, end] s plus _CONTEXT_SECONDS each side (within the audio), on the audio's clock."""
    lo = max(0, math.floor((start - _CONTEXT_SECONDS) * sample_rate))
    hi = min(len(audio), math.ceil((end + _CONTEXT_SECONDS) * sample_rate))
    return parselmouth.Sound(np.asarray(audio[lo:hi], dtype=np.float64), sample_rate, lo / sample_rate)


def _frames(sound: parselmouth.Sound | None, times: np.ndarray, config: ProsodyConfig) -> dict[str, np.ndarray]:
    """Praat's pitch, intensity and HNR at the given times; all unvoiced and NaN when there is too little sound."""
    if sound is None or sound.duration < 6.4 / config.f0_min:  # shorter than Praat's intensity window
        nan = np.full(len(times), np.nan)
        return {"times": times, "f0": nan, "voiced": np.zeros(len(times), bool), "intensity_db": nan, "hnr_db": nan}
    pitch = sound.to_pitch_ac(
        time_step=config.hop,
        pitch_floor=config.f0_min,
        pitch_ceiling=config.f0_max,
        voicing_threshold=config.voicing_threshold,
    )
    f0 = _nearest(pitch.selected_array["frequency"], pitch.x1, pitch.dx, times)
    voiced = f0 > 0  # NaN (outside the analysis) compares False
    intensity = sound.to_intensity(minimum_pitch=config.f0_min, time_step=config.hop)
    harmonicity = sound.to_harmonicity_cc(time_step=config.hop, minimum_pitch=config.f0_min)
    hnr = _nearest(harmonicity.values[0], harmonicity.x1, harmonicity.dx, times)
    return {
        "times": times,
        "f0": np.where(voiced, f0, np.nan),
        "voiced": voiced,
        "intensity_db": np.interp(times, intensity.xs(), intensity.values[0]),
        "hnr_db": np.where(voiced & (hnr > -200), hnr, np.nan),  # Praat writes -200 dB where it finds no period
    }


def _nearest(values: np.ndarray, x1: float, dx: float, times: np.ndarray) -> np.ndarray:
    """Values of a Praat frame series (first frame at x1, step dx) at the frames nearest the times; NaN outside."""
    index = np.rint((times - x1) / dx).astype(np.int64)
    inside = (index >= 0) & (index < len(values))
    return np.where(inside, values[np.clip(index, 0, len(values) - 1)], np.nan)


def _jitter_shimmer(sound: parselmouth.Sound, start: float, end: float, config: ProsodyConfig) -> tuple[float, float]:
    """Praat's local jitter and shimmer of the glottal pulses in [start, end]; NaN when there are too few."""
    if sound.duration < 3.0 / config.f0_min:
        return math.nan, math.nan
    pulses = call(sound, "To PointProcess (periodic, cc)", config.f0_min, config.f0_max)
    jitter = call(pulses, "Get jitter (local)", start, end, _PERIOD_MIN, _PERIOD_MAX, _PERIOD_FACTOR)
    shimmer = call(
        [sound, pulses], "Get shimmer (local)", start, end, _PERIOD_MIN, _PERIOD_MAX, _PERIOD_FACTOR, _AMPLITUDE_FACTOR
    )
    return float(jitter), float(shimmer)


def _nuclei(intensity_db: np.ndarray, voiced: np.ndarray, config: ProsodyConfig) -> int:
    """Count syllable nuclei: voiced intensity peaks, prominent by nucleus_dip_db, near the loudest frames."""
    finite = np.isfinite(intensity_db)
    if not finite.any():
        return 0
    floor = np.percentile(intensity_db[finite], 99) + config.nucleus_threshold_db
    peaks, _ = find_peaks(np.nan_to_num(intensity_db, nan=-300.0), height=floor, prominence=config.nucleus_dip_db)
    return int(np.count_nonzero(voiced[peaks]))


def _energy_mean(intensity_db: np.ndarray) -> float:
    """Mean of dB values taken over energy, as Praat's intensity mean; NaN when there are none."""
    finite = intensity_db[np.isfinite(intensity_db)]
    return float(10.0 * np.log10(np.mean(10.0 ** (finite / 10.0)))) if len(finite) else math.nan


def _zscore(values: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Values z-scored by the mean and SD of those under the mask (all zero when the mask is empty)."""
    if not mask.any():
        return np.zeros_like(values)
    return (values - values[mask].mean()) / _sd(values[mask])


def _sd(values: np.ndarray) -> float:
    """Standard deviation, or 1 where it is zero or undefined, so dividing by it is safe."""
    sd = float(np.std(values)) if len(values) else 0.0
    return sd if sd > 0 else 1.0
