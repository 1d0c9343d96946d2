"""Personal-data patterns written per family of shapes, added to the phrasing-based ones.

Families:

names
  * a cue word, then two or three capitalised words: "sent by", "submitted by", "written
    by", "from", "for", "to", "policyholder", "caller", "full name", "Dad:", "Mum:"
  * particles inside a name: "binti", "bin", "van", "de", "al", "O'"
  * a relative's word with a capitalised name, with or without "my": "Grandma Rose",
    "uncle Frank", "daughter Karen"
  * sign-offs followed by a name and more text ("Kind regards, Siobhan O'Neill (mum ...)"),
    and a name after a dash at the very end ("... since September. - Naomi")
  * a name before an e-mail in angle brackets ("Marcus Lee <marcus@...>")
addresses
  * optional unit pieces (Flat 8C, Room 1502, Rm. 5, Block B, Blk 123, Tower 2, 3F, 5F.,
    3/F, #12-03) + house number + capitalised street words + a street type (Road, Rd.,
    Path, Close, Mews, Lane, Ave, ...) + up to five comma-separated places, each one to
    four capitalised words or numbers ("Mid-Levels", "Dublin 4", "Kent TN2 5PU",
    "Singapore 339409", "Taichung City 403"); the chain stops at a lower-case word, a
    semicolon or a full stop, so that medical facts after it stay
  * a cue ("address:", "home at", "live(s) at", "resident at", "our flat:", "our home is")
    followed by such a chain, with or without a street type
  * Taiwanese "No. 88, Minsheng Rd., West Dist." (in the existing Taiwan pattern)
dates of birth
  * a cue (DOB, D/O/B, born, birthday, birth date, date of birth, birth certificate) and,
    within the same clause, every date in any format: "1990/11/02", "75/03/14" (ROC),
    "17-01-1966", "2023.07.15", "18 Oct 1988", "3rd of May 1990" (see
    :data:`DOB_CUE` and :data:`DOB_DATE`, applied by :mod:`askmed_engine.personal_data`)
phones
  * a cue (ring, call, daytime, evening, home / work / office number or line, landline,
    contact number) then digits in groups: "6123 4567", "01632 960722", "03-5718862"
record numbers and IDs
  * more labels: registration, membership, CHI, EHIC, URN, hospital number, iqama, Emirates
    ID, CNIC; values of letter and digit groups joined by dashes or spaces
    ("AXA-TW-55120987", "2953 51744 1", "908 442 177-00")
links
  * short-link and developer domains: youtu.be, bit.ly, *.dev, *.be, *.me
"""

from __future__ import annotations

import re

_CAP = r"[A-Z](?:['’][A-Z]|c[A-Z])?[a-zà-öø-ÿ'’]{1,20}(?:-[A-Za-z][a-zà-öø-ÿ]{1,20})?"
_PARTICLE = r"(?:bin|binti|bint|van|von|de|da|del|di|al|el|le|la|ibn|ap)"
# Two or three capitalised words, maybe with a particle: "Nurul Huda binti Ismail".
FULL_NAME = _CAP + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _CAP + r"){1,3}"

_UNIT_WORD = (
    r"(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Room|Rm\.?|Block|Blk\.?|Tower|Floor|Fl\.?|"
    r"Level|Lvl\.?)"
)
_UNIT_PIECE = (
    r"(?:" + _UNIT_WORD + r"[ \t]?#?[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,5})?|\d{1,2}/?F\.?|"
    r"\d{1,2}(?:st|nd|rd|th)\s+(?:Floor|Fl\.?)|#\d{1,3}-\d{1,5})"
)
_STREET = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Close|Mews|Path|Way|"
    r"Place|Pl\.?|Terrace|Crescent|Gardens|Grove|Court|Ct\.?|Square|Row|Walk|Hill|Parade|"
    r"Boulevard|Blvd\.?|Highway|Road\s+(?:North|South|East|West)|Ave\s+\d{1,2})"
)
_ABBR = r"(?:No|Rd|St|Ave|Sec|Rm|Dist|Ln|Aly|Blk|Fl|Dr|Blvd|Ct|Pl|Ste|Apt)\."
# One word of a place: capitalised or a number, "Mid-Levels", "HG1", "4DZ", "(R.O.C.)".
_PLACE_WORD = (
    r"(?:" + _ABBR + r"|[A-Z][a-zà-öø-ÿ'’]{1,20}(?:-[A-Z][a-zà-öø-ÿ]{1,20})?\b|[A-Z]{1,2}\b|"
    r"(?=[A-Z0-9]{0,5}\d)[A-Z0-9]{1,7}\b|#\d{1,3}-\d{1,5}\b|\(R\.O\.C\.\))"
)
_PLACE = _PLACE_WORD + r"(?:[ \t]" + _PLACE_WORD + r"){0,4}"
_CHAIN = r"(?:,[ \t]{0,2}" + _PLACE + r"){0,6}"

