"""BM25 keyword search: a pure scoring function and an incremental in-memory index.

Okapi BM25 (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and
Beyond", 2009) with the non-negative idf used by Lucene::

    idf(t)      = ln(1 + (N - df + 0.5) / (df + 0.5))
    score(t, d) = idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl))
    score(q, d) = sum of score(t, d) over the distinct terms t of q

The index keeps an inverted index ``term -> postings (doc slot, tf)`` in growable
``array.array`` buffers, so adding a document touches only its own terms; removal marks the
slot dead, updates ``N``, the total length and ``df`` at once, and dead postings are
compacted away once they are a quarter of all postings.
"""

from __future__ import annotations

import json
import zipfile
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, Self

import numpy as np
import numpy.typing as npt

from askmed_engine import atomic
from askmed_engine.records import Hit
from askmed_engine.text import tokenize

FORMAT = 1
K1 = 1.5
B = 0.75

FloatLike = float | npt.NDArray[np.float64]


def bm25_idf(df: FloatLike, n_docs: int) -> FloatLike:
    """``idf = ln(1 + (N - df + 0.5) / (df + 0.5))``: always > 0, largest for rare terms."""
    return np.log1p((n_docs - df + 0.5) / (df + 0.5))


def bm25_term_score(
    tf: FloatLike,
    df: FloatLike,
    n_docs: int,
    doc_len: FloatLike,
    avg_len: float,
    k1: float = K1,
    b: float = B,
) -> FloatLike:
    """One term's BM25 contribution to one document (works elementwise on arrays).

    ``idf(df, N) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * doc_len / avg_len))``
    """
    norm = k1 * (1.0 - b + b * doc_len / avg_len)
    return bm25_idf(df, n_docs) * tf * (k1 + 1.0) / (tf + norm)


class KeywordIndex(Protocol):
    """What the site needs from a keyword index (BM25 here; tsvector on PostgreSQL)."""

    def add(self, doc_id: str, text: str) -> None: ...

    def remove(self, doc_id: str) -> None: ...

    def search(
        self,
        query: str,
        k: int = 10,
        *,
        exclude: Collection[str] = (),
        allowed: Callable[[str], bool] | None = None,
    ) -> list[Hit]: ...

    def __len__(self) -> int: ...

    def __contains__(self, doc_id: object) -> bool: ...

    def save(self, path: Path) -> None: ...

    @classmethod
    def load(cls, path: Path) -> Self: ...


class _Postings:
    """One term's postings: parallel growable buffers of doc slots and term frequencies."""

    __slots__ = ("slots", "tfs")

    def __init__(self) -> None:
        self.slots = array("i")
        self.tfs = array("f")

    def arrays(self) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float64]]:
        slots = np.frombuffer(self.slots, dtype=np.int32).copy()
        return slots, np.frombuffer(self.tfs, dtype=np.float32).astype(np.float64)


