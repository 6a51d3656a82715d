"""`emotion-jax eval` drops rows the shipped models trained, were selected or calibrated on (real data)."""

import cv2
import numpy as np

from emotion_jax.evaluate.manifest import read_manifest
from emotion_jax.evaluate.overlap import drop_training_rows
from emotion_jax.train.face_data import fer2013


def test_training_faces_and_actors_are_dropped(tmp_path, data_dir):
    train, test = fer2013("train"), fer2013("private")
    rows = ["path,label"]
    for name, x in (("train0", train.x[0]), ("train1", train.x[1]), ("test0", test.x[0]), ("test1", test.x[1])):
        cv2.imwrite(str(tmp_path / f"{name}.png"), x)
        rows.append(f"{name}.png,neutral")
    faces = tmp_path / "faces.csv"
    faces.write_text("\n".join(rows) + "\n")
    kept = drop_training_rows("faces", faces, read_manifest(faces, ("path", "label")))
    assert [i["path"] for i in kept.items] == ["test0.png", "test1.png"]
    assert all("seen in training" in s["reason"] for s in kept.skipped) and len(kept.skipped) == 2

    ravdess = data_dir / "speech" / "ravdess"
    voice = tmp_path / "voice.csv"
    clips = [next((ravdess / f"Actor_{a:02d}").glob("*.flac")) for a in (1, 15, 18)]
    voice.write_text("path,label\n" + "".join(f"{p},neutral\n" for p in clips))
    kept = drop_training_rows("voice", voice, read_manifest(voice, ("path", "label")))
    assert [i["path"] for i in kept.items] == [str(clips[2])]
    assert [s["reason"].split(": ")[1] for s in kept.skipped] == [
        "RAVDESS actor 01 is in the voice model's train split", "RAVDESS actor 15 is in the voice model's val split"]
    assert np.array_equal(kept.labels, [0])
