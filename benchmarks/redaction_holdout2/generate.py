"""Write holdout2.jsonl: 250 blind therapy-session excerpts with gold personal-detail spans.

    python -m benchmarks.redaction_holdout2.generate            # seed 4417, writes holdout2.jsonl here
    python -m benchmarks.redaction_holdout2.generate --check    # also re-reads it with the scorer's read_jsonl

Deterministic: one `random.Random(SEED)` drives everything. Each transcript is built turn by turn from fragments:
plain text, labelled spans (type, kind) and planted hard negatives (kept unlabelled, listed under `negatives`).
Offsets are computed while joining, so every span's `text` is exactly `text[start:end]`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from benchmarks.redaction_holdout2 import lists as L

SEED = 4417
N_TRANSCRIPTS = 250
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout2.jsonl"

NAME, PLACE, ADDR, DATE, PHONE, EMAIL, URL, ID, AGE = ("NAME", "PLACE", "ADDRESS", "DATE", "PHONE", "EMAIL", "URL",
                                                       "ID", "AGE")
KIND = {NAME: "name", PLACE: "geographic", EMAIL: "e-mail", URL: "web address"}


class Lab:
    """A labelled fragment."""

    def __init__(self, text, type_, kind=None, disfluent=False):
        self.text, self.type, self.kind, self.disfluent = text, type_, kind or KIND[type_], disfluent


class Neg:
    """A planted hard negative (not labelled)."""

    def __init__(self, text, what):
        self.text, self.what = text, what


# --- spoken numbers ----------------------------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth"]


def num_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))
    return num_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + num_words(n % 1000))


def ordinal_words(d: int) -> str:
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    return TENS[d // 10] + " " + ORD[d % 10]


def ordinal_digits(d: int) -> str:
    suffix = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


def year_words(y: int, r: random.Random) -> str:
    if 1900 <= y < 2000:
        tail = y % 100
        return "nineteen " + ("hundred" if tail == 0 else ("oh " + ONES[tail] if tail < 10 else num_words(tail)))
    if y < 2010:
        return r.choice(["two thousand and ", "two thousand "]) + ONES[y - 2000] if y > 2000 else "two thousand"
    return r.choice(["twenty " + num_words(y - 2000), "two thousand and " + num_words(y - 2000)])


def say_digits(chunks: list[str], r: random.Random, mode: str | None = None) -> tuple[str, bool]:
    """Digits (and letters) as said aloud: words, digits or both, with 'double'/'triple' and 'oh'."""
    mode = mode or r.choice(["words", "words", "mixed", "mixed", "paired", "written"])
    if mode == "written":
        return " ".join(chunks), False
    out, disfluent = [], False
    for chunk in chunks:
        i = 0
        while i < len(chunk):
            ch = chunk[i]
            if not ch.isdigit():
                out.append("slash" if ch == "/" else ch.upper() if r.random() < 0.5 else ch.lower())
                i += 1
                continue
            run = 1
            while i + run < len(chunk) and chunk[i + run] == ch:
                run += 1
            if run >= 3 and r.random() < 0.6:
                out.append("triple " + digit_word(ch, r, mode))
                i += 3
                continue
            if run >= 2 and r.random() < 0.65:
                out.append("double " + digit_word(ch, r, mode))
                i += 2
                continue
            if mode == "paired" and i + 1 < len(chunk) and chunk[i + 1].isdigit() and ch != "0" and r.random() < 0.6:
                out.append(num_words(int(chunk[i:i + 2])))
                i += 2
                continue
            out.append(digit_word(ch, r, mode))
            i += 1
        if len(out) > 2 and r.random() < 0.07 and not disfluent:
            out.append(r.choice(["um", "uh", "erm"]))
            disfluent = True
    if out and out[-1] in ("um", "uh", "erm"):
        out.pop()
        disfluent = False
    return " ".join(out), disfluent


def digit_word(ch: str, r: random.Random, mode: str) -> str:
    if mode == "mixed" and r.random() < 0.5:
        return ch
    if ch == "0":
        return r.choice(["oh", "oh", "zero", "nought"])
    return ONES[int(ch)]


def rand_digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def rand_letters(r: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(pool) for _ in range(n))


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --- the context of one transcript -------------------------------------------------------------------------------
class Person:
    def __init__(self, r: random.Random, origin: str | None = None):
        self.origin = origin or r.choice(list(L.GIVEN))
        sur_origin = self.origin if r.random() < 0.8 or self.origin not in L.SURNAMES else r.choice(list(L.SURNAMES))
        self.first, self.first_asr = r.choice(L.GIVEN[self.origin])
        self.last, self.last_asr = r.choice(L.SURNAMES.get(sur_origin, L.SURNAMES["anglo"]))

    def canonical(self) -> str:
        return f"{self.first} {self.last}"


class Ctx:
    def __init__(self, r: random.Random, locale: str, casing: str):
        self.r, self.locale, self.casing = r, locale, casing
        self.client = Person(r)
        self.therapist = Person(r)
        self.others: list[Person] = []

    def new_person(self) -> Person:
        p = Person(self.r, self.client.origin if self.r.random() < 0.45 else None)
        self.others.append(p)
        return p

    def known(self) -> Person:
        if self.others and self.r.random() < 0.5:
            return self.r.choice(self.others)
        return self.new_person()


def name_text(p: Person, r: random.Random, form: str) -> str:
    first = r.choice(p.first_asr) if r.random() < 0.35 else p.first
    last = r.choice(p.last_asr) if r.random() < 0.35 else p.last
    if form == "first":
        return first
    if form == "full":
        return f"{first} {last}"
    if form == "title":
        return f"{r.choice(['Dr', 'Mr', 'Mrs', 'Ms', 'Miss'])} {last}"
    if form == "spelled":
        letters = [c.upper() for c in fold(p.last) if c.isalpha()]
        return " ".join(letters)
    return last


# --- slot fillers: each returns a list of fragments --------------------------------------------------------------
def f_person(c: Ctx, form: str | None = None, who: Person | None = None) -> list:
    r = c.r
    p = who or c.known()
    form = form or r.choice(["first", "first", "first", "full", "full", "last"])
    return [Lab(name_text(p, r, form), NAME)]


def f_pro(c: Ctx) -> list:
    r = c.r
    p = c.new_person()
    title = r.choice(L.TITLES_PRO)
    body = name_text(p, r, r.choice(["last", "last", "full", "first"])) if title not in ("Dr", "Mrs") else \
        name_text(p, r, "last")
    return [Lab(f"{title} {body}", NAME)]


def f_kintitle(c: Ctx) -> list:
    p = c.new_person()
    return [Lab(f"{c.r.choice(L.KIN_TITLES)} {name_text(p, c.r, 'first')}", NAME)]


def town_pool(c: Ctx) -> list[str]:
    r = c.r
    roll = r.random()
    if roll < 0.55:
        return L.TOWNS[c.locale]
    if roll < 0.8:
        return L.TOWNS["abroad"]
    if roll < 0.9:
        return L.TOWNS["wordlike"]
    return L.TOWNS[r.choice(list(L.TOWNS))]


def f_town(c: Ctx) -> list:
    t = c.r.choice(town_pool(c))
    if t in L.TOWN_ASR and c.r.random() < 0.4:
        t = L.TOWN_ASR[t]
    return leading_the(t, PLACE, "geographic")


def leading_the(t: str, type_: str, kind: str) -> list:
    if t.startswith("the "):
        return ["the", Lab(t[4:], type_, kind)]
    return [Lab(t, type_, kind)]


def f_fac(c: Ctx, group: str | None = None) -> list:
    group = group or c.r.choice(list(L.FACILITIES))
    return leading_the(c.r.choice(L.FACILITIES[group]), PLACE, "geographic")


def f_street(c: Ctx) -> list:
    r, loc = c.r, c.locale
    street = r.choice(L.STREETS[loc])
    n = r.randint(1, 240)
    nw = str(n) if r.random() < 0.5 else num_words(n)
    if loc == "uk":
        unit = r.choice(["", "", f"flat {r.randint(1, 9)}{r.choice('abc')} ", f"flat {num_words(r.randint(1, 20))}, "])
        addr = f"{unit}{nw} {street}"
    elif loc == "us":
        unit = r.choice(["", f" apartment {r.randint(1, 40)}", f" apt {r.randint(2, 9)}{r.choice('ABCD')}"])
        addr = f"{nw} {street}{unit}"
    elif loc == "au":
        addr = r.choice([f"unit {r.randint(1, 9)}/{r.randint(2, 90)} {street}",
                         f"unit {num_words(r.randint(1, 9))} slash {num_words(r.randint(2, 60))} {street}",
                         f"{nw} {street}"])
    elif loc == "in":
        addr = r.choice([f"house number {r.randint(1, 300)} near the {r.choice(['Hanuman', 'Durga', 'Shiva'])} "
                         f"temple, {street}", f"flat {r.randint(101, 904)}, {street}",
                         f"plot {num_words(r.randint(2, 90))}, {street}"])
    elif loc == "ie":
        addr = r.choice([f"{nw} {street}", f"apartment {r.randint(1, 60)}, {street}"])
    else:
        addr = f"{nw} {street}"
    if street.startswith("the ") and addr.startswith("the "):
        return ["the", Lab(addr[4:], ADDR, "street address")]
    return [Lab(addr, ADDR, "street address")]


def f_postcode(c: Ctx) -> list:
    r, loc = c.r, c.locale
    if loc == "uk":
        area = r.choice(["E", "N", "SW", "M", "B", "LS", "S", "DN", "LU", "KY", "SA", "G", "ST", "TS"])
        outward = f"{area}{r.randint(1, 20)}"
        inward = f"{r.randint(0, 9)}{rand_letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        text, dis = say_digits([outward, inward], r, r.choice(["words", "mixed", "written", "paired"]))
    elif loc == "us":
        text, dis = say_digits([rand_digits(r, 5)], r)
    elif loc == "ie":
        text, dis = say_digits([r.choice(["D11", "D24", "A96", "V94", "H91", "T12"]),
                                rand_letters(r, 1) + rand_digits(r, 1) + rand_letters(r, 1) + rand_digits(r, 1)], r)
    elif loc == "in":
        text, dis = say_digits([rand_digits(r, 3), rand_digits(r, 3)], r)
    else:
        z = r.randint(800, 7999) if loc == "au" else r.randint(100, 9999)
        tail = num_words(z % 100) if z % 100 >= 10 else "oh " + ONES[z % 100]
        text, dis = (str(z), False) if r.random() < 0.4 else (num_words(z // 100) + " " + tail, False)
    return [Lab(text, ADDR, "postcode/zip", dis)]


def f_fulladdress(c: Ctx) -> list:
    r = c.r
    out = f_street(c) + [","] + f_town_local(c)
    if c.locale == "us" and r.random() < 0.6:
        out += [Lab(r.choice(L.STATES_US), PLACE, "geographic")]
    if r.random() < 0.8:
        out += f_postcode(c)
    return out


def f_town_local(c: Ctx) -> list:
    return leading_the(c.r.choice(L.TOWNS[c.locale]), PLACE, "geographic")


def date_parts(r: random.Random, lo: int, hi: int) -> tuple[int, int, int]:
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def f_date(c: Ctx, kind: str = "date", lo: int = 1998, hi: int = 2025) -> list:
    r = c.r
    y, m, d = date_parts(r, lo, hi)
    month = L.MONTHS[m - 1]
    if r.random() < 0.5:
        month = month.lower()
    yw = year_words(y, r) if r.random() < 0.7 else str(y)
    form = r.randrange(10)
    lead = []
    if form == 0:
        lead, text = ["the"], f"{ordinal_words(d)} of {month} {yw}"
    elif form == 1:
        text = f"{month} {ordinal_digits(d)} {y}"
    elif form == 2:
        text = f"{d}/{m}/{y}" if r.random() < 0.5 else f"{d:02d}.{m:02d}.{str(y)[2:]}"
    elif form == 3:
        text, _ = say_digits([f"{d:02d}", f"{m:02d}", str(y)[2:]], r, "paired")
    elif form == 4:
        text = f"{month} the {ordinal_words(d)}"
    elif form == 5:
        text = f"{month} {yw}"
    elif form == 6:
        text = f"{ordinal_digits(d)} {month}"
    elif form == 7:
        lead, text = ["the"], f"{ordinal_words(d)} of {month}"
    elif form == 8:
        text = f"{month} {num_words(d)} {yw}"
    else:
        text = f"{d} {month[:3]} {y}" if r.random() < 0.5 else f"{ordinal_words(d)} {month} {yw}"
    return lead + [Lab(text, DATE, kind)]


def f_dob(c: Ctx) -> list:
    return f_date(c, "date of birth", 1931, 2012)


def phone_chunks(c: Ctx) -> list[str]:
    r = c.r
    loc = c.locale
    if loc == "uk":
        return r.choice([["07700", "900", rand_digits(r, 3)], ["07" + rand_digits(r, 3), rand_digits(r, 6)],
                         ["0161", "496", "0" + rand_digits(r, 3)], ["020", "7946", "0" + rand_digits(r, 3)]])
    if loc == "us":
        return [r.choice(["617", "312", "718", "505", "918", "313"]), "555", "01" + rand_digits(r, 2)]
    if loc == "ie":
        return ["08" + r.choice("3579"), rand_digits(r, 3), rand_digits(r, 4)]
    if loc == "au":
        return r.choice([["0491", "570", rand_digits(r, 3)], ["04" + rand_digits(r, 2), rand_digits(r, 3),
                                                                rand_digits(r, 3)]])
    if loc == "nz":
        return ["021", rand_digits(r, 3), rand_digits(r, 4)]
    return ["98" + rand_digits(r, 3), rand_digits(r, 5)]


def f_phone(c: Ctx, kind: str = "phone") -> list:
    r = c.r
    chunks = phone_chunks(c)
    prefix = ""
    if c.locale == "in" and r.random() < 0.5:
        prefix = r.choice(["plus nine one ", "+91 "])
    elif c.locale == "uk" and r.random() < 0.15:
        chunks[0] = chunks[0][1:]
        prefix = r.choice(["plus four four ", "+44 "])
    mode = r.choice(["words", "mixed", "paired", "written", "words"])
    if mode == "written" and c.locale == "us" and r.random() < 0.5:
        text, dis = f"({chunks[0]}) {chunks[1]}-{chunks[2]}", False
    else:
        text, dis = say_digits(chunks, r, mode)
    return [Lab(prefix + text, PHONE, kind, dis)]


DOMAINS = {"uk": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "nhs.net"],
           "us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net"],
           "ie": ["gmail.com", "eircom.net", "hotmail.com", "tcd.ie"],
           "au": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"],
           "nz": ["xtra.co.nz", "gmail.com", "slingshot.co.nz"],
           "in": ["rediffmail.com", "gmail.com", "yahoo.co.in"]}


def speak_address(s: str, r: random.Random) -> str:
    out = []
    for tok in re.split(r"([.@_\-/])", s):
        if tok == ".":
            out.append("dot")
        elif tok == "@":
            out.append("at")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(r.choice(["dash", "hyphen"]))
        elif tok == "/":
            out.append(r.choice(["slash", "forward slash"]))
        elif tok:
            if tok.isdigit() and r.random() < 0.6:
                out.append(say_digits([tok], r, r.choice(["words", "paired"]))[0])
            else:
                out.append(tok)
    return " ".join(out)


def local_part(p: Person, r: random.Random) -> str:
    f, s = fold(p.first).lower().replace("-", ""), fold(p.last).lower().replace(" ", "").replace("'", "")
    return r.choice([f"{f}.{s}", f"{f}{s}{r.randint(1, 99)}", f"{f[0]}_{s}", f"{f}_{r.randint(1970, 2011)}",
                     f"{s}.{f[0]}", f"the.real.{f}", f"{f}-{s}"])


def f_email(c: Ctx, who: Person | None = None) -> list:
    r = c.r
    p = who or c.known()
    addr = f"{local_part(p, r)}@{r.choice(DOMAINS[c.locale])}"
    text = addr if r.random() < 0.3 else speak_address(addr, r)
    return [Lab(text, EMAIL)]


SITES = ["facebook.com/", "instagram.com/", "linkedin.com/in/", "tiktok.com/@", "gofundme.com/f/", "youtube.com/@",
         "linktr.ee/", "github.com/", "etsy.com/shop/"]
PUBLIC_SITES = ["mind.org.uk", "nhs.uk/mental-health", "headspace.org.au", "988lifeline.org", "hse.ie/mentalhealth",
                "mentalhealth.org.nz", "samaritans.org"]


def f_url(c: Ctx, public: bool = False) -> list:
    r = c.r
    p = c.known()
    roll = 0.9 if public else r.random() * 0.7
    handle = local_part(p, r).replace("@", "")
    if roll < 0.45:
        url = r.choice(SITES) + handle
        if r.random() < 0.25:
            url = "www." + url
    elif roll < 0.7:
        biz = fold(r.choice(L.FACILITIES["work"])).lower().replace("the ", "").replace("'", "").replace(" and ", "")
        biz = biz.replace(" ", r.choice(["", "-"]))
        url = r.choice(["www.", "", "https://www."]) + biz + "." + r.choice(["co.uk", "com", "ie", "com.au", "co.nz",
                                                                             "in", "org"])
    else:
        url = r.choice(PUBLIC_SITES)
    text = url if r.random() < 0.3 else speak_address(url.replace("https://", "h t t p s colon slash slash "), r)
    text = text.replace(": / /", "colon slash slash")
    return [Lab(text, URL)]


def f_handle(c: Ctx) -> list:
    r = c.r
    p = c.known()
    h = local_part(p, r).replace(".", r.choice(["_", "."]))
    if r.random() < 0.35:
        return [Lab("@" + h, URL)]
    return ["at", Lab(speak_address(h, r), URL)]


def f_ip(c: Ctx) -> list:
    r = c.r
    parts = r.choice([["192", "168", str(r.randint(0, 9)), str(r.randint(2, 254))],
                      ["10", "0", str(r.randint(0, 20)), str(r.randint(2, 254))],
                      [str(r.randint(23, 223)), str(r.randint(0, 255)), str(r.randint(0, 255)),
                       str(r.randint(1, 254))]])
    mode = r.randrange(3)
    if mode == 0:
        text = ".".join(parts)
    else:
        sep = r.choice([" dot ", " point "])
        words = [say_digits([p], r, r.choice(["words", "paired"]))[0] if mode == 1 else num_words(int(p))
                 for p in parts]
        text = sep.join(words)
    return [Lab(text, ID, "IP address")]


def id_lab(c: Ctx, chunks: list[str], kind: str, mode: str | None = None) -> list:
    text, dis = say_digits(chunks, c.r, mode)
    return [Lab(text, ID, kind, dis)]


# each: (cue variants, generator of chunks, kind)
def id_specs(c: Ctx) -> dict:
    r = c.r
    hp, mrn, ssn, acc, cert, veh, dev = ("health plan number", "medical record number", "social security number",
                                         "account number", "certificate/licence number", "vehicle identifier",
                                         "device identifier")
    specs = {
        "uk": [(["my NHS number is", "NHS number's", "the NHS no. is"],
                lambda: [rand_digits(r, 3), rand_digits(r, 3), rand_digits(r, 4)], hp),
               (["hospital number", "my hospital number is", "the MRN on the letter is"],
                lambda: [rand_letters(r, 2) + rand_digits(r, 6)], mrn),
               (["national insurance number is", "my NI number is", "NI number"],
                lambda: [rand_letters(r, 2, "ABCEGHJKLMNPRSTWXYZ"), rand_digits(r, 2), rand_digits(r, 2),
                         rand_digits(r, 2), r.choice("ABCD")], ssn),
               (["sort code", "the sort code is"], lambda: [rand_digits(r, 2), rand_digits(r, 2), rand_digits(r, 2)],
                acc),
               (["account number", "crime reference number is", "the case reference is", "my claim reference is"],
                lambda: [rand_digits(r, 8)] if r.random() < 0.5 else [rand_letters(r, 2), rand_digits(r, 6)], acc),
               (["my plate is", "reg number", "the registration was", "number plate"],
                lambda: [rand_letters(r, 2) + rand_digits(r, 2), rand_letters(r, 3)], veh),
               (["my driving licence number is"],
                lambda: [rand_letters(r, 5) + rand_digits(r, 6) + rand_letters(r, 2) + rand_digits(r, 1)], cert)],
        "us": [(["member id", "my member ID is", "policy number", "the group and member number is"],
                lambda: [rand_letters(r, 3), rand_digits(r, 4), rand_digits(r, 4)], hp),
               (["Medicaid number", "my Medicare number is"],
                lambda: [rand_digits(r, 1) + rand_letters(r, 2) + rand_digits(r, 1), rand_letters(r, 2)
                         + rand_digits(r, 1), rand_letters(r, 2) + rand_digits(r, 2)], hp),
               (["MRN", "medical record number", "patient ID"], lambda: [rand_digits(r, 7)], mrn),
               (["social security number is", "my social is", "SSN"],
                lambda: [rand_digits(r, 3), rand_digits(r, 2), rand_digits(r, 4)], ssn),
               (["claim number", "account number", "case number"], lambda: [rand_digits(r, 4), rand_digits(r, 6)], acc),
               (["my plate is", "license plate", "plate number"], lambda: [rand_digits(r, 1) + rand_letters(r, 3)
                                                                           + rand_digits(r, 3)], veh),
               (["the VIN is", "VIN number"], lambda: [rand_letters(r, 3) + rand_digits(r, 2) + rand_letters(r, 3)
                                                       + rand_digits(r, 9)], veh),
               (["driver's license number", "my license number is"], lambda: [rand_letters(r, 1) + rand_digits(r, 7)],
                cert)],
        "ie": [(["PPS number", "my PPS is", "PPSN"], lambda: [rand_digits(r, 7) + r.choice(["T", "TA", "W", "K"])],
                ssn),
               (["medical card number", "my medical card number is", "GMS number"], lambda: [rand_digits(r, 8)], hp),
               (["hospital chart number", "MRN"], lambda: [rand_digits(r, 6)], mrn),
               (["IBAN", "the IBAN is"], lambda: ["IE" + rand_digits(r, 2), "AIBK", rand_digits(r, 4),
                                                  rand_digits(r, 4), rand_digits(r, 4), rand_digits(r, 2)], acc),
               (["my reg is", "the reg was", "number plate"],
                lambda: [r.choice(["151", "192", "06", "231", "98"]), r.choice(["D", "C", "G", "KY", "MO", "WX"]),
                         rand_digits(r, r.choice([3, 4, 5]))], veh)],
        "au": [(["Medicare number", "my Medicare card number is", "member number"],
                lambda: [rand_digits(r, 4), rand_digits(r, 5), rand_digits(r, 1)], hp),
               (["tax file number", "my TFN is"], lambda: [rand_digits(r, 3), rand_digits(r, 3), rand_digits(r, 3)],
                ssn),
               (["BSB", "account number"], lambda: [rand_digits(r, 3), rand_digits(r, 3)], acc),
               (["my rego is", "rego", "the plate was"], lambda: [rand_letters(r, 3), rand_digits(r, 2)
                                                                   + rand_letters(r, 1)], veh),
               (["licence number", "my driver licence number is"], lambda: [rand_digits(r, 9)], cert)],
        "nz": [(["NHI number", "my NHI is"], lambda: [rand_letters(r, 3), rand_digits(r, 4)], mrn),
               (["IRD number", "my IRD number is"], lambda: [rand_digits(r, 3), rand_digits(r, 3), rand_digits(r, 3)],
                ssn),
               (["my plate is", "rego"], lambda: [rand_letters(r, 3), rand_digits(r, 3)], veh),
               (["client number", "my Work and Income client number is"], lambda: [rand_digits(r, 9)], acc)],
        "in": [(["Aadhaar number", "my Aadhaar is"], lambda: [rand_digits(r, 4), rand_digits(r, 4),
                                                               rand_digits(r, 4)], ssn),
               (["PAN card number", "PAN"], lambda: [rand_letters(r, 5) + rand_digits(r, 4) + rand_letters(r, 1)],
                ssn),
               (["policy number", "the Star Health policy number is"], lambda: [rand_digits(r, 2) + "/"
                                                                               + rand_digits(r, 6)], hp),
               (["UHID", "hospital UHID"], lambda: [rand_letters(r, 2) + rand_digits(r, 8)], mrn),
               (["my vehicle number is", "the number plate"],
                lambda: [r.choice(["KA", "PB", "DL", "MH", "TN"]) + rand_digits(r, 2), rand_letters(r, 2),
                         rand_digits(r, 4)], veh)],
    }[c.locale]
    specs += [
        (["passport number", "my passport number is"], lambda: [rand_letters(r, 1) + rand_digits(r, 8)], cert),
        (["my NMC pin is", "registration number", "my taxi badge number is", "BRP number"],
         lambda: [rand_digits(r, 2) + rand_letters(r, 1) + rand_digits(r, 4) + rand_letters(r, 1)], cert),
        (["the serial number on the CPAP is", "pump serial", "the serial on my hearing aid is",
          "tag number on the ankle monitor", "serial no."], lambda: [rand_letters(r, 2) + rand_digits(r, 7)], dev),
        (["IMEI", "the IMEI number is"], lambda: [rand_digits(r, 15)], dev),
    ]
    return specs


def f_id(c: Ctx, kind_filter: str | None = None) -> list:
    r = c.r
    specs = id_specs(c)
    if kind_filter:
        specs = [s for s in specs if s[2] == kind_filter] or specs
    cues, gen, kind = r.choice(specs)
    chunks = gen()
    out = [r.choice(cues)]
    if r.random() < 0.3:
        out.append(r.choice(["is", "it's", "um it's", "right, it's"]))
    return out + id_lab(c, chunks, kind)


def f_age90(c: Ctx) -> list:
    a = c.r.randint(90, 103)
    return [Lab(num_words(a) if c.r.random() < 0.75 else str(a), AGE, "age over 89")]


# --- negative fillers ---------------------------------------------------------------------------------------------
def neg(what: str, text: str) -> list:
    return [Neg(text, what)]


def n_time(r):
    return r.choice(["half seven", "quarter to four", "3:15", "ten past nine", "about two in the morning",
                     "11pm", "six thirty", "midnight", "gone eleven"])


def n_dose(r):
    d = r.choice(L.DRUGS)
    return f"{d} {r.choice(['fifty', 'a hundred', 'twenty five', '15', '7.5', 'two hundred', 'point six'])}" \
           f"{r.choice([' milligrams', ' mg', '', ' mil'])}"


def n_score(r):
    return r.choice([f"a {num_words(r.randint(2, 9))} out of ten", f"PHQ nine of {num_words(r.randint(5, 27))}",
                     f"GAD seven was {r.randint(3, 21)}", f"CORE ten score of {num_words(r.randint(8, 35))}",
                     f"{r.randint(40, 95)} percent", "fifty fifty", "one in four", "nought out of ten"])


def n_price(r):
    return r.choice([f"£{r.randint(2, 900)}", f"{num_words(r.randint(20, 90))} quid", "nine ninety nine",
                     f"${r.randint(15, 400)} co-pay", "two grand", f"{r.randint(100, 999)} euro",
                     f"{num_words(r.randint(2, 12))} hundred rupees", "a fiver"])


def n_age(r):
    return r.choice([f"{num_words(r.randint(13, 89))}", f"{r.randint(13, 89)}", "eighty nine", "sixteen"])


def n_year(r):
    y = r.randint(1962, 2024)
    return r.choice([str(y), year_words(y, r), "the nineties", "the eighties", f"'{str(y)[2:]}"])


def n_bus(r):
    return r.choice([f"the number {r.randint(5, 300)} bus", f"the {num_words(r.randint(5, 99))} bus", "the night bus",
                     f"the {r.randint(5, 99)} tram"])


def n_dur(r):
    return r.choice([f"{num_words(r.randint(2, 18))} months", f"{num_words(r.randint(2, 11))} weeks", "ages",
                     f"{r.randint(2, 40)} minutes", "a year and a half", f"{num_words(r.randint(2, 20))} years"])


def n_qty(r):
    return r.choice([num_words(r.randint(3, 30)), str(r.randint(3, 40)), "a dozen", "about fifteen", "hundreds of",
                     "loads of", "ten thousand"])


def n_session(r):
    return r.choice([f"session {num_words(r.randint(2, 11))} of twelve", f"week {num_words(r.randint(2, 9))}",
                     "step four", "chapter eleven", f"module {r.randint(2, 8)}", "level three"])


def n_emerg(r):
    return r.choice(["nine nine nine", "triple zero", "one one one", "nine one one", "one one two", "999", "911"])


NEG_SLOTS = {
    "WD": ("weekday", lambda r: r.choice(L.WEEKDAYS)), "MON": ("month alone", lambda r: r.choice(L.MONTHS)),
    "HOL": ("holiday", lambda r: r.choice(L.HOLIDAYS)), "SEASON": ("season", lambda r: r.choice(L.SEASONS)),
    "YEAR": ("year alone", n_year), "TIME": ("time", n_time), "DOSE": ("dose", n_dose), "SCORE": ("score", n_score),
    "PRICE": ("amount", n_price), "COUNTRY": ("country", lambda r: r.choice(L.COUNTRIES)),
    "NAT": ("nationality/language", lambda r: r.choice(L.NATIONALITIES)),
    "REGION": ("region larger than a country", lambda r: r.choice(L.REGIONS_BIG)),
    "FIG": ("public figure", lambda r: r.choice(L.PUBLIC_FIGURES)), "FIC": ("fictional", lambda r: r.choice(L.FICTION)),
    "BRAND": ("brand", lambda r: r.choice(L.BRANDS)), "COND": ("eponymous condition", lambda r: r.choice(L.CONDITIONS)),
    "ORG": ("generic organisation", lambda r: r.choice(L.ORGS)), "NAGE": ("age under 90", n_age),
    "BUS": ("route number", n_bus), "DUR": ("duration", n_dur), "QTY": ("quantity", n_qty),
    "SESSION": ("session or step number", n_session), "EMERG": ("emergency number", n_emerg),
}


# --- templates ----------------------------------------------------------------------------------------------------
def slot(c: Ctx, key: str) -> list:
    r = c.r
    if key in NEG_SLOTS:
        what, gen = NEG_SLOTS[key]
        return neg(what, gen(r))
    table = {
        "P": lambda: f_person(c), "PF": lambda: f_person(c, "first"), "PFULL": lambda: f_person(c, "full"),
        "NEWP": lambda: f_person(c, r.choice(["first", "full"]), c.new_person()),
        "PRO": lambda: f_pro(c), "KT": lambda: f_kintitle(c),
        "CLIENT": lambda: f_person(c, r.choice(["first", "first", "full"]), c.client),
        "CLIENTFULL": lambda: f_person(c, "full", c.client), "THER": lambda: f_person(c, "first", c.therapist),
        "SPELL": lambda: f_person(c, "spelled", c.client), "KIN": lambda: [r.choice(L.KIN)],
        "TOWN": lambda: f_town(c), "LTOWN": lambda: f_town_local(c), "HOSP": lambda: f_fac(c, "hospital"),
        "SCHOOL": lambda: f_fac(c, "school"), "GP": lambda: f_fac(c, "surgery"), "CARE": lambda: f_fac(c, "care home"),
        "WORSHIP": lambda: f_fac(c, "worship"), "WORK": lambda: f_fac(c, "work"), "FAC": lambda: f_fac(c),
        "OTHERFAC": lambda: f_fac(c, "other"), "STREET": lambda: f_street(c), "PC": lambda: f_postcode(c),
        "ADDRESS": lambda: f_fulladdress(c), "DATE": lambda: f_date(c), "DOB": lambda: f_dob(c),
        "PHONE": lambda: f_phone(c), "FAX": lambda: f_phone(c, "fax"), "EMAIL": lambda: f_email(c),
        "CEMAIL": lambda: f_email(c, c.client), "URL": lambda: f_url(c), "PUBURL": lambda: f_url(c, True),
        "HANDLE": lambda: f_handle(c),
        "IP": lambda: f_ip(c), "ID": lambda: f_id(c), "HPID": lambda: f_id(c, "health plan number"),
        "MRN": lambda: f_id(c, "medical record number"), "VEH": lambda: f_id(c, "vehicle identifier"),
        "DEV": lambda: f_id(c, "device identifier"), "ACC": lambda: f_id(c, "account number"),
        "SSN": lambda: f_id(c, "social security number"), "CERT": lambda: f_id(c, "certificate/licence number"),
        "AGE90": lambda: f_age90(c),
    }
    return table[key]()


def fill(c: Ctx, template: str) -> list:
    """'text {SLOT} text [[idiom]] text' -> fragments."""
    out: list = []
    for piece in re.split(r"(\{\w+\}|\[\[[^\]]+\]\])", template):
        if not piece:
            continue
        if piece.startswith("{"):
            out += slot(c, piece[1:-1])
        elif piece.startswith("[["):
            out.append(Neg(piece[2:-2], "word or idiom, not personal"))
        else:
            out.append(piece)
    return out


SHARED = [
    "so {KIN} {P} rang me on {WD} and I just, I couldn't pick up, I let it ring out",
    "{KIN} {P}'s been staying with us since {MON}, sleeping on the sofa, and honestly it's a lot",
    "I grew up in {TOWN} but we moved to {TOWN} when I was {NAGE} and I never really settled",
    "it was {DATE}, I remember because it was the day after {P}'s funeral",
    "we had a big row at {HOL} about money, {KIN} said I owe her {PRICE} and I don't",
    "I work at {WORK} now, mostly nights, the shift finishes at {TIME} and then I can't sleep",
    "{PRO} at {HOSP} said it might be {COND} but they're not sure yet",
    "my son goes to {SCHOOL}, he's in year nine I mean he's struggling, the teacher {PRO} keeps ringing",
    "we go to {WORSHIP} most weeks, {KT} always asks after me, it's the only place I feel I belong",
    "I'm on {DOSE} now, the GP at {GP} put it up from what it was",
    "I know it sounds silly but I watched {FIG} on telly and I just cried, I don't know why",
    "{P} from {TOWN} messaged me on {BRAND}, first time in {DUR}, just out of nowhere",
    "my mum's {NAT}, my dad's from {COUNTRY}, so I grew up between the two really",
    "I scored myself {SCORE} this week, which is better than last time to be fair",
    "you can email me on {CEMAIL} if the letter doesn't come",
    "she's moved into {CARE} now, she's {AGE90} and still sharp as anything",
    "he posts everything on there, his page is {URL}, I can't stop looking at it",
    "{KIN} {P} lives on {STREET} now, right round the corner from {P}, which is awkward",
    "I've got a hearing at the tribunal on {DATE} and {PRO} is coming with me",
    "I keep thinking about {P}, we were at {SCHOOL} together, she died in {YEAR}",
    "my mate {PF} said [[mark my words]] it'll get better, but it's been {DUR}",
    "I was at {OTHERFAC} for a bit, that's where I met {NEWP} actually",
    "we went back to {TOWN} for {HOL}, first time since {YEAR}, my gran's village near {TOWN}",
    "my number's changed by the way, it's {PHONE}",
    "I spoke to {P} at {ORG}, she gave me her direct line, {PHONE}",
    "I'm reading {FIC} to the little one at night, {KIN} {PF} does the voices",
    "it was my birthday on {DATE} and nobody, not {KIN} {P}, not anyone, said anything",
    "{KIN} {PFULL} is the one I'm scared of, if he finds out I'm at {STREET} I don't know what he'll do",
    "I had a [[grace]] period on the rent till {MON} but {ORG} said that's it now",
    "I've started volunteering at {OTHERFAC} on {WD} mornings, just a couple of hours",
    "I ran into {PRO} in {BRAND} of all places, in {LTOWN}, she didn't recognise me",
    "{PF} is from {TOWN} originally, near {TOWN}, her family still farm there",
    "I've got the benefits form here actually, can we do it together, {SSN}, and {CERT}",
    "{ACC}, that's what they gave me when I reported it, and then nothing, not a word since {MON}",
    "I'm reading it off the card, {HPID}, is that the one you need?",
    "the letter from {HOSP} says {MRN}, appointment on {DATE} at {TIME}",
    "the GP gave me a leaflet, it says go on {PUBURL}, but I haven't, not yet",
    "I had to give them everything, {SSN}, my old address on {STREET}, even {VEH}",
]

NEGATIVE_TURNS = [
    "I felt like I'd been [[sent to Coventry]] by the whole office, nobody said a word to me till {WD}",
    "honestly it's been like [[Piccadilly Circus]] in our house, {QTY} people coming and going",
    "I know [[Rome wasn't built in a day]] but I'm {NAGE} and I feel like I've wasted it all",
    "he has this [[Hollywood smile]] and everyone loves him, it's all an act",
    "I went for [[the full monty]], the crying, the shouting, all of it, over {PRICE}",
    "she had a bit of [[Dutch courage]] before the interview, {DOSE} and a glass of wine",
    "it was like [[bedlam]] at the school gates, {TIME}, everyone shouting",
    "I had [[a heather]] plant on the balcony and even that died, that's the {SEASON} I've had",
    "I've got no [[patience]], none, my [[will]] is just gone, I can't even [[bill]] the clients on time",
    "there was a [[robin]] on the fence this morning and I thought of dad, he loved them",
    "it's a bit of [[a mark]] on my record isn't it, the caution, from back in {YEAR}",
    "I'm [[frank]] with you, I drank {QTY} cans on {WD}, maybe more",
    "I don't have much [[hope]] left, I'm not going to lie, and no [[joy]] from {ORG} either",
    "we had [[Brussels sprouts]] and a [[Yorkshire pudding]] at {HOL}, it was nice, it was normal",
    "I watched {FIG} do a talk on {BRAND} about anxiety and I thought, yeah, that's me",
    "she's {NAT} so the food was amazing, [[jollof]] and everything, I ate {QTY} plates",
    "I've been [[reading]] a lot, {FIC} again, comfort reading, [[bath]] and bed by {TIME}",
    "my PHQ was high but my GAD was okay, {SCORE} I think, and {SCORE} the week before",
    "it's {PRICE} a month for the phone and {PRICE} for the gas, I can't do it",
    "we might go to {COUNTRY} in {SEASON}, or somewhere in {REGION}, somewhere warm",
    "I'm {NAGE} next {MON} and I've done nothing with my life",
    "my husband is {NAT} and he just doesn't talk about feelings, it's a {NAT} thing he says",
    "I was watching {FIC} with the kids and I had a panic attack, over [[Peppa]]",
    "there was an [[amber]] warning for wind so I didn't go out, stayed in with {BRAND}",
    "I'm on {DOSE} in the morning and {DOSE} at night, and the [[crystal]] meds they gave me in {YEAR}",
    "on a good day it's {SCORE}, on a bad day it's nought, today's a {SCORE}",
    "they said it's like {COND}, but milder, so I looked it up on my phone at {TIME}",
    "I got on {BUS} and sat at the back and just cried the whole way to work",
    "I'm a [[sunny]] person usually, people say I'm the [[life and soul]], but not since {SEASON}",
    "my daughter is {NAGE}, she's mad into {FIG}, posters everywhere",
    "[[April showers]] my mum used to say, it'll pass, but it's been since {MON}",
    "he's a [[Jack of all trades]] my dad, fixes everything except himself",
    "I did a [[Hail Mary]] and applied for {QTY} jobs in {DUR}",
    "I was on hold to {ORG} for {DUR}, then they hung up at {TIME}",
    "every {WD} I get a {BRAND} and sit in the car, it's my little treat, it's {PRICE}",
    "I said a prayer at {HOL}, I'm not religious but I said one anyway, to [[God]] or whoever",
    "we moved to a new flat on the [[high street]], nothing special, [[down the road]] from the old one",
    "he's [[Mr Right]] according to my mum, but he's not, he's really not",
    "I was born in {YEAR}, the year {FIG} was everywhere, my mum always says",
    "I keep thinking I'm [[Jekyll and Hyde]], nice at work and a monster at home by {TIME}",
    "I nearly rang {EMERG} on {WD} night, I had the phone in my hand and everything",
    "I did the homework for {SESSION}, the thought record, but it was [[twenty four seven]] in my head",
    "it's no big [[deal]], I'll just [[march]] in there and tell them on {WD}, at {TIME}",
    "the doctor said I've got the [[heart]] of a {NAGE} year old, which, great, thanks",
    "I'm not a [[saint]], I know that, but I'm not the [[devil]] either, whatever {KIN} says",
    "it felt like a [[Mexican standoff]] at dinner, nobody passing the [[Bombay mix]]",
    "we did a [[secret Santa]] at work and I got a {BRAND} voucher, {PRICE}, and cried in the loo",
]

FILLER_T = ["mm hm", "okay", "and how did that feel?", "take your time", "that sounds really hard",
            "can I just check I've got that right?", "what happened next?", "go on", "right, okay",
            "so what I'm hearing is it's been a really hard few weeks", "I'm just going to note that down",
            "let's stay with that for a moment", "and where do you feel that in your body?", "yeah"]
FILLER_C = ["yeah", "I don't know", "it's just a lot", "mm", "sorry I'm rambling", "I suppose so",
            "no, that's right", "I just feel stuck, you know", "it's fine, it's fine", "sort of, yeah"]


# --- registers ------------------------------------------------------------------------------------------------------
def reg_teen(c: Ctx) -> list:
    return [
        ("therapist", "hi {CLIENT}, come in, grab a seat, how's things at {SCHOOL}?"),
        ("client", "like, it's fine I guess, except {PF} literally screenshotted my story and sent it to the "
                   "whole group chat and now everyone in year ten has seen it"),
        ("client", "my snap is {HANDLE} and she knows my password, so like, lowkey she could go on it whenever"),
        ("client", "and my tiktok is {HANDLE}, someone made a hate page, it's {URL}, I reported it like {QTY} times"),
        ("therapist", "that sounds awful. Does {PRO}, your head of year, know about the page?"),
        ("client", "yeah Miss {NEWP} knows, she's alright actually. My mum's number is {PHONE} if you need it"),
        ("client", "I'm staying at my dad's on {STREET} this week, in {LTOWN}, cos mum's working at {WORK}"),
        ("client", "my birthday's {DOB} and {KIN} {P} said we're going to {BRAND} for it, which is fine I guess"),
    ]


def reg_carer(c: Ctx) -> list:
    carer = c.new_person()
    c.carer = carer
    return [
        ("therapist", "hello {CLIENTFULL}, and you must be the daughter, is it?"),
        ("carer", [*fill(c, "yes, I'm "), *f_person(c, "first", carer),
                   *fill(c, ", I do most of her care now. Mum's {AGE90} next {MON}, hard of hearing, so I'll "
                            "help if she loses the thread")]),
        ("client", "I was born {DOB} in {TOWN}, and I nursed at {HOSP} for forty years, forty years"),
        ("carer", "her GP is {PRO} at {GP}, and her NHS, sorry, {HPID}"),
        ("carer", "the hearing aid keeps whistling, {DEV}, we've sent it back twice"),
        ("client", "my husband {P} passed on {DATE}, and since then I don't sleep, I hear him in the kitchen"),
        ("carer", "we're thinking about {CARE} in {LTOWN}, there's a place on {STREET}, or she stays with me at "
                  "{ADDRESS}"),
        ("client", "my sister {KT} is {AGE90} too, she's in {TOWN}, we talk on the phone every {WD}, her number is "
                   "{PHONE}"),
    ]


def reg_couple(c: Ctx) -> list:
    partner = c.new_person()
    c.partner = partner
    pn = lambda: f_person(c, "first", partner)  # noqa: E731
    return [
        ("therapist", [*fill(c, "so welcome both of you, {CLIENT} and "), *pn(), *fill(c, ", last time we ended "
                                                                                        "on the holiday")]),
        ("client", [*fill(c, "yeah, well, "), *pn(), *fill(c, " booked {TOWN} without asking me, on {DATE}, which "
                                                          "is my mum's anniversary")]),
        ("partner", "that's not fair, I asked, I texted you from {WORK}, I said is {DATE} okay and you said fine"),
        ("partner", "and every time we go to your mum's in {TOWN}, {KIN} {P} starts on me about money"),
        ("client", "we got married on {DATE} at {WORSHIP}, and {PRO} did the service, and I thought it'd be "
                   "different"),
        ("partner", "our eldest {NEWP} is at {SCHOOL}, the little one {NEWP} is at {OTHERFAC}, we're both "
                    "working, it's {PRICE} in childcare"),
        ("client", "we're looking at a house on {STREET}, it's near {WORK}, but the deposit is {PRICE}"),
        ("partner", [*fill(c, "I've got a Facebook, it's "), *f_url(c), *fill(c, ", and "), *pn(),
                     *fill(c, " thinks I'm messaging my ex {P} on it, I'm not")]),
    ]


def reg_phone(c: Ctx) -> list:
    return [
        ("therapist", "hi, is that {CLIENT}? It's {THER} from the wellbeing service, can you hear me okay?"),
        ("client", "yeah sorry, I'm on {BUS}, you're breaking up a bit"),
        ("therapist", "no problem. Before we start can I just confirm your date of birth and postcode?"),
        ("client", "it's {DOB}, and the postcode is {PC}"),
        ("therapist", "lovely. And the best number is still {PHONE}?"),
        ("client", "no, use my work one, {PHONE}, I'm at {WORK} on {STREET} most days now"),
        ("therapist", "and if you need to send the forms, our fax is {FAX}, or email {EMAIL}"),
        ("client", "oh and I moved, so it's {ADDRESS} now, can you update that?"),
    ]


def reg_intake(c: Ctx) -> list:
    return [
        ("therapist", "okay so I'll just fill the form in as we go. Full name?"),
        ("client", "{CLIENTFULL}, surname's {SPELL}"),
        ("therapist", "date of birth?"),
        ("client", "{DOB}"),
        ("therapist", "and your address?"),
        ("client", "{ADDRESS}"),
        ("therapist", "phone and email?"),
        ("client", "mobile's {PHONE}, email is {CEMAIL}"),
        ("therapist", "GP and practice?"),
        ("client", "{PRO} at {GP} in {LTOWN}"),
        ("therapist", "insurance or health number if you have it"),
        ("client", "{HPID}, and the hospital gave me a number too, {MRN}"),
        ("therapist", "emergency contact?"),
        ("client", "{KIN} {PFULL}, on {PHONE}"),
        ("therapist", "employer, if you're working?"),
        ("client", "{WORK}, I've been there since {DATE}"),
        ("therapist", "any previous mental health input?"),
        ("client", "I was under {HOSP} in {YEAR}, and I saw {PRO} privately for a bit, on {DOSE} since then"),
    ]


def reg_crisis(c: Ctx) -> list:
    return [
        ("therapist", "you're through to the crisis line, my name is {THER}, can I take your name?"),
        ("client", "it's {CLIENT}, I'm, I'm not okay, I'm in the car, I'm parked up at {OTHERFAC}"),
        ("therapist", "thank you for calling {CLIENT}. Are you safe right now? Can you tell me where exactly?"),
        ("client", "the car park behind {WORK}, on {STREET}, in {LTOWN}, {VEH}, it's a silver one"),
        ("client", "{KIN} {PFULL} kicked me out, the police came, the case reference is {ACC}"),
        ("therapist", "is there anyone we can call? A friend, family?"),
        ("client", "{KIN} {P}, her number's {PHONE}, or {PRO} my care coordinator at {HOSP}"),
        ("client", "I've taken some of my {DOSE}, not all of it, maybe {QTY}, I don't know"),
        ("therapist", "okay, I'm going to stay with you. Your phone, is it the one ending, let me check, the "
                      "number that came up was {PHONE}?"),
    ]


def reg_session(c: Ctx) -> list:
    return [
        ("therapist", "good to see you {CLIENT}, how was the week?"),
        ("client", "up and down. {KIN} {P} came over from {TOWN} on {DATE} and stayed till {WD}"),
        ("client", "and I got a letter from {ORG}, I have to ring them with my {ID}"),
        ("client", "the router kept dropping so the IT guy at {WORK} made me read out the IP address, {IP}, "
                   "and I just froze, I couldn't read numbers"),
        ("client", "I found an old email from {P}, {EMAIL}, from when we were at {SCHOOL}"),
    ]


REGISTERS = {"teen": reg_teen, "older client with carer": reg_carer, "couples": reg_couple,
             "phone check-in": reg_phone, "intake form": reg_intake, "crisis call": reg_crisis,
             "ongoing session": reg_session}
LOCALES = ["uk", "uk", "uk", "us", "us", "ie", "au", "nz", "in"]


def after_answer(r: random.Random, turns: list) -> int:
    """A place to insert a turn that does not split a therapist's question from its answer."""
    return r.choice([i for i in range(1, len(turns) + 1) if turns[i - 1][0] != "therapist"] or [len(turns)])


