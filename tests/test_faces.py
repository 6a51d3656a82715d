"""privacy.faces: CenterFace decoding, NMS, the detector on real clips, and the tracker's ids."""

import time
from pathlib import Path

import av
import numpy as np
import pytest

from privacy import faces as pf
from privacy.faces import (
    DetectorConfig,
    FaceDetector,
    Faces,
    FaceTracker,
    TrackerConfig,
    box_iou,
    decode,
    input_size,
    nms,
    scale_to_frame,
    track_video,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
RAVDESS = DATA / "av" / "ravdess_actor01" / "01-01-01-01-01-01-01.mp4"
INTERVIEW = DATA / "video" / "interview_2people.mp4"
FOUR = DATA / "video" / "four_faces_5frames.mp4"
NO_FACE = DATA / "video" / "no_face.mp4"
DEBATE = DATA / "video" / "debate_2people_5s.mp4"  # 640x360


def frames(path: Path, every: int = 1, until: float = np.inf) -> list[tuple[float, np.ndarray]]:
    """Every `every`-th frame up to `until` seconds, as (time, uint8 RGB)."""
    if not path.exists():
        pytest.skip(f"missing data file {path}")
    out = []
    with av.open(str(path)) as container:
        for i, frame in enumerate(container.decode(video=0)):
            if frame.time > until:
                break
            if i % every == 0:
                out.append((float(frame.time), frame.to_ndarray(format="rgb24")))
    return out


@pytest.fixture(scope="module")
def detector() -> FaceDetector:
    # One detector for the whole module: it sees frames of several sizes, as a real session may.
    return FaceDetector()


@pytest.fixture(scope="module")
def ravdess(detector) -> list[tuple[float, np.ndarray, Faces]]:
    """The RAVDESS clip at ~10 fps with its detections (1280x720, one person, 3.3 s)."""
    return [(t, frame, detector(frame)) for t, frame in frames(RAVDESS, every=3)]


# --- decoding, NMS, scaling --------------------------------------------------------------------------------


def test_input_size_keeps_width_and_rounds_height_up_to_32():
    assert input_size(1280, 720, 640) == (640, 384)
    assert input_size(640, 360, 640) == (640, 384)
    assert input_size(960, 540, 640) == (640, 384)
    assert input_size(270, 480, 640) == (544, 992)
    assert input_size(48, 48, 640) == (128, 128)  # tight face crops are not blown up to 640


def test_box_iou():
    a = np.array([[0, 0, 10, 10]], np.float32)
    b = np.array([[0, 0, 10, 10], [5, 0, 15, 10], [20, 20, 30, 30], [0, 0, 0, 0]], np.float32)
    np.testing.assert_allclose(box_iou(a, b), [[1.0, 50 / 150, 0.0, 0.0]], atol=1e-6)


def test_nms_keeps_best_of_overlapping_boxes_and_separate_boxes():
    boxes = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [50, 50, 60, 60], [0, 0, 10, 9]], np.float32)
    scores = np.array([0.8, 0.9, 0.7, 0.6], np.float32)
    assert nms(boxes, scores, 0.3).tolist() == [1, 2]
    # a threshold above their overlap (IoU 0.68) keeps both of the first two
    assert nms(boxes[:3], scores[:3], 0.7).tolist() == [1, 0, 2]
    assert nms(np.zeros((0, 4), np.float32), np.zeros(0, np.float32), 0.3).tolist() == []


