"""BM25: hand-computed scores, a golden toy ranking, a reference re-implementation,
incremental updates against fresh builds, and the saved file format."""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from askmed_engine.keyword import BM25Index, KeywordIndex, bm25_idf, bm25_term_score
from askmed_engine.records import Hit
from askmed_engine.text import tokenize


class TestTermScore:
    def test_average_doc_single_occurrence_equals_idf(self):
        # N=2, df=1: idf = ln(1 + (2 - 1 + 0.5) / (1 + 0.5)) = ln(1 + 1) = ln 2 = 0.693147
        # doc_len = avg_len: norm = 1.5 * (1 - 0.75 + 0.75 * 1) = 1.5
        # tf part = 1 * 2.5 / (1 + 1.5) = 1  ->  score = ln 2
        assert bm25_term_score(1, 1, 2, 2, 2.0) == pytest.approx(math.log(2), rel=1e-12)

    def test_long_doc_repeated_term(self):
        # N=4, df=1: idf = ln(1 + 3.5 / 1.5) = ln(10/3) = 1.2039728
        # doc_len=6, avg=3: norm = 1.5 * (0.25 + 0.75 * 2) = 2.625
        # tf part = 2 * 2.5 / (2 + 2.625) = 5 / 4.625 = 1.0810811
        # score = 1.2039728 * 1.0810811 = 1.3015922
        assert bm25_term_score(2, 1, 4, 6, 3.0) == pytest.approx(1.3015922, abs=1e-7)

    def test_term_in_every_doc_still_positive(self):
        # N=3, df=3: idf = ln(1 + 0.5 / 3.5) = ln(8/7) = 0.1335314
        assert bm25_idf(3, 3) == pytest.approx(0.1335314, abs=1e-7)
        assert bm25_term_score(1, 3, 3, 5, 5.0) == pytest.approx(0.1335314, abs=1e-7)

    def test_b_zero_ignores_length(self):
        # b=0: norm = k1 = 1.5 whatever the length; tf part = 3 * 2.5 / 4.5 = 1.6666667
        short = bm25_term_score(3, 1, 2, 1, 10.0, b=0.0)
        long = bm25_term_score(3, 1, 2, 100, 10.0, b=0.0)
        assert short == long == pytest.approx(math.log(2) * 5 / 3, rel=1e-12)

    def test_vectorised_matches_scalar(self):
        tfs = np.array([1.0, 2.0, 5.0])
        lens = np.array([3.0, 7.0, 20.0])
        vec = bm25_term_score(tfs, 4, 50, lens, 8.0)
        expected = [bm25_term_score(t, 4, 50, d, 8.0) for t, d in zip(tfs, lens, strict=True)]
        assert vec.tolist() == pytest.approx(expected, rel=1e-12)


TOY = [
    ("d1", "Back spasm on the left side after lifting"),
    ("d2", "Chronic back pain and muscle spasms in the lower back"),
    ("d3", "Migraine headache with nausea and light sensitivity"),
    ("d4", "Headache after a head injury"),
    ("d5", "Diabetes treatment with insulin and diet"),
]


@pytest.fixture
def toy() -> BM25Index:
    return BM25Index.build(TOY)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # d2 has "back" twice (tf saturates) but is longer than d1 (7 vs 5 terms)
        ("back spasms", ["d2", "d1"]),
        # both have "headache" once; d4 (3 terms) is shorter than d3 (5 terms)
        ("headaches", ["d4", "d3"]),
        # only d5 mentions any of these; "nausea" pulls d3 in after it
        ("insulin treatment for diabetes and nausea", ["d5", "d3"]),
    ],
)
def test_toy_golden_ranking(toy, query, expected):
    assert [h.doc_id for h in toy.search(query)] == expected