def build_turns(c: Ctx, register: str) -> list[tuple[str, list]]:
    r = c.r
    script = REGISTERS[register](c)
    turns = [(spk, fill(c, body) if isinstance(body, str) else body) for spk, body in script]
    if register not in ("intake form", "phone check-in"):
        keep = sorted(r.sample(range(len(turns)), k=max(4, len(turns) - r.randint(0, 3))))
        turns = [turns[i] for i in keep]
    client_speakers = ["client"] + (["partner"] if register == "couples" else []) + \
        (["carer"] if register == "older client with carer" else [])
    for _ in range(r.randint(3, 6)):
        turns.insert(after_answer(r, turns), (r.choice(client_speakers), fill(c, r.choice(SHARED))))
    for _ in range(r.randint(3, 5)):
        turns.insert(after_answer(r, turns), (r.choice(client_speakers), fill(c, r.choice(NEGATIVE_TURNS))))
    # long turns: glue some consecutive turns of the same speaker
    merged: list[tuple[str, list]] = []
    for spk, frags in turns:
        if merged and merged[-1][0] == spk and r.random() < 0.7:
            merged[-1] = (spk, merged[-1][1] + [r.choice([". ", ", and ", " and um ", ". And ", " like "])] + frags)
        else:
            if merged and merged[-1][0] != "therapist" and spk != "therapist" and r.random() < 0.5:
                merged.append(("therapist", [r.choice(FILLER_T)]))
            merged.append((spk, frags))
            if r.random() < 0.15:
                merged.append((spk if spk == "therapist" else "therapist", [r.choice(FILLER_T)]))
                merged.append((spk if spk != "therapist" else "client", [r.choice(FILLER_C)]))
    return merged


