"""privacy.blur: no face survives (two detector families check every frame), the video and audio are kept."""

import io
import subprocess
import sys
from pathlib import Path

import av
import cv2
import numpy as np
import pytest

from privacy.blur import (
    BlurConfig,
    anonymize,
    blur_video,
    centerface_finder,
    enlarge,
    haar_finder,
    leakage,
    silence,
    track_boxes,
)
from privacy.faces import FaceDetector
from tests.clips import phone_clip

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
RAVDESS = DATA / "av" / "ravdess_actor01" / "01-01-01-01-01-01-01.mp4"  # 1280x720, 29.97 fps, 3.3 s, one face
NO_FACE = DATA / "video" / "no_face.mp4"
SINGLE_FACE = DATA / "video" / "single_face.mp4"  # 2.4 s, 640x360, one face, with sound
MUTED = (1.0, 2.0)  # seconds; the actor speaks from about 1.0 to 2.5 s

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"shared data folder {DATA} not found")


def head(src: Path, dst: Path, seconds: float) -> Path:
    """The first `seconds` of a video, remuxed (no re-encoding): short clips for the quicker tests."""
    with av.open(str(src)) as i, av.open(str(dst), "w", format="mp4") as o:
        outs = {s.index: o.add_stream_from_template(s) for s in i.streams if s.type in ("video", "audio")}
        for packet in i.demux(*(i.streams[k] for k in outs)):
            if packet.dts is not None and packet.dts * packet.time_base < seconds:
                packet.stream = outs[packet.stream.index]
                o.mux(packet)
    return dst


def video_info(path: Path) -> tuple[int, int, int, float, float]:
    """(frames, width, height, fps, duration s)."""
    with av.open(str(path)) as c:
        v = c.streams.video[0]
        frames = sum(1 for _ in c.decode(video=0))
        return frames, v.width, v.height, float(v.average_rate), c.duration / 1e6


def audio(path: Path) -> tuple[np.ndarray, int]:
    with av.open(str(path)) as c:
        frames = list(c.decode(audio=0))
    return np.concatenate([f.to_ndarray() for f in frames], axis=1), frames[0].sample_rate


def rms(samples: np.ndarray, rate: int, start: float, end: float) -> float:
    return float(np.sqrt(np.mean(samples[:, int(start * rate):int(end * rate)] ** 2)))


def frame_at(path: Path, index: int) -> np.ndarray:
    with av.open(str(path)) as c:
        for i, frame in enumerate(c.decode(video=0)):
            if i == index:
                return frame.to_ndarray(format="rgb24")
    raise IndexError(index)


def sharpness(frame: np.ndarray, box: np.ndarray) -> float:
    """Laplacian variance of the inner 70% of a face box at half size (the mask's edge and the codec's fine
    noise left out): high for a visible face, near zero once blurred."""
    x1, y1, x2, y2 = enlarge(box, 0.7).astype(int)
    grey = cv2.cvtColor(frame[y1:y2, x1:x2], cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(cv2.resize(grey, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA), cv2.CV_64F).var())


@pytest.fixture(scope="module")
def blurred(tmp_path_factory) -> Path:
    """The whole RAVDESS clip blurred with default settings, one audio span muted."""
    if not RAVDESS.exists():
        pytest.skip(f"missing {RAVDESS}")
    out = tmp_path_factory.mktemp("blur") / "ravdess_blurred.mp4"
    result = blur_video(RAVDESS, out, audio_mute_spans=[MUTED])
    assert result.frames == result.masked_frames == video_info(RAVDESS)[0]
    return out


@pytest.fixture(scope="module")
def short(tmp_path_factory) -> Path:
    """The first half second of the RAVDESS clip (15 frames, with its AAC audio)."""
    return head(RAVDESS, tmp_path_factory.mktemp("short") / "ravdess_head.mp4", 0.5)


# --- the acceptance criterion: zero leaked frames ----------------------------------------------------------


def test_no_face_is_found_in_any_blurred_frame(blurred):
    checks = leakage(RAVDESS, blurred, {"centerface": centerface_finder(), "haar": haar_finder()})
    for name, leak in checks.items():
        assert leak.face_frames >= 0.9 * leak.frames, (name, leak)  # the original shows a face nearly always
        assert leak.leaked_frames == 0, (name, leak)


