"""emotion-jax train fusion: fit the fusion model on paired examples, calibrate its temperatures, score held out.

Examples come from train.fusion_pools (each source's model-selection data for fitting, held-out data for the test) and
train.fusion_examples (modality dropout, disagreement policy). AdamW with warm-up and cosine decay; for each set
of modalities, the temperature is the one that minimises negative log-likelihood on the calibration examples.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx

from emotion_jax import checkpoint
from emotion_jax.calibration import fit_temperature
from emotion_jax.evaluate import paired
from emotion_jax.fusion.model import MODALITIES, WEIGHTS_DIR, FusionConfig, FusionModel, Streams, pattern, save
from emotion_jax.train import fusion_pools as pools
from emotion_jax.train.fusion_examples import Batch, ExampleConfig, Sampler

TEST_EXAMPLES = ExampleConfig(presence=1.0, disagree=0.0, neutral_words=0.0, token_drop=0.0, noise=0.0)
# Calibrated on what sessions hold: disagreeing modalities and words that say nothing, not only agreeing ones.


@dataclass(frozen=True)
class TrainConfig:
    """Optimisation settings (the defaults made the shipped weights)."""

    steps: int = 400
    eval_every: int = 100
    batch_size: int = 32
    lr: float = 2e-3
    weight_decay: float = 1e-2
    va_weight: float = 0.5
    calibration_batches: int = 12
    test_batches: int = 16
    seed: int = 0


def _loss(model: FusionModel, s: Streams, target: jax.Array, va: jax.Array, va_weight: float) -> jax.Array:
    logits, va_pred, _, present = model(s)
    where = present.any(-1).astype(jnp.float32)
    ce = -(target * jax.nn.log_softmax(logits, -1)).sum(-1)
    mse = ((va_pred - va) ** 2).mean(-1)
    return ((ce + va_weight * mse) * where).sum() / jnp.maximum(where.sum(), 1.0)


def _streams(b: Batch) -> Streams:
    return Streams(b.tokens, b.times, b.masks, b.windows)


def fit_temperatures(model: FusionModel, batches: list[Batch], plain: list[Batch]) -> tuple[float, ...]:
    """For each set of modalities, the temperature (on top of the current one) with the lowest NLL of the
    calibration windows' targets, over the windows where the model counts just that set. Words alone are fitted on
    `plain` examples (no neutral sentence in place of emotional words): with the face and voice hidden, nothing
    shows the emotion the target holds."""
    temps = list(model.config.temperatures)
    for subset in paired.SUBSETS:
        index = sum(2 ** m for m in subset)
        drawn = plain if subset == (MODALITIES.index("words"),) else batches
        target = np.concatenate([b.target.reshape(-1, b.target.shape[-1]) for b in drawn])
        readings = paired.window_readings(model, drawn, subset)
        probs = np.concatenate([p.reshape(-1, p.shape[-1]) for p, _ in readings])
        rows = np.concatenate([pattern(c).ravel() for _, c in readings]) == index
        if rows.any():
            temps[index] = round(fit_temperature(np.log(np.clip(probs[rows], 1e-9, 1.0)), target[rows])
                                 * temps[index], 3)
    return tuple(temps)


def calibration_examples(examples: ExampleConfig) -> ExampleConfig:
    """Training's examples with every modality present and no noise or dropped tokens, keeping its share of
    disagreement and neutral words (every subset is then scored by hiding modalities, so missing ones are covered
    too)."""
    return replace(examples, presence=1.0, token_drop=0.0, noise=0.0)


def calibration_batches(pool: dict, config: TrainConfig, examples: ExampleConfig = ExampleConfig()) -> list[Batch]:
    """Calibration examples (`calibration_examples` of training's `examples`) from the calibration pools."""
    sampler = Sampler(pool, calibration_examples(examples), seed=config.seed + 1)
    return [sampler.batch(config.batch_size) for _ in range(config.calibration_batches)]


def test_batches(pool: dict, config: TrainConfig) -> list[Batch]:
    """Held-out paired examples: every modality present, all agreeing."""
    sampler = Sampler(pool, TEST_EXAMPLES, seed=config.seed + 2)
    return [sampler.batch(config.batch_size) for _ in range(config.test_batches)]


def train(config: TrainConfig, out: Path, fusion: FusionConfig = FusionConfig(),
          examples: ExampleConfig = ExampleConfig()) -> dict:
    """Train on `examples`, calibrate and score; writes the weights and their record at `out`."""
    data = pools.build()
    sampler = Sampler(data_part(data, "fit"), examples, seed=config.seed)
    model = FusionModel(fusion, rngs=nnx.Rngs(config.seed))
    schedule = optax.warmup_cosine_decay_schedule(0.0, config.lr, config.steps // 20, config.steps, config.lr / 20)
    opt = nnx.Optimizer(model, optax.adamw(schedule, weight_decay=config.weight_decay), wrt=nnx.Param)

    @nnx.jit
    def step(model, opt, s, target, va):
        loss, grads = nnx.value_and_grad(_loss)(model, s, target, va, config.va_weight)
        opt.update(model, grads)
        return loss

    calib = calibration_batches(data_part(data, "calibrate"), config, examples)
    start, losses, history, best = time.time(), [], [], (-1.0, 0, None)
    model.train()
    for n in range(1, config.steps + 1):
        b = sampler.batch(config.batch_size)
        losses.append(float(step(model, opt, _streams(b), b.target, b.va)))
        if n % config.eval_every == 0 or n == config.steps:
            figures = paired.report(model, calib)
            model.train()
            score = float(np.mean([f["segment"]["accuracy"] for f in figures["fused"].values()]))
            history.append({"step": n, "loss": round(float(np.mean(losses[-config.eval_every:])), 4),
                            "calibrate_mean_subset_accuracy": round(score, 4)})
            print(f"step {n}/{config.steps} {history[-1]} ({time.time() - start:.0f} s)", flush=True)
            if score > best[0]:
                best = (score, n, jax.tree.map(np.asarray, nnx.state(model, nnx.Param)))
    nnx.update(model, best[2])
    model.eval()
    plain = calibration_batches(data_part(data, "calibrate"), config, replace(examples, neutral_words=0.0))
    temperatures = fit_temperatures(model, calib, plain)
    model.config = replace(model.config, temperatures=temperatures)
    seconds = time.time() - start
    held = paired.report(model, test_batches(data_part(data, "test"), config))
    record = {
        "command": f"emotion-jax train fusion --steps {config.steps}" + (
            f" --words-min-confidence {fusion.words_min_confidence}" if fusion.words_min_confidence else ""),
        "data": {"pools": pools.__doc__.split("\n\n", 1)[1].strip(), "examples": repr(examples),
                 "disagreement_policy": "target = mean of the present modalities' one-hot labels; neutral words "
                                        "over an emotional face or voice are no evidence "
                                        "(train.fusion_examples docstring)",
                 "sizes": {m: {p: len(v) for p, v in parts.items()} for m, parts in data.items()}},
        "train_config": asdict(config),
        "selection": {"rule": "the step with the best mean segment accuracy over all seven subsets of modalities "
                              "on the calibration examples", "best_step": best[1]},
        "calibration": {"temperatures": {paired.subset_name(s): temperatures[sum(2 ** m for m in s)]
                                         for s in paired.SUBSETS},
                        "fitted_on": f"{config.calibration_batches} batches of calibration examples (window NLL): "
                                     f"{calibration_examples(examples)!r}; words alone with neutral_words=0.0"},
        "held_out": held,
        "history": history,
        "seconds": round(seconds),
        "machine": checkpoint.machine(),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    save(model, out, record)
    return record


def data_part(data: dict, part: str) -> dict:
    """One part's pools of every modality."""
    return {m: parts[part] for m, parts in data.items()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="emotion-jax train fusion", description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=TrainConfig.steps)
    p.add_argument("--words-min-confidence", type=float, default=FusionConfig.words_min_confidence,
                   help="words count beside a face or voice only when they name an emotion this surely")
    p.add_argument("--out", type=Path, default=WEIGHTS_DIR / "fusion")
    args = p.parse_args(argv)
    record = train(TrainConfig(steps=args.steps), args.out,
                   FusionConfig(words_min_confidence=args.words_min_confidence))
    fused = record["held_out"]["fused"]
    uni = record["held_out"]["unimodal"]
    print("held out (segment accuracy): " + ", ".join(f"{k} {v['segment']['accuracy']:.3f}" for k, v in fused.items())
          + "; unimodal models: " + ", ".join(f"{k} {v['accuracy']:.3f}" for k, v in uni.items())
          + f"; ECE fused {fused['face+voice+words']['segment']['ece']:.3f}; weights at {args.out}.msgpack")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
