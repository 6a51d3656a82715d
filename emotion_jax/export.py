"""Exports of an analysis for other tools and for the record: ELAN .eaf, WebVTT with emotion tags, a one-page report.

CSV and Parquet tables come from timeline.py and transcript.py; `export_all` writes every format into one folder,
with the session's reviewed redactions applied to every text in it (emotion_jax.redacted) and a line in each
file's header saying whether the transcript was reviewed. Exported files are plaintext outside the store: each
export is written to the store's audit log when there is one, an export into a git work tree warns, and no
other file (a backup, a temporary one) is left.
"""

from __future__ import annotations

import base64
import html
import io
import subprocess
import warnings
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from matplotlib.figure import Figure
from pympi.Elan import Eaf, to_string

from emotion_jax import redacted
from emotion_jax import timeline as tl
from emotion_jax.annotations import Annotation, to_table
from emotion_jax.deidentify import WORDS
from emotion_jax.labels import EMOTIONS
from emotion_jax.plot import COLORS, plot_timeline
from emotion_jax.result import Result
from emotion_jax.store import SessionStore


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


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def write_eaf(analysis: Result, path: Path, annotations: Sequence[Annotation] = (), status: str = "") -> Path:
    """ELAN file: per participant a tier per modality (dominant emotion runs), their turns and their annotations;
    `status` (redaction) as a header property. An older file is replaced, not kept as a backup."""
    eaf = Eaf(author="emotion-jax")
    if status:
        eaf.add_property("redaction", status)
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
    # pympi's to_file keeps a replaced file as <name>.bak, in plaintext: written here instead
    Path(path).write_text(f"<?xml version='1.0' encoding='UTF-8'?>\n{to_string(eaf)}", encoding="utf-8")
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


def write_emotion_vtt(analysis: Result, path: Path, status: str = "", emotions: bool = True) -> Path:
    """WebVTT: each turn voiced by its participant, with the emotion read over it as a class tag (<c.happy>)
    unless `emotions` is False; `status` (redaction) as a NOTE in the header."""
    cues = ["WEBVTT", "", *([f"NOTE {status}", ""] if status else [])]
    for row in analysis.turns.to_pylist():
        if not row["text"]:
            continue
        read = turn_emotion(analysis.timeline, row["participant"], row["start"], row["end"]) if emotions else None
        tag = f" <c.{read[0]}>[{read[0]} {read[1]:.0%}, {read[2]}]</c>" if read else ""
        cues += [f"{_clock(row['start'])} --> {_clock(row['end'])}",
                 f"<v {row['participant']}>{row['text']}{tag}", ""]
    Path(path).write_text("\n".join(cues), encoding="utf-8")
    return path


def write_csv(table: pa.Table, path: Path, status: str = "") -> Path:
    """A table as CSV, after a '# status' line when a status (redaction) is given (read it with skip_rows=1)."""
    buffer = io.BytesIO()
    pacsv.write_csv(table, buffer)
    Path(path).write_bytes((f"# {status}\n".encode() if status else b"") + buffer.getvalue())
    return path


def write_parquet(timeline: tl.Timeline, path: Path, status: str = "") -> Path:
    """The timeline as Parquet (timeline.write_parquet's), with `status` (redaction) in the file metadata too."""
    buffer = io.BytesIO()
    tl.write_parquet(timeline, buffer)
    table = pq.read_table(io.BytesIO(buffer.getvalue()))
    pq.write_table(table.replace_schema_metadata({**(table.schema.metadata or {}), b"redaction": status.encode()}),
                   path)
    return path


def warn_if_in_git(folder: Path) -> None:
    """Warn when plaintext exports go into a git work tree, unless git says the folder is ignored."""
    folder = Path(folder).resolve()
    root = next((p for p in (folder, *folder.parents) if (p / ".git").exists()), None)
    if root is None:
        return
    try:
        ignored = subprocess.run(["git", "-C", str(root), "check-ignore", "-q", str(folder)],
                                 capture_output=True).returncode == 0
    except OSError:  # no git to ask
        ignored = False
    if not ignored:
        warnings.warn(f"exporting plaintext into {folder}, inside the git work tree {root}, which does not ignore it: "
                      "a commit could publish the session; export elsewhere or add the folder to .gitignore",
                      UserWarning, stacklevel=3)


