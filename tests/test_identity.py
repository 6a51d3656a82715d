"""One person stays one person: a face that leaves and comes back keeps its track id (real clips)."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from emotion_jax.config import AnalysisConfig
from emotion_jax.face.identity import IdentityConfig, same_people
from emotion_jax.face.tracks import Faces, find_faces


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
