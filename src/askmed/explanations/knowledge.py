"""The site's knowledge base: every published article cut into passages, kept current.

It lives in ``<ASKMED_INDEX_DIR>/knowledge`` (an
:class:`~askmed_engine.knowledge.KnowledgeBase`). :func:`refresh` syncs it with the
articles table incrementally — unchanged articles are skipped by digest — and computes
missing passage vectors, saving as it goes; the background task runs it. A process reads
it through :func:`get_knowledge`, reloaded when another process saved a newer one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from django.conf import settings

from askmed.articles.models import Article
from askmed.search import runtime
from askmed_engine.knowledge import KnowledgeArticle, KnowledgeBase, SyncReport

log = logging.getLogger("askmed.explanations")
_lock = threading.Lock()
_loaded: dict[str, tuple[float, KnowledgeBase]] = {}


def knowledge_path() -> Path:
    return Path(settings.ASKMED_INDEX_DIR) / "knowledge"


def article_key(article: Article) -> str:
    """``"medquad:<record id>"`` for an imported article (the key the bench uses too),
    ``"article:<pk>"`` for one written here."""
    return (
        f"{article.source}:{article.source_record_id}"
        if article.source
        else f"article:{article.pk}"
    )


def knowledge_articles() -> Iterator[KnowledgeArticle]:
    """Every published article whose full text is known (excerpts are not sources)."""
    rows = Article.objects.published().filter(excerpt=False).order_by("pk")
    for article in rows.iterator(chunk_size=2000):
        yield KnowledgeArticle(
            key=article_key(article),
            title=article.title,
            body=article.body,
            source_id=article.source_record_id or f"article {article.pk}",
            publisher=article.publisher or ("" if article.source else settings.ASKMED_SITE_NAME),
            url=article.url
            or article.source_url
            or ("" if article.source else article.get_absolute_url()),
            license=article.license or article.source_license,
            focus=article.focus,
            qtype=article.qtype,
            date=article.published_at.date().isoformat() if article.published_at else "",
        )


def _open() -> KnowledgeBase:
    model = runtime.embedder()
    try:
        return KnowledgeBase.load(
            knowledge_path(),
            model=model.name,
            dim=model.dim,
            ann_threshold=settings.ASKMED_ANN_THRESHOLD,
        )
    except ValueError as exc:
        if knowledge_path().exists():
            log.warning("rebuilding the knowledge base: %s", exc)
        return KnowledgeBase(
            model=model.name, dim=model.dim, ann_threshold=settings.ASKMED_ANN_THRESHOLD
        )


def refresh(
    *, embed: bool = True, progress: Callable[[int], None] | None = None
) -> tuple[KnowledgeBase, SyncReport]:
    """Sync with the published articles and save; with ``embed``, add missing vectors."""
    kb = _open()
    report = kb.sync(knowledge_articles(), runtime.vocabulary(), progress=progress)
    if report.changed or not knowledge_path().exists():
        kb.save(knowledge_path())
    if embed and kb.index.missing_vectors():
        report.embedded = kb.embed_missing(
            runtime.embedder(), progress=progress, checkpoint=lambda: kb.save(knowledge_path())
        )
        kb.save(knowledge_path())
    return kb, report


def get_knowledge() -> KnowledgeBase | None:
    """This process's copy of the saved knowledge base, or None before one is built."""
    manifest = knowledge_path() / "manifest.json"
    try:
        mtime = manifest.stat().st_mtime
    except OSError:
        return None
    with _lock:
        hit = _loaded.get("kb")
        if hit is None or hit[0] != mtime:
            model = runtime.embedder()
            try:
                kb = KnowledgeBase.load(
                    knowledge_path(),
                    model=model.name,
                    dim=model.dim,
                    ann_threshold=settings.ASKMED_ANN_THRESHOLD,
                )
            except ValueError as exc:
                log.warning("knowledge base unreadable: %s", exc)
                return None
            hit = (mtime, kb)
            _loaded["kb"] = hit
        return hit[1]


def forget_loaded() -> None:
    with _lock:
        _loaded.clear()
