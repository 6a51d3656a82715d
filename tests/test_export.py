"""Exports of a real analysis (the RAVDESS clip): ELAN, WebVTT with emotions, CSV, Parquet and the report, with the
reviewed redactions applied to every one of them."""

import subprocess
import tempfile
import warnings

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from pympi.Elan import Eaf

from emotion_jax.annotations import annotate, new_annotation
from emotion_jax.export import export_all, runs, turn_emotion, write_eaf
from emotion_jax.labels import EMOTIONS
from emotion_jax.pipeline import analyze
from emotion_jax.redacted import UNREVIEWED
from emotion_jax.store import SessionStore
from emotion_jax.timeline import to_arrow
from emotion_jax.widgets import RedactionReview
from privacy.crypto import ScryptParams
from tests.conftest import RAVDESS_CLIP

SKIP_STATUS = pacsv.ReadOptions(skip_rows=1)  # every exported CSV starts with a '# redaction: ...' line


@pytest.fixture(scope="module")
def analysis(data_dir, tmp_path_factory):
    """Stages shared with test_widgets, so the clip is analysed once per test run."""
    return analyze(RAVDESS_CLIP, work_dir=tmp_path_factory.getbasetemp() / "ravdess-stages", progress=False)


@pytest.fixture(scope="module")
def marks(analysis):
    person = analysis.timeline.participants[0]
    found = annotate([], new_annotation(2.5, person, "marker", author="dr-a"))
    found = annotate(found, new_annotation(0.5, person, "note", end=1.5, text="looks down", author="dr-a"))
    return annotate(found, new_annotation(2.0, person, "label", label="sad", author="dr-a"))


def test_every_format_is_written_and_reads_back(analysis, marks, tmp_path):
    store = SessionStore.create(tmp_path / "store", "pass phrase", actor="dr-a", params=ScryptParams(n=2**10))
    session = store.new_session()
    paths = export_all(analysis, tmp_path / "out", "clip", marks, store=store, session=session)
    assert all(p.exists() and p.stat().st_size > 0 for p in paths.values())
    assert pq.read_table(paths["timeline_parquet"]).num_rows == to_arrow(analysis.timeline).num_rows
    assert pacsv.read_csv(paths["words_csv"], SKIP_STATUS).num_rows == analysis.words.num_rows
    assert pacsv.read_csv(paths["annotations_csv"], SKIP_STATUS).column("kind").to_pylist() == ["note", "label",
                                                                                                 "marker"]
    assert paths["report_png"].read_bytes().startswith(b"\x89PNG")
    report = paths["report_html"].read_text()
    assert "data:image/png;base64," in report and "looks down" in report and "person 1 — fused" in report
    assert analysis.words.column("word")[0].as_py() not in report  # the report carries no transcript
    assert '"action":"export"' in (store.root / "audit.log").read_text()


def test_eaf_has_tiers_per_participant_and_modality(analysis, marks, tmp_path):
    timeline, person = analysis.timeline, analysis.timeline.participants[0]
    eaf = Eaf(str(write_eaf(analysis, tmp_path / "clip.eaf", marks)))
    present = [m for k, m in enumerate(timeline.modalities) if timeline.present[:, 0, k].any()]
    expected = {f"{person} - {m}" for m in present} | {f"{person} - transcript", f"{person} - annotations"}
    assert set(eaf.get_tier_names()) == expected
    face = eaf.get_annotation_data_for_tier(f"{person} - {present[0]}")
    assert [(s / 1000, e / 1000, v.split()[0]) for s, e, v in face] == [
        (pytest.approx(a), pytest.approx(b), emotion) for a, b, emotion, _ in runs(timeline, person, present[0])]
    notes = sorted(eaf.get_annotation_data_for_tier(f"{person} - annotations"))
    assert notes == [(500, 1500, "note: looks down"), (2000, 2001, "label: sad"), (2500, 2501, "marker:")]
    said = eaf.get_annotation_data_for_tier(f"{person} - transcript")
    assert [v for *_, v in said] == analysis.turns.column("text").to_pylist()
    assert eaf.tiers[f"{person} - transcript"][2]["PARTICIPANT"] == person


def test_runs_cover_each_present_window_once(analysis):
    timeline = analysis.timeline
    for k, modality in enumerate(timeline.modalities):
        found = runs(timeline, timeline.participants[0], modality)
        assert sum(round((b - a) / timeline.window) for a, b, *_ in found) == timeline.present[:, 0, k].sum()
        assert all(e in EMOTIONS and 0 <= p <= 1 for *_, e, p in found)


