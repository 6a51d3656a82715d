"""Exports of an analysis for other tools and for the record: ELAN .eaf, WebVTT with emotion tags, CSV and Parquet
tables with a JSON sidecar, a one-page report (the README's "Export formats and column dictionary" says what each
holds).

ELAN files link the recording (its URL, a path relative to the .eaf and its MIME type), hold one emotion tier per
participant and modality whose values come from a controlled vocabulary (the labels and "uncertain"), each with a
dependent (symbolic association) tier of probabilities, and end no annotation after the recording does. WebVTT
cue text and voice names are escaped as the WebVTT spec says (&amp; &lt; &gt;), so no "-->" or tag can come from
what was said. `export_all` writes every format into one folder, with the session's reviewed redactions applied
to every text in it (emotion_jax.redacted) and a line in each file's header saying whether the transcript was
reviewed. Exported files are plaintext outside the store: each
export is written to the store's audit log when there is one, an export into a git work tree warns, and no
other file (a backup, a temporary one) is left.
"""

from __future__ import annotations

import base64
import html
import io
import json
import mimetypes
import os
import subprocess
import warnings
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlparse

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
from emotion_jax.media import MediaError, probe
from emotion_jax.movement.summary import movement_line, synchrony_lines, synchrony_spans, window_events
from emotion_jax.plot import draw_track, legend_handles, plot_timeline, time_axis
from emotion_jax.result import Result
from emotion_jax.store import SessionStore

UNCERTAIN = "uncertain"
VOCABULARY: tuple[str, ...] = (*EMOTIONS, UNCERTAIN)  # the values of every ELAN emotion tier
VOCABULARY_ID = "emotions"
_DESCRIPTIONS = {UNCERTAIN: "no reading to trust: a low calibrated top probability, or confident modalities that "
                            "disagree (calibration.UncertainRule)"}
Media = Path | str  # a recording's path, or its URL


def runs(timeline: tl.Timeline, participant: str, modality: str) -> list[tuple[float, float, str, float]]:
    """(start, end, emotion, mean probability) of each run of present windows with the same dominant emotion;
    uncertain windows (timeline.Timeline.uncertain) form runs labelled "uncertain", with their top probability."""
    probs, present = timeline.track(participant, modality)
    unsure = timeline.uncertain[:, timeline.participants.index(participant), timeline.modalities.index(modality)]
    out: list[tuple[float, float, str, float]] = []
    for k in np.flatnonzero(present):
        emotion = UNCERTAIN if unsure[k] else EMOTIONS[int(np.argmax(probs[k]))]
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


def media_duration(media: Media | None) -> float | None:
    """The recording's length in seconds as its container says, None when it cannot be read (or is a URL)."""
    if media is None or (isinstance(media, str) and "://" in media):
        return None
    try:
        seconds = probe(Path(media)).duration
    except (MediaError, OSError):
        return None
    return seconds if seconds > 0 else None


def _mime(name: str) -> str:
    """The MIME type of a recording by its name ("unknown", as ELAN writes it, for a name no type is known for)."""
    return mimetypes.guess_type(urlparse(name).path if "://" in name else name)[0] or "unknown"


def _link_media(eaf: Eaf, media: Media, eaf_path: Path) -> None:
    """The recording as the file's media: an absolute URL, a URL relative to the .eaf (when it is a local file on the
    same drive) and its MIME type."""
    if isinstance(media, str) and "://" in media:
        eaf.add_linked_file(media, mimetype=_mime(media))
        return
    media = Path(media).resolve()
    try:
        relative = Path(os.path.relpath(media, Path(eaf_path).resolve().parent)).as_posix()
        relative = relative if relative.startswith("../") else f"./{relative}"
    except ValueError:  # another drive
        relative = None
    eaf.add_linked_file(media.as_uri(), relpath=relative, mimetype=_mime(media.name))


def _span(start: float, end: float, limit: int | None, least: int = 0) -> tuple[int, int] | None:
    """[start, end] in milliseconds, at least `least` long, cut at `limit` (the media's end); None if none is left."""
    a, b = _ms(start), max(_ms(end), _ms(start) + least)
    if limit is not None:
        a, b = min(a, limit - least) if least else a, min(b, limit)
    return (max(a, 0), b) if b > max(a, 0) else None


