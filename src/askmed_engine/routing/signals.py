"""The department rules of DESIGN.md §6 as detectors over the question text.

Each detector returns the words that fired it (for the reason line), or None:

- :func:`child_patient` - the patient is a child ("my 3 year old", "my 6 week old son",
  "my toddler"); an adult age ("my son is 25") turns it off.
- :func:`medicine_request` - the question is about a medicine itself: dose, interactions,
  ingredients, maker, price, availability, storage, side effects.
- :func:`genetics_request` - inheritance, genes, carriers or genetic testing are asked.
"""

from __future__ import annotations

import re

ADULT_AGE = 18

_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen", "twenty"),
        ]
    )
}
_NUMBER = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")(?:\s+and\s+(?:a\s+)?half)?"
_UNIT = r"(years?|yrs?|months?|mos?|weeks?|wks?|days?)"
_AGE = re.compile(
    rf"\b{_NUMBER}\s*(?:-|\s)?\s*{_UNIT}\s*(?:-|\s)?\s*old\b"
    r"|\b(\d{1,2})\s*(?:-|\s)?\s*(y/?o|y\.o\.|yo)\b"
    r"|\b(?:i am|i'm|im|aged?)\s+(\d{1,2})\b(?!\s*(?:%|mg|lbs?|kg|cm|in|times|days|weeks|months))",
    re.IGNORECASE,
)
_AGE_IS = re.compile(
    r"\b(?:son|daughter|child|kid|boy|girl|baby|grandson|granddaughter|he|she)\s+"
    r"(?:is|was|turned|just turned|who is|aged?|of|'s|is now|'s now)\s+(\d{1,2})\b"
    r"(?!\s*(?:%|mg|lbs?|kg|cm|in\b|months?|weeks?|days?))"
    r"|\b(?:he|she|baby|son|daughter)(?:'s| is)(?: now| only| just)?\s+(\d{1,2})\s*"
    r"(months?|weeks?|days?)\b",
    re.IGNORECASE,
)
_INFANT_WORDS = re.compile(
    rf"\b(?:my|our|the|a|an)\s+(?:(?:{_NUMBER}|new)\s*(?:-|\s)?\s*(?:day|week|month)s?"
    r"(?:\s*-?\s*old)?\s+)?(newborn|new born|infant|baby|babies|toddler|preschooler"
    r"|kindergartner|neonate)\b",
    re.IGNORECASE,
)
_CHILD_WORDS = re.compile(
    r"\b(?:my|our|her|his)\s+(?:little\s+|young\s+|teenage\s+|teen\s+)?"
    r"(son|daughter|child|children|kid|kids|boy|girl|grandson|granddaughter|teenager|teen)\b",
    re.IGNORECASE,
)
_PREGNANCY = re.compile(r"\bpregnan|\btrimester|\bfetus|\bdue date|\bbreastfe", re.IGNORECASE)
_CHILD_CONTEXT = re.compile(r"\b(school|grade|kindergarten|preschool|puberty|pediatrician)\b", re.I)

_DRUG_INTENT = re.compile(
    r"\b(dos(e|es|age|ing)|how (much|many|often|long) (should|can|do|to)\b|mg\b|mcg\b"
    r"|milligrams?|interact(s|ion|ions)?|together with|(take|taking|mix|mixing|combine) .{0,40}"
    r"\b(with|and)\b|ingredients?|contains?|made (of|from|by)|manufactur\w*|who makes"
    r"|company (that )?makes|maker|where (can|do|to|could) (i )?(buy|get|find|order|purchase)"
    r"|buy|purchase|order|price|cost|coupons?|afford|insurance cover|generic|brand"
    r"|discontinued|shortage|recall(ed)?|available|availability|side[- ]?effects?|adverse"
    r"|(stop|quit|stopping|quitting|wean\w*) (taking|off)|withdrawal|expired|expiration"
    r"|storage|store|refrigerat\w*|crush(ed)?|chew(ed)?|split(ting)? (the |a )?(pill|tablet)"
    r"|imprint|safe to take|(should|can|could|may) (i|you|we|he|she|not) (still )?take|how to take"
    r"|when to take|mixing|administ\w*|injected|given in|shelf life|safe during|safe while"
    r"|substitut\w*|alternative to|equivalent|over the counter|otc"
    r"|prescription|allergic to|gluten|lactose|package insert|label)",
    re.IGNORECASE,
)
_DRUG_WORD = re.compile(
    r"\b(medicines?|medications?|meds|drugs?|pills?|tablets?|capsules?|prescriptions?"
    r"|antibiotics?|antidepressants?|painkillers?|pain killers?|steroids?|vaccines?"
    r"|supplements?|inhalers?|creams?|ointments?|injections?)\b",
    re.IGNORECASE,
)
# Common endings of generic drug names (statins, ACE inhibitors, beta blockers, ...).
_DRUG_SUFFIX = re.compile(
    r"\b[a-z]{3,}(?:mab|pril|olol|statin|sartan|cillin|mycin|micin|cycline|floxacin|conazole"
    r"|prazole|tidine|azepam|zolam|triptan|dronate|gliptin|gliflozin|parin|xaban|ciclovir"
    r"|clovir|oxetine|afil|setron|lukast|semide|thiazide|dipine|profen|coxib|caine|sone"
    r"|olone|tinib|platin|rubicin|vudine|navir|tegravir|barbital|triptyline|pramine"
    r"|peridol|apine|idone|trexate|formin|glitazone|glinide|lutide|tropium)\b",
    re.IGNORECASE,
)
_GENETIC_INTENT = re.compile(
    r"\b(inherit\w*|hereditary|genetic\w*|genes?|mutations?|mutated|carriers?|chromosom\w*"
    r"|dna|runs? in (the |my |our )?famil\w*|passed (down|on) to|pass (it )?(down|on) to)\b",
    re.IGNORECASE,
)


