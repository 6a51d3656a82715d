"""Train the expression CNN on FER+'s crowd-vote distributions over FER2013's training images (soft targets),
with augmentations for session footage, then fit its temperature on data from other sources.

Model selection uses FER+ validation (PublicTest images, majority vote); the temperature is fitted on CK+ training
subjects and FER+ validation seen through the session augmentations. FER+ / FER2013 test (PrivateTest) and CK+
held-out subjects are never seen here. Run: `emotion-jax train face [--epochs N]`.
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
from emotion_jax.face.model import WEIGHTS_DIR, ExpressionCNN, ExpressionConfig, save, to_input
from emotion_jax.train.face_augment import AugmentConfig, augment
from emotion_jax.train.face_data import ckplus, ferplus


@dataclass(frozen=True)
class TrainConfig:
    """Optimisation settings; the defaults produced the shipped weights."""

    epochs: int = 10
    batch_size: int = 128
    peak_lr: float = 3e-3
    weight_decay: float = 5e-4
    seed: int = 0


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


def train(config: TrainConfig, model_config: ExpressionConfig, out: Path) -> dict:
    """Train, keep the epoch best on FER+ validation, fit the temperature, save weights and record; return it."""
    data, val = ferplus("train"), ferplus("public")
    rng = np.random.default_rng(config.seed)
    steps_per_epoch = len(data.x) // config.batch_size
    schedule = optax.cosine_onecycle_schedule(config.epochs * steps_per_epoch, config.peak_lr)
    model = ExpressionCNN(model_config, rngs=nnx.Rngs(config.seed))
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
            losses.append(step(model, opt, sub, jnp.asarray(to_input(data.x[idx])), jnp.asarray(data.soft[idx])))
        acc = float(np.mean(_logits(model, val.x).argmax(1) == val.y))
        loss = float(np.mean([float(v) for v in losses]))
        history.append({"epoch": epoch + 1, "loss": round(loss, 4), "ferplus_val_acc": round(acc, 4)})
        print(f"epoch {epoch + 1}/{config.epochs} loss {loss:.4f} FER+ validation acc {acc:.4f} "
              f"({time.time() - start:.0f} s)", flush=True)
        if acc > best:
            best, best_state = acc, jax.tree.map(np.asarray, nnx.state(model, checkpoint.SAVED))
    nnx.update(model, best_state)
    ck = ckplus("train")
    calib_x = np.concatenate([ck.x, _augmented_u8(val.x, config.seed + 1)])
    calib_y = np.concatenate([ck.y, val.y])
    temperature = fit_temperature(_logits(model, calib_x), calib_y)
    model.eval()
    record = {
        "command": f"emotion-jax train face --epochs {config.epochs}",
        "data": {"train": f"{data.name} (FER2013 train images, FER+ vote distributions as soft targets)",
                 "select": f"{val.name} (majority vote)",
                 "calibrate": [ck.name, f"{val.name} through the session augmentations"],
                 "never_seen": ["ferplus-private / fer2013-private (PrivateTest)", "ckplus-test (held-out subjects)"]},
        "train_config": asdict(config),
        "augment": asdict(AugmentConfig()),
        "calibration": {"temperature": round(float(temperature), 4), "fitted_on": [ck.name, f"{val.name} augmented"]},
        "best_ferplus_val_acc": round(best, 4),
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
    p.add_argument("--out", type=Path, default=WEIGHTS_DIR / "expression")
    args = p.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    record = train(TrainConfig(epochs=args.epochs), ExpressionConfig(), args.out)
    print(f"best FER+ validation accuracy {record['best_ferplus_val_acc']:.4f}, temperature "
          f"{record['calibration']['temperature']}; weights at {args.out}.msgpack")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
