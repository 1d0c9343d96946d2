"""Exact while small, HNSW candidates re-scored exactly past a threshold."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any, Self

import numpy.typing as npt

from askmed_engine.records import Hit
from askmed_engine.vectors.base import (
    REINDEX_HINT,
    Arrays,
    IndexFileError,
    Matrix,
    _check,
    _id_list,
    _ranked,
    _Saving,
    _unit_query,
    _unit_rows,
    read_manifest,
)
from askmed_engine.vectors.exact import ExactIndex
from askmed_engine.vectors.hnsw import HnswIndex


class AutoIndex(_Saving):
    """Exact search while small; past ``threshold`` vectors, HNSW candidates re-scored exactly.

    The :class:`ExactIndex` is always kept (its vectors are the source of truth). Above the
    threshold an :class:`HnswIndex` is built and maintained; a search asks it for
    ``oversample * k`` candidates and ranks them by their exact cosine. The graph is dropped
    again only below ``threshold // 2``, so churn around the threshold never rebuilds it.
    Its ``expansion_search`` (the graph's ``ef``) defaults to 1024: on a million MiniLM-like
    vectors 512 gave recall@10 0.94 and 64 far less (bench/speed.py prints the trade-off),
    while 1024 stays over 10x faster than the exact scan.
    """

    file_kind = "auto"

    def __init__(
        self,
        dim: int,
        *,
        threshold: int = 200_000,
        oversample: int = 4,
        connectivity: int = 16,
        expansion_add: int = 128,
        expansion_search: int = 1024,
    ) -> None:
        self.dim = dim
        self.threshold = threshold
        self.oversample = oversample
        self.hnsw_params = {
            "connectivity": connectivity,
            "expansion_add": expansion_add,
            "expansion_search": expansion_search,
        }
        self.exact = ExactIndex(dim)
        self.hnsw: HnswIndex | None = None

    @classmethod
    def _empty(cls, manifest: dict[str, Any]) -> Self:
        return cls(
            int(manifest["dim"]),
            threshold=int(manifest["threshold"]),
            oversample=int(manifest["oversample"]),
            **manifest["hnsw_params"],
        )

    @property
    def kind(self) -> str:
        """How searches run now: ``"exact"`` or ``"hnsw"``."""
        return "exact" if self.hnsw is None else "hnsw"

    def __len__(self) -> int:
        return len(self.exact)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.exact

    def ids(self) -> list[str]:
        return self.exact.ids()

    def vector(self, doc_id: str) -> Matrix | None:
        return self.exact.vector(doc_id)

    def add(self, ids: Sequence[str], vectors: npt.ArrayLike) -> None:
        ids = _id_list(ids)
        matrix = _unit_rows(vectors, self.dim)
        self.exact.add(ids, matrix)
        if self.hnsw is not None:
            self.hnsw.add(ids, matrix)
        elif len(self.exact) > self.threshold:
            self.rebuild_hnsw()

    def remove(self, ids: Iterable[str]) -> None:
        ids = _id_list(ids)
        self.exact.remove(ids)
        if self.hnsw is not None:
            self.hnsw.remove(ids)
            if len(self.exact) <= self.threshold // 2:
                self.hnsw = None

    def rebuild_hnsw(self) -> None:
        """(Re)build the HNSW graph from the exact vectors, in one multi-threaded batch."""
        self.hnsw = HnswIndex(self.dim, **self.hnsw_params)
        self.hnsw.add(self.exact.ids(), self.exact.matrix)

    def _rescored(self, query: Matrix, candidates: list[Hit], k: int) -> list[Hit]:
        ids = [hit.doc_id for hit in candidates]
        rows = [self.exact._row[doc_id] for doc_id in ids]
        scores = (self.exact._matrix[rows] @ query).tolist()
        return _ranked(zip(scores, ids, strict=True), k, ())

    def search(
        self, query: npt.ArrayLike, k: int = 10, *, exclude: Collection[str] = ()
    ) -> list[Hit]:
        if self.hnsw is None or k <= 0:
            return self.exact.search(query, k, exclude=exclude)
        q = _unit_query(query, self.dim)
        candidates = self.hnsw.search(q, k * self.oversample, exclude=exclude)
        return self._rescored(q, candidates, k)

    def search_many(self, queries: npt.ArrayLike, k: int = 10) -> list[list[Hit]]:
        if self.hnsw is None or k <= 0:
            return self.exact.search_many(queries, k)
        q = _unit_rows(queries, self.dim)
        found = self.hnsw.search_many(q, k * self.oversample)
        return [self._rescored(q[i], hits, k) for i, hits in enumerate(found)]

    def _manifest(self) -> dict[str, Any]:
        return {
            "search": self.kind,
            "threshold": self.threshold,
            "oversample": self.oversample,
            "hnsw_params": self.hnsw_params,
        }

    def _arrays(self) -> Arrays:
        arrays = self.exact._arrays()
        if self.hnsw is not None:
            arrays.update({f"hnsw_{name}": a for name, a in self.hnsw._arrays().items()})
        return arrays

    def _restore(self, manifest: dict[str, Any], arrays: Arrays, path: Path) -> None:
        self.exact._restore(manifest, arrays, path)
        if "hnsw_graph" in arrays:
            self.hnsw = HnswIndex(self.dim, **self.hnsw_params)
            hnsw_arrays = {name[5:]: a for name, a in arrays.items() if name.startswith("hnsw_")}
            self.hnsw._restore(manifest, hnsw_arrays, path)
            _check(len(self.hnsw) == len(self.exact), path, "graph and vectors differ")
        elif len(self.exact) > self.threshold:
            self.rebuild_hnsw()


INDEX_CLASSES: dict[str, type[ExactIndex] | type[HnswIndex] | type[AutoIndex]] = {
    cls.file_kind: cls for cls in (ExactIndex, HnswIndex, AutoIndex)
}


def load_index(path: Path, *, dim: int | None = None) -> ExactIndex | HnswIndex | AutoIndex:
    """Load a saved index of any kind, as its manifest says."""
    kind = read_manifest(path).get("kind")
    if kind not in INDEX_CLASSES:
        raise IndexFileError(f"{path} holds an unknown index kind {kind!r}; {REINDEX_HINT}")
    return INDEX_CLASSES[str(kind)].load(path, dim=dim)
