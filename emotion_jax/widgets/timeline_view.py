"""The timeline viewer: cursor, zoom and participant as plain state, changed by methods or by its widgets.

Given the recording, it shows the blurred frame at the cursor and plays the sound of the segment under it (the
speaker turn there, else the window); given a de-identified video too (privacy.blur's output), it plays that
segment of it.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

import ipywidgets as w
import numpy as np
import pyarrow as pa
from ipyevents import Event
from PIL import Image as PILImage

from emotion_jax.annotations import Annotation
from emotion_jax.labels import EMOTIONS
from emotion_jax.timeline import SOURCES, Timeline, summarize
from emotion_jax.widgets.clips import audio_clip, segment_at, video_clip
from emotion_jax.widgets.figure import render
from emotion_jax.widgets.frames import blurred_frame
from emotion_jax.widgets.shown import Shown
from privacy.faces import FaceDetector


def moments(timeline: Timeline, participant: str, kind: str) -> list[float]:
    """Times of the participant's peaks or transitions (kind 'peak' or 'transition') on the best track."""
    if kind not in ("peak", "transition"):
        raise ValueError(f"kind must be 'peak' or 'transition', not {kind!r}")
    s = summarize(timeline, participant)
    return sorted({t for t, *_ in (s.peaks if kind == "peak" else s.transitions)})


def contributions(timeline: Timeline, participant: str, time: float) -> list[dict]:
    """Each modality's reading in the window at `time`: dominant emotion, probabilities, confidence and its share
    of the fused reading (the fusion model's gate; without a fused reading, its share of the confidence)."""
    k = int(np.clip(np.searchsorted(timeline.starts, time, side="right") - 1, 0, max(len(timeline.starts) - 1, 0)))
    p = timeline.participants.index(participant)
    unsure = timeline.uncertain
    rows = [{"modality": mod, "emotion": EMOTIONS[int(np.argmax(timeline.probs[k, p, m]))],
             "uncertain": bool(unsure[k, p, m]),
             "probs": dict(zip(EMOTIONS, timeline.probs[k, p, m].tolist())),
             "confidence": float(timeline.confidence[k, p, m]), "valence": float(timeline.valence[k, p, m]),
             "arousal": float(timeline.arousal[k, p, m])}
            for m, mod in enumerate(timeline.modalities) if len(timeline.starts) and timeline.present[k, p, m]]
    fused = "fused" in timeline.modalities and timeline.present[k, p, timeline.modalities.index("fused")]
    if fused:  # the fusion model's own weighing of each modality in this window
        weights = dict(zip(SOURCES, timeline.contributions[k, p].tolist()))
        return [{**r, "share": weights.get(r["modality"], 1.0)} for r in rows]
    total = sum(r["confidence"] for r in rows) or 1.0
    return [{**r, "share": r["confidence"] / total} for r in rows]


def why_html(timeline: Timeline, participant: str, time: float) -> str:
    """The contributions at `time` as a small HTML table (what the reviewer reads as 'why')."""
    rows = contributions(timeline, participant, time)
    if not rows:
        return f"<b>{time:.1f} s</b>: no reading for {html.escape(participant)} here"
    cells = "".join(f"<tr><td>{r['modality']}</td><td>{'uncertain (' if r['uncertain'] else ''}{r['emotion']} "
                    f"{r['probs'][r['emotion']]:.0%}{')' if r['uncertain'] else ''}</td>"
                    f"<td>{r['confidence']:.2f}</td><td>{r['share']:.0%}</td>"
                    f"<td>{r['valence']:+.2f} / {r['arousal']:+.2f}</td></tr>" for r in rows)
    return (f"<b>{time:.1f} s · {html.escape(participant)}</b> ({timeline.track_label(participant)})"
            "<table><tr><th>modality</th><th>reading</th><th>confidence</th><th>share</th>"
            f"<th>valence / arousal</th></tr>{cells}</table>")


def lane_html(turns: pa.Table, time: float, zoom: tuple[float, float]) -> str:
    """The turns inside the zoom range, the one under the cursor in bold."""
    lines = []
    for row in turns.to_pylist():
        if row["end"] < zoom[0] or row["start"] > zoom[1]:
            continue
        text = f"{row['start']:.1f}–{row['end']:.1f} s <i>{html.escape(row['participant'])}</i>: " \
               f"{html.escape(row['text'] or '')}"
        lines.append(f"<b>{text}</b>" if row["start"] <= time <= row["end"] else text)
    return "<br>".join(lines) or "<i>no speech in this range</i>"


