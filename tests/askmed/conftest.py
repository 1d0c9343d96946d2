"""Fixtures for the Django site's tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_search_indexes(settings, tmp_path):
    """Each test gets its own index folder and no in-memory index from an earlier test."""
    from askmed.search.indexes import forget_loaded

    settings.ASKMED_INDEX_DIR = str(tmp_path / "index")
    forget_loaded()
    yield
    forget_loaded()
