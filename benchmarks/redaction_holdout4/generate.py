"""Generate, check and count the fourth blind redaction hold-out set (`holdout4.jsonl`).

    python -m benchmarks.redaction_holdout4.generate            # write holdout4.jsonl
    python -m benchmarks.redaction_holdout4.generate --check    # regenerate in memory, assert identity and spans
    python -m benchmarks.redaction_holdout4.generate --stats    # counts per type, kind, style, setting

One `random.Random(SEED)` drives everything (casts, scripts, fills, ASR style, disfluencies, segmentation and word
times), so the file is reproducible byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.redaction_holdout4 import lists as L
from benchmarks.redaction_holdout4 import scripts as S

SEED = 604_913
N_RECORDS = 200
OUT = Path(__file__).with_name("holdout4.jsonl")

SETTING_COUNTS = {"individual": 56, "couples": 28, "family": 30, "group": 26, "intake": 32, "telehealth": 28}
STYLE_COUNTS = {"cased": 54, "lower": 46, "bare": 60, "odd": 40}
LOCALE_COUNTS = {"UK": 84, "US": 60, "IE": 34, "CA": 22}
MIN_WORDS, MAX_WORDS = 250, 400
SESSION_YEAR = 2025     # ages said alongside a date of birth agree with it
MIN_SEG, MAX_SEG = 7, 22
P_SPLIT = 0.40          # chance a multi-word span is asked to straddle a segment boundary (some asks are infeasible)
P_FILLER = 0.025        # chance of a filler between two words
P_REPEAT = 0.04         # chance a short function word is said twice ("my my")
P_SPAN_UM = 0.18        # chance a long spoken number gets an "um" inside it

Label = tuple[str, str]
Piece = tuple[str, "Label | None"]

NAME: Label = ("NAME", "name")
PLACE: Label = ("PLACE", "geographic")
STREET: Label = ("ADDRESS", "street address")
POSTCODE: Label = ("ADDRESS", "postcode/zip")
DATE: Label = ("DATE", "date")
DOB: Label = ("DATE", "date of birth")
PHONE: Label = ("PHONE", "phone")
FAX: Label = ("PHONE", "fax")
EMAIL: Label = ("EMAIL", "e-mail")
URL: Label = ("URL", "web address")
IP: Label = ("ID", "IP address")
MRN: Label = ("ID", "medical record number")
HPN: Label = ("ID", "health plan number")
SSN: Label = ("ID", "social security number")
ACCOUNT: Label = ("ID", "account number")
LICENCE: Label = ("ID", "certificate/licence number")
VEHICLE: Label = ("ID", "vehicle identifier")
DEVICE: Label = ("ID", "device identifier")
AGE: Label = ("AGE", "age over 89")
LABELS = [NAME, PLACE, STREET, POSTCODE, DATE, DOB, PHONE, FAX, EMAIL, URL, IP, MRN, HPN, SSN, ACCOUNT, LICENCE,
          VEHICLE, DEVICE, AGE]
PROPER = {NAME, PLACE, STREET}                # labels whose casing the ASR style plays with
SPOKEN_NUMERIC = {"PHONE", "ID", "ADDRESS", "DATE"}  # labels that may carry an "um" inside

PUNCT = ".,?!;:\"“”…()"
SPLIT_PUNCT = ".,;:!?'\"()[]-–—…"             # characters a span may not start or end with
SUFFIX_RE = re.compile(r"(?:'s|')?[.,?!;:]*")

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_SPECIAL = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
LETTERS_NO_IOQ = "ABCDEFGHJKLMNPRSTUVWXYZ"

# locale words: the template says the UK word, other locales may say their own
LEXICON: dict[str, dict[str, str]] = {
    "mum": {"US": "mom", "CA": "mom", "IE": "mam"}, "Mum": {"US": "Mom", "CA": "Mom", "IE": "Mam"},
    "solicitor": {"US": "lawyer", "CA": "lawyer"}, "flat": {"US": "apartment", "CA": "apartment"},
    "postcode": {"US": "zip code", "CA": "postal code", "IE": "Eircode"}, "mobile": {"US": "cell", "CA": "cell"},
    "GP": {"US": "primary care doctor", "CA": "family doctor"}, "surgery": {"US": "doctor's office",
                                                                           "CA": "clinic"},
    "A&E": {"US": "the ER", "CA": "emergency", "IE": "A&E"}, "council": {"US": "city", "CA": "city"},
    "holiday": {"US": "vacation", "CA": "vacation"}, "uni": {"US": "college", "CA": "university"},
    "quid": {"US": "bucks", "CA": "bucks", "IE": "euro"}, "licence": {"US": "license", "CA": "license"},
    "benefits office": {"US": "disability office", "CA": "benefits office"},
    "nine nine nine": {"US": "nine one one", "CA": "nine one one"}, "A and E": {"US": "the ER", "CA": "the ER"},
    "the DVLA": {"US": "the DMV", "CA": "the licensing office", "IE": "the NDLS"},
}


# --- small text helpers -----------------------------------------------------------------------------------------

def cardinal(n: int, uk: bool = True, hyphen: bool = False) -> str:
    """An integer below a million in words ("one hundred and two")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (("-" if hyphen else " ") + ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return ONES[hundreds] + " hundred" + ((" and " if uk else " ") + cardinal(rest, uk, hyphen) if rest else "")
    thousands, rest = divmod(n, 1000)
    tail = ""
    if rest:
        tail = (" and " if uk and rest < 100 else " ") + cardinal(rest, uk, hyphen)
    return cardinal(thousands, uk) + " thousand" + tail


def ordinal(n: int) -> str:
    """1..31 as a spoken ordinal ("twenty first")."""
    if n in ORD_SPECIAL:
        return ORD_SPECIAL[n]
    if n < 20:
        return ONES[n] + "th"
    tens, ones = divmod(n, 10)
    if not ones:
        return TENS[tens][:-1] + "ieth"
    return TENS[tens] + " " + ordinal(ones)


def suffix_of(n: int) -> str:
    """The written ordinal suffix of a day number ("st", "nd", "rd", "th")."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(year: int, rng: random.Random, uk: bool) -> str:
    """A year as said aloud ("nineteen eighty eight", "two thousand and four", "twenty nineteen")."""
    if 2000 <= year <= 2009:
        rest = year - 2000
        if not rest:
            return "two thousand"
        return "two thousand " + ("and " if uk and rng.random() < 0.6 else "") + ONES[rest]
    high, low = divmod(year, 100)
    if year >= 2010 and rng.random() < 0.2:
        return "two thousand " + ("and " if uk else "") + cardinal(low)
    head = cardinal(high)
    if low == 0:
        return head + " hundred"
    if low < 10:
        return head + " oh " + ONES[low]
    return head + " " + cardinal(low)


def say_digits(digits: str, rng: random.Random, zero: str, doubles: bool) -> list[str]:
    """Digits read one by one, with "oh"/"zero" and, where said so, "double"/"triple"."""
    out: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        word = zero if d == "0" else ONES[int(d)]
        if doubles and run == 3 and rng.random() < 0.5:
            out.append("triple " + word)
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.75:
            out.append("double " + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return out


def say_pairs(digits: str, zero: str) -> list[str]:
    """Digits read in pairs ("twenty two ninety"), a leading odd digit alone."""
    out: list[str] = []
    if len(digits) % 2:
        out.append(zero if digits[0] == "0" else ONES[int(digits[0])])
        digits = digits[1:]
    for i in range(0, len(digits), 2):
        pair = digits[i:i + 2]
        if pair == "00":
            out.append("hundred" if out else zero + " " + zero)
        elif pair[0] == "0":
            out.append(zero + " " + ONES[int(pair[1])])
        else:
            out.append(cardinal(int(pair)))
    return out


def asciify(word: str) -> str:
    """A name made safe for an e-mail or web address: lower case letters only."""
    table = str.maketrans("áéíóúàèìòùâêîôûäëïöüçñłśżź", "aeiouaeiouaeiouaeioucnlszz")
    return re.sub(r"[^a-z]", "", word.lower().translate(table))


# --- the cast -----------------------------------------------------------------------------------------------------

@dataclass
class Person:
    """Someone in or mentioned in a session; `first` and `last` are canonical spellings."""

    first: str
    last: str
    gender: str
    doctor: bool = False

    @property
    def canonical(self) -> str:
        """The consented name as the participants list carries it."""
        return f"{self.first} {self.last}"


@dataclass
class Tok:
    """One word: `core` is the part inside its span (or the whole word), `suffix` what trails outside it."""

    core: str
    suffix: str = ""
    span: int | None = None

    @property
    def word(self) -> str:
        """The word as written."""
        return self.core + self.suffix


class Session:
    """Renders one transcript: fills script slots, applies the ASR style and keeps the gold spans."""

    def __init__(self, rng: random.Random, setting: str, style: str, numbers: str, locale: str) -> None:
        self.rng, self.setting, self.style, self.numbers, self.locale = rng, setting, style, numbers, locale
        self.uk = locale in ("UK", "IE")
        self.spans: list[dict] = []
        self.cache: dict[str, object] = {}
        self.negatives = 0
        self.negative_blocks = 0
        self.people: dict[str, Person] = {}
        self.cast()

    # ---- cast and names -----------------------------------------------------------------------------------------

    def new_person(self, gender: str | None = None, word_name: float = 0.2, word_surname: float = 0.15) -> Person:
        """A random person; first names are ordinary words `word_name` of the time."""
        rng = self.rng
        gender = gender or rng.choice("FM")
        if rng.random() < word_name:
            first = rng.choice(L.FEMALE_WORD_NAMES if gender == "F" else L.MALE_WORD_NAMES)
        else:
            first = rng.choice(L.FEMALE_FIRST if gender == "F" else L.MALE_FIRST)
        last = rng.choice(L.WORD_SURNAMES if rng.random() < word_surname else L.SURNAMES)
        return Person(first, last, gender)

    def cast(self) -> None:
        """The client, therapist and, by setting, partner, children or group members."""
        rng = self.rng
        client = self.new_person(word_name=0.12)
        therapist = self.new_person(word_name=0.08)
        while therapist.last == client.last:
            therapist.last = rng.choice(L.SURNAMES)
        therapist.doctor = rng.random() < 0.5
        self.people = {"C": client, "T": therapist}
        others = {"couples": 1, "family": 2, "group": 3}.get(self.setting, 0)
        for i in range(others):
            person = self.new_person(word_name=0.15)
            if self.setting == "family":
                person.last = client.last if i == 0 or rng.random() < 0.7 else person.last
            self.people[("O", "O2", "O3")[i]] = person

    def participants(self) -> list[str]:
        """Consented names: the client, the therapist in about 60%, partner/family/group members."""
        names = [self.people["C"].canonical]
        for key in ("O", "O2", "O3"):
            person = self.people.get(key)
            if person and person.canonical not in names:
                names.append(person.canonical)
        if self.rng.random() < 0.6:
            names.append(self.people["T"].canonical)
        return names

    def short_name(self, p: Person) -> str:
        """How a speaker usually says a name: first name, nickname, the ASR's spelling, now and then in full."""
        rng = self.rng
        r = rng.random()
        if p.first in L.ASR_SPELLINGS and r < 0.4:
            return rng.choice(L.ASR_SPELLINGS[p.first])
        if p.first in L.NICKNAMES and r < 0.6:
            return rng.choice(L.NICKNAMES[p.first])
        if r > 0.93:
            return p.canonical
        return p.first

    def title_of(self, p: Person) -> str:
        """Mr/Ms/Mrs/Miss by gender."""
        if p.gender == "M":
            return "Mr"
        return self.rng.choice(L.SURNAME_TITLES_F)

    def spelled(self, word: str) -> str:
        """A name spelled out letter by letter ("D O Y L E", "d-o-y-l-e", "O apostrophe B R I E N")."""
        rng = self.rng
        letters = ["apostrophe" if ch == "'" else ch for ch in word if ch.isalpha() or ch == "'"]
        upper = rng.random() < 0.6
        letters = [x if x == "apostrophe" else (x.upper() if upper else x.lower()) for x in letters]
        if "apostrophe" not in letters and rng.random() < 0.25:
            return "-".join(letters)
        return " ".join(letters)

    def participant_form(self, key: str, form: str) -> str:
        """A participant's name in the form a slot asks for."""
        p = self.people[key]
        rng = self.rng
        if form == "first":
            return p.first
        if form == "nick":
            return rng.choice(L.NICKNAMES[p.first]) if p.first in L.NICKNAMES else p.first
        if form == "full":
            first = rng.choice(L.NICKNAMES[p.first]) if p.first in L.NICKNAMES and rng.random() < 0.15 else p.first
            return f"{first} {p.last}"
        if form == "sur":
            return p.last
        if form == "title":
            return ("Dr" if p.doctor else self.title_of(p)) + " " + p.last
        if form == "spell":
            return self.spelled(p.last)
        if key == "T":
            r = rng.random()
            if p.doctor and r < 0.45:
                return ("Dr" if rng.random() < 0.8 else "Doctor") + " " + p.last
            if not p.doctor and r < 0.12:
                return self.title_of(p) + " " + p.last
        return self.short_name(p)

    # ---- slot filling -------------------------------------------------------------------------------------------

    def fill(self, slot: str) -> list[Piece]:
        """The pieces a `{SLOT:arg#key}` slot renders to; `#key` reuses the same filling within a block."""
        match = re.fullmatch(r"([A-Za-z0-9_]+)(?::([^#]+))?(?:#(\w+))?", slot)
        if not match:
            raise ValueError(f"bad slot {{{slot}}}")
        name, arg, key = match.groups()
        if key is not None:
            cache_key = f"{name}#{key}"
            if cache_key in self.cache:
                return self.repeat(self.cache[cache_key])
        person_match = re.fullmatch(r"(C|T|O|O2|O3)(?:_(first|nick|full|sur|title|spell))?", name)
        if person_match:
            who, form = person_match.groups()
            if who not in self.people:
                raise ValueError(f"slot {{{slot}}} needs {who} in a {self.setting} session")
            pieces = [(self.participant_form(who, form or ""), NAME)]
        else:
            method = getattr(self, "slot_" + name.lower(), None)
            if method is None:
                raise ValueError(f"unknown slot {{{slot}}}")
            pieces = method(arg)
        if key is not None:
            self.cache[f"{name}#{key}"] = pieces
        return pieces

    def repeat(self, cached: object) -> list[Piece]:
        """A cached filling said again (a person's first name said again as their first name)."""
        assert isinstance(cached, list)
        return list(cached)

    def remember(self, person: Person) -> None:
        """Keep the last person named so a following e-mail or address slot can use their name."""
        self.cache["_last_person"] = person

    def person_for(self, arg: str | None) -> Person:
        """The person an e-mail/URL slot is about: a participant key, the last named person, or someone new."""
        if arg in self.people:
            return self.people[arg]
        if arg == "last" and isinstance(self.cache.get("_last_person"), Person):
            return self.cache["_last_person"]  # type: ignore[return-value]
        return self.new_person(word_name=0.05)

    def num(self, n: int) -> str:
        """A non-identifying number as the transcript's style writes it."""
        if self.numbers == "digits" and (n >= 10 or self.rng.random() < 0.25):
            return str(n)
        return cardinal(n, self.uk)

    def lex(self, word: str) -> str:
        """The locale's word for a UK word."""
        return LEXICON.get(word, {}).get(self.locale, word)

    def spoken(self) -> bool:
        """Whether this number is said in words (mostly per transcript, now and then the other way)."""
        return (self.numbers == "spoken") != (self.rng.random() < 0.12)

    def zero(self) -> str:
        """How zero is said."""
        return "oh" if self.rng.random() < (0.85 if self.uk else 0.35) else "zero"

    def say_id(self, value: str, pairs: float = 0.15) -> str:
        """An identifier spelled aloud: letters one by one, digits one by one or in pairs, groups kept."""
        rng = self.rng
        zero = self.zero()
        upper = rng.random() < 0.55
        groups = [g for g in re.split(r"[\s\-/.:]+", value) if g]
        dash = "-" in value and rng.random() < 0.3
        words: list[str] = []
        for gi, group in enumerate(groups):
            if gi and dash:
                words.append("dash")
            for run in re.findall(r"[A-Za-z]+|\d+", group):
                if run.isdigit():
                    if len(run) % 2 == 0 and len(run) >= 2 and rng.random() < pairs:
                        words.extend(say_pairs(run, zero))
                    else:
                        words.extend(say_digits(run, rng, zero, self.uk))
                else:
                    words.extend(ch.upper() if upper else ch.lower() for ch in run)
            if gi < len(groups) - 1 and not dash and rng.random() < 0.35 and self.style != "bare":
                words[-1] += ","
        return " ".join(words)

    def maybe_spoken(self, value: str, pairs: float = 0.15) -> str:
        """The written value or, in spoken transcripts, the value read aloud."""
        return self.say_id(value, pairs) if self.spoken() else value

    def rand_digits(self, n: int, first_nonzero: bool = False) -> str:
        """n random digits."""
        rng = self.rng
        out = [str(rng.randint(1 if first_nonzero else 0, 9))] + [str(rng.randint(0, 9)) for _ in range(n - 1)]
        return "".join(out)

    def rand_letters(self, n: int, alphabet: str = LETTERS_NO_IOQ) -> str:
        """n random capital letters."""
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def with_the(self, name: str, label: Label) -> list[Piece]:
        """A facility or region: a leading "the" is said but stays outside the span."""
        if name.startswith("the "):
            return [("the ", None), (name[4:], label)]
        return [(name, label)]

    # people
    def slot_f(self, arg: str | None) -> list[Piece]:
        """A new woman's first name (a word name a fifth of the time)."""
        p = self.new_person("F")
        self.remember(p)
        return [(self.short_name(p) if p.first in L.NICKNAMES else p.first, NAME)]

    def slot_m(self, arg: str | None) -> list[Piece]:
        """A new man's first name."""
        p = self.new_person("M")
        self.remember(p)
        return [(self.short_name(p) if p.first in L.NICKNAMES else p.first, NAME)]

    def slot_p(self, arg: str | None) -> list[Piece]:
        """A new first name of either gender."""
        return self.slot_f(arg) if self.rng.random() < 0.5 else self.slot_m(arg)

    def slot_fw(self, arg: str | None) -> list[Piece]:
        """A woman's name that is also a word (Hope, Rose, Faith...)."""
        p = self.new_person("F", word_name=1.0)
        self.remember(p)
        return [(p.first, NAME)]

    def slot_mw(self, arg: str | None) -> list[Piece]:
        """A man's name that is also a word (Bill, Mark, Frank...)."""
        p = self.new_person("M", word_name=1.0)
        self.remember(p)
        return [(p.first, NAME)]

    def slot_fn(self, arg: str | None) -> list[Piece]:
        """A new woman's full name."""
        p = self.new_person("F", word_surname=0.25)
        self.remember(p)
        return [(p.canonical, NAME)]

    def slot_mn(self, arg: str | None) -> list[Piece]:
        """A new man's full name."""
        p = self.new_person("M", word_surname=0.25)
        self.remember(p)
        return [(p.canonical, NAME)]

    def slot_pn(self, arg: str | None) -> list[Piece]:
        """A new full name of either gender."""
        return self.slot_fn(arg) if self.rng.random() < 0.5 else self.slot_mn(arg)

    def slot_sur(self, arg: str | None) -> list[Piece]:
        """A surname alone."""
        p = self.new_person(word_surname=0.25)
        self.remember(p)
        return [(p.last, NAME)]

    def slot_dr(self, arg: str | None) -> list[Piece]:
        """A doctor: "Dr Haldane", "Doctor Haldane", "Dr Meera Haldane"."""
        rng = self.rng
        p = self.new_person(word_surname=0.2)
        self.remember(p)
        title = rng.choice(["Dr", "Dr", "Doctor"] if self.uk else ["Dr.", "Dr", "Doctor"])
        return [(f"{title} {p.first} {p.last}" if rng.random() < 0.2 else f"{title} {p.last}", NAME)]

    def slot_mrs(self, arg: str | None) -> list[Piece]:
        """A woman named by title and surname ("Mrs Kowalczyk")."""
        p = self.new_person("F", word_surname=0.25)
        self.remember(p)
        return [(self.title_of(p) + " " + p.last, NAME)]

    def slot_mr(self, arg: str | None) -> list[Piece]:
        """A man named by title and surname."""
        p = self.new_person("M", word_surname=0.25)
        self.remember(p)
        return [("Mr " + p.last, NAME)]

    def slot_titled(self, arg: str | None) -> list[Piece]:
        """A title given in the script plus a surname ("Coach Delgado", "Judge Haldane")."""
        p = self.new_person(word_surname=0.25)
        self.remember(p)
        title = arg or self.rng.choice(L.OTHER_TITLES)
        if title == "police":
            title = {"UK": "PC", "IE": "Garda", "US": "Officer", "CA": "Constable"}[self.locale]
        return [(f"{title} {p.last}", NAME)]

    def slot_kin_f(self, arg: str | None) -> list[Piece]:
        """A titled female relative ("Auntie Folake", "Nana Pearl")."""
        p = self.new_person("F", word_name=0.3)
        self.remember(p)
        return [(f"{self.rng.choice(L.KIN_TITLES_F)} {p.first}", NAME)]

    def slot_kin_m(self, arg: str | None) -> list[Piece]:
        """A titled male relative ("Uncle Dez", "Grandad Eamon")."""
        p = self.new_person("M", word_name=0.3)
        self.remember(p)
        return [(f"{self.rng.choice(L.KIN_TITLES_M)} {p.first}", NAME)]

    def slot_cleric(self, arg: str | None) -> list[Piece]:
        """A faith leader named with their title ("Father Tadhg", "Imam Farouk", "Rabbi Lindqvist")."""
        rng = self.rng
        title = rng.choice(L.CLERIC_TITLES)
        gender = "F" if title == "Sister" else "M" if title in ("Father", "Imam", "Brother", "Deacon") else None
        p = self.new_person(gender, word_name=0.1)
        self.remember(p)
        name = p.last if title in ("Rabbi", "Reverend", "Deacon") and rng.random() < 0.7 else p.first
        return [(f"{title} {name}", NAME)]

    # places
    def slot_town(self, arg: str | None) -> list[Piece]:
        """A town or city, mostly from the transcript's country."""
        rng = self.rng
        locale = self.locale if rng.random() < 0.9 else rng.choice(list(L.TOWNS))
        return [(rng.choice(L.TOWNS[locale]), PLACE)]

    def slot_county(self, arg: str | None) -> list[Piece]:
        """A county or region ("the Lake District": "the" outside)."""
        return self.with_the(self.rng.choice(L.COUNTIES[self.locale]), PLACE)

    def facility(self, names: list[str], arg: str | None) -> list[Piece]:
        """A named facility; `#key` in the script keeps it the same within a block."""
        return self.with_the(self.rng.choice(names), PLACE)

    def slot_hosp(self, arg: str | None) -> list[Piece]:
        """A hospital."""
        return self.facility(L.HOSPITALS, arg)

    def slot_clinic(self, arg: str | None) -> list[Piece]:
        """A GP surgery or clinic."""
        return self.facility(L.CLINICS, arg)

    def slot_practice(self, arg: str | None) -> list[Piece]:
        """The therapy practice, the same one throughout the transcript."""
        if "_practice" not in self.cache:
            self.cache["_practice"] = self.rng.choice(L.PRACTICES)
        return self.with_the(str(self.cache["_practice"]), PLACE)

    def slot_school(self, arg: str | None) -> list[Piece]:
        """A school or college."""
        return self.facility(L.SCHOOLS, arg)

    def slot_work(self, arg: str | None) -> list[Piece]:
        """An employer."""
        return self.facility(L.EMPLOYERS, arg)

    def slot_shop(self, arg: str | None) -> list[Piece]:
        """A local shop or cafe."""
        return self.facility(L.SHOPS, arg)

    def slot_church(self, arg: str | None) -> list[Piece]:
        """A church, mosque, temple, gurdwara or synagogue."""
        return self.facility(L.CHURCHES, arg)

    def slot_gym(self, arg: str | None) -> list[Piece]:
        """A gym, club or leisure centre."""
        return self.facility(L.GYMS, arg)

    def slot_pub(self, arg: str | None) -> list[Piece]:
        """A pub or bar."""
        return self.facility(L.PUBS, arg)

    def slot_service(self, arg: str | None) -> list[Piece]:
        """A care home, hospice, refuge, day centre or recovery service."""
        return self.facility(L.SERVICES, arg)

    # addresses
    def street_name(self) -> str:
        """A random street ("Larkspur Close")."""
        return f"{self.rng.choice(L.STREET_STEMS)} {self.rng.choice(L.STREET_SUFFIXES[self.locale])}"

    def slot_street(self, arg: str | None) -> list[Piece]:
        """A street named without a number (still a street address)."""
        return [(self.street_name(), STREET)]

    def slot_addr(self, arg: str | None) -> list[Piece]:
        """A house number and street, with a flat or apartment now and then."""
        rng = self.rng
        street = self.street_name()
        spoken = self.spoken()
        if self.locale in ("US", "CA"):
            number = rng.randint(100, 9899)
            text = (" ".join(say_pairs(str(number), "oh")) if spoken else str(number)) + " " + street
            if rng.random() < 0.3:
                unit = f"{rng.randint(1, 9)}{rng.choice('ABCDEF')}"
                word = rng.choice(["Apartment", "Apt", "Unit"])
                text += f", {word} " + (cardinal(int(unit[0])) + " " + unit[1] if spoken else unit)
        else:
            number = rng.randint(1, 180)
            text = (cardinal(number, True) if spoken else str(number)) + " " + street
            if rng.random() < 0.2:
                flat = rng.randint(1, 12)
                text = f"Flat {cardinal(flat) if spoken else flat}, " + text
        return [(text, STREET)]

    def postcode_value(self) -> str:
        """A random postcode, zip code, Eircode or postal code for the locale."""
        rng = self.rng
        if self.locale == "UK":
            area = rng.choice(L.UK_POSTCODE_AREAS)
            return f"{area}{rng.randint(1, 29)} {rng.randint(1, 9)}{self.rand_letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        if self.locale == "IE":
            tail = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            return f"{rng.choice(L.EIRCODE_KEYS)} {tail}"
        if self.locale == "CA":
            return (f"{rng.choice(L.CA_POSTAL_FIRST)}{rng.randint(0, 9)}{rng.choice(LETTERS_NO_IOQ)} "
                    f"{rng.randint(0, 9)}{rng.choice(LETTERS_NO_IOQ)}{rng.randint(0, 9)}")
        return self.rand_digits(5, first_nonzero=True)

    def slot_post(self, arg: str | None) -> list[Piece]:
        """A postcode/zip, written or spelled."""
        return [(self.maybe_spoken(self.postcode_value(), pairs=0.05), POSTCODE)]

    def slot_fulladdr(self, arg: str | None) -> list[Piece]:
        """Street address, town and postcode: three spans (a US state between them is not one)."""
        pieces = self.slot_addr(None) + [(", ", None)] + self.slot_town(None)
        if self.locale == "US" and self.rng.random() < 0.6:
            pieces += [(", " + self.rng.choice(L.STATES), None)]
        return pieces + [(", ", None)] + self.slot_post(None)

    # dates
    def date_text(self, day: int, month: int, year: int | None, numeric_ok: bool = True) -> list[Piece]:
        """A date written or said in one of the locale's ways; a leading "the" stays outside."""
        rng = self.rng
        mname = L.MONTHS[month - 1]
        us = self.locale in ("US", "CA")
        label_the = False
        if self.spoken():
            forms = ["of", "month_ord", "of", "the_of"] if not us else ["month_ord", "month_ord", "the_of"]
            if numeric_ok:
                forms.append("slash")
            form = rng.choice(forms)
            if form in ("of", "the_of"):
                text = f"{ordinal(day)} of {mname}"
                label_the = rng.random() < 0.8
                if form == "the_of" and rng.random() < 0.3:
                    text = f"{ordinal(day)} of the {ordinal(month)}"
            elif form == "month_ord":
                text = f"{mname} {'the ' if self.uk and rng.random() < 0.4 else ''}{ordinal(day)}"
            else:
                a, b = (month, day) if us else (day, month)
                text = f"{cardinal(a)} slash {cardinal(b)}"
            if year is not None:
                text += (", " if self.style == "cased" and rng.random() < 0.4 else " ") + year_words(year, rng, self.uk)
        else:
            a, b = (month, day) if us else (day, month)
            if year is not None:
                forms = ["num4", "num2", "words"]
            else:
                forms = ["dm", "dm_of", "md"] + (["num"] if numeric_ok else [])
            form = rng.choice(forms)
            if form == "num4":
                pad = rng.random() < 0.5
                text = f"{a:02d}/{b:02d}/{year}" if pad else f"{a}/{b}/{year}"
            elif form == "num2":
                text = f"{a}/{b}/{(year or 0) % 100:02d}"
            elif form == "words":
                text = (f"{mname} {day}{suffix_of(day)}, {year}" if us else
                        f"{day}{rng.choice(['', suffix_of(day)])} {mname} {year}")
            elif form == "num":
                text = f"{a}/{b}"
            elif form == "dm_of":
                text = f"{day}{suffix_of(day)} of {mname}"
                label_the = rng.random() < 0.7
            elif form == "md" or us:
                text = f"{mname} {day}{suffix_of(day)}"
            else:
                text = f"{day}{suffix_of(day)} {mname}"
        return ([("the ", None)] if label_the else []) + [(text, DATE)]

    def random_day(self) -> tuple[int, int]:
        """A day and month."""
        month = self.rng.randint(1, 12)
        return self.rng.randint(1, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31), month

    def slot_date(self, arg: str | None) -> list[Piece]:
        """A date in the recent past or near future, with a year a quarter of the time."""
        day, month = self.random_day()
        year = self.rng.randint(2019, 2025) if self.rng.random() < 0.25 else None
        return self.date_text(day, month, year)

    def slot_date_y(self, arg: str | None) -> list[Piece]:
        """A full date with year."""
        day, month = self.random_day()
        return self.date_text(day, month, self.rng.randint(2018, 2026))

    def slot_dob(self, arg: str | None) -> list[Piece]:
        """A date of birth with year; `arg` old, kid or adult (default)."""
        day, month = self.random_day()
        low, high = {"old": (1924, 1935), "kid": (2008, 2020)}.get(arg or "", (1948, 2005))
        year = self.rng.randint(low, high)
        if arg == "old":
            self.cache["_age"] = SESSION_YEAR - year
        rng = self.rng
        if self.spoken() and rng.random() < 0.3:
            us = self.locale in ("US", "CA")
            a, b = (month, day) if us else (day, month)
            zero = self.zero()
            parts = [" ".join(say_digits(f"{a:02d}", rng, zero, False)), " ".join(say_digits(f"{b:02d}", rng, zero,
                                                                                            False))]
            parts.append(" ".join(say_pairs(str(year % 100).zfill(2), zero)) if rng.random() < 0.6
                         else year_words(year, rng, self.uk))
            sep = ", " if self.style != "bare" and rng.random() < 0.5 else " "
            return [(sep.join(parts), DOB)]
        return [(t, DOB if lab else None) for t, lab in self.date_text(day, month, year)]

    def slot_bday(self, arg: str | None) -> list[Piece]:
        """A birthday, day and month only (counted as a date of birth)."""
        day, month = self.random_day()
        return [(t, DOB if lab else None) for t, lab in self.date_text(day, month, None, numeric_ok=False)]

    # phones
    def phone_value(self, kind: str) -> tuple[str, list[str]]:
        """A random phone number, and its display groups."""
        rng = self.rng
        if self.locale == "UK":
            if kind == "mobile":
                groups = ["07" + rng.choice("3456789") + self.rand_digits(2), self.rand_digits(6)]
                if rng.random() < 0.5:
                    groups = [groups[0], groups[1][:3], groups[1][3:]]
            else:
                code = rng.choice(["0113", "0114", "0115", "0116", "0117", "0121", "0131", "0141", "0151", "0161",
                                   "0191", "020", "029", "028", "01484", "01422", "01274", "01924", "01603",
                                   "01392", "01752"])
                rest = self.rand_digits(11 - len(code), first_nonzero=True)
                groups = [code, rest] if len(rest) == 6 else [code, rest[:len(rest) - 4], rest[-4:]]
        elif self.locale == "IE":
            if kind == "mobile":
                groups = ["08" + rng.choice("35679"), self.rand_digits(3, True), self.rand_digits(4)]
            else:
                code = rng.choice(["01", "021", "091", "061", "051", "071", "0404", "074"])
                groups = [code, self.rand_digits(3, True), self.rand_digits(4 if len(code) < 4 else 3)]
        else:
            area = str(rng.randint(2, 9)) + self.rand_digits(2)
            exchange = str(rng.randint(2, 9)) + self.rand_digits(2)
            while exchange == "555":
                exchange = str(rng.randint(2, 9)) + self.rand_digits(2)
            groups = [area, exchange, self.rand_digits(4)]
        sep = rng.choice([" ", " ", "-", "."]) if self.locale in ("US", "CA") else " "
        return sep.join(groups), groups

    def phone_pieces(self, kind: str, label: Label) -> list[Piece]:
        """A phone number written as digits or read aloud group by group."""
        rng = self.rng
        text, groups = self.phone_value(kind)
        if self.spoken():
            zero = self.zero()
            said = []
            for g in groups:
                if not self.uk and len(g) == 4 and rng.random() < 0.35:
                    said.append(" ".join(say_pairs(g, zero)))
                else:
                    said.append(" ".join(say_digits(g, rng, zero, self.uk)))
            sep = ", " if self.style in ("cased", "lower", "odd") and rng.random() < 0.6 else " "
            text = sep.join(said)
        return [(text, label)]

    def slot_phone(self, arg: str | None) -> list[Piece]:
        """A mobile or landline."""
        return self.phone_pieces("mobile" if self.rng.random() < 0.65 else "landline", PHONE)

    def slot_mobile(self, arg: str | None) -> list[Piece]:
        """A mobile number."""
        return self.phone_pieces("mobile", PHONE)

    def slot_landline(self, arg: str | None) -> list[Piece]:
        """A landline number."""
        return self.phone_pieces("landline", PHONE)

    def slot_fax(self, arg: str | None) -> list[Piece]:
        """A fax number."""
        return self.phone_pieces("landline", FAX)

    # e-mail and web
    def local_part(self, p: Person) -> str:
        """An e-mail user name built from a person's name."""
        rng = self.rng
        first, last = asciify(p.first), asciify(p.last)
        nn = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
        yy = str(rng.randint(60, 99)) if rng.random() < 0.3 else ""
        return rng.choice([
            f"{first}.{last}{nn}", f"{first}{last}{yy}", f"{first[0]}{last}{nn}", f"{first}_{last}",
            f"{last}.{first[0]}{nn}", f"{first}{nn or yy or rng.randint(1, 9)}", f"{first}.{last}",
            f"{rng.choice(L.HANDLE_WORDS)}{first}{nn}", f"{first}-{last}",
        ])

    def say_address(self, address: str, spell_local: bool = False) -> str:
        """An e-mail or web address read aloud ("kate dot doyle eighty six at gmail dot com")."""
        rng = self.rng
        out: list[str] = []
        local, _, domain = address.partition("@")
        for part, is_local in ((local, True), (domain, False)):
            if not part:
                continue
            if out:
                out.append("at")
            for token in re.findall(r"[a-z]+|\d+|[._\-/@]", part):
                if token == ".":
                    out.append("dot")
                elif token == "_":
                    out.append("underscore")
                elif token == "-":
                    out.append(rng.choice(["dash", "hyphen"]))
                elif token == "/":
                    out.append("slash")
                elif token.isdigit():
                    out.extend(say_pairs(token, "oh") if len(token) == 2 and rng.random() < 0.6
                               else say_digits(token, rng, "zero" if not self.uk else "oh", False))
                elif is_local and spell_local:
                    out.extend(token)
                else:
                    out.append(token)
        return " ".join(out)

    def email_pieces(self, address: str) -> list[Piece]:
        """An e-mail address written, said, half written ("tran.tanvir87 at yahoo.com") or spelled."""
        rng = self.rng
        r = rng.random()
        if self.spoken():
            if r < 0.55:
                text = self.say_address(address)
            elif r < 0.8:
                local, _, domain = address.partition("@")
                text = f"{local} at {domain}"
            else:
                text = self.say_address(address, spell_local=True)
        else:
            text = address if r < 0.8 else " at ".join(address.split("@"))
        return [(text, EMAIL)]

    def slot_email(self, arg: str | None) -> list[Piece]:
        """A personal e-mail address for a participant (`arg` C/O/T...) or the last/new person named."""
        person = self.person_for(arg or "C")
        return self.email_pieces(f"{self.local_part(person)}@{self.rng.choice(L.EMAIL_DOMAINS[self.locale])}")

    def slot_email_w(self, arg: str | None) -> list[Piece]:
        """A work e-mail address."""
        person = self.person_for(arg or "C")
        first, last = asciify(person.first), asciify(person.last)
        local = self.rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}"])
        return self.email_pieces(f"{local}@{self.rng.choice(L.WORK_DOMAINS)}")

    def slot_email_t(self, arg: str | None) -> list[Piece]:
        """The therapist's or practice's e-mail address."""
        rng = self.rng
        stem = "".join(rng.choice(L.PRACTICE_DOMAINS))
        tld = rng.choice(L.TLDS[self.locale])
        therapist = self.people["T"]
        local = rng.choice([asciify(therapist.first), f"{asciify(therapist.first)}.{asciify(therapist.last)}",
                            "admin", "referrals", "hello", "intake"])
        return self.email_pieces(f"{local}@{stem}.{tld}")

    def url_pieces(self, words: list[str], tld: str, path: str, www: bool) -> list[Piece]:
        """A web address written, or read aloud word by word ("w w w dot ... dot org slash ...")."""
        rng = self.rng
        if self.spoken():
            out = ["w w w dot"] if www else []
            out.append(" ".join(words) if rng.random() < 0.6 else "".join(words))
            out.append("dot " + " dot ".join(tld.split(".")))
            if path:
                out.append("slash " + " slash ".join(p.replace("-", " ") for p in path.split("/")))
            return [(" ".join(out), URL)]
        text = ("www." if www else "") + "".join(words) + "." + tld + ("/" + path if path else "")
        return [(text, URL)]

    def slot_url(self, arg: str | None) -> list[Piece]:
        """An organisation's or practice's web address (made up)."""
        rng = self.rng
        words = list(rng.choice(L.ORG_DOMAINS + L.PRACTICE_DOMAINS))
        path = rng.choice(L.URL_PATHS) if rng.random() < 0.55 else ""
        return self.url_pieces(words, rng.choice(L.TLDS[self.locale]), path, rng.random() < 0.5)

    def slot_url_p(self, arg: str | None) -> list[Piece]:
        """A personal web address: a small business site, a blog or a fundraiser."""
        rng = self.rng
        person = self.person_for(arg or "C")
        first, last = asciify(person.first), asciify(person.last)
        kind = rng.choice(["business", "blog", "fund"])
        if kind == "business":
            trade = rng.choice(["photography", "bakes", "cleaning", "plumbing", "designs", "tutoring", "joinery"])
            return self.url_pieces([first, last, trade], rng.choice(L.TLDS[self.locale]), "", rng.random() < 0.4)
        if kind == "blog":
            return self.url_pieces([first, last], "blog", rng.choice(["", "about", "posts"]), False)
        cause = rng.choice(["recovery", "funeral", "appeal", "treatment", "memorial"])
        return self.url_pieces(["gofundme"], "com", f"f/{first}-{last}-{cause}", False)

    def handle_text(self, person: Person) -> str:
        """A social media user name."""
        rng = self.rng
        first, last = asciify(person.first), asciify(person.last)
        nn = str(rng.randint(1, 99))
        return rng.choice([f"{first}{last}_{nn}", f"{first}.{last}", f"{rng.choice(L.HANDLE_WORDS)}_{first}",
                           f"{first}_{rng.choice(L.HANDLE_WORDS)}{nn}", f"the{first}{last}", f"{first}{nn}"])

    def slot_handle(self, arg: str | None) -> list[Piece]:
        """A social handle: "@kate_doyle86" or "at kate underscore doyle eighty six" ("at" outside)."""
        handle = self.handle_text(self.person_for(arg or "C"))
        if self.spoken() or self.rng.random() < 0.3:
            return [("at ", None), (self.say_address(handle), URL)]
        return [("@" + handle, URL)]

    def slot_profile(self, arg: str | None) -> list[Piece]:
        """A social profile link ("instagram.com/kate.doyle")."""
        rng = self.rng
        site = rng.choice(["instagram", "facebook", "tiktok", "linkedin", "twitter", "youtube"])
        handle = self.handle_text(self.person_for(arg or "C"))
        path = {"linkedin": f"in/{handle}", "tiktok": f"@{handle}", "youtube": f"@{handle}"}.get(site, handle)
        if self.spoken():
            said = self.say_address(f"{site}.com/{path}")
            return [(said, URL)]
        return [(f"{site}.com/{path}", URL)]

    # identifiers
    def subtype(self, family: str, arg: str | None, options: list[str]) -> str:
        """The subtype of an identifier, shared by its value and cue slots within a block."""
        key = f"_sub_{family}"
        if arg:
            self.cache[key] = arg
        if key not in self.cache:
            self.cache[key] = self.rng.choice(options)
        return str(self.cache[key])

    def cue(self, family: str, arg: str | None, options: list[str], cues: dict[str, list[str]]) -> list[Piece]:
        """The words naming an identifier ("national insurance number"), not part of any span."""
        sub = self.subtype(family, arg, options)
        return [(self.rng.choice(cues[sub]), None)]

    def take(self, family: str) -> None:
        """Forget a used subtype so the next identifier of the family in the block may differ."""
        self.cache.pop(f"_sub_{family}", None)

    def ip_value(self) -> str:
        """A random public-looking IPv4 address."""
        rng = self.rng
        first = rng.choice([31, 37, 46, 51, 62, 77, 78, 81, 82, 86, 90, 92, 94, 109, 141, 151, 176, 185, 188, 212])
        return ".".join(str(x) for x in (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))

    def slot_ip(self, arg: str | None) -> list[Piece]:
        """An IP address, written or read out octet by octet."""
        rng = self.rng
        value = self.ip_value()
        if self.spoken():
            dot = rng.choice(["dot", "dot", "point"])
            octets = value.split(".")
            if rng.random() < 0.5:
                said = [cardinal(int(o), self.uk) for o in octets]
            else:
                said = [" ".join(say_digits(o, rng, self.zero(), False)) for o in octets]
            return [(f" {dot} ".join(said), IP)]
        return [(value, IP)]

    MRN_CUES = {"mrn": ["hospital number", "medical record number", "MRN", "patient number", "chart number",
                        "unit number"]}

    def slot_mrn_cue(self, arg: str | None) -> list[Piece]:
        """What the record number is called."""
        return self.cue("mrn", "mrn", ["mrn"], self.MRN_CUES)

    def slot_mrn(self, arg: str | None) -> list[Piece]:
        """A medical record number."""
        rng = self.rng
        d, a = self.rand_digits, self.rand_letters
        value = rng.choice([d(7, True), a(1) + d(6), f"{a(3)} {d(7)}", f"{d(3, True)}-{d(4)}", f"{d(2, True)}-{d(5)}"])
        return [(self.maybe_spoken(value), MRN)]

    HPN_CUES = {
        "nhs": ["NHS number"], "mbi": ["Medicare number", "Medicare ID"], "member": ["member ID", "member number",
                                                                                  "insurance ID"],
        "policy": ["policy number", "insurance policy number"], "medcard": ["medical card number"],
        "vhi": ["VHI number", "membership number"], "ohip": ["health card number", "OHIP number"],
    }
    HPN_BY_LOCALE = {"UK": ["nhs", "nhs", "policy"], "US": ["mbi", "member", "member", "policy"],
                     "IE": ["medcard", "vhi", "policy"], "CA": ["ohip", "ohip", "member"]}

    def slot_hpn_cue(self, arg: str | None) -> list[Piece]:
        """What the health plan number is called in this country."""
        return self.cue("hpn", arg, self.HPN_BY_LOCALE[self.locale], self.HPN_CUES)

    def slot_hpn(self, arg: str | None) -> list[Piece]:
        """A health plan number: NHS, Medicare, member, policy, medical card or health card number."""
        sub = self.subtype("hpn", arg, self.HPN_BY_LOCALE[self.locale])
        self.take("hpn")
        d, a = self.rand_digits, self.rand_letters
        values = {
            "nhs": f"{d(3, True)} {d(3)} {d(4)}",
            "mbi": f"{d(1, True)}{a(1)}{a(1)}{d(1)}-{a(1)}{d(1)}{a(1)}-{a(2)}{d(2)}",
            "member": f"{a(3)}{d(9)}", "policy": f"{a(2)}-{d(4)}-{d(4)}", "medcard": f"{d(7)}{a(1)}",
            "vhi": d(8, True), "ohip": f"{d(4, True)}-{d(3)}-{d(3)}-{a(2)}",
        }
        return [(self.maybe_spoken(values[sub]), HPN)]

    SSN_CUES = {"ni": ["national insurance number", "NI number", "national insurance"],
                "ssn": ["social security number", "social", "SSN", "social security"],
                "pps": ["PPS number", "PPS"], "sin": ["SIN", "social insurance number"]}
    SSN_BY_LOCALE = {"UK": "ni", "US": "ssn", "IE": "pps", "CA": "sin"}

    def slot_ssn_cue(self, arg: str | None) -> list[Piece]:
        """What the national identity number is called."""
        return self.cue("ssn", self.SSN_BY_LOCALE[self.locale], [], self.SSN_CUES)

    def slot_ssn(self, arg: str | None) -> list[Piece]:
        """A social security, national insurance, PPS or social insurance number."""
        d = self.rand_digits
        rng = self.rng
        sub = self.SSN_BY_LOCALE[self.locale]
        if sub == "ni":
            value = f"{self.rand_letters(2, 'ABCEGHJKLMNOPRSTWXYZ')} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}"
        elif sub == "ssn":
            area = rng.randint(1, 899)
            while area == 666:
                area = rng.randint(1, 899)
            value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        elif sub == "pps":
            value = d(7) + rng.choice(LETTERS_NO_IOQ) + (rng.choice("AW") if rng.random() < 0.4 else "")
        else:
            value = f"{d(3, True)} {d(3)} {d(3)}"
        return [(self.maybe_spoken(value, pairs=0.1), SSN)]

    ACCT_CUES = {"bank": ["account number", "bank account number", "account"], "sort": ["sort code"],
                 "iban": ["IBAN"], "claim": ["claim reference", "claim number"],
                 "customer": ["customer number", "customer reference", "reference number"],
                 "utility": ["account number", "account reference"]}

    def acct_options(self) -> list[str]:
        """Account subtypes used in this country."""
        return {"UK": ["bank", "sort", "claim", "customer", "utility"], "IE": ["iban", "bank", "claim", "customer"],
                "US": ["bank", "claim", "customer", "utility"], "CA": ["bank", "claim", "customer"]}[self.locale]

    def slot_acct_cue(self, arg: str | None) -> list[Piece]:
        """What the account number is called."""
        return self.cue("acct", arg, self.acct_options(), self.ACCT_CUES)

    def slot_acct(self, arg: str | None) -> list[Piece]:
        """A bank account, sort code, IBAN, claim or customer reference."""
        sub = self.subtype("acct", arg, self.acct_options())
        self.take("acct")
        d, a = self.rand_digits, self.rand_letters
        values = {
            "bank": d(8) if self.locale == "UK" else d(self.rng.choice([7, 10, 12]), True),
            "sort": f"{d(2, True)}-{d(2)}-{d(2)}",
            "iban": f"{'IE' if self.locale == 'IE' else 'GB'}{d(2)} {a(4)} {d(4)} {d(4)} {d(4)} {d(2)}",
            "claim": self.rng.choice([f"CLM-{d(5)}-{a(1)}", f"{d(4, True)}-{d(5)}", f"{a(2)}{d(7)}"]),
            "customer": f"{d(2, True)} {d(4)} {d(4)}", "utility": f"{d(4, True)} {d(4)} {d(3)}",
        }
        value = values[sub]
        if sub == "sort" and self.spoken():
            return [(" ".join(say_pairs(value.replace("-", ""), "oh")), ACCOUNT)]
        return [(self.maybe_spoken(value, pairs=0.25), ACCOUNT)]

    LIC_CUES = {"driving": ["driving licence number", "licence number", "licence"],
                "passport": ["passport number", "passport"],
                "pro": ["PIN", "registration number", "professional registration", "licence number"],
                "taxi": ["badge number", "taxi licence", "private hire licence number"],
                "cert": ["certificate number", "certificate"]}

    def slot_lic_cue(self, arg: str | None) -> list[Piece]:
        """What the licence or certificate number is called (US spelling in the US and Canada)."""
        pieces = self.cue("lic", arg, list(self.LIC_CUES), self.LIC_CUES)
        text = pieces[0][0]
        if self.locale in ("US", "CA"):
            text = text.replace("driving licence", "driver's license").replace("licence", "license")
        return [(text, None)]

    def slot_lic(self, arg: str | None) -> list[Piece]:
        """A driving licence, passport, professional registration, taxi badge or certificate number."""
        rng = self.rng
        sub = self.subtype("lic", arg, list(self.LIC_CUES))
        self.take("lic")
        d, a = self.rand_digits, self.rand_letters
        if sub == "driving":
            if self.locale == "UK":
                sur = (asciify(rng.choice(L.SURNAMES)).upper() + "99999")[:5]
                value = f"{sur}{d(1)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{d(1)}{a(2)}9{a(2)}"
            elif self.locale == "IE":
                value = d(9)
            elif self.locale == "CA":
                value = f"{a(1)}{d(4)}-{d(5)}-{d(5)}"
            else:
                value = rng.choice([f"{a(1)}{d(3)}-{d(4)}-{d(4)}", f"{a(1)}{d(7)}", d(9, True)])
        elif sub == "passport":
            value = {"IE": f"{a(2)}{d(7)}", "CA": f"{a(2)}{d(6)}"}.get(self.locale, d(9, True))
        elif sub == "pro":
            value = rng.choice([f"{d(2)}{a(1)}{d(4)}{a(1)}", f"{a(3)}{d(6)}", f"LPC-{d(5)}", f"{d(7, True)}"])
        elif sub == "taxi":
            value = rng.choice([f"PH {d(5)}", d(6, True), f"{a(1)}{d(4)}"])
        else:
            value = f"{a(2)}-{d(6)}"
        return [(self.maybe_spoken(value), LICENCE)]

    PLATE_CUES = {"plate": {"UK": ["reg", "registration", "number plate", "reg number"],
                            "IE": ["reg", "registration", "number plate"],
                            "US": ["plate", "license plate", "tag number", "plate number"],
                            "CA": ["plate", "license plate", "plate number"]}}

    def slot_plate_cue(self, arg: str | None) -> list[Piece]:
        """What the vehicle identifier is called ("reg", "license plate", "VIN")."""
        sub = self.subtype("plate", arg, ["plate", "plate", "plate", "vin"])
        if sub == "vin":
            return [(self.rng.choice(["VIN", "VIN number", "chassis number"]), None)]
        return [(self.rng.choice(self.PLATE_CUES["plate"][self.locale]), None)]

    def slot_plate(self, arg: str | None) -> list[Piece]:
        """A number plate or VIN, written or spelled out letter by letter."""
        rng = self.rng
        sub = self.subtype("plate", arg, ["plate", "plate", "plate", "vin"])
        self.take("plate")
        d, a = self.rand_digits, self.rand_letters
        if sub == "vin":
            value = "".join(rng.choice(LETTERS_NO_IOQ + "0123456789") for _ in range(17))
        elif self.locale == "UK":
            value = f"{a(2)}{rng.choice(['1', '2', '6', '7'])}{d(1)} {a(3)}"
        elif self.locale == "IE":
            county = rng.choice(["D", "C", "G", "KY", "L", "W", "MO", "WX", "KE", "LH"])
            value = f"{rng.randint(12, 24)}{rng.choice(['1', '2'])}-{county}-{d(rng.randint(3, 5), True)}"
        elif self.locale == "CA":
            value = f"{a(4)} {d(3)}"
        else:
            value = rng.choice([f"{d(1, True)}{a(3)}{d(3)}", f"{a(3)} {d(4)}", f"{a(2)}{d(1)} {a(1)}{d(3)}"])
        return [(self.maybe_spoken(value, pairs=0.3), VEHICLE)]

    DEV_CUES = {"pump": ["serial number", "serial"], "hearing": ["serial number", "serial"],
                "cpap": ["serial number", "device number"], "imei": ["IMEI", "IMEI number"],
                "mac": ["MAC address"], "cgm": ["transmitter ID", "transmitter serial"],
                "pacemaker": ["serial number", "device ID"]}

    def slot_dev_cue(self, arg: str | None) -> list[Piece]:
        """What the device identifier is called."""
        return self.cue("dev", arg, list(self.DEV_CUES), self.DEV_CUES)

    def slot_dev(self, arg: str | None) -> list[Piece]:
        """A device serial: insulin pump, hearing aid, CPAP, IMEI, MAC address, CGM transmitter, pacemaker."""
        rng = self.rng
        sub = self.subtype("dev", arg, list(self.DEV_CUES))
        self.take("dev")
        d, a = self.rand_digits, self.rand_letters
        hexd = "0123456789ABCDEF"
        values = {
            "pump": rng.choice([f"{a(2)}{d(7)}{a(1)}", f"{d(4, True)}-{d(4)}-{a(1)}"]),
            "hearing": rng.choice([f"{d(8, True)}", f"{a(2)}-{d(7)}"]), "cpap": d(11, True),
            "imei": f"{d(2, True)} {d(6)} {d(6)} {d(1)}",
            "mac": ":".join("".join(rng.choice(hexd) for _ in range(2)) for _ in range(6)),
            "cgm": f"{d(1, True)}{a(1)}{d(1)}{a(2)}{d(1)}", "pacemaker": f"{a(3)}{d(6)}{a(1)}",
        }
        return [(self.maybe_spoken(values[sub]), DEVICE)]

    # ages
    def slot_age90(self, arg: str | None) -> list[Piece]:
        """An age over 89 ("ninety-two", "92"), the only ages HIPAA counts."""
        rng = self.rng
        age = rng.randint(90, 99) if rng.random() < 0.85 else rng.randint(100, 104)
        if isinstance(self.cache.get("_age"), int):
            age = int(self.cache.pop("_age"))  # type: ignore[call-overload]
        if self.spoken():
            return [(cardinal(age, self.uk, hyphen=self.style == "cased" and rng.random() < 0.5), AGE)]
        return [(str(age), AGE)]

    # hard negatives: no span
    def negative(self, text: str) -> list[Piece]:
        """A piece that looks like an identifier but is not one."""
        self.negatives += 1
        return [(text, None)]

    def slot_num(self, arg: str | None) -> list[Piece]:
        """A plain number (room, step, page, score): words or digits."""
        return self.negative(self.num(int(arg or "0")))

    def slot_age(self, arg: str | None) -> list[Piece]:
        """An adult age under 90."""
        low, high = (int(x) for x in (arg or "19-89").split("-"))
        return self.negative(self.num(self.rng.randint(low, high)))

    def slot_kidage(self, arg: str | None) -> list[Piece]:
        """A child's age."""
        return self.negative(self.num(self.rng.randint(4, 16)))

    def slot_year(self, arg: str | None) -> list[Piece]:
        """A year alone."""
        year = self.rng.randint(1975, 2022)
        return self.negative(year_words(year, self.rng, self.uk) if self.spoken() else str(year))

    def slot_med(self, arg: str | None) -> list[Piece]:
        """A medication name."""
        return self.negative(self.rng.choice(L.MEDICATIONS))

    def slot_dose(self, arg: str | None) -> list[Piece]:
        """A medication and dose ("sertraline fifty milligrams", "Valium 20mg")."""
        rng = self.rng
        med, mg = rng.choice(L.MEDICATIONS), rng.choice(L.DOSES_MG)
        if self.spoken():
            return self.negative(f"{med} {cardinal(mg, self.uk)} {rng.choice(['milligrams', 'mg', 'mgs'])}")
        return self.negative(f"{med} {mg}{rng.choice(['mg', ' mg', ' milligrams'])}")

    def slot_score(self, arg: str | None) -> list[Piece]:
        """A questionnaire score ("PHQ nine was fourteen", "GAD seven of 12")."""
        rng = self.rng
        name, top = rng.choice(L.QUESTIONNAIRES)
        value = rng.randint(2, top)
        return self.negative(f"{name} {rng.choice(['was', 'of', 'came out at', 'was down to'])} {self.num(value)}")

    def slot_money(self, arg: str | None) -> list[Piece]:
        """An amount of money."""
        rng = self.rng
        amount = rng.choice([20, 40, 50, 80, 120, 250, 300, 450, 600, 1200, 2000])
        sym = {"UK": "£", "IE": "€", "US": "$", "CA": "$"}[self.locale]
        if self.spoken() or rng.random() < 0.3:
            word = {"UK": "pounds", "IE": "euro", "US": "dollars", "CA": "dollars"}[self.locale]
            return self.negative(f"{cardinal(amount, self.uk)} {word}")
        return self.negative(f"{sym}{amount:,}")

    def slot_time(self, arg: str | None) -> list[Piece]:
        """A clock time."""
        rng = self.rng
        hour = rng.randint(1, 11)
        if self.spoken() or rng.random() < 0.5:
            return self.negative(rng.choice([f"half {cardinal(hour)}", f"quarter to {cardinal(hour)}",
                                             f"{cardinal(hour)} o'clock", f"ten past {cardinal(hour)}"]))
        return self.negative(f"{hour}:{rng.choice(['00', '15', '30', '45'])}")

    def pick(self, options: list[str]) -> list[Piece]:
        """One of a list of hard negatives."""
        return self.negative(self.rng.choice(options))

    def slot_super(self, arg: str | None) -> list[Piece]:
        """A supermarket chain used generically ("went to Tesco")."""
        return self.pick(L.SUPERMARKETS[self.locale])

    def slot_weekday(self, arg: str | None) -> list[Piece]:
        """A day of the week alone."""
        return self.pick(L.WEEKDAYS)

    def slot_month(self, arg: str | None) -> list[Piece]:
        """A month alone."""
        return self.pick(L.MONTHS)

    def slot_holiday(self, arg: str | None) -> list[Piece]:
        """A holiday or festival."""
        return self.pick(L.HOLIDAYS)

    def slot_country(self, arg: str | None) -> list[Piece]:
        """A country (not a HIPAA place)."""
        return self.pick(L.COUNTRIES)

    def slot_state(self, arg: str | None) -> list[Piece]:
        """A state or province (not a HIPAA place) or, outside North America, a country."""
        return self.pick({"US": L.STATES, "CA": L.PROVINCES}.get(self.locale, L.COUNTRIES))

    def slot_nation(self, arg: str | None) -> list[Piece]:
        """A nationality."""
        return self.pick(L.NATIONALITIES)

    def slot_brand(self, arg: str | None) -> list[Piece]:
        """A brand used generically."""
        return self.pick(L.BRANDS)

    def slot_nbrand(self, arg: str | None) -> list[Piece]:
        """A brand with a name or title in it."""
        return self.pick(L.NAMED_BRANDS)

    def slot_celeb(self, arg: str | None) -> list[Piece]:
        """A public figure."""
        return self.pick(L.PUBLIC_FIGURES)

    def slot_fiction(self, arg: str | None) -> list[Piece]:
        """A fictional character."""
        return self.pick(L.FICTIONAL)

    def slot_model(self, arg: str | None) -> list[Piece]:
        """A therapy model or theory."""
        return self.pick(L.THERAPY_MODELS)

    def slot_eponym(self, arg: str | None) -> list[Piece]:
        """An eponymous condition."""
        return self.pick(L.EPONYMOUS)

    def slot_idiom(self, arg: str | None) -> list[Piece]:
        """An idiom with a name in it."""
        return self.pick(L.NAME_IDIOMS)

    def slot_food(self, arg: str | None) -> list[Piece]:
        """A food named after a place."""
        return self.pick(L.PLACE_FOODS)

    def slot_road(self, arg: str | None) -> list[Piece]:
        """A street-like idiom."""
        return self.pick(L.ROAD_IDIOMS)

    def slot_lx(self, arg: str | None) -> list[Piece]:
        """A UK word in the locale's own version (mum/mom, solicitor/lawyer...)."""
        return [(self.lex(arg or ""), None)]

    # ---- rendering a script line into styled words --------------------------------------------------------------

    def render_line(self, line: str) -> tuple[str, list[Tok]]:
        """One script line ("C: ..."/"T: ...") into its speaker and styled, disfluent words with span ids."""
        speaker = {"C": "client", "T": "therapist"}[line[0]]
        body = line[2:].strip()
        buf = ""
        char_spans: list[tuple[int, int, Label]] = []
        pos = 0
        for match in re.finditer(r"\{([^{}]+)\}", body):
            buf += body[pos:match.start()]
            for text, label in self.fill(match.group(1)):
                if label is not None:
                    if not text or text != text.strip():
                        raise ValueError(f"slot {match.group(0)} gave span {text!r}")
                    char_spans.append((len(buf), len(buf) + len(text), label))
                buf += text
            pos = match.end()
        buf += body[pos:]
        tokens = self.tokenise(buf, char_spans)
        tokens = self.apply_style(tokens)
        tokens = self.add_disfluencies(tokens)
        return speaker, tokens

    def tokenise(self, text: str, char_spans: list[tuple[int, int, Label]]) -> list[Tok]:
        """Whitespace tokens, each tied to the span it lies in; a span's last word may carry a suffix outside."""
        tokens: list[Tok] = []
        ids: list[int] = []
        for start, end, label in char_spans:
            if start > 0 and not text[start - 1].isspace():
                raise ValueError(f"span {text[start:end]!r} starts mid-word in {text!r}")
            ids.append(len(self.spans))
            self.spans.append(self.new_span(label))
        for match in re.finditer(r"\S+", text):
            a, b = match.span()
            tok = Tok(match.group())
            for (start, end, _), sid in zip(char_spans, ids):
                if start <= a < end:
                    tok.span = sid
                    if end < b:
                        tok.core, tok.suffix = text[a:end], text[end:b]
                        if not SUFFIX_RE.fullmatch(tok.suffix):
                            raise ValueError(f"span {text[start:end]!r} ends mid-word in {text!r}")
                elif a < start < b:
                    raise ValueError(f"span {text[start:end]!r} starts inside {tok.core!r}")
            tokens.append(tok)
        return tokens

    def new_span(self, label: Label) -> dict:
        """A span's bookkeeping: its label and the casing the style gives it."""
        rng = self.rng
        case = "keep"
        if label in PROPER:
            if self.style == "cased" and rng.random() < 0.1:
                case = "lower"
            elif self.style == "odd" and rng.random() < 0.5:
                case = "title"
        return {"label": label, "case": case, "disfluent": False}

    def apply_style(self, tokens: list[Tok]) -> list[Tok]:
        """Casing and punctuation of the transcript's ASR style."""
        rng = self.rng
        out: list[Tok] = []
        for i, tok in enumerate(tokens):
            info = self.spans[tok.span] if tok.span is not None else None
            core, suffix = tok.core, tok.suffix
            if self.style != "cased" or (info and info["case"] == "lower"):
                core, suffix = core.lower(), suffix.lower()
            if self.style == "bare":
                last_of_span = info is not None and (i + 1 == len(tokens) or tokens[i + 1].span != tok.span)
                core = core.lstrip(PUNCT) if last_of_span else core.strip(PUNCT)
                suffix = "".join(ch for ch in suffix if ch not in PUNCT)
                if not core:
                    if info is not None:
                        raise ValueError(f"span word {tok.core!r} vanished in bare style")
                    continue
            if self.style == "odd":
                if re.fullmatch(r"i(?:'m|'ve|'d|'ll)?[.,?!]*", core):
                    core = "I" + core[1:]
                numeric = core.rstrip(",.") in ONES or core.rstrip(",.") in TENS or core in ("hundred", "and")
                if info and info["case"] == "title" and not numeric or rng.random() < 0.015:
                    core = core[:1].upper() + core[1:]
            out.append(Tok(core, suffix, tok.span))
        return out

    def filler(self, capital: bool) -> list[Tok]:
        """A hesitation or discourse filler as the style writes it."""
        rng = self.rng
        word = rng.choices(["um", "uh", "erm", "like", "i mean", "you know", "sort of", "kind of"],
                           weights=[30, 20, 10 if self.uk else 2, 15, 8, 10, 5, 4])[0]
        if self.style in ("cased", "odd"):
            word = word.replace("i mean", "I mean")
        if capital and self.style == "cased":
            word = word[0].upper() + word[1:]
        words = word.split()
        if self.style != "bare" and rng.random() < 0.55:
            words[-1] += ","
        return [Tok(w) for w in words]

    def add_disfluencies(self, tokens: list[Tok]) -> list[Tok]:
        """Fillers and repeated short words between words; now and then an "um" inside a long spoken number."""
        rng = self.rng
        out: list[Tok] = []
        for tok in tokens:
            prev = out[-1] if out else None
            inside = prev is not None and prev.span is not None and prev.span == tok.span
            if not inside:
                if rng.random() < P_FILLER:
                    capital = prev is None or prev.word[-1:] in ".?!"
                    out.extend(self.filler(capital))
                    if (capital and self.style == "cased" and tok.span is None
                            and not re.match(r"I\b", tok.core)):
                        tok = Tok(tok.core[:1].lower() + tok.core[1:], tok.suffix, tok.span)
                if (tok.span is None and not tok.suffix and tok.core.lower() in ("i", "my", "the", "at", "and", "to",
                                                                                 "we", "he", "she", "it", "a", "in")
                        and rng.random() < P_REPEAT):
                    out.append(Tok(tok.core))
            out.append(tok)
        # an "um" inside a long spoken number
        by_span: dict[int, list[int]] = {}
        for i, tok in enumerate(out):
            if tok.span is not None:
                by_span.setdefault(tok.span, []).append(i)
        for sid in sorted(by_span, reverse=True):
            idx = by_span[sid]
            info = self.spans[sid]
            words = [out[i].core for i in idx]
            numeric = sum(w.strip(",") in ONES or w in ("oh", "double", "triple") for w in words)
            if (info["label"][0] in SPOKEN_NUMERIC and len(idx) >= 4 and numeric >= 3
                    and rng.random() < P_SPAN_UM):
                at = rng.randint(idx[1], idx[-1])
                out.insert(at, Tok(rng.choice(["um", "uh", "erm"] if self.uk else ["um", "uh"]), "", sid))
                info["disfluent"] = True
        return out


