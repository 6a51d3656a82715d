"""Build the fifth blind redaction hold-out set (holdout5.jsonl).

    python benchmarks/redaction_holdout5/generate.py            # write holdout5.jsonl
    python benchmarks/redaction_holdout5/generate.py --check    # regenerate in memory, assert byte identity + sanity
    python benchmarks/redaction_holdout5/generate.py --stats    # print counts

One random.Random(SEED) drives everything; no set is ever iterated, so the output is the same under any
PYTHONHASHSEED. Plain Python only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import lists as L  # noqa: N812
    import scripts as S  # noqa: N812
else:
    from . import lists as L  # noqa: N812
    from . import scripts as S  # noqa: N812

SEED = 55_2071
N_RECORDS = 200
MIN_WORDS, MAX_WORDS = 250, 400
OUT = Path(__file__).with_name("holdout5.jsonl")
STYLES = ("cased", "lower", "bare", "odd")
RARE = ("address", "postcode", "dob", "phone", "fax", "email", "url", "ip", "mrn", "plan", "ssn", "acct", "lic",
        "veh", "dev", "age90")
KINDS = {
    "name": ("NAME", "name"), "place": ("PLACE", "geographic"), "street": ("ADDRESS", "street address"),
    "postcode": ("ADDRESS", "postcode/zip"), "date": ("DATE", "date"), "dob": ("DATE", "date of birth"),
    "phone": ("PHONE", "phone"), "fax": ("PHONE", "fax"), "email": ("EMAIL", "e-mail"), "url": ("URL", "web address"),
    "ip": ("ID", "IP address"), "mrn": ("ID", "medical record number"), "plan": ("ID", "health plan number"),
    "ssn": ("ID", "social security number"), "acct": ("ID", "account number"),
    "lic": ("ID", "certificate/licence number"), "veh": ("ID", "vehicle identifier"),
    "dev": ("ID", "device identifier"), "age90": ("AGE", "age over 89"),
}
CUT_P = 0.40          # chance a multi-word span is asked to be cut by a segment boundary
TRAIL = ",.?!;:\""     # never inside a span's end
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
       "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
MON_ABBR = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
US = ("en-US-South", "en-US-Midwest")
UK = ("en-GB-SCT", "en-GB-WLS")


# ------------------------------------------------------------------------------------------------ numbers in words
def words(n: int, and_: bool = True) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        head = ONES[n // 100] + " hundred"
        return head if rest == 0 else head + (" and " if and_ else " ") + words(rest)
    rest = n % 1000
    head = words(n // 1000) + " thousand"
    return head if rest == 0 else head + (" and " if and_ and rest < 100 else " ") + words(rest, and_)


def ordinal(n: int) -> str:
    if n <= 20:
        return ORD[n]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y: int, rng: random.Random, us: bool) -> str:
    if 2000 <= y <= 2009:
        return "two thousand " + ("" if us else "and ") + ONES[y - 2000] if y > 2000 else "two thousand"
    if y >= 2010 and rng.random() < 0.4:
        return "two thousand " + ("" if us or rng.random() < 0.5 else "and ") + words(y - 2000)
    hi, lo = divmod(y, 100)
    return words(hi) + " " + ("hundred" if lo == 0 else ("oh " + ONES[lo] if lo < 10 else words(lo)))


def pair_words(s: str) -> str:
    """'55' -> 'fifty five', '05' -> 'oh five', '8812' -> 'eighty eight twelve', '1400' -> 'fourteen hundred'."""
    if len(s) == 4:
        if s[2:] == "00" and s[0] != "0":
            return words(int(s[:2])) + " hundred"
        return pair_words(s[:2]) + " " + pair_words(s[2:])
    if len(s) == 2 and s[0] != "0":
        return words(int(s))
    return " ".join("oh" if c == "0" else ONES[int(c)] for c in s)


def spoken(s: str, rng: random.Random, zero: str = "oh", doubles: bool = True, pairs: bool = False,
           dash_word: bool = False, commas: bool = True, lower_letters: bool = False) -> list[str]:
    """Speak an identifier: digits as words, letters as letters, groups (split on space/-) with commas or 'dash'."""
    groups = re.split(r"([ \-/.])", s)
    out: list[str] = []
    for g in groups:
        if g in (" ", "-", "/", "."):
            if g == "-" and dash_word:
                out.append("dash")
            elif g == "/":
                out.append("slash")
            elif g == ".":
                out.append("dot")
            elif commas and out and out[-1][-1] != "," and rng.random() < 0.6:
                out[-1] += ","
            continue
        if not g:
            continue
        if pairs and g.isdigit() and len(g) in (2, 4):
            out.extend(pair_words(g).split())
            continue
        i = 0
        while i < len(g):
            c = g[i]
            run = 1
            while i + run < len(g) and g[i + run] == c and run < 3:
                run += 1
            word = (zero if c == "0" else ONES[int(c)]) if c.isdigit() else (c.lower() if lower_letters else c.upper())
            if doubles and run >= 2 and (c.isdigit() or rng.random() < 0.5) and rng.random() < 0.7:
                out.extend([("triple" if run == 3 else "double"), word])
                i += run
                continue
            out.append(word)
            i += 1
    if out and out[-1].endswith(","):
        out[-1] = out[-1][:-1]
    return out


def dg(rng: random.Random, n: int, lead_nonzero: bool = False) -> str:
    first = str(rng.randrange(1, 10)) if lead_nonzero else str(rng.randrange(10))
    return first + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def lt(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(UPPER) for _ in range(n))


# ------------------------------------------------------------------------------------------------ the generator
class Gen:
    """Fills one transcript: entity pieces, negatives, participants. All randomness from self.rng."""

    def __init__(self, rng: random.Random, locale: str, numbers: str, setting: str):
        self.rng, self.loc, self.numbers, self.setting = rng, locale, numbers, setting
        self.spelled = numbers == "spelled"
        self.zero = "zero" if locale in ("en-IN", "en-ZA") or (locale in US and rng.random() < 0.4) else "oh"
        self.doubles = locale not in US
        self.cast: dict[str, tuple[str, str]] = {}
        for role in ("client", "pro", "third"):
            person = self.person()
            if role == "client" and setting == "interpreter-mediated":
                person = self.pick(L.REFUGEE_FIRST), self.pick(L.REFUGEE_SURNAME)
            while any(person[0] == p[0] or person[1] == p[1] for p in self.cast.values()):
                person = self.person()
            self.cast[role] = person

    # -- helpers ------------------------------------------------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def other_loc(self) -> str:
        return self.loc if self.rng.random() < 0.78 else self.pick(L.LOCALES)

    def person(self) -> tuple[str, str]:
        return self.pick(L.FIRST[self.other_loc()]), self.pick(L.SURNAME[self.other_loc()])

    def asr(self, text: str, table: dict, p: float = 0.3) -> str:
        if text in table and self.rng.random() < p:
            return table[text]
        return " ".join(table[w] if w in table and self.rng.random() < p else w for w in text.split())

    def say(self, s: str, **kw) -> list[str]:
        """An identifier string as tokens: written (split on spaces) or spoken."""
        if not self.spelled:
            return s.split()
        kw.setdefault("zero", self.zero)
        kw.setdefault("doubles", self.doubles)
        return spoken(s, self.rng, **kw)

    def ent(self, key: str, tokens, **flags) -> list:
        typ, kind = KINDS[key]
        if isinstance(tokens, str):
            tokens = tokens.split()
        spoken_num = self.spelled and key not in ("name", "place", "email", "url", "street") and len(tokens) > 2
        hes = flags.pop("hes", spoken_num or (key in ("ssn", "phone") and len(tokens) > 1))
        return [{"type": typ, "kind": kind, "tokens": list(tokens), "hes": hes,
                 "namelike": key in ("name", "place", "street"), **flags}]

    @staticmethod
    def plain(text: str) -> list:
        return [{"type": None, "tokens": text.split()}]

    # -- people ------------------------------------------------------------------------------------------------
    def surface(self, role: str, full: bool = False) -> list:
        first, last = self.cast[role]
        first_s = self.asr(first, L.ASR_SPELLINGS, 0.3)
        if full or self.rng.random() < 0.1:
            return self.ent("name", f"{first_s} {self.asr(last, L.ASR_SPELLINGS, 0.3)}")
        return self.ent("name", first_s)

    def name(self, form: str = "any") -> list:
        loc = self.other_loc()
        r = self.rng.random()
        if form == "any":
            form = "full" if r < 0.35 else "first" if r < 0.6 else "titled" if r < 0.75 else "nick" if r < 0.87 \
                else "wname"
        if form == "first":
            text = self.pick(L.FIRST[loc])
        elif form == "full":
            text = f"{self.pick(L.FIRST[loc])} {self.pick(L.SURNAME[loc])}"
        elif form == "titled":
            titles = L.TITLES_LOCAL.get(self.loc, L.TITLES) if self.rng.random() < 0.7 else L.TITLES
            text = f"{self.pick(titles)} {self.pick(L.SURNAME[loc])}"
        elif form == "nick":
            text = self.pick(L.NICKNAMES[self.loc])
        else:
            pool = L.WORD_NAMES + L.WORD_NAMES_LOCAL.get(self.loc, ())
            text = self.pick(pool)
        return self.ent("name", self.asr(text, L.ASR_SPELLINGS, 0.25))

    def spell(self) -> list:
        last = self.pick(tuple(x for x in L.SURNAME[self.loc] if x.isalpha()))
        letters = [c.upper() for c in last if c.isalpha()]
        pieces = self.ent("name", last)
        pieces[0]["tokens"][-1] += ","
        if self.rng.random() < 0.25:
            return pieces + self.ent("name", "-".join(letters), hes=False)
        return pieces + self.ent("name", letters, hes=False)

    # -- places ------------------------------------------------------------------------------------------------
    def place(self) -> list:
        return self.ent("place", self.asr(self.pick(L.TOWNS[self.other_loc()]), L.ASR_PLACES, 0.3))

    def the_split(self, text: str, key: str) -> list:
        if text.startswith("the "):
            return self.plain("the") + self.ent(key, text[4:])
        return self.ent(key, text)

    def region(self) -> list:
        return self.the_split(self.pick(L.REGIONS[self.loc]), "place")

    def facility(self) -> list:
        text = self.pick(L.FACILITIES[self.loc])
        if " in " in text:
            head, town = text.split(" in ", 1)
            return self.the_split(head, "place") + self.plain("in") + self.ent("place", town)
        return self.the_split(text, "place")

    def street(self) -> list:
        return self.ent("street", self.pick(L.STREETS[self.loc]))

    def num(self, n: int) -> str:
        if not self.spelled:
            return str(n)
        if n >= 100 and self.rng.random() < 0.5:
            return pair_words(str(n)) if len(str(n)) == 4 else " ".join(ONES[int(c)] for c in str(n))
        return words(n, self.loc not in US)

    def address(self) -> list:
        rng, loc, st = self.rng, self.loc, self.pick(L.STREETS[self.loc])
        n = rng.choice((rng.randrange(1, 60), rng.randrange(1, 300), rng.randrange(100, 9999)))
        form = rng.random()
        if loc == "en-AU" and form < 0.35:
            text = f"unit {self.num(rng.randrange(1, 20))}/{n} {st}" if not self.spelled else \
                f"unit {self.num(rng.randrange(1, 20))}, {self.num(n)} {st}"
        elif loc == "en-GB-SCT" and form < 0.35:
            a, b = rng.randrange(0, 4), rng.randrange(1, 3)
            text = f"flat {a}/{b}, {n} {st}" if not self.spelled else \
                f"flat {ONES[a]} stroke {ONES[b]}, {self.num(n)} {st}"
        elif loc == "en-IN" and form < 0.5:
            text = f"No. {n}, {st}" if not self.spelled else f"number {self.num(n)}, {st}"
        elif loc == "en-ZA" and form < 0.3:
            text = f"stand {self.num(rng.randrange(100, 9999))}, {st}"
        elif loc == "en-US-South" and form < 0.3:
            text = f"Route {self.num(rng.randrange(1, 9))}, Box {self.num(rng.randrange(10, 400))}"
        elif loc == "en-US-South" and form < 0.5:
            text = f"{self.num(n)} {st}, Lot {self.num(rng.randrange(1, 60))}"
        elif loc == "en-US-Midwest" and form < 0.3:
            text = f"N{rng.randrange(1000, 9999)} County Highway {rng.choice('KMDPQ')}"
            if self.spelled:
                text = f"N {pair_words(text[1:5])} County Highway {text[-1]}"
        elif loc == "en-GB-WLS" and form < 0.3:
            text = f"{rng.choice(('Bryn Awel', 'Tŷ Gwyn', 'Pen y Bryn', 'Hafod', 'Maes yr Haf'))}, {st}"
        elif loc == "en-NZ" and form < 0.3:
            text = f"{n}{rng.choice('ABC')} {st}" if not self.spelled else f"{self.num(n)} {rng.choice('ABC')} {st}"
        else:
            text = f"{self.num(n)} {st}"
        pieces = self.ent("street", text)
        if self.rng.random() < 0.35:
            pieces[-1]["tokens"][-1] += ","
            pieces += self.ent("place", self.pick(L.TOWNS[loc]))
            if self.rng.random() < 0.6:
                pieces[-1]["tokens"][-1] += ","
                pieces += self.postcode()
        return pieces

    def postcode(self) -> list:
        rng, loc = self.rng, self.loc
        if loc in UK:
            area = self.pick(("KY", "IV", "HS", "PA", "G", "EH", "AB", "DD", "FK", "ML", "KA", "KW", "PH")
                             if loc == "en-GB-SCT" else ("CF", "SA", "LL", "NP", "SY", "LD"))
            code = f"{area}{rng.randrange(1, 40)} {rng.randrange(1, 10)}{lt(rng, 2)}"
            return self.ent("postcode", self.say(code, doubles=False) if self.spelled else code.split())
        if loc == "en-IN":
            code = dg(rng, 6, True)
            code = code if rng.random() < 0.6 else code[:3] + " " + code[3:]
            return self.ent("postcode", self.say(code))
        if loc in US:
            code = dg(rng, 5, True) + (f"-{dg(rng, 4)}" if rng.random() < 0.3 else "")
            return self.ent("postcode", self.say(code, dash_word=True))
        code = dg(rng, 4, loc != "en-NZ")
        if self.spelled and rng.random() < 0.4:
            return self.ent("postcode", pair_words(code))
        return self.ent("postcode", self.say(code))

    # -- dates -------------------------------------------------------------------------------------------------
    def day_month(self, d: int, m: int) -> list:
        """Day and month, no year: (plain prefix, entity tokens)."""
        rng, us, mon = self.rng, self.loc in US, L.MONTHS[m - 1]
        if rng.random() < 0.25:
            mon = MON_ABBR[m - 1]
        r = rng.random()
        if self.spelled:
            if r < 0.3:
                return ["the"], f"{ordinal(d)} of {mon}".split()
            if r < 0.5:
                return [], f"{mon} {ordinal(d)}".split()
            if r < 0.62:
                return [], f"{mon} the {ordinal(d)}".split()
            if r < 0.75:
                return [], f"{mon} {words(d)}".split()
            if r < 0.87 and not us:
                return [], spoken(f"{d:02d} {m:02d}", rng, zero="oh", doubles=False, commas=False)
            return ["the"], f"{ordinal(d)} of the {ordinal(m)}".split()
        if r < 0.3:
            return [], (f"{mon} {d}" if us else f"{d} {mon}").split()
        if r < 0.5:
            return ["the"], f"{suffix(d)} of {mon}".split()
        if r < 0.65:
            return [], f"{mon} {suffix(d)}".split()
        if r < 0.8:
            return [], [f"{m}/{d}" if us else f"{d}/{m}"]
        return [], f"{mon} the {suffix(d)}".split()

    def full_date(self, y: int, d: int, m: int) -> tuple[list, list]:
        rng, us = self.rng, self.loc in US
        r = rng.random()
        if not self.spelled:
            if r < 0.35:
                sep = "-" if self.loc == "en-IN" and rng.random() < 0.5 else "/"
                yy = str(y) if rng.random() < 0.7 else f"{y % 100:02d}"
                return [], [f"{m:02d}{sep}{d:02d}{sep}{yy}" if us else f"{d:02d}{sep}{m:02d}{sep}{yy}"]
            pre, dm = self.day_month(d, m)
            if "/" in dm[0]:
                dm = [L.MONTHS[m - 1], str(d)] if us else [str(d), L.MONTHS[m - 1]]
            if us and rng.random() < 0.6:
                dm[-1] += ","
            return pre, dm + [str(y)]
        if r < 0.25:
            yw = words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100]
            a, b = (m, d) if us else (d, m)
            return [], f"{words(a)}, {words(b)}, {yw}".split()
        pre, dm = self.day_month(d, m)
        return pre, dm + year_words(y, rng, us).split()

    def date(self) -> list:
        rng = self.rng
        d, m = rng.randrange(1, 29), rng.randrange(1, 13)
        r = rng.random()
        if r < 0.12:  # day of month alone: "the fourteenth", "the 14th"
            return self.plain("the") + self.ent("date", ordinal(d) if self.spelled else suffix(d))
        if r < 0.2:  # weekday + day: weekday stays outside
            return self.plain(f"{self.pick(L.WEEKDAYS)} the") + self.ent("date", ordinal(d) if self.spelled
                                                                          else suffix(d))
        if r < 0.3:  # "last June the 12th"
            pre = ["last"]
            dm = (f"{L.MONTHS[m - 1]} the {ordinal(d) if self.spelled else suffix(d)}").split()
            return self.plain(" ".join(pre)) + self.ent("date", dm)
        if r < 0.38:  # month and year
            yr = rng.randrange(2012, 2025)
            return self.ent("date", f"{L.MONTHS[m - 1]} {year_words(yr, rng, self.loc in US) if self.spelled else yr}")
        if r < 0.65:
            pre, dm = self.day_month(d, m)
        else:
            pre, dm = self.full_date(rng.randrange(2015, 2025), d, m)
        return (self.plain(" ".join(pre)) if pre else []) + self.ent("date", dm)

    def dob(self) -> list:
        rng = self.rng
        y = rng.randrange(1926, 1950) if self.setting == "older adult memory with carer" else \
            rng.randrange(2006, 2013) if self.setting in ("adolescent", "school counselling") else \
            rng.randrange(1950, 2008)
        if self.setting == "perinatal" and rng.random() < 0.5:
            y = rng.randrange(2023, 2025)
        pre, toks = self.full_date(y, rng.randrange(1, 29), rng.randrange(1, 13))
        return (self.plain(" ".join(pre)) if pre else []) + self.ent("dob", toks)

    def bday(self) -> list:
        pre, toks = self.day_month(self.rng.randrange(1, 29), self.rng.randrange(1, 13))
        return (self.plain(" ".join(pre)) if pre else []) + self.ent("dob", toks)

    def age90(self) -> list:
        n = self.rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104))
        if not self.spelled:
            return self.ent("age90", str(n))
        if n >= 100:
            rest = n - 100
            return self.ent("age90", "a hundred" + ("" if not rest else " and " + ONES[rest]))
        return self.ent("age90", words(n) if self.rng.random() < 0.8 else words(n).replace(" ", "-"))

    # -- phones --------------------------------------------------------------------------------------------------
    def phone_string(self, landline: bool) -> str:
        rng, loc = self.rng, self.loc
        intl = rng.random() < 0.15
        if loc == "en-AU":
            s = f"0{rng.choice('2378')} {dg(rng, 4, True)} {dg(rng, 4)}" if landline else \
                f"04{dg(rng, 2)} {dg(rng, 3)} {dg(rng, 3)}"
            cc = "+61"
        elif loc == "en-NZ":
            s = f"0{rng.choice('34679')} {dg(rng, 3, True)} {dg(rng, 4)}" if landline else \
                f"02{rng.choice('0179')} {dg(rng, 3)} {dg(rng, 4)}"
            cc = "+64"
        elif loc in UK:
            area = rng.choice(("01851", "01349", "0141", "01592", "01631")) if loc == "en-GB-SCT" else \
                rng.choice(("01248", "029", "01685", "01970", "01554"))
            s = f"{area} {dg(rng, 3, True)} {dg(rng, 3 if len(area) == 5 else 4)}" if landline else \
                f"07{dg(rng, 3)} {dg(rng, 6)}"
            cc = "+44"
        elif loc == "en-IN":
            s = (f"0{rng.choice(('80', '22'))} {dg(rng, 4, True)} {dg(rng, 4)}" if rng.random() < 0.5 else
                 f"0{rng.choice(('484', '487', '471'))} {dg(rng, 3, True)} {dg(rng, 4)}") if landline else \
                f"{rng.choice('6789')}{dg(rng, 4)} {dg(rng, 5)}"
            cc = "+91"
        elif loc == "en-ZA":
            s = f"0{rng.choice(('11', '21', '31', '12'))} {dg(rng, 3, True)} {dg(rng, 4)}" if landline else \
                f"0{rng.choice(('82', '83', '72', '76', '61'))} {dg(rng, 3)} {dg(rng, 4)}"
            cc = "+27"
        else:
            area = rng.choice(("601", "662", "504", "337", "256", "606")) if loc == "en-US-South" else \
                rng.choice(("701", "605", "563", "269", "920", "218"))
            mid, end = dg(rng, 3, True), dg(rng, 4)
            fmt = rng.random()
            s = f"({area}) {mid}-{end}" if fmt < 0.4 else f"{area}-{mid}-{end}" if fmt < 0.8 else f"{area} {mid} {end}"
            cc = "+1"
        if intl and loc not in US:
            s = cc + " " + s[1:]
        return s

    def phone(self, key: str = "phone") -> list:
        s = self.phone_string(key == "fax" or self.rng.random() < 0.3)
        if not self.spelled:
            return self.ent(key, s)
        s = s.replace("(", "").replace(")", "")
        toks = []
        if s.startswith("+"):
            toks, s = ["plus"], s[1:]
        toks += spoken(s, self.rng, zero=self.zero, doubles=self.doubles, pairs=self.loc in US and
                       self.rng.random() < 0.4, dash_word=self.rng.random() < 0.15)
        return self.ent(key, toks)

    # -- e-mail and web ------------------------------------------------------------------------------------------
    def local_part(self) -> str:
        rng = self.rng
        first, last = self.person()
        first = first.lower().replace(" ", "")
        last = re.sub(r"[^a-z]", "", last.lower())
        r = rng.random()
        if r < 0.3:
            return f"{first}.{last}"
        if r < 0.5:
            return f"{first}{last}{dg(rng, 2)}"
        if r < 0.65:
            return f"{first}_{last}"
        if r < 0.8:
            return f"{first[0]}{last}"
        return f"{first}{rng.choice(('x', 'xo', '_', '.'))}{dg(rng, rng.choice((1, 2, 4)), True)}"

    def speak_chunk(self, s: str, letters: bool = False) -> list[str]:
        """'priya.iyer87' spoken: words, 'dot', 'underscore', digits."""
        out: list[str] = []
        for part in re.split(r"([._\-/@:])", s):
            if part in (".", "_", "-", "/", "@", ":"):
                out.append({".": "dot", "_": "underscore", "-": self.pick(("dash", "hyphen")), "/": "slash",
                            "@": "at", ":": "colon"}[part])
                continue
            for run in re.findall(r"[a-z]+|[0-9]+", part):
                if run.isdigit():
                    out.extend(spoken(run, self.rng, zero=self.zero, doubles=self.doubles, commas=False)
                               if self.spelled or self.rng.random() < 0.4 else [run])
                elif letters or (len(run) <= 3 and run not in ("com", "net", "org", "gov", "edu", "co")):
                    out.extend(run)
                else:
                    out.append(run)
        return out

    def email(self) -> list:
        rng = self.rng
        local, domain = self.local_part(), self.pick(L.EMAIL_DOMAINS[self.loc])
        r = rng.random() + (0.25 if self.spelled else 0)
        if r < 0.4:
            return self.ent("email", f"{local}@{domain}")
        if r < 0.65:
            dom = [domain] if rng.random() < 0.5 else self.speak_chunk(domain)
            return self.ent("email", [local, "at"] + dom)
        return self.ent("email", self.speak_chunk(local, letters=rng.random() < 0.3) + ["at"] +
                        self.speak_chunk(domain))

    def site(self) -> tuple[str, list[str]]:
        first = self.pick(tuple(t.lower().split() for t in L.TOWNS[self.loc]) + tuple([w] for w in L.SITE_WORDS))
        second = self.pick(L.SITE_WORDS)
        parts = first + ([second] if second not in first else [])
        return "".join(parts), parts

    def url(self) -> list:
        rng = self.rng
        joined, spaced = self.site()
        tld = self.pick(L.SITE_TLDS[self.loc])
        path = self.pick(L.URL_PATHS) if rng.random() < 0.5 else ""
        www, https = rng.random() < 0.5, rng.random() < 0.25
        r = rng.random() + (0.3 if self.spelled else 0)
        if r < 0.45:
            text = ("https://" if https else "") + ("www." if www else "") + f"{joined}.{tld}" + \
                (f"/{path}" if path else "")
            return self.ent("url", text)
        toks = (["h", "t", "t", "p", "s", "colon", "forward", "slash", "forward", "slash"] if https else [])
        toks += (["w", "w", "w", "dot"] if www and rng.random() < 0.6 else ["www", "dot"] if www else [])
        toks += spaced + self.speak_chunk("." + tld)
        if path:
            for i, seg in enumerate(path.split("/")):
                toks += (["forward", "slash"] if rng.random() < 0.5 or i else ["slash"]) + self.speak_chunk(seg)
        if r < 0.65:  # half written
            toks = [f"{joined}.{tld}"] + (["forward", "slash", path] if path else [])
        return self.ent("url", toks)

    def handle_text(self) -> str:
        first, last = self.person()
        first = re.sub(r"[^a-z]", "", first.lower())
        last = re.sub(r"[^a-z]", "", last.lower())
        return self.pick((f"{first}_{last[:3]}", f"{first}.{last}", f"{first}{dg(self.rng, 2)}",
                          f"the.real.{first}", f"{last}_{first[0]}{dg(self.rng, 2)}", f"{first}x{last}"))

    def handle(self) -> list:
        h = self.handle_text()
        if not self.spelled and self.rng.random() < 0.5:
            return self.ent("url", "@" + h, lead=1)
        return self.plain("at") + self.ent("url", self.speak_chunk(h))

    def profile(self) -> list:
        site = self.pick(L.SOCIAL_SITES)
        h = self.handle_text()
        if site.startswith("gofundme"):
            h = f"help-for-{self.pick(L.FIRST[self.loc]).lower().replace(' ', '-')}"
        if site.startswith("youtube") or site.startswith("tiktok"):
            h = "@" + h
        r = self.rng.random() + (0.3 if self.spelled else 0)
        if r < 0.45:
            return self.ent("url", f"{site}/{h}")
        toks = self.speak_chunk(site)
        toks += ["forward", "slash"] if self.rng.random() < 0.5 else ["slash"]
        return self.ent("url", toks + self.speak_chunk(h))

    def ip(self) -> list:
        rng = self.rng
        a = rng.choice((41, 49, 58, 101, 103, 110, 114, 122, 125, 139, 154, 165, 196, 203, 210))
        octs = [a, rng.randrange(0, 256), rng.randrange(0, 256), rng.randrange(1, 255)]
        if not self.spelled:
            return self.ent("ip", ".".join(map(str, octs)))
        dot = "point" if rng.random() < 0.25 else "dot"
        toks: list[str] = []
        for i, o in enumerate(octs):
            if i:
                toks.append(dot)
            toks += words(o, False).split() if o < 100 and rng.random() < 0.5 else \
                [self.zero if c == "0" else ONES[int(c)] for c in str(o)]
        return self.ent("ip", toks)

    # -- identifiers: (cue, canonical string, speak kwargs) ------------------------------------------------------
    def ident(self, key: str) -> tuple[str, str]:
        rng, loc = self.rng, self.loc
        d = lambda n, z=False: dg(rng, n, z)  # noqa: E731
        if key == "ssn":
            if loc in US:
                a, b, c = f"{rng.randrange(1, 8)}{d(2)}", d(2), d(4)
                fmt = rng.random()
                s = f"{a}-{b}-{c}" if fmt < 0.45 else f"{a} {b} {c}" if fmt < 0.8 else a + b + c
                return self.pick(("social", "social security number", "SSN", "social security")), s
            table = {
                "en-AU": (("tax file number", "TFN"), f"{d(3, True)} {d(3)} {d(3)}"),
                "en-NZ": (("IRD number", "IRD"), f"{d(3)}-{d(3)}-{d(3)}" if rng.random() < 0.5 else
                          f"{d(2, True)} {d(3)} {d(3)}"),
                "en-GB-SCT": (("National Insurance number", "NI number", "national insurance"),
                              f"{lt(rng, 2)} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}"),
                "en-GB-WLS": (("National Insurance number", "NI number", "national insurance"),
                              f"{lt(rng, 2)}{d(6)}{rng.choice('ABCD')}"),
                "en-ZA": (("ID number", "ID", "ID book number"),
                          f"{rng.randrange(50, 99)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
                          f"{d(4)}0{rng.choice('89')}{d(1)}"),
            }
            if loc == "en-IN":
                if rng.random() < 0.6:
                    return self.pick(("Aadhaar number", "Aadhaar", "Aadhaar card number")), \
                        f"{d(4, True)} {d(4)} {d(4)}"
                pan = f"{lt(rng, 3)}P{lt(rng, 1)}{d(4)}{lt(rng, 1)}"
                return self.pick(("PAN number", "PAN card number", "PAN")), pan
            cues, s = table[loc]
            return self.pick(cues), s
        if key == "plan":
            if loc == "en-AU":
                return self._cue_pick([(("Medicare number", "Medicare card number", "Medicare"),
                                        f"{d(4, True)} {d(5)} {d(1, True)}"),
                                       (("gold card number", "DVA file number"), f"{rng.choice('NVQ')}X{d(6)}"),
                                       (("health fund member number",), d(8, True))])
            if loc == "en-NZ":
                return self._cue_pick([(("NHI", "NHI number"), f"{lt(rng, 3)}{d(4)}"),
                                       (("Southern Cross member number",), d(8, True))])
            if loc == "en-GB-SCT":
                return self._cue_pick([(("CHI number", "CHI"),
                                        f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{d(2)} {d(4)}")])
            if loc == "en-GB-WLS":
                return self._cue_pick([(("NHS number",), f"{d(3, True)} {d(3)} {d(4)}")])
            if loc == "en-IN":
                return self._cue_pick([(("ABHA number", "ABHA ID"), f"{d(2, True)}-{d(4)}-{d(4)}-{d(4)}"),
                                       (("ESIC number", "ESI number"), d(10, True)),
                                       (("Star Health policy number",), f"P/{d(6, True)}/01/{d(4)}")])
            if loc == "en-ZA":
                return self._cue_pick([(("medical aid number", "GEMS membership number"), d(9, True))])
            return self._cue_pick([(("Medicaid number", "Medicaid ID"), d(9, True) if loc in US else d(9)),
                                   (("Medicare number", "new Medicare card number"),
                                    f"{d(1, True)}{lt(rng, 2)}{d(1)}-{lt(rng, 2)}{d(1)}-{lt(rng, 2)}{d(2)}"),
                                   (("Blue Cross member ID", "insurance member ID"), f"{lt(rng, 3)}{d(9, True)}"),
                                   (("Tricare ID", "DoD ID number"), d(10, True))])
        if key == "mrn":
            table = {
                "en-AU": (("UR number", "MRN", "UR"), f"{d(7)}"),
                "en-NZ": (("hospital number", "clinic file number"), f"{lt(rng, 1)}{d(6)}"),
                "en-GB-SCT": (("hospital number", "unit number"), f"{lt(rng, 1)}{d(6)}"),
                "en-GB-WLS": (("hospital number", "case note number"), f"{lt(rng, 1)}{d(7)}"),
                "en-IN": (("UHID", "OP number", "IP number"), f"{lt(rng, 2)}{d(2)} {d(7)}" if rng.random() < 0.5
                          else f"{d(5, True)}/{rng.randrange(2019, 2025)}"),
                "en-ZA": (("folder number", "hospital number", "file number"), d(8, True)),
            }
            cues, s = table.get(loc, (("medical record number", "MRN", "chart number"), d(8)))
            return self.pick(cues), s
        if key == "acct":
            table = {
                "en-AU": [(("BSB and account number",), f"{d(3)}-{d(3)} {d(4, True)} {d(4)}"),
                          (("Centrelink CRN", "CRN", "customer reference number"),
                           f"{d(3, True)} {d(3)} {d(3)}{lt(rng, 1)}")],
                "en-NZ": [(("account number",), f"{d(2, True)}-{d(4)}-{d(7)}-{d(2)}"),
                          (("client number", "Work and Income client number"), f"{d(3, True)}-{d(3)}-{d(3)}")],
                "en-GB-SCT": [(("sort code and account number",), f"{d(2, True)}-{d(2)}-{d(2)} {d(8)}"),
                              (("energy account number", "council tax reference"), d(10, True))],
                "en-GB-WLS": [(("sort code and account",), f"{d(2, True)}-{d(2)}-{d(2)} {d(8)}"),
                              (("Universal Credit reference", "customer number"), d(9, True))],
                "en-IN": [(("account number", "SBI account number"), d(11, True)),
                          (("UPI ID",), self.local_part() + "@" + self.pick(("okaxis", "oksbi", "ybl", "paytm"))),
                          (("consumer number", "electricity consumer number"), d(12, True))],
                "en-ZA": [(("Capitec account", "account number"), d(10, True)),
                          (("SASSA reference number", "grant reference"), d(13, True))],
            }
            us = [(("EBT card number",), f"{d(4, True)} {d(4)} {d(4)} {d(4)}"),
                  (("VA claim number", "claim number"), d(9, True)),
                  (("credit union account", "account number"), d(10, True))]
            return self._cue_pick(table.get(loc, us))
        if key == "lic":
            if loc in UK:
                last = re.sub(r"[^A-Z]", "", self.pick(L.SURNAME[loc]).upper())[:5].ljust(5, "9")
                return self._cue_pick([(("driving licence number", "licence number"),
                                        f"{last}{d(6)}{lt(rng, 2)}{d(1)}{lt(rng, 2)}"),
                                       (("NMC PIN", "PIN"), f"{d(2, True)}{lt(rng, 1)}{d(4)}{lt(rng, 1)}"),
                                       (("passport number",), d(9, True))])
            table = {
                "en-AU": [(("licence number", "driver's licence number"), f"{d(2, True)} {d(3)} {d(3)}"),
                          (("white card number",), f"{lt(rng, 2)} {d(7, True)}"),
                          (("RSA certificate number",), f"RSA{d(7)}")],
                "en-NZ": [(("licence number", "driver licence number"), f"{lt(rng, 2)}{d(6)}"),
                          (("firearms licence number",), f"F{d(6)}")],
                "en-IN": [(("DL number", "driving licence number"), f"{lt(rng, 2)}{d(2)} {d(11, True)}"),
                          (("passport number",), f"{lt(rng, 1)}{d(7, True)}"),
                          (("voter ID number",), f"{lt(rng, 3)}{d(7)}")],
                "en-ZA": [(("licence number", "driver's licence number"), f"{d(4)} {d(4)} {lt(rng, 2)}{d(2)}"),
                          (("PrDP number",), f"{d(10, True)}"), (("passport number",), f"A{d(8)}")],
            }
            us = [(("driver's license number", "license number", "CDL number"), d(9, True)),
                  (("carry permit number",), f"CP-{d(7)}"),
                  (("nursing license", "RN license number"), f"RN {d(6, True)}")]
            return self._cue_pick(table.get(loc, us))
        if key == "veh":
            if rng.random() < 0.2:
                vin = "".join(rng.choice(UPPER + "0123456789") for _ in range(17))
                return "VIN", vin
            table = {
                "en-AU": (("rego", "number plate"), self.pick((f"{lt(rng, 2)} {d(2)} {lt(rng, 2)}",
                                                            f"{lt(rng, 3)} {d(2)}{lt(rng, 1)}",
                                                            f"{d(1, True)}{lt(rng, 2)} {d(1)}{lt(rng, 2)}"))),
                "en-NZ": (("rego", "plate"), f"{lt(rng, 3)}{d(3)}"),
                "en-GB-SCT": (("reg", "registration", "number plate"), f"S{rng.choice('NYVKG')}{d(2)} {lt(rng, 3)}"),
                "en-GB-WLS": (("reg", "registration", "number plate"), f"C{rng.choice('YUAF')}{d(2)} {lt(rng, 3)}"),
                "en-IN": (("vehicle number", "number plate"),
                          f"{rng.choice(('KA', 'MH', 'KL', 'TN', 'WB'))} {d(2)} {lt(rng, 2)} {d(4, True)}"),
                "en-ZA": (("registration", "number plate", "reg"), self.pick((f"CA {d(3)}-{d(3)}", f"ND {d(5)}",
                                                                              f"{lt(rng, 2)} {d(2)} {lt(rng, 2)} GP"))),
            }
            cues, s = table.get(loc, (("tag", "plate", "license plate"), self.pick((f"{lt(rng, 3)} {d(4)}",
                                                                                  f"{d(1, True)}{lt(rng, 2)} {d(3)}",
                                                                                  f"{lt(rng, 3)}-{d(4)}"))))
            return self.pick(cues), s
        if key == "dev":
            return self._cue_pick([(("pump serial number", "insulin pump serial"), f"NG{d(7)}{lt(rng, 1)}"),
                                   (("hearing aid serial", "hearing aid number"), d(8, True)),
                                   (("CPAP serial number", "machine serial"), f"{d(4, True)} {d(4)} {d(3)}"),
                                   (("IMEI", "phone's IMEI"), f"35 {d(6)} {d(6)} {d(1)}"),
                                   (("bracelet number", "SCRAM unit number"), f"SCR-{d(5, True)}"),
                                   (("pendant alarm number", "alarm ID"), f"PA {d(5, True)}"),
                                   (("processor serial", "cochlear serial"), f"CP{d(1, True)}-{d(7)}"),
                                   (("sensor serial", "Libre serial"), f"0M{d(4)}{lt(rng, 2)}"),
                                   (("pacemaker serial",), f"{lt(rng, 3)}{d(6)}{lt(rng, 1)}")])
        raise KeyError(key)

    def _cue_pick(self, options: list) -> tuple[str, str]:
        cues, s = options[self.rng.randrange(len(options))]
        return self.pick(cues), s

    def ident_tokens(self, key: str, s: str) -> list[str]:
        if "@" in s:  # UPI id
            local, dom = s.split("@")
            return [s] if not self.spelled and self.rng.random() < 0.6 else \
                self.speak_chunk(local) + ["at"] + self.speak_chunk(dom)
        if not self.spelled:
            if key == "ssn" and self.loc in US and self.rng.random() < 0.25 and "-" in s:
                return s.replace("-", " dash ").split()
            return s.split()
        return spoken(s, self.rng, zero=self.zero, doubles=self.doubles,
                      pairs=self.loc in US and key in ("ssn", "acct") and self.rng.random() < 0.35,
                      dash_word=self.rng.random() < 0.2)

    # -- negatives -----------------------------------------------------------------------------------------------
    def alt(self, text: str) -> str:
        return re.sub(r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(2 if self.spelled else 1), text)

    def negative(self, slot: str, memo: dict) -> str:
        rng, loc = self.rng, self.loc
        if slot in ("pet_kind", "pet_name"):
            memo.setdefault("pet", self.pick(L.PETS))
            return memo["pet"][0 if slot == "pet_kind" else 1]
        if slot == "agey":
            n = rng.randrange(13, 90)
            return str(n) if not self.spelled else words(n)
        if slot == "year":
            y = rng.randrange(1968, 2023)
            return str(y) if not self.spelled else year_words(y, rng, loc in US)
        if slot == "time":
            h = rng.randrange(1, 13)
            if self.spelled:
                return self.pick((f"half past {ONES[h]}", f"{ONES[h]} in the morning", f"quarter to {ONES[h]}",
                                  f"{ONES[h]} o'clock", "midnight"))
            return self.pick((f"{h}:30", f"{h}am", f"{h}:15", f"{h} o'clock", f"{h}pm"))
        if slot == "dur":
            return self.alt(self.pick(("[[18|eighteen]] months", "[[6|six]] weeks", "[[90|ninety]] days",
                                       "a fortnight", "[[2|two]] years", "[[11|eleven]] months")))
        if slot == "num":
            n = rng.randrange(2, 13)
            return str(n) if not self.spelled else ONES[n]
        table = {
            "med": L.MEDS, "score": L.SCORES, "pub": L.PUBLIC_FIGURES[loc] + ("Taylor Swift", "Dr Seuss"),
            "brand": L.BRANDS[loc], "epon": L.EPONYMS, "model": L.MODELS, "role": L.ROLES, "weekday": L.WEEKDAYS,
            "month": L.MONTHS, "holiday": L.HOLIDAYS[loc], "state": L.NEG_STATES[loc], "nat": L.NATIONALITIES,
            "money": L.MONEY[loc], "emerg": L.EMERGENCY[loc], "sidiom": L.STREET_IDIOMS, "wordlike": L.WORDLIKE,
            "idiom": L.IDIOM_NAMES, "lang": L.LANGUAGES,
        }
        return self.alt(self.pick(table[slot]))

    # -- slot dispatch -------------------------------------------------------------------------------------------
    def entity_slot(self, slot: str) -> tuple[list, str | None]:
        """Pieces for an entity slot, and a cue for {slot_cue} when it has one."""
        simple = {
            "name": lambda: self.name(), "first": lambda: self.name("first"), "full": lambda: self.name("full"),
            "titled": lambda: self.name("titled"), "nick": lambda: self.name("nick"),
            "wname": lambda: self.name("wname"), "spell": self.spell,
            "cfirst": lambda: self.surface("client"), "cfull": lambda: self.surface("client", True),
            "pfirst": lambda: self.surface("pro"), "tfirst": lambda: self.surface("third"),
            "place": self.place, "region": self.region, "facility": self.facility, "street": self.street,
            "address": self.address, "postcode": self.postcode, "date": self.date, "dob": self.dob,
            "bday": self.bday, "phone": self.phone, "fax": lambda: self.phone("fax"), "email": self.email,
            "url": self.url, "handle": self.handle, "profile": self.profile, "ip": self.ip, "age90": self.age90,
        }
        if slot in simple:
            return simple[slot](), None
        if slot == "ssn4":
            s = dg(self.rng, 4)
            return self.ent("ssn", self.say(s, pairs=self.loc in US and self.rng.random() < 0.5)), None
        cue, s = self.ident(slot)
        return self.ent(slot, self.ident_tokens(slot, s)), cue


ENTITY_SLOTS = ("name", "first", "full", "titled", "nick", "wname", "spell", "cfirst", "cfull", "pfirst", "tfirst",
                "place", "region", "facility", "street", "address", "postcode", "date", "dob", "bday", "phone",
                "fax", "email", "url", "handle", "profile", "ip", "age90", "ssn4", "ssn", "plan", "mrn", "acct",
                "lic", "veh", "dev")
SLOT_RE = re.compile(r"\{(\w+)\}")
US_WORDS = {"postcode": "zip", "mum": "mom", "Mum": "Mom", "mum's": "mom's", "Mum's": "Mom's", "nan": "grandma",
            "nan's": "grandma's", "mates": "buddies", "mate": "buddy", "telly": "TV", "knackered": "wiped",
            "wagging": "skipping", "chippy": "diner", "servo": "gas station", "GP": "doctor", "GP's": "doctor's",
            "fortnight": "two weeks", "canteen": "cafeteria", "ute": "truck", "programme": "program",
            "colleagues": "coworkers", "flat": "apartment", "tea": "supper", "holidays": "break"}


def localise(gen: Gen, word: str) -> str:
    if gen.loc not in US:
        return word
    core = word.rstrip(TRAIL)
    return US_WORDS.get(core, core) + word[len(core):]


# ------------------------------------------------------------------------------------------------ turns
def base_slot(slot: str) -> str:
    return slot[:-2] if re.search(r"_\d$", slot) else slot


def instance(gen: Gen, slot: str, state: dict) -> list:
    """Pieces for an entity slot; the same slot name within a beat is the same referent (and the same cue)."""
    if slot not in state["made"]:
        pieces, cue = gen.entity_slot(base_slot(slot))
        state["made"][slot] = pieces
        if cue is not None:
            state["cues"].setdefault(base_slot(slot), cue)
    return [{**p, "tokens": list(p["tokens"])} for p in state["made"][slot]]


def fill(gen: Gen, line: str, ents: list, state: dict) -> list[dict]:
    """One template line -> tokens [{w, e}] where e indexes ents (-1: not PHI)."""
    out: list[dict] = []
    for tok in gen.alt(line).split():
        m = SLOT_RE.search(tok)
        if not m:
            out.extend({"w": w, "e": -1} for w in localise(gen, tok).split())
            continue
        pre, post, slot = tok[:m.start()], tok[m.end():], m.group(1)
        assert not SLOT_RE.search(post), line
        if base_slot(slot) in ENTITY_SLOTS:
            assert not pre, line
            first_new = len(out)
            for piece in instance(gen, slot, state):
                if piece["type"] is None:
                    out.extend({"w": w, "e": -1} for w in piece["tokens"])
                    continue
                idx = len(ents)
                ents.append({k: v for k, v in piece.items() if k != "tokens"})
                out.extend({"w": w, "e": idx} for w in piece["tokens"])
            if post.startswith("'s") and out[-1]["e"] >= 0:
                ents[out[-1]["e"]]["poss"] = True
            out[-1]["w"] += post
            assert len(out) > first_new
            continue
        if slot.endswith("_cue"):
            if slot[:-4] not in state["cues"]:
                instance(gen, slot[:-4], state)
            text = state["cues"][slot[:-4]]
        else:
            text = gen.negative(slot, state)
        words_ = text.split()
        words_[0] = pre + words_[0]
        words_[-1] += post
        out.extend({"w": w, "e": -1} for w in words_)
    return out


def disfluent(gen: Gen, toks: list[dict], ents: list) -> list[dict]:
    rng = gen.rng
    fillers = ("um", "uh", "like", "you know", "I mean", "sort of") + (("erm",) if gen.loc in UK else ())
    hes_done: list[int] = []
    out: list[dict] = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        out.append(t)
        if nxt is None:
            continue
        inside = t["e"] >= 0 and t["e"] == nxt["e"]
        if inside:
            e = t["e"]
            if ents[e].get("hes") and e not in hes_done and rng.random() < 0.09:
                hes_done.append(e)
                ents[e]["disfluent"] = True
                out.append({"w": rng.choice(("um", "uh")), "e": e})
            continue
        r = rng.random()
        if r < 0.035:
            out.extend({"w": w, "e": -1} for w in rng.choice(fillers).split())
        elif r < 0.05 and t["e"] < 0 and len(t["w"]) <= 4 and t["w"].isalpha():
            out.append({"w": t["w"], "e": -1})
    return out


def pad(gen: Gen, toks: list[dict]) -> list[dict]:
    while len(toks) < 7:
        tail = gen.pick(S.TAILS).split()
        if toks[-1]["w"][-1] in ".?!":
            toks[-1] = {**toks[-1], "w": toks[-1]["w"][:-1] + ","} if toks[-1]["e"] < 0 else toks[-1]
        toks = toks + [{"w": w, "e": -1} for w in tail]
    return toks


# ------------------------------------------------------------------------------------------------ segmentation
def partition(rng: random.Random, n: int, forbidden: list[bool], required: list[int]) -> list[int]:
    """Cut points (exclusive ends) splitting n words into 7-22 word chunks, cutting at every required point
    and never at a forbidden one. Drops required points that cannot be met."""

    def feasible(a: int, b: int) -> dict[int, bool]:
        ok = {b: True}
        for p in range(b - 1, a - 1, -1):
            ok[p] = any(ok.get(p + k, False) and (p + k == b or not forbidden[p + k]) for k in range(7, 23)
                        if p + k <= b)
        return ok

    req = list(required)
    while True:
        bounds = [0] + req + [n]
        tables = [feasible(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
        if all(t[bounds[i]] for i, t in enumerate(tables)):
            break
        if not req:
            forbidden = [False] * (n + 1)
            continue
        req.pop(rng.randrange(len(req)))
    cuts: list[int] = []
    for i, t in enumerate(tables):
        a, b = bounds[i], bounds[i + 1]
        p = a
        while p < b:
            options = [k for k in range(7, 23) if p + k <= b and t.get(p + k, False)
                       and (p + k == b or not forbidden[p + k])]
            weights = [3 if 10 <= k <= 17 else 1 for k in options]
            k = rng.choices(options, weights)[0]
            p += k
            cuts.append(p)
    return cuts


def segment_turn(rng: random.Random, toks: list[dict]) -> list[tuple[int, int]]:
    n = len(toks)
    forbidden = [False] * (n + 1)
    required: list[int] = []
    i = 0
    while i < n:
        e = toks[i]["e"]
        j = i
        while j + 1 < n and e >= 0 and toks[j + 1]["e"] == e:
            j += 1
        if e >= 0 and j > i:
            if rng.random() < CUT_P:
                required.append(rng.randrange(i + 1, j + 1))
            else:
                for p in range(i + 1, j + 1):
                    forbidden[p] = True
        i = j + 1
    cuts = partition(rng, n, forbidden, sorted(required))
    for c in cuts[:-1]:
        if toks[c - 1]["e"] >= 0 and toks[c - 1]["e"] == toks[c]["e"]:
            toks[c - 1]["inside"] = True
    out, a = [], 0
    for c in cuts:
        out.append((a, c))
        a = c
    return out


# ------------------------------------------------------------------------------------------------ styles
def restyle(rng: random.Random, style: str, segs: list[list[dict]], ents: list) -> None:
    if style == "cased":
        for e in ents:
            e["lowered"] = e["namelike"] and rng.random() < 0.1
    if style == "odd":
        for e in ents:
            e["capped"] = e["namelike"] and rng.random() < 0.5
    for seg in segs:
        for t in seg:
            w, e = t["w"], ents[t["e"]] if t["e"] >= 0 else None
            if style == "cased":
                if e is not None and e.get("lowered"):
                    w = w.lower()
            else:
                w = w.lower()
                if style == "bare":
                    stripped = w.strip(TRAIL + "()")
                    w = stripped if stripped else w
                if style == "odd":
                    if re.fullmatch(r"i('m|'ve|'d|'ll)?[,.?!]*", w):
                        w = "I" + w[1:]
                    elif e is not None and e.get("capped") and w[:1].isalpha():
                        w = w[0].upper() + w[1:]
                    elif e is None and w[:1].isalpha() and rng.random() < 0.03:
                        w = w[0].upper() + w[1:]
            t["w"] = w
        if style == "cased" and seg:
            first = seg[0]
            if first["w"][:1].isalpha() and rng.random() < 0.7:
                first["w"] = first["w"][0].upper() + first["w"][1:]
            last = seg[-1]
            if last["w"][-1] not in TRAIL and not last.get("inside") and rng.random() < 0.35:
                last["w"] += "."


# ------------------------------------------------------------------------------------------------ a record
def plan_kinds(rng: random.Random) -> list[list[str]]:
    order: list[str] = []
    while len(order) < N_RECORDS * 3:
        block = list(RARE)
        rng.shuffle(block)
        order += block
    return [order[3 * i: 3 * i + 3] for i in range(N_RECORDS)]


def choose_beats(gen: Gen, rare: list[str]) -> tuple[list, list, list]:
    rng, setting = gen.rng, gen.setting
    core: list[tuple] = [gen.pick(S.OPENINGS[setting])]
    beats = list(S.BEATS[setting])
    rng.shuffle(beats)
    optional = beats[:rng.choice((3, 4))]
    for key in rare:
        pool = S.ID_BEATS[key]
        if setting == "clinical supervision":
            options = [b for b in pool["tp"] if b[0].startswith("C:") or b[1].startswith("C:")]
        elif setting == "older adult memory with carer" and rng.random() < 0.6:
            options = [b for b in pool["tp"] if b[0].startswith("T:") or b[1].startswith("T:")]
        else:
            options = list(pool["fp"])
        if gen.loc not in US:
            options = [b for b in options if "{ssn4}" not in " ".join(b)] or options
        core.append(gen.pick(options))
    if rng.random() < 0.55:
        core.append(gen.pick(S.EXTRA_BEATS["date"]))
    if rng.random() < 0.3 and setting != "clinical supervision":
        core.append(gen.pick(S.EXTRA_BEATS["spell"]))
    negs = list(S.NEG_BEATS)
    rng.shuffle(negs)
    for beat in negs[:rng.choice((2, 3, 3, 4))]:
        if setting == "clinical supervision":
            beat = tuple("C: " + gen.pick(("The client said,", "In the session she said,", "He said, and I quote,",
                                           "She told me,", "His words were,")) + " " + line[3:]
                         if line.startswith("C: ") else line for line in beat)
        optional.append(beat)
    closing = [gen.pick(S.CLOSINGS)] if rng.random() < 0.6 else []
    return core, optional, closing


def render_beat(gen: Gen, beat: tuple, ents: list) -> list[tuple[str, list[dict]]]:
    turns = []
    state: dict = {"made": {}, "cues": {}}
    for line in beat:
        role, text = line.split(": ", 1)
        if gen.setting == "older adult memory with carer" and role == "C" and text.startswith("The client"):
            role = "T"
        toks = pad(gen, disfluent(gen, fill(gen, text, ents, state), ents))
        turns.append((role, toks))
    return turns


def build_record(rng: random.Random, number: int, setting: str, locale: str, style: str, numbers: str,
                 rare: list[str]) -> tuple[dict, dict]:
    gen = Gen(rng, locale, numbers, setting)
    ents: list[dict] = []
    target = rng.randrange(265, 386)
    core, optional, closing = choose_beats(gen, rare)
    rendered_core = [render_beat(gen, b, ents) for b in core]
    rendered_opt = [render_beat(gen, b, ents) for b in optional]
    rendered_close = [render_beat(gen, b, ents) for b in closing]

    def count(blocks):
        return sum(len(t) for b in blocks for _, t in b)

    while count(rendered_core + rendered_opt + rendered_close) > MAX_WORDS - 10 and len(rendered_opt) > 2:
        rendered_opt.pop(rng.randrange(len(rendered_opt)))
    body = rendered_core[1:] + rendered_opt
    rng.shuffle(body)
    blocks = [rendered_core[0]] + body
    while count(blocks + rendered_close) < target:
        role = rng.choice(("P", "C", "C", "T")) if setting in ("older adult memory with carer",
                                                                 "addiction recovery group") else \
            rng.choice(("P", "C"))
        filler = render_beat(gen, (f"{role}: {gen.pick(S.FILLERS[role])}",), ents)
        blocks.insert(rng.randrange(1, len(blocks) + 1), filler)
    blocks += rendered_close
    turns = [t for b in blocks for t in b]
    assert MIN_WORDS <= sum(len(t) for _, t in turns) <= MAX_WORDS, (number, sum(len(t) for _, t in turns))

    # drop entities that were rendered but then dropped with their beat; renumber what is used
    used: list[int] = []
    for _, toks in turns:
        for t in toks:
            if t["e"] >= 0 and t["e"] not in used:
                used.append(t["e"])
    remap = {old: new for new, old in enumerate(used)}
    ents = [ents[old] for old in used]
    for _, toks in turns:
        for t in toks:
            if t["e"] >= 0:
                t["e"] = remap[t["e"]]

    # segments
    role_names = S.ROLES[setting]
    seg_rows: list[tuple[str, str, list[dict], bool]] = []  # speaker, role, toks, first of turn
    for role, toks in turns:
        for k, (a, b) in enumerate(segment_turn(rng, toks)):
            speaker = "therapist" if role == "P" else "client"
            seg_rows.append((speaker, role_names["PCT".index(role)], toks[a:b], k == 0))
    restyle(rng, style, [r[2] for r in seg_rows], ents)

    # text, spans, timings
    words_all: list[dict] = []
    segments = []
    clock = rng.randrange(50, 200)  # centiseconds
    for speaker, role, toks, first in seg_rows:
        clock += rng.randrange(40, 130) if first else rng.randrange(5, 60)
        seg_words = []
        for t in toks:
            length = sum(c.isalnum() for c in t["w"]) or 1
            dur = 10 + 5 * min(length, 14) + rng.randrange(0, 8)
            seg_words.append({"word": t["w"], "start": round(clock / 100, 2), "end": round((clock + dur) / 100, 2)})
            clock += dur + rng.randrange(0, 9)
            words_all.append(t)
        segments.append({"speaker": speaker, "role": role, "start": seg_words[0]["start"],
                         "end": seg_words[-1]["end"], "text": " ".join(w["word"] for w in seg_words),
                         "words": seg_words})
    text_parts, offsets, at = [], [], 0
    for t in words_all:
        offsets.append(at)
        text_parts.append(t["w"])
        at += len(t["w"]) + 1
    text = " ".join(text_parts)
    spans = []
    seg_of_word = [i for i, s in enumerate(segments) for _ in s["words"]]
    cross = multi = 0
    for e_idx, e in enumerate(ents):
        idx = [i for i, t in enumerate(words_all) if t["e"] == e_idx]
        assert idx == list(range(idx[0], idx[-1] + 1)), "entity tokens must be contiguous"
        start = offsets[idx[0]] + e.get("lead", 0)
        end = offsets[idx[-1]] + len(words_all[idx[-1]]["w"])
        while text[end - 1] in TRAIL:
            end -= 1
        if e.get("poss") and text[end - 2:end].lower() == "'s":
            end -= 2
        while text[end - 1] in TRAIL:
            end -= 1
        span = {"start": start, "end": end, "type": e["type"], "kind": e["kind"], "text": text[start:end]}
        if e.get("disfluent"):
            span["disfluent"] = True
        spans.append(span)
        if len(idx) > 1:
            multi += 1
            cross += seg_of_word[idx[0]] != seg_of_word[idx[-1]]
    participants = participants_for(gen)
    record = {"id": f"holdout5-{number:04d}", "setting": setting, "style": style, "numbers": numbers,
              "locale": locale, "participants": participants, "text": text, "spans": spans, "segments": segments}
    return record, {"multi": multi, "cross": cross}


def participants_for(gen: Gen) -> list[str]:
    name = lambda role: " ".join(gen.cast[role])  # noqa: E731
    setting = gen.setting
    if setting == "clinical supervision":
        return [name("third"), name("pro")]
    people = [name("client")]
    if setting in ("addiction recovery group", "older adult memory with carer", "interpreter-mediated"):
        people.append(name("third"))
    if gen.rng.random() < 0.6:
        people.append(name("pro"))
    return people


def build() -> tuple[list[dict], dict]:
    rng = random.Random(SEED)
    settings = [S.SETTINGS[i % len(S.SETTINGS)] for i in range(N_RECORDS)]
    locales = [L.LOCALES[i % len(L.LOCALES)] for i in range(N_RECORDS)]
    styles = [STYLES[i % len(STYLES)] for i in range(N_RECORDS)]
    numbers = ["digits" if i % 2 == 0 else "spelled" for i in range(N_RECORDS)]
    for lst in (settings, locales, styles, numbers):
        rng.shuffle(lst)
    rare = plan_kinds(rng)
    records, cross, multi = [], 0, 0
    for i in range(N_RECORDS):
        rec, st = build_record(rng, i + 1, settings[i], locales[i], styles[i], numbers[i], rare[i])
        records.append(rec)
        cross += st["cross"]
        multi += st["multi"]
    return records, {"cross": cross, "multi": multi}


def dump(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ------------------------------------------------------------------------------------------------ check and stats
def sanity(records: list[dict]) -> None:
    allowed = [v for v in KINDS.values()]
    for n, r in enumerate(records, start=1):
        assert r["id"] == f"holdout5-{n:04d}"
        text = r["text"]
        assert text == " ".join(text.split()), r["id"]
        assert MIN_WORDS <= len(text.split()) <= MAX_WORDS, r["id"]
        joined = " ".join(w["word"] for s in r["segments"] for w in s["words"])
        assert joined == text, r["id"]
        last_end = 0.0
        for s in r["segments"]:
            assert 7 <= len(s["words"]) <= 22, (r["id"], len(s["words"]))
            assert s["text"] == " ".join(w["word"] for w in s["words"])
            assert s["speaker"] in ("client", "therapist")
            for w in s["words"]:
                assert last_end <= w["start"] < w["end"], r["id"]
                last_end = w["end"]
            assert s["start"] == s["words"][0]["start"] and s["end"] == s["words"][-1]["end"]
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            assert (sp["type"], sp["kind"]) in allowed, sp
            assert 0 <= sp["start"] < sp["end"] <= len(text)
            assert text[sp["start"]:sp["end"]] == sp["text"], (r["id"], sp)
            assert sp["text"] == sp["text"].strip() and sp["text"][-1] not in TRAIL, (r["id"], sp)
            assert sp["start"] >= prev_end, (r["id"], sp)
            assert sp["start"] == 0 or text[sp["start"] - 1] in " @", (r["id"], sp)
            prev_end = sp["end"]


def stats(records: list[dict], extra: dict) -> str:
    def table(title: str, counter: dict) -> list[str]:
        rows = [f"{title}:"]
        rows += [f"  {k:<44} {v:>5}" for k, v in counter.items()]
        return rows

    def tally(values) -> dict:
        out: dict = {}
        for v in values:
            out[v] = out.get(v, 0) + 1
        return dict(sorted(out.items()))

    spans = [s for r in records for s in r["spans"]]
    nwords = [len(r["text"].split()) for r in records]
    seglens = [len(s["words"]) for r in records for s in r["segments"]]
    lines = [f"records: {len(records)}", f"words: total {sum(nwords)}, min {min(nwords)}, max {max(nwords)}, "
             f"mean {sum(nwords) / len(nwords):.1f}",
             f"segments: {len(seglens)}, words per segment {min(seglens)}-{max(seglens)}, "
             f"mean {sum(seglens) / len(seglens):.1f}",
             f"spans: {len(spans)}; multi-word {extra['multi']}, cut across two segments {extra['cross']} "
             f"({100 * extra['cross'] / max(extra['multi'], 1):.1f}%); disfluent (um/uh inside) "
             f"{sum(1 for s in spans if s.get('disfluent'))}"]
    lines += table("spans by type", tally(s["type"] for s in spans))
    lines += table("spans by type/kind", tally(f"{s['type']}/{s['kind']}" for s in spans))
    lines += table("records by setting", tally(r["setting"] for r in records))
    lines += table("records by locale", tally(r["locale"] for r in records))
    lines += table("records by style", tally(r["style"] for r in records))
    lines += table("records by numbers", tally(r["numbers"] for r in records))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="regenerate in memory; assert identity and sanity")
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    records, extra = build()
    data = dump(records)
    sanity(records)
    if args.check:
        on_disk = OUT.read_bytes()
        assert on_disk == data, "holdout5.jsonl differs from a fresh build"
        print(f"ok: {len(records)} records, byte identical, md5 {hashlib.md5(data).hexdigest()}")
    elif not args.stats:
        OUT.write_bytes(data)
        print(f"wrote {OUT} ({len(records)} records, md5 {hashlib.md5(data).hexdigest()})")
    if args.stats:
        print(stats(records, extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
