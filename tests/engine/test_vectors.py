"""Vector indexes checked against brute force on seeded random unit vectors."""

from __future__ import annotations

import json
from datetime import datetime

import numpy as np
import pytest

from askmed_engine.records import Hit
from askmed_engine.vectors import (
    AutoIndex,
    ExactIndex,
    HnswIndex,
    IndexFileError,
    load_index,
    needs_rebuild,
    read_manifest,
)

DIM = 16


def unit(rng: np.random.Generator, n: int, dim: int = DIM) -> np.ndarray:
    x = rng.standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def brute_force(ids: list[str], vectors: np.ndarray, q: np.ndarray, k: int) -> list[str]:
    """Reference ranking: full sort by (-cosine, id)."""
    scores = vectors @ (q / np.linalg.norm(q))
    return [ids[i] for i in sorted(range(len(ids)), key=lambda i: (-scores[i], ids[i]))[:k]]


def doc_ids(hits: list[Hit]) -> list[str]:
    return [hit.doc_id for hit in hits]


def assert_same_hits(found: list[Hit], expected: list[Hit]) -> None:
    """Same ids in the same order, scores equal up to float32 rounding."""
    assert doc_ids(found) == doc_ids(expected)
    np.testing.assert_allclose([h.score for h in found], [h.score for h in expected], atol=1e-6)


def recall(found: list[list[Hit]], truth: list[list[Hit]]) -> float:
    pairs = zip(found, truth, strict=True)
    return float(np.mean([len(set(doc_ids(f)) & set(doc_ids(t))) / len(t) for f, t in pairs]))


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(0)


@pytest.fixture
def data(rng) -> tuple[list[str], np.ndarray]:
    vectors = unit(rng, 500)
    return [f"doc-{i:03d}" for i in range(500)], vectors


@pytest.fixture
def exact(data) -> ExactIndex:
    index = ExactIndex(DIM)
    index.add(*data)
    return index


# -- ExactIndex ----------------------------------------------------------------------------


def test_exact_search_equals_brute_force(exact, data, rng):
    ids, vectors = data
    for q in unit(rng, 20):
        hits = exact.search(q, k=10)
        assert doc_ids(hits) == brute_force(ids, vectors, q, 10)
        np.testing.assert_allclose(
            [h.score for h in hits], np.sort(vectors @ q)[::-1][:10], rtol=1e-5
        )


def test_search_many_equals_search(exact, rng):
    queries = unit(rng, 7)
    many = exact.search_many(queries, k=5)
    assert len(many) == 7
    for q, hits in zip(queries, many, strict=True):
        assert_same_hits(hits, exact.search(q, k=5))


def test_search_normalises_the_query(exact, data):
    _, vectors = data
    assert exact.search(vectors[3] * 7.5, k=1) == [Hit("doc-003", pytest.approx(1.0, abs=1e-5))]


def test_ties_are_broken_by_id_even_across_the_top_k_boundary():
    index = ExactIndex(2)
    index.add(["d", "b", "a", "c", "e"], [[1, 0], [0, 1], [0, 1], [0, 1], [0, 1]])
    assert doc_ids(index.search([0, 1], k=2)) == ["a", "b"]
    assert doc_ids(index.search([1, 0], k=3)) == ["d", "a", "b"]


def test_add_replace_remove_match_a_fresh_index(data, rng):
    ids, vectors = data
    index = ExactIndex(DIM)
    index.add(ids[:300], vectors[:300])
    index.add(ids[300:], vectors[300:])
    replacement = unit(rng, 50)
    index.add(ids[100:150], replacement)
    index.remove([*ids[:40], "not-there", *ids[450:]])
    final = dict(zip(ids, vectors, strict=True))
    final.update(zip(ids[100:150], replacement, strict=True))
    for doc_id in [*ids[:40], *ids[450:]]:
        del final[doc_id]
    fresh = ExactIndex(DIM)
    fresh.add(list(final), np.array(list(final.values())))
    assert len(index) == len(fresh) == 410
    assert sorted(index.ids()) == sorted(final)
    for q in unit(rng, 20):
        assert index.search(q, k=10) == fresh.search(q, k=10)
    np.testing.assert_allclose(index.vector(ids[120]), replacement[20], rtol=1e-6)
    assert index.vector(ids[0]) is None
    assert ids[0] not in index
    assert ids[200] in index


