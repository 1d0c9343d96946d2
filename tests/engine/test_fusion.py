"""Fusion functions against hand-computed examples."""

from __future__ import annotations

import math

import pytest

from askmed_engine import fusion


def test_rrf_hand_computed():
    # k = 60. "a": 1/61 + 1/62 = 0.016393 + 0.016129 = 0.032522
    #          "b": 1/62 + 1/61 = same as "a" -> tie broken by id
    #          "c": 1/63        = 0.015873 (only in the first list)
    #          "d": 1/63        = 0.015873 (only in the second list)
    fused = fusion.reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "d"]])
    assert [doc for doc, _ in fused] == ["a", "b", "c", "d"]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[2][1] == pytest.approx(1 / 63)


def test_rrf_weights_change_the_winner():
    # weights (2, 1): "x" = 2/61 = 0.032787; "y" = 2/62 + 1/61 = 0.032258 + 0.016393 = 0.048651
    fused = fusion.reciprocal_rank_fusion([["x", "y"], ["y"]], weights=[2.0, 1.0])
    assert [doc for doc, _ in fused] == ["y", "x"]
    assert fused[0][1] == pytest.approx(2 / 62 + 1 / 61)
    with pytest.raises(ValueError, match="one weight"):
        fusion.reciprocal_rank_fusion([["x"]], weights=[1.0, 2.0])


def test_rrf_with_small_k():
    # k = 1: "a" = 1/2 ; "b" = 1/3 + 1/2 = 0.8333
    fused = fusion.reciprocal_rank_fusion([["a", "b"], ["b"]], k=1)
    assert fused == [("b", pytest.approx(1 / 3 + 1 / 2)), ("a", pytest.approx(0.5))]


def test_min_max():
    assert fusion.min_max([2.0, 4.0, 3.0]) == [0.0, 1.0, 0.5]
    assert fusion.min_max([5.0, 5.0]) == [1.0, 1.0]
    assert fusion.min_max([]) == []


def test_convex():
    assert fusion.convex(0.8, 0.2, 0.25) == pytest.approx(0.25 * 0.8 + 0.75 * 0.2)  # 0.35
    with pytest.raises(ValueError, match="alpha"):
        fusion.convex(1, 1, 1.5)


def test_saturate():
    assert fusion.saturate(3.0, 3.0) == 0.5
    assert fusion.saturate(9.0, 3.0) == 0.75  # 9 / 12
    assert fusion.saturate(-1.0, 3.0) == 0.0
    with pytest.raises(ValueError, match="positive"):
        fusion.saturate(1.0, 0.0)


def test_logistic_is_stable_at_extremes():
    assert fusion.logistic(0.0) == 0.5
    assert fusion.logistic(math.log(3)) == pytest.approx(0.75)  # 1 / (1 + 1/3)
    assert fusion.logistic(-1000.0) == 0.0
    assert fusion.logistic(1000.0) == 1.0


def test_linear_score():
    # 0.5 + 2*0.3 + (-1)*0.4 = 0.5 + 0.6 - 0.4 = 0.7 ; "missing" counts as 0
    score = fusion.linear_score({"a": 0.3, "b": 0.4}, {"a": 2.0, "b": -1.0, "missing": 5.0}, 0.5)
    assert score == pytest.approx(0.7)


def test_overlap_and_jaccard():
    a, b = ["dose", "azithromycin", "child"], ["azithromycin", "dose"]
    assert fusion.overlap_coefficient(a, b) == 1.0  # 2 / min(3, 2)
    assert fusion.jaccard(a, b) == pytest.approx(2 / 3)
    assert fusion.overlap_coefficient([], b) == 0.0
    assert fusion.jaccard([], []) == 0.0
