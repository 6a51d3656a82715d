"""Many sessions at once: each recording runs the same `analyze` on a Ray worker, into the encrypted store.

The driver unlocks the store once, gives every recording a store session (found again on a rerun by the
label kept, encrypted, in the session's "batch" output), checks consent, and schedules the rest on Ray
actors that keep the models loaded. A session counts as done once its "batch" output names the current
run key (written after every other output), so a rerun skips finished sessions and resumes the others.

Workers never hold the user key nor the key ring: each task carries only the data keys of its own session
(`SessionStore.handout`), and the actor only the audit key (which writes log entries and reads nothing), so a
worker, or whoever reads its memory, can read no other session. On a multi-machine cluster the store and its
audit anchor folder must be paths every worker sees.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm.auto import tqdm

from emotion_jax.config import AnalysisConfig
from emotion_jax.consenting import check_consent, parse_assignments
from emotion_jax.labels import EMOTIONS
from emotion_jax.media import MediaConfig
from emotion_jax.movement.summary import movement_stats, pair_stats
from emotion_jax.pipeline import analyze, run_key
from emotion_jax.result import SYNCHRONY_SCHEMA
from emotion_jax.store import SessionStore, secret_from
from emotion_jax.timeline import MODALITIES, from_arrow, summarize
from privacy.consent import ConsentError
from privacy.crypto import KeySet, UserKey
from privacy.tracked import TrackedFolder

RECORDING_SUFFIXES = frozenset({".mp4", ".mov", ".mkv", ".avi", ".webm", ".wav", ".flac", ".mp3", ".m4a", ".ogg"})
RECORD = "batch"  # the per-session output: label, participant columns, and the last batch result
STATUSES = ("done", "skipped", "failed", "no-consent")


@dataclass(frozen=True)
class SessionSpec:
    """One recording to analyse, the user's label for it, the manifest's participant columns, who is who
    (the manifest's `who` column, e.g. "person 1=client, person 2=therapist"; see emotion_jax.consenting) and how
    many people speak when that is known (its `speakers` column: their voices are separated into exactly so many)."""

    recording: Path
    label: str
    participant: tuple[tuple[str, str], ...] = ()
    who: tuple[tuple[str, str], ...] = ()
    speakers: int | None = None


@dataclass(frozen=True)
class BatchConfig:
    """Where and how wide to run; None for gpus_per_worker shares the cluster's GPUs, if any, among the workers."""

    address: str | None = None  # a running Ray cluster; None starts a local runtime
    workers: int = 1
    cpus_per_worker: float = 1.0
    gpus_per_worker: float | None = None
    cohort: Path | None = None  # write the cohort table here (Parquet, plaintext) after the batch


@dataclass(frozen=True)
class Outcome:
    """What became of one session in this batch."""

    label: str
    session: str
    status: str  # one of STATUSES
    reason: str = ""


@dataclass(frozen=True)
class BatchSummary:
    """Every session's outcome, in manifest order, and the batch's wall time."""

    outcomes: tuple[Outcome, ...]
    seconds: float
    counts: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", {s: sum(o.status == s for o in self.outcomes) for s in STATUSES})

    def text(self) -> str:
        """Counts, then each failed or refused session with its reason."""
        lines = [", ".join(f"{n} {s}" for s, n in self.counts.items()) + f" in {self.seconds:.0f} s"]
        lines += [f"{o.status}: {o.label} (store session {o.session}): {o.reason}"
                  for o in self.outcomes if o.status in ("failed", "no-consent")]
        return "\n".join(lines)


def read_sessions(path: str | os.PathLike) -> list[SessionSpec]:
    """The recordings of a folder (labelled by file name), or of a CSV manifest:
    path,session_id[,who][,speakers][,columns...]."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in RECORDING_SUFFIXES)
        specs = [SessionSpec(p.resolve(), p.name) for p in files]
    else:
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
        if rows and not {"path", "session_id"} <= set(rows[0]):
            raise ValueError(f"{path}: a manifest needs the columns path and session_id")
        own = ("path", "session_id", "who", "speakers")
        specs = [SessionSpec((path.parent / row["path"]).resolve(), row["session_id"],
                             tuple((k, v) for k, v in row.items() if k not in own),
                             tuple(parse_assignments(row.get("who") or "").items()), _count(path, row))
                 for row in rows if row.get("path")]
    labels = [s.label for s in specs]
    if len(set(labels)) < len(labels):
        raise ValueError(f"{path}: session labels must be unique")
    return specs


def _count(manifest: Path, row: dict[str, str]) -> int | None:
    """The row's number of speakers, or None where the column is missing or blank."""
    text = (row.get("speakers") or "").strip()
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"{manifest}: speakers must be a whole number of at least 1 (session {row['session_id']}: "
                         f"{text!r}), or blank when not known")
    return int(text)


