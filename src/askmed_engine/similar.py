"""Are two health questions asking the same thing? Pair scoring and similar-question search.

A pair is described by a few features (:func:`pair_features`): sentence-embedding cosine,
word overlap, whether the two share a focus (condition, drug, body part) and whether they
ask the same thing about it (intent). A logistic model (:class:`PairModel`) turns the
features into a probability; its weights and its decision threshold are tuned on public
data by ``askmed tune`` and fall back to the defaults below until then.

Search (:func:`search_similar`) proposes candidates from both the vector and the keyword
index, fuses their rankings, re-scores each candidate with the pair model and drops
near-duplicates, so that "dose of azithromycin" does not come back as "side effects of
azithromycin".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from askmed_engine import atomic, fusion
from askmed_engine.embeddings import Embedder
from askmed_engine.focus import FocusVocabulary, focus_similarity
from askmed_engine.hybrid import DocInfo, HybridIndex, describe
from askmed_engine.intents import intent_similarity
from askmed_engine.question_analysis import explain_match

FEATURES = (
    "cosine",
    "lexical",
    "focus",
    "intent",
    "focus_x_intent",
    "no_focus",
    "short",
    "short_match",
)
SHORT = 12  # content words: at most this many on both sides makes a "short" pair
CANDIDATES = 50  # taken from each of the vector and keyword indexes before re-scoring
DUPLICATE_COSINE = 0.97  # two results this alike are one result shown twice
RANK_FOCUS_INTENT = 0.1  # see ranking_score


def pair_features(a: DocInfo, b: DocInfo, cosine: float) -> dict[str, float]:
    """The features of a pair (all in [0, 1] except ``cosine`` in [-1, 1]).

    - ``cosine``: sentence-embedding cosine of the two texts;
    - ``lexical``: overlap coefficient of their stemmed content words;
    - ``focus``: :func:`askmed_engine.focus.focus_similarity` of their foci;
    - ``intent``: :func:`askmed_engine.intents.intent_similarity` of their intents;
    - ``focus_x_intent``: ``focus * intent`` — same subject *and* same ask;
    - ``no_focus``: 1 when either side has no recognised focus (the focus feature is blind);
    - ``short``: 1 when both sides have at most :data:`SHORT` content words — one-line
      questions, whose intents are read reliably ("dose of X" vs "side effects of X");
    - ``short_match``: ``short * focus_x_intent``: on one-liners, same subject and same ask
      is strong evidence and a different ask strong counter-evidence.
    """
    focus = focus_similarity(a.focus, b.focus)
    intent = intent_similarity(a.intents, b.intents)
    short = float(len(a.tokens) <= SHORT and len(b.tokens) <= SHORT)
    return {
        "cosine": float(cosine),
        "lexical": fusion.overlap_coefficient(a.tokens, b.tokens),
        "focus": focus,
        "intent": intent,
        "focus_x_intent": focus * intent,
        "no_focus": float(not a.focus or not b.focus),
        "short": short,
        "short_match": short * focus * intent,
    }


@dataclass(frozen=True)
class PairModel:
    """Logistic pair model: ``p = logistic(bias + Σ w_f x_f)``; similar when ``p ≥ threshold``."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    trained_on: str = "defaults"
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def default(cls) -> PairModel:
        """Weights used before ``askmed tune``: a rounded earlier tuning run on the same
        public data (cosine first; on short pairs, a different intent weighs heavily)."""
        return cls(
            weights={
                "cosine": 9.3,
                "lexical": -2.3,
                "focus": -1.2,
                "intent": 2.0,
                "focus_x_intent": 2.3,
                "no_focus": 1.1,
                "short": -2.4,
                "short_match": 2.9,
            },
            bias=-4.1,
            threshold=0.44,
        )

    def probability(self, features: dict[str, float]) -> float:
        return fusion.logistic(fusion.linear_score(features, self.weights, self.bias))

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "pair-model",
            "format": 1,
            "weights": self.weights,
            "bias": self.bias,
            "threshold": self.threshold,
            "trained_on": self.trained_on,
            "meta": self.meta,
        }

    def save(self, path: Path) -> None:
        atomic.write_json(path, self.to_json(), indent=1, separators=(",", ": "))

    @classmethod
    def load(cls, path: Path) -> PairModel:
        try:
            data = json.loads(Path(path).read_text())
            if data.get("kind") != "pair-model" or data.get("format") != 1:
                raise ValueError("not a pair model of format 1")
            return cls(
                {k: float(v) for k, v in data["weights"].items()},
                float(data["bias"]),
                float(data["threshold"]),
                str(data.get("trained_on", "")),
                dict(data.get("meta", {})),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(
                f"{path} is not a usable pair model ({exc}); run `askmed tune`"
            ) from exc

    @classmethod
    def load_or_default(cls, path: Path | None) -> PairModel:
        """The tuned model at ``path`` if there is one, else :meth:`default`."""
        if path is not None and Path(path).exists():
            return cls.load(path)
        return cls.default()


@dataclass(frozen=True)
class PairScore:
    score: float
    similar: bool
    features: dict[str, float]


class PairScorer:
    """Scores pairs of free texts: the engine behind ``askmed score-pairs``."""

    def __init__(
        self,
        embedder: Embedder,
        model: PairModel | None = None,
        vocab: FocusVocabulary | None = None,
    ) -> None:
        self.embedder = embedder
        self.model = model or PairModel.default()
        self.vocab = vocab

    def features(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        """Features of each pair; every distinct text is embedded and analysed once."""
        if not pairs:
            return []
        texts = list(dict.fromkeys(t for pair in pairs for t in pair))
        row = {text: i for i, text in enumerate(texts)}
        vectors = self.embedder.encode(texts)
        infos = [describe(text, self.vocab) for text in texts]
        return [
            pair_features(
                infos[row[x]], infos[row[y]], float(np.dot(vectors[row[x]], vectors[row[y]]))
            )
            for x, y in pairs
        ]

    def score_pairs(self, pairs: Sequence[tuple[str, str]]) -> list[PairScore]:
        """Score each pair; a side with no word at all is never similar (score 0)."""
        worded = [i for i, (x, y) in enumerate(pairs) if _has_words(x) and _has_words(y)]
        out = [PairScore(0.0, False, {}) for _ in pairs]
        for i, feats in zip(worded, self.features([pairs[i] for i in worded]), strict=True):
            p = self.model.probability(feats)
            out[i] = PairScore(round(p, 6), p >= self.model.threshold, feats)
        return out


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


@dataclass(frozen=True)
class SimilarHit:
    doc_id: str
    score: float  # the pair model's probability that the two ask the same thing
    why: str  # a short human hint, e.g. 'same condition: back spasm; both ask about causes'
    keyword: bool = False  # it shares words with the text (a BM25 hit)


def search_similar(
    index: HybridIndex,
    text: str,
    *,
    vector: np.ndarray | None = None,
    info: DocInfo | None = None,
    k: int = 4,
    exclude: Collection[str] = (),
    allowed: Callable[[str], bool] | None = None,
    model: PairModel | None = None,
    vocab: FocusVocabulary | None = None,
    distinct: bool = True,
) -> list[SimilarHit]:
    """The ``k`` documents of ``index`` most likely to ask what ``text`` asks.

    ``vector`` is ``text``'s embedding (None: keywords only, e.g. while the model loads);
    ``allowed`` filters candidates (e.g. only answered questions). Candidates are the
    union of the top :data:`CANDIDATES` of each index, ordered by :func:`ranking_score`
    (reciprocal rank fusion breaks ties, e.g. keyword-only), each with ``model``'s
    probability; with ``distinct``, near-duplicates of a better result are dropped (a
    search page lists them all).
    """
    model = model or PairModel.default()
    info = info or describe(text, vocab)
    keep = allowed or (lambda _doc_id: True)
    pool = max(CANDIDATES, k)
    vector_hits = (
        index.vectors.search(vector, pool * 2, exclude=exclude)
        if vector is not None and len(index.vectors)
        else []
    )
    keyword_hits = index.keyword.search(text, pool * 2, exclude=exclude)
    rankings = [
        [h.doc_id for h in hits if keep(h.doc_id)][:pool] for hits in (vector_hits, keyword_hits)
    ]
    cosines = {h.doc_id: h.score for h in vector_hits}
    scored = []
    for rank, (doc_id, _) in enumerate(fusion.reciprocal_rank_fusion(rankings)):
        doc = index.info.get(doc_id)
        if doc is None:
            continue
        cosine = cosines.get(doc_id, _cosine(index, vector, doc_id))
        features = pair_features(info, doc, cosine)
        scored.append((ranking_score(features), -rank, model.probability(features), doc_id, doc))
    scored.sort(reverse=True)
    return _distinct(index, scored, info, k, keyword=set(rankings[1]), distinct=distinct)


def ranking_score(features: dict[str, float]) -> float:
    """Order of results for one query: ``cosine + RANK_FOCUS_INTENT * focus_x_intent``.

    Within one query the sentence cosine orders best; a bonus for the same focus *and*
    the same intent lifts "dose of X" above "side effects of X" for a dose question.
    The pair model's probability (a decision across all pairs, leaning on noisier
    features) is reported with each hit but does not reorder them.
    """
    return features["cosine"] + RANK_FOCUS_INTENT * features["focus_x_intent"]


def _cosine(index: HybridIndex, vector: np.ndarray | None, doc_id: str) -> float:
    """Cosine of ``vector`` with a document's stored vector (0.0 when either is missing)."""
    if vector is None:
        return 0.0
    stored = index.vectors.vector(doc_id)
    return 0.0 if stored is None else float(np.dot(stored.ravel(), vector.ravel()))


def _distinct(
    index: HybridIndex, scored: list, info: DocInfo, k: int, keyword: set[str], distinct: bool
) -> list[SimilarHit]:
    """The best ``k`` of ``scored``, skipping any result that duplicates a kept one."""
    kept: list[SimilarHit] = []
    kept_vectors: list[np.ndarray] = []
    kept_tokens: list[frozenset[str]] = []
    for _, _, probability, doc_id, doc in scored:
        stored = index.vectors.vector(doc_id) if distinct else None
        if stored is not None and any(
            float(np.dot(stored.ravel(), v.ravel())) >= DUPLICATE_COSINE for v in kept_vectors
        ):
            continue
        if distinct and doc.tokens and doc.tokens in kept_tokens:
            continue
        kept.append(
            SimilarHit(
                doc_id,
                round(probability, 4),
                explain_match(info.analysis, doc.analysis),
                doc_id in keyword,
            )
        )
        if stored is not None:
            kept_vectors.append(stored)
        kept_tokens.append(doc.tokens)
        if len(kept) == k:
            break
    return kept
