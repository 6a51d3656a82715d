"""One person stays one person: a face that leaves and comes back keeps its track id, and a picture on the wall is
nobody (real clips)."""

from __future__ import annotations

from pathlib import Path

import av
import cv2
import numpy as np
import pytest

from emotion_jax.config import AnalysisConfig
from emotion_jax.face.identity import IdentityConfig, same_people
from emotion_jax.face.tracks import Faces, find_faces
from emotion_jax.people import cast, still_tracks
from emotion_jax.speech.heard import no_speech
from privacy.faces import FaceDetector


def faces_of(path: Path, identity: IdentityConfig | None = IdentityConfig()) -> Faces:
    c = AnalysisConfig()
    return find_faces(path, c.media, c.detector, c.tracker, c.crops, progress=False, identity=identity)


def side_ids(faces: Faces, start: float, end: float, width: int) -> tuple[set[int], set[int]]:
    """The track ids seen left and right of the frame's middle between `start` and `end` s."""
    centre = (faces.boxes[:, 0] + faces.boxes[:, 2]) / 2
    when = (faces.times >= start) & (faces.times <= end)
    return set(faces.track_ids[when & (centre < width / 2)].tolist()), set(faces.track_ids[when & (centre >= width / 2)]
                                                                          .tolist())


@pytest.fixture(scope="module")
def interview_gap(data_dir, tmp_path_factory) -> Path:
    """The first 10 s of the two-person interview with 3 s of black between 3 and 6 s: both men leave the picture
    for longer than the tracker waits, then come back where they were."""
    src, dst = data_dir / "video" / "interview_2people.mp4", tmp_path_factory.mktemp("gap") / "gap.mp4"
    with av.open(str(src)) as source, av.open(str(dst), "w") as out:
        vin = source.streams.video[0]
        stream = out.add_stream("libx264", rate=vin.average_rate, options={"preset": "ultrafast"})
        stream.width, stream.height, stream.pix_fmt = vin.width, vin.height, "yuv420p"
        for frame in source.decode(video=0):
            if frame.time > 10:
                break
            rgb = frame.to_ndarray(format="rgb24")
            if 3 <= frame.time < 6:
                rgb = np.zeros_like(rgb)
            out.mux(stream.encode(av.VideoFrame.from_ndarray(rgb, format="rgb24")))
        out.mux(stream.encode(None))
    return dst


def test_both_men_keep_their_ids_after_leaving_the_picture(interview_gap) -> None:
    faces = faces_of(interview_gap)
    before, after = side_ids(faces, 0, 3, 1280), side_ids(faces, 6, 10, 1280)
    assert before == after and all(len(ids) == 1 for ids in before), (before, after)
    assert before[0] != before[1]
    assert len(faces.rejoined) == 2, faces.rejoined
    by_position = faces_of(interview_gap, identity=None)  # the tracker alone gives them new ids
    assert side_ids(by_position, 6, 10, 1280) != side_ids(by_position, 0, 3, 1280)


def test_the_man_is_one_person_across_the_debates_cut(data_dir) -> None:
    faces = faces_of(data_dir / "video" / "debate_2people_5s.mp4")
    close_up = set(faces.track_ids[faces.times < 0.7].tolist())  # the man, close (one face on screen)
    man, woman = side_ids(faces, 1.0, 5.0, 640)  # the wide shot: the man left, the woman right, seen in profile
    assert len(close_up) == 1 and man == close_up and not woman & man, (close_up, man, woman)


def test_people_on_screen_together_are_never_merged() -> None:
    same = np.ones((4, 128), np.float32)  # identical descriptors: only time keeps them apart
    ids, times = np.array([0, 1, 0, 1, 2]), np.array([0.0, 0.0, 1.0, 1.0, 5.0])
    merged = same_people(ids, times, np.array([0, 1, 2, 2]), same)
    assert merged == {2: 0}  # track 2 comes later and could be either: the first (nearest pair, lower id) wins
    far = np.concatenate([np.zeros((2, 128)), np.full((2, 128), 0.1)]).astype(np.float32)  # 1.13 apart
    assert same_people(np.array([0, 1]), np.array([0.0, 5.0]), np.array([0, 0, 1, 1]), far) == {}


@pytest.fixture(scope="module")
def interview_with_picture(data_dir, tmp_path_factory) -> Path:
    """The first 8 s of the two-person interview with a still photograph of another man (the face of
    single_face.mp4's first frame) hung in its top left corner, camera noise (sigma 2) over the whole picture."""
    with av.open(str(data_dir / "video" / "single_face.mp4")) as source:
        still = next(source.decode(video=0)).to_ndarray(format="rgb24")
    box = FaceDetector(AnalysisConfig().detector)(still).boxes[0].astype(int)
    pad = (box[2] - box[0]) // 3
    photo = still[max(box[1] - pad, 0):box[3] + pad, max(box[0] - pad, 0):box[2] + pad]
    photo = cv2.resize(photo, (120, round(120 * photo.shape[0] / photo.shape[1])))
    rng = np.random.default_rng(0)
    src, dst = data_dir / "video" / "interview_2people.mp4", tmp_path_factory.mktemp("picture") / "picture.mp4"
    with av.open(str(src)) as source, av.open(str(dst), "w") as out:
        vin = source.streams.video[0]
        stream = out.add_stream("libx264", rate=vin.average_rate, options={"preset": "ultrafast", "crf": "12"})
        stream.width, stream.height, stream.pix_fmt = vin.width, vin.height, "yuv420p"  # crf 12: the noise stays
        for frame in source.decode(video=0):
            if frame.time > 8:
                break
            rgb = frame.to_ndarray(format="rgb24").astype(np.float32)
            rgb[20:20 + photo.shape[0], 20:20 + photo.shape[1]] = photo
            rgb += rng.normal(0.0, 2.0, rgb.shape)
            out.mux(stream.encode(av.VideoFrame.from_ndarray(np.clip(rgb, 0, 255).astype(np.uint8), "rgb24")))
        out.mux(stream.encode(None))
    return dst


def test_a_picture_on_the_wall_is_not_a_person(interview_with_picture) -> None:
    config = AnalysisConfig()
    faces = faces_of(interview_with_picture)
    centre = (faces.boxes[:, 0] + faces.boxes[:, 2]) / 2
    picture = set(faces.track_ids[centre < 200].tolist())
    assert len(picture) == 1 and len(np.unique(faces.track_ids)) == 3, (picture, np.unique(faces.track_ids))
    assert still_tracks(faces, config.still_change) == list(picture)
    people = cast(faces, no_speech("no audio"), config.min_track_seconds, config.media.fps,
                  still_change=config.still_change)
    assert [p.face_track for p in people.participants] == sorted(set(faces.track_ids.tolist()) - picture)
    assert any("never moved" in note for note in people.notes), people.notes


@pytest.mark.parametrize("name", ["interview_2people.mp4", "debate_2people_5s.mp4", "single_face.mp4",
                                  "webcam_single_30s.mp4", "face_noface.mov"])
def test_every_real_face_moves(data_dir, name) -> None:
    faces = faces_of(data_dir / "video" / name, identity=None)
    assert len(faces.track_ids) and still_tracks(faces, AnalysisConfig().still_change) == []