def with_speakers(analysis: AnalysisConfig, speakers: int | None) -> AnalysisConfig:
    """The configuration for one session: the batch's, with its number of speakers when the manifest gives it."""
    return analysis if speakers is None else replace(analysis, speakers=replace(analysis.speakers, count=speakers))


def _records(store: SessionStore) -> dict[str, dict]:
    """The "batch" record of every store session that has one."""
    return {s: json.loads(store.get(s, RECORD)) for s in store.sessions() if store.has(s, RECORD)}


def _put_record(store: SessionStore, session: str, record: dict) -> None:
    store.put(session, RECORD, json.dumps(record).encode())


def _register(store: SessionStore, specs: Sequence[SessionSpec]) -> tuple[dict[str, str], dict[str, dict]]:
    """(label -> store session, store session -> record), making a session for each new label."""
    records = _records(store)
    found = {r["label"]: s for s, r in records.items()}
    for spec in specs:
        if spec.label not in found:
            found[spec.label] = session = store.new_session()
            records[session] = {"label": spec.label, "participant": dict(spec.participant),
                                "run_key": "", "status": "new", "reason": ""}
            _put_record(store, session, records[session])
    return {spec.label: found[spec.label] for spec in specs}, records


def register(store: SessionStore, specs: Sequence[SessionSpec]) -> dict[str, str]:
    """The store session of each label, making new ones (record consent for them before they can run)."""
    return _register(store, specs)[0]


class Worker:
    """One Ray actor: the store's files (and audit key) and the models kept between sessions; each session's
    keys come with its task and are dropped after it."""

    def __init__(self, root: Path, files: TrackedFolder, analysis: AnalysisConfig):
        self.root, self.files, self.analysis = root, files, analysis

    def run(self, session: str, keys: KeySet, recording: Path, key: str, record: dict,
            who: dict[str, str], speakers: int | None = None) -> tuple[str, str]:
        """("done", "") once the analysis and then its record are stored, or ("failed", why)."""
        store = SessionStore(self.root, keys, self.files)
        try:
            analyze(recording, with_speakers(self.analysis, speakers), progress=False, store=store, session=session,
                    participants=who)
        except Exception as err:  # one bad session must not stop the batch
            return "failed", f"{type(err).__name__}: {err}"
        _put_record(store, session, {**record, "run_key": key, "status": "done", "reason": ""})
        return "done", ""


def _workers(store: SessionStore, analysis: AnalysisConfig, config: BatchConfig, count: int) -> list:
    import ray

    gpus = config.gpus_per_worker
    if gpus is None:
        gpus = min(1.0, ray.cluster_resources().get("GPU", 0.0) / config.workers)
    shared = {"env_vars": {"XLA_PYTHON_CLIENT_MEM_FRACTION": f"{0.75 * gpus:.2f}"}} if 0 < gpus < 1 else None
    remote = ray.remote(Worker).options(num_cpus=config.cpus_per_worker, num_gpus=gpus, max_restarts=-1,
                                        runtime_env=shared)  # workers sharing a GPU split its memory
    return [remote.remote(store.root, store.files, analysis) for _ in range(count)]


