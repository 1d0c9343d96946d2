"""Question life-cycle steps that views, commands and tasks share."""

from __future__ import annotations

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
    """Store a newly asked question and title it (saving queues it for the search index)."""
    question.asker = asker if asker is not None and asker.is_authenticated else None
    question.asked_at = timezone.now()
    question.status = Question.Status.PUBLISHED
    question.page_title = generated_title(question)
    question.save()
    return question
