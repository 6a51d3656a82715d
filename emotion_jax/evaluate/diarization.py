"""The `diarization` eval task: audio files and reference RTTM -> speakers as `analyze` finds them -> DER, counted by
pyannote.metrics (speakers mapped one to one by optimal assignment, overlapping speech scored, a collar left unscored
around each reference boundary)."""

from __future__ import annotations

import time
from pathlib import Path

from pyannote.core import Annotation, Segment, Timeline
from pyannote.metrics.diarization import DiarizationErrorRate
from tqdm.auto import tqdm

from emotion_jax.evaluate.manifest import Rows, resolve
from emotion_jax.media import MediaError, load_audio
from emotion_jax.speech import vad
from emotion_jax.speech.diarize import DiarizationConfig, Turn, diarize

SAMPLE_RATE = 16000
COLLAR = 0.25  # seconds either side of each reference boundary left unscored, the usual (NIST md-eval) setting


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


def annotation(turns: list[Turn]) -> Annotation:
    """Turns as a pyannote.core Annotation (speaker ids as labels)."""
    out = Annotation()
    for k, t in enumerate(turns):
        if t.end > t.start:
            out[Segment(t.start, t.end), k] = int(t.speaker)
    return out


def der_metric(collar: float = COLLAR) -> DiarizationErrorRate:
    """pyannote's DER with `collar` seconds either side of each reference boundary unscored (pyannote's collar is the
    whole width, centred on the boundary)."""
    return DiarizationErrorRate(collar=2 * collar, skip_overlap=False)


def diarization_error_rate(reference: list[Turn], hypothesis: list[Turn], collar: float = COLLAR,
                           duration: float | None = None) -> float:
    """Missed speech + false alarm + speaker confusion over scored reference speech (pyannote.metrics), over
    [0, duration] (default: to the last turn's end). No reference speech to score: 0 if the hypothesis has none
    there, else inf."""
    end = max([t.end for t in reference + hypothesis], default=0.0) if duration is None else duration
    if end <= 0:
        return 0.0
    parts = der_metric(collar)(annotation(reference), annotation(hypothesis), uem=Timeline([Segment(0.0, end)]),
                               detailed=True)
    if parts["total"] <= 0:
        return 0.0 if parts["false alarm"] <= 0 else float("inf")
    return float(parts["diarization error rate"])


def score(manifest: Path, rows: Rows, collar: float = COLLAR, count_known: bool = False) -> dict:
    """DER over all files (pyannote's accumulated errors over all scored reference speech), speaker-count accuracy
    and real-time factor; with `count_known` each file's number of speakers is given (as a user who knows who was
    in the room would), read from its reference."""
    skipped, n, right, audio_seconds, compute_seconds = list(rows.skipped), 0, 0, 0.0, 0.0
    metric = der_metric(collar)
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
        config = DiarizationConfig(count=len({t.speaker for t in reference}) if count_known else None)
        hypothesis = diarize(audio, vad.speech_segments(audio, SAMPLE_RATE), config)
        compute_seconds += time.perf_counter() - start
        audio_seconds += len(audio) / SAMPLE_RATE
        end = max([len(audio) / SAMPLE_RATE] + [t.end for t in reference + hypothesis])
        metric(annotation(reference), annotation(hypothesis), uem=Timeline([Segment(0.0, end)]))
        right += len({t.speaker for t in hypothesis}) == len({t.speaker for t in reference})
        n += 1
    return {"n": n, "skipped": skipped, "der": float(abs(metric)) if n else 0.0,
            "speaker_count_accuracy": right / max(n, 1), "collar": collar,
            "rtf": compute_seconds / max(audio_seconds, 1e-9),
            "count_known": count_known,
            "model": {"name": "silero-vad + resemblyzer embeddings in the speaker space (WCCN) + "
                              + ("spectral clustering into the known count" if count_known
                                 else "agglomerative clustering"),
                      "weights": "resemblyzer==0.1.4"}}
