"""Redacted audio, end to end: a spoken sentence (espeak-ng) is transcribed by the project's Whisper, its name and
place are found on the words with their times and bleeped or silenced, and the redacted audio, transcribed
again, no longer holds them while the rest of the sentence is still heard."""

import re

import numpy as np
import pytest
from scipy.signal import resample_poly

from emotion_jax.speech.asr import transcribe
from emotion_jax.synth import speak
from privacy.redact import Word, audio_spans, bleep, propose

SENTENCE = "Yesterday my sister Margaret phoned me from Chicago and we talked about the funeral for an hour."


def _heard(audio: np.ndarray) -> list[Word]:
    return [Word(" " + w.text.strip(), w.start, w.end) for w in transcribe(audio).words]


def _plain(words: list[Word]) -> list[str]:
    return [re.sub(r"[^\w']", "", w.text.lower()) for w in words if w.text.strip()]


@pytest.fixture(scope="module")
def spoken() -> tuple[np.ndarray, list[Word]]:
    samples, rate = speak(SENTENCE, words_per_minute=140)
    audio = resample_poly(samples, 16000, rate).astype(np.float32)
    return audio, _heard(audio)


@pytest.mark.parametrize("kind", ["tone", "silence"])
def test_redacted_words_are_not_heard_and_the_rest_is(spoken, kind):
    audio, words = spoken
    proposals = propose(words)
    assert len(proposals) == 2 and {p.category for p in proposals} <= {"NAME", "PLACE"}, proposals
    gone = {w for p in proposals for w in _plain(words[p.start:p.stop])}
    kept = [w for w in _plain(words) if w not in gone]
    assert gone >= {"margaret", "chicago"} and len(kept) >= 12
    spans = audio_spans(words, proposals)
    redacted = bleep(audio, 16000, spans, kind=kind)
    inside = np.zeros(len(audio), bool)
    for a, b in spans:
        inside[round(a * 16000):round(b * 16000)] = True
    assert np.array_equal(redacted[~inside], audio[~inside]) and inside.mean() < 0.25  # nothing else is cut
    heard = _plain(_heard(redacted))
    assert not gone & set(heard), heard
    # The audio outside the spans is untouched (above); tiny.en still mishears a few words near a tone: both engines
    # hear "talked about the" as "talk to him out in a" after it, and CTranslate2 also "yesterday" as "yes today".
    assert sum(w in heard for w in kept) >= 0.7 * len(kept), (kept, heard)
