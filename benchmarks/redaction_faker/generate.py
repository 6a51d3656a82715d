"""Therapy-session transcripts with gold personal-detail spans, their names, places and numbers drawn from Faker.

    python -m benchmarks.redaction_faker.generate --out /tmp/faker.jsonl        # seed 2718, 300 transcripts
    python -m benchmarks.redaction_faker.generate --seed 5 --n 50 --out /tmp/other.jsonl

Training text for `privacy.redact_tagger` (benchmarks/train_redact_tagger.py), written apart from the rules
(`privacy/redact*.py`) and from the blind sets; the record format is benchmarks/redaction_holdout's (see
README.md). The same seed gives the same records, with the pinned Faker version.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from faker import Faker
from faker.providers.address.it_IT import Provider as ItalianAddresses

from benchmarks.redaction_faker import talk

SEED, N = 2718, 300
TYPES = ("NAME", "PLACE", "ADDRESS", "DATE", "ID", "PHONE", "EMAIL", "URL", "AGE")

# Locales and weights: where people's names come from (Latin script, or Faker's romanised names) ...
NAME_LOCALES = {
    "en_US": 4, "en_GB": 4, "en_IE": 1, "ga_IE": 1, "en_AU": 1, "en_NZ": 1, "en_CA": 1, "en_IN": 3, "en_PK": 2,
    "en_NG": 1, "yo_NG": 2, "ig_NG": 1, "ha_NG": 1, "tw_GH": 1, "sw": 1, "zu_ZA": 1, "de_DE": 1, "de_AT": 1,
    "es_ES": 1, "es_MX": 2, "es_AR": 1, "es_CO": 1, "fr_FR": 1, "fr_CA": 1, "fr_DZ": 2, "it_IT": 1, "pl_PL": 2,
    "pt_BR": 2, "pt_PT": 1, "nl_NL": 1, "tr_TR": 2, "vi_VN": 2, "zh_CN": 2, "ja_JP": 1, "id_ID": 1, "cs_CZ": 1,
    "ro_RO": 1, "hu_HU": 1, "hr_HR": 1, "lt_LT": 1, "fi_FI": 1, "sv_SE": 1, "da_DK": 1, "uz_UZ": 1, "en_TH": 1,
}
# ... where a transcript's own address, phone and postcode come from ...
HOME_LOCALES = {"en_US": 5, "en_GB": 5, "en_IE": 2, "en_AU": 2, "en_NZ": 1, "en_CA": 2, "en_IN": 1, "de_DE": 0.4,
                "nl_NL": 0.3, "fr_FR": 0.3, "es_ES": 0.3, "it_IT": 0.3, "pl_PL": 0.3, "pt_BR": 0.3}
# ... and towns: Faker's English locales make up town names ("Lake Debra"), these others list real ones.
TOWN_LOCALES = {"en_US": 3, "en_GB": 3, "en_AU": 1, "en_NZ": 1, "en_CA": 1, "en_IN": 2, "de_DE": 1, "it_IT": 1,
                "es_ES": 1, "pl_PL": 1, "nl_NL": 1, "cs_CZ": 1, "da_DK": 1, "sv_SE": 1, "id_ID": 1, "zu_ZA": 1,
                "pt_BR": 1, "fr_FR": 0.5}
REGION_METHODS = {"en_US": "state", "en_GB": "county", "en_IE": "county", "en_AU": "state", "en_CA": "province",
                  "en_IN": "state", "de_DE": "state", "es_ES": "region", "fr_FR": "region", "it_IT": "state",
                  "nl_NL": "province", "pt_BR": "state", "id_ID": "state"}
LOCALES = sorted(set(NAME_LOCALES) | set(HOME_LOCALES) | set(TOWN_LOCALES) | set(REGION_METHODS))

TITLES_LAST = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Doctor", "Professor", "Father", "Rabbi", "Mx"]
TITLES_FIRST = ["Auntie", "Aunty", "Uncle", "Pastor", "Imam", "Nana", "Grandma"]
FILLERS = ["um", "uh", "erm", "er", "like", "you know", "I mean", "sort of", "kind of", "well"]
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ("January February March April May June July August September October November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
STYLES = {"cased": 0.3, "lower": 0.25, "bare": 0.3, "odd": 0.15}
UNSAFE_COUNTRIES = ("Georgia", "Jersey", "Guernsey", "Isle", "Island", "Saint", "Virgin", "Samoa", "Heard",
                    "Jordan", "Chad", "Niger", "Mayotte", "Reunion", "Martinique", "Guadeloupe", "Svalbard",
                    "Macao", "Hong Kong", "Gibraltar", "Pitcairn", "Antarctica", "Wallis", "Tokelau",
                    "Norfolk", "Christmas", "Cocos", "Bouvet", "Territory", "Holy See", "Lucia", "Helena")


def fold(s: str) -> str:
    """Latin letters without accents, as an English ASR writes them ("Dvořák" -> "Dvorak")."""
    s = s.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss",
                                   "đ": "d", "Đ": "D", "ə": "e", "Ə": "E", "þ": "th", "ð": "d", "’": "'"}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def cardinal(n: int, rng: random.Random) -> list[str]:
    if n < 20:
        return [ONES[n]]
    if n < 100:
        return [TENS[n // 10]] + ([ONES[n % 10]] if n % 10 else [])
    if n < 1000:
        h, r = divmod(n, 100)
        out = ["a" if h == 1 and rng.random() < 0.5 else ONES[h], "hundred"]
        return out + ((["and"] if rng.random() < 0.7 else []) + cardinal(r, rng) if r else [])
    th, r = divmod(n, 1000)
    out = cardinal(th, rng) + ["thousand"]
    return out + ((["and"] if r < 100 and rng.random() < 0.7 else []) + cardinal(r, rng) if r else [])


def ordinal(n: int, rng: random.Random) -> list[str]:
    if n in ORD:
        return [ORD[n]]
    if n < 20:
        return [ONES[n] + "th"]
    return [TENS[n // 10], ORD[n % 10]]


def year_words(y: int, rng: random.Random) -> list[str]:
    hi, lo = divmod(y, 100)
    if y < 2000 or (y >= 2010 and rng.random() < 0.6):
        tail = ["hundred"] if lo == 0 else (["oh", ONES[lo]] if lo < 10 else cardinal(lo, rng))
        return cardinal(hi, rng) + tail
    return ["two", "thousand"] + ((["and"] if rng.random() < 0.5 else []) + cardinal(lo, rng) if lo else [])


def spell(code: str, rng: random.Random, sep: str | None = None, pairs: float = 0.2) -> list[str]:
    """A code said aloud: digits one by one ("oh"/"zero", "double"/"triple" runs) or in pairs, letters as
    letters; separators dropped, or said as `sep`."""
    zero = rng.choice(["oh", "oh", "zero"])
    doubles = rng.random() < 0.5
    out: list[str] = []
    for g, group in enumerate(re.split(r"[\s\-./:]+", code.strip())):
        if g and sep:
            out.append(sep)
        if group.isdigit() and len(group) in (2, 4) and group[0] != "0" and rng.random() < pairs:
            for k in range(0, len(group), 2):
                two = int(group[k:k + 2])
                out += ["oh", ONES[two % 10]] if two < 10 else cardinal(two, rng)
            continue
        k = 0
        while k < len(group):
            ch = group[k]
            run = 1
            while k + run < len(group) and group[k + run] == ch and run < 3:
                run += 1
            word = zero if ch == "0" else ONES[int(ch)] if ch.isdigit() else ch.lower()
            if doubles and run >= 2 and ch.isdigit():
                out += ["double" if run == 2 else "triple", word]
                k += run
            else:
                out.append(word)
                k += 1
    return [w for w in out if w]


@dataclass
class Ent:
    words: list[str]
    type: str
    kind: str
    caps: str = "name"  # name (title case in cased text), code (as written), lower (always lower case)
    spoken: bool = False


@dataclass
class Tok:
    core: str
    span: int | None = None
    suf: str = ""
    ent: Ent | None = None
    filler: bool = False


# Faker 40.63's Italian town list is list(set(...)), so its order (and every town drawn from it) changed with
# Python's string hashing from one process to the next; sorted, the same seed gives the same records everywhere.
ItalianAddresses.cities = sorted(ItalianAddresses.cities)


@cache
def _faker(locale: str) -> Faker:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Faker(locale)


def pick(rng: random.Random, weights: dict) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


class Maker:
    """Fills one transcript's slots, drawing from Faker instances seeded for it."""

    def __init__(self, rng: random.Random, seed: int):
        self.rng = rng
        self.fk = {}
        for i, loc in enumerate(LOCALES):
            f = _faker(loc)
            f.seed_instance(seed * 1009 + i)
            self.fk[loc] = f
        self.home = pick(rng, HOME_LOCALES)
        self.spoken = rng.random() < 0.5
        self.keep_accents = rng.random() < 0.2
        self.people: list[tuple[str, str]] = []
        self.client = self.new_person()
        self.therapist = self.new_person() if rng.random() < 0.6 else None
        self.scheme: dict[str, str] = {}

    # ---- helpers ----
    def say(self) -> bool:
        """Spoken this time? The transcript's habit, broken one time in five."""
        return self.spoken != (self.rng.random() < 0.2)

    def latin(self, s: str) -> str:
        return s if self.keep_accents else fold(s)

    def new_person(self) -> tuple[str, str]:
        loc = pick(self.rng, NAME_LOCALES)
        f = self.fk[loc]
        if loc in ("zh_CN", "ja_JP"):
            first, last = f.first_romanized_name(), f.last_romanized_name()
        elif loc == "vi_VN":
            first = (f.first_name_male if self.rng.random() < 0.5 else f.first_name_female)()
            last = f.last_name()
        else:
            first, last = f.first_name(), f.last_name()
        last = re.sub(r"\s+(I{1,3}|IV|Jr\.?|Sr\.?|MBA|PhD|MD|DDS|DVM)$", "", last).strip()
        return first.strip(), last

    def person(self) -> tuple[str, str]:
        if self.people and self.rng.random() < 0.2:
            return self.rng.choice(self.people)
        p = self.new_person()
        self.people.append(p)
        return p

    def name(self, words: str) -> Ent:
        return Ent(self.latin(words).split(), "NAME", "name")

    def nick(self, first: str) -> str:
        first = fold(first).split()[0]
        if len(first) <= 4:
            return first
        stem = first[: self.rng.choice([3, 3, 4])]
        if stem[-1].lower() in "aeiou":
            stem = stem[:-1] or stem
        return stem + self.rng.choice(["", "", "y", "ie", "o", "s", "a", "z"])

    def town(self) -> str:
        loc = self.home if self.rng.random() < 0.45 and self.home in TOWN_LOCALES else pick(self.rng, TOWN_LOCALES)
        return self.latin(self.fk[loc].city())

    def region(self) -> str:
        loc = self.home if self.rng.random() < 0.5 and self.home in REGION_METHODS else self.rng.choice(
            list(REGION_METHODS))
        r = self.latin(getattr(self.fk[loc], REGION_METHODS[loc])())
        if loc in ("en_IE", "en_GB") and self.rng.random() < 0.4 and not r.startswith("County"):
            r = "County " + r
        return r.replace(" - ", "-")

    def facility(self, what: str | None = None) -> str:
        rng, town, last = self.rng, self.town(), fold(self.person()[1])
        saint = rng.choice(talk.SAINTS)
        kinds = {
            "hospital": [f"{town} General Hospital", f"{town} Royal Infirmary", f"St {saint}'s Hospital",
                         f"{last} Memorial Hospital", f"{town} University Hospital", f"{town} Community Hospital",
                         f"{last} Unit", f"{town} Medical Centre", f"{town} Health Centre", f"{last} Clinic",
                         f"{town} Mental Health Unit", f"{last} Ward", f"{town} Road Surgery",
                         f"{rng.choice(talk.TREES)} Ward", f"{town} Hospice", f"{last} House Surgery"],
            "school": [f"{town} Primary School", f"{last} Academy", f"St {saint}'s Catholic School",
                       f"{town} High School", f"{town} College", f"{last} Community College",
                       f"{town} Grammar School", f"{rng.choice(talk.TREES)} Primary", f"{last} Elementary",
                       f"St {saint}'s Primary"],
            "carehome": [f"{last} House", f"{last} Court care home", f"{rng.choice(talk.TREES)} Lodge",
                         f"{last} Manor", f"{rng.choice(talk.TREES)} House nursing home", f"{town} Care Centre"],
            "worship": [f"St {saint}'s Church", f"{town} Central Mosque", f"{town} Gurdwara",
                        f"{last} Road Chapel", f"{town} Synagogue", f"{town} Baptist Church",
                        f"{town} Mandir", f"Our Lady of {rng.choice(['Lourdes', 'Fatima', 'Sorrows', 'Mercy'])}"],
        }
        return rng.choice(kinds[what or rng.choice(["hospital", "hospital", "school", "carehome", "worship"])])

    def date(self, kind: str, parts: str, d: date) -> list:
        """A date's words: written or said, day-month-year, day-month or month-year; a leading 'the' outside."""
        rng, y, m, day = self.rng, d.year, d.month, d.day
        month = MONTHS[m - 1]
        pre: list[str] = []
        if not self.say():
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
            forms = {"dmy": [f"{day}/{m}/{y}", f"{day:02}/{m:02}/{y}", f"{day}.{m}.{y % 100:02}",
                             f"{y}-{m:02}-{day:02}",
                             f"{month} {day}{suffix}, {y}", f"{day}{suffix} {month} {y}", f"{day} {month} {y}",
                             f"{month} {day} {y}", f"{m}/{day}/{y}", f"{day}{suffix} of {month} {y}",
                             f"{day:02}-{m:02}-{y}", f"{month[:3]} {day} {y}"],
                     "dm": [f"{month} {day}{suffix}", f"{day}{suffix} of {month}", f"{day} {month}",
                            f"{month} {day}"],
                     "my": [f"{month} {y}", f"{month[:3]} {y}", f"{m}/{y}"]}[parts]
            words = rng.choice(forms).split()
            caps = "code"
        else:
            o, yw = ordinal(day, rng), year_words(y, rng)
            forms = {"dmy": [o + ["of", month] + yw, [month] + o + yw, [month, "the"] + o + yw,
                             cardinal(day, rng) + (["oh", ONES[m]] if m < 10 else cardinal(m, rng))
                             + cardinal(y % 100, rng) if y % 100 >= 10 else o + ["of", month] + yw],
                     "dm": [o + ["of", month], [month] + o, [month, "the"] + o],
                     "my": [[month] + yw]}[parts]
            words = rng.choice(forms)
            caps = "month"
        if words[0] in ORD.values() or words[0] in ONES or re.match(r"\d+(st|nd|rd|th)$", words[0]):
            if rng.random() < 0.4:
                pre = ["the"]
        return pre + [Ent(words, "DATE", kind, caps, spoken=caps == "month")]

    def code(self, value: str, type_: str, kind: str, sep: str | None = None) -> Ent:
        if self.say():
            return Ent(spell(value, self.rng, sep), type_, kind, "code", spoken=True)
        return Ent(value.split(), type_, kind, "code")

    # ---- slots ----
    def slot(self, name: str) -> list:
        rng = self.rng
        if name in ("FIRST", "FIRST2"):
            return [self.name(self.person()[0])]
        if name == "FULL":
            first, last = self.person()
            return [self.name(f"{first} {last}")]
        if name == "TITLED":
            first, last = self.person()
            if rng.random() < 0.8:
                return [self.name(f"{rng.choice(TITLES_LAST)} {last}")]
            return [self.name(f"{rng.choice(TITLES_FIRST)} {first}")]
        if name == "NICK":
            return [self.name(self.nick(self.person()[0]))]
        if name == "CLIENT":
            return [self.name(self.client[0])]
        if name == "CLIENT_NICK":
            return [self.name(self.nick(self.client[0]))]
        if name == "CLIENT_FULL":
            return [self.name(" ".join(self.client))]
        if name == "THERAPIST":
            if self.therapist is None:
                self.therapist = self.new_person()
            first, last = self.therapist
            return [self.name(first if rng.random() < 0.6 else f"{rng.choice(['Dr', 'Doctor'])} {last}")]
        if name in ("CITY", "CITY2"):
            return [Ent(self.town().split(), "PLACE", "geographic")]
        if name == "REGION":
            return [Ent(self.region().split(), "PLACE", "geographic")]
        if name in ("FACILITY", "FACILITY2", "SCHOOL", "CAREHOME", "WORSHIP"):
            what = {"SCHOOL": "school", "CAREHOME": "carehome", "WORSHIP": "worship"}.get(name, "hospital")
            return [Ent(self.latin(self.facility(what)).split(), "PLACE", "geographic")]
        if name in ("STREET", "STREET2"):
            return [self.street()]
        if name == "STREETNAME":
            return [Ent(self.latin(self.fk[self.home].street_name()).split(), "ADDRESS", "street address")]
        if name == "POSTCODE":
            return [self.postcode()]
        if name == "DATE":
            d = self.fk[self.home].date_between(date(2008, 1, 1), date(2027, 6, 30))
            return self.date("date", rng.choice(["dmy", "dmy", "dm"]), d)
        if name == "MONTHYEAR":
            return self.date("date", "my", self.fk[self.home].date_between(date(1995, 1, 1), date(2026, 12, 1)))
        if name == "DOB":
            return self.date("date of birth", "dmy", self.fk[self.home].date_of_birth(minimum_age=16, maximum_age=96))
        if name == "BIRTHDAY":
            return self.date("date of birth", "dm", self.fk[self.home].date_of_birth(minimum_age=5, maximum_age=90))
        if name == "AGE90":
            n = rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
            if self.say() or rng.random() < 0.5:
                return [Ent(cardinal(n, rng), "AGE", "age over 89", "lower", spoken=True)]
            return [Ent([str(n)], "AGE", "age over 89", "code")]
        if name in ("PHONE", "PHONE2", "FAX"):
            return [self.phone("fax" if name == "FAX" else "phone")]
        if name == "EMAIL":
            return [self.email()]
        if name == "URL":
            return [self.url()]
        if name == "HANDLE":
            return self.handle()
        if name == "IP":
            f = self.fk[self.home]
            ip = rng.choice([f.ipv4_public, f.ipv4_public, f.ipv4_private])()
            if self.say():
                words: list[str] = []
                for g, part in enumerate(ip.split(".")):
                    words += (["dot"] if g else []) + (cardinal(int(part), rng) if rng.random() < 0.5
                                                        else spell(part, rng))
                return [Ent(words, "ID", "IP address", "code", spoken=True)]
            return [Ent([ip], "ID", "IP address", "code")]
        if name in ("SSN", "MRN", "HEALTH", "ACCOUNT", "SORTCODE", "CARD", "IBAN", "LICENCE", "PASSPORT", "PIN",
                    "PLATE", "VIN", "SERIAL", "IMEI", "MAC"):
            return [self.ident(name)]
        return self.negative(name)

    def street(self) -> Ent:
        f, rng = self.fk[self.home], self.rng
        s = self.latin(re.sub(r"\s*\n\s*", ", " if rng.random() < 0.5 else " ", f.street_address()))
        if s.startswith("PO Box"):
            s = f"{f.building_number()} {f.street_name()}"
        if self.say():
            s = re.sub(r"\bApt\.", "apartment", s)
            s = re.sub(r"\bSt\.", "Street", s)
            s = re.sub(r"\bSte\.", "Suite", s)
            words = []
            for w in s.replace(",", "").replace("/", " ").split():
                if w.isdigit():
                    n = int(w)
                    words += cardinal(n, rng) if n < 1000 and (n < 100 or rng.random() < 0.5) else spell(w, rng)
                else:
                    words.append(w)
            return Ent(words, "ADDRESS", "street address", "name", spoken=True)
        if rng.random() < 0.3:
            s = s.replace(".", "")
        return Ent(s.split(), "ADDRESS", "street address")

    def postcode(self) -> Ent:
        f, rng = self.fk[self.home], self.rng
        if self.home == "en_US" and rng.random() < 0.3:
            pc = f.zipcode_plus4()
        else:
            pc = f.postcode()
        if self.say():
            return Ent(spell(pc, rng, pairs=0.4), "ADDRESS", "postcode/zip", "code", spoken=True)
        return Ent(pc.split(), "ADDRESS", "postcode/zip", "code")

    def phone(self, kind: str) -> Ent:
        f, rng = self.fk[self.home], self.rng
        p = re.sub(r"\s*(x|ext\.?)\s*\d+$", "", f.phone_number())
        p = re.sub(r"^001-", "", p)
        if self.say():
            plus = []
            if p.startswith("+"):
                cc = re.split(r"[\s\-.(]", p[1:])[0]
                p = p[1 + len(cc):]
                plus = ["plus"] + spell(cc, rng)
            return Ent(plus + spell(re.sub(r"[()]", " ", p), rng, pairs=0.1), "PHONE", kind, "code", spoken=True)
        p = re.sub(r"[()]", " ", p).replace(".", " " if rng.random() < 0.5 else "-")
        return Ent(p.split(), "PHONE", kind, "code")

    def email(self) -> Ent:
        rng, f = self.rng, self.fk[pick(self.rng, NAME_LOCALES)]
        first, last = (re.sub(r"[^a-z]", "", fold(x).lower()) or "jo" for x in self.person())
        local = rng.choice([f.user_name(), f"{first}.{last}", f"{first}_{last}", f"{first}{last}{rng.randint(1, 99)}",
                            f"{first[0]}{last}", f"{last}.{first}{rng.randint(70, 99)}", f"{first}-{last}",
                            f"{first}{rng.randint(1980, 2009)}"])
        domain = rng.choice([f.free_email_domain(), f.free_email_domain(), f.domain_name()])
        local = fold(local).lower()
        if not self.say():
            return Ent([f"{local}@{domain}"], "EMAIL", "e-mail", "lower")
        words = self.say_web(local, letters=rng.random() < 0.12) + ["at"]
        words += self.say_web(domain) if rng.random() < 0.8 else [domain]
        return Ent(words, "EMAIL", "e-mail", "lower", spoken=True)

    def say_web(self, s: str, letters: bool = False) -> list[str]:
        out: list[str] = []
        for part in re.split(r"([._\-/@])", s):
            if part in (".", "_", "-", "/", "@"):
                out.append({".": "dot", "_": "underscore", "-": self.rng.choice(["dash", "hyphen"]), "/": "slash",
                            "@": "at"}[part])
            elif part.isdigit():
                out += cardinal(int(part), self.rng) if len(part) <= 2 else spell(part, self.rng)
            elif part:
                m = re.match(r"([a-z]+)(\d+)$", part)
                if m:
                    out += [m.group(1)] + (cardinal(int(m.group(2)), self.rng) if len(m.group(2)) <= 2
                                           else spell(m.group(2), self.rng))
                else:
                    out += list(part) if letters else [part]
        return out

    def url(self) -> Ent:
        rng = self.rng
        f = self.fk[pick(rng, NAME_LOCALES)]
        user = fold(f.user_name()).lower()
        site = rng.choice([
            f.url().split("://")[1].rstrip("/"), f"{f.domain_name()}/{f.slug()}", f"www.{f.domain_name()}",
            f"instagram.com/{user}", f"facebook.com/{user}", f"linktr.ee/{user}", f"gofundme.com/f/{f.slug()}",
            f"{user}.substack.com", f"youtube.com/@{user}", f"tiktok.com/@{user}", f"{f.domain_name()}"])
        site = fold(site).lower()
        if rng.random() < 0.15 and not self.spoken:
            site = "https://" + site
        if self.say():
            words = self.say_web(site.replace("https://", ""))
            if words[:2] == ["www", "dot"] and rng.random() < 0.7:
                words = ["w", "w", "w"] + words[1:]
            return Ent(words, "URL", "web address", "lower", spoken=True)
        return Ent([site], "URL", "web address", "lower")

    def handle(self) -> list:
        f = self.fk[pick(self.rng, NAME_LOCALES)]
        user = fold(f.user_name()).lower()
        if self.say():
            return ["at", Ent(self.say_web(user), "URL", "web address", "lower", spoken=True)]
        return [Ent(["@" + user], "URL", "web address", "lower")]

    def ident(self, what: str) -> Ent:
        rng, f = self.rng, self.fk[self.home]
        b = f.bothify
        if what == "SSN":
            scheme = self.scheme.get("ssn", rng.choice(["us", "ni", "pps", "sin", "other"]))
            value = {"us": lambda: self.fk["en_US"].ssn(), "sin": lambda: self.fk["en_CA"].ssn(),
                     "ni": lambda: b("?? ## ## ## ?").upper() if rng.random() < 0.5 else b("??######?").upper(),
                     "pps": lambda: b("#######?").upper() + ("W" if rng.random() < 0.2 else ""),
                     "tfn": lambda: b("### ### ###"),
                     "other": lambda: self.fk[rng.choice(["pl_PL", "sv_SE", "it_IT", "fr_FR", "nl_NL", "pt_BR",
                                                          "tr_TR"])].ssn()}[scheme]()
            return self.code(value, "ID", "social security number")
        if what == "MRN":
            return self.code(b(rng.choice(["??######", "#######", "?#######", "MRN######", "######?", "###-###-###",
                                           "RX#######", "##?####"])).upper(), "ID", "medical record number")
        if what == "HEALTH":
            scheme = self.scheme.get("health", "any")
            pattern = {"nhs": "### ### ####", "medicare": "#### ##### #", "chi": "##########",
                       "card": "####-###-###-??", "ihi": "8003 #### #### ####"}.get(scheme) or rng.choice(
                ["???#########", "??#######?", "###-##-####-?", "#########?", "??? ### ####", "W#########",
                 "### ### ####", "#### ##### #"])
            return self.code(b(pattern).upper(), "ID", "health plan number")
        if what == "ACCOUNT":
            pattern = rng.choice(["########", "##########", "CLM-#######", "??########", "???-#####", "#### ####",
                                  "##-####-####", "########-##"])
            return self.code(b(pattern).upper(), "ID", "account number")
        if what == "SORTCODE":
            return self.code(b("##-##-##"), "ID", "account number")
        if what == "CARD":
            digits = re.sub(r"\D", "", f.credit_card_number())
            return self.code(" ".join(digits[k:k + 4] for k in range(0, len(digits), 4)), "ID", "account number")
        if what == "IBAN":
            iban = f.iban()
            return self.code(" ".join(iban[k:k + 4] for k in range(0, len(iban), 4)), "ID", "account number")
        if what == "LICENCE":
            last = re.sub(r"[^A-Z]", "", fold(self.person()[1]).upper())[:5].ljust(5, "9")
            value = rng.choice([f"{last}{b('######')}{b('??#??').upper()}", b("?###-####-####").upper(),
                                b("### ### ###"), b("TX#####"), b("?#######").upper(), b("##-####-##")])
            return self.code(value, "ID", "certificate/licence number")
        if what == "PASSPORT":
            return self.code(self.fk[pick(rng, NAME_LOCALES)].passport_number(), "ID", "certificate/licence number")
        if what == "PIN":
            return self.code(b(rng.choice(["##?####?", "#######", "??######", "####-####"])).upper(), "ID",
                             "certificate/licence number")
        if what == "PLATE":
            loc = rng.choice(["en_GB", "en_GB", "en_US", "en_AU", "en_CA", "en_NZ", "de_DE", "nl_NL", "pl_PL",
                              "fr_FR", self.home])
            plate = self.fk[loc].license_plate() if rng.random() < 0.85 else b("###-?-#####").upper()
            return self.code(plate, "ID", "vehicle identifier")
        if what == "VIN":
            return self.code(f.vin(), "ID", "vehicle identifier")
        if what == "SERIAL":
            return self.code(b(rng.choice(["SN?##########", "??#?-####-??", "##########", "?#?#####",
                                           "???-######", "#?##?####"])).upper(), "ID", "device identifier")
        if what == "IMEI":
            return self.code(b("###############"), "ID", "device identifier")
        return self.code(f.mac_address(), "ID", "device identifier")  # MAC

    # ---- unlabelled slots ----
    def negative(self, name: str) -> list[str]:
        rng, f = self.rng, self.fk["en_US"]
        say = self.say()

        def num(n: int) -> list[str]:
            return cardinal(n, rng) if say else [str(n)]

        if name == "ssn_cue":
            cue = rng.choice(talk.SSN_CUES)
            self.scheme["ssn"] = {"social security number": "us", "social": "us", "SSN": "us",
                                  "national insurance number": "ni", "NI number": "ni", "PPS number": "pps",
                                  "social insurance number": "sin", "SIN": "sin", "tax file number": "tfn"}.get(cue,
                                                                                                               "other")
            return cue.split()
        if name == "health_cue":
            cue = rng.choice(talk.HEALTH_CUES)
            self.scheme["health"] = {"NHS number": "nhs", "Medicare number": "medicare", "CHI number": "chi",
                                     "health card number": "card", "IHI number": "ihi"}.get(cue, "any")
            return cue.split()
        lists = {"mrn_cue": talk.MRN_CUES, "account_cue": talk.ACCOUNT_CUES, "licence_cue": talk.LICENCE_CUES,
                 "pin_cue": talk.PIN_CUES, "device": talk.DEVICES, "drug": talk.DRUGS, "brand": talk.BRANDS,
                 "condition": talk.CONDITIONS, "holiday": talk.HOLIDAYS, "season": talk.SEASONS,
                 "nationality": talk.NATIONALITIES, "postcode_word": talk.POSTCODE_WORDS,
                 "weekday": WEEKDAYS, "month": MONTHS}
        if name in lists:
            return rng.choice(lists[name]).split()
        if name == "country":
            for _ in range(20):
                c = f.country()
                if not any(u in c for u in UNSAFE_COUNTRIES) and len(c.split()) <= 3:
                    return c.split()
            return ["Canada"]
        if name == "job":
            return re.split(r"[,/(]", fold(f.job()).lower())[0].split()
        if name in ("dose", "dose2"):
            n = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 300])
            unit = rng.choice(talk.DOSE_UNITS)
            return (cardinal(n, rng) + [unit]) if say else ([f"{n}{unit}"] if unit == "mg" else [str(n), unit])
        if name == "time":
            h, m = rng.randint(1, 12), rng.choice([0, 15, 30, 45, 10, 20])
            if say:
                return {0: [ONES[h], "o'clock"], 15: ["quarter", "past", ONES[h]], 30: ["half", "past", ONES[h]],
                        45: ["quarter", "to", ONES[h % 12 + 1]]}.get(m, [ONES[h]] + cardinal(m, rng))
            return [f"{h}:{m:02}" + rng.choice(["", "", "am", "pm"])]
        if name == "duration":
            n = rng.randint(2, 11)
            return num(n) + [rng.choice(["hours", "days", "weeks", "months"])]
        if name == "money":
            n = rng.choice([20, 45, 80, 120, 250, 400, 650, 900, 1200, 2000, 3500])
            return (cardinal(n, rng) + [rng.choice(["pounds", "quid", "dollars", "euros"])]) if say else [
                rng.choice(["£", "$", "€"]) + f"{n:,}"]
        if name in ("smallnum", "smallnum2"):
            return num(rng.randint(2, 12))
        if name == "teen":
            return num(rng.randint(5, 19))
        if name == "twenty":
            return num(rng.randint(15, 27))
        if name == "age":
            return num(rng.randint(18, 88))
        if name == "percent":
            return num(rng.choice([10, 20, 30, 40, 50, 60, 70, 80]))
        if name in ("bus", "bus2"):
            return num(rng.randint(3, 199))
        if name == "big":
            return num(rng.choice([2000, 4500, 6000, 8000, 10000, 12000, 26000]))
        if name == "big2":
            return num(rng.randint(3, 40))
        if name == "year":
            y = rng.randint(1978, 2025)
            return year_words(y, rng) if say else [str(y)]
        if name == "decade":
            d = rng.choice([70, 80, 90])
            return [f"{TENS[d // 10][:-1]}ies"] if say else [f"{d}s" if rng.random() < 0.5 else f"19{d}s"]
        raise KeyError(f"unknown slot {name}")


