"""Department suggestions: the right department on top, always exactly k, with reasons."""

from __future__ import annotations

import pytest

from askmed_engine.departments import DEPARTMENT_NAMES
from askmed_engine.routing import DepartmentSuggestion, suggest_departments

SEED = (
    "Left-sided back spasm? I suddenly noticed spasms in my left back today, occurring "
    "every few minutes. What could this condition be?"
)


@pytest.mark.parametrize(
    ("text", "top"),
    [
        ("My tummy hurts and I have diarrhea since yesterday", "Gastroenterology"),
        ("My 3 year old has a fever and a rash on his chest", "Pediatrics"),
        ("My daughter keeps pulling at her ear", "Pediatrics"),
        ("I feel pins and needles in my left hand", "Neurology"),
        ("What is the usual dose and who is the manufacturer of the generic?", "Pharmacy"),
        ("Is this syndrome inherited? Should we do a genetic test?", "Medical Genetics"),
        ("Back strain after lifting, would physical therapy help?", "Rehabilitation"),
        ("I am pregnant and have some spotting", "Obstetrics and Gynecology"),
        ("Chest pain and palpitations when I climb stairs", "Cardiology"),
        ("Itchy red rash and acne on my face", "Dermatology"),
        ("My blood sugar is high, do I have diabetes?", "Endocrinology"),
        ("Toothache and bleeding gums", "Dentistry"),
        ("Blurred vision in my left eye", "Ophthalmology"),
        ("I feel anxious and depressed all the time", "Psychiatry"),
        (SEED, "Neurology"),
    ],
)
def test_top_department(text, top):
    suggestions = suggest_departments(text)
    assert suggestions[0].name == top
    assert suggestions[0].score > 0


def test_reason_names_the_words():
    first = suggest_departments("My tummy hurts and I have diarrhea")[0]
    assert first == DepartmentSuggestion(
        "Gastroenterology", pytest.approx(2 / 4), 'matched "tummy", "diarrhea"'
    )


def test_child_age_phrase_is_a_reason_but_adult_age_is_not():
    assert '"3 year old"' in suggest_departments("my 3 year old coughs at night")[0].reason
    names = [s.name for s in suggest_departments("I am a 45 year old man with a cough")]
    assert "Pediatrics" not in names


@pytest.mark.parametrize(
    "text",
    ["", "   ", "asdf qwer zxcv", "x" * 100_000, "fever " * 20_000, "!!! ??? ..."],
)
def test_always_exactly_three_distinct(text):
    suggestions = suggest_departments(text)
    assert len(suggestions) == 3
    assert len({s.name for s in suggestions}) == 3
    assert all(s.name in DEPARTMENT_NAMES for s in suggestions)
    assert all(0.0 <= s.score <= 1.0 for s in suggestions)


def test_no_match_fills_from_family_medicine_in_list_order():
    assert suggest_departments("") == [
        DepartmentSuggestion("Family Medicine", 0.0, "no specific match"),
        DepartmentSuggestion("Cardiology", 0.0, "no specific match"),
        DepartmentSuggestion("Pulmonology", 0.0, "no specific match"),
    ]


def test_one_match_is_followed_by_family_medicine_filler():
    suggestions = suggest_departments("toothache")
    assert [s.name for s in suggestions] == ["Dentistry", "Family Medicine", "Cardiology"]
    assert [s.reason for s in suggestions[1:]] == ["no specific match"] * 2


def test_sorted_by_score_and_other_k():
    suggestions = suggest_departments("My baby has a fever, a cough and a rash", k=5)
    assert len(suggestions) == 5
    scores = [s.score for s in suggestions]
    assert scores == sorted(scores, reverse=True)
    assert len(suggest_departments("fever", k=40)) == len(DEPARTMENT_NAMES)
    assert suggest_departments("fever", k=0) == []


def test_huge_input_is_fast_enough():
    text = ("My tummy hurts after eating, with diarrhea and nausea. " * 2000)[:100_000]
    suggestions = suggest_departments(text)
    assert suggestions[0].name == "Gastroenterology"


def test_suggestion_is_frozen():
    suggestion = suggest_departments("rash")[0]
    with pytest.raises(AttributeError):
        suggestion.score = 1.0  # type: ignore[misc]
