"""Integration: the face path on a real RAVDESS clip and on real third-party footage."""

import numpy as np
import pytest

from emotion_jax import pipeline
from emotion_jax.labels import EMOTIONS
from emotion_jax.pipeline import AnalysisConfig, analyze, find_faces
from tests.conftest import RAVDESS_CLIP


@pytest.fixture(scope="module")
def ravdess_faces():
    return find_faces(RAVDESS_CLIP, AnalysisConfig(), progress=False)


def test_one_face_in_almost_every_frame_with_one_id(ravdess_faces):
    frames = ravdess_faces["frame_times"]
    per_frame = np.array([(ravdess_faces["times"] == t).sum() for t in frames])
    assert len(frames) >= 15
    assert np.mean(per_frame == 1) >= 0.95
    assert len(np.unique(ravdess_faces["track_ids"])) == 1


def test_neutral_clip_gives_neutral_dominated_face_timeline(tmp_path):
    timeline = analyze(RAVDESS_CLIP, work_dir=tmp_path, progress=False)
    assert timeline.participants == ("person 1",)
    probs, present = timeline.track("person 1", "face")
    assert present.mean() >= 0.95
    dominant = np.argmax(probs[present], axis=1)
    assert np.bincount(dominant, minlength=7).argmax() == EMOTIONS.index("neutral")
    assert np.allclose(probs[present].sum(axis=1), 1.0, atol=1e-4)


def test_analysis_resumes_from_finished_stages(tmp_path, monkeypatch):
    first = analyze(RAVDESS_CLIP, work_dir=tmp_path, progress=False)

    def must_not_run(*args, **kwargs):
        raise AssertionError("a finished stage ran again")

    monkeypatch.setattr(pipeline, "find_faces", must_not_run)
    monkeypatch.setattr(pipeline, "read_expressions", must_not_run)
    again = analyze(RAVDESS_CLIP, work_dir=tmp_path, progress=False)
    np.testing.assert_array_equal(first.present, again.present)
    np.testing.assert_allclose(np.nan_to_num(first.probs), np.nan_to_num(again.probs))


def test_video_without_faces_gives_empty_timeline_and_a_note(data_dir):
    timeline = analyze(data_dir / "video" / "no_face.mp4", progress=False)
    assert timeline.participants == ()
    assert any("no face" in n for n in timeline.notes)


def test_audio_only_recording_says_there_is_no_video(data_dir):
    timeline = analyze(data_dir / "av" / "ravdess_actor01" / "01-01-03-01-01-01-01.flac", progress=False)
    assert timeline.participants == ()
    assert any("no video stream" in n for n in timeline.notes)


def test_two_people_side_by_side_are_two_participants(data_dir):
    timeline = analyze(data_dir / "video" / "debate_2people_5s.mp4", progress=False)
    assert len(timeline.participants) == 2