def child_patient(text: str) -> tuple[str, bool] | None:
    """``(words, certain)`` when the patient is a child, else None.

    ``certain`` is True for a stated age under :data:`ADULT_AGE` or an infant word; a
    bare "my son" / "my daughter" is uncertain (they may be adults); any stated adult
    age of a son or daughter ("my son is 25", "my 30 year old daughter") cancels it.
    """
    ages = [(m.group(0), _age_years(m)) for m in _AGE.finditer(text) if not _past_age(text, m)]
    ages += [(m.group(0), _age_is_years(m)) for m in _AGE_IS.finditer(text)]
    child_ages = [words for words, years in ages if years < ADULT_AGE]
    relative = _CHILD_WORDS.search(text)
    if child_ages and (relative or _INFANT_WORDS.search(text) or not _adult_self(ages)):
        return child_ages[0], True
    infant = _INFANT_WORDS.search(text)
    if infant and not _is_pregnancy_baby(text):
        return infant.group(0), True
    if relative and not ages:
        context = _CHILD_CONTEXT.search(text)
        return (relative.group(0), bool(context) or "teen" in relative.group(0).lower())
    return None


def _age_years(match: re.Match[str]) -> float:
    number = (match.group(1) or match.group(3) or match.group(5)).lower()
    value = _NUMBER_WORDS[number] if number in _NUMBER_WORDS else int(number)
    return _years(value, match.group(2) or "years")


_PAST_AGE = re.compile(r"\b(when|since|at|was|from|after|before)\s+(i|he|she)?\s*(was\s+)?$", re.I)


def _past_age(text: str, match: re.Match[str]) -> bool:
    """An age in the past ("when I was 16 years old", "since age 7"), not the patient's now."""
    return bool(_PAST_AGE.search(text[max(0, match.start() - 20) : match.start()]))


def _age_is_years(match: re.Match[str]) -> float:
    if match.group(1):
        return float(match.group(1))
    return _years(int(match.group(2)), match.group(3))


def _years(number: int, unit: str) -> float:
    unit = unit.lower()
    if unit.startswith(("mo", "month")):
        return number / 12
    if unit.startswith(("w", "d")):
        return number / 52
    return float(number)


def _adult_self(ages: list[tuple[str, float]]) -> bool:
    """Some stated age is adult (the asker's own), so a small number may be a duration."""
    return any(years >= ADULT_AGE for _, years in ages)


def _is_pregnancy_baby(text: str) -> bool:
    """ "the baby" in a pregnancy question is the fetus: obstetrics, not pediatrics."""
    return bool(_PREGNANCY.search(text))


def medicine_request(text: str) -> str | None:
    """The words asking about a medicine itself ("dose", "who makes", "side effects")."""
    match = _DRUG_INTENT.search(text)
    return match.group(0).strip() if match else None


def drug_words(text: str) -> list[str]:
    """Generic drug words and drug-like names ("pills", "lisinopril") in ``text``."""
    found = [m.group(0) for m in _DRUG_WORD.finditer(text)]
    found += [m.group(0) for m in _DRUG_SUFFIX.finditer(text)]
    return found


_UNKNOWN_DRUG = re.compile(
    r"\b(?:take|takes|taking|took|taken|on|prescribed|using|use|started|inject\w*)\s+"
    r"([A-Za-z][a-z]{4,})\b|\b([A-Za-z][a-z]{4,})\s+(?:\d+\s*)?(?:mg|mcg|tablets?|pills?"
    r"|capsules?|injections?|infusions?|cream|ointment|drops|syrup)\b"
)


def unknown_drug_names(text: str) -> list[str]:
    """Words used like a drug's name: after "take"/"took"/"prescribed", or before "mg",
    "tablets", "injection" (the caller keeps only words it does not know)."""
    return [m.group(1) or m.group(2) for m in _UNKNOWN_DRUG.finditer(text)]


def genetics_request(text: str) -> str | None:
    """The words asking about inheritance or genes, if any."""
    match = _GENETIC_INTENT.search(text)
    return match.group(0) if match else None
