"""One de-identified video frame at a time: decoded near the cursor, every detected face masked.

Where the detector finds no face the whole frame is masked, so a missed face is never shown.
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from privacy.blur import BlurConfig, anonymize, enlarge
from privacy.faces import FaceDetector


def read_frame(recording: str | Path, time: float) -> np.ndarray | None:
    """The RGB frame shown at `time` seconds (the last one before it), or None without video."""
    with av.open(str(recording)) as container:
        if not container.streams.video:
            return None
        stream = container.streams.video[0]
        container.seek(int(max(time, 0.0) / stream.time_base), stream=stream, backward=True)
        shown = None
        for frame in container.decode(stream):
            if shown is not None and frame.time is not None and frame.time > time:
                break
            shown = frame
        return None if shown is None else shown.to_ndarray(format="rgb24")


def blurred_frame(recording: str | Path, time: float, detector: FaceDetector | None = None,
                  config: BlurConfig = BlurConfig()) -> np.ndarray | None:
    """The frame at `time` with its faces masked as privacy.blur does (all of it when no face is found)."""
    frame = read_frame(recording, time)
    if frame is None:
        return None
    boxes = (detector or FaceDetector())(frame).boxes
    height, width = frame.shape[:2]
    masks = [enlarge(b, config.mask_scale) for b in boxes] if len(boxes) else [np.array([0, 0, width, height])]
    return anonymize(frame, masks, config)
