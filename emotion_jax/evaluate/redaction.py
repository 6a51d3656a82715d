"""The `redaction` eval task: texts with gold personal-detail spans -> privacy.redact's proposals -> P/R/F1.

A gold span is found when the proposed spans cover all of its characters; a proposed span that overlaps no
gold span is a false positive. Texts are split into words on whitespace, as a transcript's words arrive.
Recall is given per gold type (and per `kind` where records name one), precision per proposed category.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from pathlib import Path

import numpy as np

from emotion_jax.evaluate.manifest import ManifestError
from privacy import redact, redact_model, redact_tagger


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


def score(path: Path, limit: int | None = None, misses: list | None = None) -> dict:
    """Precision, recall and F1 overall, recall per gold type and kind, precision per proposed category.

    `misses`, when given, collects (record id, text, what) for every missed gold span and false positive."""
    start = time.perf_counter()
    records = read_jsonl(path, limit)
    per_type: dict[str, list[int]] = {}
    per_kind: dict[str, list[int]] = {}
    per_category: dict[str, list[int]] = {}
    for record in records:
        text, gold = record["text"], record.get("spans", [])
        spans = proposed_spans(text, list(record.get("participants", [])))
        covered = np.zeros(len(text) + 1, bool)
        for a, b, _ in spans:
            covered[a:b] = True
        for g in gold:
            hit = bool(covered[g["start"]:g["end"]].all())
            for table, key in ((per_type, str(g.get("type", "?"))), (per_kind, g.get("kind"))):
                if key is not None:
                    counts = table.setdefault(key, [0, 0])
                    counts[0], counts[1] = counts[0] + hit, counts[1] + 1
            if not hit and misses is not None:
                misses.append((record.get("id"), text[g["start"]:g["end"]], f"missed {g.get('type')}"))
        for a, b, category in spans:
            right = any(a < g["end"] and g["start"] < b for g in gold)
            counts = per_category.setdefault(category, [0, 0])
            counts[0], counts[1] = counts[0] + right, counts[1] + 1
            if not right and misses is not None:
                misses.append((record.get("id"), text[a:b], f"false {category}"))
    found, gold_n = sum(c[0] for c in per_type.values()), sum(c[1] for c in per_type.values())
    right, proposals = sum(c[0] for c in per_category.values()), sum(c[1] for c in per_category.values())
    precision, recall = right / max(proposals, 1), found / max(gold_n, 1)
    return {"n": len(records), "skipped": [], "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / max(precision + recall, 1e-9),
            "per_type": {t: {"recall": c[0] / c[1], "found": c[0], "support": c[1]}
                         for t, c in sorted(per_type.items())},
            "per_kind": {k: {"recall": c[0] / c[1], "found": c[0], "support": c[1]}
                         for k, c in sorted(per_kind.items())},
            "per_category": {k: {"precision": c[0] / c[1], "right": c[0], "proposed": c[1]}
                             for k, c in sorted(per_category.items())},
            "model": {"name": f"privacy.redact: {redact_model.MODEL} (spaCy) under Presidio, with rules and the "
                              "trained transcript tagger",
                      "weights": {"ner": redact_model.MODEL,
                                  "tagger": hashlib.sha256(redact_tagger.WEIGHTS.read_bytes()).hexdigest()[:12]}},
            "seconds": round(time.perf_counter() - start, 2)}
