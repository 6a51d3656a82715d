"""Held-out actors recorded as sessions: one room, line or noise per speaker, read as sessions and clip by clip.

    .venv/bin/python -m benchmarks.voice_sessions      # writes benchmarks/voice_sessions.md (about 5 min on 2 cores)

`voice_robustness.py` draws a new condition for every clip; a session is recorded in one room, over one line, with
one background. Here each held-out actor (17-20) gets one draw of a condition (seeded by actor), applied to all 60
of their clips; the shipped voice model then reads them as one speaker's session (speech.centring) and clip by clip.
"""

from __future__ import annotations

import platform
from datetime import date
from pathlib import Path

import numpy as np

from emotion_jax.media import load_audio
from emotion_jax.speech.features import voice_features
from emotion_jax.speech.model import VoicePredictor, weights_hash
from emotion_jax.train import voice_augment
from emotion_jax.train.voice_data import DEFAULT_ROOT, SPLITS, parse_name

HERE = Path(__file__).parent
CONDITIONS = {"clean": None, "reverb": voice_augment.reverb, "telephone": voice_augment.telephone,
              "noise": voice_augment.noise, "codec": voice_augment.codec}


def main() -> int:
    files = sorted(p for p in DEFAULT_ROOT.glob("Actor_*/*.flac") if parse_name(p)[2] in SPLITS["test"])
    labels = np.array([parse_name(p)[0] for p in files])
    speakers = [parse_name(p)[2] for p in files]
    predictor = VoicePredictor()
    rows = []
    for name, condition in CONDITIONS.items():
        tokens = []
        for path, actor in zip(files, speakers):
            audio = load_audio(path, 16000)
            if condition is not None:  # the same draw for every clip of an actor: one room, line or background
                audio = condition(audio, np.random.default_rng(1000 + actor))
            tokens.append(voice_features(np.asarray(audio, np.float32))["tokens"])
        session = np.array([p for _, p in predictor.read(tokens, speakers)])
        alone = np.array([predictor.read([t], [0])[0][1] for t in tokens])
        rows.append((name, float(np.mean(session.argmax(1) == labels)), float(np.mean(alone.argmax(1) == labels))))
        print(rows[-1], flush=True)
    lines = ["# Voice: held-out actors recorded as sessions (one condition per speaker)", "",
             f"Machine: {platform.machine()}, 2-core CPU. Command: `.venv/bin/python -m benchmarks.voice_sessions`. "
             f"Date: {date.today()}. Weights: emotion_jax/speech/weights/voice ({weights_hash()}).", "",
             f"RAVDESS actors 17-20 ({len(files)} clips, never used in training, selection or calibration). Each "
             "actor gets one draw of each condition of `emotion_jax.train.voice_augment` (seeded by actor) for all "
             "their clips, as a session recorded in one room, over one line or with one background. Calm counts as "
             "neutral. 'Session': each actor's clips read together as one speaker (speech.centring), as `analyze` "
             "reads a diarized speaker; 'clip alone': each clip with no other.", "",
             "| condition | session accuracy | clip-alone accuracy |", "|---|---|---|"]
    lines += [f"| {name} | {s:.3f} | {a:.3f} |" for name, s, a in rows]
    clean = rows[0][1]
    worst = max(rows, key=lambda r: clean - r[1])
    lines += ["", f"Largest drop read as sessions: {worst[0]}, {100 * (clean - worst[1]):.1f} points.", ""]
    (HERE / "voice_sessions.md").write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
