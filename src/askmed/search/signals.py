"""New, edited and deleted questions and articles reach the indexes through the worker."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from askmed.articles.models import Article
from askmed.questions.models import Question

INDEX_OF = {Question: "questions", Article: "articles"}


def queue_refresh(sender, **kwargs) -> None:
    from askmed.search.indexes import request_refresh

    name = INDEX_OF[sender]
    transaction.on_commit(lambda: request_refresh(name))


def connect() -> None:
    for model in INDEX_OF:
        post_save.connect(queue_refresh, sender=model, dispatch_uid=f"index-save-{model}")
        post_delete.connect(queue_refresh, sender=model, dispatch_uid=f"index-delete-{model}")
