"""Person linking on real footage: the RAVDESS talking face beside a still copy of itself, with one voice or two."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from emotion_jax.config import AnalysisConfig
from emotion_jax.face.tracks import find_faces
from emotion_jax.fusion.linking import faces_of_voices, link, link_p_values, speaking, talking
from emotion_jax.media import load_audio
from emotion_jax.people import cast
from emotion_jax.speech.diarize import Turn
from emotion_jax.speech.heard import hear_speech, joined_by_face
from tests.conftest import DATA, RAVDESS_CLIP


def split_screen(path: Path, talking_left: list[bool], voices: list[np.ndarray]) -> Path:
    """One part per entry: the real clip at 640x360 on the talking side, its first frame held still on the other,
    and that part's voice (16 kHz) cut or padded to the clip's length."""
    with av.open(str(RAVDESS_CLIP)) as src:
        frames = [f.to_ndarray(format="rgb24", width=640, height=360) for f in src.decode(video=0)]
        rate = float(src.streams.video[0].average_rate)
    length = len(load_audio(RAVDESS_CLIP, 16000))
    with av.open(str(path), "w") as out:
        video = out.add_stream("mpeg4", rate=Fraction(rate).limit_denominator(1001))
        video.width, video.height, video.pix_fmt = 1280, 360, "yuv420p"
        sound = out.add_stream("aac", rate=16000)
        sound.layout = "mono"
        for left in talking_left:
            for f in frames:
                pair = (f, frames[0]) if left else (frames[0], f)
                out.mux(video.encode(av.VideoFrame.from_ndarray(np.concatenate(pair, axis=1), format="rgb24")))
        out.mux(video.encode(None))
        audio = np.concatenate([np.pad(v, (0, max(0, length - len(v))))[:length] for v in voices])
        pcm = av.AudioFrame.from_ndarray((audio * 32767).astype(np.int16)[None], format="s16", layout="mono")
        pcm.sample_rate = 16000
        out.mux(sound.encode(pcm))
        out.mux(sound.encode(None))
    return path


def stages_of(path: Path) -> tuple[dict, dict, AnalysisConfig]:
    config = AnalysisConfig()
    sound: list[np.ndarray] = []
    faces = find_faces(path, config.media, config.detector, config.tracker, config.crops, progress=False,
                       audio=sound)
    return faces, hear_speech(np.concatenate(sound), config.hearing(), progress=False), config


def left_track(faces: dict, tracks: list[int]) -> int:
    return min(tracks, key=lambda k: faces.boxes[faces.track_ids == k][:, 0].mean())


@pytest.fixture(scope="module", params=[True, False], ids=["talking-left", "talking-right"])
def stages(request, tmp_path_factory):
    path = split_screen(tmp_path_factory.mktemp("linking") / "split.mp4", [request.param],
                        [load_audio(RAVDESS_CLIP, 16000)])
    return request.param, *stages_of(path)


def test_the_voice_is_linked_to_the_face_that_talks(stages) -> None:
    talking_left, faces, speech, config = stages
    tracks = sorted(set(faces.track_ids.tolist()))
    assert len(tracks) == 2 and set(speech.turn_speaker.tolist()) == {0}
    left = left_track(faces, tracks)
    talker = left if talking_left else (set(tracks) - {left}).pop()
    p = link_p_values(faces, speech, tracks, [0])
    assert p[tracks.index(talker), 0] < 0.01 and np.nan_to_num(p[1 - tracks.index(talker), 0], nan=1.0) > 0.5
    assert [(lk.track, lk.speaker) for lk in link(faces, speech, tracks, [0])] == [(talker, 0)]
    found = cast(faces, speech, config.min_track_seconds, config.media.fps, config.linking)
    people, notes = found.participants, found.notes
    linked = [p for p in people if p.face_track is not None and p.speaker is not None]
    assert [p.face_track for p in linked] == [talker] and len(people) == 2
    assert any("linked" in n for n in notes)


def test_two_voices_are_linked_each_to_the_face_that_talks_with_it(tmp_path) -> None:
    """The left face talks with actor 01's (male) voice, then the right face with actor 02's (female) voice."""
    female = load_audio(DATA / "speech" / "ravdess" / "Actor_02" / "03-01-01-01-01-01-02.flac", 16000)
    path = split_screen(tmp_path / "two.mp4", [True, False], [load_audio(RAVDESS_CLIP, 16000), female])
    faces, speech, config = stages_of(path)
    tracks = sorted(set(faces.track_ids.tolist()))
    first, second = speech.turn_speaker[np.argsort(speech.turn_times[:, 0])][[0, -1]]
    assert len(tracks) == 2 and first != second
    left = left_track(faces, tracks)
    right = (set(tracks) - {left}).pop()
    assert {(lk.track, lk.speaker) for lk in link(faces, speech, tracks, [first, second])} == {(left, first),
                                                                                              (right, second)}
    found = cast(faces, speech, config.min_track_seconds, config.media.fps, config.linking)
    people, notes = found.participants, found.notes
    assert len(people) == 2 and all(p.face_track is not None and p.speaker is not None for p in people)
    assert sum("linked" in n for n in notes) == 2
    turns = [Turn(a, b, int(s)) for (a, b), s in zip(speech.turn_times, speech.turn_speaker)]
    assert faces_of_voices(faces, turns, tracks) == {first: left, second: right}
    assert joined_by_face(turns, faces_of_voices(faces, turns, tracks)) == turns  # two faces: nothing joined


def test_two_voice_clusters_one_face_speaks_become_one_speaker(tmp_path) -> None:
    """The left face talks in both parts, calmly then angrily (actor 01 both times): had the clustering split that
    voice in two, the face that speaks both joins them."""
    angry = load_audio(DATA / "av" / "ravdess_actor01" / "01-01-05-02-01-01-01.flac", 16000)
    path = split_screen(tmp_path / "one.mp4", [True, True], [load_audio(RAVDESS_CLIP, 16000), angry])
    faces, speech, _ = stages_of(path)
    tracks = sorted(set(faces.track_ids.tolist()))
    half = len(load_audio(RAVDESS_CLIP, 16000)) / 16000
    split = [Turn(a, b, int(a >= half)) for a, b in speech.turn_times]  # as if the clustering had split the voice
    assert {t.speaker for t in split} == {0, 1}
    mapping = faces_of_voices(faces, split, tracks)
    assert mapping == {0: left_track(faces, tracks), 1: left_track(faces, tracks)}, mapping
    joined = joined_by_face(split, mapping)
    assert {t.speaker for t in joined} == {0}
    assert [(t.start, t.end) for t in joined] == [(t.start, t.end) for t in split]


def test_joined_by_face_renumbers_in_order_of_first_appearance() -> None:
    turns = [Turn(0, 1, 0), Turn(1, 2, 1), Turn(2, 3, 2), Turn(3, 4, 1)]
    assert [t.speaker for t in joined_by_face(turns, {0: 7, 2: 7, 1: 8})] == [0, 1, 0, 1]
    assert [t.speaker for t in joined_by_face(turns, {1: 7, 2: 7})] == [0, 1, 1, 1]
    assert joined_by_face(turns, {}) == turns


def test_talking_and_speaking_on_plain_arrays() -> None:
    crops = np.zeros((4, 48, 48), np.uint8)
    crops[2, 30:46, 12:36] = 90  # the mouth opens in frame 2 only
    activity = talking(crops, np.array([0.0, 0.2, 0.4, 1.4]))
    assert np.isnan(activity[0]) and activity[1] == 0 and activity[2] > 0 and np.isnan(activity[3])  # 1 s gap
    np.testing.assert_array_equal(speaking(np.array([0.0, 1.0, 2.0]), np.array([[0.5, 1.5]])), [False, True, False])
