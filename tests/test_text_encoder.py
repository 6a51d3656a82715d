"""The Flax MiniLM port against the transformers (torch) reference on real GoEmotions sentences, and tokenisation."""

from pathlib import Path

import jax
import numpy as np
import pytest
from flax import nnx

from emotion_jax.text.encoder import (
    MAX_LEN,
    TextEncoder,
    load_encoder,
    model_dir,
    tokenize,
    tokenizer,
    word_windows,
)

TOL = 1e-4


def _sentences(data_dir: Path, n: int = 32) -> list[str]:
    """n test-split sentences spread evenly from shortest to longest."""
    path = data_dir / "text" / "goemotions" / "ekman" / "test.tsv"
    texts = sorted({line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()}, key=len)
    return [texts[int(i)] for i in np.linspace(0, len(texts) - 1, n)]


@pytest.fixture(scope="module")
def model():
    return load_encoder()


@pytest.fixture(scope="module")
def encoder(model) -> TextEncoder:
    return TextEncoder(model)


def test_matches_torch_reference(data_dir, encoder):
    import torch
    from sentence_transformers import SentenceTransformer

    texts = _sentences(data_dir)
    reference = SentenceTransformer(str(model_dir()), device="cpu")
    tok = tokenize(texts)
    raw = tokenizer()(texts)["input_ids"]  # whitespace splitting must not change the tokens
    assert [list(row[m == 1]) for row, m in zip(tok.ids, tok.mask)] == raw
    with torch.no_grad():
        ref_hidden = reference[0].auto_model(input_ids=torch.tensor(tok.ids, dtype=torch.long),
                                             attention_mask=torch.tensor(tok.mask)).last_hidden_state.numpy()
    states = encoder.token_states(texts)
    hidden_diff = max(np.abs(s.hidden - ref_hidden[i, :len(s.hidden)]).max() for i, s in enumerate(states))
    pooled_diff = np.abs(encoder.embed(texts) - reference.encode(texts, convert_to_numpy=True)).max()
    print(f"max abs difference vs torch: hidden {hidden_diff:.2e}, pooled {pooled_diff:.2e}")
    assert hidden_diff < TOL
    assert pooled_diff < TOL


def test_word_index_for_whisper_words():
    words = [" Hello,", " I'm", " feeling", " unbelievably", " anxious.", " "]
    tok = tokenize([words, "so  tired today"])
    pieces = tokenizer().convert_ids_to_tokens(tok.ids[0].tolist())
    for i, word in enumerate(words):
        spelled = "".join(p.removeprefix("##") for p, w in zip(pieces, tok.word_index[0]) if w == i)
        assert spelled == word.strip().lower()
    n = int(tok.mask[0].sum())
    assert tok.word_index[0, 0] == -1 and tok.word_index[0, n - 1] == -1 and (tok.word_index[0, n:] == -1).all()
    assert list(tok.word_index[1, 1:4]) == [0, 1, 2]  # plain text: words are the whitespace-separated ones


def test_padding_invariance(data_dir, model, encoder):
    texts = _sentences(data_dir, 8)
    wide = TextEncoder(model, buckets=(MAX_LEN,))
    assert tokenize(texts).ids.shape[1] < MAX_LEN
    np.testing.assert_allclose(encoder.embed(texts), wide.embed(texts), atol=1e-5)
    np.testing.assert_allclose(encoder.embed(texts), encoder.embed(texts[::-1])[::-1], atol=1e-5)


def test_odd_inputs_and_long_monologue(encoder):
    monologue = [f" word{i % 97}," for i in range(10_000)]
    texts = ["", "😊🎉🙏", "Je suis très content aujourd'hui", "我今天很开心", "".join(monologue)]
    emb = encoder.embed(texts)
    assert emb.shape == (5, 384) and np.isfinite(emb).all()
    np.testing.assert_allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    windows = word_windows(monologue)
    assert [i for w in windows for i in w] == list(range(10_000))
    tok = tokenize([monologue[w.start:w.stop] for w in windows])
    assert sum(len(np.unique(row[row >= 0])) for row in tok.word_index) == 10_000  # no window was truncated
    states = encoder.token_states([monologue[w.start:w.stop] for w in windows[:2]])
    assert [len(np.unique(s.word_index[s.word_index >= 0])) for s in states] == [len(w) for w in windows[:2]]


def test_trainable_with_dropout(model):
    assert sum(p.size for p in jax.tree.leaves(nnx.state(model, nnx.Param))) > 22_000_000
    tok = tokenize(["I feel great"])
    still = np.asarray(model(tok.ids, tok.mask, deterministic=True))
    noisy = np.asarray(model(tok.ids, tok.mask, deterministic=False))
    assert np.abs(still - noisy).max() > 1e-3
    np.testing.assert_array_equal(still, np.asarray(model(tok.ids, tok.mask)))  # loaded in eval mode
