"""Question analysis: focus + intents together, and the "why similar" hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from askmed_engine.focus import FocusMatch, FocusVocabulary
from askmed_engine.question_analysis import (
    MAX_HINT,
    QuestionAnalysis,
    analyze,
    explain_match,
    question_text,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "medquad_focus"


@pytest.fixture(scope="module")
def vocab() -> FocusVocabulary:
    return FocusVocabulary.build(FIXTURE)


def qa(intents, *names):
    focus = tuple(FocusMatch(f"id:{n}", n, 0, len(n), n) for n in names)
    return QuestionAnalysis(focus, frozenset(intents))


def test_subject_and_message_become_two_lines():
    text = "SUBJECT: zithromax  dose\nMESSAGE: How much   should I take?"
    assert question_text(text) == "zithromax dose\nHow much should I take?"


def test_analyze_subject_message(vocab):
    result = analyze("SUBJECT: Z-Pak\nMESSAGE: how much should i give my son? he is 6", vocab)
    assert [m.name for m in result.focus] == ["Azithromycin"]
    assert result.intents == {"dosage"}


def test_analyze_is_frozen(vocab):
    result = analyze("What causes back spasms?", vocab)
    with pytest.raises(AttributeError):
        result.intents = frozenset()  # type: ignore[misc]


def test_focus_comes_from_the_asking_sentences(vocab):
    text = (
        "Last winter I had the flu and my doctor said it was influenza A. Since then my back "
        "hurts. What causes left-sided back spasms?"
    )
    result = analyze(text, vocab)
    assert [m.surface for m in result.focus] == ["left-sided back spasms"]
    assert [m.name for m in result.focus] == ["Back Spasm"]  # the concept's display name
    assert result.intents == {"causes"}


def test_focus_falls_back_to_the_story_when_the_question_names_nothing(vocab):
    result = analyze("My son has type 2 diabetes. Is it inherited?", vocab)
    assert [m.name for m in result.focus] == ["Type 2 diabetes"]
    assert result.intents == {"inheritance"}


def test_analyze_without_vocabulary():
    result = analyze("CAN I TAKE ADVIL WITH MY WATER PILL?")
    assert [m.name for m in result.focus] == ["ibuprofen", "diuretic"]
    assert "interactions" in result.intents


@pytest.mark.parametrize(
    ("a", "b", "hint"),
    [
        (qa({"causes"}, "back spasm"), qa({"causes"}, "back spasm"),
         "same condition: back spasm; both ask about causes"),
        (qa({"dosage"}, "azithromycin"), qa({"side_effects"}, "azithromycin"),
         "same drug: azithromycin; asks about dosage, not side effects"),
        (qa({"information"}, "gout"), qa({"treatment"}, "gout"), "same condition: gout"),
        (qa({"prognosis"}, "gout"), qa({"prognosis"}, "acne"), "both ask about prognosis"),
        (qa({"causes"}, "gout"), qa({"treatment"}, "acne"), "similar wording"),
        (qa({"other"}), qa({"other"}), "similar wording"),
        (qa({"when_to_see_doctor", "causes"}, "lump"), qa({"when_to_see_doctor"}, "lump"),
         "same condition: lump; both ask about when to see a doctor"),
    ],
)  # fmt: skip
def test_explain_match(a, b, hint):
    assert explain_match(a, b) == hint


def test_explain_match_is_short():
    long_names = [f"very long condition name number {i}" for i in range(5)]
    a = qa({"causes", "treatment", "prognosis"}, *long_names)
    hint = explain_match(a, a)
    assert len(hint) <= MAX_HINT
    assert hint.startswith("same condition: very long condition name number 0")
    assert hint.endswith("…")


def test_explain_real_pair(vocab):
    dose = analyze("What is the dose of Zithromax for strep throat?", vocab)
    harms = analyze("azithromycin side effects??", vocab)
    assert explain_match(dose, harms) == (
        "same drug: Azithromycin; asks about dosage, not side effects"
    )
