"""Generate the third blind redaction hold-out set (holdout3.jsonl).

    python -m benchmarks.redaction_holdout3.generate          # writes holdout3.jsonl beside this file
    python -m benchmarks.redaction_holdout3.generate --check  # regenerates in memory and checks the file

Written blind: without reading the project's detector, its training data or the other redaction sets'
generators and lists (see README.md). Every template and list was written for this set. One
random.Random(7321) drives everything, so the file is reproducible byte for byte.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from . import lists as L
from .scripts import ADMIN, NEGATIVE, SCENARIOS

SEED = 7321
N_TRANSCRIPTS = 250
OUT = Path(__file__).with_name("holdout3.jsonl")
STYLES = [("cased", 30), ("lower", 22), ("bare", 33), ("cased_bare", 15)]
MIN_WORDS, MAX_WORDS = 250, 400
SEG_MIN, SEG_MAX = 7, 22
META: dict[str, tuple[str, str]] = {}     # id -> (locale, scenario), for --stats; not written to the file
TALLY: Counter = Counter()                # what was planted, for --stats (never touches the random stream)

NAME = ("NAME", "name")
PLACE = ("PLACE", "geographic")
STREET = ("ADDRESS", "street address")
ZIP = ("ADDRESS", "postcode/zip")
DATE = ("DATE", "date")
DOB = ("DATE", "date of birth")
PHONE = ("PHONE", "phone")
FAX = ("PHONE", "fax")
EMAIL = ("EMAIL", "e-mail")
URL = ("URL", "web address")
IP = ("ID", "IP address")
MRN = ("ID", "medical record number")
HPN = ("ID", "health plan number")
SSN = ("ID", "social security number")
ACCT = ("ID", "account number")
CERT = ("ID", "certificate/licence number")
VEH = ("ID", "vehicle identifier")
DEV = ("ID", "device identifier")
AGE = ("AGE", "age over 89")


class Skip(Exception):
    """A template asks for something this locale does not have; the exchange is left out."""


# ------------------------------------------------------------------ numbers as words
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDS = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
MONTHS = L.MONTHS


def cardinal(n: int, uk_and: bool = True) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        head = ONES[n // 100] + " hundred"
        return head if not rest else head + (" and " if uk_and else " ") + cardinal(rest, uk_and)
    head, rest = cardinal(n // 1000, uk_and) + " thousand", n % 1000
    if not rest:
        return head
    return head + ((" and " if uk_and else " ") if rest < 100 else " ") + cardinal(rest, uk_and)


def ordinal(n: int) -> str:
    if n < 20:
        return ORDS[n]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + " " + ORDS[n % 10]


def suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fold(s: str) -> str:
    """ASCII letters only, lower case (for e-mail local parts, handles and spelled names)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


# ------------------------------------------------------------------ people
class Person:
    def __init__(self, first: str, last: str, gender: str, full: str, title_last: str):
        self.first, self.last, self.gender, self.full, self.title_last = first, last, gender, full, title_last
        self.call = first


class Ctx:
    """Everything one transcript knows: its locale, style, people, places and the random stream."""

    def __init__(self, rng: random.Random, loc: str, style: str, scen: str):
        self.rng, self.loc, self.style, self.scen = rng, loc, style, scen
        self.lower = style in ("lower", "bare")
        self.punct = style in ("cased", "lower")
        self.spoken = rng.random() < 0.5          # numbers spelled out in this transcript
        self.zero = "zero" if loc in ("us", "ca", "ph") else "oh"
        self.p_double = 0.15 if loc in ("us", "ca", "ph") else 0.6
        self.p_disfl = 0.12
        self.p_missp = 0.18 if style == "cased" else 0.32
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()
        self.people: dict[str, Person] = {}
        self.places: dict[str, tuple[str, str]] = {}
        self.values: dict[str, list] = {}
        self.labels: dict[int, dict] = {}
        self.next_lid = 0
        self.kinds_used: list[str] = []
        g = rng.choice("fm")
        self.client = self.make_person(g)
        if self.client.first in L.SHORT and rng.random() < 0.35:
            self.client.call = L.SHORT[self.client.first]
        self.people["C"] = self.client
        self.therapist = self.make_person(rng.choice("fm"))
        self.t_form = rng.random()
        self.people["T"] = self.therapist
        self.parent = self.make_person(rng.choice("fm"))
        self.people["P"] = self.parent
        age = {"child": (6, 11), "family": (13, 17), "student": (18, 26)}.get(scen, (19, 74))
        self.client_age = rng.randint(*age)
        self.client_dob = self.rand_dob(self.client_age)

    # ---- random helpers
    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def rand_dob(self, age: int) -> tuple[int, int, int]:
        y = 2024 - age - (1 if self.chance(0.5) else 0)
        m = self.rng.randint(1, 12)
        d = self.rng.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
        return y, m, d

    # ---- people
    def make_person(self, g: str) -> Person:
        r, loc = self.rng, self.loc
        for _ in range(50):
            if r.random() < 0.2:
                pool = [n for n in L.WORD_FIRST[g] if loc in L.WORD_FIRST_ONLY.get(n, [loc])]
            elif r.random() < 0.08:
                pool = L.FIRST[r.choice(L.LOCALES)][g]
            else:
                pool = L.FIRST[loc][g]
            first = r.choice(pool)
            if first not in self.used_first:
                break
        self.used_first.add(first)
        if loc == "sg" and first in L.SG_MALAY_FIRST:
            father = r.choice(L.SG_MALAY_FATHERS)
            return Person(first, father, g, f"{first} {'bin' if g == 'm' else 'binte'} {father}", first)
        if loc == "sg" and first in L.SG_INDIAN_FIRST:
            father = r.choice(L.SG_INDIAN_FATHERS)
            full = f"{first} {'s/o' if g == 'm' else 'd/o'} {father}" if r.random() < 0.5 else f"{first} {father}"
            return Person(first, father, g, full, father)
        if loc == "sg":
            sur = r.choice(L.SURNAMES["sg"])
            western = first in {"Darren", "Bryan", "Eugene", "Terence", "Ivan", "Cheryl", "Gwendolyn", "Joanne",
                                "Shermaine"} or " " not in first and first not in L.FIRST["sg"][g]
            return Person(first, sur, g, f"{first} {sur}" if western else f"{sur} {first}", sur)
        for _ in range(50):
            sur = r.choice(L.WORD_SURNAMES) if r.random() < 0.2 else r.choice(L.SURNAMES[loc])
            if sur not in self.used_last:
                break
        self.used_last.add(sur)
        return Person(first, sur, g, f"{first} {sur}", sur)

    def person(self, key: str | None, g: str | None = None) -> Person:
        if key and key in self.people:
            return self.people[key]
        p = self.make_person(g or self.pick("fm"))
        if p.first in L.SHORT and self.chance(0.3):
            p.call = L.SHORT[p.first]
        if key:
            self.people[key] = p
        return p

    def surface(self, s: str) -> str:
        """A name or place as the recogniser may have written it."""
        parts = s.split(" ")
        if s in L.MISSPELL and self.chance(self.p_missp):
            TALLY["recogniser spelling of a name or place"] += 1
            return self.pick(L.MISSPELL[s])
        out = []
        for part in parts:
            if part in L.MISSPELL and self.chance(self.p_missp):
                TALLY["recogniser spelling of a name or place"] += 1
                out.append(self.pick(L.MISSPELL[part]))
            else:
                out.append(part)
        s = " ".join(out)
        if not self.punct and self.chance(0.3):
            s = unicodedata.normalize("NFKD", s)
            s = "".join(c for c in s if not unicodedata.combining(c))
        return s

    # ---- places
    def place(self, key: str | None, table: dict, fmt: str | None = None) -> tuple[str, str]:
        if key and key in self.places:
            return self.places[key]
        pool = table.get(self.loc)
        if not pool:
            raise Skip(f"no {fmt or 'place'} for {self.loc}")
        name = self.pick(pool)
        if "{town}" in name:
            name = name.replace("{town}", self.place("home", L.TOWNS)[1])
        pre = ""
        if name.startswith("the "):
            pre, name = "the ", name[4:]
        if key:
            self.places[key] = (pre, name)
        return pre, name

    def value(self, key: str | None, make):
        if key and key in self.values:
            return self.values[key]
        v = make()
        if key:
            self.values[key] = v
        return v


# ------------------------------------------------------------------ piece helpers
def ent(text: str, label: tuple[str, str], disfluent: bool = False, pre: str = "", post: str = ""):
    out = []
    if pre:
        out.append((pre, None))
    out.append((text, {"type": label[0], "kind": label[1], "disfluent": disfluent}))
    if post:
        out.append((post, None))
    return out


def plain(text: str):
    return [(text, None)]