def png(image: np.ndarray) -> bytes:
    """An RGB array as PNG bytes."""
    buffer = io.BytesIO()
    PILImage.fromarray(image).save(buffer, format="PNG")
    return buffer.getvalue()


class TimelineView(Shown):
    """One participant's timeline with a cursor, a zoom range, the transcript lane and the blurred frame.

    With `recording`, the sound of the segment under the cursor plays in `audio` (and the frame there, blurred,
    shows in `frame`); with `blurred_video` (the recording de-identified by privacy.blur), that segment of it
    plays in `video`. Without them those widgets are not shown. With `synchrony` (Analysis.synchrony's table,
    `Result.synchrony`), the participant's movement synchrony with each other one is drawn under their movement.
    """

    def __init__(self, timeline: Timeline, turns: pa.Table, recording: str | Path | None = None,
                 annotations: list[Annotation] | None = None, detector: FaceDetector | None = None,
                 blurred_video: str | Path | None = None, synchrony: pa.Table | None = None) -> None:
        if not timeline.participants:
            raise ValueError("the timeline has no participant to show: " + "; ".join(timeline.notes))
        self.timeline, self.turns, self.recording, self.blurred_video = timeline, turns, recording, blurred_video
        self.synchrony = synchrony
        self.segment: tuple[float, float] | None = None  # (start, end) s of the segment loaded into the players
        self.annotations = list(annotations or [])
        self.duration = float(timeline.ends[-1]) if len(timeline.starts) else 0.0
        self.participant, self.cursor, self.zoom = timeline.participants[0], 0.0, (0.0, self.duration)
        self._detector = detector or (FaceDetector() if recording is not None else None)
        step = timeline.window / 4
        self.chooser = w.Dropdown(options=timeline.participants, description="participant")
        self.slider = w.FloatSlider(0.0, min=0.0, max=self.duration, step=step, description="cursor (s)",
                                    continuous_update=False, layout=w.Layout(width="95%"))
        self.range = w.FloatRangeSlider(value=self.zoom, min=0.0, max=self.duration, step=step,
                                        description="zoom (s)", continuous_update=False, layout=w.Layout(width="95%"))
        buttons = {"◀ peak": ("peak", -1), "peak ▶": ("peak", 1), "◀ change": ("transition", -1),
                   "change ▶": ("transition", 1)}
        self.buttons = [w.Button(description=d, layout=w.Layout(width="auto")) for d in buttons]
        for button, (kind, direction) in zip(self.buttons, buttons.values()):
            button.on_click(lambda _, k=kind, d=direction: self.jump(k, d))
        reset = w.Button(description="whole session", layout=w.Layout(width="auto"))
        reset.on_click(lambda _: self.reset_zoom())
        self.plot, self.frame = w.Image(format="png"), w.Image(format="png", layout=w.Layout(width="320px"))
        self.why, self.lane, self.segment_note = w.HTML(), w.HTML(), w.HTML()
        self.audio = w.Audio(format="wav", autoplay=False, controls=True, loop=False)
        self.video = w.Video(format="mp4", autoplay=False, controls=True, loop=False,
                             layout=w.Layout(width="320px"))
        players = [self.segment_note] + ([self.audio] if recording is not None else []) \
            + ([self.video] if blurred_video is not None else [])
        self.clicks = Event(source=self.plot, watched_events=["click"])  # dataX: the PNG's pixel column
        self.clicks.on_dom_event(lambda event: self.click_plot(event["dataX"]))
        self.hovers = Event(source=self.plot, watched_events=["mousemove", "mouseleave"],
                            throttle_or_debounce="throttle", wait=150)
        self.hovers.on_dom_event(self._hover)
        self.chooser.observe(lambda c: self.select(c.new), "value")
        self.slider.observe(lambda c: self.set_cursor(c.new), "value")
        self.range.observe(lambda c: self.set_zoom(*c.new), "value")
        self.widget = w.VBox([w.HBox([self.chooser, *self.buttons, reset]), self.plot, self.slider, self.range,
                              w.HBox([self.frame, w.VBox([self.why, self.lane])]),
                              *([w.VBox(players)] if len(players) > 1 else [])])
        for part, name in ((self.widget, "view"), (self.plot, "plot"), (self.frame, "frame"), (self.why, "why"),
                           (self.lane, "transcript"), (self.audio, "audio"), (self.video, "video")):
            part.add_class(f"emotion-jax-timeline-{name}")  # stable hooks for styling and the browser test
        self.refresh()

    def select(self, participant: str) -> None:
        """Show another participant."""
        if participant not in self.timeline.participants:
            raise ValueError(f"no participant {participant!r}; choose from {self.timeline.participants}")
        if participant != self.participant:
            self.participant = self.chooser.value = participant
            self.refresh()

    def set_cursor(self, time: float) -> None:
        """Move the cursor (clamped to the session) and redraw."""
        time = float(np.clip(time, 0.0, self.duration))
        if time != self.cursor:
            self.cursor = self.slider.value = time
            self.refresh()

    def _hover(self, event: dict) -> None:
        """The pointer over the plot shows why at its time; leaving it shows the cursor's again."""
        if event["event"] == "mousemove":
            self.hover_plot(event["dataX"])
        else:
            self.why.value = why_html(self.timeline, self.participant, self.cursor)

    def hover_plot(self, x: float) -> float | None:
        """Show why (each modality's reading and share) at the time under pixel column `x`; the cursor stays."""
        time = self._picture.time_at(x)
        if time is not None:
            self.why.value = why_html(self.timeline, self.participant, time)
        return time

    def click_plot(self, x: float) -> float | None:
        """Move the cursor to the time under pixel column `x` of the plot; None (cursor stays) off its time axis."""
        time = self._picture.time_at(x)
        if time is not None:
            self.set_cursor(time)
        return time

    def set_zoom(self, start: float, end: float) -> None:
        """Show only [start, end] seconds; the cursor is brought inside."""
        start, end = float(max(0.0, start)), float(min(self.duration, end))
        if end <= start:
            raise ValueError(f"an empty zoom range: {start}–{end} s")
        if (start, end) != self.zoom:
            self.zoom = self.range.value = (start, end)
            if not start <= self.cursor <= end:
                self.cursor = self.slider.value = start
            self.refresh()

    def reset_zoom(self) -> None:
        self.set_zoom(0.0, self.duration)

    def jump(self, kind: str, direction: int = 1) -> float | None:
        """Move the cursor to the next (1) or previous (-1) peak or transition; None (cursor stays) if there is none."""
        times = moments(self.timeline, self.participant, kind)
        after = [t for t in times if t > self.cursor] if direction > 0 else [t for t in times if t < self.cursor]
        if not after:
            return None
        target = after[0] if direction > 0 else after[-1]
        if not self.zoom[0] <= target <= self.zoom[1]:
            self.reset_zoom()
        self.set_cursor(target)
        return target

    def refresh(self) -> None:
        """Redraw every part from the current state."""
        self._picture = render(self.timeline, self.turns, self.participant, self.cursor, self.zoom, self.annotations,
                               synchrony=self.synchrony)
        self.plot.value = self._picture.png
        self.why.value = why_html(self.timeline, self.participant, self.cursor)
        self.lane.value = lane_html(self.turns, self.cursor, self.zoom)
        frame = blurred_frame(self.recording, self.cursor, self._detector) if self.recording is not None else None
        self.frame.value = png(frame) if frame is not None else b""
        self.load_segment()

    def load_segment(self) -> tuple[float, float] | None:
        """Put the segment under the cursor into the players (only when it changed); None without a recording
        or a blurred video to cut it from."""
        if self.recording is None and self.blurred_video is None:
            return None
        start, end, what = segment_at(self.timeline, self.turns, self.participant, self.cursor)
        if (start, end) != self.segment:
            self.segment = (start, end)
            self.audio.value = audio_clip(self.recording, start, end) if self.recording is not None else b""
            self.video.value = video_clip(self.blurred_video, start, end) if self.blurred_video is not None else b""
            found = "" if self.audio.value or self.video.value else ": no sound or picture there"
            self.segment_note.value = f"<b>segment under the cursor: {start:.1f}–{end:.1f} s</b> " \
                                      f"({html.escape(what)}){found}"
        return self.segment