# --- assembly -------------------------------------------------------------------------------------------------------
ATTACH = re.compile(r"^(?:'s\b|[,.?!;:])")
SENT_PUNCT = re.compile(r"[,.?!;](?=\s|$)")


def render(frag_text: str, casing: str, labelled: bool) -> str:
    t = frag_text
    if casing != "cased":
        t = t.lower()
    if casing == "runon":
        t = t.replace(",", "") if labelled else SENT_PUNCT.sub("", t)
    elif casing == "lower" and not labelled:
        t = re.sub(r",(?=\s|$)", "", t)
    return " ".join(t.split())


def assemble(c: Ctx, turns: list[tuple[str, list]]) -> dict:
    r = c.r
    text = ""
    spans, negatives, turn_ranges = [], [], []
    for spk, frags in turns:
        turn_start = len(text) + (1 if text else 0)
        first_piece = True
        for frag in frags:
            raw = frag if isinstance(frag, str) else frag.text
            piece = render(raw, c.casing, isinstance(frag, Lab))
            if not piece:
                continue
            if text and not (isinstance(frag, str) and ATTACH.match(piece) and not first_piece):
                text += " "
            if first_piece and c.casing == "cased" and isinstance(frag, str):
                piece = piece[0].upper() + piece[1:]
            start = len(text)
            text += piece
            first_piece = False
            if isinstance(frag, Lab):
                span = {"start": start, "end": len(text), "type": frag.type, "kind": frag.kind, "text": piece}
                if frag.disfluent:
                    span["disfluent"] = True
                spans.append(span)
            elif isinstance(frag, Neg):
                negatives.append({"start": start, "end": len(text), "what": frag.what, "text": piece})
        turn_ranges.append((spk, turn_start, len(text)))
    return {"text": text, "spans": spans, "negatives": negatives, "segments": segments(r, text, turn_ranges)}