# --- a record --------------------------------------------------------------------------------------------------

PAD = {"client": ["Yeah, yeah, I think so, yeah.", "Mm, I don't know, maybe.", "Yeah. Yeah, that's fair, I suppose.",
                  "Honestly? I'm not sure, to be fair.", "Right. Okay. Yeah, I get that."],
       "therapist": ["Okay. Mm-hm, go on.", "Right, okay, I see what you mean.", "Mm. Take your time, there's no rush.",
                     "Okay, yeah, that makes sense.", "I hear you. Go on, if you can."]}


def words_of(turns: list[tuple[str, list[Tok]]]) -> int:
    """How many words the turns hold."""
    return sum(len(toks) for _, toks in turns)


RARE_BONUS = {"FAX": 2.5, "IP": 3.0, "MRN": 3.0, "SSN": 3.0, "DOB": 2.5, "POST": 2.5, "FULLADDR": 2.0,
              "HPN": 2.0, "ACCT": 2.5, "LIC": 2.0, "PLATE": 2.5, "DEV": 2.0, "HANDLE": 1.5, "PROFILE": 1.5,
              "URL_P": 1.5, "EMAIL_W": 1.5, "EMAIL_T": 1.5, "URL": 1.0, "EMAIL": 1.0, "ADDR": 1.0, "STREET": 1.0,
              "LANDLINE": 1.0, "BDAY": 1.0, "AGE90": 0.5, "PHONE": 0.5, "MOBILE": 0.5}
