"""Intent detection: MedQuAD templates, consumer phrasing, and the similarity formula."""

from __future__ import annotations

import pytest

from askmed_engine.intents import INTENTS, QTYPE_TO_INTENT, detect_intents, intent_similarity


class TestMedQuADTemplates:
    @pytest.mark.parametrize(
        ("question", "qtype"),
        [
            ("What is (are) Parkinson's disease ?", "information"),
            ("Do you have information about Acupuncture", "information"),
            ("What are the symptoms of ABCD syndrome ?", "symptoms"),
            ("What are the treatments for Back Pain ?", "treatment"),
            ("What causes Gout ?", "causes"),
            ("What is the outlook for Stroke ?", "outlook"),
            ("How to diagnose Anemia ?", "exams and tests"),
            ("Do I need to see a doctor for Heel pain ?", "when to contact a medical professional"),
            ("Is Marfan syndrome inherited ?", "inheritance"),
            ("What are the genetic changes related to Alport syndrome ?", "genetic changes"),
            ("Are there safety concerns or special precautions about Garlic ?", "precautions"),
            ("What are the side effects or risks of Azithromycin ?", "side effects"),
            ("What other information should I know about Abacavir ?", "other information"),
            ("Who should get Abacavir and why is it prescribed ?", "indication"),
            ("How should Abacavir be used and what is the dosage ?", "usage"),
            ("How to prevent Shingles ?", "prevention"),
            ("What are the brand names of Ibuprofen ?", "brand names"),
            ("What to do in case of emergency or overdose of Warfarin ?", "emergency or overdose"),
            ("How many people are affected by Cystic fibrosis ?", "frequency"),
            ("What are the complications of Diabetes ?", "complications"),
            ("What should I know about storage and disposal of Insulin ?", "storage and disposal"),
            ("What should I do if I forget a dose of Metformin ?", "forget a dose"),
            ("What special dietary instructions should I follow with Warfarin ?", "dietary"),
            ("What to do for Constipation ?", "considerations"),
            ("Who is at risk for Lyme disease? ?", "susceptibility"),
            ("What important warning or information should I know about Isotretinoin ?",
             "important warning"),
            ("what research (or clinical trials) is being done for Ataxia ?", "research"),
            ("Where to find support for people with Autism ?", "support groups"),
            ("What is the dosage of Ginkgo ?", "dose"),
            ("Are there interactions between Ginkgo and other medications ?",
             "interactions with medications"),
            ("Are there interactions between Ginkgo and foods ?", "interactions with foods"),
            ("How effective is Ginkgo ?", "how effective is it"),
            ("What are the stages of Lung Cancer ?", "stages"),
            ("Who should not get Shingles Vaccine and what are its contraindications ?",
             "contraindication"),
            ("What to do in case of a severe reaction to Rabies Vaccine ?", "severe reaction"),
            ("How can I learn more about Anthrax ?", "how can i learn more"),
            ("Why get vaccinated with Hepatitis B Vaccine ?", "why get vaccinated"),
        ],
    )  # fmt: skip
    def test_template_maps_to_its_qtype(self, question, qtype):
        assert QTYPE_TO_INTENT[qtype] in detect_intents(question)

    def test_plain_what_is_is_only_information(self):
        assert detect_intents("What is (are) Gout ?") == {"information"}


