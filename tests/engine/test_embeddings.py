"""The hashing embedder and the embedder factory (no model is ever loaded here)."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from askmed_engine.embeddings import (
    HashingEmbedder,
    SentenceTransformerEmbedder,
    hashed_features,
    load_embedder,
    normalize_rows,
)

TEXTS = [
    "Sharp chest pain when I run up the stairs",
    "Chest pain when running up stairs, is it my heart?",
    "How long should I bake sourdough bread?",
    "",
]


@pytest.fixture(scope="module")
def embedder() -> HashingEmbedder:
    return HashingEmbedder()


def test_hashing_embedder_is_deterministic_across_processes(embedder):
    script = (
        "from askmed_engine.embeddings import HashingEmbedder;"
        "print(HashingEmbedder().encode(['chest pain on exertion']).tobytes().hex())"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert runs == {embedder.encode(["chest pain on exertion"]).tobytes().hex()}


def test_hashing_embedder_returns_float32_unit_rows(embedder):
    vectors = embedder.encode(TEXTS)
    assert vectors.dtype == np.float32
    assert vectors.shape == (4, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, rtol=1e-6)


def test_empty_text_gives_a_zero_row_not_nan(embedder):
    vectors = embedder.encode(["", "the and of"])  # no terms at all
    assert not np.isnan(vectors).any()
    assert not vectors.any()


def test_similar_texts_are_closer_than_unrelated_ones(embedder):
    a, b, c, _ = embedder.encode(TEXTS)
    assert a @ b > 0.3
    assert a @ b > a @ c + 0.3


def test_bigrams_are_features_and_order_matters(embedder):
    assert hashed_features("chest pain at night") == [
        "chest",
        "pain",
        "night",
        "chest pain",
        "pain night",
    ]
    one, two = embedder.encode(["pain chest", "chest pain"])
    assert 0 < one @ two < 0.99


def test_dim_and_name_follow_the_size():
    small = HashingEmbedder(32)
    assert (small.dim, small.name) == (32, "hashing-32")
    assert small.encode(["fever"]).shape == (1, 32)
    assert small.encode([]).shape == (0, 32)


def test_bad_arguments_are_refused(embedder):
    with pytest.raises(ValueError, match="dim"):
        HashingEmbedder(0)
    with pytest.raises(TypeError, match="sequence"):
        embedder.encode("one string")


def test_normalize_rows_keeps_zero_rows():
    out = normalize_rows([[3.0, 4.0], [0.0, 0.0]])
    np.testing.assert_allclose(out, [[0.6, 0.8], [0.0, 0.0]])
    assert out.dtype == np.float32


@pytest.mark.parametrize(
    ("spec", "dim"), [("hashing", 384), ("hashing-64", 64), (" hashing-8 ", 8)]
)
def test_load_embedder_builds_hashing_embedders(spec, dim):
    embedder = load_embedder(spec)
    assert isinstance(embedder, HashingEmbedder)
    assert embedder.dim == dim


@pytest.mark.parametrize("spec", ["hashing-x", "hashing-0", "hashing-"])
def test_load_embedder_refuses_a_bad_hashing_size(spec):
    with pytest.raises(ValueError, match="hashing-<dim>"):
        load_embedder(spec)


def test_load_embedder_refuses_a_missing_model_directory(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        load_embedder(str(tmp_path / "no-such-model"))


def test_minilm_spec_is_lazy_and_named():
    embedder = load_embedder("minilm")
    assert isinstance(embedder, SentenceTransformerEmbedder)
    assert embedder.name == "all-MiniLM-L6-v2"
    assert embedder.dim == 384
    assert not embedder.is_loaded


def test_a_model_directory_is_named_after_itself(tmp_path):
    folder = tmp_path / "my-model"
    folder.mkdir()
    embedder = load_embedder(str(folder))
    assert isinstance(embedder, SentenceTransformerEmbedder)
    assert embedder.name == "my-model"
    assert SentenceTransformerEmbedder(folder, name="custom").name == "custom"


def test_importing_the_module_does_not_import_torch():
    script = (
        "import sys, askmed_engine.embeddings as e;"
        "e.load_embedder('minilm');"
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_a_missing_ml_extra_gives_an_actionable_import_error(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "sentence_transformers" else real(name, *a),
    )
    with pytest.raises(ImportError, match=r'pip install -e "\.\[ml\]"'):
        SentenceTransformerEmbedder()


def test_a_missing_model_directory_fails_on_load(tmp_path):
    embedder = SentenceTransformerEmbedder(tmp_path / "gone")
    with pytest.raises(FileNotFoundError, match="does not exist"):
        embedder.load()
    assert not embedder.is_loaded
