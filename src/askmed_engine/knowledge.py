"""The reference passage store that explanations draw on (the knowledge base).

Every published article — a MedQuAD answer, an editor's article — is cut into passages of
a few sentences. Each :class:`Passage` carries everything a citation needs: the source id
(for MedQuAD the document id and the pair number, e.g. ``1_CancerGov_QA/0000001_1#7``),
title, publisher, URL, licence, focus, question type and date. Passages are indexed with
the hybrid engine (BM25 keywords, sentence vectors, focus analysis) and saved in one
folder with a manifest.

:meth:`KnowledgeBase.sync` is incremental: an article whose content digest is unchanged
is skipped, a changed one has its passages replaced, a vanished one is removed. Vectors
are computed separately (:meth:`KnowledgeBase.embed_missing`), so the keyword part works
before the model has run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from askmed_engine import fusion
from askmed_engine.embeddings import Embedder
from askmed_engine.focus import FocusVocabulary, term_key
from askmed_engine.hybrid import HybridIndex
from askmed_engine.intents import QTYPE_TO_INTENT
from askmed_engine.records import ArticleRecord
from askmed_engine.text import normalize, split_sentences

KIND = "askmed-knowledge"
FORMAT = 1
MAX_PASSAGE_WORDS = 110  # a passage is a few sentences: enough context, still specific
CANDIDATES = 60  # passages taken from each of the keyword and vector rankings
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


@dataclass(frozen=True)
class KnowledgeArticle:
    """What the knowledge base needs of an article. ``key`` is stable across imports."""

    key: str  # "medquad:<record id>" or "article:<pk>"
    title: str
    body: str
    source_id: str = ""  # the id in its source (MedQuAD: folder/document id#pair number)
    publisher: str = ""
    url: str = ""
    license: str = ""
    focus: str = ""
    qtype: str = ""  # MedQuAD question type ("causes", "treatment", ...) or ""
    date: str = ""  # ISO date of publication, "" when the source gives none

    @classmethod
    def from_record(cls, record: ArticleRecord) -> KnowledgeArticle:
        """An imported article record; its key is ``"<source>:<record id>"``."""
        prov = record.provenance
        return cls(
            key=f"{prov.source}:{prov.record_id}",
            title=record.title,
            body=record.body,
            source_id=prov.record_id,
            publisher=record.publisher,
            url=record.url or prov.url,
            license=record.license or prov.license,
            focus=record.focus,
            qtype=record.qtype,
            date=record.published_at.isoformat() if record.published_at else "",
        )

    def digest(self) -> str:
        """A fingerprint of everything a passage shows: any change re-cuts the article."""
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Passage:
    """A few consecutive sentences of one article, with the article's citation fields."""

    id: str  # "<article key>/<number>"
    article_key: str
    number: int  # 1-based position in its article
    text: str
    title: str
    source_id: str = ""
    publisher: str = ""
    url: str = ""
    license: str = ""
    focus: str = ""
    qtype: str = ""
    date: str = ""

    @property
    def intent(self) -> str:
        """The intent its article answers (``QTYPE_TO_INTENT``), ``""`` when unknown."""
        return QTYPE_TO_INTENT.get(self.qtype.lower(), "")

    def sentences(self) -> list[str]:
        return split_sentences(self.text)


