"""Page titles: ``Focus: What Is Asked - Department`` (DESIGN.md §1).

A simple, rule-based first version: the focus is the question title with its question
words stripped (or the ``focus`` a source gives), the intent comes from keywords in the
title and body (or from a MedQuAD ``qtype``), and the whole title stays within
:data:`MAX_TITLE` characters by dropping words from the end of the focus, never by
cutting a word.
"""

from __future__ import annotations

import re

from askmed_engine.text import normalize, split_sentences, word_set

MAX_TITLE = 70
DEFAULT_INTENT = "What You Need to Know"
FALLBACK_FOCUS = "Health Question"

ACRONYMS: frozenset[str] = word_set(
    """
    hiv aids copd adhd ibs ibd gerd uti utis std stds sti hpv hsv ct mri ecg ekg eeg emg dna
    rna tb ptsd ocd als cpr nsaid nsaids pcos ms sle icu er ent tmj acl mcl dvt pe ckd
    aki bmi hba1c ldl hdl cbc psa tsh iud ivf covid sars rsv mrsa ra ldl ppi ssri ssris
    """
)
SMALL_WORDS: frozenset[str] = word_set(
    "a an and as at but by for from in into nor of on or over per the to vs via with"
)

# (pattern over lowercased title + body, intent phrase); earlier matches in the text win.
_INTENT_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), phrase)
    for pattern, phrase in (
        (r"\bside[- ]?effects?\b|\badverse (effects?|reactions?)\b", "Side Effects"),
        (r"\b(dose|doses|dosage|dosing|how much \w+ (should|can) i take)\b", "Dosage and Timing"),
        (r"\b(symptoms?|signs?)\b", "Symptoms and Signs"),
        (
            r"\b(caus(e|es|ed|ing)|why (do|does|am|is|are)|risks?|what could (this|it) be"
            r"|what is (this|it)|reasons?)\b",
            "Causes and Risks",
        ),
        (
            r"\b(treat|treats|treated|treating|treatments?|cure[sd]?|therapy|therapies"
            r"|manag(e|ement|ing)|remed(y|ies)|get rid of|what (should|can) i do)\b",
            "Treatment Options",
        ),
        (r"\b(prevent|prevents|prevention|preventing|avoid)\b", "Prevention"),
        (r"\b(outlook|prognosis|life expectancy|survival rate|recovery)\b", "Outlook"),
        (r"\b(inherit(ed|ance)?|hereditary|runs? in (the|my) family)\b", "Inheritance"),
        (r"\b(genetic changes?|genes?|mutations?)\b", "Genetic Changes"),
        (
            r"\b(see a doctor|go to the (er|hospital|doctor)|should i (worry|be worried)"
            r"|is (this|it) serious|emergency)\b",
            "When to See a Doctor",
        ),
        (r"\b(diagnos(e|ed|is)|tests?|exams?)\b", "Diagnosis and Tests"),
        (r"\b(complications?)\b", "Complications"),
    )
)

QTYPE_INTENTS: dict[str, str] = {
    "information": DEFAULT_INTENT,
    "causes": "Causes and Risks",
    "susceptibility": "Causes and Risks",
    "treatment": "Treatment Options",
    "dose": "Dosage and Timing",
    "dosage": "Dosage and Timing",
    "usage": "Dosage and Timing",
    "side effects": "Side Effects",
    "symptoms": "Symptoms and Signs",
    "prevention": "Prevention",
    "outlook": "Outlook",
    "prognosis": "Outlook",
    "inheritance": "Inheritance",
    "genetic changes": "Genetic Changes",
    "exams and tests": "Diagnosis and Tests",
    "complications": "Complications",
    "frequency": "How Common It Is",
    "stages": "Stages",
    "research": "Research and Trials",
    "support groups": "Support Groups",
    "considerations": "Special Considerations",
    "contraindication": "Warnings",
    "emergency or overdose": "Overdose",
    "storage and disposal": "Storage",
    "brand names": "Brand Names",
    "how does it work": "How It Works",
    "how effective is it": "How Well It Works",
    "when to see a doctor": "When to See a Doctor",
}

# Leading words of a question title that are not its subject.
_LEADING_FILLER: frozenset[str] = word_set(
    """
    what whats what's how why which who where when is are was were can could should would
    will do does did may might has have had i im i'm my me we our you your it its it's this
    that there the a an to be get any some about of for on in with by at from (are) (is)
    causes cause symptoms symptom signs sign treatments treatment treat prevent prevention
    outlook prognosis risk risks complications complication dosage dose side effects
    genetic changes change related inherited diagnose diagnosis diagnosed information info
    many much people affected research clinical trials being done need see doctor stages
    tests test exams take taking having suffer suffering from help please doctor dr
    question questions regarding concerning hello hi dear possible cure
    """
)
_TRAILING_FILLER: frozenset[str] = word_set(
    """
    inherited hereditary treated cured prevented serious dangerous normal contagious
    mean means be is are it this that now please help doctor anything something
    """
)
_WORD_EDGE = "?!.,;:\"'"


