"""Casing and fitting of page titles: title case, and ``Focus: Intent - Department``
within :data:`MAX_TITLE` characters without cutting a word.
"""

from __future__ import annotations

import unicodedata

from askmed_engine import titles_lexicon as lex
from askmed_engine.text import word_set
from askmed_engine.titles_focus import words_of
from askmed_engine.titles_intents import DEFAULT_INTENT, intent_phrase

MAX_TITLE = 70
FALLBACK_FOCUS = "Health Question"
MIN_FOCUS_ROOM = 15  # a department is shortened or dropped before the focus gets less
_WORD_EDGE = "?!.,;:\"'“”«»¿¡"
_NAMING = frozenset(("drug", "condition", "symptom"))
_NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR")

ACRONYMS: frozenset[str] = word_set(
    """
    hiv aids copd adhd ibs ibd gerd uti utis std stds sti stis hpv hsv ct mri ecg ekg eeg
    emg dna rna tb ptsd ocd als cpr nsaid nsaids pcos ms sle icu er ent tmj acl mcl dvt pe
    ckd aki bmi hba1c a1c ldl hdl cbc psa tsh iud ivf covid sars rsv mrsa ra ppi ssri ssris
    snri gfr hcg fsh lh amh t3 t4 inr crp esr ana ebv cmv hbv hcv pms pmdd gad cbt nicu
    sids rls tia chf cad otc bpd asd pid bv lasik
    """
)
SMALL_WORDS: frozenset[str] = word_set(
    """
    a an and as at but by for from in into nor of on or over per the to vs via with
    de del la el y en et du des le les von van und
    """
)
_NOT_ACRONYM_AFTER = word_set("hearing walking visual teaching")


def title_case(phrase: str) -> str:
    """Readable title case: acronyms upper-case, small words lower-case inside.

    Words that already carry inner capitals (``McArdle``, ``mRNA``, ``HIV``) are kept;
    ``hiv/aids`` -> ``HIV/AIDS``, ``parkinson's`` -> ``Parkinson's``.
    """
    out: list[str] = []
    for i, word in enumerate(phrase.split()):
        after = out[-1].lower() if out else ""
        cased = [
            "/".join(
                _case_part(p, first=(i == 0 and j == 0), after=after) for p in chunk.split("/")
            )
            for j, chunk in enumerate(word.split("-"))
        ]
        out.append("-".join(cased))
    return " ".join(out)


def _case_part(part: str, *, first: bool, after: str = "") -> str:
    bare = part.strip("()[]\"',.")
    if bare.lower() in ACRONYMS and not (bare.lower() == "aids" and after in _NOT_ACRONYM_AFTER):
        return part.replace(bare, bare.upper())
    if any(c.isupper() for c in part[1:]):
        return part
    if not first and part.lower() in SMALL_WORDS:
        return part.lower()
    for k, char in enumerate(part):
        if char.isalpha():
            return part[:k] + char.upper() + part[k + 1 :]
    return part


def bare(word: str) -> str:
    """A word lower-cased without its surrounding punctuation."""
    return word.strip(_WORD_EDGE + "()").lower()


def tidy(focus: str) -> str:
    """A focus without stray punctuation: unmatched brackets dropped, a word repeated
    right after itself (``pain pain``) dropped."""
    if focus.count("(") != focus.count(")"):
        focus = focus.replace("(", " ").replace(")", " ")
    words: list[str] = []
    for word in focus.split():
        if not words or word.lower() != words[-1].lower():
            words.append(word)
    return " ".join(words).strip(_WORD_EDGE + " ")


def assemble(focus: str, intents: list[str], department: str) -> str:
    """Fit focus, intent and department into :data:`MAX_TITLE` characters."""
    intent = intent_phrase(intents)
    if len(focus) + len(f": {intent}") > MAX_TITLE - len(f" - {department}") and intents:
        intent = intents[0]
    intent = intent if len(intent) <= MAX_TITLE - MIN_FOCUS_ROOM - 2 else DEFAULT_INTENT
    suffix = _department_suffix(department, MAX_TITLE - MIN_FOCUS_ROOM - len(f": {intent}"))
    room = MAX_TITLE - len(f": {intent}{suffix}")
    return f"{_fit_focus(focus, room)}: {intent}{suffix}"


def _department_suffix(department: str, room: int) -> str:
    """`` - Department``, with words dropped from its end to fit ``room``; or nothing."""
    words = department.split()
    while words and len(" - " + " ".join(words)) > room:
        words.pop()
    return " - " + " ".join(words) if words else ""


def _fit_focus(focus: str, room: int) -> str:
    """The focus within ``room`` characters, shortened at a word; a single word too long
    is cut only in scripts written without spaces (Chinese, Japanese, Thai...)."""
    shortened = _shorten_focus(focus, room)
    if len(shortened) <= room:
        return shortened
    if _unspaced_script(shortened):
        return shortened[:room]
    return FALLBACK_FOCUS if len(FALLBACK_FOCUS) <= room else "Health"


def _unspaced_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha()][:20]
    return any(unicodedata.name(c, "").startswith(_NO_SPACE_SCRIPTS) for c in letters)


def _shorten_focus(focus: str, room: int) -> str:
    """Shorten ``focus`` to ``room`` characters without cutting a word.

    Prefer ending just before a small word or a participle (``Dry Cough for Three
    Weeks`` -> ``Dry Cough``, ``Dry Mouth Caused by Drugs`` -> ``Dry Mouth``), unless
    dropping only the last words keeps more and ends on a named thing (``Pain Associated
    with Polycythemia Vera`` -> ``Pain Associated with Polycythemia``). At least one word
    always remains.
    """
    words = focus.split()
    if len(focus) <= room:
        return focus
    cuts = [i for i in range(1, len(words)) if _opens_tail(words[i]) and _can_end(words[i - 1])]
    fitting = [i for i in cuts if len(" ".join(words[:i])) <= room]
    while len(words) > 1 and len(" ".join(words)) > room:
        words.pop()
        while len(words) > 1 and not _can_end(words[-1]):
            words.pop()
    if fitting and (fitting[-1] >= len(words) or not _names_something(words[-1])):
        return " ".join(focus.split()[: fitting[-1]])
    return " ".join(words)


def _names_something(word: str) -> bool:
    """The word names a condition, symptom or drug (a shortened focus may end on it)."""
    return any(w is not None and w.kind in _NAMING for w in words_of(word))


def _opens_tail(word: str) -> bool:
    """A detail may be cut from here: "... for three weeks", "... caused by drugs"."""
    return _is_small(word) or bare(word) in lex.PARTICIPLES


def _can_end(word: str) -> bool:
    """A focus may end on this word: not a small word, not a verb form ("caused")."""
    lower = bare(word)
    verb_form = lower.endswith(("ed", "ing")) and lex.is_ed_ing_ly_word(lower)
    return not _is_small(word) and not verb_form


def _is_small(word: str) -> bool:
    return word.lower() in SMALL_WORDS
