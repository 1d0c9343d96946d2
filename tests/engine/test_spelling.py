"""Spelling correction of unknown words towards medical words."""

from __future__ import annotations

import pytest

from askmed_engine.spelling import SpellingCorrector, edit_distance

TARGETS = ["fibromyalgia", "myasthenia", "syndrome", "hepatitis", "filaria", "wiedemann", "gout"]


@pytest.fixture(scope="module")
def corrector():
    return SpellingCorrector(TARGETS, known_words=["the", "hepatic", "syndromes"])


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("", "", 0), ("abc", "", 3), ("kitten", "sitting", 3), ("ca", "ac", 1), ("abcd", "acbd", 1)],
)
def test_edit_distance(a, b, distance):
    assert edit_distance(a, b) == distance == edit_distance(b, a)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("fibromalgia", "fibromyalgia"),  # a letter missing
        ("Mysthenia", "myasthenia"),
        ("sindrome", "syndrome"),  # one letter changed
        ("hepatitus", "hepatitis"),
        ("Wieddeman", "wiedemann"),  # two edits in a long word
    ],
)
def test_unknown_words_are_corrected(corrector, written, read):
    assert corrector.correct_word(written) == read


@pytest.mark.parametrize(
    "word",
    ["the", "hepatic", "syndromes", "gouty", "xyzzyq", "abc", "filarxyz", "vitamins2"],
)
def test_known_short_far_or_odd_words_stay(corrector, word):
    # known words; "gouty" (shorter than 5 letters target); too far; digits
    assert corrector.correct_word(word) is None


def test_ties_are_left_alone():
    corrector = SpellingCorrector(["abcdex", "abcdey"], known_words=[])
    assert corrector.correct_word("abcdez") is None


def test_correct_text_reports_changes(corrector):
    text, changes = corrector.correct("Is fibromalgia like hepatitus? Thanks")
    assert text == "Is fibromyalgia like hepatitis? Thanks"
    assert changes == [("fibromalgia", "fibromyalgia"), ("hepatitus", "hepatitis")]
