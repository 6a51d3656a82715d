"""The `voice` eval task: audio files -> VAD -> Whisper-encoder + prosody tokens -> the shipped voice model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from emotion_jax.evaluate.manifest import Rows, resolve
from emotion_jax.media import MediaError, load_audio
from emotion_jax.speech import model as voice_model
from emotion_jax.speech.features import voice_features
from emotion_jax.speech.vad import speech_segments

SAMPLE_RATE = 16000


def predict(manifest: Path, rows: Rows) -> dict:
    """Probabilities for every readable row with speech; rows without readable audio or speech are skipped.

    Rows that share a value in an optional `speaker` column are read as one speaker's session (speech.centring);
    without it each clip stands alone."""
    predictor = voice_model.VoicePredictor()
    tokens, labels, speakers, skipped = [], [], [], list(rows.skipped)
    for item, label in tqdm(list(zip(rows.items, rows.labels)), desc="voice", unit="clip"):
        try:
            audio = load_audio(resolve(manifest, item["path"]), SAMPLE_RATE)
        except MediaError as err:
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": str(err)})
            continue
        if not speech_segments(audio, SAMPLE_RATE):
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": "no speech found"})
            continue
        tokens.append(voice_features(audio)["tokens"])
        labels.append(label)
        speakers.append(item.get("speaker", "").strip() or f"row {item['row']}")
    probs = [p for _, p in predictor.read(tokens, speakers)]
    by_speaker = "speaker" in (rows.items[0] if rows.items else {})
    return {"probs": np.stack(probs) if probs else np.zeros((0, 7), np.float32),
            "y": np.asarray(labels, np.int64), "skipped": skipped,
            "extra": {"speaker_centring": f"by the speaker column ({len(set(speakers))} speakers)" if by_speaker
                      else "none: each clip alone (no speaker column)"},
            "model": {"name": "emotion_jax.speech voice model", "weights": voice_model.weights_hash()}}
