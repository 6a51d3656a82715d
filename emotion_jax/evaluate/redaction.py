"""The `redaction` eval task: texts with gold personal-detail spans -> privacy.redact's proposals -> P/R/F1.

A gold span is found when the proposed spans cover all of its characters; a proposed span that overlaps no
gold span is a false positive. Texts are split into words on whitespace, as a transcript's words arrive.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import numpy as np

from emotion_jax.evaluate.manifest import ManifestError
from privacy import redact


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    """The manifest's records; ManifestError naming the first line that is not a valid record."""
    if not path.is_file():
        raise ManifestError(f"manifest not found: {path}")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text, spans = record["text"], record.get("spans", [])
            if not isinstance(text, str) or any(not 0 <= s["start"] < s["end"] <= len(text) for s in spans):
                raise ValueError("spans must lie inside the text")
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
            raise ManifestError(f"{path}:{number}: not a redaction record ({err})") from err
        records.append(record)
    if not records:
        raise ManifestError(f"{path}: the manifest has no records")
    return records[:limit] if limit else records


def proposed_spans(text: str, participants: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, category) character spans of the text that privacy.redact proposes."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    words = [redact.Word(text[a:b], float(i), float(i) + 1.0) for i, (a, b) in enumerate(tokens)]
    names = {f"participant {i + 1}": [name] for i, name in enumerate(participants)}
    return [(tokens[p.start][0], tokens[p.stop - 1][1], p.category) for p in redact.propose(words, names)]


def score(path: Path, limit: int | None = None) -> dict:
    """Precision, recall and F1 overall, and recall per gold type."""
    start = time.perf_counter()
    records = read_jsonl(path, limit)
    found, gold, true_proposals, proposals = 0, 0, 0, 0
    per_type: dict[str, list[int]] = {}
    for record in records:
        text = record["text"]
        spans = proposed_spans(text, list(record.get("participants", [])))
        covered = np.zeros(len(text) + 1, bool)
        for a, b, _ in spans:
            covered[a:b] = True
        for g in record.get("spans", []):
            hit = bool(covered[g["start"]:g["end"]].all())
            counts = per_type.setdefault(str(g.get("type", "?")), [0, 0])
            counts[0] += hit
            counts[1] += 1
            found, gold = found + hit, gold + 1
        for a, b, _ in spans:
            proposals += 1
            true_proposals += any(a < g["end"] and g["start"] < b for g in record.get("spans", []))
    precision, recall = true_proposals / max(proposals, 1), found / max(gold, 1)
    return {"n": len(records), "skipped": [], "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / max(precision + recall, 1e-9),
            "per_type": {t: {"recall": c[0] / c[1], "found": c[0], "support": c[1]}
                         for t, c in sorted(per_type.items())},
            "model": {"name": "privacy.redact rules and word lists", "weights": "-"},
            "seconds": round(time.perf_counter() - start, 2)}