def _vocabulary(eaf: Eaf) -> None:
    """The emotion linguistic type, its controlled vocabulary, and the probability type that depends on it."""
    eaf.add_language("eng", "http://cdb.iso.org/lg/CDB-00138502-001", "English (eng)")
    eaf.add_controlled_vocabulary(VOCABULARY_ID)
    eaf.add_cv_description(VOCABULARY_ID, "eng", "the emotion read in a run of windows (emotion_jax.labels)")
    for label in VOCABULARY:
        eaf.add_cv_entry(VOCABULARY_ID, f"cve_{label}", [(label, "eng", _DESCRIPTIONS.get(label, f"read as {label}"))])
    eaf.add_linguistic_type("emotion", param_dict={
        "LINGUISTIC_TYPE_ID": "emotion", "TIME_ALIGNABLE": "true", "GRAPHIC_REFERENCES": "false",
        "CONTROLLED_VOCABULARY_REF": VOCABULARY_ID})
    eaf.add_linguistic_type("probability", "Symbolic_Association", timealignable=False)
    for kind in ("transcript", "annotation", "notes", "movement", "synchrony"):
        eaf.add_linguistic_type(kind)


def write_eaf(analysis: Result, path: Path, annotations: Sequence[Annotation] = (), status: str = "",
              media: Media | None = None, duration: float | None = None) -> Path:
    """ELAN file: per participant a tier per modality (runs of the dominant emotion, from the controlled vocabulary
    `VOCABULARY`) with a dependent tier of each run's mean probability, their turns, nods and shakes, and their
    annotations; per pair their movement synchrony above chance; the timeline's notes as a "notes" tier and header
    properties; `status` (redaction) as a header property.

    `media` (the recording's path or URL) is linked with its MIME type; every annotation ends by `duration` (default:
    the media's length, when it can be read). An older file is replaced, not kept as a backup."""
    duration = media_duration(media) if duration is None else duration
    limit = _ms(duration) if duration else None
    eaf = Eaf(author="emotion-jax")
    eaf.header["TIME_UNITS"] = "milliseconds"
    if media is not None:
        _link_media(eaf, media, path)
    if status:
        eaf.add_property("redaction", status)
    timeline = analysis.timeline
    for note in timeline.notes:
        eaf.add_property("note", note)
    _vocabulary(eaf)
    turns = analysis.turns.to_pylist()
    people = list(dict.fromkeys([*timeline.participants, *(t["participant"] for t in turns),
                                 *(a.participant for a in annotations)]))
    for person in people:
        for modality in timeline.modalities if person in timeline.participants else ():
            found = [(span, emotion, p) for start, end, emotion, p in runs(timeline, person, modality)
                     if (span := _span(start, end, limit)) and span[1] - span[0] > 1]  # not a 1 ms remnant
            if found:
                tier, odds = f"{person} - {modality}", f"{person} - {modality} - probability"
                eaf.add_tier(tier, "emotion", part=person)
                eaf.add_tier(odds, "probability", parent=tier, part=person)
                for (a, b), emotion, _ in found:
                    eaf.add_annotation(tier, a, b, emotion)
                for (a, b), _, p in found:  # referred to by its middle: neighbours share their ends
                    eaf.add_ref_annotation(odds, tier, (a + b) // 2, f"{p:.3f}")
        said = [(span, t["text"]) for t in turns if t["participant"] == person
                and (span := _span(t["start"], t["end"], limit))]
        if said:
            eaf.add_tier(f"{person} - transcript", "transcript", part=person)
            for (a, b), text in said:
                eaf.add_annotation(f"{person} - transcript", a, b, text or "")
        moved = [(span, text) for start, end, text in window_events(timeline, person)
                 if person in timeline.participants and (span := _span(start, end, limit))]
        if moved:
            eaf.add_tier(f"{person} - nods and shakes", "movement", part=person)
            for (a, b), text in moved:
                eaf.add_annotation(f"{person} - nods and shakes", a, b, text)
        mine = [(span, a) for a in annotations if a.participant == person
                and (span := _span(a.start, a.end, limit, least=1))]  # ELAN has no zero-length annotation
        if mine:
            eaf.add_tier(f"{person} - annotations", "annotation", part=person)
            for (a, b), note in mine:
                value = f"{note.kind}: {note.label + ' ' if note.label else ''}{note.text}".strip()
                eaf.add_annotation(f"{person} - annotations", a, b, value)
    for (a, b), found in synchrony_spans(analysis.synchrony).items():
        kept = [(span, text) for start, end, text in found if (span := _span(start, end, limit))]
        if kept:
            eaf.add_tier(f"{a} / {b} - movement synchrony", "synchrony")
            for (x, y), text in kept:
                eaf.add_annotation(f"{a} / {b} - movement synchrony", x, y, text)
    whole = _span(0.0, max([float(timeline.ends[-1]) if len(timeline.starts) else 0.0, timeline.window]), limit)
    if timeline.notes and whole:
        eaf.add_tier("notes", "notes")
        eaf.add_annotation("notes", *whole, "\n".join(timeline.notes))
    eaf.remove_tier("default")
    eaf.remove_linguistic_type("default-lt")
    eaf.remove_property("lastUsedAnnotation")  # ELAN numbers the annotations a user adds from it
    eaf.add_property("lastUsedAnnotation", max((int(a[1:]) for a in eaf.annotations), default=0))
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
    return (UNCERTAIN if unsure.mean() > 0.5 else EMOTIONS[k]), float(mean[k]), modality


def vtt_escape(text: str) -> str:
    """Text as WebVTT cue text or a voice name: &, < and > as character references (so no "-->" and no tag can
    remain), line breaks as spaces (a blank line would end the cue)."""
    return " ".join(html.escape(text or "", quote=False).split())


def _vtt_note(text: str) -> str:
    """A NOTE block's text: one line, no "-->" (a NOTE has no escapes)."""
    return " ".join(text.replace("-->", "->").split())


def write_emotion_vtt(analysis: Result, path: Path, status: str = "", emotions: bool = True,
                      duration: float | None = None) -> Path:
    """WebVTT: each turn voiced by its participant, with the emotion read over it as a class tag (<c.happy>)
    unless `emotions` is False; `status` (redaction) as a NOTE in the header. Cue text and names are escaped
    (vtt_escape); a cue ends by `duration` when it is given."""
    cues = ["WEBVTT", "", *([f"NOTE {_vtt_note(status)}", ""] if status else [])]
    limit = _ms(duration) if duration else None
    for row in analysis.turns.to_pylist():
        span = _span(row["start"], row["end"], limit)
        if not (row["text"] or "").strip() or not span:
            continue
        read = turn_emotion(analysis.timeline, row["participant"], row["start"], row["end"]) if emotions else None
        tag = f" <c.{read[0]}>[{read[0]} {read[1]:.0%}, {vtt_escape(read[2])}]</c>" if read else ""
        cues += [f"{_clock(span[0] / 1000)} --> {_clock(span[1] / 1000)}",
                 f"<v {vtt_escape(row['participant'])}>{vtt_escape(row['text'])}{tag}", ""]
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
    return write_table_parquet(pq.read_table(io.BytesIO(buffer.getvalue())), path, status)


def write_table_parquet(table: pa.Table, path: Path, status: str = "") -> Path:
    """A table as Parquet with `status` (redaction) in the file metadata."""
    pq.write_table(table.replace_schema_metadata({**(table.schema.metadata or {}), b"redaction": status.encode()}),
                   path)
    return path


def write_timeline_json(timeline: tl.Timeline, path: Path, status: str = "", duration: float | None = None,
                        tables: Sequence[str] = ()) -> Path:
    """The sidecar of the timeline CSV and Parquet: window length, the recording's duration, the notes, the
    redaction status, the participants, modalities and labels, and the tables it describes."""
    sidecar = {"window_seconds": float(timeline.window), "duration_seconds": duration,
               "windows": int(len(timeline.starts)), "notes": list(timeline.notes), "redaction": status,
               "participants": list(timeline.participants), "modalities": list(timeline.modalities),
               "emotions": list(EMOTIONS), "uncertain_label": UNCERTAIN, "tables": list(tables)}
    Path(path).write_text(json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
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


def summary_lines(timeline: tl.Timeline, annotations: Sequence[Annotation] = (), status: str = "",
                  synchrony: pa.Table | None = None) -> list[str]:
    """The report's text: `status` (redaction) first, then per participant the track, shares, valence/arousal,
    peaks, transitions and movement, then each pair's movement synchrony."""
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
        moved = movement_line(timeline, person)
        lines += [f"  {moved}"] if moved else []
    pairs = synchrony_lines(synchrony) if synchrony is not None else []
    return lines + pairs + [f"note: {n}" for n in timeline.notes]


def report_png(analysis: Result, path: Path | io.BytesIO, title: str = "",
               annotations: Sequence[Annotation] = (), status: str = "") -> Path | io.BytesIO:
    """One page: each participant's best track (stacked probabilities, valence) with annotations, then the summary."""
    timeline = analysis.timeline
    rows = max(len(timeline.participants), 1)
    fig = Figure(figsize=(8.27, 2.4 + 2.8 * rows))  # A4 wide, as tall as it needs
    grid = fig.add_gridspec(rows + 1, 1, height_ratios=[2] * rows + [1.6])
    duration = float(timeline.ends[-1]) if len(timeline.starts) else timeline.window
    for i, person in enumerate(timeline.participants):
        ax = fig.add_subplot(grid[i])
        draw_track(ax, timeline, i, timeline.modalities.index(timeline.best_modality(person)))
        for a in annotations:
            if a.participant == person:
                ax.axvline(a.start, color="#333", ls=":", lw=1)
        ax.set_xlim(0, duration)
        time_axis(ax, duration)
        ax.set_title(f"{person}: {timeline.track_label(person)}", fontsize=9, loc="left")
        if i == 0:
            ax.legend(handles=legend_handles(), ncol=5, fontsize=6, loc="upper left", bbox_to_anchor=(0, -0.25))
    text = fig.add_subplot(grid[rows])
    text.axis("off")
    text.text(0, 1, "\n".join(summary_lines(timeline, annotations, status, analysis.synchrony)), va="top", fontsize=8,
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
        f"<pre>{html.escape(chr(10).join(summary_lines(analysis.timeline, annotations, status, analysis.synchrony)))}"
        "</pre>"
        f"<h2>Annotations</h2><ul>{notes or '<li>none</li>'}</ul></body></html>", encoding="utf-8")
    return path


# What each format of export_all writes (the keys of the paths it returns).
FORMATS: dict[str, tuple[str, ...]] = {
    "eaf": ("eaf",),
    "vtt": ("vtt", "emotion_vtt"),
    "csv": ("timeline_csv", "timeline_json", "words_csv", "turns_csv", "annotations_csv", "synchrony_csv"),
    "parquet": ("timeline_parquet", "timeline_json", "synchrony_parquet"),
    "report": ("timeline_png", "report_png", "report_html"),
}


def export_all(analysis: Result, out_dir: Path, stem: str, annotations: Sequence[Annotation] = (),
               store: SessionStore | None = None, session: str | None = None,
               redacted_words: pa.Table | None = None, media: Media | None = None,
               duration: float | None = None, formats: Sequence[str] = tuple(FORMATS)) -> dict[str, Path]:
    """The exports of `formats` (FORMATS: eaf, vtt, csv, parquet, report; all by default) into `out_dir`, named
    `stem.<kind>.<ext>`, with the reviewed redactions applied to all of them: `redacted_words` (the review's
    redacted words table), else the store's kept review of the session; without one each file's header says the
    transcript was not reviewed. Logged to the store's audit log when one is given. `media` (the recording's path or
    URL) is linked from the ELAN file; ELAN and WebVTT end by `duration` (default: the media's length, when it can be
    read), which the timeline's JSON sidecar records too.
    """
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown export format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
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
    duration = media_duration(media) if duration is None else duration

    def name(kind: str) -> Path:
        return out_dir / f"{stem}.{kind}"

    title = f"{stem} ({'redaction reviewed' if redaction.reviewed else 'redaction NOT reviewed'})"
    kinds = {k for f in formats for k in FORMATS[f]}
    tables = [name(f"timeline.{ext}").name for ext in ("csv", "parquet") if ext in formats]
    writers = {
        "timeline_csv": lambda: write_csv(tl.to_arrow(shown.timeline), name("timeline.csv"), status),
        "timeline_parquet": lambda: write_parquet(shown.timeline, name("timeline.parquet"), status),
        "timeline_json": lambda: write_timeline_json(shown.timeline, name("timeline.json"), status, duration, tables),
        "timeline_png": lambda: plot_timeline(shown.timeline, name("timeline.png"), title=title, movement=True,
                                              synchrony=shown.synchrony),
        "words_csv": lambda: write_csv(shown.words, name("words.csv"), status),
        "turns_csv": lambda: write_csv(shown.turns, name("turns.csv"), status),
        "vtt": lambda: write_emotion_vtt(shown, name("vtt"), status, emotions=False, duration=duration),
        "emotion_vtt": lambda: write_emotion_vtt(shown, name("emotions.vtt"), status, duration=duration),
        "eaf": lambda: write_eaf(shown, name("eaf"), notes, status, media, duration),
        "report_png": lambda: report_png(shown, name("report.png"), stem, notes, status),
        "report_html": lambda: report_html(shown, name("report.html"), stem, notes, status),
        "annotations_csv": lambda: write_csv(to_table(notes), name("annotations.csv"), status),
        "synchrony_csv": lambda: write_csv(shown.synchrony, name("synchrony.csv"), status),
        "synchrony_parquet": lambda: write_table_parquet(shown.synchrony, name("synchrony.parquet"), status),
    }
    paths = {kind: write() for kind, write in writers.items() if kind in kinds}
    if store is not None:
        store.log("export", session, {"formats": ",".join(paths), "annotations": len(annotations),
                                      "redaction": "reviewed" if redaction.reviewed else "not reviewed"})
    return paths
