"""A small vocabulary and routing knowledge built from tests/fixtures/medquad_routing."""

from __future__ import annotations

from pathlib import Path

import pytest

from askmed_engine.focus import FocusVocabulary
from askmed_engine.routing.knowledge import RoutingKnowledge

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "medquad_routing"


@pytest.fixture(scope="session")
def vocabulary() -> FocusVocabulary:
    return FocusVocabulary.build(FIXTURE)


@pytest.fixture(scope="session")
def knowledge(vocabulary) -> RoutingKnowledge:
    return RoutingKnowledge.build(vocabulary, FIXTURE)
