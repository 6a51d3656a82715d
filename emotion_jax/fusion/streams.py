"""One participant's face, voice and word tokens with their times: what the fusion model reads."""

from __future__ import annotations

import numpy as np

from emotion_jax import checkpoint
from emotion_jax.face.expressions import Expressions
from emotion_jax.face.tracks import Faces
from emotion_jax.fusion import model as fusion_model
from emotion_jax.fusion.model import FusionConfig, with_reading
from emotion_jax.fusion.predict import FusedReading, FusionPredictor, Stream, empty_stream
from emotion_jax.progress import Progress, bar
from emotion_jax.speech.heard import Speech
from emotion_jax.text.reading import Words


def person_streams(faces: Faces, expressions: Expressions, speech: Speech, words: Words,
                   face_track: int | None, speaker: int | None) -> list[Stream]:
    """The face, voice and word tokens of one face track and speaker, each beside its model's reading of it
    (the crop's, the voice piece's, the turn's probabilities); empty where the participant has none."""
    streams = [empty_stream(d) for d in FusionConfig().dims]
    if face_track is not None:
        sel = faces.track_ids == face_track
        streams[0] = (with_reading(expressions.embeddings[sel], expressions.probs[sel]), faces.times[sel])
    if speaker is not None:
        sel = np.flatnonzero(speech.token_speaker == speaker)
        mine = np.flatnonzero(speech.piece_speaker == speaker)
        times = speech.token_times[sel]
        piece = mine[np.clip(np.searchsorted(speech.piece_times[mine, 0], times, side="right") - 1, 0, None)] \
            if len(mine) else np.zeros(0, np.int64)
        streams[1] = (with_reading(speech.token_embeddings[sel], speech.piece_probs[piece]), times)
        row = np.searchsorted(words.turn, words.token_turn)
        sel = np.flatnonzero(speech.turn_speaker[words.token_turn] == speaker)
        streams[2] = (with_reading(words.token_embeddings[sel], words.probs[row[sel]]),
                      words.token_times[sel].mean(axis=1))
    return streams


def fuse(streams: list[list[Stream]], n_windows: int, progress: Progress = False) -> list[FusedReading]:
    """The fusion model's reading of each participant's streams (any may be empty) over `n_windows` windows."""
    shown = bar(progress, total=len(streams), desc="fusion", unit="person")
    predictor = checkpoint.loaded_once(FusionPredictor, "fusion", fusion_model.weights_hash())
    readings = []
    for s in streams:
        readings.append(predictor(s, n_windows))
        shown.update()
    shown.close()
    return readings
