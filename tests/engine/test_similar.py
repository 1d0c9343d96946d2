"""Pair features, the pair model, and similar-question search (hashing embedder)."""

from __future__ import annotations

import math

import pytest

from askmed_engine.embeddings import HashingEmbedder
from askmed_engine.focus import FocusMatch
from askmed_engine.hybrid import DocInfo, HybridIndex
from askmed_engine.similar import (
    FEATURES,
    PairModel,
    PairScorer,
    pair_features,
    search_similar,
)


def info(tokens, focus_ids, intents):
    focus = tuple(FocusMatch(cid, cid, 0, 0, cid) for cid in focus_ids)
    return DocInfo(frozenset(tokens), focus, frozenset(intents))


def test_pair_features_hand_computed():
    a = info({"dos", "azithromycin", "child"}, ["azithromycin"], {"dosage"})
    b = info({"azithromycin", "dos"}, ["azithromycin"], {"dosage"})
    c = info({"azithromycin", "side", "effect"}, ["azithromycin"], {"side_effects"})
    same = pair_features(a, b, 0.8)
    # lexical = |{dos, azithromycin}| / min(3, 2) = 1.0; shared focus id -> 1.0; same intent -> 1.0
    assert same == {
        "cosine": 0.8,
        "lexical": 1.0,
        "focus": 1.0,
        "intent": 1.0,
        "focus_x_intent": 1.0,
        "no_focus": 0.0,
        "short": 1.0,  # both have at most 12 content words
        "short_match": 1.0,  # short * focus * intent = 1 * 1 * 1
    }
    other = pair_features(a, c, 0.7)
    # lexical = |{azithromycin}| / min(3, 3) = 1/3 ; intents disjoint -> Jaccard 0
    assert other["lexical"] == pytest.approx(1 / 3)
    assert (other["focus"], other["intent"], other["focus_x_intent"]) == (1.0, 0.0, 0.0)
    assert (other["short"], other["short_match"]) == (1.0, 0.0)
    long_a = info({f"w{i}" for i in range(13)}, ["azithromycin"], {"dosage"})
    assert pair_features(long_a, b, 0.8)["short"] == 0.0  # 13 content words is not short
    blind = pair_features(a, info({"x"}, [], {"other"}), 0.1)
    assert (blind["focus"], blind["intent"], blind["no_focus"]) == (0.0, 0.5, 1.0)


def test_pair_model_probability_hand_computed():
    model = PairModel({"cosine": 2.0, "intent": 1.0}, bias=-1.0, threshold=0.6)
    # z = -1 + 2*0.5 + 1*1 = 1 -> 1 / (1 + e^-1) = 0.731059
    assert model.probability({"cosine": 0.5, "intent": 1.0}) == pytest.approx(
        1 / (1 + math.exp(-1))
    )


def test_default_model_weighs_every_feature():
    assert set(PairModel.default().weights) == set(FEATURES)


def test_pair_model_save_load_and_errors(tmp_path):
    model = PairModel({"cosine": 3.5}, -2.0, 0.42, "test", {"pairs": 10})
    model.save(tmp_path / "m.json")
    assert PairModel.load(tmp_path / "m.json") == model
    assert PairModel.load_or_default(tmp_path / "missing.json") == PairModel.default()
    (tmp_path / "bad.json").write_text('{"kind": "pair-model", "format": 1}')
    with pytest.raises(ValueError, match="askmed tune"):
        PairModel.load(tmp_path / "bad.json")


def test_scorer_separates_same_ask_from_same_topic():
    scorer = PairScorer(HashingEmbedder())
    dose, side = scorer.score_pairs(
        [
            ("What is the dose of azithromycin?", "How much azithromycin should I take?"),
            ("What is the dose of azithromycin?", "What are the side effects of azithromycin?"),
        ]
    )
    assert dose.score > side.score
    assert dose.similar is True
    assert side.similar is False
    assert scorer.score_pairs([]) == []


