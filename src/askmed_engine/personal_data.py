"""Personal data in a question: found and masked before anything is stored.

:func:`find_personal_data` finds names, e-mail addresses, phone
numbers, ID numbers, medical record numbers, addresses, dates of birth and links, and
:func:`mask_personal_data` replaces each with a placeholder ("[phone]"). Bare numbers
count only next to a cue ("MRN", "phone", "born"), so that doses, ages, lab values and
dates of symptoms are never masked; well-formed e-mails, links, international and Taiwan
mobile numbers and SSNs need no cue. Overlapping finds keep the longest. All patterns use
bounded repetition, so that long or hostile input stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from askmed_engine.text import word_set

PLACEHOLDERS: dict[str, str] = {
    "name": "[name]",
    "email": "[email]",
    "phone": "[phone]",
    "national_id": "[ID number]",
    "record_number": "[record number]",
    "address": "[address]",
    "date_of_birth": "[date of birth]",
    "url": "[link]",
}
NOTICES: dict[str, str] = {
    "name": "We removed a person's name.",
    "email": "We removed your email address.",
    "phone": "We removed your phone number.",
    "national_id": "We removed an ID number.",
    "record_number": "We removed a medical record or insurance number.",
    "address": "We removed your address.",
    "date_of_birth": "We removed a date of birth.",
    "url": "We removed a link.",
}


_TW_PART = (
    r"(?:No\.?\s?\d{1,5}(?:-\d{1,4})?|(?:Lane|Ln\.?|Alley|Aly\.?)\s\d{1,4}|Sec(?:tion|\.)?\s?"
    r"\d{1,2}|\d{1,2}(?:F(?:-\d{1,3})?|th\s+Floor|st\s+Floor|nd\s+Floor|rd\s+Floor)|(?:[A-Z][a-z']"
    r"{1,15}[\s-]?|[NSEW]\.?\s|(?:North|South|East|West)\s|\d{1,2}(?:st|nd|rd|th)\s){1,4}(?:Road|"
    r"Rd\.?|Street|St\.?|Blvd\.?|Boulevard|Avenue|Ave\.?)|(?:[A-Z][a-z']"
    r"{1,15}\s){1,2}(?:District|Dist\.?|Township|Village)|(?:New\s+)?(?:Taipei|Taichung|Tainan|"
    r"Kaohsiung|Taoyuan|Hsinchu|Keelung|Chiayi|Changhua|Yilan|Hualien|Taitung|Pingtung|Miaoli|"
    r"Nantou|Yunlin|Penghu|Kinmen)(?:\s+City|\s+County)?|Taiwan(?:\s*\(R\.O\.C\.\))?|\d{3,6})"
)

_TW_ADDRESS = re.compile(_TW_PART + r"(?:,?\s{1,3}" + _TW_PART + r"){1,8}")
_LOWER = r"[a-zà-öø-ÿ]"
_NAME_WORD = (
    r"[A-Z]"
    + _LOWER
    + r"{0,20}(?:[A-Z]"
    + _LOWER
    + r"{1,20})?(?:['-][A-Za-z]"
    + _LOWER
    + r"{1,20})?"
)
_NAME = _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,2}"
_RELATIVES = (
    r"son|daughter|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|mother|mom|mum|"
    r"father|dad|brother|sister|baby|child|kid|grandson|granddaughter|grandmother|grandma|"
    r"grandfather|grandpa|aunt|uncle|niece|nephew|friend|cousin|neighbou?r|boss|colleague|"
    r"roommate|flatmate|housemate|classmate|coworker|co-worker|caregiver|nanny|newborn|toddler|"
    r"fianc[eé]|stepson|stepdaughter|(?:father|mother|son|daughter|brother|sister)-in-law|"
    r"\d{1,2}[- ](?:year|yr|month|week)[- ]old"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?i:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[-/]"
    + _MONTH
    + r"[-/]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?"
    r"\s+(?:of\s+)?" + _MONTH + r",?(?:\s+\d{4})?|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?)(?!\d)"
)
_LABEL = (
    r"(?:\s+[A-Z]{2,5}\b(?![-\d]))?(?i:(?:\s+(?:number|no\.?|num|#|id|ic|card|identifier|file|account|acct|"
    r"ref|reference)){0,3}\s*(?:is|was|[:=#-])?\s*)(?:[A-Z][a-z]{1,15}\s){0,2}"
)
_ID_VALUE = (
    r"(?P<v>(?i:(?=[a-z]{0,4}[- ]?\d)[a-z0-9]{1,20}(?:[-.][a-z0-9]{1,20}){0,4}(?:\(\w\))?"
    r"(?:[ ]\d{2,6}){0,4}(?:[ ][a-d](?![\w-])|[ ]\d(?=[ ]?[(),.;:]|$))?))(?:\b|(?<=\)))"
)
_TLDS = (
    r"(?:com|org|net|gov|edu|io|tw|uk|info|biz|health|ca|au|de|jp|cn|hk|sg|eu|app|ai|ly|nz|me|co|"
    r"us|tv|link|site|page|online|xyz|shop|gl|gd|li|fr|kr|in|my|ph|th|vn|id)"
)
_UNIT = r"(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|#)\.?\s*#?[A-Za-z0-9-]{1,6})"
# ", Springfield, IL 62704", ", Oakland CA 94610", ", Chicago"
_CITY_TAIL = (
    r"(?:,\s*(?:[A-Z][a-z]{1,20}[ \t]?){1,3}(?:,?\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?\b|,?\s*"
    r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)?)?"
)
# UK postcodes: "M14 6RT", "WC2B 6SR"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
_STREET_TYPES = (
    r"(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Circle|Parkway|Highway|"
    r"Square|Trail|Grove|Close|Crescent|Gardens|Row|Mews|Walk|Hill|Green|Rise|View)\b|(?:St|Ave|"
    r"Rd|Blvd|Ln|Ct|Pl|Pkwy|Hwy|Dr|Cir|Ter|Cres)\b\.?)"
)

# (kind, pattern): the span is the group "v", "name" or the whole match.
_PERSONAL: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.MULTILINE))
    for kind, pattern in (
        # e-mail addresses
        (
            "email",
            r"\b[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}"
            r"\.[A-Za-z]{2,12}\b",
        ),
        # e-mail addresses spelled out: "cool.dude at gmail dot com"
        (
            "email",
            r"(?i:\b[\w.%+-]{1,64}\s{1,3}(?:at|\[at\]|\(at\))\s{1,3}[a-z0-9-]{1,63}\s{1,3}(?:dot|"
            r"\[dot\]|\(dot\))\s{1,3}(?:com|net|org|edu|gov|io|tw|uk|co)\b)",
        ),
        # links: http(s)://..., www..., and bare domains with a common ending
        ("url", r"(?i:\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]{1,2000})"),
        (
            "url",
            r"(?i:\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}"
            + _TLDS
            + r"\b(?!@)(?:/[^\s<>\"'()\[\]{}]{0,2000})?)",
        ),
        # phones: +country code; Taiwan mobile 09xx; Taiwan landline; US with dashes/parens
        ("phone", r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,6}(?!\w)"),
        ("phone", r"(?<![\d-])09\d{2}[ -]?\d{3}[ -]?\d{3}(?![\d-])"),
        (
            "phone",
            r"(?<![\w(])\(0\d{1,2}\)[ ]?\d{3,4}[ -]?\d{4}(?!\d)"
            r"|(?<![\w-])0\d{1,2}-\d{3,4}-\d{4}(?![\w-])",
        ),
        (
            "phone",
            r"(?<![\w(])\(\d{3}\)[ ]?\d{3}[ .-]\d{4}(?!\d)|(?<![\w-])\d{3}-\d{3}-\d{4}"
            r"(?![\w-])|(?<![\w-])1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}(?!\d)|"
            r"(?<![\w.])\d{3}\.\d{3}\.\d{4}(?![\w.]?\d)|(?<![\w+])07\d{3}[ ]?\d{3}[ ]?\d{3}(?!\d)",
        ),
        # phones given as such: "call me at 555 123 4567", "tel: 020 7946 0958"
        (
            "phone",
            r"(?i:\b(?:phone|tel|telephone|mobile|cell|cellphone|call\s+me|text\s+me|"
            r"reach\s+me|contact\s+me|whatsapp|fax)\b|電話|手機)(?:\s+(?:number|no\.?|#|is|at|"
            r"on))*\s*[:#-]?"
            r"\s*(?P<v>\+?\(?\d[\d ().-]{5,18}\d)(?!\d)",
        ),
        # national IDs: Taiwan (A123456789, and resident A812345678), US SSN
        ("national_id", r"\b[A-Z][1289]\d{8}\b"),
        ("national_id", r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"),
        (
            "national_id",
            r"(?i:\bssn\b|social\s+security)" + _LABEL + r"(?P<v>\d{3}[ -]?\d{2}[ -]?\d{4})(?!\d)",
        ),
        (
            "national_id",
            r"(?i:aadh?aa?r|(?-i:\bMy\s+Number\b)|\bsin\b|social\s+insurance|\bic\b|mykad|\bfin\b|"
            r"resident\s+registration|\brrn\b|ghana\s+card|\bcpf\b|\bcurp\b|\bnik\b|\bktp\b|"
            r"\bpesel\b|\bbsn\b|\bdni\b|\bnie\b|\bnif\b|codice\s+fiscale|\bpan\s+card|tax\s+(?:id|"
            r"number)|\bitin\b|\btin\b|national\s+(?:registration|identification))"
            + _LABEL
            + _ID_VALUE,
        ),
        # IDs given as such: passport, residence permit, ID card, driver's licence
        (
            "national_id",
            r"(?i:passport|residen(?:ce|t)\s+(?:permit|card|certificate)|\barc\b|"
            r"national\s+id(?:entity)?|id\s+card|identity\s+card|identification|\bid\b|身分證"
            r"(?:字號)?|driver'?s?\s+licen[cs]e|national\s+insurance|\bnino?\b|\bnric\b|\bhkid\b|"
            r"citizen\s+(?:id|number)|personal\s+(?:id|number))" + _LABEL + _ID_VALUE,
        ),
        # record numbers given as such: MRN, chart, patient ID, insurance, NHI, NHS, Medicare
        (
            "record_number",
            r"(?i:\bmrn\b|medical\s+records?|\brecords?\b|\bchart\b|patient|"
            r"hospital|\bcase\b|(?<!social\s)(?<!national\s)insurance|insurer|policy|member|"
            r"subscriber|claim|\bmbi\b|\bnhi\b|national\s+"
            r"health\s+insurance|health\s+card|\bnhs\b|medicare|medicaid|病歷號?|健保卡?)"
            + _LABEL
            + _ID_VALUE,
        ),
        # US street addresses: "1234 Elm Street, Apt 5B, Springfield, IL 62704"
        (
            "address",
            r"(?:" + _UNIT + r",\s*)?\b\d{1,6}[A-Z]?\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|"
            r"West)\.?\s+)?(?:(?:[A-Z][a-z]{1,20}|\d{1,3}(?:st|nd|rd|th))\s+){1,3}"
            + _STREET_TYPES
            + r"(?:,?\s+"
            + _UNIT
            + r")?"
            + _CITY_TAIL
            + r"|(?i:\bP\.?\s?O\.?\s+Box\s+\d{1,6})"
            + _CITY_TAIL,
        ),
        # a street without a type, with a city and a US zip code or a UK postcode:
        # "250 Broadway, Suite 1200, New York, NY 10007", "Flat 3, 27 Harrow Road, London W2 5XX"
        (
            "address",
            r"(?:"
            + _UNIT
            + r",\s*)?\b\d{1,6}[A-Z]?\s+(?:[A-Z][a-z']{1,20}[ \t]?){1,4}(?:,\s*"
            + _UNIT
            + r")?,\s*(?:[A-Z][a-z]{1,20}[ \t]?){1,3}(?:,?\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|,?\s*"
            + _UK_POSTCODE
            + r")",
        ),
        # addresses given as such, in any case: "our address is 14 elm st, springfield"
        (
            "address",
            r"(?i:\baddress(?:\s+is|\s*:)|\blive\s+at|\bliving\s+at|\bmoved\s+from|\bmail\s+(?:it\s+)?"
            r"to|\bsend\s+(?:it\s+|them\s+)?to|\bwe'?re\s+at|\bi'?m\s+at|\blocated\s+at)\s+"
            r"(?P<v>(?i:\d{1,6}[a-z]?\s+(?:[nsew]\.?\s+)?(?:[a-z0-9']{1,20}\s+){1,3}?"
            + _STREET_TYPES
            + r"(?:,\s*[a-z]{2,20}(?:\s[a-z]{3,20})?(?:,?\s+[a-z]{2}(?:\s+\d{5})?\b)?)?))",
        ),
        # Taiwan addresses in English: "No. 5, Lane 12, Section 2, Zhongshan Road, Taipei"
        ("address", _TW_ADDRESS),
        # dates of birth given as such: "born on 3 March 1985", "DOB: 1990/07/15"
        (
            "date_of_birth",
            r"(?i:\bborn\s*(?:[:-]\s*|on\s+)?(?:the\s+)?|\b(?:dob|d\.o\.b)\b\.?\s*(?:[:-]\s*|is\s+|"
            r"was\s+)?|date\s+of\s+birth\s*(?:is\s+|[:-]\s*)?|birth\s?(?:day|date)\s*,?\s*(?:which\s+"
            r"is\s+|is\s+|was\s+|[:-]\s*)?(?:on\s+)?|b-?day\s+(?:is\s+)?)(?P<v>" + _DATE + r")",
        ),
        # names given as such: "my name is ...", "Name: ...", "I'm ...", "this is ..."
        (
            "name",
            r"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bname\s*[:：]|\bi\s+am|\bi'm|\bim|"
            r"\bthis\s+is|\bcall\s+me|\bsigned|\bname'?s|(?:^|\b(?:hi|hey|hello|yo)\b[,!]?[ \t]+)"
            r"it'?s|\bask\s+for|\bspeak\s+(?:to|with))[ \t]+(?P<name>" + _NAME + r")",
        ),
        (
            "name",
            r"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bname'?s|\bname\s*[:：])[ \t]+"
            r"(?P<name>[a-z]{2,20}(?:[ -][a-z]{2,20}){0,2})\b",
        ),
        # lower-case introductions followed by a comma: "this is jenny wu, pls call me"
        (
            "name",
            r"(?i:\bthis\s+is|\bi'm|\bim|\bit'?s)[ \t]+(?P<lname>[a-z]{2,15}(?:[ ][a-z]{2,15})?)"
            r"(?=[ \t]*,)",
        ),
        # names after a label: "Patient: Gomez, Lucia", "Emergency contact: Lucas Moreau"
        (
            "name",
            r"(?i:\bname|patient|student|mother|father|parent|guardian|child|emergency\s+contact|"
            r"contact|next\s+of\s+kin|attn|attention|caregiver|spouse)[ \t]*[:：][ \t]*(?P<name>"
            + _NAME_WORD
            + r",[ \t]+"
            + _NAME_WORD
            + r"|"
            + _NAME
            + r")",
        ),
        # "Brian here", "Hello, Rebecca Stone here."
        ("name", r"(?:^|[.!?,][ \t]+|\n)[ \t]*(?P<name>" + _NAME + r")[ \t]+here\b"),
        # a name on its own line after thanks, or under an e-mail address
        (
            "name",
            r"(?:(?i:thanks|thank\s+you|thx|cheers|regards)[^\n]{0,60}|[\w.+-]{1,64}@[\w.-]{1,100})"
            r"\n[ \t]*[-–—~]{0,2}[ \t]*(?P<name>" + _NAME + r")[ \t]*(?=\n|$)",
        ),
        # sign-offs: "Thanks, Mary Jones", "Regards,\nDavid"
        (
            "name",
            r"(?:^|[.!?][ \t]+)[ \t]*(?i:thanks|thank\s+you|thx|regards|best\s+regards|"
            r"kind\s+regards|warm\s+regards|best\s+wishes|best|sincerely|cheers|yours(?:\s+truly)?"
            r"|respectfully|many\s+thanks)(?i:\s+(?:so\s+much|a\s+lot|again|in\s+advance))?[ \t]*"
            r"[,!.]?[ \t]*\n?[ \t]*[-–—~]?[ \t]*(?P<name>" + _NAME + r")[ \t]*[.!]?[ \t]*$",
        ),
        # relatives and titles: "my son Kevin", "Mr. Wang", "Dr. Alan Brown"
        (
            "name",
            r"(?i:\b(?:my|our)\s+(?:"
            + _RELATIVES
            + r"))(?:'s\s+name\s+is|\s+is\s+called|\s+is\s+named|"
            r"\s+named|\s+called|\s+is)?\s*,?[ \t]+(?P<name>" + _NAME + r")",
        ),
        (
            "name",
            r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|DR|dr|Prof|Doctor|Nurse|Professor)\.?[ \t]+"
            r"(?P<name>(?:[A-Z]\.[ \t]*)?" + _NAME + r")",
        ),
    )
)

# Context-labelled kinds win ties against context-free ones ("patient ID: ..." is a record).
_PRIORITY = {
    "record_number": 0,
    "national_id": 1,
    "date_of_birth": 2,
    "email": 3,
    "url": 4,
    "address": 5,
    "phone": 6,
    "name": 7,
}
_NOT_NAMES = word_set(
    """
    i the a an and or but so he she they we it my his her our their this that hi hello hey dear
    thanks thank doctor doc dr sir madam google internet everyone all team again in advance
    very much not just also still here there today yesterday tomorrow now monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december pregnant diabetic asthmatic epileptic vegan
    vegetarian male female american asian taiwanese chinese japanese korean british european
    sorry worried concerned scared afraid anxious nervous tired sick ill fine ok okay good well
    better worse new currently really actually always never trying looking writing asking
    having going taking feeling getting wondering on at of for with from to about after before
    since allergic obese overweight single married divorced retired unemployed student nurse
    teacher who what when where why how is was has had have will can would could should did
    does do am are been be jesus god mom dad mum mother father son daughter husband wife baby
    patient name yes no please help urgent covid hiv mri ct er icu usa us uk taiwan taipei
    english type stage day week month year age years months weeks back home done glad happy
    hospital clinic center centre university medical general memorial oz healthy mr mrs ms
    miss mx prof professor ready sure unsure lost stuck gay trans black white latino latina
    muslim christian hindu buddhist filipino thai indian african canadian mexican australian
    german french italian russian vietnamese indonesian malaysian european american asian
    hungry dizzy sleepy lonely ugly crazy important serious normal bad weird strange urgent
    awful terrible horrible itchy painful sore swollen red super so kinda pretty quite too
    totally gone over true late early possible common contagious hereditary worse worst
    best fine great nice cool awesome weak numb hot cold wet dry broken free busy late
    """
)
# Adjectives, not names: "I'm Hispanic.", "I'm Diabetic.", "This is Embarrassing."
_ADJECTIVE = re.compile(r"\w{3,}(?:ic|ese|ish|ing|ous|ful|ive|able|ible|less|ical)", re.IGNORECASE)
# Endings of ordinary words, not names: "really", "confused", "painful".
_NOT_LOWER_NAME = re.compile(r"(?:ly|ed|ful|ous|ive|able|ible|less|ing|ish|est|ness)$")
_EPONYM_AFTER = re.compile(
    r"(?:'s|s'|')?\s+(?:disease|syndrome|palsy|disorder|sign|test|ulcer|hernia|reflex|"
    r"maneuver|manoeuvre|criteria|scale|score|phenomenon)\b",
    re.IGNORECASE,
)
_WEAK_INTRO = re.compile(r"(?:i\s+am|i'm|im|this\s+is|call\s+me)[ \t]+$", re.IGNORECASE)
_INTRO_END = re.compile(
    r"[ \t]*(?:[,.!;:()\n]|$|[ \t]+(?:and|from|here|writing|again|aged?|lol|haha|\d))"
)
# A strong cue before a bare number: 4 digits are then enough, otherwise 6 are needed.
_LABELLED = re.compile(
    r"mrn|passport|ssn|social|nhi|nhs|medicare|medicaid|chart|\barc\b|身分證|病歷|健保|"
    r"number|\bno\b|num|#|\bid\b|card|[:=]",
    re.IGNORECASE,
)


_EXTENSION = re.compile(r"[ \t]*,?[ \t]*(?i:ext\.?|extension|x)[ \t]*\d{1,5}\b")


def _name_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The part of a name match that is a name, or None if it is an ordinary word."""
    start = m.start("name")
    words = re.findall(r"\S+", m.group("name"))
    while words and words[-1].lower().strip(".") in _NOT_NAMES:
        words.pop()
    if not words or words[0].lower().strip(".") in _NOT_NAMES:
        return None
    end = start + m.group("name").index(words[-1]) + len(words[-1])
    if end - start < 2 or _EPONYM_AFTER.match(text, end):
        return None
    if (
        _WEAK_INTRO.search(text, max(0, start - 20), start)
        and len(words) == 1
        and (not _INTRO_END.match(text, end) or _ADJECTIVE.fullmatch(words[0]))
    ):
        return None
    return start, end