# ---- templates -> tokens ----------------------------------------------------------------------------------------

CHOICE = re.compile(r"\[([^\]]+)\]")
SLOT = re.compile(r"\{(\w+)\}")
GROUPS = [(talk.NAMES, 22), (talk.SELF, 7), (talk.PLACES, 18), (talk.ADDRESSES, 10), (talk.DATES, 7),
          (talk.AGES, 2), (talk.CONTACT, 8), (talk.IDS, 8), (talk.FORMS, 4), (talk.NEGATIVES, 24),
          (talk.NEUTRAL, 10)]


def add_literal(toks: list[Tok], text: str) -> None:
    if text and not text[0].isspace() and toks:
        head = re.match(r"\S+", text).group()
        if toks[-1].ent is not None:
            toks[-1].suf += head
        else:
            toks[-1].core += head
        text = text[len(head):]
    toks += [Tok(w) for w in text.split()]


def fill(template: str, mk: Maker, spans: list[Ent]) -> list[tuple[str, list[Tok]]]:
    turns = []
    for part in template.split(" | "):
        speaker = "client"
        if part.startswith(("T: ", "C: ")):
            speaker, part = ("therapist" if part[0] == "T" else "client"), part[3:]
        part = CHOICE.sub(lambda m: mk.rng.choice(m.group(1).split("|")), part)
        toks: list[Tok] = []
        pos = 0
        for m in SLOT.finditer(part):
            add_literal(toks, part[pos:m.start()])
            for item in mk.slot(m.group(1)):
                if isinstance(item, Ent):
                    spans.append(item)
                    toks += [Tok(w, len(spans) - 1, ent=item) for w in item.words]
                else:
                    toks.append(Tok(item))
            pos = m.end()
        add_literal(toks, part[pos:])
        turns.append((speaker, toks))
    return turns


