"""Exports of an analysis for other tools and for the record: ELAN .eaf, WebVTT with emotion tags, a one-page report.

CSV and Parquet come from timeline.py and transcript.py; `export_all` writes every format into one folder.
Exported files are plaintext outside the store: with a store, each export is written to its audit log.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow.csv as pacsv
from matplotlib.figure import Figure
from pympi.Elan import Eaf

from emotion_jax import timeline as tl
from emotion_jax import transcript
from emotion_jax.labels import EMOTIONS
from emotion_jax.pipeline import Analysis
from emotion_jax.plot import COLORS, plot_timeline
from emotion_jax.store import SessionStore
from emotion_jax.widgets.annotations import Annotation, to_table
from emotion_jax.widgets.figure import track_label


def runs(timeline: tl.Timeline, participant: str, modality: str) -> list[tuple[float, float, str, float]]:
    """(start, end, emotion, mean probability) of each run of present windows with the same dominant emotion;
    uncertain windows (timeline.Timeline.uncertain) form runs labelled "uncertain", with their top probability."""
    probs, present = timeline.track(participant, modality)
    unsure = timeline.uncertain[:, timeline.participants.index(participant), timeline.modalities.index(modality)]
    out: list[tuple[float, float, str, float]] = []
    for k in np.flatnonzero(present):
        emotion = "uncertain" if unsure[k] else EMOTIONS[int(np.argmax(probs[k]))]
        p = float(np.max(probs[k]))
        start, end = float(timeline.starts[k]), float(timeline.ends[k])
        if out and out[-1][2] == emotion and np.isclose(out[-1][1], start):
            a, _, _, mean = out[-1]
            n = round((start - a) / timeline.window)
            out[-1] = (a, end, emotion, (mean * n + p) / (n + 1))
        else:
            out.append((start, end, emotion, p))
    return out


def _ms(seconds: float) -> int:
    return int(round(seconds * 1000))


def write_eaf(analysis: Analysis, path: Path, annotations: Sequence[Annotation] = ()) -> Path:
    """ELAN file: per participant a tier per modality (dominant emotion runs), their turns and their annotations."""
    eaf = Eaf(author="emotion-jax")
    timeline = analysis.timeline
    turns = analysis.turns.to_pylist()
    people = list(dict.fromkeys([*timeline.participants, *(t["participant"] for t in turns),
                                 *(a.participant for a in annotations)]))
    for person in people:
        for modality in timeline.modalities if person in timeline.participants else ():
            found = runs(timeline, person, modality)
            if found:
                eaf.add_tier(f"{person} - {modality}", part=person)
                for start, end, emotion, p in found:
                    eaf.add_annotation(f"{person} - {modality}", _ms(start), _ms(end), f"{emotion} {p:.2f}")
        said = [t for t in turns if t["participant"] == person and _ms(t["end"]) > _ms(t["start"])]
        if said:
            eaf.add_tier(f"{person} - transcript", part=person)
            for t in said:
                eaf.add_annotation(f"{person} - transcript", _ms(t["start"]), _ms(t["end"]), t["text"] or "")
        mine = [a for a in annotations if a.participant == person]
        if mine:
            eaf.add_tier(f"{person} - annotations", part=person)
            for a in mine:  # a marker gets one millisecond: ELAN has no zero-length annotation
                value = f"{a.kind}: {a.label + ' ' if a.label else ''}{a.text}".strip()
                eaf.add_annotation(f"{person} - annotations", _ms(a.start), max(_ms(a.end), _ms(a.start) + 1), value)
    eaf.remove_tier("default")
    eaf.to_file(str(path))
    return path


def turn_emotion(timeline: tl.Timeline, participant: str, start: float, end: float) -> tuple[str, float, str] | None:
    """(emotion, mean probability, modality) of the participant's best track over [start, end], None if absent;
    the emotion is "uncertain" (with the top emotion's probability) when most of those windows are uncertain."""
    if participant not in timeline.participants:
        return None
    modality = timeline.best_modality(participant)
    probs, present = timeline.track(participant, modality)
    inside = present & (timeline.ends > start) & (timeline.starts < end)
    if not inside.any():
        return None
    mean = probs[inside].mean(axis=0)
    k = int(np.argmax(mean))
    unsure = timeline.uncertain[inside, timeline.participants.index(participant), timeline.modalities.index(modality)]
    return ("uncertain" if unsure.mean() > 0.5 else EMOTIONS[k]), float(mean[k]), modality


def write_emotion_vtt(analysis: Analysis, path: Path) -> Path:
    """WebVTT: each turn voiced by its participant, with the emotion read over it as a class tag (<c.happy>)."""
    cues = ["WEBVTT", ""]
    for row in analysis.turns.to_pylist():
        if not row["text"]:
            continue
        read = turn_emotion(analysis.timeline, row["participant"], row["start"], row["end"])
        tag = f" <c.{read[0]}>[{read[0]} {read[1]:.0%}, {read[2]}]</c>" if read else ""
        cues += [f"{transcript._clock(row['start'])} --> {transcript._clock(row['end'])}",
                 f"<v {row['participant']}>{row['text']}{tag}", ""]
    Path(path).write_text("\n".join(cues), encoding="utf-8")
    return path


def summary_lines(timeline: tl.Timeline, annotations: Sequence[Annotation] = ()) -> list[str]:
    """The report's text: per participant the track, shares, valence/arousal, peaks and transitions."""
    lines = []
    for person in timeline.participants:
        s = tl.summarize(timeline, person)
        shares = ", ".join(f"{e} {v:.0%}" for e, v in sorted(s.share.items(), key=lambda kv: -kv[1]) if v > 0)
        lines += [f"{person} — {track_label(timeline, person)}, {s.seconds_present:.0f} s",
                  f"  {shares}; valence {s.mean_valence:+.2f}, arousal {s.mean_arousal:+.2f}",
                  f"  {len(s.peaks)} peak(s), {len(s.transitions)} transition(s); "
                  f"{sum(a.participant == person for a in annotations)} annotation(s)"]
        p = timeline.participants.index(person)
        fused = timeline.present[:, p, timeline.modalities.index("fused")]
        if fused.any():
            shares = np.nanmean(timeline.contributions[fused, p], axis=0)
            lines.append("  fused reading weighed " + ", ".join(f"{m} {v:.0%}" for m, v in zip(tl.SOURCES, shares)))
    return lines + [f"note: {n}" for n in timeline.notes]


def report_png(analysis: Analysis, path: Path | io.BytesIO, title: str = "",
               annotations: Sequence[Annotation] = ()) -> Path | io.BytesIO:
    """One page: each participant's best track (stacked probabilities, valence) with annotations, then the summary."""
    timeline = analysis.timeline
    rows = max(len(timeline.participants), 1)
    fig = Figure(figsize=(8.27, 2.4 + 2.8 * rows))  # A4 wide, as tall as it needs
    grid = fig.add_gridspec(rows + 1, 1, height_ratios=[2] * rows + [1.6])
    centers = timeline.starts + timeline.window / 2
    for i, person in enumerate(timeline.participants):
        ax = fig.add_subplot(grid[i])
        probs, present = timeline.track(person, timeline.best_modality(person))
        ax.stackplot(centers, np.where(present[:, None], probs, 0.0).T, colors=[COLORS[e] for e in EMOTIONS],
                     labels=EMOTIONS)
        m = timeline.modalities.index(timeline.best_modality(person))
        ax.plot(centers, (timeline.valence[:, i, m] + 1) / 2, color="black", lw=1.2, label="valence (scaled)")
        for a in annotations:
            if a.participant == person:
                ax.axvline(a.start, color="#333", ls=":", lw=1)
        ax.set_ylim(0, 1)
        ax.set_title(f"{person}: {track_label(timeline, person)}", fontsize=9, loc="left")
        if i == 0:
            ax.legend(ncol=4, fontsize=6, loc="upper right")
    text = fig.add_subplot(grid[rows])
    text.axis("off")
    text.text(0, 1, "\n".join(summary_lines(timeline, annotations)), va="top", fontsize=8, family="monospace",
              wrap=True)
    fig.suptitle(title or "session report", fontsize=12)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    return path


def report_html(analysis: Analysis, path: Path, title: str = "", annotations: Sequence[Annotation] = ()) -> Path:
    """The one-page report as a self-contained HTML file (the PNG embedded, the summary and annotations as text)."""
    buffer = io.BytesIO()
    report_png(analysis, buffer, title, annotations)
    image = base64.b64encode(buffer.getvalue()).decode()
    notes = "".join(f"<li>{a.start:.1f}–{a.end:.1f} s {html.escape(a.participant)} · {a.kind} "
                    f"{html.escape(a.label)} {html.escape(a.text)} ({html.escape(a.author)})</li>" for a in annotations)
    Path(path).write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title or 'session report')}</h1><img alt='timeline' src='data:image/png;base64,{image}'>"
        f"<pre>{html.escape(chr(10).join(summary_lines(analysis.timeline, annotations)))}</pre>"
        f"<h2>Annotations</h2><ul>{notes or '<li>none</li>'}</ul></body></html>", encoding="utf-8")
    return path


