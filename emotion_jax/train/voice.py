"""Train the voice emotion model on RAVDESS speech, split by actor (CPU is enough: the features are precomputed).

Actors 01-13 (less 05) train, each clip as recorded and `--copies` times through voice_augment's recording
conditions (reverb, noise, telephone, codec, gain, speed); 14-16 select the epoch (clean and augmented) and, through
the augmentations, fit the temperature; 17-20 are held out: the held-out figures written to the record come from
`held_out_metrics` after training is finished and never steer it. Run: `emotion-jax train voice [--epochs N]`.
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
from emotion_jax.evaluate.metrics import classification_report
from emotion_jax.labels import EMOTIONS
from emotion_jax.speech.centring import PRIOR_TOKENS
from emotion_jax.speech.model import WEIGHTS_DIR, VoiceConfig, VoiceEmotion, save
from emotion_jax.train.voice_data import (
    RAVDESS_CLASSES,
    SPLITS,
    VoiceSet,
    centred_by_actor,
    extract,
    ravdess,
    stack,
    training_mean,
)


@dataclass(frozen=True)
class TrainConfig:
    """Optimisation settings; the defaults produced the shipped weights."""

    epochs: int = 40
    copies: int = 1  # augmented readings of each training and selection clip
    batch_size: int = 32
    peak_lr: float = 1e-3
    weight_decay: float = 0.05
    label_smoothing: float = 0.1
    ravdess_weight: float = 0.5  # weight of the 8-class (calm kept) loss beside the 7-class one
    max_time_mask: float = 0.3  # a random span of up to this fraction of a clip's tokens is hidden
    prior_tokens: float = PRIOR_TOKENS  # weight of the training mean in a speaker's mean (speech.centring)
    seed: int = 0


def time_mask(key: jax.Array, mask: jax.Array, lengths: jax.Array, fraction: float) -> jax.Array:
    """Hide one random span of up to `fraction` of each clip's valid tokens from the mask."""
    k1, k2 = jax.random.split(key)
    span = jnp.floor(jax.random.uniform(k1, lengths.shape) * fraction * lengths)
    start = jnp.floor(jax.random.uniform(k2, lengths.shape) * (lengths - span))
    t = jnp.arange(mask.shape[1])[None]
    return mask & ~((t >= start[:, None]) & (t < (start + span)[:, None]))


def _mask(data: VoiceSet) -> np.ndarray:
    """Valid-token mask (N, T) of a padded set."""
    return np.arange(data.tokens.shape[1])[None] < data.lengths[:, None]


@nnx.jit
def _logits(model: VoiceEmotion, x: jax.Array, mask: jax.Array) -> tuple[jax.Array, jax.Array]:
    """7-class and 8-class logits of a batch (compiled once per batch shape and mode)."""
    _, _, logits, logits8 = model(x, mask)
    return logits, logits8


