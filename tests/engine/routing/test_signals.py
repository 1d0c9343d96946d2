"""The rules of DESIGN.md §6 as detectors: child patient, medicine question, genetics."""

from __future__ import annotations

import pytest

from askmed_engine.routing.signals import (
    child_patient,
    drug_words,
    genetics_request,
    medicine_request,
    unknown_drug_names,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my 3 year old has a cough", ("3 year old", True)),
        ("My 6-week-old son has a fever", ("6-week-old", True)),
        ("one and a half year old girl with AML", ("one and a half year old", True)),
        ("a four month old baby boy scratches", ("four month old", True)),
        ("I have a daughter of 11 years with diabetes", ("daughter of 11", True)),
        ("5 yo boy with a rash", ("5 yo", True)),
        ("I am 15 and have acne", ("I am 15", True)),
        ("our newborn sleeps a lot", ("our newborn", True)),
        ("my daughter has a rash", ("my daughter", False)),
        ("my teenage son has acne", ("my teenage son", True)),
        ("my son is in third grade and coughs", ("my son", True)),
    ],
)
def test_children(text, expected):
    assert child_patient(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my son is 25 and has a cough",
        "I am 48 years old",
        "pain for 6 months to one year",
        "12 years ago I was bitten by a tick",
        "when I was 16 years old I fell",
        "I am 7 weeks pregnant and the baby is fine?",
        "",
    ],
)
def test_not_children(text):
    assert child_patient(text) is None


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("who makes bromocriptine", "who makes"),
        ("What is the dose of metformin?", "dose"),
        ("can I take ibuprofen with warfarin", "can i take"),
        ("where can I buy cetirizine", "where can i buy"),
        ("does this cream contain gluten", "contain"),
        ("When do you know you should not take Tecfidera?", "should not take"),
    ],
)
def test_medicine_requests(text, asked):
    assert medicine_request(text).lower() == asked


def test_no_medicine_request_in_a_symptom_question():
    assert medicine_request("I have a headache every morning") is None


def test_drug_words_and_unknown_drug_names():
    assert drug_words("my pills and lisinopril") == ["pills", "lisinopril"]
    assert unknown_drug_names("I took Tecfidera for 9 days, then Folgard 1 mg") == [
        "Tecfidera",
        "Folgard",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Is it inherited?", "inherited"),
        ("does it run in the family", "run in the family"),
        ("we did a genetic test", "genetic"),
        ("I have a headache", None),
        ("what is this syndrome", None),
    ],
)
def test_genetics_requests(text, found):
    assert genetics_request(text) == found
