"""One searchable collection: BM25 keywords, sentence vectors and a per-document analysis.

The three parts are kept in step by :class:`HybridIndex` and saved together in one
folder with a manifest (model, dimensions, count, build time). Keywords and analyses are
cheap and added at once; vectors need the model and may lag behind (the background
worker fills them in), so a document can be found by its keywords before its vector
exists. An index saved with another model keeps its keywords and re-embeds everything.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from askmed_engine.focus import FocusMatch, FocusVocabulary
from askmed_engine.keyword import BM25Index
from askmed_engine.question_analysis import QuestionAnalysis, analyze
from askmed_engine.text import tokenize
from askmed_engine.vectors import AutoIndex, needs_rebuild

FORMAT = 1
MAX_TOKENS = 80  # content tokens kept per document for the lexical pair feature


@dataclass(frozen=True)
class DocInfo:
    """What pair scoring needs to know about a document without re-reading it."""

    tokens: frozenset[str]
    focus: tuple[FocusMatch, ...]
    intents: frozenset[str]

    @property
    def analysis(self) -> QuestionAnalysis:
        return QuestionAnalysis(self.focus, self.intents)

    def to_json(self) -> list:
        return [sorted(self.tokens), [list(m) for m in self.focus], sorted(self.intents)]

    @classmethod
    def from_json(cls, data: list) -> DocInfo:
        tokens, focus, intents = data
        return cls(frozenset(tokens), tuple(FocusMatch(*m) for m in focus), frozenset(intents))


def describe(text: str, vocab: FocusVocabulary | None = None) -> DocInfo:
    """The tokens, focus and intents of ``text``."""
    analysis = analyze(text, vocab)
    return DocInfo(frozenset(tokenize(text)[:MAX_TOKENS]), analysis.focus, analysis.intents)


class HybridIndex:
    """Keyword index + vector index + document analyses for one collection."""

    def __init__(self, *, model: str, dim: int, ann_threshold: int = 200_000) -> None:
        self.model = model
        self.dim = dim
        self.keyword = BM25Index()
        self.vectors = AutoIndex(dim, threshold=ann_threshold)
        self.info: dict[str, DocInfo] = {}

    def __len__(self) -> int:
        return len(self.info)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.info

    def add(
        self,
        doc_id: str,
        text: str,
        vocab: FocusVocabulary | None = None,
        *,
        about: str | None = None,
    ) -> None:
        """Index ``text`` by keywords now; its vector (if stale) is dropped until re-embedded.

        ``about`` is the short text analysed for focus and intents (default: ``text``).
        """
        self.keyword.add(doc_id, text)
        self.info[doc_id] = describe(about if about is not None else text, vocab)
        self.vectors.remove([doc_id])

    def set_vectors(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        known = [i for i, doc_id in enumerate(ids) if doc_id in self.info]
        if known:
            self.vectors.add([ids[i] for i in known], np.asarray(vectors)[known])

    def remove(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        for doc_id in ids:
            self.keyword.remove(doc_id)
            self.info.pop(doc_id, None)
        self.vectors.remove(ids)

    def missing_vectors(self) -> list[str]:
        """Documents indexed by keywords whose vector is not computed yet."""
        return [doc_id for doc_id in self.info if doc_id not in self.vectors]

    def manifest(self) -> dict[str, Any]:
        return {
            "kind": "hybrid",
            "format": FORMAT,
            "model": self.model,
            "dim": self.dim,
            "count": len(self),
            "vectors": len(self.vectors),
            "vector_kind": self.vectors.kind,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }

    def save(self, folder: Path) -> None:
        """Write all parts to a new folder, then swap it in (readers never see half)."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}."))
        try:
            self.keyword.save(tmp / "keyword.bm25")
            self.vectors.save(tmp / "vectors", {"model": self.model})
            (tmp / "info.json").write_text(
                json.dumps({k: v.to_json() for k, v in self.info.items()})
            )
            (tmp / "manifest.json").write_text(json.dumps(self.manifest(), indent=1))
            old = folder.with_name(f".{folder.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            if folder.exists():
                os.replace(folder, old)
            os.replace(tmp, folder)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    @staticmethod
    def read_manifest(folder: Path) -> dict[str, Any]:
        try:
            manifest = json.loads((Path(folder) / "manifest.json").read_text())
        except (OSError, ValueError) as exc:
            raise ValueError(f"{folder} is not a saved askmed index; run `askmed reindex`") from exc
        if manifest.get("kind") != "hybrid" or manifest.get("format") != FORMAT:
            raise ValueError(f"{folder} holds an index of another format; run `askmed reindex`")
        return manifest

    @classmethod
    def load(
        cls,
        folder: Path,
        *,
        model: str | None = None,
        dim: int | None = None,
        ann_threshold: int = 200_000,
    ) -> HybridIndex:
        """Read a saved index. With another ``model``/``dim``, keep the keywords and
        analyses and drop the vectors so that they are computed again."""
        folder = Path(folder)
        manifest = cls.read_manifest(folder)
        model = model or manifest["model"]
        dim = dim or int(manifest["dim"])
        index = cls(model=model, dim=dim, ann_threshold=ann_threshold)
        try:
            index.keyword = BM25Index.load(folder / "keyword.bm25")
            info = json.loads((folder / "info.json").read_text())
            index.info = {k: DocInfo.from_json(v) for k, v in info.items()}
            if not needs_rebuild(manifest, model=model, dim=dim):
                index.vectors = AutoIndex.load(folder / "vectors", dim=dim)
        except (OSError, KeyError, TypeError) as exc:
            raise ValueError(f"{folder} is damaged ({exc}); run `askmed reindex`") from exc
        return index