def test_the_checkers_see_faces_left_in_the_video(short):
    checks = leakage(short, short, {"centerface": centerface_finder(), "haar": haar_finder()})
    for name, leak in checks.items():
        assert leak.leaked_frames == leak.face_frames >= 0.9 * leak.frames, (name, leak)


def test_frames_size_rate_and_duration_are_kept(blurred):
    frames, width, height, fps, duration = video_info(RAVDESS)
    out = video_info(blurred)
    assert out[:3] == (frames, width, height)
    assert out[3] == pytest.approx(fps, rel=1e-3)
    assert out[4] == pytest.approx(duration, abs=0.05)
    with av.open(str(blurred)) as c:
        assert c.streams.video[0].codec_context.name in ("h264", "mpeg4")


def test_muted_span_is_silent_and_the_rest_is_kept(blurred):
    original, rate = audio(RAVDESS)
    out, out_rate = audio(blurred)
    assert out_rate == rate and abs(out.shape[1] - original.shape[1]) < 0.05 * rate
    inside = (MUTED[0] + 0.02, MUTED[1] - 0.02)
    assert rms(original, rate, *inside) > 1e-3  # there is speech to mute
    assert np.abs(out[:, int(inside[0] * rate):int(inside[1] * rate)]).max() < 1e-4
    after = (MUTED[1] + 0.05, 2.5)
    assert rms(out, rate, *after) == pytest.approx(rms(original, rate, *after), rel=0.1)


# --- shorter clips ------------------------------------------------------------------------------------------


def test_audio_is_copied_unchanged_and_progress_is_reported(short, tmp_path):
    calls = []
    result = blur_video(short, tmp_path / "out.mp4", progress=lambda done, total: calls.append((done, total)))
    original, rate = audio(short)
    out, out_rate = audio(tmp_path / "out.mp4")
    assert out_rate == rate and out.shape == original.shape
    np.testing.assert_allclose(out, original, atol=1e-6)
    assert [done for done, _ in calls] == list(range(1, result.frames + 1))


def test_a_stream_gets_a_fragmented_mp4_without_a_seek_and_muted_spans_can_bleep(short):
    class WriteOnly:  # what an encrypting writer offers: write, nothing else
        def __init__(self):
            self.pieces = []

        def write(self, data) -> int:
            self.pieces.append(bytes(data))
            return len(data)

    out = WriteOnly()
    result = blur_video(short, out, BlurConfig(mute_tone=1000.0), audio_mute_spans=[(0.1, 0.3)])
    video = io.BytesIO(b"".join(out.pieces))
    assert b"moof" in video.getvalue() and result.frames == result.masked_frames == video_info(short)[0]
    with av.open(video) as c:
        samples = np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1)
        rate = c.streams.audio[0].sample_rate
    piece = samples[0, int(0.13 * rate):int(0.27 * rate)]
    spectrum = np.abs(np.fft.rfft(piece))
    assert np.fft.rfftfreq(len(piece), 1 / rate)[spectrum.argmax()] == pytest.approx(1000, abs=15)
    assert rms(samples, rate, 0.13, 0.27) == pytest.approx(0.2 / np.sqrt(2), rel=0.1)


def test_a_keep_listed_track_stays_sharp(short, blurred, tmp_path):
    blur_video(short, tmp_path / "kept.mp4", keep_tracks={0})  # the only person: consent assumed in this test
    original = frame_at(short, 10)
    box = FaceDetector()(original).boxes[0]
    before = sharpness(original, box)
    assert sharpness(frame_at(tmp_path / "kept.mp4", 10), box) > 0.6 * before  # only x264 softened it
    assert sharpness(frame_at(blurred, 10), box) < 0.05 * before  # the same frame, not kept


def test_a_video_without_faces_passes_through(tmp_path):
    clip = head(NO_FACE, tmp_path / "no_face_1s.mp4", 1.0)
    result = blur_video(clip, tmp_path / "out.mp4")
    assert result.frames == video_info(clip)[0] and result.masked_frames == 0
    a, b = frame_at(clip, 10).astype(float), frame_at(tmp_path / "out.mp4", 10).astype(float)
    assert 10 * np.log10(255**2 / np.mean((a - b) ** 2)) > 35  # PSNR: only re-encoding changed it


