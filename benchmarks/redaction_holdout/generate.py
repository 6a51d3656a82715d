"""Write the blind hold-out set for transcript redaction: `benchmarks/redaction_holdout/holdout.jsonl`.

    python -m benchmarks.redaction_holdout.generate            # seed 90210, 300 transcripts
    python -m benchmarks.redaction_holdout.generate --seed 5 --n 50 --out /tmp/x.jsonl

Written without reading privacy/ or benchmarks/redaction_data/ (see README.md). Each record is a therapy session
excerpt in the style Whisper writes it, one of four styles: `cased` (capitals and punctuation), `lower` (lower
case, punctuation), `bare` (lower case, no punctuation) and `odd` (lower case with stray capitals). Records carry
`id`, `style`, `participants` (the consented names), `text` (the words joined by single spaces), `spans` (gold:
`start`, `end`, `type`, `kind`, `text`, and `disfluent` where a filler sits inside the span) and `segments`
(speaker, start, end, text and per-word times, the words of `text` in order).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from benchmarks.redaction_holdout import lists as L

HERE = Path(__file__).parent
SEED = 90210
N = 300
STYLES = (("cased", 0.3), ("lower", 0.25), ("bare", 0.3), ("odd", 0.15))
PUNCT = ",.?!;:"

# ---------------------------------------------------------------- spoken numbers

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
       "twelve": "twelfth"}


def cardinal(n: int, rng: random.Random) -> list[str]:
    if n < 20:
        return [ONES[n]]
    if n < 100:
        return [TENS[n // 10]] + ([ONES[n % 10]] if n % 10 else [])
    if n < 1000:
        rest = n % 100
        head = [ONES[n // 100], "hundred"]
        return head + ((["and"] if rng.random() < 0.7 else []) + cardinal(rest, rng) if rest else [])
    if 1000 < n < 10000 and n % 1000 >= 100 and rng.random() < 0.5:  # "fourteen twelve"
        return cardinal(n // 100, rng) + (["oh"] + cardinal(n % 100, rng) if n % 100 < 10 else cardinal(n % 100, rng))
    head = cardinal(n // 1000, rng) + ["thousand"]
    rest = n % 1000
    return head + ((["and"] if rest < 100 else []) + cardinal(rest, rng) if rest else [])


def ordinal(n: int, rng: random.Random) -> list[str]:
    words = cardinal(n, rng)
    last = words[-1]
    if last in ORD:
        words[-1] = ORD[last]
    elif last.endswith("y"):
        words[-1] = last[:-1] + "ieth"
    else:
        words[-1] = last + "th"
    return words


def year_words(y: int, rng: random.Random) -> list[str]:
    if 2000 <= y < 2010:
        return ["two", "thousand"] + (["and"] if rng.random() < 0.6 else []) + ([ONES[y - 2000]] if y > 2000 else [])
    if 2010 <= y < 2100:
        if rng.random() < 0.7:
            return ["twenty"] + cardinal(y - 2000, rng)
        return ["two", "thousand", "and"] + cardinal(y - 2000, rng)
    lo = y % 100
    return cardinal(y // 100, rng) + (["hundred"] if lo == 0 else ["oh", ONES[lo]] if lo < 10 else cardinal(lo, rng))


def digit_words(s: str, rng: random.Random, hesitate: float = 0.0) -> list[str]:
    """'07700' -> oh seven seven double oh; non-digits are letters said one by one; spaces may pause."""
    out: list[str] = []
    oh = rng.random() < 0.8
    i = 0
    while i < len(s):
        c = s[i]
        if c == " ":
            if hesitate and rng.random() < hesitate:
                out.append(rng.choice(["um", "uh", "erm"]))
            i += 1
            continue
        if c in "-/":
            if rng.random() < 0.3:
                out.append("dash" if c == "-" else "slash")
            i += 1
            continue
        if not c.isdigit():
            out.append(c.lower())
            i += 1
            continue
        run = 1
        while i + run < len(s) and s[i + run] == c:
            run += 1
        word = "oh" if c == "0" and oh else ONES[int(c)]
        if run >= 3 and rng.random() < 0.5:
            out += ["triple", word]
            i += 3
        elif run >= 2 and rng.random() < 0.6:
            out += ["double", word]
            i += 2
        else:
            out.append(word)
            i += 1
    return out


def pair_words(s: str, rng: random.Random) -> list[str]:
    """Digits read two at a time where it reads naturally: '4721' -> forty seven twenty one."""
    out: list[str] = []
    for k in range(0, len(s), 2):
        part = s[k:k + 2]
        if len(part) == 2 and part[0] != "0":
            out += cardinal(int(part), rng)
        else:
            out += digit_words(part, rng)
    return out


def fold(s: str) -> str:
    """ASCII letters of a name, as it goes into an e-mail or a web address."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


# ---------------------------------------------------------------- slots

class Slot:
    """A labelled stretch: its words, its gold type and kind; `pre` words come before it, unlabelled."""

    def __init__(self, words, type_, kind, pre=(), possessive=False, disfluent=False):
        self.words, self.type, self.kind = list(words), type_, kind
        self.pre, self.possessive, self.disfluent = list(pre), possessive, disfluent


class Tx:
    """One transcript being written: its rng, style, cast and the last person said."""

    def __init__(self, rng: random.Random, style: str):
        self.rng, self.style = rng, style
        self.spelled = rng.random() < 0.5  # numbers said as words rather than digits
        self.last: list[str] = []
        self.client = self.person()
        self.therapist = self.person()
        self.therapist_title = rng.choice(["Dr", "Doctor", "Dr", "Ms", "Mr", None, None])
        self.client_nick = rng.choice(L.NICKNAMES)[1] if rng.random() < 0.2 else None

    def person(self) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
        return self.rng.choice(L.FIRST), self.rng.choice(L.SURNAMES)

    def say(self, name: tuple[str, str | None]) -> list[str]:
        """A name as Whisper may write it: its own spelling, or how it sounds where the style is not cased."""
        text, asr = name
        if asr and self.style != "cased" and self.rng.random() < 0.35:
            text = asr
        return text.split()

    def num(self, s: str, hesitate: float = 0.0) -> tuple[list[str], bool]:
        if self.spelled:
            words = digit_words(s, self.rng, hesitate)
            return words, any(w in ("um", "uh", "erm") for w in words)
        return s.split(), False


def s_first(tx: Tx) -> Slot:
    r = tx.rng.random()
    if r < 0.15:
        words = [tx.rng.choice(L.WORD_NAMES)]
    elif r < 0.22:
        words = [tx.rng.choice(L.NICKNAMES)[1]]
    else:
        words = tx.say(tx.rng.choice(L.FIRST))
    tx.last = words
    return Slot(words, "NAME", "name")


def s_full(tx: Tx) -> Slot:
    first = [tx.rng.choice(L.WORD_NAMES)] if tx.rng.random() < 0.1 else tx.say(tx.rng.choice(L.FIRST))
    words = first + tx.say(tx.rng.choice(L.SURNAMES))
    tx.last = first
    return Slot(words, "NAME", "name")


def s_again(tx: Tx) -> Slot:
    return Slot(tx.last or s_first(tx).words, "NAME", "name")


