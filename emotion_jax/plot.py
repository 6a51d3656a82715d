"""The timeline figure a clinician reads at a glance: one compact row per participant, modalities on demand.

Each row shows one track as window bars: the stacked emotion probabilities of every window drawn flat across
the window (no ramps between windows), with valence (solid) and arousal (dashed) as steps on the right axis.
A window with no reading is left blank (a gap), never drawn as a fall to zero; "uncertain" windows are
hatched over their colours. A participant's top row is the track `Timeline.track_label` names (the fused
track, or the modality standing in for it). The figure is sized for the session: wider for a longer one (up to
MAX_WIDTH_INCHES), a row per participant (and per modality asked for), never taller than MAX_HEIGHT_INCHES.

    plot_timeline(timeline, "session.timeline.png", title="session 12")
    plot_timeline(timeline, "session.timeline.png", modalities=True)   # every modality under each person
    fig = timeline_figure(timeline, modalities=("face", "voice"))       # a matplotlib Figure (shows in Jupyter)
    fig = timeline_figure(timeline, movement=True, synchrony=table)     # body language rows, each pair's synchrony
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MultipleLocator

from emotion_jax.labels import EMOTIONS
from emotion_jax.movement.summary import pair_windows
from emotion_jax.timeline import MOVEMENT, Timeline

COLORS = {"neutral": "#b0b0b0", "happy": "#f2c14e", "sad": "#5b8bd9", "angry": "#d9534f",
          "fearful": "#8e6cc4", "disgusted": "#6aa84f", "surprised": "#f08a4b"}
UNCERTAIN_HATCH = "////"  # windows whose reading is "uncertain" are hatched over their colours
DPI = 110
ROW_INCHES = 1.3          # a participant's row
MODALITY_ROW_INCHES = 0.9  # a modality's row under it, when asked for
MIN_ROW_INCHES = 0.45      # rows shrink to this, no further, to keep a crowded figure under the height cap
HEADER_INCHES = 0.75       # legend (and title) above the rows
TITLE_INCHES = 0.3
FOOTER_INCHES = 0.55       # the time axis under the rows
MAX_HEIGHT_INCHES = 13.0   # 1,430 px at DPI: the cap, however many participants and modalities
MIN_WIDTH_INCHES, MAX_WIDTH_INCHES = 7.5, 16.0
SECONDS_PER_INCH = 40.0    # a longer session gets a wider figure, from 7.5 in (up to 1 min) to 16 in (6 min on)
MMSS_FROM_SECONDS = 120.0  # time is labelled in seconds below this length, in mm:ss (h:mm:ss) from it
TICK_SECONDS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600)  # time ticks: the first giving <= 10


def uncertain_spans(timeline: Timeline, p: int, m: int) -> list[tuple[float, float]]:
    """(start, end) seconds of each run of consecutive uncertain windows of participant p, modality m."""
    flags = np.concatenate([[False], timeline.uncertain[:, p, m], [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(flags))
    return [(float(timeline.starts[a]), float(timeline.ends[b - 1])) for a, b in zip(edges[::2], edges[1::2])]


def hatch_uncertain(ax, spans: list[tuple[float, float]], y0: float = 0.0, y1: float = 1.0) -> None:
    """Hatch each span between y0 and y1 (data units), as one artist labelled "uncertain" for the legend."""
    if spans:
        ax.broken_barh([(start, end - start) for start, end in spans], (y0, y1 - y0), facecolors="none",
                       edgecolor="#333333", hatch=UNCERTAIN_HATCH, linewidth=0, label="uncertain", gid="uncertain")


def window_steps(timeline: Timeline, values: np.ndarray, present: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) drawing each window's value flat from its start to its end, NaN (a gap) where it is not present.

    `values` is (W,) or (W, K); x is (2W,): every window's start and end; y repeats each value for both.
    """
    x = np.column_stack([timeline.starts, timeline.ends]).ravel()
    shown = np.where(present.reshape(-1, *([1] * (values.ndim - 1))), values, np.nan)
    return x, np.repeat(shown, 2, axis=0)


