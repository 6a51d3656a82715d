"""The face stage: decode once, detect and track faces in each analysis frame, crop them for the expression model.

Its result, Faces, is what the expression model, the face-voice linking and the timeline read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np

from emotion_jax.face.crops import CropConfig, align_crops
from emotion_jax.face.identity import IdentityConfig, Sampler, same_people
from emotion_jax.face.pose import head_pose
from emotion_jax.media import MediaConfig, open_media
from emotion_jax.movement.energy import EnergyConfig, blurred, frame_energy
from emotion_jax.progress import Progress, bar
from privacy.faces import DetectorConfig, FaceDetector, FaceTracker, TrackerConfig

NO_VIDEO = "the recording has no video stream (audio only): no face track"


@dataclass(frozen=True)
class Faces:
    """Every face found: one row per face and analysis frame, with the frames' times and the recording's length."""

    frame_times: np.ndarray  # (F,) s: every analysis frame decoded, with or without a face
    times: np.ndarray        # (N,) s: the frame each face was found in
    track_ids: np.ndarray    # (N,) int64: the tracker's id of the face (one person while the track lasts)
    boxes: np.ndarray        # (N, 4) float32 x1, y1, x2, y2 in pixels
    crops: np.ndarray        # (N, size, size) uint8 grayscale, eyes levelled (the expression model's input)
    duration: np.ndarray     # () float64 s: the recording's length
    problems: np.ndarray     # (P,) str: why a track may be missing (no video stream, not analysed)
    rejoined: np.ndarray     # (R, 2) int64: (a track that came back, the earlier track id it was given: same face)
    motion: np.ndarray       # (N,) float32: mean absolute grey-level change (0-255) in the face's box since the
    # previous analysis frame, NaN where the track was not in that frame (a picture on the wall never changes)
    pose: np.ndarray         # (N, 3) float32 yaw, pitch, roll in degrees (emotion_jax.face.pose), NaN: no fit
    energy: np.ndarray       # (N,) float32 motion energy of the face's body region since the previous analysis
    # frame (emotion_jax.movement.energy), NaN on the first frame and where the frame was not steady
    steady: np.ndarray       # (F,) bool: the frame was no camera cut and its background did not move

    def of_tracks(self, tracks: list[int]) -> Faces:
        """Only the faces of these tracks (the frames and problems unchanged)."""
        keep = np.isin(self.track_ids, tracks)
        return replace(self, times=self.times[keep], track_ids=self.track_ids[keep], boxes=self.boxes[keep],
                       crops=self.crops[keep], motion=self.motion[keep], pose=self.pose[keep],
                       energy=self.energy[keep])


def find_faces(recording: Path, media: MediaConfig, detector: DetectorConfig, tracker: TrackerConfig,
               crops: CropConfig, progress: Progress = True, audio: list[np.ndarray] | None = None,
               identity: IdentityConfig | None = IdentityConfig(), energy: EnergyConfig = EnergyConfig()) -> Faces:
    """Detect, track and crop the faces of every analysis frame in one decoding pass, with each face's head pose
    and its body's motion energy; a face that left and came back is given its earlier track id when it looks the
    same (`identity`; None: by position only).

    The sound of the same pass is appended, chunk by chunk, to `audio` when a list is given.
    """
    decoded = open_media(recording, media)
    find, follow = FaceDetector(detector), FaceTracker(tracker)
    sampler = Sampler(identity) if identity is not None else None
    times, ids, boxes, cut, frame_times, motion, poses, energies, steady = [], [], [], [], [], [], [], [], []
    before, before_ids = None, np.zeros(0, np.int64)  # the previous analysis frame (grey) and its tracks
    smooth_before = None  # the previous frame blurred, for motion energy
    shown = bar(progress, total=round(decoded.info.duration, 1), unit="s", desc="faces")
    for chunk in decoded.chunks():
        if audio is not None and decoded.info.has_audio:
            audio.append(chunk.audio)
        for t, frame in zip(chunk.frame_times, chunk.frames):
            faces = find(frame)
            track_ids = follow.update(float(t), frame, faces)
            frame_times.append(t)
            grey = cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY)
            smooth = blurred(grey)
            shares, still = frame_energy(smooth, smooth_before, faces.boxes, energy)
            steady.append(still)
            if len(faces.boxes):
                motion.append([box_change(grey, before, b) if k in before_ids else np.nan
                               for k, b in zip(track_ids.tolist(), faces.boxes)])
                times.append(np.full(len(faces.boxes), t))
                ids.append(track_ids)
                boxes.append(faces.boxes)
                poses.append(head_pose(faces.landmarks, grey.shape[1], grey.shape[0]))
                energies.append(shares)
                cut.append(align_crops(frame, faces.boxes, faces.landmarks, crops))
                if sampler is not None:
                    sampler.see(float(t), frame, track_ids, faces.boxes)
            before, before_ids, smooth_before = grey, np.asarray(track_ids, np.int64), smooth
        shown.update(round(min(chunk.end, decoded.info.duration) - shown.n, 1))
    shown.close()
    track_ids = np.concatenate(ids).astype(np.int64) if ids else np.zeros(0, np.int64)
    face_times = np.concatenate(times) if times else np.zeros(0)
    merged = same_people(track_ids, face_times, *sampler.samples(), identity) if sampler is not None else {}
    return Faces(
        frame_times=np.asarray(frame_times, np.float64),
        times=face_times,
        track_ids=np.array([merged.get(k, k) for k in track_ids.tolist()], np.int64),
        boxes=np.concatenate(boxes).astype(np.float32) if boxes else np.zeros((0, 4), np.float32),
        crops=np.concatenate(cut) if cut else np.zeros((0, crops.size, crops.size), np.uint8),
        duration=np.float64(decoded.info.duration),
        problems=np.array(([] if decoded.info.has_video else [NO_VIDEO]) + decoded.problems, dtype=str),
        rejoined=np.array(sorted(merged.items()), np.int64).reshape(-1, 2),
        motion=np.concatenate(motion).astype(np.float32) if motion else np.zeros(0, np.float32),
        pose=np.concatenate(poses).astype(np.float32) if poses else np.zeros((0, 3), np.float32),
        energy=np.concatenate(energies).astype(np.float32) if energies else np.zeros(0, np.float32),
        steady=np.asarray(steady, bool))


def box_change(now: np.ndarray, before: np.ndarray, box: np.ndarray) -> float:
    """Mean absolute grey-level change (0-255) inside `box` (x1, y1, x2, y2) between two grey frames; NaN for a
    box with no pixels in the frame."""
    height, width = now.shape
    x1, x2 = np.clip(np.round(box[[0, 2]]).astype(int), 0, width)
    y1, y2 = np.clip(np.round(box[[1, 3]]).astype(int), 0, height)
    if x2 <= x1 or y2 <= y1:
        return float("nan")
    return float(cv2.absdiff(now[y1:y2, x1:x2], before[y1:y2, x1:x2]).mean())


def no_faces(duration: float, problem: str, size: int = 48) -> Faces:
    """The face stage's result when faces are not analysed, keeping the recording's length for the timeline."""
    return Faces(np.zeros(0), np.zeros(0), np.zeros(0, np.int64), np.zeros((0, 4), np.float32),
                 np.zeros((0, size, size), np.uint8), np.float64(duration), np.array([problem], str),
                 np.zeros((0, 2), np.int64), np.zeros(0, np.float32), np.zeros((0, 3), np.float32),
                 np.zeros(0, np.float32), np.zeros(0, bool))
