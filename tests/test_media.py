"""Tests for emotion_jax.media on real clips from ../shared/data and on damaged or synthetic files."""

import tracemalloc
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from emotion_jax.media import (
    Chunk,
    EmptyMedia,
    MediaConfig,
    MediaError,
    MediaNotFound,
    NoAudioStream,
    NotMediaFile,
    NoVideoStream,
    load_audio,
    open_media,
    probe,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
CLIP = DATA / "av" / "ravdess_actor01" / "01-01-01-01-01-01-01.mp4"  # 1280x720, 3.3 s, with sound
FLAC = DATA / "av" / "ravdess_actor01" / "01-01-01-01-01-01-01.flac"
SILENT = DATA / "video" / "four_faces_5frames.mp4"  # 5 frames at 25 fps, no sound

pytestmark = pytest.mark.skipif(not CLIP.exists(), reason="shared test clips are not available")


def _joined(chunks: list[Chunk]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Frame times, frames and audio of a run of chunks, concatenated."""
    return (
        np.concatenate([c.frame_times for c in chunks]),
        np.concatenate([c.frames for c in chunks]),
        np.concatenate([c.audio for c in chunks]),
    )


@pytest.fixture(scope="module")
def clip_chunks() -> list[Chunk]:
    """The real clip decoded once with the default settings."""
    decoded = open_media(CLIP, need_video=True, need_audio=True)
    chunks = list(decoded.chunks())
    assert decoded.problems == []
    return chunks


def test_probe_reads_header_of_real_clip() -> None:
    info = probe(CLIP)
    assert info.has_video and info.has_audio
    assert (info.width, info.height) == (1280, 720)
    assert info.duration == pytest.approx(3.3, abs=0.05)
    assert info.native_fps == pytest.approx(29.97, abs=0.01)
    assert not info.variable_frame_rate
    assert info.audio_rate == 48000 and info.audio_channels == 2


def test_frames_sampled_at_analysis_rate(clip_chunks: list[Chunk]) -> None:
    times, frames, audio = _joined(clip_chunks)
    assert len(times) == 17  # 0.0, 0.2, ..., 3.2 s
    np.testing.assert_allclose(times, np.arange(17) / 5.0)
    assert times.dtype == np.float64
    assert frames.shape == (17, 720, 1280, 3) and frames.dtype == np.uint8
    assert frames[:, ::16, ::16].std() > 10  # a real picture, not a blank


def test_audio_is_16k_mono_float_of_the_clip_length(clip_chunks: list[Chunk]) -> None:
    audio = _joined(clip_chunks)[2]
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert len(audio) == pytest.approx(3.3033 * 16000, abs=0.05 * 16000)
    assert 0.001 < np.abs(audio).max() <= 1.0


def test_small_chunks_give_the_same_result_as_one_big_chunk() -> None:
    small = list(open_media(CLIP, MediaConfig(chunk_seconds=1.0, max_width=320)).chunks())
    big = list(open_media(CLIP, MediaConfig(chunk_seconds=100.0, max_width=320)).chunks())
    assert len(small) == 4 and len(big) == 1
    for a, b in zip(_joined(small), _joined(big), strict=True):
        np.testing.assert_array_equal(a, b)
    assert small[0].frames.shape[1:] == (180, 320, 3)  # downscaled to max_width, aspect kept
    assert small[0].start == 0.0
    for before, after in zip(small, small[1:], strict=False):
        assert after.start == pytest.approx(before.end)
    for chunk in small:
        assert chunk.end - chunk.start <= 1.0 + 1e-9
        assert len(chunk.frames) <= 5 and len(chunk.audio) <= 16000
        assert np.all((chunk.frame_times >= chunk.start) & (chunk.frame_times < chunk.end))


def test_memory_stays_bounded_by_the_chunk_size() -> None:
    config = MediaConfig(chunk_seconds=0.5)
    all_frames_bytes = 17 * 720 * 1280 * 3
    tracemalloc.start()
    try:
        largest = 0
        for chunk in open_media(CLIP, config).chunks():
            largest = max(largest, chunk.frames.nbytes)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert largest <= 3 * 720 * 1280 * 3
    assert peak < all_frames_bytes / 2


def test_audio_only_flac() -> None:
    decoded = open_media(FLAC, need_audio=True)
    assert not decoded.info.has_video
    chunks = list(decoded.chunks())
    times, frames, audio = _joined(chunks)
    assert times.shape == (0,) and frames.shape == (0, 0, 0, 3)
    assert len(audio) == pytest.approx(3.3 * 16000, abs=0.05 * 16000)
    np.testing.assert_array_equal(load_audio(FLAC), audio)
    assert len(load_audio(FLAC, sample_rate=8000)) == pytest.approx(len(audio) / 2, abs=2)


def test_load_audio_of_video_matches_its_flac_length() -> None:
    assert len(load_audio(CLIP)) == pytest.approx(len(load_audio(FLAC)), abs=0.05 * 16000)


def test_video_without_sound() -> None:
    decoded = open_media(SILENT, need_video=True)
    assert not decoded.info.has_audio
    times, frames, audio = _joined(list(decoded.chunks()))
    np.testing.assert_allclose(times, [0.0])  # 5 frames at 25 fps last 0.2 s
    assert frames.shape == (1, 480, 270, 3) and audio.shape == (0,)


def test_needing_a_missing_stream_is_a_clear_error() -> None:
    with pytest.raises(NoAudioStream, match="four_faces_5frames.mp4 has no sound"):
        open_media(SILENT, need_audio=True)
    with pytest.raises(NoVideoStream, match=r"01-01-01-01-01-01-01\.flac has no picture"):
        open_media(FLAC, need_video=True)
    with pytest.raises(NoAudioStream):
        load_audio(SILENT)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MediaNotFound, match="session.mp4 was not found"):
        probe(tmp_path / "session.mp4")


def test_text_file_named_mp4(tmp_path: Path) -> None:
    path = tmp_path / "notes.mp4"
    path.write_text("Session notes: client arrived on time.\n" * 20)
    with pytest.raises(NotMediaFile, match="notes.mp4 could not be read as audio or video"):
        open_media(path)


def test_zero_length_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp4"
    path.touch()
    with pytest.raises(EmptyMedia, match="empty.mp4 is empty"):
        open_media(path)


def test_errors_share_one_base_class(tmp_path: Path) -> None:
    with pytest.raises(MediaError):
        probe(tmp_path / "nothing.wav")
    with pytest.raises(ValueError):
        MediaConfig(fps=0)


def test_truncated_file_decodes_the_readable_part(tmp_path: Path) -> None:
    data = CLIP.read_bytes()
    path = tmp_path / "truncated.mp4"
    path.write_bytes(data[: int(len(data) * 0.4)])
    decoded = open_media(path)
    times, frames, audio = _joined(list(decoded.chunks()))
    assert 0.6 <= times[-1] < 2.5 and len(frames) == len(times)
    stops = [p for p in decoded.problems if p.startswith("decoding stopped at")]
    assert len(stops) == 1, decoded.problems
    assert "of 3.30 s: the file is truncated or corrupt" in stops[0]
    stopped_at = float(stops[0].split()[3])
    assert times[-1] <= stopped_at and len(audio) / 16000 <= stopped_at + 0.05


def test_corrupted_middle_does_not_crash(tmp_path: Path) -> None:
    data = bytearray(CLIP.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 50_000] = np.random.default_rng(0).integers(0, 256, 50_000, np.uint8).tobytes()
    path = tmp_path / "corrupt.mp4"
    path.write_bytes(bytes(data))
    decoded = open_media(path, MediaConfig(max_width=320))
    times, frames, audio = _joined(list(decoded.chunks()))
    assert len(times) >= 12 and frames.shape[1:] == (180, 320, 3)
    assert len(audio) == pytest.approx(3.3 * 16000, abs=0.2 * 16000)
    assert all(isinstance(p, str) for p in decoded.problems)


VFR_PTS_MS = [0, 100, 150, 400, 450, 500, 900, 1300, 1350, 1800]


def _write_vfr(path: Path) -> None:
    """A small video whose frames come at irregular times; frame i is a flat grey of level 20 + 20 i."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=25)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        stream.codec_context.time_base = Fraction(1, 1000)
        stream.time_base = Fraction(1, 1000)
        for i, pts in enumerate(VFR_PTS_MS):
            frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), 20 + 20 * i, np.uint8), format="rgb24")
            frame.pts, frame.time_base = pts, Fraction(1, 1000)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))


def test_variable_frame_rate_is_sampled_by_timestamp(tmp_path: Path) -> None:
    path = tmp_path / "vfr.mp4"
    _write_vfr(path)
    decoded = open_media(path, need_video=True)
    assert decoded.info.variable_frame_rate
    times, frames, _ = _joined(list(decoded.chunks()))
    np.testing.assert_allclose(times[:10], np.arange(10) / 5.0)
    shown = np.rint((frames.mean(axis=(1, 2, 3)) - 20) / 20).astype(int)
    pts = np.asarray(VFR_PTS_MS) / 1000
    expected = [int(np.searchsorted(pts, t + 1e-9) - 1) for t in times]  # latest frame at or before t
    assert expected[:10] == [0, 2, 3, 5, 5, 6, 6, 8, 8, 9]
    np.testing.assert_array_equal(shown, expected)
