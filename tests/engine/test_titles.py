"""Page titles: focus + what is asked + department, within 70 characters."""

from __future__ import annotations

import pytest

from askmed_engine.titles import MAX_TITLE, detect_intents, focus_from_title, page_title, title_case

SEED_BODY = (
    "Hello. I suddenly noticed spasms in my left back today, occurring every few minutes, "
    "and they recur whenever I move. Additionally, I experience severe hiccups whenever I "
    "massage the area. What could this condition be? What risks might it pose?"
)


def test_seed_question():
    title = page_title("Left-sided back spasm?", SEED_BODY, "Neurology")
    assert title == "Left-Sided Back Spasm: Causes and Risks - Neurology"


@pytest.mark.parametrize(
    ("title", "qtype", "department", "expected"),
    [
        (
            "What are the treatments for Parkinson's disease ?",
            "treatment",
            "Neurology",
            "Parkinson's Disease: Treatment Options - Neurology",
        ),
        (
            "What is (are) COPD ?",
            "information",
            "Pulmonology",
            "COPD: What You Need to Know - Pulmonology",
        ),
        (
            "Is Marfan syndrome inherited ?",
            "inheritance",
            "Medical Genetics",
            "Marfan Syndrome: Inheritance - Medical Genetics",
        ),
        ("How to prevent Kidney Stones ?", "prevention", "", "Kidney Stones: Prevention"),
        (
            "What are the genetic changes related to alpha thalassemia ?",
            "genetic changes",
            "Hematology-Oncology",
            "Alpha Thalassemia: Genetic Changes - Hematology-Oncology",
        ),
        (
            "What is the outlook for Guillain-Barre syndrome ?",
            "outlook",
            "Neurology",
            "Guillain-Barre Syndrome: Outlook - Neurology",
        ),
        (
            "What are the symptoms of HIV/AIDS ?",
            "symptoms",
            "Infectious Diseases",
            "HIV/AIDS: Symptoms and Signs - Infectious Diseases",
        ),
        (
            "What causes Diabetes ?",
            "causes",
            "Endocrinology",
            "Diabetes: Causes and Risks - Endocrinology",
        ),
    ],
)
def test_medquad_titles_with_qtype(title, qtype, department, expected):
    assert page_title(title, department=department, qtype=qtype) == expected


def test_given_focus_wins_and_is_title_cased():
    title = page_title("whatever", focus="chronic obstructive pulmonary disease", qtype="treatment")
    assert title == "Chronic Obstructive Pulmonary Disease: Treatment Options"


def test_keyword_intents_two_short_ones_are_joined():
    title = page_title("Knee pain after running", "How can I prevent it and what is the outlook?")
    assert title == "Knee Pain After Running: Prevention and Outlook"


def test_medicine_question_side_effects_and_dose():
    title = page_title(
        "Can I take ibuprofen every day?",
        "What dose is safe and what are the side effects?",
        "Pharmacy",
    )
    assert title == "Ibuprofen Every Day: Dosage and Timing - Pharmacy"


def test_when_to_see_a_doctor():
    assert (
        page_title("Dry cough for three weeks", "Should I worry?", "Pulmonology")
        == "Dry Cough for Three Weeks: When to See a Doctor - Pulmonology"
    )


def test_no_intent_means_what_you_need_to_know():
    assert page_title("lupus") == "Lupus: What You Need to Know"


def test_long_focus_is_shortened_at_a_word_never_cut():
    focus = "rheumatoid arthritis of the hand in older adults with long standing joint damage"
    title = page_title("x", focus=focus, qtype="outlook", department="Rheumatology")
    assert len(title) <= MAX_TITLE
    assert title == "Rheumatoid Arthritis of the Hand: Outlook - Rheumatology"


def test_every_title_fits_and_keeps_whole_words():
    title = page_title(
        "Persistent burning sensation in the upper abdomen radiating toward the back at night",
        "What causes this and what treatment helps?",
        "Gastroenterology",
    )
    assert len(title) <= MAX_TITLE
    focus = title.split(":")[0]
    allowed = "persistent burning sensation in the upper abdomen radiating toward back at night"
    assert set(focus.lower().split()) <= set(allowed.split(" "))
    assert title.endswith(": Causes and Risks - Gastroenterology")


def test_title_without_subject_falls_back_to_body():
    title = page_title(
        "What is this?", "Red itchy rash on both arms since yesterday.", "Dermatology"
    )
    assert title.startswith("Red Itchy Rash")
    assert title.endswith("- Dermatology")


def test_empty_input_has_a_fallback_focus():
    assert page_title("", "") == "Health Question: What You Need to Know"


def test_title_case_rules():
    assert title_case("hiv in pregnancy and the newborn") == "HIV in Pregnancy and the Newborn"
    assert title_case("of mice and McArdle disease") == "Of Mice and McArdle Disease"
    assert title_case("left-sided copd flare") == "Left-Sided COPD Flare"


def test_focus_from_title_strips_question_words():
    assert focus_from_title("Who is at risk for Glaucoma? ?") == "Glaucoma"
    assert focus_from_title("Is my headache dangerous?") == "headache"


def test_detect_intents_in_order_of_appearance():
    assert detect_intents("How is it treated? What are the symptoms?") == [
        "Treatment Options",
        "Symptoms and Signs",
    ]
    assert detect_intents("nothing to see") == []


def test_second_intent_dropped_before_the_focus_gets_too_short():
    title = page_title(
        "Persistent burning sensation in the upper abdomen",
        "How can I prevent it, and what is the outlook?",
        "Gastroenterology",
    )
    assert title == "Persistent Burning Sensation: Prevention - Gastroenterology"
