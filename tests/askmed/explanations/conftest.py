"""Fixtures for More Info: a small knowledge base from synthetic articles."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from tests import factories
from tests.knowledge_corpus import corpus

from askmed.explanations import knowledge


@pytest.fixture(autouse=True)
def _fresh_knowledge():
    cache.clear()
    knowledge.forget_loaded()
    yield
    knowledge.forget_loaded()


@pytest.fixture
def articles(db):
    """The synthetic corpus as imported MedQuAD articles (same keys as the engine tests)."""
    rows = []
    for item in corpus():
        rows.append(
            factories.ArticleFactory(
                source="medquad",
                source_record_id=item.source_id,
                title=item.title,
                body=item.body,
                publisher=item.publisher,
                url=item.url,
                license=item.license,
                focus=item.focus,
                qtype=item.qtype,
            )
        )
    return rows


@pytest.fixture
def knowledge_base(articles):
    kb, _ = knowledge.refresh(embed=True)
    return kb
