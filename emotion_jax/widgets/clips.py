"""The segment under the viewer's cursor as something to play: its sound (WAV) and its blurred video (MP4).

The sound is cut from the recording through emotion_jax.media (decoded on the analysis' clock, time 0 the
recording's start), so a segment's samples are the ones the analysis read. The video is cut from an already
de-identified recording (privacy.blur's output), never from the original, after a seek to the segment: decoding
from the start would take minutes in a long session. Segments are capped at MAX_SEGMENT_SECONDS.
"""

from __future__ import annotations

import contextlib
import io
import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pyarrow as pa

from emotion_jax.media import Decoded, MediaConfig, probe
from emotion_jax.timeline import Timeline

MAX_SEGMENT_SECONDS = 30.0
MAX_AUDIO_RATE = 24000  # Hz: plenty for speech, and a 30 s WAV stays under 1.5 MB in the notebook
CLIP_WIDTH = 640        # largest width of a video clip (pixels)
CLIP_FPS = 25           # largest frame rate of a video clip
AAC_FRAME = 1024        # samples per AAC frame


def segment_at(timeline: Timeline, turns: pa.Table, participant: str, time: float) -> tuple[float, float, str]:
    """(start, end, what) of the segment under `time`: the participant's speaker turn there, else anyone's turn
    there, else the timeline window there; at most MAX_SEGMENT_SECONDS long (centred on `time` when cut)."""
    rows = [r for r in turns.to_pylist() if r["start"] <= time <= r["end"]] if turns.num_rows else []
    own = [r for r in rows if r["participant"] == participant]
    if own or rows:
        row = (own or rows)[0]
        start, end, what = float(row["start"]), float(row["end"]), f"{row['participant']}'s turn"
    else:
        k = int(np.clip(np.searchsorted(timeline.starts, time, side="right") - 1, 0, max(len(timeline.starts) - 1, 0)))
        start = float(timeline.starts[k]) if len(timeline.starts) else 0.0
        end, what = start + timeline.window, "window"
    if end - start > MAX_SEGMENT_SECONDS:
        start = float(np.clip(time - MAX_SEGMENT_SECONDS / 2, start, end - MAX_SEGMENT_SECONDS))
        end, what = start + MAX_SEGMENT_SECONDS, f"{what} ({MAX_SEGMENT_SECONDS:.0f} s of it)"
    return start, end, what


def segment_audio(recording: str | Path, start: float, end: float) -> tuple[np.ndarray, int]:
    """(mono float32 samples, rate) of [start, end) seconds of the recording, decoded by emotion_jax.media;
    empty when it has no sound."""
    info = probe(recording)
    if not info.has_audio:
        return np.zeros(0, np.float32), 0
    rate = min(info.audio_rate or 16000, MAX_AUDIO_RATE)
    decoded = Decoded(info, MediaConfig(sample_rate=rate, chunk_seconds=10.0), video=False)
    pieces = []
    with contextlib.closing(decoded.chunks()) as chunks:  # stops decoding (and closes the file) at the end
        for chunk in chunks:
            if chunk.end > start:
                a = max(0, round((start - chunk.start) * rate))
                b = max(a, round((min(end, chunk.end) - chunk.start) * rate))
                pieces.append(chunk.audio[a:b])
            if chunk.end >= end:
                break
    return (np.concatenate(pieces) if pieces else np.zeros(0, np.float32)), rate


