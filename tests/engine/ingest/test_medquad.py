"""Tests for the MedQuAD reader (synthetic fixtures, plus one real folder when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from askmed_engine.departments import DEPARTMENT_NAMES
from askmed_engine.ingest import MEDQUAD_ATTRIBUTION, READERS, medquad_department, read_medquad
from askmed_engine.ingest.medquad import INSTITUTES, clean_question
from askmed_engine.records import ArticleRecord, QuestionRecord

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "medquad"
REAL_MEDQUAD = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "medquad"


@pytest.fixture(scope="module")
def units():
    return {unit.path: unit for unit in read_medquad(FIXTURES)}


def test_one_unit_per_file_in_sorted_order():
    paths = [unit.path for unit in read_medquad(FIXTURES)]
    assert paths == [f"1_Test_QA/000000{i}.xml" for i in (1, 2, 3, 4)]


def test_good_file_gives_question_and_article_per_answered_pair(units):
    unit = units["1_Test_QA/0000001.xml"]
    assert unit.error is None
    questions = [r for r in unit.records if isinstance(r, QuestionRecord)]
    articles = [r for r in unit.records if isinstance(r, ArticleRecord)]
    assert len(questions) == len(articles) == 2
    question = questions[0]
    assert question.provenance.source == "medquad"
    assert question.provenance.record_id == "1_Test_QA/0000001#1"
    assert question.provenance.url == "https://example.org/testitis"
    assert question.provenance.license == "CC BY 4.0"
    assert question.title == question.body == "What is Testitis?"
    assert (question.focus, question.qtype, question.department) == (
        "Testitis",
        "information",
        "Neurology",
    )
    assert (question.pseudonym, question.asked_at) == ("", None)
    (answer,) = question.answers
    assert answer.doctor_name == ""
    assert answer.institution == "National Institute of Neurological Disorders and Stroke"
    assert answer.body == (
        "Testitis is a made-up condition used only in tests. It has no symptoms at all."
        "\n\nNobody has ever had it."
    )


def test_article_mirrors_the_answer(units):
    article = next(
        r for r in units["1_Test_QA/0000001.xml"].records if isinstance(r, ArticleRecord)
    )
    assert article.provenance.record_id == "1_Test_QA/0000001#1"
    assert article.title == "What is Testitis?"
    assert article.summary == (
        "Testitis is a made-up condition used only in tests. It has no symptoms at all."
    )
    assert article.publisher == "National Institute of Neurological Disorders and Stroke"
    assert (article.url, article.license, article.published_at) == (
        "https://example.org/testitis",
        "CC BY 4.0",
        None,
    )


def test_empty_answers_repeated_pid_and_repeated_question(units):
    unit = units["1_Test_QA/0000002.xml"]
    assert unit.error is None
    questions = [r for r in unit.records if isinstance(r, QuestionRecord)]
    articles = [r for r in unit.records if isinstance(r, ArticleRecord)]
    assert [q.provenance.record_id for q in questions] == ["1_Test_QA/0000002#1"]
    assert len(articles) == 1
    # pid 1 again is skipped, the empty answer is skipped, the same question text (pid 3)
    # continues the first answer, and an identical repeat (pid 4) is not added twice.
    expected = (
        "A pretend kidney disease that exists only in this fixture."
        "\n\nSame question text as pid 1: its answer continues the first one."
    )
    assert questions[0].answers[0].body == articles[0].body == expected
    assert "must be skipped" not in expected
    assert questions[0].department == "Nephrology"


def test_file_without_answers_is_an_empty_unit_not_an_error(units):
    unit = units["1_Test_QA/0000004.xml"]
    assert unit.error is None
    assert unit.records == []


def test_malformed_xml_is_an_error_unit_naming_the_file(units):
    unit = units["1_Test_QA/0000003.xml"]
    assert unit.records == []
    assert unit.error is not None
    assert "1_Test_QA/0000003.xml" in unit.error
    assert "malformed XML" in unit.error
    assert "line" in unit.error  # the parser's position


def test_missing_qapairs_and_unknown_source_are_errors(tmp_path):
    folder = tmp_path / "1_X_QA"
    folder.mkdir()
    (folder / "a.xml").write_text('<Document id="a" source="NINDS"><Focus>x</Focus></Document>')
    (folder / "b.xml").write_text('<Document id="b" source="Nowhere"><QAPairs/></Document>')
    units = list(read_medquad(tmp_path))
    assert "no <QAPairs>" in (units[0].error or "")
    assert "unknown source attribute 'Nowhere'" in (units[1].error or "")


def test_missing_root_raises():
    with pytest.raises(FileNotFoundError, match="not found"):
        list(read_medquad(FIXTURES / "nope"))


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "What is (are) Absence of the Septum Pellucidum ?",
            "What is Absence of the Septum Pellucidum?",
        ),
        (
            "Who is at risk for Parasites - Taeniasis? ?",
            "Who is at risk for Parasites - Taeniasis?",
        ),
        ("what is holmes-adie syndrome ?", "What is holmes-adie syndrome?"),
        ("Do you have information about A1C", "Do you have information about A1C"),
    ],
)
def test_clean_question(raw, clean):
    assert clean_question(raw) == clean


@pytest.mark.parametrize(
    ("source", "focus", "qtype", "department"),
    [
        ("CancerGov", "Adult Acute Lymphoblastic Leukemia", "treatment", "Hematology-Oncology"),
        ("GARD", "Kidney dysplasia", "symptoms", "Medical Genetics"),
        ("GHR", "Asthma", "inheritance", "Medical Genetics"),
        ("NINDS", "Holmes-Adie", "information", "Neurology"),
        ("CDC", "Parasites - Taeniasis", "information", "Infectious Diseases"),
        ("MPlusDrugs", "Ibuprofen", "side effects", "Pharmacy"),
        ("MPlusHerbsSupplements", "Ginger", "how effective is it", "Nutrition"),
        ("NIDDK", "Diabetic Kidney Disease", "information", "Nephrology"),
        ("NIDDK", "Hypothyroidism", "information", "Endocrinology"),
        ("NIDDK", "Cirrhosis", "causes", "Gastroenterology"),
        ("NHLBI", "High Blood Pressure", "treatment", "Cardiology"),
        ("NHLBI", "Sleep Apnea", "treatment", "Pulmonology"),
        ("NHLBI", "Iron-Deficiency Anemia", "treatment", "Hematology-Oncology"),
        ("MPlusHealthTopics", "Acne", "information", "Dermatology"),
        ("NIHSeniorHealth", "Glaucoma", "information", "Ophthalmology"),
        ("MPlusHealthTopics", "Advance Directives", "information", "Family Medicine"),
    ],
)
def test_medquad_department(source, focus, qtype, department):
    assert medquad_department(source, focus, qtype) == department


def test_every_institute_maps_to_a_canonical_department():
    for source in INSTITUTES:
        assert medquad_department(source, "", "") in DEPARTMENT_NAMES


def test_attribution_and_registry():
    assert "Ben Abacha" in MEDQUAD_ATTRIBUTION
    assert "Demner-Fushman" in MEDQUAD_ATTRIBUTION
    assert "BMC Bioinformatics" in MEDQUAD_ATTRIBUTION
    assert "2019" in MEDQUAD_ATTRIBUTION
    assert "CC BY 4.0" in MEDQUAD_ATTRIBUTION
    assert READERS["medquad"] is read_medquad


def test_real_ninds_folder_is_answered_neurology(tmp_path):
    folder = REAL_MEDQUAD / "6_NINDS_QA"
    if not folder.is_dir():
        pytest.skip(f"real MedQuAD not available at {folder}")
    # read_medquad walks a root; point a temporary root at the one real folder.
    (tmp_path / "6_NINDS_QA").symlink_to(folder, target_is_directory=True)
    units = list(read_medquad(tmp_path))
    assert len(units) == len(list(folder.glob("*.xml")))
    assert all(unit.error is None for unit in units)
    questions = [r for u in units for r in u.records if isinstance(r, QuestionRecord)]
    assert len(questions) > 1000
    assert {q.department for q in questions} == {"Neurology"}
    assert all(q.answers and q.answers[0].body for q in questions)
    assert all(q.answers[0].doctor_name == "" for q in questions)
    ids = [q.provenance.record_id for q in questions]
    assert len(ids) == len(set(ids))
