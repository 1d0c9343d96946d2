"""What each department covers, in clinical and lay words (public knowledge).

These lists describe the departments of DESIGN.md §6 the way a department's own page
would ("Gastroenterology: stomach, tummy, bowel, liver, ..."); the router reads them
through :func:`askmed_engine.text.tokenize`, so "spasms" matches "spasm" and "pins and
needles" matches as a phrase. The condition names MedQuAD knows come from the focus
vocabulary instead (:mod:`askmed_engine.routing.concepts`).
"""

from __future__ import annotations

from functools import cache

from askmed_engine.text import tokenize

_KEYWORD_LISTS: dict[str, str] = {
    "Family Medicine": (
        "common cold, flu, fever, tired, tiredness, fatigue, checkup, check up, "
        "physical exam, feel unwell, weak, weakness, dizzy, vaccination, general health, "
        "hiccup, hiccups, family doctor, primary care, runny nose, sore throat, swollen glands, "
        "night sweats, weight gain, chills, body aches, lymph node"
    ),
    "Cardiology": (
        "heart, chest pain, chest tightness, palpitation, palpitations, blood pressure, "
        "hypertension, cholesterol, arrhythmia, heartbeat, heart rate, cardiac, angina, "
        "heart attack, pulse, artery, arteries, pacemaker, stent, bypass, murmur, "
        "racing heart, skipped beat, irregular heartbeat, atrial fibrillation, afib, "
        "varicose vein, swollen ankles, cardiologist, ekg, ecg, echocardiogram, triglyceride, "
        "hdl, ldl"
    ),
    "Pulmonology": (
        "lung, lungs, cough, coughing, asthma, copd, breath, breathing, shortness of breath, "
        "wheeze, wheezing, pneumonia, sleep apnea, snoring, phlegm, mucus, inhaler, "
        "bronchitis, emphysema, chest x ray, oxygen, spirometry, pleurisy, cpap"
    ),
    "Gastroenterology": (
        "stomach, tummy, belly, abdomen, abdominal, abdominal pain, stomach ache, diarrhea, "
        "diarrhoea, constipation, nausea, vomit, vomiting, throwing up, reflux, acid reflux, "
        "heartburn, bowel, bowel movement, liver, stool, poop, bloating, gas, colon, colonoscopy, "
        "hepatitis, ulcer, indigestion, gastritis, esophagus, swallowing, pancreas, ibs, "
        "crohn, colitis, celiac, fatty liver, cirrhosis, bile, jaundice, rectal bleeding, "
        "endoscopy"
    ),
    "Nephrology": (
        "kidney, kidneys, renal, dialysis, creatinine, protein in urine, blood in urine, "
        "electrolyte, potassium, sodium level, nephritis, kidney function, kidney disease, "
        "kidney failure, gfr, nephrotic, urea, bun"
    ),
    "Endocrinology": (
        "diabetes, diabetic, blood sugar, sugar level, insulin, thyroid, hormone, hormones, "
        "glucose, adrenal, pituitary, hypothyroidism, hyperthyroidism, a1c, hba1c, goiter, "
        "testosterone level, cortisol, endocrinologist, prediabetes, metabolism"
    ),
    "Hematology-Oncology": (
        "cancer, tumor, tumour, anemia, anaemia, leukemia, lymphoma, myeloma, chemo, "
        "chemotherapy, radiation therapy, bleeding disorder, blood clot, platelet, platelets, "
        "malignant, metastasis, oncologist, white blood cell, red blood cell, hemoglobin, "
        "iron deficiency, sickle cell, hemophilia, bruising easily, carcinoma, mass"
    ),
    "Infectious Diseases": (
        "infection, infected, virus, viral, bacteria, bacterial, hiv, aids, tuberculosis, tb, "
        "std, sti, malaria, covid, coronavirus, contagious, herpes, hepatitis b, hepatitis c, "
        "lyme disease, shingles, measles, mumps, chickenpox, strep, mrsa, parasite, worms, "
        "fungal, yeast infection, syphilis, gonorrhea, chlamydia, hpv, sepsis, vaccine"
    ),
    "Rheumatology": (
        "arthritis, lupus, gout, joint pain, joints, autoimmune, rheumatoid, swollen joint, "
        "stiff joint, fibromyalgia, inflammation, sjogren, scleroderma, vasculitis, "
        "ankylosing spondylitis, polymyalgia, uric acid"
    ),
    "Neurology": (
        "headache, headaches, migraine, seizure, seizures, epilepsy, numbness, numb, tingling, "
        "pins and needles, spasm, twitch, twitching, stroke, nerve, nerves, tremor, shaking, "
        "dizziness, memory, memory loss, forgetful, parkinson, neuropathy, paralysis, faint, "
        "fainting, multiple sclerosis, dementia, alzheimer, concussion, brain, neurologist, "
        "restless legs, bell palsy, sciatica, vertigo, balance"
    ),
    "Neurosurgery": (
        "brain tumor, herniated disc, slipped disc, spinal cord, hydrocephalus, spine surgery, "
        "brain surgery, disc herniation, spinal stenosis, spinal fusion, laminectomy, "
        "aneurysm in the brain, shunt, neurosurgeon"
    ),
    "Psychiatry": (
        "depression, depressed, anxiety, anxious, panic, panic attack, insomnia, stress, "
        "stressed, suicidal, mood, mood swings, bipolar, addiction, addicted, ocd, ptsd, adhd, "
        "hallucination, hearing voices, trouble sleeping, sleepless, self harm, eating "
        "disorder, anorexia, bulimia, schizophrenia, psychiatrist, therapist, counseling, "
        "alcohol, drinking, smoking, quit smoking, nervous, worried all the time, grief"
    ),
    "Dermatology": (
        "skin, rash, itch, itchy, itching, acne, eczema, mole, hair loss, psoriasis, pimple, "
        "pimples, wart, warts, hives, nail, nails, blister, dandruff, pigmentation, freckles, "
        "dermatitis, rosacea, sunburn, dry skin, bald, balding, scalp, dermatologist, "
        "spots on skin, boil, fungus, athlete's foot, ringworm, vitiligo, sweating, lice, scabies"
    ),
    "Ophthalmology": (
        "eye, eyes, vision, blurred vision, blurry, glaucoma, cataract, red eye, eyesight, "
        "retina, floaters, eyelid, glasses, contact lens, pink eye, conjunctivitis, "
        "macular degeneration, double vision, eye doctor, ophthalmologist, lasik, stye"
    ),
    "Otolaryngology": (
        "ear, ears, hearing, hearing loss, deaf, tinnitus, ringing in ear, sinus, sinuses, "
        "sinusitis, nose, nosebleed, throat, tonsil, tonsils, tonsillitis, voice, hoarse, "
        "hoarseness, earache, ear infection, ear wax, stuffy nose, congestion, smell, "
        "taste, larynx, adenoids, ent, snore, stutter, stuttering, speech"
    ),
    "Dentistry": (
        "tooth, teeth, toothache, gum, gums, dental, cavity, cavities, wisdom tooth, braces, "
        "jaw, mouth ulcer, dentist, root canal, filling, crown, denture, dentures, bad breath, "
        "canker sore, tmj, bleeding gums, orthodontist"
    ),
    "Obstetrics and Gynecology": (
        "pregnant, pregnancy, period, periods, menstrual, menstruation, vaginal, vagina, "
        "uterus, womb, ovary, ovaries, ovarian, contraception, birth control, miscarriage, "
        "menopause, pcos, cervical, cervix, breastfeeding, discharge, spotting, pap smear, "
        "gynecologist, fertility, infertility, ivf, ovulation, iud, endometriosis, fibroids, "
        "labor, delivery, c section, prenatal, trimester, breast lump, hot flashes, "
        "missed period, morning after pill"
    ),
    "Urology": (
        "bladder, prostate, urine, urinary, urination, kidney stone, kidney stones, erectile, "
        "erectile dysfunction, impotence, testicle, testicles, testicular, penis, scrotum, "
        "incontinence, peeing, pee, urologist, vasectomy, frequent urination, burning urine, "
        "uti, urinary tract infection, psa, foreskin, circumcision, sperm, ejaculation, erection, "
        "erections"
    ),
    "Pediatrics": (
        "toddler, infant, newborn, teething, diaper, pediatrician, colic, formula feeding, "
        "growth chart, baby formula, childhood vaccines"
    ),
    "Orthopedics": (
        "fracture, fractured, broken bone, broken, bone, bones, knee, hip, shoulder, ankle, "
        "wrist, elbow, ligament, tendon, tendonitis, sprain, sprained, acl, meniscus, "
        "dislocation, osteoporosis, cartilage, joint replacement, hip replacement, "
        "knee replacement, orthopedic, carpal tunnel, bunion, heel pain, plantar fasciitis, "
        "rotator cuff, sports injury, foot pain, scoliosis"
    ),
    "Rehabilitation": (
        "back pain, back ache, backache, back strain, muscle strain, physical therapy, "
        "physiotherapy, physical therapist, rehab, rehabilitation, stiffness, neck pain, "
        "stiff neck, recovery, exercise, exercises, posture, pulled muscle, lower back, "
        "upper back, back, strain, muscle, muscles, muscle pain, sore muscles, muscle cramp, "
        "cramps, occupational therapy, walking again, mobility, shoulder pain, whiplash"
    ),
    "General Surgery": (
        "hernia, gallbladder, gallstone, gallstones, appendix, appendicitis, surgery, "
        "operation, abscess, hemorrhoid, hemorrhoids, piles, incision, cyst, lump under skin, "
        "surgeon, stitches, wound, lipoma, anal fissure, fistula"
    ),
    "Plastic Surgery": (
        "scar, scars, burn, burns, cosmetic, breast implant, breast implants, rhinoplasty, "
        "nose job, liposuction, facelift, reconstruction, botox, fillers, tummy tuck, "
        "keloid, plastic surgeon, breast reduction, cleft lip"
    ),
    "Pharmacy": (
        "dose, doses, dosage, side effect, side effects, medicine, medication, medications, "
        "drug, drugs, pill, pills, tablet, tablets, manufacturer, generic, interaction, "
        "interactions, ingredient, ingredients, overdose, prescription, mg, capsule, "
        "brand name, expired, pharmacy, pharmacist, refill, over the counter, med, meds, rx, "
        "ndc, label, caplet"
    ),
    "Nutrition": (
        "diet, vitamin, vitamins, supplement, supplements, weight loss, lose weight, calorie, "
        "calories, protein, eating, nutrition, obesity, overweight, food, foods, appetite, "
        "vegetarian, vegan, nutrient, fiber, sugar intake, salt intake, dietitian, fasting, "
        "meal, meals, gluten, lactose, iron rich, omega 3, minerals"
    ),
    "Medical Genetics": (
        "inherited, inherit, hereditary, genetic, genetics, gene, genes, genetic test, "
        "genetic testing, chromosome, chromosomes, mutation, carrier, dna test, "
        "trisomy, runs in family, runs in my family, genetic counseling, "
        "genetic disorder"
    ),
}

