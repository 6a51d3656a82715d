"""Face crops for the expression model: rotate so the eyes are level, square the box, 48x48 grayscale.

The framing matches FER2013's (eyebrows to chin filling the crop), which the model was trained on.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


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
