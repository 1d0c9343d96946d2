"""The example questions per department and the bank the router compares with."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from askmed_engine.departments import DEPARTMENT_NAMES
from askmed_engine.embeddings import HashingEmbedder
from askmed_engine.routing import examples
from askmed_engine.routing.examples import Example, ExampleBank, load_examples
from askmed_engine.routing.knowledge import RoutingKnowledge

from .conftest import FIXTURE


def test_every_department_has_examples_and_no_text_repeats():
    bank = load_examples()
    counts = Counter(e.department for e in bank)
    assert set(counts) == set(DEPARTMENT_NAMES)
    assert min(counts.values()) >= 40
    texts = [" ".join(e.text.lower().split()) for e in bank]
    assert len(set(texts)) == len(texts)


def test_the_digest_fingerprints_the_file():
    assert len(examples.digest()) == 16
    assert examples.digest() == examples.digest()


@pytest.mark.parametrize(
    ("text", "department"),
    [
        ("which company manufactures this drug, is there a generic version", "Pharmacy"),
        ("my 2 year old has a fever and pulls at his ear", "Pediatrics"),
        ("is this condition inherited, should my children get genetic testing", "Medical Genetics"),
    ],
)
def test_nearest_examples_by_keywords(text, department):
    near = ExampleBank().neighbours(text, k=5)
    assert Counter(e.department for e, _ in near).most_common(1)[0][0] == department


def test_a_bank_of_given_examples_and_vectors():
    embedder = HashingEmbedder(dim=32)
    given = (
        Example("chest pain when I climb stairs", "Cardiology"),
        Example("itchy rash", "Dermatology"),
    )
    bank = ExampleBank(embedder.encode([e.text for e in given]), examples=given)
    [(nearest, cosine), *_] = bank.vector_neighbours(embedder.encode(["itchy rash on arms"])[0])
    assert nearest.department == "Dermatology"
    assert 0 < cosine <= 1
    assert ExampleBank(examples=()).neighbours("anything") == []
    with pytest.raises(ValueError, match="1 example vectors for 2 examples"):
        ExampleBank(np.zeros((1, 32), dtype=np.float32), examples=given)


def test_knowledge_keeps_example_vectors_of_the_same_file(vocabulary, tmp_path, monkeypatch):
    knowledge = RoutingKnowledge.build(vocabulary, FIXTURE, embedder=HashingEmbedder(dim=16))
    assert knowledge.example_vectors.shape == (len(load_examples()), 16)
    path = tmp_path / "routing.json"
    knowledge.save(path)
    assert RoutingKnowledge.load(path).example_vectors.shape == (len(load_examples()), 16)
    monkeypatch.setattr(examples, "digest", lambda: "another-file")
    assert RoutingKnowledge.load(path).example_vectors is None  # stale: the file changed