# ------------------------------------------------------------------ spoken digits and codes
def speak_group(ctx: Ctx, g: str, pairs: float = 0.15) -> list[str]:
    r = ctx.rng
    if len(g) == 2 and g[0] != "0" and r.random() < pairs:
        return [cardinal(int(g))]
    if len(g) == 4 and g[0] != "0" and g[2] != "0" and r.random() < pairs:
        return [cardinal(int(g[:2])), cardinal(int(g[2:]))]
    if len(g) == 3 and g[0] != "0" and g[1:] == "00" and r.random() < 0.5:
        return [cardinal(int(g))]
    out, i = [], 0
    while i < len(g):
        d, run = g[i], 1
        while i + run < len(g) and g[i + run] == d:
            run += 1
        w = (ctx.zero if r.random() < 0.85 else ("zero" if ctx.zero == "oh" else "oh")) if d == "0" else ONES[int(d)]
        if run >= 3 and r.random() < ctx.p_double * 0.7:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and r.random() < ctx.p_double:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return out


def filler(ctx: Ctx) -> str:
    return ctx.pick(["um", "uh", "erm"] if ctx.loc in ("uk", "sco", "wal") else ["um", "uh"])


def speak_code(ctx: Ctx, written: str, pairs: float = 0.12, disfl: bool = True) -> tuple[str, bool]:
    """Say an identifier the way people read one out: letters, digit groups, the odd 'um' between groups."""
    groups = [g for g in re.split(r"[\s\-/.:#]+", written) if g]
    words, dis = [], False
    mixed = ctx.chance(0.2)           # some groups left as digits, the way a recogniser mixes them
    for gi, g in enumerate(groups):
        if gi and disfl and ctx.chance(ctx.p_disfl):
            words.append(filler(ctx))
            dis = True
        for run in re.findall(r"[A-Za-z]+|\d+", g):
            if run.isdigit() and mixed and ctx.chance(0.5):
                words.append(run)
            elif run.isdigit():
                words += speak_group(ctx, run, pairs)
            else:
                words += list(run.upper())
    return " ".join(words), dis


def pattern(ctx: Ctx, pat: str) -> str:
    """L a capital letter, D a digit, N a digit 1-9, a backslash keeps the next character, the rest is kept."""
    r = ctx.rng
    out = []
    escaped = False
    for ch in pat:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "L":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "D":
            out.append(str(r.randint(0, 9)))
        elif ch == "N":
            out.append(str(r.randint(1, 9)))
        else:
            out.append(ch)
    return "".join(out)


def id_entity(ctx: Ctx, written: str, label, spoken_p: float | None = None, pre: str = ""):
    spoken = ctx.spoken if spoken_p is None else ctx.chance(spoken_p)
    if spoken:
        text, dis = speak_code(ctx, written)
        return ent(text, label, dis, pre=pre)
    return ent(written, label, pre=pre)


# ------------------------------------------------------------------ dates
def date_text(ctx: Ctx, y: int | None, m: int, d: int, dob: bool = False):
    """(prefix, text) for a date; the prefix ('the') stays outside the span."""
    r = ctx.rng
    month_first = ctx.loc == "us" or (ctx.loc in ("ph", "ca") and r.random() < 0.6)
    mon = MONTHS[m - 1]
    if ctx.spoken:
        yw = year_words(ctx, y) if y else ""
        choices = ["dm", "md"] if not month_first else ["md", "md", "dm"]
        if y and dob:
            choices += ["num", "num2"]
        c = r.choice(choices)
        if c == "dm":
            t = f"{ordinal(d)} of {mon}" + (f" {yw}" if y else "")
            return ("the " if r.random() < 0.7 else ""), t
        if c == "md":
            t = f"{mon} {'the ' if r.random() < 0.3 and not month_first else ''}{ordinal(d)}"
            return "", t + (f", {yw}" if y and ctx.punct and r.random() < 0.5 else f" {yw}" if y else "")
        yy = y % 100
        yyw = cardinal(yy) if yy >= 10 else f"{ctx.zero} {ONES[yy]}"
        if c == "num":
            a, b = (m, d) if month_first else (d, m)
            bw = cardinal(b) if b >= 10 else f"{ctx.zero} {ONES[b]}"
            return "", f"{cardinal(a)} {bw} {yyw}"
        sep = ", " if ctx.punct else " "
        return "the ", f"{ordinal(d)} of the {ordinal(m)}{sep}{yyw}"
    # digits
    if y and r.random() < 0.45:
        if month_first:
            return "", r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}-{d}-{y % 100:02d}"])
        return "", r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}"])
    if month_first:
        t = r.choice([f"{mon} {d}", f"{mon} {suffix(d)}"])
        return "", t + (f", {y}" if y and ctx.punct else f" {y}" if y else "")
    c = r.random()
    if c < 0.35:
        return "the ", f"{suffix(d)} of {mon}" + (f" {y}" if y else "")
    return "", r.choice([f"{d} {mon}", f"{suffix(d)} {mon}"]) + (f" {y}" if y else "")


def year_words(ctx: Ctx, y: int) -> str:
    if 1900 <= y <= 1999:
        return "nineteen " + (cardinal(y - 1900) if y - 1900 >= 10 else f"{ctx.zero} {ONES[y - 1900]}")
    if 2000 <= y <= 2009:
        if ctx.chance(0.5):
            return "two thousand" + ("" if y == 2000 else (" and " if ctx.loc != "us" else " ") + ONES[y - 2000])
        return f"two thousand {ONES[y - 2000]}" if y > 2000 else "two thousand"
    if ctx.chance(0.75):
        return "twenty " + cardinal(y - 2000)
    return "two thousand and " + cardinal(y - 2000)


# ------------------------------------------------------------------ phones
AREA = {"uk": ["0113", "0161", "0114", "0115", "0116", "01603", "01733", "0118", "01274", "01302"],
        "sco": ["0131", "0141", "01382", "01224", "01463", "01592", "01698"],
        "wal": ["029", "01792", "01633", "01248", "01970", "01685", "01978"],
        "us": ["208", "559", "419", "937", "509", "918", "806", "928", "570", "330", "478", "915"],
        "ca": ["306", "403", "416", "604", "705", "902", "819", "250", "780", "506"],
        "jm": ["876", "658"], "za": ["011", "021", "031", "012", "041", "051"],
        "ng": ["01", "09"], "sg": ["6"], "ph": ["02", "032", "082"]}
MOBILE = {"za": ["082", "083", "071", "072", "073", "076", "079", "061", "084"],
          "ng": ["0803", "0805", "0806", "0813", "0703", "0706", "0802", "0808", "0907", "0816"],
          "ph": ["0917", "0918", "0927", "0939", "0995", "0966", "0905", "0920"]}


def phone_groups(ctx: Ctx, landline: bool) -> tuple[list[str], str]:
    """Digit groups and the written form."""
    r, loc = ctx.rng, ctx.loc
    if loc in ("uk", "sco", "wal"):
        if not landline:
            a, b = "07" + pattern(ctx, "NDD"), pattern(ctx, "DDDDDD")
            if r.random() < 0.15:
                return ["plus", "44", "7" + a[2:], b[:3], b[3:]], f"+44 {a[1:]} {b}"
            return [a, b[:3], b[3:]], r.choice([f"{a} {b}", f"{a}{b}", f"{a} {b[:3]} {b[3:]}"])
        area = r.choice(AREA[loc])
        rest = pattern(ctx, "N" + "D" * (10 - len(area)))
        if len(area) == 3:
            rest = "2" + rest[1:]
            return [area, rest[:4], rest[4:]], f"{area} {rest[:4]} {rest[4:]}"
        if len(area) == 4:
            return [area, rest[:3], rest[3:]], f"{area} {rest[:3]} {rest[3:]}"
        return [area, rest[:3], rest[3:]], f"{area} {rest}"
    if loc in ("us", "ca", "jm"):
        a, b, c = r.choice(AREA[loc]), pattern(ctx, "NDD"), pattern(ctx, "DDDD")
        return [a, b, c], r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}.{b}.{c}"])
    if loc in ("za", "ng", "ph"):
        if landline:
            a = r.choice(AREA[loc])
            rest = pattern(ctx, "N" + "D" * ((8 if a == "02" else 7) - 1))
            if a == "02":
                rest = "8" + rest[1:]
                return [a, rest[:4], rest[4:]], f"({a}) {rest[:4]} {rest[4:]}"
            written = f"({a}) {rest[:3]} {rest[3:]}" if loc == "ph" else f"{a} {rest[:3]} {rest[3:]}"
            return [a, rest[:3], rest[3:]], written
        a = r.choice(MOBILE[loc])
        rest = pattern(ctx, "DDDDDDD")
        if r.random() < 0.15:
            cc = {"za": "27", "ng": "234", "ph": "63"}[loc]
            return ["plus", cc, a[1:], rest[:3], rest[3:]], f"+{cc} {a[1:]} {rest[:3]} {rest[3:]}"
        return [a, rest[:3], rest[3:]], r.choice([f"{a} {rest[:3]} {rest[3:]}", f"{a}{rest}",
                                                   f"{a}-{rest[:3]}-{rest[3:]}"])
    # sg
    first = "6" if landline else r.choice("89")
    n = first + pattern(ctx, "DDDDDDD")
    if r.random() < 0.15:
        return ["plus", "65", n[:4], n[4:]], f"+65 {n[:4]} {n[4:]}"
    return [n[:4], n[4:]], r.choice([f"{n[:4]} {n[4:]}", n])


