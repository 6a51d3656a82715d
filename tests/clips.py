"""Test recordings built from real clips: ../shared/data/video has no phone video, so `phone_clip` makes one."""

from fractions import Fraction
from pathlib import Path

import av
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