def segments(r: random.Random, text: str, turn_ranges) -> list[dict]:
    words = [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]
    out, t, wi = [], 0.0, 0
    for spk, a, b in turn_ranges:
        turn_words = []
        while wi < len(words) and words[wi][1] < b:
            if words[wi][1] >= a:
                turn_words.append(words[wi][0])
            wi += 1
        t += r.uniform(0.3, 1.4)
        i = 0
        while i < len(turn_words):
            n = r.randint(7, 22)
            chunk = turn_words[i:i + n]
            if len(turn_words) - (i + n) < 4:
                chunk = turn_words[i:]
            seg_words = []
            seg_start = t
            for w in chunk:
                dur = min(0.15 + 0.045 * len(w), 0.9)
                seg_words.append({"word": w, "start": round(t, 2), "end": round(t + dur, 2)})
                t += dur + r.uniform(0.02, 0.12)
            out.append({"speaker": spk, "start": round(seg_start, 2), "end": seg_words[-1]["end"],
                        "text": " ".join(x["word"] for x in seg_words), "words": seg_words})
            i += len(chunk)
            t += r.uniform(0.1, 0.5)
    return out


def make_record(r: random.Random, index: int) -> dict:
    register = list(REGISTERS)[index % len(REGISTERS)] if index < 2 * len(REGISTERS) else r.choice(list(REGISTERS))
    locale = r.choice(LOCALES)
    casing = r.choice(["cased", "cased", "lower", "lower", "runon"])
    c = Ctx(r, locale, casing)
    turns = build_turns(c, register)
    rec = assemble(c, turns)
    participants = [c.client.canonical()]
    if r.random() < 0.6 or register in ("phone check-in", "crisis call"):
        participants.append(c.therapist.canonical())
    if register == "couples":
        participants.append(c.partner.canonical())
    if register == "older client with carer" and r.random() < 0.5:
        participants.append(c.carer.canonical())
    return {"id": f"holdout2-{index + 1:04d}", "style": register, "locale": locale, "casing": casing,
            "participants": participants, **rec}


