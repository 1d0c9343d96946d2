"""Does a cited passage support a sentence? The check every explanation sentence passes.

The method, in order (the first that decides wins):

1. **Verbatim**: the sentence, with spacing, quotes and dashes normalised, is one or
   more whole sentences of one of its cited passages → supported. Every sentence of the
   extractive backend is supported this way.
2. **Paraphrase** (a language model's rewording) is supported only when all hold:
   - it has at least :data:`MIN_TERMS` content terms (a fragment states nothing);
   - *coverage*: at least :data:`MIN_COVERAGE` of the sentence's content terms (stemmed,
     stop words dropped) occur in the cited passages;
   - *local coverage*: at least :data:`MIN_LOCAL_COVERAGE` of them occur in one sentence,
     or two adjacent sentences, of one cited passage (no stitching a claim together from
     words scattered across passages);
   - *numbers*: every number in the sentence occurs in a cited passage;
   - *negation*: the sentence negates exactly when its best-matching passage sentence
     does ("is not contagious" is not supported by "is contagious").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from askmed_engine.explain_types import CitationError, Rejected, Section
from askmed_engine.text import split_sentences, tokenize

MIN_TERMS = 3
MIN_COVERAGE = 0.85
MIN_LOCAL_COVERAGE = 0.6
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|cannot|without|unlikely|rarely)\b|n't\b", re.IGNORECASE
)
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


@dataclass(frozen=True)
class Support:
    supported: bool
    how: str  # "verbatim", "paraphrase" or why not


def _flat(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


def _terms(text: str) -> set[str]:
    return set(tokenize(text))


def _negates(text: str) -> bool:
    return bool(_NEGATION.search(text))


def _whole_sentences_of(flat: str, passage: str) -> bool:
    """``flat`` occurs in ``passage`` starting and ending at sentence boundaries (a
    fragment such as "uric acid" is not a claim the passage makes)."""
    start = passage.find(flat)
    while start >= 0:
        end = start + len(flat)
        opens = start == 0 or passage[start - 2 : start] in (". ", "? ", "! ", ": ")
        closes = end == len(passage) or passage[end] in ".!?;"
        if opens and closes:
            return True
        start = passage.find(flat, start + 1)
    return False


def _units(passage: str) -> list[str]:
    """Each sentence of a passage and each pair of adjacent sentences."""
    sentences = split_sentences(passage) or [passage]
    return sentences + [f"{a} {b}" for a, b in pairwise(sentences)]


def supports(sentence: str, passages: Sequence[str]) -> Support:
    """Whether ``passages`` (the texts the sentence cites) support ``sentence``."""
    if not passages:
        return Support(False, "cites nothing")
    flat = _flat(sentence).rstrip(". ")
    if flat and any(_whole_sentences_of(flat, _flat(p)) for p in passages):
        return Support(True, "verbatim")
    terms = _terms(sentence)
    if not terms:
        return Support(False, "no content words")
    if len(terms) < MIN_TERMS:
        return Support(False, "too few words to state anything a passage could support")
    cited = set().union(*(_terms(p) for p in passages))
    coverage = len(terms & cited) / len(terms)
    if coverage < MIN_COVERAGE:
        return Support(False, f"only {coverage:.0%} of its words are in the cited passages")
    best_unit, best = "", -1.0
    for passage in passages:
        for unit in _units(passage):
            share = len(terms & _terms(unit)) / len(terms)
            if share > best:
                best_unit, best = unit, share
    if best < MIN_LOCAL_COVERAGE:
        return Support(False, "its words are scattered over the passages, no one place says it")
    given = set(_NUMBER.findall(" ".join(passages)))
    missing = [n for n in _NUMBER.findall(sentence) if n not in given]  # "4" is not "40"
    if missing:
        return Support(False, f"the number {missing[0]} is not in the cited passages")
    if _negates(sentence) != _negates(best_unit):
        return Support(False, "negation differs from the passage it matches")
    return Support(True, "paraphrase")


def verify_sections(
    sections: Sequence[Section], texts: dict[str, str]
) -> tuple[list[Section], list[Rejected]]:
    """Keep each sentence whose cited texts (``texts``: source id -> text) support it.

    A citation of an id missing from ``texts`` raises :class:`CitationError` (a backend
    that invents a source cannot be trusted with the rest); an unsupported or uncited
    sentence is dropped and reported; a section left empty is dropped.
    """
    kept: list[Section] = []
    rejected: list[Rejected] = []
    for section in sections:
        sentences = []
        for sentence in section.sentences:
            unknown = [s for s in sentence.sources if s not in texts]
            if unknown:
                raise CitationError(f"cites {unknown[0]!r}, which it was not given")
            verdict = supports(sentence.text, [texts[s] for s in sentence.sources])
            if verdict.supported:
                sentences.append(sentence)
            else:
                rejected.append(Rejected(sentence.text, verdict.how))
        if sentences:
            kept.append(replace(section, sentences=tuple(sentences)))
    return kept, rejected
