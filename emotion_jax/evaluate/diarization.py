"""The `diarization` eval task: audio files and reference RTTM -> speakers as `analyze` finds them -> DER."""

from __future__ import annotations

import time
from pathlib import Path

from tqdm.auto import tqdm

from emotion_jax.evaluate.manifest import Rows, resolve
from emotion_jax.media import MediaError, load_audio
from emotion_jax.speech import vad
from emotion_jax.speech.diarize import DiarizationConfig, Turn, diarization_error_rate, diarize

SAMPLE_RATE = 16000
COLLAR = 0.25  # seconds around each reference boundary left unscored, the usual setting


def read_rttm(path: Path) -> list[Turn]:
    """SPEAKER lines of an RTTM file as turns (speakers numbered in order of first appearance)."""
    names: dict[str, int] = {}
    turns = []
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        fields = line.split()
        if not fields or fields[0] != "SPEAKER":
            continue
        if len(fields) < 8:
            raise ValueError(f"{path}:{number}: an RTTM SPEAKER line has at least 8 fields, got {len(fields)}")
        start, duration = float(fields[3]), float(fields[4])
        turns.append(Turn(start, start + duration, names.setdefault(fields[7], len(names))))
    return sorted(turns, key=lambda t: t.start)


def score(manifest: Path, rows: Rows, collar: float = COLLAR) -> dict:
    """DER over all files (errors over all reference speech), speaker-count accuracy and real-time factor."""
    skipped, n, right, errors, speech, audio_seconds, compute_seconds = list(rows.skipped), 0, 0, 0.0, 0.0, 0.0, 0.0
    for item in tqdm(rows.items, desc="diarization", unit="file"):
        try:
            audio = load_audio(resolve(manifest, item["path"]), SAMPLE_RATE)
            reference = read_rttm(resolve(manifest, item["rttm"]))
        except (MediaError, OSError, ValueError) as err:
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": str(err)})
            continue
        if not reference:
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": "the RTTM has no speech"})
            continue
        start = time.perf_counter()
        hypothesis = diarize(audio, vad.speech_segments(audio, SAMPLE_RATE), DiarizationConfig())
        compute_seconds += time.perf_counter() - start
        audio_seconds += len(audio) / SAMPLE_RATE
        length = sum(t.end - t.start for t in reference)
        errors += diarization_error_rate(reference, hypothesis, collar) * length
        speech += length
        right += len({t.speaker for t in hypothesis}) == len({t.speaker for t in reference})
        n += 1
    return {"n": n, "skipped": skipped, "der": errors / max(speech, 1e-9), "speaker_count_accuracy": right / max(n, 1),
            "collar": collar, "rtf": compute_seconds / max(audio_seconds, 1e-9),
            "model": {"name": "silero-vad + resemblyzer embeddings + agglomerative clustering",
                      "weights": "resemblyzer==0.1.4"}}
