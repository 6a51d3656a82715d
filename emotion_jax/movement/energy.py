"""Motion energy: the share of pixels that changed between two analysis frames in each person's body region.

Motion energy analysis (Ramseyer & Tschacher) as frame differencing: a pixel has changed when its grey level
moved by more than video noise does. Each person's region is their face box widened and carried down over the
shoulders and chest, and cut where it would reach into the next person's. A frame whose picture changed almost
everywhere (a camera cut) or whose background changed (the camera moved, the light changed) reads nothing: that
change is no one's movement.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class EnergyConfig:
    """How changed pixels are told from noise, where a body is, and when a frame reads nothing."""

    # grey levels (0-255) a pixel must move by, after a 5x5 Gaussian blur, to count as changed: H.264 and
    # sensor noise move a blurred still pixel by 1-3, so 12 is about four times the noise
    pixel_change: float = 12.0
    body_width: float = 3.0         # the body region's width in face widths, centred on the face
    body_above: float = 0.5         # it starts this many face heights above the face box (hair, raised hands)
    body_below: float = 3.0         # and ends this many face heights below it (shoulders, arms, chest)
    cut_share: float = 0.6          # a frame where more than this share of all pixels changed is a camera cut
    background_share: float = 0.2   # a frame whose background changed in more than this share moved as a whole
    min_background: float = 0.1     # the background test needs this share of the frame outside every body


def body_regions(boxes: np.ndarray, width: int, height: int, config: EnergyConfig = EnergyConfig()) -> np.ndarray:
    """(N, 4) int x1, y1, x2, y2 body regions for N face boxes in a width x height frame; a region stops halfway
    to a face beside it, so two people side by side never share pixels."""
    boxes = np.asarray(boxes, np.float64).reshape(-1, 4)
    centres = (boxes[:, 0] + boxes[:, 2]) / 2
    face_w, face_h = boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]
    x1, x2 = centres - face_w * config.body_width / 2, centres + face_w * config.body_width / 2
    for i, c in enumerate(centres):
        left, right = centres[centres < c], centres[centres > c]
        if len(left):
            x1[i] = max(x1[i], (left.max() + c) / 2)
        if len(right):
            x2[i] = min(x2[i], (right.min() + c) / 2)
    y1, y2 = boxes[:, 1] - face_h * config.body_above, boxes[:, 3] + face_h * config.body_below
    regions = np.stack([np.clip(x1, 0, width), np.clip(y1, 0, height), np.clip(x2, 0, width),
                        np.clip(y2, 0, height)], axis=1)
    return np.round(regions).astype(np.int64)


def blurred(grey: np.ndarray) -> np.ndarray:
    """A grey frame with its pixel noise smoothed (5x5 Gaussian), ready for `changed_pixels`."""
    return cv2.GaussianBlur(grey, (5, 5), 0)


def changed_pixels(now: np.ndarray, before: np.ndarray, config: EnergyConfig = EnergyConfig()) -> np.ndarray:
    """(H, W) bool: the pixels whose grey level moved by more than `pixel_change` between two `blurred` frames."""
    return cv2.absdiff(now, before) > config.pixel_change


def motion_energy(changed: np.ndarray, regions: np.ndarray,
                  config: EnergyConfig = EnergyConfig()) -> tuple[np.ndarray, bool]:
    """(each region's share of changed pixels (N,) float32, whether the frame is steady) for one frame's changed
    pixels; a frame that is not steady (a cut, or its background moved) gives NaN for every region."""
    body = np.zeros_like(changed)
    shares = np.full(len(regions), np.nan, np.float32)
    for i, (x1, y1, x2, y2) in enumerate(np.asarray(regions, np.int64)):
        if x2 > x1 and y2 > y1:
            shares[i] = changed[y1:y2, x1:x2].mean()
            body[y1:y2, x1:x2] = True
    background = ~body
    steady = changed.mean() <= config.cut_share
    if background.mean() >= config.min_background:
        steady = steady and changed[background].mean() <= config.background_share
    if not steady:
        shares[:] = np.nan
    return shares, bool(steady)


def frame_energy(now: np.ndarray, before: np.ndarray | None, boxes: np.ndarray,
                 config: EnergyConfig = EnergyConfig()) -> tuple[np.ndarray, bool]:
    """`motion_energy` of the bodies under N face boxes between two `blurred` grey frames; NaN for every body
    when there is no frame before (the first, or one of another size)."""
    if before is None or before.shape != now.shape:
        return np.full(len(boxes), np.nan, np.float32), True
    height, width = now.shape
    return motion_energy(changed_pixels(now, before, config), body_regions(boxes, width, height, config), config)
