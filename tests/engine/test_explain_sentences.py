"""Which passage sentences may stand alone, and which section each belongs in."""

from __future__ import annotations

import pytest

from askmed_engine.explain_sentences import defines, section_of, standalone


@pytest.mark.parametrize(
    "sentence",
    [
        "Gout is a common, painful form of arthritis.",
        "Being overweight increases the risk of developing gout.",
        "Adult Acute Lymphoblastic Leukemia is a cancer of the blood and bone marrow.",
    ],
)
def test_standalone(sentence):
    assert standalone(sentence, focus="Adult Acute Lymphoblastic Leukemia")


@pytest.mark.parametrize(
    "sentence",
    [
        "This condition is more common in men than in women.",  # leans on the one before
        "However, most people recover within a week or two.",
        "It is caused by a virus that spreads in droplets.",
        "- Chemotherapy - Radiation therapy - Surgery and other options.",  # a flattened list
        "Four types of standard treatment are used: - Chemotherapy - Radiation therapy.",
        "Other symptoms of shingles can include - fever - headache - chills - upset stomach.",
        "For more information, visit the website of the national institute.",
        "See the General Information section of this summary for more.",
        "What causes gout and who is at risk of it?",  # a question
        "Gout hurts.",  # too short
        "Sudden, Intense Joint Pain Gout is a form of arthritis that causes pain.",  # heading
        "Call toll-free 1-800-555-0100 for free booklets about the condition.",
    ],
)
def test_not_standalone(sentence):
    assert not standalone(sentence, focus="Gout")


@pytest.mark.parametrize(
    ("sentence", "intent", "first", "section"),
    [
        (
            "See your doctor if a joint is suddenly hot and swollen.",
            "treatment",
            False,
            "see_doctor",
        ),
        ("Gout is caused by too much uric acid in the blood.", "information", False, "causes"),
        ("Doctors treat gout attacks with medicines.", "treatment", False, "helps"),
        (
            "The vaccine can reduce your risk of shingles and the pain it can cause.",
            "information",
            False,
            "helps",
        ),
        ("Gout often starts in the big toe.", "treatment", False, "overview"),  # no cue: background
        ("Gout is a common, painful form of arthritis.", "information", True, "overview"),
        ("Very rarely, shingles can lead to pneumonia.", "information", False, "risks"),
        (
            "Symptoms include a burning pain on one side of the body.",
            "information",
            False,
            "symptoms",
        ),
    ],
)
def test_section_of(sentence, intent, first, section):
    assert section_of(sentence, intent, first) == section


def test_defines():
    assert defines("Gout is a common, painful form of arthritis.", "Gout")
    assert defines("A migraine is a headache.", "Migraine")
    assert defines("Polycythemia vera (PV) is a blood disorder.", "Polycythemia Vera")
    assert not defines("The prevalence of gout varies.", "Gout")
    assert not defines("Gout is a disease.", "")
