"""The importers on small fixture files, malformed input, and the real seed pages."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import CommandError, call_command

from askmed.answers.models import Answer
from askmed.articles.models import Article
from askmed.doctors.models import Doctor
from askmed.imports.importer import Importer
from askmed.imports.models import ImportedUnit
from askmed.questions.models import Question
from askmed_engine.ingest import READERS

pytestmark = pytest.mark.django_db
FIXTURES = __import__("pathlib").Path(__file__).resolve().parents[2] / "fixtures"


def run(kind: str, path, capsys=None) -> str:
    call_command("import_records", kind, str(path), verbosity=0)
    return capsys.readouterr() if capsys else ""


def test_medquad_answers_come_from_the_institute_never_a_doctor():
    run("medquad", FIXTURES / "medquad")
    question = Question.objects.get(source="medquad", title="What is Testitis?")
    answer = question.answers.get()
    assert answer.doctor is None
    assert answer.institution == "National Institute of Neurological Disorders and Stroke"
    assert question.status == Question.Status.ANSWERED
    assert question.department.name == "Neurology"
    assert question.asked_at is None
    assert answer.replied_at is None
    assert question.source_url == "https://example.org/testitis"
    assert question.source_license == "CC BY 4.0"
    article = Article.objects.get(source="medquad", source_record_id=question.source_record_id)
    assert article.publisher == answer.institution
    assert article.body == answer.body
    assert not Doctor.objects.exists()


def test_a_malformed_file_is_reported_and_the_rest_imported(capsys):
    out = run("medquad", FIXTURES / "medquad", capsys)
    assert "1_Test_QA/0000003.xml" in out.err
    assert "medquad:" in out.out
    assert "1 malformed units skipped" in out.out
    assert Question.objects.filter(source="medquad").exists()
    assert not Question.objects.filter(title__icontains="broken").exists()
    assert not ImportedUnit.objects.filter(key__endswith="0000003.xml").exists()


def test_reimporting_adds_nothing_twice(capsys):
    run("medquad", FIXTURES / "medquad")
    counts = (Question.objects.count(), Answer.objects.count(), Article.objects.count())
    out = run("medquad", FIXTURES / "medquad", capsys)
    assert "0 units imported" in out.out
    assert (Question.objects.count(), Answer.objects.count(), Article.objects.count()) == counts
    call_command("import_records", "medquad", str(FIXTURES / "medquad"), "--force", verbosity=0)
    assert (Question.objects.count(), Answer.objects.count(), Article.objects.count()) == counts


def test_force_reimport_updates_changed_records_in_place():
    run("medquad", FIXTURES / "medquad")
    question = Question.objects.get(title="What is Testitis?")
    Question.objects.filter(pk=question.pk).update(title="edited by hand")
    call_command("import_records", "medquad", str(FIXTURES / "medquad"), "--force", verbosity=0)
    question.refresh_from_db()
    assert question.title == "What is Testitis?"
    assert question.answers.count() == 1


def test_meqsum_questions_wait_for_a_doctor_in_a_routed_department():
    run("meqsum", FIXTURES / "meqsum_small.csv")
    questions = Question.objects.filter(source="meqsum")
    assert questions.count() == 4  # 6 data rows, 2 of them malformed
    assert all(q.status == Question.Status.PUBLISHED for q in questions)
    assert not Answer.objects.exists()
    drug = questions.get(source_record_id="fx-001.txt")
    assert drug.title == "question about pretendol"
    assert "coffee" in drug.body
    assert drug.department.name  # routed, never empty


def test_jsonl_good_lines_import_and_bad_lines_are_named(capsys):
    out = run("jsonl", FIXTURES / "small.jsonl", capsys)
    assert Question.objects.filter(source="test", source_record_id="q1").exists()
    assert Article.objects.filter(source="test", source_record_id="a1").exists()
    for bad in ("q2", "q3", "q4", "p1", "a2", "q5"):
        assert not Question.objects.filter(source_record_id=bad).exists()
        assert not Article.objects.filter(source_record_id=bad).exists()
    assert "small.jsonl#line=" in out.err
    institute = Question.objects.get(source_record_id="q6").answers.get()
    assert institute.institution == "Fixture Institute"
    assert institute.doctor is None


def test_missing_data_folder_says_what_to_do(tmp_path):
    with pytest.raises(CommandError, match="ASKMED_DATA_DIR"):
        call_command("import_records", "medquad", str(tmp_path / "nowhere"), verbosity=0)


def test_default_path_comes_from_the_settings(settings, tmp_path):
    settings.ASKMED_DATA_DIR = str(tmp_path)
    with pytest.raises(CommandError, match=str(tmp_path / "medquad")):
        call_command("import_records", "medquad", verbosity=0)


def test_a_unit_is_written_whole_or_not_at_all(monkeypatch):
    """A failure inside a unit rolls back its rows and its checkpoint together."""
    units = list(READERS["medquad"](FIXTURES / "medquad"))
    importer = Importer("medquad")
    original = importer.write_articles

    def explode(records):
        original(records)
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "write_articles", explode)
    with pytest.raises(RuntimeError):
        importer.run(units)
    assert not Question.objects.exists()
    assert not Article.objects.exists()
    assert not ImportedUnit.objects.exists()


def test_real_seed_pages_keep_their_real_names_and_dates(shared_dir):
    run("seeds", shared_dir / "seeds")
    question = Question.objects.get(source="seeds", source_record_id="000_41c4674387c677e3")
    assert question.title == "Left-sided back spasm?"
    assert (question.pseudonym, question.age_band, question.sex) == ("Qi", "10~19", "female")
    assert question.asked_at.date() == date(2011, 5, 6)
    assert question.page_title == "Left-Sided Back Spasms: Causes and Risks - Neurology"
    answer = question.answers.get()
    assert answer.doctor.display_name == "Ye Boshou"
    assert answer.doctor.user is None  # a named doctor from a page never gets an account
    assert answer.department.name == "Neurology"
    assert answer.replied_at.date() == date(2011, 5, 6)
    assert "More Info" not in question.body
    assert "Dehydration" not in question.body
    similar = Question.objects.filter(source_record_id__startswith="000_41c4674387c677e3#")
    doctors = {(a.doctor.display_name, a.department.name) for q in similar for a in q.answers.all()}
    assert doctors == {
        ("Su Hongci", "Rehabilitation"),
        ("Chen Weida", "Neurology"),
        ("Zhou Ziguang", "Pulmonology"),
        ("Ye Qianyu", "Family Medicine"),
    }
    assert all(q.asked_at is None for q in similar)  # the page gives them no date
    article = Article.objects.get(source="seeds", source_record_id="004_cbc6b88439ea113f")
    assert article.title == "What Your Back Spasms Are Trying To Tell You"
    assert article.publisher == ""  # not stated on the page, so not invented
    assert Article.objects.filter(source_record_id__startswith="004_cbc6b88439ea113f#").count() == 5
