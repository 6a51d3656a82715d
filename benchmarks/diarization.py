"""Diarization error rate on two-speaker conversations built from held-out RAVDESS actors (17-20).

Run: `.venv/bin/python benchmarks/diarization.py` (writes benchmarks/diarization.md). Settings were chosen on
actors 01-16; these actors are never used for that. Each conversation is diarized twice: with the number of
speakers guessed (the distance threshold) and with it given (spectral clustering into that many), as a user who
knows who was in the room would give it (`emotion-jax analyze --speakers N`).
"""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

import numpy as np

from emotion_jax.evaluate.diarization import diarization_error_rate
from emotion_jax.speech.diarize import DiarizationConfig, diarize
from emotion_jax.train.conversations import conversation

HERE = Path(__file__).parent
PAIRS = {"17 (m) + 18 (f)": (17, 18), "19 (m) + 20 (f)": (19, 20), "17 (m) + 19 (m)": (17, 19),
         "18 (f) + 20 (f)": (18, 20), "17 (m) + 18 (f) + 19 (m)": (17, 18, 19),
         "18 (f) + 19 (m) + 20 (f)": (18, 19, 20), "17 alone": (17,), "20 alone": (20,)}
SEEDS = range(100, 110)


def main() -> None:
    lines = ["# Diarization on held-out RAVDESS actors", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             f"`.venv/bin/python benchmarks/diarization.py`. Date: {time.strftime('%Y-%m-%d')}. "
             f"{len(SEEDS)} conversations per row (8-12 turns, 0.3-1.0 s gaps, 0.25 s collar); DER by "
             "pyannote.metrics. Each conversation is diarized with the number of speakers guessed (distance "
             "threshold) and given (spectral clustering into that many).", "",
             "| actors | count | median DER | mean DER | DER <= 0.15 | speaker count right | s per conversation |",
             "|---|---|---|---|---|---|---|"]
    totals: dict[str, list[float]] = {"guessed": [], "given": []}
    for name, actors in PAIRS.items():
        runs = {"guessed": ([], 0, []), "given": ([], 0, [])}
        for seed in SEEDS:
            audio, reference = conversation(actors, seed)
            for how, config in (("guessed", DiarizationConfig()), ("given", DiarizationConfig(count=len(actors)))):
                ders, right, secs = runs[how]
                start = time.perf_counter()
                turns = diarize(audio, config=config)
                secs.append(time.perf_counter() - start)
                ders.append(diarization_error_rate(reference, turns))
                runs[how] = (ders, right + (len({t.speaker for t in turns}) == len(actors)), secs)
        for how, (ders, right, secs) in runs.items():
            totals[how] += ders
            lines.append(f"| {name} | {how} | {np.median(ders):.3f} | {np.mean(ders):.3f} | "
                         f"{sum(d <= 0.15 for d in ders)}/{len(ders)} | {right}/{len(ders)} | {np.mean(secs):.2f} |")
            print(lines[-1], flush=True)
    lines += ["", "Over all rows: mean DER " + ", ".join(f"{how} {np.mean(d):.3f}" for how, d in totals.items()), ""]
    (HERE / "diarization.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
