"""The shipped text emotion model: its record, a hand-written therapy-style probe set, edge cases, word alignment.

Probe readings of the shipped weights (top label and its probability; P(sad) / P(happy) where the probe is about
them) are written in PROBE_NOTES below; the asserts check only the robust parts.
"""

from __future__ import annotations

import numpy as np
import pytest

from emotion_jax.labels import EMOTIONS, INDEX
from emotion_jax.text import model as text_model

# (sentence, expected top label or None where only the reading is documented)
PROBES: list[tuple[str, str | None]] = [
    ("I'm so happy, we finally got the house!", "happy"),
    ("I've been feeling really sad and lonely since she left.", "sad"),
    ("I'm furious that he lied to me again.", "angry"),
    ("I'm terrified that something bad will happen to my kids.", "fearful"),
    ("We talked about the schedule for next week.", "neutral"),
    ("That smell was disgusting, it made me sick.", None),
    ("Wow, I really didn't expect that at all!", None),
    ("I'm not really sad, just tired.", None),
    ("I'm really sad.", None),
    ("I guess it's fine.", None),
    ("It's not that I'm angry, I'm just disappointed.", None),
    ("I don't know, maybe I'm just overthinking it.", None),
]

# Filled from a run of the shipped weights (see benchmarks/text_accuracy.md); documentation, not asserted.
PROBE_NOTES = """
Shipped weights (text.msgpack 22.5 MB, six layers fine-tuned with corpus heads), TextPredictor (shared reading), top
label and probability; P(sad); valence/arousal:
  "I'm so happy, we finally got the house!"                    happy 0.95;             V +0.63 A +0.60
  "I've been feeling really sad and lonely since she left."   sad 1.00;               V -0.41 A +0.13
  "I'm furious that he lied to me again."                      angry 0.60 (neutral 0.17); V -0.49 A +0.26
  "I'm terrified that something bad will happen to my kids."  fearful 0.99;           V -0.62 A +0.33
  "We talked about the schedule for next week."                neutral 0.61;           V +0.01 A +0.01
  "That smell was disgusting, it made me sick."                disgusted 1.00;         V -0.53 A +0.40
  "Wow, I really didn't expect that at all!"                   surprised 0.92;         V -0.20 A +0.51
  "I'm not really sad, just tired."                            neutral 0.43, sad 0.21; V -0.18 A +0.07
  "I'm really sad."                                            sad 0.96;               V -0.68 A +0.14
  "I guess it's fine."                                         neutral 0.72, happy 0.12
  "It's not that I'm angry, I'm just disappointed."            sad 0.68, angry 0.12 (disappointment read as sad)
  "I don't know, maybe I'm just overthinking it."              surprised 0.52 (hedging read as surprise/confusion)
Negation lowers the named emotion (sad 0.96 -> 0.21) and the negated sentence now reads neutral; hedged "fine"
reads neutral. Edge cases: "" -> neutral 1.00 (rule, no tokens); "😀😀😀 🙂" -> neutral 0.34, surprised 0.17 (emoji
are [UNK] to MiniLM); French "Je suis très heureux..." -> neutral 0.97 (English-only model); "um uh I I I uh you know
like" -> neutral 0.80; "[inaudible] so so the the uh hmm" -> neutral 0.85.
"""


@pytest.fixture(scope="module")
def predictor() -> text_model.TextPredictor:
    return text_model.TextPredictor()


def test_record_names_command_and_held_out_metrics():
    record = text_model.read_record()
    assert record["command"].startswith("emotion-jax train text")
    held = record["held_out"]
    assert 0.0 < held["goemotions-test"]["macro_f1"] <= 1.0
    assert 0.0 < held["meld-dev"]["weighted_f1"] <= 1.0
    assert -1.0 <= held["emobank-test"]["valence_r"] <= 1.0
    assert set(held["acceptance"]) == {"goemotions-test macro_f1", "meld-dev weighted_f1",
                                       "emobank-test valence_r", "emobank-test arousal_r"}
    weights = text_model.WEIGHTS_DIR / "text.msgpack"
    assert weights.stat().st_size < 25_000_000  # six fine-tuned MiniLM layers + heads, float16
    assert len(text_model.weights_hash()) == 12


