"""Face crops for the expression model: rotate so the eyes are level, square the box, 48x48 grayscale.

The framing matches FER2013's (eyebrows to chin filling the crop), which the model was trained on.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from privacy.faces import FaceDetector


@dataclass(frozen=True)
class CropConfig:
    """How a detector box becomes a model input."""

    size: int = 48
    scale: float = 1.0        # crop side as a fraction of the box's longer side (best on FER2013 PublicTest)
    max_tilt_degrees: float = 40.0  # landmarks implying more tilt than this are ignored (likely wrong)


def align_crops(frame_rgb: np.ndarray, boxes: np.ndarray, landmarks: np.ndarray | None,
                config: CropConfig = CropConfig()) -> np.ndarray:
    """Crops (N, size, size) uint8 grayscale for N boxes (x1, y1, x2, y2) with optional (N, 5, 2) landmarks."""
    gray = cv2.cvtColor(frame_rgb, cv2.COLOR_RGB2GRAY) if frame_rgb.ndim == 3 else frame_rgb
    out = np.empty((len(boxes), config.size, config.size), np.uint8)
    for i, (x1, y1, x2, y2) in enumerate(np.asarray(boxes, np.float64)):
        cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
        side = max(x2 - x1, y2 - y1, 1.0) * config.scale
        angle = 0.0
        if landmarks is not None:
            (lx, ly), (rx, ry) = landmarks[i, 0], landmarks[i, 1]
            tilt = float(np.degrees(np.arctan2(ry - ly, rx - lx)))
            angle = tilt if abs(tilt) <= config.max_tilt_degrees else 0.0
        m = cv2.getRotationMatrix2D((float(cx), float(cy)), angle, config.size / side)
        m[:, 2] += (config.size / 2 - cx, config.size / 2 - cy)
        out[i] = cv2.warpAffine(gray, m, (config.size, config.size), flags=cv2.INTER_AREA,
                                borderMode=cv2.BORDER_REPLICATE)
    return out


def crop_largest_face(image_rgb: np.ndarray, detector: FaceDetector,
                      config: CropConfig = CropConfig()) -> tuple[np.ndarray, bool]:
    """(crop, found) for the largest face in a still image; the whole image is the crop if none is found."""
    faces = detector(image_rgb)
    if len(faces.boxes):
        areas = (faces.boxes[:, 2] - faces.boxes[:, 0]) * (faces.boxes[:, 3] - faces.boxes[:, 1])
        i = int(np.argmax(areas))
        return align_crops(image_rgb, faces.boxes[i:i + 1], faces.landmarks[i:i + 1], config)[0], True
    h, w = image_rgb.shape[:2]
    whole = np.array([[0, 0, w, h]], np.float32)
    return align_crops(image_rgb, whole, None, CropConfig(size=config.size, scale=1.0))[0], False
