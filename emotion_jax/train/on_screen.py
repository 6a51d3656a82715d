"""Conversations on screen, with known turns and face boxes, for the face-voice linking evaluation.

Each face is shown in a panel of its own. ../shared/data holds one real talking face (RAVDESS actor 01's
audio-visual clip), so every panel shows it (mirrored in every other panel, at its own brightness): talking (the
clip's speech frames, back and forth) while its speaker is heard, listening (the frames before the actor speaks,
back and forth) otherwise. The voices are RAVDESS actors' (train.conversations), so a mouth moves with its speaker's
turns but not with the words: what is measured is whether a voice is tied to the face that talks during its turns.
A panel may belong to nobody who speaks (a silent listener), and a voice may have no panel (someone off screen).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import cv2
import numpy as np

from emotion_jax.media import load_audio, open_media, write_recording
from emotion_jax.speech.vad import speech_segments
from emotion_jax.train.conversations import RAVDESS, STUDIO, Realism, conversation
from privacy.faces import DetectorConfig, FaceDetector

FACE_CLIP = RAVDESS.parents[1] / "av" / "ravdess_actor01" / "01-01-01-01-01-01-01.mp4"
FPS = 25
PANEL = 320  # pixels, square
RATE = 16000


@functools.cache
def _face_frames() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The clip's frames cropped square around the face and scaled to a panel, the face box in each, and the
    frame indices of its speech and of its silence before the speech."""
    decoded = open_media(FACE_CLIP)
    times, frames = [], []
    for chunk in decoded.chunks():
        times += chunk.frame_times.tolist()
        frames += list(chunk.frames)
    find = FaceDetector(DetectorConfig())
    box = find(frames[0]).boxes[0]
    centre, half = (box[:2] + box[2:]) / 2, 1.6 * (box[2] - box[0])
    x1, y1 = np.maximum(np.round(centre - half).astype(int), 0)
    side = int(2 * half)
    scale = PANEL / side
    panels = np.stack([_resize(f[y1:y1 + side, x1:x1 + side]) for f in frames])
    boxes = []
    for panel in panels:
        found = find(panel).boxes
        boxes.append(found[0] if len(found) else (box - [x1, y1, x1, y1]) * scale)
    speech = speech_segments(load_audio(FACE_CLIP, RATE), RATE)
    t = np.asarray(times)
    talking = np.flatnonzero((t >= speech[0].start) & (t < speech[-1].end))
    quiet = np.flatnonzero(t < speech[0].start - 0.2)
    return panels, np.asarray(boxes, np.float32), talking, quiet


def _resize(image: np.ndarray) -> np.ndarray:
    """A square crop scaled to the panel's size."""
    return cv2.resize(image, (PANEL, PANEL), interpolation=cv2.INTER_AREA)


def _back_and_forth(indices: np.ndarray, step: int) -> int:
    """The frame index `step` frames into playing `indices` forwards, backwards, forwards..."""
    period = max(2 * len(indices) - 2, 1)
    k = step % period
    return int(indices[k if k < len(indices) else period - k])


def on_screen(actors: tuple[int, ...], panels: tuple[int | None, ...], seed: int, folder: Path,
              realism: Realism = STUDIO) -> tuple[Path, Path, Path]:
    """Write a conversation of RAVDESS `actors` with one panel per entry of `panels` (the index of the actor whose
    face it is, None for a face that never speaks) into `folder`: the video (MP4, H.264 + AAC), the reference turns
    (RTTM, speakers named `actor17`...) and the faces (CSV: time, x1, y1, x2, y2, speaker; a silent face is named
    `silent1`...). Returns their paths."""
    audio, turns = conversation(actors, seed, realism=realism)
    frames, boxes, talking, quiet = _face_frames()
    names = [f"actor{a:02d}" for a in actors]
    faces = [names[k] if k is not None else f"silent{i + 1}" for i, k in enumerate(panels)]
    count = int(len(audio) / RATE * FPS)
    rng = np.random.default_rng(seed)
    gains = rng.uniform(0.75, 1.15, len(panels))
    phase = rng.integers(0, 1000, len(panels))
    rows, video = [], []
    for n in range(count):
        t = n / FPS
        parts = []
        for i, who in enumerate(panels):
            speaks = who is not None and any(turn.speaker == who and turn.start <= t < turn.end for turn in turns)
            frame = _back_and_forth(talking if speaks else quiet, n + int(phase[i]))
            image, box = frames[frame], boxes[frame].copy()
            if i % 2:
                image, box = image[:, ::-1], np.array([PANEL - box[2], box[1], PANEL - box[0], box[3]], np.float32)
            parts.append(np.clip(image * gains[i], 0, 255).astype(np.uint8))
            rows.append([f"{t:.3f}", *(f"{v:.1f}" for v in box + [i * PANEL, 0, i * PANEL, 0]), faces[i]])
        video.append(np.concatenate(parts, axis=1))
    stem = folder / f"{'-'.join(names)}_{'-'.join('x' if k is None else str(k) for k in panels)}_{seed}"
    write_recording(stem.with_suffix(".mp4"), video, FPS, audio, RATE)
    stem.with_suffix(".rttm").write_text("".join(
        f"SPEAKER {stem.name} 1 {turn.start:.3f} {turn.end - turn.start:.3f} <NA> <NA> {names[turn.speaker]} <NA> "
        "<NA>\n" for turn in turns))
    with open(stem.with_suffix(".faces.csv"), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["time", "x1", "y1", "x2", "y2", "speaker"])
        writer.writerows(rows)
    return stem.with_suffix(".mp4"), stem.with_suffix(".rttm"), stem.with_suffix(".faces.csv")

