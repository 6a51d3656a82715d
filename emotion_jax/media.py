"""Decode a recording once with PyAV into analysis-rate frames and 16 kHz mono audio, streamed in chunks.

Time 0 is the start of the recording (the container's start time), so frames and samples of both streams
share one clock. Frames are picked by presentation timestamp, not by counting, so variable-frame-rate
recordings are sampled at the right moments, and turned upright by their display rotation (a phone records
sideways and says so there). Only a few seconds of media are held in memory at a time.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

_VFR_PACKETS = 60  # video packets probe() reads to decide whether the frame rate varies
_PROBE_PACKETS = 2000  # most packets probe() reads while looking for them
_VFR_TOLERANCE = 0.1  # frame intervals may differ from their median by this fraction and still count as constant
_LAG_SECONDS = 5.0  # how far one stream may run ahead of the other before chunks are handed out anyway
_MAX_HOLD = 5.0  # a frame stands in for analysis times at most this many seconds after its timestamp
_AUDIO_GAP = 0.002  # a jump in audio timestamps longer than this (seconds) is filled with silence
_EPS = 1e-6  # timestamps closer than this (seconds) count as equal


@dataclass(frozen=True)
class MediaConfig:
    """How a recording is decoded for analysis: frame rate, sample rate, chunk length and largest width."""

    fps: float = 5.0
    sample_rate: int = 16000
    chunk_seconds: float = 10.0
    max_width: int = 1280

    def __post_init__(self) -> None:
        """Reject settings that cannot work, before any decoding starts."""
        if self.fps <= 0 or self.sample_rate <= 0 or self.chunk_seconds <= 0 or self.max_width <= 0:
            raise ValueError(f"MediaConfig values must all be positive, got {self}")


@dataclass(frozen=True)
class MediaInfo:
    """What probe() learns from a recording's header and first packets, without decoding the whole file."""

    path: Path
    duration: float  # seconds; 0.0 when the file does not say
    has_video: bool
    has_audio: bool
    width: int
    height: int
    native_fps: float
    variable_frame_rate: bool
    audio_rate: int
    audio_channels: int


@dataclass(frozen=True)
class Chunk:
    """One stretch [start, end) of a recording: analysis frames on the grid k/fps and the mono samples."""

    start: float
    end: float
    frame_times: np.ndarray  # (N,) float64 seconds, each k/fps for some k
    frames: np.ndarray  # (N, H, W, 3) uint8 RGB, upright; (0, 0, 0, 3) when there is no video
    # (S,) float32 mono; sample i is at start + i/sample_rate; gaps in the sound are silence, and it is
    # shorter than the chunk only once the sound track has ended
    audio: np.ndarray


class MediaError(Exception):
    """A recording cannot be used; the message names the file in plain words for the person running it."""


class MediaNotFound(MediaError):
    """The recording's file does not exist."""


class NotMediaFile(MediaError):
    """The file is not audio or video that can be read (for example a document renamed to .mp4)."""


class NoVideoStream(MediaError):
    """Video was needed but the recording has no picture."""


class NoAudioStream(MediaError):
    """Audio was needed but the recording has no sound."""


class EmptyMedia(MediaError):
    """The file is empty or holds no sound or picture that can be decoded."""


def probe(path: str | Path) -> MediaInfo:
    """Read a recording's header and first packets, so problems surface before a long analysis starts."""
    path = Path(path)
    _check_file(path)
    with _open(path) as container:
        video = _video_stream(container)
        audio = _audio_stream(container)
        if video is None and audio is None:
            raise EmptyMedia(f"{path} holds no sound or picture that this program can decode.")
        pts, last_dts, packets = _first_video_pts(container, video, audio)
        if packets == 0:
            raise EmptyMedia(f"{path} holds no audio or video data: the recording is empty or was not saved.")
        intervals = _frame_intervals(pts, last_dts, video)
        native_fps = 0.0
        if video is not None:
            rate = video.average_rate or video.guessed_rate
            native_fps = float(rate) if rate else (1.0 / float(np.median(intervals)) if intervals.size else 0.0)
        return MediaInfo(
            path=path,
            duration=_duration(container),
            has_video=video is not None,
            has_audio=audio is not None,
            width=video.codec_context.width if video is not None else 0,
            height=video.codec_context.height if video is not None else 0,
            native_fps=native_fps,
            variable_frame_rate=_varies(intervals, video),
            audio_rate=audio.codec_context.sample_rate if audio is not None else 0,
            audio_channels=audio.codec_context.channels if audio is not None else 0,
        )