KEYWORDS: dict[str, tuple[str, ...]] = {
    dept: tuple(w.strip() for w in words.split(",")) for dept, words in _KEYWORD_LISTS.items()
}

KEYWORD_WEIGHT = 1.0
PHRASE_WEIGHT = 1.5


@cache
def keyword_terms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Per department: ``(keyword, " term term ")`` pairs, tokenised once.

    Keywords with the same terms ("gum", "gums") count once, as the first listed.
    """
    out = {}
    for dept, words in KEYWORDS.items():
        by_terms: dict[str, str] = {}
        for keyword in words:
            if terms := tokenize(keyword):
                by_terms.setdefault(f" {' '.join(terms)} ", keyword)
        out[dept] = tuple((keyword, terms) for terms, keyword in by_terms.items())
    return out


def joined_terms(text: str) -> str:
    """``text`` as `` term term ... `` (space-padded stemmed terms) for phrase search."""
    return f" {' '.join(tokenize(text))} "


def keyword_hits(text: str) -> list[tuple[str, str, float]]:
    """``(department, keyword, weight)`` for each distinct keyword found in ``text``:
    :data:`KEYWORD_WEIGHT` for a word, :data:`PHRASE_WEIGHT` for a phrase."""
    joined = joined_terms(text)
    return [
        (dept, keyword, PHRASE_WEIGHT if " " in terms.strip() else KEYWORD_WEIGHT)
        for dept, keywords in keyword_terms().items()
        for keyword, terms in keywords
        if terms in joined
    ]


def keyword_shares(text: str) -> dict[str, float]:
    """Each department's share of the keyword weight found in ``text`` (empty if none)."""
    raw: dict[str, float] = {}
    for dept, _, weight in keyword_hits(text):
        raw[dept] = raw.get(dept, 0.0) + weight
    total = sum(raw.values())
    return {dept: value / total for dept, value in raw.items()} if total else {}