def test_a_repeated_id_in_one_add_keeps_the_last_vector():
    index = ExactIndex(2)
    index.add(["a", "a"], [[1, 0], [0, 1]])
    assert len(index) == 1
    np.testing.assert_allclose(index.vector("a"), [0, 1])


def test_capacity_grows_and_rows_stay_dense(rng):
    index = ExactIndex(DIM)
    vectors = unit(rng, 1000)
    for i in range(0, 1000, 7):
        index.add([f"d{j}" for j in range(i, min(i + 7, 1000))], vectors[i : i + 7])
    index.remove([f"d{j}" for j in range(0, 1000, 2)])
    assert index.matrix.shape == (500, DIM)
    assert index.search(vectors[999], k=1)[0].doc_id == "d999"
    assert set(index.ids()) == {f"d{j}" for j in range(1, 1000, 2)}


def test_exclude_skips_ids_and_still_returns_k(exact, data):
    ids, vectors = data
    q = vectors[0]
    full = brute_force(ids, vectors, q, 13)
    hits = exact.search(q, k=10, exclude={full[0], full[4], full[7], "unknown"})
    assert doc_ids(hits) == [d for d in full if d not in {full[0], full[4], full[7]}][:10]


def test_k_larger_than_n_returns_everything_ranked(rng):
    index = ExactIndex(DIM)
    vectors = unit(rng, 5)
    index.add(list("abcde"), vectors)
    hits = index.search(vectors[2], k=50)
    assert doc_ids(hits) == brute_force(list("abcde"), vectors, vectors[2], 5)
    assert index.search(vectors[2], k=0) == []


def test_empty_index_finds_nothing(rng):
    index = ExactIndex(DIM)
    assert index.search(unit(rng, 1)[0]) == []
    assert index.search_many(unit(rng, 3)) == [[], [], []]
    assert len(index) == 0
    assert index.ids() == []
    index.remove(["nothing"])


def test_wrong_shapes_and_values_are_refused(exact):
    with pytest.raises(ValueError, match="shape"):
        exact.add(["a"], np.ones((1, DIM + 1)))
    with pytest.raises(ValueError, match="2 ids for 1 vectors"):
        exact.add(["a", "b"], np.ones((1, DIM)))
    with pytest.raises(ValueError, match="NaN"):
        exact.add(["a"], np.full((1, DIM), np.nan))
    with pytest.raises(ValueError, match="query"):
        exact.search(np.ones(DIM + 1))
    with pytest.raises(TypeError, match="not one str"):
        exact.remove("doc-001")


# -- saving --------------------------------------------------------------------------------


def test_save_load_round_trip_keeps_results_and_manifest(exact, rng, tmp_path):
    path = tmp_path / "vectors.npz"
    exact.save(path, {"model": "hashing-16", "kind": "not-mine"})
    manifest = ExactIndex.read_manifest(path)
    assert manifest["kind"] == "exact"
    assert (manifest["format"], manifest["dim"], manifest["count"]) == (1, DIM, 500)
    assert manifest["model"] == "hashing-16"
    assert datetime.fromisoformat(manifest["built_at"]).utcoffset().total_seconds() == 0
    loaded = ExactIndex.load(path)
    assert loaded.ids() == exact.ids()
    for q in unit(rng, 10):
        assert loaded.search(q) == exact.search(q)
    loaded.add(["new"], unit(rng, 1))
    assert len(loaded) == 501
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_load_index_dispatches_on_kind(exact, tmp_path):
    exact.save(tmp_path / "a.npz")
    assert isinstance(load_index(tmp_path / "a.npz"), ExactIndex)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip file at all", b"PK\x03\x04 truncated zip", b"\x93NUMPY\x01\x00garbage"],
)
def test_corrupt_files_raise_value_error_telling_to_reindex(tmp_path, content):
    path = tmp_path / "vectors.npz"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="askmed reindex"):
        ExactIndex.load(path)


def test_truncated_saved_index_raises_value_error(exact, tmp_path):
    path = tmp_path / "vectors.npz"
    exact.save(path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ValueError, match="askmed reindex"):
        ExactIndex.load(path)


def test_missing_file_raises_value_error(tmp_path):
    with pytest.raises(ValueError, match="askmed reindex"):
        ExactIndex.load(tmp_path / "absent.npz")
    with pytest.raises(ValueError, match="askmed reindex"):
        read_manifest(tmp_path)


def test_wrong_dim_raises_value_error(exact, tmp_path):
    path = tmp_path / "vectors.npz"
    exact.save(path)
    with pytest.raises(IndexFileError, match=r"16-d vectors, not 32-d.*askmed reindex"):
        ExactIndex.load(path, dim=32)


