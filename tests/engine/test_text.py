"""Normalisation, tokenisation and stemming, sentences, snippets and highlights."""

from __future__ import annotations

import itertools

import pytest

from askmed_engine.text import (
    STOP_WORDS,
    highlight_spans,
    normalize,
    snippet,
    split_sentences,
    stem,
    tokenize,
)


def test_normalize_nfkc_and_whitespace():
    assert normalize("  ﬁbrosis\u00a0 of\n\tthe  lung ") == "fibrosis of the lung"
    assert normalize("２.５ mg") == "2.5 mg"
    assert normalize("") == ""


class TestStem:
    @pytest.mark.parametrize(
        ("word", "expected"),
        [
            ("spasms", "spasm"),
            ("spasm", "spasm"),
            ("treatments", "treatment"),
            ("treatment", "treatment"),
            ("diabetes", "diabetes"),
            ("studies", "study"),
            ("allergies", "allergy"),
            ("rashes", "rash"),
            ("swelling", "swell"),
            ("bleeding", "bleed"),
            ("bleed", "bleed"),
            ("stopped", "stop"),
            ("treated", "treat"),
            ("suddenly", "sudden"),
            ("usually", "usual"),
            ("family", "family"),
            ("virus", "virus"),
            ("arthritis", "arthritis"),
            ("loss", "loss"),
            ("nervous", "nervous"),
            ("knees", "knee"),
            ("worried", "worry"),
        ],
    )
    def test_cases(self, word, expected):
        assert stem(word) == expected

    @pytest.mark.parametrize(
        "family",
        [
            ("cause", "causes", "caused", "causing"),
            ("headache", "headaches"),
            ("diagnose", "diagnosed", "diagnosing"),
            ("infection", "infections"),
            ("itch", "itches", "itching"),
        ],
    )
    def test_inflections_share_a_stem(self, family):
        assert len({stem(w) for w in family}) == 1

    def test_is_idempotent_on_common_words(self):
        for word in ("spasm", "treatment", "diabetes", "swell", "headach", "rash"):
            assert stem(stem(word)) == stem(word)


def test_tokenize_lowercases_drops_stop_words_and_short_tokens():
    tokens = tokenize("The Left-sided back SPASMS, and a 2.5 mg dose of B12!")
    assert tokens == ["left", "sid", "back", "spasm", "mg", "dos", "b12"]


def test_tokenize_keeps_numbers_and_is_deterministic():
    text = "Took 500 mg twice; fever 39 degrees"
    assert tokenize(text) == ["took", "500", "mg", "twic", "fever", "39", "degree"]
    assert tokenize(text) == tokenize(text)


def test_tokenize_empty_and_only_stop_words():
    assert tokenize("") == []
    assert tokenize("What is it that I should do?") == []


def test_stop_word_list_size():
    assert 140 <= len(STOP_WORDS) <= 220
    assert "pain" not in STOP_WORDS


class TestSplitSentences:
    def test_doctor_title_and_dose(self):
        text = "I saw Dr. Smith today. He prescribed 2.5 mg of it. Is that safe?"
        assert split_sentences(text) == [
            "I saw Dr. Smith today.",
            "He prescribed 2.5 mg of it.",
            "Is that safe?",
        ]

    def test_eg_vs_and_initials(self):
        text = "Use a painkiller, e.g. Ibuprofen, as needed. Try A vs. B first! J. Smith agrees."
        assert split_sentences(text) == [
            "Use a painkiller, e.g. Ibuprofen, as needed.",
            "Try A vs. B first!",
            "J. Smith agrees.",
        ]

    def test_paragraphs_quotes_and_no_final_period(self):
        text = 'He said "stop now." Then he left\n\nNew paragraph without end'
        assert split_sentences(text) == [
            'He said "stop now."',
            "Then he left",
            "New paragraph without end",
        ]

    def test_lowercase_after_period_is_not_a_boundary(self):
        assert split_sentences("Take 1 tab. daily with food.") == ["Take 1 tab. daily with food."]

    def test_empty(self):
        assert split_sentences("   \n\n ") == []


class TestSnippet:
    def test_short_text_unchanged(self):
        assert snippet("Short   question.", limit=300) == "Short question."

    def test_exact_length_not_cut(self):
        assert snippet("abcde", limit=5) == "abcde"

    def test_cut_at_word_boundary(self):
        assert snippet("one two three four", limit=10) == "one two…"

    def test_cut_exactly_before_a_space(self):
        assert snippet("one two three four", limit=7) == "one two…"

    def test_trailing_punctuation_dropped(self):
        assert snippet("pain, fever and cough", limit=6) == "pain…"

    def test_single_long_word_cut_hard(self):
        assert snippet("a" * 50, limit=10) == "a" * 10 + "…"

    def test_default_limit_300(self):
        out = snippet("word " * 200)
        assert out.endswith("…")
        assert len(out) <= 301


class TestHighlightSpans:
    def test_stemmed_matches(self):
        text = "Left-sided back spasms hurt. The spasm returns."
        spans = highlight_spans(text, "back spasm")
        assert [text[a:b] for a, b in spans] == ["back", "spasms", "spasm"]

    def test_sorted_and_disjoint(self):
        text = "Fever, fevers and feverish children with fever"
        spans = highlight_spans(text, "fever children")
        assert spans == sorted(spans)
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
        assert [text[a:b] for a, b in spans] == ["Fever", "fevers", "children", "fever"]

    def test_stop_words_not_highlighted(self):
        assert highlight_spans("the pain of the back", "the of") == []

    def test_spans_index_original_text(self):
        text = "Ｐain\u00a0 and  PAIN"
        assert [text[a:b] for a, b in highlight_spans(text, "pain")] == ["Ｐain", "PAIN"]
