"""The 26 canonical departments of DESIGN.md §6, with slugs and short descriptions.

Names are exactly as in the design; every page, importer and router uses this list.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Department:
    name: str
    slug: str
    description: str


DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "Family Medicine",
        "family-medicine",
        "General, unclear or minor common complaints; first contact for any health worry.",
    ),
    Department(
        "Cardiology",
        "cardiology",
        "Heart and blood vessels: chest pain, palpitations, blood pressure, heart failure.",
    ),
    Department(
        "Pulmonology",
        "pulmonology",
        "Lungs and breathing: cough, asthma, COPD, shortness of breath, sleep apnea.",
    ),
    Department(
        "Gastroenterology",
        "gastroenterology",
        "Stomach, bowel, liver and pancreas: reflux, abdominal pain, diarrhea, hepatitis.",
    ),
    Department(
        "Nephrology",
        "nephrology",
        "Kidneys: kidney function, dialysis, protein or blood in the urine, electrolytes.",
    ),
    Department(
        "Endocrinology",
        "endocrinology",
        "Hormones and metabolism: diabetes, thyroid, adrenal and pituitary disorders.",
    ),
    Department(
        "Hematology-Oncology",
        "hematology-oncology",
        "Blood disorders and cancer: anemia, clotting, leukemia, lymphoma, tumours.",
    ),
    Department(
        "Infectious Diseases",
        "infectious-diseases",
        "Infections: fever, HIV, hepatitis viruses, tuberculosis, vaccines, travel illness.",
    ),
    Department(
        "Rheumatology",
        "rheumatology",
        "Joints and autoimmunity: arthritis, lupus, gout, inflammatory conditions.",
    ),
    Department(
        "Neurology",
        "neurology",
        "Brain, spinal cord and nerves: headache, seizures, numbness, spasms, stroke.",
    ),
    Department(
        "Neurosurgery",
        "neurosurgery",
        "Surgery of the brain, spine and nerves: tumours, disc herniation, hydrocephalus.",
    ),
    Department(
        "Psychiatry",
        "psychiatry",
        "Mental health: mood, anxiety, sleep, addiction, thoughts of self-harm.",
    ),
    Department(
        "Dermatology",
        "dermatology",
        "Skin, hair and nails: rashes, acne, eczema, moles, hair loss.",
    ),
    Department(
        "Ophthalmology",
        "ophthalmology",
        "Eyes and vision: blurred vision, red eye, glaucoma, cataract.",
    ),
    Department(
        "Otolaryngology",
        "otolaryngology",
        "Ear, nose and throat: hearing, tinnitus, sinuses, tonsils, voice.",
    ),
    Department(
        "Dentistry",
        "dentistry",
        "Teeth, gums and mouth: toothache, cavities, gum disease, orthodontics.",
    ),
    Department(
        "Obstetrics and Gynecology",
        "obstetrics-and-gynecology",
        "Pregnancy, menstruation, contraception and the female reproductive organs.",
    ),
    Department(
        "Urology",
        "urology",
        "Urinary tract and male reproductive organs: bladder, prostate, kidney stones.",
    ),
    Department(
        "Pediatrics",
        "pediatrics",
        "Health of babies, children and teenagers, when the patient is a child.",
    ),
    Department(
        "Orthopedics",
        "orthopedics",
        "Bones and joints: fractures, sports injuries, knee, hip and shoulder problems.",
    ),
    Department(
        "Rehabilitation",
        "rehabilitation",
        "Musculoskeletal pain and strain, physical therapy, recovery of function.",
    ),
    Department(
        "General Surgery",
        "general-surgery",
        "Operations on the abdomen and soft tissue: hernia, gallbladder, appendix, lumps.",
    ),
    Department(
        "Plastic Surgery",
        "plastic-surgery",
        "Reconstructive and cosmetic surgery: scars, burns, breast and facial surgery.",
    ),
    Department(
        "Pharmacy",
        "pharmacy",
        "Questions about a medicine itself: dose, interactions, ingredients, maker.",
    ),
    Department("Nutrition", "nutrition", "Diet, supplements, vitamins, weight and eating habits."),
    Department(
        "Medical Genetics",
        "medical-genetics",
        "Inherited syndromes and genetic testing, asked about as such.",
    ),
)

DEPARTMENT_NAMES: tuple[str, ...] = tuple(d.name for d in DEPARTMENTS)
_BY_KEY = {d.name.casefold(): d for d in DEPARTMENTS} | {d.slug: d for d in DEPARTMENTS}


def find_department(name: str) -> Department | None:
    """The department whose name or slug is ``name`` (case-insensitive), else None."""
    return _BY_KEY.get(name.strip().casefold())