def s_clinician(tx: Tx) -> Slot:
    title = tx.rng.choice(L.CLINICIAN_TITLES)
    if title in ("Nurse", "Sister") and tx.rng.random() < 0.5:
        rest = tx.say(tx.rng.choice(L.FIRST))
    elif tx.rng.random() < 0.2:
        rest = tx.say(tx.rng.choice(L.FIRST)) + tx.say(tx.rng.choice(L.SURNAMES))
    else:
        rest = tx.say(tx.rng.choice(L.SURNAMES))
    return Slot([title] + rest, "NAME", "name")


def s_titled(tx: Tx) -> Slot:
    title = tx.rng.choice(L.OTHER_TITLES)
    return Slot([title] + tx.say(tx.rng.choice(tx.rng.choice([L.FIRST, L.SURNAMES]))), "NAME", "name")


def s_family_titled(tx: Tx) -> Slot:
    return Slot([tx.rng.choice(L.FAMILY_TITLES)] + tx.say(tx.rng.choice(L.FIRST)), "NAME", "name")


def s_nick(tx: Tx) -> Slot:
    full, nick = tx.rng.choice(L.NICKNAMES)
    tx.last = [full]
    return Slot([nick], "NAME", "name")


def s_nick_full(tx: Tx) -> Slot:
    full, nick = tx.rng.choice(L.NICKNAMES)
    tx.last = [nick]
    return Slot([full], "NAME", "name")


def s_word_name(tx: Tx) -> Slot:
    return Slot([tx.rng.choice(L.WORD_NAMES)], "NAME", "name")


def s_client_first(tx: Tx) -> Slot:
    return Slot(tx.say(tx.client[0]) if tx.rng.random() < 0.3 else tx.client[0][0].split(), "NAME", "name")


def s_client_full(tx: Tx) -> Slot:
    return Slot(tx.client[0][0].split() + tx.client[1][0].split(), "NAME", "name")


def s_client_mr(tx: Tx) -> Slot:
    return Slot([tx.rng.choice(["Mr", "Mrs", "Ms", "Miss"])] + tx.client[1][0].split(), "NAME", "name")


def s_client_nick(tx: Tx) -> Slot:
    return Slot([tx.client_nick or tx.rng.choice(L.NICKNAMES)[1]], "NAME", "name")


def s_therapist(tx: Tx) -> Slot:
    if tx.therapist_title:
        return Slot([tx.therapist_title] + tx.therapist[1][0].split(), "NAME", "name")
    return Slot(tx.therapist[0][0].split(), "NAME", "name")


def _town(tx: Tx, pool) -> Slot:
    return Slot(tx.say(tx.rng.choice(pool)), "PLACE", "geographic")


def s_town(tx: Tx) -> Slot:
    return _town(tx, tx.rng.choice([L.TOWNS_UK, L.TOWNS_UK, L.TOWNS_IE, L.TOWNS_US, L.TOWNS_CA, L.TOWNS_AU]))


def s_city_abroad(tx: Tx) -> Slot:
    city, country = tx.rng.choice(L.CITIES_ABROAD)
    tx.last = [country]
    return Slot(city.split(), "PLACE", "geographic")


def s_region(tx: Tx) -> Slot:
    r = tx.rng.random()
    if r < 0.35:
        text = tx.rng.choice(L.REGIONS_UK)
    elif r < 0.5:
        text = "County " + tx.rng.choice(L.COUNTIES_IE)
    elif r < 0.65:
        text = tx.rng.choice(L.REGIONS_US)[0]
    elif r < 0.75:
        text = tx.rng.choice(L.REGIONS_CA)[0]
    elif r < 0.85:
        text = tx.rng.choice(L.REGIONS_AU)[0]
    else:
        text = tx.rng.choice(L.REGIONS_ABROAD)
    words = text.split()
    if words[0] == "the":  # "the" stays outside the span
        return Slot(words[1:], "PLACE", "geographic", pre=["the"])
    return Slot(words, "PLACE", "geographic")


def _facility(tx: Tx, pool) -> Slot:
    words = tx.rng.choice(pool).split()
    if words[0] == "the":
        return Slot(words[1:], "PLACE", "geographic", pre=["the"])
    return Slot(words, "PLACE", "geographic")


def s_hospital(tx: Tx) -> Slot:
    return _facility(tx, L.HOSPITALS)


def s_school(tx: Tx) -> Slot:
    return _facility(tx, L.SCHOOLS)


def s_worship(tx: Tx) -> Slot:
    return _facility(tx, L.WORSHIP)


def s_work(tx: Tx) -> Slot:
    return _facility(tx, L.WORKPLACES)


def s_carehome(tx: Tx) -> Slot:
    return _facility(tx, L.CARE_HOMES)


def s_surgery(tx: Tx) -> Slot:
    return _facility(tx, L.SURGERIES)


def _house_number(tx: Tx, n: int) -> list[str]:
    if not tx.spelled:
        return [str(n)]
    if n >= 100 and tx.rng.random() < 0.5:
        return digit_words(str(n), tx.rng)
    return cardinal(n, tx.rng)


def s_street(tx: Tx) -> Slot:
    rng = tx.rng
    words: list[str] = []
    if rng.random() < 0.25:
        kind = rng.choice(["Flat", "Apartment", "Unit", "flat"])
        n = rng.randint(1, 24)
        words += [kind] + _house_number(tx, n) + ([rng.choice("ABC")] if rng.random() < 0.3 else [])
        if tx.style == "cased" and rng.random() < 0.5:
            words[-1] += ","
    n = rng.randint(1, 240)
    number = _house_number(tx, n)
    if rng.random() < 0.15:
        number[-1] += rng.choice("ab")
    words += number + rng.choice(L.STREET_NAMES).split() + [rng.choice(L.STREET_SUFFIXES)]
    return Slot(words, "ADDRESS", "street address")


def s_street_name(tx: Tx) -> Slot:
    return Slot(tx.rng.choice(L.STREET_NAMES).split() + [tx.rng.choice(L.STREET_SUFFIXES)], "ADDRESS",
                "street address")


def s_us_street(tx: Tx) -> Slot:
    n = tx.rng.randint(100, 9899)
    number = ([str(n)] if not tx.spelled else cardinal(n, tx.rng) if tx.rng.random() < 0.6
              else digit_words(str(n), tx.rng))
    words = number + [tx.rng.choice(L.US_STREET_NAMES), tx.rng.choice(L.US_STREET_SUFFIXES)]
    if tx.rng.random() < 0.2:
        words += ["Apt", str(tx.rng.randint(1, 30))]
    return Slot(words, "ADDRESS", "street address")


LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _code_words(tx: Tx, code: str) -> list[str]:
    """A postcode said aloud: letters one by one, digits as digits (or a district as a number)."""
    if not tx.spelled and tx.rng.random() < 0.8:
        return code.split() if tx.rng.random() < 0.8 else [code.replace(" ", "")]
    out: list[str] = []
    for part in code.split():
        m = re.fullmatch(r"([A-Z]{1,2})(\d{2})", part)
        if m and tx.rng.random() < 0.5:
            out += [c.lower() for c in m.group(1)] + cardinal(int(m.group(2)), tx.rng)
        else:
            out += digit_words(part, tx.rng)
    return out


def s_uk_postcode(tx: Tx) -> Slot:
    rng = tx.rng
    code = (f"{rng.choice(L.UK_AREAS)}{rng.randint(1, 29)} {rng.randint(0, 9)}"
            f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}")
    return Slot(_code_words(tx, code), "ADDRESS", "postcode/zip")