_HOUSE = r"(?:No\.?\s?)?\d{1,5}(?:-\d{1,4})?[A-Z]?,?\s+"
_LANES = r"(?:(?:Lane|Ln\.?|Alley|Aly\.?|Sec\.?|Section)\s?\d{1,4},?\s+){0,3}"
# A street address in many countries: units, number, street, places.
ADDRESS_SHAPE = re.compile(
    r"(?:(?:The\s+)?(?:[A-Z][a-z]{1,20}\s){1,3}(?:Care\s+Home|House|Court|Lodge|Hall|Centre|"
    r"Center|Building|Mansions?|Estate|Towers?),\s*)?"
    r"(?:(?:"
    + _UNIT_PIECE
    + r",?\s{1,2}){1,4}(?:"
    + _HOUSE
    + r")?|(?<![\w/])"
    + _HOUSE
    + r")"
    + _LANES
    + r"(?:[A-Z][a-zà-ÿ'’-]{1,20}\s){1,4}"
    + _STREET
    + r"(?![a-z])(?:[ \t]\d{1,3}[A-Z]?\b)?"
    + _CHAIN
)
# An address after a cue, with or without a street type.
ADDRESS_CUED = re.compile(
    r"(?i:\b(?:address|home|flat|house|office)\s*(?:is|:)|\b(?:home|living|lives|live|"
    r"resident|staying|located)\s+at|\bour\s+(?:home|flat|house|place)\s+is)\s+"
    r"(?P<v>(?:" + _UNIT_PIECE + r",?\s{1,2}){0,4}" + _HOUSE + _LANES + _PLACE + _CHAIN + r")"
)

_DATE_ANY = (
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)
# A date-of-birth cue; every date within the rest of its clause is a date of birth.
DOB_CUE = re.compile(
    r"(?i:\b(?:dob|d\.?/?o\.?/?b\.?|date\s+of\s+birth|birth\s?(?:day|date)|birth\s+"
    r"certificate|b-?day|born)\b)"
)
DOB_DATE = re.compile(r"(?i:(?<![\d/.-])(?:" + _DATE_ANY + r")(?![\d/]))")
# What may come between two dates of birth: "1999-05-03 (3 May 1999", "88/12/25 or 1999/12/25".
DOB_BETWEEN = re.compile(r"[ \t]{0,2}(?:\(|/|or|aka|i\.e\.|=)[ \t]{0,2}(?:[A-Za-z]{1,8}[ \t])?")
# Where a date-of-birth clause ends.
DOB_END = re.compile(r"[;\n]|\.\s|\s-\s|,\s+(?:and|but|so|which|diabetic|on|with)\b")

_PHONE_VALUE = r"(?P<v>\+?\(?\d(?:\d|[ .-](?=\(?\d)|\)[ ]?){6,16}\d)(?!\d)"

