"""Word tables and regular expressions for `privacy.redact`: the data, kept apart from the rules that use it."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

CATEGORIES = ("NAME", "PLACE", "ADDRESS", "DATE", "PHONE", "EMAIL", "URL", "ID", "AGE")
DEFAULT_CATEGORIES = frozenset(CATEGORIES) - {"AGE"}  # an age alone is no HIPAA identifier (under 90): ask for it

TITLES = frozenset({"dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor"})
# words that name a person by their relation to the speaker: "my sister Emma", "a nurse called ..."
RELATIONS = frozenset(
    "sister brother mum mom mother dad father husband wife partner boyfriend girlfriend fiance fiancee ex son "
    "daughter kid child baby friend mate boss manager supervisor colleague coworker cousin aunt auntie uncle nan "
    "nana nanna gran granny grandma grandmother grandad granddad grandpa grandfather niece nephew stepmom stepmum "
    "stepdad stepfather stepmother stepson stepdaughter therapist counsellor counselor gp teacher tutor neighbour "
    "neighbor flatmate roommate housemate landlord landlady eldest youngest oldest sibling twin carer caseworker "
    "sponsor pastor vicar priest imam rabbi coach lecturer nurse".split()
)
NAMING_CUES = (("named",), ("called",), ("name", "is"), ("name's",), ("names", "are"), ("this", "is"))
# cues after which a word is a name or nickname whatever it is ('my mum still calls me mags', 'his real name's
# deepika', 'we call him shiv'): matched on the words as said (with their 's)
STRONG_NAMING_CUES = tuple(tuple(c.split()) for c in (
    "calls me|call me|called me|calls him|call him|called him|calls her|call her|called her|calls them|call them|"
    "name's|name is|names are|named|nickname is|nickname's|goes by|real name's|real name is".split("|")))
# what follows 'calls me' that is no name: time words and the like ('call me tomorrow', 'calls me every day')
NOT_NICKNAMES = frozenset(
    "tomorrow tonight today yesterday later sometime soon back again every each names anytime mum mom dad "
    "weekends weekly daily nightly".split())
# titles that belong to the name they come before, unless 'my', 'the' ... comes first ('Sister Zuzana', 'Imam
# Harpreet', 'Auntie Folake'; but 'my sister Zuzana', 'the nurse, Rodrigo')
HONORIFICS = frozenset(
    "sister nurse reverend rev father fr imam rabbi pastor vicar coach councillor cllr auntie aunty uncle sheikh "
    "bishop canon deacon matron sergeant sgt officer judge lady sir dame lord elder brother magistrate inspector "
    "detective constable principal headteacher captain grandma granny grandpa grandad nana gran sheriff".split())
# titles said after a name in South Asian and African English ('ravi uncle', 'meena aunty', 'sharma ji')
POSTPOSED_TITLES = frozenset("uncle aunty auntie ji bhai bhaiya didi sahib saab".split())
# who a relation's name may follow ('my sister river is ...'), and what the named person then does
POSSESSIVES = frozenset("my his her our their your".split())
KIN = frozenset("sister brother stepbrother stepsister halfbrother son daughter stepson stepdaughter cousin niece "
                "nephew friend mate twin".split())
KIN_VERBS = frozenset("is was has had gets got said says lives lived would will can could and who texted rang "
                      "called came comes".split())
# words that make a nickname with the name after them ('big earl', 'little jayson'), unless 'my', 'the' ... comes first
NICKNAME_PREFIXES = frozenset("big little lil wee".split())
# officials named by their title and surname ('judge jacobs', 'Inspector Anyanwu'); also words of their own, so the
# surname must be capitalised, listed or no ordinary word
OFFICIALS = frozenset("judge magistrate inspector detective constable sergeant sgt corporal pc".split())
# words that cue a name spelled out letter by letter after them ('how do you spell your first name? i d r i s')
SPELLING_CUES = frozenset("spell spelled spelt spelling".split())
DETERMINERS = frozenset("my his her their our your the a an this that our its whose".split())
# a greeting or thanks said to a person, who is named next ('thanks venkatesh', 'take care neeve')
VOCATIVE_CUES = tuple(tuple(c.split()) for c in
                      "thanks|thank you|take care|cheers|bye|goodbye|hi|hello|hiya|morning|evening|night night|"
                      "sorry".split("|"))
# what is a person's, said right after their name and 's ("i deleted stretch's number", "it was bill's fortieth",
# "beauty's mum died", "I was at Autumn's house")
OWNED = frozenset(
    "number phone mobile address email house flat place home room bedroom car birthday bday party funeral wedding "
    "grave mum mam mom mother dad father sister brother son daughter husband wife partner boyfriend girlfriend ex "
    "kids children baby family nan gran auntie uncle cousin shift shifts eighteenth twenty-first thirtieth "
    "fortieth fiftieth sixtieth seventieth eightieth 18th 21st 30th 40th 50th 60th 70th 80th".split())
# words whose 's is no person's ("it's", "everyone's kids", "today's party", "work's number")
NOT_OWNERS = frozenset(
    "it that what there here who where how when why he she let one other others each everyone everybody someone "
    "somebody anyone anybody nobody no-one people children women men kids today tonight yesterday tomorrow week "
    "year month weekend night morning evening afternoon work school college uni university church hospital office "
    "company council court bank shop police government nhs".split())
# particles inside a surname ('o murchu', 'van der berg', 'de souza', 'mac an tsaoi', 'al masri')
SURNAME_PARTICLES = frozenset("o mc mac de da di du van von der den le la al el bin ibn ni nic ui ua st".split())
SAID_VERBS = frozenset(
    "said says told tells asked asks thinks thought wants wanted texted messaged rang called".split()
)
# words a model's person sometimes takes in at its edges ('Call Sarah', 'Thanks Emma')
NAME_EDGE = frozenset("call ring phone text email ask tell meet see thank thanks dear love bless poor".split())
SOCIAL_VERBS = frozenset("with and told asked met saw texted messaged married dating divorced".split())
# verbs before 'to' or 'with' and a person ('I was talking to ...', 'she spoke with ...')
TALK_VERBS = frozenset(
    "talking talked talk talks spoke speak speaking speaks chatting chatted chat listening listened listen "
    "sat sitting stayed staying living lives fighting fought arguing argued".split()
)
PLACE_CUES = frozenset("in to from near outside visit visiting around towards".split())
MOVE_CUES = tuple(
    tuple(cue.split())
    for cue in "moved to|move to|moving to|lived in|live in|lives in|living in|grew up in|born in|from|near|outside|"
    "back to|went to|go to|been to|drove to|flew to|trip to".split("|")
)
PLACE_PREFIXES = frozenset({"lake", "mount", "river", "loch", "port", "fort", "north", "south", "east", "west"})
FACILITIES = frozenset(
    "hospital infirmary school academy college university clinic surgery centre center church mosque synagogue "
    "temple prison station hospice practice infirmary court tribunal restaurant tavern pub inn hotel bank "
    "pharmacy chemist library garage bakery cafe café factory warehouse depot trucking logistics haulage motors "
    "supermarket salon barbers cathedral chapel gurdwara mandir rehab general regional memorial polyclinic "
    "secondary primary dental parish foods roofing lumber fisheries construction builders plumbing".split()
)
# what a business or service is said to be after its name ('kestrel insurance', 'pinecrest behavioral health',
# 'calder credit union'): generic heads of organisation names, as company and charity registers show them
ORG_TAILS = frozenset(
    "therapy therapies counselling counseling psychology psychological psychiatry wellbeing wellness recovery "
    "refuge shelter lodge unit ward services insurance accountants accountancy solicitors lawyers associates "
    "partners print printing printers distribution packaging logistics taxis cabs foods club gym fitness boxing "
    "studio studios agency trust foundation charity credit union society nursery preschool infants juniors "
    "grammar primary secondary high academy care health medical behavioral behavioural mental urgent group "
    "practice centre center clinic hospital school college surgery homes residential living assisted manor hall "
    "hotel cafe café bakery kitchen takeaway diner motors garage electrical plumbing builders construction "
    "engineering energy consulting consultancy media systems solutions pharmacy dental opticians veterinary "
    "church chapel mosque masjid temple gurdwara synagogue jail prison correctional plant mill depot barracks "
    "jobcentre department factory works station".split()
)
ORG_PARTNERS = frozenset("sons daughters partners co company associates".split())  # 'fairley and sons'
ORG_CUES = frozenset("at from for outside calling to into near".split())
# a workplace is named after these ('i work at tata steel', 'an interview at Go Compare')
WORKPLACE_CUES = tuple(tuple(c.split()) for c in
                       "work at|work for|works at|works for|working at|working for|worked at|worked for|job at|"
                       "interview at|shift at|shifts at|employed at|employed by|placement at|volunteer at|"
                       "volunteering at".split("|"))
# what a named area, building or business is ('tivoli gardens', 'lawrence heights', 'cadia mine'): after a place or
# a person's name, these words name a place (none is a verb or a surname)
AREA_HEADS = frozenset("estate gardens heights farm village market garden district township foodbank mine docks wharf "
                       "mall institute convent stadium oval arena saleyards nightclub tavern dairy terminal terminals "
                       "plaza region takeaway takeaways diner club".split())
# the same after a place only: verbs, adverbs and surnames too ('ogun state', 'wairoa freezing works'; but 'Emma
# works at ...', 'drove Sarah home' and 'Sarah Green' are a person)
FACILITY_HEADS = frozenset(
    "green camp state fields works shop store stores bar yard inn grill home dock complex".split())
# what a number plate is said after ('my van, l d four one t r c', 'the plate is 5rx 611'), and the words between
VEHICLE_WORDS = frozenset(
    "plate plates reg registration rego van car truck ute lorry motorbike vehicle cab taxi".split())
PLATE_SKIPS = frozenset("is was it's its number it".split())
# what is said after 'works at' that is no workplace ('works at home in leeds', 'works at weekends in town')
NOT_WORKPLACES = frozenset("home night nights weekend weekends shift shifts times work school".split())
# words inside a facility's name that are no name themselves ('royal', 'junior', 'day' in 'Greenway Day Centre')
FACILITY_WORDS = frozenset(
    "st st. saint royal general memorial community medical junior primary secondary high day care rehab county "
    "city district children's women's health mental grammar catholic methodist baptist infant infants nursery "
    "sixth form teaching hospital university college magistrate's magistrates sheriff crown family behavioral "
    "behavioural".split()
)
FACILITY_PHRASES = frozenset(
    "care home|nursing home|children's home|residential home|sixth form|day centre|medical practice|health centre|"
    "leisure centre|rehab centre|group practice|family practice|medical center|treatment center".split("|")
)
# street designators of the UK, Ireland, Australia and the USPS's common suffixes (Publication 28)
STREET_TYPES = frozenset(
    "street st road rd avenue ave lane ln drive close way court ct crescent boulevard blvd terrace gardens grove "
    "mews parade square row walk place pl hill park rise view parkway pkwy quay circle cir trail highway hwy wynd "
    "brae heights esplanade promenade embankment green".split()
)
# street words said before the street's name: Welsh (heol, stryd, ffordd), Malay (jalan, lorong), Spanish, French,
# Italian and Portuguese ones; the last four are English words too and need a house number before them
STREET_FIRST = frozenset("heol stryd ffordd jalan lorong calle avenida".split())
STREET_FIRST_NUMBERED = frozenset("rue via rua strada".split())
STREET_PARTICLES = frozenset("y yr de del la las los des du da do dos di".split())
# street types that are safe without capitals (lower-case transcripts) when a number or 'on'/'at' precedes
STRONG_STREET_TYPES = frozenset(
    "street road avenue lane drive crescent boulevard terrace gardens grove mews parkway esplanade".split())
# flats and units; Singapore's HDB blocks ("blk 212") and the Philippines' "block 7 lot 3"
UNIT_WORDS = frozenset({"flat", "apartment", "apt", "unit", "suite", "block", "blk", "lot"})
# words that say a number near a street word is a count or a time, not a house or street number
# ('a five minute drive', 'the high street 3 times')
COUNTED = frozenset("minute minutes min mins hour hours day days week weeks month months year years second seconds "
                    "mile miles times o'clock am pm percent".split())
# what is said before a street named without a number ('my ex still lives on cromwell court')
ADDRESS_CUES = tuple(tuple(c.split()) for c in "lives on|live on|lived on|living on|moved to|address is|post it to|"
                     "send it to|i'm at|i am at|we're at|flat's at|house is on|round on|street is".split("|"))
# Australian states and territories (Australia Post): a four-digit postcode follows them
AU_STATES = frozenset("new south wales|victoria|queensland|western australia|south australia|tasmania|"
                      "northern territory|australian capital territory".split("|"))
AU_STATE_CODES = frozenset("NSW VIC QLD WA SA TAS ACT NT".split())
CA_PROVINCE_CODES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
ADDRESS_PREPS = frozenset({"on", "at", "off", "along"})
COMPASS = frozenset({"north", "south", "east", "west"})  # after a street's type: 'Queen Street East'
HOUSE_WORDS = frozenset({"house", "no", "no.", "number"})  # before a house number: 'no. 35 ronald ngala street'


# capitalised words that are not personal details
NOT_NAMES = frozenset(
    "i i'm i've i'd i'll ok okay god lord jesus christ mum mom dad mummy mommy daddy nan gran grandma grandad "
    "grandpa christmas easter halloween ramadan eid diwali hanukkah thanksgiving valentine's english british "
    "american irish scottish welsh french spanish german italian polish indian chinese african european asian "
    "muslim christian jewish catholic hindu sikh buddhist bible quran church monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september october november "
    "december instagram facebook twitter tiktok whatsapp snapchat youtube netflix google zoom amazon tesco uber "
    "spotify iphone android xbox playstation covid nhs gp a&e er icu tv ptsd adhd ocd cbt dbt emdr prozac "
    "sertraline xanax internet yeah yes no um uh hmm oh mm right well so and but or because when if then "
    "sorry thanks thank please hi hello hey bye the a an that this it it's what why how who where there they "
    "he she we you my our your his her their not just like maybe honestly actually anyway also gonna wanna gotta "
    "kinda sorta dunno lemme yep nope mhm uh-huh ah er erm".split()
)
# frequent English words; a name-list word that is also one of these needs a cue (or capitals mid-sentence)
COMMON_WORDS = frozenset(
    "a about after again all also always am an and any are around as at away back bad be because been before "
    "being best better big bit both but by came can can't come could day days did didn't do does doing don't done "
    "down each even ever every feel feeling felt few find fine first for from get gets getting give go goes going "
    "gone good got great had happy hard has have having he her here him his home hope how i if in into is it its "
    "just keep kind know last late left less let life like little long look lot love made make man many may me "
    "mean might mind more most much must my need never new next nice night no not nothing now of off oh ok old on "
    "once one only or other our out over own part people place put really right said same saw say see seem she "
    "should since so some something sometimes still such sure take tell than that the their them then there these "
    "they thing things think this those though thought through time to today told too tried try trying two under "
    "up us use very want was way we week well went were what when where which while who why will with work would "
    "year years yes yet you young your art bill frank grace joy mark rose will may june april august dawn faith "
    "hope jack chase hunter summer autumn rich drew grant lane holly ivy iris daisy ruby pearl amber crystal "
    "destiny charity precious sunny sky storm rocky guy jean sandy penny robin jay gene glen dale dean miles max "
    "rod sonny nick carol jan kay angel christian major king page reed wade ward wood gay harmony heather misty "
    "hazel olive violet ginger candy star honey sage river sue pat don ray bud buck buddy cliff earl heath hill "
    "lance cherry colt dash dusty fern hale hardy jade jewel lacy lark marsh merry mercy mint noble patience "
    "pierce porter prince queen reese rusty sterling victory walker warren worth willow winter wiley shelby "
    "ebony van".split()
)
NUMBER_WORDS = dict(
    zip(
        "zero oh o nought one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split(),
        "0 0 0 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 30 40 50 60 70 80 90".split(),
    )
)
REPEATERS = {"double": 2, "triple": 3}
# phrases before a number that make it an identifier rather than a phone number
ID_CUES = tuple(
    "nhs number|nhs no|social security|ssn|mrn|medical record|record number|patient id|patient number|hospital number|"
    "member id|member number|policy number|account number|insurance number|national insurance|reference number|"
    "id number|passport number|licence number|license number|driver's license|sort code|card number|case number|"
    "claim number|chi number|registration|reg number|number plate|plate number|licence plate|license plate|serial|"
    "policy|member number|membership number|vin|device id|licence|license|certificate|routing number|"
    "iban|passport|pin|pin number|sin|pps|pps number|ppsn|imei|serial number|medicare|medicaid|health card|"
    "reg|car reg|claim|claim reference|reference|customer number|ip address|ip|vehicle identification|"
    "hospital number|chi|tax number|tax id|ein|itin|badge number".split("|")
)
# the fewest letters and digits an identifier found only by its cue may have ('my pin is 4' is no identifier)
MIN_ID_CHARS = 4
# words that name an identifier, a code or a form: never a person's or a place's name ('MRN', 'Eircode', 'VIN')
CODE_WORDS = frozenset(
    "mrn vin reg imei pps ppsn sin ssn nhs iban chi pin eircode postcode zip zipcode ip url dob gp".split()
)
# what is said before a date read out as numbers ('my date of birth is twenty one oh two seventy nine')
DATE_CUES = ("date of birth", "dob", "born", "born on", "birthday", "date is", "date was", "d o b")
ZIP_CUES = ("zip", "postcode", "post code", "postal code")
POSTCODE_CUES = ("postcode", "post code", "postal code", "pin code", "pincode")  # four to six digits after these
EMAIL_TLDS = frozenset("com org net uk edu gov io co ie de fr info me us ca au nz".split())
EMAIL_CONNECTORS = {"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
URL_TLDS = EMAIL_TLDS | frozenset("org net io app dev info biz tv".split())
URL_STARTS = frozenset("website site page blog link url address at is on www".split())
EMAIL_STOPS = frozenset(
    "is was it's its me at to email e-mail address mail use try or and on my his her look visit check see go site "
    "website online page out".split()
)

# disfluencies Whisper writes: taken out before the rules read a transcript (a number said 'oh seven um double
# oh nine' is one number, 'i'm at i mean 12 elm road' one address)
FILLERS = frozenset("um umm uh uhh uhm erm er hmm mm mmm ah".split())
# what a speaker says to correct or pause inside a number ('805, hang on, 466 4556', 'five j d uh sorry two seven')
CORRECTIONS = frozenset({"sorry", "wait", "no"})
FILLER_PHRASES = frozenset({("i", "mean"), ("you", "know"), ("sort", "of"), ("kind", "of")})
# function words: written English never capitalises them inside a sentence, so capitals on them mean noise
FUNCTION_WORDS = frozenset(
    "the to and of in on at for with is was be it that a an or but so if are were been have has had do did just "
    "very really about from by as not me him them you we they my your our their its up out into over off".split()
)

_MONTHS = "january|february|march|april|may|june|july|august|september|sept|october|november|december"
_ORDINALS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|"
    "sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first"
)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPOKEN_YEAR = (
    rf"(?:nineteen|twenty)[- ](?:hundred|oh[- ](?:{_UNITS})|{_TEENS}|(?:{_TENS})(?:[- ](?:{_UNITS}))?)"
    rf"|two thousand(?: and)?(?: (?:{_TEENS}|{_UNITS}|twenty(?:[- ](?:{_UNITS}))?))?"
)
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINALS})"
_SHORT_MONTHS = "jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec"  # not 'mar', 'may': verbs
_DAY_OR_MONTH = rf"\d{{1,2}}|(?:twenty|thirty)(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS}"
_MONTH_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
YEAR = rf"(?:\d{{4}}|'\d\d|{_SPOKEN_YEAR})"
_TWO_DIGITS = rf"(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}"
DATE_PATTERNS = (
    (rf"\b(?:mar|may)\.? (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINALS.removeprefix('first|second|')})\b"
     rf"(?:,? {YEAR}\b)?", "'mar' or 'may' and an ordinal day"),  # never the verbs: 'may 25th', 'mar 7th'
    (rf"\b\d{{1,2}}(?:st|nd|rd|th) (?:of )?(?:mar|may)\b(?:,? {YEAR}\b)?", "an ordinal day and 'mar' or 'may'"),
    (rf"\b(?:{_MONTHS}|{_SHORT_MONTHS})\.? (?:the )?{_DAY}\b(?:,? {YEAR}\b)?", "month and day"),
    (rf"\b(?:the )?{_DAY} (?:of )?(?:{_MONTHS}|{_SHORT_MONTHS})\b(?:,? {YEAR}\b)?", "day and month"),
    (rf"\b(?:{_MONTHS}|{_SHORT_MONTHS})\.? (?:{_DAY_OR_MONTH}),? {YEAR}\b", "month, day and year"),
    (rf"\b(?:{_MONTHS}),? (?:of )?(?:\d{{4}}|{_SPOKEN_YEAR})\b", "month and year"),
    (r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b", "numeric date"),
    (r"\b\d{4}-\d{2}-\d{2}\b", "ISO date"),
    (rf"\b(?:{_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th)) of the (?:{_MONTH_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th))\b"
     rf"(?:,? (?:{YEAR}|{_TWO_DIGITS})\b)?", "day and month as ordinals"),
)
# a day and a month said with 'slash' ('six slash four', 'ten slash twenty three twenty twenty five'): a day or
# month as a number said or written, and maybe a year; SLASH_DATE_YEAR (year needed) is tried before SLASH_DATE
SLASH_DATE = rf"\b({_DAY_OR_MONTH})[.,]? slash[.,]? ({_DAY_OR_MONTH})\b"
SLASH_DATE_YEAR = rf"{SLASH_DATE}[.,]? (?:\d{{4}}|{_SPOKEN_YEAR})\b"
# a date said as three numbers, day, month and year or month, day and year ('three, ten, twenty two', 'ten four
# nineteen'), no number said after it; read only after a date cue (NUMBER_DATE_CUES)
NUMBER_DATE = (rf"\b({_DAY_OR_MONTH})[.,]? ({_DAY_OR_MONTH})[.,]? (\d{{2}}|\d{{4}}|{_TWO_DIGITS}|{_SPOKEN_YEAR})\b"
               rf"(?![.,]? (?:{_UNITS}|{_TEENS}|{_TENS}|oh|hundred|thousand|\d)\b)")
NUMBER_DATE_CUES = frozenset("on since started day date is was".split())
# a day of the month said alone ('on the 15th', 'sunday the twenty fifth'): a date element (HIPAA keeps only the
# year); after a weekday, or one of these, and 'the'
ORDINAL_DAY_CUES = frozenset("on since by until till from before after is was".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
WEEKDAY_SHORT = frozenset("mon tue tues wed weds thu thur thurs fri sat sun".split())  # before a date: 'thurs 13 apr'
# words after which a written day and month ('17/4') is a date: 'on 17/4', 'since 3/9', 'by 1/19'
SLASH_DATE_CUES = frozenset("on since by before until till from after be date dated for".split())
_SPOKEN_NUMBER = rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_TEENS}|{_UNITS}|(?:a |one )?hundred(?: and [a-z -]+?)?)"
# what follows a number that makes it no age ('she was ninety minutes late', 'my nan's ninety percent sure')
NOT_AGE_NEXT = frozenset(
    "minutes minute mins seconds hours percent per pounds quid pence dollars euros cents bucks grand miles mph "
    "kilos kg stone metres meters feet yards times days weeks months mg ml pages steps degrees points".split()
)
# what comes before a person's age said bare ('my nan's ninety five', 'grandad was 95 when he passed')
AGE_VERBS = frozenset({"is", "was", "turned", "turns", "turning", "'s", "’s", "be", "being"})
AGE_CUES = frozenset({"aged", "age", "turned", "turning", "turns", "reached", "reaches", "pushing", "hit", "hits"})
AGE_PHRASES = frozenset({"lived to", "lived till", "lived until", "died at", "made it to", "live to", "going on"})
# who an age is said of after 'be' ("she'll be ninety one"), and who may follow 'at 96'
FUTURE_SUBJECTS = frozenset("he'll she'll he’ll she’ll".split())
SUBJECTS = frozenset("he she they i my his her we".split())
AGE_PATTERN = (rf"\b(?:(?:\d{{1,3}}|{_SPOKEN_NUMBER})[- ]years?[- ]old"
               rf"|(?:aged|age|turned|turning|turns) (?:\d{{1,3}}|{_SPOKEN_NUMBER}))\b")
EMAIL_PATTERN = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
UK_POSTCODE_PATTERN = r"\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b"
SSN_PATTERN = r"^\d{3}-\d{2}-\d{4}$"


@cache
def word_list(name: str) -> frozenset[str]:
    """Lower-case entries of `privacy/data/<name>.txt`, comment lines skipped."""
    text = (files("privacy") / "data" / f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# place names that are also ordinary words or first names: they need a place cue before them
AMBIGUOUS_PLACES = frozenset(
    "reading bath nice mobile split orange wells hull cork buffalo phoenix highlands kent jersey georgia virginia "
    "jordan kerry charlotte florence victoria austin devon chelsea chester lincoln jackson columbus washington "
    "perth newport derby durham lancaster york america india china turkey chad paris sydney israel champagne "
    "burgundy lorraine clare angus sutherland galloway wellington canterbury valencia moray goa skye orkney "
    "essex sussex norfolk surrey somerset rutland tyrone mayo louth meath down".split()
)


# ---- postcodes: the official grammars, checked on the letters and digits a run of words spells ----------------

# the 121 UK postcode areas (Royal Mail): a spelled-out outward code must start with one of them
UK_POSTCODE_AREAS = frozenset(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK "
    "FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN "
    "NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW "
    "UB W WA WC WD WF WN WR WS WV YO ZE".split()
)
# outward code (A9, A99, A9A, AA9, AA99, AA9A) and inward code (9AA), spaces removed; letters as the standard allows
UK_POSTCODE_GRAMMAR = (r"(?P<area>[A-PR-UWYZ][A-HK-Y]?)(?:\d[\dA-HJKPSTUW]?|\d[ABEHMNPRV-Y]?)"
                       r"\d[ABD-HJLNP-UW-Z]{2}")
CA_POSTAL_GRAMMAR = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d"  # Canada Post: A1A 1A1
EIRCODE_GRAMMAR = r"(?:[ACDEFHKNPRTVWXY]\d\d|D6W)[0-9ACDEFHKNPRTVWXY]{4}"  # routing key + unique identifier
POSTCODE_GRAMMARS = (("UK postcode", UK_POSTCODE_GRAMMAR), ("Canadian postal code", CA_POSTAL_GRAMMAR),
                     ("Eircode", EIRCODE_GRAMMAR))
POSTCODE_CUES = ("postcode", "post code", "postal code", "eircode", "zip", "zip code", "zipcode")
# US states and territories (USPS): after one of them, or after a town, five or nine digits are a ZIP code
US_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI".split()
)
LETTER_NAMES = {"double-u": "w", "doubleu": "w", "zed": "z", "zee": "z", "ex": "x", "el": "l", "em": "m", "en": "n",
                "ar": "r", "es": "s", "aitch": "h", "haitch": "h", "bee": "b", "cee": "c", "dee": "d", "gee": "g",
                "jay": "j", "kay": "k", "pee": "p", "cue": "q", "tee": "t", "vee": "v", "wye": "y"}

# ---- web addresses --------------------------------------------------------------------------------------------

URL_SCHEMES = ("http", "https", "h t t p", "h t t p s")
URL_SEPARATORS = {"dot": ".", "slash": "/", "forward slash": "/", "dash": "-", "hyphen": "-", "underscore": "_"}
SOCIAL_SITES = frozenset(
    "instagram insta facebook twitter x tiktok snapchat snap youtube linkedin reddit threads bluesky mastodon "
    "discord twitch tumblr pinterest telegram".split()
)
HANDLE_CUES = (("handle", "is"), ("username", "is"), ("user", "name", "is"), ("at", "sign"), ("at", "symbol"))

# ---- places ---------------------------------------------------------------------------------------------------

# what is said before a place ('she lives in ...', 'we moved to ...'); the last word alone is weaker ('to')
PLACE_PHRASE_CUES = tuple(
    tuple(cue.split())
    for cue in "lives in|live in|lived in|living in|moved to|move to|moving to|moved from|grew up in|born in|raised in|"
    "brought up in|based in|go up to|went up to|going up to|stayed in|staying in|holiday in|holiday to|"
    "holidays in|trip to|flew to|drove to|"
    "emigrated to|relocated to|went back to|go back to|back home in|up in|out in|down in|over in|family in|"
    "house in|flat in|work in|works in|worked in|studied in|near|outside|visiting|visited|from".split("|")
)
MOVE_CUES = tuple(dict.fromkeys(MOVE_CUES + PLACE_PHRASE_CUES))
# generic words in region names said with 'the' ('the Lake District', 'the Highlands', 'the Cotswolds')
REGION_WORDS = frozenset(
    "district highlands lowlands islands isles valley vale dales moors fens downs coast riviera borders peninsula "
    "midlands wolds broads marches forest cotswolds".split()
)

# ---- hard negatives --------------------------------------------------------------------------------------------

# a word before one of these is an eponym, not a person ('Asperger syndrome', 'Murphy's law', 'Parkinson's disease')
EPONYM_HEADS = frozenset("syndrome disease disorder palsy law effect principle paradox complex sarcoma".split())
# word endings of the USAN/INN stems for drug names ('olanzapine', 'propranolol', 'diazepam'): a medicine, no name
DRUG_STEMS = ("apine", "azepine", "olol", "azepam", "azolam", "prazole", "pril", "sartan", "statin", "tidine",
              "oxetine", "triptyline", "ipramine", "azine", "peridol", "idone", "afil", "cillin", "mycin", "floxacin",
              "profen", "codone", "gabalin", "pentin", "tropin", "semide", "thiazide", "dronate", "gliptin",
              "glitazone", "setron", "triptan", "vudine", "navir", "xaban", "lukast", "terol", "sonide", "olone",
              "mab", "nib")
