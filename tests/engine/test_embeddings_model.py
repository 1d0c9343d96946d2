"""The real packaged all-MiniLM-L6-v2 model, offline (marked slow)."""

from __future__ import annotations

import os
import threading

import numpy as np
import pytest

from askmed_engine.embeddings import SentenceTransformerEmbedder, load_embedder

pytestmark = pytest.mark.slow

DOSE = "What is the dose of azithromycin?"
PARAPHRASE = "How much azithromycin should I take?"
UNRELATED = "How do I fix a flat bicycle tyre?"


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEmbedder:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    embedder = load_embedder("minilm")
    assert isinstance(embedder, SentenceTransformerEmbedder)
    return embedder


def test_packaged_model_is_named_and_384_dimensional(minilm):
    assert minilm.name == "all-MiniLM-L6-v2"
    vectors = minilm.encode([DOSE, ""])
    assert minilm.is_loaded
    assert vectors.shape == (2, 384)
    assert minilm.dim == 384
    assert vectors.dtype == np.float32


def test_embeddings_have_unit_norm_and_no_nan(minilm):
    vectors = minilm.encode([DOSE, PARAPHRASE, UNRELATED, ""], batch_size=2)
    assert not np.isnan(vectors).any()
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)


def test_a_paraphrase_is_closer_than_an_unrelated_question(minilm):
    dose, paraphrase, unrelated = minilm.encode([DOSE, PARAPHRASE, UNRELATED])
    assert dose @ paraphrase > 0.7
    assert dose @ paraphrase > dose @ unrelated + 0.4


def test_encoding_is_deterministic_and_batch_independent(minilm):
    together = minilm.encode([DOSE, UNRELATED], batch_size=64)
    alone = minilm.encode([DOSE], batch_size=1)
    np.testing.assert_allclose(together[0], alone[0], atol=1e-5)
    assert minilm.encode([]).shape == (0, 384)


def test_concurrent_first_use_loads_one_model():
    embedder = SentenceTransformerEmbedder()
    models = []
    threads = [threading.Thread(target=lambda: models.append(embedder.load())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(models) == 4
    assert all(model is models[0] for model in models)
    assert embedder.model_path.is_dir()
