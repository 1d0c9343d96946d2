"""Text normalisation, tokenisation, sentence splitting, snippets and highlights.

Everything here is deterministic and dependency-free. :func:`tokenize` is the single
definition of a "term" for the whole engine (BM25, routing, highlights), so that a word
highlighted on a page is exactly a word the index matched.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache


def word_set(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block``, for readable word-list constants."""
    return frozenset(block.split())


STOP_WORDS: frozenset[str] = word_set(
    """
    a about above after again against all am an and any are aren as at be because been
    before being below between both but by can cannot could couldn did didn do does doesn
    doing don down during each few for from further had hadn has hasn have haven having he
    her here hers herself him himself his how however if in into is isn it its itself just
    let ll me more most mustn my myself no nor not now of off on once only or other ought
    our ours ourselves out over own re same shan she should shouldn so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up ve very was wasn we were weren what when where which while who whom why will
    with won would wouldn you your yours yourself yourselves also am im ive id hello hi
    thanks thank please dear sir madam yes yet may might must shall us get got
    """
)

# Words ending in "s" (or "es") that are singular and must not lose it.
_INVARIANT: frozenset[str] = word_set(
    """
    diabetes herpes rabies scabies measles mumps rickets shingles hives lupus news species
    series pancreas always perhaps various whereas gas bias lens mucus tetanus virus
    """
)

_WORD_RE = re.compile(r"[^\W_]+")
_SPACE_RE = re.compile(r"\s+")
_VOWEL_RE = re.compile(r"[aeiouy]")


def normalize(text: str) -> str:
    """Unicode NFKC, every run of whitespace collapsed to one space, stripped."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def _undouble(stem: str) -> str:
    """``stopp`` -> ``stop``; keeps ``ll``, ``ss``, ``zz`` (``swell``, ``press``)."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
        return stem[:-1]
    return stem


