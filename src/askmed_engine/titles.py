"""Page titles: ``Focus: What Is Asked - Department`` (DESIGN.md §1).

Rule-based, for messy consumer questions as well as tidy MedQuAD ones:

* the text is cleaned first (markup, placeholders, shouting; a huge body is read only
  at its head and tail, see :mod:`askmed_engine.titles_text`);
* the focus is the ``focus`` a source gives, else the patient's title when it names a
  subject (question words stripped; a sentence title is searched for its best phrase),
  else the first of ``focus_terms`` another component found, else the best phrase of the
  body (:mod:`askmed_engine.titles_focus`), else :data:`FALLBACK_FOCUS`;
* the intent comes from a MedQuAD ``qtype``, else from the question sentences
  (:mod:`askmed_engine.titles_intents`), else from the whole text;
* the title stays within :data:`MAX_TITLE` characters by dropping a second intent, then
  words from the end of the focus, never by cutting a word
  (:mod:`askmed_engine.titles_format`).

Word lists live in :mod:`askmed_engine.titles_lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from askmed_engine import titles_lexicon as lex
from askmed_engine.text import STOP_WORDS, normalize, stem, word_set
from askmed_engine.titles_focus import best_phrase, is_question, sentences_of, words_of
from askmed_engine.titles_format import (
    ACRONYMS,
    FALLBACK_FOCUS,
    MAX_TITLE,
    SMALL_WORDS,
    assemble,
    bare,
    tidy,
    title_case,
)
from askmed_engine.titles_intents import (
    DRUG_INTENTS,
    PREGNANCY,
    QTYPE_INTENTS,
    intents_in,
)
from askmed_engine.titles_text import clean_text, one_line

__all__ = [
    "ACRONYMS",
    "FALLBACK_FOCUS",
    "MAX_TITLE",
    "SMALL_WORDS",
    "choose_focus",
    "detect_intents",
    "focus_from_title",
    "page_title",
    "title_case",
]

MAX_TITLE_WORDS = 6  # a longer title is a sentence: search it for its best phrase

# Leading words of a question title that are not its subject.
_LEADING_FILLER: frozenset[str] = (
    lex.VERBS
    | STOP_WORDS
    | word_set(
        """
    what whats what's how why which who where when is are was were can could should would
    will do does did may might has have had i im i'm my me we our you your it its it's this
    that there the a an to be get any some about of for on in with by at from (are) (is)
    causes cause symptoms symptom signs sign treatments treatment treat prevent prevention
    outlook prognosis risk risks complications complication dosage dose side effects
    genetic changes change related inherited diagnose diagnosis diagnosed information info
    many much people affected research clinical trials studies study being done need see
    doctor stages tests test exams take taking having suffer suffering from help please
    dr question questions regarding concerning hello hi hey dear possible cure urgent
    and or so also re fw fwd subject message query inquiry enquiry latest new current
    recent finding looking searching seeking drug drugs medication medications medicine
    interactions interaction effect results result treatement treatements
    tratment tratments treatmant symtoms symptons mutation mutations gene genes
    """
    )
)
_NOT_TRAILING = word_set(
    "test tests exam exams gene genes drug drugs medication medications medicine"
)
_TRAILING_FILLER: frozenset[str] = (_LEADING_FILLER - _NOT_TRAILING) | word_set(
    """
    inherited hereditary treated cured prevented serious dangerous normal contagious
    mean means be is are it this that now please help doctor anything something safe
    interview feedback request info information today mg mcg ml iu tab tabs tablet tablets
    capsule capsules casules caps pill pills dr xr er sr xl hcl options option
    """
)
_EPONYM_HEADS = word_set("syndrome disease")
_KEPT_PAIRS = {("in", "vitro"), ("in", "vivo")}
_TOPIC_OWNERS = word_set("women men children")  # "women's health" is a subject
_TOPIC_PEOPLE = _TOPIC_OWNERS | word_set("infant infants baby babies child newborn kids teen")
_NUMBERED = word_set("trisomy chromosome ataxia type")  # "trisomy 13", "ataxia 34"
_PROBLEM = word_set("problem problems issue issues trouble troubles recovery")
_OF = word_set("of with in about for")
_GENERIC_TITLE = lex.GENERIC_NOUNS | lex.MODIFIERS | SMALL_WORDS
_SENTENCE_WORDS: frozenset[str] = lex.VERBS | word_set(
    """
    i me my he she we they you it his her their our your im i'm been cause causes symptoms
    signs treatment treatments cure prevent risk risks
    """
)
_PARENTHESES = re.compile(r"\(([^()]{0,80})\)")
_PREGNANCY_WORDS = re.compile(
    r"\s+(?:and|in|during|while|when)\s+(?:pregnancy|pregnant|breast-?feeding)$", re.IGNORECASE
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?[a-z%]{0,5}")
_VAGUE_QUESTION = re.compile(
    r"^\W*(?:so |and |now )?(?:what (?:should|can|do|shall) (?:i|we) do(?: now)?|what (?:could"
    r"|can|might) (?:it|this|that) be|is (?:it|this|that) (?:normal|serious|bad|ok|okay"
    r"|dangerous)|should i (?:be )?worr(?:y|ied)|any (?:advice|ideas|suggestions)|(?:please )?"
    r"help(?: me)?)\W*$",
    re.IGNORECASE,
)
_COMMA_WORD = re.compile(r"(?<=[^\W\d_]{2}),(?=[^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?]\s+\S")
_SEGMENT = re.compile(r"\s+[-–—|]+\s+|:\s+|\s*\|\s*")
_WORD_EDGE = "?!.,;:\"'“”«»¿¡"
_INNER_EDGE = '?!"“”«»¿¡'
_DASHES = "-–—"
_COORDINATING = word_set("and or")
_SUBTYPE = re.compile(r"[A-Z]|I{1,3}|IV|V|VI{1,3}")
# MedQuAD's drug and topic question templates ("Who should get X and why is it prescribed?").
_MEDQUAD_TEMPLATES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^(?:what|how|are|is|do|does|should|where|who)\b.{0,80}\b(?:overdose of|brand names"
        r"(?: of combination products)? of|precautions about|forget a dose of|storage and"
        r" disposal of|should i follow with|should i know about|support for people with)"
        r"\s+(.{2,200})$",
        r"^are there interactions between (.{2,200}?) and (?:other medications|foods|herbs and"
        r" supplements)\W*$",
        r"^(?:who should get|how should) (.{2,200}?) (?:and why is it prescribed|be used and"
        r" what is the dosage)\W*$",
        r"^(?:how effective is|what is the action of) (.{2,200}?)(?: and how does it work)?\W*$",
    )
)


def focus_from_title(title: str) -> str:
    """The subject of a question title: question words and intent words stripped.

    ``"What are the treatments for Parkinson's disease?"`` -> ``"Parkinson's disease"``;
    ``"who makes bromocriptine"`` -> ``"bromocriptine"``.
    """
    for pattern in _MEDQUAD_TEMPLATES:
        template = pattern.match(normalize(title))
        title = template.group(1) if template else title
    words = [w.strip(_INNER_EDGE) for w in normalize(title).split()]
    words = [w for w in words if any(c.isalnum() for c in w) or (w and w in _DASHES)]
    while words and _is_leading_filler(bare(words[0]), words[1:2]):
        words.pop(0)
    if len(words) > 2 and bare(words[0]) in _PROBLEM and bare(words[1]) in _OF:
        del words[:2]  # "Problem of polyuria", "Issues with sleep", "recovery for stroke"
    words = _first_clause(words)
    while words and _is_trailing_filler([bare(w) for w in words], words[-1]):
        words.pop()
    kept = " ".join(w for w in words if bare(w) not in {"my", "your", "our"})
    return kept.strip(_WORD_EDGE + " " + _DASHES)


def _first_clause(words: list[str]) -> list[str]:
    """Words up to a full stop, or up to a comma that opens a side clause ("...,
    including hemp oil", "..., and how is it made"); "X, Y, and Z" stays whole."""
    out: list[str] = []
    for i, word in enumerate(words):
        out.append(word)
        following = [bare(w) for w in words[i + 1 : i + 3]] + ["", ""]
        if following[0] in _COORDINATING:
            following = following[1:]
        side = following[0] in _LEADING_FILLER or lex.is_ed_ing_ly_word(following[0])
        if word.endswith((".", ";")) or (word.endswith(",") and side):
            break
    return out


def _is_leading_filler(word: str, following: list[str]) -> bool:
    lower = word.lower().replace("’", "'")
    after = following[0].lower() if following else ""
    if (lower, after) in _KEPT_PAIRS or (lower in lex.EPONYMS and after in _EPONYM_HEADS):
        return False
    base = lower.removesuffix("'s").removesuffix("'")
    topic = _TOPIC_OWNERS if base != lower else _TOPIC_PEOPLE  # "my baby's rash", "Baby acne"
    people = base in lex.PEOPLE and base not in topic
    return lower in _LEADING_FILLER or people or bool(_NUMBER.fullmatch(lower))


def _is_trailing_filler(words: list[str], surface: str) -> bool:
    """True when the last word is filler, a past participle or a number (a dose, a
    date), but not the number of ``type 2`` or ``NF 1`` nor the letter of ``Hemophilia A``
    or ``type I``."""
    lower, before = words[-1], words[-2] if len(words) > 1 else ""
    if len(words) > 1 and _SUBTYPE.fullmatch(surface.strip(_WORD_EDGE)):
        return False
    if lower in _TRAILING_FILLER or (lex.is_ed_ing_ly_word(lower) and lower.endswith("ed")):
        return True
    numbered = before in lex.JOINERS or before in lex.CONDITIONS or lex.condition_like(before)
    kept = numbered or before in _NUMBERED or (len(words) == 2 and len(before) <= 3)
    code = lower.isdigit() or before in lex.JOINERS  # "trisomy 13", "type 2O"
    return bool(_NUMBER.fullmatch(lower)) and not (kept and code)


def _is_useless(focus: str) -> bool:
    """True for ``Help``, ``Urgent Enquiry``, ``hi doctor``: no word names a subject."""
    words = [w.strip(_WORD_EDGE + "()").lower() for w in focus.replace("/", " ").split()]
    if not any(sum(c.isalpha() for c in w) >= 2 for w in words):
        return True
    ignorable = lex.USELESS_TITLE | lex.FILLER | lex.VERBS | lex.PEOPLE
    return all(w in ignorable or not any(c.isalpha() for c in w) for w in words)


def _title_focus(title: str, drugs: bool = False) -> tuple[str, float]:
    """The focus a title gives and how good it is: 2 names something medical, 1.5 is a
    short clean title, 1 comes from a sentence, 0 is none."""
    best = ("", 0.0)
    for segment in _SEGMENT.split(title)[:8]:
        focus = focus_from_title(_PARENTHESES.sub(_useful_aside, segment))
        if not focus or _is_useless(focus):
            continue
        several = bool(_SENTENCE_END.search(segment))
        if not several and not _is_sentence([bare(w) for w in focus.split()]):
            phrase = best_phrase(focus, drugs=drugs)
            generic = all(bare(w) in _GENERIC_TITLE for w in focus.split())
            found = (focus, 2.0 if phrase and phrase.medical else 1.0 if generic else 1.5)
        else:
            phrase = best_phrase(segment, drugs=drugs)
            medical = phrase is not None and phrase.medical
            found = (phrase.text, 2.0 if medical else 1.0) if phrase else (focus, 1.0)
        if found[1] > best[1]:
            best = found
    return best


def _is_sentence(words: list[str]) -> bool:
    """A title focus that still reads as a sentence (pronouns, verbs, "a" inside);
    "hair loss caused by chemo" is not one."""
    return (
        len(words) > MAX_TITLE_WORDS
        or bool(_SENTENCE_WORDS - lex.PARTICIPLES & set(words))
        or bool({"a", "an"} & set(words[1:]))
    )


def _useful_aside(match: re.Match[str]) -> str:
    """A bracketed aside kept when it names something: "(Anxiety)" but not "(urgent)"."""
    return "" if _is_useless(match.group(1)) else match.group()


def choose_focus(
    title: str, body: str, focus_terms: Sequence[str] = (), *, drugs: bool = False
) -> str:
    """The focus of a cleaned title and body, in the order the module docstring gives;
    ``drugs`` favours drug names (the question asks about a medicine)."""
    from_title, quality = _title_focus(title, drugs)
    if quality >= 1.5:
        return _more_specific(from_title, body)
    terms = [normalize(t) for t in focus_terms or () if normalize(t or "")]
    if terms:
        return terms[0]
    phrase = best_phrase(body, drugs=drugs)
    if phrase and (phrase.medical or not from_title):
        return phrase.text
    return from_title


def _more_specific(focus: str, body: str) -> str:
    """A one-word symptom or body-part title made specific by the body: ``Rash`` ->
    ``Red Itchy Rash``, ``Ear`` -> ``Ear Infection``."""
    words = [w for w in words_of(focus) if w is not None]
    if len(words) != 1 or words[0].kind not in ("symptom", "weak", "generic", "body"):
        return focus
    phrase = best_phrase(body)
    if phrase and phrase.medical and stem(words[0].lower) in map(stem, phrase.text.lower().split()):
        return phrase.text
    return focus


def detect_intents(text: str, title: str = "") -> list[str]:
    """Intent phrases asked, in order of appearance: those of the ``title`` (a subject
    line often names the ask: "missed dose") and of the question sentences of ``text``,
    a vague one ("What should I do?") read with the sentence before it; those of the
    whole text when none of these asks anything."""
    sentences = sentences_of(text)
    asked = [title]
    for i, sentence in enumerate(sentences):
        if is_question(sentence):
            vague = i > 0 and _VAGUE_QUESTION.match(sentence)
            asked += [sentences[i - 1], sentence] if vague else [sentence]
    return intents_in("\n".join(asked)) or intents_in(text)


def page_title(
    title: str,
    body: str = "",
    department: str = "",
    *,
    focus: str = "",
    qtype: str = "",
    focus_terms: Sequence[str] = (),
) -> str:
    """``Focus: What Is Asked - Department``, at most :data:`MAX_TITLE` characters.

    The intent comes from ``qtype`` when it is a known MedQuAD type, else from keywords
    of the question; no department means no `` - Department`` suffix.
    """
    title = _COMMA_WORD.sub(", ", one_line(title or ""))  # "Shoulder,back" -> "Shoulder, back"
    body = clean_text(body or "")
    qtype_intent = QTYPE_INTENTS.get(normalize(qtype or "").lower())
    intents = [qtype_intent] if qtype_intent else detect_intents(body, title)
    drugs = bool(intents) and intents[0] in DRUG_INTENTS
    chosen = one_line(focus or "") or choose_focus(title, body, focus_terms, drugs=drugs)
    if intents and intents[0] == PREGNANCY:
        chosen = _PREGNANCY_WORDS.sub("", chosen)
    chosen = title_case(tidy(chosen)) or FALLBACK_FOCUS
    return assemble(chosen, intents, one_line(department or ""))
