"""Body language on real footage: a talking man's head movement and nod, a still picture's stillness, and the
movement synchrony of clips placed side by side (acceptance of the body-language issue)."""

from __future__ import annotations

import numpy as np
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from pympi.Elan import Eaf

from emotion_jax.api import analyze
from emotion_jax.config import AnalysisConfig
from emotion_jax.face.tracks import find_faces
from emotion_jax.movement.head import head_events
from tests.clips import analysis_frames, side_by_side, silent_video

FACES_ONLY = AnalysisConfig(modalities=("face",))


@pytest.fixture(scope="module")
def interview(data_dir, tmp_path_factory):
    return analyze(data_dir / "video" / "interview_2people.mp4", config=FACES_ONLY, progress=False,
                   work_dir=tmp_path_factory.mktemp("interview"))


def _faces(video):
    """The face stage alone (head pose and motion energy of every face), without re-identification."""
    c = FACES_ONLY
    return find_faces(video, c.media, c.detector, c.tracker, c.crops, progress=False, identity=None, energy=c.energy)


def _face_rows(analysis):
    table = analysis.timeline
    return table[table["modality"] == "face"]


def test_talking_men_show_head_movement_and_the_nod_that_is_seen(interview) -> None:
    rows = _face_rows(interview)
    speed = rows.groupby("participant")["head_speed"].mean()
    energy = rows.groupby("participant")["motion_energy"].mean()
    assert len(speed) == 2 and (speed > 3.0).all() and (energy > 0.05).all(), (speed, energy)
    # the man on the right nods at 2.6-3.0 s (down at 2.8 s, up again at 3.0 s: seen frame by frame)
    nodded = rows[(rows["start"] >= 2.0) & (rows["start"] < 3.5)].groupby("participant")["nods"].sum()
    assert nodded.max() >= 1, rows[["start", "participant", "nods", "shakes"]]
    assert rows["facing_camera"].between(0, 1).all()


def test_a_still_picture_made_into_a_video_has_no_motion_and_no_nods(data_dir, tmp_path) -> None:
    frame = analysis_frames(data_dir / "video" / "webcam_single_30s.mp4")[60]
    still = silent_video([frame] * 50, tmp_path / "still.mp4")
    faces = _faces(still)
    assert len(faces.times) == len(faces.frame_times) >= 50 and faces.steady.all()
    assert np.nanmax(faces.energy) == 0.0 and np.isnan(faces.energy[0])
    assert np.ptp(faces.pose, axis=0).max() < 1.0, np.ptp(faces.pose, axis=0)
    assert head_events(faces.times, faces.pose) == []
    assert analyze(still, config=FACES_ONLY, progress=False).synchrony.empty  # a picture is no person: no pairs


def test_a_debater_in_profile_is_turned_toward_the_other_and_the_one_facing_the_hall_is_not(data_dir) -> None:
    debate = analyze(data_dir / "video" / "debate_2people_5s.mp4", config=FACES_ONLY, progress=False)
    toward = _face_rows(debate).groupby("participant")["toward_other"].mean()
    assert len(toward) == 2 and toward.max() >= 0.8 and toward.min() <= 0.2, toward


@pytest.fixture(scope="module")
def webcam(data_dir):
    return analysis_frames(data_dir / "video" / "webcam_single_30s.mp4")


def _session(analysis):
    pairs = analysis.synchrony
    assert len(analysis.people) == 2, analysis.people
    return pairs[pairs["scope"] == "session"].iloc[0]


@pytest.fixture(scope="module")
def twice(webcam, tmp_path_factory):
    """The webcam clip beside itself: two people who move exactly alike."""
    video = silent_video(side_by_side(webcam, webcam), tmp_path_factory.mktemp("twice") / "twice.mp4")
    return analyze(video, config=FACES_ONLY, progress=False)


def test_the_same_clip_twice_is_in_synchrony_far_above_chance_at_lag_zero(twice) -> None:
    session = _session(twice)
    assert session["synchrony"] > 0.9 and session["above_chance"] and session["lag_s"] == 0.0, session
    assert session["synchrony"] - session["chance_95"] > 0.3, session


def test_two_different_people_side_by_side_are_not_in_synchrony(webcam, data_dir, tmp_path) -> None:
    left_man = [f[:, :640] for f in analysis_frames(data_dir / "video" / "interview_2people.mp4")]
    other = (left_man + left_man[::-1])[:len(webcam)]  # 17.5 s played forward, then backward to 30 s
    pair = analyze(silent_video(side_by_side(webcam, other), tmp_path / "pair.mp4"), config=FACES_ONLY,
                   progress=False)
    session = _session(pair)
    assert np.isfinite(session["synchrony"]) and not session["above_chance"], session


def test_movement_and_synchrony_reach_the_summary_and_every_export(twice, tmp_path) -> None:
    summary = "\n".join(twice.summary())
    assert summary.count("movement: ") == 2 and "(above chance); in step" in summary, summary
    paths = twice.export(tmp_path)
    tiers = Eaf(str(paths["eaf"])).get_tier_names()
    synchronous = Eaf(str(paths["eaf"])).get_annotation_data_for_tier("person 1 / person 2 - movement synchrony")
    assert len(synchronous) >= 4 and all("in step" in text for *_, text in synchronous), synchronous
    assert "person 1 - nods and shakes" in tiers or "person 2 - nods and shakes" in tiers, tiers
    assert pq.read_table(paths["synchrony_parquet"]).replace_schema_metadata(None).equals(twice.result.synchrony)
    table = pacsv.read_csv(paths["synchrony_csv"], pacsv.ReadOptions(skip_rows=1))
    assert table.column("scope").to_pylist() == twice.result.synchrony.column("scope").to_pylist()
    timeline = pacsv.read_csv(paths["timeline_csv"], pacsv.ReadOptions(skip_rows=1)).to_pandas()
    face = timeline[timeline["modality"] == "face"]
    assert face[["head_speed", "facing_camera", "motion_energy"]].notna().all().all()
    assert timeline[timeline["modality"] != "face"]["motion_energy"].isna().all()


def test_without_the_face_nothing_of_the_body_is_read(data_dir) -> None:
    heard = analyze(data_dir / "video" / "interview_2people.mp4", config=AnalysisConfig(modalities=("voice",)),
                    progress=False)
    assert np.isnan(heard.windows.movement).all() and heard.synchrony.empty
    assert "movement:" not in "\n".join(heard.summary())


def test_a_camera_cut_is_read_as_no_ones_movement_and_noted(data_dir) -> None:
    cut, calm = _faces(data_dir / "video" / "face_noface.mov"), _faces(data_dir / "video" / "webcam_single_30s.mp4")
    assert (~cut.steady).any() and calm.steady.all()  # cuts from the face to black, then to an animation
    unread = np.isin(cut.times, cut.frame_times[~cut.steady])
    assert np.isnan(cut.energy[unread]).all()
    notes = analyze(data_dir / "video" / "face_noface.mov", config=FACES_ONLY, progress=False).notes
    assert any(note.startswith("body motion was not read in") for note in notes), notes
