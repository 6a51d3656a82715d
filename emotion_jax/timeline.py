"""The Timeline: windows x participants x modalities -> emotion probabilities, valence, arousal, confidence.

A plain container with per-participant summaries and export to Arrow (Parquet, CSV). Absent
(window, participant, modality) cells are marked in `present` and hold NaN. Alongside, a prosody track per
window and participant (NaN where that participant did not speak), and a movement track per window and
participant (NaN where their face was not seen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from emotion_jax.calibration import uncertain_cells
from emotion_jax.labels import EMOTIONS

MODALITIES: tuple[str, ...] = ("face", "voice", "words", "fused")
# Per window and participant, over the frames of that participant's speech: mean F0 of voiced frames (Hz),
# energy-mean intensity (dB), mean HNR of voiced frames (dB), and the share of speech frames that are voiced.
PROSODY: tuple[str, ...] = ("f0_hz", "intensity_db", "hnr_db", "voiced_fraction")
# Per window and participant, from their face track: head speed (degrees a second), nods and shakes begun, the
# shares of frames facing the camera and turned toward another face on screen, and mean body motion energy (share
# of changed pixels; emotion_jax.movement).
MOVEMENT: tuple[str, ...] = ("head_speed", "nods", "shakes", "facing_camera", "toward_other", "motion_energy")
# The modalities whose share of each fused reading is kept (the fusion model's gates).
SOURCES: tuple[str, ...] = ("face", "voice", "words")

NO_FUSION = "best available track: {} (no fused track yet)"


@dataclass(frozen=True)
class Timeline:
    """Emotion over time for each participant and modality."""

    starts: np.ndarray        # (W,) window start, seconds
    window: float             # window length, seconds
    participants: tuple[str, ...]
    modalities: tuple[str, ...]
    probs: np.ndarray         # (W, P, M, 7) float32, NaN where absent
    valence: np.ndarray       # (W, P, M) in [-1, 1]
    arousal: np.ndarray       # (W, P, M) in [-1, 1]
    confidence: np.ndarray    # (W, P, M) in [0, 1]
    present: np.ndarray       # (W, P, M) bool
    notes: tuple[str, ...] = field(default=())   # what the analysis could not do, in plain words
    prosody: np.ndarray | None = None             # (W, P, len(PROSODY)) float32, NaN where nobody spoke
    contributions: np.ndarray | None = None       # (W, P, len(SOURCES)) each source's share of the fused reading
    movement: np.ndarray | None = None            # (W, P, len(MOVEMENT)) float32, NaN where no face was seen

    def __post_init__(self) -> None:
        w, p, m = len(self.starts), len(self.participants), len(self.modalities)
        for name, width in (("prosody", len(PROSODY)), ("contributions", len(SOURCES)), ("movement", len(MOVEMENT))):
            if getattr(self, name) is None:
                object.__setattr__(self, name, np.full((w, p, width), np.nan, np.float32))
            if getattr(self, name).shape != (w, p, width):
                raise ValueError(f"{name} has shape {getattr(self, name).shape}, expected {(w, p, width)}")
        if self.probs.shape != (w, p, m, len(EMOTIONS)):
            raise ValueError(f"probs has shape {self.probs.shape}, expected {(w, p, m, len(EMOTIONS))}")
        for name in ("valence", "arousal", "confidence", "present"):
            if getattr(self, name).shape != (w, p, m):
                raise ValueError(f"{name} has shape {getattr(self, name).shape}, expected {(w, p, m)}")

    @property
    def ends(self) -> np.ndarray:
        return self.starts + self.window

    @cached_property  # computed once per Timeline (a frozen dataclass: its arrays do not change)
    def uncertain(self) -> np.ndarray:
        """(W, P, M) bool: readings shown as "uncertain" (calibration.UncertainRule: a low calibrated top probability,
        or a fused reading over confident modalities that disagree)."""
        return uncertain_cells(self.probs, self.present, self.modalities)

    def track(self, participant: str, modality: str) -> tuple[np.ndarray, np.ndarray]:
        """(probs (W, 7), present (W,)) for one participant and modality."""
        p, m = self.participants.index(participant), self.modalities.index(modality)
        return self.probs[:, p, m], self.present[:, p, m]

    def best_modality(self, participant: str) -> str:
        """'fused' where fused output exists, else the modality present in the most windows."""
        p = self.participants.index(participant)
        counts = self.present[:, p].sum(axis=0)
        if "fused" in self.modalities and counts[self.modalities.index("fused")] > 0:
            return "fused"
        return self.modalities[int(np.argmax(counts))]

    def track_label(self, participant: str) -> str:
        """What a participant's top row shows, said honestly: the fused track, or the modality standing in for it."""
        best = self.best_modality(participant)
        return "fused" if best == "fused" else NO_FUSION.format(best)