def phone_entity(ctx: Ctx, label, made):
    groups, written = made
    if not ctx.spoken:
        return ent(written, label)
    words, dis = [], False
    mixed = ctx.chance(0.2)
    for gi, g in enumerate(groups):
        if gi and gi < len(groups) and ctx.chance(ctx.p_disfl):
            words.append(filler(ctx))
            dis = True
        if g == "plus":
            words.append("plus")
        elif mixed and gi and ctx.chance(0.5):
            words.append(g)
        elif gi == 1 and groups[0] == "plus":
            words += speak_group(ctx, g, 0.5)
        else:
            words += speak_group(ctx, g, 0.2 if ctx.loc in ("us", "ca", "jm") else 0.08)
    return ent(" ".join(words), label, dis)


# ------------------------------------------------------------------ identifiers by locale
HP_PATTERNS = {"uk": ["DDD DDD DDDD"], "wal": ["DDD DDD DDDD"],
               "us": ["LLLDDDDDDDDD", "NLLD-LLD-LLDD", "LLL DDDDD DDDD"],
               "ca": ["DDDD-DDD-DDD-LL", "9DDD DDD DDD", "RAMQ"], "za": ["DDDDDDDDD", "DDD DDD DDD"],
               "sg": ["LLDDDDDDDD"], "ng": ["DDDD-DDDD-DD", "DDDDDDDDDD"], "jm": ["DDDDDDDDD", "DDD DDD DDD"],
               "ph": ["DD-DDDDDDDDD-D"], "sco": ["CHI"]}
MRN_PATTERNS = {"uk": ["LDDDDDDD", "LLLDDDDDD", "DDDDDDDD"], "wal": ["LDDDDDDD", "DDDDDDDD"],
                "sco": ["LDDDDDDD", "DDDDDDDD"], "us": ["DDDDDDDD", "DDDDDD-DD", "LDDDDDDDD"],
                "ca": ["DDDDDDD", "LDDDDDD"], "za": ["DDDDDDDD", "LDDDDDDD"], "sg": ["DDDDDDDDLL", "LLDDDDDDD"],
                "ng": ["DDDDDD", "LL/DDDD/DD"], "jm": ["DDDDDD", "DD-DDDDD"], "ph": ["DDDD-DDDDDD", "DDDDDDDD"]}
ACCT_PATTERNS = {"uk": ["DDDDDDDD"], "sco": ["DDDDDDDD"], "wal": ["DDDDDDDD"], "us": ["DDDDDDDDDD", "DDDDDDDDDDDD"],
                 "ca": ["DDDDDDD", "DDDD-DDD"], "za": ["DDDDDDDDDD", "DD DDDD DDDD"], "sg": ["DDD-DDDDD-D"],
                 "ng": ["DDDDDDDDDD"], "jm": ["DDD-DDD-DDD"], "ph": ["DDDD-DDDD-DDDD", "DDDDDDDDDD"]}
SORT_PATTERNS = {"uk": "DD-DD-DD", "sco": "DD-DD-DD", "wal": "DD-DD-DD", "us": "DDDDDDDDD", "ca": "DDDDD",
                 "za": "DDDDDD"}
REF_PATTERNS = {"any": ["LLL DDDDDDD", "DDDDDDDDDD", "C\\LM-DDDDDD", "LL-DDDDDD-D", "DDDD DDDD DDDD"],
                "uk": ["GBDD LLLL DDDD DDDD DDDD DD"], "sco": ["GBDD LLLL DDDD DDDD DDDD DD"]}
DL_PATTERNS = {"us": ["LDDDDDDD", "LDDD-DDDD-DDDD", "DDDDDDDDD"], "ca": ["LDDDD-DDDDD-DDDDD", "DDDDDDD"],
               "za": ["DDDDDDDDDDLL"], "ng": ["LLLDDDDDLLDD"], "jm": ["DDDDDDDDD"], "ph": ["LDD-DD-DDDDDD"],
               "sg": ["LDDDDDDDL"]}
PASSPORT_PATTERNS = {"uk": "DDDDDDDDD", "sco": "DDDDDDDDD", "wal": "DDDDDDDDD", "us": "LDDDDDDDD", "ca": "LLDDDDDD",
                     "za": "LDDDDDDDD", "sg": "KDDDDDDDL", "ng": "LDDDDDDDD", "jm": "LDDDDDDD", "ph": "PDDDDDDDL"}
PIN_PATTERNS = {"uk": ["DDLDDDDL", "DDDD DDDD DDDD DDDD"], "sco": ["DDLDDDDL", "DDDD DDDD DDDD DDDD"],
                "wal": ["DDLDDDDL"], "us": ["R\\N DDDDDDD", "LDDDDDD"], "ca": ["DDDDDDD"], "za": ["LL DDDDDDD"],
                "sg": ["LDDDDDL"], "ng": ["DDDDDD"], "jm": ["DDDD-DD"], "ph": ["DDDDDDD"]}
PLATE_PATTERNS = {"uk": ["LLDD LLL", "LDDD LLL"], "sco": ["LLDD LLL"], "wal": ["LLDD LLL", "CYDD LLL"],
                  "us": ["NLLLDDD", "LLL-DDDD", "LLL DDD"], "ca": ["LLLL DDD", "LLL DDD"],
                  "za": ["LL DD LL GP", "CA DDD-DDD", "\\N\\D DDD-DDD", "LLL DDD EC"], "sg": ["SLL DDDD L"],
                  "ng": ["LLL DDD LL", "LLL-DDDLL"], "jm": ["LL DDDD", "DDDD LL"], "ph": ["LLL DDDD", "LLL DDD"]}
DEV_PATTERNS = ["LLDDDDDDDD", "DDDDLLDDDDDD", "LDLD-DDDD-DDDD", "DDDDDDDDDDDDD", "S\\N DDDD-DDDD", "LLL DDDDDD L"]


def nhs_like(ctx: Ctx) -> str:
    return pattern(ctx, ctx.pick(HP_PATTERNS[ctx.loc]))


def uk_licence(ctx: Ctx, p: Person) -> str:
    sur = (fold(p.last) + "99999")[:5].upper()
    y, m, d = ctx.client_dob if p is ctx.client else ctx.rand_dob(ctx.rng.randint(20, 70))
    mm = m + (50 if p.gender == "f" else 0)
    initials = (fold(p.first)[:1] + ctx.pick("ABCDEJKLMRS9")).upper()
    return f"{sur}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{initials}{ctx.rng.randint(0, 9)}{pattern(ctx, 'LL')}"


# ------------------------------------------------------------------ the generators behind {placeholders}
def person_name(ctx: Ctx, p: Person, full: bool = False):
    if full:
        text = " ".join(ctx.surface(part) if part not in ("bin", "binte", "s/o", "d/o") else part
                        for part in p.full.split(" "))
    else:
        text = ctx.surface(p.call)
    return ent(text, NAME)


def spelled(ctx: Ctx, word: str):
    TALLY["name spelled out letter by letter"] += 1
    letters = [c for c in fold(word.split(" ")[0].split("-")[0]) if c.isalpha()]
    if ctx.style.startswith("cased") and ctx.chance(0.5):
        text = "-".join(c.upper() for c in letters)
    else:
        text = " ".join(c.upper() for c in letters)
    return ent(text, NAME)


def facility(ctx: Ctx, key, table, what):
    pre, name = ctx.place(key, table, what)
    return ent(ctx.surface(name), PLACE, pre=pre)


def street_text(ctx: Ctx, key) -> str:
    def make():
        r, loc = ctx.rng, ctx.loc
        st = ctx.pick(L.STREETS[loc])
        num = r.choice([r.randint(1, 60), r.randint(1, 200),
                        r.randint(100, 9999) if loc in ("us", "ca") else r.randint(1, 99)])
        if loc == "sg":
            block = f"Blk {r.randint(100, 999)} {st}"
            return block + (f", #{r.randint(2, 16):02d}-{r.randint(10, 400)}" if r.random() < 0.5 else "")
        if loc == "ph" and r.random() < 0.5:
            return f"Block {r.randint(1, 40)} Lot {r.randint(1, 60)}, {st}"
        if loc == "sco" and r.random() < 0.35:
            return f"Flat {r.randint(0, 3)}/{r.randint(1, 2)}, {num} {st}"
        if loc in ("uk", "wal") and r.random() < 0.25:
            return f"Flat {r.randint(1, 12)}, {num} {st}"
        if loc in ("us",) and r.random() < 0.3:
            return f"{num} {st}, Apt {r.randint(1, 30)}{r.choice('ABCD')}"
        if loc == "ca" and r.random() < 0.3:
            return f"unit {r.randint(101, 2405)}, {num} {st}"
        if loc == "jm" and r.random() < 0.3:
            return f"Lot {num}, {st}"
        return f"{num} {st}"
    return ctx.value(f"street:{key}" if key else None, make)


