"""Head pose from the detector's five landmarks: yaw, pitch and roll in degrees through a generic 3D face.

The five points (eyes, nose tip, mouth corners) are fitted to an average adult face with `cv2.solvePnP` under a
pinhole camera whose focal length is the frame's width (about a 53 degree field of view, a webcam's or a room
camera's). Five points on one face give the pose to a few degrees, enough for nods, shakes and looking away; the
exact angle to the camera is not known without the camera's calibration.
"""

from __future__ import annotations

import cv2
import numpy as np

# An average adult face in millimetres, camera axes (x right in the image, y down, z away from the camera), nose
# tip at the origin: pupils 63 mm apart and 32 mm above the nose tip, 26 mm behind it; mouth corners 50 mm apart,
# 30 mm below it and 20 mm behind it (anthropometric averages).
FACE_3D = np.array([[-31.5, -32.0, 26.0],   # left eye as seen in the image
                    [31.5, -32.0, 26.0],    # right eye
                    [0.0, 0.0, 0.0],        # nose tip
                    [-25.0, 30.0, 20.0],    # left mouth corner
                    [25.0, 30.0, 20.0]],    # right mouth corner
                   np.float64)
START_YAWS = (0.0, -60.0, 60.0)  # degrees: solvePnP starts here, facing the camera or turned to either side
UPRIGHT = 60.0  # degrees of pitch or roll beyond which a fit is a mirror solution, not a head


def head_pose(landmarks: np.ndarray, width: int, height: int) -> np.ndarray:
    """(N, 3) float32 yaw, pitch, roll in degrees for (N, 5, 2) landmarks in a width x height frame, relative to
    the line from the camera to the head (0, 0, 0: facing the camera); NaN where the points fit no upright head.
    Yaw > 0: the face turns toward the image's right; pitch > 0: it tilts down (a nod starts there); roll > 0:
    its right eye (image right) drops."""
    camera = np.array([[width, 0, width / 2], [0, width, height / 2], [0, 0, 1]], np.float64)
    out = np.full((len(landmarks), 3), np.nan, np.float32)
    for i, points in enumerate(np.asarray(landmarks, np.float64)):
        if np.isfinite(points).all():
            out[i] = _best_fit(points, camera)
    return out


def _best_fit(points: np.ndarray, camera: np.ndarray) -> np.ndarray:
    """The upright pose (|pitch|, |roll| <= UPRIGHT) that reprojects the five points best, fitted from a start
    facing the camera and from starts turned to either side (a face in profile fits only from those); NaN when
    no start gives one."""
    best, error = np.full(3, np.nan, np.float32), np.inf
    for yaw in START_YAWS:
        rvec = np.array([[0.0], [np.radians(yaw)], [0.0]])
        tvec = np.array([[0.0], [0.0], [1000.0]])  # about 1 m away
        ok, rvec, tvec = cv2.solvePnP(FACE_3D, points.reshape(5, 1, 2), camera, None, rvec, tvec,
                                      useExtrinsicGuess=True, flags=cv2.SOLVEPNP_ITERATIVE)
        if not ok or tvec[2, 0] <= 0:
            continue
        angles = _angles(_toward(tvec) @ cv2.Rodrigues(rvec)[0])
        moved = cv2.projectPoints(FACE_3D, rvec, tvec, camera, None)[0].reshape(5, 2)
        miss = float(np.linalg.norm(moved - points, axis=1).mean())
        if np.abs(angles[1:]).max() <= UPRIGHT and miss < error:
            best, error = angles, miss
    return best


def _toward(position: np.ndarray) -> np.ndarray:
    """The rotation that turns the line of sight to a head at `position` onto the camera's axis: a head beside
    the middle of the picture that faces the camera reads yaw 0, as one in the middle does."""
    sight = position.ravel() / np.linalg.norm(position)
    axis = np.cross(sight, [0.0, 0.0, 1.0])
    angle = np.arcsin(np.clip(np.linalg.norm(axis), 0.0, 1.0))
    return cv2.Rodrigues(axis / max(np.linalg.norm(axis), 1e-12) * angle)[0]


def _angles(rotation: np.ndarray) -> np.ndarray:
    """Yaw, pitch, roll (degrees) of a head rotation, with the signs of `head_pose`, as the one Euler triple
    (rotation = Rz Ry Rx) whose pitch is within +-90 degrees: a face turned past profile keeps an upright pitch."""
    x, y, z = cv2.RQDecomp3x3(rotation)[0]
    if abs(x) > 90:  # the same rotation as (x + 180, 180 - y, z + 180)
        x, y, z = x + 180, 180 - y, z + 180
    yaw, pitch, roll = (((np.array([-y, -x, z]) + 180) % 360) - 180)
    return np.array([yaw, pitch, roll], np.float32)
