"""Test recordings built from real clips: ../shared/data/video has no phone video, so `phone_clip` makes one; clips
side by side and stills made into videos test movement."""

from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

CLOCK = Fraction(1, 90000)  # the MP4 clock phones use
INTERVALS = (1 / 60, 1 / 30, 1 / 20, 1 / 15)  # seconds between frames: a phone's rate varies with the light


def phone_clip(src: Path, dst: Path, rotation: int = 90, seed: int = 0) -> Path:
    """`src` as a phone records it: a variable frame rate (each frame 1/60 to 1/15 s after the one before), the
    picture stored sideways with a display rotation of `rotation` degrees that puts it upright, and AAC sound."""
    rng = np.random.default_rng(seed)
    with av.open(str(src)) as source, av.open(str(dst), "w", format="mp4") as out:
        vin, ain = source.streams.video[0], source.streams.audio[0]
        video = out.add_stream("libx264", rate=30)
        video.time_base = video.codec_context.time_base = CLOCK
        sideways = rotation % 180 == 90
        video.width, video.height = (vin.height, vin.width) if sideways else (vin.width, vin.height)
        video.pix_fmt = "yuv420p"
        video.set_display_rotation(rotation)
        sound = out.add_stream("aac", rate=ain.codec_context.sample_rate, layout="mono")
        time = 0.0
        for frame in source.decode(video=0):
            stored = np.rot90(frame.to_ndarray(format="rgb24"), -rotation // 90)  # turned back when displayed
            picture = av.VideoFrame.from_ndarray(np.ascontiguousarray(stored), format="rgb24")
            picture.pts, picture.time_base = round(time / CLOCK), CLOCK
            out.mux(video.encode(picture))
            time += float(rng.choice(INTERVALS))
        out.mux(video.encode(None))
        source.seek(0)
        mono = av.AudioResampler(format="fltp", layout="mono", rate=ain.codec_context.sample_rate)
        for frame in [*source.decode(audio=0), None]:
            for piece in mono.resample(frame):
                out.mux(sound.encode(piece))
        out.mux(sound.encode(None))
    return dst


def analysis_frames(src: Path, fps: float = 5.0) -> list[np.ndarray]:
    """The RGB frames of `src` at `fps` a second, as the analysis reads them."""
    from emotion_jax.media import MediaConfig, open_media

    return [frame for chunk in open_media(src, MediaConfig(fps=fps)).chunks() for frame in chunk.frames]


def silent_video(frames: list[np.ndarray], dst: Path, fps: int = 5) -> Path:
    """RGB frames written as an H.264 MP4 with silent sound (each frame's size cut to even numbers)."""
    from emotion_jax.media import write_recording

    even = [np.ascontiguousarray(f[: f.shape[0] // 2 * 2, : f.shape[1] // 2 * 2]) for f in frames]
    return write_recording(dst, even, fps, np.zeros(int(len(even) / fps * 16000), np.float32))


def side_by_side(left: list[np.ndarray], right: list[np.ndarray]) -> list[np.ndarray]:
    """Two frame sequences shown beside each other, the right one scaled to the left one's height."""
    height = left[0].shape[0]
    scale = height / right[0].shape[0]
    size = (round(right[0].shape[1] * scale), height)
    return [np.hstack([a, cv2.resize(b, size, interpolation=cv2.INTER_AREA)]) for a, b in zip(left, right)]
