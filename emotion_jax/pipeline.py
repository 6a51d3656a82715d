"""analyze(recording) -> Timeline: the one place that knows the order of the stages.

Stages: decode + find faces (detect, track, crop) -> expression model -> timeline. Each stage's output is
kept in a work folder keyed by the recording's content, the configuration and the model weights, so an
interrupted analysis resumes at the first unfinished stage.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from emotion_jax import labels
from emotion_jax.face import model as face_model
from emotion_jax.face.crops import CropConfig, align_crops
from emotion_jax.media import MediaConfig, open_media
from emotion_jax.timeline import MODALITIES, Timeline
from privacy.faces import DetectorConfig, FaceDetector, FaceTracker, TrackerConfig

NO_VIDEO = "the recording has no video stream (audio only): no face track"


@dataclass(frozen=True)
class AnalysisConfig:
    """Everything that changes an analysis' result (it is part of the resume key)."""

    media: MediaConfig = field(default_factory=MediaConfig)
    detector: DetectorConfig = field(default_factory=DetectorConfig)
    tracker: TrackerConfig = field(default_factory=TrackerConfig)
    crops: CropConfig = field(default_factory=CropConfig)
    window_seconds: float = 1.0       # timeline resolution
    min_track_seconds: float = 1.0    # shorter face tracks are treated as detector noise
    batch_size: int = 256            # expression model batch (fixed shape; 256 is fastest on CPU)


