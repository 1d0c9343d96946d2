"""More Info with the real sentence model: the topic gate is calibrated for MiniLM (slow)."""

from __future__ import annotations

import os

import pytest
from tests.knowledge_corpus import article, corpus

from askmed_engine.embeddings import load_embedder
from askmed_engine.explain import MIN_COSINE, Explainer
from askmed_engine.explain_types import ExplainRequest
from askmed_engine.knowledge import KnowledgeBase

pytestmark = pytest.mark.slow

SMOKING = (
    "Smoking harms nearly every organ of the body. Cigarette smoking causes most cases of "
    "lung cancer. Quitting smoking lowers the risk of heart disease and stroke."
)


@pytest.fixture(scope="module", params=["stored vectors", "encoded on the fly"])
def explainer(request) -> Explainer:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    minilm = load_embedder("minilm")
    kb = KnowledgeBase(model=minilm.name, dim=minilm.dim)
    kb.sync([*corpus(), article("T_QA/0003#1", "Smoking", "information", SMOKING)])
    if request.param == "stored vectors":
        kb.embed_missing(minilm)
    return Explainer(kb, embedder=minilm)


def test_the_gate_is_calibrated_for_this_model(explainer):
    assert explainer.min_cosine == MIN_COSINE["all-MiniLM-L6-v2"] > 0


@pytest.mark.parametrize(
    "text",
    [
        "How long should I rest a brisket after smoking it? I pulled it at 203F.",
        "Side effects of paying off a car loan early on my credit score?",
        "My Python script has a memory leak when it reads a big CSV file.",
    ],
)
def test_a_shared_word_is_not_a_shared_topic(explainer, text):
    assert explainer.explain(ExplainRequest(text)).abstained


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Does smoking really cause lung cancer? I smoke a pack a day.", "Smoking"),
        ("What causes gout? My big toe is swollen and red.", "Gout"),
        ("my head throbs on one side and light makes it worse, is it migraine?", "Migraine"),
    ],
)
def test_a_real_question_is_explained_from_its_topic(explainer, text, focus):
    explanation = explainer.explain(ExplainRequest(text))
    assert not explanation.abstained
    assert {s.focus for s in explanation.sources} == {focus}
