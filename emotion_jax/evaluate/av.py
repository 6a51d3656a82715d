"""The `av` eval task: videos of one labelled person speaking -> face, voice and words -> fusion, per subset.

The analysis path throughout (pipeline.one_person): decoding at the analysis frame rate, the largest face per
frame (the whole frame where none is found, counted), the expression model, voice activity, Whisper, the voice
and text models, and the fusion model. Each subset of modalities is scored by giving the fusion model only those
streams; a clip's reading is the mean over its windows that have one.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from emotion_jax.config import AnalysisConfig
from emotion_jax.evaluate.manifest import Rows, resolve
from emotion_jax.evaluate.metrics import classification_report
from emotion_jax.evaluate.paired import SUBSETS, subset_name
from emotion_jax.face import model as face_model
from emotion_jax.fusion import model as fusion_model
from emotion_jax.fusion.predict import FusionPredictor, empty_stream
from emotion_jax.labels import EMOTIONS, NUM_CLASSES
from emotion_jax.media import MediaError
from emotion_jax.pipeline import one_person


def score(manifest: Path, rows: Rows, config: AnalysisConfig = AnalysisConfig()) -> dict:
    """Classification metrics of every subset of modalities, all three fused as the headline."""
    fuser = FusionPredictor()
    probs: dict[str, list[np.ndarray]] = {subset_name(s): [] for s in SUBSETS}
    labels, skipped, frames, whole = [], list(rows.skipped), 0, 0
    for item, label in tqdm(list(zip(rows.items, rows.labels)), desc="av", unit="video"):
        try:
            streams, n, w, duration = one_person(resolve(manifest, item["path"]), config)
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
