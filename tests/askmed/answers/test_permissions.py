"""Who may answer: ``can_answer`` directly, and through the ``answers:create`` view."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from tests import factories

from askmed.answers.models import Answer
from askmed.answers.permissions import can_answer, doctor_of
from askmed.questions.models import Question

pytestmark = pytest.mark.django_db

S = Question.Status
GOOD_BODY = "This sounds like a tension headache. Rest, fluids and regular meals usually help."


@pytest.fixture
def question():
    return factories.QuestionFactory(
        title="Pressure behind both eyes in the evening",
        department=factories.department("neurology"),
    )


def user_of_kind(kind: str):
    """A user for each row of the permission matrix (None means anonymous)."""
    neuro, cardio = factories.department("neurology"), factories.department("cardiology")
    if kind == "anonymous":
        return None
    if kind == "plain":
        return factories.UserFactory()
    if kind == "staff":
        return factories.UserFactory(is_staff=True, is_superuser=True)
    if kind == "unverified-neurologist":
        return factories.DoctorFactory(verified=False, departments=[neuro]).user
    if kind == "verified-cardiologist":
        return factories.DoctorFactory(departments=[cardio]).user
    if kind == "verified-neurologist":
        return factories.DoctorFactory(departments=[neuro]).user
    if kind == "verified-multi":
        return factories.DoctorFactory(departments=[cardio, neuro]).user
    raise AssertionError(kind)


MATRIX = [
    ("anonymous", False),
    ("plain", False),
    ("staff", False),
    ("unverified-neurologist", False),
    ("verified-cardiologist", False),
    ("verified-neurologist", True),
    ("verified-multi", True),
]


# --- can_answer directly -------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "allowed"), MATRIX)
def test_can_answer_matrix(question, kind, allowed):
    user = user_of_kind(kind) or AnonymousUser()
    assert can_answer(user, question) is allowed


@pytest.mark.parametrize("status", [S.PENDING, S.HIDDEN])
def test_nobody_answers_non_public_questions(question, status):
    question.status = status
    question.save()
    assert can_answer(user_of_kind("verified-neurologist"), question) is False


def test_answered_question_can_get_another_answer(question):
    question.status = S.ANSWERED
    question.save()
    assert can_answer(user_of_kind("verified-neurologist"), question) is True


def test_doctor_of():
    assert doctor_of(AnonymousUser()) is None
    assert doctor_of(factories.UserFactory()) is None
    doctor = factories.DoctorFactory()
    assert doctor_of(doctor.user) == doctor


# --- through the view ----------------------------------------------------------------------


def test_answer_url_reaches_the_answer_view_in_the_real_urlconf(client, settings, question):
    from django.urls import resolve

    settings.ROOT_URLCONF = "askmed.urls"
    assert resolve(create_url(question)).view_name == "answers:create"
    client.force_login(user_of_kind("verified-neurologist"))
    response = client.post(create_url(question), {"body": GOOD_BODY})
    assert response.status_code == 302
    assert Answer.objects.filter(question=question).count() == 1


def create_url(question) -> str:
    return reverse("answers:create", args=[question.pk])


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_is_sent_to_login(client, question, method):
    response = getattr(client, method)(create_url(question), {"body": GOOD_BODY})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert f"next={create_url(question)}" in response["Location"].replace("%2F", "/")
    assert not Answer.objects.exists()


@pytest.mark.parametrize(
    "kind", ["plain", "staff", "unverified-neurologist", "verified-cardiologist"]
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_forbidden_users_get_403(client, question, kind, method):
    client.force_login(user_of_kind(kind))
    response = getattr(client, method)(create_url(question), {"body": GOOD_BODY})
    assert response.status_code == 403
    assert not Answer.objects.exists()
    question.refresh_from_db()
    assert question.status == S.PUBLISHED


@pytest.mark.parametrize("status", [S.PENDING, S.HIDDEN])
@pytest.mark.parametrize("method", ["get", "post"])
def test_doctor_cannot_answer_non_public_question(client, question, status, method):
    question.status = status
    question.save()
    client.force_login(user_of_kind("verified-neurologist"))
    response = getattr(client, method)(create_url(question), {"body": GOOD_BODY})
    assert response.status_code == 403
    assert not Answer.objects.exists()
    question.refresh_from_db()
    assert question.status == status


def test_missing_question_is_404(client):
    client.force_login(user_of_kind("verified-neurologist"))
    assert client.get("/questions/999999/answer/").status_code == 404


def test_verified_doctor_of_department_sees_the_form(client, question):
    doctor = factories.DoctorFactory(
        display_name="Ada Form", departments=[factories.department("neurology")]
    )
    client.force_login(doctor.user)
    response = client.get(create_url(question))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.h1.get_text() == "Answer as Dr. Ada Form (Neurology)"
    assert soup.find("textarea", attrs={"name": "body"}) is not None
    assert "Pressure behind both eyes in the evening" in soup.find(class_="question").get_text()


def test_answer_link_shown_only_to_those_who_may_answer(client, question):
    url = create_url(question)
    assert url not in client.get(question.get_absolute_url()).content.decode()
    client.force_login(user_of_kind("verified-cardiologist"))
    assert url not in client.get(question.get_absolute_url()).content.decode()
    client.force_login(user_of_kind("verified-neurologist"))
    assert url in client.get(question.get_absolute_url()).content.decode()


def test_verified_doctor_publishes_an_answer(client, question):
    neuro = factories.department("neurology")
    doctor = factories.DoctorFactory(display_name="Ada Answer", departments=[neuro])
    client.force_login(doctor.user)
    assert question.last_answered_at is None

    response = client.post(create_url(question), {"body": f"  {GOOD_BODY}  "})

    assert response.status_code == 302
    assert response["Location"] == question.get_absolute_url()
    answer = Answer.objects.get()
    assert answer.question == question
    assert answer.doctor == doctor
    assert answer.department == neuro
    assert answer.institution == ""
    assert answer.body == GOOD_BODY
    assert answer.replied_at is not None
    question.refresh_from_db()
    assert question.status == S.ANSWERED
    assert question.last_answered_at == answer.replied_at

    page = client.get(response["Location"])
    soup = BeautifulSoup(page.content.decode(), "html.parser")
    answers = soup.find(id="answers")
    assert " ".join(answers.find(class_="answer-head").get_text().split()) == (
        "Dr. Ada Answer reply Neurology"
    )
    assert GOOD_BODY in answers.get_text()
    assert f"Reply Date: {answer.replied_at:%Y/%m/%d}" in answers.get_text()
    assert "Your answer is published." in page.content.decode()


def test_multi_department_doctor_signs_with_question_department(client, question):
    doctor = factories.DoctorFactory(
        departments=[factories.department("cardiology"), factories.department("neurology")]
    )
    client.force_login(doctor.user)
    client.post(create_url(question), {"body": GOOD_BODY})
    assert Answer.objects.get().department == factories.department("neurology")


@pytest.mark.parametrize("body", ["", "Too short.", " " * 50, "x" * 20_001])
def test_invalid_answer_body_rerenders_with_error(client, question, body):
    client.force_login(user_of_kind("verified-neurologist"))
    response = client.post(create_url(question), {"body": body})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    errors = soup.find(class_="errorlist")
    assert errors is not None
    assert errors.get_text(strip=True)
    assert not Answer.objects.exists()
    question.refresh_from_db()
    assert question.status == S.PUBLISHED
    assert question.last_answered_at is None
