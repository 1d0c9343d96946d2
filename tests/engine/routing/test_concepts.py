"""What one institute's page says of a concept's department, and the name rules."""

from __future__ import annotations

import pytest

from askmed_engine.focus import Concept
from askmed_engine.routing.concepts import concept_departments, is_drug, source_votes


@pytest.mark.parametrize(
    ("source", "focus", "expected"),
    [
        ("NINDS", "Anything", {"Neurology": 1.0}),
        ("CancerGov", "Breast Cancer", {"Hematology-Oncology": 1.0}),
        ("MPlusDrugs", "Metformin", {"Pharmacy": 1.0}),
        ("MPlusHerbsSupplements", "Ginkgo", {"Pharmacy": 0.5, "Nutrition": 0.5}),
        ("GHR", "Down syndrome", {"Medical Genetics": 1.0}),
        ("GARD", "Polycystic kidney disease", {"Medical Genetics": 0.5, "Nephrology": 0.5}),
        ("GARD", "Xyz", {"Medical Genetics": 1.0}),
        ("MPlusHealthTopics", "Kidney Stones", {"Urology": 1.0}),
        ("MPlusHealthTopics", "Uveitis", {}),
    ],
)
def test_source_votes(source, focus, expected):
    assert source_votes(source, focus) == expected


def test_concept_departments_average_the_institutes():
    concept = Concept(id="c", name="Parkinson's disease", sources=["NINDS", "GARD"])
    # NINDS -> Neurology 1; GARD -> half genetics, half the organ of the name (Neurology).
    assert concept_departments(concept) == {"Neurology": 0.75, "Medical Genetics": 0.25}


def test_lay_concepts_use_the_name_and_the_brand_table():
    assert concept_departments(Concept(id="l", name="abdominal pain")) == {}
    assert concept_departments(Concept(id="l", name="sertraline")) == {"Pharmacy": 1.0}
    assert is_drug(Concept(id="l", name="sertraline"))
    assert not is_drug(Concept(id="l", name="migraine"))
