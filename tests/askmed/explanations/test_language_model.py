"""More Info through a configured language model (ASKMED_LLM_URL), held to the sources."""

from __future__ import annotations

import pytest
from tests import factories

from askmed.explanations.services import compute

pytestmark = [pytest.mark.django_db, pytest.mark.enable_socket]


@pytest.fixture
def question(knowledge_base):
    return factories.QuestionFactory(title="Gout", body="What causes gout? My toe is swollen.")


@pytest.fixture
def configured(settings, llm):
    settings.ASKMED_LLM_URL = llm.url
    settings.ASKMED_LLM_MODEL = "synthetic-model"
    return llm


def test_the_page_uses_the_model_when_its_sentences_are_supported(question, configured):
    configured.answer(
        "## Possible causes\n"
        "Too much uric acid in the blood causes gout [1].\n"
        "Being overweight increases the risk of developing gout [1].\n"
        "Gout is caused by stress at work [1].\n"
    )
    row = compute(question)
    sentences = [c["text"] for s in row.payload["sections"] for c in s["sentences"]]
    assert row.backend == "llm:synthetic-model"
    assert "Gout is caused by stress at work." not in sentences
    assert [r["text"] for r in row.payload["rejected"]] == ["Gout is caused by stress at work."]
    prompt = configured.requests[0]["json"]["messages"][-1]["content"]
    assert "[1]" in prompt
    assert "uric acid" in prompt


def test_a_made_up_citation_makes_the_page_fall_back_to_the_sources_own_sentences(
    question, configured
):
    configured.answer("## Possible causes\nGout is caused by too much uric acid [12].\n")
    row = compute(question)
    assert row.backend == "extractive"
    assert not row.abstained
    assert (
        "[12]" in row.payload["rejected"][0]["reason"]
        or "12" in row.payload["rejected"][0]["reason"]
    )


def test_an_unreachable_model_never_breaks_the_page(question, settings):
    settings.ASKMED_LLM_URL = "http://127.0.0.1:9/v1"  # nothing listens there
    settings.ASKMED_LLM_MODEL = "synthetic-model"
    settings.ASKMED_LLM_TIMEOUT = 2.0
    row = compute(question)
    assert row.backend == "extractive"
    assert not row.abstained
    assert "ASKMED_LLM" in row.payload["rejected"][0]["reason"]
