"""Word error rate the way ASR papers count it: lower case, punctuation stripped, numbers as spoken; the edit
distance is jiwer's (the normalisation is ours: jiwer has no spoken-number rule)."""

from __future__ import annotations

import re

import jiwer

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spoken_number(n: int) -> list[str]:
    """English words for a non-negative integer below a billion (e.g. 42 -> ['forty', 'two'])."""
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        return [_TENS[n // 10]] + ([_ONES[n % 10]] if n % 10 else [])
    for size, name in ((1_000_000, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            return spoken_number(n // size) + [name] + (spoken_number(n % size) if n % size else [])
    raise AssertionError("unreachable")


def normalize_words(text: str) -> list[str]:
    """Lower-case words without punctuation (inner apostrophes kept), digits spelled out as spoken."""
    words: list[str] = []
    for token in re.findall(r"[\w']+", text.lower()):
        token = token.strip("'")
        if token.isdigit() and len(token) < 10:
            words += spoken_number(int(token))
        elif token:
            words.append(token)
    return words


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(substitutions + deletions + insertions, reference word count) after normalisation (jiwer's alignment)."""
    ref, hyp = normalize_words(reference), normalize_words(hypothesis)
    if not ref or not hyp:  # nothing to align: every word of the other side is an error
        return len(ref) + len(hyp), len(ref)
    out = jiwer.process_words(" ".join(ref), " ".join(hyp))
    return out.substitutions + out.deletions + out.insertions, len(ref)


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word edit distance over the reference's length (empty reference: 0 if nothing was heard, else 1)."""
    errors, n = word_errors(reference, hypothesis)
    return errors / n if n else float(errors > 0)
