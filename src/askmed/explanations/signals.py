"""What makes More Info stale: a new or edited answer or question, a changed article."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from askmed.answers.models import Answer
from askmed.articles.models import Article
from askmed.questions.models import Question


def answer_changed(sender, instance, **kwargs) -> None:
    from askmed.explanations.services import request_explanation

    request_explanation(instance.question_id, force=True)


def question_saved(sender, instance, **kwargs) -> None:
    from askmed.explanations.services import request_explanation

    if instance.is_public:
        request_explanation(instance.pk, force=True)


def article_changed(sender, **kwargs) -> None:
    from askmed.enrichment.tasks import refresh_knowledge

    transaction.on_commit(refresh_knowledge.enqueue)


def connect() -> None:
    post_save.connect(answer_changed, sender=Answer, dispatch_uid="explain-answer-save")
    post_delete.connect(answer_changed, sender=Answer, dispatch_uid="explain-answer-delete")
    post_save.connect(question_saved, sender=Question, dispatch_uid="explain-question-save")
    post_save.connect(article_changed, sender=Article, dispatch_uid="knowledge-article-save")
    post_delete.connect(article_changed, sender=Article, dispatch_uid="knowledge-article-delete")