def _valid(pred: text_model.TextPrediction) -> None:
    assert pred.probs.shape == (len(EMOTIONS),)
    assert np.all(np.isfinite(pred.probs)) and np.all(pred.probs >= 0)
    assert abs(float(pred.probs.sum()) - 1.0) < 1e-4
    assert -1.0 <= pred.valence <= 1.0 and -1.0 <= pred.arousal <= 1.0
    assert pred.tokens.shape == (len(pred.word_index), 384)
    assert np.all(np.isfinite(pred.tokens))


def test_probe_set(predictor):
    preds = predictor([text for text, _ in PROBES])
    by_text = dict(zip([t for t, _ in PROBES], preds))
    for (text, expected), pred in zip(PROBES, preds):
        _valid(pred)
        if expected is not None:
            assert pred.label == expected, (text, dict(zip(EMOTIONS, pred.probs.round(3))))
    sad = INDEX["sad"]
    # Negation: "not really sad, just tired" reads as less sad than "really sad".
    assert by_text["I'm not really sad, just tired."].probs[sad] < by_text["I'm really sad."].probs[sad]
    # Hedging: "I guess it's fine" is not read as strongly happy.
    assert by_text["I guess it's fine."].probs[INDEX["happy"]] < 0.5
    # Valence follows the clear cases.
    assert by_text["I'm so happy, we finally got the house!"].valence > by_text[
        "I've been feeling really sad and lonely since she left."].valence


def test_edge_cases(predictor):
    monologue = " ".join(["I", "keep", "thinking", "about", "what", "happened", "and", "it", "makes", "me",
                          "tired,"] * 910)[:]
    words = monologue.split()[:10_000]
    assert len(words) == 10_000
    inputs = ["", "😀😀😀 🙂", "Je suis très heureux aujourd'hui, merci beaucoup.", "um uh I I I uh you know like",
              "   ", words, "[inaudible] so so the the uh hmm"]
    preds = predictor(inputs)
    assert len(preds) == len(inputs)
    for pred in preds:
        _valid(pred)
    empty = preds[0]
    assert empty.label == "neutral" and len(empty.word_index) == 0 and preds[4].label == "neutral"
    long = preds[5]
    # Every word of the monologue is covered by its tokens, in order.
    index = long.word_index[long.word_index >= 0]
    assert index.min() == 0 and index.max() == 9_999 and np.all(np.diff(index) >= 0)
    assert len(np.unique(index)) == 10_000


def test_token_word_indices_carry_whisper_times(predictor):
    words = [" Honestly,", " I'm", " not", " really", " sad,", " just", " exhausted."]
    times = np.array([[0.0, 0.4], [0.5, 0.7], [0.7, 0.9], [0.9, 1.2], [1.2, 1.5], [1.6, 1.8], [1.8, 2.4]])
    plain = "Okay."
    pred, other = predictor([words, plain], times=[times, None])
    _valid(pred)
    tok = text_model.tokenize([words]).ids[0]
    from emotion_jax.text.encoder import tokenizer

    for w in range(len(words)):
        pieces = tok[: len(pred.word_index)][pred.word_index == w]
        assert tokenizer().decode(pieces).replace(" ", "") == words[w].strip().lower().replace(" ", "")
        assert np.allclose(pred.token_times[pred.word_index == w], times[w])
    assert np.all(np.isnan(pred.token_times[pred.word_index < 0]))
    assert other.token_times is None and other.words == ["Okay."]


def test_corpus_readings_follow_their_own_labelling():
    """Each corpus reading agrees with its own corpus' labels more often than the other corpus' reading does, on real
    held-out rows (GoEmotions test, MELD dev); an unknown reading is refused."""
    from emotion_jax.train import text_data as td

    model = text_model.load()
    assert model.config.readings == ("all", "goemotions", "meld")
    with pytest.raises(ValueError, match="unknown text reading"):
        text_model.TextPredictor(model, reading="reddit")
    readers = {c: text_model.TextPredictor(model, reading=c) for c in model.config.corpus_heads}
    for corpus, split in (("goemotions", "test"), ("meld", "dev")):
        s = td.load(corpus, split)
        keep = np.flatnonzero(s.single >= 0)[:400]
        texts, labels = [s.texts[i] for i in keep], s.single[keep]
        accuracy = {c: float((r.predict_proba(texts).argmax(1) == labels).mean()) for c, r in readers.items()}
        other = next(c for c in accuracy if c != corpus)
        assert accuracy[corpus] > accuracy[other] + 0.05, accuracy
