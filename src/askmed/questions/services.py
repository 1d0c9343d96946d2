"""Question life-cycle steps that views, commands and tasks share."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from askmed.questions.models import Question
from askmed_engine.titles import page_title


def generated_title(question: Question) -> str:
    return page_title(
        question.title,
        question.body,
        question.department.name,
        focus=question.focus,
        qtype=question.qtype,
    )


def publish_question(question: Question, asker=None) -> Question:
    """Store a newly asked question, title it, and queue it for the search index."""
    from askmed.search.indexes import request_refresh

    question.asker = asker if asker is not None and asker.is_authenticated else None
    question.asked_at = timezone.now()
    question.status = Question.Status.PUBLISHED
    question.page_title = generated_title(question)
    question.save()
    transaction.on_commit(lambda: request_refresh("questions"))
    return question
