"""Shared paths: real data lives in ../shared/data beside the repository (CI has it too)."""

import wave
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
RAVDESS_CLIP = DATA / "av" / "ravdess_actor01" / "01-01-01-01-01-01-01.mp4"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.fail(f"real test data not found at {DATA} (the shared data folder must sit beside the repo)")
    return DATA


def write_wav(path: Path, audio: np.ndarray, rate: int = 16000) -> Path:
    """Mono float audio in [-1, 1] as a 16-bit WAV file (clipped), for tests that need a real audio file."""
    samples = np.round(np.clip(audio, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(samples.tobytes())
    return path

