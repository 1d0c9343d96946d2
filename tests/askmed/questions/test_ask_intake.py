"""Ask-time intelligence in the ask flow: live departments, red flags, masking, routing,
and doctors moving a question to another department."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from tests import factories

from askmed.questions.models import Question

pytestmark = pytest.mark.django_db

ASK = reverse("questions:ask")
LIVE = reverse("questions:similar-live")
PHONE = "0912-345-678"
EMERGENCY = "I have crushing chest pain going down my left arm right now and I am sweating."


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def data(**overrides) -> dict:
    values = {
        "title": "Why does my elbow click when I lift a kettle?",
        "body": "For two weeks my right elbow clicks and aches when I lift a full kettle. "
        "There was no fall. What could cause this?",
        "pseudonym": "Fern",
        "age_band": "40~49",
        "sex": "female",
        "department": str(factories.department("orthopedics").pk),
    }
    values.update(overrides)
    return values


def test_the_ask_page_has_the_live_intake_panel_and_its_script(client):
    soup = soup_of(client.get(ASK))
    assert soup.find(id="intake-live") is not None
    assert any("ask.js" in s.get("src", "") for s in soup.find_all("script"))
    empty = soup.find("select", attrs={"name": "department"}).find("option")
    assert empty.get_text() == "Not sure: let askmed choose"


def test_live_panel_shows_departments_red_flags_and_what_was_masked(client):
    body = f"{EMERGENCY} Please call me at {PHONE}."
    response = client.post(LIVE, {"title": "Chest pain now", "body": body})
    soup = soup_of(response)
    panel = soup.find(id="intake-live")
    assert panel["hx-swap-oob"] == "true"
    flag = panel.find(class_="red-flag")
    assert flag["role"] == "alert"
    assert "emergency" in flag.get_text().lower()
    buttons = [b["data-department"] for b in panel.select("button.choose-department")]
    assert len(buttons) == 3
    assert "Cardiology" in buttons
    title = panel.find(class_="page-title-preview").strong.get_text()
    assert title.endswith(f" - {buttons[0]}")
    assert len(title) <= 70
    preview = panel.find(class_="masked-preview")
    assert "phone number" in preview.get_text()
    assert PHONE not in preview.get_text()
    assert "Answered questions like yours" in soup.find("h2").get_text()  # the main target


def test_live_panel_is_quiet_for_an_ordinary_question(client):
    panel = soup_of(client.post(LIVE, data())).find(id="intake-live")
    assert panel.find(class_="red-flag") is None
    assert panel.find(class_="masked-preview") is None
    assert panel.select("button.choose-department")


def test_only_the_masked_text_is_stored(client):
    body = f"My elbow clicks when I lift a kettle. Call me at {PHONE} or mail fern@example.com."
    response = client.post(ASK, data(body=body), follow=True)
    question = Question.objects.get()
    assert PHONE not in question.body
    assert "fern@example.com" not in question.body
    assert "elbow clicks" in question.body
    text = soup_of(response).find(class_="messages").get_text()
    assert "phone number" in text
    assert "e-mail" in text or "email" in text


def test_a_question_without_a_department_is_routed(client):
    body = "For two weeks I have had an itchy red rash with small blisters on both hands."
    response = client.post(ASK, data(title="Itchy rash on my hands", body=body, department=""))
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.department.name == "Dermatology"
    assert question.page_title.endswith(" - Dermatology")


def test_an_emergency_question_is_published_with_the_guidance(client):
    response = client.post(ASK, data(title="Chest pain right now", body=EMERGENCY), follow=True)
    assert Question.objects.count() == 1
    assert "emergency" in soup_of(response).find(class_="messages").get_text().lower()


# --- moving a question to another department ----------------------------------------------


def move(client, question, department_slug):
    department = factories.department(department_slug)
    url = reverse("questions:reassign", args=[question.pk])
    return client.post(url, {"department": department.pk})


def test_a_doctor_of_the_department_may_move_it_and_the_title_follows(client):
    question = factories.QuestionFactory(department=factories.department("neurology"))
    doctor = factories.DoctorFactory(departments=[factories.department("neurology")])
    client.force_login(doctor.user)
    soup = soup_of(client.get(question.get_absolute_url()))
    assert soup.find("form", class_="reassign") is not None
    response = move(client, question, "ophthalmology")
    question.refresh_from_db()
    assert response.status_code == 302
    assert question.department.slug == "ophthalmology"
    assert question.page_title.endswith(" - Ophthalmology")


@pytest.mark.parametrize("who", ["anonymous", "other doctor", "unverified doctor", "user"])
def test_others_may_not_move_it(client, who):
    question = factories.QuestionFactory(department=factories.department("neurology"))
    if who == "other doctor":
        client.force_login(
            factories.DoctorFactory(departments=[factories.department("urology")]).user
        )
    elif who == "unverified doctor":
        client.force_login(factories.DoctorFactory(verified=False).user)
    elif who == "user":
        client.force_login(factories.UserFactory())
    assert soup_of(client.get(question.get_absolute_url())).find("form", class_="reassign") is None
    assert move(client, question, "ophthalmology").status_code == 403
    question.refresh_from_db()
    assert question.department.slug == "neurology"


def test_staff_may_move_it_and_a_bad_department_changes_nothing(client):
    question = factories.QuestionFactory(department=factories.department("neurology"))
    client.force_login(factories.UserFactory(is_staff=True))
    url = reverse("questions:reassign", args=[question.pk])
    response = client.post(url, {"department": "999999"}, follow=True)
    assert "Choose one of the departments" in soup_of(response).find(class_="messages").get_text()
    question.refresh_from_db()
    assert question.department.slug == "neurology"
    assert move(client, question, "urology").status_code == 302
    question.refresh_from_db()
    assert question.department.slug == "urology"


def test_moving_needs_post(client):
    question = factories.QuestionFactory()
    assert client.get(reverse("questions:reassign", args=[question.pk])).status_code == 405