class Decoded:
    """A probed recording; chunks() decodes it once, front to back, in bounded memory."""

    def __init__(self, info: MediaInfo, config: MediaConfig, video: bool = True, audio: bool = True) -> None:
        """Keep what to decode: video and audio are decoded only where asked for and present."""
        self.info = info
        self.config = config
        self.problems: list[str] = []
        self._video = video and info.has_video
        self._audio = audio and info.has_audio
        if not (self._video or self._audio):
            raise ValueError("Decoded needs at least one stream to decode")

    def chunks(self) -> Iterator[Chunk]:
        """Yield consecutive chunks from time 0 to the end; damage found on the way is added to problems."""
        self.problems.clear()
        with _open(self.info.path) as container:
            yield from _Pass(self.info, self.config, self.problems, container, self._video, self._audio).run()


def open_media(
    path: str | Path, config: MediaConfig = MediaConfig(), need_video: bool = False, need_audio: bool = False
) -> Decoded:
    """Probe a recording and check it has the streams the analysis needs; decoding starts with chunks()."""
    info = probe(path)
    if need_video and not info.has_video:
        raise NoVideoStream(f"{info.path} has no picture (no video stream); face analysis needs a video recording.")
    if need_audio and not info.has_audio:
        raise _no_audio(info.path)
    return Decoded(info, config)


def load_audio(path: str | Path, sample_rate: int = 16000) -> np.ndarray:
    """Decode a whole audio track to mono float32 in one array; meant for short clips and tests."""
    info = probe(path)
    if not info.has_audio:
        raise _no_audio(info.path)
    decoded = Decoded(info, MediaConfig(sample_rate=sample_rate, chunk_seconds=60.0), video=False)
    samples = np.concatenate([chunk.audio for chunk in decoded.chunks()])
    for problem in decoded.problems:
        warnings.warn(f"{info.path}: {problem}", stacklevel=2)
    return samples


def _no_audio(path: Path) -> NoAudioStream:
    """The error for a recording without sound where sound is needed."""
    return NoAudioStream(
        f"{path} has no sound (no audio stream); voice and speech analysis need a recording with sound."
    )


def _check_file(path: Path) -> None:
    """Fail with a plain message when the path is missing, a folder, or an empty file."""
    if not path.exists():
        raise MediaNotFound(f"The recording {path} was not found. Check the file name and the folder.")
    if path.is_dir():
        raise NotMediaFile(f"{path} is a folder, not a recording.")
    if path.stat().st_size == 0:
        raise EmptyMedia(f"{path} is empty (0 bytes): the recording may not have finished saving or copying.")


def _open(path: Path) -> av.container.InputContainer:
    """Open a container, turning FFmpeg's errors into a message a clinician can act on."""
    try:
        return av.open(str(path))
    except av.FFmpegError as err:
        raise NotMediaFile(
            f"{path} could not be read as audio or video: it is not a recording, or it is badly damaged "
            f"(FFmpeg said: {err.strerror or err})."
        ) from err


def _video_stream(container: av.container.InputContainer) -> av.VideoStream | None:
    """The first decodable video stream that is a real picture, not cover art attached to an audio file."""
    for stream in container.streams.video:
        if stream.codec_context is not None and not stream.disposition & av.stream.Disposition.attached_pic:
            return stream
    return None


def _audio_stream(container: av.container.InputContainer) -> av.AudioStream | None:
    """The first decodable audio stream."""
    return next((s for s in container.streams.audio if s.codec_context is not None), None)


