"""What each keyword index holds: which rows, and the text of each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet

from askmed.articles.models import Article
from askmed.questions.models import Question


@dataclass(frozen=True)
class Collection:
    name: str
    queryset: Callable[[], QuerySet]
    only: tuple[str, ...]  # the fields `text` needs

    def text(self, obj) -> str:
        return obj.search_text


COLLECTIONS = {
    "questions": Collection(
        "questions",
        lambda: Question.objects.public(),
        ("pk", "title", "focus", "body", "updated_at"),
    ),
    "articles": Collection(
        "articles",
        lambda: Article.objects.published(),
        ("pk", "title", "focus", "summary", "body", "updated_at"),
    ),
}
