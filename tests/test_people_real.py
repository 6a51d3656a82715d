"""Who is who on real footage: the split-screen TV interview (two men talking, often over each other)."""

from __future__ import annotations

import pytest

from emotion_jax.api import analyze
from emotion_jax.config import AnalysisConfig


@pytest.fixture(scope="module")
def interview(data_dir, tmp_path_factory):
    """The interview, faces and voices only (no words needed to tell who is who), the speaker count not given."""
    return analyze(data_dir / "video" / "interview_2people.mp4", config=AnalysisConfig(modalities=("face", "voice")),
                   progress=False, work_dir=tmp_path_factory.mktemp("interview"))


def test_the_interview_gives_two_persons_each_with_their_own_voice(interview) -> None:
    people = interview.people
    assert len(people) == 2, people
    assert people["face_track"].ge(0).all() and people["speaker"].ge(0).all(), people
    assert people["face_track"].nunique() == 2 and people["speaker"].nunique() == 2, people
    assert sum("linked to" in note for note in interview.notes) == 2, interview.notes


def test_each_persons_turns_are_their_own(interview) -> None:
    turns = interview.turns
    assert set(turns["participant"]) == set(interview.people["participant"])
    spoken = turns.assign(seconds=turns["end"] - turns["start"]).groupby("participant")["seconds"].sum()
    assert spoken.min() >= 3.0, spoken  # both men speak for a good part of the 17.5 s