def test_toy_scores_by_hand(toy):
    # terms per doc: d1 5 (back spasm left sid lift), d2 7, d3 5, d4 3 (headach head injury),
    # d5 4 (diabetes treatment insulin diet) -> avgdl = 24 / 5 = 4.8
    # "headache": N=5, df=2, idf = ln(1 + 3.5/2.5) = ln 2.4 = 0.8754687
    # d4: norm = 1.5 * (0.25 + 0.75 * 3/4.8) = 1.078125, tf part = 2.5 / 2.078125 = 1.2030075
    # score = 0.8754687 * 1.2030075 = 1.0531955
    hits = toy.search("headache")
    assert hits[0] == Hit("d4", pytest.approx(1.0531955, abs=1e-7))
    assert hits[0].score == pytest.approx(math.log(2.4) * 2.5 / 2.078125, rel=1e-12)


def test_no_match_and_stop_words_only(toy):
    assert toy.search("zebra") == []
    assert toy.search("the and of") == []
    assert toy.search("") == []


def _reference_scores(docs: list[tuple[str, str]], query: str) -> dict[str, float]:
    """A plain-loop Okapi BM25 (k1=1.5, b=0.75, Lucene idf), written independently."""
    tokenised = {doc_id: tokenize(text) for doc_id, text in docs}
    n = len(tokenised)
    avg = sum(len(t) for t in tokenised.values()) / n
    out: dict[str, float] = {}
    for doc_id, terms in tokenised.items():
        counts = Counter(terms)
        total = 0.0
        for term in set(tokenize(query)):
            df = sum(1 for t in tokenised.values() if term in t)
            if not counts[term]:
                continue
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            tf = counts[term]
            total += idf * tf * 2.5 / (tf + 1.5 * (0.25 + 0.75 * len(terms) / avg))
        if total > 0:
            out[doc_id] = total
    return out


WORDS = (
    "pain back spasm headache fever cough rash itch diabetes insulin kidney stone heart chest",
    "breath nausea vomit child baby dose tablet sleep anxiety knee shoulder",
)
WORDS = tuple(" ".join(WORDS).split(" "))


