"""Which departments a focus concept belongs to, from what MedQuAD says about it.

A concept found by the focus vocabulary carries the institutes whose pages name it
(``sources``), its category (``Disease``/``Drug``/``Other``) and its name. The
department shares of a concept are:

- a drug (MedlinePlus drug pages, or category ``Drug``): Pharmacy;
- a herb or supplement (MedlinePlus herbs and supplements): Pharmacy 0.5, Nutrition 0.5;
- each other institute votes for its department: single-area institutes for their own
  (NINDS -> Neurology, CancerGov -> Hematology-Oncology, CDC -> Infectious Diseases),
  the genetics institutes (GHR, GARD) half for Medical Genetics and half for the organ
  department of the name, multi-area ones for the organ department of the name (the
  focus rules of :func:`askmed_engine.ingest.medquad.focus_department`);
- a concept with no institute (a lay word or brand name): the organ department of its
  name, else a drug when the lay table maps it to a drug.

Votes are normalised to shares that sum to 1; a concept with no vote has no shares.
"""

from __future__ import annotations

from collections import Counter

from askmed_engine.focus import Concept
from askmed_engine.focus_lexicon import BRAND_NAMES
from askmed_engine.ingest.medquad import SOURCE_DEPARTMENTS, focus_department

GENETICS_SOURCES = frozenset({"GHR", "GARD"})
DRUG_SOURCES = frozenset({"MPlusDrugs"})
SUPPLEMENT_SOURCES = frozenset({"MPlusHerbsSupplements"})


def source_votes(source: str, focus: str) -> dict[str, float]:
    """What one institute's page about ``focus`` says of its department (sums to 1,
    or empty when a multi-area institute's focus names no organ)."""
    organ = focus_department(focus)
    if source in DRUG_SOURCES:
        return {"Pharmacy": 1.0}
    if source in SUPPLEMENT_SOURCES:
        return {"Pharmacy": 0.5, "Nutrition": 0.5}
    if source in GENETICS_SOURCES:
        if organ and "syndrome" not in focus.lower():
            return {"Medical Genetics": 0.5, organ: 0.5}
        return {"Medical Genetics": 1.0}
    if source in SOURCE_DEPARTMENTS:
        return {SOURCE_DEPARTMENTS[source]: 1.0}
    return {organ: 1.0} if organ else {}


def concept_departments(concept: Concept) -> dict[str, float]:
    """Department shares of ``concept`` (summing to 1) from its institutes and name."""
    votes: Counter[str] = Counter()
    for source in concept.sources:
        votes.update(source_votes(source, concept.name))
    if not votes and concept.category == "Drug":
        votes["Pharmacy"] += 1.0
    organ = focus_department(concept.name)
    if not votes and organ:
        votes[organ] += 1.0
    if not votes and is_drug_name(concept.name):
        votes["Pharmacy"] += 1.0
    total = sum(votes.values())
    return {dept: vote / total for dept, vote in votes.items()} if total else {}


def is_drug(concept: Concept) -> bool:
    """True for a medicine: a MedlinePlus drug page, category Drug, or a lay brand name."""
    return bool(
        set(concept.sources) & (DRUG_SOURCES | SUPPLEMENT_SOURCES)
        or concept.category == "Drug"
        or is_drug_name(concept.name)
    )


_DRUG_NAMES = frozenset(BRAND_NAMES.values())


def is_drug_name(name: str) -> bool:
    """True when ``name`` is a generic name the brand table maps to (``sertraline``)."""
    return name.lower() in _DRUG_NAMES