CORPUS = {
    "dose": "How much azithromycin should I give my child?",
    "side": "What are the side effects of azithromycin?",
    "side2": "Can azithromycin cause stomach upset and diarrhea?",
    "spasm": "Why does my left back muscle spasm when I move?",
    "spasm-dup": "Why does my left back muscle spasm when I move?",
    "knee": "What is the treatment for a torn knee ligament?",
    "rash": "What causes an itchy red rash on the ankles?",
    "hiccup": "How do I stop hiccups that last for hours?",
}


@pytest.fixture(scope="module")
def corpus_index():
    embedder = HashingEmbedder()
    index = HybridIndex(model=embedder.name, dim=embedder.dim)
    for doc_id, text in CORPUS.items():
        index.add(doc_id, text)
    index.set_vectors(list(CORPUS), embedder.encode(list(CORPUS.values())))
    return embedder, index


# golden: query -> expected first result, and results that must not come first
GOLDEN = [
    ("What dose of azithromycin is right for a 5 year old?", "dose"),
    ("Side effects of azithromycin?", "side"),
    ("My back muscle on the left side spasms whenever I move", "spasm"),
    ("Treatment for torn ligament in the knee", "knee"),
]


@pytest.mark.parametrize(("query", "expected"), GOLDEN)
def test_golden_first_result(corpus_index, query, expected):
    embedder, index = corpus_index
    hits = search_similar(index, query, vector=embedder.encode([query])[0], k=3)
    assert hits[0].doc_id == expected
    assert hits[0].why


def test_dose_question_ranks_dose_above_side_effects(corpus_index):
    embedder, index = corpus_index
    query = "What dose of azithromycin is right for a 5 year old?"
    order = [
        h.doc_id
        for h in search_similar(
            index, query, vector=embedder.encode([query])[0], k=8, distinct=False
        )
    ]
    assert order.index("dose") < order.index("side")


def test_search_never_returns_excluded_or_disallowed(corpus_index):
    embedder, index = corpus_index
    query = CORPUS["side"]
    hits = search_similar(
        index,
        query,
        vector=embedder.encode([query])[0],
        k=8,
        exclude={"side"},
        allowed=lambda doc_id: doc_id != "side2",
    )
    ids = [h.doc_id for h in hits]
    assert "side" not in ids
    assert "side2" not in ids


def test_near_duplicates_are_shown_once(corpus_index):
    embedder, index = corpus_index
    query = "left back spasm when moving"
    ids = [h.doc_id for h in search_similar(index, query, vector=embedder.encode([query])[0], k=8)]
    assert ("spasm" in ids) != ("spasm-dup" in ids)
    all_ids = [
        h.doc_id
        for h in search_similar(
            index, query, vector=embedder.encode([query])[0], k=8, distinct=False
        )
    ]
    assert {"spasm", "spasm-dup"} <= set(all_ids)


def test_keywords_only_while_no_vector(corpus_index):
    _, index = corpus_index
    hits = search_similar(index, "hiccups for hours", vector=None, k=2)
    assert hits[0].doc_id == "hiccup"
    assert hits[0].keyword is True


def test_ranking_score_hand_computed():
    from askmed_engine.similar import ranking_score

    # 0.62 + 0.1 * 1.0 = 0.72 beats 0.70 + 0.1 * 0.0 = 0.70: same focus and ask wins
    same_ask = {"cosine": 0.62, "focus_x_intent": 1.0}
    other_ask = {"cosine": 0.70, "focus_x_intent": 0.0}
    assert ranking_score(same_ask) == pytest.approx(0.72)
    assert ranking_score(same_ask) > ranking_score(other_ask)


def test_a_side_without_words_is_never_similar():
    scorer = PairScorer(HashingEmbedder())
    empty, blank, punct, real = scorer.score_pairs(
        [("", ""), ("   ", "\n"), ("?!", "..."), ("dose of azithromycin?", "azithromycin dose?")]
    )
    for result in (empty, blank, punct):
        assert (result.score, result.similar) == (0.0, False)
    assert real.score > 0