def _lower_name_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """A lower-case introduction ("i'm tom, 45M", "this is jenny wu,"), or None.

    One word counts only before a number ("it's danny, 555-..."); no word may be an ordinary
    one ("this is awful,", "i'm really tired,").
    """
    words = m.group("lname").split()
    if any(w in _NOT_NAMES or _ADJECTIVE.fullmatch(w) or _NOT_LOWER_NAME.search(w) for w in words):
        return None
    if len(words) == 1 and not re.match(r"[ \t]*,[ \t]*\+?\(?\d", text[m.end() :]):
        return None
    return m.span("lname")


def _value_span(kind: str, text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a match, or None when the value is not plausible for its kind."""
    if "lname" in m.re.groupindex:
        return _lower_name_span(text, m)
    if "name" in m.re.groupindex:
        return _name_span(text, m)
    group = "v" if "v" in m.re.groupindex else 0
    start, end = m.span(group)
    value = text[start:end]
    digits = sum(ch.isdigit() for ch in value)
    if kind == "address":
        end = start + len(value.rstrip(" \t,"))
    if kind == "url":
        end = start + len(value.rstrip(".,;:!?'\""))
    elif kind == "phone":
        if not 7 + value.startswith("+") <= digits <= 15:
            return None
        extension = _EXTENSION.match(text, end)  # "(02) 2875-7011 ext. 3"
        end = extension.end() if extension else end
    elif kind in ("national_id", "record_number") and group == "v":
        prefix = text[m.start() : start]
        needed = 4 if _LABELLED.search(prefix) else 6
        if digits < needed or re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):
            return None
    elif m.re is _TW_ADDRESS and not (
        re.search(r"\b(?:No\.?\s?\d|Lane|Ln|Alley|Aly|Sec)", value)
        and re.search(r"(?:Road|Rd|Street|St|Blvd|Boulevard|Avenue|Ave)\b", value)
    ):
        return None
    return start, end


def _personal_candidates(text: str) -> list[tuple[int, int, str]]:
    """Every plausible personal-data span, overlapping ones included."""
    found = []
    for kind, regex in _PERSONAL:
        for m in regex.finditer(text):
            span = _value_span(kind, text, m)
            if span and span[1] > span[0]:
                found.append((*span, kind))
    return found


@dataclass(frozen=True)
class PersonalData:
    """A span of ``text`` that identifies a person."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Masked:
    """A text with its personal data replaced by placeholders."""

    text: str
    found: list[PersonalData]

    @property
    def notices(self) -> list[str]:
        """One sentence per kind of personal data removed, in order of first appearance."""
        kinds = dict.fromkeys(item.kind for item in sorted(self.found, key=lambda i: i.start))
        return [NOTICES[kind] for kind in kinds]


def find_personal_data(text: str) -> list[PersonalData]:
    """The personal data in ``text``, in order, without overlaps (the longest span wins)."""
    candidates = sorted(
        _personal_candidates(text), key=lambda c: (c[0] - c[1], _PRIORITY[c[2]], c[0])
    )
    starts: list[int] = []
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in candidates:
        i = bisect.bisect_right(starts, start)
        if (i and kept[i - 1][1] > start) or (i < len(kept) and kept[i][0] < end):
            continue
        starts.insert(i, start)
        kept.insert(i, (start, end, kind))
    return [PersonalData(kind, start, end, text[start:end]) for start, end, kind in kept]


def mask_personal_data(text: str) -> Masked:
    """``text`` with each piece of personal data replaced by its placeholder."""
    found = find_personal_data(text)
    parts, last = [], 0
    for item in found:
        parts += [text[last : item.start], PLACEHOLDERS[item.kind]]
        last = item.end
    return Masked("".join([*parts, text[last:]]), found)
