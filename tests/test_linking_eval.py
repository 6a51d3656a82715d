"""Face-voice linking, scored: the counting rules on made-up cases, and `eval diarization` with faces on
conversations on screen built from real RAVDESS faces and voices."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from emotion_jax.evaluate.diarization import score
from emotion_jax.evaluate.linking import Found, ReferenceFaces, outcome, read_faces
from emotion_jax.evaluate.manifest import read_manifest
from emotion_jax.train.on_screen import on_screen

LEFT, RIGHT = [0.0, 0.0, 100.0, 100.0], [200.0, 0.0, 300.0, 100.0]
TURNS = [(0.0, 2.0, "ann"), (2.5, 4.0, "bob"), (4.5, 6.0, "ann")]


def reference(*names: str) -> ReferenceFaces:
    """Faces at the left and right (and a third further right) every 0.2 s for 6 s."""
    times = np.repeat(np.arange(0, 6, 0.2), len(names))
    boxes = np.tile(np.array([LEFT, RIGHT, [400.0, 0.0, 500.0, 100.0]][:len(names)]), (30, 1))
    return ReferenceFaces(times, boxes, np.tile(np.array(names), 30))


def found(face_of: dict[str, int], turns: list[tuple[float, float, str]], tracks: int = 2) -> Found:
    """Tracks 0 (left), 1 (right), 2 (further right) seen every 0.2 s, slightly off the reference boxes."""
    times = np.repeat(np.arange(0, 6, 0.2), tracks)
    boxes = np.tile(np.array([LEFT, RIGHT, [400.0, 0.0, 500.0, 100.0]][:tracks]) + 5, (30, 1))
    return Found(face_of, turns, times, np.tile(np.arange(tracks), 30), boxes)


def test_the_counting_rules() -> None:
    both = reference("ann", "bob")
    as_said = [(a, b, {"ann": "p1", "bob": "p2"}[w]) for a, b, w in TURNS]
    assert outcome(TURNS, both, found({"p1": 0, "p2": 1}, as_said)) == {
        "speakers_on_screen": 2, "persons": 2, "linked_right": 2, "linked_wrong": 0, "unlinked": 0}
    swapped = outcome(TURNS, both, found({"p1": 1, "p2": 0}, as_said))
    assert swapped["linked_wrong"] == 2 and swapped["linked_right"] == 0
    apart = outcome(TURNS, both, found({"p3": 0, "p4": 1}, as_said))  # faces and voices found, never joined
    assert apart["unlinked"] == 2 and apart["linked_wrong"] == 0
    silent = outcome(TURNS, reference("ann", "bob", "cy"), found({"p1": 0, "p2": 1, "p5": 2}, as_said + [
        (6.0, 6.5, "p5")], tracks=3))
    assert silent["linked_wrong"] == 1 and silent["linked_right"] == 2 and silent["persons"] == 3
    off_screen = outcome(TURNS, reference("ann"), found({"p1": 0, "p2": 1}, as_said))  # bob off screen, p2 a stray
    assert off_screen["linked_wrong"] == 1 and off_screen["linked_right"] == 1


def test_a_faces_file_without_its_columns_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "faces.csv"
    bad.write_text("time,x,y\n0,1,2\n")
    with pytest.raises(ValueError, match="faces CSV needs time, x1, y1, x2, y2, speaker"):
        read_faces(bad)


@pytest.fixture(scope="module")
def videos(tmp_path_factory):
    """Two conversations on screen: two men both on screen, and a man and a woman with a man off screen."""
    folder = tmp_path_factory.mktemp("on_screen")
    manifest = folder / "manifest.csv"
    with open(manifest, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["path", "rttm", "faces"])
        writer.writerow([p.name for p in on_screen((17, 19), (0, 1), 300, folder)])
        writer.writerow([p.name for p in on_screen((17, 18, 19), (0, 1), 301, folder)])
    return manifest


def test_eval_diarization_scores_the_links_of_real_faces_and_voices(videos) -> None:
    report = score(videos, read_manifest(videos, ("path", "rttm"), None), count_known=True)
    links = report["linking"]
    assert links["videos"] == 2 and links["speakers_on_screen"] == 4 and links["persons"] == 5
    assert links["linked_wrong"] == 0, links  # the man off screen is never given a face
    assert links["linked_right"] >= 3, links
    assert report["der"] < 0.3, report


def test_faces_split_a_merged_voice_into_fewer_voices_than_faces(tmp_path) -> None:
    """Two speakers and a silent listener on screen, with clustering that merges every voice into one (a threshold
    no two windows exceed): the split into three voices cannot give each a face, the split into two can."""
    from emotion_jax.config import AnalysisConfig
    from emotion_jax.pipeline import analyze
    from emotion_jax.speech.diarize import DiarizationConfig

    video, _, _ = on_screen((17, 18), (0, 1, None), 302, tmp_path)
    config = AnalysisConfig(modalities=("face", "voice"), speakers=DiarizationConfig(threshold=2.0))
    people = analyze(video, config, work_dir=tmp_path / "work", progress=False).people.to_pylist()
    voices = [p["speaker"] for p in people if p["face_track"] >= 0 and p["speaker"] >= 0]
    assert len(people) == 3 and sorted(voices) == [0, 1], people  # the silent face has no voice