def check(records: list[dict]) -> None:
    for rec in records:
        text = rec["text"]
        assert text == " ".join(text.split()), rec["id"]
        assert " ".join(w["word"] for s in rec["segments"] for w in s["words"]) == text, rec["id"]
        last = -1
        for s in rec["spans"]:
            assert text[s["start"]:s["end"]] == s["text"], (rec["id"], s)
            assert s["text"] == s["text"].strip() and s["start"] >= last, (rec["id"], s)
            last = s["end"]
        for n in rec["negatives"]:
            assert text[n["start"]:n["end"]] == n["text"], (rec["id"], n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="re-read the file with the scorer's read_jsonl")
    args = ap.parse_args()
    r = random.Random(SEED)
    records = [make_record(r, i) for i in range(N_TRANSCRIPTS)]
    check(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types = Counter(s["type"] for rec in records for s in rec["spans"])
    kinds = Counter((s["type"], s["kind"]) for rec in records for s in rec["spans"])
    print(f"{len(records)} transcripts, {sum(types.values())} spans, "
          f"{sum(len(rec['negatives']) for rec in records)} planted negatives -> {OUT}")
    for (t, k), n in sorted(kinds.items()):
        print(f"  {t:8s} {k:28s} {n}")
    if args.check:
        from emotion_jax.evaluate.redaction import read_jsonl
        print(f"read_jsonl: {len(read_jsonl(OUT))} records")


if __name__ == "__main__":
    main()
