"""Integration: the face path on a real RAVDESS clip and on real third-party footage."""

import numpy as np
import pytest

from emotion_jax import pipeline
from emotion_jax.config import AnalysisConfig
from emotion_jax.face.tracks import find_faces
from emotion_jax.labels import EMOTIONS
from emotion_jax.pipeline import analyze
from emotion_jax.speech.wer import word_error_rate
from emotion_jax.timeline import MODALITIES, PROSODY
from tests.conftest import RAVDESS_CLIP


@pytest.fixture(scope="module")
def ravdess_faces():
    c = AnalysisConfig()
    return find_faces(RAVDESS_CLIP, c.media, c.detector, c.tracker, c.crops, progress=False)


def test_one_face_in_almost_every_frame_with_one_id(ravdess_faces):
    frames = ravdess_faces.frame_times
    per_frame = np.array([(ravdess_faces.times == t).sum() for t in frames])
    assert len(frames) >= 15
    assert np.mean(per_frame == 1) >= 0.95
    assert len(np.unique(ravdess_faces.track_ids)) == 1


@pytest.fixture(scope="module")
def ravdess_analysis(tmp_path_factory):
    return analyze(RAVDESS_CLIP, work_dir=tmp_path_factory.mktemp("stages"), progress=False)


def test_neutral_clip_gives_neutral_dominated_face_timeline(ravdess_analysis):
    timeline = ravdess_analysis.timeline
    assert timeline.participants == ("person 1",)
    probs, present = timeline.track("person 1", "face")
    assert present.mean() >= 0.95
    dominant = np.argmax(probs[present], axis=1)
    assert np.bincount(dominant, minlength=7).argmax() == EMOTIONS.index("neutral")
    assert np.allclose(probs[present].sum(axis=1), 1.0, atol=1e-4)


def test_one_face_and_one_voice_are_one_person_with_words_voice_and_prosody(ravdess_analysis):
    timeline, words, turns = ravdess_analysis.timeline, ravdess_analysis.words, ravdess_analysis.turns
    assert word_error_rate("Kids are talking by the door", " ".join(words["word"].to_pylist())) == 0.0
    assert set(words["participant"].to_pylist()) == {"person 1"}
    starts = words["start"].to_numpy()
    assert np.all(np.diff(starts) >= 0) and 0.3 < starts[0] < 1.5 and words["end"].to_numpy()[-1] < 3.3
    probs, present = timeline.track("person 1", "voice")
    assert present.sum() >= 2 and np.allclose(probs[present].sum(axis=1), 1.0, atol=1e-4)
    assert turns.num_rows == 1 and turns["voice_emotion"][0].as_py() == "neutral"
    assert turns["text"][0].as_py() == "Kids are talking by the door."
    said, heard = timeline.track("person 1", "words")[1], present
    assert said.any() and np.array_equal(said, heard)  # words sit where the turn is
    assert turns["words_emotion"][0].as_py() in ("neutral", "happy")  # a plain statement
    f0 = timeline.prosody[:, 0, PROSODY.index("f0_hz")]
    assert np.nanmin(f0) > 70 and np.nanmax(f0) < 250  # a man's speaking voice
    assert np.isnan(f0[~present]).all()


def test_analysis_resumes_from_finished_stages(tmp_path, monkeypatch):
    first = analyze(RAVDESS_CLIP, work_dir=tmp_path, progress=False).timeline

    def must_not_run(*args, **kwargs):
        raise AssertionError("a finished stage ran again")

    for stage in ("find_faces", "read_expressions", "hear_speech"):
        monkeypatch.setattr(pipeline, stage, must_not_run)
    again = analyze(RAVDESS_CLIP, work_dir=tmp_path, progress=False).timeline
    np.testing.assert_array_equal(first.present, again.present)
    np.testing.assert_allclose(np.nan_to_num(first.probs), np.nan_to_num(again.probs))


def test_faces_seen_only_briefly_are_not_called_no_face(data_dir):
    notes = analyze(data_dir / "video" / "four_faces_5frames.mp4", progress=False).timeline.notes
    assert any("ignored 4 brief face track(s)" in n for n in notes)
    assert not any("no face was found" in n for n in notes)


def test_video_without_faces_or_speech_gives_empty_timeline_and_notes(data_dir):
    analysis = analyze(data_dir / "video" / "no_face.mp4", progress=False)
    assert analysis.timeline.participants == ()
    assert any("no face" in n for n in analysis.timeline.notes)
    assert any("no speech" in n for n in analysis.timeline.notes)
    assert analysis.words.num_rows == 0 and analysis.turns.num_rows == 0


def test_audio_only_recording_gives_a_speaker_and_says_there_is_no_video(data_dir):
    analysis = analyze(data_dir / "av" / "ravdess_actor01" / "01-01-05-01-01-01-01.flac", progress=False)
    timeline = analysis.timeline
    assert timeline.participants == ("speaker 1",)
    assert any("no video stream" in n for n in timeline.notes)
    assert not timeline.present[:, 0, MODALITIES.index("face")].any()
    assert timeline.present[:, 0, MODALITIES.index("voice")].any()
    assert word_error_rate("Kids are talking by the door", " ".join(analysis.words["word"].to_pylist())) == 0.0


def test_two_people_side_by_side_are_two_participants_and_the_voice_a_third(data_dir):
    timeline = analyze(data_dir / "video" / "debate_2people_5s.mp4", progress=False).timeline
    assert timeline.participants == ("person 1", "person 2", "speaker 1")  # 5 s at 5 fps: too little to link
    assert any("no face's mouth movement follows" in n for n in timeline.notes)