def _file_digest(path: Path, block: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(block):
            h.update(chunk)
    return h.hexdigest()


def run_key(recording: Path, config: AnalysisConfig) -> str:
    """Resume key: recording content + configuration + model weights."""
    parts = [_file_digest(recording), json.dumps(asdict(config), sort_keys=True, default=str),
             face_model.weights_hash()]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def find_faces(recording: Path, config: AnalysisConfig, progress: bool = True) -> dict[str, np.ndarray]:
    """Decode once, detect and track faces in each analysis frame, and crop them for the expression model."""
    decoded = open_media(recording, config.media)
    detector, tracker = FaceDetector(config.detector), FaceTracker(config.tracker)
    times, ids, boxes, crops, frame_times = [], [], [], [], []
    bar = tqdm(total=round(decoded.info.duration, 1), unit="s", desc="faces", disable=not progress)
    for chunk in decoded.chunks():
        for t, frame in zip(chunk.frame_times, chunk.frames):
            faces = detector(frame)
            track_ids = tracker.update(float(t), frame, faces)
            frame_times.append(t)
            if len(faces.boxes):
                times.append(np.full(len(faces.boxes), t))
                ids.append(track_ids)
                boxes.append(faces.boxes)
                crops.append(align_crops(frame, faces.boxes, faces.landmarks, config.crops))
        bar.update(round(min(chunk.end, decoded.info.duration) - bar.n, 1))
    bar.close()
    return {
        "frame_times": np.asarray(frame_times, np.float64),
        "times": np.concatenate(times) if times else np.zeros(0),
        "track_ids": np.concatenate(ids).astype(np.int64) if ids else np.zeros(0, np.int64),
        "boxes": np.concatenate(boxes).astype(np.float32) if boxes else np.zeros((0, 4), np.float32),
        "crops": np.concatenate(crops) if crops else np.zeros((0, 48, 48), np.uint8),
        "duration": np.float64(decoded.info.duration),
        "problems": np.array(([] if decoded.info.has_video else [NO_VIDEO]) + decoded.problems, dtype=str),
    }


def read_expressions(faces: dict[str, np.ndarray], config: AnalysisConfig,
                     progress: bool = True) -> dict[str, np.ndarray]:
    """Expression probabilities and embeddings for every face crop (batched, fixed shapes)."""
    predictor = face_model.Predictor(batch_size=config.batch_size)
    crops = faces["crops"]
    probs, embs = [], []
    step = config.batch_size * 16
    for start in tqdm(range(0, len(crops), step), desc="expression", unit="batch", disable=not progress):
        e, p = predictor(crops[start:start + step])
        embs.append(e)
        probs.append(p)
    dim = face_model.ExpressionConfig().embed_dim
    return {"probs": np.concatenate(probs) if probs else np.zeros((0, labels.NUM_CLASSES), np.float32),
            "embeddings": np.concatenate(embs) if embs else np.zeros((0, dim), np.float32)}


def build_timeline(faces: dict[str, np.ndarray], expr: dict[str, np.ndarray], config: AnalysisConfig) -> Timeline:
    """Average each person's per-frame face probabilities into fixed windows."""
    duration, win = float(faces["duration"]), config.window_seconds
    starts = np.arange(0.0, max(duration, win) - 1e-9, win)
    notes = [str(p) for p in faces["problems"]]
    ids, times, probs = faces["track_ids"], faces["times"], expr["probs"]
    min_hits = max(1, int(round(config.min_track_seconds * config.media.fps)))
    unique, counts = np.unique(ids, return_counts=True)
    kept = [int(u) for u, c in zip(unique, counts) if c >= min_hits]
    if len(unique) > len(kept):
        notes.append(f"ignored {len(unique) - len(kept)} brief face track(s) shorter than "
                     f"{config.min_track_seconds:g} s (likely detector noise)")
    kept.sort(key=lambda k: times[ids == k].min())
    if not kept:
        notes.append("no face was found in the video: the face track is empty")
    participants = tuple(f"person {i + 1}" for i in range(len(kept)))
    shape = (len(starts), len(kept), len(MODALITIES))
    out_probs = np.full((*shape, labels.NUM_CLASSES), np.nan, np.float32)
    present = np.zeros(shape, bool)
    confidence = np.full(shape, np.nan, np.float32)
    frames_per_window = np.histogram(faces["frame_times"], bins=np.append(starts, starts[-1] + win))[0]
    m = MODALITIES.index("face")
    window_of = np.minimum((times // win).astype(np.int64), len(starts) - 1)
    for p, k in enumerate(kept):
        sel = ids == k
        for w in np.unique(window_of[sel]):
            rows = probs[sel & (window_of == w)]
            mean = rows.mean(axis=0)
            out_probs[w, p, m] = mean
            present[w, p, m] = True
            coverage = len(rows) / max(frames_per_window[w], 1)
            confidence[w, p, m] = float(mean.max()) * min(coverage, 1.0)
    valence, arousal = labels.valence_arousal(np.nan_to_num(out_probs))
    valence, arousal = np.where(present, valence, np.nan), np.where(present, arousal, np.nan)
    return Timeline(starts, win, participants, MODALITIES, out_probs, valence.astype(np.float32),
                    arousal.astype(np.float32), confidence, present, tuple(notes))


def _timeline_arrays(t: Timeline) -> dict[str, np.ndarray]:
    return {"starts": t.starts, "window": np.float64(t.window), "participants": np.array(t.participants, str),
            "modalities": np.array(t.modalities, str), "probs": t.probs, "valence": t.valence,
            "arousal": t.arousal, "confidence": t.confidence, "present": t.present,
            "notes": np.array(t.notes, str)}


def _timeline_from_arrays(a: dict[str, np.ndarray]) -> Timeline:
    return Timeline(a["starts"], float(a["window"]), tuple(a["participants"].tolist()),
                    tuple(a["modalities"].tolist()), a["probs"], a["valence"], a["arousal"], a["confidence"],
                    a["present"], tuple(a["notes"].tolist()))


def analyze(recording: str | Path, config: AnalysisConfig = AnalysisConfig(),
            work_dir: Path | None = None, progress: bool = True) -> Timeline:
    """Run every stage on one recording; with `work_dir`, finished stages are kept and reused."""
    recording = Path(recording)
    stage_dir = None
    if work_dir is not None:
        stage_dir = Path(work_dir) / run_key(recording, config)
        stage_dir.mkdir(parents=True, exist_ok=True)

    def stage(name: str, compute):
        path = stage_dir / f"{name}.npz" if stage_dir else None
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as f:
                return {k: f[k] for k in f.files}
        result = compute()
        if path is not None:
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, **result)
            tmp.replace(path)
        return result

    faces = stage("faces", lambda: find_faces(recording, config, progress))
    expr = stage("expression", lambda: read_expressions(faces, config, progress))
    arrays = stage("timeline", lambda: _timeline_arrays(build_timeline(faces, expr, config)))
    return _timeline_from_arrays(arrays)


def crop_largest_face(image_rgb: np.ndarray, detector: FaceDetector,
                      config: AnalysisConfig = AnalysisConfig()) -> tuple[np.ndarray, bool]:
    """(48x48 crop, found) for the largest face in a still image; the whole image is the crop if none is found."""
    faces = detector(image_rgb)
    if len(faces.boxes):
        areas = (faces.boxes[:, 2] - faces.boxes[:, 0]) * (faces.boxes[:, 3] - faces.boxes[:, 1])
        i = int(np.argmax(areas))
        return align_crops(image_rgb, faces.boxes[i:i + 1], faces.landmarks[i:i + 1], config.crops)[0], True
    h, w = image_rgb.shape[:2]
    whole = np.array([[0, 0, w, h]], np.float32)
    return align_crops(image_rgb, whole, None, CropConfig(size=config.crops.size, scale=1.0))[0], False
