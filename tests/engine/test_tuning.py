"""Tuning: logistic regression, threshold choice, source weighting, MedQuAD pairs."""

from __future__ import annotations

import numpy as np
import pytest

from askmed_engine.focus import FocusVocabulary
from askmed_engine.pairs import LabeledPair
from askmed_engine.tuning import (
    FaqQuestion,
    best_threshold,
    fit_logistic,
    medquad_pairs,
    source_weights,
)


def test_fit_logistic_reaches_the_stationary_point():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] - 0.5 * x[:, 1] + rng.normal(scale=0.5, size=400) > 0).astype(float)
    w, b = fit_logistic(x, y, l2=1.0)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    gradient_w = x.T @ (p - y) + 1.0 * w  # the penalised gradient must vanish
    gradient_b = np.sum(p - y)  # the bias is not penalised
    assert np.allclose(gradient_w, 0, atol=1e-6)
    assert abs(gradient_b) < 1e-6
    assert w[0] > 0 > w[1]


def test_fit_logistic_one_feature_hand_check():
    # labels split evenly at x = 0 and symmetric data: the bias must be 0 and w > 0
    x = np.array([[-2.0], [-1.0], [1.0], [2.0]])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    w, b = fit_logistic(x, y, l2=1.0)
    assert b == pytest.approx(0.0, abs=1e-9)
    assert w[0] > 0


def test_sample_weights_count_like_repeated_rows():
    x = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([0.0, 1.0, 0.0, 1.0])
    weighted = fit_logistic(x, y, sample_weight=np.array([1.0, 2.0, 1.0, 1.0]))
    repeated = fit_logistic(np.vstack([x, [[1.0]]]), np.append(y, 1.0))
    assert np.allclose(weighted[0], repeated[0])
    assert weighted[1] == pytest.approx(repeated[1])


def test_best_threshold_hand_example():
    # sorted p: 0.1(F) 0.4(F) 0.6(T) 0.9(T): the cut 0.5 between 0.4 and 0.6 is perfect
    assert best_threshold([0.9, 0.1, 0.6, 0.4], [True, False, True, False]) == pytest.approx(0.5)
    # 0.2(F) 0.3(T) 0.7(F) 0.8(T): cuts 0.25 and 0.75 both give 3/4 and are equally far
    # from 0.5, so the first of them (0.25) is kept
    assert best_threshold([0.2, 0.3, 0.7, 0.8], [False, True, False, True]) == pytest.approx(0.25)


def test_source_weights_give_each_source_an_equal_total():
    pairs = [LabeledPair("a", "b", True, kind="rqe:x")] * 3 + [
        LabeledPair("a", "b", True, kind="meqsum:y")
    ]
    w = source_weights(pairs)
    # 4 pairs, 2 sources: rqe rows 4/(2*3) = 2/3 each, meqsum row 4/(2*1) = 2
    assert np.allclose(w, [2 / 3, 2 / 3, 2 / 3, 2.0])
    assert w[:3].sum() == pytest.approx(w[3])


def test_medquad_pairs_label_by_intent_on_the_same_focus():
    vocab = FocusVocabulary.lay_only()
    consumer = [
        LabeledPair(
            "my son has the flu, how much tamiflu?",
            "What dose of Tylenol?",
            True,
            group="g1",
            kind="meqsum:summary",
        )
    ]
    concept = next(m.concept_id for m in vocab.match("Tylenol"))
    faqs = {
        concept: [
            FaqQuestion("How much acetaminophen can I take?", "dosage"),
            FaqQuestion("What are the side effects of acetaminophen?", "side_effects"),
        ]
    }
    pairs = medquad_pairs(consumer, faqs, vocab)
    labels = {p.b: p.label for p in pairs}
    assert labels == {
        "How much acetaminophen can I take?": True,
        "What are the side effects of acetaminophen?": False,
    }
    assert all(p.a == consumer[0].a and p.group == "g1" for p in pairs)
