"""Cleaning of raw question text before titling: markup, shouting, size, boilerplate,
and lay wording made nameable ("wets the bed" -> "bedwetting").

Every function here is linear in its input (no nested quantifiers over unbounded text)
and the body is cut to :data:`MAX_SCAN` characters first, so that a 100 kB question is
titled as fast as a short one.
"""

from __future__ import annotations

import re

from askmed_engine import titles_lexicon as lex
from askmed_engine.text import PLACEHOLDER, normalize, strip_markup

MAX_SCAN = 6000  # characters of a body read: its head, plus a tail where questions end
_MAX_RAW = 4 * MAX_SCAN

_URL = re.compile(r"\b(?:https?://|www\.)\S{1,500}", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
_HEADER_LINE = re.compile(r"^\s*(?:from|sent|to|cc|date)\s*:.{0,200}$", re.IGNORECASE | re.M)
_LABEL = re.compile(r"^\s*(?:subject|message|re|fw|fwd)\s*:\s*", re.IGNORECASE | re.MULTILINE)
_AMPERSAND = re.compile(r"\s*&\s*")
_LETTER = re.compile(r"[^\W\d_]")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’]+\b")
_SPACE_SPLIT = re.compile(r"(\s+)")
_EDGES = ".,;:!?\"()'’"


def _bounded(text: str, limit: int = MAX_SCAN) -> str:
    """The head and tail of an over-long text (a question is asked near either end)."""
    if len(text) <= limit:
        return text
    tail = limit // 4
    return f"{text[: limit - tail]}\n\n{text[-tail:]}"


def is_shouting(text: str) -> bool:
    """True when most letters are capitals (then case says nothing about acronyms)."""
    letters = _LETTER.findall(text[:MAX_SCAN])
    cased = [c for c in letters if c.isupper() or c.islower()]
    return len(cased) >= 8 and sum(c.isupper() for c in cased) > 0.6 * len(cased)


def unshout(text: str) -> str:
    """Lower-case shouted text: all of it when most of it shouts, else every run of three
    or more capitalised words ("HELP ME OVERCOME FLATULENCE"); short acronyms stay."""
    if is_shouting(text):
        return text.lower()
    words = _CAPS_WORD.findall(text)
    if sum(1 for w in words if len(w) > 1) < 2:
        return text
    pieces = _SPACE_SPLIT.split(text)
    out, run = [], []
    for piece in pieces:
        if piece.isspace() or not piece:
            (run if run else out).append(piece)
        elif _CAPS_WORD.fullmatch(piece.strip(_EDGES)) and len(piece.strip(_EDGES)) > 1:
            run.append(piece)
        else:
            out += _flush(run)
            run = []
            out.append(piece)
    return "".join(out + _flush(run))


def _flush(run: list[str]) -> list[str]:
    """A run of capitalised pieces, lower-cased when it holds three words or more, or
    two with a long one ("PROGRESSIVE DISEASE", not "HIV AIDS" or "MTHFR")."""
    words = [piece.strip(_EDGES) for piece in run if not piece.isspace()]
    long_word = any(len(word) >= 6 for word in words)
    shouted = len(words) >= 3 or (len(words) == 2 and long_word)
    return [piece.lower() for piece in run] if shouted else run


def clean_text(text: str) -> str:
    """Raw title or body -> readable plain text: markup, URLs, e-mail addresses,
    anonymisation placeholders (``[NAME]``), mail headers and shouting removed."""
    text = _bounded(strip_markup(_bounded(text or "", _MAX_RAW)))
    text = _HEADER_LINE.sub(" ", text)
    text = _LABEL.sub("", text)
    for pattern in (_URL, _EMAIL, PLACEHOLDER):
        text = pattern.sub(" ", text)
    text = _AMPERSAND.sub(" and ", text) if "&" in text else text
    return unshout(text.replace("\r", "\n")).strip()


def one_line(text: str) -> str:
    """``clean_text`` on one line (for titles and departments)."""
    return normalize(clean_text(text))


_LAY_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"\bwet(?:s|ting)? (?:the|his|her|their) beds?\b", "bedwetting"),
        (r"\bthrow(?:s|ing)? up\b|\bthrew up\b", "vomiting"),
        (r"\bpass(?:es|ed|ing)? out\b", "fainting"),
        (r"\b(?:can ?not|can't|cannot) (?:fall )?sleep\b", "insomnia"),
        (r"\bswallowed (?:a|an|the|some) ", "swallowed "),
    )
)
_INJURED = re.compile(
    r"\b(sprained|broke|broken|twisted|pulled|tore|torn|bruised|dislocated|fractured|hurt"
    r"|injured) (?:my|his|her|their|the|a) ([^\W\d_]+)\b",
    re.IGNORECASE,
)
_INJURY_WORDS = {"broke": "broken", "tore": "torn", "hurt": "injured"}
_HURTS = re.compile(r"\b([^\W\d_]+) (?:hurts?|is hurting|are hurting|aches?|is sore|are sore)\b")


def lay_phrases(sentence: str) -> str:
    """Lay wording made nameable: "wets the bed" -> "bedwetting", "knees hurt" ->
    "knee pain", "I sprained my ankle" -> "sprained ankle" (for a body part)."""
    for pattern, replacement in _LAY_PHRASES:
        sentence = pattern.sub(replacement, sentence)
    sentence = _INJURED.sub(_injury, sentence)
    return _HURTS.sub(_body_pain, sentence)


def _injury(match: re.Match[str]) -> str:
    """Drop the pronoun before an injured body part: "sprained my ankle" -> "sprained
    ankle", one phrase ("Sprained Ankle")."""
    verb, part = match.group(1), match.group(2)
    if part.lower() not in lex.BODY_PARTS:
        return match.group()
    return f"{_INJURY_WORDS.get(verb.lower(), verb)} {part}"


def _body_pain(match: re.Match[str]) -> str:
    part = match.group(1)
    return f"{lex.singular_body(part)} pain" if part.lower() in lex.BODY_PARTS else match.group()
