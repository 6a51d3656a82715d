"""Train the text emotion model on cached MiniLM features (CPU is enough; what stays frozen runs once).

Mix: GoEmotions Ekman train (the 7-class target, multi-label rows as soft targets), MELD train less its tuning
dialogues (conversational speech), CARER train (first-person "i feel ..." sentences, close to how clients talk
about themselves), ISEAR train (self-reported emotional episodes), EmoBank train (valence/arousal). Each corpus'
softmax covers only the classes it can label (CARER has no neutral or disgust, ISEAR no neutral or surprise).
Samples per epoch are set per corpus (GoEmotions and MELD carry most weight: they are the acceptance targets).

Stage 1: heads on the cached pooled features (encoder frozen). Stage 2: the top `--tune-layers` MiniLM layers (all
six by default) and the heads fine-tuned together on the cached inputs of the lowest of them (length-bucketed
batches). Epochs and the logit prior correction are chosen on the selection splits only (GoEmotions dev, MELD
tuning dialogues, CARER val, ISEAR val, EmoBank dev); held-out figures (GoEmotions test, MELD dev, EmoBank test,
...) are computed once at the end. Run: `python -m emotion_jax.train.text [--epochs N] [--tune-layers N]`.
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
from emotion_jax.labels import NUM_CLASSES
from emotion_jax.text.encoder import EncoderConfig
from emotion_jax.text.model import WEIGHTS_DIR, TextConfig, TextEmotion, TextHeads, init_from_encoder, save
from emotion_jax.train import text_data as td

PER_EPOCH = {"goemotions": 40000, "meld": 13500, "carer": 5000, "isear": 3000, "emobank": 8000}


@dataclass(frozen=True)
class TrainConfig:
    """Optimisation settings; the defaults produced the shipped weights."""

    head_epochs: int = 12
    epochs: int = 2  # stage 2 (tuned layers + heads)
    batch_size: int = 64
    head_lr: float = 2e-3
    lr: float = 1e-4
    weight_decay: float = 0.01
    label_smoothing: float = 0.05
    va_weight: float = 0.5
    seed: int = 0


@dataclass
class Pool:
    """Training examples of all corpora: cache rows, soft targets, class masks, VA targets and corpus ids."""

    rows: np.ndarray
    target: np.ndarray  # (N, 7)
    classes: np.ndarray  # (N, 7) bool
    va: np.ndarray  # (N, 2)
    is_va: np.ndarray  # (N,) bool
    corpus: np.ndarray  # (N,) index into td.CORPORA


def frozen_layers(tuned: int) -> str:
    """' and layers 0-K' for the frozen encoder layers below the `tuned` top ones ('' when all are tuned)."""
    frozen = EncoderConfig().layers - tuned
    return f" and layers 0-{frozen - 1}" if frozen > 0 else ""


def make_pool(splits: dict[str, td.Split], data: dict) -> Pool:
    parts = []
    for k, corpus in enumerate(td.CORPORA):
        s = splits[f"{corpus}-train"]
        n = len(s.texts)
        va = corpus == "emobank"
        parts.append(Pool(td.rows_of(s, data),
                          np.zeros((n, NUM_CLASSES), np.float32) if va else s.target,
                          np.ones((n, NUM_CLASSES), bool) if va else np.tile(td.classes_present(corpus), (n, 1)),
                          s.target if va else np.zeros((n, 2), np.float32),
                          np.full(n, va), np.full(n, k)))
    return Pool(*(np.concatenate([getattr(p, f) for p in parts]) for f in Pool.__dataclass_fields__))


def epoch_sample(pool: Pool, rng: np.random.Generator) -> np.ndarray:
    """Indices into the pool: PER_EPOCH examples of each corpus (without replacement where it has enough)."""
    out = []
    for k, corpus in enumerate(td.CORPORA):
        idx = np.flatnonzero(pool.corpus == k)
        n = PER_EPOCH[corpus]
        out.append(rng.choice(idx, n, replace=n > len(idx)))
    return rng.permutation(np.concatenate(out))


def losses(logits, va_pred, target, classes, va, is_va, smoothing, va_scale, va_weight):
    """Per-example loss: masked soft-target cross-entropy (classification rows) or scaled MSE (VA rows)."""
    masked = jnp.where(classes, logits, -1e9)
    k = classes.sum(-1, keepdims=True)
    soft = (1 - smoothing) * target + smoothing * classes / k
    ce = -(soft * jax.nn.log_softmax(masked, -1)).sum(-1)
    mse = (((va_pred - va) / va_scale) ** 2).mean(-1)
    return jnp.where(is_va, va_weight * mse, ce)


def selection_scores(probs: dict[str, np.ndarray], va: dict[str, np.ndarray], splits: dict[str, td.Split],
                     bias: np.ndarray | None = None) -> dict[str, float]:
    """Selection figures (never test splits): GoEmotions dev macro-F1 (single-label rows), MELD tune weighted-F1,
    CARER / ISEAR val macro-F1 over their classes, EmoBank dev valence/arousal Pearson r."""
    from emotion_jax.evaluate.text import class_report, pearson

    out = {}
    for name, metric in (("goemotions-dev", "macro_f1"), ("meld-tune", "weighted_f1"), ("carer-val", "macro_f1"),
                         ("isear-val", "macro_f1")):
        out[name] = round(class_report(probs[name], splits[name], bias)[metric], 4)
    y = splits["emobank-dev"].target
    out["emobank-dev-valence_r"] = round(pearson(va["emobank-dev"][:, 0], y[:, 0]), 4)
    out["emobank-dev-arousal_r"] = round(pearson(va["emobank-dev"][:, 1], y[:, 1]), 4)
    out["score"] = round(float(np.mean([out["goemotions-dev"], out["meld-tune"], out["emobank-dev-valence_r"],
                                        out["emobank-dev-arousal_r"]])), 4)
    return out


SELECT = ("goemotions-dev", "meld-tune", "carer-val", "isear-val", "emobank-dev")
HELD_OUT = ("goemotions-test", "meld-dev", "carer-test", "isear-test", "emobank-test")


def train_heads(config: TrainConfig, tc: TextConfig, pool: Pool, data: dict, splits, va_scale) -> TextHeads:
    """Stage 1: heads on cached pooled features; keep the epoch best on the selection splits."""
    heads = TextHeads(tc, rngs=nnx.Rngs(config.seed))
    heads.train()
    feats = np.asarray(data["pooled"])
    steps = config.head_epochs * (sum(PER_EPOCH.values()) // config.batch_size)
    opt = nnx.Optimizer(heads, optax.adamw(optax.cosine_onecycle_schedule(steps, config.head_lr),
                                           weight_decay=config.weight_decay), wrt=nnx.Param)

    @nnx.jit
    def step(heads, opt, x, target, classes, va, is_va):
        def loss_fn(heads):
            logits, va_pred = heads(x)
            return losses(logits, va_pred, target, classes, va, is_va, config.label_smoothing, va_scale,
                          config.va_weight).mean()

        loss, grads = nnx.value_and_grad(loss_fn)(heads)
        opt.update(heads, grads)
        return loss

    @nnx.jit
    def infer(heads, x):
        logits, va = heads(x)
        return jax.nn.softmax(logits, -1), va

    rng = np.random.default_rng(config.seed)
    best, best_state = -1.0, None
    for epoch in range(config.head_epochs):
        order = epoch_sample(pool, rng)
        ls = []
        for i in range(len(order) // config.batch_size):
            b = order[i * config.batch_size:(i + 1) * config.batch_size]
            ls.append(step(heads, opt, feats[pool.rows[b]], pool.target[b], pool.classes[b], pool.va[b],
                           pool.is_va[b]))
        heads.eval()
        probs, vas = {}, {}
        for name in SELECT:
            probs[name], vas[name] = (np.asarray(a) for a in infer(heads, feats[td.rows_of(splits[name], data)]))
        heads.train()
        scores = selection_scores(probs, vas, splits)
        print(f"heads epoch {epoch + 1}/{config.head_epochs} loss {float(np.mean([float(v) for v in ls])):.4f} "
              f"{scores}", flush=True)
        if scores["score"] > best:
            best, best_state = scores["score"], jax.tree.map(np.asarray, nnx.state(heads, nnx.Param))
    nnx.update(heads, best_state)
    heads.eval()
    return heads


def batches_by_length(order: np.ndarray, lengths: np.ndarray, batch: int, rng: np.random.Generator):
    """Length-bucketed batches: sort chunks of 50 batches by length, cut into batches, shuffle the batches."""
    chunk = 50 * batch
    out = []
    for c in range(0, len(order) - batch + 1, chunk):
        part = order[c:c + chunk]
        part = part[np.argsort(lengths[part], kind="stable")]
        out += [part[i:i + batch] for i in range(0, len(part) - batch + 1, batch)]
    return [out[i] for i in rng.permutation(len(out))]


def predict_states(model: TextEmotion, data: dict, rows: np.ndarray, batch: int = 128) -> tuple[np.ndarray,
                                                                                                  np.ndarray]:
    """Probabilities (no prior correction) and VA of cache rows, through the model's tuned layers and heads."""
    model.eval()

    lengths = data["offsets"][rows + 1] - data["offsets"][rows]
    order = np.argsort(lengths, kind="stable")
    probs = np.zeros((len(rows), NUM_CLASSES), np.float32)
    vas = np.zeros((len(rows), 2), np.float32)
    for i in range(0, len(order), batch):
        idx = order[i:i + batch]
        x, mask = td.padded_states(data, rows[idx])
        pad = batch - len(idx)
        if pad:
            x = np.concatenate([x, np.zeros((pad, *x.shape[1:]), np.float32)])
            mask = np.concatenate([mask, np.ones((pad, mask.shape[1]), np.int32)])
        p, v = _infer(model, x, mask)
        probs[idx], vas[idx] = np.asarray(p)[:len(idx)], np.asarray(v)[:len(idx)]
    model.train()
    return probs, vas