def style_tokens(toks: list[Tok], style: str, rng: random.Random, up: dict[int, bool]) -> None:
    """Casing and punctuation as an ASR style writes them, in place; `up[span]`: is that name capitalised."""
    for t in toks:
        e = t.ent
        if style == "cased":
            if e is not None:
                if e.caps == "name" and not up[t.span]:
                    t.core = t.core.lower()
                elif e.caps == "month" and t.core.capitalize() in MONTHS:
                    t.core = t.core.capitalize()
                elif e.caps == "code" and e.spoken and rng.random() < 0.2 and len(t.core) == 1:
                    t.core = t.core.upper()
            continue
        t.core, t.suf = t.core.lower(), t.suf.lower()
        if style == "bare":
            if e is None:
                t.core = re.sub(r"^[\"(]+|[.,?!;:\")]+$", "", t.core) or t.core
            else:
                t.core = t.core.rstrip(".,;" if e.caps in ("name", "month") else ",;") or t.core
            t.suf = re.sub(r"[.,?!;:]", "", t.suf)
        if style == "odd":
            if e is None and re.fullmatch(r"i('m|'ve|'ll|'d)?[.,?!]?", t.core):
                t.core = "I" + t.core[1:]
            elif e is not None and e.caps == "name" and up[t.span]:
                t.core = t.core[:1].upper() + t.core[1:]
            elif rng.random() < 0.03:
                t.core = t.core[:1].upper() + t.core[1:]


