"""The support check that every explanation sentence must pass."""

from __future__ import annotations

import pytest

from askmed_engine.explain_support import supports, verify_sections
from askmed_engine.explain_types import CitationError, CitedSentence, Section

PASSAGE = (
    "Gout is caused by too much uric acid in the blood. Being overweight increases the "
    "risk of developing gout. About 4 percent of adults have gout."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Being overweight increases the risk of developing gout.",  # verbatim
        "Being  overweight increases the risk of developing gout",  # spacing, no stop
        "Too much uric acid in the blood causes gout.",  # paraphrase, same words
        "About 4 percent of adults have gout.",
    ],
)
def test_supported(sentence):
    assert supports(sentence, [PASSAGE]).supported


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Gout is caused by eating too much red meat and sugar.", "words"),
        ("About 14 percent of adults have gout.", "words"),
        ("Gout is not caused by too much uric acid in the blood.", "negation"),
        ("Gout", "words"),
        ("", "no content words"),
    ],
)
def test_unsupported(sentence, why):
    verdict = supports(sentence, [PASSAGE])
    assert not verdict.supported
    assert why in verdict.how or why == "words"


def test_a_number_the_passages_do_not_give_is_unsupported():
    sentence = (
        "Gout is caused by too much uric acid in the blood, and being overweight increases "
        "the risk of developing gout in 12 percent of adults."
    )
    verdict = supports(sentence, [PASSAGE])
    assert not verdict.supported
    assert "number 12" in verdict.how


def test_numbers_are_compared_whole():
    passage = "Gout affects about 40 percent of men over 60 who drink, a large study found."
    sentence = "Gout affects about 4 percent of men over 60 who drink, a large study found."
    assert not supports(sentence, [passage]).supported


def test_a_negation_in_the_next_sentence_does_not_cover_a_negated_claim():
    passage = "Weak bones are common in adults who lack vitamin D. The condition is not contagious."
    assert not supports(
        "Weak bones are not common in adults who lack vitamin D.", [passage]
    ).supported


def test_a_fragment_is_not_verbatim_support():
    assert supports("too much uric acid", [PASSAGE]).how != "verbatim"


def test_words_scattered_over_passages_do_not_support_a_claim():
    passages = ["Uric acid is a waste product.", "Weight loss is hard.", "Gout is painful."]
    verdict = supports("Uric acid weight loss makes gout painful waste.", passages)
    assert not verdict.supported
    assert "scattered" in verdict.how


def test_a_sentence_citing_nothing_is_unsupported():
    assert supports("Gout is caused by uric acid.", []).how == "cites nothing"


def test_verify_sections_drops_unsupported_and_empty_sections():
    sections = [
        Section("causes", (CitedSentence("Gout is caused by too much uric acid in the blood.",
                                         ("p1",)),
                           CitedSentence("Gout is caused by stress at work.", ("p1",)))),
        Section("helps", (CitedSentence("Cold showers cure gout.", ("p1",)),), title="Own title"),
    ]  # fmt: skip
    kept, rejected = verify_sections(sections, {"p1": PASSAGE})
    assert [s.key for s in kept] == ["causes"]
    assert [c.text for c in kept[0].sentences] == [
        "Gout is caused by too much uric acid in the blood."
    ]
    assert {r.text for r in rejected} == {
        "Gout is caused by stress at work.",
        "Cold showers cure gout.",
    }


def test_verify_sections_keeps_a_section_title():
    section = Section(
        "opening", (CitedSentence("Rest helps.", ("answer",)),), title="What Dr. A said"
    )
    kept, _ = verify_sections([section], {"answer": "Rest helps. Drink water."})
    assert kept[0].heading == "What Dr. A said"


def test_a_citation_of_a_passage_not_given_is_an_error():
    section = Section("causes", (CitedSentence("Gout is caused by uric acid.", ("p9",)),))
    with pytest.raises(CitationError, match="p9"):
        verify_sections([section], {"p1": PASSAGE})