def say_street(ctx: Ctx, written: str) -> str:
    if not ctx.spoken:
        return written

    def num(m):
        s = m.group(0)
        n = int(s)
        if len(s) == 4 and ctx.chance(0.7):
            return f"{cardinal(n // 100)} {cardinal(n % 100) if n % 100 >= 10 else ctx.zero + ' ' + ONES[n % 100]}"
        if len(s) >= 3 and ctx.chance(0.5):
            return " ".join(ONES[int(c)] if c != "0" else ctx.zero for c in s)
        return cardinal(n)
    t = written.replace("#", "unit ").replace("/", " stroke ").replace("Blk", "block")
    t = re.sub(r"(?<=\d)-(?=\d)", " dash ", t)
    return re.sub(r"\d+", num, t)


def postcode_written(ctx: Ctx) -> str:
    r, loc = ctx.rng, ctx.loc
    if loc in ("uk", "sco", "wal"):
        area = r.choice({"uk": ["RG", "BA", "LS", "M", "B", "NE", "BS", "NG", "CV", "PE", "WN", "DN", "S"],
                         "sco": ["EH", "G", "KY", "AB", "IV", "DD", "PA", "ML", "FK"],
                         "wal": ["CF", "SA", "LL", "NP", "SY", "CH", "LD"]}[loc])
        return f"{area}{r.randint(1, 29)} {r.randint(1, 9)}{pattern(ctx, 'LL')}"
    if loc == "us":
        z = pattern(ctx, "NDDDD")
        return z + (f"-{pattern(ctx, 'DDDD')}" if r.random() < 0.15 else "")
    if loc == "ca":
        return pattern(ctx, "LNL NLN")
    if loc in ("za", "ph"):
        return pattern(ctx, "NDDD")
    if loc == "sg":
        return pattern(ctx, "NDDDDD")
    if loc == "ng":
        return pattern(ctx, "1DDDDD")
    raise Skip("no postcodes in this locale")


def say_postcode(ctx: Ctx, written: str):
    if not ctx.spoken:
        return ent(written, ZIP)
    if written.isdigit() and len(written) == 4 and ctx.chance(0.5):
        tail = cardinal(int(written[2:])) if written[2] != "0" else ctx.zero + " " + ONES[int(written[3])]
        text = f"{cardinal(int(written[:2]))} {tail}"
        return ent(text, ZIP)
    text, dis = speak_code(ctx, written, pairs=0.2)
    return ent(text, ZIP, dis)


def email_of(ctx: Ctx, p: Person, org: bool = False) -> str:
    r = ctx.rng
    f, ln = fold(p.call if r.random() < 0.3 else p.first), fold(p.last)
    nn = str(r.randint(1, 99)) if r.random() < 0.5 else str(r.randint(1960, 2006))[2:]
    local = r.choice([f"{f}.{ln}", f"{f}{ln}{nn}", f"{f[0]}{ln}", f"{f}_{ln}", f"{f}{nn}", f"{f}.{ln}{nn}",
                      f"{r.choice(L.HANDLE_WORDS)}{f}{nn}", f"{ln}.{f}"])
    dom = r.choice(L.ORG_DOMAINS[ctx.loc]) if org else r.choice(L.EMAIL_DOMAINS[ctx.loc])
    if org:
        local = r.choice([f"{f}.{ln}", f"{f}", f"dr.{ln}", f"{f[0]}.{ln}"])
    return f"{local}@{dom}"


def say_address(ctx: Ctx, written: str, mode: str) -> str:
    """Spell an e-mail or URL out the way it is dictated: dots, 'at', underscores, digits as words."""
    def speak(s: str) -> str:
        s = s.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ").replace("/", " slash ")
        s = s.replace("@", " at ")
        s = re.sub(r"\d+", lambda m: " " + " ".join(speak_group(ctx, m.group(0), 0.5)) + " ", s)
        return re.sub(r"\s+", " ", s).strip()
    if mode == "written":
        return written
    if mode == "half" and "@" in written:
        local, dom = written.split("@", 1)
        return f"{local} at {dom}"
    return speak(written)


def address_mode(ctx: Ctx) -> str:
    if ctx.spoken:
        return ctx.pick(["spoken", "spoken", "half", "written"])
    return ctx.pick(["written", "written", "half", "spoken"])


def handle_text(ctx: Ctx, p: Person) -> str:
    r = ctx.rng
    f, ln = fold(p.call), fold(p.last)
    w = r.choice(L.HANDLE_WORDS)
    return r.choice([f"{f}_{ln}{r.randint(1, 99)}", f"{w}.{f}", f"{f}{w}{r.randint(0, 99)}", f"{f}.{ln}",
                     f"{w}_{f}_{r.randint(1, 9)}", f"the.real.{f}", f"{f}{ln[:1]}x"])


def url_written(ctx: Ctx, kind: str) -> str:
    r = ctx.rng
    p = ctx.client
    f, ln = fold(p.call), fold(p.last)
    if kind == "fund":
        dec = ctx.person("dec", "f")
        return r.choice([f"gofundme.com/f/{fold(dec.first)}-{fold(dec.last)}-headstone",
                         f"www.gofundme.com/f/in-memory-of-{fold(dec.first)}",
                         f"justgiving.com/page/{fold(dec.first)}-{fold(dec.last)}"])
    if kind == "blog":
        return r.choice([f"{f}{r.choice(L.HANDLE_WORDS)}.wordpress.com", f"{f}{ln}.substack.com",
                         f"www.{f}{r.choice(['recovers', 'writes', 'heals', 'onedayatatime'])}.com"])
    if kind == "profile":
        return r.choice([f"facebook.com/{f}.{ln}.{r.randint(1, 999)}", f"instagram.com/{handle_text(ctx, p)}",
                         f"tiktok.com/@{handle_text(ctx, p)}",
                         f"linkedin.com/in/{f}-{ln}-{pattern(ctx, 'DLDDLD').lower()}"])
    if kind == "club":
        slug = fold(ctx.place("uni", L.UNIS)[1])
        return r.choice([f"instagram.com/{slug}climbing", f"facebook.com/groups/{slug}climbers",
                         f"www.{slug}climbingclub.org"])
    if kind == "meet":
        t = ctx.therapist
        return r.choice([f"zoom.us/j/{pattern(ctx, 'NDDDDDDDDD')}",
                         f"doxy.me/{'dr' if r.random() < 0.5 else ''}{fold(t.last)}",
                         f"meet.google.com/{pattern(ctx, 'LLL-LLLL-LLL').lower()}",
                         f"{r.choice(L.ORG_DOMAINS[ctx.loc]).split('.')[0]}.zoom.us/j/{pattern(ctx, 'NDDDDDDDDDD')}"])
    dom = r.choice(L.ORG_DOMAINS[ctx.loc])
    return r.choice([f"www.{dom}", f"{dom}/{r.choice(['resources', 'worksheets', 'self-help', 'groups', 'book'])}",
                     f"www.{dom}/{fold(ctx.therapist.first)}"])


def age90(ctx: Ctx):
    n = ctx.rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102])
    if ctx.spoken or ctx.chance(0.3):
        t = cardinal(n) if n < 100 else ("a hundred" if n == 100 else f"a hundred and {ONES[n - 100]}")
    else:
        t = str(n)
    return ent(t, AGE)


def age_under(ctx: Ctx, lo: int = 2, hi: int = 89) -> str:
    n = ctx.rng.randint(lo, hi)
    if hi == 89 and ctx.chance(0.12):
        n = 89
    return cardinal(n) if ctx.spoken or ctx.chance(0.4) else str(n)


def num_neg(ctx: Ctx, n: int) -> str:
    return cardinal(n) if ctx.spoken or ctx.chance(0.5) else str(n)


