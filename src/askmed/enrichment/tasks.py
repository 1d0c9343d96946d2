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
