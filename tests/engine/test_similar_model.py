"""Golden similar-question results with the real sentence model (slow)."""

from __future__ import annotations

import pytest

from askmed_engine.embeddings import load_embedder
from askmed_engine.hybrid import HybridIndex
from askmed_engine.similar import PairScorer, search_similar

pytestmark = pytest.mark.slow

CORPUS = {
    "azi-dose": "How much azithromycin should my 6 year old take for an ear infection?",
    "azi-side": "What are the side effects of azithromycin?",
    "azi-alcohol": "Can I drink alcohol while taking azithromycin?",
    "back-spasm": "Why does the muscle in my left upper back keep spasming when I move?",
    "back-spasm-2": "Occasional cramping spasms near my spine on the left side, what causes them?",
    "back-pain-lift": "Lower back pain after lifting a heavy box at work, how long to recover?",
    "neck": "Neck stiffness after sleeping on a new pillow",
    "migraine": "What helps a migraine with aura?",
    "rash": "Itchy red rash on both ankles after hiking",
    "diabetes-diet": "What should a person with type 2 diabetes eat for breakfast?",
}

GOLDEN = [
    # (query, expected first (or any of a set), expected within the top 2)
    ("What is the right azithromycin dose for a child?", "azi-dose", {"azi-dose"}),
    ("Does azithromycin cause diarrhea or stomach problems?", "azi-side", {"azi-side"}),
    (
        "I suddenly noticed spasms in my left back today, every few minutes, whenever I move. "
        "What could this be?",
        {"back-spasm", "back-spasm-2"},
        {"back-spasm", "back-spasm-2"},
    ),
    ("Breakfast ideas for diabetics", "diabetes-diet", {"diabetes-diet"}),
]


@pytest.fixture(scope="module")
def model_index():
    embedder = load_embedder("minilm")
    index = HybridIndex(model=embedder.name, dim=embedder.dim)
    for doc_id, text in CORPUS.items():
        index.add(doc_id, text)
    index.set_vectors(list(CORPUS), embedder.encode(list(CORPUS.values())))
    return embedder, index


@pytest.mark.parametrize(("query", "first", "top2"), GOLDEN)
def test_golden_results_with_the_real_model(model_index, query, first, top2):
    embedder, index = model_index
    hits = search_similar(index, query, vector=embedder.encode([query])[0], k=4)
    ids = [h.doc_id for h in hits]
    assert ids[0] in ({first} if isinstance(first, str) else first), ids
    assert top2 <= set(ids[:2]), ids


def test_back_spasm_ranks_spasms_above_plain_back_pain(model_index):
    embedder, index = model_index
    query = GOLDEN[2][0]
    ids = [
        h.doc_id
        for h in search_similar(
            index, query, vector=embedder.encode([query])[0], k=6, distinct=False
        )
    ]
    assert ids.index("back-spasm-2") < ids.index("back-pain-lift")


def test_same_drug_different_ask_is_not_similar(model_index):
    embedder, _ = model_index
    scorer = PairScorer(embedder)
    same, other = scorer.score_pairs(
        [
            ("What is the dose of azithromycin?", "How much azithromycin should I take?"),
            ("What is the dose of azithromycin?", "What are the side effects of azithromycin?"),
        ]
    )
    assert same.similar
    assert not other.similar
    assert same.score > other.score
