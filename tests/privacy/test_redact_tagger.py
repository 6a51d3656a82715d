"""The trained transcript tagger: loads offline, finds what it was never shown in lower-case unpunctuated speech,
leaves hard negatives alone, is unioned with the rules' proposals, and a missing weights file is an error."""

import json

import numpy as np
import pytest

from privacy import redact_tagger as T
from privacy.redact import ModelMissing, RedactConfig, Word, propose


def words(text: str) -> list[Word]:
    return [Word(" " + w, 0.5 * k, 0.5 * k + 0.4) for k, w in enumerate(text.split())]


def test_loads_offline_from_the_package(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    params, threshold = T.load()
    assert 0 < threshold < 1 and params["out_w"].shape[-1] == len(T.TAGS)
    record = json.loads(T.RECORD.read_text())
    assert record["command"].startswith("python -m benchmarks.train_redact_tagger") and "held_back" in record["data"]
    assert T.word_features(["hello", "there"]).shape == (2, 768)


def test_long_transcripts_run_in_overlapping_windows():
    filler = "we talked about the week and how work has been going ".split() * 30  # about 330 wordpieces
    text = filler + "so i rang my brother zebedee last night".split() + filler
    x = T.word_features(text)
    assert x.shape == (len(text), 768) and np.isfinite(x).all() and (np.abs(x).sum(1) > 0).all()
    k = text.index("zebedee")
    assert [(i, j, kind) for i, j, kind, _ in T.spans(text)] == [(k, k + 1, "NAME")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("so i rang my brother zebedee last night and he just hung up on me", "zebedee"),
        ("i saw peregrine at the shops today", "peregrine"),
        ("my friend evander is moving away", "evander"),
    ],
)
def test_finds_a_name_it_never_saw_in_lower_case_speech(text, name):
    ws = text.split()
    k = ws.index(name)
    assert any(i <= k < j and kind == "NAME" for i, j, kind, _ in T.spans(ws)), T.spans(ws)


@pytest.mark.parametrize(
    "text",
    [
        "i felt really down when the rain started and i just stayed in bed all day",
        "we did the breathing exercise three times and it helped a bit with the panic",
    ],
)
def test_leaves_a_hard_negative_alone(text):
    assert T.spans(text.split()) == []


def test_tagger_spans_are_unioned_with_reason_score_and_type():
    ws = words("so i rang my brother zebedee last night and he just hung up on me")
    with_tagger = propose(ws)
    tagged = [p for p in with_tagger if p.reason == T.REASON]
    assert all(p.source == "transcript tagger" and 0 < p.score <= 1 and p.category in T.TYPES for p in tagged)
    rules = propose(ws, config=RedactConfig(tagger=False))
    assert all(p.reason != T.REASON for p in rules)
    covered = {k for p in with_tagger for k in range(p.start, p.stop)}
    assert {k for p in rules for k in range(p.start, p.stop)} <= covered and 5 in covered


def test_missing_weights_are_an_error_not_a_fallback(monkeypatch, tmp_path):
    monkeypatch.setattr(T, "WEIGHTS", tmp_path / "redact_tagger.msgpack")
    with pytest.raises(ModelMissing, match="transcript tagger"):
        propose(words("my sister emma"))
    assert propose(words("my sister emma"), config=RedactConfig(tagger=False))