@nnx.jit
def _infer(model, x, mask):
    _, _, logits, va = model(x, mask)
    return jax.nn.softmax(logits, -1), va


def train(config: TrainConfig, tc: TextConfig, out: Path) -> dict:
    data = td.extract(tune_layers=tc.tuned_layers)
    splits = td.all_splits()
    pool = make_pool(splits, data)
    va_scale = jnp.asarray(splits["emobank-train"].target.std(0))
    t0 = time.time()
    heads = train_heads(config, tc, pool, data, splits, va_scale)
    head_seconds = time.time() - t0

    from emotion_jax.text.encoder import load_encoder

    model = init_from_encoder(TextEmotion(tc, rngs=nnx.Rngs(config.seed)), load_encoder())
    nnx.update(model.heads, nnx.state(heads, nnx.Param))
    rows_sel = {name: td.rows_of(splits[name], data) for name in SELECT}

    def evaluate_selection(model):
        probs, vas = {}, {}
        for name in SELECT:
            probs[name], vas[name] = predict_states(model, data, rows_sel[name])
        return probs, vas

    probs, vas = evaluate_selection(model)
    best_scores = selection_scores(probs, vas, splits)
    print(f"after stage 1 (frozen encoder): {best_scores}", flush=True)
    best_state, best_epoch, history = jax.tree.map(np.asarray, nnx.state(model, nnx.Param)), 0, []
    history.append({"epoch": 0, **best_scores})

    lengths = data["offsets"][pool.rows + 1] - data["offsets"][pool.rows]
    rng = np.random.default_rng(config.seed + 1)
    steps = config.epochs * (sum(PER_EPOCH.values()) // config.batch_size)
    schedule = optax.warmup_cosine_decay_schedule(0.0, config.lr, max(steps // 20, 1), max(steps, 2))
    model.train()
    opt = nnx.Optimizer(model, optax.adamw(schedule, weight_decay=config.weight_decay), wrt=nnx.Param)

    @nnx.jit
    def step(model, opt, x, mask, target, classes, va, is_va):
        def loss_fn(model):
            _, _, logits, va_pred = model(x, mask)
            return losses(logits, va_pred, target, classes, va, is_va, config.label_smoothing, va_scale,
                          config.va_weight).mean()

        loss, grads = nnx.value_and_grad(loss_fn)(model)
        opt.update(model, grads)
        return loss

    t1 = time.time()
    for epoch in range(config.epochs):
        batches = batches_by_length(epoch_sample(pool, rng), lengths, config.batch_size, rng)
        ls = []
        for n, b in enumerate(batches):
            x, mask = td.padded_states(data, pool.rows[b])
            ls.append(step(model, opt, x, mask, pool.target[b], pool.classes[b], pool.va[b], pool.is_va[b]))
            if n % 100 == 0:
                print(f"  epoch {epoch + 1} step {n}/{len(batches)} loss {float(ls[-1]):.4f} "
                      f"({time.time() - t1:.0f} s)", flush=True)
        probs, vas = evaluate_selection(model)
        scores = selection_scores(probs, vas, splits)
        history.append({"epoch": epoch + 1, "loss": round(float(np.mean([float(v) for v in ls])), 4), **scores})
        print(f"stage-2 epoch {epoch + 1}/{config.epochs}: {scores} ({time.time() - t1:.0f} s)", flush=True)
        if scores["score"] > best_scores["score"]:
            best_scores, best_epoch = scores, epoch + 1
            best_state = jax.tree.map(np.asarray, nnx.state(model, nnx.Param))
    nnx.update(model, best_state)
    tune_seconds = time.time() - t1

    # Prior correction: logit bias = -tau * log(GoEmotions train class prior), tau chosen on the selection splits.
    probs, vas = evaluate_selection(model)
    prior = splits["goemotions-train"].target.mean(0)
    taus = {}
    for tau in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7):
        taus[tau] = selection_scores(probs, vas, splits, -tau * np.log(prior))
    tau = max(taus, key=lambda t: taus[t]["score"])
    print("prior correction: " + ", ".join(f"tau {t}: {s['score']}" for t, s in taus.items()) + f" -> {tau}")
    bias = tuple(round(float(b), 5) for b in -tau * np.log(prior))
    final = TextEmotion(replace(tc, logit_bias=bias), rngs=nnx.Rngs(0))
    nnx.update(final, nnx.state(model, nnx.Param))
    final.eval()

    from emotion_jax.evaluate.text import held_out_from_cache

    held = held_out_from_cache(final, data, splits)
    record = {
        "command": f"emotion-jax train text --epochs {config.epochs} --head-epochs {config.head_epochs}"
                   + (f" --tune-layers {tc.tuned_layers}" if tc.tuned_layers != TextConfig.tuned_layers else "")
                   + (f" --lr {config.lr:g}" if config.lr != TrainConfig.lr else ""),
        "data": {
            "root": "../shared/data/text",
            "mix": {c: {"train_sentences": int((pool.corpus == k).sum()), "samples_per_epoch": PER_EPOCH[c]}
                    for k, c in enumerate(td.CORPORA)},
            "why": "GoEmotions (Ekman) and MELD are the targets and closest to spontaneous/conversational text; "
                   "CARER adds first-person 'i feel ...' statements like clients' self-reports; ISEAR adds "
                   "disgust/fear episodes that are rare elsewhere; EmoBank is the only valence/arousal source. "
                   "SST-2 left out (binary sentiment, not emotions).",
            "features": f"frozen all-MiniLM-L6-v2 (Flax port) embeddings{frozen_layers(tc.tuned_layers)}, cached "
                        f"once; the top {tc.tuned_layers} layer(s) fine-tuned",
            "labels": "7 classes in labels.EMOTIONS order; each corpus' softmax masked to the classes it labels",
        },
        "split": {"train": [f"{c}-train" for c in td.CORPORA], "select": list(SELECT), "held_out": list(HELD_OUT),
                  "meld_tune": "MELD train dialogues with Dialogue_ID % 10 == 0 (held back from training)",
                  "isear": "seeded (0) 80/10/10 split of the rows mapped into our classes",
                  "sizes": {k: len(s.texts) for k, s in splits.items()}},
        "train_config": asdict(config),
        "selection": {"rule": "stage-2 epoch (0 = frozen encoder) with the best mean of GoEmotions dev macro-F1, "
                              "MELD tune weighted-F1, EmoBank dev valence r and arousal r; then the prior-correction "
                              "tau on the same score", "best_epoch": best_epoch, "tau": tau,
                      "tau_scores": {str(t): s["score"] for t, s in taus.items()}, "scores": taus[tau]},
        "held_out": {"note": "computed once after training and selection from the cached encoder features "
                             "(the official figures come from `emotion-jax eval text`, which reads raw text)",
                     **held},
        "history": history,
        "seconds": {"feature_extraction (when the cache was made)": round(float(data["seconds"])),
                    "heads": round(head_seconds), "fine_tuning": round(tune_seconds)},
        "machine": checkpoint.machine(),
    }
    save(final, out, record)
    return record


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="emotion-jax train text", description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=TrainConfig.epochs, help="stage-2 (fine-tuning) epochs")
    p.add_argument("--head-epochs", type=int, default=TrainConfig.head_epochs, help="heads-only epochs")
    p.add_argument("--lr", type=float, default=TrainConfig.lr, help="peak learning rate of the fine-tuned layers")
    p.add_argument("--tune-layers", type=int, default=TextConfig.tuned_layers,
                   help="top MiniLM layers fine-tuned (and shipped); their inputs are cached once per choice")
    p.add_argument("--out", type=Path, default=WEIGHTS_DIR / "text")
    args = p.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    record = train(TrainConfig(epochs=args.epochs, head_epochs=args.head_epochs, lr=args.lr),
                   TextConfig(tuned_layers=args.tune_layers), args.out)
    h = record["held_out"]
    print(f"held out: GoEmotions test macro-F1 {h['goemotions-test']['macro_f1']:.4f}, MELD dev weighted-F1 "
          f"{h['meld-dev']['weighted_f1']:.4f}, EmoBank test r valence {h['emobank-test']['valence_r']:.4f} "
          f"arousal {h['emobank-test']['arousal_r']:.4f}; weights at {args.out}.msgpack")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