def title_case(phrase: str) -> str:
    """Readable title case: acronyms upper-case, small words lower-case inside.

    Words that already carry inner capitals (``McArdle``, ``mRNA``, ``HIV``) are kept.
    """
    out = []
    for i, word in enumerate(phrase.split()):
        parts = word.split("-")
        out.append("-".join(_case_part(p, first=(i == 0 and j == 0)) for j, p in enumerate(parts)))
    return " ".join(out)


def _case_part(part: str, *, first: bool) -> str:
    bare = part.strip("()\"',.")
    if bare.lower() in ACRONYMS:
        return part.replace(bare, bare.upper())
    if any(c.isupper() for c in part[1:]):
        return part
    if not first and part.lower() in SMALL_WORDS:
        return part.lower()
    return part[:1].upper() + part[1:]


def focus_from_title(title: str) -> str:
    """The subject of a question title: question words and intent words stripped.

    ``"What are the treatments for Parkinson's disease?"`` -> ``"Parkinson's disease"``.
    """
    words = [w.strip(_WORD_EDGE) for w in normalize(title).split()]
    words = [w for w in words if w]
    while words and words[0].lower() in _LEADING_FILLER:
        words.pop(0)
    while words and words[-1].lower() in _TRAILING_FILLER | _LEADING_FILLER:
        words.pop()
    words = [w for w in words if w.lower() not in {"my", "your", "our"}]
    return " ".join(words)


def _focus_from_body(body: str) -> str:
    """A short focus from the first sentence of the body, for titles with no subject."""
    sentences = split_sentences(body)
    return _shorten_focus(focus_from_title(sentences[0]), 40) if sentences else ""


def detect_intents(text: str) -> list[str]:
    """Intent phrases found in ``text``, ordered by where they first appear."""
    lowered = normalize(text).lower()
    found: list[tuple[int, str]] = []
    for pattern, phrase in _INTENT_PATTERNS:
        match = pattern.search(lowered)
        if match:
            found.append((match.start(), phrase))
    return [phrase for _, phrase in sorted(found)]


def _intent_phrase(intents: list[str]) -> str:
    """The first intent, joined with the second by " and " when both are short."""
    if not intents:
        return DEFAULT_INTENT
    if len(intents) >= 2:
        first, second = intents[0], intents[1]
        joined = f"{first} and {second}"
        if " and " not in first and " and " not in second and len(joined) <= 32:
            return joined
    return intents[0]


def _shorten_focus(focus: str, room: int) -> str:
    """Shorten ``focus`` to ``room`` characters without cutting a word.

    Prefer ending just before a small word (``Dry Cough for Three Weeks`` -> ``Dry
    Cough``); otherwise drop words from the end. At least one word always remains.
    """
    words = focus.split()
    if len(focus) <= room:
        return focus
    cuts = [i for i in range(1, len(words)) if _is_small(words[i]) and not _is_small(words[i - 1])]
    fitting = [i for i in cuts if len(" ".join(words[:i])) <= room]
    if fitting:
        return " ".join(words[: fitting[-1]])
    while len(words) > 1 and len(" ".join(words)) > room:
        words.pop()
        while len(words) > 1 and _is_small(words[-1]):
            words.pop()
    return " ".join(words)


def page_title(
    title: str,
    body: str = "",
    department: str = "",
    *,
    focus: str = "",
    qtype: str = "",
) -> str:
    """``Focus: What Is Asked - Department``, at most :data:`MAX_TITLE` characters.

    The intent comes from ``qtype`` when it is a known MedQuAD type, else from keywords
    in title and body; no department means no `` - Department`` suffix.
    """
    focus = normalize(focus) or focus_from_title(title) or _focus_from_body(body)
    focus = title_case(focus or FALLBACK_FOCUS)
    qtype_intent = QTYPE_INTENTS.get(normalize(qtype).lower())
    intents = [qtype_intent] if qtype_intent else detect_intents(f"{title} {body}")
    intent = _intent_phrase(intents)
    suffix = f" - {normalize(department)}" if normalize(department) else ""
    room = MAX_TITLE - len(f": {intent}{suffix}")
    if len(focus) > room and len(intents) > 1:
        intent = intents[0]
        room = MAX_TITLE - len(f": {intent}{suffix}")
    return f"{_shorten_focus(focus, room)}: {intent}{suffix}"


def _is_small(word: str) -> bool:
    return word.lower() in SMALL_WORDS
