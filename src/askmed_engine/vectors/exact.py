"""Exact search: one matrix-vector product over every stored vector."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from askmed_engine.records import Hit
from askmed_engine.vectors.base import (
    _QUERY_CHUNK_CELLS,
    Arrays,
    Matrix,
    _check,
    _id_list,
    _json_array,
    _json_value,
    _ranked,
    _Saving,
    _top,
    _unit_query,
    _unit_rows,
)


class ExactIndex(_Saving):
    """Brute-force cosine search over a dense float32 matrix: exact, O(n * dim) per query.

    Rows live in ``matrix[:n]`` of a buffer whose capacity doubles (amortised O(1) add);
    removing a row moves the last row into the hole, so the live rows stay contiguous.
    """

    file_kind = "exact"
    kind = "exact"

    def __init__(self, dim: int) -> None:
        if dim < 1:
            raise ValueError(f"dim must be >= 1, got {dim}")
        self.dim = dim
        self._matrix: Matrix = np.empty((0, dim), dtype=np.float32)
        self._ids: list[str] = []  # row -> doc id
        self._row: dict[str, int] = {}  # doc id -> row

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._row

    @property
    def matrix(self) -> Matrix:
        """The live rows (a view: do not modify)."""
        return self._matrix[: len(self._ids)]

    def ids(self) -> list[str]:
        """Doc ids in row order."""
        return list(self._ids)

    def vector(self, doc_id: str) -> Matrix | None:
        row = self._row.get(doc_id)
        return None if row is None else self._matrix[row].copy()

    def _reserve(self, rows: int) -> None:
        capacity = len(self._matrix)
        if rows <= capacity:
            return
        grown = np.empty((max(rows, 2 * capacity, 16), self.dim), dtype=np.float32)
        grown[: len(self._ids)] = self._matrix[: len(self._ids)]
        self._matrix = grown

    def add(self, ids: Sequence[str], vectors: npt.ArrayLike) -> None:
        """Add (or replace) vectors; within one call a repeated id keeps its last vector."""
        ids = _id_list(ids)
        matrix = _unit_rows(vectors, self.dim)
        if len(ids) != len(matrix):
            raise ValueError(f"{len(ids)} ids for {len(matrix)} vectors")
        last = {doc_id: i for i, doc_id in enumerate(ids)}
        old = [(self._row[d], i) for d, i in last.items() if d in self._row]
        new = [(d, i) for d, i in last.items() if d not in self._row]
        if old:
            rows, sources = zip(*old, strict=True)
            self._matrix[list(rows)] = matrix[list(sources)]
        if new:
            start = len(self._ids)
            self._reserve(start + len(new))
            self._matrix[start : start + len(new)] = matrix[[i for _, i in new]]
            for row, (doc_id, _) in enumerate(new, start):
                self._row[doc_id] = row
                self._ids.append(doc_id)

    def remove(self, ids: Iterable[str]) -> None:
        """Drop ``ids`` (unknown ids are ignored), moving the last row into each hole."""
        for doc_id in _id_list(ids):
            row = self._row.pop(doc_id, None)
            if row is None:
                continue
            last_id = self._ids.pop()
            if row < len(self._ids):
                self._matrix[row] = self._matrix[len(self._ids)]
                self._ids[row] = last_id
                self._row[last_id] = row

    def _hits(self, scores: Matrix, k: int, exclude: Collection[str]) -> list[Hit]:
        needed = k + sum(1 for doc_id in exclude if doc_id in self._row) if exclude else k
        rows, values = _top(scores, needed)
        ids = self._ids
        return _ranked(zip(values, [ids[r] for r in rows], strict=True), k, exclude)

    def search(
        self, query: npt.ArrayLike, k: int = 10, *, exclude: Collection[str] = ()
    ) -> list[Hit]:
        """The ``k`` vectors most similar to ``query`` (cosine), best first."""
        if k <= 0 or not self._ids:
            return []
        scores = self._matrix[: len(self._ids)] @ _unit_query(query, self.dim)
        return self._hits(scores, k, exclude)

    def search_many(self, queries: npt.ArrayLike, k: int = 10) -> list[list[Hit]]:
        """:meth:`search` for each row of ``queries``, scored a block of queries at a time."""
        q = _unit_rows(queries, self.dim)
        if k <= 0 or not self._ids:
            return [[] for _ in range(len(q))]
        step = max(1, _QUERY_CHUNK_CELLS // len(self._ids))
        out: list[list[Hit]] = []
        for start in range(0, len(q), step):
            block = q[start : start + step] @ self.matrix.T
            out.extend(self._hits(scores, k, ()) for scores in block)
        return out

    def _arrays(self) -> Arrays:
        return {"ids": _json_array(self._ids), "vectors": self.matrix}

    def _restore(self, manifest: dict[str, Any], arrays: Arrays, path: Path) -> None:
        ids, vectors = _json_value(arrays["ids"]), arrays["vectors"]
        _check(vectors.dtype == np.float32, path, f"dtype {vectors.dtype}")
        _check(vectors.shape == (len(ids), self.dim), path, f"shape {vectors.shape}")
        self._ids = [str(doc_id) for doc_id in ids]
        self._row = {doc_id: row for row, doc_id in enumerate(self._ids)}
        _check(len(self._row) == len(self._ids), path, "duplicate ids")
        self._matrix = np.ascontiguousarray(vectors)
