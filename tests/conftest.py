"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
FIXTURES = TESTS_DIR / "fixtures"
SHARED = TESTS_DIR.parent.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """The real shared data beside the checkout (DESIGN.md §7)."""
    if not (SHARED / "data").is_dir():
        pytest.fail(f"{SHARED / 'data'} is missing: askmed's tests read the shared data there.")
    return SHARED


@pytest.fixture
def llm(monkeypatch):
    """A fake OpenAI-compatible endpoint on 127.0.0.1 (tests/fake_llm.py); tests using it
    need ``@pytest.mark.enable_socket``."""
    from tests.fake_llm import serve

    yield from serve(monkeypatch)