def export_all(analysis: Analysis, out_dir: Path, stem: str, annotations: Sequence[Annotation] = (),
               store: SessionStore | None = None, session: str | None = None) -> dict[str, Path]:
    """Every export into `out_dir`, named `stem.<kind>.<ext>`; logged to the store's audit log when one is given."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    def name(kind: str) -> Path:
        return out_dir / f"{stem}.{kind}"

    paths = {
        "timeline_csv": tl.write_csv(analysis.timeline, name("timeline.csv")),
        "timeline_parquet": tl.write_parquet(analysis.timeline, name("timeline.parquet")),
        "timeline_png": plot_timeline(analysis.timeline, name("timeline.png"), title=stem),
        "words_csv": transcript.write_csv(analysis.words, name("words.csv")),
        "turns_csv": transcript.write_csv(analysis.turns, name("turns.csv")),
        "vtt": transcript.write_vtt(analysis.turns, name("vtt")),
        "emotion_vtt": write_emotion_vtt(analysis, name("emotions.vtt")),
        "eaf": write_eaf(analysis, name("eaf"), annotations),
        "report_png": report_png(analysis, name("report.png"), stem, annotations),
        "report_html": report_html(analysis, name("report.html"), stem, annotations),
    }
    pacsv.write_csv(to_table(list(annotations)), name("annotations.csv"))
    paths["annotations_csv"] = name("annotations.csv")
    if store is not None:
        store.log("export", session, {"formats": ",".join(paths), "annotations": len(annotations)})
    return paths