QUOTA = {"FAX": 0.17, "IP": 0.17, "MRN": 0.19, "SSN": 0.19, "DOB": 0.12, "POST": 0.12, "HPN": 0.15,
         "ACCT": 0.18, "LIC": 0.19, "PLATE": 0.19, "DEV": 0.2}   # wanted blocks per transcript holding the slot


def block_slots(block: tuple[str, ...]) -> list[str]:
    """The slot names a block uses, sorted (so float sums never depend on set order)."""
    return sorted({m.split(":")[0].split("#")[0] for line in block for m in re.findall(r"\{([^{}]+)\}", line)})


def block_weight(block: tuple[str, ...], base: float, used: Counter, done: int) -> float:
    """How often a body block is drawn: the rarer identifier kinds more, and more still while behind their quota."""
    weight = 1.0
    for slot in block_slots(block):
        bonus = RARE_BONUS.get(slot, 0.0)
        if slot in QUOTA:
            bonus *= min(4.0, max(0.25, (QUOTA[slot] * (done + 1) + 1) / (used[slot] + 1)))
        weight += bonus
    return base * weight


def build_turns(session: Session, used_slots: Counter, done: int) -> tuple[list[tuple[str, list[Tok]]], Counter]:
    """Opening, body blocks with hard-negative blocks among them, and closing, until 250-400 words.

    `used_slots` counts the slots of body blocks kept so far in the set, `done` the transcripts so far; the slots of
    the body blocks kept here come back so the caller can add them once the transcript is accepted."""
    rng = session.rng
    setting = session.setting
    opening = rng.choice(S.OPENINGS[setting])
    closing = rng.choice(S.CLOSINGS[setting])
    pool = [(block, 2.5) for block in S.BODY[setting]] + [(block, 1.0) for block in S.GENERAL]
    kept = Counter()
    n_neg = rng.choice((2, 2, 3))
    negatives = rng.sample(S.NEGATIVES, n_neg)
    session.negative_blocks = n_neg
    target = rng.randint(280, 385)

    def render(block: tuple[str, ...]) -> list[tuple[str, list[Tok]]]:
        session.cache = {k: v for k, v in session.cache.items() if k.startswith("_practice")}
        return [session.render_line(line) for line in block]

    turns = render(opening)
    closing_turns = render(closing)
    neg_turns = [render(b) for b in negatives]
    body: list[list[tuple[str, list[Tok]]]] = []
    used: list[int] = []

    def total() -> int:
        return words_of(turns) + words_of(closing_turns) + sum(words_of(b) for b in body + neg_turns)

    while total() < target and len(used) < len(pool):
        weights = [0.0 if i in used else block_weight(b, w, used_slots + kept, done) for i, (b, w) in enumerate(pool)]
        i = rng.choices(range(len(pool)), weights=weights)[0]
        used.append(i)
        before = session.negatives
        block = render(pool[i][0])
        if total() + words_of(block) <= MAX_WORDS - 12:
            body.append(block)
            kept.update(block_slots(pool[i][0]))
        else:
            session.negatives = before
    for block in neg_turns:
        body.insert(rng.randint(0, len(body)), block)
    for block in body:
        turns.extend(block)
    turns.extend(closing_turns)
    for speaker, toks in turns:
        while len(toks) < MIN_SEG:
            pad = session.render_line(("C: " if speaker == "client" else "T: ") + rng.choice(PAD[speaker]))[1]
            if rng.random() < 0.5:
                toks.extend(pad)
            else:
                toks[:0] = pad
    return turns, kept