def _strip_plural(word: str) -> str:
    if word in _INVARIANT or len(word) <= 3 or word.endswith(("ss", "us", "is", "ous")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _strip_verbal(word: str) -> str:
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and not word.endswith("eed"):
            stem = word[: -len(suffix)]
            if len(stem) >= 3 and _VOWEL_RE.search(stem):
                return _undouble(stem)
    return word


def _strip_adverb(word: str) -> str:
    if not word.endswith("ly") or len(word) <= 5 or word.endswith(("ily", "ply")):
        return word
    if word.endswith("lly") and not word.endswith(("ally", "fully")):
        return word
    return word[:-2]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, conservative English stemmer for lowercase words.

    Rules, in order: plural (``-ies`` -> ``-y``, ``-ches/-shes/-xes/-sses`` -> drop ``es``,
    ``-s`` -> drop, except ``-ss/-us/-is/-ous`` and invariant words such as *diabetes*),
    then ``-ied`` -> ``-y``, ``-ing``/``-ed`` (stem keeps a vowel and 3+ letters, doubled
    consonant undone), then ``-ly``; finally a silent ``-e`` is dropped from words of 4+
    letters (``cause``/``causes``/``caused``/``causing`` -> ``caus``).
    """
    if len(word) <= 2 or not word.isalpha():
        return word
    out = _strip_adverb(_strip_verbal(_strip_plural(word)))
    if len(out) >= 4 and out.endswith("e") and out[-2] != "e" and word not in _INVARIANT:
        out = out[:-1]
    return out


def _term(word: str) -> str | None:
    """The index term for one lowercase word, or None when it is not indexed."""
    if len(word) < 2 or word in STOP_WORDS:
        return None
    out = stem(word)
    return out if len(out) >= 2 else None


def _words(text: str) -> Iterator[re.Match[str]]:
    return _WORD_RE.finditer(text)


def tokenize(text: str) -> list[str]:
    """Lowercase, split on non-alphanumerics, drop stop words and 1-char tokens, stem.

    Hyphenated words become their parts (``left-sided`` -> ``left``, ``sid``); digits are
    kept (``b12``, ``500``).
    """
    lowered = unicodedata.normalize("NFKC", text).lower()
    terms = (_term(m.group()) for m in _words(lowered))
    return [t for t in terms if t is not None]


_ABBREVIATIONS: frozenset[str] = word_set(
    """
    dr drs mr mrs ms prof st vs v e.g eg i.e ie approx fig figs no nos jr sr dept
    mt ca cf al inc ltd co ref vol pp ed
    """
)
_BOUNDARY_RE = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_PARAGRAPH_RE = re.compile(r"\n\s*\n")
_LAST_WORD_RE = re.compile(r"(\S+)$")


_INITIAL_BEFORE_RE = re.compile(r"(?:^|\s)(?:[A-Z][\w'-]*\.?|[A-Z]\.)\s+\S+$")


def _is_abbreviation(before: str) -> bool:
    """True when the text before a period ends in an abbreviation or an initial.

    A single letter is an initial only at the start or after a capitalised word or
    another initial ("Dr. J. Smith", "John F. Kennedy"); after a lower-case word it is
    a name such as "vitamin D" or "hepatitis B" ending the sentence.
    """
    match = _LAST_WORD_RE.search(before)
    if not match:
        return False
    word = match.group(1).lstrip("(\"'[").rstrip(".").lower()
    if word in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():
        head = before[: match.start()].rstrip()
        return not head or bool(_INITIAL_BEFORE_RE.search(before))
    return False


def _split_paragraph(paragraph: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(paragraph):
        end = match.start() + len(match.group().rstrip())
        if match.group().startswith(".") and _is_abbreviation(paragraph[start : match.start()]):
            continue
        sentences.append(paragraph[start:end].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, each normalised.

    A sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes or brackets) followed by
    whitespace and an upper-case letter or digit, or at a blank line. A period after an
    abbreviation (``Dr.``, ``e.g.``, ``vs.``, an initial) is not an end; a decimal such as
    ``2.5 mg`` has no whitespace after its point and is never split.
    """
    text = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for paragraph in _PARAGRAPH_RE.split(text):
        out.extend(normalize(s) for s in _split_paragraph(normalize(paragraph)))
    return out


def snippet(text: str, limit: int = 300) -> str:
    """The first ``limit`` characters of the normalised text, cut at a word boundary.

    When the text is longer, the cut falls on the last space at or before ``limit`` (a
    single longer word is cut hard), trailing punctuation is dropped and ``…`` appended.
    """
    text = normalize(text)
    if len(text) <= limit:
        return text
    if limit <= 0:
        return "…"
    head = text[:limit]
    if not text[limit].isspace():
        space = head.rfind(" ")
        head = head[:space] if space > 0 else head
    return head.rstrip(" ,;:.-–—") + "…"


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of words in ``text`` whose term is a term of ``query``.

    Spans index into ``text`` as given (not normalised) and are sorted and disjoint, so a
    template can wrap each in ``<mark>``.
    """
    wanted = set(tokenize(query))
    if not wanted:
        return []
    spans: list[tuple[int, int]] = []
    for match in _words(text):
        word = unicodedata.normalize("NFKC", match.group()).lower()
        if _term(word) in wanted:
            spans.append(match.span())
    return spans


# -- markup and anonymisation placeholders ----------------------------------------------

_HIDDEN_BLOCK = re.compile(r"<(script|style)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,1000}>")
PLACEHOLDER = re.compile(r"\[[A-Z_ ]{2,20}\]")  # "[NAME]", "[DATE]" of anonymised data


def _drop_hidden_blocks(text: str) -> str:
    """Remove ``<script>``/``<style>`` elements with their content (one pass, linear)."""
    out, pos, lowered = [], 0, text.lower()
    for match in _HIDDEN_BLOCK.finditer(text):
        if match.start() < pos:
            continue
        out.append(text[pos : match.start()])
        close = lowered.find(f"</{match.group(1).lower()}", match.end())
        pos = len(text) if close < 0 else close
    out.append(text[pos:])
    return "".join(out)


def strip_markup(text: str) -> str:
    """Plain text from HTML: scripts and styles dropped, tags become spaces, entities decoded."""
    if "<" in text:
        text = _TAG.sub(" ", _drop_hidden_blocks(text))
    return html.unescape(text) if "&" in text else text
