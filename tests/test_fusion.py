"""The fusion model: masks and gates, chunked inference, held-out paired examples, and the real RAVDESS clip."""

from __future__ import annotations

import json
import subprocess
import sys

import jax.numpy as jnp
import numpy as np
import pytest

from emotion_jax.evaluate.paired import report
from emotion_jax.fusion.model import MODALITIES, counted, load
from emotion_jax.fusion.predict import FusionPredictor, empty_stream
from emotion_jax.labels import EMOTIONS
from emotion_jax.train import fusion_pools as pools
from emotion_jax.train.fusion import TEST_EXAMPLES, TrainConfig, data_part
from emotion_jax.train.fusion import test_batches as held_out_batches
from emotion_jax.train.fusion_examples import Sampler
from tests.conftest import RAVDESS_CLIP


@pytest.fixture(scope="module")
def held_out():
    """Paired examples from the held-out pools: every modality present and agreeing."""
    sampler = Sampler(data_part(pools.build(), "test"), TEST_EXAMPLES, seed=7)
    return [sampler.batch(32) for _ in range(4)]


@pytest.fixture(scope="module")
def session_streams(held_out):
    """One 12-window example as session-long streams (tokens, times) per modality."""
    b = held_out[0]
    return [(b.tokens[m][0][b.masks[m][0]], b.times[m][0][b.masks[m][0]].astype(np.float64)) for m in range(3)]


def test_fused_beats_every_single_modality_on_held_out_pairs(held_out) -> None:
    figures = report(load(), held_out)
    fused = {k: v["segment"]["accuracy"] for k, v in figures["fused"].items()}
    unimodal = {k: v["accuracy"] for k, v in figures["unimodal"].items()}
    best_single = max(max(fused[m] for m in MODALITIES), max(unimodal.values()))
    assert fused["face+voice+words"] >= best_single + 0.05
    for pair in ("face+voice", "face+words", "voice+words"):
        assert all(fused[pair] > max(fused[m], unimodal[m]) for m in pair.split("+"))
    # The ECE target on the full held-out set the training record reports (this 128-segment sample: 0.060).
    full = report(load(), held_out_batches(data_part(pools.build(), "test"), TrainConfig()))
    assert full["fused"]["face+voice+words"]["segment"]["ece"] <= 0.05
    calibration = figures["fused"]["face+voice+words"]
    # Per 1 s window the benchmark measures 0.059 on 1,963 segments: held as a regression bound, not the target.
    assert calibration["window"]["ece"] <= 0.07


def test_chunked_inference_matches_one_chunk(session_streams) -> None:
    whole = FusionPredictor(chunk_windows=12)(session_streams, 12)
    chunked = FusionPredictor(chunk_windows=4)(session_streams, 12)
    np.testing.assert_allclose(chunked.probs, whole.probs, atol=1e-4)
    np.testing.assert_allclose(chunked.contributions, whole.contributions, atol=1e-4)


def test_any_subset_works_and_contributions_follow_presence(session_streams) -> None:
    predictor = FusionPredictor()
    for m in range(3):
        only = [s if i == m else empty_stream(s[0].shape[1]) for i, s in enumerate(session_streams)]
        reading = predictor(only, 14)  # two more windows than the streams cover: nothing there
        assert reading.any[:12].all() and not reading.any[12:].any()
        assert np.isnan(reading.probs[12:]).all()
        np.testing.assert_allclose(reading.contributions[:12, m], 1.0, atol=1e-6)
        np.testing.assert_allclose(reading.probs[:12].sum(1), 1.0, atol=1e-5)
    nothing = predictor([empty_stream(s[0].shape[1]) for s in session_streams], 3)
    assert not nothing.any.any()



def test_words_that_read_neutral_count_only_when_nothing_else_is_there(session_streams) -> None:
    face, words = MODALITIES.index("face"), MODALITIES.index("words")
    tokens, times = session_streams[words]
    neutral = tokens.copy()
    neutral[:, -len(EMOTIONS):] = np.eye(len(EMOTIONS))[EMOTIONS.index("neutral")]  # the text model's reading
    empty = [empty_stream(s[0].shape[1]) for s in session_streams]
    beside_face = [session_streams[face] if i == face else (neutral, times) if i == words else e
                   for i, e in enumerate(empty)]
    alone = [(neutral, times) if i == words else e for i, e in enumerate(empty)]
    predictor = FusionPredictor()
    reading = predictor(beside_face, 12)
    assert reading.present[:, words].any()
    np.testing.assert_allclose(reading.contributions[:, words], 0.0, atol=1e-6)
    np.testing.assert_allclose(predictor(alone, 12).contributions[reading.present[:, words], words], 1.0, atol=1e-6)

def test_ravdess_clip_is_fused_from_all_three_modalities(analysed) -> None:
    _, _, analysis, _ = analysed
    tl = analysis.timeline
    fused = tl.modalities.index("fused")
    assert tl.participants == ("client",)  # the one person found is the one participant consented
    on = tl.present[:, 0, fused]
    assert (on == tl.present[:, 0, :3].any(axis=1)).all()
    shares = tl.contributions[on, 0]
    np.testing.assert_allclose(shares.sum(1), 1.0, atol=1e-5)
    # face and voice have a say together; the clip's neutral sentence has none beside them (neutral words are no
    # evidence, fusion.model.counted)
    face, voice, words = (tl.modalities.index(m) for m in ("face", "voice", "words"))
    assert ((shares[:, [face, voice]] > 0.02).all(axis=1)).sum() >= 2
    assert tl.present[on, 0, words].any() and np.allclose(shares[:, words], 0.0, atol=1e-6)
    clip = np.nanmean(tl.probs[tl.present[:, 0, fused], 0, fused], axis=0)
    assert EMOTIONS[int(np.argmax(clip))] == "neutral"  # the clip is RAVDESS' neutral take


def test_eval_av_on_the_real_clip(tmp_path) -> None:
    manifest = tmp_path / "av.csv"
    missing = tmp_path / "gone.mp4"
    manifest.write_text(f"path,label\n{RAVDESS_CLIP},neutral\n{missing},happy\n")
    out = tmp_path / "av.json"
    done = subprocess.run([sys.executable, "-m", "emotion_jax.cli", "eval", "av", str(manifest), "--json", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text())
    assert result["n"] == 1 and [s["row"] for s in result["skipped"]] == [2]
    assert set(result["subsets"]) == {"face", "voice", "words", "face+voice", "face+words", "voice+words",
                                      "face+voice+words"}
    assert result["whole_frame_crops"] == 0 and result["frames"] >= 15
    assert "face+voice+words" in done.stdout


def test_words_count_beside_a_face_only_as_surely_as_asked() -> None:
    readings = np.full((1, 1, 3, 7), 0.01, np.float32)
    readings[..., 0, EMOTIONS.index("angry")] = 0.9
    readings[..., 2, EMOTIONS.index("sad")] = 0.45  # words name an emotion, unsurely
    readings, present = jnp.asarray(readings), jnp.asarray([[[True, False, True]]])
    assert bool(counted(readings, present)[0, 0, 2])
    assert not bool(counted(readings, present, min_confidence=0.5)[0, 0, 2])
    alone = jnp.asarray([[[False, False, True]]])  # words alone are always read
    assert bool(counted(readings, alone, min_confidence=0.5)[0, 0, 2])