def test_decode_and_scale_back_to_the_frame():
    # One face on a 640x384 input (a 1280x720 frame): heatmap cell (row 40, col 100).
    h, w = 384 // 4, 640 // 4
    heat = np.zeros((1, 1, h, w), np.float32)
    heat[0, 0, 40, 100] = 0.9
    heat[0, 0, 10, 10] = 0.4  # below threshold
    scale = np.zeros((1, 2, h, w), np.float32)
    scale[0, 0, 40, 100] = np.log(80 / 4)  # height 80 px
    scale[0, 1, 40, 100] = np.log(60 / 4)  # width 60 px
    offset = np.zeros((1, 2, h, w), np.float32)
    offset[0, 0, 40, 100] = 0.25  # y
    offset[0, 1, 40, 100] = 0.5  # x
    lms = np.zeros((1, 10, h, w), np.float32)
    lms[0, 0::2, 40, 100] = [0.4, 0.4, 0.6, 0.8, 0.8]  # y fractions
    lms[0, 1::2, 40, 100] = [0.3, 0.7, 0.5, 0.35, 0.65]  # x fractions

    boxes, scores, points = decode(heat, scale, offset, lms, threshold=0.5)
    cx, cy = (100 + 0.5 + 0.5) * 4, (40 + 0.25 + 0.5) * 4  # 404, 163
    np.testing.assert_allclose(boxes, [[cx - 30, cy - 40, cx + 30, cy + 40]], atol=1e-3)
    np.testing.assert_allclose(scores, [0.9])
    np.testing.assert_allclose(points[0, 2], [cx - 30 + 0.5 * 60, cy - 40 + 0.6 * 80], atol=1e-3)  # nose

    frame_boxes, frame_points = scale_to_frame(boxes, points, 640 / 1280, 384 / 720, 1280, 720)
    np.testing.assert_allclose(frame_boxes, [[(cx - 30) * 2, (cy - 40) * 720 / 384,
                                              (cx + 30) * 2, (cy + 40) * 720 / 384]], rtol=1e-5)
    np.testing.assert_allclose(frame_points[0, 0], [(cx - 30 + 18) * 2, (cy - 40 + 32) * 720 / 384],
                               rtol=1e-5)


def test_scale_to_frame_clips_boxes_to_the_frame():
    boxes = np.array([[-10, -5, 700, 390]], np.float32)
    out, _ = scale_to_frame(boxes, np.zeros((1, 5, 2), np.float32), 0.5, 0.5, 1280, 720)
    np.testing.assert_allclose(out, [[0, 0, 1280, 720]])


def test_greedy_matching_when_scipy_is_missing(monkeypatch):
    sim = np.array([[0.9, 0.8], [0.85, 0.1], [0.2, 0.3]])
    monkeypatch.setattr(pf, "linear_sum_assignment", None)
    assert sorted(pf._match(sim, 0.25)) == [(0, 0), (2, 1)]
    assert pf._match(np.zeros((0, 3)), 0.25) == []


# --- detector on real clips --------------------------------------------------------------------------------


def test_one_person_one_face_one_track(ravdess):
    sampled = ravdess[::2]  # ~5 fps
    tracker = FaceTracker()
    ids = [tracker.update(t, frame, faces) for t, frame, faces in sampled]
    one_face = sum(len(faces) == 1 for _, _, faces in sampled)
    assert one_face >= 0.95 * len(sampled)
    assert set(np.concatenate(ids).tolist()) == {0}
    for _, frame, faces in sampled:
        assert faces.boxes.dtype == np.float32 and faces.landmarks.shape == (len(faces), 5, 2)
        x1, y1, x2, y2 = faces.boxes[0]
        assert 0 <= x1 < x2 <= frame.shape[1] and 0 <= y1 < y2 <= frame.shape[0]
        assert (x2 - x1) > 100  # a close-up: the face is large
        lm = faces.landmarks[0]
        assert lm[0, 0] < lm[1, 0] and lm[3, 0] < lm[4, 0]  # eyes and mouth corners left to right
        assert lm[0, 1] < lm[2, 1] < lm[3, 1]  # eyes above nose above mouth


def test_two_people_side_by_side_keep_their_ids(detector):
    sampled = frames(INTERVIEW, every=8, until=8.0)  # ~3 fps, first 8 s
    results = track_video(sampled, detector=detector)
    left, right = set(), set()
    for _, faces, ids in results:
        assert len(faces) == 2
        order = np.argsort(faces.boxes[:, 0] + faces.boxes[:, 2])
        left.add(int(ids[order[0]]))
        right.add(int(ids[order[1]]))
    assert len(left) == 1 and len(right) == 1 and left != right
    assert {int(i) for _, _, ids in results for i in ids} == left | right


def test_four_faces_per_frame(detector):
    sampled = frames(FOUR)
    assert len(sampled) == 5
    results = track_video(sampled, detector=detector)
    assert [len(faces) for _, faces, _ in results] == [4] * 5
    assert all(set(ids.tolist()) == {0, 1, 2, 3} for _, _, ids in results)


def test_no_face_no_tracks(detector):
    sampled = frames(NO_FACE, every=5)  # ~5 fps
    tracker = FaceTracker()
    results = track_video(sampled, detector=detector, tracker=tracker)
    assert len(results) >= 15
    assert all(len(faces) == 0 and ids.shape == (0,) for _, faces, ids in results)
    assert tracker.tracks == []