def clock(seconds: float, _: object = None) -> str:
    """A time as m:ss, or h:mm:ss from an hour on."""
    total = int(round(seconds))
    h, rest = divmod(total, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


def time_axis(ax, duration: float, span: float | None = None) -> None:
    """Label `ax`'s x axis as time: in seconds for a short session, in mm:ss (h:mm:ss) for a longer one, with
    ticks spaced for the `span` of seconds shown (the whole `duration` unless zoomed)."""
    span = duration if span is None else span
    if duration >= MMSS_FROM_SECONDS:
        ax.xaxis.set_major_formatter(FuncFormatter(clock))
        ax.xaxis.set_major_locator(MultipleLocator(next((s for s in TICK_SECONDS if span / s <= 10), 7200)))
        ax.set_xlabel("time (h:mm:ss)" if duration >= 3600 else "time (mm:ss)")
    else:
        ax.set_xlabel("time (s)")


def draw_track(ax, timeline: Timeline, p: int, m: int, full: bool = True):
    """Participant p's modality m on `ax`: stacked probabilities as window bars, uncertain windows hatched, and
    valence (and, when `full`, arousal and the axis names) as steps on a twin axis, which is returned. Absent
    windows stay blank."""
    x, probs = window_steps(timeline, timeline.probs[:, p, m].astype(float), timeline.present[:, p, m])
    top = np.cumsum(probs, axis=1)
    bottom = np.concatenate([np.zeros_like(top[:, :1]), top[:, :-1]], axis=1)
    for k, emotion in enumerate(EMOTIONS):
        ax.fill_between(x, bottom[:, k], top[:, k], facecolor=COLORS[emotion], linewidth=0, alpha=0.9,
                        label=emotion, gid=f"probability:{emotion}")
    hatch_uncertain(ax, uncertain_spans(timeline, p, m))
    ax.set_ylim(0, 1)
    ax.set_yticks([0, 0.5, 1], ["0", "0.5", "1"], fontsize=7)
    twin = ax.twinx()
    lines = [("valence", timeline.valence, "-", 1.4)] + ([("arousal", timeline.arousal, "--", 1.0)] if full else [])
    for name, grid, style, width in lines:
        _, y = window_steps(timeline, grid[:, p, m].astype(float), timeline.present[:, p, m])
        twin.plot(x, y, color="black", ls=style, lw=width, label=name, gid=name)
    twin.axhline(0, color="black", lw=0.4, alpha=0.4)
    twin.set_ylim(-1.05, 1.05)
    twin.set_yticks([-1, 0, 1], ["-1", "0", "+1"], fontsize=7)
    if full:
        ax.set_ylabel("probability", fontsize=7)
        twin.set_ylabel("valence / arousal", fontsize=7)
    return twin


def draw_movement(ax, timeline: Timeline, p: int) -> None:
    """Participant p's body language on `ax`: motion energy as grey window bars (left axis, share of changed
    pixels), head speed as a line (right axis, degrees a second), nods (v) and shakes (<>) in the windows they
    began in; blank where the face was not seen."""
    grid = timeline.movement[:, p].astype(float)
    seen = np.isfinite(grid).any(axis=1)
    column = {name: grid[:, k] for k, name in enumerate(MOVEMENT)}
    x, energy = window_steps(timeline, column["motion_energy"], seen)
    ax.fill_between(x, 0, energy, facecolor="#9a9a9a", linewidth=0, gid="motion_energy")
    top = max(float(np.nanmax(energy)) if np.isfinite(energy).any() else 0.0, 0.05) * 1.15
    ax.set_ylim(0, top)
    ax.set_yticks([0, round(top / 1.15, 2)], ["0", f"{top / 1.15:.2f}"], fontsize=7)
    middle = (timeline.starts + timeline.ends) / 2
    for name, marker, height in (("nods", "v", 0.9), ("shakes", "D", 0.75)):
        begun = np.nan_to_num(column[name]) > 0
        ax.plot(middle[begun], np.full(begun.sum(), top * height), ls="none", marker=marker, ms=5, color="#333",
                label=name, gid=name)
    twin = ax.twinx()
    _, speed = window_steps(timeline, column["head_speed"], seen)
    twin.plot(x, speed, color="#1f6f8b", lw=1.0, label="head speed", gid="head_speed")
    twin.set_ylim(0, max(float(np.nanmax(speed)) if np.isfinite(speed).any() else 0.0, 10.0) * 1.1)
    twin.tick_params(labelsize=7)
    twin.set_ylabel("deg/s", fontsize=7)
    ax.set_ylabel("motion", fontsize=7)


def draw_synchrony(ax, table: pa.Table, pair: tuple[str, str]) -> None:
    """A pair's movement synchrony on `ax`: each window's value from its start to the next window's (a step
    line), the chance level dashed, windows above chance shaded."""
    shown = pair_windows(table).get(pair, [])
    if shown:
        rows, ends = [r for r, _ in shown], [e for _, e in shown]
        x = np.column_stack([[r["start"] for r in rows], ends]).ravel()
        y = np.repeat([r["synchrony"] for r in rows], 2)
        ax.plot(x, y, color="#7a3b8f", lw=1.2, gid="synchrony", label="synchrony")
        ax.axhline(rows[0]["chance_95"], color="#7a3b8f", ls="--", lw=0.8, gid="chance", label="chance (95%)")
        spans = [(r["start"], e - r["start"]) for r, e in zip(rows, ends) if r["above_chance"]]
        ax.broken_barh(spans, (-1, 2), facecolors="#7a3b8f", alpha=0.15, gid="above_chance")
    ax.set_ylim(-0.2, 1.05)
    ax.set_yticks([0, 0.5, 1], ["0", "0.5", "1"], fontsize=7)
    ax.set_ylabel("r", fontsize=7)


def legend_handles(arousal: bool = True) -> list:
    """What the colours, the hatching, a blank and the lines mean."""
    return ([Patch(facecolor=COLORS[e], label=e) for e in EMOTIONS]
            + [Patch(facecolor="white", edgecolor="#333333", hatch=UNCERTAIN_HATCH, label="uncertain"),
               Patch(facecolor="white", edgecolor="#999999", label="no reading"),
               Line2D([], [], color="black", lw=1.4, label="valence")]
            + ([Line2D([], [], color="black", lw=1.0, ls="--", label="arousal")] if arousal else []))


MOVEMENT_ROW = -1  # the modality index rows_of gives a participant's body-language row


def movement_handles() -> list:
    """What a body-language row's bars, line and markers mean."""
    return [Patch(facecolor="#9a9a9a", label="motion energy"),
            Line2D([], [], color="#1f6f8b", lw=1.0, label="head speed"),
            Line2D([], [], color="#333", ls="none", marker="v", label="nod"),
            Line2D([], [], color="#333", ls="none", marker="D", label="shake")]


def synchrony_handles() -> list:
    """What a synchrony row's line, dashes and shading mean."""
    return [Line2D([], [], color="#7a3b8f", lw=1.2, label="synchrony"),
            Line2D([], [], color="#7a3b8f", lw=0.8, ls="--", label="chance (95%)"),
            Patch(facecolor="#7a3b8f", alpha=0.15, label="above chance")]


def rows_of(timeline: Timeline, modalities: bool | Sequence[str] = False,
            movement: bool = False) -> list[tuple[int, int, bool]]:
    """The rows to draw, as (participant, modality, is the participant's top row): each participant's top row
    (the track Timeline.track_label names), then the modalities asked for that hold any reading of theirs
    (True: every other one; a list: those, even the one on top), then with `movement` their body-language row
    (modality MOVEMENT_ROW) when their face was seen."""
    if isinstance(modalities, str):
        modalities = (modalities,)
    if not isinstance(modalities, bool):
        unknown = [mod for mod in modalities if mod not in timeline.modalities]
        if unknown:
            raise ValueError(f"no modality {unknown[0]!r} in this timeline; choose from {timeline.modalities}")
    rows = []
    for p, person in enumerate(timeline.participants):
        best = timeline.modalities.index(timeline.best_modality(person))
        rows.append((p, best, True))
        wanted = ([k for k in range(len(timeline.modalities)) if k != best] if modalities is True else
                  [] if modalities is False else [timeline.modalities.index(mod) for mod in modalities])
        rows += [(p, k, False) for k in wanted if timeline.present[:, p, k].any()]
        rows += [(p, MOVEMENT_ROW, False)] if movement and np.isfinite(timeline.movement[:, p]).any() else []
    return rows


def figure_size(duration: float, top_rows: int, modality_rows: int, title: bool = False) -> tuple[tuple, float]:
    """((width, height) inches, each top row's height): wider for a longer session, capped in height."""
    width = float(np.clip(duration / SECONDS_PER_INCH + 6.0, MIN_WIDTH_INCHES, MAX_WIDTH_INCHES))
    fixed = HEADER_INCHES + FOOTER_INCHES + (TITLE_INCHES if title else 0.0)
    wanted = top_rows * ROW_INCHES + modality_rows * MODALITY_ROW_INCHES
    scale = min(1.0, (MAX_HEIGHT_INCHES - fixed) / wanted) if wanted else 1.0
    row = max(ROW_INCHES * scale, MIN_ROW_INCHES)
    height = min(fixed + wanted * row / ROW_INCHES, MAX_HEIGHT_INCHES) if wanted else fixed + ROW_INCHES
    return (width, height), row


def _explain(ax, kind: str, explained: set[str]) -> None:
    """A small legend on the first row of its kind."""
    if kind not in explained:
        handles = movement_handles() if kind == "movement" else synchrony_handles()
        ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(1.0, 0.98), ncol=len(handles), fontsize=6,
                  frameon=False, borderaxespad=0.0)
        explained.add(kind)


