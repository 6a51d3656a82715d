"""The timeline viewer's picture for one participant: best track (window bars, gaps where there is no reading),
per-modality strips, body language and movement synchrony (when read), transcript lane, cursor."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import pyarrow as pa
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure

from emotion_jax.annotations import Annotation
from emotion_jax.labels import EMOTIONS
from emotion_jax.movement.summary import pair_windows
from emotion_jax.plot import (
    COLORS,
    draw_movement,
    draw_synchrony,
    draw_track,
    hatch_uncertain,
    legend_handles,
    movement_handles,
    time_axis,
    uncertain_spans,
)
from emotion_jax.timeline import Timeline


class Picture(NamedTuple):
    """A rendered view: its PNG and where its time axis lies, so a click's pixel column reads as a time."""

    png: bytes
    zoom: tuple[float, float]  # seconds at the axis' left and right ends
    span: tuple[float, float]  # the PNG's pixel columns of those ends

    def time_at(self, x: float) -> float | None:
        """The time (s) under pixel column `x`; None outside the time axis."""
        (left, right), (start, end) = self.span, self.zoom
        if not left <= x <= right:
            return None
        return start + (x - left) * (end - start) / (right - left)


def strip(timeline: Timeline, participant: str, modality: str) -> np.ndarray:
    """(W, 4) RGBA: each window's dominant-emotion colour, opacity its confidence; clear where absent."""
    probs, present = timeline.track(participant, modality)
    p, m = timeline.participants.index(participant), timeline.modalities.index(modality)
    colors = np.array([to_rgb(COLORS[e]) for e in EMOTIONS])[np.argmax(np.nan_to_num(probs), axis=1)]
    alpha = np.where(present, 0.25 + 0.75 * np.nan_to_num(timeline.confidence[:, p, m]), 0.0)
    return np.concatenate([colors, alpha[:, None]], axis=1)


def render(timeline: Timeline, turns: pa.Table, participant: str, cursor: float, zoom: tuple[float, float],
           annotations: Sequence[Annotation] = (), width: float = 11.0, dpi: int = 90,
           synchrony: pa.Table | None = None) -> Picture:
    """One participant's view, zoomed to `zoom` (seconds), with the cursor as a red line; their body language
    when their face was seen, and their movement synchrony with each other participant in `synchrony`."""
    best = timeline.best_modality(participant)
    p, m = timeline.participants.index(participant), timeline.modalities.index(best)
    shown = [mod for k, mod in enumerate(timeline.modalities) if timeline.present[:, p, k].any()]
    moved = bool(np.isfinite(timeline.movement[:, p]).any())
    pairs = [pair for pair in pair_windows(synchrony) if participant in pair]
    ratios = [3, 0.4 * max(len(shown), 1)] + [1.0] * moved + [0.7] * len(pairs) + [0.9]
    fig = Figure(figsize=(width, 4.6 + 1.0 * moved + 0.7 * len(pairs)))
    axes = fig.subplots(len(ratios), 1, sharex=True, gridspec_kw={"height_ratios": ratios})
    top, strips, lane = axes[0], axes[1], axes[-1]
    draw_track(top, timeline, p, m)  # window bars, blank where there is no reading, uncertain hatched
    top.set_title(f"{participant}: {timeline.track_label(participant)}", fontsize=10, loc="left")
    top.legend(handles=legend_handles(), loc="upper left", ncol=11, fontsize=7, bbox_to_anchor=(0, 1.32),
               frameon=False)
    edges = np.append(timeline.starts, timeline.ends[-1:]) if len(timeline.starts) else np.zeros(1)
    image = np.stack([strip(timeline, participant, mod) for mod in shown]) if shown else np.zeros((1, 0, 4))
    if image.shape[1]:
        strips.imshow(image, aspect="auto", interpolation="nearest", extent=(edges[0], edges[-1], len(shown), 0))
    for row, mod in enumerate(shown):
        hatch_uncertain(strips, uncertain_spans(timeline, p, timeline.modalities.index(mod)), row, row + 1)
    strips.set_yticks(np.arange(len(shown)) + 0.5, shown, fontsize=8)
    if moved:
        draw_movement(axes[2], timeline, p)
        axes[2].legend(handles=movement_handles(), loc="upper left", ncol=4, fontsize=6, frameon=False)
    for ax, pair in zip(axes[2 + moved:-1], pairs):
        draw_synchrony(ax, synchrony, pair)
        ax.set_ylabel(f"with {pair[1] if pair[0] == participant else pair[0]}", fontsize=7)
    _lane(lane, turns, participant)
    for a in annotations:
        if a.participant == participant:
            top.axvspan(a.start, max(a.end, a.start + timeline.window / 8), color="#333", alpha=0.25)
            top.text(a.start, 0.98, a.label or a.text[:18] or a.kind, fontsize=7, va="top", rotation=90)
    for ax in axes:
        ax.axvline(cursor, color="red", lw=1.2)
    lane.set_xlim(*zoom)
    time_axis(lane, float(timeline.ends[-1]) if len(timeline.starts) else 0.0, zoom[1] - zoom[0])
    strips.set_ylabel("modality", fontsize=7)
    lane.set_ylabel("speaker", fontsize=7)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    axis = lane.get_position()  # figure fractions; every row shares its x extent
    return Picture(buffer.getvalue(), zoom, (axis.x0 * width * dpi, axis.x1 * width * dpi))


def _lane(ax, turns: pa.Table, participant: str) -> None:
    """Speaker turns as bars, one row per speaker, the selected participant's in dark grey, with their words."""
    speakers = sorted(set(turns.column("participant").to_pylist())) if turns.num_rows else []
    for row in turns.to_pylist():
        y = speakers.index(row["participant"])
        color = "#555" if row["participant"] == participant else "#aaa"
        ax.barh(y, row["end"] - row["start"], left=row["start"], height=0.7, color=color)
        ax.text(row["start"], y, " " + (row["text"] or "")[:40], va="center", fontsize=7, color="white", clip_on=True)
    ax.set_yticks(range(len(speakers)), speakers, fontsize=8)
    ax.set_ylim(len(speakers) - 0.5 if speakers else 0.5, -0.5)
