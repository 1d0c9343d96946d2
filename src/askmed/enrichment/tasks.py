"""Background work, run by `askmed worker` (Django Tasks, database backend)."""

from __future__ import annotations

from django_tasks import task


@task()
def refresh_search_index(name: str) -> int:
    """Bring search index ``name`` up to date with the database, vectors included."""
    from askmed.search.indexes import refresh

    return len(refresh(name))


@task()
def tune_pair_model() -> float:
    """Tune the pair model on the shared public data (minutes); returns its threshold."""
    from askmed.search.tuning import build_pair_model

    return build_pair_model().threshold