def disfluent(toks: list[Tok], style: str, rng: random.Random, spans: list[Ent], marked: set) -> list[Tok]:
    """Fillers and repeated short words between words; a filler inside a spoken number stays in its span."""
    p = 0.03 if style == "cased" else 0.05
    out: list[Tok] = []
    for t in toks:
        prev = out[-1] if out else None
        inside = prev is not None and prev.span is not None and prev.span == t.span
        if inside and spans[t.span].spoken and spans[t.span].caps == "code" and t.span not in marked \
                and rng.random() < 0.12:
            marked.add(t.span)
            out += [Tok(w, t.span, filler=True) for w in rng.choice(["um", "uh", "erm"]).split()]
        elif not inside and prev is not None and rng.random() < p:
            filler = rng.choice(FILLERS)
            out += [Tok(w, filler=True) for w in (filler if style in ("cased", "odd") else filler.lower()).split()]
        if t.ent is None and len(t.core) <= 4 and t.core.isalpha() and rng.random() < 0.015:
            out.append(Tok(t.core))
        out.append(t)
    return out


def transcript(i: int, rng: random.Random, seed: int, prefix: str = "faker") -> dict:
    mk = Maker(rng, seed)
    style = pick(rng, STYLES)
    spans: list[Ent] = []
    blocks: list[tuple[str, list[Tok]]] = []
    lists, weights = zip(*GROUPS)
    n_blocks = rng.randint(6, 11)
    chosen = [rng.choices(lists, weights)[0] for _ in range(n_blocks)]
    chosen += [talk.NEGATIVES] * rng.randint(1, 2)
    rng.shuffle(chosen)
    for group in chosen:
        blocks += fill(rng.choice(group), mk, spans)
    turns: list[tuple[str, list[Tok]]] = []
    for speaker, toks in blocks:  # one speaker's sentences in a row are one turn
        if turns and turns[-1][0] == speaker:
            turns[-1][1].extend(toks)
        else:
            turns.append((speaker, toks))
    marked: set[int] = set()
    up = {k: rng.random() < (0.9 if style == "cased" else 0.5 if style == "odd" else 0.0) for k in range(len(spans))}
    segments_toks: list[tuple[str, list[Tok]]] = []
    for speaker, toks in turns:
        style_tokens(toks, style, rng, up)
        toks = disfluent(toks, style, rng, spans, marked)
        k = 0
        while k < len(toks):
            size = rng.randint(7, 22)
            if len(toks) - (k + size) < 4:
                size = len(toks) - k
            seg = toks[k:k + size]
            k += size
            if style == "cased" and seg[0].core[:1].isalpha() and rng.random() < 0.7:
                seg[0].core = seg[0].core[:1].upper() + seg[0].core[1:]
            after = toks[k] if k < len(toks) else None
            if style in ("cased", "lower") and not re.search(r"[.,?!]$", seg[-1].core + seg[-1].suf) \
                    and (after is None or after.span is None or after.span != seg[-1].span) \
                    and rng.random() < (0.25 if style == "cased" else 0.1):
                seg[-1].suf += "."
            segments_toks.append((speaker, seg))
    # the text, every span's characters, and word times
    text_parts: list[str] = []
    pos = 0
    bounds: dict[int, list[int]] = {}
    segments = []
    clock = round(rng.uniform(0.5, 4.0), 2)
    last_speaker = None
    for speaker, seg in segments_toks:
        clock += rng.uniform(0.3, 2.0) if speaker != last_speaker else rng.uniform(0.05, 0.6)
        last_speaker = speaker
        words = []
        for t in seg:
            word = t.core + t.suf
            if t.span is not None:
                b = bounds.setdefault(t.span, [pos, pos + len(t.core)])
                b[1] = pos + len(t.core)
            text_parts.append(word)
            pos += len(word) + 1
            start = clock
            clock += 0.1 + 0.055 * len(t.core) * rng.uniform(0.7, 1.3)
            words.append({"word": word, "start": round(start, 2), "end": round(clock, 2)})
            clock += rng.uniform(0.02, 0.12) + (rng.uniform(0.15, 0.5) if re.search(r"[.,?!]$", word) else 0)
        segments.append({"speaker": speaker, "start": words[0]["start"], "end": words[-1]["end"],
                         "text": " ".join(w["word"] for w in words), "words": words})
    text = " ".join(text_parts)
    gold = []
    for k, (a, b) in sorted(bounds.items(), key=lambda kv: kv[1][0]):
        e = spans[k]
        g = {"start": a, "end": b, "type": e.type, "kind": e.kind, "text": text[a:b]}
        if k in marked:
            g["disfluent"] = True
        gold.append(g)
    participants = [" ".join(mk.client)] + ([" ".join(mk.therapist)] if mk.therapist else [])
    return {"id": f"{prefix}-{i:04d}", "style": style, "participants": participants, "text": text, "spans": gold,
            "segments": segments}


def build(seed: int = SEED, n: int = N, prefix: str = "faker") -> list[dict]:
    """n transcripts; the same seed gives the same records."""
    rng = random.Random(seed)
    return [transcript(i + 1, rng, seed * 100003 + i, prefix) for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--n", type=int, default=N)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    records = build(args.seed, args.n)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    n_spans = sum(len(r["spans"]) for r in records)
    n_words = sum(len(r["text"].split()) for r in records)
    print(f"wrote {args.out}: {len(records)} transcripts, {n_words} words, {n_spans} spans")


if __name__ == "__main__":
    main()