def segment_turn(n: int, ranges: list[tuple[int, int]], ends: list[str], rng: random.Random) -> list[int]:
    """Segment end positions for a turn of n words; about P_SPLIT of multi-word spans get a boundary inside."""
    multi = [(a, b) for a, b in ranges if b > a]
    wanted = {}
    for a, b in multi:
        if rng.random() < P_SPLIT:
            wanted[(a, b)] = rng.randint(a + 1, b)
    relax: list[tuple[int, int]] = []

    def attempt(required: list[int], forbidden: set[int]) -> list[int] | None:
        ok = [False] * (n + 1)
        ok[n] = True

        def valid(i: int, j: int) -> bool:
            return (MIN_SEG <= j - i <= MAX_SEG and (j == n or j not in forbidden)
                    and not any(i < r < j for r in required))

        for i in range(n - 1, -1, -1):
            ok[i] = any(ok[j] and valid(i, j) for j in range(i + MIN_SEG, min(i + MAX_SEG, n) + 1))
        if not ok[0]:
            return None
        cuts, i = [], 0
        while i < n:
            options = [j for j in range(i + MIN_SEG, min(i + MAX_SEG, n) + 1) if ok[j] and valid(i, j)]
            weights = []
            for j in options:
                w = math.exp(-(((j - i) - 14) / 5.5) ** 2) + 0.05
                end = ends[j - 1]
                w *= 3.0 if end in ".?!" else 1.6 if end == "," else 1.0
                weights.append(w)
            i = rng.choices(options, weights=weights)[0]
            cuts.append(i)
        return cuts

    while True:
        required = sorted(wanted.values())
        forbidden = {p for a, b in multi if (a, b) not in relax for p in range(a + 1, b + 1)} - set(required)
        cuts = attempt(required, forbidden)
        if cuts is not None:
            return cuts
        if wanted:
            wanted.pop(sorted(wanted)[-1])
        else:
            relax.append(max((r for r in multi if r not in relax), key=lambda r: r[1] - r[0]))


