"""What a health question is about: its focus (condition, drug, procedure, body part).

:class:`FocusVocabulary` is a gazetteer built from MedQuAD: every document's ``<Focus>``
and ``<Synonyms>``, grouped into concepts, plus a small built-in table of lay words and
brand names (:data:`LAY_SYNONYMS`). :func:`find_focus` finds the longest vocabulary
terms in a question over stemmed token n-grams; without a vocabulary it still finds the
lay terms and the most specific content phrase of the question, so the engine works
before ``askmed tune`` has built the vocabulary.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from askmed_engine import atomic
from askmed_engine.focus_lexicon import GENERIC, LAY_SYNONYMS, NON_FOCUS
from askmed_engine.focus_sources import group_documents, read_focus, with_lay_terms
from askmed_engine.text import STOP_WORDS, stem

FORMAT = 2
READABLE_FORMATS = (1, 2)  # format 1 lacks concept sources
KIND = "focus-vocabulary"
MAX_NGRAM = 6

_LAY_SURFACES = frozenset(LAY_SYNONYMS)

__all__ = [
    "GENERIC",
    "LAY_SYNONYMS",
    "Concept",
    "FocusMatch",
    "FocusVocabulary",
    "find_focus",
    "focus_similarity",
    "focus_terms",
]


class FocusMatch(NamedTuple):
    """One focus found in a text: the concept, its display name and where it is."""

    concept_id: str
    name: str
    start: int
    end: int
    surface: str


@dataclass
class Concept:
    """A focus concept: display name, UMLS ids, semantic group and surface forms."""

    id: str
    name: str
    cuis: list[str] = field(default_factory=list)
    semantic_group: str = ""
    category: str = ""
    surfaces: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # MedQuAD institutes ("NINDS", ...)


class _Token(NamedTuple):
    key: str
    start: int
    end: int
    upper: bool
    stop: bool


_WORD_RE = re.compile(r"[^\W_]+")
_STOP_STEMS = frozenset(stem(w) for w in STOP_WORDS)
_GENERIC_KEYS = frozenset(stem(w) for w in GENERIC)
_NON_FOCUS_KEYS = frozenset(stem(w) for w in NON_FOCUS)
_TRAILING_PAREN = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$")


def _tokens(text: str) -> list[_Token]:
    """Stemmed lower-case tokens with offsets into ``text``; a possessive ``s`` dropped."""
    out = []
    for match in _WORD_RE.finditer(text):
        word = unicodedata.normalize("NFKC", match.group())
        if word.lower() == "s" and match.start() > 0 and text[match.start() - 1] in "'’":
            continue
        lower = word.lower()
        stop = lower in STOP_WORDS or len(lower) < 2
        out.append(_Token(stem(lower), match.start(), match.end(), word.isupper(), stop))
    return out


def term_key(surface: str) -> tuple[str, ...]:
    """The lookup key of a surface form: its stemmed lower-case tokens."""
    return tuple(t.key for t in _tokens(surface))


def _is_acronym(surface: str) -> bool:
    """``ALL``, ``HPV``, ``Td``: short single tokens written with capitals."""
    bare = surface.strip()
    return bare.isalnum() and len(bare) <= 5 and sum(c.isupper() for c in bare) >= 2


def _is_generic(key: tuple[str, ...]) -> bool:
    """True for keys of stop words only, or of one generic content word (``"the pain"``);
    several content words together are specific enough (``"back pain"``)."""
    content = [k for k in key if k not in STOP_WORDS and k not in _STOP_STEMS]
    if len(content) != 1:
        return not content
    word = content[0]
    return word in _GENERIC_KEYS or len(word) < 2 or word.isdigit()


def surface_forms(text: str) -> list[str]:
    """``"Acute lymphoblastic leukemia (ALL)"`` -> itself, the name without the bracket
    and the bracketed alias (``ALL``)."""
    forms = [text]
    match = _TRAILING_PAREN.match(text)
    if match:
        forms += [match.group(1), match.group(2)]
    return forms


class FocusVocabulary:
    """Concepts and a term index: stemmed key -> (concept index, case-sensitive)."""

    def __init__(self, concepts: Iterable[Concept], built_at: str = "") -> None:
        self.concepts: list[Concept] = list(concepts)
        self.built_at = built_at or datetime.now(UTC).isoformat(timespec="seconds")
        self._terms: dict[tuple[str, ...], tuple[int, bool]] = {}
        self._longest: dict[str, int] = {}
        self._by_id: dict[str, Concept] = {}
        self._index()

    def _index(self) -> None:
        """Each key goes to its best concept: a lay word first, then a concept's own
        name, then any synonym, earlier concepts first. A key is case-sensitive when
        every surface giving it is an acronym (``ALL`` must not match "all")."""
        ranks: dict[tuple[str, ...], tuple[int, int]] = {}
        acronym_only: dict[tuple[str, ...], bool] = {}
        for number, concept in enumerate(self.concepts):
            for position, surface in enumerate(concept.surfaces):
                key = term_key(surface)
                if not key or len(key) > MAX_NGRAM or _is_generic(key):
                    continue
                if len(key) == 1 and key[0] in _NON_FOCUS_KEYS:
                    continue
                kind = 0 if surface in _LAY_SURFACES else 1 if position == 0 else 2
                rank = (kind, number)
                if key not in ranks or rank < ranks[key]:
                    ranks[key] = rank
                acronym_only[key] = acronym_only.get(key, True) and _is_acronym(surface)
                self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
        self._terms = {key: (rank[1], acronym_only[key]) for key, rank in ranks.items()}

    def __len__(self) -> int:
        return len(self.concepts)

    @property
    def term_count(self) -> int:
        """How many distinct lookup keys the vocabulary holds."""
        return len(self._terms)

    def concept(self, concept_id: str) -> Concept | None:
        """The concept with ``concept_id``, or None."""
        if len(self._by_id) != len(self.concepts):
            self._by_id = {c.id: c for c in reversed(self.concepts)}
        return self._by_id.get(concept_id)

    def lookup(self, surface: str) -> Concept | None:
        """The concept a whole surface form names (case-insensitive), or None."""
        hit = self._terms.get(term_key(surface))
        return self.concepts[hit[0]] if hit else None

    def match(self, text: str) -> list[FocusMatch]:
        """Longest, left-to-right, non-overlapping term matches in ``text``."""
        tokens = _tokens(text)
        shouting = _is_shouting(text)
        out: list[FocusMatch] = []
        i = 0
        while i < len(tokens):
            found = self._longest_at(tokens, i, shouting)
            if found is None:
                i += 1
                continue
            length, number = found
            concept = self.concepts[number]
            start, end = tokens[i].start, tokens[i + length - 1].end
            out.append(FocusMatch(concept.id, concept.name, start, end, text[start:end]))
            i += length
        return out

    def _longest_at(self, tokens: list[_Token], i: int, shouting: bool) -> tuple[int, int] | None:
        longest = min(self._longest.get(tokens[i].key, 0), len(tokens) - i)
        for length in range(longest, 0, -1):
            hit = self._terms.get(tuple(t.key for t in tokens[i : i + length]))
            if hit is None:
                continue
            number, case_sensitive = hit
            if case_sensitive and not (tokens[i].upper and not shouting):
                continue
            return length, number
        return None

    # -- building -------------------------------------------------------------------

    @classmethod
    def build(
        cls, medquad_root: Path, *, progress: Callable[[int], Any] | None = None
    ) -> FocusVocabulary:
        """Build the gazetteer from every MedQuAD XML file under ``medquad_root``.

        Documents are grouped by their normalised focus; groups are merged when they
        share a document's only CUI and that CUI labels at most
        :data:`MAX_FOCUSES_PER_CUI` focus strings. The lay table is merged last.
        Unreadable files are skipped.
        """
        root = Path(medquad_root)
        if not root.is_dir():
            raise FileNotFoundError(f"MedQuAD folder not found: {root}")
        documents = []
        for path in sorted(root.glob("*/*.xml")):
            document = read_focus(path)
            if document is not None:
                documents.append(document)
            if progress:
                progress(1)
        return cls(with_lay_terms(group_documents(documents)))

    @classmethod
    def lay_only(cls) -> FocusVocabulary:
        """A vocabulary of the built-in lay table alone (the no-vocabulary fallback)."""
        return _lay_vocabulary()

    # -- persistence ----------------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        """What the saved file holds."""
        return {
            "kind": KIND,
            "format": FORMAT,
            "concepts": len(self.concepts),
            "terms": self.term_count,
            "built_at": self.built_at,
        }

    def save(self, path: Path) -> None:
        """Write one JSON file atomically (temp file in the same folder, then replace)."""
        payload = {
            "manifest": self.manifest(),
            "concepts": [
                [c.id, c.name, c.cuis, c.semantic_group, c.category, c.surfaces, c.sources]
                for c in self.concepts
            ],
        }
        atomic.write_json(path, payload)

    @classmethod
    def load(cls, path: Path) -> FocusVocabulary:
        """Read a file written by :meth:`save`; anything else raises ``ValueError``."""
        try:
            with open(path, encoding="utf-8") as fh:
                payload = json.load(fh)
            manifest = payload["manifest"]
            if manifest.get("kind") != KIND or manifest.get("format") not in READABLE_FORMATS:
                raise ValueError(
                    f"kind {manifest.get('kind')!r}, format {manifest.get('format')!r}"
                )
            concepts = [_concept_from_row(row) for row in payload["concepts"]]
            return cls(concepts, built_at=str(manifest.get("built_at", "")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(
                f"{path} is not a focus vocabulary of format {FORMAT} ({exc}); "
                "run `askmed tune` to build it"
            ) from exc


def _concept_from_row(row: list) -> Concept:
    """A saved concept row; format-1 rows have no ``sources``."""
    i, n, cu, g, k, su, *rest = row
    sources = [str(s) for s in rest[0]] if rest else []
    return Concept(str(i), str(n), list(cu), str(g), str(k), [str(s) for s in su], sources)


def _is_shouting(text: str) -> bool:
    """True when most letters are capitals (then capitals say nothing about acronyms)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


