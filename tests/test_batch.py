"""Batch analysis on a local Ray runtime: good sessions stored once, a corrupt one reported, consent gates, kill -9."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from emotion_jax.batch import BatchConfig, SessionSpec, read_sessions, register, run_batch, with_speakers
from emotion_jax.config import AnalysisConfig
from emotion_jax.labels import EMOTIONS
from emotion_jax.store import SessionStore
from privacy import audit
from privacy.consent import ConsentLedger
from privacy.crypto import ScryptParams
from tests.conftest import DATA, RAVDESS_CLIP

ray = pytest.importorskip("ray")

FAST = ScryptParams(n=2**10)  # tests only: a user's store uses the strong default
PASSPHRASE = "a long passphrase for tests"
CLIPS = DATA / "av" / "ravdess_actor01"


@pytest.fixture(scope="module")
def cluster():
    """One local Ray runtime for the module (its start is slow); yields its address for other drivers."""
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR")
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


def _folder(root: Path, clips: dict[str, Path]) -> Path:
    root.mkdir()
    for name, clip in clips.items():
        (root / name).symlink_to(clip)
    return root


def _consent(store: SessionStore, sessions: list[str]) -> None:
    for session in sessions:
        ledger = ConsentLedger()
        ledger.record("client", session, modalities=("face", "voice", "words"), purposes=["clinical review"],
                      recorded_by="dr-a", retention_days=365)
        store.save_consent(session, ledger)


def _finished(session: Path) -> bool:
    """The session's batch record was rewritten after its timeline: the analysis is stored."""
    timeline, record = session / "timeline.ejx", session / "batch.ejx"
    return timeline.exists() and record.stat().st_mtime_ns > timeline.stat().st_mtime_ns


def test_read_sessions_from_a_manifest(tmp_path):
    (tmp_path / "a.flac").write_bytes(b"")
    (tmp_path / "m.csv").write_text("path,session_id,participant,group\na.flac,s1,p7,control\n")
    assert read_sessions(tmp_path / "m.csv") == [
        SessionSpec(tmp_path / "a.flac", "s1", (("participant", "p7"), ("group", "control")))]
    assert [s.label for s in read_sessions(tmp_path)] == ["a.flac"]  # the folder: recordings only
    (tmp_path / "m.csv").write_text('path,session_id,who\na.flac,s1,"person 1=client, speaker 1=therapist"\n')
    assert read_sessions(tmp_path / "m.csv")[0].who == (("person 1", "client"), ("speaker 1", "therapist"))
    (tmp_path / "m.csv").write_text("path,session_id,who\na.flac,s1,person 1\n")
    with pytest.raises(ValueError, match="FOUND=PARTICIPANT"):
        read_sessions(tmp_path / "m.csv")
    (tmp_path / "m.csv").write_text("path,session_id,speakers,group\na.flac,s1,2,x\na.flac,s2,,y\n")
    two, unknown = read_sessions(tmp_path / "m.csv")
    assert (two.speakers, unknown.speakers, two.participant) == (2, None, (("group", "x"),))
    assert with_speakers(AnalysisConfig(), two.speakers).speakers.count == 2
    assert with_speakers(AnalysisConfig(), None) == AnalysisConfig()
    (tmp_path / "m.csv").write_text("path,session_id,speakers\na.flac,s1,two\n")
    with pytest.raises(ValueError, match="speakers must be a whole number"):
        read_sessions(tmp_path / "m.csv")
    (tmp_path / "m.csv").write_text("path,session_id\na.flac,s1\na.flac,s1\n")
    with pytest.raises(ValueError, match="unique"):
        read_sessions(tmp_path / "m.csv")


