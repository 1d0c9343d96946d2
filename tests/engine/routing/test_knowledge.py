"""Routing knowledge: department shares learnt from MedQuAD institutes and definitions."""

from __future__ import annotations

import json

import pytest

from askmed_engine.embeddings import HashingEmbedder
from askmed_engine.focus import Concept
from askmed_engine.routing.knowledge import RoutingKnowledge

from .conftest import FIXTURE


def shares(knowledge, vocabulary, name):
    return knowledge.departments(vocabulary.lookup(name))


def test_the_definition_names_the_organ(knowledge, vocabulary):
    # MedlinePlus covers every area, so "Uveitis" alone says nothing; "... the middle
    # layer of the eye. It can blur your vision." is all eye words.
    assert shares(knowledge, vocabulary, "uveitis") == {"Ophthalmology": 1.0}


def test_single_area_institutes_vote_for_their_department(knowledge, vocabulary):
    assert shares(knowledge, vocabulary, "trigeminal neuralgia") == {"Neurology": 1.0}
    assert shares(knowledge, vocabulary, "metformin") == {"Pharmacy": 1.0}


def test_a_genetic_syndrome_votes_genetics_and_its_definition_the_organs(knowledge, vocabulary):
    # GHR: Medical Genetics 1 (a syndrome); definition: heart 1, eye 1 -> 0.5 + 0.5.
    assert shares(knowledge, vocabulary, "marfan syndrome") == {
        "Medical Genetics": 0.5,
        "Cardiology": 0.25,
        "Ophthalmology": 0.25,
    }


def test_focus_rules_and_definition_add_up(knowledge, vocabulary):
    fibro = shares(knowledge, vocabulary, "fibromyalgia")
    assert max(fibro, key=fibro.get) == "Rheumatology"
    assert sum(fibro.values()) == pytest.approx(1.0, abs=1e-3)


def test_unknown_concepts_fall_back_to_name_rules(knowledge):
    lay = Concept(id="lay:x", name="kidney stones")
    assert knowledge.departments(lay) == {"Urology": 1.0}


def test_known_words_and_neighbours(knowledge):
    assert {"uvea", "layer", "neuralgia"} <= knowledge.known_words
    [(_concept_id, focus, score), *_] = knowledge.neighbours("pain in the uvea of my eye")
    assert focus == "Uveitis"
    assert score > 0


def test_save_and_load_round_trip(knowledge, tmp_path):
    path = tmp_path / "routing.json"
    knowledge.save(path)
    loaded = RoutingKnowledge.load(path)
    assert loaded.shares == knowledge.shares
    assert loaded.known_words == knowledge.known_words
    assert loaded.pages == knowledge.pages
    assert loaded.neighbours("uvea eye") == knowledge.neighbours("uvea eye")
    manifest = json.loads(path.read_text())["manifest"]
    assert manifest["kind"] == "routing-knowledge"
    assert manifest["concepts"] == len(knowledge)


@pytest.mark.parametrize(
    "content", ["not json", "[]", '{"manifest": {"kind": "bm25", "format": 1}}']
)
def test_load_rejects_other_files(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ValueError, match="askmed tune"):
        RoutingKnowledge.load(path)


def test_build_needs_a_folder(vocabulary, tmp_path):
    with pytest.raises(FileNotFoundError):
        RoutingKnowledge.build(vocabulary, tmp_path / "missing")


def test_build_reports_progress_and_skips_broken_files(vocabulary):
    seen = []
    RoutingKnowledge.build(vocabulary, FIXTURE, progress=seen.append)
    assert sum(seen) == 6  # five good files and one truncated one


def test_page_vectors_by_an_embedder(vocabulary, tmp_path):
    embedder = HashingEmbedder(dim=64)
    knowledge = RoutingKnowledge.build(vocabulary, FIXTURE, embedder=embedder)
    assert knowledge.vectors.shape == (len(knowledge.pages), 64)
    assert knowledge.vector_model == "hashing-64"
    [(_, focus, cosine), *_] = knowledge.vector_neighbours(embedder.encode(["uvea eye"])[0])
    assert focus == "Uveitis"
    assert 0 < cosine <= 1
    path = tmp_path / "routing.json"
    knowledge.save(path)
    loaded = RoutingKnowledge.load(path)
    assert loaded.vector_model == "hashing-64"
    assert (loaded.vectors == knowledge.vectors).all()


def test_no_vectors_no_vector_neighbours(knowledge):
    assert knowledge.vectors is None
    assert knowledge.vector_model == ""
    assert knowledge.vector_neighbours([1.0] * 64) == []
