"""Who a face is, by appearance: dlib's ResNet face descriptors, so that a face that leaves and comes back (a
cut-away, a head turned away for a while, an occlusion) keeps its track id.

The tracker follows a face by position; once a face is gone longer than its gap it starts a new track. Here each
track gets a few 128-d descriptors (dlib's face recognition ResNet, 99.38% on LFW, with its 5-point aligner; both
CC0, shipped in the `face_recognition_models` package), and tracks that are never on screen at the same time and
whose descriptors are all within dlib's documented same-person distance are given one id.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emotion_jax import checkpoint

DIM = 128


@dataclass(frozen=True)
class IdentityConfig:
    """When two face tracks are one person."""

    max_distance: float = 0.6  # dlib's documented threshold: descriptors closer than this are the same person
    sample_seconds: float = 2.0  # a track's face is described at most once every this many seconds
    max_samples: int = 8  # and at most this many times per track
    min_box: float = 40.0  # px: smaller faces are not described (too few pixels to tell people apart)


def _models_folder() -> Path:
    """face_recognition_models' model folder, found without importing the package (it imports pkg_resources)."""
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the `face_recognition_models` package (dlib's face models) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "models"


class Describer:
    """dlib's 5-point aligner and face recognition ResNet: uint8 RGB frame + boxes -> (N, 128) descriptors."""

    def __init__(self) -> None:
        import dlib

        folder = _models_folder()
        self._align = dlib.shape_predictor(str(folder / "shape_predictor_5_face_landmarks.dat"))
        self._describe = dlib.face_recognition_model_v1(str(folder / "dlib_face_recognition_resnet_model_v1.dat"))
        self._rectangle = dlib.rectangle

    def __call__(self, frame_rgb: np.ndarray, boxes: np.ndarray) -> np.ndarray:
        frame = np.ascontiguousarray(frame_rgb)
        out = np.zeros((len(boxes), DIM), np.float32)
        for i, (x1, y1, x2, y2) in enumerate(np.asarray(boxes, np.float64)):
            shape = self._align(frame, self._rectangle(int(x1), int(y1), int(x2), int(y2)))
            out[i] = np.asarray(self._describe.compute_face_descriptor(frame, shape), np.float32)
        return out


class Sampler:
    """Describes each track's face now and then while frames go by; `samples()` gives what was collected."""

    def __init__(self, config: IdentityConfig = IdentityConfig()):
        self.config = config
        self._last: dict[int, float] = {}
        self._tracks: list[int] = []
        self._descriptors: list[np.ndarray] = []

    def see(self, time: float, frame_rgb: np.ndarray, track_ids: np.ndarray, boxes: np.ndarray) -> None:
        """Describe the faces of this frame whose tracks are due a sample."""
        cfg = self.config
        sizes = np.minimum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]) if len(boxes) else np.zeros(0)
        due = [i for i, k in enumerate(track_ids.tolist()) if sizes[i] >= cfg.min_box
               and time - self._last.get(k, -np.inf) >= cfg.sample_seconds
               and self._tracks.count(k) < cfg.max_samples]
        if not due:
            return
        describe = checkpoint.loaded_once(Describer, "face descriptor")  # loaded at the first face described
        self._descriptors.append(describe(frame_rgb, boxes[due]))
        for i in due:
            self._last[int(track_ids[i])] = time
            self._tracks.append(int(track_ids[i]))

    def samples(self) -> tuple[np.ndarray, np.ndarray]:
        """(track ids (M,), descriptors (M, 128)) of every sample taken."""
        if not self._tracks:
            return np.zeros(0, np.int64), np.zeros((0, DIM), np.float32)
        return np.asarray(self._tracks, np.int64), np.concatenate(self._descriptors)


def same_people(track_ids: np.ndarray, times: np.ndarray, sample_tracks: np.ndarray, descriptors: np.ndarray,
                config: IdentityConfig = IdentityConfig()) -> dict[int, int]:
    """{track id: the id it is one person with} for tracks merged into an earlier one: never on screen together,
    and every descriptor of the one within `max_distance` of every descriptor of the other (complete linkage);
    the nearest such pair is merged first."""
    tracks = [int(k) for k in np.unique(sample_tracks)]
    if len(tracks) < 2:
        return {}
    spans = np.array([(times[track_ids == k].min(), times[track_ids == k].max()) for k in tracks])
    apart = (spans[:, None, 0] > spans[None, :, 1]) | (spans[None, :, 0] > spans[:, None, 1])
    pairs = np.linalg.norm(descriptors[:, None] - descriptors[None], axis=2)
    rows = [np.flatnonzero(sample_tracks == k) for k in tracks]
    far = np.array([[pairs[np.ix_(a, b)].max() for b in rows] for a in rows])  # complete linkage, track by track
    far[~apart] = np.inf  # on screen together: never one person
    np.fill_diagonal(far, np.inf)
    members = {i: [i] for i in range(len(tracks))}
    while True:
        a, b = np.unravel_index(np.argmin(far), far.shape)
        if far[a, b] >= config.max_distance:
            break
        a, b = min(a, b), max(a, b)  # the earlier track (lower id) keeps its id
        far[a] = far[:, a] = np.maximum(far[a], far[b])  # the merged group: its worst pair with every other
        far[a, a] = far[b] = far[:, b] = np.inf
        members[a] += members.pop(b)
    return {tracks[j]: tracks[i] for i, group in members.items() for j in group if j != i}
