"""Build hold-out set 6: 200 blind therapy-style transcripts with gold PHI spans and Whisper-like segments.

    python -m benchmarks.redaction_holdout6.generate            # write holdout6.jsonl
    python -m benchmarks.redaction_holdout6.generate --check    # regenerate in memory, assert identity and sanity
    python -m benchmarks.redaction_holdout6.generate --stats    # print counts

One random.Random(SEED) drives everything; nothing iterates a set, so the output is the same under any
PYTHONHASHSEED.
"""

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.redaction_holdout6 import lists as L  # noqa: N812
    from benchmarks.redaction_holdout6 import scripts as S  # noqa: N812
else:
    from . import lists as L  # noqa: N812
    from . import scripts as S  # noqa: N812

SEED = 60417
N_RECORDS = 200
OUT = Path(__file__).with_name("holdout6.jsonl")
STYLES = ["cased", "lower", "bare", "odd"]
FILLERS = ["um", "uh", "erm", "like", "you know", "I mean", "sort of", "uh huh"]
INNER_FILLERS = ["um", "uh", "erm", "uh sorry", "hang on", "wait"]
US = ("US-NE", "US-W")
PUNCT = ".,;:?!"
IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

KINDS = [("NAME", "name"), ("PLACE", "geographic"), ("ADDRESS", "street address"), ("ADDRESS", "postcode/zip"),
         ("DATE", "date"), ("DATE", "date of birth"), ("PHONE", "phone"), ("PHONE", "fax"), ("EMAIL", "e-mail"),
         ("URL", "web address"), ("ID", "IP address"), ("ID", "medical record number"),
         ("ID", "health plan number"), ("ID", "social security number"), ("ID", "account number"),
         ("ID", "certificate/licence number"), ("ID", "vehicle identifier"), ("ID", "device identifier"),
         ("AGE", "age over 89")]
SLOT_KIND = {"street": "street address", "postcode": "postcode/zip", "date": "date", "dob": "date of birth",
             "phone": "phone", "fax": "fax", "email": "e-mail", "url": "web address", "ip": "IP address",
             "mrn": "medical record number", "health": "health plan number", "ssn": "social security number",
             "account": "account number", "licence": "certificate/licence number", "plate": "vehicle identifier",
             "device": "device identifier", "age90": "age over 89"}
TYPE_OF = {k: t for t, k in KINDS}


# ----------------------------------------------------------------------------------------------- numbers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
       "twelve": "twelfth"}


def words_int(n: int, hyphen: bool = False, uk_and: bool = True) -> str:
    """0..9999 in words: 42 -> 'forty two' (or 'forty-two'), 305 -> 'three hundred and five'."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (("-" if hyphen else " ") + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ((" and " if uk_and else " ") + words_int(r, hyphen) if r else "")
    th, r = divmod(n, 1000)
    if r == 0:
        return ONES[th] + " thousand"
    joiner = " and " if r < 100 and uk_and else " "
    return ONES[th] + " thousand" + joiner + words_int(r, hyphen, uk_and)


def ordinal_words(n: int) -> str:
    w = words_int(n, hyphen=n > 20 and n % 10 != 0)
    head, sep, last = w.rpartition("-") if "-" in w else w.rpartition(" ")
    if last in ORD:
        last = ORD[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def ordinal_digits(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def year_words(y: int, rng: random.Random) -> str:
    if 2000 <= y <= 2009:
        return rng.choice(["two thousand and ", "two thousand "]) + ONES[y - 2000] if y > 2000 else "two thousand"
    if y >= 2010 and rng.random() < 0.3:
        return "two thousand and " + words_int(y - 2000)
    hi, lo = divmod(y, 100)
    return words_int(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else words_int(lo))


# ----------------------------------------------------------------------------------------------- context
class Ctx:
    """Per-record state: the generator, locale, number mode and the record's cast."""

    def __init__(self, rng: random.Random, locale: str, numbers: str, setting: str):
        self.rng, self.locale, self.numbers, self.setting = rng, locale, numbers, setting
        self.words = numbers == "words"
        self.doubles = locale not in US and locale != "CA-QC"
        self.zero = "zero" if locale in US + ("CA-QC", "CA-ON", "PH") else "oh"
        self.cast: dict[str, tuple[str, str]] = {}
        self.participants: list[str] = []

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        s = "".join(str(self.rng.randrange(10)) for _ in range(n))
        return (str(self.rng.randrange(1, 10)) + s[1:]) if first_nonzero and n else s

    def letters(self, n: int, pool: str = "ABCDEFGHJKLMNPRSTVWXYZ") -> str:
        return "".join(self.rng.choice(pool) for _ in range(n))


class Ent:
    """A rendered identifier: words before it (outside), its words (the span), words after it (outside)."""

    def __init__(self, core, pre=(), post=(), disfluent=False, proper=False, participant=False):
        self.core, self.pre, self.post = list(core), list(pre), list(post)
        self.disfluent, self.proper, self.participant = disfluent, proper, participant


def speak_group(ctx: Ctx, group: str, pairs: bool) -> list[str]:
    """One group of a code said aloud: digits one by one (with double/triple) or as pairs; letters as capitals."""
    out: list[str] = []
    if pairs and group.isdigit() and len(group) % 2 == 0 and len(group) >= 2:
        for i in range(0, len(group), 2):
            a, b = group[i], group[i + 1]
            if a == "0":
                out += [ctx.zero if b != "0" else "double " + ctx.zero][:1] + ([ONES[int(b)]] if b != "0" else [])
            else:
                out.append(words_int(int(a + b)))
        return " ".join(out).split()
    i = 0
    while i < len(group):
        ch = group[i]
        run = 1
        while i + run < len(group) and group[i + run] == ch:
            run += 1
        word = (ctx.zero if ch == "0" and ctx.rng.random() < 0.8 else ONES[int(ch)]) if ch.isdigit() else None
        if word is None:
            word = {".": "dot", "/": "slash", "-": "dash", "@": "at", "_": "underscore", ":": "colon",
                    "#": "hash", "+": "plus"}.get(ch, ch.upper())
        if ch.isdigit() and ctx.doubles and run >= 2 and ctx.rng.random() < 0.75:
            take = 3 if run >= 3 and ctx.rng.random() < 0.6 else 2
            out.append(("triple " if take == 3 else "double ") + word)
            i += take
            continue
        out.append(word)
        i += 1
    return " ".join(out).split()


def say_code(ctx: Ctx, code: str, written: bool | None = None, hesitate: float = 0.15) -> Ent:
    """A code (phone, ID, plate) in the record's number mode; hesitations between groups are inside the span."""
    groups = code.split()
    written = (not ctx.words) if written is None else written
    words: list[str] = []
    disfluent = False
    if written:
        if ctx.chance(0.2) and len(groups) > 1 and all(g.isalnum() for g in groups):
            groups = ["".join(groups)]
        for gi, g in enumerate(groups):
            if gi and ctx.chance(hesitate * 0.5):
                words[-1] += ","
                words += ctx.pick(INNER_FILLERS).split()
                words[-1] += ","
                disfluent = True
            words.append(g)
        return Ent(words, disfluent=disfluent)
    pairs = ctx.chance(0.3)
    for gi, g in enumerate(groups):
        if gi and ctx.chance(hesitate):
            words += ctx.pick(INNER_FILLERS).split()
            disfluent = True
        for part in re.split(r"(-)", g):
            if part == "-":
                if ctx.chance(0.3):
                    words.append("dash")
                continue
            if part:
                words += speak_group(ctx, part, pairs)
    return Ent(words, disfluent=disfluent)


