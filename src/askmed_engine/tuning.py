"""Tune the pair model on public data only: RQE train, MeQSum and MedQuAD.

The training pairs mix three public sources (DESIGN.md §7):

- RQE train: clinical question ↔ short question, entailed or not (Ben Abacha &
  Demner-Fushman 2016);
- MeQSum: a real consumer question ↔ the one-line summary a person wrote for it
  (positives), and ↔ another question's summary (negatives);
- MedQuAD: a consumer question ↔ an NIH FAQ question about the *same* focus, labelled
  positive when the FAQ asks what the summary asks (same intent) and negative otherwise —
  the hard negatives ("dose of X" vs "side effects of X") that random pairs never show.

None of the RQE *test* pairs are used: they stay the public evaluation (bench/quality.py).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from askmed_engine.focus import FocusVocabulary
from askmed_engine.ingest import read_medquad
from askmed_engine.intents import QTYPE_TO_INTENT
from askmed_engine.pairs import LabeledPair, random_negatives, read_meqsum_pairs, read_rqe
from askmed_engine.question_analysis import analyze
from askmed_engine.records import QuestionRecord
from askmed_engine.similar import FEATURES, PairModel, PairScorer

MAX_PER_QUESTION = 2  # MedQuAD pairs drawn per consumer question and label


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    *,
    l2: float = 1.0,
    iterations: int = 50,
    sample_weight: np.ndarray | None = None,
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (IRLS).

    Minimises ``Σ_i s_i [log(1 + e^{z_i}) - y_i z_i] + (l2 / 2)‖w‖²`` with
    ``z = X w + b`` (the bias is not penalised). Returns ``(w, b)``.
    """
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    weights = np.zeros(d + 1)
    s = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(design @ weights)))
        gradient = design.T @ (s * (p - y)) + penalty * weights
        hessian = (design * (s * p * (1 - p))[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return weights[:-1], float(weights[-1])


def best_threshold(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    """The cut that maximises accuracy of ``p ≥ cut``: the midpoint between two adjacent
    sorted probabilities (ties broken towards 0.5)."""
    p = np.asarray(probabilities, dtype=float)
    y = np.asarray(labels, dtype=bool)
    values = np.unique(p)
    cuts = np.concatenate([[values[0] - 1e-6], (values[:-1] + values[1:]) / 2, [values[-1] + 1e-6]])
    accuracy = np.array([np.mean((p >= c) == y) for c in cuts])
    best = np.flatnonzero(accuracy == accuracy.max())
    return float(cuts[best[np.argmin(np.abs(cuts[best] - 0.5))]])


@dataclass(frozen=True)
class FaqQuestion:
    text: str
    intent: str


def medquad_by_concept(medquad_root: Path, vocab: FocusVocabulary) -> dict[str, list[FaqQuestion]]:
    """MedQuAD questions grouped by the focus concept their text names."""
    groups: dict[str, list[FaqQuestion]] = defaultdict(list)
    for unit in read_medquad(medquad_root):
        for record in unit.records:
            if not isinstance(record, QuestionRecord):
                continue
            intent = QTYPE_TO_INTENT.get(record.qtype, "other")
            for match in analyze(record.title, vocab).focus[:1]:
                groups[match.concept_id].append(FaqQuestion(record.title, intent))
    return groups


def medquad_pairs(
    consumer: Iterable[LabeledPair],
    faqs: dict[str, list[FaqQuestion]],
    vocab: FocusVocabulary,
    *,
    seed: int = 0,
) -> list[LabeledPair]:
    """Consumer question ↔ MedQuAD question on the same focus; positive iff the MedQuAD
    question's type is among the intents of the consumer question's human summary."""
    rng = random.Random(seed)
    out = []
    for pair in consumer:
        summary = analyze(pair.b, vocab)
        if not summary.focus or summary.intents <= {"other"}:
            continue
        candidates = faqs.get(summary.focus[0].concept_id, [])
        same = [f for f in candidates if f.intent in summary.intents]
        other = [f for f in candidates if f.intent not in summary.intents]
        for pool, label in ((same, True), (other, False)):
            for faq in rng.sample(pool, min(MAX_PER_QUESTION, len(pool))):
                out.append(
                    LabeledPair(
                        pair.a,
                        faq.text,
                        label,
                        group=pair.group,
                        kind=f"medquad:{'same' if label else 'other'}-intent",
                    )
                )
    return out


def faq_pairs(
    faqs: dict[str, list[FaqQuestion]], *, seed: int = 0, limit: int = 1500
) -> list[LabeledPair]:
    """MedQuAD question ↔ MedQuAD question on the same focus: positive when both ask the
    same type of question in different words (often from different institutes), negative
    when they ask different things ("treatments for X" vs "causes of X")."""
    rng = random.Random(seed)
    positives: list[LabeledPair] = []
    negatives: list[LabeledPair] = []
    for concept in sorted(faqs):
        questions = list({f.text.casefold(): f for f in faqs[concept]}.values())
        rng.shuffle(questions)
        for i, first in enumerate(questions):
            for second in questions[i + 1 :]:
                same = first.intent == second.intent
                bucket = positives if same else negatives
                if len(bucket) < limit and (same or rng.random() < 0.2):
                    bucket.append(
                        LabeledPair(
                            first.text,
                            second.text,
                            same,
                            group=concept,
                            kind=f"medquad-faq:{'same' if same else 'other'}",
                        )
                    )
    return positives + negatives


def training_pairs(data_dir: Path, vocab: FocusVocabulary, *, seed: int = 0) -> list[LabeledPair]:
    """All tuning pairs from ``data_dir`` (the shared data folder); never the RQE test set."""
    rqe = read_rqe(data_dir / "rqe" / "RQE_Train_8588_AMIA2016.xml")
    meqsum = read_meqsum_pairs(data_dir / "meqsum" / "meqsum_1000.csv")
    faqs = medquad_by_concept(data_dir / "medquad", vocab)
    return [
        *rqe,
        *meqsum,
        *random_negatives(meqsum, seed=seed),
        *medquad_pairs(meqsum, faqs, vocab, seed=seed),
        *faq_pairs(faqs, seed=seed),
    ]


def source_weights(pairs: Sequence[LabeledPair]) -> np.ndarray:
    """Weights that give each source (the part of ``kind`` before ':') an equal total."""
    sources = [p.kind.split(":")[0] for p in pairs]
    counts = {s: sources.count(s) for s in set(sources)}
    return np.array([len(pairs) / (len(counts) * counts[s]) for s in sources])


def train_pair_model(
    pairs: Sequence[LabeledPair],
    scorer: PairScorer,
    *,
    l2: float = 1.0,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> PairModel:
    """Fit the logistic pair model on 80% of the groups, pick the threshold on the rest."""
    say = progress or (lambda _msg: None)
    say(f"computing features of {len(pairs)} pairs")
    features = scorer.features([(p.a, p.b) for p in pairs])
    x = np.array([[f[name] for name in FEATURES] for f in features])
    y = np.array([p.label for p in pairs], dtype=float)
    groups = sorted({p.group for p in pairs})
    random.Random(seed).shuffle(groups)
    held = set(groups[: len(groups) // 5])
    test = np.array([p.group in held for p in pairs])
    w = source_weights(pairs)
    coef, bias = fit_logistic(x[~test], y[~test], l2=l2, sample_weight=w[~test])
    probabilities = 1.0 / (1.0 + np.exp(-(x[test] @ coef + bias)))
    threshold = best_threshold(probabilities, y[test] > 0.5)
    held_accuracy = float(np.mean((probabilities >= threshold) == (y[test] > 0.5)))
    say(f"held-out accuracy {held_accuracy:.3f} at threshold {threshold:.3f}")
    coef, bias = fit_logistic(x, y, l2=l2, sample_weight=w)  # final fit on everything
    return PairModel(
        weights={name: round(float(c), 6) for name, c in zip(FEATURES, coef, strict=True)},
        bias=round(bias, 6),
        threshold=round(threshold, 6),
        trained_on="RQE train + MeQSum + MedQuAD (public data)",
        meta={
            "pairs": len(pairs),
            "held_out_accuracy": round(held_accuracy, 4),
            "embedder": scorer.embedder.name,
        },
    )