def _schedule(workers: list, jobs: list[tuple]) -> Iterator[tuple[tuple, str, str]]:
    """Run jobs (Worker.run's arguments) on idle workers; yield (job, status, reason) as each ends."""
    import ray

    idle, queue, running = list(workers), list(jobs), {}
    while queue or running:
        while queue and idle:
            worker, job = idle.pop(), queue.pop(0)
            running[worker.run.remote(*job)] = worker, job
        [ref], _ = ray.wait(list(running), num_returns=1)
        worker, job = running.pop(ref)
        idle.append(worker)  # a worker that died is restarted by Ray for its next session
        try:
            status, reason = ray.get(ref)
        except ray.exceptions.RayError as err:
            status, reason = "failed", f"the worker stopped: {str(err).splitlines()[0]}"
        yield job, status, reason


def run_batch(sessions: Sequence[SessionSpec], store_root: str | os.PathLike, secret: str | UserKey, actor: str,
              config: BatchConfig = BatchConfig(), analysis: AnalysisConfig = AnalysisConfig(),
              progress: bool = True, anchor: str | os.PathLike | None = None) -> BatchSummary:
    """Analyse every session not yet done for this configuration and models; print and store the summary."""
    import ray

    start = time.monotonic()
    store = SessionStore.open(store_root, secret, actor, anchor)
    ids, records = _register(store, sessions)
    outcomes: dict[str, Outcome] = {}
    jobs = []
    for spec in sessions:
        session, record = ids[spec.label], records[ids[spec.label]]
        try:
            key = run_key(spec.recording, with_speakers(analysis, spec.speakers), dict(spec.who))
            if record["status"] == "done" and record["run_key"] == key and store.has(session, "timeline"):
                outcomes[session] = Outcome(spec.label, session, "skipped", "already analysed")
                continue
            check_consent(store.consent(session), session, analysis.modalities, analysis.purpose, dict(spec.who))
        except ConsentError as err:
            outcomes[session] = Outcome(spec.label, session, "no-consent", str(err))
            continue
        except OSError as err:
            outcomes[session] = Outcome(spec.label, session, "failed", f"{type(err).__name__}: {err}")
            continue
        jobs.append((session, store.handout(session), spec.recording, key, record, dict(spec.who), spec.speakers))
    bar = tqdm(total=len(sessions), initial=len(outcomes), unit="session", desc="batch", disable=not progress)
    if jobs:
        started = not ray.is_initialized()
        if started:
            cpus = max(os.cpu_count() or 1, math.ceil(config.workers * config.cpus_per_worker))
            ray.init(address=config.address, num_cpus=None if config.address else cpus, include_dashboard=False)
        workers = []
        try:
            workers = _workers(store, analysis, config, min(config.workers, len(jobs)))
            for (session, *_), status, reason in _schedule(workers, jobs):
                outcomes[session] = Outcome(records[session]["label"], session, status, reason)
                bar.update()
        finally:
            for worker in workers:
                ray.kill(worker)
            if started:
                ray.shutdown()
    bar.close()
    summary = BatchSummary(tuple(outcomes[ids[s.label]] for s in sessions), time.monotonic() - start)
    _keep(store, summary, records)
    print(summary.text())
    if config.cohort is not None:
        kept = [o.session for o in summary.outcomes if o.status in ("done", "skipped")]
        write_cohort(store, kept, config.cohort)
    return summary


def _keep(store: SessionStore, summary: BatchSummary, records: dict[str, dict]) -> None:
    """Store each unfinished session's result with its reason, and audit every session and the batch."""
    for o in summary.outcomes:
        if o.status in ("failed", "no-consent"):
            _put_record(store, o.session, {**records[o.session], "status": o.status, "reason": o.reason})
        if o.status != "done":  # a finished analysis was audited by analyze itself
            error = o.reason.split(":")[0][:64] if o.status == "failed" else ""  # the error's type, no details
            store.log("analyse", o.session, {"batch": o.status, "error": error})
    store.log("analyse", "batch", {k.replace("-", "_"): v for k, v in summary.counts.items()})


