"""Text encoder speed: utterances/s of TextEncoder.embed (JAX) and of the sentence-transformers (torch) reference.

Both embed the first 2,000 GoEmotions test sentences, tokenisation included. Run:
`.venv/bin/python benchmarks/text_speed.py` (writes benchmarks/text_speed.md) on an idle machine.
"""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

from emotion_jax.text.encoder import BUCKETS, TextEncoder, load_encoder, model_dir

HERE = Path(__file__).parent
SENTENCES = HERE.parent.parent / "shared" / "data" / "text" / "goemotions" / "ekman" / "test.tsv"
N = 2000


def _texts() -> list[str]:
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines[:N]]


def jax_speed(texts: list[str], batch: int) -> tuple[float, float]:
    """(utterances/s once compiled, seconds of jit compilation) for TextEncoder.embed at this batch size."""
    encoder = TextEncoder(load_encoder(), batch_size=batch)
    t = time.perf_counter()
    encoder.embed(texts)  # compiles every (rows, bucket) shape the sentences need
    first = time.perf_counter() - t
    t = time.perf_counter()
    encoder.embed(texts)
    steady = time.perf_counter() - t
    return len(texts) / steady, first - steady


def torch_speed(texts: list[str], batch: int) -> float:
    """Utterances/s of SentenceTransformer.encode (torch, CPU) from the same model folder."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir()), device="cpu")
    model.encode(texts[:batch], batch_size=batch)
    t = time.perf_counter()
    model.encode(texts, batch_size=batch)
    return len(texts) / (time.perf_counter() - t)


def main() -> None:
    texts = _texts()
    load_before = os.getloadavg()[0]
    rows = []
    for batch in (64, 128):
        rate, compile_s = jax_speed(texts, batch)
        rows.append(f"| {batch} | {rate:,.0f} | {compile_s:.1f} | {torch_speed(texts, batch):,.0f} |")
    import torch

    machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, CPU only, "
               f"torch threads {torch.get_num_threads()}")
    text = "\n".join([
        "# Text encoder speed (all-MiniLM-L6-v2)", "",
        f"Machine: {machine}. Command: `.venv/bin/python benchmarks/text_speed.py`. "
        f"Date: {time.strftime('%Y-%m-%d')}.",
        f"Load average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
        + (": the 2 cores were shared with other jobs, so both columns are lower than on an idle machine; compare "
           "them with each other." if load_before > 1.0 else " (the benchmark's own load: an idle machine)."), "",
        f"{len(texts):,} GoEmotions test sentences, tokenisation included. JAX: TextEncoder.embed, float32, inputs "
        f"sorted by length, padded to buckets {BUCKETS} and fixed batch rows; compilation (first pass minus "
        "second) reported separately. Torch: SentenceTransformer.encode on the same model folder.", "",
        "| batch | JAX utterances/s | JAX compile (s) | torch utterances/s |", "|---|---|---|---|", *rows, ""])
    (HERE / "text_speed.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
