"""Example questions per department: a bank the router compares a question with.

``examples.jsonl`` (beside this module) holds synthetic consumer questions written for
askmed, each with the department a triage nurse following DESIGN.md §6 would choose (no
patient's text; disjoint from the evaluation sets, see bench/labels/README.md). The
router finds the examples nearest a question - by BM25 keywords, and by sentence vectors
when the routing knowledge was built with an embedder - and spreads evidence over their
departments, the way a new nurse learns from cases already triaged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from askmed_engine.departments import DEPARTMENT_NAMES
from askmed_engine.keyword import BM25Index

NEIGHBOURS = 10


@dataclass(frozen=True)
class Example:
    text: str
    department: str


@cache
def _raw() -> bytes:
    return resources.files("askmed_engine.routing").joinpath("examples.jsonl").read_bytes()


def digest() -> str:
    """A fingerprint of the example file, kept with vectors made from it."""
    return hashlib.sha256(_raw()).hexdigest()[:16]


@cache
def load_examples() -> tuple[Example, ...]:
    """Every example of ``examples.jsonl``; a bad line or department raises ``ValueError``."""
    out = []
    for number, line in enumerate(_raw().decode("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("department") not in DEPARTMENT_NAMES or not row.get("text"):
            raise ValueError(f"examples.jsonl line {number}: bad text or department")
        out.append(Example(str(row["text"]), str(row["department"])))
    return tuple(out)


class ExampleBank:
    """The examples with a keyword index and, optionally, their sentence vectors."""

    def __init__(
        self, vectors: np.ndarray | None = None, examples: tuple[Example, ...] | None = None
    ) -> None:
        """The bank of ``examples`` (default: ``examples.jsonl``) and their ``vectors``."""
        self.examples = load_examples() if examples is None else tuple(examples)
        self.index = _index() if examples is None else _build_index(self.examples)
        if vectors is not None and len(vectors) != len(self.examples):
            raise ValueError(f"{len(vectors)} example vectors for {len(self.examples)} examples")
        self.vectors = vectors

    def __len__(self) -> int:
        return len(self.examples)

    def neighbours(self, text: str, k: int = NEIGHBOURS) -> list[tuple[Example, float]]:
        """The examples nearest ``text`` by BM25, with their scores."""
        return [(self.examples[int(h.doc_id)], h.score) for h in self.index.search(text, k)]

    def vector_neighbours(
        self, query: np.ndarray, k: int = NEIGHBOURS
    ) -> list[tuple[Example, float]]:
        """The examples nearest a query vector, with their (positive) cosines."""
        if self.vectors is None:
            return []
        sims = self.vectors @ np.asarray(query, dtype=np.float32)
        return [(self.examples[i], float(sims[i])) for i in np.argsort(-sims)[:k] if sims[i] > 0]


@cache
def _index() -> BM25Index:
    return _build_index(load_examples())


def _build_index(examples: tuple[Example, ...]) -> BM25Index:
    return BM25Index.build((str(i), e.text) for i, e in enumerate(examples))
