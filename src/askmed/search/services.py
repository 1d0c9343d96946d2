"""The site's retrieval questions, answered by the engine's indexes and the database.

The engine proposes candidates (ids, scores and a "why similar" hint); the database, the
source of truth, decides what may be shown (public, answered, published) and in what
shape. A stored question or article is compared through its stored vector, so its own
page needs no model at request time; free text (search, the ask form) is encoded when the
model is loaded and matched by keywords until then.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from django.conf import settings

from askmed.articles.models import Article
from askmed.questions.models import Question
from askmed.search import runtime
from askmed.search.indexes import get_index
from askmed_engine.hybrid import HybridIndex
from askmed_engine.similar import SimilarHit, search_similar

ANSWERED_TTL = 10.0  # seconds the set of answered question ids is reused
_answered: tuple[float, frozenset[str]] = (0.0, frozenset())


@dataclass(frozen=True)
class Match:
    """A retrieved question or article with the engine's score and hint."""

    obj: Question | Article
    score: float
    why: str
    keyword: bool = False  # shares words with what was asked


def answered_ids() -> frozenset[str]:
    """Ids of answered questions (what Similar Q&A may show), cached briefly."""
    global _answered
    now = time.monotonic()
    if now - _answered[0] > ANSWERED_TTL or settings.ASKMED_INDEX_CHECK_SECONDS == 0:
        ids = Question.objects.answered().values_list("pk", flat=True)
        _answered = (now, frozenset(str(pk) for pk in ids))
    return _answered[1]


def _rows(queryset, hits: list[SimilarHit]) -> list[Match]:
    by_pk = {str(obj.pk): obj for obj in queryset.filter(pk__in=[int(h.doc_id) for h in hits])}
    return [Match(by_pk[h.doc_id], h.score, h.why, h.keyword) for h in hits if h.doc_id in by_pk]


def _search(
    index: HybridIndex,
    text: str,
    vector: np.ndarray | None,
    *,
    k: int,
    doc_id: str | None = None,
    exclude=(),
    allowed=None,
    distinct: bool = True,
) -> list[SimilarHit]:
    info = index.info.get(doc_id) if doc_id else None
    return search_similar(
        index,
        text,
        vector=vector,
        info=info,
        k=k,
        exclude=exclude,
        allowed=allowed,
        model=runtime.pair_model(),
        vocab=runtime.vocabulary(),
        distinct=distinct,
    )


def _relevant(hits: list[SimilarHit]) -> list[SimilarHit]:
    """Search results must share a word with the query or be a confident semantic match."""
    threshold = runtime.pair_model().threshold
    return [h for h in hits if h.keyword or h.score >= threshold]


def _question_text(question: Question) -> str:
    return f"{question.title}\n{question.body}"


def similar_questions(question: Question, k: int | None = None) -> list[Match]:
    """Answered questions asking what ``question`` asks: never itself, no near-duplicates."""
    index = get_index("questions")
    doc_id = str(question.pk)
    vector = index.vectors.vector(doc_id)
    if vector is None:
        vector = runtime.query_vector(_question_text(question))
    k = k or settings.ASKMED_SIMILAR_COUNT
    hits = _search(
        index,
        _question_text(question),
        vector,
        k=k + 3,
        doc_id=doc_id,
        exclude={doc_id},
        allowed=answered_ids().__contains__,
    )
    own = question.display_title.casefold()
    matches = [
        m
        for m in _rows(Question.objects.answered().for_display(), hits)
        if m.obj.display_title.casefold() != own
    ]
    return _distinct_titles(matches)[:k]


def similar_to_text(text: str, k: int | None = None) -> list[Match]:
    """Answered questions like a question being typed (the ask form, `askmed similar`).

    Only relevant ones (see :func:`_relevant`): a list headed "like yours" never fills up
    with questions about something else.
    """
    k = k or settings.ASKMED_SIMILAR_COUNT
    hits = _search(
        get_index("questions"),
        text,
        runtime.query_vector(text),
        k=k + 3,
        allowed=answered_ids().__contains__,
    )
    rows = _rows(Question.objects.answered().for_display(), _relevant(hits))
    return _distinct_titles(rows)[:k]


def related_articles_for_question(question: Question, k: int | None = None) -> list[Match]:
    """Articles answering what ``question`` asks (Related FAQ)."""
    vector = get_index("questions").vectors.vector(str(question.pk))
    text = _question_text(question)
    if vector is None:
        vector = runtime.query_vector(text)
    hits = _search(get_index("articles"), text, vector, k=k or settings.ASKMED_RELATED_COUNT)
    return _distinct_titles(_rows(Article.objects.published(), hits))


def related_articles(article: Article, k: int | None = None) -> list[Match]:
    """Articles like ``article`` (You Might Also Enjoy), never itself or a same-titled copy."""
    index = get_index("articles")
    doc_id = str(article.pk)
    text = f"{article.title}\n{article.summary}"
    vector = index.vectors.vector(doc_id)
    if vector is None:
        vector = runtime.query_vector(text)
    k = k or settings.ASKMED_RELATED_COUNT
    hits = _search(index, text, vector, k=k + 3, doc_id=doc_id, exclude={doc_id})
    matches = [
        m
        for m in _rows(Article.objects.published(), hits)
        if m.obj.title.casefold() != article.title.casefold()
    ]
    return _distinct_titles(matches)[:k]


def _distinct_titles(matches: list[Match]) -> list[Match]:
    """One match per displayed title: two items titled alike look like one shown twice."""
    seen: set[str] = set()
    out = []
    for match in matches:
        key = getattr(match.obj, "display_title", match.obj.title).casefold()
        if key not in seen:
            seen.add(key)
            out.append(match)
    return out


def search_questions(query: str, limit: int = 100) -> list[Match]:
    hits = _search(
        get_index("questions"), query, runtime.query_vector(query), k=limit, distinct=False
    )
    return _rows(Question.objects.public().for_display(), _relevant(hits))


def search_articles(query: str, limit: int = 5) -> list[Match]:
    hits = _search(
        get_index("articles"), query, runtime.query_vector(query), k=limit, distinct=False
    )
    return _rows(Article.objects.published(), _relevant(hits))