def window_means(window: np.ndarray, values: np.ndarray, where: np.ndarray, count: int) -> np.ndarray:
    """(count,) the mean of the finite `values` picked by `where` in each of `count` windows (`window`: each
    value's window index); NaN for a window with none."""
    where = where & np.isfinite(values)
    n = np.bincount(window[where], minlength=count)
    total = np.bincount(window[where], weights=values[where], minlength=count)
    return np.where(n > 0, total / np.maximum(n, 1), np.nan)


def overlap_seconds(starts: np.ndarray, ends: np.ndarray, spans: np.ndarray) -> np.ndarray:
    """Seconds of overlap (N, K) between intervals [starts, ends) and spans (K, 2): how readings fill windows."""
    return np.clip(np.minimum(ends[:, None], spans[None, :, 1]) - np.maximum(starts[:, None], spans[None, :, 0]),
                   0.0, None)


@dataclass(frozen=True)
class Summary:
    """What a reviewer reads first about one participant."""

    participant: str
    modality: str
    seconds_present: float
    share: dict[str, float]                        # share of present time: "uncertain", then each dominant emotion
    mean_valence: float
    mean_arousal: float
    peaks: list[tuple[float, str, float]]          # (time, emotion, probability) of strong non-neutral moments
    transitions: list[tuple[float, str, str]]      # (time, from, to) of changes in the smoothed dominant emotion


