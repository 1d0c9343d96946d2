"""Routing knowledge: the department shares of every focus concept, built from MedQuAD.

For each MedQuAD document whose focus the vocabulary knows, two kinds of votes go to
its concept (each vote is a distribution over departments summing to 1):

1. **the institute** (:func:`~askmed_engine.routing.concepts.source_votes`): NINDS ->
   Neurology, a drug page -> Pharmacy, the genetics institutes half Medical Genetics, ...;
2. **the definition**: the department keyword shares
   (:func:`~askmed_engine.routing.lexicon.keyword_shares`) of the first
   :data:`DEFINITION_SENTENCES` sentences of the document's first answer - "Uveitis is
   inflammation of the uvea, the middle layer of the eye" votes Ophthalmology.

Each page is also indexed for the router's nearest-page evidence: by BM25 keywords, and,
when built with an embedder, by sentence vectors. A concept's shares are its summed votes
normalised to 1. Every word MedQuAD uses is kept
too, so that spelling correction (:mod:`askmed_engine.spelling`) only touches words that
are not real ones. Concepts absent from the
knowledge (lay words, brand names) fall back to
:func:`~askmed_engine.routing.concepts.concept_departments`.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET  # local data files; expat refuses entity bombs
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from askmed_engine import atomic
from askmed_engine.embeddings import Embedder
from askmed_engine.focus import Concept, FocusVocabulary
from askmed_engine.keyword import BM25Index
from askmed_engine.routing import examples
from askmed_engine.routing.concepts import concept_departments, source_votes
from askmed_engine.routing.lexicon import KEYWORDS, keyword_shares
from askmed_engine.spelling import SpellingCorrector
from askmed_engine.text import split_sentences

KIND = "routing-knowledge"
FORMAT = 1
DEFINITION_SENTENCES = 3
PAGE_TEXT = 1000  # characters of the first answer indexed per page
NEIGHBOURS = 10
_WORD = re.compile(r"[a-z]+")


class RoutingKnowledge:
    """Concept id -> department shares, and the words MedQuAD uses (for spelling)."""

    def __init__(
        self,
        shares: dict[str, dict[str, float]],
        known_words: Iterable[str] = (),
        built_at: str = "",
        *,
        pages: list[tuple[str, str]] | None = None,
        index: BM25Index | None = None,
        vectors: np.ndarray | None = None,
        vector_model: str = "",
        example_vectors: np.ndarray | None = None,
    ) -> None:
        self.shares = shares
        self.known_words = frozenset(known_words)
        self.pages = pages or []  # (concept id, focus) per indexed MedQuAD page
        self.index = index
        self.vectors = vectors  # one unit vector per page, by ``vector_model``, or None
        self.vector_model = vector_model if vectors is not None else ""
        self.example_vectors = example_vectors  # of examples.load_examples(), same model
        self.built_at = built_at or datetime.now(UTC).isoformat(timespec="seconds")
        self._corrector: SpellingCorrector | None = None

    def corrector(self, vocabulary: FocusVocabulary | None) -> SpellingCorrector | None:
        """A spelling corrector towards the words of the vocabulary's concept names and
        the department keywords; None without known words to tell typos from words."""
        if not self.known_words:
            return None
        if self._corrector is None:
            targets = {w for kws in KEYWORDS.values() for kw in kws for w in kw.split()}
            for concept in vocabulary.concepts if vocabulary else ():
                for surface in concept.surfaces:
                    targets.update(_WORD.findall(surface.lower()))
            self._corrector = SpellingCorrector(targets, self.known_words)
        return self._corrector

    def __len__(self) -> int:
        return len(self.shares)

    def departments(self, concept: Concept) -> dict[str, float]:
        """The shares of ``concept``: learnt ones, else the name and institute rules."""
        return self.shares.get(concept.id) or concept_departments(concept)

    @classmethod
    def build(
        cls,
        vocabulary: FocusVocabulary,
        medquad_root: Path,
        *,
        progress: Callable[[int], Any] | None = None,
        embedder: Embedder | None = None,
    ) -> RoutingKnowledge:
        """Votes of every MedQuAD file under ``medquad_root`` (unreadable files skipped);
        with an ``embedder``, each indexed page's vector too (minutes with MiniLM)."""
        root = Path(medquad_root)
        if not root.is_dir():
            raise FileNotFoundError(f"MedQuAD folder not found: {root}")
        votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        words: set[str] = set()
        pages: list[tuple[str, str, str]] = []  # (concept id, focus, indexed text)
        for path in sorted(root.glob("*/*.xml")):
            read = _read_document(path)
            if progress:
                progress(1)
            if read is None:
                continue
            focus, source, definition, text = read
            words.update(_WORD.findall(text.lower()))
            concept = vocabulary.lookup(focus)
            if concept is None:
                continue
            for shares in (source_votes(source, focus), _definition_votes(definition)):
                for dept, share in shares.items():
                    votes[concept.id][dept] += share
            pages.append((concept.id, focus, f"{focus} {definition[:PAGE_TEXT]}"))
        shares = {cid: _normalised(v) for cid, v in votes.items() if sum(v.values()) > 0}
        kept = [p for p in pages if p[0] in shares]
        index = BM25Index.build((str(i), text) for i, (_, _, text) in enumerate(kept))
        vectors = embedder.encode([text for _, _, text in kept]) if embedder else None
        example_vectors = None
        if embedder is not None:
            example_vectors = embedder.encode([e.text for e in examples.load_examples()])
        return cls(
            shares,
            words,
            pages=[(cid, focus) for cid, focus, _ in kept],
            index=index,
            vectors=vectors,
            vector_model=embedder.name if embedder else "",
            example_vectors=example_vectors,
        )

    def neighbours(self, text: str, k: int = NEIGHBOURS) -> list[tuple[str, str, float]]:
        """``(concept id, page focus, BM25 score)`` of the MedQuAD pages nearest ``text``."""
        if self.index is None:
            return []
        return [(*self.pages[int(hit.doc_id)], hit.score) for hit in self.index.search(text, k)]

    def vector_neighbours(
        self, query: np.ndarray, k: int = NEIGHBOURS
    ) -> list[tuple[str, str, float]]:
        """``(concept id, page focus, cosine)`` of the ``k`` pages nearest a query vector
        (made by the ``vector_model`` embedder); negative cosines are dropped."""
        if self.vectors is None or not len(self.vectors):
            return []
        sims = self.vectors @ np.asarray(query, dtype=np.float32)
        top = np.argsort(-sims)[:k]
        return [(*self.pages[i], float(sims[i])) for i in top if sims[i] > 0]

    def save(self, path: Path) -> None:
        """Write one JSON file atomically."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        manifest = {
            "kind": KIND,
            "format": FORMAT,
            "concepts": len(self),
            "built_at": self.built_at,
            "vector_model": self.vector_model,
            "examples_digest": examples.digest() if self.example_vectors is not None else "",
        }
        payload = {
            "manifest": manifest,
            "shares": self.shares,
            "words": sorted(self.known_words),
            "pages": self.pages,
        }
        if self.index is not None:
            self.index.save(_index_path(path))
        if self.vectors is not None:
            atomic.write_npy(_vectors_path(path), self.vectors)
        if self.example_vectors is not None:
            atomic.write_npy(_examples_path(path), self.example_vectors)
        atomic.write_json(path, payload)

    @classmethod
    def load(cls, path: Path) -> RoutingKnowledge:
        """Read a file written by :meth:`save`; anything else raises ``ValueError``."""
        try:
            payload = json.loads(Path(path).read_text(encoding="utf-8"))
            manifest = payload["manifest"]
            if manifest.get("kind") != KIND or manifest.get("format") != FORMAT:
                raise ValueError(
                    f"kind {manifest.get('kind')!r}, format {manifest.get('format')!r}"
                )
            shares = {
                str(cid): {str(d): float(s) for d, s in depts.items()}
                for cid, depts in payload["shares"].items()
            }
            words = [str(w) for w in payload["words"]]
            pages = [(str(cid), str(focus)) for cid, focus in payload.get("pages", [])]
            index_path = _index_path(path)
            index = BM25Index.load(index_path) if pages and index_path.exists() else None
            built_at = str(manifest.get("built_at", ""))
            vectors_path = _vectors_path(path)
            vector_model = str(manifest.get("vector_model", ""))
            vectors = None
            if pages and vector_model and vectors_path.exists():
                vectors = np.load(vectors_path, allow_pickle=False)
                if vectors.shape[0] != len(pages):
                    raise ValueError(
                        f"{vectors_path} has {vectors.shape[0]} rows for {len(pages)} pages"
                    )
            example_vectors = None
            if manifest.get("examples_digest") == examples.digest() and vectors is not None:
                example_vectors = np.load(_examples_path(path), allow_pickle=False)
            return cls(
                shares,
                words,
                built_at,
                pages=pages,
                index=index,
                vectors=vectors,
                vector_model=vector_model,
                example_vectors=example_vectors,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(
                f"{path} is not routing knowledge of format {FORMAT} ({exc}); "
                "run `askmed tune` to build it"
            ) from exc


def _index_path(path: Path) -> Path:
    """The keyword index of the MedQuAD pages, saved beside the JSON file."""
    return Path(path).with_suffix(".pages.npz")


def _vectors_path(path: Path) -> Path:
    """The page vectors, saved beside the JSON file."""
    return Path(path).with_suffix(".vectors.npy")


def _examples_path(path: Path) -> Path:
    """The example questions' vectors, saved beside the JSON file."""
    return Path(path).with_suffix(".examples.npy")


def _read_document(path: Path) -> tuple[str, str, str, str] | None:
    """``(focus, source, first answer, all text)`` of one MedQuAD file, or None."""
    try:
        document = ET.parse(path).getroot()  # noqa: S314 - see the import note
    except (ET.ParseError, OSError):
        return None
    focus = next((el.text for el in document.iter("Focus") if el.text), None)
    if not focus:
        return None
    answer = next((el.text for el in document.iter("Answer") if el.text and el.text.strip()), "")
    text = " ".join(el.text for el in document.iter() if el.text)
    return " ".join(focus.split()), (document.get("source") or "").strip(), answer, text


def _definition_votes(answer: str) -> dict[str, float]:
    opening = " ".join(split_sentences(answer[:2000])[:DEFINITION_SENTENCES])
    return keyword_shares(opening)


def _normalised(votes: dict[str, float]) -> dict[str, float]:
    total = sum(votes.values())
    return {dept: round(vote / total, 4) for dept, vote in votes.items()}