def _random_docs(seed: int, n: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [(f"doc{i:03d}", " ".join(rng.choices(WORDS, k=rng.randint(3, 30)))) for i in range(n)]


def test_matches_reference_implementation():
    docs = _random_docs(7, 120)
    index = BM25Index.build(docs)
    for query in ("back pain", "fever cough child", "dose tablet sleep anxiety heart", "knee"):
        expected = _reference_scores(docs, query)
        got = {h.doc_id: h.score for h in index.search(query, k=len(docs))}
        assert got.keys() == expected.keys()
        for doc_id, score in expected.items():
            assert got[doc_id] == pytest.approx(score, rel=1e-9)


def _all_scores(index: BM25Index, query: str) -> list[Hit]:
    return index.search(query, k=10_000)


QUERIES = ("back pain", "fever cough child", "insulin diabetes kidney", "rash itch baby")


def test_add_remove_replace_equal_fresh_build():
    docs = dict(_random_docs(11, 60))
    index = BM25Index.build(docs.items())
    for i in range(0, 60, 3):
        index.remove(f"doc{i:03d}")
        del docs[f"doc{i:03d}"]
    for i in range(1, 60, 5):
        docs[f"doc{i:03d}"] = "replaced text about fever and a rash on the baby"
        index.add(f"doc{i:03d}", docs[f"doc{i:03d}"])
    docs["new1"] = "kidney stone pain in the back"
    index.add("new1", docs["new1"])
    fresh = BM25Index.build(docs.items())
    assert len(index) == len(fresh) == len(docs)
    assert index.avg_len == fresh.avg_len
    for query in QUERIES:
        assert _all_scores(index, query) == _all_scores(fresh, query)


def test_heavy_removal_compacts_and_stays_equal():
    docs = dict(_random_docs(3, 40))
    index = BM25Index.build(docs.items())
    for i in range(30):
        index.remove(f"doc{i:03d}")
        del docs[f"doc{i:03d}"]
    fresh = BM25Index.build(docs.items())
    assert len(index._ids) < 40  # compaction dropped dead slots
    for query in QUERIES:
        assert _all_scores(index, query) == _all_scores(fresh, query)
    index.add("doc000", "back pain")  # an id removed earlier can come back
    assert "doc000" in index
    assert index.search("back pain", k=1)[0].doc_id in {"doc000", *docs}


def test_remove_missing_is_silent_and_contains(toy):
    toy.remove("nope")
    assert len(toy) == 5
    assert "d1" in toy
    toy.remove("d1")
    assert "d1" not in toy
    assert [h.doc_id for h in toy.search("back spasm")] == ["d2"]


def test_ties_break_by_doc_id_and_k_limits():
    index = BM25Index.build([("b", "fever"), ("c", "fever"), ("a", "fever"), ("z", "cough")])
    hits = index.search("fever", k=2)
    assert [h.doc_id for h in hits] == ["a", "b"]
    assert hits[0].score == hits[1].score > 0
    assert index.search("fever", k=0) == []


def test_exclude_and_allowed(toy):
    assert [h.doc_id for h in toy.search("back spasm", exclude={"d2"})] == ["d1"]
    allowed = toy.search("headache back", allowed=lambda doc_id: doc_id in {"d1", "d3"})
    assert [h.doc_id for h in allowed] == ["d1", "d3"]


def test_exclude_does_not_shrink_k():
    index = BM25Index.build((f"d{i}", "pain " * (i + 1)) for i in range(10))
    hits = index.search("pain", k=3, exclude={"d9", "d8", "d7"})
    assert len(hits) == 3
    assert not {h.doc_id for h in hits} & {"d9", "d8", "d7"}


def test_is_a_keyword_index(toy):
    def use(index: KeywordIndex) -> int:
        return len(index)

    assert use(toy) == 5


def test_save_load_round_trip(tmp_path: Path):
    docs = _random_docs(5, 80)
    index = BM25Index.build(docs)
    index.remove("doc004")
    path = tmp_path / "bm25.npz"
    index.save(path)
    loaded = BM25Index.load(path)
    assert len(loaded) == len(index) == 79
    assert "doc004" not in loaded
    for query in QUERIES:
        assert _all_scores(loaded, query) == _all_scores(index, query)
    loaded.add("extra", "back pain fever")  # still incremental after loading
    loaded.remove("doc010")
    index.add("extra", "back pain fever")
    index.remove("doc010")
    assert _all_scores(loaded, "back pain fever") == _all_scores(index, "back pain fever")
    assert [p.name for p in tmp_path.iterdir()] == ["bm25.npz"]  # no temp file left


def test_save_load_empty(tmp_path: Path):
    path = tmp_path / "empty.npz"
    BM25Index().save(path)
    loaded = BM25Index.load(path)
    assert len(loaded) == 0
    assert loaded.search("pain") == []


def test_manifest(tmp_path: Path, toy):
    path = tmp_path / "bm25.npz"
    toy.save(path)
    manifest = BM25Index.read_manifest(path)
    assert manifest["kind"] == "bm25"
    assert manifest["count"] == 5
    assert manifest["format"] == 1
    assert (manifest["k1"], manifest["b"]) == (1.5, 0.75)
    assert manifest["built_at"].endswith("+00:00")


def test_wrong_format_raises(tmp_path: Path, toy):
    path = tmp_path / "bm25.npz"
    toy.save(path)
    with np.load(path) as data:
        arrays = {name: data[name] for name in data.files}
    manifest = json.loads(arrays["manifest"].tobytes())
    manifest["format"] = 99
    arrays["manifest"] = np.frombuffer(json.dumps(manifest).encode(), dtype=np.uint8)
    with path.open("wb") as fh:
        np.savez(fh, **arrays)
    with pytest.raises(ValueError, match="askmed reindex"):
        BM25Index.load(path)


def test_not_an_index_raises(tmp_path: Path):
    path = tmp_path / "junk.npz"
    path.write_bytes(b"not a zip file")
    with pytest.raises(ValueError, match="askmed reindex"):
        BM25Index.read_manifest(path)
