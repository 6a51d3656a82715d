"""What body language adds to an analysis: per-frame cost of head pose and motion energy beside the face stage's
own work, the movement lanes and synchrony per session, and the whole analysis of a real clip for scale.

Run: `.venv/bin/python benchmarks/movement.py` (writes benchmarks/movement.md). Each timing is the best of three.
"""

from __future__ import annotations

import os
import platform
import time
from datetime import date
from pathlib import Path

import cv2
import numpy as np

from emotion_jax.api import analyze
from emotion_jax.config import AnalysisConfig
from emotion_jax.face.crops import align_crops
from emotion_jax.face.pose import head_pose
from emotion_jax.face.tracks import find_faces
from emotion_jax.media import MediaConfig, open_media
from emotion_jax.movement.energy import blurred, frame_energy
from emotion_jax.movement.lanes import window_movement
from emotion_jax.movement.synchrony import synchrony
from privacy.faces import FaceDetector

HERE = Path(__file__).parent
VIDEO = HERE.parent.parent / "shared" / "data" / "video" / "interview_2people.mp4"  # 1280x720, two men, 17.5 s


def best_of(work, repeats: int = 3) -> float:
    """The shortest of `repeats` runs of `work()`, seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def per_frame() -> dict[str, float]:
    """Milliseconds a frame for the face stage's detection and crops, and for what movement adds."""
    frames = [f for chunk in open_media(VIDEO, MediaConfig()).chunks() for f in chunk.frames]
    detect = FaceDetector(AnalysisConfig().detector)
    found = [detect(f) for f in frames]
    greys = [cv2.cvtColor(f, cv2.COLOR_RGB2GRAY) for f in frames]

    def energy() -> None:
        before = None
        for grey, faces in zip(greys, found):
            now = blurred(grey)
            frame_energy(now, before, faces.boxes)
            before = now

    work = {
        "face detection (CenterFace, 480 px wide)": lambda: [detect(f) for f in frames],
        "expression crops": lambda: [align_crops(f, x.boxes, x.landmarks) for f, x in zip(frames, found)],
        "head pose (solvePnP, 3 starts a face)": lambda: [head_pose(x.landmarks, f.shape[1], f.shape[0])
                                                           for f, x in zip(frames, found)],
        "motion energy (blur, difference, regions)": energy,
    }
    return {name: 1000 * best_of(run) / len(frames) for name, run in work.items()}


def lanes_and_synchrony() -> dict[str, float]:
    """Seconds for the movement lanes of the clip's two people, and for synchrony on a 60-minute session."""
    config = AnalysisConfig()
    faces = find_faces(VIDEO, config.media, config.detector, config.tracker, config.crops, progress=False,
                       identity=config.identity, energy=config.energy)
    starts = np.arange(0.0, float(faces.duration), config.window_seconds)
    rng = np.random.default_rng(0)
    hour = (rng.random(18000), rng.random(18000))  # 60 min at 5 analysis frames a second
    return {
        "movement lanes, both people of the 17.5 s clip (head speed, nods, facing, energy per window)":
            best_of(lambda: [window_movement(faces, t, starts, config.window_seconds) for t in (0, 1)]),
        "synchrony of one pair over a 60-minute session (720 windows, 51 lags, 200 surrogates)":
            best_of(lambda: synchrony(*hour, fps=config.media.fps), repeats=1),
    }


def whole() -> float:
    """Seconds for the whole analysis of the clip (faces, voices, words; models loaded before)."""
    analyze(VIDEO, progress=False)
    return best_of(lambda: analyze(VIDEO, progress=False), repeats=2)


def main() -> None:
    frames = per_frame()
    face_stage = frames["face detection (CenterFace, 480 px wide)"] + frames["expression crops"]
    added = frames["head pose (solvePnP, 3 starts a face)"] + frames["motion energy (blur, difference, regions)"]
    lanes = lanes_and_synchrony()
    total = whole()
    clip_frames = 5.0 * 17.536
    share = (added * clip_frames / 1000 + next(iter(lanes.values()))) / total
    hour = list(lanes.values())[1]
    rows = [f"| {name} | {ms:.2f} ms |" for name, ms in frames.items()]
    rows += [f"| {name} | {s:.2f} s |" for name, s in lanes.items()]
    text = f"""# Body language: what it adds to an analysis

Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, CPU only (shared with
other work: upper bounds). Command: `.venv/bin/python benchmarks/movement.py`. Date: {date.today()}.
Clip: `../shared/data/video/interview_2people.mp4` (1280x720, two people, 17.5 s, 5 analysis frames a second).
Each figure is the best of three runs (the 60-minute synchrony: one).

| work, per analysis frame with two faces (or per session) | time |
|---|---|
{chr(10).join(rows)}

- Movement adds {added:.1f} ms a frame to the face stage's {face_stage:.1f} ms of detection and crops
  ({added / face_stage:.0%}).
- The whole analysis of the clip (faces, voices, words) took {total:.1f} s; head pose, motion energy and the
  lanes took {share:.1%} of it (target: at most 10%).
- Synchrony grows with the session's length: a pair over 60 minutes takes {hour:.1f} s, {hour / 900:.1%} of the
  15 minutes a 60-minute session's analysis is allowed on this machine (issue 20, `benchmarks/speed.md`).
"""
    (HERE / "movement.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
