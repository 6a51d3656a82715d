"""The voice model on held-out RAVDESS actors (17-20) as recorded and under each recording condition of
emotion_jax.train.voice_augment, every figure from `emotion-jax eval voice`.

Writes benchmarks/voice_robustness.md and the reliability diagram benchmarks/voice_reliability.png.
Run: `.venv/bin/python benchmarks/voice_robustness.py` (about 8 minutes on 2 cores).
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np

from emotion_jax.labels import EMOTIONS
from emotion_jax.media import load_audio
from emotion_jax.speech.model import saved_temperature, weights_hash
from emotion_jax.train.voice_augment import CONDITIONS, random_chain
from emotion_jax.train.voice_data import DEFAULT_ROOT, SPLITS, parse_name

HERE = Path(__file__).parent
SEED = 20  # one fixed draw of every condition; the training draws use other seeds


def _write_wav(path: Path, audio: np.ndarray) -> None:
    import wave

    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm.tobytes())


def _manifests(folder: Path, files: list[Path], condition: str) -> tuple[Path, Path]:
    """Write each held-out clip under `condition` ('clean', a voice_augment condition, or 'mixed') and two manifests:
    each clip alone, and with a speaker column (each actor's clips read as one session)."""
    rng = np.random.default_rng(SEED)
    rows, by_speaker = ["path,label"], ["path,label,speaker"]
    for src in files:
        audio = load_audio(src, 16000)
        if condition == "mixed":
            audio = random_chain(audio, rng)[0]
        elif condition != "clean":
            audio = CONDITIONS[condition](audio, rng)
        out = folder / f"{condition}-{src.stem}.wav"
        _write_wav(out, audio)
        rows.append(f"{out},{EMOTIONS[parse_name(src)[0]]}")
        by_speaker.append(f"{rows[-1]},actor {parse_name(src)[2]}")
    alone, sessions = folder / f"{condition}.csv", folder / f"{condition}-speakers.csv"
    alone.write_text("\n".join(rows) + "\n")
    sessions.write_text("\n".join(by_speaker) + "\n")
    return alone, sessions


def _eval(manifest: Path) -> dict:
    out = manifest.with_suffix(".json")
    subprocess.run([sys.executable, "-m", "emotion_jax.cli", "eval", "voice", str(manifest), "--json", str(out)],
                   check=True, capture_output=True)
    return json.loads(out.read_text())


def _reliability_png(reports: dict[str, dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    ax.plot([0, 1], [0, 1], color="#999", lw=1, ls="--")
    for name, r in reports.items():
        bins = [b for b in r["reliability"] if b["count"] >= 5]
        ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], marker="o", ms=3, label=name)
    ax.set_xlabel("calibrated top probability")
    ax.set_ylabel("accuracy")
    ax.set_title("voice, held-out actors 17-20", fontsize=10)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> int:
    files = sorted(p for p in DEFAULT_ROOT.glob("Actor_*/*.flac") if parse_name(p)[2] in SPLITS["test"])
    conditions = ["clean", *CONDITIONS, "mixed"]
    reports, sessions = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for condition in conditions:
            alone, by_speaker = _manifests(Path(tmp), files, condition)
            reports[condition], sessions[condition] = _eval(alone), _eval(by_speaker)
            for r in (reports[condition], sessions[condition]):
                print(f"{condition}: accuracy {r['accuracy']:.3f} ECE {r['ece']:.3f} (n={r['n']})", flush=True)
    shown = {f"{k}, {how}": runs[k] for k in ("clean", "mixed") for how, runs in (("session", sessions),
                                                                                  ("clip alone", reports))}
    _reliability_png(shown, HERE / "voice_reliability.png")
    clean = reports["clean"]["accuracy"]
    lines = [
        "# Voice: held-out actors under recording conditions",
        "",
        f"Machine: {platform.machine()}, 2-core CPU. Command: `.venv/bin/python benchmarks/voice_robustness.py`. "
        f"Date: {date.today()}. Weights: emotion_jax/speech/weights/voice ({weights_hash()}), temperature "
        f"{saved_temperature()} (fitted on actors 14-16 through the augmentations).",
        "",
        f"RAVDESS actors {', '.join(map(str, SPLITS['test']))} ({len(files)} clips; never used in training, selection "
        "or calibration), each clip written once under each condition of `emotion_jax.train.voice_augment` (seed "
        f"{SEED}; training draws its own), scored by `emotion-jax eval voice`. 'mixed' is the training chain "
        "(each condition with its training probability). Calm counts as neutral.",
        "",
        "Each set is scored twice: as an analysed session reads it (a `speaker` column: each actor's 60 clips are one "
        "speaker's session, and every clip is read against that speaker's mean voice, speech.centring), and each clip "
        "alone (no speaker column: its mean is shrunk towards the training speakers' mean).",
        "",
        "| condition | read as | n | accuracy | macro-F1 | ECE | answered (top p >= 0.5) | accuracy answered | drop |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    clean_sessions = sessions["clean"]["accuracy"]
    for name in conditions:
        for how, r, ref in (("session", sessions[name], clean_sessions), ("clip alone", reports[name], clean)):
            sel = r["selective"]
            lines.append(f"| {name} | {how} | {r['n']} | {r['accuracy']:.3f} | {r['macro_f1']:.3f} | {r['ece']:.3f} | "
                         f"{sel['coverage']:.0%} | {sel['accuracy']:.3f} | {100 * (ref - r['accuracy']):+.1f} |")
    lines.append("")
    for how, runs in (("session", sessions), ("clip alone", reports)):
        worst = max(conditions, key=lambda c: runs["clean"]["accuracy"] - runs[c]["accuracy"])
        drop = 100 * (runs["clean"]["accuracy"] - runs[worst]["accuracy"])
        lines.append(f"Largest drop, {how}: {worst}, {drop:.1f} points (target: at most 8).")
    lines += [
              "", "Reliability diagram (clean and mixed): `benchmarks/voice_reliability.png`.", ""]
    (HERE / "voice_robustness.md").write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