def gen(ctx: Ctx, name: str, key: str | None):
    r = ctx.rng
    loc = ctx.loc
    # ---- people
    if name == "C":
        return person_name(ctx, ctx.client)
    if name == "Cfull":
        return person_name(ctx, ctx.client, full=True)
    if name == "Cspell":
        return spelled(ctx, ctx.client.first)
    if name == "Csurspell":
        return spelled(ctx, ctx.client.last)
    if name == "Csur":
        t = ctx.pick(["Mr"] if ctx.client.gender == "m" else ["Ms", "Mrs", "Miss"])
        return ent(f"{t} {ctx.surface(ctx.client.title_last)}", NAME)
    if name == "T":
        t = ctx.therapist
        if ctx.t_form < 0.55:
            return person_name(ctx, t)
        title = "Dr" if ctx.t_form < 0.85 else ("Mr" if t.gender == "m" else "Ms")
        return ent(f"{title} {ctx.surface(t.title_last)}", NAME)
    if name == "Tfull":
        return person_name(ctx, ctx.therapist, full=True)
    if name in ("P", "Pfull"):
        return person_name(ctx, ctx.parent, full=name == "Pfull")
    if name in ("f", "m", "n"):
        return person_name(ctx, ctx.person(key, None if name == "n" else name))
    if name in ("ff", "mf", "nf"):
        return person_name(ctx, ctx.person(key, None if name == "nf" else name[0]), full=True)
    if name in ("tf", "tm", "dr"):
        p = ctx.person(key, {"tf": "f", "tm": "m"}.get(name))
        t = "Dr" if name == "dr" else ctx.pick(L.TITLES[p.gender][:-1] if ctx.chance(0.9) else L.TITLES[p.gender])
        return ent(f"{t} {ctx.surface(p.title_last)}", NAME)
    if name in ("kf", "km"):
        p = ctx.person(key, name[1])
        return ent(f"{ctx.pick(L.KIN[loc][p.gender])} {ctx.surface(p.call)}", NAME)
    if name == "rev":
        p = ctx.person(key, "m" if r.random() < 0.7 else "f")
        return ent(f"{ctx.pick(L.CLERGY[loc])} {ctx.surface(p.title_last)}", NAME)
    if name == "judge":
        p = ctx.person(key, "m")
        local = "Magistrate" if loc in ("za", "ng", "jm") else "Sheriff" if loc == "sco" else "Judge"
        return ent(f"{ctx.pick(['Judge', 'Judge', local])} {ctx.surface(p.title_last)}", NAME)
    if name == "cop":
        p = ctx.person(key)
        return ent(f"{L.LEX['police'][loc]} {ctx.surface(p.title_last)}", NAME)
    if name == "nick":
        p = ctx.person(key, "m" if not key or key not in ctx.people else None)
        nk = ctx.value(f"nick:{key}", lambda: ctx.pick(L.NICK[p.gender]) if r.random() < 0.6
                       else f"{ctx.pick(['Big', 'Little', 'Wee' if loc == 'sco' else 'Lil'])} {p.call}")
        return ent(nk, NAME)
    if name == "spell":
        return spelled(ctx, ctx.person(key).first)
    # ---- pronouns and role words (unlabelled)
    if name in ("he", "him", "his", "He", "His"):
        m = ctx.client.gender == "m"
        w = {"he": "he" if m else "she", "him": "him" if m else "her", "his": "his" if m else "her"}[name.lower()]
        return plain(w.capitalize() if name[0].isupper() else w)
    if name in ("par", "opar", "Par"):
        g = ctx.parent.gender if name != "opar" else ("m" if ctx.parent.gender == "f" else "f")
        w = L.LEX["mum"][loc] if g == "f" else {"ng": "daddy", "sg": "daddy", "jm": "daddy", "ph": "papa",
                                                "wal": "dad", "za": "dad"}.get(loc, "dad")
        return plain(w.capitalize() if name == "Par" else w)
    if name == "op":
        return person_name(ctx, ctx.person("op", "m" if ctx.parent.gender == "f" else "f"))
    # ---- places
    if name == "town":
        def make():
            table = L.WORD_TOWNS if r.random() < 0.25 else L.TOWNS
            return "", ctx.pick(table[loc])
        pre, t = ctx.places.get(key) or make()
        if key:
            ctx.places[key] = (pre, t)
        return ent(ctx.surface(t), PLACE)
    if name == "wtown":
        pre, t = ctx.place(key, L.WORD_TOWNS)
        return ent(ctx.surface(t), PLACE)
    if name in ("region", "village", "hood"):
        table = {"region": L.REGIONS, "village": L.VILLAGES, "hood": L.HOODS}[name]
        pre, t = ctx.place(key, table)
        return ent(ctx.surface(t), PLACE, pre=pre)
    table = {"hosp": L.HOSPITALS, "clinic": L.CLINICS, "care": L.CARE_HOMES, "school": L.SCHOOLS,
             "church": L.WORSHIP, "work": L.WORK, "uni": L.UNIS, "rehab": L.REHABS, "court": L.COURTS,
             "pub": L.PUBS}.get(name)
    if table is not None:
        return facility(ctx, key, table, name)
    if name == "hall":
        halls = [f"{s} Hall" for s in L.SURNAMES[loc][:12]] + ["Riverside Court", "Parkview House"]
        pre, t = ctx.place(key, {loc: halls})
        return ent(t, PLACE)
    if name == "street":
        return ent(say_street(ctx, street_text(ctx, key)), STREET)
    if name == "road":
        st = ctx.value(f"road:{key}" if key else None, lambda: ctx.pick(L.STREETS[loc]))
        return ent(say_street(ctx, st), STREET)
    if name == "pc":
        w = ctx.value(f"pc:{key}" if key else None, lambda: postcode_written(ctx))
        return say_postcode(ctx, w)
    # ---- dates
    if name in ("date", "datey"):
        if name == "datey":
            y = r.randint(2019, 2024)
        else:
            y = r.randint(2024, 2025) if r.random() < 0.2 else None
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        pre, t = date_text(ctx, y, m, d)
        return ent(t, DATE, pre=pre)
    if name in ("dob", "bday"):
        if key in (None, "C"):
            y, m, d = ctx.client_dob
        else:
            y, m, d = ctx.value(f"dob:{key}", lambda: ctx.rand_dob(r.randint(1, 80)))
        pre, t = date_text(ctx, y if name == "dob" else None, m, d, dob=True)
        return ent(t, DOB, pre=pre)
    # ---- contact
    if name in ("phone", "fax", "landline"):
        lab = FAX if name == "fax" else PHONE
        made = ctx.value(f"phone:{key}" if key else None, lambda: phone_groups(ctx, landline=name != "phone"))
        return phone_entity(ctx, lab, made)
    if name in ("email", "temail"):
        p = ctx.therapist if name == "temail" else (ctx.client if key in (None, "C") else ctx.person(key))
        w = ctx.value(f"email:{name}:{key}", lambda: email_of(ctx, p, org=name == "temail"))
        return ent(say_address(ctx, w, address_mode(ctx)), EMAIL)
    if name in ("url", "fund", "blog", "profile", "meet", "club"):
        w = url_written(ctx, {"url": "site"}.get(name, name))
        mode = address_mode(ctx)
        return ent(say_address(ctx, w, "written" if mode == "half" else mode), URL)
    if name == "handle":
        p = ctx.client if key in (None, "C") else ctx.person(key)
        h = ctx.value(f"handle:{key}", lambda: handle_text(ctx, p))
        if ctx.spoken and r.random() < 0.7:
            return ent(say_address(ctx, h, "spoken"), URL, pre="at ")
        return ent("@" + h, URL)
    # ---- identifiers
    if name == "ip":
        if r.random() < 0.2:
            octs = [192, 168, r.randint(0, 5), r.randint(2, 254)]
        else:
            octs = [r.randint(11, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)]
        if not ctx.spoken:
            return ent(".".join(map(str, octs)), IP)
        sep = ctx.pick(["dot", "point"])
        parts = []
        for o in octs:
            s = str(o)
            digits = " ".join(ONES[int(c)] if c != "0" else "zero" for c in s)
            parts.append(cardinal(o, uk_and=r.random() < 0.5) if r.random() < 0.5 else digits)
        return ent(f" {sep} ".join(parts), IP)
    if name == "mac":
        mac = ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))
        return ent(mac.upper() if r.random() < 0.5 else mac, DEV)
    if name == "hp":
        pat = ctx.pick(HP_PATTERNS[loc])
        if pat == "CHI":
            y, m, d = ctx.client_dob
            w = f"{d:02d}{m:02d}{y % 100:02d}{pattern(ctx, 'DDDD')}"
            w = w if r.random() < 0.5 else f"{w[:6]} {w[6:]}"
        elif pat == "RAMQ":
            head = (fold(ctx.client.last) + "xxx")[:3].upper() + fold(ctx.client.first)[:1].upper()
            w = f"{head} {pattern(ctx, 'DDDD DDDD')}"
        else:
            w = pattern(ctx, pat)
        return id_entity(ctx, w, HPN)
    if name == "mrn":
        return id_entity(ctx, pattern(ctx, ctx.pick(MRN_PATTERNS[loc])), MRN)
    if name == "ssn":
        if loc in ("uk", "sco", "wal"):
            a, b = r.choice("ABCEGHJKLMNOPRSTWXYZ"), r.choice("ABCEGHJKLMNPRSTWXYZ")
            w = f"{a}{b} {pattern(ctx, 'DD DD DD')} {r.choice('ABCD')}"
            w = w if r.random() < 0.6 else w.replace(" ", "")
        elif loc == "us":
            w = f"{r.randint(101, 665)}-{r.randint(10, 99)}-{pattern(ctx, 'DDDD')}"
        elif loc == "ca":
            w = f"{r.choice('1234567')}{pattern(ctx, 'DD DDD DDD')}"
        elif loc == "za":
            y, m, d = ctx.client_dob
            sex = r.randint(0, 4) if ctx.client.gender == "f" else r.randint(5, 9)
            w = f"{y % 100:02d}{m:02d}{d:02d}{sex}{pattern(ctx, 'DDD')}08{r.randint(0, 9)}"
        elif loc == "sg":
            w = f"{'T' if ctx.client_dob[0] >= 2000 else 'S'}{pattern(ctx, 'DDDDDDDL')}"
        elif loc == "ng":
            w = pattern(ctx, "NDDDDDDDDDD")
        elif loc == "jm":
            w = f"1{pattern(ctx, 'DD-DDD-DDD')}"
        else:
            w = pattern(ctx, "DD-DDDDDDD-D")
        return id_entity(ctx, w, SSN)
    if name == "acct":
        return id_entity(ctx, pattern(ctx, ctx.pick(ACCT_PATTERNS[loc])), ACCT)
    if name == "sort":
        if loc not in SORT_PATTERNS:
            raise Skip("no sort code here")
        return id_entity(ctx, pattern(ctx, SORT_PATTERNS[loc]), ACCT)
    if name == "ref":
        pats = REF_PATTERNS["any"] + REF_PATTERNS.get(loc, [])
        return id_entity(ctx, pattern(ctx, ctx.pick(pats)), ACCT)
    if name == "dl":
        p = ctx.client
        w = uk_licence(ctx, p) if loc in ("uk", "sco", "wal") else pattern(ctx, ctx.pick(DL_PATTERNS[loc]))
        return id_entity(ctx, w, CERT)
    if name == "passport":
        return id_entity(ctx, pattern(ctx, PASSPORT_PATTERNS[loc]), CERT)
    if name == "pin":
        return id_entity(ctx, pattern(ctx, ctx.pick(PIN_PATTERNS[loc])), CERT)
    if name == "plate":
        w = ctx.value(f"plate:{key}" if key else None, lambda: pattern(ctx, ctx.pick(PLATE_PATTERNS[loc])))
        return id_entity(ctx, w, VEH)
    if name == "vin":
        vin = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        return id_entity(ctx, vin, VEH, spoken_p=0.25)
    if name == "dev":
        return id_entity(ctx, pattern(ctx, ctx.pick(DEV_PATTERNS)), DEV)
    if name == "imei":
        w = pattern(ctx, "NDDDDDDDDDDDDDD")
        w = w if r.random() < 0.5 else f"{w[:2]} {w[2:8]} {w[8:14]} {w[14]}"
        return id_entity(ctx, w, DEV)
    if name == "tag":
        return id_entity(ctx, pattern(ctx, ctx.pick(["DDDDDDD", "LLDDDDDD", "DDDD-DDDD"])), DEV)
    if name == "age90":
        return age90(ctx)
    # ---- negatives: never labelled
    return plain(negative(ctx, name, key))


