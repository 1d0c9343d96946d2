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

from askmed_engine.vectors.auto import INDEX_CLASSES, AutoIndex, load_index
from askmed_engine.vectors.base import (
    FORMAT,
    REINDEX_HINT,
    IndexFileError,
    VectorIndex,
    needs_rebuild,
    read_manifest,
)
from askmed_engine.vectors.exact import ExactIndex
from askmed_engine.vectors.hnsw import HnswIndex

__all__ = [
    "FORMAT",
    "INDEX_CLASSES",
    "REINDEX_HINT",
    "AutoIndex",
    "ExactIndex",
    "HnswIndex",
    "IndexFileError",
    "VectorIndex",
    "load_index",
    "needs_rebuild",
    "read_manifest",
]
