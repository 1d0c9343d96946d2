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

from askmed_engine import safety_personal_patterns as pats
from askmed_engine import safety_personal_shapes as shapes
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


PERSONAL = pats.PERSONAL + shapes.SHAPES
_TW_ADDRESS = pats.TW_ADDRESS

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
    i i'm im i’m i've i'd the a an and or but so he she they we it my his her our their this
    that hi hello hey dear
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


_EXTENSION = re.compile(r"[ \t]*,?[ \t]*(?i:ext\.?|extension|x|#)[ \t]*\d{1,5}\b")


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
    if "kname" in m.re.groupindex:  # one lower-case word after a strong cue ("mrs. tsai")
        word = m.group("kname")
        plain = word in _NOT_NAMES or _ADJECTIVE.fullmatch(word) or _NOT_LOWER_NAME.search(word)
        return None if plain else m.span("kname")
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
        re.search(r"\b(?:No\.?\s?\d|Lane|Ln|Alley|Aly|Sec)", value, re.I)
        and re.search(r"\b(?:Road|Rd|Street|St|Blvd|Boulevard|Avenue|Ave)\b", value, re.I)
    ):
        return None
    return start, end


def _personal_candidates(text: str) -> list[tuple[int, int, str]]:
    """Every plausible personal-data span, overlapping ones included."""
    found = []
    for kind, regex in PERSONAL:
        for m in regex.finditer(text):
            span = _value_span(kind, text, m)
            if span and span[1] > span[0]:
                found.append((*span, kind))
    for cue in shapes.DOB_CUE.finditer(text):
        found += [(*span, "date_of_birth") for span in _birth_dates(text, cue.end())]
    return found


def _birth_dates(text: str, start: int) -> list[tuple[int, int]]:
    """The dates after a date-of-birth cue: the first in its clause, and any given with it
    ("1999-05-03 (3 May 1999)", "ROC 88/12/25 (1999/12/25)")."""
    stop = shapes.DOB_END.search(text, start, start + 60)
    first = shapes.DOB_DATE.search(text, start, stop.start() if stop else start + 60)
    dates = []
    while first:
        dates.append(first.span())
        between = shapes.DOB_BETWEEN.match(text, first.end())
        first = between and shapes.DOB_DATE.match(text, between.end())
    return dates


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
