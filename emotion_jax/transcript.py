"""The transcript as tables a reviewer reads: every word, and every speaker turn with its prosody and voice reading.

Built from the speech stage's arrays and the participant name of each speaker id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from emotion_jax.labels import EMOTIONS
from emotion_jax.speech.prosody import TURN_PROSODY
from emotion_jax.timeline import overlap_seconds
from privacy.redact import Word

if TYPE_CHECKING:  # types only: the stages' modules load the models' libraries, which a reader of tables needs not
    from emotion_jax.speech.heard import Speech
    from emotion_jax.text.reading import Words


def _names(speakers: np.ndarray, names: dict[int, str]) -> pa.Array:
    return pa.array([names.get(int(s), f"speaker {int(s) + 1}") for s in speakers], pa.string())


def words_table(speech: Speech, names: dict[int, str]) -> pa.Table:
    """One row per word: start and end (s), participant, the word as heard, and Whisper's probability for it."""
    times = speech.word_times.reshape(-1, 2)
    return pa.table({
        "start": pa.array(times[:, 0], pa.float64()),
        "end": pa.array(times[:, 1], pa.float64()),
        "participant": _names(speech.word_speaker, names),
        "word": pa.array([w.strip() for w in speech.word_text.tolist()], pa.string()),
        "probability": pa.array(speech.word_probability, pa.float32()),
    })


def words_from_table(words: pa.Table) -> list[Word]:
    """A words table as privacy.redact Words (for proposing and applying redactions)."""
    return [Word(r["word"], r["start"], r["end"], r["participant"]) for r in words.to_pylist()]


def redacted_table(words: pa.Table, kept: list[Word]) -> pa.Table:
    """The words table with each word's text replaced by its redacted form."""
    return words.set_column(words.schema.get_field_index("word"), "word", pa.array([k.text for k in kept], pa.string()))


def turns_table(speech: Speech, names: dict[int, str], text: Words | None = None) -> pa.Table:
    """One row per speaker turn: times, participant, what was said, the voice and text models' readings, prosody."""
    turns = speech.turn_times.reshape(-1, 2)
    owner = speech.word_turns()
    texts = [" ".join(speech.word_text[owner == k].tolist()) for k in range(len(turns))]
    pieces = speech.piece_times.reshape(-1, 2)
    weight = overlap_seconds(turns[:, 0], turns[:, 1], pieces)
    weight *= speech.turn_speaker[:, None] == speech.piece_speaker[None, :]
    probs = weight @ speech.piece_probs.reshape(-1, len(EMOTIONS)) / np.maximum(weight.sum(1, keepdims=True), 1e-9)
    prosody = speech.turn_prosody.reshape(-1, len(TURN_PROSODY))
    read = np.full((len(turns), len(EMOTIONS)), np.nan, np.float32)
    va = np.full((len(turns), 2), np.nan, np.float32)
    if text is not None and len(text.turn):
        read[text.turn] = text.probs
        va[text.turn] = np.stack([text.valence, text.arousal], axis=1)
    said = ~np.isnan(read[:, 0])
    return pa.table({
        "start": pa.array(turns[:, 0], pa.float64()),
        "end": pa.array(turns[:, 1], pa.float64()),
        "participant": _names(speech.turn_speaker, names),
        "text": pa.array(texts, pa.string()),
        "voice_emotion": pa.array([EMOTIONS[k] for k in np.argmax(probs, axis=1)] if len(probs) else [],
                                  pa.string()),
        "voice_probability": pa.array(probs.max(axis=1) if len(probs) else [], pa.float32()),
        "words_emotion": pa.array([EMOTIONS[int(np.argmax(r))] if s else None for r, s in zip(read, said)],
                                  pa.string()),
        "words_probability": pa.array(np.where(said, np.nan_to_num(read).max(axis=1), np.nan), pa.float32()),
        "words_valence": pa.array(va[:, 0], pa.float32()),
        "words_arousal": pa.array(va[:, 1], pa.float32()),
        **{name: pa.array(prosody[:, k], pa.float64()) for k, name in enumerate(TURN_PROSODY)},
    })

