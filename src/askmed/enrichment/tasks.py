"""Background work, run by `askmed worker` (Django Tasks, database backend)."""

from __future__ import annotations

from django_tasks import task


@task()
def refresh_search_index(name: str) -> int:
    """Bring keyword index ``name`` up to date with the database; returns its size."""
    from askmed.search.indexes import refresh

    return len(refresh(name))
