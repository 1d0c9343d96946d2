"""What each search index holds: which rows, and which text of each is used how."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet

from askmed.articles.models import Article
from askmed.questions.models import Question

EMBED_CHARS = 1500  # the model reads ~256 word pieces; more text only costs time


@dataclass(frozen=True)
class Collection:
    name: str
    queryset: Callable[[], QuerySet]
    only: tuple[str, ...]  # the fields the texts need
    about: Callable[[object], str]  # analysed for focus and intents
    embedded: Callable[[object], str]  # encoded by the sentence model

    def text(self, obj) -> str:
        """Indexed by keywords."""
        return obj.search_text


COLLECTIONS = {
    "questions": Collection(
        "questions",
        lambda: Question.objects.public(),
        ("pk", "title", "focus", "body", "updated_at"),
        about=lambda q: f"{q.title}\n{q.body}",
        embedded=lambda q: f"{q.title}\n{q.body}"[:EMBED_CHARS],
    ),
    "articles": Collection(
        "articles",
        lambda: Article.objects.published(),
        ("pk", "title", "focus", "summary", "body", "updated_at"),
        about=lambda a: a.title,
        embedded=lambda a: f"{a.title}\n{a.summary}"[:EMBED_CHARS],
    ),
}
