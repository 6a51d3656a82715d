"""Batch throughput: sessions per hour of `run_batch` with 1 and 2 Ray workers on this machine.

Each run analyses the same RAVDESS clips (actor 01: the video and short .flac recordings) into a fresh store
on a fresh local Ray runtime, so its wall time includes Ray's start, each worker's model loading and jit
compilation. Run: `nice -n 10 .venv/bin/python benchmarks/batch.py` (writes benchmarks/batch.md).
"""

from __future__ import annotations

import os
import platform
import tempfile
import time
from datetime import date
from pathlib import Path

from emotion_jax.batch import BatchConfig, read_sessions, register, run_batch
from emotion_jax.store import SessionStore
from privacy.consent import ConsentLedger

HERE = Path(__file__).parent
CLIPS = HERE.parent.parent / "shared" / "data" / "av" / "ravdess_actor01"
COUNT = 16
PASSPHRASE = "benchmark passphrase, not a secret"
COMMAND = "nice -n 10 .venv/bin/python benchmarks/batch.py"


def _store(root: Path, folder: Path) -> list:
    """A new store whose sessions for the folder's recordings all have consent."""
    store = SessionStore.create(root, PASSPHRASE, actor="benchmark")
    specs = read_sessions(folder)
    for session in register(store, specs).values():
        ledger = ConsentLedger()
        ledger.record("client", session, modalities=("face", "voice", "words"), purposes=["clinical review"],
                      recorded_by="benchmark", retention_days=1)
        store.save_consent(session, ledger)
    return specs


def throughput(workers: int, folder: Path) -> tuple[int, float]:
    """(sessions done, wall seconds) of one batch with this many workers."""
    with tempfile.TemporaryDirectory() as tmp:
        specs = _store(Path(tmp) / "store", folder)
        start = time.perf_counter()
        summary = run_batch(specs, Path(tmp) / "store", PASSPHRASE, "benchmark", BatchConfig(workers=workers),
                            progress=False)
        return summary.counts["done"], time.perf_counter() - start


def main() -> None:
    load = os.getloadavg()[0]
    clips = sorted(CLIPS.glob("*"))[:COUNT]
    videos = sum(c.suffix == ".mp4" for c in clips)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for clip in clips:
            (folder / clip.name).symlink_to(clip)
        rows = [(w, *throughput(w, folder)) for w in (1, 2)]
    lines = [
        "# Batch throughput (`emotion-jax batch`, Ray actors)", "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, CPU only. "
        f"Command: `{COMMAND}`. Date: {date.today()}. Load average (1 min) {load:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after (the cores were shared with other jobs).", "",
        f"{COUNT} RAVDESS actor-01 recordings ({videos} video, {COUNT - videos} audio-only, about 4 s each), default "
        "AnalysisConfig, passphrase store. Wall time includes Ray's start and each worker's model loading "
        "(paid once per worker, not per session).", "",
        "| workers | sessions done | wall (s) | sessions per hour |", "|---|---|---|---|",
        *[f"| {w} | {n} | {s:.0f} | {3600 * n / s:.0f} |" for w, n, s in rows], "",
        "On 2 shared cores the second worker adds a second model load and competes for the same cores (each "
        "worker's JAX and FFmpeg use every core); more workers pay off with more cores or a GPU each.",
    ]
    (HERE / "batch.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