def timeline_figure(timeline: Timeline, title: str = "", modalities: bool | Sequence[str] = False,
                    movement: bool = False, synchrony: pa.Table | None = None) -> Figure:
    """The timeline as a matplotlib Figure: one compact row per participant (its best track, labelled with
    Timeline.track_label), under it a row for each modality in `modalities` (True: all it has) and, with
    `movement`, their body language; then a row per pair of the `synchrony` table (Result.synchrony)."""
    rows = rows_of(timeline, modalities, movement) + [(pair, 0, False) for pair in pair_windows(synchrony)]
    duration = float(timeline.ends[-1]) if len(timeline.starts) else 0.0
    tops = sum(top for *_, top in rows)
    (width, height), row = figure_size(duration, tops, len(rows) - tops, bool(title))
    fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    if not rows:
        ax = fig.subplots()
        ax.text(0.5, 0.5, "no participant found\n" + "\n".join(timeline.notes), ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
    else:
        ratios = [1.0 if top else MODALITY_ROW_INCHES / ROW_INCHES for *_, top in rows]
        axes = fig.subplots(len(rows), 1, sharex=True, squeeze=False, gridspec_kw={"height_ratios": ratios})[:, 0]
        explained = set()  # the first body-language and synchrony rows carry their legends
        for ax, (p, m, top) in zip(axes, rows):
            if isinstance(p, tuple):
                draw_synchrony(ax, synchrony, p)
                ax.set_title(f"{p[0]} / {p[1]}: movement synchrony", loc="left", fontsize=8, pad=2)
                ax.set_gid(f"row:{p[0]}/{p[1]}:synchrony")
                _explain(ax, "synchrony", explained)
                continue
            person = timeline.participants[p]
            modality = "movement" if m == MOVEMENT_ROW else timeline.modalities[m]
            if m == MOVEMENT_ROW:
                draw_movement(ax, timeline, p)
                _explain(ax, "movement", explained)
            else:
                draw_track(ax, timeline, p, m, full=row >= 0.8)
            label = f"{person}: {timeline.track_label(person)}" if top else f"{person}: {modality}"
            ax.set_title(label, loc="left", fontsize=9 if top else 8, fontweight="bold" if top else "normal",
                         pad=2)
            ax.set_gid(f"row:{person}:{modality}")
        axes[-1].set_xlim(0.0, max(duration, timeline.window))
        time_axis(axes[-1], duration)
        handles = legend_handles(row >= 0.8)
        fig.legend(handles=handles, loc="outside upper center", ncol=len(handles) if width >= 11 else 6,
                   fontsize=7, frameon=False, title=title or None, title_fontsize=10)  # the title above it
    if title and not rows:
        fig.suptitle(title, fontsize=10)
    return fig


def plot_timeline(timeline: Timeline, path: str | Path, title: str = "",
                  modalities: bool | Sequence[str] = False, movement: bool = False,
                  synchrony: pa.Table | None = None) -> Path:
    """Save timeline_figure(timeline, title, modalities, movement, synchrony) as a PNG at `path` (its size in
    pixels is the figure's size in inches times DPI) and return the path."""
    path = Path(path)
    timeline_figure(timeline, title, modalities, movement, synchrony).savefig(path, dpi=DPI)
    return path