def test_detector_is_stable_across_frame_sizes(detector):
    # cv2.dnn returns phantom faces if a network that ran on a tall input is fed a shorter one
    tall = frames(FOUR)[0][1]
    wide = frames(NO_FACE, every=1, until=0.0)[0][1]
    assert len(detector(tall)) == 4
    assert len(detector(wide)) == 0
    assert len(detector(tall)) == 4


def test_detector_rejects_non_rgb_frames(detector):
    with pytest.raises(ValueError):
        detector(np.zeros((32, 32), np.uint8))
    with pytest.raises(ValueError):
        detector(np.zeros((32, 32, 3), np.float32))


def test_detector_speed_640x360(detector):
    frame = frames(DEBATE, until=0.0)[0][1]
    assert frame.shape == (360, 640, 3)
    detector(frame)  # warm up this input size
    times = []
    for _ in range(5):
        start = time.perf_counter()
        detector(frame)
        times.append(time.perf_counter() - start)
    print(f"\nCenterFace (cv2.dnn) on 640x360 (input 640x384): median {1000 * np.median(times):.1f} ms/frame, "
          f"min {1000 * min(times):.1f} ms")


def test_stricter_threshold_finds_fewer_or_equal_faces(detector):
    frame = frames(FOUR)[0][1]
    strict = FaceDetector(DetectorConfig(threshold=0.95))
    assert len(strict(frame)) <= len(detector(frame))


# --- tracker -----------------------------------------------------------------------------------------------


def _track_with_gap(ravdess, config: TrackerConfig, start: float, stop: float) -> list[np.ndarray]:
    """Track the real RAVDESS detections, dropping every detection with start <= t < stop."""
    tracker = FaceTracker(config)
    out = []
    for t, frame, faces in ravdess:
        if start <= t < stop:
            faces = Faces.empty()
        out.append(tracker.update(t, frame, faces))
    return out


def test_track_survives_a_gap_shorter_than_max_gap(ravdess):
    assert all(len(faces) == 1 for _, _, faces in ravdess)
    ids = _track_with_gap(ravdess, TrackerConfig(), 1.0, 2.0)  # ~1 s without detections
    assert set(np.concatenate(ids).tolist()) == {0}
    assert any(len(i) == 0 for i in ids)


def test_track_ends_after_max_gap_and_the_face_gets_a_new_id(ravdess):
    tracker_config = TrackerConfig(max_gap_seconds=0.5)
    ids = _track_with_gap(ravdess, tracker_config, 1.0, 2.0)
    times = [t for t, _, _ in ravdess]
    before = [i for t, i in zip(times, ids, strict=True) if t < 1.0]
    after = [i for t, i in zip(times, ids, strict=True) if t >= 2.0]
    assert set(np.concatenate(before).tolist()) == {0}
    assert set(np.concatenate(after).tolist()) == {1}


def test_ended_tracks_are_dropped(ravdess):
    tracker = FaceTracker(TrackerConfig(max_gap_seconds=0.5))
    t0, frame, faces = ravdess[0]
    tracker.update(t0, frame, faces)
    assert [tr.track_id for tr in tracker.tracks] == [0]
    tracker.update(t0 + 0.4, frame, Faces.empty())
    assert [tr.track_id for tr in tracker.tracks] == [0]
    tracker.update(t0 + 0.6, frame, Faces.empty())
    assert tracker.tracks == []


def test_tracker_rejects_time_going_backwards(ravdess):
    tracker = FaceTracker()
    _, frame, faces = ravdess[0]
    tracker.update(1.0, frame, faces)
    with pytest.raises(ValueError):
        tracker.update(0.5, frame, faces)


def test_tracker_keeps_ids_when_two_faces_are_swapped_in_the_detection_order(ravdess):
    # Two copies of the real face side by side; the detector's output order flips every frame.
    tracker = FaceTracker()
    for k, (t, frame, faces) in enumerate(ravdess[:10]):
        canvas = np.concatenate([frame, frame], axis=1)
        shifted = faces.boxes + np.array([frame.shape[1], 0, frame.shape[1], 0], np.float32)
        boxes = np.concatenate([faces.boxes, shifted])
        scores = np.concatenate([faces.scores, faces.scores])
        lms = np.concatenate([faces.landmarks, faces.landmarks + np.array([frame.shape[1], 0], np.float32)])
        order = [0, 1] if k % 2 == 0 else [1, 0]
        ids = tracker.update(t, canvas, Faces(boxes[order], scores[order], lms[order]))
        assert ids[order.index(0)] == 0 and ids[order.index(1)] == 1