def test_manifest_disagreeing_with_the_vectors_raises_value_error(exact, tmp_path):
    path = tmp_path / "vectors.npz"
    exact.save(path)
    rewrite_manifest(path, dim=8)
    with pytest.raises(ValueError, match=r"inconsistent.*askmed reindex"):
        ExactIndex.load(path)


def rewrite_manifest(path, **changes) -> None:
    with open(path, "rb") as fh, np.load(fh) as data:
        arrays = dict(data)
    manifest = {**json.loads(arrays["manifest"].tobytes()), **changes}
    arrays["manifest"] = np.frombuffer(json.dumps(manifest).encode(), np.uint8)
    np.savez(path, **arrays)


def test_other_kinds_and_formats_are_refused(exact, tmp_path):
    path = tmp_path / "vectors.npz"
    exact.save(path)
    with pytest.raises(ValueError, match=r"'exact' index.*askmed reindex"):
        HnswIndex.load(path)
    rewrite_manifest(path, format=2)
    with pytest.raises(ValueError, match=r"format 2.*askmed reindex"):
        ExactIndex.load(path)
    rewrite_manifest(path, kind="faiss", format=1)
    with pytest.raises(ValueError, match="unknown index kind 'faiss'"):
        load_index(path)
    np.savez(path, vectors=np.zeros((1, DIM), np.float32))  # no manifest at all
    with pytest.raises(ValueError, match="askmed reindex"):
        ExactIndex.load(path)


@pytest.mark.parametrize(
    ("manifest", "model", "dim", "expected"),
    [
        ({"model": "all-MiniLM-L6-v2", "dim": 384}, "all-MiniLM-L6-v2", 384, False),
        ({"model": "hashing-384", "dim": 384}, "all-MiniLM-L6-v2", 384, True),
        ({"model": "all-MiniLM-L6-v2", "dim": 384}, "all-MiniLM-L6-v2", 768, True),
        ({"dim": 384}, "all-MiniLM-L6-v2", 384, True),
    ],
)
def test_needs_rebuild(manifest, model, dim, expected):
    assert needs_rebuild(manifest, model=model, dim=dim) is expected


# -- HnswIndex -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big() -> tuple[list[str], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    return [f"v{i}" for i in range(20_000)], unit(rng, 20_000, 64), unit(rng, 200, 64)


def test_hnsw_recall_at_10_against_exact_is_at_least_095(big):
    # Uniform random 64-d data is the hard case for a graph: ef=64 gives ~0.75 here,
    # so this test searches with ef=256 (MiniLM vectors are far easier, see bench/speed.py).
    ids, vectors, queries = big
    exact, hnsw = ExactIndex(64), HnswIndex(64, expansion_search=256)
    exact.add(ids, vectors)
    hnsw.add(ids, vectors)
    assert recall(hnsw.search_many(queries), exact.search_many(queries)) >= 0.95
    assert recall([hnsw.search(q) for q in queries[:50]], exact.search_many(queries[:50])) >= 0.95


def test_hnsw_removal_and_replacement(data, rng):
    ids, vectors = data
    index = HnswIndex(DIM)
    index.add(ids, vectors)
    index.remove([ids[0], "unknown"])
    assert ids[0] not in index
    assert index.vector(ids[0]) is None
    assert ids[0] not in doc_ids(index.search(vectors[0], k=20))
    new = unit(rng, 1)
    index.add([ids[1]], new)
    assert len(index) == 499
    assert index.search(new[0], k=1) == [Hit(ids[1], pytest.approx(1.0, abs=1e-5))]
    np.testing.assert_allclose(index.vector(ids[1]), new[0], rtol=1e-6)
    index.add([ids[0]], vectors[:1])
    assert index.search(vectors[0], k=1)[0].doc_id == ids[0]
    assert len(index) == 500


def test_hnsw_exclude_k_and_empty(data):
    ids, vectors = data
    index = HnswIndex(DIM)
    assert index.search(vectors[0]) == []
    index.add(ids[:5], vectors[:5])
    assert len(index.search(vectors[0], k=50)) == 5
    assert doc_ids(index.search(vectors[0], k=4, exclude={ids[0]})) == sorted(
        ids[1:5], key=lambda d: -float(vectors[ids.index(d)] @ vectors[0])
    )


