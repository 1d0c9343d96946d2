"""HybridIndex: keywords, vectors and analyses kept in step, saved together."""

from __future__ import annotations

import json

import numpy as np
import pytest

from askmed_engine.embeddings import HashingEmbedder
from askmed_engine.hybrid import DocInfo, HybridIndex, describe

DOCS = {
    "1": "What is the dose of azithromycin for a child?",
    "2": "What are the side effects of azithromycin?",
    "3": "How is a left-sided back spasm treated?",
}


@pytest.fixture
def embedder():
    return HashingEmbedder(64)


@pytest.fixture
def index(embedder):
    index = HybridIndex(model=embedder.name, dim=embedder.dim)
    for doc_id, text in DOCS.items():
        index.add(doc_id, text)
    index.set_vectors(list(DOCS), embedder.encode(list(DOCS.values())))
    return index


def test_describe_names_focus_and_intents():
    info = describe(DOCS["1"])
    assert info.intents == {"dosage"}
    assert [m.name for m in info.focus] == ["azithromycin"]
    assert "azithromycin" in info.tokens


def test_docinfo_json_round_trip():
    info = describe(DOCS["3"])
    assert DocInfo.from_json(json.loads(json.dumps(info.to_json()))) == info


def test_added_text_is_searchable_and_has_a_vector(index):
    assert len(index) == 3
    assert [h.doc_id for h in index.keyword.search("spasm")] == ["3"]
    assert index.missing_vectors() == []
    assert len(index.vectors) == 3


def test_re_adding_drops_the_stale_vector_until_re_embedded(index, embedder):
    index.add("2", "Can azithromycin upset my stomach?")
    assert index.missing_vectors() == ["2"]
    assert "2" not in index.vectors
    index.set_vectors(["2"], embedder.encode(["Can azithromycin upset my stomach?"]))
    assert index.missing_vectors() == []


def test_vectors_for_unknown_documents_are_ignored(index, embedder):
    index.set_vectors(["99"], embedder.encode(["nothing"]))
    assert "99" not in index.vectors


def test_remove_takes_every_part(index):
    index.remove(["1", "404"])
    assert "1" not in index
    assert "1" not in index.vectors
    assert index.keyword.search("dose") == []


def test_save_and_load_round_trip(index, tmp_path, embedder):
    index.save(tmp_path / "q")
    loaded = HybridIndex.load(tmp_path / "q")
    assert loaded.info == index.info
    assert loaded.vectors.ids() == index.vectors.ids()
    np.testing.assert_allclose(loaded.vectors.vector("3"), index.vectors.vector("3"))
    manifest = HybridIndex.read_manifest(tmp_path / "q")
    assert manifest["model"] == embedder.name
    assert (manifest["count"], manifest["vectors"], manifest["dim"]) == (3, 3, 64)
    assert manifest["built_at"].endswith("+00:00")


def test_saving_twice_replaces_the_folder(index, tmp_path):
    index.save(tmp_path / "q")
    index.remove(["1"])
    index.save(tmp_path / "q")
    assert len(HybridIndex.load(tmp_path / "q")) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q"]  # no temp folders left


def test_another_model_keeps_keywords_and_drops_vectors(index, tmp_path):
    index.save(tmp_path / "q")
    loaded = HybridIndex.load(tmp_path / "q", model="another-model", dim=64)
    assert len(loaded) == 3
    assert len(loaded.vectors) == 0
    assert sorted(loaded.missing_vectors()) == ["1", "2", "3"]


def test_damaged_or_missing_index_says_to_reindex(index, tmp_path):
    with pytest.raises(ValueError, match="askmed reindex"):
        HybridIndex.load(tmp_path / "nowhere")
    index.save(tmp_path / "q")
    (tmp_path / "q" / "info.json").unlink()
    with pytest.raises(ValueError, match="askmed reindex"):
        HybridIndex.load(tmp_path / "q")
    (tmp_path / "q" / "manifest.json").write_text('{"kind": "other"}')
    with pytest.raises(ValueError, match="another format"):
        HybridIndex.load(tmp_path / "q")
