"""The vector-index protocol, row helpers and the atomic ``.npz`` storage they share."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol, Self

import numpy as np
import numpy.typing as npt

from askmed_engine import atomic
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
    """Write ``arrays`` to ``path`` atomically (:func:`askmed_engine.atomic.write_npz`)."""
    atomic.write_npz(path, arrays)


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
