"""Vector search: the :class:`VectorIndex` protocol, an exact index and an HNSW index.

Vectors are stored L2-normalised, so cosine similarity is a dot product
``cos(q, x) = q . x / (|q| |x|) = q . x``. :class:`ExactIndex` scores every vector with one
matrix-vector product; :class:`HnswIndex` walks a usearch HNSW graph (Malkov & Yashunin,
"Efficient and robust approximate nearest neighbor search using Hierarchical Navigable
Small World graphs", 2018); :class:`AutoIndex` keeps the exact vectors as the source of truth
and adds an HNSW graph once it holds more than ``threshold`` vectors, re-scoring the graph's
candidates exactly. Results are best first, ties broken by ``doc_id`` ascending.

Each index saves to one ``.npz`` file, written atomically, whose ``manifest`` says what it
holds (kind, format, dim, count, built_at, plus the caller's keys such as the model name).
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol, Self

import numpy as np
import numpy.typing as npt

from askmed_engine.records import Hit

FORMAT = 1
REINDEX_HINT = "run `askmed reindex` to rebuild it"
_QUERY_CHUNK_CELLS = 1 << 25  # search_many scores at most this many (query, vector) pairs at once

Matrix = npt.NDArray[np.float32]
Arrays = dict[str, npt.NDArray[Any]]


class VectorIndex(Protocol):
    """What the site needs from a vector index (numpy/usearch here; pgvector on PostgreSQL)."""

    @property
    def dim(self) -> int: ...

    def add(self, ids: Sequence[str], vectors: npt.ArrayLike) -> None: ...

    def remove(self, ids: Iterable[str]) -> None: ...

    def search(
        self, query: npt.ArrayLike, k: int = 10, *, exclude: Collection[str] = ()
    ) -> list[Hit]: ...

    def search_many(self, queries: npt.ArrayLike, k: int = 10) -> list[list[Hit]]: ...

    def vector(self, doc_id: str) -> Matrix | None: ...

    def ids(self) -> list[str]: ...

    def __len__(self) -> int: ...

    def __contains__(self, doc_id: object) -> bool: ...

    def save(self, path: Path, manifest: dict[str, Any] | None = None) -> None: ...

    @classmethod
    def load(cls, path: Path) -> Self: ...

    @staticmethod
    def read_manifest(path: Path) -> dict[str, Any]: ...


def needs_rebuild(manifest: dict[str, Any], *, model: str, dim: int) -> bool:
    """True when a saved index was built by another model or with another dimension."""
    return manifest.get("model") != model or manifest.get("dim") != dim


def _unit_rows(vectors: npt.ArrayLike, dim: int) -> Matrix:
    """``vectors`` as C-contiguous float32 ``(n, dim)`` rows of unit norm (zero rows stay 0)."""
    out = np.array(vectors, dtype=np.float32, ndmin=2, order="C")
    if out.ndim != 2 or out.shape[1] != dim:
        raise ValueError(f"expected vectors of shape (n, {dim}), got {out.shape}")
    if not np.isfinite(out).all():
        raise ValueError("vectors contain NaN or infinity")
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


def _unit_query(query: npt.ArrayLike, dim: int) -> Matrix:
    """One query as a float32 ``(dim,)`` unit vector (float32 keeps the matmul in float32)."""
    q = np.asarray(query, dtype=np.float32).reshape(-1)
    if q.shape != (dim,):
        raise ValueError(f"expected a query of shape ({dim},), got {np.shape(query)}")
    norm = float(np.dot(q, q)) ** 0.5
    return q / norm if norm > 0 and abs(norm - 1.0) > 1e-6 else q


def _id_list(ids: Sequence[str] | Iterable[str]) -> list[str]:
    if isinstance(ids, str):
        raise TypeError("pass a sequence of ids, not one str")
    return list(ids)


def _ranked(pairs: Iterable[tuple[float, str]], k: int, exclude: Collection[str]) -> list[Hit]:
    """The ``k`` best ``(score, doc_id)`` pairs not in ``exclude``: score desc, then id asc."""
    best = sorted((-score, doc_id) for score, doc_id in pairs if doc_id not in exclude)
    return [Hit(doc_id, -neg) for neg, doc_id in best[:k]]


def _top(scores: Matrix, k: int) -> tuple[list[int], list[float]]:
    """Rows and scores of the ``k`` best scores, by ``np.argpartition`` (O(n)), unsorted.

    Rows tied with the k-th best score are all included, so that the final order among
    ties is decided by doc id and never by the partition's arbitrary choice.
    """
    n = len(scores)
    if k >= n:
        return list(range(n)), scores.tolist()
    part = np.argpartition(scores, n - k - 1)
    rows = part[n - k :]
    values = scores[rows].tolist()
    boundary = min(values)
    if scores[part[n - k - 1]] < boundary:
        return rows.tolist(), values
    rows = np.flatnonzero(scores >= boundary)
    return rows.tolist(), scores[rows].tolist()


def _built_manifest(kind: str, dim: int, count: int, extra: dict[str, Any] | None) -> dict:
    return {
        **(extra or {}),
        "kind": kind,
        "format": FORMAT,
        "dim": dim,
        "count": count,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _json_array(value: object) -> npt.NDArray[np.uint8]:
    return np.frombuffer(json.dumps(value).encode("utf-8"), dtype=np.uint8)


def _json_value(array: npt.NDArray[Any]) -> Any:
    return json.loads(array.tobytes())


def _write_npz(path: Path, arrays: Arrays) -> None:
    """Write ``arrays`` to ``path`` atomically: a temp file beside it, then ``os.replace``."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, allow_pickle=False, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class IndexFileError(ValueError):
    """A saved index that cannot be used as it is; the message says to reindex."""


