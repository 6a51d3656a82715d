"""Face-voice linking on conversations on screen: held-out RAVDESS voices (actors 17-20), each heard while a panel's
face talks (train.on_screen), scored by `emotion-jax eval diarization` with a faces column (evaluate.linking).

Run: `.venv/bin/python benchmarks/linking.py` (writes benchmarks/linking.md; about 20 minutes on 2 cores). Nothing
here was used to choose a setting: the linking's significance level (0.05) is a convention, and the diarization's
settings were chosen on actors 01-16 (benchmarks/diarization_choice.md).
"""

from __future__ import annotations

import csv
import os
import platform
import tempfile
import time
from pathlib import Path

from emotion_jax.evaluate.diarization import score
from emotion_jax.evaluate.manifest import read_manifest
from emotion_jax.train.conversations import ROOM, STUDIO
from emotion_jax.train.on_screen import on_screen

HERE = Path(__file__).parent
# (name, actors, panels: the actor index each panel's face belongs to, None for a face that never speaks)
CASES = (("17 (m) and 18 (f), both on screen", (17, 18), (0, 1)),
         ("19 (m) and 20 (f), both on screen", (19, 20), (0, 1)),
         ("17 (m) and 19 (m), both on screen", (17, 19), (0, 1)),
         ("18 (f) and 20 (f), both on screen", (18, 20), (0, 1)),
         ("17, 18 on screen; 19 off screen", (17, 18, 19), (0, 1)),
         ("18, 20 on screen; a silent third face", (18, 20), (0, 1, None)))
SEEDS = (200, 201, 202)
SETTINGS = {"studio": STUDIO, "room": ROOM}


def main() -> None:
    lines = ["# Face-voice linking on conversations on screen", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             f"`.venv/bin/python benchmarks/linking.py`. Date: {time.strftime('%Y-%m-%d')}. "
             f"{len(SEEDS)} conversations per row (8-12 turns of held-out RAVDESS actors 17-20; studio: turns with "
             "pauses; room: overlaps, back-channels, reverb, noise, as in benchmarks/diarization.md), each face in a "
             "320 px panel (RAVDESS actor 01's real face, talking while its voice is heard, listening otherwise: "
             "emotion_jax/train/on_screen.py), 25 fps, analysed at 5 fps by `emotion-jax eval diarization` with "
             "faces (the whole analysis of faces and voices). Right: the person's face and voice are one "
             "participant. Wrong: a face holds another's voice, a silent face a voice, an off-screen voice a face. "
             "Unlinked: face and voice kept apart (the timeline says so).", "",
             "| case | sound | count | DER | count right | on-screen speakers linked right | persons linked wrong "
             "| unlinked |", "|---|---|---|---|---|---|---|---|"]
    totals: dict[tuple[str, str], dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for name, actors, panels in CASES:
            for sound, realism in SETTINGS.items():
                manifest = folder / f"{len(lines)}.csv"
                with open(manifest, "w", newline="") as f:
                    writer = csv.writer(f)
                    writer.writerow(["path", "rttm", "faces"])
                    for seed in SEEDS:
                        writer.writerow([p.name for p in on_screen(actors, panels, seed, folder, realism)])
                for how, known in (("guessed", False), ("given", True)):
                    report = score(manifest, read_manifest(manifest, ("path", "rttm"), None), count_known=known)
                    links = report["linking"]
                    total = totals.setdefault((sound, how), {})
                    for key in ("speakers_on_screen", "persons", "linked_right", "linked_wrong", "unlinked"):
                        total[key] = total.get(key, 0) + links[key]
                    total["der"] = total.get("der", 0.0) + report["der"]
                    total["rows"] = total.get("rows", 0) + 1
                    lines.append(f"| {name} | {sound} | {how} | {report['der']:.3f} | "
                                 f"{report['speaker_count_accuracy']:.0%} | "
                                 f"{links['linked_right']}/{links['speakers_on_screen']} | "
                                 f"{links['linked_wrong']}/{links['persons']} | {links['unlinked']} |")
                    print(lines[-1], flush=True)
    lines += ["", "Over all rows:", ""]
    lines += [f"- {sound}, count {how}: on-screen speakers linked right {t['linked_right']:.0f}/"
              f"{t['speakers_on_screen']:.0f} ({t['linked_right'] / t['speakers_on_screen']:.0%}), persons linked "
              f"wrong {t['linked_wrong']:.0f}/{t['persons']:.0f}, unlinked {t['unlinked']:.0f}; mean DER of the rows "
              f"{t['der'] / t['rows']:.3f}" for (sound, how), t in totals.items()]
    (HERE / "linking.md").write_text("\n".join(lines + [""]))


if __name__ == "__main__":
    main()
