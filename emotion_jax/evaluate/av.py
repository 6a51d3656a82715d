"""The `av` eval task: videos of one labelled person speaking -> face, voice and words -> fusion, per subset.

The analysis path throughout: decoding at the analysis frame rate, the largest face per frame (the whole frame
where none is found, counted), the expression model, voice activity, Whisper, the voice and text models, and
the fusion model. Each subset of modalities is scored by giving the fusion model only those streams; a clip's
reading is the mean over its windows that have one.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from emotion_jax.evaluate.manifest import Rows, resolve
from emotion_jax.evaluate.metrics import classification_report
from emotion_jax.face import model as face_model
from emotion_jax.fusion import model as fusion_model
from emotion_jax.fusion.paired import SUBSETS, subset_name
from emotion_jax.fusion.predict import FusionPredictor, Stream, empty_stream
from emotion_jax.labels import EMOTIONS, NUM_CLASSES
from emotion_jax.media import MediaError, open_media
from emotion_jax.pipeline import AnalysisConfig, Participant, crop_largest_face, hear_speech, person_streams, read_words
from privacy.faces import FaceDetector


def streams_of(path: Path, config: AnalysisConfig, detector: FaceDetector,
               faces: face_model.Predictor) -> tuple[list[Stream], int, int, float]:
    """(face, voice, words streams; frames; frames without a face; duration) of one video."""
    decoded = open_media(path, config.media)
    crops, times, sound, whole = [], [], [], 0
    for chunk in decoded.chunks():
        if decoded.info.has_audio:
            sound.append(chunk.audio)
        for t, frame in zip(chunk.frame_times, chunk.frames):
            crop, found = crop_largest_face(frame, detector, config)
            crops.append(crop)
            times.append(t)
            whole += not found
    if not decoded.info.has_audio or not sound:
        raise MediaError("the video has no sound")
    speech = hear_speech(np.concatenate(sound), config, progress=False)
    if not len(speech["token_times"]):
        raise MediaError("no speech found")
    text = read_words(speech, config)
    if not len(text["token_times"]):
        raise MediaError("no words were transcribed")
    embeddings, probs = faces(np.stack(crops)) if crops else (
        np.zeros((0, face_model.ExpressionConfig().embed_dim), np.float32), np.zeros((0, NUM_CLASSES), np.float32))
    seen = {"track_ids": np.zeros(len(crops), np.int64), "times": np.asarray(times, np.float64)}
    for key in ("token_speaker", "piece_speaker", "turn_speaker", "word_speaker"):  # one person speaks: every
        speech[key] = np.zeros_like(speech[key])                                     # voice found is theirs
    streams = person_streams(seen, {"embeddings": embeddings, "probs": probs}, speech, text,
                             Participant("labelled person", 0 if crops else None, 0))
    return streams, len(crops), whole, float(decoded.info.duration)


def score(manifest: Path, rows: Rows, config: AnalysisConfig = AnalysisConfig()) -> dict:
    """Classification metrics of every subset of modalities, all three fused as the headline."""
    detector, faces, fuser = FaceDetector(config.detector), face_model.Predictor(batch_size=64), FusionPredictor()
    probs: dict[str, list[np.ndarray]] = {subset_name(s): [] for s in SUBSETS}
    labels, skipped, frames, whole = [], list(rows.skipped), 0, 0
    for item, label in tqdm(list(zip(rows.items, rows.labels)), desc="av", unit="video"):
        try:
            streams, n, w, duration = streams_of(resolve(manifest, item["path"]), config, detector, faces)
        except MediaError as err:
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": str(err)})
            continue
        n_windows = max(1, int(np.ceil(duration / fuser.model.config.window)))
        for subset in SUBSETS:
            visible = [s if m in subset else empty_stream(s[0].shape[1]) for m, s in enumerate(streams)]
            reading = fuser(visible, n_windows)
            probs[subset_name(subset)].append(reading.probs[reading.any].mean(axis=0))
        labels.append(label)
        frames, whole = frames + n, whole + w
    y = np.asarray(labels, np.int64)
    subsets = {name: classification_report(np.stack(p) if p else np.zeros((0, NUM_CLASSES)), y, EMOTIONS)
               for name, p in probs.items()}
    return {"n": int(len(y)), "skipped": skipped, **subsets["face+voice+words"], "subsets": subsets,
            "frames": frames, "whole_frame_crops": whole,
            "model": {"name": "emotion_jax.fusion model over the face, voice and text models",
                      "weights": {"fusion": fusion_model.weights_hash(), "face": face_model.weights_hash()}}}
