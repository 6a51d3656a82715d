"""Recall and precision of `privacy.redact.propose` on hand-written transcripts with planted personal details.

    python benchmarks/redaction.py                 # TEST set -> benchmarks/redaction.md
    python benchmarks/redaction.py --set dev -v    # DEV set (the one rules are tuned on), errors printed

Transcripts mark gold spans inline as [[CATEGORY:text]]. They become Whisper-style words (leading spaces, 0.3 s
each). Scoring is token-level: a word is gold when its text lies in a gold span, predicted when a proposal covers
it. Per category, recall counts that category's gold words redacted under any category, precision counts that
category's predicted words that are gold under any category (a name tagged PLACE is still redacted).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import time
from collections import Counter
from pathlib import Path

from privacy.redact import CATEGORIES, Word, propose

HERE = Path(__file__).parent
_MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")


def parse(marked: str) -> tuple[list[Word], list[str | None]]:
    """Words of a marked-up transcript and each word's gold category (None for no personal detail)."""
    plain, gold_chars, pos = [], [], 0
    for m in _MARK.finditer(marked):
        plain.append(marked[pos : m.start()])
        gold_chars.append((sum(map(len, plain)), sum(map(len, plain)) + len(m.group(2)), m.group(1)))
        plain.append(m.group(2))
        pos = m.end()
    plain.append(marked[pos:])
    text = "".join(plain)
    words, gold = [], []
    for k, m in enumerate(re.finditer(r"\S+", text)):
        words.append(Word(" " + m.group(), 0.3 * k, 0.3 * k + 0.25, "S1"))
        core = [i for i in range(m.start(), m.end()) if text[i].isalnum()] or [m.start()]
        gold.append(next((c for a, b, c in gold_chars if any(a <= i < b for i in core)), None))
    return words, gold


def predicted(words: list[Word], names: dict[str, list[str]]) -> list[str | None]:
    """Each word's proposed category (None when no proposal covers it)."""
    out: list[str | None] = [None] * len(words)
    for p in propose(words, names=names):
        for k in range(p.start, p.stop):
            out[k] = p.category
    return out


def score(transcripts: list[dict], verbose: bool = False) -> dict[str, Counter]:
    """Per-category counts: gold, gold redacted, predicted, predicted and gold, same category."""
    counts: dict[str, Counter] = {c: Counter() for c in (*CATEGORIES, "ALL")}
    for tr in transcripts:
        words, gold = parse(tr["text"])
        pred = predicted(words, tr.get("names", {}))
        for w, g, p in zip(words, gold, pred):
            for cat in {g, p, "ALL"} - {None}:
                c = counts[cat]
                c["gold"] += cat in (g, "ALL") and g is not None
                c["found"] += cat in (g, "ALL") and g is not None and p is not None
                c["pred"] += cat in (p, "ALL") and p is not None
                c["right"] += cat in (p, "ALL") and p is not None and g is not None
            counts["ALL"]["same"] += g is not None and g == p
            if verbose and g != p:
                print(f"{tr['id']}: {w.text.strip()!r} gold={g} pred={p}")
    return counts


def speed(transcripts: list[dict], repeats: int = 20) -> float:
    """Words per second of `propose` over one long transcript made of all of them, `repeats` times over."""
    words = [w for tr in transcripts for w in parse(tr["text"])[0]] * repeats
    t0 = time.perf_counter()
    propose(words)
    return len(words) / (time.perf_counter() - t0)


def table(counts: dict[str, Counter]) -> str:
    rows = ["| category | gold words | recall | predicted words | precision |", "|---|---:|---:|---:|---:|"]
    for cat, c in counts.items():
        recall = f"{c['found'] / c['gold']:.3f}" if c["gold"] else "-"
        precision = f"{c['right'] / c['pred']:.3f}" if c["pred"] else "-"
        rows.append(f"| {cat} | {c['gold']} | {recall} | {c['pred']} | {precision} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["test", "dev"], default="test")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every word where gold and proposal differ")
    args = parser.parse_args()
    data = json.loads((HERE / "redaction_data" / f"{args.set}.json").read_text())["transcripts"]
    counts = score(data, args.verbose)
    rate = speed(data)
    c = counts["ALL"]
    command = f"python benchmarks/redaction.py{' --set dev' if args.set == 'dev' else ''}"
    report = (
        f"# Redaction: recall and precision on the {args.set.upper()} set\n\n"
        f"`{command}` on {platform.node() or 'this machine'} "
        f"(2-core CPU, {platform.python_implementation()} {platform.python_version()}): "
        f"{len(data)} transcripts, token-level, default `RedactConfig`.\n\n"
        f"{table(counts)}\n\n"
        f"Words redacted under their gold category: {c['same']} of {c['gold']}. "
        f"Speed: {rate:,.0f} words/s (`propose`, one {len(data) * 20}-transcript-long input).\n\n"
        "Recall per category: that category's gold words redacted under any category. Precision per category: "
        "words proposed under that category that are gold under any category.\n\n"
        "Caveat: the sets were hand-written by the author of the rules (the TEST set first, and never tuned on), so "
        "they share the rules' blind spots; expect lower figures on real sessions (unlisted names and places, "
        "Whisper errors).\n"
    )
    print(report)
    if args.set == "test":
        (HERE / "redaction.md").write_text(report)


if __name__ == "__main__":
    main()