def _origin(container: av.container.InputContainer) -> float:
    """The container's start time in seconds: time 0 of every frame and sample."""
    return container.start_time / av.time_base if container.start_time is not None else 0.0


def _duration(container: av.container.InputContainer) -> float:
    """The recording's length in seconds from its header, or 0.0 when the header does not say."""
    if container.duration is not None:
        return container.duration / av.time_base
    ends = [_stream_end(s, _origin(container)) for s in container.streams]
    return max((e for e in ends if e is not None), default=0.0)


def _stream_end(stream: av.stream.Stream, origin: float) -> float | None:
    """When a stream ends according to the header (seconds from the origin), if the header says."""
    if stream.duration is None or stream.time_base is None:
        return None
    start = float(stream.start_time * stream.time_base) - origin if stream.start_time is not None else 0.0
    return start + float(stream.duration * stream.time_base)


def _first_video_pts(
    container: av.container.InputContainer, video: av.VideoStream | None, audio: av.AudioStream | None
) -> tuple[list[int], int | None, int]:
    """Demux (without decoding) the first packets: video pts, the last video dts, and how many packets there were."""
    pts: list[int] = []
    last_dts = None
    packets = 0
    try:
        for packet in container.demux(*[s for s in (video, audio) if s is not None]):
            if packet.size == 0:
                continue
            packets += 1
            if packet.stream is video and packet.pts is not None:
                pts.append(packet.pts)
                last_dts = packet.dts
            if video is None or len(pts) >= _VFR_PACKETS or packets >= _PROBE_PACKETS:
                break
    except av.FFmpegError:
        pass  # damage this early is reported with its position when the file is decoded
    return pts, last_dts, packets


def _frame_intervals(pts: list[int], last_dts: int | None, video: av.VideoStream | None) -> np.ndarray:
    """Seconds between consecutive frames among the first packets, in presentation order."""
    if video is None or not pts:
        return np.zeros(0)
    # Packets come in decode order; every unread packet has pts >= its dts >= last_dts, so presentation
    # times below last_dts have no holes left by frames that were reordered past the end of the sample.
    times = np.unique(np.asarray(pts, dtype=np.int64))
    if last_dts is not None:
        times = times[times < last_dts]
    return np.diff(times) * float(video.time_base)


def _varies(intervals: np.ndarray, video: av.VideoStream | None) -> bool:
    """Whether frame intervals differ by more than timestamp rounding and a small tolerance."""
    if video is None or intervals.size < 2:
        return False
    median = float(np.median(intervals))
    tolerance = max(_VFR_TOLERANCE * median, 1.5 * float(video.time_base))
    return bool(np.any(np.abs(intervals - median) > tolerance))


def _fit(width: int, height: int, max_width: int) -> tuple[int, int]:
    """Output frame size: the input size, scaled down (keeping the aspect) to at most max_width wide."""
    if width <= max_width:
        return width, height
    return max_width, max(1, round(height * max_width / width))