def negative(ctx: Ctx, name: str, key: str | None) -> str:
    if key and f"neg:{name}:{key}" in ctx.values:
        return ctx.values[f"neg:{name}:{key}"]
    out = _negative(ctx, name)
    if out.strip() and name not in L.LEX and name not in ("prt", "hpcue", "ssncue", "mrncue", "sortcue"):
        TALLY[f"negative {{{name}}}"] += 1
    if key:
        ctx.values[f"neg:{name}:{key}"] = out
    return out


def _negative(ctx: Ctx, name: str) -> str:
    r, loc = ctx.rng, ctx.loc
    if name == "wd":
        return ctx.pick(L.WEEKDAYS)
    if name == "mon":
        return ctx.pick(L.MONTHS)
    if name == "hol":
        return ctx.pick(L.HOLIDAYS[loc])
    if name == "season":
        return ctx.pick(L.SEASONS[loc])
    if name == "yr":
        y = r.randint(1988, 2024)
        return year_words(ctx, y) if ctx.spoken else str(y)
    if name == "decade":
        return ctx.pick(["the nineties", "the eighties", "the two thousands", "the seventies"])
    if name == "tod":
        return ctx.pick(["half seven", "quarter past three", "3pm", "six in the morning", "eleven at night",
                         "midnight", "7:30", "half two", "ten to nine", "4am", "five o'clock", "two in the morning"])
    if name == "dur":
        return ctx.pick(["twenty minutes", "three weeks", "six months", "an hour and a half", "ninety minutes",
                         "ninety days", "two years", "a fortnight", "forty eight hours", "ten days", "half an hour",
                         "eighteen months", "nine months"])
    if name == "short":
        return ctx.pick(["twenty minutes", "half an hour", "forty minutes", "an hour", "ninety minutes",
                         "forty five minutes"])
    if name == "stay":
        return ctx.pick(["three days", "a week", "ten days", "nearly a month", "two weeks", "five nights"])
    if name == "sober":
        return ctx.pick(["ninety days", "six months", "eleven weeks", "two years", "four hundred days", "nine months"])
    if name == "appt":
        return ctx.pick(["half two", "10am", "quarter past eleven", "3pm", "nine thirty", "two o'clock", "4.15"])
    if name == "money":
        n = r.choice([20, 40, 60, 85, 120, 250, 300, 450, 900, 1200, 3000])
        if loc in ("ng", "jm", "ph"):
            n *= r.choice([50, 100])
        if ctx.spoken:
            return f"{cardinal(n)} {L.LEX['curw'][loc]}"
        return f"{L.LEX['cur'][loc]}{n:,}"
    if name == "med":
        return ctx.pick(L.MEDS)
    if name == "dose":
        return ctx.pick(L.DOSES)
    if name == "score":
        n = r.randint(2, 9)
        return ctx.pick([f"{num_neg(ctx, n)} out of ten", f"{'an' if n == 8 else 'a'} {cardinal(n)}", f"{n} out of 10",
                         f"about {cardinal(n)} out of ten", f"{cardinal(n * 10)} percent"])
    if name == "phq":
        return ctx.pick([f"PHQ nine of {num_neg(ctx, r.randint(5, 24))}",
                         f"GAD seven of {num_neg(ctx, r.randint(4, 20))}",
                         f"CORE score of {num_neg(ctx, r.randint(8, 30))}",
                         f"AUDIT of {num_neg(ctx, r.randint(8, 30))}"])
    if name == "country":
        return ctx.pick([c for c in L.COUNTRIES if c != "Dubai"])
    if name == "nat":
        return ctx.pick(L.NATIONALITIES)
    if name == "agen":
        return age_under(ctx)
    if name == "adult":
        return age_under(ctx, 24, 64)
    if name == "older":
        return age_under(ctx, 55, 89) if ctx.chance(0.7) else num_neg(ctx, ctx.pick([87, 88, 89]))
    if name == "young":
        return age_under(ctx, 17, 24)
    if name == "kidage":
        return age_under(ctx, 3, 16)
    if name == "brand":
        return ctx.pick(L.BRANDS)
    if name == "drink":
        return ctx.pick(L.DRINKS[loc])
    if name == "celeb":
        return ctx.pick(L.CELEBS)
    if name == "fict":
        return ctx.pick(L.FICTION)
    if name == "idiom":
        return ctx.pick(L.IDIOMS)
    if name == "food":
        return ctx.pick(L.FOODS)
    if name == "eponym":
        return ctx.pick(L.EPONYMS)
    if name == "pet":
        return ctx.pick(L.PETS)
    if name == "team":
        return ctx.pick(L.TEAMS[loc])
    if name == "room":
        return num_neg(ctx, r.randint(1, 14))
    if name == "step":
        return cardinal(r.randint(2, 6))
    if name == "bus":
        return num_neg(ctx, r.choice([7, 12, 19, 36, 42, 51, 86, 101, 143]))
    if name == "num":
        return num_neg(ctx, r.randint(2, 12))
    if name == "prt":
        return (" " + ctx.pick(L.PARTICLES[loc])) if r.random() < 0.35 else ""
    if name in L.LEX:
        return L.LEX[name][loc]
    if name == "hpcue":
        return L.LEX["hp"][loc]
    if name == "ssncue":
        return L.LEX["ssn"][loc]
    if name == "mrncue":
        return L.LEX["mrn"][loc]
    if name == "sortcue":
        return {"uk": "sort code", "sco": "sort code", "wal": "sort code", "us": "routing number",
                "ca": "transit number", "za": "branch code"}.get(loc, "sort code")
    if name == "helpline":
        return {"uk": "the Samaritans on one one six, one two three", "sco": "Breathing Space",
                "wal": "the Samaritans", "us": "nine eight eight", "ca": "nine eight eight",
                "za": "the SADAG line", "sg": "SOS", "ng": "the MANI line", "jm": "the mental health hotline",
                "ph": "the NCMH crisis line"}[loc]
    raise KeyError(f"unknown placeholder {name}")


