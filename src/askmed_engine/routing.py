"""Department suggestion from free text, with a one-line reason (DESIGN.md §3.2).

A simple keyword router for now: each department has a list of clinical and lay words and
phrases. Text and keywords go through the same :func:`askmed_engine.text.tokenize`, so
"spasms" matches "spasm" and "pins and needles" matches as the term sequence
``pin needl``. Each distinct keyword found adds its weight (1 for a word, 1.5 for a
phrase) to the department's raw score, and the reported score is ``raw / (raw + 2)``, in
[0, 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from askmed_engine.departments import DEPARTMENT_NAMES
from askmed_engine.text import tokenize

FALLBACK = "Family Medicine"
NO_MATCH = "no specific match"
PHRASE_WEIGHT = 1.5
SATURATION = 2.0
MAX_REASON_WORDS = 3

# Per department, comma-separated words and phrases (clinical and lay).
_KEYWORD_LISTS: dict[str, str] = {
    "Family Medicine": (
        "cold, flu, fever, tired, fatigue, checkup, check up, feel unwell, sore, ache, weak, "
        "dizzy, vaccination, general health, hiccup"
    ),
    "Cardiology": (
        "heart, chest pain, palpitation, blood pressure, hypertension, cholesterol, arrhythmia, "
        "heartbeat, cardiac, angina, heart attack, pulse, artery"
    ),
    "Pulmonology": (
        "lung, cough, asthma, copd, breath, breathing, shortness of breath, wheeze, wheezing, "
        "pneumonia, sleep apnea, phlegm, inhaler, bronchitis"
    ),
    "Gastroenterology": (
        "stomach, tummy, belly, abdomen, abdominal, diarrhea, diarrhoea, constipation, nausea, "
        "vomit, reflux, heartburn, bowel, liver, stool, bloating, colon, hepatitis, ulcer, "
        "indigestion, gastritis"
    ),
    "Nephrology": (
        "kidney, renal, dialysis, creatinine, protein in urine, blood in urine, electrolyte, "
        "potassium, nephritis, kidney function"
    ),
    "Endocrinology": (
        "diabetes, diabetic, blood sugar, insulin, thyroid, hormone, glucose, adrenal, "
        "pituitary, hypothyroidism, hyperthyroidism, metformin, a1c"
    ),
    "Hematology-Oncology": (
        "cancer, tumor, tumour, anemia, anaemia, leukemia, lymphoma, chemo, chemotherapy, "
        "bleeding disorder, blood clot, platelet, malignant, biopsy, lump, metastasis"
    ),
    "Infectious Diseases": (
        "infection, virus, viral, bacteria, hiv, tuberculosis, antibiotic, std, sti, malaria, "
        "covid, contagious, fever after travel, herpes"
    ),
    "Rheumatology": (
        "arthritis, lupus, gout, joint pain, autoimmune, rheumatoid, swollen joint, stiff "
        "joint, fibromyalgia, inflammation"
    ),
    "Neurology": (
        "headache, migraine, seizure, epilepsy, numbness, numb, tingling, pins and needles, "
        "spasm, twitch, stroke, nerve, tremor, dizziness, memory, parkinson, neuropathy, "
        "paralysis, faint, multiple sclerosis"
    ),
    "Neurosurgery": (
        "brain tumor, herniated disc, slipped disc, spinal cord, hydrocephalus, spine surgery, "
        "brain surgery, disc herniation, spinal stenosis"
    ),
    "Psychiatry": (
        "depression, depressed, anxiety, anxious, panic, insomnia, stress, suicidal, mood, "
        "bipolar, addiction, ocd, ptsd, adhd, hallucination, trouble sleeping, self harm"
    ),
    "Dermatology": (
        "skin, rash, itch, itchy, acne, eczema, mole, hair loss, psoriasis, pimple, wart, "
        "hives, nail, blister, dandruff, pigmentation"
    ),
    "Ophthalmology": (
        "eye, vision, blurred vision, blurry, glaucoma, cataract, red eye, eyesight, retina, "
        "floaters, eyelid"
    ),
    "Otolaryngology": (
        "ear, hearing, tinnitus, ringing in ear, sinus, nose, nosebleed, throat, tonsil, voice, "
        "hoarse, vertigo, earache"
    ),
    "Dentistry": (
        "tooth, teeth, toothache, gum, gums, dental, cavity, wisdom tooth, braces, jaw, mouth "
        "ulcer, dentist"
    ),
    "Obstetrics and Gynecology": (
        "pregnant, pregnancy, period, menstrual, menstruation, vaginal, uterus, ovary, ovarian, "
        "contraception, birth control, miscarriage, menopause, pcos, cervical, breastfeeding, "
        "discharge, spotting"
    ),
    "Urology": (
        "bladder, prostate, urine, urinary, urination, kidney stone, erectile, testicle, "
        "testicular, penis, scrotum, incontinence, peeing"
    ),
    "Pediatrics": (
        "my son, my daughter, my baby, my child, my kid, toddler, infant, newborn, child, "
        "children, baby, kid, teething, diaper"
    ),
    "Orthopedics": (
        "fracture, broken bone, bone, knee, hip, shoulder, ankle, wrist, ligament, tendon, "
        "sprain, acl, meniscus, dislocation, osteoporosis"
    ),
    "Rehabilitation": (
        "back pain, back strain, muscle strain, physical therapy, physiotherapy, rehab, "
        "rehabilitation, stiffness, neck pain, recovery, exercise, posture, pulled muscle, "
        "lower back, back, strain, muscle"
    ),
    "General Surgery": (
        "hernia, gallbladder, gallstone, appendix, appendicitis, surgery, operation, abscess, "
        "hemorrhoid, incision, cyst"
    ),
    "Plastic Surgery": (
        "scar, burn, cosmetic, breast implant, rhinoplasty, liposuction, facelift, "
        "reconstruction, botox, tummy tuck"
    ),
    "Pharmacy": (
        "dose, dosage, side effect, medicine, medication, drug, pill, tablet, manufacturer, "
        "generic, interaction, ingredient, overdose, prescription, mg, capsule, brand name, "
        "expired"
    ),
    "Nutrition": (
        "diet, vitamin, supplement, weight loss, lose weight, calorie, protein, eating, "
        "nutrition, obesity, overweight, food, appetite, vegetarian"
    ),
    "Medical Genetics": (
        "inherited, hereditary, genetic, gene, syndrome, genetic test, chromosome, mutation, "
        "carrier, dna test, down syndrome, runs in family"
    ),
}
KEYWORDS: dict[str, tuple[str, ...]] = {
    dept: tuple(w.strip() for w in words.split(",")) for dept, words in _KEYWORD_LISTS.items()
}
_CHILD_AGE_RE = re.compile(
    r"\b(?:(\d{1,2})[- ]?(?:years?|yrs?|y/?o)[- ]?old|(\d{1,2})[- ]?(?:months?|weeks?|days?)"
    r"[- ]?old)\b|\b(\d{1,2})[- ]?(?:yo|y/o)\b"
)
_ADULT_AGE = 18


@dataclass(frozen=True)
class DepartmentSuggestion:
    """A department to route a question to, how strongly (0..1), and why."""

    name: str
    score: float
    reason: str


@cache
def _keyword_terms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Per department: ``(keyword, " term term ")`` pairs, tokenised once.

    Keywords with the same terms ("gum", "gums") count once, as the first listed.
    """
    out = {}
    for dept, words in KEYWORDS.items():
        by_terms: dict[str, str] = {}
        for kw in words:
            if terms := tokenize(kw):
                by_terms.setdefault(f" {' '.join(terms)} ", kw)
        out[dept] = tuple((kw, terms) for terms, kw in by_terms.items())
    return out


