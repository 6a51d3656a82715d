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

from emotion_jax.labels import EMOTIONS, GOEMOTIONS_EKMAN, MELD
from emotion_jax.labels import RAVDESS as RAVDESS_LABELS
from emotion_jax.train.face_data import ckplus, fer2013, ferplus

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
    """path,<column>,speaker for every RAVDESS clip of the held-out actors; `value` reads <column> from the filename
    codes; each actor's clips are one speaker's session."""
    folder = WORK / name
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "manifest.csv"
    with open(manifest, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["path", column, "speaker"])
        for actor in actors:
            for clip in sorted((RAVDESS / f"Actor_{actor:02d}").glob("*.flac")):
                w.writerow([str(clip), value(clip.stem.split("-")), f"actor {actor}"])
    return manifest


TEXT = HERE.parent.parent / "shared" / "data" / "text"


def write_text_manifest(name: str, rows: list[tuple[str, str]]) -> Path:
    """text,label for one text set (standard CSV quoting)."""
    folder = WORK / name
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "manifest.csv"
    with open(manifest, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows(rows)
    return manifest


def goemotions_test() -> list[tuple[str, str]]:
    """GoEmotions Ekman test rows that carry a single label (4,968 of 5,427), with our label names."""
    names = (TEXT / "goemotions" / "ekman" / "labels.txt").read_text().split()
    rows = []
    with open(TEXT / "goemotions" / "ekman" / "test.tsv", encoding="utf-8") as f:
        for line in f:
            text, ids, _ = line.rstrip("\n").split("\t")
            if "," not in ids:
                rows.append((text, GOEMOTIONS_EKMAN[names[int(ids)]]))
    return rows


def meld_dev() -> list[tuple[str, str]]:
    """MELD dev utterances (text only) with our label names."""
    with open(TEXT / "meld" / "dev_sent_emo.csv", encoding="utf-8") as f:
        return [(r["Utterance"], MELD[r["Emotion"]]) for r in csv.DictReader(f)]


def evaluate(task: str, manifest: Path, extra: tuple[str, ...] = ()) -> dict:
    out = manifest.with_suffix(".json")
    cmd = [sys.executable, "-m", "emotion_jax.cli", "eval", task, str(manifest), "--json", str(out), *extra]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text())


def row(name: str, r: dict, crops: str = "-") -> str:
    """One table row of an eval report, with selective accuracy at the "uncertain" threshold."""
    sel = r["selective"]
    return (f"| {name} | {r['model']['name']} ({r['model']['weights']}) | {r['n']} | {r['accuracy']:.4f} | "
            f"{r['macro_f1']:.4f} | {r['weighted_f1']:.4f} | {r['ece']:.4f} | {sel['coverage']:.2f} / "
            f"{sel['accuracy']:.4f} | {crops} | {r['seconds']:.0f} |")


def reliability_png(reports: dict[str, dict], path: Path) -> None:
    """One reliability diagram per modality's held-out sets (bins with at least 10 readings)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = {"face": [k for k in reports if k.startswith(("FER", "CK"))], "voice": [k for k in reports if "RAVDESS"
              in k], "words": [k for k in reports if k.startswith(("GoEmotions", "MELD"))]}
    fig, axes = plt.subplots(1, 3, figsize=(12, 4.2))
    for ax, (modality, names) in zip(axes, groups.items()):
        ax.plot([0, 1], [0, 1], color="#999", lw=1, ls="--")
        for name in names:
            bins = [b for b in reports[name]["reliability"] if b["count"] >= 10]
            ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], marker="o", ms=3,
                    label=f"{name} (ECE {reports[name]['ece']:.3f})")
        ax.set_title(modality, fontsize=10)
        ax.set_xlabel("calibrated top probability")
        ax.set_ylabel("accuracy")
        ax.legend(fontsize=6, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    sets = {"FER+ test (PrivateTest images, majority vote)": write_face_manifest("ferplus_test", ferplus("private")),
            "FER2013 PrivateTest": write_face_manifest("fer2013_private", fer2013("private")),
            "CK+ held-out subjects (no contempt)": write_face_manifest("ckplus_test", ckplus("test"))}
    reports: dict[str, dict] = {}
    lines = ["# Accuracy on held-out data", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             "`.venv/bin/python benchmarks/accuracy.py` (runs `emotion-jax eval faces|voice|text|asr` on each "
             "manifest). "
             f"Date: {time.strftime('%Y-%m-%d')}.", "",
             "`answered / accuracy` is selective accuracy at the \"uncertain\" threshold (calibration.UncertainRule: "
             "the share of readings with calibrated top probability >= 0.5, and how often those are right). "
             "Reliability diagrams: `benchmarks/reliability.png`.", "",
             "| set | model | n | accuracy | macro-F1 | weighted-F1 | ECE | answered / accuracy | whole-image crops "
             "| seconds |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for (name, manifest), face_model in [(s, m) for s in sets.items() for m in ("ours", "fer")]:
        r = evaluate("faces", manifest, ("--face-model", face_model))
        lines.append(row(name, r, str(r["whole_image_crops"])))
        if face_model == "ours":
            reports[name] = r
        print(lines[-1], flush=True)
    voice_names = {**RAVDESS_LABELS, "02": "calm"}  # calm is written as calm: eval counts it as neutral
    r = evaluate("voice", write_ravdess_manifest("ravdess_voice", "label", lambda codes: voice_names[codes[2]]))
    reports["RAVDESS actors 17-20"] = r
    lines.append(row("RAVDESS actors 17-20 (speech, calm counted as neutral)", r))
    print(lines[-1], flush=True)
    for name, rows, own in (("GoEmotions Ekman test (single-label rows)", goemotions_test(), "goemotions"),
                            ("MELD dev (text only)", meld_dev(), "meld")):
        manifest = write_text_manifest(name.split()[0].lower() + "_text", rows)
        for reading in ("all", own):
            r = evaluate("text", manifest, ("--text-reading", reading))
            if reading == "all":
                reports[name.split(" (")[0]] = r
            lines.append(row(name, r))
            print(lines[-1], flush=True)
    if "--keep-asr" in sys.argv:  # the ASR model is unchanged: keep its table from the previous run, said so
        previous = (HERE / "accuracy.md").read_text().split("\n| speech set |", 1)[1].strip().splitlines()
        rows = [ln for ln in previous[1:] if ln.startswith("|")]  # the table, not the note under it
        lines += ["", "| speech set | " + previous[0], *rows,
                  "", "(ASR rows kept from the previous run of this script: `--keep-asr`, the ASR model is unchanged.)"]
    else:
        r = evaluate("asr", write_ravdess_manifest("ravdess_asr", "transcript", lambda codes: STATEMENTS[codes[4]]))
        lines += ["", "| speech set | model | n | WER | real-time factor | seconds |", "|---|---|---|---|---|---|",
                  f"| RAVDESS actors 17-20 (short clips) | {r['model']['name']} | {r['n']} | {r['wer']:.4f} | "
                  f"{r['rtf']:.3f} | {r['seconds']:.0f} |"]
    print(lines[-1], flush=True)
    reliability_png(reports, HERE / "reliability.png")
    (HERE / "accuracy.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
