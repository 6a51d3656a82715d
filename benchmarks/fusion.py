"""Fusion figures: held-out paired examples, the real RAVDESS actor-01 material end to end, and inference cost.

Writes benchmarks/fusion.md. Run: `.venv/bin/python benchmarks/fusion.py` (about 5 minutes on 2 cores).
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

from emotion_jax.evaluate import paired
from emotion_jax.fusion.model import MODALITIES, load, weights_hash, with_reading
from emotion_jax.fusion.predict import FusionPredictor
from emotion_jax.labels import EMOTIONS, RAVDESS
from emotion_jax.pipeline import analyze
from emotion_jax.train import fusion_pools as pools
from emotion_jax.train.fusion import TEST_EXAMPLES, TrainConfig, data_part, test_batches
from emotion_jax.train.fusion_examples import Sampler

HERE = Path(__file__).parent
AV = HERE.parent.parent / "shared" / "data" / "av" / "ravdess_actor01"
CLIP = AV / "01-01-01-01-01-01-01.mp4"
PIPELINE_10_MIN_SECONDS = 286.0  # benchmarks/long_session.md: the whole analysis of a 10-minute session


def paired_table(figures: dict) -> list[str]:
    lines = ["| modalities | fused: accuracy | macro-F1 | ECE (segments) | ECE (windows) | unimodal model accuracy |",
             "|---|---|---|---|---|---|"]
    for name, f in figures["fused"].items():
        uni = figures["unimodal"].get(name)
        lines.append(f"| {name} | {f['segment']['accuracy']:.3f} | {f['segment']['macro_f1']:.3f} | "
                     f"{f['segment']['ece']:.3f} | {f['window']['ece']:.3f} | "
                     f"{format(uni['accuracy'], '.3f') if uni else '-'} |")
    return lines


def clip_rows() -> tuple[list[str], dict]:
    """The real clip analysed end to end, then each of the 16 audio tracks (audio only: voice and words)."""
    lines = ["| recording | truth | windows with face+voice+words | fused reading | contributions face/voice/words "
             "| voice alone | words alone |", "|---|---|---|---|---|---|---|"]
    hits = {"fused": 0, "voice": 0, "words": 0, "n": 0}
    for path in [CLIP, *sorted(AV.glob("*.flac"))]:
        tl = analyze(path, progress=False).timeline
        truth = RAVDESS[path.stem.split("-")[2]]
        readings = {}
        for m in ("fused", "voice", "words"):
            probs, present = tl.track(tl.participants[0], m) if tl.participants else (None, np.zeros(0, bool))
            readings[m] = EMOTIONS[int(np.argmax(np.nanmean(probs[present], 0)))] if present.any() else "-"
        f = tl.modalities.index("fused")
        fused_on = tl.present[:, 0, f] if tl.participants else np.zeros(0, bool)
        shares = np.nanmean(tl.contributions[fused_on, 0], 0) if fused_on.any() else np.full(3, np.nan)
        all_three = int(tl.present[:, 0, :3].all(1).sum()) if tl.participants else 0
        lines.append(f"| {path.name} | {truth} | {all_three} | {readings['fused']} | "
                     f"{' / '.join(f'{s:.2f}' for s in shares)} | {readings['voice']} | {readings['words']} |")
        if path.suffix == ".flac":
            hits["n"] += 1
            for m in ("fused", "voice", "words"):
                hits[m] += readings[m] == truth
    return lines, hits


def cost() -> tuple[float, float]:
    """Seconds for fusing one participant over a 10-minute session (first call, compile included; then warm)."""
    test = data_part(pools.build(), "test")
    rng = np.random.default_rng(0)
    seconds = 600.0
    streams = []
    for rate, name in zip((5.0, 10.0, 2.5), MODALITIES):
        pool = test[name]
        n = int(seconds * rate)
        rows = rng.integers(0, len(pool.tokens), n)
        tokens = with_reading(pool.tokens[rows].astype(np.float32), pool.probs[rng.integers(0, len(pool), n)])
        streams.append((tokens, np.sort(rng.random(n) * seconds)))
    predictor = FusionPredictor()
    start = time.perf_counter()
    predictor(streams, int(seconds))
    cold = time.perf_counter() - start
    start = time.perf_counter()
    predictor(streams, int(seconds))
    return cold, time.perf_counter() - start


def main() -> int:
    record = json.loads((HERE.parent / "emotion_jax" / "fusion" / "weights" / "fusion.json").read_text())
    test_pool = data_part(pools.build(), "test")
    model = load()
    figures = paired.report(model, test_batches(test_pool, TrainConfig()))
    sampler = Sampler(test_pool, replace(TEST_EXAMPLES, neutral_words=1.0), seed=TrainConfig().seed + 3)
    neutral = paired.neutral_words(model, [sampler.batch(TrainConfig().batch_size) for _ in range(8)])
    fused = figures["fused"]
    best_single = max(max(fused[m]["segment"]["accuracy"] for m in MODALITIES),
                      max(v["accuracy"] for v in figures["unimodal"].values()))
    clips, hits = clip_rows()
    manifest = HERE / ".manifests" / "av_actor01.csv"
    manifest.parent.mkdir(exist_ok=True)
    manifest.write_text(f"path,label\n{CLIP},neutral\n")
    av_json = manifest.with_suffix(".json")
    subprocess.run([sys.executable, "-m", "emotion_jax.cli", "eval", "av", str(manifest), "--json", str(av_json)],
                   check=True, capture_output=True)
    av = json.loads(av_json.read_text())
    cold, warm = cost()
    out = [
        "# Fusion",
        "",
        f"Machine: {platform.machine()}, 2 cores, CPU. Command: `.venv/bin/python benchmarks/fusion.py`. "
        f"Date: {date.today()}. Weights: emotion_jax/fusion/weights/fusion ({weights_hash()}), made by "
        f"`{record['command']}` in {record['seconds']} s; temperatures per set of modalities present: "
        + ", ".join(f"{k} {v}" for k, v in record["calibration"]["temperatures"].items()) + ".",
        "",
        "## Held-out paired examples",
        "",
        f"{figures['segments']} segments ({figures['windows']} one-second windows) drawn from the held-out pools "
        "(FER2013 PrivateTest + CK+ held-out subjects, RAVDESS actors 17-20, GoEmotions test + MELD dev + CARER "
        "test), every modality present and agreeing, classes uniform. A segment's fused reading is the mean of its "
        "windows; a subset is scored by hiding the other modalities from the fusion model. The last column is the "
        "unimodal model's own reading of the same items.",
        "",
        *paired_table(figures),
        "",
        f"- fused (all three) {fused['face+voice+words']['segment']['accuracy']:.3f} against the best single "
        f"modality {best_single:.3f}: {100 * (fused['face+voice+words']['segment']['accuracy'] - best_single):+.1f} "
        "points (target >= +5).",
        f"- one modality removed at random per example: {figures['one_removed']['accuracy']:.3f}; the best remaining "
        f"single modality averages {figures['one_removed']['best_remaining_single']:.3f} (target: within 3 points "
        "or above).",
        "",
        "## Words that say nothing",
        "",
        f"{neutral['segments']} held-out emotional segments whose words are a neutral sentence (a scripted line over "
        "an angry face, say): the fused reading with the words beside a modality, against that modality alone.",
        "",
        "| face | face + neutral words | voice | voice + neutral words | face + voice | all three |",
        "|---|---|---|---|---|---|",
        f"| {neutral['face']:.3f} | {neutral['face+words']:.3f} | {neutral['voice']:.3f} | {neutral['voice+words']:.3f}"
        f" | {neutral['face+voice']:.3f} | {neutral['face+voice+words']:.3f} |",
        "",
        "## Real audio-visual material: RAVDESS actor 01 (../shared/data/av/ravdess_actor01)",
        "",
        "The clip is analysed like any recording; the 15 tracks are audio only (voice and words fused, no face). "
        "Actor 01 is one of the voice model's training actors, so 'voice alone' is flattered here.",
        "",
        *clips,
        "",
        f"Audio tracks: fused right {hits['fused']}/{hits['n']}, voice alone {hits['voice']}/{hits['n']}, words "
        f"alone {hits['words']}/{hits['n']} (RAVDESS' two sentences are emotionally neutral text: words that read "
        "neutral are not counted beside the voice, so the fused reading is fusion's own reading of the voice tokens, "
        f"which is weaker than the voice model's: {fused['voice']['segment']['accuracy']:.3f} against "
        f"{figures['unimodal']['voice']['accuracy']:.3f} on the held-out pairs).",
        "",
        f"`emotion-jax eval av` on the clip (label neutral): n={av['n']}, fused accuracy {av['accuracy']:.2f}; "
        "per subset: " + ", ".join(f"{k} {v['accuracy']:.0f}" for k, v in av["subsets"].items()) +
        f"; frames without a face {av['whole_frame_crops']} of {av['frames']}.",
        "",
        "## Inference cost",
        "",
        f"Fusing one participant over a 10-minute session (3,000 face, 6,000 voice and 1,500 word tokens): "
        f"{cold:.2f} s on the first call (compilation included), {warm:.2f} s warm; against the whole analysis of a "
        f"10-minute session ({PIPELINE_10_MIN_SECONDS:.0f} s, benchmarks/long_session.md) that is "
        f"{100 * cold / PIPELINE_10_MIN_SECONDS:.1f}% (target < 5%).",
        "",
    ]
    (HERE / "fusion.md").write_text("\n".join(out))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