def build_record(index: int, rng: random.Random, setting: str, style: str, locale: str,
                 used_slots: Counter) -> tuple[dict, dict]:
    """One transcript record and its bookkeeping; `used_slots` (body-block slots so far) is updated."""
    numbers = rng.choice(["spoken", "digits"])
    for _ in range(100):
        session = Session(rng, setting, style, numbers, locale)
        participants = session.participants()
        turns, kept = build_turns(session, used_slots, index - 1)
        if MIN_WORDS <= words_of(turns) <= MAX_WORDS:
            used_slots.update(kept)
            break
    else:
        raise RuntimeError(f"record {index}: could not hit {MIN_WORDS}-{MAX_WORDS} words")

    # segments within turns
    seg_tokens: list[tuple[int, str, list[Tok]]] = []
    for turn, (speaker, toks) in enumerate(turns):
        ranges: dict[int, list[int]] = {}
        for i, tok in enumerate(toks):
            if tok.span is not None:
                ranges.setdefault(tok.span, []).append(i)
        cuts = segment_turn(len(toks), [(v[0], v[-1]) for v in ranges.values()],
                            [t.word[-1:] for t in toks], rng)
        start = 0
        for cut in cuts:
            seg_tokens.append((turn, speaker, toks[start:cut]))
            start = cut

    # Whisper's stray capitals and full stops at segment edges
    for _, _, toks in seg_tokens:
        first, last = toks[0], toks[-1]
        if style == "cased" and first.core[:1].islower() and rng.random() < 0.3:
            first.core = first.core[0].upper() + first.core[1:]
        if style in ("cased", "lower") and last.word[-1:] not in ".?!," and rng.random() < (
                0.08 if style == "cased" else 0.04):
            last.suffix += "."

    # text, spans, timings
    words = [tok for _, _, toks in seg_tokens for tok in toks]
    offsets, pos = [], 0
    for tok in words:
        offsets.append(pos)
        pos += len(tok.word) + 1
    text = " ".join(tok.word for tok in words)
    first_idx: dict[int, int] = {}
    last_idx: dict[int, int] = {}
    for i, tok in enumerate(words):
        if tok.span is not None:
            first_idx.setdefault(tok.span, i)
            last_idx[tok.span] = i
    # a span's inner words may have gained a full stop at a segment edge: it stays inside the span
    for sid, j in last_idx.items():
        for i in range(first_idx[sid], j):
            if words[i].suffix:
                words[i].core, words[i].suffix = words[i].word, ""
    seg_of_word = [k for k, (_, _, toks) in enumerate(seg_tokens) for _ in toks]
    spans = []
    for sid in sorted(first_idx, key=lambda s: first_idx[s]):
        a, b = first_idx[sid], last_idx[sid]
        start, end = offsets[a], offsets[b] + len(words[b].core)
        info = session.spans[sid]
        span = {"start": start, "end": end, "type": info["label"][0], "kind": info["label"][1],
                "text": text[start:end]}
        if info["disfluent"]:
            span["disfluent"] = True
        if seg_of_word[a] != seg_of_word[b]:
            span["split"] = True
        spans.append(span)

    segments = []
    t = rng.randint(0, 300)
    for k, (turn, speaker, toks) in enumerate(seg_tokens):
        if k:
            t += rng.randint(35, 160) if turn != seg_tokens[k - 1][0] else rng.randint(5, 30)
        seg_words = []
        for tok in toks:
            word = tok.word
            dur = max(10, min(95, 14 + 5 * len(word) + rng.randint(-4, 8)))
            seg_words.append({"word": word, "start": t / 100, "end": (t + dur) / 100})
            t += dur + rng.randint(1, 12)
            if word[-1:] in ".?!":
                t += rng.randint(15, 55)
            elif word[-1:] == ",":
                t += rng.randint(5, 25)
        segments.append({"speaker": speaker, "start": seg_words[0]["start"], "end": seg_words[-1]["end"],
                         "text": " ".join(w["word"] for w in seg_words), "words": seg_words})
    record = {"id": f"holdout4-{index:04d}", "setting": setting, "style": style, "numbers": numbers,
              "locale": locale, "participants": participants, "text": text, "spans": spans, "segments": segments}
    return record, {"negatives": session.negatives, "negative_blocks": session.negative_blocks}


