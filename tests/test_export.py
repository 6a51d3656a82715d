"""Exports of a real analysis (the RAVDESS clip): ELAN, WebVTT with emotions, CSV, Parquet and the report, with the
reviewed redactions applied to every one of them."""

import html
import json
import re
import subprocess
import tempfile
import warnings
from dataclasses import replace

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
import webvtt
from pympi.Elan import Eaf

from emotion_jax.annotations import annotate, new_annotation
from emotion_jax.export import VOCABULARY, export_all, runs, turn_emotion, write_eaf
from emotion_jax.labels import EMOTIONS
from emotion_jax.media import probe
from emotion_jax.pipeline import analyze
from emotion_jax.redacted import UNREVIEWED
from emotion_jax.result import Result
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
    paths = export_all(analysis, tmp_path / "out", "clip", marks, store=store, session=session, media=RAVDESS_CLIP)
    assert all(p.exists() and p.stat().st_size > 0 for p in paths.values())
    assert pq.read_table(paths["timeline_parquet"]).num_rows == to_arrow(analysis.timeline).num_rows
    sidecar = json.loads(paths["timeline_json"].read_text())
    assert sidecar["window_seconds"] == analysis.timeline.window and sidecar["notes"] == list(analysis.timeline.notes)
    assert sidecar["duration_seconds"] == pytest.approx(probe(RAVDESS_CLIP).duration)
    assert sidecar["redaction"] == UNREVIEWED and sidecar["emotions"] == list(EMOTIONS)
    assert sidecar["tables"] == [paths["timeline_csv"].name, paths["timeline_parquet"].name]
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
    eaf = Eaf(str(write_eaf(analysis, tmp_path / "clip.eaf", marks, media=RAVDESS_CLIP)))
    present = [m for k, m in enumerate(timeline.modalities) if timeline.present[:, 0, k].any()]
    expected = ({f"{person} - {m}" for m in present} | {f"{person} - {m} - probability" for m in present}
                | {f"{person} - transcript", f"{person} - annotations"} | ({"notes"} if timeline.notes else set()))
    assert set(eaf.get_tier_names()) == expected
    face = eaf.get_annotation_data_for_tier(f"{person} - {present[0]}")
    limit = round(probe(RAVDESS_CLIP).duration * 1000)
    assert [(s / 1000, e / 1000, v) for s, e, v in face] == [
        (pytest.approx(a), pytest.approx(min(b, limit / 1000)), emotion)
        for a, b, emotion, _ in runs(timeline, person, present[0])]
    notes = sorted(eaf.get_annotation_data_for_tier(f"{person} - annotations"))
    assert notes == [(500, 1500, "note: looks down"), (2000, 2001, "label: sad"), (2500, 2501, "marker:")]
    said = eaf.get_annotation_data_for_tier(f"{person} - transcript")
    assert [v for *_, v in said] == analysis.turns.column("text").to_pylist()
    assert eaf.tiers[f"{person} - transcript"][2]["PARTICIPANT"] == person


def test_eaf_links_the_media_and_no_tier_runs_past_its_end(analysis, marks, tmp_path):
    (tmp_path / "elan").mkdir()
    eaf = Eaf(str(write_eaf(analysis, tmp_path / "elan" / "clip.eaf", marks, media=RAVDESS_CLIP)))
    [media] = eaf.media_descriptors
    assert media["MEDIA_URL"] == RAVDESS_CLIP.resolve().as_uri() and media["MIME_TYPE"] == "video/mp4"
    assert (tmp_path / "elan" / media["RELATIVE_MEDIA_URL"]).resolve() == RAVDESS_CLIP.resolve()
    limit = round(probe(RAVDESS_CLIP).duration * 1000)
    assert analysis.timeline.ends[-1] * 1000 > limit  # the last 1 s window runs past the recording's end
    ends = [e for tier in eaf.get_tier_names() if not eaf.tiers[tier][1]
            for _, e, _ in eaf.get_annotation_data_for_tier(tier)]
    assert max(ends) == limit
    times = [int(v) for v in eaf.timeslots.values()]
    assert min(times) >= 0 and max(times) <= limit
    assert int(dict(eaf.properties)["lastUsedAnnotation"]) == max(int(a[1:]) for a in eaf.annotations)


def test_eaf_emotions_come_from_a_vocabulary_with_their_probability_in_a_dependent_tier(analysis, tmp_path):
    timeline, person = analysis.timeline, analysis.timeline.participants[0]
    eaf = Eaf(str(write_eaf(analysis, tmp_path / "clip.eaf", duration=60.0)))
    [cv] = eaf.get_controlled_vocabulary_names()
    assert [values[0][0] for values, _ in eaf.get_cv_entries(cv).values()] == list(VOCABULARY)
    assert VOCABULARY == (*EMOTIONS, "uncertain")
    for k, modality in enumerate(timeline.modalities):
        if not timeline.present[:, 0, k].any():
            continue
        tier, odds = f"{person} - {modality}", f"{person} - {modality} - probability"
        kind = eaf.get_parameters_for_tier(tier)["LINGUISTIC_TYPE_REF"]
        assert eaf.get_parameters_for_linguistic_type(kind)["CONTROLLED_VOCABULARY_REF"] == cv
        dependent = eaf.get_parameters_for_tier(odds)
        assert dependent["PARENT_REF"] == tier
        assert eaf.get_parameters_for_linguistic_type(dependent["LINGUISTIC_TYPE_REF"])["CONSTRAINTS"] == \
            "Symbolic_Association"
        found = runs(timeline, person, modality)
        linked = sorted(eaf.get_ref_annotation_data_for_tier(odds))
        assert [(a, b, parent) for a, b, _, parent in linked] == [(round(s * 1000), round(e * 1000), emotion)
                                                                    for s, e, emotion, _ in found]
        assert [float(p) for *_, p, _ in linked] == [pytest.approx(p, abs=5e-4) for *_, p in found]
        assert all(v in VOCABULARY for *_, v in eaf.get_annotation_data_for_tier(tier))