def s_eircode(tx: Tx) -> Slot:
    rng = tx.rng
    tail = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    return Slot(_code_words(tx, f"{rng.choice(L.EIRCODE_KEYS)} {tail}"), "ADDRESS", "postcode/zip")


def s_ca_postcode(tx: Tx) -> Slot:
    rng = tx.rng
    code = f"{rng.choice(L.CA_FSA)} {rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"
    return Slot(_code_words(tx, code), "ADDRESS", "postcode/zip")


def s_zip(tx: Tx) -> Slot:
    rng = tx.rng
    z = f"{rng.randint(10000, 99950):05d}"
    if rng.random() < 0.2:
        z += f"-{rng.randint(1000, 9999)}"
    if tx.spelled:
        words = digit_words(z, rng) if rng.random() < 0.7 else pair_words(z[:1], rng) + pair_words(z[1:5], rng)
    else:
        words = [z]
    return Slot(words, "ADDRESS", "postcode/zip")


def s_au_postcode(tx: Tx) -> Slot:
    region = tx.rng.choice(list(L.AU_POST))
    code = tx.rng.choice(L.AU_POST[region])
    return Slot(digit_words(code, tx.rng) if tx.spelled else [code], "ADDRESS", "postcode/zip")


def s_us_state(tx: Tx) -> Slot:
    name, abbr = tx.rng.choice(L.REGIONS_US)
    return Slot(name.split() if tx.rng.random() < 0.7 else [abbr], "PLACE", "geographic")


def s_ca_province(tx: Tx) -> Slot:
    name, abbr = tx.rng.choice(L.REGIONS_CA)
    return Slot(name.split() if tx.rng.random() < 0.8 else [abbr], "PLACE", "geographic")


def s_au_state(tx: Tx) -> Slot:
    name, abbr = tx.rng.choice(L.REGIONS_AU)
    words = name.split() if tx.rng.random() < 0.6 else list(abbr.lower()) if tx.spelled else [abbr]
    if words[0] == "the":
        return Slot(words[1:], "PLACE", "geographic", pre=["the"])
    return Slot(words, "PLACE", "geographic")


def s_county(tx: Tx) -> Slot:
    county = tx.rng.choice(L.COUNTIES_IE)
    return Slot(["County", county] if tx.rng.random() < 0.6 else ["Co.", county], "PLACE", "geographic")


def s_ie_town(tx: Tx) -> Slot:
    return _town(tx, L.TOWNS_IE)


def s_us_town(tx: Tx) -> Slot:
    return _town(tx, L.TOWNS_US)


def s_ca_town(tx: Tx) -> Slot:
    return _town(tx, L.TOWNS_CA)


def s_au_town(tx: Tx) -> Slot:
    return _town(tx, L.TOWNS_AU)


def s_uk_town(tx: Tx) -> Slot:
    return _town(tx, L.TOWNS_UK)


SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _date(tx: Tx, lo: int, hi: int, kind: str, parts: str = "dmy") -> Slot:
    rng = tx.rng
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(lo, hi)
    month = L.MONTHS[m - 1]
    th = f"{d}{SUFFIX.get(d, 'th')}"
    pre: list[str] = []
    if parts == "my":
        forms = [[month, str(y)], [month] + year_words(y, rng), [month, "of"] + year_words(y, rng)]
    elif parts == "dm":
        forms = [[th, "of", month], [th, month], [month, th], ordinal(d, rng) + ["of", month],
                 [month, "the"] + ordinal(d, rng), [month] + ordinal(d, rng)]
    else:
        yy = f"{y % 100:02d}"
        forms = [[th, month, str(y)], [month, f"{th},", str(y)], [f"{d:02d}/{m:02d}/{y}"], [f"{m}/{d}/{yy}"],
                 [f"{d}.{m:02d}.{yy}"], [th, "of", month, str(y)],
                 ordinal(d, rng) + ["of", month] + year_words(y, rng),
                 [month, "the"] + ordinal(d, rng) + year_words(y, rng)[-2:],
                 cardinal(d, rng) + ["oh" if m < 10 else ""] + cardinal(m, rng) + pair_words(yy, rng),
                 digit_words(f"{d:02d}{m:02d}{yy}", rng), [month] + ordinal(d, rng) + year_words(y, rng)]
    spoken_start = {"dm": 3, "my": 1, "dmy": 6}[parts]
    pool = forms[spoken_start:] if tx.spelled else forms[:spoken_start] + forms[spoken_start:][:1]
    words = [w for w in rng.choice(pool) if w]
    if words[0] in ("first", "second", "third") or words[0].endswith(("th", "st", "nd", "rd")):
        if rng.random() < 0.6 and words[1:2] == ["of"]:
            pre = ["the"]
    return Slot(words, "DATE", kind, pre=pre)


def s_dob(tx: Tx) -> Slot:
    return _date(tx, 1931, 2008, "date of birth")


def s_birthday(tx: Tx) -> Slot:
    return _date(tx, 1931, 2008, "date of birth", "dm")


def s_birth_month(tx: Tx) -> Slot:
    return _date(tx, 1931, 2008, "date of birth", "my")


def s_date(tx: Tx) -> Slot:
    return _date(tx, 2012, 2026, "date")


def s_day_month(tx: Tx) -> Slot:
    return _date(tx, 2020, 2026, "date", "dm")


def s_month_year(tx: Tx) -> Slot:
    return _date(tx, 1995, 2026, "date", "my")


def s_age90(tx: Tx) -> Slot:
    n = tx.rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102])
    words = [str(n)] if not tx.spelled and tx.rng.random() < 0.5 else cardinal(n, tx.rng)
    return Slot(words, "AGE", "age over 89")


def _phone_number(tx: Tx, fax: bool) -> str:
    rng = tx.rng
    r = rng.random()
    if fax:
        if r < 0.5:
            return f"0113 496 0{rng.randint(0, 999):03d}"
        if r < 0.8:
            return f"{rng.randint(201, 989)}-555-01{rng.randint(0, 99):02d}"
        return f"01632 960 {rng.randint(0, 999):03d}"
    if r < 0.35:
        return f"07700 900 {rng.randint(0, 999):03d}" if rng.random() < 0.6 else f"07700 900{rng.randint(0, 999):03d}"
    if r < 0.5:
        return f"01632 960{rng.randint(0, 999):03d}"
    if r < 0.65:
        return f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
    if r < 0.75:
        return f"08{rng.choice('35679')} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if r < 0.85:
        return f"0491 570 {rng.randint(100, 999)}"
    if r < 0.92:
        return f"+1 {rng.choice(['709', '306', '902', '250'])} 555 01{rng.randint(0, 99):02d}"
    return f"+44 7700 900{rng.randint(0, 999):03d}"


def _phone_words(tx: Tx, number: str) -> tuple[list[str], bool]:
    if not tx.spelled:
        return number.split(), False
    rng = tx.rng
    plain = number.replace("(", "").replace(")", "")
    lead: list[str] = []
    if plain.startswith("+"):
        cc, plain = plain[1:].split(" ", 1)
        lead = ["plus"] + digit_words(cc, rng)
    words = digit_words(plain, rng, hesitate=0.12)
    if rng.random() < 0.25 and re.fullmatch(r"[\d ]+", plain):  # a last group in pairs: "forty seven twenty one"
        groups = plain.split()
        if len(groups[-1]) == 4 and groups[-1][0] != "0" and groups[-1][2] != "0":
            words = digit_words(" ".join(groups[:-1]), rng) + pair_words(groups[-1], rng)
    return lead + words, any(w in ("um", "uh", "erm") for w in words)


