"""Recall and precision of `privacy.redact.propose` on generated transcripts it was never tuned on.

    python -m benchmarks.redaction_data.generate && python -m benchmarks.redaction   # DEV -> benchmarks/redaction.md
    python -m benchmarks.redaction --set tune -v   # TUNE (the only set rules are tuned on), misses printed

Scoring is `emotion-jax eval redaction`'s (emotion_jax.evaluate.redaction): texts split into words on
whitespace; a gold span is found when proposals cover all its characters; a proposal overlapping no gold span
is a false positive.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from emotion_jax.evaluate.redaction import proposed_spans, score

HERE = Path(__file__).parent
DATA = HERE / "redaction_data"


def speed(path: Path) -> float:
    """Words per second of proposing over the whole set, read as one text per record."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    proposed_spans("warm up", [])
    t0 = time.perf_counter()
    for r in records:
        proposed_spans(r["text"], r["participants"])
    return sum(len(r["text"].split()) for r in records) / (time.perf_counter() - t0)


def table(rows: dict, key: str, what: str) -> str:
    out = [f"| {what} | support | {key} |", "|---|---:|---:|"]
    count = "support" if key == "recall" else "proposed"
    out += [f"| {name} | {r[count]} | {r[key]:.3f} |" for name, r in rows.items()]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["dev", "tune"], default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and false positive")
    args = parser.parse_args()
    path = DATA / f"{args.set}.jsonl"
    misses: list = []
    report = score(path, misses=misses)
    if args.verbose:
        for rid, text, what in misses:
            print(f"{rid}: {what}: {text!r}")
    rate = speed(path)
    cpu = f"{os.cpu_count()}-core CPU, {platform.python_implementation()} {platform.python_version()}"
    md = (f"# Redaction: recall and precision on the {args.set.upper()} set\n\n"
          f"`python -m benchmarks.redaction{' --set tune' if args.set == 'tune' else ''}` on "
          f"{platform.node() or 'this machine'} ({cpu}), {time.strftime('%Y-%m-%d')}: {report['n']} generated "
          f"transcripts (`{path.relative_to(HERE.parent)}`), model {report['model']['weights']}.\n\n"
          f"Overall: recall **{report['recall']:.3f}**, precision **{report['precision']:.3f}** "
          f"(F1 {report['f1']:.3f}); {rate:,.0f} words/s.\n\n"
          f"Recall per type:\n\n{table(report['per_type'], 'recall', 'type')}\n\n"
          f"Recall per HIPAA kind:\n\n{table(report['per_kind'], 'recall', 'kind')}\n\n"
          f"Precision per proposed category:\n\n{table(report['per_category'], 'precision', 'category')}\n")
    print(md)
    if args.set == "dev":
        (HERE / "redaction.md").write_text(md + (HERE / "redaction_notes.md").read_text()
                                           if (HERE / "redaction_notes.md").exists() else md)


if __name__ == "__main__":
    main()
