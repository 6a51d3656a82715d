"""Train the expression CNN on FER+'s crowd-vote distributions over FER2013's training images (soft targets),
with augmentations for session footage, then fit its temperature on data from other sources.

Each image's target gives a share to FER2013's own label beside the crowd's votes: the crowd calls many frowns
neutral that the original annotator (and a posed-expression set such as CK+) calls angry or sad. Model selection
uses the mean of FER+ validation (majority vote) and FER2013 PublicTest accuracy; the temperature is fitted on CK+
training subjects and FER+ validation seen through the session augmentations. FER+ / FER2013 test (PrivateTest)
and CK+ held-out subjects are never seen here. Run: `emotion-jax train face [--epochs N] [--init WEIGHTS]`.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import nnx

from emotion_jax import checkpoint
from emotion_jax.calibration import fit_temperature
from emotion_jax.face.model import WEIGHTS_DIR, ExpressionCNN, ExpressionConfig, load, save, to_input, weights_hash
from emotion_jax.train.face_augment import AugmentConfig, augment
from emotion_jax.train.face_data import FaceSet, ckplus, fer2013, ferplus


@dataclass(frozen=True)
class TrainConfig:
    """Optimisation settings; the defaults produced the shipped weights."""

    epochs: int = 10
    batch_size: int = 128
    peak_lr: float = 3e-3
    weight_decay: float = 5e-4
    seed: int = 0
    original_weight: float = 0.25  # share of the target given to FER2013's label (a prior choice, not tuned)


def targets(data: FaceSet, original_weight: float) -> np.ndarray:
    """Soft targets: the crowd's vote share, with `original_weight` of the mass moved to FER2013's own label."""
    onehot = np.eye(data.soft.shape[1], dtype=np.float32)[data.original]
    return (1.0 - original_weight) * data.soft + original_weight * onehot


def _logits(model: ExpressionCNN, x: np.ndarray, batch: int = 500) -> np.ndarray:
    """Logits of uint8 crops (N, 48, 48) in eval mode, at one fixed batch shape."""
    model.eval()
    graphdef, state = nnx.split(model)
    fwd = jax.jit(lambda s, xb: nnx.merge(graphdef, s)(xb)[1])
    xs = to_input(x)
    pad = (-len(xs)) % batch
    xs = np.concatenate([xs, np.zeros((pad, *xs.shape[1:]), np.float32)])
    out = np.concatenate([np.asarray(fwd(state, xs[i:i + batch])) for i in range(0, len(xs), batch)])
    model.train()
    return out[: len(x)]


def _augmented_u8(x: np.ndarray, seed: int) -> np.ndarray:
    """A fixed, seeded pass of the session augmentations over uint8 crops (for calibration)."""
    out = np.asarray(augment(jax.random.key(seed), jnp.asarray(to_input(x))))[..., 0]
    return np.clip((out + 1.0) * 127.5, 0, 255).round().astype(np.uint8)


def train(config: TrainConfig, model_config: ExpressionConfig, out: Path, init: Path | None = None) -> dict:
    """Train (from scratch, or on from the weights at `init`), keep the epoch best on validation, fit the temperature,
    save weights and record; return it."""
    data, val, val_fer = ferplus("train"), ferplus("public"), fer2013("public")
    soft = targets(data, config.original_weight)
    rng = np.random.default_rng(config.seed)
    steps_per_epoch = len(data.x) // config.batch_size
    schedule = optax.cosine_onecycle_schedule(config.epochs * steps_per_epoch, config.peak_lr)
    if init is None:
        model = ExpressionCNN(model_config, rngs=nnx.Rngs(config.seed))
    else:  # restored weights are read-only numpy arrays; training updates them
        model = load(init)
        nnx.update(model, jax.tree.map(jnp.array, nnx.state(model)))
        model.train()
    opt = nnx.Optimizer(model, optax.adamw(schedule, weight_decay=config.weight_decay), wrt=nnx.Param)
    key = jax.random.key(config.seed)
    aug = AugmentConfig()

    @nnx.jit
    def step(model, opt, key, xb, yb):
        xb = augment(key, xb, aug)

        def loss_fn(model):
            return optax.softmax_cross_entropy(model(xb)[1], yb).mean()

        loss, grads = nnx.value_and_grad(loss_fn)(model)
        opt.update(model, grads)
        return loss

    best, best_state, history = -1.0, None, []
    start = time.time()
    for epoch in range(config.epochs):
        order = rng.permutation(len(data.x))
        losses = []
        for i in range(steps_per_epoch):
            idx = order[i * config.batch_size:(i + 1) * config.batch_size]
            key, sub = jax.random.split(key)
            losses.append(step(model, opt, sub, jnp.asarray(to_input(data.x[idx])), jnp.asarray(soft[idx])))
        acc_plus = float(np.mean(_logits(model, val.x).argmax(1) == val.y))
        acc_fer = float(np.mean(_logits(model, val_fer.x).argmax(1) == val_fer.y))
        acc = (acc_plus + acc_fer) / 2
        loss = float(np.mean([float(v) for v in losses]))
        history.append({"epoch": epoch + 1, "loss": round(loss, 4), "ferplus_val_acc": round(acc_plus, 4),
                        "fer2013_val_acc": round(acc_fer, 4)})
        print(f"epoch {epoch + 1}/{config.epochs} loss {loss:.4f} validation acc FER+ {acc_plus:.4f} "
              f"FER2013 {acc_fer:.4f} ({time.time() - start:.0f} s)", flush=True)
        if acc > best:
            best, best_state = acc, jax.tree.map(np.asarray, nnx.state(model, checkpoint.SAVED))
    nnx.update(model, best_state)
    ck = ckplus("train")
    calib_x = np.concatenate([ck.x, _augmented_u8(val.x, config.seed + 1)])
    calib_y = np.concatenate([ck.y, val.y])
    temperature = fit_temperature(_logits(model, calib_x), calib_y)
    model.eval()
    command = f"emotion-jax train face --epochs {config.epochs} --peak-lr {config.peak_lr}"
    record = {
        "command": command if init is None else f"{command} --init <the weights below>",
        "init": None if init is None else {"hash": weights_hash(init),
                                           "record": checkpoint.read_record(init, "emotion-jax train face")},
        "data": {"train": f"{data.name} (FER2013 train images, FER+ vote distributions as soft targets, "
                          f"{config.original_weight} of each target on FER2013's label)",
                 "select": f"mean of {val.name} (majority vote) and {val_fer.name} accuracy",
                 "calibrate": [ck.name, f"{val.name} through the session augmentations"],
                 "never_seen": ["ferplus-private / fer2013-private (PrivateTest)", "ckplus-test (held-out subjects)"]},
        "train_config": asdict(config),
        "augment": asdict(AugmentConfig()),
        "calibration": {"temperature": round(float(temperature), 4), "fitted_on": [ck.name, f"{val.name} augmented"]},
        "best_val_acc": round(best, 4),
        "history": history,
        "seconds": round(time.time() - start),
        "machine": checkpoint.machine(),
        "note": "accuracy on held-out sets is reported by `emotion-jax eval faces`, not here",
    }
    save(model, out, record)
    return record


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="emotion-jax train face", description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    p.add_argument("--peak-lr", type=float, default=TrainConfig.peak_lr)
    p.add_argument("--init", type=Path, help="weights to train on from (e.g. the shipped ones), instead of scratch")
    p.add_argument("--out", type=Path, default=WEIGHTS_DIR / "expression")
    args = p.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    record = train(TrainConfig(epochs=args.epochs, peak_lr=args.peak_lr), ExpressionConfig(), args.out, args.init)
    print(f"best validation accuracy (mean of FER+ and FER2013) {record['best_val_acc']:.4f}, temperature "
          f"{record['calibration']['temperature']}; weights at {args.out}.msgpack")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