def predict(model: VoiceEmotion, data: VoiceSet, batch: int = 64, temperature: float = 1.0,
            raw: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """7-class and 8-class (calm kept) probabilities (or, `raw`, logits) of every clip, in eval mode."""
    model.eval()
    x, mask = data.tokens, _mask(data)
    pad = (-len(x)) % batch
    x = np.concatenate([x, np.zeros((pad, *x.shape[1:]), np.float32)])
    mask = np.concatenate([mask, np.ones((pad, mask.shape[1]), bool)])
    outs = [_logits(model, x[i : i + batch], mask[i : i + batch]) for i in range(0, len(x), batch)]
    model.train()
    logits = [np.concatenate([np.asarray(o[k]) for o in outs])[: len(data.y)] for k in (0, 1)]
    return tuple(logits) if raw else tuple(np.asarray(jax.nn.softmax(v / temperature, -1)) for v in logits)


def held_out_metrics(probs7: np.ndarray, probs8: np.ndarray, data: VoiceSet) -> dict:
    """Accuracy 7-class (calm merged into neutral) and 8-class (calm kept), per-class recall and confusion matrices."""
    r7 = classification_report(probs7, data.y, EMOTIONS)
    r8 = classification_report(probs8, data.y8, tuple(RAVDESS_CLASSES))
    recall7 = {name: round(s["recall"], 4) for name, s in r7["per_class"].items()}
    return {
        "clips": len(data.y),
        "accuracy_7class_calm_merged": round(r7["accuracy"], 4),
        "accuracy_8class_calm_kept": round(r8["accuracy"], 4),
        "unweighted_recall_7class": round(float(np.mean([s["recall"] for s in r7["per_class"].values()])), 4),
        "recall_7class": recall7,
        "confusion_7class": {"rows_true_cols_pred": list(EMOTIONS), "matrix": r7["confusion"]["matrix"]},
        "confusion_8class": {"rows_true_cols_pred": list(RAVDESS_CLASSES), "matrix": r8["confusion"]["matrix"]},
    }


def train(config: TrainConfig, model_config: VoiceConfig, out: Path) -> dict:
    """Train, keep the epoch best on the validation actors, save weights and record to `out`; return the record."""
    rng = np.random.default_rng(config.seed)
    data, augmented = extract(), extract(copies=config.copies, seed=config.seed)
    mean = training_mean(data)
    sessions = centred_by_actor(data, mean, config.prior_tokens)  # every clip centred on all its actor's clips
    data, augmented = (centred_by_actor(d, mean, config.prior_tokens, rng) for d in (data, augmented))
    val, test = ravdess("val", sessions), ravdess("test", sessions)
    tr = ravdess("train", data)
    tr_aug, val_aug = ravdess("train", augmented, width=tr.tokens.shape[1]), ravdess("val", augmented)
    tr = stack(tr, tr_aug)
    steps_per_epoch = len(tr.y) // config.batch_size
    schedule = optax.cosine_onecycle_schedule(config.epochs * steps_per_epoch, config.peak_lr)
    model = VoiceEmotion(model_config, rngs=nnx.Rngs(config.seed))
    model.train()
    opt = nnx.Optimizer(model, optax.adamw(schedule, weight_decay=config.weight_decay), wrt=nnx.Param)
    key = jax.random.key(config.seed)
    tr_mask = _mask(tr)

    @nnx.jit
    def step(model, opt, key, x, mask, lengths, y, y8):
        mask = time_mask(key, mask, lengths, config.max_time_mask)

        def loss_fn(model):
            _, _, logits, logits8 = model(x, mask)
            smooth = config.label_smoothing
            loss7 = optax.softmax_cross_entropy(logits, optax.smooth_labels(jax.nn.one_hot(y, 7), smooth))
            loss8 = optax.softmax_cross_entropy(logits8, optax.smooth_labels(jax.nn.one_hot(y8, 8), smooth))
            return (loss7 + config.ravdess_weight * loss8).mean()

        loss, grads = nnx.value_and_grad(loss_fn)(model)
        opt.update(model, grads)
        return loss

    best, best_state, history = -1.0, None, []
    train_start = time.time()
    for epoch in range(config.epochs):
        order = rng.permutation(len(tr.y))
        losses = []
        for i in range(steps_per_epoch):
            idx = order[i * config.batch_size : (i + 1) * config.batch_size]
            key, sub = jax.random.split(key)
            losses.append(step(model, opt, sub, tr.tokens[idx], tr_mask[idx], tr.lengths[idx], tr.y[idx], tr.y8[idx]))
        p7, p8 = predict(model, val)
        acc7, acc8 = float(np.mean(p7.argmax(-1) == val.y)), float(np.mean(p8.argmax(-1) == val.y8))
        acc_aug = float(np.mean(predict(model, val_aug)[0].argmax(-1) == val_aug.y))
        loss = float(np.mean([float(v) for v in losses]))
        history.append({"epoch": epoch + 1, "loss": round(loss, 4), "val_acc7": round(acc7, 4),
                        "val_acc8": round(acc8, 4), "val_augmented_acc7": round(acc_aug, 4)})
        print(
            f"epoch {epoch + 1}/{config.epochs} loss {loss:.4f} val acc 7-class {acc7:.4f} 8-class {acc8:.4f} "
            f"augmented 7-class {acc_aug:.4f} ({time.time() - train_start:.0f} s)",
            flush=True,
        )
        score = (acc7 + acc8 + 2 * acc_aug) / 4
        if score > best:
            best, best_epoch = score, epoch + 1
            best_state = jax.tree.map(np.asarray, nnx.state(model, nnx.Param))
    nnx.update(model, best_state)
    temperature = fit_temperature(predict(model, val_aug, raw=True)[0], val_aug.y)
    train_seconds = round(time.time() - train_start)
    record = {
        "command": f"emotion-jax train voice --epochs {config.epochs} --copies {config.copies}",
        "data": {
            "corpus": "RAVDESS speech (audio-only), ../shared/data/speech/ravdess, 16 kHz FLAC",
            "features": "speech.features.voice_features: Whisper tiny.en encoder (100 ms mean) + prosody tokens",
            "labels": "7 classes in labels.EMOTIONS order, calm merged into neutral; 8-class head keeps calm",
        },
        "split": {
            "train": tr.name,
            "select": val.name,
            "held_out": test.name,
            "actors": {k: list(v) for k, v in SPLITS.items()},
            "clips": [len(tr.y), len(val.y), len(test.y)],
            "augmented": f"{config.copies} readings of each training and selection clip through voice_augment",
        },
        "calibration": {"temperature": temperature,
                        "fitted_on": f"{val_aug.name} through the augmentations (speakers and conditions unseen)"},
        "centring": {"prior_tokens": config.prior_tokens, "mean": [round(float(v), 6) for v in mean],
                     "note": "tokens are centred on their speaker's mean (speech.centring); training clips on their "
                             "actor's other clips, none to all (log-uniform), selection and held-out figures on all "
                             "of the actor's clips (a session)"},
        "train_config": asdict(config),
        "selection": "epoch with the best mean of clean 7-class, clean 8-class and (twice) augmented 7-class "
                     "accuracy on the validation actors",
        "best_epoch": best_epoch,
        "validation": held_out_metrics(*predict(model, val, temperature=temperature), val),
        "held_out": {
            "note": "actors 17-20, never used in training or selection; computed once after training by "
            "train.voice.held_out_metrics (the official figure comes from `emotion-jax eval voice`)",
            **held_out_metrics(*predict(model, test, temperature=temperature), test),
        },
        "history": history,
        "seconds": {
            "feature_extraction (when the cache was made)": round(float(data["seconds"])),
            "training": train_seconds,
        },
        "machine": checkpoint.machine(),
    }
    model.eval()
    save(model, out, record)
    return record


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="emotion-jax train voice", description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    p.add_argument("--copies", type=int, default=TrainConfig.copies,
                   help="augmented readings of each training and selection clip")
    p.add_argument("--out", type=Path, default=WEIGHTS_DIR / "voice")
    args = p.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    record = train(TrainConfig(epochs=args.epochs, copies=args.copies), VoiceConfig(), args.out)
    held = record["held_out"]
    print(
        f"held-out actors 17-20: accuracy 7-class (calm merged) {held['accuracy_7class_calm_merged']:.4f}, "
        f"8-class (calm kept) {held['accuracy_8class_calm_kept']:.4f}; weights at {args.out}.msgpack"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