def summary_lines(timeline: tl.Timeline, annotations: Sequence[Annotation] = (), status: str = "") -> list[str]:
    """The report's text: `status` (redaction) first, then per participant the track, shares, valence/arousal,
    peaks and transitions."""
    lines = [status] if status else []
    for person in timeline.participants:
        s = tl.summarize(timeline, person)
        shares = ", ".join(f"{e} {v:.0%}" for e, v in sorted(s.share.items(), key=lambda kv: -kv[1]) if v > 0)
        lines += [f"{person} — {timeline.track_label(person)}, {s.seconds_present:.0f} s",
                  f"  {shares}; valence {s.mean_valence:+.2f}, arousal {s.mean_arousal:+.2f}",
                  f"  {len(s.peaks)} peak(s), {len(s.transitions)} transition(s); "
                  f"{sum(a.participant == person for a in annotations)} annotation(s)"]
        p = timeline.participants.index(person)
        fused = timeline.present[:, p, timeline.modalities.index("fused")]
        if fused.any():
            shares = np.nanmean(timeline.contributions[fused, p], axis=0)
            lines.append("  fused reading weighed " + ", ".join(f"{m} {v:.0%}" for m, v in zip(tl.SOURCES, shares)))
    return lines + [f"note: {n}" for n in timeline.notes]


def report_png(analysis: Result, path: Path | io.BytesIO, title: str = "",
               annotations: Sequence[Annotation] = (), status: str = "") -> Path | io.BytesIO:
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
        ax.set_title(f"{person}: {timeline.track_label(person)}", fontsize=9, loc="left")
        if i == 0:
            ax.legend(ncol=4, fontsize=6, loc="upper right")
    text = fig.add_subplot(grid[rows])
    text.axis("off")
    text.text(0, 1, "\n".join(summary_lines(timeline, annotations, status)), va="top", fontsize=8,
              family="monospace", wrap=True)
    fig.suptitle(title or "session report", fontsize=12)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    return path


def report_html(analysis: Result, path: Path, title: str = "", annotations: Sequence[Annotation] = (),
                status: str = "") -> Path:
    """The one-page report as a self-contained HTML file (the PNG embedded, the summary and annotations as text)."""
    buffer = io.BytesIO()
    report_png(analysis, buffer, title, annotations, status)
    image = base64.b64encode(buffer.getvalue()).decode()
    notes = "".join(f"<li>{a.start:.1f}–{a.end:.1f} s {html.escape(a.participant)} · {a.kind} "
                    f"{html.escape(a.label)} {html.escape(a.text)} ({html.escape(a.author)})</li>" for a in annotations)
    Path(path).write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title or 'session report')}</h1><img alt='timeline' src='data:image/png;base64,{image}'>"
        f"<pre>{html.escape(chr(10).join(summary_lines(analysis.timeline, annotations, status)))}</pre>"
        f"<h2>Annotations</h2><ul>{notes or '<li>none</li>'}</ul></body></html>", encoding="utf-8")
    return path


def export_all(analysis: Result, out_dir: Path, stem: str, annotations: Sequence[Annotation] = (),
               store: SessionStore | None = None, session: str | None = None,
               redacted_words: pa.Table | None = None) -> dict[str, Path]:
    """Every export into `out_dir`, named `stem.<kind>.<ext>`, with the reviewed redactions applied to all of them:
    `redacted_words` (the review's redacted words table), else the store's kept review of the session; without
    one each file's header says the transcript was not reviewed. Logged to the store's audit log when one is given.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    warn_if_in_git(out_dir)
    if redacted_words is None and store is not None and store.has(session, WORDS):
        redacted_words = store.get_table(session, WORDS)
    redaction = redacted.review(analysis.words, redacted_words)
    shown = redacted.apply(analysis, redaction, redacted_words)
    notes = [replace(a, participant=redaction.scrub(a.participant), text=redaction.scrub(a.text))
             for a in annotations]
    status = redaction.status

    def name(kind: str) -> Path:
        return out_dir / f"{stem}.{kind}"

    title = f"{stem} ({'redaction reviewed' if redaction.reviewed else 'redaction NOT reviewed'})"
    paths = {
        "timeline_csv": write_csv(tl.to_arrow(shown.timeline), name("timeline.csv"), status),
        "timeline_parquet": write_parquet(shown.timeline, name("timeline.parquet"), status),
        "timeline_png": plot_timeline(shown.timeline, name("timeline.png"), title=title),
        "words_csv": write_csv(shown.words, name("words.csv"), status),
        "turns_csv": write_csv(shown.turns, name("turns.csv"), status),
        "vtt": write_emotion_vtt(shown, name("vtt"), status, emotions=False),
        "emotion_vtt": write_emotion_vtt(shown, name("emotions.vtt"), status),
        "eaf": write_eaf(shown, name("eaf"), notes, status),
        "report_png": report_png(shown, name("report.png"), stem, notes, status),
        "report_html": report_html(shown, name("report.html"), stem, notes, status),
        "annotations_csv": write_csv(to_table(notes), name("annotations.csv"), status),
    }
    if store is not None:
        store.log("export", session, {"formats": ",".join(paths), "annotations": len(annotations),
                                      "redaction": "reviewed" if redaction.reviewed else "not reviewed"})
    return paths