class BM25Index:
    """An incremental Okapi BM25 index over ``(doc_id, text)`` documents."""

    def __init__(self, k1: float = K1, b: float = B) -> None:
        self.k1 = k1
        self.b = b
        self._vocab: dict[str, int] = {}
        self._postings: list[_Postings] = []
        self._df: list[int] = []
        self._ids: list[str] = []  # slot -> doc id
        self._alive = bytearray()  # slot -> 1 while the doc is indexed, 0 once removed
        self._slot: dict[str, int] = {}  # live doc id -> slot
        self._lengths = array("i")  # slot -> number of terms
        self._doc_terms: list[npt.NDArray[np.int32]] = []  # slot -> distinct term ids
        self._total_len = 0
        self._dead_postings = 0
        self._dead_slots = 0
        self._n_postings = 0

    @classmethod
    def build(cls, docs: Iterable[tuple[str, str]], k1: float = K1, b: float = B) -> Self:
        """A new index holding ``docs``, an iterable of ``(doc_id, text)``."""
        index = cls(k1=k1, b=b)
        for doc_id, text in docs:
            index.add(doc_id, text)
        return index

    def __len__(self) -> int:
        return len(self._slot)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._slot

    @property
    def avg_len(self) -> float:
        """Average document length in terms over live documents (0 when empty)."""
        return self._total_len / len(self) if len(self) else 0.0

    def _term_id(self, term: str) -> int:
        tid = self._vocab.get(term)
        if tid is None:
            tid = self._vocab[term] = len(self._postings)
            self._postings.append(_Postings())
            self._df.append(0)
        return tid

    def add(self, doc_id: str, text: str) -> None:
        """Index ``text`` under ``doc_id``; an existing ``doc_id`` is replaced."""
        self.remove(doc_id)
        counts = Counter(tokenize(text))
        slot = len(self._ids)
        term_ids = np.empty(len(counts), dtype=np.int32)
        for i, (term, tf) in enumerate(counts.items()):
            tid = self._term_id(term)
            term_ids[i] = tid
            self._postings[tid].slots.append(slot)
            self._postings[tid].tfs.append(tf)
            self._df[tid] += 1
        self._ids.append(doc_id)
        self._alive.append(1)
        self._slot[doc_id] = slot
        self._lengths.append(counts.total())
        self._doc_terms.append(term_ids)
        self._total_len += counts.total()
        self._n_postings += len(counts)

    def remove(self, doc_id: str) -> None:
        """Forget ``doc_id``; a missing id is not an error."""
        slot = self._slot.pop(doc_id, None)
        if slot is None:
            return
        terms = self._doc_terms[slot]
        for tid in terms.tolist():
            self._df[tid] -= 1
        self._alive[slot] = 0
        self._dead_slots += 1
        self._total_len -= self._lengths[slot]
        self._doc_terms[slot] = np.empty(0, dtype=np.int32)
        self._dead_postings += len(terms)
        if self._dead_postings * 4 > self._n_postings:
            self._compact()

    def _compact(self) -> None:
        """Drop dead slots and their postings, renumbering live slots densely."""
        if not self._dead_slots:
            return
        alive = self._alive_mask()
        new_slot = np.cumsum(alive, dtype=np.int64) - 1
        for postings in self._postings:
            slots, tfs = postings.arrays()
            keep = alive[slots] if len(slots) else slots.astype(bool)
            postings.slots = array("i", new_slot[slots[keep]].astype(np.int32).tobytes())
            postings.tfs = array("f", tfs[keep].astype(np.float32).tobytes())
        live = np.flatnonzero(alive).tolist()
        self._ids = [self._ids[s] for s in live]
        self._alive = bytearray(b"\x01" * len(live))
        self._slot = {doc_id: s for s, doc_id in enumerate(self._ids)}
        self._lengths = array("i", [self._lengths[s] for s in live])
        self._doc_terms = [self._doc_terms[s] for s in live]
        self._n_postings -= self._dead_postings
        self._dead_postings = 0
        self._dead_slots = 0

    def _alive_mask(self) -> npt.NDArray[np.bool_]:
        return np.frombuffer(self._alive, dtype=np.uint8).astype(bool)

    def document_frequency(self, term: str) -> int:
        """How many indexed documents contain ``term`` (a token of :func:`tokenize`)."""
        tid = self._vocab.get(term)
        return 0 if tid is None else int(self._df[tid])

    def _query_terms(self, query: str) -> list[int]:
        """Distinct known term ids of ``query``, in sorted term order (stable float sums)."""
        terms = sorted(set(tokenize(query)))
        return [self._vocab[t] for t in terms if t in self._vocab and self._df[self._vocab[t]]]

    def scores(self, query: str) -> npt.NDArray[np.float64]:
        """BM25 score of ``query`` for every slot (dead slots score 0)."""
        scores = np.zeros(len(self._ids), dtype=np.float64)
        n_docs = len(self)
        if not n_docs:
            return scores
        lengths = np.frombuffer(self._lengths, dtype=np.int32).astype(np.float64)
        for tid in self._query_terms(query):
            slots, tfs = self._postings[tid].arrays()
            contribution = bm25_term_score(
                tfs, self._df[tid], n_docs, lengths[slots], self.avg_len, self.k1, self.b
            )
            scores[slots] += contribution
        if self._dead_slots:
            scores[~self._alive_mask()] = 0.0
        return scores

    def _candidates(self, scores: npt.NDArray[np.float64], needed: int | None) -> np.ndarray:
        """Slots with a positive score, best first; only the top ``needed`` (+ ties) if set."""
        cand = np.flatnonzero(scores > 0)
        if needed is not None and len(cand) > needed:
            threshold = np.partition(scores[cand], len(cand) - needed)[len(cand) - needed]
            cand = cand[scores[cand] >= threshold]
        return cand[np.argsort(-scores[cand], kind="stable")]

    def _ranked(self, scores: npt.NDArray[np.float64], cand: np.ndarray) -> Iterator[Hit]:
        """Hits in order of score descending, ties broken by doc_id ascending."""
        i = 0
        while i < len(cand):
            score = scores[cand[i]]
            j = i + 1
            while j < len(cand) and scores[cand[j]] == score:
                j += 1
            for doc_id in sorted(self._ids[s] for s in cand[i:j].tolist()):
                yield Hit(doc_id, float(score))
            i = j

    def search(
        self,
        query: str,
        k: int = 10,
        *,
        exclude: Collection[str] = (),
        allowed: Callable[[str], bool] | None = None,
    ) -> list[Hit]:
        """The top ``k`` documents for ``query`` with a score > 0.

        ``exclude`` ids are skipped, and so are ids for which ``allowed`` returns False.
        """
        if k <= 0:
            return []
        scores = self.scores(query)
        needed = None if allowed is not None else k + len(exclude)
        hits: list[Hit] = []
        for hit in self._ranked(scores, self._candidates(scores, needed)):
            if hit.doc_id in exclude or (allowed is not None and not allowed(hit.doc_id)):
                continue
            hits.append(hit)
            if len(hits) == k:
                break
        return hits

    def manifest(self) -> dict[str, Any]:
        """What the saved file says about itself."""
        return {
            "kind": "bm25",
            "format": FORMAT,
            "count": len(self),
            "terms": sum(1 for df in self._df if df),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "k1": self.k1,
            "b": self.b,
        }

    def _arrays(self) -> dict[str, npt.NDArray[Any]]:
        """The index as plain arrays (after compaction): CSR postings plus documents."""
        self._compact()
        tids = [t for t, df in enumerate(self._df) if df]
        terms = list(self._vocab)
        parts = [self._postings[t].arrays() for t in tids]
        offsets = np.cumsum([0, *(len(s) for s, _ in parts)], dtype=np.int64)
        return {
            "manifest": _json_bytes(self.manifest()),
            "terms": _json_bytes([terms[t] for t in tids]),
            "ids": _json_bytes(self._ids),
            "offsets": offsets,
            "slots": np.concatenate([s for s, _ in parts] or [np.empty(0, np.int32)]),
            "tfs": np.concatenate([f for _, f in parts] or [np.empty(0)]).astype(np.float32),
            "lengths": np.frombuffer(self._lengths, dtype=np.int32).copy(),
        }

    def save(self, path: Path) -> None:
        """Write the index to one ``.npz`` file atomically (temp file, then ``os.replace``)."""
        atomic.write_npz(path, self._arrays())

    @staticmethod
    def read_manifest(path: Path) -> dict[str, Any]:
        """The manifest of a saved index, without loading the index."""
        try:
            with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
                return dict(json.loads(data["manifest"].tobytes()))
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            raise ValueError(f"{path} is not a saved BM25 index; run `askmed reindex`") from exc

    @classmethod
    def load(cls, path: Path) -> Self:
        """Read an index written by :meth:`save`; another format raises ``ValueError``."""
        manifest = cls.read_manifest(path)
        if manifest.get("kind") != "bm25" or manifest.get("format") != FORMAT:
            raise ValueError(
                f"{path} holds a {manifest.get('kind')!r} index of format "
                f"{manifest.get('format')!r}, this version reads bm25 format {FORMAT}; "
                "run `askmed reindex` to rebuild it"
            )
        with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        index = cls(k1=float(manifest["k1"]), b=float(manifest["b"]))
        index._restore(arrays)
        return index

    def _restore(self, arrays: dict[str, npt.NDArray[Any]]) -> None:
        terms: list[str] = json.loads(arrays["terms"].tobytes())
        offsets, slots, tfs = arrays["offsets"], arrays["slots"], arrays["tfs"]
        n_slots = len(arrays["lengths"])
        for tid, term in enumerate(terms):
            postings = self._postings[self._term_id(term)]
            start, end = int(offsets[tid]), int(offsets[tid + 1])
            postings.slots = array("i", slots[start:end].astype(np.int32).tobytes())
            postings.tfs = array("f", tfs[start:end].astype(np.float32).tobytes())
            self._df[tid] = end - start
        order = np.argsort(slots, kind="stable")
        term_of = np.repeat(np.arange(len(terms), dtype=np.int32), np.diff(offsets))[order]
        doc_terms = np.split(term_of, np.cumsum(np.bincount(slots, minlength=n_slots))[:-1])
        self._ids = json.loads(arrays["ids"].tobytes())
        self._alive = bytearray(b"\x01" * len(self._ids))
        self._slot = {doc_id: s for s, doc_id in enumerate(self._ids)}
        self._lengths = array("i", arrays["lengths"].astype(np.int32).tobytes())
        self._doc_terms = [d.copy() for d in doc_terms] if n_slots else []
        self._total_len = int(arrays["lengths"].sum())
        self._n_postings = len(slots)


def _json_bytes(value: object) -> npt.NDArray[np.uint8]:
    return np.frombuffer(json.dumps(value).encode("utf-8"), dtype=np.uint8)
