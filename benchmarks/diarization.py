"""Diarization error rate on two-speaker conversations built from held-out RAVDESS actors (17-20).

Run: `.venv/bin/python benchmarks/diarization.py` (writes benchmarks/diarization.md). Settings were chosen on
actors 01-16; these actors are never used for that.
"""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

import numpy as np

from emotion_jax.evaluate.diarization import diarization_error_rate
from emotion_jax.speech.diarize import diarize
from emotion_jax.train.conversations import conversation

HERE = Path(__file__).parent
PAIRS = {"17 (m) + 18 (f)": (17, 18), "19 (m) + 20 (f)": (19, 20), "17 (m) + 19 (m)": (17, 19),
         "18 (f) + 20 (f)": (18, 20), "17 alone": (17,), "20 alone": (20,)}
SEEDS = range(100, 110)


def main() -> None:
    lines = ["# Diarization on held-out RAVDESS actors", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             f"`.venv/bin/python benchmarks/diarization.py`. Date: {time.strftime('%Y-%m-%d')}. "
             f"{len(SEEDS)} conversations per row (8-12 turns, 0.3-1.0 s gaps, 0.25 s collar).", "",
             "| actors | median DER | mean DER | DER <= 0.15 | speaker count right | seconds per conversation |",
             "|---|---|---|---|---|---|"]
    for name, actors in PAIRS.items():
        ders, right, secs = [], 0, []
        for seed in SEEDS:
            audio, reference = conversation(actors, seed)
            start = time.perf_counter()
            turns = diarize(audio)
            secs.append(time.perf_counter() - start)
            ders.append(diarization_error_rate(reference, turns))
            right += len({t.speaker for t in turns}) == len(actors)
        lines.append(f"| {name} | {np.median(ders):.3f} | {np.mean(ders):.3f} | {sum(d <= 0.15 for d in ders)}"
                     f"/{len(ders)} | {right}/{len(ders)} | {np.mean(secs):.2f} |")
        print(lines[-1], flush=True)
    (HERE / "diarization.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