def test_a_variable_frame_rate_phone_clip_is_blurred_upright_with_its_audio(tmp_path):
    clip = phone_clip(SINGLE_FACE, tmp_path / "phone.mp4", rotation=90)  # no phone clip is in the shared data
    result = blur_video(clip, tmp_path / "out.mp4")
    with av.open(str(clip)) as a, av.open(str(tmp_path / "out.mp4")) as b:
        source, out = list(a.decode(video=0)), list(b.decode(video=0))
        assert source[0].rotation == 90 and (source[0].width, source[0].height) == (360, 640)
        intervals = np.diff([float(f.time) for f in source])
        assert intervals.max() > 3 * intervals.min()  # the frame rate really varies
        assert [f.time for f in out] == pytest.approx([f.time for f in source], abs=1e-3)  # every timestamp kept
        assert (out[0].width, out[0].height, out[0].rotation) == (640, 360, 0)  # written upright
    assert result.frames == result.masked_frames == len(source)
    kept, rate = audio(tmp_path / "out.mp4")
    original, original_rate = audio(clip)
    assert rate == original_rate and kept.shape == original.shape
    assert rms(kept, rate, 0, 2.4) == pytest.approx(rms(original, rate, 0, 2.4), rel=0.05)
    checks = leakage(SINGLE_FACE, tmp_path / "out.mp4", {"centerface": centerface_finder(), "haar": haar_finder()})
    for name, leak in checks.items():  # the upright source's faces, frame by frame
        assert leak.frames == len(source) and leak.face_frames >= 0.9 * leak.frames, (name, leak)
        assert leak.leaked_frames == 0, (name, leak)


def test_bad_inputs_give_clear_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="not found"):
        blur_video(tmp_path / "missing.mp4", tmp_path / "out.mp4")
    with pytest.raises(ValueError, match="must differ"):
        blur_video(RAVDESS, RAVDESS)
    (tmp_path / "noise.mp4").write_bytes(np.random.default_rng(0).bytes(50_000))
    with pytest.raises(ValueError, match="not a video or corrupt"):
        blur_video(tmp_path / "noise.mp4", tmp_path / "out.mp4")
    (tmp_path / "cut.mp4").write_bytes(RAVDESS.read_bytes()[:400_000])
    with pytest.raises(ValueError, match="truncated"):
        blur_video(tmp_path / "cut.mp4", tmp_path / "out.mp4")
    with pytest.raises(ValueError, match="is a folder"):
        blur_video(RAVDESS, tmp_path)
    assert not (tmp_path / "out.mp4").exists() and not list(tmp_path.glob(".*partial*"))


def test_cli(short, tmp_path):
    out = tmp_path / "cli.mp4"
    cmd = [sys.executable, "-m", "privacy", "blur", str(short), str(out), "--replacewith", "solid",
           "--mask-shape", "ellipse", "--mute", "0.2", "0.4", "--quiet"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert video_info(out)[0] == video_info(short)[0]
    failed = subprocess.run([*cmd[:4], str(short), str(short)], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert failed.returncode == 2 and "must differ" in failed.stderr


# --- the parts ----------------------------------------------------------------------------------------------


def test_track_boxes_pads_and_bridges_missed_frames():
    a, b = np.array([0, 0, 10, 10.0]), np.array([20, 0, 30, 10.0])
    sightings = {0: [(1.0, a), (1.5, b)], 1: [(5.0, a)]}
    at = dict(track_boxes(1.25, sightings, pad_seconds=0.5, bridge_seconds=1.0))
    np.testing.assert_allclose(at[0], [0, 0, 30, 10])  # both sightings covered across the gap
    assert [i for i, _ in track_boxes(4.6, sightings, 0.5, 1.0)] == [1]  # before its first detection
    assert [i for i, _ in track_boxes(2.1, sightings, 0.5, 1.0)] == []  # past the padding
    assert len(track_boxes(1.25, sightings, 0.5, bridge_seconds=0.1)) == 2  # no bridge: held from both sides


def test_anonymize_masks_an_ellipse_and_nothing_else():
    frame = np.random.default_rng(1).integers(0, 256, (100, 100, 3), dtype=np.uint8)
    out = anonymize(frame.copy(), [np.array([20, 20, 80, 80.0])], BlurConfig(replacewith="solid", mask_shape="ellipse"))
    assert (out[50, 50] == 0).all() and (out[21, 21] == frame[21, 21]).all() and (out[5, 5] == frame[5, 5]).all()


def test_silence_zeroes_only_the_spans():
    samples = silence(np.ones((2, 100)), start=1.0, rate=100, spans=[(1.2, 1.5)])
    assert samples[:, 20:50].sum() == 0 and samples[:, :20].all() and samples[:, 50:].all()