def _child_age(text: str) -> str | None:
    """The first age phrase that says the patient is a child ("3 year old"), if any."""
    for match in _CHILD_AGE_RE.finditer(text.lower()):
        years = match.group(1) or match.group(3)
        if years is None or int(years) < _ADULT_AGE:
            return match.group(0)
    return None


def _matches(joined: str, text: str) -> dict[str, list[tuple[int, str]]]:
    """Per department, the ``(position, keyword)`` pairs found in the joined terms."""
    found: dict[str, list[tuple[int, str]]] = {}
    for dept, keywords in _keyword_terms().items():
        hits = [(joined.find(terms), kw) for kw, terms in keywords if terms in joined]
        if hits:
            found[dept] = hits
    age = _child_age(text)
    if age:
        found.setdefault("Pediatrics", []).append((-1, age))
    return found


def _raw_score(hits: list[tuple[int, str]]) -> float:
    return sum(PHRASE_WEIGHT if " " in kw else 1.0 for _, kw in hits)


def _reason(hits: list[tuple[int, str]]) -> str:
    words = [kw for _, kw in sorted(hits)[:MAX_REASON_WORDS]]
    return "matched " + ", ".join(f'"{w}"' for w in words)


def suggest_departments(text: str, k: int = 3) -> list[DepartmentSuggestion]:
    """The ``k`` best departments for ``text``, best first, always ``k`` distinct ones.

    Score = ``raw / (raw + 2)`` with ``raw`` the summed weights of distinct keywords
    matched. Departments with no match fill up the list with score 0, Family Medicine
    first, then in the canonical order.
    """
    k = max(0, min(k, len(DEPARTMENT_NAMES)))
    joined = f" {' '.join(tokenize(text or ''))} "
    order = {name: i for i, name in enumerate(DEPARTMENT_NAMES)}
    scored = []
    for dept, hits in _matches(joined, text or "").items():
        raw = _raw_score(hits)
        scored.append(DepartmentSuggestion(dept, raw / (raw + SATURATION), _reason(hits)))
    scored.sort(key=lambda s: (-s.score, order[s.name]))
    chosen = {s.name for s in scored[:k]}
    fillers = [
        DepartmentSuggestion(name, 0.0, NO_MATCH)
        for name in (FALLBACK, *DEPARTMENT_NAMES)
        if name not in chosen
    ]
    unique_fillers = list({s.name: s for s in fillers}.values())
    return (scored[:k] + unique_fillers)[:k]