def shuffled(rng: random.Random, counts: dict[str, int]) -> list[str]:
    """A list holding each key `counts[key]` times, shuffled."""
    items = [key for key, n in counts.items() for _ in range(n)]
    rng.shuffle(items)
    return items


def generate() -> tuple[list[dict], list[dict]]:
    """All records, and their bookkeeping, from SEED."""
    rng = random.Random(SEED)
    settings = shuffled(rng, SETTING_COUNTS)
    styles = shuffled(rng, STYLE_COUNTS)
    locales = shuffled(rng, LOCALE_COUNTS)
    records, meta = [], []
    used_slots: Counter = Counter()
    for i in range(N_RECORDS):
        record, info = build_record(i + 1, rng, settings[i], styles[i], locales[i], used_slots)
        records.append(record)
        meta.append(info)
    return records, meta


def dump(records: list[dict]) -> bytes:
    """The JSONL bytes."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# --- checks and stats ---------------------------------------------------------------------------------------------

def check_record(r: dict) -> None:
    """Assert a record's invariants: spans, words, segments, times."""
    text = r["text"]
    assert text == " ".join(text.split()), f"{r['id']}: text is not single-spaced"
    n_words = len(text.split())
    assert MIN_WORDS <= n_words <= MAX_WORDS, f"{r['id']}: {n_words} words"
    assert r["participants"], f"{r['id']}: no participants"
    last_end = -1
    for s in r["spans"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), f"{r['id']}: span out of range {s}"
        assert text[a:b] == s["text"], f"{r['id']}: span text mismatch {s}"
        assert (s["type"], s["kind"]) in LABELS, f"{r['id']}: unknown label {s}"
        assert a >= last_end, f"{r['id']}: overlapping spans at {s}"
        last_end = b
        assert s["text"] == s["text"].strip(), f"{r['id']}: span has outer space {s}"
        assert s["text"][0] not in SPLIT_PUNCT and s["text"][-1] not in SPLIT_PUNCT, f"{r['id']}: punctuation {s}"
        assert a == 0 or text[a - 1] == " ", f"{r['id']}: span starts mid-word {s}"
        tail = text[b:].split(" ", 1)[0]
        assert SUFFIX_RE.fullmatch(tail), f"{r['id']}: span ends mid-word {s} (+{tail!r})"
    words = [w for seg in r["segments"] for w in seg["words"]]
    assert " ".join(w["word"] for w in words) == text, f"{r['id']}: segment words do not join to the text"
    t = -1.0
    for seg in r["segments"]:
        assert seg["speaker"] in ("client", "therapist"), f"{r['id']}: speaker {seg['speaker']}"
        assert MIN_SEG <= len(seg["words"]) <= MAX_SEG, f"{r['id']}: segment of {len(seg['words'])} words"
        assert seg["text"] == " ".join(w["word"] for w in seg["words"]), f"{r['id']}: segment text"
        assert seg["start"] == seg["words"][0]["start"] and seg["end"] == seg["words"][-1]["end"]
        for w in seg["words"]:
            assert w["start"] >= t and w["end"] > w["start"], f"{r['id']}: time goes back at {w}"
            t = w["end"]