def test_hnsw_save_load_round_trip(data, rng, tmp_path):
    ids, vectors = data
    index = HnswIndex(DIM, connectivity=8)
    index.add(ids, vectors)
    index.remove(ids[:10])
    path = tmp_path / "hnsw.npz"
    index.save(path, {"model": "m"})
    loaded = HnswIndex.load(path)
    assert loaded.params == index.params
    assert sorted(loaded.ids()) == sorted(ids[10:])
    for q in unit(rng, 10):
        assert loaded.search(q) == index.search(q)
    loaded.add(["fresh"], vectors[:1])
    assert loaded.search(vectors[0], k=1)[0].doc_id == "fresh"
    assert isinstance(load_index(path), HnswIndex)


def test_damaged_hnsw_graph_raises_value_error(data, tmp_path):
    ids, vectors = data
    index = HnswIndex(DIM)
    index.add(ids, vectors)
    path = tmp_path / "hnsw.npz"
    index.save(path)
    with open(path, "rb") as fh, np.load(fh) as saved:
        arrays = dict(saved)
    arrays["graph"] = arrays["graph"][:64]
    np.savez(path, **arrays)
    with pytest.raises(ValueError, match="askmed reindex"):
        HnswIndex.load(path)


# -- AutoIndex -----------------------------------------------------------------------------


def test_auto_index_switches_to_hnsw_past_the_threshold_and_stays_accurate(rng):
    vectors = unit(rng, 2000, 32)
    ids = [f"d{i}" for i in range(2000)]
    index, exact = AutoIndex(32, threshold=500), ExactIndex(32)
    index.add(ids[:500], vectors[:500])
    assert index.kind == "exact"
    index.add(ids[500:], vectors[500:])
    exact.add(ids, vectors)
    assert index.kind == "hnsw"
    queries = unit(rng, 100, 32)
    assert recall([index.search(q) for q in queries], exact.search_many(queries)) >= 0.95
    assert recall(index.search_many(queries), exact.search_many(queries)) >= 0.95
    top = index.search(queries[0], k=10)
    assert [h.score for h in top] == sorted((h.score for h in top), reverse=True)


def test_auto_index_rescores_exactly_and_honours_exclude(rng):
    vectors = unit(rng, 1000, 32)
    ids = [f"d{i}" for i in range(1000)]
    index = AutoIndex(32, threshold=100)
    index.add(ids, vectors)
    q = vectors[7]
    hits = index.search(q, k=5, exclude={"d7"})
    assert "d7" not in doc_ids(hits)
    for hit in hits:
        assert hit.score == pytest.approx(float(vectors[ids.index(hit.doc_id)] @ q), abs=1e-6)


def test_auto_index_keeps_both_indexes_in_step(rng):
    vectors = unit(rng, 800, 32)
    ids = [f"d{i}" for i in range(800)]
    index = AutoIndex(32, threshold=300)
    index.add(ids, vectors)
    index.remove(ids[:100])
    index.add(ids[100:110], unit(rng, 10, 32))
    assert index.hnsw is not None
    assert sorted(index.hnsw.ids()) == sorted(index.ids())
    assert index.search(vectors[0], k=800)[-1].doc_id != ids[0]
    index.remove(ids[100:660])
    assert index.kind == "exact"  # dropped the graph below threshold // 2
    assert len(index) == 140


def test_auto_index_save_load_keeps_kind(rng, tmp_path):
    vectors = unit(rng, 700, 32)
    ids = [f"d{i}" for i in range(700)]
    for n, kind in ((300, "exact"), (700, "hnsw")):
        index = AutoIndex(32, threshold=500)
        index.add(ids[:n], vectors[:n])
        path = tmp_path / f"auto-{n}.npz"
        index.save(path, {"model": "hashing-32"})
        assert read_manifest(path)["search"] == kind
        loaded = AutoIndex.load(path)
        assert (loaded.kind, len(loaded), loaded.threshold) == (kind, n, 500)
        queries = unit(rng, 10, 32)
        assert loaded.search_many(queries) == index.search_many(queries)
        assert isinstance(load_index(path, dim=32), AutoIndex)


def test_hnsw_search_beam_can_be_changed_and_is_saved(data, tmp_path):
    ids, vectors = data
    index = HnswIndex(DIM)
    index.add(ids, vectors)
    index.expansion_search = 300
    assert index.expansion_search == 300
    assert index._index.expansion_search == 300
    index.save(tmp_path / "h.npz")
    assert HnswIndex.load(tmp_path / "h.npz").expansion_search == 300
    assert AutoIndex(DIM).hnsw_params["expansion_search"] == 1024