def _smooth_dominant(probs: np.ndarray, present: np.ndarray, span: int) -> np.ndarray:
    """Dominant emotion per present window after a moving average over `span` present windows."""
    p = probs[present]
    if span > 1 and len(p) > 1:
        kernel = np.ones(span) / span
        padded = np.pad(p, ((span // 2, span - 1 - span // 2), (0, 0)), mode="edge")
        p = np.stack([np.convolve(padded[:, k], kernel, mode="valid") for k in range(p.shape[1])], axis=1)
    return np.argmax(p, axis=1)


def summarize(timeline: Timeline, participant: str, modality: str | None = None,
              peak_threshold: float = 0.6, peak_prominence: float = 0.2, smooth_windows: int = 3) -> Summary:
    """Share of time per emotion, mean valence/arousal, peaks and transitions for one participant.

    A peak is a local maximum of a non-neutral emotion at or above `peak_threshold` that also stands
    `peak_prominence` above that emotion's median for the participant (a steady mood has no peaks).
    """
    modality = modality or timeline.best_modality(participant)
    probs, present = timeline.track(participant, modality)
    p, m = timeline.participants.index(participant), timeline.modalities.index(modality)
    times = timeline.starts[present]
    if not present.any():
        return Summary(participant, modality, 0.0, {e: 0.0 for e in ("uncertain", *EMOTIONS)}, float("nan"),
                       float("nan"), [], [])
    dominant = np.argmax(probs[present], axis=1)
    unsure = timeline.uncertain[present, p, m]
    share = {"uncertain": float(np.mean(unsure)),
             **{e: float(np.mean((dominant == k) & ~unsure)) for k, e in enumerate(EMOTIONS)}}
    peaks = []
    for k, emotion in enumerate(EMOTIONS):
        if emotion == "neutral":
            continue
        col = probs[present, k]
        floor = max(peak_threshold, float(np.median(col)) + peak_prominence)
        for i in np.flatnonzero(col >= floor):
            if (i == 0 or col[i] >= col[i - 1]) and (i == len(col) - 1 or col[i] > col[i + 1]):
                peaks.append((float(times[i]), emotion, float(col[i])))
    smoothed = _smooth_dominant(probs, present, smooth_windows)
    changes = np.flatnonzero(np.diff(smoothed)) + 1
    transitions = [(float(times[i]), EMOTIONS[smoothed[i - 1]], EMOTIONS[smoothed[i]]) for i in changes]
    return Summary(
        participant=participant,
        modality=modality,
        seconds_present=float(present.sum() * timeline.window),
        share=share,
        mean_valence=float(np.nanmean(timeline.valence[present, p, m])),
        mean_arousal=float(np.nanmean(timeline.arousal[present, p, m])),
        peaks=sorted(peaks),
        transitions=transitions,
    )


def to_arrow(timeline: Timeline) -> pa.Table:
    """Long table: one row per window, participant and modality that is present; prosody on the voice rows,
    movement on the face rows, each source's contribution on the fused rows."""
    w, p, m = np.nonzero(timeline.present)
    probs = timeline.probs[w, p, m]
    kinds = np.array(timeline.modalities, dtype=object)[m]
    prosody = np.where((kinds == "voice")[:, None], timeline.prosody[w, p], np.nan)
    shares = np.where((kinds == "fused")[:, None], timeline.contributions[w, p], np.nan)
    movement = np.where((kinds == "face")[:, None], timeline.movement[w, p], np.nan)
    columns = {
        "start": timeline.starts[w],
        "end": timeline.ends[w],
        "participant": np.array(timeline.participants, dtype=object)[p] if len(p) else np.array([], object),
        "modality": np.array(timeline.modalities, dtype=object)[m] if len(m) else np.array([], object),
        "dominant": np.array(EMOTIONS, dtype=object)[np.argmax(probs, axis=1)] if len(w) else np.array([], object),
        **{f"p_{e}": probs[:, k] for k, e in enumerate(EMOTIONS)},
        "valence": timeline.valence[w, p, m],
        "arousal": timeline.arousal[w, p, m],
        "confidence": timeline.confidence[w, p, m],
        "uncertain": timeline.uncertain[w, p, m],
        **{name: prosody[:, k] for k, name in enumerate(PROSODY)},
        **{f"contribution_{name}": shares[:, k] for k, name in enumerate(SOURCES)},
        **{name: movement[:, k] for k, name in enumerate(MOVEMENT)},
    }
    schema = pa.schema([("start", pa.float64()), ("end", pa.float64()), ("participant", pa.string()),
                        ("modality", pa.string()), ("dominant", pa.string())]
                       + [(f"p_{e}", pa.float32()) for e in EMOTIONS]
                       + [("valence", pa.float32()), ("arousal", pa.float32()), ("confidence", pa.float32()),
                          ("uncertain", pa.bool_())]
                       + [(name, pa.float32()) for name in PROSODY]
                       + [(f"contribution_{name}", pa.float32()) for name in SOURCES]
                       + [(name, pa.float32()) for name in MOVEMENT])
    return pa.table({k: pa.array(v, type=schema.field(k).type) for k, v in columns.items()}, schema=schema)


def from_arrow(table: pa.Table) -> Timeline:
    """The Timeline back from to_arrow's long table (trailing windows with nothing present are left out)."""
    cols = table.to_pydict()
    win = cols["end"][0] - cols["start"][0]
    window = np.rint(np.asarray(cols["start"]) / win).astype(int)
    people = tuple(dict.fromkeys(cols["participant"]))
    p = np.array([people.index(x) for x in cols["participant"]], int)
    m = np.array([MODALITIES.index(x) for x in cols["modality"]], int)
    shape = (window.max() + 1, len(people), len(MODALITIES))
    probs = np.full((*shape, len(EMOTIONS)), np.nan, np.float32)
    probs[window, p, m] = np.stack([cols[f"p_{e}"] for e in EMOTIONS], axis=1)
    grids = {name: np.full(shape, np.nan, np.float32) for name in ("valence", "arousal", "confidence")}
    for name, grid in grids.items():
        grid[window, p, m] = cols[name]
    present = np.zeros(shape, bool)
    present[window, p, m] = True
    extra = {}
    owners = {"prosody": "voice", "contributions": "fused", "movement": "face"}
    for name, columns in (("prosody", list(PROSODY)), ("contributions", [f"contribution_{s}" for s in SOURCES]),
                          ("movement", list(MOVEMENT))):
        if all(c in cols for c in columns):
            grid = np.full((shape[0], len(people), len(columns)), np.nan, np.float32)
            owner = m == MODALITIES.index(owners[name])
            grid[window[owner], p[owner]] = np.stack([np.asarray(cols[c], np.float32)[owner] for c in columns], 1)
            extra[name] = grid
    return Timeline(np.arange(shape[0]) * win, win, people, MODALITIES, probs, present=present, **grids, **extra)


def write_parquet(timeline: Timeline, path: Path) -> Path:
    """Write the long table as Parquet (with the notes in the file metadata)."""
    table = to_arrow(timeline)
    table = table.replace_schema_metadata({"notes": "\n".join(timeline.notes), "window": str(timeline.window)})
    pq.write_table(table, path)
    return path


def write_csv(timeline: Timeline, path: Path) -> Path:
    """Write the long table as CSV."""
    pacsv.write_csv(to_arrow(timeline), path)
    return path
