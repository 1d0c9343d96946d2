"""Fixtures for the Django site's tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_search_indexes(settings, tmp_path):
    """Each test gets its own index and model folders and nothing cached by an earlier test."""
    from askmed.search import runtime
    from askmed.search.indexes import forget_loaded

    settings.ASKMED_INDEX_DIR = str(tmp_path / "index")
    settings.ASKMED_MODEL_DIR = str(tmp_path / "models")
    runtime._cached.clear()
    runtime.embedder.cache_clear()
    runtime._encoded.cache_clear()
    forget_loaded()
    yield
    forget_loaded()
    runtime.embedder.cache_clear()
