"""Quality of similar-question scoring on public data, with baselines from the same run.

    .venv/bin/python bench/quality.py            # after `askmed tune` (uses var/models/)

Prints markdown tables:

1. RQE test (302 consumer question ↔ NIH FAQ pairs, Ben Abacha & Demner-Fushman 2016):
   accuracy of the ``similar`` decision — askmed with the threshold calibrated by
   `askmed tune` on other public data, against plain MiniLM cosine and BM25 each with
   the best threshold chosen on the test pairs themselves (which favours them) — and,
   for each consumer question with a true and a false FAQ, whether the true one scores
   higher ("true > hard negative"; askmed's score there is its ranking score).
2. Retrieval: for each question, the rank of its true match among all candidates:
   RQE test (every distinct FAQ of the set) and MeQSum (each consumer question against
   all 1,000 human summaries). MRR@10 and recall@4.

Nothing here is tuned on these pairs; `askmed tune` never reads the RQE test file.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from askmed_engine.embeddings import load_embedder  # noqa: E402
from askmed_engine.focus import FocusVocabulary  # noqa: E402
from askmed_engine.hybrid import HybridIndex  # noqa: E402
from askmed_engine.keyword import BM25Index  # noqa: E402
from askmed_engine.pairs import LabeledPair, read_meqsum_pairs, read_rqe  # noqa: E402
from askmed_engine.similar import PairModel, PairScorer, ranking_score, search_similar  # noqa: E402


def best_threshold_accuracy(scores: np.ndarray, labels: np.ndarray) -> float:
    """Accuracy at the single best cut on these very pairs (the favourable baseline)."""
    cuts = np.concatenate([np.unique(scores), [np.inf]])
    return float(max(np.mean((scores >= c) == labels) for c in cuts))


def true_above_hard_negative(pairs: list[LabeledPair], scores: np.ndarray) -> tuple[float, int]:
    """Share of questions whose best true pair outscores their best false pair."""
    by_group: dict[str, dict[bool, list[float]]] = defaultdict(lambda: {True: [], False: []})
    for pair, score in zip(pairs, scores, strict=True):
        by_group[pair.group][pair.label].append(float(score))
    wins = [max(g[True]) > max(g[False]) for g in by_group.values() if g[True] and g[False]]
    return float(np.mean(wins)), len(wins)


def bm25_pair_scores(pairs: list[LabeledPair]) -> np.ndarray:
    """BM25 of b given a, over an index of every distinct b (IDF from that collection)."""
    texts = sorted({p.b for p in pairs})
    index = BM25Index.build((str(i), t) for i, t in enumerate(texts))
    slot = {t: i for i, t in enumerate(texts)}
    out = []
    for pair in pairs:
        scores = index.scores(pair.a)
        out.append(float(scores[slot[pair.b]]) if len(scores) > slot[pair.b] else 0.0)
    return np.array(out)


def ranks_of_truth(rankings: list[list[str]], truths: list[set[str]]) -> list[int | None]:
    """1-based rank of the first true item in each ranking (None when absent)."""
    out = []
    for ranking, truth in zip(rankings, truths, strict=True):
        out.append(next((i for i, doc in enumerate(ranking, 1) if doc in truth), None))
    return out


def mrr_at(ranks: list[int | None], k: int = 10) -> float:
    return float(np.mean([1.0 / r if r and r <= k else 0.0 for r in ranks]))


def recall_at(ranks: list[int | None], k: int = 4) -> float:
    return float(np.mean([1.0 if r and r <= k else 0.0 for r in ranks]))


def retrieval_task(
    queries: list[str], truths: list[set[str]], candidates: list[str], embedder, vocab, model
) -> dict[str, list[int | None]]:
    """Ranks of the true match for BM25, plain MiniLM and askmed over ``candidates``."""
    ids = [str(i) for i in range(len(candidates))]
    vectors = embedder.encode(candidates)
    hybrid = HybridIndex(model=embedder.name, dim=embedder.dim)
    for doc_id, text in zip(ids, candidates, strict=True):
        hybrid.add(doc_id, text, vocab)
    hybrid.set_vectors(ids, vectors)
    query_vectors = embedder.encode(queries)
    out: dict[str, list[int | None]] = {"BM25": [], "MiniLM cosine": [], "askmed": []}
    truth_ids = [{str(candidates.index(t)) for t in truth} for truth in truths]
    bm25 = [[h.doc_id for h in hybrid.keyword.search(q, k=10)] for q in queries]
    cosine = [[ids[i] for i in np.argsort(-(vectors @ v))[:10]] for v in query_vectors]
    ours = [
        [
            h.doc_id
            for h in search_similar(
                hybrid, q, vector=v, k=10, model=model, vocab=vocab, distinct=False
            )
        ]
        for q, v in zip(queries, query_vectors, strict=True)
    ]
    out["BM25"] = ranks_of_truth(bm25, truth_ids)
    out["MiniLM cosine"] = ranks_of_truth(cosine, truth_ids)
    out["askmed"] = ranks_of_truth(ours, truth_ids)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument(
        "--models",
        type=Path,
        default=ROOT / "var" / "models",
        help="folder with focus-vocabulary.json and pair-model.json (askmed tune)",
    )
    args = parser.parse_args()
    model_path, vocab_path = args.models / "pair-model.json", args.models / "focus-vocabulary.json"
    if not model_path.exists() or not vocab_path.exists():
        sys.exit(f"{args.models} has no tuned model: run `.venv/bin/askmed tune` first.")
    started = time.monotonic()
    model, vocab = PairModel.load(model_path), FocusVocabulary.load(vocab_path)
    embedder = load_embedder("minilm")
    base = PairScorer(embedder, PairModel.default(), vocab)
    scorer = PairScorer(embedder, model, vocab)

    test = read_rqe(args.data / "rqe" / "RQE_Test_302_pairs_AMIA2016.xml")
    labels = np.array([p.label for p in test])
    features = scorer.features([(p.a, p.b) for p in test])
    probabilities = np.array([model.probability(f) for f in features])
    decided = probabilities >= model.threshold
    ours = np.array([ranking_score(f) for f in features])  # how one question's candidates rank
    cosine = np.array([f["cosine"] for f in base.features([(p.a, p.b) for p in test])])
    bm25 = bm25_pair_scores(test)
    print(f"## RQE test: {len(test)} pairs, {labels.mean():.0%} similar\n")
    print("| system | decision accuracy | true > hard negative |")
    print("|---|---|---|")
    for name, scores, acc in (
        ("BM25, best threshold on test", bm25, best_threshold_accuracy(bm25, labels)),
        ("MiniLM cosine, best threshold on test", cosine, best_threshold_accuracy(cosine, labels)),
        (
            f"askmed, calibrated threshold {model.threshold:.3f}",
            ours,
            float(np.mean(decided == labels)),
        ),
        (
            "askmed, best threshold on test (for reference)",
            ours,
            best_threshold_accuracy(probabilities, labels),
        ),
    ):
        share, n = true_above_hard_negative(test, scores)
        print(f"| {name} | {acc:.1%} | {share:.1%} of {n} |")

    print("\n## Retrieval of the true match among all candidates\n")
    print("| set | candidates | queries | system | MRR@10 | recall@4 |")
    print("|---|---|---|---|---|---|")
    true_by_chq: dict[str, set[str]] = defaultdict(set)
    for pair in test:
        if pair.label:
            true_by_chq[pair.a].add(pair.b)
    faqs = sorted({p.b for p in test})
    meqsum = read_meqsum_pairs(args.data / "meqsum" / "meqsum_1000.csv")
    summaries = sorted({p.b for p in meqsum})
    for name, queries, truths, pool in (
        ("RQE test", list(true_by_chq), list(true_by_chq.values()), faqs),
        ("MeQSum", [p.a for p in meqsum], [{p.b} for p in meqsum], summaries),
    ):
        for system, ranks in retrieval_task(queries, truths, pool, embedder, vocab, model).items():
            print(
                f"| {name} | {len(pool)} | {len(queries)} | {system} | {mrr_at(ranks):.3f} "
                f"| {recall_at(ranks):.1%} |"
            )
    print(
        f"\n(pair model: {model.trained_on}; {model.meta}; ran in "
        f"{time.monotonic() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()