class _VideoSampler:
    """Picks, for each analysis time k/fps, the latest decoded frame at or before it."""

    def __init__(self, fps: float, size: tuple[int, int] | None, native_fps: float, max_width: int) -> None:
        """Start before the first analysis time with no frame seen."""
        self.fps = fps
        self.size = size
        self.max_width = max_width
        self.interval = 1.0 / native_fps if native_fps > 0 else 1.0 / fps
        self.next_k = 0
        self.last: av.VideoFrame | None = None
        self.last_time = -math.inf
        self.last_rgb: np.ndarray | None = None
        self.times: list[float] = []
        self.frames: list[np.ndarray] = []
        self.late = 0
        self.decoded = 0

    def add(self, frame: av.VideoFrame, time: float | None) -> None:
        """Take a decoded frame; analysis times before it are settled with the frame before it."""
        if time is None:
            time = self.last_time + self.interval if self.last is not None else 0.0
        self.decoded += 1
        if self.last is None:
            # The first frame also stands for analysis times up to one frame interval before it, so a
            # stream that starts a few milliseconds after the audio still has a frame at time 0.
            self.next_k = max(self.next_k, math.ceil((time - self.interval) * self.fps - _EPS))
        elif time < self.last_time:
            self.late += 1
            return
        else:
            self.advance(time)
        self.last, self.last_time, self.last_rgb = frame, time, None

    def advance(self, limit: float) -> None:
        """Settle every analysis time before limit with the latest frame, unless it is too old to stand in."""
        while (t := self.next_k / self.fps) < limit - _EPS:
            if self.last is not None and t - self.last_time < _MAX_HOLD:
                self.times.append(t)
                self.frames.append(self._rgb())
            self.next_k += 1

    def finish(self) -> float | None:
        """At the end of the stream, settle the times the last frame covers; return where the video ends."""
        if self.last is None:
            return None
        duration = self.last.duration * self.last.time_base if self.last.duration and self.last.time_base else 0
        end = self.last_time + min(float(duration) or self.interval, _MAX_HOLD)
        self.advance(end)
        return end

    def take(self, end: float) -> tuple[np.ndarray, np.ndarray]:
        """Hand out the settled frames before end as (times, frames) arrays."""
        n = next((i for i, t in enumerate(self.times) if t >= end - _EPS), len(self.times))
        times, frames = np.asarray(self.times[:n], dtype=np.float64), self.frames[:n]
        del self.times[:n], self.frames[:n]
        if frames:
            return times, np.stack(frames)
        width, height = self.size or (0, 0)
        return times, np.zeros((0, height, width, 3), np.uint8)

    def _rgb(self) -> np.ndarray:
        """The latest frame as RGB at the output size, upright (its display rotation applied), converted once
        however many times it is used."""
        if self.last_rgb is None:
            assert self.last is not None
            if self.size is None:
                self.size = _fit(self.last.width, self.last.height, self.max_width)
            width, height = self.size
            rgb = self.last.to_ndarray(format="rgb24", width=width, height=height, interpolation="AREA")
            turns = round(self.last.rotation / 90) % 4  # counterclockwise quarter turns that put it upright
            self.last_rgb = np.ascontiguousarray(np.rot90(rgb, turns)) if turns else rgb
        return self.last_rgb


class _AudioCollector:
    """Resamples decoded audio to mono float32 and keeps it on an absolute clock: sample i is at i/rate s."""

    def __init__(self, rate: int) -> None:
        """Start with nothing decoded and nothing handed out."""
        self.rate = rate
        self.resampler: av.AudioResampler | None = None
        self.setup: tuple[str, str, int] | None = None
        self.written: int | None = None  # absolute index of the next resampled sample
        self.in_end: float | None = None  # where the last input frame ended (seconds)
        self.emitted = 0  # samples before this index have been handed out
        self.pieces: list[np.ndarray] = []  # samples from `emitted` on
        self.buffered = 0
        self.late = 0

    def add(self, frame: av.AudioFrame, time: float | None) -> None:
        """Resample one decoded frame; a jump in its timestamp leaves silence, so audio stays in sync."""
        setup = (frame.format.name, frame.layout.name, frame.sample_rate)
        if setup != self.setup:
            self.flush()
            self.resampler = av.AudioResampler(format="flt", layout="mono", rate=self.rate)
            self.setup = setup
        if time is None:
            time = self.in_end if self.in_end is not None else 0.0
        if self.written is None or self.in_end is None:
            self.written = round(time * self.rate)
        elif time - self.in_end > _AUDIO_GAP:
            self.written += round((time - self.in_end) * self.rate)
        self.in_end = time + frame.samples / frame.sample_rate
        assert self.resampler is not None
        for out in self.resampler.resample(frame):
            self._append(out.to_ndarray().reshape(-1))

    def flush(self) -> None:
        """Push out what the resampler still holds."""
        if self.resampler is not None:
            for out in self.resampler.resample(None):
                self._append(out.to_ndarray().reshape(-1))
            self.resampler = None

    def progress(self) -> float:
        """Seconds of audio decoded so far, from time 0."""
        return self.written / self.rate if self.written is not None else -math.inf

    def take(self, first: int, stop: int) -> np.ndarray:
        """Hand out samples [first, stop), silence where none were decoded; earlier samples are dropped."""
        held = np.concatenate(self.pieces) if self.pieces else np.zeros(0, np.float32)
        held = held[max(0, first - self.emitted) :]
        out = held[: stop - first]
        if out.size < stop - first:
            out = np.concatenate([out, np.zeros(stop - first - out.size, np.float32)])
        rest = held[stop - first :]
        self.pieces, self.buffered, self.emitted = [rest], rest.size, stop
        return out

    def _append(self, samples: np.ndarray) -> None:
        """Place resampled samples at the write position, after silence for a gap or dropping late ones."""
        assert self.written is not None
        start, self.written = self.written, self.written + samples.size
        end = self.emitted + self.buffered  # == max(emitted, previous write position)
        if start < end:
            self.late += min(end - start, samples.size)
            samples = samples[end - start :]
        elif start > end:
            self._push(np.zeros(start - end, np.float32))
        self._push(samples.astype(np.float32, copy=False))

    def _push(self, samples: np.ndarray) -> None:
        """Add samples at the end of what is held."""
        self.pieces.append(samples)
        self.buffered += samples.size


