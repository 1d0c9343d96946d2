"""Background work, run by `askmed worker` (Django Tasks, database backend)."""

from __future__ import annotations

import logging

from django_tasks import task

log = logging.getLogger("askmed.tasks")


class _Progress:
    """Logs how far a long refresh has come, every ``every`` rows."""

    def __init__(self, name: str, every: int = 2000) -> None:
        self.name, self.every, self.done, self.logged = name, every, 0, 0

    def __call__(self, rows: int) -> None:
        self.done += rows
        if self.done - self.logged >= self.every:
            self.logged = self.done
            log.info("index %s: %d rows indexed or embedded so far", self.name, self.done)


@task()
def refresh_search_index(name: str) -> int:
    """Bring search index ``name`` up to date with the database, vectors included."""
    from askmed.search.indexes import refresh

    index = refresh(name, progress=_Progress(name))
    log.info("index %s: %d documents, %d with vectors", name, len(index), len(index.vectors))
    return len(index)


@task()
def tune_pair_model() -> float:
    """Tune the pair model on the shared public data (minutes); returns its threshold."""
    from askmed.search.tuning import build_pair_model

    return build_pair_model(log.info).threshold


@task()
def embed_routing_pages() -> int:
    """Rebuild the routing knowledge with MedQuAD page vectors (minutes); returns pages."""
    from askmed.search.tuning import build_routing_knowledge

    return len(build_routing_knowledge(log.info, with_vectors=True).pages)


@task()
def explain_question(question_id: int) -> bool:
    """Compute and store the More Info of one question; False when it is gone or hidden."""
    from askmed.explanations.services import compute, request_done
    from askmed.questions.models import Question

    question = Question.objects.for_display().filter(pk=question_id).first()
    if question is None or not question.is_public:
        return False
    row = compute(question)
    request_done(question_id)
    log.info("question %d: More Info %s", question_id, "abstained" if row.abstained else "written")
    return True


@task()
def refresh_knowledge() -> int:
    """Sync the knowledge base with the articles (vectors included), then queue the
    explanations whose cited passages changed or vanished; returns how many."""
    from askmed.explanations.knowledge import refresh
    from askmed.explanations.models import Explanation
    from askmed.explanations.services import request_explanation

    kb, report = refresh(embed=True, progress=_Progress("knowledge"))
    if report.embedded:  # retrieval changed everywhere: every stored explanation is redone
        stale = list(Explanation.objects.values_list("question_id", flat=True))
    else:
        cited = {
            p for row in Explanation.objects.values_list("passage_ids", flat=True) for p in row
        }
        touched = set(report.passages) | (cited - set(kb.passages))
        stale = list(Explanation.objects.citing_any(touched).values_list("question_id", flat=True))
    for question_id in stale:
        request_explanation(question_id, force=True)
    log.info("knowledge: %d passages; %d explanations to recompute", len(kb), len(stale))
    return len(stale)
