"""Hybrid score fusion: pure functions, each with the formula it computes.

Retrieval proposes candidates from two signals (BM25 keywords, sentence embeddings);
these functions merge their rankings and turn per-pair features into one probability.
Nothing here holds state, so every function is tested on hand-computed examples.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[str]], *, k: float = 60.0, weights: Sequence[float] | None = None
) -> list[tuple[str, float]]:
    """Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009).

    ``score(d) = Σ_i w_i / (k + rank_i(d))`` with 1-based ranks; a list that does not
    contain ``d`` adds nothing. Returns ``(doc_id, score)`` best first, ties by doc_id.
    """
    weights = [1.0] * len(rankings) if weights is None else list(weights)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking is needed")
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, doc_id in enumerate(ranking, start=1):
            scores[doc_id] = scores.get(doc_id, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def min_max(scores: Sequence[float]) -> list[float]:
    """Rescale to [0, 1]: ``(s - min) / (max - min)``; all-equal scores become 1.0."""
    if not scores:
        return []
    low, high = min(scores), max(scores)
    if high == low:
        return [1.0] * len(scores)
    return [(s - low) / (high - low) for s in scores]


def convex(a: float, b: float, alpha: float) -> float:
    """Convex combination ``alpha * a + (1 - alpha) * b`` with ``0 ≤ alpha ≤ 1``."""
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha must be in [0, 1], got {alpha}")
    return alpha * a + (1.0 - alpha) * b


def saturate(score: float, half: float) -> float:
    """Map an unbounded non-negative score into [0, 1): ``s / (s + half)``.

    ``half`` is the score that maps to 0.5 (used for BM25, whose scale depends on the query).
    """
    if half <= 0:
        raise ValueError("half must be positive")
    return max(score, 0.0) / (max(score, 0.0) + half)


def logistic(z: float) -> float:
    """The logistic function ``1 / (1 + e^-z)``, computed without overflow."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def linear_score(
    features: Mapping[str, float], weights: Mapping[str, float], bias: float = 0.0
) -> float:
    """``bias + Σ_f weights[f] * features[f]`` over the weighted features (missing → 0)."""
    return bias + sum(w * features.get(name, 0.0) for name, w in weights.items())


def overlap_coefficient(a: Iterable[str], b: Iterable[str]) -> float:
    """Szymkiewicz–Simpson overlap ``|A ∩ B| / min(|A|, |B|)``; 0.0 when either is empty.

    Suits a long consumer question against a short FAQ: the FAQ's few words all count.
    """
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard similarity ``|A ∩ B| / |A ∪ B|``; 0.0 when both are empty."""
    sa, sb = set(a), set(b)
    union = sa | sb
    return len(sa & sb) / len(union) if union else 0.0
