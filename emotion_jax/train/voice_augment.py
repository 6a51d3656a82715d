"""Recording conditions for voice training and robustness tests, on 16 kHz mono float32 audio.

Each models a way a session's sound differs from RAVDESS's studio: room reverb, background noise at realistic
signal-to-noise ratios, a telephone line (8 kHz, 300-3400 Hz, G.711 mu-law), a lossy codec (Opus at a video-call
bitrate), the microphone's gain, and a faster or slower speaker (speed +-10%).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import av
import numpy as np
from scipy import signal

SAMPLE_RATE = 16000


@dataclass(frozen=True)
class VoiceAugmentConfig:
    """Ranges of each condition and how often training applies it."""

    rt60: tuple[float, float] = (0.2, 0.9)        # seconds of reverberation
    tail_db: tuple[float, float] = (-12.0, -4.0)  # each sample of the reverb tail against the direct path (the
    # default puts the direct-to-reverberant ratio near -20 dB: a distant microphone in a hard room)
    snr_db: tuple[float, float] = (5.0, 25.0)
    gain_db: tuple[float, float] = (-12.0, 8.0)
    speed: tuple[float, float] = (0.9, 1.1)
    opus_kbps: tuple[int, ...] = (12, 16, 24)
    p: tuple[tuple[str, float], ...] = (("speed", 0.3), ("reverb", 0.4), ("noise", 0.5), ("telephone", 0.15),
                                        ("codec", 0.2), ("gain", 0.5))


def reverb(audio: np.ndarray, rng: np.random.Generator, cfg: VoiceAugmentConfig = VoiceAugmentConfig()) -> np.ndarray:
    """Convolve with a synthetic room response: a direct path, then noise decaying by 60 dB over RT60."""
    rt60 = rng.uniform(*cfg.rt60)
    t = np.arange(int(rt60 * SAMPLE_RATE)) / SAMPLE_RATE
    tail = rng.standard_normal(len(t)) * np.exp(-6.9 * t / rt60) * 10 ** (rng.uniform(*cfg.tail_db) / 20)
    rir = np.concatenate([[1.0], np.zeros(int(rng.uniform(0.002, 0.01) * SAMPLE_RATE)), tail])
    wet = signal.fftconvolve(audio, rir)[: len(audio)]
    return _match_peak(wet, audio)


def _colored_noise(n: int, rng: np.random.Generator) -> np.ndarray:
    """White, pink (1/f) or brown (1/f^2) noise of length n, unit RMS."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.maximum(np.fft.rfftfreq(n), 1.0 / n)
    spectrum /= f ** (rng.choice([0.0, 0.5, 1.0]))
    noise = np.fft.irfft(spectrum, n)
    return noise / (np.sqrt(np.mean(noise ** 2)) + 1e-12)


def noise(audio: np.ndarray, rng: np.random.Generator, cfg: VoiceAugmentConfig = VoiceAugmentConfig(),
          babble: np.ndarray | None = None) -> np.ndarray:
    """Add coloured noise, or other people's speech when `babble` is given, at an SNR drawn from cfg.snr_db."""
    if babble is not None and len(babble):
        start = rng.integers(0, max(len(babble) - len(audio), 1))
        bg = np.resize(babble[start:start + len(audio)], len(audio))
        bg = bg / (np.sqrt(np.mean(bg ** 2)) + 1e-12)
    else:
        bg = _colored_noise(len(audio), rng)
    rms = np.sqrt(np.mean(audio ** 2)) + 1e-12
    snr = rng.uniform(*cfg.snr_db)
    return np.clip(audio + bg * rms / 10 ** (snr / 20), -1.0, 1.0).astype(np.float32)


def telephone(audio: np.ndarray, rng: np.random.Generator,
              cfg: VoiceAugmentConfig = VoiceAugmentConfig()) -> np.ndarray:
    """8 kHz, 300-3400 Hz band, G.711 mu-law, back to 16 kHz."""
    narrow = signal.resample_poly(audio, 1, 2)
    sos = signal.butter(4, [300, 3400], btype="bandpass", fs=8000, output="sos")
    narrow = np.clip(signal.sosfilt(sos, narrow), -1.0, 1.0)
    mu = 255.0
    coded = np.round(np.sign(narrow) * np.log1p(mu * np.abs(narrow)) / np.log1p(mu) * 127) / 127
    narrow = np.sign(coded) * ((1 + mu) ** np.abs(coded) - 1) / mu
    return signal.resample_poly(narrow, 2, 1)[: len(audio)].astype(np.float32)


def codec(audio: np.ndarray, rng: np.random.Generator, cfg: VoiceAugmentConfig = VoiceAugmentConfig()) -> np.ndarray:
    """A round trip through Opus at a video-call bitrate (FFmpeg's libopus, in memory through PyAV)."""
    import io

    rate = 48000
    up = signal.resample_poly(audio, 3, 1).astype(np.float32)
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=rate, layout="mono")
        stream.bit_rate = int(rng.choice(cfg.opus_kbps)) * 1000
        frame = av.AudioFrame.from_ndarray(up[None], format="flt", layout="mono")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    buffer.seek(0)
    with av.open(buffer) as src:
        decoded = np.concatenate([f.to_ndarray().reshape(-1) for f in src.decode(audio=0)])
    down = signal.resample_poly(decoded, 1, 3).astype(np.float32)
    return np.pad(down, (0, max(0, len(audio) - len(down))))[: len(audio)]


def gain(audio: np.ndarray, rng: np.random.Generator, cfg: VoiceAugmentConfig = VoiceAugmentConfig()) -> np.ndarray:
    """Scale by a gain in dB, clipping what then exceeds full scale."""
    return np.clip(audio * 10 ** (rng.uniform(*cfg.gain_db) / 20), -1.0, 1.0).astype(np.float32)


def speed(audio: np.ndarray, rng: np.random.Generator, cfg: VoiceAugmentConfig = VoiceAugmentConfig()) -> np.ndarray:
    """Play faster or slower (tempo and pitch together), by resampling."""
    factor = rng.uniform(*cfg.speed)
    up, down = 100, int(round(100 * factor))
    return signal.resample_poly(audio, up, down).astype(np.float32)


def _match_peak(x: np.ndarray, like: np.ndarray) -> np.ndarray:
    return (x * (np.abs(like).max() + 1e-9) / (np.abs(x).max() + 1e-9)).astype(np.float32)


CONDITIONS: dict[str, Callable[..., np.ndarray]] = {
    "speed": speed, "reverb": reverb, "noise": noise, "telephone": telephone, "codec": codec, "gain": gain}


def random_chain(audio: np.ndarray, rng: np.random.Generator, cfg: VoiceAugmentConfig = VoiceAugmentConfig(),
                 babble: np.ndarray | None = None) -> tuple[np.ndarray, tuple[str, ...]]:
    """Each condition applied with its probability, in cfg.p's order; returns the audio and what was applied."""
    applied = []
    for name, p in cfg.p:
        if rng.random() < p:
            fn = CONDITIONS[name]
            audio = fn(audio, rng, cfg, babble) if name == "noise" else fn(audio, rng, cfg)
            applied.append(name)
    return audio.astype(np.float32), tuple(applied)
