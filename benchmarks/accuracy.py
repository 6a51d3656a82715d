"""Write eval manifests from the held-out splits in ../shared/data and score them with `emotion-jax eval`.

The committed table (benchmarks/accuracy.md) is this script's output. Run: `.venv/bin/python benchmarks/accuracy.py`.
Images are written under benchmarks/.manifests/ (git-ignored; never committed).
"""

from __future__ import annotations

import csv
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2

from emotion_jax.labels import EMOTIONS
from emotion_jax.labels import RAVDESS as RAVDESS_LABELS
from emotion_jax.train.face_data import ckplus, fer2013

HERE = Path(__file__).parent
WORK = HERE / ".manifests"


def write_face_manifest(name: str, faces) -> Path:
    """PNG files plus a path,label manifest for one face set."""
    folder = WORK / name
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "manifest.csv"
    with open(manifest, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["path", "label"])
        for i, (img, y) in enumerate(zip(faces.x, faces.y)):
            path = folder / f"{i:05d}.png"
            if not path.exists():
                cv2.imwrite(str(path), img)
            w.writerow([path.name, EMOTIONS[y]])
    return manifest


RAVDESS = HERE.parent.parent / "shared" / "data" / "speech" / "ravdess"
STATEMENTS = {"01": "Kids are talking by the door", "02": "Dogs are sitting by the door"}


def write_ravdess_manifest(name: str, column: str, value: Callable[[list[str]], str],
                           actors: range = range(17, 21)) -> Path:
    """path,<column> for every RAVDESS clip of the held-out actors; `value` reads it from the filename codes."""
    folder = WORK / name
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "manifest.csv"
    with open(manifest, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["path", column])
        for actor in actors:
            for clip in sorted((RAVDESS / f"Actor_{actor:02d}").glob("*.flac")):
                w.writerow([str(clip), value(clip.stem.split("-"))])
    return manifest


def evaluate(task: str, manifest: Path, extra: tuple[str, ...] = ()) -> dict:
    out = manifest.with_suffix(".json")
    cmd = [sys.executable, "-m", "emotion_jax.cli", "eval", task, str(manifest), "--json", str(out), *extra]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text())


def main() -> None:
    sets = {"FER2013 PrivateTest": write_face_manifest("fer2013_private", fer2013("private")),
            "CK+ held-out subjects (no contempt)": write_face_manifest("ckplus_test", ckplus("test"))}
    lines = ["# Accuracy on held-out data", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             "`.venv/bin/python benchmarks/accuracy.py` (runs `emotion-jax eval faces` on each manifest). "
             f"Date: {time.strftime('%Y-%m-%d')}.", "",
             "| set | model | n | accuracy | macro-F1 | weighted-F1 | ECE | whole-image crops | seconds |",
             "|---|---|---|---|---|---|---|---|---|"]
    for (name, manifest), face_model in [(s, m) for s in sets.items() for m in ("ours", "fer")]:
        r = evaluate("faces", manifest, ("--face-model", face_model))
        lines.append(f"| {name} | {r['model']['name']} ({r['model']['weights']}) | {r['n']} | {r['accuracy']:.4f} | "
                     f"{r['macro_f1']:.4f} | {r['weighted_f1']:.4f} | {r['ece']:.4f} | {r['whole_image_crops']} | "
                     f"{r['seconds']:.0f} |")
        print(lines[-1], flush=True)
    voice_names = {**RAVDESS_LABELS, "02": "calm"}  # calm is written as calm: eval counts it as neutral
    r = evaluate("voice", write_ravdess_manifest("ravdess_voice", "label", lambda codes: voice_names[codes[2]]))
    lines.append(f"| RAVDESS actors 17-20 (speech, calm counted as neutral) | {r['model']['name']} "
                 f"({r['model']['weights']}) | {r['n']} | {r['accuracy']:.4f} | {r['macro_f1']:.4f} | "
                 f"{r['weighted_f1']:.4f} | {r['ece']:.4f} | - | {r['seconds']:.0f} |")
    print(lines[-1], flush=True)
    r = evaluate("asr", write_ravdess_manifest("ravdess_asr", "transcript", lambda codes: STATEMENTS[codes[4]]))
    lines += ["", "| speech set | model | n | WER | real-time factor | seconds |", "|---|---|---|---|---|---|",
              f"| RAVDESS actors 17-20 (short clips) | {r['model']['name']} | {r['n']} | {r['wer']:.4f} | "
              f"{r['rtf']:.3f} | {r['seconds']:.0f} |"]
    print(lines[-1], flush=True)
    (HERE / "accuracy.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