# ------------------------------------------------------------------ templates to words
PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")
ALT = re.compile(r"\[([^\[\]]*)\]")
SPEAKER = {"T": "therapist"}          # every other speaker code (C, P, G, H) is rendered as "client"
PUNCT_EDGE = ".,!?;:\"“”…()—"


def choose_alternatives(ctx: Ctx, s: str) -> str:
    while True:
        m = ALT.search(s)
        if not m:
            return s
        s = s[:m.start()] + ctx.pick(m.group(1).split("|")) + s[m.end():]


def expand(ctx: Ctx, template: str) -> list[list[list]]:
    """Words, each a list of [text, label id or None] fragments, in the order spoken."""
    words: list[list[list]] = []
    state = {"open": False}

    def add(text: str, lid):
        for piece in re.split(r"(\s+)", text):
            if not piece:
                continue
            if piece.isspace():
                state["open"] = False
                continue
            if state["open"] and words:
                words[-1].append([piece, lid])
            else:
                words.append([[piece, lid]])
            state["open"] = True

    template = choose_alternatives(ctx, template)
    pos = 0
    for m in PLACEHOLDER.finditer(template):
        add(template[pos:m.start()], None)
        for text, label in gen(ctx, m.group(1), m.group(2)):
            if label is None:
                add(text, None)
                continue
            lid = ctx.next_lid
            ctx.next_lid += 1
            ctx.labels[lid] = label
            if ctx.style == "cased" and label["type"] in ("NAME", "PLACE") and ctx.chance(0.1):
                text = text.lower()
            add(text, lid)
        pos = m.end()
    add(template[pos:], None)
    return words


def stylize(ctx: Ctx, words: list[list[list]]) -> list[list[list]]:
    out = []
    for w in words:
        nw = []
        for text, lid in w:
            if lid is None and "^" in text:
                text = re.sub(r"\^(\w)", lambda m: m.group(1).upper() if ctx.style == "cased" and ctx.chance(0.5)
                              else m.group(1), text)
            if ctx.lower:
                text = text.lower()
            if not ctx.punct:
                if lid is None:
                    text = text.strip(PUNCT_EDGE)
                    if text in ("-", "--"):
                        text = ""
                else:
                    text = re.sub(r"[,;.]$", "", text.replace("(", "").replace(")", ""))
            if text:
                nw.append([text, lid])
        if nw:
            out.append(nw)
    return out


def inside(a: list[list], b: list[list]) -> bool:
    """Whether the boundary between word a and word b lies inside one labelled span."""
    return a[-1][1] is not None and a[-1][1] == b[0][1]


def disfluencies(ctx: Ctx, words: list[list[list]], speaker: str) -> list[list[list]]:
    p = 0.03 if speaker != "T" else 0.01
    out = []
    for w in words:
        if out and not inside(out[-1], w):
            prev_text = "".join(t for t, _ in out[-1])
            if ctx.chance(p) and prev_text[-1:] not in ".?!":
                f = ctx.pick(L.FILLERS + L.MID_PARTICLES[ctx.loc])
                if ctx.style == "cased" and f in ("um", "uh", "erm") and ctx.chance(0.5):
                    f += ","
                if ctx.lower:
                    f = f.lower()
                for part in f.split(" "):
                    out.append([[part, None]])
            elif ctx.chance(p * 0.5) and len(w) == 1 and w[0][1] is None and w[0][0].isalpha() and len(w[0][0]) <= 3:
                out.append([[w[0][0], None]])
        out.append(w)
    return out


def render_turn(ctx: Ctx, speaker: str, template: str) -> list[list[list]]:
    words = disfluencies(ctx, stylize(ctx, expand(ctx, template)), speaker)
    if len(words) < SEG_MIN:
        raise ValueError(f"turn under {SEG_MIN} words: {template!r}")
    return words


# ------------------------------------------------------------------ segments and timing
def cut_turn(ctx: Ctx, words: list[list[list]]) -> list[int]:
    """Segment start indices (after the first) for one turn: 7 to 22 words each, as Whisper splits."""
    n = len(words)
    split_at = set()
    i = 0
    while i < n - 1:
        if inside(words[i], words[i + 1]):
            lid = words[i][-1][1]
            j = i
            while j < n - 1 and inside(words[j], words[j + 1]) and words[j][-1][1] == lid:
                j += 1
            typ = ctx.labels[lid]["type"]
            p = 0.5 if typ in ("NAME", "PLACE", "ADDRESS") else 0.3 if typ in ("PHONE", "DATE") else 0.2
            if ctx.chance(p):
                split_at.add(ctx.rng.randint(i, j - 1) + 1)
            i = j
        i += 1
    cuts, pos = [], 0
    def wanted(pos):
        return any(pos + SEG_MIN <= c <= min(pos + SEG_MAX, n - SEG_MIN) for c in split_at)

    while n - pos > SEG_MAX or wanted(pos) or (n - pos >= 2 * SEG_MIN and ctx.chance(0.35 if n - pos > 14 else 0.1)):
        lo, hi = pos + SEG_MIN, min(pos + SEG_MAX, n - SEG_MIN)
        if lo > hi:
            break
        cands = list(range(lo, hi + 1))
        forced = [c for c in cands if c in split_at]
        if forced:
            c = forced[0]
        else:
            weights = []
            for c in cands:
                last = words[c - 1][-1][0]
                w = 6.0 if last[-1:] in ".?!" else 2.0 if last[-1:] == "," else 1.0
                if inside(words[c - 1], words[c]):
                    w *= 0.03
                if not 10 <= c - pos <= 18:
                    w *= 0.5
                weights.append(w)
            c = ctx.rng.choices(cands, weights)[0]
        cuts.append(c)
        pos = c
    return cuts


def whisperize(ctx: Ctx, seg: list[list[list]], next_word) -> None:
    """Whisper's habits at segment edges in cased output: a capital to start, a full stop to end."""
    if not ctx.style.startswith("cased"):
        return
    first = seg[0][0]
    if first[0][:1].islower() and ctx.chance(0.6 if ctx.style == "cased" else 0.4):
        first[0] = first[0][0].upper() + first[0][1:]
    if ctx.style == "cased":
        last = seg[-1]
        end_inside = next_word is not None and inside(last, next_word)
        if not end_inside and last[-1][0][-1:] not in ".?!,;:" and ctx.chance(0.1):
            last.append([".", None])


def word_time(ctx: Ctx, word: str) -> float:
    return (0.11 + 0.055 * len(word)) * ctx.rng.uniform(0.8, 1.3)


# ------------------------------------------------------------------ one transcript
def build(rng: random.Random, idx: int, scen: str, loc: str, style: str, admin_counts: dict) -> dict:
    ctx = Ctx(rng, loc, style, scen)
    script = SCENARIOS[scen]
    target = rng.randint(MIN_WORDS + 5, MAX_WORDS - 15)

    def render(block):
        turns = []
        for spk, tpl in block:
            turns.append((spk, render_turn(ctx, spk, tpl)))
        return turns

    def try_render(block):
        saved_people, saved_places, saved_values = dict(ctx.people), dict(ctx.places), dict(ctx.values)
        try:
            return render(block)
        except Skip:
            ctx.people, ctx.places, ctx.values = saved_people, saved_places, saved_values
            return None

    opening = try_render(ctx.pick(script["open"]))
    closing = try_render(ctx.pick(script["close"]))
    def size(turns) -> int:
        return sum(len(w) for _, w in turns)

    body: list = []
    total = size(opening) + size(closing)

    # the scenario's own beats, the admin exchanges that carry identifiers, and unlabelled talk
    core = [ctx.pick(b) for b in script["core"]]
    rng.shuffle(core)
    extra = [ctx.pick(b) for b in script["beats"]]
    rng.shuffle(extra)
    admins = [a for a in ADMIN if loc not in a["skip"] and scen not in a.get("not_in", ())]
    rng.shuffle(admins)
    admins.sort(key=lambda a: admin_counts.get(a["kind"], 0))
    n_admin = rng.choice([2, 3, 3])
    negs = list(NEGATIVE)
    rng.shuffle(negs)
    n_neg = rng.choice([1, 2, 2, 3])

    plan = core + extra
    rng.shuffle(plan)
    for a in admins[:n_admin]:
        plan.insert(rng.randint(0, min(3, len(plan))), ("admin", a))
    for ng in negs[:n_neg]:
        plan.insert(rng.randint(0, min(6, len(plan))), ("neg", ng))
    plan += [("admin", a) for a in admins[n_admin:n_admin + 2]]
    plan += [("neg", ng) for ng in negs[n_neg:]]

    for item in plan:
        if total >= target:
            break
        tag = "negative exchange" if isinstance(item, tuple) and item[0] == "neg" else None
        kind = None
        if isinstance(item, tuple) and item[0] == "admin":
            kind = item[1]["kind"]
            block = ctx.pick(item[1]["alts"])
        elif isinstance(item, tuple) and item[0] == "neg":
            block = item[1]
        else:
            block = item
        if scen in ("child", "family") and isinstance(item, tuple):
            block = [("P" if spk == "C" else spk, tpl) for spk, tpl in block]   # the parent does the admin
        lids_before = ctx.next_lid
        snapshot = TALLY.copy()
        turns = try_render(block)
        if turns is None or total + size(turns) > MAX_WORDS:
            for lid in range(lids_before, ctx.next_lid):
                ctx.labels.pop(lid, None)
            TALLY.clear()
            TALLY.update(snapshot)
            continue
        if kind:
            admin_counts[kind] = admin_counts.get(kind, 0) + 1
        if tag:
            TALLY[tag] += 1
        body.extend(turns)
        total += size(turns)
    turns = opening + body + closing
    if not MIN_WORDS <= total <= MAX_WORDS:
        raise ValueError(f"transcript {idx}: {total} words")
    return assemble(ctx, idx, turns)