class TestConsumerPhrasing:
    @pytest.mark.parametrize(
        ("text", "intent"),
        [
            ("what can I do for my sore throat", "treatment"),
            ("How do I get rid of warts on my hands?", "treatment"),
            ("Is there a cure for tinnitus?", "treatment"),
            ("how much tylenol should i take for a fever", "dosage"),
            ("I MISSED MY DOSE OF LISINOPRIL THIS MORNING, WHAT NOW?", "dosage"),
            ("Can I take Advil with Zoloft?", "interactions"),
            ("is it ok to drink alcohol while on antibiotics?", "interactions"),
            ("Is it safe to take Zyrtec while pregnant?", "contraindications"),
            ("will my kids get it too? my husband has huntingtons", "inheritance"),
            ("Is shingles contagious?", "transmission"),
            ("what are the chances of getting it again", "susceptibility"),
            ("any side affects from azithromycin?", "side_effects"),
            ("Can this medicine cause diarrhea?", "side_effects"),
            ("Should I worry about this lump?", "when_to_see_doctor"),
            ("is this serious, should i go to the ER", "when_to_see_doctor"),
            ("who makes bromocriptine? the cost keeps rising", "manufacturer"),
            ("Where can I get my son tested for fragile X?", "support"),
            ("how do i use an inhaler properly", "usage"),
            ("does insulin need to be kept in the fridge?", "storage"),
            ("are there any new treatments or clinical trials for ALS?", "research"),
            ("what foods should I avoid with gout", "diet_lifestyle"),
            ("will it go away on its own?", "prognosis"),
            ("how common is psoriasis?", "frequency"),
            ("why do i keep getting headaches", "causes"),
            ("what are the simptoms of lyme", "symptoms"),
            ("How can I prevent kidney stones from coming back?", "prevention"),
            ("what tests do I need to check for celiac", "diagnosis"),
        ],
    )  # fmt: skip
    def test_detects(self, text, intent):
        assert intent in detect_intents(text)


def test_azithromycin_dose_and_side_effects_differ():
    dose = detect_intents("What is the usual dose of azithromycin for a sinus infection?")
    harms = detect_intents("What are the side effects of azithromycin?")
    assert "dosage" in dose
    assert "side_effects" not in dose
    assert "side_effects" in harms
    assert "dosage" not in harms
    assert intent_similarity(dose, harms) < 0.5


def test_narrative_is_outweighed_by_the_question_in_the_last_sentence():
    text = (
        "I was diagnosed with diabetes in 2010 after a blood test. My doctor did an MRI and "
        "many exams since then. How much metformin should I take?"
    )
    assert detect_intents(text) == {"dosage"}


def test_narrative_without_a_question_falls_back_to_the_whole_text():
    assert "side_effects" in detect_intents("I get side effects from my statin pills.")


def test_subject_line_counts_as_a_question_line():
    text = "SUBJECT: who makes nulytely\nMESSAGE: my pharmacy ran out."
    assert "manufacturer" in detect_intents(text)


@pytest.mark.parametrize("text", ["", "Hello.", "My name is Sam and I live in Ohio."])
def test_other_when_nothing_matches(text):
    assert detect_intents(text) == {"other"}


def test_weak_patterns_yield_to_strong_ones():
    assert detect_intents("What should I do?") == {"treatment"}
    assert "treatment" not in detect_intents("What should I do if I forget a dose?")


def test_every_mapped_intent_is_known():
    assert set(QTYPE_TO_INTENT.values()) <= set(INTENTS)
    assert INTENTS[-1] == "other"


class TestIntentSimilarity:
    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            ({"dosage"}, {"dosage"}, 1.0),
            ({"dosage"}, {"side_effects"}, 0.0),
            ({"causes", "treatment"}, {"causes"}, 0.5),  # 1 shared / 2 in union
            ({"causes", "treatment"}, {"causes", "prognosis"}, 1 / 3),
            ({"information", "causes"}, {"causes"}, 1.0),  # information is dropped
            ({"information"}, {"information"}, 1.0),
            ({"information"}, {"treatment"}, 0.25),
            ({"other"}, {"treatment"}, 0.5),
            ({"other"}, {"other"}, 0.5),
            (set(), {"causes"}, 0.5),
        ],
    )
    def test_formula(self, a, b, expected):
        assert intent_similarity(frozenset(a), frozenset(b)) == pytest.approx(expected)

    def test_symmetric(self):
        a, b = frozenset({"causes", "treatment"}), frozenset({"treatment"})
        assert intent_similarity(a, b) == intent_similarity(b, a)