# ----------------------------------------------------------------------------------------------- names
def person(ctx: Ctx, role: str) -> tuple[str, str]:
    """A new (first, last) name for a role, from the locale (sometimes a neighbouring one), kept per record."""
    if role in ctx.cast:
        return ctx.cast[role]
    loc = ctx.locale if ctx.chance(0.85) else ctx.pick(L.LOCALES)
    used = {v for pair in ctx.cast.values() for v in pair}
    for _ in range(20):
        first, last = ctx.pick(L.FIRST[loc]), ctx.pick(L.LAST[loc])
        if first not in used and last not in used:
            break
    ctx.cast[role] = (first, last)
    return first, last


def name_ent(ctx: Ctx, role: str, form: str | None = None) -> Ent:
    first, last = person(ctx, role)
    is_part = f"{first} {last}" in ctx.participants
    if role in ("doctor", "prof", "priest") and form is None:
        title = {"doctor": ["Dr", "Doctor", "Dr"], "prof": ["Professor", "Prof"], "priest": ["Father", "Fr"]}[role]
        core = [ctx.pick(title)] + last.split()
        return Ent(core, proper=True)
    form = form or ctx.pick(["first", "first", "first", "full", "title", "misheard", "nick", "titled_first"])
    if form == "misheard" and first not in L.MISHEARD:
        form = "first"
    if form in ("nick", "titled_first") and (is_part or role not in ("kin", "deceased")):
        form = "first"
    if form == "first":
        core = first.split()
    elif form == "full":
        core = f"{first} {last}".split()
    elif form == "title":
        core = [ctx.pick(["Dr", "Mrs", "Mr", "Ms", "Miss", "Officer", "Sergeant", "Pastor", "Coach"])] + last.split()
    elif form == "misheard":
        core = L.MISHEARD[first].split()
    elif form == "nick":
        core = ctx.pick(L.NICKNAMES).split()
    else:
        core = [ctx.pick(["Auntie", "Uncle", "Tita", "Lola", "Granny", "Mama", "Baba", "Cousin", "Sister",
                          "Brother", "Imam", "Father"])] + first.split()
    disfluent = False
    if len(core) >= 2 and ctx.chance(0.06):
        core = core[:1] + [ctx.pick(["um", "uh", "erm"])] + core[1:]
        disfluent = True
    elif ctx.chance(0.05):
        core = [core[0]] + core  # "Niamh Niamh" restart inside the name
    return Ent(core, proper=True, participant=is_part, disfluent=disfluent)


def spelled_ent(ctx: Ctx, role: str) -> Ent:
    first, last = person(ctx, role)
    word = ctx.pick([first, last]).replace(" ", "").replace("'", "")
    letters = [c.upper() for c in word if c.isalpha()]
    core = ["-".join(letters)] if ctx.chance(0.35) else letters
    return Ent(core, participant=f"{first} {last}" in ctx.participants)


# ----------------------------------------------------------------------------------------------- places
def split_the(value: str) -> tuple[list[str], list[str]]:
    words = value.split()
    if words[0].lower() == "the":
        return ["the"], words[1:]
    return [], words


def place_ent(ctx: Ctx, what: str) -> Ent:
    table = {"town": L.TOWNS, "hood": L.HOODS, "region": L.REGIONS, "facility": L.FACILITIES}[what]
    loc = ctx.locale if what == "facility" or ctx.chance(0.9) else ctx.pick(L.LOCALES)
    pre, core = split_the(ctx.pick(table[loc]))
    lower = what == "facility" and ctx.chance(0.3)
    if lower:
        core = [w.lower() for w in core]
    return Ent(core, pre=pre, proper=not lower)


def street_ent(ctx: Ctx) -> Ent:
    loc, street = ctx.locale, ctx.pick(L.STREETS[ctx.locale])
    n = str(ctx.rng.randint(1, 240))
    num = words_int(int(n)) if ctx.words else n
    r = ctx.rng.random()
    if loc == "SG":
        blk, unit = ctx.rng.randint(100, 899), f"#{ctx.rng.randint(2, 18):02d}-{ctx.rng.randint(1, 480)}"
        if ctx.words:
            a, b = unit[1:].split("-")
            text = f"block {words_int(blk, uk_and=False)} {street}, unit {words_int(int(a))} dash {words_int(int(b))}"
        else:
            text = ctx.pick([f"Blk {blk} {street} {unit}", f"Block {blk}, {street}, {unit}"])
    elif loc == "PH":
        text = ctx.pick([f"Blk {ctx.rng.randint(1, 40)} Lot {ctx.rng.randint(1, 30)} {street}",
                         f"{n} {street}", f"Purok {ctx.rng.randint(1, 9)}, {street}"])
    elif loc in ("NG", "KE", "JM") and r < 0.35:
        text = ctx.pick([f"No. {n} {street}", f"off {street}", f"House {n}, {street}", f"Lot {n} {street}"])
        if text.startswith("off "):
            return Ent(street.split(), pre=["off"], proper=True)
    elif r < 0.12:
        box = str(ctx.rng.randint(10, 9999))
        text = ctx.pick([f"P.O. Box {box}", f"PO Box {box}"]) if not ctx.words else f"P O Box {words_int(int(box))}"
    elif r < 0.2 and loc in US + ("CA-ON", "CA-QC", "IE"):
        rr = ctx.rng.randint(1, 9)
        text = (f"Rural Route {rr}, Box {ctx.rng.randint(10, 300)}" if loc != "IE"
                else f"{ctx.pick(['The Old Forge', 'Rose Cottage', 'Hillview House', 'Ard na Gréine'])}, "
                     f"{ctx.pick(L.TOWNS['IE'])} Road")
    elif r < 0.5:
        unit_word = {"US-NE": "Apartment", "US-W": "Apt", "CA-ON": "Unit", "CA-QC": "appartement"}.get(loc, "Flat")
        u = str(ctx.rng.randint(1, 40)) + (ctx.pick(["", "", "B", "A"]) if not ctx.words else "")
        uw = words_int(int(u.rstrip("AB"))) if ctx.words else u
        text = ctx.pick([f"{unit_word} {uw}, {num} {street}", f"{num} {street}, {unit_word} {uw}",
                         f"{num} {street} {unit_word.lower()} {uw}"])
        if loc in US and not ctx.words and ctx.chance(0.4):
            text = f"{n} {street} #{u}"
    elif r < 0.6 and loc == "CA-QC":
        text = f"{n}-{ctx.rng.randint(1, 12)} {street}" if not ctx.words else f"{num} {street}"
    else:
        text = f"{num} {street}"
    core = text.split()
    if not ctx.words and ctx.chance(0.08) and len(core) > 2:
        core = core[:1] + ["uh,"] + core[1:]
        return Ent(core, proper=True, disfluent=True)
    return Ent(core, proper=True)


def postcode(ctx: Ctx) -> str:
    loc, d, a = ctx.locale, ctx.digits, ctx.letters
    if loc == "IE":
        return f"{ctx.pick(['D', 'T', 'H', 'V', 'A', 'F', 'R', 'N'])}{d(2, False)} {a(1)}{d(1)}{a(1)}{d(1)}"
    if loc == "GB-LON":
        return f"{ctx.pick(['SE15', 'E8', 'N17', 'SW9', 'E15', 'CR0', 'HA9', 'IG1', 'NW10'])} {d(1)}{a(2, IN_LETTERS)}"
    if loc == "GB-NTH":
        district = ctx.pick(["LS6", "M14", "OL11", "HD1", "BD8", "WF13", "HX7", "BB2", "M22", "LS9"])
        return f"{district} {d(1)}{a(2, IN_LETTERS)}"
    if loc in ("CA-QC", "CA-ON"):
        fsa = ["H1", "H2", "H3", "H4", "J4", "G1"] if loc == "CA-QC" else ["M3", "M5", "M9", "L6", "K1", "P3"]
        first = ctx.pick(fsa)
        return f"{first}{a(1)} {d(1)}{a(1)}{d(1)}"
    if loc == "SG":
        return ctx.pick(["", "Singapore "]) + d(6)
    if loc == "PH":
        return ctx.pick(["1800", "1100", "6500", "6200", "4027", "3100", "2000", "1870", "5000", "9500"])
    if loc == "NG":
        return ctx.pick(["100001", "101241", "200284", "400102", "500272", "102212", "930001"])
    if loc == "KE":
        return ctx.pick(["00100", "00200", "40100", "20100", "30100", "00618", "01000", "10100"])
    if loc == "JM":
        return ctx.pick(["JMAAW05", "JMACE12", "JMCCT03", "JMBSA17", "JMDCA09"])
    z = ctx.pick(["021", "024", "018", "100", "104", "112", "061", "029", "068"] if loc == "US-NE"
                 else ["900", "933", "981", "967", "972", "837", "860", "958", "983"]) + d(2, False)
    return z + (f"-{d(4, False)}" if ctx.chance(0.3) else "")