def assemble(ctx: Ctx, idx: int, turns) -> dict:
    rng = ctx.rng
    segments_words = []        # (speaker, [words])
    for spk, words in turns:
        cuts = [0] + cut_turn(ctx, words) + [len(words)]
        for a, b in zip(cuts, cuts[1:]):
            segments_words.append((spk, words[a:b], words[b] if b < len(words) else None))
    for _spk, seg, nxt in segments_words:
        whisperize(ctx, seg, nxt)
    # text and spans
    pieces, spans, offset = [], {}, 0
    for _, seg, _ in segments_words:
        for w in seg:
            if pieces:
                offset += 1
            for text, lid in w:
                if lid is not None:
                    if lid in spans:
                        spans[lid][1] = offset + len(text)
                    else:
                        spans[lid] = [offset, offset + len(text)]
                offset += len(text)
            pieces.append("".join(t for t, _ in w))
    text = " ".join(pieces)
    out_spans = []
    for lid, (a, b) in sorted(spans.items(), key=lambda kv: kv[1][0]):
        lab = ctx.labels[lid]
        sp = {"start": a, "end": b, "type": lab["type"], "kind": lab["kind"], "text": text[a:b]}
        if lab.get("disfluent"):
            sp["disfluent"] = True
        out_spans.append(sp)
    # timing
    t = round(rng.uniform(0.3, 2.0), 2)
    segments = []
    prev_spk = None
    for spk, seg, _ in segments_words:
        t += rng.uniform(0.4, 1.6) if spk != prev_spk else rng.uniform(0.05, 0.5)
        prev_spk = spk
        wl = []
        for w in seg:
            word = "".join(x for x, _ in w)
            start = t
            t += word_time(ctx, word)
            wl.append({"word": word, "start": round(start, 2), "end": round(t, 2)})
            t += rng.uniform(0.02, 0.14) + (rng.uniform(0.2, 0.6) if word[-1:] in ".?!," else 0.0)
        segments.append({"speaker": SPEAKER.get(spk, "client"), "start": wl[0]["start"], "end": wl[-1]["end"],
                         "text": " ".join(x["word"] for x in wl), "words": wl})
    META[f"holdout3-{idx:04d}"] = (ctx.loc, ctx.scen)
    participants = [ctx.client.full]
    if ctx.scen in ("family", "child"):
        participants.append(ctx.parent.full)
    if ctx.scen == "group":
        participants += [ctx.people[k].full for k in ("g1", "g2") if k in ctx.people]
    if rng.random() < 0.6:
        participants.append(ctx.therapist.full)
        META[f"holdout3-{idx:04d}-t"] = ("", "")
    return {"id": f"holdout3-{idx:04d}", "style": ctx.style, "participants": participants, "text": text,
            "spans": out_spans, "segments": segments}


# ------------------------------------------------------------------ the whole set
def generate() -> list[dict]:
    rng = random.Random(SEED)
    TALLY.clear()
    scen_names = list(SCENARIOS)
    scens = [scen_names[i % len(scen_names)] for i in range(N_TRANSCRIPTS)]
    locs = [L.LOCALES[i % len(L.LOCALES)] for i in range(N_TRANSCRIPTS)]
    rng.shuffle(scens)
    rng.shuffle(locs)
    names, weights = zip(*STYLES)
    admin_counts: dict = {}
    records = []
    for i in range(N_TRANSCRIPTS):
        style = rng.choices(names, weights)[0]
        records.append(build(rng, i + 1, scens[i], locs[i], style, admin_counts))
    return records


def serialise(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def validate(records: list[dict]) -> None:
    ids = set()
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        text = r["text"]
        assert text == " ".join(text.split()), f"{r['id']}: text is not single-spaced"
        n_words = len(text.split())
        assert MIN_WORDS <= n_words <= MAX_WORDS, (r["id"], n_words)
        prev_end = -1
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(text), (r["id"], s)
            assert s["text"] == text[s["start"]:s["end"]], (r["id"], s)
            assert s["start"] >= prev_end, f"{r['id']}: overlapping spans at {s}"
            prev_end = s["end"]
            assert s["text"] == s["text"].strip(), (r["id"], s)
            assert s["text"][-1] not in ".,;:!?", f"{r['id']}: span ends in punctuation: {s}"
            assert s["text"][0] not in ".,;:!?", f"{r['id']}: span starts with punctuation: {s}"
            assert s["start"] == 0 or text[s["start"] - 1] == " " or not text[s["start"] - 1].isalnum(), (r["id"], s)
            assert s["end"] == len(text) or not text[s["end"]].isalnum(), (r["id"], s)
        words = [w["word"] for seg in r["segments"] for w in seg["words"]]
        assert " ".join(words) == text, f"{r['id']}: segment words do not join to the text"
        last = 0.0
        for seg in r["segments"]:
            assert SEG_MIN <= len(seg["words"]) <= SEG_MAX, (r["id"], len(seg["words"]))
            assert seg["text"] == " ".join(w["word"] for w in seg["words"]), r["id"]
            assert seg["speaker"] in ("client", "therapist"), r["id"]
            for w in seg["words"]:
                assert last <= w["start"] < w["end"], (r["id"], w)
                last = w["end"]
            assert seg["start"] == seg["words"][0]["start"] and seg["end"] == seg["words"][-1]["end"]


def print_stats(records: list[dict]) -> None:
    kinds = Counter((s["type"], s["kind"]) for r in records for s in r["spans"])
    print("| type | kind | spans | disfluent |\n| --- | --- | ---: | ---: |")
    for (t, k), n in sorted(kinds.items()):
        d = sum(1 for r in records for s in r["spans"] if s["kind"] == k and s.get("disfluent"))
        print(f"| {t} | {k} | {n} | {d} |")
    print(f"| all | | {sum(kinds.values())} | {sum(1 for r in records for s in r['spans'] if s.get('disfluent'))} |")
    types = Counter(s["type"] for r in records for s in r["spans"])
    print("\ntypes:", dict(sorted(types.items())))
    print("styles:", dict(Counter(r["style"] for r in records)))
    print("locales:", dict(Counter(META[r["id"]][0] for r in records)))
    print("scenarios:", dict(Counter(META[r["id"]][1] for r in records)))
    words = [len(r["text"].split()) for r in records]
    print(f"words: {sum(words)} total, {min(words)}-{max(words)} per transcript, mean {sum(words) / len(words):.0f}")
    segs = [len(s["words"]) for r in records for s in r["segments"]]
    print(f"segments: {len(segs)}, {min(segs)}-{max(segs)} words")
    bounds_split = multi = 0
    for r in records:
        starts, off = [], 0
        for seg in r["segments"]:
            starts.append(off)
            off += len(seg["text"]) + 1
        for s in r["spans"]:
            if " " in s["text"]:
                multi += 1
                bounds_split += any(s["start"] < b < s["end"] for b in starts)
    print(f"multi-word spans: {multi}, split across two segments: {bounds_split}")
    for k, v in sorted(TALLY.items()):
        print(f"tally: {k}: {v}")
    named = sum(1 for r in records if r["id"] + "-t" in META)
    print(f"therapist in participants: {named} of {len(records)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="regenerate in memory and compare with holdout3.jsonl")
    ap.add_argument("--stats", action="store_true", help="print the counts that README.md reports")
    args = ap.parse_args(argv)
    records = generate()
    validate(records)
    data = serialise(records)
    if args.stats:
        print_stats(records)
        return 0
    if args.check:
        on_disk = OUT.read_bytes()
        assert on_disk == data, "holdout3.jsonl differs from what the generator makes"
        validate([json.loads(line) for line in on_disk.decode("utf-8").splitlines()])
        print(f"ok: {len(records)} records, md5 {hashlib.md5(on_disk).hexdigest()}")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(records)} records, md5 {hashlib.md5(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
