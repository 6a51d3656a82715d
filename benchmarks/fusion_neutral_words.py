"""How fusion treats neutral words over an emotional face or voice: how often training shows them, and how sure words
must be to count beside a face or a voice, both chosen on the calibration pools.

    .venv/bin/python -m benchmarks.fusion_neutral_words 0.25        # one share per run (trains a fusion model to /tmp)
    .venv/bin/python -m benchmarks.fusion_neutral_words 0.75 0.6    # the share and words' least confidence

For settings other than the shipped ones, a fusion model is trained with `ExampleConfig(neutral_words=share)` (in
training and calibration examples) and `FusionConfig(words_min_confidence=...)` to /tmp/fusion_nw<share>_<conf>;
then, on the calibration pools (never the test pools),
it prints the accuracy of each set of modalities on emotional segments whose words are a neutral sentence, and on
segments where every modality agrees. The table in `benchmarks/fusion_neutral_words.md` is these runs' output.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import emotion_jax.train.fusion as train_fusion
from emotion_jax.evaluate import paired
from emotion_jax.fusion.model import FusionConfig, load
from emotion_jax.train import fusion_pools as pools
from emotion_jax.train.fusion_examples import ExampleConfig, Sampler


def main(share: float, confidence: float) -> None:
    if share == ExampleConfig().neutral_words and confidence == FusionConfig().words_min_confidence:
        model = load()
    else:
        out = Path(f"/tmp/fusion_nw{round(share * 100)}_{round(confidence * 100)}/fusion")
        out.parent.mkdir(parents=True, exist_ok=True)
        train_fusion.train(train_fusion.TrainConfig(), out, FusionConfig(words_min_confidence=confidence),
                           examples=ExampleConfig(neutral_words=share))
        model = load(out)
    share = f"{share} / {confidence}"
    calibrate, config = train_fusion.data_part(pools.build(), "calibrate"), train_fusion.TrainConfig()
    neutral = Sampler(calibrate, replace(train_fusion.TEST_EXAMPLES, neutral_words=1.0), seed=config.seed + 3)
    print("share", share, "neutral words:", paired.neutral_words(model, [neutral.batch(config.batch_size)
                                                                        for _ in range(8)]), flush=True)
    agreeing = Sampler(calibrate, train_fusion.TEST_EXAMPLES, seed=config.seed + 2)
    report = paired.report(model, [agreeing.batch(config.batch_size) for _ in range(8)])
    print("share", share, "agreeing:", {k: round(v["segment"]["accuracy"], 3) for k, v in report["fused"].items()})


if __name__ == "__main__":
    main(float(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else FusionConfig().words_min_confidence)