def check() -> None:
    """Regenerate in memory, assert byte identity with the file and every record's invariants."""
    records, _ = generate()
    data = dump(records)
    on_disk = OUT.read_bytes()
    assert data == on_disk, "holdout4.jsonl differs from what the seed regenerates"
    for line in on_disk.decode("utf-8").splitlines():
        check_record(json.loads(line))
    print(f"ok: {len(records)} records, byte-identical, md5 {hashlib.md5(on_disk).hexdigest()}")


def stats(records: list[dict], meta: list[dict]) -> str:
    """Counts per type and kind, style, setting, locale, numbers; words, segments, split and disfluent spans."""
    lines = []
    types = Counter(s["type"] for r in records for s in r["spans"])
    kinds = Counter((s["type"], s["kind"]) for r in records for s in r["spans"])
    lines.append(f"records {len(records)}, spans {sum(types.values())}")
    lines.append("per type:")
    lines += [f"  {t:8s} {n}" for t, n in sorted(types.items())]
    lines.append("per kind:")
    lines += [f"  {t}/{k}: {kinds[(t, k)]}" for t, k in LABELS]
    for field in ("setting", "style", "locale", "numbers"):
        counts = Counter(r[field] for r in records)
        lines.append(f"{field}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    n_words = [len(r["text"].split()) for r in records]
    seg_len = [len(s["words"]) for r in records for s in r["segments"]]
    multi = [s for r in records for s in r["spans"] if " " in s["text"]]
    split = [s for s in multi if s.get("split")]
    lines.append(f"words per transcript: min {min(n_words)}, mean {sum(n_words) / len(n_words):.0f}, "
                 f"max {max(n_words)}; total {sum(n_words)}")
    lines.append(f"segments {len(seg_len)}, words per segment {min(seg_len)}-{max(seg_len)}")
    lines.append(f"multi-word spans {len(multi)}, split across segments {len(split)} "
                 f"({100 * len(split) / max(len(multi), 1):.1f}%)")
    lines.append(f"disfluent spans {sum(bool(s.get('disfluent')) for r in records for s in r['spans'])}")
    words = {w.lower() for w in L.FEMALE_WORD_NAMES + L.MALE_WORD_NAMES + L.WORD_SURNAMES}
    word_names = [s for r in records for s in r["spans"] if s["type"] == "NAME"
                  and any(w.lower().strip(",.") in words for w in s["text"].split())]
    lines.append(f"NAME spans holding a name that is also a word (Hope, Bill, Frost...): {len(word_names)}")
    styles = Counter(r["style"] for r in records for _ in r["spans"])
    lines.append("spans per style: " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())))
    participants = sum(len(r["participants"]) for r in records)
    lines.append(f"participants {participants}; hard-negative blocks {sum(m['negative_blocks'] for m in meta)}, "
                 f"hard-negative slot fills {sum(m['negatives'] for m in meta)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """CLI: write the set, or --check it, or print --stats."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="regenerate in memory and assert identity and spans")
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    if args.check:
        check()
        return 0
    records, meta = generate()
    if args.stats:
        print(stats(records, meta))
        return 0
    for record in records:
        check_record(record)
    data = dump(records)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(records)} records, md5 {hashlib.md5(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