def s_phone(tx: Tx) -> Slot:
    words, hes = _phone_words(tx, _phone_number(tx, False))
    return Slot(words, "PHONE", "phone", disfluent=hes)


def s_fax(tx: Tx) -> Slot:
    words, hes = _phone_words(tx, _phone_number(tx, True))
    return Slot(words, "PHONE", "fax", disfluent=hes)


def _local_part(tx: Tx) -> str:
    rng = tx.rng
    first, last = fold(rng.choice(L.FIRST)[0]), fold(rng.choice(L.SURNAMES)[0])
    return rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}_{last}",
                       f"{first}{rng.randint(1, 99)}", f"{last}.{first}{rng.randint(70, 99)}", f"{first}-{last}",
                       f"{rng.choice(L.WEB_WORDS)}{rng.randint(1, 9)}"])


def _spoken_address(tx: Tx, s: str, spell_letters: float = 0.1) -> list[str]:
    out: list[str] = []
    for piece in re.split(r"([._@/:-])", s):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append(tx.rng.choice(["dash", "hyphen"]))
        elif piece == "@":
            out.append("at")
        elif piece == "/":
            out.append("slash")
        elif piece == ":":
            out.append("colon")
        elif piece:
            for chunk in re.findall(r"[a-z]+|\d+", piece):
                if chunk.isdigit():
                    out += digit_words(chunk, tx.rng) if tx.rng.random() < 0.7 else [chunk]
                elif len(chunk) > 3 and tx.rng.random() < spell_letters:
                    out += list(chunk)
                else:
                    out.append(chunk)
    return out


def s_email(tx: Tx) -> Slot:
    address = f"{_local_part(tx)}@{tx.rng.choice(L.MAIL_DOMAINS)}"
    r = tx.rng.random()
    if r < 0.4:
        return Slot([address], "EMAIL", "e-mail")
    if r < 0.55:  # Whisper half-writes it
        local, domain = address.split("@")
        return Slot([local, "at", domain], "EMAIL", "e-mail")
    return Slot(_spoken_address(tx, address, 0.15), "EMAIL", "e-mail")


def _site(tx: Tx) -> str:
    return f"{tx.rng.choice(L.WEB_WORDS)}.{tx.rng.choice(L.WEB_TLDS)}"


def s_url(tx: Tx) -> Slot:
    rng = tx.rng
    r = rng.random()
    if r < 0.3:
        url = rng.choice(["www.", "https://", "https://www.", ""]) + _site(tx) + rng.choice(["", "", "/about",
                                                                                               "/shop"])
    elif r < 0.55:
        handle = fold(rng.choice(L.FIRST)[0]) + rng.choice([".", "_", ""]) + fold(rng.choice(L.SURNAMES)[0])
        url = f"{rng.choice(['instagram.com', 'facebook.com', 'tiktok.com/@', 'youtube.com/@'])}/{handle}"
        url = url.replace("@/", "@")
    elif r < 0.7:
        url = f"{rng.choice(['gofundme.com/f', 'linktr.ee', 'justgiving.com/page'])}/{rng.choice(L.WEB_WORDS)}"
    else:
        url = rng.choice(["www.", "", ""]) + _site(tx)
        if url.startswith("www.") and rng.random() < 0.6:
            words = ["w", "w", "w"] + _spoken_address(tx, url[4:].lstrip("."), 0.0)
            words.insert(3, "dot")
            return Slot(words, "URL", "web address")
        return Slot(_spoken_address(tx, url, 0.0), "URL", "web address")
    if rng.random() < 0.55 or tx.style == "cased":
        return Slot([url], "URL", "web address")
    words = _spoken_address(tx, url.replace("https://", "h t t p s :// ").replace("www.", "w w w ."), 0.0)
    return Slot([w for w in words if w], "URL", "web address")


def s_handle(tx: Tx) -> Slot:
    rng = tx.rng
    handle = rng.choice([fold(rng.choice(L.FIRST)[0]) + "_" + rng.choice(["bakes", "draws", "lifts", "sings"]),
                         rng.choice(L.WEB_WORDS), fold(rng.choice(L.FIRST)[0]) + str(rng.randint(1, 99)),
                         fold(rng.choice(L.FIRST)[0]) + "." + fold(rng.choice(L.SURNAMES)[0])])
    if rng.random() < 0.4:
        return Slot(["@" + handle], "URL", "web address")
    return Slot(_spoken_address(tx, handle, 0.0), "URL", "web address", pre=["at"] if rng.random() < 0.4 else [])


def s_ip(tx: Tx) -> Slot:
    rng = tx.rng
    net = rng.choice(["203.0.113", "198.51.100", "192.0.2"])
    ip = f"{net}.{rng.randint(1, 254)}"
    if not tx.spelled or rng.random() < 0.3:
        return Slot([ip], "ID", "IP address")
    words: list[str] = []
    for k, part in enumerate(ip.split(".")):
        if k:
            words.append("dot")
        words += digit_words(part, rng) if rng.random() < 0.6 or len(part) == 3 else cardinal(int(part), rng)
    return Slot(words, "ID", "IP address")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _id(tx: Tx, code: str, kind: str) -> Slot:
    words, hes = tx.num(code, hesitate=0.08)
    return Slot(words, "ID", kind, disfluent=hes)


def s_mrn(tx: Tx) -> Slot:
    rng = tx.rng
    code = rng.choice([f"{_letters(rng, 2)}{_digits(rng, 7)}", f"M{_digits(rng, 7)}", f"{_digits(rng, 3)} "
                       f"{_digits(rng, 3)} {_digits(rng, 2)}", f"K{_digits(rng, 6)}", f"H{_digits(rng, 6)}A"])
    return _id(tx, code, "medical record number")


def s_nhs(tx: Tx) -> Slot:
    rng = tx.rng
    return _id(tx, f"{rng.randint(400, 999)} {_digits(rng, 3)} {_digits(rng, 4)}", "health plan number")


def s_member(tx: Tx) -> Slot:
    rng = tx.rng
    code = rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)} {_digits(rng, 4)} "
                       f"{_digits(rng, 4)}", f"{_digits(rng, 4)} {_digits(rng, 5)} {rng.randint(1, 9)}",
                       f"POL-{_digits(rng, 4)}-{_digits(rng, 3)}", f"{_digits(rng, 8)}{_letters(rng, 1)}"])
    return _id(tx, code, "health plan number")


