"""`emotion-jax eval faces` on small manifests built from real FER2013 test images at test time."""

import csv
import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from emotion_jax.cli import main
from emotion_jax.labels import EMOTIONS, FER2013

N = 150


def _write_manifest(tmp_path, data_dir, shuffle: bool = False, extra_rows=()):
    d = np.load(data_dir / "faces" / "fer2013_eval.npz")
    classes = [str(c) for c in d["classes"]]
    pick = np.linspace(0, len(d["y_test"]) - 1, N).astype(int)  # the split is sorted by class: spread out
    x, y = d["x_test"][pick], d["y_test"][pick]
    names = [FER2013[classes[i]] for i in y]
    if shuffle:
        names = list(np.random.default_rng(0).permutation(names))
    rows = []
    for i, (img, name) in enumerate(zip(x, names)):
        cv2.imwrite(str(tmp_path / f"{i}.png"), img)
        rows.append({"path": f"{i}.png", "label": name})
    rows += list(extra_rows)
    path = tmp_path / "manifest.csv"
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["path", "label"])
        w.writeheader()
        w.writerows(rows)
    return path


def test_faces_report_keys_and_skipped_rows(tmp_path, data_dir):
    manifest = _write_manifest(tmp_path, data_dir, extra_rows=[{"path": "missing.png", "label": "joy"},
                                                               {"path": "0.png", "label": "contempt"}])
    out = tmp_path / "r.json"
    assert main(["eval", "faces", str(manifest), "--json", str(out), "--skip-unknown"]) == 0
    report = json.loads(out.read_text())
    for key in ("task", "n", "skipped", "accuracy", "macro_f1", "weighted_f1", "ece", "per_class", "confusion",
                "model", "seconds"):
        assert key in report
    seen = sum("seen in training" in s["reason"] for s in report["skipped"])  # FER2013 repeats some images
    assert report["n"] == N - seen
    reasons = {s["reason"] for s in report["skipped"]}
    assert any("unknown label" in r for r in reasons) and any("unreadable" in r for r in reasons)
    assert report["confusion"]["labels"] == list(EMOTIONS)
    assert 0.45 < report["accuracy"] <= 1.0


def test_shuffled_labels_score_near_chance(tmp_path, data_dir):
    manifest = _write_manifest(tmp_path, data_dir, shuffle=True)
    out = tmp_path / "r.json"
    assert main(["eval", "faces", str(manifest), "--json", str(out)]) == 0
    assert json.loads(out.read_text())["accuracy"] < 0.35


def test_unknown_label_without_flag_is_an_error(tmp_path, data_dir, capsys):
    manifest = _write_manifest(tmp_path, data_dir, extra_rows=[{"path": "0.png", "label": "contempt"}])
    assert main(["eval", "faces", str(manifest)]) == 2
    err = capsys.readouterr().err
    assert "contempt" in err and "neutral" in err


@pytest.mark.parametrize("content,needle", [
    ("path,label\n", "no rows"),
    ("file,emotion\na.png,joy\n", "missing column"),
    ("\x00\x01\x02", "missing column"),
])
def test_unusable_manifest_is_one_line_error(tmp_path, capsys, content, needle):
    path = tmp_path / "m.csv"
    path.write_text(content)
    assert main(["eval", "faces", str(path)]) == 2
    assert needle in capsys.readouterr().err