# -- matching --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _lay_vocabulary() -> FocusVocabulary:
    return FocusVocabulary(with_lay_terms([]), built_at="built-in")


def find_focus(text: str, vocab: FocusVocabulary | None = None) -> list[FocusMatch]:
    """The foci of ``text``, in order of appearance, one match per concept.

    With a vocabulary: its longest term matches. Without one (or when it matches
    nothing): the lay-table matches, plus the most specific content phrase of the
    question as a pseudo-concept ``"text:<stemmed words>"`` (see :func:`content_phrase`).
    """
    matches = (vocab or _lay_vocabulary()).match(text)
    if vocab is None or not matches:
        phrase = content_phrase(text, covered=matches)
        if phrase is not None:
            matches.append(phrase)
    return _first_per_concept(sorted(matches, key=lambda m: m.start))


def _first_per_concept(matches: Iterable[FocusMatch]) -> list[FocusMatch]:
    seen: set[str] = set()
    out = []
    for match in matches:
        if match.concept_id not in seen:
            seen.add(match.concept_id)
            out.append(match)
    return out


_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")
_QUESTION_WORD = re.compile(
    r"^\W*(?:what|how|why|can|could|is|are|should|does|do|did|will|would|where|who|when"
    r"|which)\b",
    re.IGNORECASE,
)


