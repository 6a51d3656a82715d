"""Redaction: proposals per category, the reviewer flow, applying to words and audio, and the benchmark floor."""

import json
from pathlib import Path

import numpy as np
import pytest

from privacy.redact import (
    Word,
    accepted,
    apply_to_words,
    audio_spans,
    bleep,
    decide,
    propose,
    start_review,
)

DATA = Path(__file__).parents[2] / "benchmarks" / "redaction_data"


def words(text: str) -> list[Word]:
    """Whisper-style words: leading spaces, punctuation attached, 0.5 s each."""
    return [Word(" " + w, 0.5 * k, 0.5 * k + 0.4, "S1") for k, w in enumerate(text.split())]


def found(text: str, **kw) -> list[tuple[str, str]]:
    return [(p.text, p.category) for p in propose(words(text), **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks for coming in, Sarah. How was the week?", [("Sarah", "NAME")]),
        ("My sister Emma laughed at me.", [("Emma", "NAME")]),
        ("i told my boss derek and he shouted.", [("derek", "NAME")]),
        ("Dr. Patel changed my medication.", [("Dr. Patel", "NAME")]),
        ("We moved to Manchester when I was nine.", [("Manchester", "PLACE")]),
        ("I live at 42 Hawthorn Road in Leeds.", [("42 Hawthorn Road", "ADDRESS"), ("Leeds", "PLACE")]),
        ("I was born on 12 May 1985, so it hits hard.", [("12 May 1985", "DATE")]),
        ("her birthday is the twelfth of june.", [("the twelfth of june", "DATE")]),
        ("Call me on five five five, oh one three four.", [("five five five, oh one three four", "PHONE")]),
        ("text me at (415) 555-0182 later.", [("(415) 555-0182", "PHONE")]),
        ("My email is john dot smith at gmail dot com, thanks.", [("john dot smith at gmail dot com", "EMAIL")]),
        ("Write to m.khan@outlook.com please.", [("m.khan@outlook.com", "EMAIL")]),
        ("My NHS number is 943 476 5919 today.", [("943 476 5919", "ID")]),
        ("The postcode is EH7 5JZ I think.", [("EH7 5JZ", "ADDRESS")]),
    ],
)
def test_categories(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will you be able to see me next Tuesday? I felt may be it was my fault.",
        "I was in a dark place. Grace is something I struggle with.",
        "Frank discussion with my manager today. Hope is hard.",
        "I only earn about nineteen thousand a year, maybe four or five hours of sleep.",
        "It's Christmas soon and I dread it.",
    ],
)
def test_traps_are_left_alone(text):
    assert found(text) == []


def test_participant_names_carry_the_consent_record():
    (p,) = propose(words("so priya, what came up this week?"), names={"P1": ["Priya Raman"]})
    assert (p.text, p.category, p.reason) == ("priya", "NAME", "participant name (P1: 'Priya Raman')")
    assert p.score == 1.0


def test_reviewer_rejection_keeps_the_text():
    ws = words("My friend Aisha lives in Glasgow now.")
    review = start_review(propose(ws))
    assert [p.text for p in review.proposals] == ["Aisha", "Glasgow"]
    review = decide(review, 1, accept=False)
    out = apply_to_words(ws, accepted(review))
    assert "".join(w.text for w in out) == " My friend [NAME] lives in Glasgow now."
    assert accepted(review, undecided=False) == []


def test_apply_to_words_keeps_times_count_and_punctuation():
    ws = words("My ex, Kevin O'Brien, still messages me.")
    out = apply_to_words(ws, propose(ws))
    assert len(out) == len(ws)
    assert [(w.start, w.end, w.speaker) for w in out] == [(w.start, w.end, w.speaker) for w in ws]
    assert [w.text for w in out[2:4]] == [" [NAME],", ""]


def test_audio_spans_and_bleep_change_exactly_the_spans():
    ws = words("Call Sarah tomorrow and Emma today.")
    spans = audio_spans(ws, propose(ws), pad=0.05)
    np.testing.assert_allclose(spans, [(0.45, 0.95), (1.95, 2.45)])
    sr = 1000
    audio = np.full((2 * sr + 500, 2), 0.5, dtype=np.float32)
    for kind in ("tone", "silence"):
        out = bleep(audio, sr, spans, kind=kind)
        changed = np.zeros(len(audio), bool)
        for a, b in spans:
            changed[round(a * sr) : round(b * sr)] = True
        assert out.shape == audio.shape and out.dtype == audio.dtype
        assert np.array_equal(out[~changed], audio[~changed])
        assert np.all(out[changed] != 0.5)
    assert np.all(bleep(audio, sr, spans, kind="silence")[450:950] == 0)
    pcm = bleep(np.zeros(3000, np.int16), sr, [(1.0, 2.0)])
    assert np.abs(pcm[1000:2000]).max() > 1000 and not pcm[:1000].any() and not pcm[2000:].any()


def test_empty_and_foreign_text():
    assert propose([]) == []
    assert apply_to_words([], []) == [] and audio_spans([], []) == []
    for text in ("日本語のテキスト 😀 こんにちは", "Ich heiße Jürgen und wohne in der Straße 😊", "🙂 🙃 ..."):
        propose(words(text))


def test_test_set_recall_and_precision_floor():
    from benchmarks.redaction import score

    counts = score(json.loads((DATA / "test.json").read_text())["transcripts"])["ALL"]
    assert counts["found"] / counts["gold"] >= 0.97
    assert counts["right"] / counts["pred"] >= 0.95