# (kind, pattern) pairs in the form of ``safety_personal_patterns.PERSONAL``.
SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.MULTILINE))
    for kind, pattern in (
        ("address", ADDRESS_SHAPE),
        ("address", ADDRESS_CUED),
        # names after a cue word: "sent by Wang Xiaoming", "policyholder Tan Mei Xin"
        (
            "name",
            r"(?:\b(?i:sent|submitted|written|posted|signed|asked|referred)\s+by|\b(?i:"
            r"policyholder|caller|patient|insured|member|applicant|client|full\s+name|name|"
            r"i\s+am|i'm|this\s+is))[ \t]*[:,]?[ \t]+(?P<name>" + FULL_NAME + r")(?=[ \t]*(?:[,;"
            r"(<:)]|\s-\s|$|\n|\s(?:and|on|at|in)\b))",
        ),
        # weak cues need personal data after the name: "for Emily Clarke (MRN ...)"
        (
            "name",
            r"\b(?i:from|for|to|by)[ \t]+(?P<name>" + FULL_NAME + r")(?=[ \t]*(?:\(|<|,[ \t]*"
            r"(?:\d|\+|[\w.+-]{1,64}@|(?i:tel|mobile|phone|dob|born|aged?|mrn|nhs|id|https?)\b)))",
        ),
        # "Dad: Ho Kin-Wah", "Mum - Ann Lee"
        (
            "name",
            r"(?:^|[.;\n]\s*)(?i:dad|mum|mom|father|mother|husband|wife|son|daughter|carer|"
            r"caregiver)[ \t]*[:–-][ \t]*(?P<name>" + FULL_NAME + r")",
        ),
        # relatives with a name, without "my": "Grandma Rose", "uncle Frank", "daughter Karen"
        (
            "name",
            r"\b(?i:grandma|grandpa|granny|grandad|grandmother|grandfather|auntie|aunt|"
            r"uncle|cousin|daughter|son|sister|brother|niece|nephew|husband|wife)[ \t]+"
            r"(?P<name>[A-Z][a-zà-öø-ÿ]{1,20}(?:[ \t][A-Z][a-zà-öø-ÿ]{1,20})?)\b",
        ),
        # sign-offs with more after the name, and a dashed name at the very end
        (
            "name",
            r"(?i:kind\s+regards|best\s+regards|warm\s+regards|regards|sincerely|best\s+wishes|"
            r"many\s+thanks|thanks|cheers)[ \t]*[,!.]?[ \t]*\n?[ \t]*(?P<name>" + FULL_NAME + r")",
        ),
        ("name", r"[.!?][ \t]+[-–—~][ \t]*(?P<name>" + FULL_NAME + r"|[A-Z][a-z]{1,20})[ \t]*$"),
        # a name between dashes before an age: "... - Amy Wilson, 33, DOB ..."
        ("name", r"\s[-–—][ \t]+(?P<name>" + FULL_NAME + r"),[ \t]*(?=\d{1,3}\b)"),
        # a name before an e-mail address in angle brackets
        ("name", r"(?P<name>" + FULL_NAME + r")[ \t]*<[^\s<>@]{1,64}@"),
        # phones after a cue, in any grouping
        (
            "phone",
            r"(?i:\b(?:ring|call|phone|daytime|evening|night|home|work|office|landline|mobile|"
            r"contact|cell)\b(?:\s+(?:me|us|her|him|on|at|number|no\.?|line|phone|tel))*)[ \t]*"
            r"[:#-]?[ \t]*" + _PHONE_VALUE,
        ),
        # UK and Taiwan style landlines: "01632 960722", "03-5718862"
        ("phone", r"(?<![\w.-])(?P<v>0\d{1,4}[ -]\d{6,8})(?![\w-])"),
        # record numbers after more labels
        (
            "record_number",
            r"(?i:\bregistration|\breg\b|membership|\bmember|\bchi\b|\behic\b|\burn\b|\bhn\b|"
            r"hospital|\bpolicy|\bmedicare|\bnhi|\bclaim|health\s+card|(?<!social\s)(?<!national\s)"
            r"insurance)"
            r"(?i:\s+(?:card|number|no\.?|num|#|id|is|was|card\s+is|number\s+is)){0,3}[ \t]*[:#.]?"
            r"[ \t]*(?P<v>(?=[\w-]{0,20}\d)[A-Za-z0-9]{1,12}(?:-[A-Za-z0-9]{1,12}|[ ](?=[A-Za-z]"
            r"{0,3}\d)[A-Za-z0-9]{1,12}){0,5})(?![\w-])",
        ),
        (
            "national_id",
            r"(?i:\biqama|emirates\s+id|\bcnic\b|\bnric\b|passport|\bid\s+card)"
            r"(?i:\s+(?:card|number|no\.?|num|#|is|was|number\s+is)){0,3}[ \t]*[:#.]?"
            r"[ \t]*(?P<v>[A-Z]{0,2}\d{6,12}[A-Z]?)\b",
        ),
        # short-link and developer domains
        (
            "url",
            r"\b(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,3}(?:dev|gg|fm|nl|ie|ch|se|pl|"
            r"br|mx|za|blog|tech)|youtu\.be|bit\.ly|t\.me|wa\.me|ow\.ly|is\.gd|linktr\.ee|"
            r"t\.co|goo\.gl)\b(?![@.\w])(?:/[^\s<>\"'()\[\]{}]{1,2000})?",
        ),
    )
)
