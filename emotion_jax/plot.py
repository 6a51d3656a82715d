"""Static timeline figure (PNG): per participant and modality, stacked emotion probabilities with valence/arousal."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from emotion_jax.labels import EMOTIONS  # noqa: E402
from emotion_jax.timeline import Timeline  # noqa: E402

COLORS = {"neutral": "#b0b0b0", "happy": "#f2c14e", "sad": "#5b8bd9", "angry": "#d9534f",
          "fearful": "#8e6cc4", "disgusted": "#6aa84f", "surprised": "#f08a4b"}
UNCERTAIN_HATCH = "////"  # windows whose reading is "uncertain" are hatched over their colours


def uncertain_spans(timeline: Timeline, p: int, m: int) -> list[tuple[float, float]]:
    """(start, end) seconds of each run of consecutive uncertain windows of participant p, modality m."""
    flags = np.concatenate([[False], timeline.uncertain[:, p, m], [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(flags))
    return [(float(timeline.starts[a]), float(timeline.ends[b - 1])) for a, b in zip(edges[::2], edges[1::2])]


def hatch_uncertain(ax, spans: list[tuple[float, float]], y0: float = 0.0, y1: float = 1.0) -> None:
    """Hatch each span between y0 and y1 (data units), labelled once as "uncertain" for the legend."""
    for k, (start, end) in enumerate(spans):
        ax.fill_between([start, end], y0, y1, facecolor="none", edgecolor="#333333", hatch=UNCERTAIN_HATCH,
                        linewidth=0, label="uncertain" if k == 0 else None)


def plot_timeline(timeline: Timeline, path: Path, title: str = "") -> Path:
    """Draw every modality each participant has as a stacked area chart (one row each) and save it."""
    tracks = [(i, m) for i in range(len(timeline.participants)) for m in range(len(timeline.modalities))
              if timeline.present[:, i, m].any()]
    rows = max(len(tracks), 1)
    fig, axes = plt.subplots(rows, 1, figsize=(11, 2.6 * rows), squeeze=False, sharex=True)
    centers = timeline.starts + timeline.window / 2
    for ax, (i, m) in zip(axes[:, 0], tracks):
        person, modality = timeline.participants[i], timeline.modalities[m]
        probs, present = timeline.track(person, modality)
        p = np.where(present[:, None], probs, 0.0)
        ax.stackplot(centers, p.T, colors=[COLORS[e] for e in EMOTIONS], labels=EMOTIONS, alpha=0.9)
        hatch_uncertain(ax, uncertain_spans(timeline, i, m))
        ax.set_ylim(0, 1)
        ax.set_ylabel(f"{person}\n({modality})")
        twin = ax.twinx()
        twin.plot(centers, timeline.valence[:, i, m], color="black", lw=1.5, label="valence")
        twin.plot(centers, timeline.arousal[:, i, m], color="black", lw=1.0, ls="--", label="arousal")
        twin.set_ylim(-1, 1)
        twin.set_ylabel("valence / arousal")
        twin.legend(loc="lower right", fontsize=8)
    if not tracks:
        axes[0, 0].text(0.5, 0.5, "no participant found\n" + "\n".join(timeline.notes), ha="center",
                        va="center", transform=axes[0, 0].transAxes)
    else:
        axes[0, 0].legend(loc="upper left", ncol=8, fontsize=8, bbox_to_anchor=(0, 1.25))
    axes[-1, 0].set_xlabel("time (s)")
    if title:
        fig.suptitle(title, y=1.0)
    fig.tight_layout()
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)
    return path
