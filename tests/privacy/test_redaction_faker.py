"""The Faker-based transcript generator (benchmarks/redaction_faker), the tagger's third source of training text:
deterministic, and its gold spans are exact, typed as the tagger types, and laid on the segments' words."""

import os
import subprocess
import sys

import pytest

pytest.importorskip("faker")

from benchmarks.redaction_faker import generate  # noqa: E402
from privacy import redact_tagger as T  # noqa: E402

KINDS = {"NAME": {"name"}, "PLACE": {"geographic"}, "ADDRESS": {"street address", "postcode/zip"},
         "DATE": {"date", "date of birth"}, "PHONE": {"phone", "fax"}, "EMAIL": {"e-mail"}, "URL": {"web address"},
         "AGE": {"age over 89"},
         "ID": {"IP address", "medical record number", "health plan number", "social security number",
                "account number", "certificate/licence number", "vehicle identifier", "device identifier"}}


def test_same_seed_same_records_other_seed_other_records():
    a, b = generate.build(seed=5, n=12), generate.build(seed=5, n=12)
    assert a == b
    assert [r["text"] for r in generate.build(seed=6, n=12)] != [r["text"] for r in a]


def test_same_records_in_every_process():
    """Faker's Italian towns come from a set, so without our sorting the records changed with string hashing."""
    code = ("import hashlib, json; from benchmarks.redaction_faker import generate; "
            "print(hashlib.sha256(json.dumps(generate.build(seed=3001, n=40)).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert len(digests) == 1


def test_spans_are_exact_typed_and_on_the_words():
    records = generate.build(seed=11, n=40)
    assert {r["style"] for r in records} >= {"cased", "bare"}
    seen = set()
    for r in records:
        text, spans = r["text"], r["spans"]
        assert text == " ".join(text.split())
        assert [w["word"] for s in r["segments"] for w in s["words"]] == text.split()
        for s in r["segments"]:
            assert s["speaker"] in ("client", "therapist") and s["start"] <= s["end"]
            assert all(w["start"] < w["end"] for w in s["words"])
        end = -1
        for g in spans:
            assert g["text"] == text[g["start"]:g["end"]] and g["text"] == g["text"].strip()
            assert g["type"] in T.TYPES and g["kind"] in KINDS[g["type"]]
            assert g["start"] > end  # sorted, no overlaps
            end = g["end"]
            seen.add(g["type"])
    assert seen >= {"NAME", "PLACE", "ADDRESS"}
