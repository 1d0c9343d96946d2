"""The site's retrieval questions, answered by the engine's indexes and the database.

The index proposes candidates (ids with scores); the database, the source of truth,
decides what may be shown (public, answered, published) and in what shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.conf import settings

from askmed.articles.models import Article
from askmed.questions.models import Question
from askmed.search.indexes import get_index
from askmed_engine.records import Hit

CANDIDATES = 60  # how many index hits to consider before filtering and de-duplicating


def _in_hit_order(queryset, hits: list[Hit]) -> list:
    by_pk = {str(obj.pk): obj for obj in queryset.filter(pk__in=[int(h.doc_id) for h in hits])}
    return [by_pk[h.doc_id] for h in hits if h.doc_id in by_pk]


def _dedupe_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()[:120]


def distinct_by(items: Iterable, *keys) -> list:
    """Drop items that repeat an earlier item's text under any of ``keys``."""
    seen: set[str] = set()
    kept = []
    for item in items:
        marks = {_dedupe_key(key(item)) for key in keys} - {""}
        if marks & seen:
            continue
        seen |= marks
        kept.append(item)
    return kept


def similar_questions(question: Question, k: int | None = None) -> list[Question]:
    """Answered questions most like ``question``: never itself, no two near-duplicates."""
    k = k or settings.ASKMED_SIMILAR_COUNT
    hits = get_index("questions").search(
        f"{question.title}\n{question.title}\n{question.body}",
        k=CANDIDATES,
        exclude={str(question.pk)},
    )
    candidates = _in_hit_order(Question.objects.answered().for_display(), hits)
    own = {_dedupe_key(question.title), _dedupe_key(question.body[:300])}
    candidates = [
        q
        for q in candidates
        if _dedupe_key(q.title) not in own and _dedupe_key(q.body[:300]) not in own
    ]
    return distinct_by(candidates, lambda q: q.title, lambda q: q.body[:300])[:k]


def related_articles(
    text: str, k: int | None = None, exclude: Article | None = None
) -> list[Article]:
    """Published articles most related to ``text``, one per title."""
    k = k or settings.ASKMED_RELATED_COUNT
    skip = {str(exclude.pk)} if exclude else set()
    hits = get_index("articles").search(text, k=CANDIDATES, exclude=skip)
    articles = _in_hit_order(Article.objects.published(), hits)
    if exclude is not None:
        articles = [a for a in articles if _dedupe_key(a.title) != _dedupe_key(exclude.title)]
    return distinct_by(articles, lambda a: a.title)[:k]


def search_questions(query: str, limit: int = 200) -> list[Question]:
    hits = get_index("questions").search(query, k=limit)
    return _in_hit_order(Question.objects.public().for_display(), hits)


def search_articles(query: str, limit: int = 50) -> list[Article]:
    hits = get_index("articles").search(query, k=limit)
    return _in_hit_order(Article.objects.published(), hits)
