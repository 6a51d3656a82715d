"""The `asr` eval task: audio files -> voice activity -> offline Whisper on the speech (as `analyze` runs it) ->
corpus word error rate."""

from __future__ import annotations

import time
from pathlib import Path

from tqdm.auto import tqdm

from emotion_jax.evaluate.manifest import Rows, resolve
from emotion_jax.media import MediaError, load_audio
from emotion_jax.speech import asr, vad
from emotion_jax.speech.wer import word_errors

SAMPLE_RATE = 16000


def score(manifest: Path, rows: Rows, engine: str = asr.ASRConfig.engine) -> dict:
    """Corpus WER (all errors over all reference words) and real-time factor of VAD + transcription."""
    config = asr.ASRConfig(engine=engine)
    asr.load_transcriber(config)  # load (and convert) before timing
    skipped, errors, words, audio_seconds, compute_seconds, n = list(rows.skipped), 0, 0, 0.0, 0.0, 0
    for item in tqdm(rows.items, desc="asr", unit="clip"):
        try:
            audio = load_audio(resolve(manifest, item["path"]), SAMPLE_RATE)
        except MediaError as err:
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": str(err)})
            continue
        start = time.perf_counter()
        heard = asr.transcribe_speech(audio, vad.speech_segments(audio, SAMPLE_RATE), config).text
        compute_seconds += time.perf_counter() - start
        audio_seconds += len(audio) / SAMPLE_RATE
        e, w = word_errors(item["transcript"], heard)
        errors, words, n = errors + e, words + w, n + 1
    return {"n": n, "skipped": skipped, "wer": errors / max(words, 1),
            "rtf": compute_seconds / max(audio_seconds, 1e-9),
            "model": {"name": asr.model_name(config), "weights": asr.weights_id(config)}}