def postcode_ent(ctx: Ctx) -> Ent:
    code = postcode(ctx)
    pre: list[str] = []
    if code.startswith("Singapore "):
        pre, code = ["Singapore"], code.split()[1]
    if ctx.words and ctx.locale in ("GB-LON", "GB-NTH", "IE", "CA-QC", "CA-ON", "JM"):
        parts = []
        for g in code.split():
            m = re.match(r"([A-Z]+)(\d+)([A-Z]*)(\d*)([A-Z]*)(\d*)$", g)
            for piece in (m.groups() if m else (g,)):
                if piece.isdigit():
                    parts.append(words_int(int(piece)) if len(piece) == 2 and ctx.chance(0.6) else piece)
                elif piece:
                    parts.append(piece)
        ent = say_code(ctx, " ".join(parts), written=False, hesitate=0.05)
    elif ctx.words:
        ent = say_code(ctx, code.replace("-", " "), written=False, hesitate=0.05)
    else:
        ent = Ent(code.split())
    ent.pre = pre
    return ent


# ----------------------------------------------------------------------------------------------- dates
def random_date(ctx: Ctx, dob: bool) -> dt.date:
    if dob:
        start, span = dt.date(1931, 1, 1), 365 * 78
    else:
        start, span = dt.date(2022, 6, 1), 365 * 3
    return start + dt.timedelta(days=ctx.rng.randrange(span))


def mdy(ctx: Ctx) -> bool:
    return ctx.locale in US + ("PH",) or (ctx.locale == "CA-ON" and ctx.chance(0.5))


def date_ent(ctx: Ctx, dob: bool = False) -> Ent:
    d = random_date(ctx, dob)
    day, mon, year = d.day, d.month, d.year
    month, mshort, wday = L.MONTHS[mon - 1], L.MONTHS_SHORT[mon - 1], L.WEEKDAYS[d.weekday()]
    us = mdy(ctx)
    pre: list[str] = []
    if not ctx.words:
        forms = [
            f"{mon}/{day}/{year}" if us else f"{day}/{mon}/{year}",
            f"{mon:02d}/{day:02d}/{year % 100:02d}" if us else f"{day:02d}/{mon:02d}/{year % 100:02d}",
            f"{day}.{mon}.{year % 100:02d}", f"{year}-{mon:02d}-{day:02d}",
            f"{ordinal_digits(day)} {month}", f"{month} {ordinal_digits(day)}", f"{mshort} {ordinal_digits(day)}",
            f"{day} {mshort}", f"{month} {day}, {year}", f"{ordinal_digits(day)} of {month}",
            f"{day}-{mshort}-{year % 100:02d}",
        ]
        if not dob:
            forms += [f"{wday} the {ordinal_digits(day)}", f"{wday}, {month} {day}"]
        if dob:
            forms += [f"{day} {month} '{year % 100:02d}", f"{ordinal_digits(day)} {month} {year}",
                      f"{month} {day} {year}"]
        text = ctx.pick(forms)
        if " of " in text or text.startswith(wday + " the") is False and ctx.chance(0.0):
            pass
        if " of " in text and ctx.chance(0.7):
            pre = ["the"]
    else:
        dw, mw = ordinal_words(day), ordinal_words(mon)
        yw = year_words(year, ctx.rng)
        forms = [f"{dw} of {month}", f"{month} {dw}", f"{month} the {dw}", f"{dw} of the {mw}",
                 f"{wday} the {dw}" if not dob else f"{month} {dw}",
                 (f"{ctx.zero} {ONES[mon]}" if mon < 10 else words_int(mon)) + " "
                 + (f"{ctx.zero} {ONES[day]}" if day < 10 else words_int(day))
                 if us else (f"{ctx.zero} {ONES[day]}" if day < 10 else words_int(day)) + " "
                 + (f"{ctx.zero} {ONES[mon]}" if mon < 10 else words_int(mon)),
                 f"{dw} of {month} {yw}", f"{month} {dw} {yw}"]
        if dob:
            forms += [f"{dw} of {month} {yw}", f"{dw} of the {mw} {words_int(year % 100) if year % 100 > 9 else yw}",
                      f"{yw}, {month} the {dw}", f"{month} {dw}, {yw}"]
        text = ctx.pick(forms)
        if text.startswith(dw) and ctx.chance(0.75):
            pre = ["the"]
    core = text.split()
    disfluent = False
    if ctx.words and len(core) > 3 and ctx.chance(0.1):
        k = ctx.rng.randint(1, len(core) - 1)
        core = core[:k] + [ctx.pick(["um", "uh", "erm"])] + core[k:]
        disfluent = True
    return Ent(core, pre=pre, disfluent=disfluent)


def age90_ent(ctx: Ctx) -> Ent:
    age = ctx.pick([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104, 106])
    if ctx.words or ctx.chance(0.35):
        text = ctx.pick([words_int(age, uk_and=ctx.locale not in US), words_int(age, hyphen=True)])
        if age >= 100 and ctx.chance(0.5):
            text = "a " + words_int(age)[4:]
        if age < 100 and ctx.chance(0.15):
            text += " and a half"
    else:
        text = str(age)
    return Ent(text.split())


# ----------------------------------------------------------------------------------------------- phones
PHONES = {
    "IE": [("08{0} {1} {2}", (1, 3, 4)), ("01 {0} {1}", (3, 4)), ("+353 8{0} {1} {2}", (1, 3, 4)),
           ("0{0} {1}", (2, 6))],
    "GB-LON": [("07{0} {1}", (3, 6)), ("020 {0} {1}", (4, 4)), ("+44 7{0} {1}", (3, 6))],
    "GB-NTH": [("07{0} {1}", (3, 6)), ("0113 {0} {1}", (3, 4)), ("0161 {0} {1}", (3, 4)), ("01484 {0}", (6,))],
    "CA-QC": [("514-{0}-{1}", (3, 4)), ("(438) {0}-{1}", (3, 4)), ("450 {0} {1}", (3, 4)),
              ("1-819-{0}-{1}", (3, 4))],
    "CA-ON": [("416-{0}-{1}", (3, 4)), ("(647) {0}-{1}", (3, 4)), ("905.{0}.{1}", (3, 4)), ("705 {0} {1}", (3, 4))],
    "SG": [("9{0} {1}", (3, 4)), ("8{0} {1}", (3, 4)), ("+65 6{0} {1}", (3, 4))],
    "PH": [("09{0} {1} {2}", (2, 3, 4)), ("+63 9{0} {1} {2}", (2, 3, 4)), ("(02) 8{0} {1}", (3, 4))],
    "NG": [("080{0} {1} {2}", (1, 3, 4)), ("+234 80{0} {1} {2}", (1, 3, 4)), ("070{0} {1} {2}", (1, 3, 4))],
    "KE": [("07{0} {1} {2}", (2, 3, 3)), ("+254 7{0} {1}", (2, 6)), ("01{0} {1}", (2, 6))],
    "JM": [("876-{0}-{1}", (3, 4)), ("(876) {0} {1}", (3, 4)), ("1 876 {0} {1}", (3, 4))],
    "US-NE": [("(617) {0}-{1}", (3, 4)), ("212-{0}-{1}", (3, 4)), ("413.{0}.{1}", (3, 4)), ("(860) {0} {1}", (3, 4))],
    "US-W": [("(415) {0}-{1}", (3, 4)), ("206-{0}-{1}", (3, 4)), ("808 {0} {1}", (3, 4)), ("(559) {0}-{1}", (3, 4))],
}


