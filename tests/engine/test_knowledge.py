"""The knowledge base: passages with their citation fields, incremental sync, saving."""

from __future__ import annotations

import dataclasses
import json

import pytest
from tests.knowledge_corpus import GOUT_CAUSES, article, corpus

from askmed_engine.embeddings import HashingEmbedder
from askmed_engine.knowledge import (
    KnowledgeArticle,
    KnowledgeBase,
    cut_passages,
    focus_key,
    passages_of,
)
from askmed_engine.records import ArticleRecord, Provenance


def test_passages_are_whole_sentences_within_the_word_limit():
    body = " ".join(f"Sentence number {i} says one plain thing about gout." for i in range(30))
    passages = cut_passages(body, max_words=30)
    assert len(passages) > 5
    for passage in passages:
        assert len(passage.split()) <= 30
        assert passage.endswith("gout.")
    assert " ".join(passages) == body  # nothing lost, nothing added


def test_a_bulleted_list_is_never_merged_into_the_prose_before_it():
    body = "Key facts about gout follow here.\n- Pain in the big toe\n- Swelling\n\nMore prose."
    passages = cut_passages(body, max_words=8)
    assert passages[0] == "Key facts about gout follow here."
    assert "- Pain in the big toe" in passages[1]


def test_passages_carry_every_citation_field_and_stable_ids():
    source = article("T_QA/0001#2", "Gout", "causes", GOUT_CAUSES, date="2020-05-01")
    passages = passages_of(source)
    assert [p.id for p in passages] == [
        f"medquad:T_QA/0001#2/{n}" for n in range(1, len(passages) + 1)
    ]
    first = passages[0]
    assert (first.title, first.publisher, first.license, first.focus, first.qtype, first.date) == (
        source.title,
        "Synthetic Institute of Health",
        "CC BY 4.0",
        "Gout",
        "causes",
        "2020-05-01",
    )
    assert first.source_id == "T_QA/0001#2"
    assert first.url.startswith("https://")
    assert first.intent == "causes"


def test_an_imported_record_keeps_its_source_key():
    record = ArticleRecord(
        Provenance(
            "medquad", "7_SeniorHealth_QA/0000028#10", "https://nih.example/gout", "CC BY 4.0"
        ),
        title="What causes Gout?",
        body="Gout is caused by uric acid.",
        publisher="NIHSeniorHealth",
        focus="Gout",
        qtype="causes",
    )
    article_ = KnowledgeArticle.from_record(record)
    assert article_.key == "medquad:7_SeniorHealth_QA/0000028#10"
    assert article_.source_id == "7_SeniorHealth_QA/0000028#10"
    assert article_.url == "https://nih.example/gout"
    assert article_.license == "CC BY 4.0"


def test_sync_is_incremental():
    kb = KnowledgeBase(model="hashing", dim=64)
    first = kb.sync(corpus())
    assert (first.added, first.updated, first.removed) == (5, 0, 0)
    again = kb.sync(corpus())
    assert not again.changed
    assert again.unchanged == 5

    edited = corpus()
    edited[1] = dataclasses.replace(
        edited[1], body=GOUT_CAUSES + " Some medicines raise uric acid."
    )
    del edited[4]
    report = kb.sync(edited)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 1, 3)
    assert report.passages == kb.articles["medquad:T_QA/0001#2"][1]
    assert "Some medicines raise uric acid." in kb.passages[report.passages[-1]].text
    assert not any(p.startswith("medquad:T_QA/0002#2") for p in kb.passages)
    assert len(kb.index) == len(kb.passages)


def test_passages_are_found_by_focus_and_by_search():
    kb = KnowledgeBase(model="hashing", dim=64)
    kb.sync(corpus())
    gout = kb.with_focus([focus_key("gout")])
    assert {p.split("/")[1] for p in gout} == {"0001#1", "0001#2", "0001#3"}
    hits = kb.search("how do pain relievers stop a migraine attack")
    assert hits[0].passage.focus == "Migraine"


def test_save_and_load_round_trip_with_vectors(tmp_path):
    embedder = HashingEmbedder(dim=64)
    kb = KnowledgeBase(model=embedder.name, dim=64)
    kb.sync(corpus())
    checkpoints = []
    assert (
        kb.embed_missing(
            embedder, batch=2, checkpoint=lambda: checkpoints.append(1), checkpoint_every=2
        )
        == 5
    )
    assert checkpoints  # long runs save as they go
    kb.save(tmp_path / "kb")
    loaded = KnowledgeBase.load(tmp_path / "kb")
    assert loaded.passages == kb.passages
    assert loaded.articles == kb.articles
    assert len(loaded.index.vectors) == 5
    assert not loaded.sync(corpus()).changed
    other = KnowledgeBase.load(tmp_path / "kb", model="another-model", dim=64)
    assert len(other.index.vectors) == 0
    assert len(other) == 5


def test_an_unreadable_folder_says_what_to_run(tmp_path):
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "manifest.json").write_text(json.dumps({"kind": "something else"}))
    with pytest.raises(ValueError, match="askmed reindex knowledge"):
        KnowledgeBase.load(tmp_path / "kb")
