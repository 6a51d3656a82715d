"""The `diarization` eval task: audio files and reference RTTM -> speakers as `analyze` finds them -> DER, counted by
pyannote.metrics (speakers mapped one to one by optimal assignment, overlapping speech scored, a collar left unscored
around each reference boundary).

A row with a `faces` file (CSV: time, x1, y1, x2, y2, speaker, per frame) is a video: it is analysed whole (faces and
voices, as `emotion-jax analyze` does, faces helping to split and join voices), its DER is that of the analysis'
turns, and the face-voice links are scored too (evaluate.linking)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from pyannote.core import Annotation, Segment, Timeline
from pyannote.metrics.diarization import DiarizationErrorRate
from tqdm.auto import tqdm

from emotion_jax.arrays import from_arrays
from emotion_jax.config import AnalysisConfig
from emotion_jax.evaluate import linking
from emotion_jax.evaluate.manifest import Rows, resolve
from emotion_jax.face.tracks import Faces
from emotion_jax.kept import Kept
from emotion_jax.media import MediaError, load_audio
from emotion_jax.speech import vad
from emotion_jax.speech.diarize import DiarizationConfig, Turn, diarize

SAMPLE_RATE = 16000
COLLAR = 0.25  # seconds either side of each reference boundary left unscored, the usual (NIST md-eval) setting


def read_rttm(path: Path) -> list[Turn]:
    """SPEAKER lines of an RTTM file as turns (speakers numbered in order of first appearance)."""
    return read_rttm_named(path)[0]


def read_rttm_named(path: Path) -> tuple[list[Turn], dict[str, int]]:
    """SPEAKER lines of an RTTM file as turns, and each speaker name's number (in order of first appearance)."""
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
    return sorted(turns, key=lambda t: t.start), names


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


def analysed(path: Path, count: int | None) -> linking.Found:
    """A video analysed for its faces and voices as `analyze` does (kept stages in a temporary folder)."""
    from emotion_jax import pipeline  # the whole analysis, only for rows that are videos

    config = AnalysisConfig(modalities=("face", "voice"), speakers=DiarizationConfig(count=count))
    with tempfile.TemporaryDirectory() as work:
        result = pipeline.analyze(path, config, work_dir=Path(work), progress=False)
        faces = from_arrays(Faces, Kept(pipeline.run_key(path, config), work_dir=Path(work)).get("faces"))
    people = result.people.to_pylist()
    return linking.Found({p["participant"]: p["face_track"] for p in people if p["face_track"] >= 0},
                         [(r["start"], r["end"], r["participant"]) for r in result.turns.to_pylist()],
                         faces.times, faces.track_ids, faces.boxes)


def score(manifest: Path, rows: Rows, collar: float = COLLAR, count_known: bool = False) -> dict:
    """DER over all files (pyannote's accumulated errors over all scored reference speech), speaker-count accuracy
    and real-time factor; with `count_known` each file's number of speakers is given (as a user who knows who was
    in the room would), read from its reference. Rows with a `faces` file add face-voice linking counts."""
    skipped, n, right, audio_seconds, compute_seconds = list(rows.skipped), 0, 0, 0.0, 0.0
    metric = der_metric(collar)
    links = {"videos": 0, "speakers_on_screen": 0, "persons": 0, "linked_right": 0, "linked_wrong": 0, "unlinked": 0}
    for item in tqdm(rows.items, desc="diarization", unit="file"):
        try:
            path = resolve(manifest, item["path"])
            audio = load_audio(path, SAMPLE_RATE)
            reference, names = read_rttm_named(resolve(manifest, item["rttm"]))
            faces = linking.read_faces(resolve(manifest, item["faces"])) if item.get("faces") else None
        except (MediaError, OSError, ValueError) as err:
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": str(err)})
            continue
        if not reference:
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": "the RTTM has no speech"})
            continue
        start = time.perf_counter()
        count = len(names) if count_known else None
        if faces is None:
            hypothesis = diarize(audio, vad.speech_segments(audio, SAMPLE_RATE), DiarizationConfig(count=count))
        else:
            found = analysed(path, count)
            numbers = {p: k for k, p in enumerate(dict.fromkeys(w for _, _, w in found.turns))}
            hypothesis = [Turn(a, b, numbers[w]) for a, b, w in found.turns]
            by_name = {k: name for name, k in names.items()}
            counts = linking.outcome([(t.start, t.end, by_name[t.speaker]) for t in reference], faces, found)
            links["videos"] += 1
            for key, value in counts.items():
                links[key] += value
        compute_seconds += time.perf_counter() - start
        audio_seconds += len(audio) / SAMPLE_RATE
        end = max([len(audio) / SAMPLE_RATE] + [t.end for t in reference + hypothesis])
        metric(annotation(reference), annotation(hypothesis), uem=Timeline([Segment(0.0, end)]))
        right += len({t.speaker for t in hypothesis}) == len(names)
        n += 1
    report = {"n": n, "skipped": skipped, "der": float(abs(metric)) if n else 0.0,
              "speaker_count_accuracy": right / max(n, 1), "collar": collar,
              "rtf": compute_seconds / max(audio_seconds, 1e-9),
              "count_known": count_known,
              "model": {"name": "silero-vad + resemblyzer embeddings in the speaker space (WCCN) + "
                                + ("spectral clustering into the known count" if count_known
                                   else "agglomerative clustering"),
                        "weights": "resemblyzer==0.1.4"}}
    if links["videos"]:
        report["linking"] = {**links, "accuracy": links["linked_right"] / max(links["speakers_on_screen"], 1),
                             "wrong_share": links["linked_wrong"] / max(links["persons"], 1)}
    return report