def s_ssn(tx: Tx) -> Slot:
    rng = tx.rng
    code = rng.choice([f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{_digits(rng, 4)}",
                       f"{_letters(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} "
                       f"{rng.choice('ABCD')}", f"{_digits(rng, 7)}{_letters(rng, 1)}",
                       f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"])
    return _id(tx, code, "social security number")


def s_account(tx: Tx) -> Slot:
    rng = tx.rng
    code = rng.choice([_digits(rng, 8), f"{_digits(rng, 4)} {_digits(rng, 4)}", f"UC {_digits(rng, 4)} "
                       f"{_digits(rng, 4)}", f"IE{_digits(rng, 2)} {_letters(rng, 4)} {_digits(rng, 4)} "
                       f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}", f"{_digits(rng, 10)}"])
    return _id(tx, code, "account number")


def s_sortcode(tx: Tx) -> Slot:
    rng = tx.rng
    code = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if tx.spelled and rng.random() < 0.6:
        return Slot(pair_words(code.replace("-", ""), rng), "ID", "account number")
    return _id(tx, code, "account number")


def s_licence(tx: Tx) -> Slot:
    rng = tx.rng
    surname = fold(rng.choice(L.SURNAMES)[0]).upper()[:5].ljust(5, "9")
    code = rng.choice([f"{surname}{_digits(rng, 6)}{_letters(rng, 2)}{rng.randint(1, 9)}{_letters(rng, 2)}",
                       f"D{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}", _digits(rng, 9),
                       f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 1)}",
                       f"{_letters(rng, 1)}{_digits(rng, 7)}"])
    return _id(tx, code, "certificate/licence number")


def s_plate(tx: Tx) -> Slot:
    rng = tx.rng
    code = rng.choice([f"{_letters(rng, 2)}{rng.randint(10, 73)} {_letters(rng, 3)}",
                       f"{rng.randint(12, 24)}{rng.choice('12')}-{rng.choice(['D', 'G', 'C', 'KY', 'MO'])}-"
                       f"{rng.randint(100, 99999)}", f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                       f"{_letters(rng, 3)} {_digits(rng, 4)}"])
    return _id(tx, code, "vehicle identifier")


def s_vin(tx: Tx) -> Slot:
    rng = tx.rng
    return Slot([f"{rng.randint(1, 5)}{_letters(rng, 4)}{_digits(rng, 2)}{_letters(rng, 3)}{_digits(rng, 7)}"],
                "ID", "vehicle identifier")


def s_serial(tx: Tx) -> Slot:
    rng = tx.rng
    code = rng.choice([f"SN{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_letters(rng, 1)}{rng.randint(1, 9)}"
                       f"{_letters(rng, 1)}{_digits(rng, 5)}", _digits(rng, 15), f"{_letters(rng, 3)} "
                       f"{_digits(rng, 6)}", f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 6)}"])
    return _id(tx, code, "device identifier")


SLOTS = {name[2:]: fn for name, fn in globals().items() if name.startswith("s_") and callable(fn)}

# ---------------------------------------------------------------- unlabelled fillers (hard negatives among them)


def _n_money(rng):
    return rng.choice(["forty quid", "£250 a month", "three hundred dollars", "twelve fifty", "a fiver",
                       "two grand", "$1,200", "sixty euro", "nine ninety nine", "eighty pounds"])


def _n_age(rng):
    n = rng.randint(6, 86)
    return rng.choice([str(n), " ".join(cardinal(n, random.Random(n)))])


def _n_year(rng):
    y = rng.randint(1979, 2024)
    return rng.choice([str(y), " ".join(year_words(y, random.Random(y))), f"the {y // 10 % 10}0s".replace(
        "the 00s", "the noughties"), "ninety eight", "twenty twenty"])


NEGS = {
    "weekday": lambda rng: rng.choice(L.WEEKDAYS),
    "month": lambda rng: rng.choice(L.MONTHS),
    "country": lambda rng: rng.choice(L.COUNTRIES),
    "nationality": lambda rng: rng.choice(L.NATIONALITIES),
    "drug": lambda rng: rng.choice(L.DRUGS),
    "dose": lambda rng: rng.choice(L.DOSES),
    "brand": lambda rng: rng.choice(L.BRANDS),
    "condition": lambda rng: rng.choice(L.CONDITIONS),
    "food": lambda rng: rng.choice(L.FOODS),
    "holiday": lambda rng: rng.choice(L.HOLIDAYS),
    "season": lambda rng: rng.choice(L.SEASONS),
    "rel": lambda rng: rng.choice(L.RELATIONS),
    "money": _n_money,
    "age": _n_age,
    "year": _n_year,
    "score": lambda rng: rng.choice(["five", "4", "seven", "two", "six", "eight", "3", "nine"]),
    "duration": lambda rng: rng.choice(["six weeks", "about three months", "twenty minutes", "a fortnight",
                                        "two years", "ten days", "forty eight hours", "half an hour"]),
    "clock": lambda rng: rng.choice(["half past three", "3pm", "quarter to nine", "7:15", "two o'clock",
                                     "eleven forty", "midnight", "six in the morning"]),
}

# ---------------------------------------------------------------- what is said
# Each beat is a list of (speaker, template). {slot} is labelled, {slot's} possessive, {neg} is unlabelled.

BEATS: dict[str, list[list[tuple[str, str]]]] = {
    "name": [
        [("C", "My {rel} {first} came round on {weekday} and we just argued again.")],
        [("C", "So {first}, that's my {rel}, she said I was being dramatic.")],
        [("C", "{first's} been really good about it actually.")],
        [("C", "I went round to {first's} after, just to get out of the house.")],
        [("C", "Me and {full} used to be best mates at school, proper inseparable.")],
        [("C", "There's this girl at work, {first}, who keeps asking if I'm okay.")],
        [("C", "My ex, {first}, he's still texting me at {clock}.")],
        [("T", "Who's at home with you at the moment?"), ("C", "Just me and {first}, and {first} at weekends.")],
        [("C", "Her name's {nick_full} but everyone calls her {again}.")],
        [("C", "We call him {nick}, his real name's {again}.")],
        [("C", "{full}, he's my key worker, he's been brilliant.")],
        [("C", "My son {first}, he's {age} now, he doesn't really get it.")],
        [("C", "My late husband {full} passed in {year}.")],
        [("C", "It was {family_titled} who raised me really.")],
        [("C", "My daughter {word_name}, she's {age}, she's the one who told me to come.")],
        [("C", "{word_name} from the support group rang me {weekday} night.")],
        [("C", "I told {first}, I told {again} everything, and she just laughed.")],
        [("T", "And what's your partner called?"), ("C", "{full}.")],
        [("C", "My my brother {first} um, he's in {country} now.")],
        [("C", "{first} {first} and me, the three of us, we were always together.")],
        [("C", "My mum's {first}, my dad's {first}, and my stepdad is {full}.")],
        [("C", "I keep thinking about what {full} said to me.")],
        [("C", "{titled} at the church said I should talk to someone.")],
        [("C", "I've been staying at my {rel} {first's} place since {month}.")],
        [("T", "Is that {first} you mentioned last time?"), ("C", "No no, that's the other {again}.")],
    ],
    "clinician": [
        [("C", "{clinician} upped my {drug} to {dose}.")],
        [("C", "I saw {clinician} at the surgery on {weekday}, she was lovely.")],
        [("T", "Have you spoken to {clinician} since?"), ("C", "Not yet, no.")],
        [("C", "The psychiatrist, {clinician}, wants me to try {drug}.")],
        [("C", "{clinician} said it's probably {condition} in the family.")],
        [("T", "I'll write to {clinician} and let them know how you're doing.")],
        [("C", "Um, it was {clinician} who referred me, uh, after the crisis team.")],
        [("C", "The nurse, {first}, she's the one who does my bloods.")],
    ],
    "participant": [
        [("T", "Hi {client_first}, come on in, how's your week been?")],
        [("T", "Okay {client_first}, we're recording today, is that still alright with you?"), ("C", "Yeah fine.")],
        [("C", "It's {client_full}, I've got an appointment at {clock}.")],
        [("T", "So {client_first}, last time we talked about your sleep.")],
        [("C", "My mum still calls me {client_nick}, it drives me mad.")],
        [("T", "Is this {client_first's} folder or mine?"), ("C", "That's mine, sorry.")],
        [("C", "They keep calling me {client_mr} at the job centre like I'm in trouble.")],
        [("C", "Thanks {therapist}, honestly.")],
        [("C", "Morning {therapist}, sorry I'm a bit late.")],
        [("T", "Take care {client_first}, see you next {weekday}.")],
    ],
    "place": [
        [("C", "I grew up in {town}, it's tiny, you wouldn't know it.")],
        [("C", "We moved from {town} to {town} when I was {age}.")],
        [("C", "My mum's still back in {city_abroad} in {country}.")],
        [("C", "She lives out near {town} in {region}.")],
        [("C", "I was in {hospital} for three weeks after that.")],
        [("C", "He goes to {school} now, he's settled in okay.")],
        [("C", "We go to {worship} on Sundays, that's where I feel calm.")],
        [("C", "I work at {work}, mostly nights.")],
        [("C", "My nan's in {carehome} now, since {season}.")],
        [("T", "Which surgery are you registered with?"), ("C", "{surgery}.")],
        [("T", "And where are you living at the moment?"), ("C", "{town}, still, just outside {town}.")],
        [("C", "We drove up to {region} for the weekend and it rained the whole time.")],
        [("C", "It was in {region} that it all started really.")],
        [("C", "I'm from {town} originally, but I've been in {town} {duration}.")],
        [("C", "They moved me to the unit at {hospital} and I hated it.")],
        [("C", "I got the train to {town} and just sat on the beach.")],
        [("C", "My cousin's at uni in {town}, in {us_state}.")],
        [("C", "We lived in {ca_town} in {ca_province} for a bit, then came here.")],
        [("C", "Dad's farm is outside {au_town}, {au_state}.")],
        [("C", "Growing up in {ie_town} in {county}, you didn't talk about feelings.")],
        [("C", "The kids are at {school}, and I drop them off before work at {work}.")],
    ],
    "address": [
        [("T", "Can I just check the address we have for you?"),
         ("C", "Yeah it's {street}, {uk_town}, {uk_postcode}.")],
        [("C", "I'm at {street} now, moved in on {weekday}.")],
        [("C", "The new address is {street}, {uk_town}.")],
        [("C", "Can you post it to {street}, {uk_postcode}?")],
        [("C", "I'm at {us_street}, {us_town}, {us_state} {zip}.")],
        [("C", "It's {street}, {ca_town}, {ca_province}, {ca_postcode}.")],
        [("C", "It's {street}, {ie_town}, {county}, {eircode}.")],
        [("C", "{street}, {au_town} {au_state} {au_postcode}.")],
        [("T", "And the zip code?"), ("C", "{zip}.")],
        [("T", "Postcode?"), ("C", "{uk_postcode}.")],
        [("C", "I live on {street_name}, the one with the chippy.")],
        [("C", "My ex still lives on {street_name}, so I avoid that way.")],
        [("C", "Her flat's at {street}, it's up five flights of stairs.")],
        [("C", "Send it to the Eircode, {eircode}.")],
        [("C", "It's my mum's, {us_street}, zip {zip}.")],
    ],
    "date": [
        [("T", "And your date of birth?"), ("C", "{dob}.")],
        [("C", "I was born on {dob}.")],
        [("C", "My birthday's {birthday}, so it's coming up.")],
        [("C", "She was born {dob} so she's {age}.")],
        [("C", "I was born in {birth_month}, right in the middle of it all.")],
        [("C", "It happened on {date}, I'll never forget it.")],
        [("C", "The court date is {date}.")],
        [("C", "The appointment's on {day_month}, at {clock}.")],
        [("C", "My dad died in {month_year}.")],
        [("C", "Since {date} I haven't had a drink.")],
        [("C", "I was discharged on {day_month} and nobody followed up.")],
        [("C", "We split up in {month_year}, and I'm still not over it.")],
        [("T", "Can you confirm your date of birth for the recording?"), ("C", "Yeah, {dob}.")],
    ],
    "age90": [
        [("C", "My nan's {age90} and still sharper than me.")],
        [("C", "Grandad was {age90} when he passed, so it wasn't a shock, but still.")],
        [("T", "How old is your grandmother now?"), ("C", "{age90}.")],
    ],
    "phone": [
        [("T", "What's the best number to reach you on?"), ("C", "{phone}.")],
        [("C", "You can ring me on {phone}.")],
        [("C", "My mobile's {phone}, or the landline, {phone}.")],
        [("C", "Her number's {phone} if you need it.")],
        [("T", "Is {phone} still the right number for you?"), ("C", "Yeah that's it.")],
        [("C", "They gave me a number for the crisis line but I rang {phone} instead, that's my sister.")],
    ],
    "fax": [
        [("C", "The GP's fax is {fax}.")],
        [("C", "They said to fax it to {fax}, who even faxes anymore.")],
        [("T", "I'll fax the letter over, is it still {fax}?"), ("C", "I think so.")],
    ],
    "email": [
        [("C", "My email's {email}.")],
        [("C", "Send it to {email}, that's the one I check.")],
        [("T", "What email should I send the worksheet to?"), ("C", "Um, {email}.")],
        [("C", "He keeps emailing me from {email}, I've blocked it twice.")],
        [("C", "It's {email}, all lower case.")],
    ],
    "url": [
        [("C", "I've got a little website, {url}, for my cakes.")],
        [("C", "She posted it on {url} for everyone to see.")],
        [("C", "The fundraiser page is {url}.")],
        [("C", "My instagram is {handle}, I've stopped posting though.")],
        [("C", "I'm {handle} on tiktok, don't look.")],
        [("C", "He made a page, {url}, with all my photos on it.")],
        [("C", "His username was {handle}, I blocked it.")],
    ],
    "ip": [
        [("C", "The police said the messages came from {ip}.")],
        [("C", "My IP address was {ip} apparently, he got it from the game.")],
        [("C", "The router said {ip} was logged in at {clock}.")],
    ],
    "mrn": [
        [("C", "My hospital number's {mrn}, it's on the letter.")],
        [("C", "The letter had my record number, {mrn}, at the top.")],
        [("T", "Have you got your MRN handy?"), ("C", "{mrn}.")],
        [("C", "My patient ID is {mrn}.")],
    ],
    "health": [
        [("C", "My NHS number is {nhs}.")],
        [("C", "The member ID on the card is {member}.")],
        [("C", "My Medicare number's {member}.")],
        [("C", "The policy number on my insurance is {member}, they still won't pay.")],
        [("T", "Do you have your health card number?"), ("C", "Um yeah, {nhs}.")],
    ],
    "ssn": [
        [("C", "They asked for my social security number, {ssn}, over the phone.")],
        [("C", "My national insurance number is {ssn}.")],
        [("C", "I had to give my PPS number, {ssn}, like three times.")],
        [("C", "The form wanted my SIN, {ssn}.")],
    ],
    "account": [
        [("C", "The account number is {account}, sort code {sortcode}.")],
        [("C", "The reference for my universal credit claim is {account}.")],
        [("C", "He had my bank account number, {account}, and he just cleared it.")],
        [("C", "My customer number with the electric is {account}.")],
    ],
    "licence": [
        [("C", "My driving licence number is {licence}.")],
        [("C", "My passport number is {licence}, I memorised it.")],
        [("C", "My PIN with the nursing council is {licence}, and they've suspended it.")],
        [("C", "My taxi licence, {licence}, is up for renewal.")],
    ],
    "vehicle": [
        [("C", "The car's reg is {plate}.")],
        [("C", "I wrote down his number plate, {plate}.")],
        [("C", "The VIN on the van was {vin}, I checked it online.")],
        [("C", "It was a silver Corsa, registration {plate}.")],
    ],
    "device": [
        [("C", "The serial number on my insulin pump is {serial}.")],
        [("C", "The hearing aid's serial is {serial}, they need it for the repair.")],
        [("C", "The IMEI on my old phone was {serial}.")],
        [("C", "My CPAP machine, serial number {serial}, keeps beeping.")],
    ],
}

NEGATIVE = [
    [("C", "I felt blue all week, honestly.")],
    [("C", "It's just will power, isn't it?")],
    [("C", "Will power's never been my thing.")],
    [("C", "Mark my words, it'll happen again.")],
    [("C", "I rose from the chair and just walked out.")],
    [("T", "On a scale of one to ten, how's your mood?"), ("C", "A {score} out of ten, maybe.")],
    [("C", "They put me on {drug}, {dose}.")],
    [("C", "{drug} {dose} twice a day, and the {drug} at night.")],
    [("C", "I was fine on {weekday} but by {weekday} I was in bits.")],
    [("C", "May I ask you something?")],
    [("C", "It may be the tablets, I don't know.")],
    [("C", "We went to {country} in {year} for a wedding.")],
    [("C", "My mum's {nationality}, so it's complicated.")],
    [("C", "I got {brand} on the way here, that was lunch.")],
    [("C", "I spent {money} on clothes I didn't need.")],
    [("C", "It cost me {money}, just for the bus.")],
    [("C", "The shop's just down the road, it's not far.")],
    [("C", "He's at the end of the road with it, I think.")],
    [("C", "I thought I'd be on easy street by now.")],
    [("C", "{holiday} is always hard for us.")],
    [("T", "How old are you now?"), ("C", "{age}.")],
    [("C", "I'm {age} and I still feel like a kid.")],
    [("C", "My GP said it's normal, the nurse said it isn't.")],
    [("C", "His {condition} is getting worse.")],
    [("C", "Mum had {condition}, so I worry.")],
    [("C", "I had a Dr Pepper and a cry in the car park.")],
    [("C", "We had {food} at my nan's, like always.")],
    [("T", "Your PHQ nine was fourteen last time and it's eleven today.")],
    [("T", "Your GAD seven score is down to {score}.")],
    [("C", "I'm on chapter three of the workbook.")],
    [("C", "Step four is the hard one.")],
    [("C", "I was on the {clock} train, it was packed.")],
    [("C", "Back in the nineties things were different.")],
    [("C", "Back in {year} I was drinking every day.")],
    [("C", "I walked up and down the high street for ages.")],
    [("C", "He's a total Jekyll and Hyde.")],
    [("C", "Murphy's law, isn't it.")],
    [("C", "I just hope it gets better.")],
    [("C", "There's no hope with him, honestly.")],
    [("C", "We said grace and then nobody spoke.")],
    [("C", "No joy from the council, as usual.")],
    [("C", "I had a long bath and it helped a bit.")],
    [("C", "I've been reading that book you mentioned.")],
    [("C", "I was up till dawn again.")],
    [("C", "To be frank, I didn't want to come today.")],
    [("C", "The electric bill came and I just froze.")],
    [("C", "A pat on the back would be nice for once.")],
    [("C", "I need to chase them up about the letter.")],
    [("C", "There's an amber warning for the wind.")],
    [("C", "A robin comes into the garden every morning.")],
    [("C", "It was sunny so I sat outside.")],
    [("C", "In {season} I'm always worse.")],
    [("C", "Since {month} I've been sleeping better.")],
    [("C", "I had a sandwich and a cup of tea, that's it.")],
    [("C", "I'm not on Facebook anymore, I deleted instagram too.")],
    [("C", "I just watch Netflix on my iPhone till I fall asleep.")],
    [("C", "We were on a Zoom call for like two hours.")],
    [("C", "I called nine nine nine, I didn't know what else to do.")],
    [("C", "Every {weekday} I see my {rel}.")],
    [("C", "It was about {duration} ago now.")],
    [("C", "The session's at {clock} on {weekday}s, right?")],
    [("C", "My {rel} is {nationality} and my {rel} grew up in {country}.")],
    [("C", "It's a bit like Peter Pan syndrome, he won't grow up.")],
    [("C", "I'm going to Ikea on {weekday}, retail therapy.")],
    [("C", "I drank half a bottle of Jack Daniel's.")],
    [("C", "He's a bit of a Romeo, to be fair.")],
    [("C", "I got the number eleven bus, then the forty three.")],
    [("C", "I'm in room twelve on the ward.")],
    [("C", "I owe about two grand on the card.")],
    [("C", "In June we're meant to go away.")],
    [("C", "April showers, my mum always says.")],
    [("C", "I'd say I'm a seven today, last week a three.")],
    [("C", "The doctor said four hundred milligrams max.")],
    [("C", "I'm from up north, they don't do therapy up there.")],
    [("C", "My Irish side would never talk about this.")],
    [("C", "I've got an Amazon parcel to return and I can't face it.")],
]

FILLERS = ["um", "uh", "erm", "um", "uh", "like", "you know", "I mean", "sort of"]
WEIGHTS = {"name": 4, "clinician": 1.5, "participant": 0, "place": 3.5, "address": 2.5, "date": 2.2, "age90": 0.25,
           "phone": 1.4, "fax": 0.6, "email": 1.1, "url": 1.2, "ip": 0.5, "mrn": 0.6, "health": 0.7, "ssn": 0.6,
           "account": 0.7, "licence": 0.6, "vehicle": 0.6, "device": 0.6}

# ---------------------------------------------------------------- building a transcript


def fill(tx: Tx, template: str) -> list[dict]:
    """Template -> tokens: {"w": word, "span": index into tx.spans or None}."""
    toks: list[dict] = []
    for k, part in enumerate(re.split(r"\{([^}]+)\}", template)):
        if k % 2 == 0:
            if part and not part[0].isspace() and toks:  # punctuation glued to the slot before
                head = re.match(r"\S+", part).group(0)
                toks[-1]["w"] += head
                part = part[len(head):]
            toks += [{"w": w, "span": None} for w in part.split()]
            continue
        possessive = part.endswith("'s")
        name = part[:-2] if possessive else part
        if name in NEGS:
            toks += [{"w": w, "span": None} for w in NEGS[name](tx.rng).split()]
            continue
        slot = SLOTS[name](tx)
        slot.possessive = possessive
        if name == "city_abroad":
            tx.last = []
        toks += [{"w": w, "span": None} for w in slot.pre]
        index = len(tx.spans)
        tx.spans.append(slot)
        words = list(slot.words)
        if possessive:
            words[-1] += "'s"
        toks += [{"w": w, "span": index} for w in words]
    return toks


def cased(toks: list[dict], rng: random.Random) -> None:
    start = True
    for t in toks:
        w = t["w"]
        if start and w[:1].islower() and not any(c.isupper() for c in w):
            t["w"] = w[:1].upper() + w[1:]
        start = w[-1:] in ".?!"


def restyle(tx: Tx, toks: list[dict]) -> None:
    rng, style = tx.rng, tx.style
    if style == "cased":
        cased(toks, rng)
        for t in toks:  # Whisper drops a capital on a name it does not know
            if t["span"] is not None and tx.spans[t["span"]].type in ("NAME", "PLACE") and rng.random() < 0.1:
                t["w"] = t["w"].lower()
        return
    for t in toks:
        w = t["w"].lower()
        if style == "bare":
            w = w.rstrip(PUNCT).lstrip("\"'") or w
        if style == "odd":
            if w in ("i", "i'm", "i've", "i'd", "i'll"):
                w = "I" + w[1:]
            elif t["span"] is not None and tx.spans[t["span"]].type in ("NAME", "PLACE") and rng.random() < 0.5:
                w = w[:1].upper() + w[1:]
            elif rng.random() < 0.06:
                w = w[:1].upper() + w[1:]
        t["w"] = w


def disfluent(tx: Tx, toks: list[dict]) -> list[dict]:
    rng = tx.rng
    out: list[dict] = []
    if rng.random() < 0.3:
        out += [{"w": w, "span": None} for w in rng.choice(["um", "uh", "yeah", "so", "well"]).split()]
    for i, t in enumerate(toks):
        out.append(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or (t["span"] is not None and t["span"] == nxt["span"]):
            continue
        r = rng.random()
        if r < 0.035:
            out += [{"w": w, "span": None} for w in rng.choice(FILLERS).split()]
        elif r < 0.055 and t["span"] is None and len(t["w"]) <= 4 and t["w"][-1:].isalpha():
            out.append({"w": t["w"], "span": None})  # "I I", "my my"
    return out


def segments(tx: Tx, turn: list[dict]) -> list[list[dict]]:
    rng = tx.rng
    cuts, at = set(), 0
    while True:
        at += rng.randint(7, 22)
        if at >= len(turn) - 1:
            break
        cuts.add(at)
    inside: dict[int, list[int]] = {}  # span -> positions where a cut would split it
    for i in range(1, len(turn)):
        a, b = turn[i - 1]["span"], turn[i]["span"]
        if a is not None and a == b:
            inside.setdefault(a, []).append(i)
    for index, places in inside.items():  # a name, place or number split over two segments
        chance = {"NAME": 0.35, "PLACE": 0.3, "PHONE": 0.2}.get(tx.spans[index].type, 0.0)
        if rng.random() < chance:
            cuts.add(rng.choice(places))
    bounds = [0] + sorted(cuts) + [len(turn)]
    segs = [turn[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
    if tx.style in ("cased", "odd"):
        for seg in segs[1:]:
            w = seg[0]["w"]
            if rng.random() < 0.5 and w[:1].islower():
                seg[0]["w"] = w[:1].upper() + w[1:]
    if tx.style == "cased":
        for seg in segs[:-1]:
            if seg[-1]["w"][-1:].isalnum() and rng.random() < 0.12:
                seg[-1]["w"] += "."
    return segs


def transcript(rng: random.Random, number: int) -> dict:
    style = rng.choices([s for s, _ in STYLES], [w for _, w in STYLES])[0]
    tx = Tx(rng, style)
    tx.spans = []
    opening = [b for b in BEATS["participant"] if "next" not in b[0][1]]
    beats = [rng.choice(opening)] if rng.random() < 0.85 else []
    kinds = [k for k in WEIGHTS if WEIGHTS[k] > 0]
    picked = []
    for _ in range(rng.randint(3, 6)):
        picked.append(rng.choices(kinds, [WEIGHTS[k] for k in kinds])[0])
    middle = [rng.choice(BEATS[k]) for k in picked] + rng.sample(NEGATIVE, rng.randint(2, 4))
    rng.shuffle(middle)
    beats += middle
    if rng.random() < 0.4:
        beats.append(rng.choice([b for b in BEATS["participant"] if "next" in b[0][1] or "Thanks" in b[0][1]]))
    turns: list[tuple[str, list[dict]]] = []
    for beat in beats:
        for speaker, template in beat:
            toks = disfluent(tx, fill(tx, template))
            restyle(tx, toks)
            if turns and turns[-1][0] == speaker:
                turns[-1][1].extend(toks)
            else:
                turns.append((speaker, toks))
    words, segs_out, t = [], [], round(rng.uniform(0.0, 3.0), 2)
    for speaker, toks in turns:
        t += rng.uniform(0.4, 1.8)
        for seg in segments(tx, toks):
            seg_words = []
            for tok in seg:
                dur = min(0.9, max(0.14, 0.08 + 0.055 * len(tok["w"]) + rng.uniform(-0.04, 0.06)))
                seg_words.append({"word": tok["w"], "start": round(t, 2), "end": round(t + dur, 2)})
                words.append(tok)
                t += dur + rng.uniform(0.02, 0.16)
            segs_out.append({"speaker": "therapist" if speaker == "T" else "client",
                             "start": seg_words[0]["start"], "end": seg_words[-1]["end"],
                             "text": " ".join(w["word"] for w in seg_words), "words": seg_words})
            t += rng.uniform(0.2, 0.9)
    offsets, pos = [], 0
    for tok in words:
        offsets.append(pos)
        pos += len(tok["w"]) + 1
    text = " ".join(tok["w"] for tok in words)
    spans = []
    for index, slot in enumerate(tx.spans):
        at = [i for i, tok in enumerate(words) if tok["span"] == index]
        a, b = offsets[at[0]], offsets[at[-1]] + len(words[at[-1]]["w"])
        b = _trim(text, a, b, slot.possessive)
        while text[a] in "\"'(":
            a += 1
        span = {"start": a, "end": b, "type": slot.type, "kind": slot.kind, "text": text[a:b]}
        if slot.disfluent:
            span["disfluent"] = True
        spans.append(span)
    participants = [f"{tx.client[0][0]} {tx.client[1][0]}"]
    if rng.random() < 0.6:
        participants.append(f"{tx.therapist[0][0]} {tx.therapist[1][0]}")
    return {"id": f"holdout-{number:04d}", "style": style, "participants": participants, "text": text,
            "spans": spans, "segments": segs_out}


def _trim(text: str, a: int, b: int, possessive: bool) -> int:
    while b > a and text[b - 1] in PUNCT + ")":
        b -= 1
    if possessive and text[a:b].lower().endswith("'s"):
        b -= 2
    while b > a and text[b - 1] in PUNCT:
        b -= 1
    return b


def check(record: dict) -> None:
    text = record["text"]
    assert text == " ".join(w["word"] for s in record["segments"] for w in s["words"]), record["id"]
    assert all(w["word"] and not any(c.isspace() for c in w["word"]) for s in record["segments"]
               for w in s["words"]), record["id"]
    for s in record["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text) and text[s["start"]:s["end"]] == s["text"], (record["id"], s)
        assert text[s["start"]] != " " and text[s["end"] - 1] != " ", (record["id"], s)


def build(seed: int = SEED, n: int = N) -> list[dict]:
    rng = random.Random(seed)
    records = [transcript(rng, i + 1) for i in range(n)]
    for r in records:
        check(r)
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--n", type=int, default=N)
    parser.add_argument("--out", type=Path, default=HERE / "holdout.jsonl")
    args = parser.parse_args()
    records = build(args.seed, args.n)
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    types = Counter(s["type"] for r in records for s in r["spans"])
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    styles = Counter(r["style"] for r in records)
    print(f"{len(records)} transcripts, {sum(types.values())} gold spans -> {args.out}")
    print("styles:", dict(sorted(styles.items())))
    print("types:", dict(sorted(types.items())))
    print("kinds:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
