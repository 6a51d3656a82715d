"""How the speaker space, the clustering piece length and threshold were chosen: development conversations only.

Run: `.venv/bin/python benchmarks/diarization_choice.py` (writes benchmarks/diarization_choice.md, ~8 min). The 56
speaker groups of train.speakers.development_groups (RAVDESS actors 01-16) are built twice, as a studio conversation
and as a room's (overlaps, back-channels, reverb, noise: train.conversations.ROOM); each conversation is diarized in a
space fitted without its own actors. Actors 17-20 are never read here. The setting with the lowest mean DER over
both conditions, count guessed, is shipped.
"""

from __future__ import annotations

import os
import platform
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from emotion_jax.speech.diarize import DiarizationConfig
from emotion_jax.train.conversations import ROOM, STUDIO
from emotion_jax.train.speakers import clip_embeddings, development_conversations, leave_out_scores

HERE = Path(__file__).parent
SPACES = {"none": (0, None), "clean, shrink 0.6": (0, 0.6), "clean, shrink 0.9": (0, 0.9),
          "+2 rooms, shrink 0.6": (2, 0.6), "+2 rooms, shrink 0.9": (2, 0.9)}
PIECES = (1.5, 3.0)
THRESHOLDS = {None: (0.3, 0.35, 0.4, 0.45)}
OTHERS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85)


def main() -> None:
    fitted = {rooms: clip_embeddings(rooms=rooms) for rooms in (0, 2)}
    talks = {"studio": development_conversations(STUDIO), "room": development_conversations(ROOM)}
    lines = ["# Choosing the speaker space, piece length and clustering threshold (development conversations)", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             f"`.venv/bin/python benchmarks/diarization_choice.py`. Date: {time.strftime('%Y-%m-%d')}. "
             f"{len(talks['studio'])} groups of RAVDESS actors 01-16 (same- and mixed-gender pairs, trios, fours, one "
             "alone), each built as a studio and as a room conversation; each conversation diarized in a space "
             "fitted without its own actors. Space: none = resemblyzer's own; clean = WCCN on the clips as recorded; "
             "+2 rooms = also on two copies of each clip through random rooms. Given: spectral clustering into the "
             "known count (no threshold).", "",
             "| space | piece s | threshold | studio DER | studio count right | room DER | room count right "
             "| mean DER |", "|---|---|---|---|---|---|---|---|"]
    best = None
    for space, (rooms, shrink) in SPACES.items():
        embeddings, owners = fitted[rooms]
        for piece in PIECES:
            config = DiarizationConfig(piece_seconds=piece)
            thresholds = THRESHOLDS.get(shrink, OTHERS)
            scores = {name: leave_out_scores(t, embeddings, owners, shrink, thresholds, config)
                      for name, t in talks.items()}
            given = {name: _given(t, embeddings, owners, shrink, config) for name, t in talks.items()}
            for threshold in thresholds:
                (sd, sc), (rd, rc) = scores["studio"][threshold], scores["room"][threshold]
                mean = (sd + rd) / 2
                lines.append(f"| {space} | {piece} | {threshold} | {sd:.3f} | {sc:.2f} | {rd:.3f} | {rc:.2f} | "
                             f"{mean:.3f} |")
                print(lines[-1], flush=True)
                if best is None or mean < best[0]:
                    best = (mean, space, piece, threshold)
            lines.append(f"| {space} | {piece} | given | {given['studio']:.3f} | 1.00 | {given['room']:.3f} | 1.00 | "
                         f"{(given['studio'] + given['room']) / 2:.3f} |")
    lines += ["", f"Lowest mean DER, count guessed: {best[1]}, pieces of {best[2]} s, threshold {best[3]} "
                  f"({best[0]:.3f}).", ""]
    (HERE / "diarization_choice.md").write_text("\n".join(lines))


def _given(talks, embeddings: np.ndarray, owners: np.ndarray, shrink: float | None, config: DiarizationConfig
           ) -> float:
    """Mean DER with each conversation's count given (spectral clustering), in spaces fitted without its actors."""
    ders = []
    for talk in talks:
        known = replace(config, count=len(talk.actors))
        ders.append(leave_out_scores([talk], embeddings, owners, shrink, [known.threshold], known)[known.threshold][0])
    return float(np.mean(ders))


if __name__ == "__main__":
    main()
