"""Diarization error rate on conversations built from held-out RAVDESS actors (17-20), in a studio and in a room.

Run: `.venv/bin/python benchmarks/diarization.py` (writes benchmarks/diarization.md). Settings and the speaker space
were chosen and fitted on actors 01-16; these actors are never used for that. Each conversation is built twice
(studio: turns with pauses; room: overlapping turns, back-channels, one room's reverb and noise) and diarized twice:
with the number of speakers guessed (the distance threshold) and with it given (spectral clustering into that many),
as a user who knows who was in the room would give it (`emotion-jax analyze --speakers N`).
"""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

import numpy as np

from emotion_jax.evaluate.diarization import diarization_error_rate
from emotion_jax.speech.diarize import DiarizationConfig, diarize
from emotion_jax.speech.speaker_space import SpeakerSpace
from emotion_jax.train.conversations import ROOM, STUDIO, conversation

HERE = Path(__file__).parent
PAIRS = {"17 (m) + 18 (f)": (17, 18), "19 (m) + 20 (f)": (19, 20), "17 (m) + 19 (m)": (17, 19),
         "18 (f) + 20 (f)": (18, 20), "17 (m) + 18 (f) + 19 (m)": (17, 18, 19),
         "18 (f) + 19 (m) + 20 (f)": (18, 19, 20), "17 alone": (17,), "20 alone": (20,)}
SEEDS = range(100, 110)
SETTINGS = {"studio": STUDIO, "room": ROOM}
BEFORE = DiarizationConfig(threshold=0.45, piece_seconds=3.0)  # the setting before the speaker space, count guessed


def main() -> None:
    lines = ["# Diarization on held-out RAVDESS actors", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             f"`.venv/bin/python benchmarks/diarization.py`. Date: {time.strftime('%Y-%m-%d')}. "
             f"{len(SEEDS)} conversations per row (8-12 turns, 0.3-1.0 s gaps), 0.25 s collar; DER by "
             "pyannote.metrics, overlapping speech scored. Studio: turns with pauses. Room: a turn starts 0.2-0.8 s "
             "before the last one ends with chance 0.3, the listener says a 0.3-0.8 s back-channel over a turn "
             "with chance 0.3, and everything is heard through one synthetic room (RT60 0.2-0.9 s) with noise at "
             "5-25 dB SNR. Each conversation is diarized with the number of speakers guessed (distance threshold "
             "in the speaker space) and given (spectral clustering into that many).", "",
             "| actors | conditions | count | median DER | mean DER | DER <= 0.15 | speaker count right "
             "| s per conversation |", "|---|---|---|---|---|---|---|---|"]
    totals: dict[tuple[str, str], list[float]] = {}
    counts: dict[tuple[str, str], list[bool]] = {}
    for name, actors in PAIRS.items():
        for setting, realism in SETTINGS.items():
            runs: dict[str, tuple[list, list, list]] = {"guessed": ([], [], []), "given": ([], [], [])}
            for seed in SEEDS:
                audio, reference = conversation(actors, seed, realism=realism)
                for how, config in (("guessed", DiarizationConfig()),
                                    ("given", DiarizationConfig(count=len(actors)))):
                    ders, right, secs = runs[how]
                    start = time.perf_counter()
                    turns = diarize(audio, config=config)
                    secs.append(time.perf_counter() - start)
                    ders.append(diarization_error_rate(reference, turns))
                    right.append(len({t.speaker for t in turns}) == len(actors))
                turns = diarize(audio, config=BEFORE, space=SpeakerSpace.identity())
                before = (setting, "guessed, before")
                totals.setdefault(before, []).append(diarization_error_rate(reference, turns))
                counts.setdefault(before, []).append(len({t.speaker for t in turns}) == len(actors))
            for how, (ders, right, secs) in runs.items():
                totals.setdefault((setting, how), []).extend(ders)
                counts.setdefault((setting, how), []).extend(right)
                lines.append(f"| {name} | {setting} | {how} | {np.median(ders):.3f} | {np.mean(ders):.3f} | "
                             f"{sum(d <= 0.15 for d in ders)}/{len(ders)} | {sum(right)}/{len(right)} | "
                             f"{np.mean(secs):.2f} |")
                print(lines[-1], flush=True)
    lines += ["", "Over all rows ('guessed, before': resemblyzer's own space, threshold 0.45, pieces of 3 s, as "
              "shipped before the speaker space):", ""]
    lines += [f"- {setting}, count {how}: mean DER {np.mean(d):.3f}, DER <= 0.15 on "
              f"{np.mean(np.array(d) <= 0.15):.0%} of conversations, speaker count right on "
              f"{np.mean(counts[setting, how]):.0%}" for (setting, how), d in totals.items()]
    (HERE / "diarization.md").write_text("\n".join(lines + [""]))


if __name__ == "__main__":
    main()