def _blocks(body: str) -> list[str]:
    """Paragraphs, with each bulleted line its own block (a list item is not prose)."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body):
        lines = [line for line in paragraph.splitlines() if line.strip()]
        prose: list[str] = []
        for line in lines:
            if _BULLET.match(line):
                if prose:
                    blocks.append(" ".join(prose))
                    prose = []
                blocks.append(line.strip())
            else:
                prose.append(line.strip())
        if prose:
            blocks.append(" ".join(prose))
    return blocks


def cut_passages(body: str, max_words: int = MAX_PASSAGE_WORDS) -> list[str]:
    """The article body as passages of whole sentences, each at most ``max_words`` words
    (a longer single sentence is its own passage); paragraphs are never merged across a
    bulleted list, so that a passage reads as one piece."""
    passages: list[str] = []
    current: list[str] = []
    words = 0

    def flush() -> None:
        nonlocal current, words
        if current:
            passages.append(" ".join(current))
        current, words = [], 0

    for block in _blocks(body):
        sentences = [block] if _BULLET.match(block) else split_sentences(block)
        for sentence in sentences:
            n = len(sentence.split())
            if current and words + n > max_words:
                flush()
            current.append(normalize(sentence))
            words += n
        if _BULLET.match(block):
            continue
        if words >= max_words // 2:
            flush()
    flush()
    return [p for p in passages if p.strip()]


def focus_key(name: str) -> str:
    """``"Back Pain"`` -> ``"name:back pain"`` (stemmed words): a focus name as a key."""
    return "name:" + " ".join(term_key(name))


def passages_of(article: KnowledgeArticle) -> list[Passage]:
    return [
        Passage(
            id=f"{article.key}/{number}",
            article_key=article.key,
            number=number,
            text=text,
            title=article.title,
            source_id=article.source_id,
            publisher=article.publisher,
            url=article.url,
            license=article.license,
            focus=article.focus,
            qtype=article.qtype,
            date=article.date,
        )
        for number, text in enumerate(cut_passages(article.body), start=1)
    ]


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    embedded: int = 0  # vectors computed afterwards (set by whoever embeds)
    passages: list[str] = field(default_factory=list)  # ids of passages (re)written

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class PassageHit:
    passage: Passage
    score: float  # fused rank score (reciprocal rank fusion), higher is better
    cosine: float  # with the query vector; 0.0 without one


class KnowledgeBase:
    """Passages by id, each article's digest, and a hybrid index over the passages."""

    def __init__(self, *, model: str, dim: int, ann_threshold: int = 200_000) -> None:
        self.index = HybridIndex(model=model, dim=dim, ann_threshold=ann_threshold)
        self.passages: dict[str, Passage] = {}
        self.articles: dict[str, tuple[str, list[str]]] = {}  # key -> (digest, passage ids)
        self._by_focus: dict[str, list[str]] | None = None  # concept id or name key -> ids

    def __len__(self) -> int:
        return len(self.passages)

    # -- keeping it current ------------------------------------------------------------

    def upsert(self, article: KnowledgeArticle, vocab: FocusVocabulary | None = None) -> bool:
        """Index ``article`` unless its digest is unchanged; True when something changed."""
        digest = article.digest()
        old = self.articles.get(article.key)
        if old and old[0] == digest:
            return False
        self.remove_article(article.key)
        passages = passages_of(article)
        about = article.focus or article.title
        for passage in passages:
            self.passages[passage.id] = passage
            self.index.add(passage.id, f"{passage.title}\n{passage.text}", vocab, about=about)
        self.articles[article.key] = (digest, [p.id for p in passages])
        self._by_focus = None
        return True

    def remove_article(self, key: str) -> bool:
        old = self.articles.pop(key, None)
        if old is None:
            return False
        self.index.remove(old[1])
        for passage_id in old[1]:
            self.passages.pop(passage_id, None)
        self._by_focus = None
        return True

    def sync(
        self,
        articles: Iterable[KnowledgeArticle],
        vocab: FocusVocabulary | None = None,
        *,
        progress: Callable[[int], None] | None = None,
    ) -> SyncReport:
        """Make the base hold exactly ``articles`` (all of them, not just the changed ones)."""
        report = SyncReport()
        seen: set[str] = set()
        for count, article in enumerate(articles, start=1):
            seen.add(article.key)
            existed = article.key in self.articles
            if self.upsert(article, vocab):
                report.updated += existed
                report.added += not existed
                report.passages += self.articles[article.key][1]
            else:
                report.unchanged += 1
            if progress and count % 1000 == 0:
                progress(1000)
        for key in set(self.articles) - seen:
            self.remove_article(key)
            report.removed += 1
        return report

    def embed_missing(
        self,
        embedder: Embedder,
        *,
        batch: int = 256,
        progress: Callable[[int], None] | None = None,
        checkpoint: Callable[[], None] | None = None,
        checkpoint_every: int = 4096,
    ) -> int:
        """Encode every passage without a vector; returns how many were encoded."""
        missing = self.index.missing_vectors()
        done = since = 0
        for start in range(0, len(missing), batch):
            ids = missing[start : start + batch]
            texts = [f"{self.passages[i].title}\n{self.passages[i].text}" for i in ids]
            self.index.set_vectors(ids, embedder.encode(texts))
            done += len(ids)
            since += len(ids)
            if progress:
                progress(len(ids))
            if checkpoint and since >= checkpoint_every:
                checkpoint()
                since = 0
        return done

    # -- reading -----------------------------------------------------------------------

    def passage_focus(self, passage_id: str) -> frozenset[str]:
        """Concept ids of the passage's article focus (from the focus vocabulary)."""
        info = self.index.info.get(passage_id)
        return frozenset(m.concept_id for m in info.focus) if info else frozenset()

    def with_focus(self, keys: Iterable[str]) -> list[str]:
        """Ids of every passage whose article is about one of ``keys``: concept ids of
        the focus vocabulary, or :func:`focus_key` of a focus name."""
        if self._by_focus is None:
            by_focus: dict[str, list[str]] = {}
            for passage_id, info in self.index.info.items():
                names = {m.concept_id for m in info.focus}
                focus = self.passages[passage_id].focus
                if focus:
                    names.add(focus_key(focus))
                for name in names:
                    by_focus.setdefault(name, []).append(passage_id)
            self._by_focus = by_focus
        out: list[str] = []
        for key in keys:
            out += self._by_focus.get(key, [])
        return list(dict.fromkeys(out))

    def vector(self, passage_id: str) -> np.ndarray | None:
        stored = self.index.vectors.vector(passage_id)
        return None if stored is None else np.asarray(stored).ravel()

    def cosine(self, passage_id: str, query_vector: np.ndarray | None) -> float:
        if query_vector is None:
            return 0.0
        stored = self.vector(passage_id)
        return 0.0 if stored is None else float(np.dot(stored, np.asarray(query_vector).ravel()))

    def search(
        self, query: str, query_vector: np.ndarray | None = None, k: int = 30
    ) -> list[PassageHit]:
        """The ``k`` passages best matching ``query``: reciprocal rank fusion of the BM25
        ranking and (with ``query_vector``) the cosine ranking, each of
        :data:`CANDIDATES` passages."""
        keyword = [h.doc_id for h in self.index.keyword.search(query, CANDIDATES)]
        rankings: list[Sequence[str]] = [keyword]
        cosines: dict[str, float] = {}
        if query_vector is not None and len(self.index.vectors):
            hits = self.index.vectors.search(query_vector, CANDIDATES)
            rankings.append([h.doc_id for h in hits])
            cosines = {h.doc_id: h.score for h in hits}
        out = []
        for passage_id, score in fusion.reciprocal_rank_fusion(rankings)[:k]:
            passage = self.passages.get(passage_id)
            if passage is not None:
                cosine = cosines.get(passage_id, self.cosine(passage_id, query_vector))
                out.append(PassageHit(passage, score, cosine))
        return out

    # -- saving ------------------------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        return {
            "kind": KIND,
            "format": FORMAT,
            "articles": len(self.articles),
            "passages": len(self.passages),
            **{k: v for k, v in self.index.manifest().items() if k not in ("kind", "format")},
        }

    def save(self, folder: Path) -> None:
        """Write passages, digests and index to a new folder, then swap it in."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}."))
        try:
            self.index.save(tmp / "index")
            rows = [asdict(p) for p in self.passages.values()]
            (tmp / "passages.json").write_text(json.dumps(rows))
            (tmp / "articles.json").write_text(json.dumps(self.articles))
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

    @classmethod
    def load(
        cls,
        folder: Path,
        *,
        model: str | None = None,
        dim: int | None = None,
        ann_threshold: int = 200_000,
    ) -> KnowledgeBase:
        """Read a saved base; with another model the vectors are dropped (re-embedded)."""
        folder = Path(folder)
        try:
            manifest = json.loads((folder / "manifest.json").read_text())
            if manifest.get("kind") != KIND or manifest.get("format") != FORMAT:
                raise ValueError(f"kind {manifest.get('kind')!r}, format {manifest.get('format')}")
            index = HybridIndex.load(
                folder / "index", model=model, dim=dim, ann_threshold=ann_threshold
            )
            rows = json.loads((folder / "passages.json").read_text())
            articles = json.loads((folder / "articles.json").read_text())
            base = cls(model=index.model, dim=index.dim, ann_threshold=ann_threshold)
            base.index = index
            base.passages = {row["id"]: Passage(**row) for row in rows}
            base.articles = {k: (v[0], list(v[1])) for k, v in articles.items()}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ValueError(
                f"{folder} is not a readable knowledge base ({exc}); run `askmed reindex knowledge`"
            ) from exc
        return base