class _Pass:
    """One decoding pass over a recording: demux both streams once and hand out chunks as they fill."""

    def __init__(
        self,
        info: MediaInfo,
        config: MediaConfig,
        problems: list[str],
        container: av.container.InputContainer,
        video: bool,
        audio: bool,
    ) -> None:
        """Set up decoders for the streams that are wanted."""
        self.info = info
        self.config = config
        self.problems = problems
        self.container = container
        self.origin = _origin(container)
        self.vstream = _video_stream(container) if video else None
        self.astream = _audio_stream(container) if audio else None
        self.video = None
        if self.vstream is not None:
            self.vstream.thread_type = "AUTO"
            size = _fit(self.info.width, self.info.height, self.config.max_width) if self.info.width else None
            self.video = _VideoSampler(self.config.fps, size, self.info.native_fps, self.config.max_width)
        self.audio = _AudioCollector(self.config.sample_rate) if self.astream is not None else None
        self.damaged: dict[str, list[float]] = {"picture": [], "sound": []}
        self.index = 0

    def run(self) -> Iterator[Chunk]:
        """Decode packets in file order, yielding each chunk once every stream has moved past its end."""
        streams = [s for s in (self.vstream, self.astream) if s is not None]
        stopped = False
        try:
            for packet in self.container.demux(*streams):
                self._decode(packet)
                frontier = self._frontier()
                while (self.index + 1) * self.config.chunk_seconds <= frontier:
                    yield self._chunk((self.index + 1) * self.config.chunk_seconds, final=False)
        except av.FFmpegError:
            stopped = True
        end = self._finish(stopped)
        while self.index * self.config.chunk_seconds < end - _EPS:
            yield self._chunk(min((self.index + 1) * self.config.chunk_seconds, end), final=True)

    def _decode(self, packet: av.Packet) -> None:
        """Decode one packet into the sampler or collector; a damaged packet is noted and skipped."""
        is_video = packet.stream is self.vstream
        try:
            frames = packet.decode()
        except av.FFmpegError:
            time = float(packet.pts * packet.time_base) - self.origin if packet.pts is not None else math.nan
            self.damaged["picture" if is_video else "sound"].append(time)
            return
        for frame in frames:
            time = frame.time - self.origin if frame.time is not None else None
            if is_video:
                assert self.video is not None
                self.video.add(frame, time)
            else:
                assert self.audio is not None
                self.audio.add(frame, time)

    def _frontier(self) -> float:
        """Time before which every stream is settled, or the leader's time less the allowed lag."""
        progress = []
        if self.video is not None:
            progress.append(self.video.last_time)
        if self.audio is not None:
            progress.append(self.audio.progress())
        return max(min(progress), max(progress) - _LAG_SECONDS)

    def _finish(self, stopped: bool) -> float:
        """Flush the streams, note any problems, and return where the decoded recording ends (seconds)."""
        ends: list[float] = []
        if self.audio is not None:
            self.audio.flush()
            if self.audio.written is not None:
                ends.append(self.audio.progress())
        if self.video is not None and (video_end := self.video.finish()) is not None:
            ends.append(video_end)
        if not ends:
            raise EmptyMedia(
                f"Nothing in {self.info.path} could be decoded: the file is damaged or in a format "
                "this program cannot read."
            )
        end = max(ends)
        if self.video is not None and not self.video.decoded:
            self.problems.append("no picture could be decoded from this recording; results have no video")
        if self.audio is not None and self.audio.written is None:
            self.problems.append("no sound could be decoded from this recording; results have no audio")
        for name, times in self.damaged.items():
            if times:
                known = sorted(t for t in times if not math.isnan(t))
                where = ""
                if known:
                    where = f" at {known[0]:.2f} s"
                    if known[-1] > known[0]:
                        where = f" between {known[0]:.2f} s and {known[-1]:.2f} s"
                self.problems.append(
                    f"{len(times)} damaged part(s) of the {name}{where} could not be decoded and were skipped"
                )
        late_frames = self.video.late if self.video is not None else 0
        late_sound = self.audio.late / self.config.sample_rate if self.audio is not None else 0.0
        if late_frames or late_sound:
            self.problems.append(
                f"parts of the recording were stored out of order and were left out "
                f"({late_frames} video frame(s), {late_sound:.2f} s of sound)"
            )
        expected = [_stream_end(s, self.origin) for s in (self.vstream, self.astream) if s is not None]
        known_end = max((e for e in expected if e is not None), default=self.info.duration)
        if stopped or known_end - end > max(0.5, 0.01 * known_end):
            of = f" of {known_end:.2f} s" if known_end > 0 else ""
            self.problems.append(
                f"decoding stopped at {end:.2f} s{of}: the file is truncated or corrupt; "
                "results cover only the readable part"
            )
        return end

    def _chunk(self, end: float, final: bool) -> Chunk:
        """Build the next chunk, ending at end; the last ones hold only the sound that was really there."""
        start = self.index * self.config.chunk_seconds
        self.index += 1
        if self.video is not None:
            self.video.advance(end)
            times, frames = self.video.take(end)
        else:
            times, frames = np.zeros(0, np.float64), np.zeros((0, 0, 0, 3), np.uint8)
        audio = np.zeros(0, np.float32)
        if self.audio is not None:
            first, stop = round(start * self.config.sample_rate), round(end * self.config.sample_rate)
            if final:
                stop = max(first, min(stop, self.audio.written or 0))
            audio = self.audio.take(first, stop)
        return Chunk(start=start, end=end, frame_times=times, frames=frames, audio=audio)


def write_recording(path: Path, frames: Iterable[np.ndarray], fps: int, audio: np.ndarray, rate: int = 16000) -> Path:
    """Write RGB frames (all one even size) as H.264 and mono float audio as AAC into one MP4 at `path`."""
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=fps)
        sound = container.add_stream("aac", rate=rate, layout="mono")
        for i, frame in enumerate(frames):
            if i == 0:
                video.width, video.height, video.pix_fmt = frame.shape[1], frame.shape[0], "yuv420p"
            container.mux(video.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")))
        for i in range(0, len(audio), 1024):
            piece = av.AudioFrame.from_ndarray(np.ascontiguousarray(audio[None, i:i + 1024], np.float32), format="flt",
                                               layout="mono")
            piece.sample_rate, piece.pts, piece.time_base = rate, i, Fraction(1, rate)
            container.mux(sound.encode(piece))
        for stream in (video, sound):
            container.mux(stream.encode(None))
    return path