_READ_ERRORS = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, RuntimeError)


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of any saved vector index, without loading its vectors."""
    try:
        with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
            manifest = _json_value(data["manifest"])
    except _READ_ERRORS as exc:
        raise IndexFileError(f"{path} is not a saved vector index; {REINDEX_HINT}") from exc
    if not isinstance(manifest, dict):
        raise IndexFileError(f"{path} has no valid manifest; {REINDEX_HINT}")
    return manifest


def _read_arrays(path: Path, kind: str, dim: int | None) -> tuple[dict[str, Any], Arrays]:
    """Manifest and arrays of a saved ``kind`` index; ``ValueError`` for anything else."""
    manifest = read_manifest(path)
    if manifest.get("kind") != kind or manifest.get("format") != FORMAT:
        raise IndexFileError(
            f"{path} holds a {manifest.get('kind')!r} index of format {manifest.get('format')!r}"
            f", this version reads {kind!r} format {FORMAT}; {REINDEX_HINT}"
        )
    if dim is not None and manifest.get("dim") != dim:
        raise IndexFileError(
            f"{path} holds {manifest.get('dim')}-d vectors, not {dim}-d; {REINDEX_HINT}"
        )
    try:
        with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
    except _READ_ERRORS as exc:
        raise IndexFileError(f"{path} is damaged; {REINDEX_HINT}") from exc
    return manifest, arrays


def _check(condition: bool, path: Path, what: str) -> None:
    if not condition:
        raise IndexFileError(f"{path} is inconsistent ({what}); {REINDEX_HINT}")


class _Saving:
    """Shared save/load plumbing: subclasses provide ``_arrays`` and ``_restore``."""

    file_kind: ClassVar[str]
    dim: int

    def __len__(self) -> int:
        raise NotImplementedError

    def _arrays(self) -> Arrays:
        raise NotImplementedError

    def _restore(self, manifest: dict[str, Any], arrays: Arrays, path: Path) -> None:
        raise NotImplementedError

    def _manifest(self) -> dict[str, Any]:
        """Settings needed to rebuild this index object on load."""
        return {}

    @classmethod
    def _empty(cls, manifest: dict[str, Any]) -> Self:
        return cls(int(manifest["dim"]))  # type: ignore[call-arg]

    def save(self, path: Path, manifest: dict[str, Any] | None = None) -> None:
        """Write the index and ``manifest`` (merged under the built-in keys) atomically."""
        extra = {**(manifest or {}), **self._manifest()}
        built = _built_manifest(self.file_kind, self.dim, len(self), extra)
        _write_npz(Path(path), {"manifest": _json_array(built), **self._arrays()})

    @staticmethod
    def read_manifest(path: Path) -> dict[str, Any]:
        return read_manifest(path)

    @classmethod
    def load(cls, path: Path, *, dim: int | None = None) -> Self:
        """Read an index written by :meth:`save` (of ``dim`` dimensions, when given)."""
        path = Path(path)
        manifest, arrays = _read_arrays(path, cls.file_kind, dim)
        try:
            index = cls._empty(manifest)
            index._restore(manifest, arrays, path)
        except IndexFileError:
            raise
        except (KeyError, TypeError, ValueError, RuntimeError) as exc:
            raise IndexFileError(f"{path} is damaged ({exc}); {REINDEX_HINT}") from exc
        _check(len(index) == manifest.get("count"), path, "count")
        return index


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
