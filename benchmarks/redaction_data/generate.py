"""Generate therapy-style transcripts with planted personal details (all HIPAA kinds said aloud) and hard
negatives, Whisper-style: cased and punctuated, or lower-case without punctuation, numbers as digits or words.

    python -m benchmarks.redaction_data.generate             # test.jsonl (seed 2026, TEST lists and templates)
    python -m benchmarks.redaction_data.generate --set dev   # dev.jsonl (seed 19, DEV lists and templates)
    python -m benchmarks.redaction_data.generate --set tune  # tune.jsonl (seed 7, TUNE lists and templates)

Each line: {"id", "text", "participants", "style", "spans": [{"start", "end", "type", "kind"}]}, the format of
`emotion-jax eval redaction`. Neither privacy/ nor its word lists are read here.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from benchmarks.redaction_data.lists import DEV, TEST, TUNE

HERE = Path(__file__).parent
DIGITS = "zero one two three four five six seven eight nine".split()
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first "
            "twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth").split()
MONTHS = "January February March April May June July August September October November December".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

# slot -> (gold type, HIPAA kind); {first} etc. are filled from the lists
SLOTS = {
    "first": ("NAME", "name"), "full": ("NAME", "name"), "dr": ("NAME", "name"), "participant": ("NAME", "name"),
    "city": ("PLACE", "geographic"), "region": ("PLACE", "geographic"), "facility": ("PLACE", "geographic"),
    "address": ("ADDRESS", "street address"), "postcode": ("ADDRESS", "postcode/zip"),
    "zip": ("ADDRESS", "postcode/zip"), "date": ("DATE", "date"), "dob": ("DATE", "date of birth"),
    "phone": ("PHONE", "phone"), "fax": ("PHONE", "fax"), "email": ("EMAIL", "e-mail"), "url": ("URL", "web address"),
    "ip": ("ID", "IP address"), "mrn": ("ID", "medical record number"), "ssn": ("ID", "social security number"),
    "member": ("ID", "health plan number"), "account": ("ID", "account number"),
    "licence": ("ID", "certificate/licence number"), "plate": ("ID", "vehicle identifier"),
    "serial": ("ID", "device identifier"),
    "spelled_postcode": ("ADDRESS", "postcode/zip"), "handle": ("URL", "web address"),
}

TEMPLATES = {
    "dev": [
        "My sister {first} hasn't spoken to me since the funeral.",
        "I keep thinking about what {full} said to me at work.",
        "{dr} wants me to try a higher dose, but I'm scared of the side effects.",
        "So I rang {first} and she just cried down the phone.",
        "My ex-husband, {full}, still turns up at the school gates.",
        "Me and {first} used to walk the dog every Sunday.",
        "When you were talking about {participant}'s mother, I felt tense.",
        "We moved to {city} when I was eleven, and I never settled.",
        "My grandparents still live out in {region}.",
        "I was an inpatient at {facility} for three weeks.",
        "The flat is at {address}, above the launderette.",
        "You can post the forms to {address}, {city} {postcode}.",
        "Our old house was {address}, {city}, {zip}.",
        "My mum died on {date}, and every year it comes back.",
        "My date of birth is {dob}, if you need it for the form.",
        "The hearing is on {date} and I can't sleep.",
        "You can reach me on {phone} most evenings.",
        "The crisis team's number is {phone}.",
        "Their fax is {fax}, apparently people still use fax.",
        "Send the letter to {email} rather than my home address.",
        "He kept messaging my work e-mail, {email}, even after I blocked him.",
        "I found the group on {url} and it really helped.",
        "The login page was {url}, I think.",
        "Someone logged in from {ip}, so I changed all my passwords.",
        "My hospital number is {mrn}.",
        "My social security number is {ssn}, the benefits office keeps asking.",
        "The insurance member ID is {member}.",
        "The bank account number is {account}, he took everything out of it.",
        "My nursing licence number is {licence} and they might suspend it.",
        "His car's number plate is {plate}, I see it outside my house.",
        "The serial number on my insulin pump is {serial}.",
    ],
    "tune": [
        "{first} said I was overreacting again.",
        "I saw {full} at the supermarket and froze.",
        "Last week {dr} told me the scan was clear.",
        "My brother {first} is the only one who calls.",
        "Growing up in {city} was hard for us.",
        "We went on holiday to {region} every summer.",
        "They took me to {facility} in an ambulance.",
        "I'm living at {address} now, with my aunt.",
        "The postcode's {postcode}.",
        "It's {zip}, the zip code.",
        "The anniversary is {date}, next month.",
        "I was born on {dob}.",
        "Call me on {phone} if you're running late.",
        "My email address is {email}.",
        "Have a look at {url} later.",
        "My NHS number is {mrn}.",
        "The policy number on the card is {member}.",
        "Their fax number was {fax}.",
        "My router said {ip}.",
        "Account number {account}.",
        "My driving licence number is {licence}.",
        "Her registration is {plate}.",
        "The device serial is {serial}.",
        "My SSN is {ssn}.",
        "We lived near {city} for a while, then {region}.",
        "{first} and I split up in the spring.",
        "I had a row with {first} about the kids.",
        "Mum's in {facility} now and she doesn't know me.",
        "Write to us at {address}, {city}, {zip}.",
        "It was {address}, {postcode}, the flat with the damp.",
        "My cousin drove down from {city} for the funeral.",
        "Honestly {full} was the only teacher who cared.",
        "The serial number on the back says {serial}.",
        # added with the postcode, web address, place and name rules of issue 19 (TUNE only)
        "Sorry, the postcode is {spelled_postcode}, I always get it wrong.",
        "It's {address}, {city} {spelled_postcode}.",
        "She lives at {address}, {city}, {zip} now.",
        "I follow a page, {url}, that my friend found.",
        "She posts everything, her account is {handle}.",
        "My old flatmate still lives in {city}, I think.",
        "We used to go up to {region} when the kids were small.",
        "My friend {first} from the group texted me.",
        "I was talking to {first} about it and she just listened.",
        "My neighbour {full} keeps an eye on the house.",
        "Apparently {first}'s mum was in hospital too.",
    ],
}

TEMPLATES["test"] = [
    "I think {first} is the reason I keep going.",
    "Last night {full} turned up drunk at my door.",
    "I saw {dr} on Tuesday and she doubled my dose.",
    "Do you remember me mentioning {first}? She's back.",
    "At the wedding {full} told everyone about my breakdown.",
    "I can't stop thinking about {participant} and the accident.",
    "Dad retired to {city} and I hardly see him.",
    "We spent Christmas in {region} with his family.",
    "I was sectioned and taken to {facility}.",
    "The school is {facility}, and the teachers are lovely.",
    "My new place is {address}, the blue door.",
    "Can you send it to {address}, {city}, {postcode}?",
    "The old address was {address}, {city}, {zip}.",
    "Her funeral was on {date}.",
    "I was born {dob}, in the middle of a snowstorm.",
    "Court is on {date}, so I need the letter by then.",
    "My mobile is {phone}, text before you call.",
    "If you need me at work the number is {phone}.",
    "The surgery's fax number is {fax}.",
    "My personal email is {email}.",
    "Contact the carers at {email} if I don't answer.",
    "There's a forum at {url} where people share stories.",
    "The hospital's IP was {ip}, someone in IT told me.",
    "My medical record number is {mrn}.",
    "My social security is {ssn}.",
    "The health insurance member number is {member}.",
    "The account he emptied was {account}.",
    "My teaching certificate number is {licence}.",
    "The van's registration number is {plate}.",
    "The pacemaker's serial number is {serial}.",
]

# filler turns with no personal detail, many of them traps for a detector (hard negatives)
FILLERS = {
    "dev": [
        "I felt sad on Monday, and by Friday I couldn't get out of bed.",
        "May I ask you something before we start?",
        "Grace is a word my counsellor at church used a lot.",
        "On a scale of one to ten it was a ten out of ten.",
        "April showers, my gran used to say, bring May flowers.",
        "I will try to go for a walk every day this week.",
        "Hope is a hard thing to hold on to right now.",
        "We've been doing this for about two years now.",
        "I take fifty milligrams in the morning and another fifty at night.",
        "I slept maybe four hours last night.",
        "Christmas is always the worst time of year for me.",
        "I watched Netflix all weekend and didn't answer my phone.",
        "My mum and dad argued about money the whole time.",
        "God knows I tried.",
        "It was a fifty fifty chance, and I lost.",
        "Back in 2015 things were better.",
        "I go to the gym at six thirty before work.",
        "I got a seven on the mood chart, which is good for me.",
        "The summer was long and lonely.",
        "I've been on the waiting list for eighteen months.",
        "Mark my words, I said, this time will be different.",
        "I read a book called The Body Keeps the Score.",
        "The doctor said to come back in three weeks.",
        "I lost about twelve pounds since we last met.",
        "There were maybe twenty people at the meeting.",
        "I spent two hundred pounds I didn't have.",
        "My daughter turned the music up really loud.",
        "It's like my brain has a hundred tabs open.",
        "I'm on step four of the program.",
        "Honestly, I just want to feel normal again.",
        "Yeah, I think that's fair.",
        "Um, I don't really know how to explain it.",
        "My phone was buzzing all night.",
        "I sent an email to my manager and she never replied.",
        "I looked it up on the internet and scared myself.",
    ],
    "tune": [
        "Sunday was quiet, just me and the cat.",
        "Will I ever feel like myself again?",
        "I gave it a nine out of ten.",
        "Joy isn't something I feel much.",
        "I've had three panic attacks this month.",
        "Easter was fine, actually.",
        "I used to drink about six cans a night.",
        "In 2019 I lost my job.",
        "Frank conversations are hard for me.",
        "I had an appointment at ten but I missed it.",
        "My mood is about a four today.",
        "I scrolled through Instagram until three in the morning.",
        "Summer holidays are coming and I dread them.",
        "I walked for forty minutes by the river.",
        "Faith is what got my grandmother through the war.",
        "I said to myself, Ray of sunshine, that's what I'm not.",
        "June was a better month, I think.",
        "I was up at five, then again at half past six.",
        "I paid three hundred and fifty quid for the course.",
        "I've lost twenty-two pounds since January.",
        "Autumn always makes me feel low.",
        "My son is in year nine now.",
        "Dr Google told me it was something terrible.",
        "I keep a journal by my bed.",
        "I called the helpline twice but hung up both times.",
        "It said on the form, question twelve, how often do you feel hopeless.",
        "Rose-tinted glasses, that's what my dad called it.",
        "I went to the pharmacy and then straight home.",
        "So my sister and I don't talk any more.",
        "Sadly the doctor said there was nothing to be done.",
        "Thursday night was the worst.",
        "Patience is not my strong point.",
        "The meeting at work lasted two hours.",
        "Top of the morning, my granddad used to say.",
        "My heart has a hole in it, that's how it feels.",
        "It was a one in a million chance, the doctor said.",
        "Rain, rain, go away, we used to sing.",
        "I'm a nervous wreck, to be honest.",
        "Penny for your thoughts, my nan would say.",
        "My head feels like a washing machine.",
        "The bus was forty minutes late again.",
        "I did the shopping, the washing and the ironing.",
        "Spring cleaning is my way of coping.",
        "It's a long road, I know that.",
        "Blessings in disguise, apparently.",
        "My body feels heavy all the time.",
        "We got there on the dot at nine, for once.",
        "Basically it's as easy as a b c, she said.",
        "My instagram is full of other people's holidays.",
        "The sun came out and a ray of light hit the kitchen.",
        "I went to the top of the hill and just sat there.",
        "The account of what happened is in my notes.",
        "I'm on my own most nights, to be fair.",
        "He gave me the cold shoulder for a week.",
        "We moved the sofa to the other room.",
        "I'm from a big family, five of us.",
    ],
}


FILLERS["test"] = [
    "Monday was awful, Tuesday a bit better.",
    "May I have some water?",
    "Faith in people is hard for me now.",
    "I'd say a six out of ten, maybe a seven.",
    "April was a blur, honestly.",
    "I will, I promise I will.",
    "Grace under pressure, that's what they expect.",
    "I was off sick for three weeks in total.",
    "I take two tablets twice a day.",
    "I've had maybe five hours of sleep all week.",
    "New Year's Eve is the worst night for me.",
    "I've been bingeing YouTube till two in the morning.",
    "My husband and the kids went to the park.",
    "Jesus, I don't know.",
    "It was ninety percent my fault.",
    "In 2008 we lost the house.",
    "The appointment is at quarter past nine.",
    "On a bad day I'm a two.",
    "Winter is long here.",
    "I've been sober for four hundred days.",
    "Hope you don't mind me saying this.",
    "I'm reading a book about attachment.",
    "The nurse said to come back in a fortnight.",
    "I put on a stone over the summer.",
    "There were thirty of us at the wake.",
    "It cost me a thousand pounds to fix the car.",
    "My son turned the telly off and walked out.",
    "It feels like a thousand bees in my chest.",
    "I'm on chapter three of the workbook.",
    "Honestly, I just feel numb.",
    "Right, okay, that makes sense.",
    "Um, where was I?",
    "My phone died halfway through the call.",
    "I wrote my manager an email and deleted it.",
    "I googled my symptoms again.",
]


def spoken(digits: str, rng: random.Random) -> str:
    """Digits as a speaker says them: 'oh' or 'zero', sometimes 'double'."""
    zero = rng.choice(["oh", "zero"])
    words, k = [], 0
    while k < len(digits):
        d = digits[k]
        if not d.isdigit():
            k += 1
            continue
        word = zero if d == "0" else DIGITS[int(d)]
        if k + 1 < len(digits) and digits[k + 1] == d and rng.random() < 0.4:
            words.append(f"double {word}")
            k += 2
        else:
            words.append(word)
            k += 1
    return " ".join(words)


def year_words(year: int) -> str:
    hi, lo = divmod(year, 100)
    if year >= 2000 and lo < 10:
        return "two thousand" + (f" and {DIGITS[lo]}" if lo else "")
    head = {19: "nineteen", 20: "twenty"}[hi]
    if lo < 10:
        return f"{head} oh {DIGITS[lo]}"
    if lo < 20:
        return f"{head} {TEENS[lo - 10]}"
    t, u = divmod(lo, 10)
    return f"{head} {TENS[t - 2]}" + (f"-{DIGITS[u]}" if u else "")


def a_date(rng: random.Random, words: bool, year: bool) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.randint(1948, 2024)
    name = MONTHS[month - 1]
    if words:
        form = rng.choice([f"the {ORDINALS[day - 1]} of {name}", f"{name} the {ORDINALS[day - 1]}",
                           f"{name} {ORDINALS[day - 1]}"])
        return form + (f" {year_words(y)}" if year else "")
    form = rng.choice([f"{day} {name}", f"{name} {day}", f"the {day}th of {name}"])
    if year and rng.random() < 0.3:
        return rng.choice([f"{day:02d}/{month:02d}/{y}", f"{month}/{day}/{y}"])
    return form + (f" {y}" if year else "")


def a_number(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def fill(slot: str, lists: dict, rng: random.Random, words: bool, participant: str) -> str:
    first, last = rng.choice(lists["first"]), rng.choice(lists["last"])
    num = (lambda d: spoken(d, rng)) if words else (lambda d: d)
    if slot == "first":
        return first
    if slot == "full":
        return f"{first} {last}"
    if slot == "dr":
        return f"{rng.choice(['Dr', 'Doctor', 'Dr.'])} {last}"
    if slot == "participant":
        return participant.split()[0]
    if slot in ("city", "region", "facility", "postcode", "zip"):
        value = rng.choice(lists[slot])
        return num(value) if slot == "zip" else value
    if slot == "address":
        house = str(rng.randint(2, 240))
        street = f"{rng.choice(lists['street'])} {rng.choice(lists['street_type'])}"
        flat = rng.random() < 0.2
        return (f"flat {num(str(rng.randint(1, 9)))}, " if flat else "") + f"{num(house) if words else house} {street}"
    if slot in ("date", "dob"):
        return a_date(rng, words, year=slot == "dob" or rng.random() < 0.4)
    if slot in ("phone", "fax"):
        uk = rng.random() < 0.5
        digits = "07" + a_number(rng, 9) if uk else a_number(rng, 3) + "555" + a_number(rng, 4)
        if words:
            return spoken(digits, rng)
        return f"{digits[:5]} {digits[5:]}" if uk else rng.choice(
            [f"({digits[:3]}) {digits[3:6]}-{digits[6:]}", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"])
    if slot == "email":
        user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}"]).lower()
        domain = rng.choice(lists["domain"])
        if words:
            say = lambda s: " dot ".join(s.split("."))  # noqa: E731
            return f"{say(user)} at {say(domain)}"
        return f"{user}@{domain}"
    if slot == "url":
        site = rng.choice(lists["site"])
        path = rng.choice(["", "/groups", "/support", "/join"])
        if words:
            return rng.choice(["", "w w w dot "]) + " dot ".join(site.split(".")) + path.replace("/", " slash ")
        return rng.choice(["", "www.", "https://"]) + site + path
    if slot == "spelled_postcode":
        code = rng.choice(lists["postcode"]).replace(" ", "")
        said = [spoken(c, rng) if c.isdigit() else c.lower() for c in code]
        return " ".join(said) if words or rng.random() < 0.5 else rng.choice([code, code.lower()])
    if slot == "handle":
        user = rng.choice([f"{first}_{last}", f"{first}{rng.randint(1, 99)}", f"{first}.{last}"]).lower()
        if words:
            return "at " + user.replace("_", " underscore ").replace(".", " dot ")
        return "@" + user
    if slot == "ip":
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    if slot == "ssn":
        d = a_number(rng, 9).replace("0", "4", 1)
        return spoken(d, rng) if words else f"{d[:3]}-{d[3:5]}-{d[5:]}"
    if slot in ("mrn", "account", "serial"):
        d = a_number(rng, rng.choice([8, 10]))
        prefix = rng.choice(["", "", "SN", "AX"]) if slot == "serial" else ""
        return (prefix + " " if prefix else "") + (spoken(d, rng) if words else d)
    if slot in ("member", "licence", "plate"):
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3 if slot != "plate" else 2))
        d = a_number(rng, {"member": 9, "licence": 7, "plate": 2}[slot])
        tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3)) if slot == "plate" else ""
        if words:
            return " ".join([*letters, spoken(d, rng), *tail]).strip()
        return f"{letters}{d}{(' ' + tail) if tail else ''}" if slot == "plate" else f"{letters}-{d}"
    raise KeyError(slot)


def transcript(index: int, which: str, rng: random.Random) -> dict:
    """One transcript: fillers and one to three planted details, in a random Whisper style."""
    lists = {"dev": DEV, "tune": TUNE, "test": TEST}[which]
    participant = f"{rng.choice(lists['first'])} {rng.choice(lists['last'])}"
    style = rng.choice(["cased", "cased", "lower", "mixed"])
    words = style != "cased" and rng.random() < 0.7 or rng.random() < 0.25
    turns = [[(t, None)] for t in rng.sample(FILLERS[which], rng.randint(1, 4))]
    for template in rng.sample(TEMPLATES[which], rng.randint(1, 3)):
        parts, pos = [], 0
        for m in re.finditer(r"\{(\w+)\}", template):
            parts.append((template[pos:m.start()], None))
            parts.append((fill(m.group(1), lists, rng, words, participant), m.group(1)))
            pos = m.end()
        parts.append((template[pos:], None))
        turns.insert(rng.randint(0, len(turns)), parts)
    text, spans = "", []
    for turn in turns:
        for piece, slot in turn:
            if style != "cased" and slot not in ("email", "url", "ip") or slot is None and style != "cased":
                piece = piece.lower()
            if style == "lower" and slot is None:
                piece = re.sub(r"[.,?!;]", "", piece)
            if slot:
                kind = SLOTS[slot]
                spans.append({"start": len(text), "end": len(text) + len(piece), "type": kind[0], "kind": kind[1]})
            text += piece
        text += " "
    return {"id": f"{which}-{index:04d}", "text": text.strip(), "participants": [participant], "style": style,
            "spans": spans}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["dev", "tune", "test"], default="test")
    parser.add_argument("-n", type=int, default=None, help="how many transcripts (dev 500, tune 400, test 400)")
    args = parser.parse_args()
    rng = random.Random({"dev": 19, "tune": 7, "test": 2026}[args.set])
    n = args.n or {"dev": 500, "tune": 400, "test": 400}[args.set]
    lines = [json.dumps(transcript(i, args.set, rng), ensure_ascii=False) for i in range(n)]
    (HERE / f"{args.set}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{n} transcripts -> {HERE / f'{args.set}.jsonl'}")


if __name__ == "__main__":
    main()
