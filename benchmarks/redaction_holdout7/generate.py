"""Build hold-out 7: 200 synthetic therapy transcripts with gold PHI spans and Whisper-like segments.

    python -m benchmarks.redaction_holdout7.generate            # writes holdout7.jsonl
    python -m benchmarks.redaction_holdout7.generate --check    # rebuilds in memory, asserts identity and sanity
    python -m benchmarks.redaction_holdout7.generate --stats    # counts per type/kind/setting/locale/style/numbers

Plain Python; one random.Random(SEED) drives everything.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from benchmarks.redaction_holdout7 import lists as L
from benchmarks.redaction_holdout7 import scripts as S

SEED = 731846
N_RECORDS = 200
OUT = Path(__file__).with_name("holdout7.jsonl")

SETTINGS = ["aged", "prison", "disability", "gambling", "sport", "perinatal", "sexrel", "farm", "dv", "group",
            "school", "rehab", "hospice"]
DECK_KINDS = ["phone", "fax", "email", "url", "ip", "mrn", "hp", "ssn", "acct", "lic", "veh", "dev", "age", "pc",
              "addr", "dob"]
KIND_NAMES = {"mrn": "medical record number", "hp": "health plan number", "ssn": "social security number",
              "acct": "account number", "lic": "certificate/licence number", "veh": "vehicle identifier",
              "dev": "device identifier", "ip": "IP address"}
AGE_NUM = {"ninety": 90, "ninety one": 91, "ninety two": 92, "ninety-three": 93, "ninety four": 94,
           "ninety five": 95, "ninety six": 96, "ninety seven": 97, "ninety eight": 98, "ninety nine": 99,
           "ninety-nine": 99, "a hundred": 100, "a hundred and one": 101, "one hundred and three": 103,
           "a hundred and four": 104}
SPEAKER = {"T": "therapist", "C": "client", "P": "partner", "G": "member"}

# ---------------------------------------------------------------- numbers spoken
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def words99(n: int) -> str:
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def words9999(n: int) -> str:
    if n < 100:
        return words99(n)
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words99(rest))
    rest = n % 1000
    head = words99(n // 1000) + " thousand"
    if rest == 0:
        return head
    return head + (" and " if rest < 100 else " ") + words9999(rest)


def suffix(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def year_words(rng: random.Random, y: int, short_ok: bool = True) -> str:
    if y < 2000:
        if short_ok and rng.random() < 0.35:
            return words99(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100]
        rest = y % 100
        return words99(y // 100) + " " + (words99(rest) if rest >= 10 else ("hundred" if rest == 0 else
                                                                              "oh " + ONES[rest]))
    if y < 2010:
        return rng.choice(["two thousand and " + ONES[y - 2000], "two thousand " + ONES[y - 2000],
                           "twenty oh " + ONES[y - 2000]])
    return rng.choice(["twenty " + words99(y - 2000), "two thousand and " + words99(y - 2000)])


class Speaker:
    """Spoken rendering of codes: digits one by one (oh/zero, double/triple), pairs, letters, separators."""

    def __init__(self, rng: random.Random, locale: str):
        self.rng = rng
        self.zero = "zero" if locale in ("uss", "ush", "in", "pk", "hk", "my") else "oh"
        self.double = locale not in ("uss", "ush", "hk")

    def zero_word(self) -> str:
        other = "oh" if self.zero == "zero" else "zero"
        return self.zero if self.rng.random() < 0.8 else other

    def digits(self, run: str) -> list[str]:
        rng = self.rng
        if len(run) in (2, 4) and run[0] != "0" and rng.random() < 0.3:
            out = []
            for i in range(0, len(run), 2):
                pair = run[i:i + 2]
                if pair == "00":
                    out += ["hundred"] if i > 0 else ["double", self.zero_word()]
                elif pair[0] == "0":
                    out += [self.zero_word(), ONES[int(pair[1])]]
                else:
                    out += words99(int(pair)).split()
            return out
        out, i = [], 0
        while i < len(run):
            ch = run[i]
            j = i
            while j < len(run) and run[j] == ch:
                j += 1
            n = j - i
            word = self.zero_word() if ch == "0" else ONES[int(ch)]
            while n > 0:
                if n >= 3 and self.double and rng.random() < 0.5:
                    out += ["triple", word]
                    n -= 3
                elif n >= 2 and rng.random() < (0.6 if self.double else 0.15):
                    out += ["double", word]
                    n -= 2
                else:
                    out.append(word)
                    n -= 1
            i = j
        return out

    def code(self, written: str, hesitate: float = 0.14) -> tuple[list[str], bool]:
        rng = self.rng
        units = re.findall(r"\d+|[A-Za-z]+|.", written)
        groups: list[list[str]] = []
        for k, u in enumerate(units):
            if u.isdigit():
                groups.append(self.digits(u))
            elif u.isalpha():
                if len(u) > 3 and u.lower() in ("street", "road", "account"):
                    groups.append([u.lower()])
                else:
                    groups.append([c.lower() for c in u])
            elif u == "-":
                if rng.random() < 0.25:
                    groups.append(["dash"])
            elif u == "/":
                groups.append(["slash"])
            elif u == ".":
                groups.append(["dot"])
            elif u == ":":
                if rng.random() < 0.3:
                    groups.append(["colon"])
            elif u == "(":
                if k > 0 and units[k - 1].isdigit():
                    groups.append(["bracket"])
            elif u == "+":
                groups.append(["plus"])
            elif u == "_":
                groups.append(["underscore"])
            elif u == "@":
                groups.append(["at"])
        words: list[str] = []
        disfluent = False
        for k, g in enumerate(groups):
            if 0 < k and not disfluent and rng.random() < hesitate:
                words.append(rng.choice(["um", "uh", "sorry", "um", "uh"]))
                disfluent = True
            words += g
        return words, disfluent


def fill(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "%":
            out.append(str(rng.randint(1, 9)))
        elif ch == "&":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "^":
            out.append(rng.choice("0123456789ABCDEF"))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- pieces
def T(text: str) -> tuple:
    return ("t", text)


def SP(text: str, typ: str, kind: str, **flags) -> tuple:
    assert text.strip() == text and text, text
    return ("s", text, typ, kind, flags)


def parse_markup(entry: str, default_kind: str = "geographic") -> list[tuple]:
    """A facility string: [x] marks a PLACE, {x} a street; without marks, all but a leading the/our is PLACE."""
    if "[" not in entry and "{" not in entry:
        m = re.match(r"^((?:the|our) )?(.*)$", entry)
        pieces = [T(" " + m.group(1).strip())] if m.group(1) else []
        return pieces + [SP(m.group(2), "PLACE", default_kind)]
    pieces = []
    for part in re.split(r"(\[[^\]]+\]|\{[^}]+\})", entry):
        if not part:
            continue
        if part.startswith("["):
            pieces.append(SP(part[1:-1], "PLACE", "geographic"))
        elif part.startswith("{"):
            pieces.append(SP(part[1:-1], "ADDRESS", "street address"))
        else:
            pieces.append(T(part if pieces else " " + part))
    return pieces


# ---------------------------------------------------------------- record builder
class Builder:
    def __init__(self, rng: random.Random, idx: int, setting: str, locale: str, style: str, numbers: str,
                 hand: list[str]):
        self.rng, self.idx, self.setting, self.locale = rng, idx, setting, locale
        self.style, self.numbers, self.hand = style, numbers, hand
        self.loc = L.LOCALES[locale]
        self.speak = Speaker(rng, locale)
        self.used_names: set[str] = set()
        g = rng.choice("fm")
        self.client = self.person(g)
        self.second = None
        if setting in ("perinatal", "sexrel") or (setting == "school" and rng.random() < 0.6) or (
                setting == "disability" and rng.random() < 0.5):
            self.second = self.person("m" if g == "f" and setting != "school" else rng.choice("fm"),
                                      same_last=setting in ("school", "disability"))
        self.members = [self.person(rng.choice("fm")) for _ in range(rng.choice([2, 3]))] if setting == "group" else []
        self.therapist = self.person(rng.choice("fm")) if rng.random() < 0.6 else None
        self.member_now = None

    # ---- people
    def person(self, g: str, same_last: bool = False) -> dict:
        rng = self.rng
        for _ in range(50):
            first = rng.choice(self.loc[g])
            last = self.client["last"] if same_last else rng.choice(self.loc["sur"])
            if first not in self.used_names and (same_last or last not in self.used_names):
                break
        self.used_names.update([first, last])
        return {"first": first, "last": last, "g": g}

    def canonical(self, p: dict) -> str:
        return f"{p['first']} {p['last']}"

    def participants(self) -> list[str]:
        out = [self.canonical(self.client)]
        if self.second:
            out.append(self.canonical(self.second))
        out += [self.canonical(m) for m in self.members]
        if self.therapist:
            out.append(self.canonical(self.therapist))
        return out

    def honorific(self, p: dict) -> str:
        loc = self.locale
        if loc == "my":
            return ("Encik " if p["g"] == "m" else "Puan ") + p["first"]
        if loc == "hk":
            return ("Mr " if p["g"] == "m" else self.rng.choice(["Mrs ", "Ms ", "Miss "])) + p["last"]
        t = self.rng.choice(["Mr", "Mr."]) if p["g"] == "m" else self.rng.choice(["Mrs", "Ms", "Miss", "Mrs."])
        return f"{t} {p['last']}"

    def mention(self, p: dict, participant: bool, form: str | None = None) -> list[tuple]:
        rng, loc = self.rng, self.loc
        flags = {"participant": True} if participant else {}
        r = rng.random()
        first, last = p["first"], p["last"]
        if form is None:
            if r < 0.5:
                form = "first"
            elif r < 0.62:
                form = "full"
            elif r < 0.72:
                form = "nick" if first in loc["nick"] else "first"
            elif r < 0.82:
                form = "asr" if (first in loc["asr"] or last in loc["asr"]) else "full"
            elif r < 0.9:
                form = "title"
            elif r < 0.95:
                form = "restart"
            else:
                form = "lastfirst" if self.locale in ("hk",) else "full"
        if form == "nick" and first not in loc["nick"]:
            form = "first"
        if form == "asr" and first not in loc["asr"] and last not in loc["asr"]:
            form = "full"
        if form == "first":
            text = first
        elif form == "full":
            text = f"{first} {last}"
        elif form == "nick":
            text = loc["nick"][first]
        elif form == "asr":
            text = f"{loc['asr'].get(first, first)} {loc['asr'].get(last, last)}" if rng.random() < 0.5 else \
                loc["asr"].get(first, loc["asr"].get(last, last))
        elif form == "title":
            text = self.honorific(p)
        elif form == "restart":
            text = f"{first[:2]}- {first}" if rng.random() < 0.6 else f"{first}, {first} {last}"
        else:
            text = f"{last} {first}"
        return [SP(text, "NAME", "name", **flags)]

    def spelled(self, p: dict, participant: bool) -> list[tuple]:
        flags = {"participant": True} if participant else {}
        last = p["last"]
        letters = [c for c in last if c.isalpha()]
        if self.rng.random() < 0.3:
            spelled = "-".join(c.upper() for c in letters)
        else:
            spelled = " ".join(c.lower() for c in letters)
        return [SP(last, "NAME", "name", **flags), T(", that's"), SP(spelled, "NAME", "name", spelled=True, **flags)]

    def third(self, g: str | None = None, full: bool = False) -> list[tuple]:
        rng = self.rng
        g = g or rng.choice("fm")
        p = self.person(g)
        if full:
            return self.mention(p, False, "full")
        if rng.random() < 0.07:
            return [SP(rng.choice(L.WORD_NAMES), "NAME", "name")]
        return self.mention(p, False, rng.choice(["first", "first", "first", "full", "restart", "asr", "nick"]))

    def kin(self, g: str) -> list[tuple]:
        rng = self.rng
        title = rng.choice(self.loc["kin_f" if g == "f" else "kin_m"])
        p = self.person(g)
        name = p["last"] if title in ("Pastor", "Imam", "Maulana", "Ustaz", "Deacon") and rng.random() < 0.5 \
            else p["first"]
        if title.startswith("the "):
            return [T(" the"), SP(f"{title[4:]} {name}", "NAME", "name")]
        return [SP(f"{title} {name}", "NAME", "name")]

    def doctor(self) -> list[tuple]:
        p = self.person(self.rng.choice("fm"))
        t = self.rng.choice(["Dr", "Dr.", "Doctor", "Dr"])
        name = p["last"] if self.rng.random() < 0.8 else f"{p['first']} {p['last']}"
        return [SP(f"{t} {name}", "NAME", "name")]

    # ---- places
    def place(self, key: str) -> list[tuple]:
        entry = self.rng.choice(self.loc[key])
        if key in ("towns", "suburbs", "districts"):
            m = re.match(r"^(the )?(.*)$", entry)
            return ([T(" the")] if m.group(1) else []) + [SP(m.group(2), "PLACE", "geographic")]
        return parse_markup(entry)

    # ---- dates
    def rand_date(self, y0: int, y1: int) -> datetime.date:
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.rng.randint(start, end))

    def date(self, kind: str = "date", years: tuple[int, int] = (2022, 2025), with_year: bool | None = None,
             birthday: bool = False) -> list[tuple]:
        """A date span; a weekday is inside, a leading "the" outside (forms marked True may take it)."""
        rng = self.rng
        dt = self.rand_date(*years)
        d, m, y = dt.day, dt.month, dt.year
        us = self.locale in ("uss", "ush")
        month, mon = L.MONTHS[m - 1], L.MONTHS_SHORT[m - 1]
        wd, wds = L.WEEKDAYS[dt.weekday()], L.WEEKDAYS_SHORT[dt.weekday()]
        if with_year is None:
            with_year = rng.random() < 0.4
        if birthday:
            with_year = False
        sd, sm = f"{d}{suffix(d)}", f"{m}{suffix(m)}"
        if self.numbers == "digits":
            yy = str(y) if rng.random() < 0.6 else f"{y % 100:02d}"
            dd, mm = (f"{d:02d}", f"{m:02d}") if rng.random() < 0.5 else (str(d), str(m))
            a, b = (mm, dd) if us else (dd, mm)
            sep = rng.choice(["/", "/", ".", "-"])
            if with_year:
                forms = [(f"{a}{sep}{b}{sep}{yy}", False), (f"{d} {month} {y}", False),
                         (f"{month} {d}, {y}", False) if us else (f"{sd} {mon} {y}", False),
                         (f"{y}-{m:02d}-{d:02d}", False), (f"{sd} of {month} {y}", True),
                         (f"{wd} {a}/{b}/{yy}", False)]
            else:
                forms = [(f"{sd} of {month}", True), (f"{month} {sd}", False), (f"{wd} {d} {month}", False),
                         (f"{wds} {d} {mon}", False), (f"{a}/{b}", False), (f"{sd} of the {sm}", True),
                         (f"{wd} the {sd}", False), (f"{mon} {d}", False), (f"{sd} {month}", True)]
        else:
            od = ORD[d]
            if with_year:
                yw = year_words(rng, y)
                forms = [(f"{od} of {month} {yw}", True), (f"{month} {od}, {yw}", False),
                         (f"{od} of the {ORD[m]} {yw}", True), (f"{month} {od} {yw}", False),
                         (f"{wd} the {od} of {month} {yw}", False)]
                if y % 100 >= 10:
                    sw = self.speak.digits
                    parts = (sw(f"{m:02d}") + sw(f"{d:02d}")) if us else (sw(f"{d:02d}") + sw(f"{m:02d}"))
                    forms.append((" ".join(parts) + " " + words99(y % 100), False))
            else:
                forms = [(f"{od} of {month}", True), (f"{month} {od}", False), (f"{month} the {od}", False),
                         (f"{wd} the {od} of {month}", False), (f"{od} of the {ORD[m]}", True),
                         (f"{wd}, {month} {od}", False), (f"{wd} the {od}", False), (f"{od} {month}", True)]
        text, may_the = rng.choice(forms)
        the = may_the and rng.random() < 0.65
        return ([T(" the")] if the else []) + [SP(text, "DATE", kind)]

    def age90(self) -> list[tuple]:
        w = self.rng.choice(S.AGES_OVER)
        if self.numbers == "digits" and self.rng.random() < 0.8:
            w = str(AGE_NUM[w])
        elif w.startswith("ninety ") and self.rng.random() < 0.2:
            w = w.replace(" ", "-")
        return [SP(w, "AGE", "age over 89")]

    # ---- identifiers
    def code_span(self, written: str, typ: str, kind: str) -> list[tuple]:
        if self.numbers == "words":
            words, dis = self.speak.code(written)
            flags = {"disfluent": True} if dis else {}
            return [SP(" ".join(words), typ, kind, **flags)]
        if self.rng.random() < 0.15 and " " in written and typ != "ADDRESS":
            written = written.replace(" ", "") if self.rng.random() < 0.5 else written
        return [SP(written, typ, kind)]

    def id_pieces(self, kind: str) -> tuple[str, list[tuple]]:
        rng = self.rng
        if kind == "dev":
            cue, pat = rng.choice(S.DEVICE)
            return cue, self.code_span(fill(rng, pat), "ID", "device identifier")
        if kind == "ip":
            cue = rng.choice(S.IP_CUES)
            a = rng.choice(["192.168.%d.%d", "10.0.%d.%d", "203.0.113.%d", "41.%d.%d.%d", "103.%d.%d.%d"])
            ip = a % tuple(rng.randint(1, 254) for _ in range(a.count("%d")))
            return cue, self.code_span(ip, "ID", "IP address")
        cue, pat = rng.choice(S.ID_FORMATS[self.locale][kind])
        typ, kname = {"phone": ("PHONE", "phone"), "fax": ("PHONE", "fax")}.get(kind, ("ID", KIND_NAMES.get(kind)))
        if pat == "VIN":
            pat = "1&&%&&&##&&######"
        if pat == "UPI":
            p = self.client
            parts = [("w", self.slug(p["first"].split()[0])), ("p", "."), ("w", self.slug(p["last"])[0]),
                     ("n", str(rng.randint(10, 99))), ("p", "@"), ("w", rng.choice(["okaxis", "oksbi", "ybl"]))]
            return cue, self.url_like(parts, "ID", kname)
        m = re.match(r"^(.*?) (and (?:the )?account(?: is)?) (.*)$", pat)
        if m:
            return cue, (self.code_span(fill(rng, m.group(1)), typ, kname) + [T(" " + m.group(2))] +
                         self.code_span(fill(rng, m.group(3)), typ, kname))
        return cue, self.code_span(fill(rng, pat), typ, kname)

    # ---- e-mail / web
    def url_like(self, parts: list[tuple[str, str]], typ: str, kind: str, form: str | None = None) -> list[tuple]:
        """parts: ("w", word) ("n", digits) ("p", punctuation). Forms: written, spoken, half, spelled."""
        rng = self.rng
        form = form or rng.choice(["written", "spoken", "half", "spelled"] if self.numbers == "words" else
                                  ["written", "written", "half", "spoken"])
        punct = {".": "dot", "@": "at", "/": "slash", "_": "underscore", "-": rng.choice(["dash", "hyphen"]),
                 ":": "colon"}
        if form == "written":
            return [SP("".join(v for _, v in parts), typ, kind)]
        cut = next((i for i, (k, v) in enumerate(parts) if k == "p" and v in "@/"), len(parts))
        # the name zone that a spelled form spells: an e-mail's local part, a link's path, a whole handle
        if typ == "EMAIL" or cut == len(parts):
            zone = range(0, cut)
        else:
            zone = range(cut + 1, len(parts))
        out: list[str] = []
        buf = ""
        for i, (k, v) in enumerate(parts):
            spoken = form in ("spoken", "spelled") or (form == "half" and i >= cut)
            if not spoken:
                buf += v
                continue
            if buf:
                out.append(buf)
                buf = ""
            if k == "p":
                out.append(punct[v])
            elif k == "n":
                out += (words99(int(v)).split() if len(v) == 2 and v[0] != "0" and rng.random() < 0.6
                        else self.speak.digits(v))
            elif v == "www":
                out += rng.choice([["w", "w", "w"], ["www"], ["double", "u", "double", "u", "double", "u"]])
            elif form == "spelled" and i in zone or (len(v) == 2 and v not in ("co", "ac") and rng.random() < 0.5):
                out += list(v)
            else:
                out.append(v)
        if buf:
            out.append(buf)
        return [SP(" ".join(out), typ, kind)]

    def slug(self, text: str) -> str:
        return re.sub(r"[^a-z]", "", text.lower())

    def email(self) -> list[tuple]:
        rng = self.rng
        p = self.client if rng.random() < 0.6 else self.person(rng.choice("fm"))
        f, la = self.slug(p["first"]), self.slug(p["last"])
        nn = str(rng.randint(1, 99)) if rng.random() < 0.5 else str(rng.randint(60, 99))
        local = rng.choice([[("w", f), ("p", "."), ("w", la)], [("w", f), ("w", la), ("n", nn)],
                            [("w", f[0]), ("w", la)], [("w", f), ("p", "_"), ("w", la)],
                            [("w", la), ("p", "."), ("w", f), ("n", nn)], [("w", f), ("n", nn)]])
        dom = [("p", ".") if w == "." else ("w", w) for w in re.split(r"(\.)", rng.choice(self.loc["domains"]))]
        return self.url_like(local + [("p", "@")] + dom, "EMAIL", "e-mail")

    def url(self) -> list[tuple]:
        rng = self.rng
        p = self.client if rng.random() < 0.6 else self.person(rng.choice("fm"))
        f, la = self.slug(p["first"]), self.slug(p["last"])
        tld = [("w", w) if w != "." else ("p", ".") for w in re.split(r"(\.)", self.loc["tld"])]
        nn = str(rng.randint(1, 99))
        kind = rng.choice(["site", "fb", "ig", "fund", "yt"])
        if kind == "site":
            parts = [("w", "www"), ("p", "."), ("w", la), ("w", rng.choice(["farm", "family", "trust", "art",
                                                                            "fitness", "memorial"])),
                     ("p", ".")] + tld
        elif kind == "fb":
            parts = [("w", "facebook"), ("p", "."), ("w", "com"), ("p", "/"), ("w", f), ("p", "."), ("w", la),
                     ("p", "."), ("n", nn)]
        elif kind == "ig":
            parts = [("w", "instagram"), ("p", "."), ("w", "com"), ("p", "/"), ("w", f), ("p", "_"), ("w", la[:4])]
        elif kind == "fund":
            host = {"nz": [("w", "givealittle"), ("p", "."), ("w", "co"), ("p", "."), ("w", "nz"), ("p", "/"),
                           ("w", "cause")],
                    "za": [("w", "backabuddy"), ("p", "."), ("w", "co"), ("p", "."), ("w", "za")],
                    "in": [("w", "milaap"), ("p", "."), ("w", "org"), ("p", "/"), ("w", "fundraisers")]}.get(
                self.locale, [("w", "gofundme"), ("p", "."), ("w", "com"), ("p", "/"), ("w", "f")])
            parts = host + [("p", "/"), ("w", "help"), ("p", "-"), ("w", f), ("p", "-"), ("w", la)]
        else:
            parts = [("w", "youtube"), ("p", "."), ("w", "com"), ("p", "/"), ("p", "@"), ("w", f), ("w", la)]
        return self.url_like(parts, "URL", "web address")

    def handle(self) -> list[tuple]:
        """A social handle; spoken ones keep the leading 'at' outside."""
        rng = self.rng
        p = self.client if rng.random() < 0.5 else self.person(rng.choice("fm"))
        f, la = self.slug(p["first"]), self.slug(p["last"])
        parts = rng.choice([[("w", f), ("p", "_"), ("w", la[0]), ("n", str(rng.randint(10, 99)))],
                            [("w", f), ("w", la)], [("w", "the"), ("p", "."), ("w", "real"), ("p", "."), ("w", f)],
                            [("w", f), ("p", "."), ("w", la), ("n", str(rng.randint(1, 9)))]])
        form = rng.choice(["written", "spoken", "spoken", "spelled"])
        if form == "written":
            return [SP("@" + "".join(v for _, v in parts), "URL", "web address")]
        return [T(" at")] + self.url_like(parts, "URL", "web address", form=form)

    # ---- addresses
    def house_no(self, n: int) -> str:
        rng = self.rng
        if self.numbers == "digits":
            return str(n)
        if n < 100:
            return words99(n) if rng.random() < 0.8 else " ".join(self.speak.digits(str(n)))
        if n < 1000:
            rest = n % 100
            return rng.choice([words9999(n), " ".join(self.speak.digits(str(n))),
                               ONES[n // 100] + " " + (words99(rest) if rest >= 10 else "oh " + ONES[rest])])
        rest = n % 100
        return words99(n // 100) + " " + (words99(rest) if rest >= 10 else "hundred" if rest == 0 else
                                          "oh " + ONES[rest])

    def address(self) -> list[tuple]:
        rng, loc = self.rng, self.locale
        street = rng.choice(self.loc["streets"])
        n = rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.randint(100, 2999)])
        h = self.house_no(n)
        r = rng.random()
        extra: list[tuple] = []
        if r < 0.1:
            text = f"PO Box {self.house_no(rng.randint(100, 9999))}"
        elif loc == "au" and r < 0.45:
            text = rng.choice([f"Unit {self.house_no(rng.randint(1, 12))}/{h} {street}" if self.numbers == "digits"
                               else f"Unit {self.house_no(rng.randint(1, 12))} slash {h} {street}",
                               f"Lot {h} {street}", f"RMB {self.house_no(rng.randint(1000, 4999))}"])
        elif loc == "nz" and r < 0.45:
            text = f"{h} {street}"
            extra = [T(","), SP(f"RD {self.house_no(rng.randint(1, 9))}", "ADDRESS", "street address")]
        elif loc == "za" and r < 0.45:
            text = rng.choice([f"Stand {self.house_no(rng.randint(1000, 9999))}", f"Plot {h}",
                               f"{h} {street}, Extension {self.house_no(rng.randint(2, 9))}"])
        elif loc == "in":
            bld = rng.choice(["Sai Krupa", "Shanti Kunj", "Ganga Vihar", "Sunshine", "Lakshmi Niwas", "Om Sai"])
            text = f"Flat {self.house_no(rng.randint(101, 904))}, {bld} Apartments, {street}"
        elif loc == "pk":
            text = f"House {h}, {street}" if rng.random() < 0.5 else \
                f"House {h}, Street {self.house_no(rng.randint(1, 40))}"
        elif loc == "gh" and r < 0.6:
            text = f"House number {h}, {street}" if rng.random() < 0.6 else f"Plot {h}"
        elif loc == "sco" and r < 0.45:
            fl = "2/1" if self.numbers == "digits" else "two slash one"
            text = f"Flat {fl}, {h} {street}"
        elif loc == "wal" and r < 0.45:
            text = f"{rng.choice(['Bryn Awel', 'Ty Coch', 'Hafan', 'Maes y Coed', 'Glan yr Afon'])}, {street}"
        elif loc == "tt" and r < 0.5:
            text = rng.choice([f"Lot {h} {street}", f"LP {self.house_no(rng.randint(10, 199))} {street}"])
        elif loc == "hk":
            letter = rng.choice("ABCDEFGH")
            text = f"Flat {self.house_no(rng.randint(1, 40))}" + (letter if self.numbers == "digits" else
                                                                  " " + letter.lower()) + ", " + \
                (f"{rng.randint(2, 40)}/F" if self.numbers == "digits" else f"{words99(rng.randint(2, 40))} floor") \
                + f", Block {self.house_no(rng.randint(1, 9))}"
        elif loc == "my":
            text = f"No {h}, {street}" if rng.random() < 0.6 else f"Lot {h}, {street}"
        elif loc in ("uss", "ush") and r < 0.4:
            text = rng.choice([f"Route {self.house_no(rng.randint(1, 9))} Box {self.house_no(rng.randint(10, 400))}",
                               f"{h} {street}, Apt {self.house_no(rng.randint(1, 30))}"])
        else:
            text = f"{h} {street}"
        return [SP(text, "ADDRESS", "street address")] + extra

    def postcode(self) -> list[tuple]:
        pat = self.rng.choice(S.ID_FORMATS[self.locale]["pc"])
        return self.code_span(fill(self.rng, pat), "ADDRESS", "postcode/zip")

    # ---- negatives
    def neg(self, key: str) -> str:
        rng = self.rng
        table = {"STATE": self.loc["states"], "COUNTRY": L.COUNTRIES, "NAT": L.NATIONALITIES,
                 "MONEY": S.MONEY[self.locale], "DOSE": S.DOSES, "TIME": S.TIMES, "DUR": S.DURATIONS,
                 "AGEU": S.AGES_UNDER, "YEAR": S.YEARS, "WEEKDAY": L.WEEKDAYS, "MONTH": L.MONTHS, "PET": L.PETS,
                 "BRAND": L.BRANDS, "FIG": L.PUBLIC_FIGURES, "HOLIDAY": L.HOLIDAYS, "EPONYM": L.EPONYMS,
                 "MODEL": L.MODELS, "IDIOM": L.IDIOMS, "ROOM": S.ROOMS, "HELPLINE": S.HELPLINES,
                 "GREET": S.GREETINGS[self.locale], "ROLE": [S.ROLES[self.setting]]}
        return rng.choice(table[key])

    # ---- slots
    def slot(self, name: str, ctx: dict) -> list[tuple]:
        rng = self.rng
        if name in ctx:
            return ctx[name]
        if name == "C":
            return self.mention(self.client, True)
        if name == "C_FULL":
            return self.mention(self.client, True, "full")
        if name == "C_SPELL":
            return self.spelled(self.client, True)
        if name == "P":
            return self.mention(self.second, True, rng.choice(["first", "first", "full", "nick", "asr"]))
        if name == "T":
            return self.mention(self.therapist, True, rng.choice(["first", "first", "title", "full"]))
        if name == "T_SELF":
            p = self.therapist
            return [SP(rng.choice([f"{p['first']} {p['last']}", f"{p['first']}", f"Dr {p['last']}",
                                   f"{p['first']} {p['last']}"]), "NAME", "name", participant=True)]
        if name == "G":
            if self.member_now is None:
                self.member_now = rng.choice(self.members)
            return self.mention(self.member_now, True, rng.choice(["first", "first", "full", "nick", "asr"]))
        if name in ("F", "M", "X"):
            return self.third({"F": "f", "M": "m", "X": None}[name])
        if name in ("XFULL", "MFULL"):
            return self.third("m" if name == "MFULL" else None, full=True)
        if name in ("KIN_F", "KIN_M"):
            return self.kin("f" if name == "KIN_F" else "m")
        if name == "DR":
            return self.doctor()
        if name == "WORD":
            return [SP(rng.choice(L.WORD_NAMES), "NAME", "name")]
        if name == "NICK":
            return [SP(rng.choice(sorted(self.loc["nick"].values())), "NAME", "name")]
        if name == "MR":
            return [SP(self.honorific(self.person(rng.choice("fm"))), "NAME", "name")]
        places = {"TOWN": "towns", "SUBURB": "suburbs", "DISTRICT": "districts", "HOSP": "hosp", "PRISON": "prison",
                  "WORSHIP": "worship", "CLUB": "club", "WORK": "work", "FARM": "farm", "SCHOOL": "school",
                  "CLINIC": "clinic", "NURSING": "nursing", "SHOP": "shop"}
        if name in places:
            return self.place(places[name])
        if name == "PLACE":
            return self.place(rng.choice(["towns", "suburbs", "towns"]))
        if name == "STREET":
            return [SP(rng.choice(self.loc["streets"]), "ADDRESS", "street address")]
        if name == "DATE":
            return self.date("date")
        if name == "BDAY":
            return self.date("date of birth", years=(1925, 2015), birthday=True)
        if name == "DOB":
            return self.date("date of birth", years=(1932, 2012), with_year=True)
        if name == "DOBBABY":
            return self.date("date of birth", years=(2023, 2025), with_year=True)
        if name in ("AGE90", "AGE"):
            return self.age90()
        return [T(" " + self.neg(name))]

    def fill_template(self, template: str, ctx: dict | None = None) -> list[tuple[str, list[tuple]]]:
        ctx = ctx or {}
        self.member_now = None
        turns = []
        for raw in template.split(" | "):
            spk, text = raw.split(": ", 1)
            pieces: list[tuple] = []
            for part in re.split(r"(\{[A-Z0-9_]+\})", text):
                if not part:
                    continue
                if part.startswith("{"):
                    pieces += self.slot(part[1:-1], ctx)
                else:
                    pieces.append(T(part))
            if spk == "P" and self.second is None:
                spk = "C"
            turns.append((spk, pieces))
        return turns

    # ---- tokens
    def tokenize(self, speaker: str, pieces: list[tuple], span_store: list[dict]) -> list[dict]:
        toks: list[dict] = []
        for piece in pieces:
            if piece[0] == "t":
                text = piece[1]
                chunks = text.split()
                if not chunks:
                    continue
                if toks and not text[0].isspace():
                    toks[-1]["post"] += chunks.pop(0)
                for ch in chunks:
                    m = re.match(r"^(.*?)([.,?!;:]*)$", ch)
                    if not m.group(1):
                        if toks:
                            toks[-1]["post"] += ch
                        continue
                    toks.append({"core": m.group(1), "post": m.group(2), "span": None, "spk": speaker})
            else:
                _, text, typ, kind, flags = piece
                sid = len(span_store)
                span_store.append({"type": typ, "kind": kind, **flags})
                for ch in text.split():
                    toks.append({"core": ch, "post": "", "span": sid, "spk": speaker})
        # disfluencies between words, never inside a span
        rng = self.rng
        fillers = ["um", "uh", "erm", "like", "you know", "I mean", "sort of", "um", "uh"] + self.loc["fillers"]
        out: list[dict] = []
        for i, t in enumerate(toks):
            out.append(t)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            inside = nxt is not None and t["span"] is not None and t["span"] == nxt["span"]
            if nxt is None or inside:
                continue
            r = rng.random()
            if r < 0.03:
                for w in rng.choice(fillers).split():
                    out.append({"core": w, "post": "", "span": None, "spk": speaker})
            elif r < 0.04 and t["span"] is None and len(t["core"]) <= 4 and not t["post"]:
                out.append({"core": t["core"], "post": "", "span": None, "spk": speaker})
        return out

    # ---- the session
    def id_turn(self, kind: str) -> tuple[str, dict]:
        rng = self.rng
        if kind == "age":
            return rng.choice(S.AGE_LINES), {}
        if kind == "dob":
            line = rng.choice(S.DOB_LINES)
            return (line.replace("{DOB}", "{DOBBABY}") if "baby" in line else line), {}
        if kind == "email":
            return rng.choice(S.EMAIL_LINES), {"EMAIL": self.email()}
        if kind == "url":
            if rng.random() < 0.35:
                return rng.choice(S.HANDLE_LINES), {"HANDLE": self.handle()}
            return rng.choice(S.URL_LINES), {"URL": self.url()}
        if kind == "addr":
            ctx = {"ADDR": self.address()}
            line = rng.choice(S.ADDRESS_LINES)
            if self.locale != "hk" and rng.random() < 0.3:
                line = line.rstrip(".") + " {PC}."
                ctx["PC"] = self.postcode()
            if self.locale == "hk":
                ctx["PLACE"] = self.place("suburbs")
            return line, ctx
        if kind == "pc":
            return rng.choice(S.POSTCODE_LINES), {"PC": self.postcode()}
        cue, pieces = self.id_pieces(kind)
        ask = rng.choice(S.ID_ASK.get(kind if kind in S.ID_ASK else "hp", S.ID_ASK["hp"]))
        lead = rng.choice(["Yeah, ", "Um, ", "", "Okay, ", "Hang on. ", "Right, "])
        cue_text = lead + (cue if lead else cue[0].upper() + cue[1:])
        tail = rng.choice(S.ID_TAIL)
        line = ask + " | C: " + cue_text + " {ID}" + tail + "."
        if rng.random() < 0.3:
            line = "C: " + cue_text + " {ID}" + tail + "."
        return line, {"ID": pieces}

    def build(self) -> dict:
        rng = self.rng
        spans: list[dict] = []
        turns: list[list[dict]] = []

        def make(template: str, ctx: dict | None = None) -> list[list[dict]]:
            return [self.tokenize(spk, pieces, spans) for spk, pieces in self.fill_template(template, ctx)]

        named = self.therapist is not None
        opening = make(rng.choice(S.OPEN_NAMED if named else S.OPEN_ANON)) + \
            make(rng.choice(S.REPLY_NAMED if named else S.REPLY_ANON))
        if rng.random() < 0.3:
            opening += make("T: And how do you spell the surname, for the file? | C: {C_SPELL}.")
        middle: list[tuple[str, list[list[dict]]]] = []
        for kind in self.hand:
            if kind == "pc" and self.locale == "hk":
                kind = "addr"
            line, ctx = self.id_turn(kind)
            middle.append(("id", make(line, ctx)))
        for tmpl in rng.sample(S.NEGATIVES, rng.randint(2, 4)):
            middle.append(("neg", make(tmpl)))
        pool = [t for t in S.SETTINGS[self.setting]
                if self.second is not None or ("{P" not in t and not t.startswith("P:") and " | P:" not in t)]
        rng.shuffle(pool)
        for tmpl in pool[:2]:
            middle.append(("set", make(tmpl)))
        rng.shuffle(middle)
        closing = make(rng.choice(S.CLOSE))
        extra = pool[2:] + rng.sample(S.FILLERS, len(S.FILLERS))

        def count() -> int:
            return sum(len(t) for t in opening + closing) + sum(len(t) for _, ts in middle for t in ts)

        target = rng.randint(265, 385)
        while count() < target and extra:
            tmpl = extra.pop(0)
            middle.insert(rng.randint(0, len(middle)), ("set" if tmpl in S.SETTINGS[self.setting] else "fill",
                                                         make(tmpl)))
        while count() > 400:
            for tag in ("fill", "neg", "set"):
                idx = [i for i, (k, _) in enumerate(middle) if k == tag]
                if idx and (tag == "fill" or len(idx) > 2 or tag == "set" and len(idx) > 1):
                    middle.pop(idx[-1])
                    break
            else:
                break
        turns = opening + [t for _, ts in middle for t in ts] + closing
        turns = [t for t in turns if t]
        return self.finish(turns, spans)

    # ---- styles, segments, times
    def finish(self, turns: list[list[dict]], spans: list[dict]) -> dict:
        rng = self.rng
        tokens = [t for turn in turns for t in turn]
        n = len(tokens)
        # which spans get cut across segments
        forced: dict[int, int] = {}
        span_pos: dict[int, list[int]] = {}
        for i, t in enumerate(tokens):
            if t["span"] is not None:
                span_pos.setdefault(t["span"], []).append(i)
        for sid in sorted(span_pos):
            pos = span_pos[sid]
            if len(pos) < 2:
                continue
            typ = spans[sid]["type"]
            p = 1 / 3 if typ in ("NAME", "PLACE") else 0.2 if typ == "PHONE" else 0.0
            if rng.random() < p:
                forced[sid] = rng.randint(pos[0] + 1, pos[-1])
        cuts = self.segment(tokens, forced, span_pos)
        # styles
        self.apply_style(tokens, spans, span_pos)
        segments = []
        words_all: list[str] = []
        t_cs = rng.randint(30, 120)
        prev_spk = None
        for a, b in zip(cuts[:-1], cuts[1:]):
            seg_toks = tokens[a:b]
            if self.style == "cased":
                first = seg_toks[0]
                first["core"] = first["core"][:1].upper() + first["core"][1:]
                last = seg_toks[-1]
                inside = b < n and last["span"] is not None and tokens[b]["span"] == last["span"]
                if not inside and not re.search(r"[.?!,]$", last["post"]) and rng.random() < 0.3:
                    last["post"] += "."
            counts: dict[str, int] = {}
            for t in seg_toks:
                counts[t["spk"]] = counts.get(t["spk"], 0) + 1
            spk = max(sorted(counts), key=lambda s: counts[s])
            if spk != prev_spk and prev_spk is not None:
                t_cs += rng.randint(40, 140)
            else:
                t_cs += rng.randint(15, 70)
            prev_spk = spk
            words = []
            for t in seg_toks:
                w = t["core"] + t["post"]
                dur = max(8, min(90, 10 + 5 * len(w) + rng.randint(-4, 8)))
                words.append({"word": w, "start": round(t_cs / 100, 2), "end": round((t_cs + dur) / 100, 2)})
                t_cs += dur + rng.randint(1, 12)
                words_all.append(w)
            label = SPEAKER[spk] if spk != "P" else ("partner" if self.setting in ("perinatal", "sexrel") else
                                                     "parent")
            segments.append({"speaker": label, "start": words[0]["start"], "end": words[-1]["end"],
                             "text": " ".join(w["word"] for w in words), "words": words})
        text = " ".join(words_all)
        # offsets
        starts, pos = [], 0
        for w in words_all:
            starts.append(pos)
            pos += len(w) + 1
        out_spans = []
        for sid in sorted(span_pos):
            p = span_pos[sid]
            start = starts[p[0]]
            end = starts[p[-1]] + len(tokens[p[-1]]["core"])
            info = spans[sid]
            rec = {"start": start, "end": end, "type": info["type"], "kind": info["kind"], "text": text[start:end]}
            for flag in ("participant", "disfluent", "spelled"):
                if info.get(flag):
                    rec[flag] = True
            if any(p[0] < c <= p[-1] for c in cuts):
                rec["split"] = True
            out_spans.append(rec)
        return {"id": f"holdout7-{self.idx:04d}", "setting": self.setting, "style": self.style,
                "numbers": self.numbers, "locale": self.locale, "participants": self.participants(),
                "text": text, "spans": out_spans, "segments": segments}

    def segment(self, tokens: list[dict], forced: dict[int, int], span_pos: dict[int, list[int]]) -> list[int]:
        rng = self.rng
        n = len(tokens)
        inside = [False] * (n + 1)
        for sid in sorted(span_pos):
            p = span_pos[sid]
            for c in range(p[0] + 1, p[-1] + 1):
                inside[c] = True
        forced_cuts = sorted(set(forced.values()))

        def solve(allowed: list[bool], must: list[int]) -> list[int] | None:
            must_set = set(must)
            good = [False] * (n + 1)
            good[n] = True
            for j in range(n - 7, -1, -1):
                for length in range(7, 23):
                    e = j + length
                    if e > n:
                        break
                    if any(j < c < e for c in must_set):
                        break
                    if good[e] and (e == n or allowed[e]):
                        good[j] = True
                        break
            if not good[0]:
                return None
            cuts, j = [0], 0
            while j < n:
                options = []
                for length in range(7, 23):
                    e = j + length
                    if e > n:
                        break
                    if any(j < c < e for c in must_set):
                        break
                    if good[e] and (e == n or allowed[e]):
                        options.append(e)
                weights = [(3 if 10 <= e - j <= 18 else 1) * (6 if re.search(r"[.?!]", tokens[e - 1]["post"]) else 1)
                           for e in options]
                j = rng.choices(options, weights)[0]
                cuts.append(j)
            return cuts

        must = list(forced_cuts)
        while True:
            allowed = [not inside[c] or c in must for c in range(n + 1)]
            cuts = solve(allowed, must)
            if cuts is not None:
                return cuts
            if not must:
                break
            must.pop(rng.randrange(len(must)))
        cuts = solve([True] * (n + 1), [])
        assert cuts is not None
        return cuts

    def apply_style(self, tokens: list[dict], spans: list[dict], span_pos: dict[int, list[int]]) -> None:
        rng, style = self.rng, self.style
        verbatim = {"EMAIL", "URL", "ID", "PHONE", "ADDRESS", "DATE"}
        lower_spans = set()
        for sid in sorted(span_pos):
            if spans[sid]["type"] in ("NAME", "PLACE"):
                if style == "cased" and rng.random() < 0.1:
                    lower_spans.add(sid)
                if style == "odd" and rng.random() < 0.5:
                    lower_spans.add(sid)
        for t in tokens:
            sid = t["span"]
            if style == "cased":
                if sid in lower_spans:
                    t["core"] = t["core"].lower()
                continue
            original = t["core"]
            t["core"] = original.lower()
            if style == "bare":
                t["post"] = re.sub(r"[.,?!;:]", "", t["post"])
                if sid is None or spans[sid]["type"] not in verbatim:
                    stripped = re.sub(r"[.,?!;:]+$", "", t["core"])
                    t["core"] = stripped or t["core"]
            if style == "odd":
                if re.fullmatch(r"i('m|'ve|'ll|'d)?", t["core"]):
                    t["core"] = "I" + t["core"][1:]
                elif sid is not None and spans[sid]["type"] in ("NAME", "PLACE") and sid not in lower_spans:
                    t["core"] = original
                elif sid is None and rng.random() < 0.03:
                    t["core"] = t["core"][:1].upper() + t["core"][1:]


# ---------------------------------------------------------------- the set
def deck(rng: random.Random, items: list[str], n: int) -> list[str]:
    out = [items[i % len(items)] for i in range(n)]
    rng.shuffle(out)
    return out


def build_all() -> list[dict]:
    rng = random.Random(SEED)
    settings = deck(rng, SETTINGS, N_RECORDS)
    locales = deck(rng, L.LOCALE_ORDER, N_RECORDS)
    for i in range(N_RECORDS):  # no farm in Hong Kong: swap the locale with the next record that can take it
        if settings[i] == "farm" and locales[i] == "hk":
            j = next(j for j in range(N_RECORDS) if locales[j] != "hk" and settings[j] != "farm")
            locales[i], locales[j] = locales[j], locales[i]
    styles = deck(rng, ["cased"] * 6 + ["lower"] * 4 + ["bare"] * 6 + ["odd"] * 4, N_RECORDS)
    numbers = deck(rng, ["words", "digits"], N_RECORDS)
    sizes = deck(rng, [6] * 3 + [5] * 2, N_RECORDS)
    cards = deck(rng, DECK_KINDS, sum(sizes))
    hands, k = [], 0
    for size in sizes:
        hand = []
        for _ in range(size):
            j = k
            while j < len(cards) - 1 and cards[j] in hand:
                j += 1
            cards[k], cards[j] = cards[j], cards[k]
            hand.append(cards[k])
            k += 1
        hands.append(hand)
    records = []
    for i in range(N_RECORDS):
        b = Builder(rng, i + 1, settings[i], locales[i], styles[i], numbers[i], hands[i])
        records.append(b.build())
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def sanity(records: list[dict]) -> None:
    ids = set()
    for r in records:
        assert r["id"] not in ids
        ids.add(r["id"])
        text = r["text"]
        words = text.split(" ")
        assert all(w and not re.search(r"\s", w) for w in words), r["id"]
        assert 250 <= len(words) <= 400, (r["id"], len(words))
        last_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert 0 <= s["start"] < s["end"] <= len(text), r["id"]
            assert text[s["start"]:s["end"]] == s["text"], (r["id"], s)
            assert s["start"] >= last_end, (r["id"], s)
            assert s["text"] == s["text"].strip() and not re.search(r"[.,?!;:]$", s["text"]), (r["id"], s)
            assert s["start"] == 0 or text[s["start"] - 1] == " ", (r["id"], s)
            last_end = s["end"]
        seg_words = [w["word"] for seg in r["segments"] for w in seg["words"]]
        assert seg_words == words, r["id"]
        prev = -1.0
        for seg in r["segments"]:
            assert 7 <= len(seg["words"]) <= 22, (r["id"], len(seg["words"]))
            assert seg["text"] == " ".join(w["word"] for w in seg["words"])
            assert seg["start"] == seg["words"][0]["start"] and seg["end"] == seg["words"][-1]["end"]
            for w in seg["words"]:
                assert prev < w["start"] < w["end"], (r["id"], w)
                prev = w["end"]
        assert r["participants"] and all(len(p.split()) >= 2 for p in r["participants"])


def stats(records: list[dict]) -> str:
    def table(title: str, counter: dict) -> list[str]:
        lines = [f"{title}:"]
        for key in sorted(counter):
            lines.append(f"  {key:<34} {counter[key]}")
        return lines

    def inc(d: dict, key: str) -> None:
        d[key] = d.get(key, 0) + 1

    types: dict = {}
    kinds: dict = {}
    setting: dict = {}
    locale: dict = {}
    style: dict = {}
    nums: dict = {}
    flags: dict = {}
    words = 0
    for r in records:
        inc(setting, r["setting"])
        inc(locale, r["locale"])
        inc(style, r["style"])
        inc(nums, r["numbers"])
        words += len(r["text"].split(" "))
        for s in r["spans"]:
            inc(types, s["type"])
            inc(kinds, f"{s['type']}/{s['kind']}")
            for f in ("participant", "split", "disfluent", "spelled"):
                if s.get(f):
                    inc(flags, f)
    n_spans = sum(len(r["spans"]) for r in records)
    lines = [f"records {len(records)}, words {words} (mean {words / len(records):.0f}), spans {n_spans}, "
             f"segments {sum(len(r['segments']) for r in records)}"]
    for title, d in (("types", types), ("kinds", kinds), ("flags", flags), ("settings", setting),
                     ("locales", locale), ("styles", style), ("numbers", nums)):
        lines += table(title, d)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild in memory; assert byte identity and sanity")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    records = build_all()
    sanity(records)
    data = dump(records)
    if args.check:
        on_disk = OUT.read_text(encoding="utf-8")
        assert on_disk == data, "holdout7.jsonl differs from a fresh build"
        assert dump(build_all()) == data, "two builds differ"
        print(f"ok: {len(records)} records, identical to {OUT.name} (md5 {hashlib.md5(data.encode()).hexdigest()})")
        return 0
    if args.stats:
        print(stats(records))
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT} ({len(records)} records, md5 {hashlib.md5(data.encode()).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
