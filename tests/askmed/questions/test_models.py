"""Question, Department and Answer models: querysets, slugs, asker line, constraints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from tests import factories

from askmed.answers.models import Answer
from askmed.departments.models import Department
from askmed.questions.models import Question, asker_line

pytestmark = pytest.mark.django_db

S = Question.Status


def one_of_each_status(dept=None):
    dept = dept or factories.department("neurology")
    return {
        status: factories.QuestionFactory(
            title=f"Status {status} question", status=status, department=dept
        )
        for status in (S.PENDING, S.PUBLISHED, S.ANSWERED, S.HIDDEN)
    }


# --- QuerySets -----------------------------------------------------------------------------


def test_public_is_published_and_answered_only():
    qs = one_of_each_status()
    assert set(Question.objects.public()) == {qs[S.PUBLISHED], qs[S.ANSWERED]}


def test_answered_is_answered_only():
    qs = one_of_each_status()
    assert list(Question.objects.answered()) == [qs[S.ANSWERED]]


def test_waiting_is_published_without_answer_only():
    qs = one_of_each_status()
    assert list(Question.objects.waiting()) == [qs[S.PUBLISHED]]


def test_in_department_filters_by_department():
    neuro = factories.QuestionFactory(department=factories.department("neurology"))
    cardio = factories.QuestionFactory(department=factories.department("cardiology"))
    assert list(Question.objects.in_department(factories.department("neurology"))) == [neuro]
    assert list(Question.objects.in_department(factories.department("cardiology"))) == [cardio]
    assert not Question.objects.in_department(factories.department("dermatology")).exists()


def test_latest_answered_orders_by_last_answered_desc_with_nulls_last():
    now = timezone.now()
    never = factories.QuestionFactory(status=S.ANSWERED, last_answered_at=None)
    old = factories.QuestionFactory(status=S.ANSWERED, last_answered_at=now - timedelta(days=30))
    recent = factories.QuestionFactory(status=S.ANSWERED, last_answered_at=now - timedelta(days=1))
    middle = factories.QuestionFactory(status=S.ANSWERED, last_answered_at=now - timedelta(days=7))
    factories.QuestionFactory(status=S.PUBLISHED, last_answered_at=now)  # not answered
    factories.QuestionFactory(status=S.HIDDEN, last_answered_at=now)  # not answered
    assert list(Question.objects.latest_answered()) == [recent, middle, old, never]


def test_latest_answered_ties_on_null_fall_back_to_newest_created_first():
    first = factories.QuestionFactory(status=S.ANSWERED, last_answered_at=None)
    second = factories.QuestionFactory(status=S.ANSWERED, last_answered_at=None)
    assert list(Question.objects.latest_answered()) == [second, first]


def test_newest_orders_by_asked_at_desc_with_nulls_last():
    now = timezone.now()
    undated = factories.QuestionFactory(asked_at=None)
    old = factories.QuestionFactory(asked_at=now - timedelta(days=400))
    new = factories.QuestionFactory(asked_at=now - timedelta(hours=1))
    assert list(Question.objects.newest()) == [new, old, undated]


# --- slug and URL --------------------------------------------------------------------------


def test_slug_generated_from_title_on_save():
    q = factories.QuestionFactory(title="Why do my Knees CRACK when I climb stairs?")
    assert q.slug == "why-do-my-knees-crack-when-i-climb-stairs"
    q.refresh_from_db()
    assert q.slug == "why-do-my-knees-crack-when-i-climb-stairs"


def test_slug_is_kept_when_title_changes():
    q = factories.QuestionFactory(title="Original wording of the question")
    q.title = "Edited wording"
    q.save()
    assert q.slug == "original-wording-of-the-question"


def test_slug_is_capped_at_100_chars_without_trailing_dash():
    q = factories.QuestionFactory(title="word " * 60)
    assert len(q.slug) <= 100
    assert not q.slug.endswith("-")
    assert q.slug.startswith("word-word")


def test_slug_falls_back_when_title_has_no_slug_characters():
    q = factories.QuestionFactory(title="??? !!!")
    assert q.slug == "question"


def test_get_absolute_url_is_pk_and_slug():
    q = factories.QuestionFactory(title="Numb fingers at night")
    assert q.get_absolute_url() == f"/questions/{q.pk}/numb-fingers-at-night/"


# --- asker line ----------------------------------------------------------------------------


def make_unsaved(**kwargs) -> Question:
    defaults = {
        "title": "t",
        "body": "b",
        "pseudonym": "Qi",
        "age_band": "10~19",
        "sex": "female",
        "asked_at": datetime(2011, 5, 6, 9, 30, tzinfo=UTC),
    }
    defaults.update(kwargs)
    return Question(**defaults)


def test_asker_line_full():
    assert asker_line(make_unsaved()) == "Qi, 10~19 year old female. Ask Date: 2011/05/06"


def test_asker_line_missing_pseudonym_is_anonymous():
    line = asker_line(make_unsaved(pseudonym=""))
    assert line == "Anonymous, 10~19 year old female. Ask Date: 2011/05/06"


def test_asker_line_without_date():
    line = asker_line(make_unsaved(asked_at=None))
    assert line == "Qi, 10~19 year old female. Ask Date: not recorded"


def test_asker_line_without_age_and_sex():
    assert asker_line(make_unsaved(age_band="", sex="")) == "Qi. Ask Date: 2011/05/06"


def test_asker_line_age_only_and_sex_only():
    assert asker_line(make_unsaved(sex="")) == "Qi, 10~19 year old. Ask Date: 2011/05/06"
    assert asker_line(make_unsaved(age_band="", sex="male")) == "Qi, male. Ask Date: 2011/05/06"


def test_asker_line_nothing_known():
    line = asker_line(make_unsaved(pseudonym="", age_band="", sex="", asked_at=None))
    assert line == "Anonymous. Ask Date: not recorded"


# --- Department.with_counts ----------------------------------------------------------------


def test_department_with_counts():
    neuro = factories.department("neurology")
    cardio = factories.department("cardiology")
    for status, n in ((S.ANSWERED, 3), (S.PUBLISHED, 2), (S.HIDDEN, 4), (S.PENDING, 5)):
        for _ in range(n):
            factories.QuestionFactory(department=neuro, status=status)
    factories.QuestionFactory(department=cardio, status=S.PUBLISHED)
    # answers do not inflate the counts (no join fan-out)
    answered = Question.objects.answered().first()
    factories.AnswerFactory(question=answered)
    factories.AnswerFactory(question=answered)

    counts = {d.slug: (d.answered_count, d.waiting_count) for d in Department.objects.with_counts()}
    assert len(counts) == 26
    assert counts["neurology"] == (3, 2)
    assert counts["cardiology"] == (0, 1)
    assert counts["dermatology"] == (0, 0)


# --- Answer constraints --------------------------------------------------------------------


def test_answer_with_doctor_and_institution_is_rejected():
    q = factories.QuestionFactory()
    doctor = factories.DoctorFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(
            question=q,
            doctor=doctor,
            institution="Some Institute",
            body="An answer body long enough.",
        )


def test_answer_with_neither_doctor_nor_institution_is_rejected():
    q = factories.QuestionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(
            question=q, doctor=None, institution="", body="An answer body long enough."
        )


def test_answer_by_doctor_or_by_institution_is_accepted():
    q = factories.QuestionFactory()
    by_doctor = Answer.objects.create(
        question=q, doctor=factories.DoctorFactory(), body="Doctor answer body."
    )
    by_institution = Answer.objects.create(
        question=q, institution="Synthetic Institute", body="Institution answer body."
    )
    assert by_doctor.signature.startswith("Dr. ")
    assert by_institution.signature == "Synthetic Institute"
    assert q.answers.count() == 2


# --- provenance uniqueness -----------------------------------------------------------------


def test_same_source_and_record_id_twice_is_rejected():
    factories.QuestionFactory(source="jsonl", source_record_id="rec-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.QuestionFactory(source="jsonl", source_record_id="rec-1")


def test_same_record_id_in_another_source_is_fine():
    factories.QuestionFactory(source="jsonl", source_record_id="rec-1")
    factories.QuestionFactory(source="meqsum", source_record_id="rec-1")
    assert Question.objects.filter(source_record_id="rec-1").count() == 2


def test_records_without_source_may_share_record_id():
    factories.QuestionFactory(source="", source_record_id="")
    factories.QuestionFactory(source="", source_record_id="")
    factories.ArticleFactory(source="", source_record_id="")
    factories.ArticleFactory(source="", source_record_id="")
    assert Question.objects.filter(source="").count() == 2


def test_article_and_answer_provenance_also_unique():
    factories.ArticleFactory(source="medquad", source_record_id="0001-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.ArticleFactory(source="medquad", source_record_id="0001-1")
    q = factories.QuestionFactory()
    Answer.objects.create(
        question=q, institution="NIH", body="x", source="medquad", source_record_id="a-1"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(
            question=q, institution="NIH", body="y", source="medquad", source_record_id="a-1"
        )