def cohort_table(store: SessionStore, sessions: Sequence[str]) -> pa.Table:
    """One row per session and participant ("person"): emotion shares, valence and arousal (mean, sd), peaks,
    transitions and modalities present (as `timeline.summarize` makes them), movement and movement synchrony
    (emotion_jax.movement.summary), then the manifest's columns."""
    rows = []
    for session in sessions:
        record = json.loads(store.get(session, RECORD))
        table = store.get_table(session, "timeline")
        if table.num_rows == 0:
            continue
        timeline = from_arrow(table)
        pairs = store.get_table(session, "synchrony", SYNCHRONY_SCHEMA)
        for p, person in enumerate(timeline.participants):
            s = summarize(timeline, person)
            m = timeline.modalities.index(s.modality)
            shown = timeline.present[:, p, m]
            row = {"label": record["label"], "session": session, "person": person, "modality": s.modality,
                   "seconds": s.seconds_present, **{f"share_{e}": s.share[e] for e in ("uncertain", *EMOTIONS)},
                   "valence_mean": s.mean_valence, "valence_sd": float(np.std(timeline.valence[shown, p, m])),
                   "arousal_mean": s.mean_arousal, "arousal_sd": float(np.std(timeline.arousal[shown, p, m])),
                   "peaks": len(s.peaks), "transitions": len(s.transitions),
                   **{f"has_{k}": bool(timeline.present[:, p, i].any()) for i, k in enumerate(MODALITIES)},
                   **movement_stats(timeline, person), **pair_stats(pairs, person)}
            clash = set(row) & set(record["participant"])
            if clash:
                raise ValueError(f"manifest columns {sorted(clash)} clash with the cohort table's own columns")
            rows.append({**row, **record["participant"]})
    return pa.Table.from_pylist(rows)


def write_cohort(store: SessionStore, sessions: Sequence[str], path: str | os.PathLike) -> pa.Table:
    """Write the cohort table as Parquet (plaintext: an audited export) and return it."""
    table = cohort_table(store, sessions)
    pq.write_table(table, path)
    store.log("export", Path(path).name, {"sessions": len(sessions), "rows": table.num_rows})
    return table


def main(argv: Sequence[str] | None = None) -> int:
    """`emotion-jax batch SESSIONS --store STORE ...`: 0 when every session is done or skipped, else 1."""
    import getpass

    parser = argparse.ArgumentParser(prog="emotion-jax batch", description=__doc__.splitlines()[0])
    parser.add_argument("sessions", type=Path, help="a folder of recordings, or a CSV manifest path,session_id,...")
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--address", help="a running Ray cluster (default: start a local one)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--gpus-per-worker", type=float, help="default: share the cluster's GPUs, if any")
    parser.add_argument("--cohort", type=Path, help="write the cohort table here (Parquet)")
    parser.add_argument("--fps", type=float, default=5.0, help="analysis frames per second")
    parser.add_argument("--modalities", default="face,voice,words", help="what to analyse (must be consented)")
    parser.add_argument("--purpose", default="clinical review", help="the purpose consent must cover")
    parser.add_argument("--key-file", type=Path, help="unlock with a key file instead of a passphrase")
    parser.add_argument("--actor", default=getpass.getuser(),
                        help="who is acting (named in the audit log after the OS user)")
    parser.add_argument("--anchor", type=Path, help="the folder holding the store's audit anchor")
    args = parser.parse_args(argv)
    config = BatchConfig(args.address, args.workers, gpus_per_worker=args.gpus_per_worker, cohort=args.cohort)
    analysis = AnalysisConfig(media=MediaConfig(fps=args.fps), modalities=tuple(args.modalities.split(",")),
                              purpose=args.purpose)
    summary = run_batch(read_sessions(args.sessions), args.store, secret_from(args.key_file), args.actor, config,
                        analysis, anchor=args.anchor)
    return 0 if summary.counts["failed"] + summary.counts["no-consent"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