def test_batch_stores_good_sessions_and_reports_the_bad_one(cluster, tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(os.urandom(4096))
    folder = _folder(tmp_path / "in", {"clip.mp4": RAVDESS_CLIP, "calm.flac": CLIPS / "01-01-02-01-01-01-01.flac",
                                       "broken.mp4": broken, "unconsented.flac": CLIPS / "01-01-03-01-01-01-01.flac"})
    root = tmp_path / "store"
    store = SessionStore.create(root, PASSPHRASE, actor="dr-a", params=FAST)
    specs = read_sessions(folder)
    ids = register(store, specs)
    _consent(store, [ids[k] for k in ("clip.mp4", "calm.flac", "broken.mp4")])
    cohort = tmp_path / "cohort.parquet"

    summary = run_batch(specs, root, PASSPHRASE, "dr-a", BatchConfig(cohort=cohort), progress=False)

    status = {o.label: o.status for o in summary.outcomes}
    assert status == {"clip.mp4": "done", "calm.flac": "done", "broken.mp4": "failed",
                      "unconsented.flac": "no-consent"}
    reasons = {o.label: o.reason for o in summary.outcomes}
    assert reasons["broken.mp4"] and "no consent" in reasons["unconsented.flac"]
    store = SessionStore.open(root, PASSPHRASE, actor="dr-b")
    assert sorted(store.sessions()) == sorted(ids.values())
    assert all(store.has(ids[k], "timeline") for k in ("clip.mp4", "calm.flac"))
    targets = {e.target for e in audit.entries(root / "audit.log") if e.action == "analyse"}
    assert set(ids.values()) | {"batch"} <= targets
    rows = pq.read_table(cohort).to_pylist()
    assert {(r["label"], r["person"]) for r in rows} >= {("clip.mp4", "client")}  # named by their consent
    assert {r["label"] for r in rows} == {"clip.mp4", "calm.flac"}
    assert {f"share_{e}" for e in EMOTIONS} | {"valence_sd", "arousal_mean", "peaks", "has_face"} <= set(rows[0])
    assert any(r["has_face"] for r in rows if r["label"] == "clip.mp4")
    assert all(r["head_speed"] > 0 and r["motion_energy"] >= 0 for r in rows if r["label"] == "clip.mp4")
    assert all(np.isnan(r["head_speed"]) and np.isnan(r["movement_synchrony"]) for r in rows
               if r["label"] == "calm.flac")  # audio only: no face, no movement, no pair
    assert all(r["has_voice"] and not r["has_face"] for r in rows if r["label"] == "calm.flac")

    again = run_batch(specs, root, PASSPHRASE, "dr-a", progress=False)  # idempotent: nothing new is stored
    assert again.counts == {"done": 0, "skipped": 2, "failed": 1, "no-consent": 1}
    assert sorted(SessionStore.open(root, PASSPHRASE, actor="dr-b").sessions()) == sorted(ids.values())


def test_a_killed_batch_resumes_without_duplicates(cluster, tmp_path):
    clips = {f"{k}.flac": CLIPS / f"01-01-0{k}-01-01-01-01.flac" for k in (4, 5)}
    folder = _folder(tmp_path / "in", clips)
    root = tmp_path / "store"
    store = SessionStore.create(root, PASSPHRASE, actor="dr-a", params=FAST)
    _consent(store, list(register(store, read_sessions(folder)).values()))
    command = [sys.executable, "-m", "emotion_jax.batch", str(folder), "--store", str(root), "--address", cluster]
    env = {**os.environ, "EMOTION_JAX_PASSPHRASE": PASSPHRASE}
    with open(tmp_path / "driver.log", "wb") as log:
        driver = subprocess.Popen(command, env=env, stdout=log, stderr=log, cwd=Path(__file__).parents[1])
    deadline = time.monotonic() + 240
    while not any(_finished(session) for session in root.glob("sessions/*")):
        assert driver.poll() is None, (tmp_path / "driver.log").read_text()
        assert time.monotonic() < deadline, "no session was stored in time"
        time.sleep(0.2)
    os.kill(driver.pid, signal.SIGKILL)
    driver.wait()

    summary = run_batch(read_sessions(folder), root, PASSPHRASE, "dr-a", progress=False)

    assert summary.counts == {"done": 1, "skipped": 1, "failed": 0, "no-consent": 0}
    store = SessionStore.open(root, PASSPHRASE, actor="dr-b")
    assert len(store.sessions()) == len(clips)
    assert all(store.has(s, "timeline") for s in store.sessions())