def test_vtt_cues_carry_speaker_and_emotion(analysis, tmp_path):
    paths = export_all(analysis, tmp_path, "clip")
    text = paths["emotion_vtt"].read_text()
    turn = analysis.turns.to_pylist()[0]
    emotion, p, modality = turn_emotion(analysis.timeline, turn["participant"], turn["start"], turn["end"])
    assert text.startswith("WEBVTT\n")
    assert f"<v {turn['participant']}>{turn['text']} <c.{emotion}>[{emotion} {p:.0%}, {modality}]</c>" in text
    assert " --> " in paths["vtt"].read_text()


REDACTED = ("kids", "door")  # the clip says "Kids are talking by the door."


@pytest.fixture()
def reviewed(analysis, marks, tmp_path):
    """A store holding the clip's words and their redaction review (both names redacted), and notes that say them."""
    store = SessionStore.create(tmp_path / "store", "pass phrase", actor="dr-a", params=ScryptParams(n=2**10))
    session = store.new_session()
    store.put_table(session, "words", analysis.words)
    review = RedactionReview(analysis.words, names={"person 1": ["Kids", "Door"]}, store=store, session=session)
    assert sorted(p.text.lower() for p in review.review.proposals) == sorted(REDACTED)
    for i in range(len(review.review.proposals)):
        review.decide(i, True)
    review.save()
    person = analysis.timeline.participants[0]
    said = annotate(list(marks), new_annotation(1.0, person, "note", end=2.0, text="KIDS by the Door?", author="dr-a"))
    return store, session, said


def test_after_a_review_no_redacted_word_is_in_any_export_and_nothing_else_is_written(analysis, reviewed, tmp_path,
                                                                                    monkeypatch):
    store, session, said = reviewed
    temp, out = tmp_path / "tmp", tmp_path / "out"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    for _ in range(2):  # exported again into the same folder: nothing is kept aside (no .bak)
        paths = export_all(analysis, out, "clip", said, store=store, session=session)
    assert sorted(out.iterdir()) == sorted(paths.values()) and not any(temp.iterdir())
    for path in paths.values():  # grep every file
        data = path.read_bytes().lower()
        assert not [w for w in REDACTED if w.encode() in data], path
    words = pacsv.read_csv(paths["words_csv"], SKIP_STATUS).column("word").to_pylist()
    assert words[0] == "[NAME]" and words[1:4] == ["are", "talking", "by"]
    turns = pacsv.read_csv(paths["turns_csv"], SKIP_STATUS).column("text").to_pylist()
    assert turns == ["[NAME] are talking by the [NAME]."]
    assert "[NAME] by the [NAME]?" in paths["annotations_csv"].read_text()
    assert "<v person 1>[NAME] are talking by the [NAME]." in paths["vtt"].read_text()
    for path in (paths["words_csv"], paths["vtt"], paths["eaf"], paths["report_html"]):
        text = path.read_text()
        assert "redaction: reviewed; 2 word(s) hidden" in text and UNREVIEWED not in text, path
    assert pq.read_table(paths["timeline_parquet"]).schema.metadata[b"redaction"].startswith(b"redaction: reviewed")


def test_an_unreviewed_export_says_so_in_every_header(analysis, tmp_path):
    paths = export_all(analysis, tmp_path, "clip")
    for kind in ("timeline_csv", "words_csv", "turns_csv", "annotations_csv"):
        assert paths[kind].read_text().startswith(f"# {UNREVIEWED}\n"), kind
    for kind in ("vtt", "emotion_vtt"):
        assert paths[kind].read_text().startswith(f"WEBVTT\n\nNOTE {UNREVIEWED}\n"), kind
    assert ("redaction", UNREVIEWED) in Eaf(str(paths["eaf"])).properties
    assert UNREVIEWED in paths["report_html"].read_text()
    assert pq.read_table(paths["timeline_parquet"]).schema.metadata[b"redaction"] == UNREVIEWED.encode()
    assert "Kids are talking by the door." in paths["turns_csv"].read_text()  # nothing was hidden


def test_an_export_into_a_git_work_tree_warns_unless_it_is_ignored(analysis, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("private/\n")
    with pytest.warns(UserWarning, match="inside the git work tree .* does not ignore it"):
        export_all(analysis, tmp_path / "exports", "clip")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        export_all(analysis, tmp_path / "private", "clip")

