"""The Python front door: `ej.analyze(recording)` and `ej.load(session, store)` give an Analysis.

An Analysis shows its tables as pandas DataFrames (Arrow underneath, in `.result`), plots itself and exports
every format. It is what a notebook user holds; the command line and the widgets use the same calls.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from emotion_jax import annotations as notes
from emotion_jax import export, pipeline, plot
from emotion_jax.annotations import Annotation
from emotion_jax.config import AnalysisConfig
from emotion_jax.progress import Progress
from emotion_jax.result import PEOPLE_SCHEMA, SYNCHRONY_SCHEMA, Result
from emotion_jax.store import SessionStore, StoreError, secret_from
from emotion_jax.timeline import Timeline, from_arrow, to_arrow

FORMATS = ("eaf", "vtt", "csv", "parquet", "report")  # what Analysis.export and `emotion-jax export` write


@dataclass(frozen=True)
class Analysis:
    """One analysed session: its readings (`result`), where it came from, and where it is kept (if anywhere)."""

    result: Result
    recording: Path | None = None
    store: SessionStore | None = None
    session: str | None = None

    @property
    def windows(self) -> Timeline:
        """The timeline as arrays (windows x participants x modalities), for plotting and computing."""
        return self.result.timeline

    @property
    def timeline(self) -> pd.DataFrame:
        """One row per window, participant and modality present: probabilities, valence, arousal, uncertain."""
        return to_arrow(self.result.timeline).to_pandas()

    @property
    def words(self) -> pd.DataFrame:
        """One row per word: start, end, participant, word, Whisper's probability."""
        return self.result.words.to_pandas()

    @property
    def turns(self) -> pd.DataFrame:
        """One row per speaker turn: times, participant, text, voice and words readings, prosody."""
        return self.result.turns.to_pandas()

    @property
    def people(self) -> pd.DataFrame:
        """One row per participant: their face track and speaker id (-1 where they have none)."""
        return self.result.people.to_pandas()

    @property
    def synchrony(self) -> pd.DataFrame:
        """Movement synchrony of each pair of participants with a face: one row per window and one for the
        session, with the chance level (`chance_95`) and whether it was beaten (`above_chance`)."""
        return self.result.synchrony.to_pandas()

    @property
    def notes(self) -> tuple[str, ...]:
        """What the analysis could not do, and how participants were found and named."""
        return self.result.timeline.notes

    def annotations(self) -> list[Annotation]:
        """The clinician annotations kept with the session (none without a store)."""
        return notes.load(self.store, self.session) if self.store is not None else []

    def summary(self) -> list[str]:
        """A few lines per participant: time present, dominant emotions (uncertain among them), peaks, movement;
        then each pair's movement synchrony."""
        return export.summary_lines(self.result.timeline, self.annotations(), synchrony=self.result.synchrony)

    def plot(self, path: str | Path | None = None, title: str = "", modalities: bool | Sequence[str] = False,
             movement: bool = False) -> Figure | Path:
        """The timeline figure (one row per participant; `modalities` adds a row per modality, `movement` a
        body-language row per participant and a movement-synchrony row per pair); saved as a PNG when `path` is
        given."""
        pairs = self.result.synchrony if movement else None
        if path is not None:
            return plot.plot_timeline(self.result.timeline, path, title, modalities, movement, pairs)
        return plot.timeline_figure(self.result.timeline, title, modalities, movement, pairs)

    def export(self, out_dir: str | Path, stem: str | None = None,
               formats: Sequence[str] = FORMATS) -> dict[str, Path]:
        """The exports in `formats` (ELAN eaf, WebVTT vtt, csv, parquet, report) into `out_dir`, with the session's
        reviewed redactions applied when it is kept in a store (else each file says the transcript was not reviewed)."""
        stem = stem or self.session or (self.recording.stem if self.recording else "session")
        media = self.recording if self.recording is not None and self.recording.exists() else None
        return export.export_all(self.result, Path(out_dir), stem, self.annotations(), self.store, self.session,
                                 media=media, formats=formats)


def analyze(recording: str | os.PathLike, *, store: SessionStore | None = None, session: str | None = None,
            participants: Mapping[str, str] | None = None, config: AnalysisConfig | None = None,
            progress: Progress = True, work_dir: str | os.PathLike | None = None) -> Analysis:
    """Analyse a recording (video with audio, or audio alone). With a `store` and its `session`, consent is
    checked and everything is kept there encrypted; `participants` says who is who ({"person 1": "client"});
    `config` (an AnalysisConfig) changes what is analysed and how."""
    recording = Path(recording)
    result = pipeline.analyze(recording, config or AnalysisConfig(), Path(work_dir) if work_dir else None,
                              progress, store, session, participants)
    return Analysis(result, recording, store, session)


def open_store(path: str | os.PathLike, key_file: str | os.PathLike | None = None, actor: str | None = None,
               anchor: str | os.PathLike | None = None) -> SessionStore:
    """Unlock a store with a key file, else $EMOTION_JAX_PASSPHRASE, else a passphrase asked for."""
    import getpass

    return SessionStore.open(path, secret_from(Path(key_file) if key_file else None),
                             actor=actor or getpass.getuser(), anchor=anchor)


def load(session: str, store: SessionStore | str | os.PathLike, key_file: str | os.PathLike | None = None) -> Analysis:
    """A session analysed into a store, read back (StoreError when it holds no finished analysis)."""
    store = store if isinstance(store, SessionStore) else open_store(store, key_file)
    if not store.has(session, "timeline"):
        raise StoreError(f"session {session} holds no finished analysis: run `emotion-jax analyze --store ... "
                         f"--session {session}` first")
    table = store.get_table(session, "timeline")
    kept_notes = (table.schema.metadata or {}).get(b"notes", b"").decode()
    timeline = replace(from_arrow(table), notes=tuple(n for n in kept_notes.split("\n") if n))
    people = store.get_table(session, "people", PEOPLE_SCHEMA)  # sessions kept before these tables have none
    pairs = store.get_table(session, "synchrony", SYNCHRONY_SCHEMA)
    result = Result(timeline, store.get_table(session, "words"), store.get_table(session, "turns"), people, pairs)
    return Analysis(result, None, store, session)  # the store keeps the recording's digest, never its path