def test_asr_word_error_rate_on_real_speech(tmp_path, data_dir):
    clips = sorted((data_dir / "av" / "ravdess_actor01").glob("01-01-0[1-3]-01-01-01-01.flac"))
    rows = [f"{c},Kids are talking by the door" for c in clips] + ["missing.flac,hello"]
    manifest = tmp_path / "asr.csv"
    manifest.write_text("path,transcript\n" + "\n".join(rows) + "\n")
    out = tmp_path / "asr.json"
    assert main(["eval", "asr", str(manifest), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["n"] == len(clips) == 3
    assert report["wer"] <= 0.1 and report["rtf"] > 0
    assert [s["path"] for s in report["skipped"]] == ["missing.flac"]


def test_voice_scores_held_out_actors_and_skips_silence(tmp_path, data_dir):
    import av

    silent = tmp_path / "silence.wav"
    with av.open(str(silent), "w") as c:
        s = c.add_stream("pcm_s16le", rate=16000, layout="mono")
        frame = av.AudioFrame.from_ndarray(np.zeros((1, 32000), np.int16), format="s16", layout="mono")
        frame.sample_rate = 16000
        for packet in list(s.encode(frame)) + list(s.encode(None)):
            c.mux(packet)
    codes = {"01": "neutral", "02": "calm", "03": "happy", "04": "sad", "05": "angry", "06": "fearful",
             "07": "disgust", "08": "surprised"}
    clips = [c for a in (17, 18, 19, 20) for c in sorted((data_dir / "speech" / "ravdess" / f"Actor_{a}").glob(
        "03-01-0[1-8]-02-01-01-*.flac"))]
    rows = [f"{c},{codes[c.stem.split('-')[2]]}" for c in clips] + [f"{silent},neutral"]
    manifest = tmp_path / "voice.csv"
    manifest.write_text("path,label\n" + "\n".join(rows) + "\n")
    out = tmp_path / "voice.json"
    assert main(["eval", "voice", str(manifest), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["n"] == len(clips) >= 20
    assert [s["reason"] for s in report["skipped"]] == ["no speech found"]
    assert report["accuracy"] > 0.35  # chance is 1/7
    assert report["speaker_centring"].startswith("none")
    manifest.write_text("path,label,speaker\n" + "\n".join(f"{r},{Path(r.split(',')[0]).stem[-2:]}" for r in rows))
    assert main(["eval", "voice", str(manifest), "--json", str(out)]) == 0
    sessions = json.loads(out.read_text())
    assert sessions["speaker_centring"] == "by the speaker column (4 speakers)"  # the silent row is skipped
    assert sessions["n"] == report["n"] and sessions["accuracy"] > 0.35


def test_text_scores_held_out_carer_sentences(tmp_path, data_dir):
    lines = (data_dir / "text" / "carer" / "test.txt").read_text().splitlines()[:120]
    rows = [line.rsplit(";", 1) for line in lines]
    manifest = tmp_path / "text.csv"
    with open(manifest, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows([(text, "happy" if label == "love" else label) for text, label in rows])
    out = tmp_path / "text.json"
    assert main(["eval", "text", str(manifest), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    seen = sum("seen in training" in s["reason"] for s in report["skipped"])  # CARER repeats a few sentences
    assert report["n"] == 120 - seen and report["model"]["weights"]
    assert report["accuracy"] > 0.5  # chance is 1/7; CARER test is held out from training


def test_diarization_scores_a_held_out_conversation_against_its_rttm(tmp_path):
    from emotion_jax.train.conversations import conversation
    from tests.conftest import write_wav

    audio, turns = conversation((17, 18), seed=3)
    write_wav(tmp_path / "talk.wav", audio)
    (tmp_path / "talk.rttm").write_text("".join(
        f"SPEAKER talk 1 {t.start:.3f} {t.end - t.start:.3f} <NA> <NA> spk{t.speaker} <NA> <NA>\n" for t in turns))
    manifest = tmp_path / "diar.csv"
    manifest.write_text("path,rttm\ntalk.wav,talk.rttm\nmissing.wav,talk.rttm\n")
    out = tmp_path / "diar.json"
    assert main(["eval", "diarization", str(manifest), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["n"] == 1 and len(report["skipped"]) == 1 and report["collar"] == 0.25
    assert report["der"] < 0.15 and report["speaker_count_accuracy"] == 1.0  # a man and a woman


def test_redaction_scores_planted_details_and_refuses_a_bad_record(tmp_path, capsys):
    records = [
        {"text": "Sarah said I could call her on 07700 900123 after the session.", "participants": ["Sarah Miller"],
         "spans": [{"start": 0, "end": 5, "type": "PERSON"}, {"start": 31, "end": 43, "type": "PHONE"}]},
        {"text": "My e-mail is tom.jones@example.org if anything changes.", "participants": [],
         "spans": [{"start": 13, "end": 34, "type": "EMAIL"}]},
        {"text": "I felt calm today, and that is new for me.", "participants": [], "spans": []},
    ]
    manifest = tmp_path / "pii.jsonl"
    manifest.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = tmp_path / "pii.json"
    assert main(["eval", "redaction", str(manifest), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["n"] == 3 and report["recall"] == 1.0 and report["precision"] == 1.0
    assert set(report["per_type"]) == {"PERSON", "PHONE", "EMAIL"}
    manifest.write_text('{"text": "short", "spans": [{"start": 2, "end": 99, "type": "X"}]}\n')
    assert main(["eval", "redaction", str(manifest)]) == 2
    assert "pii.jsonl:1" in capsys.readouterr().err
