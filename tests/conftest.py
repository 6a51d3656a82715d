"""Shared paths: real data lives in ../shared/data beside the repository (CI has it too)."""

import tempfile
import wave
from pathlib import Path

import numpy as np
import pytest

from privacy.consent import MODALITIES, ConsentLedger
from privacy.crypto import ScryptParams

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
RAVDESS_CLIP = DATA / "av" / "ravdess_actor01" / "01-01-01-01-01-01-01.mp4"
FAST = ScryptParams(n=2**10)  # tests only: a user's store uses the strong default
PASSPHRASE = "a long passphrase for tests"


@pytest.fixture(scope="session", autouse=True)
def anchors(tmp_path_factory):
    """Stores made by tests anchor their audit logs in a temp folder, not under the user's home."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EMOTION_JAX_ANCHORS", str(tmp_path_factory.mktemp("anchors")))
        yield


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



def record_consent(store, session: str, modalities=MODALITIES) -> None:
    """Participant 'client' consents to `modalities` for clinical review, recorded by 'dr-a'."""
    ledger = ConsentLedger()
    ledger.record("client", session, modalities=modalities, purposes=["clinical review"],
                  recorded_by="dr-a", retention_days=365)
    store.save_consent(session, ledger)


@pytest.fixture(scope="session")
def analysed(tmp_path_factory):
    """A store holding one full analysis of the RAVDESS clip, and the temp folder the analysis used."""
    from emotion_jax.pipeline import analyze
    from emotion_jax.store import SessionStore

    root, temp = tmp_path_factory.mktemp("store"), tmp_path_factory.mktemp("tmp")
    store = SessionStore.create(root, PASSPHRASE, actor="dr-a", params=FAST)
    session = store.new_session()
    record_consent(store, session)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TMPDIR", str(temp))
        mp.setattr(tempfile, "tempdir", str(temp))
        analysis = analyze(RAVDESS_CLIP, store=store, session=session, progress=False)
    return store, session, analysis, temp