def phone_ent(ctx: Ctx, fax: bool = False) -> Ent:
    fmt, sizes = ctx.pick(PHONES[ctx.locale])
    number = fmt.format(*[ctx.digits(n, False) for n in sizes])
    if ctx.words:
        spoken = number.replace("(", "").replace(")", "").replace(".", " ").replace("-", " ")
        return say_code(ctx, spoken, written=False)
    if ctx.chance(0.15):
        number = re.sub(r"[ .()-]", "", number) if not number.startswith("+") else number
    return say_code(ctx, number, written=True)


# ----------------------------------------------------------------------------------------------- e-mail / web
def handle_base(ctx: Ctx, role: str) -> str:
    first, last = person(ctx, role)
    f = re.sub(r"[^a-z]", "", first.lower().replace("é", "e").replace("è", "e"))
    la = re.sub(r"[^a-z]", "", last.lower().replace("é", "e").replace("ô", "o").replace("ú", "u").replace("ó", "o"))
    y = str(ctx.rng.randint(70, 99) if ctx.chance(0.5) else ctx.rng.randint(1, 2009))
    return ctx.pick([f"{f}.{la}", f"{f}{la}{y[-2:]}", f"{f[0]}{la}", f"{f}_{la}", f"{la}.{f}{y[-2:]}",
                     f"{f}{ctx.pick(L.SITE_TAILS)}", f"{ctx.pick(L.SITE_WORDS)}.{f}", f"{f}-{la}"])


def speak_web(ctx: Ctx, text: str, spell: bool) -> list[str]:
    out: list[str] = []
    for tok in re.split(r"([.@_/-])", text):
        if not tok:
            continue
        if tok in ".@_/-":
            out.append({".": "dot", "@": "at", "_": "underscore", "/": "slash", "-": "dash"}[tok])
        elif tok.isdigit():
            out += speak_group(ctx, tok, ctx.chance(0.5))
        elif spell or (len(tok) <= 3 and tok not in ("com", "org", "net", "gov") and ctx.chance(0.7)):
            out += list(tok)
        else:
            out.append(tok)
    return out


def email_ent(ctx: Ctx, role: str = "client") -> Ent:
    local = handle_base(ctx, role)
    domain = ctx.pick(L.EMAIL_DOMAINS[ctx.locale])
    if ctx.chance(0.15):
        domain = ctx.pick(L.SITE_WORDS) + L.SUFFIX[ctx.locale]
    full = f"{local}@{domain}"
    r = ctx.rng.random()
    if not ctx.words and r < 0.55:
        return Ent([full])
    if r < 0.75:
        return Ent([local, "at", domain])  # half-written
    return Ent(speak_web(ctx, local, ctx.chance(0.25)) + ["at"] + speak_web(ctx, domain, False))


def url_ent(ctx: Ctx, role: str = "client") -> Ent:
    r = ctx.rng.random()
    base = handle_base(ctx, role).replace("-", "_")
    if r < 0.3:  # social profile link
        site = ctx.pick(L.SOCIAL)
        path = base if "gofundme" not in site else "help-for-" + base.replace(".", "-").replace("_", "-")
        url = f"{site}/{path}"
        if ctx.chance(0.3):
            url = "https://www." + url if "linktr" not in url else "https://" + url
    elif r < 0.6:  # organisation site, maybe with a path
        url = ctx.pick(["www.", "", ""]) + ctx.pick(L.SITE_WORDS) + ctx.pick(L.SITE_TAILS) + L.SUFFIX[ctx.locale]
        if ctx.chance(0.35):
            url += ctx.pick(["/book", "/referral", "/contact-us", "/groups/tuesday", "/donate", "/apply"])
    else:  # a handle
        handle = base.replace("-", "_")
        if ctx.words or ctx.chance(0.5):
            return Ent(speak_web(ctx, handle, ctx.chance(0.2)), pre=["at"])
        return Ent(["@" + handle])
    if not ctx.words and ctx.chance(0.75):
        return Ent([url])
    url = url.replace("https://", "")
    return Ent(speak_web(ctx, url, False))


def ip_ent(ctx: Ctx) -> Ent:
    r = ctx.rng.random()
    if r < 0.4:
        ip = f"192.168.{ctx.rng.randint(0, 10)}.{ctx.rng.randint(2, 254)}"
    elif r < 0.6:
        ip = f"10.{ctx.rng.randint(0, 40)}.{ctx.rng.randint(0, 255)}.{ctx.rng.randint(2, 254)}"
    else:
        ip = ".".join(str(ctx.rng.randint(1, 223 if i == 0 else 255)) for i in range(4))
    if not ctx.words and ctx.chance(0.8):
        return Ent([ip])
    words: list[str] = []
    disfluent = False
    dot = ctx.pick(["dot", "dot", "point"])
    for i, part in enumerate(ip.split(".")):
        if i:
            words.append(dot)
            if ctx.chance(0.08):
                words.append("uh")
                disfluent = True
        if ctx.chance(0.5):
            words += [ONES[int(c)] if c != "0" else ctx.zero for c in part]
        else:
            words += words_int(int(part), uk_and=False).split()
    return Ent(words, disfluent=disfluent)