def wav_bytes(samples: np.ndarray, rate: int) -> bytes:
    """Mono float samples in [-1, 1] as a 16-bit WAV file's bytes."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(np.round(np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def audio_clip(recording: str | Path, start: float, end: float) -> bytes:
    """The sound of [start, end) seconds of the recording as WAV bytes (b"" when it has no sound)."""
    samples, rate = segment_audio(recording, start, end)
    return wav_bytes(samples, rate) if samples.size else b""


def video_clip(blurred: str | Path, start: float, end: float) -> bytes:
    """[start, end) seconds of a de-identified recording as an MP4 (H.264, at most CLIP_WIDTH wide and CLIP_FPS,
    with its sound as AAC) that a browser plays; b"" when nothing of it lies in the segment."""
    with av.open(str(blurred)) as source:
        if not source.streams.video:
            return b""
        vin = source.streams.video[0]
        ain = source.streams.audio[0] if source.streams.audio else None
        origin = source.start_time / av.time_base if source.start_time is not None else 0.0
        fps = min(CLIP_FPS, round(float(vin.average_rate or vin.guessed_rate or CLIP_FPS)))
        source.seek(int((max(start, 0.0) + origin) / vin.time_base), stream=vin, backward=True)
        frames: list[tuple[int, av.VideoFrame]] = []
        audio: list[np.ndarray] = []
        rate = ain.codec_context.sample_rate if ain is not None else 0
        resampler = av.AudioResampler(format="flt", layout="mono", rate=rate) if ain is not None else None
        first_sample = None
        for packet in source.demux(*[s for s in (vin, ain) if s is not None]):
            for frame in packet.decode():
                t = frame.time - origin if frame.time is not None else None
                if t is None:
                    continue
                if packet.stream is vin:
                    k = round((t - start) * fps)
                    if 0 <= k < (end - start) * fps and (not frames or k > frames[-1][0]):
                        frames.append((k, _small(frame)))
                else:
                    for out in resampler.resample(frame):
                        samples = out.to_ndarray().reshape(-1)
                        at = round((t - start) * rate)
                        if first_sample is None and at + samples.size > 0:
                            first_sample, samples = max(at, 0), samples[max(0, -at):]
                        if first_sample is not None:
                            audio.append(samples)
                        t += out.samples / rate
            if packet.stream is vin and packet.pts is not None and packet.pts * vin.time_base - origin > end + 1.0:
                break  # past the segment (a second's slack for frames stored out of order)
    if not frames:
        return b""
    sound = np.concatenate(audio)[: round((end - start) * rate) - (first_sample or 0)] if audio else None
    return _mp4(frames, fps, sound, rate, first_sample or 0)


def _small(frame: av.VideoFrame) -> av.VideoFrame:
    """The frame as YUV 4:2:0 at most CLIP_WIDTH wide, both sides even (H.264 needs that)."""
    width = min(frame.width, CLIP_WIDTH)
    height = round(frame.height * width / frame.width)
    return frame.reformat(width=width - width % 2, height=max(2, height - height % 2), format="yuv420p")


def _mp4(frames: list[tuple[int, av.VideoFrame]], fps: int, sound: np.ndarray | None, rate: int,
         first_sample: int) -> bytes:
    """Encode frames (index on the 1/fps grid from the segment's start) and mono sound into MP4 bytes."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as out:
        codec = "libx264" if "libx264" in av.codecs_available else "mpeg4"
        video = out.add_stream(codec, rate=fps, options={"crf": "26", "preset": "veryfast"} if codec == "libx264"
                               else {"qscale": "4"})
        video.width, video.height, video.pix_fmt = frames[0][1].width, frames[0][1].height, "yuv420p"
        video.codec_context.time_base = Fraction(1, fps)
        voice = out.add_stream("aac", rate=rate, layout="mono") if sound is not None and sound.size else None
        for k, frame in frames:
            frame.pts, frame.time_base = k, Fraction(1, fps)
            out.mux(video.encode(frame))
        out.mux(video.encode(None))
        if voice is not None:
            for i in range(0, sound.size, AAC_FRAME):
                piece = np.ascontiguousarray(sound[None, i:i + AAC_FRAME], dtype=np.float32)
                chunk = av.AudioFrame.from_ndarray(piece, format="flt", layout="mono")
                chunk.sample_rate, chunk.pts, chunk.time_base = rate, first_sample + i, Fraction(1, rate)
                out.mux(voice.encode(chunk))
            out.mux(voice.encode(None))
    return buffer.getvalue()
