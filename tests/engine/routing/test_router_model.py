"""Routing with the real sentence model: example questions found by meaning (slow)."""

from __future__ import annotations

import os

import pytest

from askmed_engine.embeddings import load_embedder
from askmed_engine.routing import Router
from askmed_engine.routing.examples import load_examples
from askmed_engine.routing.knowledge import RoutingKnowledge

from .conftest import FIXTURE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def router(vocabulary):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    minilm = load_embedder("minilm")
    knowledge = RoutingKnowledge.build(vocabulary, FIXTURE, embedder=minilm)
    assert knowledge.example_vectors.shape == (len(load_examples()), 384)
    return Router(vocabulary, knowledge, lambda text: minilm.encode([text])[0])


@pytest.mark.parametrize(
    ("text", "department"),
    [
        # no department keyword in any of these: the nearest examples by meaning decide
        ("my thoughts race, I have not slept for three days, spending money wildly", "Psychiatry"),
        ("the white part of my peepers went yellow", "Gastroenterology"),
        ("I keep hearing whooshing in one ear in time with my pulse", "Otolaryngology"),
    ],
)
def test_paraphrases_reach_their_department(router, text, department):
    names = [s.name for s in router.route(text)]
    assert department in names
