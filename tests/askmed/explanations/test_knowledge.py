"""The site's knowledge base follows the articles table."""

from __future__ import annotations

import pytest
from tests import factories

from askmed.explanations import knowledge

pytestmark = pytest.mark.django_db


def test_every_published_full_article_becomes_passages(knowledge_base, articles):
    factories.ArticleFactory(title="Only a summary is known", excerpt=True)
    factories.ArticleFactory(title="Withdrawn", is_published=False)
    kb, report = knowledge.refresh(embed=False)
    keys = set(kb.articles)
    assert {f"medquad:{a.source_record_id}" for a in articles} <= keys
    assert len(keys) == len(articles)  # neither the excerpt nor the unpublished one
    assert len(kb.index.vectors) == len(kb)  # the fixture embedded them (hashing model)
    assert not report.changed


def test_an_editor_article_is_cited_on_askmed_itself(knowledge_base, settings):
    own = factories.ArticleFactory(
        title="Our guide", body="Gout is a form of arthritis.", publisher=""
    )
    kb, report = knowledge.refresh(embed=False)
    passage = kb.passages[f"article:{own.pk}/1"]
    assert passage.url == own.get_absolute_url()
    assert passage.publisher == settings.ASKMED_SITE_NAME
    assert report.added == 1


def test_edits_and_deletions_reach_the_knowledge_base(knowledge_base, articles):
    articles[0].body += " Gout attacks often begin at night."
    articles[0].save()
    articles[1].delete()
    kb, report = knowledge.refresh(embed=False)
    assert (report.updated, report.removed) == (1, 1)
    assert any("begin at night" in p.text for p in kb.passages.values())
    assert f"medquad:{articles[1].source_record_id}" not in kb.articles


def test_a_damaged_knowledge_base_is_rebuilt(knowledge_base):
    (knowledge.knowledge_path() / "passages.json").write_text("not json")
    knowledge.forget_loaded()
    assert knowledge.get_knowledge() is None  # unreadable: pages show nothing, never crash
    _, report = knowledge.refresh(embed=False)
    assert report.added == 5
    assert knowledge.get_knowledge() is not None
