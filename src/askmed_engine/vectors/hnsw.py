"""Approximate search on a usearch HNSW graph."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any, Self

import numpy as np
import numpy.typing as npt

from askmed_engine.records import Hit
from askmed_engine.vectors.base import (
    Arrays,
    Matrix,
    _check,
    _id_list,
    _json_array,
    _json_value,
    _ranked,
    _Saving,
    _unit_query,
    _unit_rows,
)


def _usearch() -> Any:
    try:
        from usearch.index import Index
    except ImportError as exc:  # pragma: no cover - usearch is a core dependency
        raise ImportError('HnswIndex needs usearch; pip install "usearch>=2.26,<3"') from exc
    return Index


class HnswIndex(_Saving):
    """Approximate cosine search on a usearch HNSW graph (inner product of unit vectors).

    String ids map to integer keys kept beside the graph; a re-added id reuses its key.
    ``expansion_search`` trades speed for recall (the graph's ``ef`` is at least ``k``).
    """

    file_kind = "hnsw"
    kind = "hnsw"

    def __init__(
        self,
        dim: int,
        *,
        connectivity: int = 16,
        expansion_add: int = 128,
        expansion_search: int = 64,
    ) -> None:
        self.dim = dim
        self.params = {
            "connectivity": connectivity,
            "expansion_add": expansion_add,
            "expansion_search": expansion_search,
        }
        self._index = _usearch()(ndim=dim, metric="ip", dtype="f32", **self.params)
        self._key: dict[str, int] = {}  # doc id -> usearch key
        self._id_of: dict[int, str] = {}  # usearch key -> doc id
        self._next_key = 0

    @classmethod
    def _empty(cls, manifest: dict[str, Any]) -> Self:
        return cls(int(manifest["dim"]), **manifest["params"])

    def _manifest(self) -> dict[str, Any]:
        return {"params": self.params}

    def __len__(self) -> int:
        return len(self._key)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._key

    @property
    def expansion_search(self) -> int:
        """The graph's search beam width ``ef`` (higher: better recall, slower)."""
        return int(self.params["expansion_search"])

    @expansion_search.setter
    def expansion_search(self, value: int) -> None:
        self.params["expansion_search"] = value
        self._index.expansion_search = value

    @property
    def memory_usage(self) -> int:
        """Bytes held by the usearch index (graph and its copy of the vectors)."""
        return int(self._index.memory_usage)

    def ids(self) -> list[str]:
        return list(self._key)

    def vector(self, doc_id: str) -> Matrix | None:
        key = self._key.get(doc_id)
        return None if key is None else np.asarray(self._index.get(key), dtype=np.float32)

    def add(self, ids: Sequence[str], vectors: npt.ArrayLike) -> None:
        """Add (or replace) vectors; within one call a repeated id keeps its last vector."""
        ids = _id_list(ids)
        matrix = _unit_rows(vectors, self.dim)
        if len(ids) != len(matrix):
            raise ValueError(f"{len(ids)} ids for {len(matrix)} vectors")
        last = {doc_id: i for i, doc_id in enumerate(ids)}
        replaced = [self._key[doc_id] for doc_id in last if doc_id in self._key]
        if replaced:
            self._index.remove(np.array(replaced, dtype=np.uint64))
        keys = np.array([self._key_for(doc_id) for doc_id in last], dtype=np.uint64)
        if len(keys):
            self._index.add(keys, matrix[list(last.values())], threads=0)

    def _key_for(self, doc_id: str) -> int:
        key = self._key.get(doc_id)
        if key is None:
            key = self._key[doc_id] = self._next_key
            self._id_of[key] = doc_id
            self._next_key += 1
        return key

    def remove(self, ids: Iterable[str]) -> None:
        keys = [self._key.pop(d) for d in set(_id_list(ids)) if d in self._key]
        for key in keys:
            del self._id_of[key]
        if keys:
            self._index.remove(np.array(keys, dtype=np.uint64))

    def _pairs(self, keys: npt.NDArray[np.uint64], distances: Matrix) -> list[tuple[float, str]]:
        scores = (1.0 - distances.astype(np.float64)).tolist()
        return [(s, self._id_of[key]) for s, key in zip(scores, keys.tolist(), strict=True)]

    def search(
        self, query: npt.ArrayLike, k: int = 10, *, exclude: Collection[str] = ()
    ) -> list[Hit]:
        """About the ``k`` most similar vectors (approximate), best first."""
        if k <= 0 or not self._key:
            return []
        needed = k + sum(1 for doc_id in exclude if doc_id in self._key) if exclude else k
        found = self._index.search(_unit_query(query, self.dim), min(needed, len(self)))
        return _ranked(self._pairs(found.keys, found.distances), k, exclude)

    def search_many(self, queries: npt.ArrayLike, k: int = 10) -> list[list[Hit]]:
        q = _unit_rows(queries, self.dim)
        if k <= 0 or not self._key or not len(q):
            return [[] for _ in range(len(q))]
        found = self._index.search(q, min(k, len(self)), threads=0)
        return [
            _ranked(self._pairs(found.keys[i, :n], found.distances[i, :n]), k, ())
            for i, n in enumerate(found.counts.tolist())
        ]

    def _arrays(self) -> Arrays:
        return {
            "ids": _json_array(list(self._key)),
            "keys": np.fromiter(self._key.values(), dtype=np.uint64, count=len(self._key)),
            "graph": np.frombuffer(self._index.save(), dtype=np.uint8),
        }

    def _restore(self, manifest: dict[str, Any], arrays: Arrays, path: Path) -> None:
        ids, keys = _json_value(arrays["ids"]), arrays["keys"].tolist()
        _check(len(ids) == len(keys), path, "ids and keys differ in length")
        self._index.load(arrays["graph"].tobytes())
        _check(self._index.ndim == self.dim, path, f"graph has {self._index.ndim} dims")
        _check(len(self._index) == len(keys), path, "graph size")
        self._key = dict(zip(map(str, ids), keys, strict=True))
        self._id_of = {key: doc_id for doc_id, key in self._key.items()}
        self._next_key = max(keys, default=-1) + 1