STRANGE = ["I", "<3", "you", "&", "him", "-->", "<awful>", "a&b", "x>y"]  # said as heard, escaped nowhere before
WHO = "Dr <Ann> & co"


@pytest.fixture(scope="module")
def strange(analysis):
    """The real analysis with a stranger name, odd words in the transcript, a turn that is only '-->', and notes."""
    words = analysis.words.num_rows
    said = [STRANGE[k % len(STRANGE)] for k in range(words)]
    table = analysis.words.set_column(analysis.words.schema.get_field_index("word"), "word", pa.array(said))
    table = table.set_column(table.schema.get_field_index("participant"), "participant", pa.array([WHO] * words))
    [turn] = analysis.turns.to_pylist()
    middle = (turn["start"] + turn["end"]) / 2
    rows = [{**turn, "participant": WHO, "end": middle, "text": " ".join(said)},
            {**turn, "participant": WHO, "start": middle, "text": "-->"}]
    timeline = replace(analysis.timeline, participants=(WHO,),
                       notes=(*analysis.timeline.notes, "a note with <tags> & --> in it"))
    return Result(timeline, table, pa.Table.from_pylist(rows, schema=analysis.turns.schema), analysis.people)


def test_strange_words_survive_every_export_escaped(strange, tmp_path):
    paths = export_all(strange, tmp_path, "clip", media=RAVDESS_CLIP)
    texts = strange.turns.column("text").to_pylist()
    limit = probe(RAVDESS_CLIP).duration
    for kind in ("vtt", "emotion_vtt"):
        captions = webvtt.read(str(paths[kind]))
        assert len(captions) == len(texts), kind
        for caption, text, row in zip(captions, texts, strange.turns.to_pylist()):
            read = turn_emotion(strange.timeline, WHO, row["start"], row["end"])
            tag = f" [{read[0]} {read[1]:.0%}, {read[2]}]" if kind == "emotion_vtt" else ""
            assert html.unescape(caption.text) == text + tag  # no text lost to a tag, none cut at a '-->'
            assert "-->" not in caption.raw_text and "<awful>" not in caption.raw_text
            assert html.unescape(caption.VOICE_SPAN_PATTERN.match(caption.raw_text).group(1)) == WHO
            assert caption.end_in_seconds <= limit
    first = webvtt.read(str(paths["vtt"]))[0].raw_text
    escaped = texts[0].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert first == f"<v Dr &lt;Ann&gt; &amp; co>{escaped}"
    eaf = Eaf(str(paths["eaf"]))
    assert [v for *_, v in eaf.get_annotation_data_for_tier(f"{WHO} - transcript")] == texts
    assert eaf.get_parameters_for_tier(f"{WHO} - transcript")["PARTICIPANT"] == WHO
    [(_, _, notes)] = eaf.get_annotation_data_for_tier("notes")
    assert notes.splitlines() == list(strange.timeline.notes)
    assert [v for k, v in eaf.properties if k == "note"] == list(strange.timeline.notes)
    words = pacsv.read_csv(paths["words_csv"], SKIP_STATUS).column("word").to_pylist()
    assert words == strange.words.column("word").to_pylist()
    assert json.loads(paths["timeline_json"].read_text())["notes"] == list(strange.timeline.notes)


def test_only_the_formats_asked_for_are_written(analysis, tmp_path):
    paths = export_all(analysis, tmp_path / "some", "clip", formats=("eaf", "vtt"), media=RAVDESS_CLIP)
    assert set(paths) == {"eaf", "vtt", "emotion_vtt"}
    assert sorted(p.name for p in (tmp_path / "some").iterdir()) == ["clip.eaf", "clip.emotions.vtt", "clip.vtt"]
    paths = export_all(analysis, tmp_path / "parquet", "clip", formats=("parquet",))
    assert set(paths) == {"timeline_parquet", "timeline_json", "synchrony_parquet"}
    assert json.loads(paths["timeline_json"].read_text())["tables"] == ["clip.timeline.parquet"]
    with pytest.raises(ValueError, match="unknown export format.*docx"):
        export_all(analysis, tmp_path / "none", "clip", formats=("docx",))


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
    [caption] = webvtt.read(str(paths["vtt"]))
    assert caption.text == turn["text"] and caption.start_in_seconds == int(turn["start"])


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
    for path in paths.values():  # grep every file (an embedded image's base64 can spell anything: it is a picture)
        data = re.sub(rb"data:image/png;base64,[a-z0-9+/=]+", b"", path.read_bytes().lower())
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

