"""The embedded demo session: a real public-domain face, animated, with offline synthesised speech.

Needs no data folder and no network: the face is scikit-image's `astronaut` (NASA, public domain) and the
voice comes from espeak-ng (see synth.py).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from emotion_jax.media import write_recording
from emotion_jax.synth import speak

LINES = (
    (0.5, "Thanks for coming in today. How has the week been?"),
    (4.5, "Honestly, it has been a hard week, but I am feeling a little better now."),
    (10.0, "I guess it is fine. We can talk about it."),
)


def _frames(seconds: float, fps: int, size: tuple[int, int]) -> np.ndarray:
    """Gently moving, zooming view of the astronaut photograph on a plain background."""
    from skimage import data

    photo = data.astronaut()  # (512, 512, 3) RGB
    width, height = size
    n = int(seconds * fps)
    out = np.empty((n, height, width, 3), np.uint8)
    for i in range(n):
        t = i / fps
        zoom = 0.8 + 0.06 * np.sin(2 * np.pi * t / 7.0)
        dx = 64 + 40 * np.sin(2 * np.pi * t / 5.0)
        dy = -30 + 10 * np.sin(2 * np.pi * t / 3.0)
        angle = 4.0 * np.sin(2 * np.pi * t / 6.0)
        m = cv2.getRotationMatrix2D((256.0, 256.0), angle, zoom)
        m[:, 2] += (dx, dy)
        out[i] = cv2.warpAffine(photo, m, (width, height), borderValue=(58, 64, 72))
    return out


def _voice(seconds: float, rate: int = 16000) -> np.ndarray:
    """The demo dialogue lines placed at their start times in one mono track."""
    track = np.zeros(int(seconds * rate), np.float32)
    for start, text in LINES:
        audio, native = speak(text)
        audio = np.interp(np.arange(0, len(audio) * rate / native) * native / rate,
                          np.arange(len(audio)), audio).astype(np.float32)
        i = int(start * rate)
        audio = audio[: len(track) - i]
        track[i:i + len(audio)] += audio
    return np.clip(track, -1, 1)


def make_demo_session(path: Path, seconds: float = 14.0, fps: int = 25, size: tuple[int, int] = (640, 360)) -> Path:
    """Write the demo recording (H.264 video + AAC audio) to `path` and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames, audio, rate = _frames(seconds, fps, size), _voice(seconds), 16000
    write_recording(path, frames, fps, audio, rate)
    return path
