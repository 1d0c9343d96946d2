"""Page titles: focus + what is asked + department, within 70 characters.

Every consumer question below is written for this file (no real patient text).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from askmed_engine.titles import (
    FALLBACK_FOCUS,
    MAX_TITLE,
    detect_intents,
    focus_from_title,
    page_title,
    title_case,
)

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


# --- real consumer questions: useless titles, long bodies, lay words ----------------------

CONSUMER_CASES = [
    (
        "Help",
        "Hi doctor, my 3 year old daughter has had a high fever for two days and now has a "
        "red rash on her tummy. Should I take her to the ER?",
        "Pediatrics",
        "Red Tummy Rash: When to See a Doctor - Pediatrics",
    ),
    (
        "Question",
        "How much metformin should I take? I was just diagnosed with type 2 diabetes and my "
        "doctor said 500 mg but I forgot to ask when.",
        "Pharmacy",
        "Metformin: Dosage and Timing - Pharmacy",
    ),
    (
        "who makes bromocriptine",
        "i am wondering what company makes the drug bromocriptine, i need it for a pituitary "
        "mass and the price keeps going up.",
        "Pharmacy",
        "Bromocriptine: Manufacturer and Availability - Pharmacy",
    ),
    (
        "Urgent Enquiry",
        "Hello, can I take ibuprofen while pregnant? I am 14 weeks and have a bad toothache.",
        "Pharmacy",
        "Ibuprofen: Safety in Pregnancy - Pharmacy",
    ),
    (
        "hi doctor",
        "I found a small lump in my left breast last week. It does not hurt and moves when I "
        "press it. What could it be?",
        "Obstetrics and Gynecology",
        "Small Left Breast Lump: Causes and Risks - Obstetrics and Gynecology",
    ),
    (
        "No.",
        "My husband snores loudly and sometimes stops breathing in his sleep. Could it be sleep "
        "apnea? How is it treated?",
        "Pulmonology",
        "Sleep Apnea: Causes and Treatment - Pulmonology",
    ),
    (
        "ClinicalTrials.gov - Question - general information",
        "My father has Parkinson's disease and his tremor is getting worse. Are there any "
        "clinical trials he could join?",
        "Neurology",
        "Parkinson's Disease: Research and Trials - Neurology",
    ),
    (
        "",
        "My 7 year old son still wets the bed almost every night. Is this normal at his age?",
        "Pediatrics",
        "Bedwetting: Is It Normal? - Pediatrics",
    ),
    (
        "worried",
        "I get a tight chest pain when I climb stairs and it goes away when I rest. Should I "
        "see a doctor?",
        "Cardiology",
        "Tight Chest Pain: When to See a Doctor - Cardiology",
    ),
    (
        "",
        "My knees hurt when I walk down stairs. I am 58 and a bit overweight. How can I stop "
        "it getting worse?",
        "Orthopedics",
        "Knee Pain: Treatment Options - Orthopedics",
    ),
    (
        "lisinopril cough",
        "I started lisinopril 10 mg two months ago and now I have a dry tickly cough that will "
        "not stop. Is this a side effect?",
        "Cardiology",
        "Lisinopril Cough: Side Effects - Cardiology",
    ),
    (
        "",
        "Can I drink alcohol while taking amoxicillin for a tooth infection?",
        "Pharmacy",
        "Amoxicillin: Interactions - Pharmacy",
    ),
    (
        "Prilosec vs Nexium",
        "Which one works better for acid reflux and what are the side effects of long term use?",
        "Gastroenterology",
        "Prilosec vs Nexium: Side Effects - Gastroenterology",
    ),
    (
        "pink eye",
        "My son woke up with a red eye and yellow discharge. How long is it contagious? Can he "
        "go to school?",
        "Ophthalmology",
        "Pink Eye: How It Spreads - Ophthalmology",
    ),
    (
        "my son's ear",
        "My 2 year old keeps pulling at his right ear and crying at night. He had a cold last "
        "week. Could it be an ear infection?",
        "Pediatrics",
        "Ear Infection: Causes and Risks - Pediatrics",
    ),
    (
        "Hi",
        "Is Huntington's disease passed down to children? My mother has it and I am planning "
        "a family.",
        "Medical Genetics",
        "Huntington's Disease: Inheritance - Medical Genetics",
    ),
    (
        "Please help",
        "I have been feeling sad and tired for months and I have lost interest in everything. "
        "Could this be depression? What treatment options are there?",
        "Psychiatry",
        "Depression: Causes and Treatment - Psychiatry",
    ),
    (
        "",
        "Can my children catch shingles from me? I have a painful blistering rash on my side.",
        "Infectious Diseases",
        "Shingles: How It Spreads - Infectious Diseases",
    ),
    (
        "Question about my period",
        "Is it normal to have spotting between periods after starting the pill?",
        "Obstetrics and Gynecology",
        "Spotting Between Periods: Is It Normal? - Obstetrics and Gynecology",
    ),
    (
        "Dear Sir",
        "I have had diarrhea and stomach cramps for three days after eating at a restaurant. "
        "What can I do to get rid of it?",
        "Gastroenterology",
        "Stomach Cramps: Treatment Options - Gastroenterology",
    ),
    (
        "",
        "What are the side effects of the HPV vaccine for a 12 year old girl?",
        "Infectious Diseases",
        "HPV Vaccine: Side Effects - Infectious Diseases",
    ),
    (
        "itchy scalp",
        "My scalp has been very itchy with white flakes for weeks. I tried dandruff shampoo. "
        "What else can I use?",
        "Dermatology",
        "Itchy Scalp: Treatment Options - Dermatology",
    ),
    (
        "",
        "How often should I give my baby paracetamol for teething? She is 8 months old and 8 kg.",
        "Pediatrics",
        "Paracetamol: Dosage and Timing - Pediatrics",
    ),
    (
        "Advice please",
        "My mum is 78 and keeps forgetting things and getting lost. How is dementia diagnosed?",
        "Geriatrics",
        "Dementia: Diagnosis and Tests - Geriatrics",
    ),
    (
        "",
        "I think I sprained my ankle playing football. It is swollen and blue. How long will "
        "it take to heal?",
        "Orthopedics",
        "Sprained Ankle: Outlook - Orthopedics",
    ),
    (
        "warfarin and cranberry juice",
        "Is it safe to drink cranberry juice while on warfarin?",
        "Pharmacy",
        "Warfarin and Cranberry Juice: Interactions - Pharmacy",
    ),
    (
        "Hello",
        "Why do I keep getting urinary tract infections? This is my fourth UTI this year.",
        "Urology",
        "Urinary Tract Infections: Causes and Risks - Urology",
    ),
    (
        "",
        "I have had ringing in my ears since a concert last month. Will it go away?",
        "Otolaryngology",
        "Ringing in the Ears: Outlook - Otolaryngology",
    ),
    (
        "gout",
        "How can I prevent gout attacks? I had two this year in my big toe.",
        "Rheumatology",
        "Gout: Prevention - Rheumatology",
    ),
    (
        "",
        "My 15 year old has bad acne on her face and back. Which treatments work for teenagers?",
        "Dermatology",
        "Acne on the Face: Treatment Options - Dermatology",
    ),
    (
        "Question",
        "I missed my birth control pill yesterday. What should I do?",
        "Obstetrics and Gynecology",
        "Birth Control Pill: Dosage and Timing - Obstetrics and Gynecology",
    ),
    (
        "asthma inhaler",
        "How many puffs of my albuterol inhaler can I take in a day?",
        "Pulmonology",
        "Asthma Inhaler: Dosage and Timing - Pulmonology",
    ),
    (
        "",
        "What are the early signs of diabetes in adults?",
        "Endocrinology",
        "Diabetes: Symptoms and Signs - Endocrinology",
    ),
    (
        "kidney stones",
        "What causes kidney stones and what is the treatment?",
        "Nephrology",
        "Kidney Stones: Causes and Treatment - Nephrology",
    ),
    (
        "",
        "My 10 year old has had a sore throat and fever for two days. Is it strep throat? "
        "Does he need antibiotics?",
        "Pediatrics",
        "Strep Throat: Treatment Options - Pediatrics",
    ),
    (
        "",
        "Hello, I am 45 years old and have high blood pressure. What foods should I avoid?",
        "Cardiology",
        "High Blood Pressure: Diet and Lifestyle - Cardiology",
    ),
    (
        "Sertraline",
        "Can I take sertraline with ibuprofen?",
        "Pharmacy",
        "Sertraline: Interactions - Pharmacy",
    ),
    (
        "",
        "Where can I buy Tamiflu and is there a generic version?",
        "Pharmacy",
        "Tamiflu: Manufacturer and Availability - Pharmacy",
    ),
    (
        "",
        "My grandmother is 82 and was told she has atrial fibrillation. What is the life "
        "expectancy?",
        "Cardiology",
        "Atrial Fibrillation: Outlook - Cardiology",
    ),
    (
        "",
        "My 6 month old baby has white patches in her mouth that do not wipe off. Is it thrush? "
        "How is it treated?",
        "Pediatrics",
        "Thrush: Treatment Options - Pediatrics",
    ),
    (
        "My son is 5 and has a fever of 39.5. Should I give him ibuprofen or paracetamol?",
        "",
        "Pediatrics",
        "Ibuprofen or Paracetamol: Treatment Options - Pediatrics",
    ),
    (
        "",
        "I have a mole on my back that changed color and started bleeding. Should I worry?",
        "Dermatology",
        "Back Mole: When to See a Doctor - Dermatology",
    ),
]


@pytest.mark.parametrize(("title", "body", "department", "expected"), CONSUMER_CASES)
def test_consumer_questions(title, body, department, expected):
    assert page_title(title, body, department) == expected


def test_seed_body_without_a_title_finds_the_same_focus():
    for title in ("", "Help", "Question", "hi doctor"):
        assert page_title(title, SEED_BODY, "Neurology") == (
            "Left Back Spasms: Causes and Risks - Neurology"
        )


def test_question_at_the_end_of_a_long_story_is_read():
    story = "I have had a long week at work and my family is fine. " * 2000
    title = page_title("Help", f"Hello. {story}How much metformin should I take?", "Pharmacy")
    assert title == "Metformin: Dosage and Timing - Pharmacy"


def test_a_vague_question_is_read_with_the_sentence_before_it():
    assert detect_intents("I missed my pill. What should I do?") == [
        "Dosage and Timing",
        "Treatment Options",
    ]
    assert detect_intents("I have a rash. It itches a lot at night.") == []


def test_safety_in_pregnancy_comes_first():
    asked = "How much aspirin can I take while breastfeeding?"
    assert detect_intents(asked)[0] == "Safety in Pregnancy"
    assert detect_intents("Where can I buy a pregnancy test?") != ["Safety in Pregnancy"]


# --- focus terms from another component --------------------------------------------------


def test_focus_terms_fill_in_when_the_title_names_nothing():
    title = page_title(
        "Help", "I get them every week with flashing lights.", "Neurology", focus_terms=["Migraine"]
    )
    assert title == "Migraine: What You Need to Know - Neurology"


def test_a_useful_title_wins_over_focus_terms():
    title = page_title("Knee swelling", "It started after a fall.", "", focus_terms=["Gout"])
    assert title == "Knee Swelling: What You Need to Know"


def test_empty_focus_terms_are_skipped():
    assert page_title("", "", "", focus_terms=["", "  ", "asthma"]) == (
        "Asthma: What You Need to Know"
    )


# --- hostile input --------------------------------------------------------------------------

HUGE = 100_000


@pytest.mark.parametrize(
    "body",
    [
        "x" * HUGE,
        "<" * HUGE,
        "<div>" * (HUGE // 5),
        "a@" * (HUGE // 2),
        "?." * (HUGE // 2),
        "a-" * (HUGE // 2),
        "a'" * (HUGE // 2),
        "[NAME " * (HUGE // 6),
        "1" * HUGE,
        "痛" * HUGE,
        "My back hurts. " * (HUGE // 15),
        "MY BACK HURTS " * (HUGE // 14),
    ],
    ids=lambda body: repr(body[:6]),
)
def test_huge_and_pathological_bodies_return_and_fit(body):
    # no wall-clock assertion (a noisy machine); catastrophic backtracking would hang here
    title = page_title("Help", body, "Neurology")
    assert len(title) <= MAX_TITLE
    assert title.endswith(" - Neurology")


def test_huge_title_is_cut_to_fit():
    title = page_title("(" * HUGE, "", "Neurology")
    assert title == "Health Question: What You Need to Know - Neurology"
    assert len(page_title("pain " * 20_000, "", "Neurology")) <= MAX_TITLE


@pytest.mark.parametrize(
    ("title", "body"),
    [("", ""), ("   ", " \n\t "), ("???", "!!!"), ("a" * 300, ""), ("No.", "Thanks.")],
)
def test_nothing_usable_falls_back(title, body):
    assert page_title(title, body) == f"{FALLBACK_FOCUS}: What You Need to Know"


def test_html_is_stripped_and_scripts_dropped():
    title = page_title(
        "<h1>Help!</h1>",
        "<p>My <b>toddler</b> swallowed a coin &amp; seems fine.</p>"
        "<script>var x = 'headache';</script> Should I go to the ER?",
        "Pediatrics",
    )
    assert title == "Swallowed Coin: When to See a Doctor - Pediatrics"
    assert page_title("<p>Question about <b>eczema</b></p>", "<br/>") == (
        "Eczema: What You Need to Know"
    )


@pytest.mark.parametrize(
    ("title", "body", "focus"),
    [
        ("Болит голова", "Что делать?", "Болит Голова"),
        ("ألم في الظهر", "", "ألم في الظهر"),
        ("腰痛", "腰痛がひどいです。どうすればいいですか？", "腰痛"),
        ("Dolor de espalda", "¿Qué puedo hacer?", "Dolor de Espalda"),
    ],
)
def test_other_scripts_keep_their_characters(title, body, focus):
    assert page_title(title, body, "Neurology") == f"{focus}: What You Need to Know - Neurology"


def test_body_in_another_language_keeps_its_accents():
    title = page_title("", "¿Qué puedo hacer para el dolor de cabeza?", "")
    assert title.startswith("Qué Puedo Hacer")
    assert len(title) <= MAX_TITLE


def test_unspaced_script_is_cut_to_fit():
    title = page_title("", "我最近頭很痛晚上睡不著請問是什麼原因" * 20, "Neurology")
    assert len(title) <= MAX_TITLE
    assert title.startswith("我最近頭很痛")


@pytest.mark.parametrize(
    ("title", "body", "department", "expected"),
    [
        (
            "MY BABY HAS DIARRHEA WHAT SHOULD I DO",
            "",
            "Pediatrics",
            "Diarrhea: Treatment Options - Pediatrics",
        ),
        (
            "SHINGLES OR HIV",
            "HELP I HAVE HAD THIS RASH ON AND OFF FOR YEARS. WHAT IS IT?",
            "Infectious Diseases",
            "Shingles or HIV: Causes and Risks - Infectious Diseases",
        ),
        (
            "",
            "MY MRI SHOWS A BULGING DISC IN MY LOWER BACK. IS SURGERY NEEDED?",
            "Neurosurgery",
            "Bulging Disc: Treatment Options - Neurosurgery",
        ),
        (
            "DailyMed Feedback",
            "sir, HELP ME OVERCOME INCESSANT FLATULENCE I am suffering for a year now.",
            "Gastroenterology",
            "Incessant Flatulence: What You Need to Know - Gastroenterology",
        ),
    ],
)
def test_shouting_is_normalised(title, body, department, expected):
    assert page_title(title, body, department) == expected


def test_a_department_too_long_is_shortened_at_a_word():
    department = "A Very Long Department Name That Goes On And On And On Forever Really"
    title = page_title("Headache", "x", department)
    assert title == "Headache: What You Need to Know - A Very Long Department Name"


def test_every_title_fits_including_random_noise():
    rng = random.Random(7)
    alphabet = "ab ?.!<>&;-'\"()[]/\n,:ÄßЖ漢字 HIVpain"
    inputs = [(t, b, d) for t, b, d, _ in CONSUMER_CASES]
    for _ in range(300):
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 1500)))
        department = rng.choice(["", "Neurology", "X" * 90, "Medical Genetics " * 5])
        inputs.append((title, body, department))
    for title, body, department in inputs:
        page = page_title(title, body, department)
        assert len(page) <= MAX_TITLE, page
        assert ": " in page
        assert page == page.strip()


# --- helpers --------------------------------------------------------------------------------


def test_title_case_slashes_brackets_and_hearing_aids():
    assert title_case("hiv/aids") == "HIV/AIDS"
    assert title_case("(anxiety) and hearing aids") == "(Anxiety) and Hearing Aids"
    assert title_case("type 2 diabetes in pregnancy") == "Type 2 Diabetes in Pregnancy"
    assert title_case("parkinson's disease") == "Parkinson's Disease"


@pytest.mark.parametrize(
    ("title", "focus"),
    [
        ("who makes bromocriptine", "bromocriptine"),
        ("What is (are) Down Syndrome ?", "Down Syndrome"),
        ("taking oxycodone 5mg", "oxycodone"),
        ("Diabetes Type 2", "Diabetes Type 2"),
        ("Lipitor side effects", "Lipitor"),
        ("In vitro fertilization", "In vitro fertilization"),
        ("my son's fever", "fever"),
        ("Problem of polyuria", "polyuria"),
        (
            "latest research on hepatocellular carcinoma, including hemp oil",
            "hepatocellular carcinoma",
        ),
    ],
)
def test_focus_from_title_strips_filler(title, focus):
    assert focus_from_title(title) == focus


SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _content_words(text: str) -> set[str]:
    small = {"understanding", "and", "its", "on", "the", "to", "a", "of", "when", "see"}
    return {w.strip(":-").lower().rstrip("s") for w in text.split()} - small


def test_the_five_seed_pages_get_titles_in_their_spirit():
    """Without their page titles, each seed question gets the same focus, the same
    department, and an intent phrase: the seed's five titles, reproduced in spirit."""
    from askmed_engine.ingest.seeds import read_seeds
    from askmed_engine.records import QuestionRecord

    questions = [
        r for unit in read_seeds(SEEDS) for r in unit.records if isinstance(r, QuestionRecord)
    ]
    assert len(questions) == 5
    for record in questions:
        ours = page_title("", record.body, record.department)
        assert ours.endswith(f" - {record.department}")
        focus, intent = ours.removesuffix(f" - {record.department}").split(": ", 1)
        seed_focus = record.page_title.split(":")[0]
        assert _content_words(focus) & _content_words(seed_focus), (ours, record.page_title)
        assert intent
        assert len(ours) <= MAX_TITLE