def _question_span(text: str) -> tuple[int, int]:
    """Offsets of the first interrogative sentence, else of the first sentence."""
    sentences = [m for m in _SENTENCE_RE.finditer(text) if m.group().strip()]
    for match in sentences:
        if "?" in match.group() or _QUESTION_WORD.match(match.group()):
            return match.span()
    return sentences[0].span() if sentences else (0, 0)


def _runs(tokens: list[_Token]) -> Iterator[list[_Token]]:
    """Maximal runs of tokens that may belong to a focus phrase."""
    run: list[_Token] = []
    for token in tokens:
        if token.stop or token.key in _NON_FOCUS_KEYS or token.key.isdigit():
            if run:
                yield run
            run = []
        else:
            run.append(token)
    if run:
        yield run


def content_phrase(text: str, covered: Sequence[FocusMatch] = ()) -> FocusMatch | None:
    """The longest run of content words (not stop, intent or filler words) in the first
    interrogative sentence, as a ``"text:..."`` pseudo-concept; runs made only of
    generic words, or lying inside an already ``covered`` match, are skipped."""
    start, end = _question_span(text)
    tokens = [t for t in _tokens(text) if start <= t.start < end]
    best: list[_Token] = []
    for run in _runs(tokens):
        keys = tuple(t.key for t in run)
        inside = any(m.start <= run[0].start and run[-1].end <= m.end for m in covered)
        if len(run) > len(best) and not inside and not _is_generic(keys):
            best = run
    if not best:
        return None
    best = best[:MAX_NGRAM]
    surface = text[best[0].start : best[-1].end]
    concept_id = "text:" + " ".join(t.key for t in best)
    return FocusMatch(concept_id, surface.lower(), best[0].start, best[-1].end, surface)


def _stems(match: FocusMatch) -> set[str]:
    return {t.key for t in _tokens(f"{match.surface} {match.name}") if not t.stop}


def focus_similarity(a: Sequence[FocusMatch], b: Sequence[FocusMatch]) -> float:
    """How alike two foci are, in [0, 1].

    ``0.0`` when either side is empty; ``1.0`` when they share a concept id; else the
    Jaccard overlap ``|S_a & S_b| / |S_a | S_b|`` where ``S_x`` is the set of stemmed
    non-stop words of every match's surface and display name (``"back spasm"`` vs
    ``"back pain"`` -> ``{back} / {back, spasm, pain}`` = 1/3).
    """
    if not a or not b:
        return 0.0
    if {m.concept_id for m in a} & {m.concept_id for m in b}:
        return 1.0
    stems_a = set().union(*(_stems(m) for m in a))
    stems_b = set().union(*(_stems(m) for m in b))
    union = stems_a | stems_b
    return len(stems_a & stems_b) / len(union) if union else 0.0


def focus_terms(matches: Iterable[FocusMatch]) -> list[str]:
    """Display names of the matches, deduplicated case-insensitively, in order."""
    seen: set[str] = set()
    out = []
    for match in matches:
        if match.name.lower() not in seen:
            seen.add(match.name.lower())
            out.append(match.name)
    return out