# ----------------------------------------------------------------------------------------------- ID numbers
def id_scheme(ctx: Ctx, slot: str) -> tuple[str, str]:
    """(label, code) for an ID slot in this locale; the label is what the client calls it."""
    loc, d, a = ctx.locale, ctx.digits, ctx.letters
    ca, gb = loc.startswith("CA"), loc.startswith("GB")
    if slot == "ssn":
        if loc == "IE":
            return ctx.pick(["PPS number", "PPS", "PPSN"]), f"{d(7, False)}{a(1)}" + ctx.pick(["", "A", "W"])
        if gb:
            return ctx.pick(["National Insurance number", "NI number", "national insurance"]), \
                f"{a(2, 'ABCEGHJKLMNPRSTWXYZ')} {d(2, False)} {d(2, False)} {d(2, False)} {a(1, 'ABCD')}"
        if ca:
            return ctx.pick(["SIN", "social insurance number", "NAS"]), f"{d(3)} {d(3, False)} {d(3, False)}"
        if loc == "SG":
            return ctx.pick(["NRIC", "IC number", "IC", "FIN number"]), f"{a(1, 'STGF')}{d(7, False)}{a(1)}"
        if loc == "PH":
            return ctx.pick(["SSS number", "UMID number", "SSS"]), f"{d(2)}-{d(7, False)}-{d(1, False)}"
        if loc == "NG":
            return ctx.pick(["NIN", "national identification number", "NIN slip number"]), d(11)
        if loc == "KE":
            return ctx.pick(["ID number", "national ID", "kitambulisho number"]), d(8)
        if loc == "JM":
            return ctx.pick(["TRN", "tax registration number", "TRN number"]), f"{d(3)}-{d(3, False)}-{d(3, False)}"
        return ctx.pick(["social", "social security number", "SSN", "social security"]), \
            f"{d(3)}-{d(2, False)}-{d(4, False)}"
    if slot == "health":
        if loc == "IE":
            return ctx.pick(["medical card number", "GMS number", "VHI membership number"]), \
                ctx.pick([f"{d(7, False)}{a(1)}", f"{d(10, False)}"])
        if gb:
            return ctx.pick(["NHS number", "NHS no", "NHS number"]), f"{d(3)} {d(3, False)} {d(4, False)}"
        if loc == "CA-ON":
            return ctx.pick(["OHIP number", "health card number", "OHIP"]), \
                f"{d(4)}-{d(3, False)}-{d(3, False)}" + ctx.pick(["", f"-{a(2)}"])
        if loc == "CA-QC":
            return ctx.pick(["carte soleil number", "RAMQ number", "health insurance card number"]), \
                f"{a(4)} {d(4, False)} {d(4, False)}"
        if loc == "SG":
            return ctx.pick(["MediShield policy number", "CHAS card number", "insurance policy number"]), \
                f"{a(1)}{d(9, False)}"
        if loc == "PH":
            return ctx.pick(["PhilHealth number", "PhilHealth PIN", "PhilHealth ID"]), \
                f"{d(2)}-{d(9, False)}-{d(1, False)}"
        if loc == "NG":
            return ctx.pick(["HMO number", "NHIS number", "enrollee ID"]), \
                f"{a(3)}/{d(5, False)}/{ctx.pick(['A', 'B', 'C'])}" if ctx.chance(0.5) else d(8)
        if loc == "KE":
            return ctx.pick(["NHIF number", "SHA number", "NHIF card number"]), d(8)
        if loc == "JM":
            return ctx.pick(["NHF card number", "JADEP number", "Sagicor member ID"]), d(8)
        if loc == "US-NE":
            return ctx.pick(["Medicaid ID", "MassHealth number", "member ID"]), \
                ctx.pick([f"{a(2)}{d(5, False)}{a(1)}", d(12)])
        return ctx.pick(["Medi-Cal number", "Medicare number", "member ID", "Tricare ID"]), \
            ctx.pick([f"{d(8)}{a(1)}", f"{d(1)}{a(2)}{d(1)}-{a(2)}{d(1)}-{a(2)}{d(2)}"])
    if slot == "mrn":
        label = ctx.pick(["MRN", "hospital number", "chart number", "file number", "patient ID", "patient number",
                          "medical record number", "unit number"])
        return label, ctx.pick([d(8, False), f"{a(1)}{d(7, False)}", f"{a(1)}-{d(3)}-{d(4, False)}",
                                f"{a(3)} {d(6)}", f"{d(4)}-{d(6, False)}", f"MRN{d(7, False)}"])
    if slot == "account":
        if loc == "IE":
            return ctx.pick(["IBAN", "account number", "credit union account"]), \
                ctx.pick([f"IE{d(2)} AIBK {d(4, False)} {d(4, False)} {d(4, False)} {d(2, False)}", d(8, False)])
        if gb:
            return ctx.pick(["sort code and account", "account number", "council tax reference", "claim reference"]), \
                ctx.pick([f"{d(2)}-{d(2, False)}-{d(2, False)} {d(8, False)}", d(8, False), d(10)])
        if ca:
            return ctx.pick(["account number", "Hydro account number", "transit and account"]), \
                ctx.pick([f"{d(5, False)} {d(7, False)}", f"{d(4)} {d(4, False)} {d(4, False)}"])
        if loc == "SG":
            return ctx.pick(["POSB account", "account number", "DBS account"]), f"{d(3)}-{d(5, False)}-{d(1, False)}"
        if loc == "PH":
            return ctx.pick(["BDO account number", "Meralco account", "Landbank account"]), \
                f"{d(4, False)} {d(4, False)} {d(2, False)}"
        if loc == "NG":
            return ctx.pick(["account number", "GTBank account", "Opay account"]), d(10, False)
        if loc == "KE":
            return ctx.pick(["KCB account", "Kenya Power account number", "Equity account"]), d(10, False)
        if loc == "JM":
            return ctx.pick(["NCB account", "JPS account number", "account number"]), \
                f"{d(3)}-{d(3, False)}-{d(3, False)}"
        return ctx.pick(["account number", "claim number", "Con Ed account", "case number with the insurance"]), \
            ctx.pick([d(10), f"{d(2)}-{d(4, False)}-{d(4, False)}", f"{d(9)}-{d(3, False)}"])
    if slot == "licence":
        if loc == "IE":
            return ctx.pick(["driving licence number", "passport number", "SPSV licence"]), \
                ctx.pick([d(9), f"P{a(1)}{d(7, False)}", d(5)])
        if gb:
            return ctx.pick(["driving licence number", "passport number", "SIA badge number", "NMC PIN",
                             "ARC number"]), ctx.pick([f"{a(5)}{d(6, False)}{a(2)}{d(1)}{a(2)}", d(9),
                                                       f"{d(4)} {d(4, False)} {d(4, False)} {d(4, False)}",
                                                       f"{d(2)}{a(1)}{d(4, False)}{a(1)}"])
        if loc == "CA-ON":
            return ctx.pick(["licence number", "driver's licence", "PR card number"]), \
                ctx.pick([f"{a(1)}{d(4, False)}-{d(5, False)}-{d(5, False)}", f"PA{d(7, False)}"])
        if loc == "CA-QC":
            return ctx.pick(["permis de conduire number", "licence number", "passport number"]), \
                ctx.pick([f"{a(1)}{d(4, False)}-{d(6, False)}-{d(2, False)}", f"{a(2)}{d(6, False)}"])
        if loc == "SG":
            return ctx.pick(["work permit number", "passport number", "taxi vocational licence"]), \
                ctx.pick([f"{d(1)} {d(7, False)}", f"E{d(7, False)}{a(1)}", f"TV{d(6, False)}"])
        if loc == "PH":
            return ctx.pick(["driver's license number", "PRC license number", "passport number"]), \
                ctx.pick([f"{a(1)}{d(2)}-{d(2, False)}-{d(6, False)}", d(7, False), f"P{d(7, False)}{a(1)}"])
        if loc == "NG":
            return ctx.pick(["driver's licence number", "passport number", "nursing licence number"]), \
                ctx.pick([f"{a(3)}{d(5, False)}{a(2)}{d(2, False)}", f"A{d(8, False)}", f"RN {d(6, False)}"])
        if loc == "KE":
            return ctx.pick(["driving licence number", "passport number", "PSV badge number", "refugee ID"]), \
                ctx.pick([f"DL-{d(7)}", f"AK{d(7, False)}", f"PSV {d(6)}", f"{d(3)}-{d(8, False)}"])
        if loc == "JM":
            return ctx.pick(["passport number", "taxi badge", "driver's licence number"]), \
                ctx.pick([f"A{d(7, False)}", d(5), d(9)])
        return ctx.pick(["license number", "driver's license", "A-number", "nursing license", "CDL number"]), \
            ctx.pick([f"{a(1)}{d(7, False)}", f"{d(3)} {d(3, False)} {d(3, False)}",
                      f"A{d(3)} {d(3, False)} {d(3, False)}", f"RN{d(6, False)}", f"S{d(8, False)}"])
    if slot == "plate":
        if ctx.chance(0.15):
            vin = ctx.pick(["1HG", "2T1", "JHM", "WVW", "5YJ", "3FA", "KNA", "SAL"]) + \
                "".join(ctx.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
            return ctx.pick(["VIN", "chassis number", "VIN number"]), vin
        label = ctx.pick(["reg", "plate", "registration", "licence plate", "number plate", "plate number"])
        if loc == "IE":
            year = ctx.pick(["191", "12", "08", "221", "162", "05"])
            county = ctx.pick(["D", "KY", "G", "MO", "LH", "C", "WX"])
            return label, f"{year}-{county}-{d(ctx.rng.randint(3, 5))}"
        if gb:
            return label, f"{ctx.pick(['LS', 'YK', 'LD', 'MA', 'LN', 'BD', 'YT'])}{d(2)} {a(3)}"
        if loc == "CA-QC":
            return label, ctx.pick([f"{a(1)}{d(2)} {a(3)}", f"{d(3)} {a(3)}"])
        if loc == "CA-ON":
            return label, f"{a(4)} {d(3)}"
        if loc == "SG":
            return label, f"S{a(2)} {d(4)} {a(1)}"
        if loc == "PH":
            return label, ctx.pick([f"{a(3)} {d(4)}", f"{d(3)} {a(3)}"])
        if loc == "NG":
            return label, ctx.pick([f"{a(3)} {d(3)} {a(2)}", f"{a(3)}-{d(3)}{a(2)}"])
        if loc == "KE":
            return label, ctx.pick([f"K{a(2)} {d(3)}{a(1)}", f"KM{a(2)} {d(3)}{a(1)}"])
        if loc == "JM":
            return label, ctx.pick([f"{d(4)} {a(2)}", f"PP {d(4)}"])
        return label, ctx.pick([f"{d(1)}{a(3)}{d(3)}", f"{a(3)}-{d(4)}", f"{d(1)}{a(2)} {d(3)}"])
    # device
    label = ctx.pick(["pump serial number", "hearing aid serial", "CPAP serial", "IMEI",
                      "tag number on the ankle monitor", "serial on the Libre sensor",
                      "pacemaker ID", "tablet's serial number", "MAC address"])
    if label == "IMEI":
        return label, f"{d(2)} {d(6, False)} {d(6, False)} {d(1, False)}"
    if label == "MAC address":
        return label, ":".join(f"{ctx.rng.randrange(256):02X}" for _ in range(6))
    return label, ctx.pick([f"{a(2)}{d(7, False)}{a(1)}", f"{d(4)}-{d(4, False)}", d(11), f"EM-{d(5)}",
                            f"0M{d(4, False)}{a(3)}", f"{a(3)}{d(6, False)}{a(1)}"])


def id_ent(ctx: Ctx, code: str) -> Ent:
    if ":" in code:  # MAC address
        if not ctx.words:
            return Ent([code])
        words: list[str] = []
        for i, part in enumerate(code.split(":")):
            if i and ctx.chance(0.5):
                words.append("colon")
            words += speak_group(ctx, part, False)
        return Ent(words)
    if ctx.words:
        return say_code(ctx, code.replace("/", " slash ").replace("-", " - ").replace(" - ", "-"), written=False)
    return say_code(ctx, code, written=True)


# ----------------------------------------------------------------------------------------------- negatives
CURRENCY = {"IE": ("€", "euro"), "GB-LON": ("£", "quid"), "GB-NTH": ("£", "pound"), "CA-QC": ("$", "dollars"),
            "CA-ON": ("$", "bucks"), "SG": ("$", "dollars"), "PH": ("₱", "pesos"), "NG": ("₦", "naira"),
            "KE": ("KSh ", "bob"), "JM": ("J$", "dollars"), "US-NE": ("$", "bucks"), "US-W": ("$", "dollars")}


def negative(ctx: Ctx, slot: str) -> str:
    """Plain words for a hard-negative slot, in the record's number mode."""
    rng, w = ctx.rng, ctx.words
    n = rng.randint
    simple = {"n_brand": L.NEG_BRANDS, "n_public": L.NEG_PUBLIC, "n_eponym": L.NEG_EPONYMS, "n_model": L.NEG_MODELS,
              "n_idiom": L.NEG_IDIOMS, "n_word": L.NEG_WORDS, "n_role": L.NEG_ROLES, "n_placegen": L.NEG_PLACES_GENERIC,
              "n_food": L.NEG_FOODS, "n_country": L.NEG_COUNTRIES, "n_nat": L.NEG_NATIONALITIES, "n_pet": L.NEG_PETS,
              "n_holiday": L.NEG_HOLIDAYS, "n_weekday": L.WEEKDAYS, "n_month": L.MONTHS}
    if slot in simple:
        return ctx.pick(simple[slot])
    if slot == "n_med":
        drug, dose, unit = ctx.pick(L.NEG_MEDS)
        if w:
            return f"{drug} {words_int(dose)} {'milligrams' if unit == 'mg' else 'mils'}"
        return ctx.pick([f"{drug} {dose}{unit}", f"{drug} {dose} {unit}", f"{dose}{unit} of {drug}"])
    if slot == "n_score":
        k = n(2, 9)
        if w:
            return ctx.pick([f"a {ONES[k]} out of ten", f"PHQ nine was {words_int(n(5, 24))}",
                             f"GAD seven of {words_int(n(4, 21))}", f"about a {ONES[k]}"])
        return ctx.pick([f"{k}/10", f"a {k} out of 10", f"PHQ-9 was {n(5, 24)}", f"GAD-7 of {n(4, 21)}",
                         f"AUDIT score {n(8, 30)}"])
    if slot == "n_money":
        sym, word = CURRENCY[ctx.locale]
        amt = ctx.pick([20, 45, 250, 300, 1200, 80, 15, 600])
        return f"{words_int(amt)} {word}" if w else ctx.pick([f"{sym}{amt}", f"{amt} {word}"])
    if slot == "n_duration":
        k = n(2, 11)
        return f"{ONES[k] if w else k} {ctx.pick(['weeks', 'months', 'days', 'years', 'hours'])}"
    if slot == "n_clock":
        h, m = n(1, 11), ctx.pick([0, 15, 30, 45])
        if w:
            return ctx.pick([f"{ONES[h]} o'clock", f"half {ONES[h]}", f"{ONES[h]} {words_int(m) if m else 'o clock'}",
                             f"quarter past {ONES[h]}"])
        return ctx.pick([f"{h}:{m:02d}", f"{h}:{m:02d}pm", f"{h}am", f"{h}.{m:02d}"])
    if slot == "n_rating":
        return ctx.pick(["twenty four seven", "fifty fifty", "a hundred percent", "ten out of ten"] if w
                        else ["24/7", "50/50", "100%", "10/10", "9/11 stuff on TV"])
    if slot == "n_age":
        a = n(13, 88)
        return words_int(a) if w else str(a)
    if slot == "n_year":
        y = n(1962, 2021)
        return year_words(y, rng) if w else ctx.pick([str(y), f"the {str(y)[2]}0s", f"'{str(y)[2:]}"])
    if slot == "n_step":
        k = n(1, 12)
        return ctx.pick(["step", "page", "chapter", "room", "bus", "ward", "level", "gate"]) + " " + \
            (words_int(k) if w else str(k))
    raise KeyError(slot)


# ----------------------------------------------------------------------------------------------- templates
class Tok:
    __slots__ = ("core", "suffix", "span", "proper")

    def __init__(self, core: str, suffix: str = "", span: int = -1, proper: bool = False):
        self.core, self.suffix, self.span, self.proper = core, suffix, span, proper


SLOT_RE = re.compile(r"^([^{]*)\{(\w+)\}(.*)$")


def split_word(word: str, poss: bool = True) -> tuple[str, str]:
    m = re.match(r"^(.*?)((?:'s)?[.,;:?!]*)$" if poss else r"^(.*?)([.,;:?!]*)$", word)
    core, suffix = m.group(1), m.group(2)
    if not core:
        return word, ""
    return core, suffix


def slot_ent(ctx: Ctx, slot: str, memo: dict) -> Ent | str:
    """Fill one slot: an Ent (gold span) or a plain string (hard negative or label)."""
    if slot.startswith("n_"):
        return negative(ctx, slot)
    if slot.endswith("_label"):
        return memo.setdefault(slot[:-6], id_scheme(ctx, slot[:-6]))[0]
    if slot in ("client", "therapist", "partner", "parent", "teen", "kin", "friend", "boss", "officer", "interp",
                "child", "sibling", "ex", "doctor", "deceased", "peer", "prof", "priest"):
        return name_ent(ctx, slot)
    if slot.endswith("_full"):
        return name_ent(ctx, slot[:-5], "full")
    if slot.endswith("_first"):
        return name_ent(ctx, slot[:-6], "first")
    if slot.endswith("_spell"):
        return spelled_ent(ctx, slot[:-6])
    if slot in ("town", "hood", "region", "facility"):
        return place_ent(ctx, slot)
    if slot == "street":
        return street_ent(ctx)
    if slot == "postcode":
        return postcode_ent(ctx)
    if slot in ("date", "dob"):
        return date_ent(ctx, slot == "dob")
    if slot == "age90":
        return age90_ent(ctx)
    if slot in ("phone", "fax"):
        return phone_ent(ctx, slot == "fax")
    if slot == "email":
        return email_ent(ctx, ctx.pick(["client", "client", "kin", "friend"]))
    if slot == "url":
        return url_ent(ctx, ctx.pick(["client", "kin", "friend", "peer"]))
    if slot == "ip":
        return ip_ent(ctx)
    if slot in ("mrn", "health", "ssn", "account", "licence", "plate", "device"):
        return id_ent(ctx, memo.setdefault(slot, id_scheme(ctx, slot))[1])
    raise KeyError(slot)


def slot_kind(slot: str) -> str:
    if slot in SLOT_KIND:
        return SLOT_KIND[slot]
    if slot in ("town", "hood", "region", "facility"):
        return "geographic"
    return "name"


def fill_turn(ctx: Ctx, template: str, spans: list[dict]) -> list[Tok]:
    """Template words -> tokens; each slot's core words become one span."""
    toks: list[Tok] = []
    memo: dict = {}
    for raw in template.split():
        m = SLOT_RE.match(raw)
        if not m:
            core, suffix = split_word(raw)
            toks.append(Tok(core, suffix))
            continue
        lead, slot, tail = m.groups()
        value = slot_ent(ctx, slot, memo)
        if isinstance(value, str):
            words = (lead + value + tail).split()
            for wd in words:
                core, suffix = split_word(wd)
                toks.append(Tok(core, suffix))
            continue
        ent = value
        assert not lead, raw
        for wd in ent.pre:
            toks.append(Tok(wd))
        idx = len(spans)
        kind = slot_kind(slot)
        span = {"type": TYPE_OF[kind], "kind": kind}
        if ent.disfluent:
            span["disfluent"] = True
        if ent.participant:
            span["participant"] = True
        spans.append(span)
        for wd in ent.core:
            core, suffix = split_word(wd, poss=False)
            toks.append(Tok(core, suffix, idx, ent.proper))
        if ent.post:
            for wd in ent.post:
                toks.append(Tok(wd))
        if tail:
            toks[-1].suffix += tail
    return toks


def add_fillers(ctx: Ctx, toks: list[Tok], rate: float) -> list[Tok]:
    out: list[Tok] = []
    for i, t in enumerate(toks):
        out.append(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or (t.span >= 0 and t.span == nxt.span):
            continue
        if ctx.chance(rate):
            if ctx.chance(0.35) and nxt.span < 0 and len(nxt.core) <= 4 and nxt.core.isalpha():
                out.append(Tok(nxt.core))  # "my my brother"
            else:
                words = ctx.pick(FILLERS).split()
                for j, wd in enumerate(words):
                    out.append(Tok(wd, "," if j == len(words) - 1 and ctx.chance(0.4) else ""))
    return out


PAD = ["Okay, yeah, I hear you, go on.", "Mm, right, okay, and then what?", "Yeah, yeah, I know, I know that.",
       "Okay. Take your time, there's no rush.", "Right, so, yeah, that's basically it.",
       "Sure, sure, that makes sense to me."]


def build_turn(ctx: Ctx, speaker: str, template: str, spans: list[dict], rate: float) -> tuple[str, list[Tok]]:
    toks = add_fillers(ctx, fill_turn(ctx, template, spans), rate)
    while len(toks) < 7:
        toks = fill_turn(ctx, ctx.pick(PAD), spans) + toks
    return speaker, toks


# ----------------------------------------------------------------------------------------------- styles
def style_tokens(ctx: Ctx, style: str, turns: list, seg_bounds: list[list[tuple[int, int]]]) -> None:
    rng = ctx.rng
    lower_span: dict[int, bool] = {}
    for (_, toks), bounds in zip(turns, seg_bounds):
        for t in toks:
            if t.span >= 0 and t.span not in lower_span:
                lower_span[t.span] = (style == "cased" and t.proper and rng.random() < 0.1) or \
                    (style == "odd" and rng.random() < 0.5)
            if style == "cased":
                if t.span >= 0 and lower_span[t.span]:
                    t.core = t.core.lower()
            else:
                keep_upper = style == "odd" and t.span >= 0 and t.proper and not lower_span[t.span]
                t.core = t.core.lower()
                t.suffix = t.suffix.lower()
                if style == "bare":
                    t.suffix = "".join(c for c in t.suffix if c not in PUNCT)
                if style == "odd":
                    if t.core in ("i", "i'm", "i've", "i'll", "i'd"):
                        t.core = "I" + t.core[1:]
                    elif keep_upper or (t.span < 0 and rng.random() < 0.02):
                        t.core = t.core[:1].upper() + t.core[1:]
        if style == "cased":
            for a, b in bounds:
                first, last = toks[a], toks[b - 1]
                if first.core[:1].isalpha():
                    first.core = first.core[:1].upper() + first.core[1:]
                inside = b < len(toks) and last.span >= 0 and toks[b].span == last.span
                if not inside and (not last.suffix or last.suffix[-1] not in PUNCT):
                    if rng.random() < 0.2:
                        last.suffix += "."


# ----------------------------------------------------------------------------------------------- segments
def cut_turn(ctx: Ctx, toks: list[Tok], split_p: float) -> tuple[list[tuple[int, int]], list[int]]:
    """Cut one turn into 7..22-word segments; some multi-word spans are cut on purpose, others never."""
    n = len(toks)
    inner: dict[int, list[int]] = {}
    for k in range(1, n):
        if toks[k - 1].span >= 0 and toks[k - 1].span == toks[k].span:
            inner.setdefault(toks[k].span, []).append(k)
    forced: list[int] = []
    for sid in sorted(inner):
        if ctx.chance(split_p):
            forced.append(ctx.pick(inner[sid]))
    forbidden = {k for ks in inner.values() for k in ks}
    for attempt in range(len(forced) + 2):
        use = sorted(forced[: max(len(forced) - attempt, 0)])
        if attempt == len(forced) + 1:  # last resort: a span too long to fit is cut anywhere
            forbidden = set()
        allowed = [k not in forbidden or k in use for k in range(n + 1)]
        ok = [False] * (n + 1)
        ok[n] = True
        for i in range(n - 7, -1, -1):
            nxt_forced = next((f for f in use if f > i), None)
            hi = min(i + 22, n) if nxt_forced is None else min(i + 22, nxt_forced)
            ok[i] = any(ok[j] and (allowed[j] or j == n) for j in range(i + 7, hi + 1))
        if not ok[0]:
            continue
        bounds, i = [], 0
        while i < n:
            nxt_forced = next((f for f in use if f > i), None)
            hi = min(i + 22, n) if nxt_forced is None else min(i + 22, nxt_forced)
            cands = [j for j in range(i + 7, hi + 1) if ok[j] and (allowed[j] or j == n)]
            if nxt_forced is not None and nxt_forced in cands:
                j = nxt_forced
            else:
                weights = [(4.0 if toks[j - 1].suffix[-1:] in ".?!" else 1.0) * (2.0 if 10 <= j - i <= 17 else 1.0)
                           for j in cands]
                j = ctx.rng.choices(cands, weights)[0]
            bounds.append((i, j))
            i = j
        cut = [toks[a].span for a, _ in bounds if a and toks[a].span >= 0 and toks[a].span == toks[a - 1].span]
        return bounds, cut
    raise AssertionError("turn cannot be segmented")


def timed_segments(ctx: Ctx, turns: list, seg_bounds: list) -> list[dict]:
    rng, t, segs = ctx.rng, rng_start(ctx), []
    for (speaker, toks), bounds in zip(turns, seg_bounds):
        t += rng.randint(30, 140)
        for a, b in bounds:
            words = []
            for tok in toks[a:b]:
                w = tok.core + tok.suffix
                dur = 12 + 5 * len(tok.core) + rng.randint(0, 9)
                words.append({"word": w, "start": t / 100, "end": (t + dur) / 100})
                t += dur + rng.randint(1, 12) + (rng.randint(10, 40) if tok.suffix[-1:] in PUNCT else 0)
            segs.append({"speaker": speaker, "start": words[0]["start"], "end": words[-1]["end"],
                         "text": " ".join(x["word"] for x in words), "words": words})
            t += rng.randint(15, 60)
    return segs


def rng_start(ctx: Ctx) -> int:
    return ctx.rng.randint(50, 400)


# ----------------------------------------------------------------------------------------------- records
def assemble(ctx: Ctx, plan: list[tuple[str, str]], style: str, rid: str) -> dict | None:
    spans_meta: list[dict] = []
    rate = {"cased": 0.04, "lower": 0.05, "bare": 0.07, "odd": 0.06}[style]
    turns = [build_turn(ctx, sp, tpl, spans_meta, rate) for sp, tpl in plan]
    n_words = sum(len(toks) for _, toks in turns)
    if not 250 <= n_words <= 400:
        return None
    seg_bounds, cut_ids = [], []
    for _, toks in turns:
        bounds, cut = cut_turn(ctx, toks, 0.4)
        seg_bounds.append(bounds)
        cut_ids += cut
    style_tokens(ctx, style, turns, seg_bounds)
    segments = timed_segments(ctx, turns, seg_bounds)
    # text and span offsets
    pieces, offsets, pos = [], [], 0
    span_pos: dict[int, list[int]] = {}
    for _, toks in turns:
        for tok in toks:
            if pieces:
                pos += 1
            if tok.span >= 0:
                rng_ = span_pos.setdefault(tok.span, [pos, pos + len(tok.core)])
                rng_[1] = pos + len(tok.core)
            pieces.append(tok.core + tok.suffix)
            offsets.append(pos)
            pos += len(tok.core + tok.suffix)
    text = " ".join(pieces)
    spans = []
    for sid, meta in enumerate(spans_meta):
        start, end = span_pos[sid]
        span = {"start": start, "end": end, "type": meta["type"], "kind": meta["kind"], "text": text[start:end]}
        for key in ("disfluent", "participant"):
            if meta.get(key):
                span[key] = True
        if sid in cut_ids:
            span["split"] = True
        spans.append(span)
    return {"id": rid, "text": text, "spans": spans, "segments": segments}


def make_record(rng: random.Random, i: int, setting: str, locale: str, style: str, numbers: str,
                id_slots: list[str]) -> dict:
    rid = f"holdout6-{i:04d}"
    for _ in range(200):
        ctx = Ctx(rng, locale, numbers, setting)
        parts = S.cast_participants(ctx, person)
        ctx.participants = [f"{f} {la}" for f, la in (ctx.cast[r] for r in parts)]
        if ctx.chance(0.6):
            ctx.participants.append("{} {}".format(*person(ctx, "therapist")))
        target = rng.randint(265, 385)
        plan = S.plan_session(ctx, id_slots, target)
        record = assemble(ctx, plan, style, rid)
        if record is not None:
            out = {"id": rid, "setting": setting, "style": style, "numbers": numbers, "locale": locale,
                   "participants": ctx.participants}
            out.update({k: record[k] for k in ("text", "spans", "segments")})
            return out
    raise AssertionError(f"{rid}: no plan fitted 250..400 words")


def build() -> list[dict]:
    rng = random.Random(SEED)
    settings = [S.SETTINGS[i % len(S.SETTINGS)] for i in range(N_RECORDS)]
    locales = [L.LOCALES[i % len(L.LOCALES)] for i in range(N_RECORDS)]
    styles = [STYLES[i % len(STYLES)] for i in range(N_RECORDS)]
    numbers = ["digits" if i % 2 == 0 else "words" for i in range(N_RECORDS)]
    for seq in (settings, locales, styles, numbers):
        rng.shuffle(seq)
    deck: list[str] = []
    id_kinds = list(S.ID_SLOTS)
    records = []
    for i in range(N_RECORDS):
        k = rng.randint(6, 8)
        slots = []
        while len(slots) < k:
            if not deck:
                deck = id_kinds[:]
                rng.shuffle(deck)
            s = deck.pop()
            if s not in slots:
                slots.append(s)
            else:
                deck.insert(0, s)
        records.append(make_record(rng, i + 1, settings[i], locales[i], styles[i], numbers[i], slots))
    return records


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in records)


# ----------------------------------------------------------------------------------------------- checks
def check(records: list[dict]) -> None:
    assert len(records) == N_RECORDS
    valid = set(KINDS)
    for r in records:
        text = r["text"]
        words = text.split(" ")
        assert all(words) and text == text.strip(), r["id"]
        assert 250 <= len(words) <= 400, (r["id"], len(words))
        seg_words = [w["word"] for s in r["segments"] for w in s["words"]]
        assert seg_words == words, r["id"]
        last = -1.0
        for s in r["segments"]:
            assert 7 <= len(s["words"]) <= 22, (r["id"], len(s["words"]))
            assert s["speaker"] in ("therapist", "client")
            assert s["text"] == " ".join(w["word"] for w in s["words"])
            assert s["start"] == s["words"][0]["start"] and s["end"] == s["words"][-1]["end"]
            for w in s["words"]:
                assert last <= w["start"] < w["end"], r["id"]
                last = w["end"]
        prev_end = -1
        for sp in r["spans"]:
            a, b = sp["start"], sp["end"]
            assert (sp["type"], sp["kind"]) in valid, sp
            assert text[a:b] == sp["text"] and sp["text"].strip() == sp["text"], (r["id"], sp)
            assert sp["text"][-1] not in PUNCT + "'", (r["id"], sp)
            assert (a == 0 or text[a - 1] == " ") and (b == len(text) or text[b] in " " + PUNCT + "'"), (r["id"], sp)
            assert not sp["text"].lower().startswith("the "), (r["id"], sp)
            assert not sp["text"].lower().endswith("'s") or sp["type"] == "PLACE", (r["id"], sp)
            assert a >= prev_end, (r["id"], sp)
            prev_end = b


def stats(records: list[dict]) -> str:
    from collections import Counter

    kinds = Counter((s["type"], s["kind"]) for r in records for s in r["spans"])
    multi = [s for r in records for s in r["spans"] if " " in s["text"]]
    split = sum(1 for s in multi if s.get("split"))
    words = [len(r["text"].split()) for r in records]
    lines = [f"records: {len(records)}  words: {sum(words)} (min {min(words)}, max {max(words)})",
             f"segments: {sum(len(r['segments']) for r in records)}",
             f"spans: {sum(kinds.values())}  multi-word: {len(multi)}  cut across segments: {split} "
             f"({100 * split / max(len(multi), 1):.1f}%)",
             f"disfluent spans: {sum(1 for r in records for s in r['spans'] if s.get('disfluent'))}  "
             f"participant-name spans: {sum(1 for r in records for s in r['spans'] if s.get('participant'))}",
             "", "| type | kind | spans |", "|---|---|---|"]
    lines += [f"| {t} | {k} | {kinds[(t, k)]} |" for t, k in KINDS]
    for field in ("setting", "locale", "style", "numbers"):
        c = Counter(r[field] for r in records)
        lines.append(f"\n{field}: " + ", ".join(f"{k} {c[k]}" for k in sorted(c)))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    records = build()
    check(records)
    data = dumps(records)
    if args.check:
        assert OUT.read_text(encoding="utf-8") == data, "holdout6.jsonl differs from a fresh build"
        print(f"ok: {len(records)} records, md5 {hashlib.md5(data.encode()).hexdigest()}")
    elif args.stats:
        print(stats(records))
    else:
        OUT.write_text(data, encoding="utf-8")
        print(f"wrote {OUT} ({len(records)} records)")


if __name__ == "__main__":
    main()
