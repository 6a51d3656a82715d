"""Face path speed on this machine: detector fps at 640x360, expression CNN faces/s, face path real-time factor.

Run: `.venv/bin/python benchmarks/face_speed.py` (writes benchmarks/face_speed.md).
"""

from __future__ import annotations

import os
import platform
import tempfile
import time
from pathlib import Path

import numpy as np

from emotion_jax.config import AnalysisConfig
from emotion_jax.demo import make_demo_session
from emotion_jax.face.expressions import read_expressions
from emotion_jax.face.model import Predictor
from emotion_jax.face.tracks import find_faces
from privacy.faces import FaceDetector

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "shared" / "data"
VIDEO = DATA / "video" / "debate_2people_5s.mp4"   # real 640x360 frames, two people


def _frames_640x360(n: int) -> list[np.ndarray]:
    import av

    with av.open(str(VIDEO)) as c:
        frames = [f.to_ndarray(format="rgb24") for _, f in zip(range(n), c.decode(video=0))]
    return frames


def detector_fps(repeats: int = 3) -> float:
    det = FaceDetector()
    frames = _frames_640x360(40)
    det(frames[0])
    best = 0.0
    for _ in range(repeats):
        t = time.perf_counter()
        for f in frames:
            det(f)
        best = max(best, len(frames) / (time.perf_counter() - t))
    return best


def cnn_faces_per_second(batch: int, total: int = 4096) -> float:
    pred = Predictor(batch_size=batch)
    total = max(total if batch > 1 else 1000, batch)
    crops = np.random.default_rng(0).integers(0, 255, (total, 48, 48), dtype=np.uint8)
    pred(crops[:batch])
    t = time.perf_counter()
    pred(crops)
    return total / (time.perf_counter() - t)


def face_path_rtf(video: Path) -> tuple[float, float]:
    """(seconds of compute per second of video, video seconds) for decode + detect + track + crop + CNN."""
    config = AnalysisConfig()
    t = time.perf_counter()
    faces = find_faces(video, config.media, config.detector, config.tracker, config.crops, progress=False)
    read_expressions(faces.crops, config.batch_size, progress=False)
    return (time.perf_counter() - t) / float(faces.duration), float(faces.duration)


def main() -> None:
    rows = [("face detection (CenterFace, cv2.dnn), 640x360", f"{detector_fps():.1f} frames/s")]
    for b in (1, 64, 256):
        rows.append((f"expression CNN, batch {b}", f"{cnn_faces_per_second(b):,.0f} faces/s"))
    with tempfile.TemporaryDirectory() as tmp:
        session = make_demo_session(Path(tmp) / "session.mp4", seconds=120.0)
        rtf, secs = face_path_rtf(session)
    rows.append((f"face path real-time factor, 640x360 demo session ({secs:.0f} s, 5 fps analysis, "
                 "model load and compilation included)", f"{rtf:.3f}"))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}, CPU only"
    table = ["| measure | result |", "|---|---|", *[f"| {a} | {b} |" for a, b in rows]]
    text = "\n".join([
        "# Face path speed", "",
        f"Machine: {machine}. Command: `.venv/bin/python benchmarks/face_speed.py`. "
        f"Date: {time.strftime('%Y-%m-%d')}.", "", *table, ""])
    (HERE / "face_speed.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
