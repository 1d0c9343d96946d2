"""The ask flow: form, publication, search visibility, and every way a POST is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from tests import factories

from askmed.questions.models import AGE_BANDS, Question

pytestmark = pytest.mark.django_db

ASK = reverse("questions:ask")
DISTINCTIVE = "zorblaxitis"  # a made-up word no other record contains


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def valid_data(**overrides) -> dict:
    data = {
        "title": "Why does my elbow click when I lift a kettle?",
        "body": f"For two weeks my right elbow clicks and aches ({DISTINCTIVE}) when I lift "
        "a full kettle. There was no fall. What could cause this?",
        "pseudonym": "Fern",
        "age_band": "40~49",
        "sex": "female",
        "department": str(factories.department("orthopedics").pk),
    }
    data.update(overrides)
    return data


def error_fields(response) -> set[str]:
    form = response.context["form"]
    return set(form.errors)


# --- the form ------------------------------------------------------------------------------


def test_get_shows_every_field_and_the_emergency_notice(client):
    response = client.get(ASK)
    assert response.status_code == 200
    soup = soup_of(response)
    form = soup.find("form", class_="stacked")
    names = {el["name"] for el in form.find_all(["input", "textarea", "select"])}
    assert {"title", "body", "pseudonym", "age_band", "sex", "department"} <= names
    department_options = form.find("select", attrs={"name": "department"}).find_all("option")
    assert len(department_options) == 27  # "let askmed choose" + the 26 departments
    age_options = [o["value"] for o in form.find("select", attrs={"name": "age_band"})("option")]
    assert age_options == ["", *AGE_BANDS]
    notice = " ".join(soup.find(class_="notice").get_text().split())
    assert "If this is an emergency" in notice
    assert "call your local emergency number now" in notice


# --- a valid question ----------------------------------------------------------------------


def test_valid_post_publishes_the_question(client, django_capture_on_commit_callbacks):
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(ASK, valid_data())
    question = Question.objects.get()
    assert response.status_code == 302
    assert response["Location"] == question.get_absolute_url()
    assert len(callbacks) == 2  # the search index refresh and its More Info
    assert question.explanation.computed_at >= before  # computed (inline worker in tests)
    assert question.status == Question.Status.PUBLISHED
    assert question.title == "Why does my elbow click when I lift a kettle?"
    assert DISTINCTIVE in question.body
    assert question.pseudonym == "Fern"
    assert question.age_band == "40~49"
    assert question.sex == "female"
    assert question.department == factories.department("orthopedics")
    assert before <= question.asked_at <= timezone.now()
    assert question.asker is None
    assert question.page_title.endswith(" - Orthopedics")
    assert ": " in question.page_title
    assert question.slug == "why-does-my-elbow-click-when-i-lift-a-kettle"


def test_logged_in_asker_is_recorded(client):
    user = factories.UserFactory()
    client.force_login(user)
    client.post(ASK, valid_data())
    assert Question.objects.get().asker == user


def test_title_whitespace_is_collapsed_and_optional_fields_may_be_empty(client):
    response = client.post(
        ASK,
        valid_data(title="  Elbow   clicking\n when lifting ", pseudonym="", age_band="", sex=""),
    )
    assert response.status_code == 302
    q = Question.objects.get()
    assert q.title == "Elbow clicking when lifting"
    assert (q.pseudonym, q.age_band, q.sex) == ("", "", "")


def test_published_question_page_and_success_message(client):
    response = client.post(ASK, valid_data(), follow=True)
    assert response.status_code == 200
    soup = soup_of(response)
    assert "Your question is published. A doctor of Orthopedics will answer it." in (
        soup.find(class_="messages").get_text()
    )
    q = Question.objects.get()
    assert soup.h1.get_text() == q.page_title
    assert soup.find(id="asker-line").get_text() == (
        f"Fern, 40~49 year old female. Ask Date: {q.asked_at:%Y/%m/%d}"
    )
    assert "This question is waiting for a doctor of Orthopedics." in soup.get_text()


def test_new_question_is_found_by_search(client, django_capture_on_commit_callbacks):
    # an index exists already (built by an earlier search), so it has to be refreshed
    factories.QuestionFactory(title="Older question about a sore wrist")
    first = client.get("/search", {"q": DISTINCTIVE})
    assert "No questions match" in first.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(ASK, valid_data())
    question = Question.objects.get(body__contains=DISTINCTIVE)

    response = client.get("/search", {"q": DISTINCTIVE})
    soup = soup_of(response)
    results = soup.find("ul", class_="search-results").find_all("li")
    assert [li.a["href"] for li in results] == [question.get_absolute_url()]
    assert results[0].find("mark").get_text() == DISTINCTIVE


# --- invalid questions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "Ow?"}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"body": "abc"}, "body"),
        ({"body": ""}, "body"),
        ({"department": "999999"}, "department"),
        ({"department": "neurology"}, "department"),
        ({"age_band": "12~13"}, "age_band"),
        ({"age_band": "90+"}, "age_band"),
        ({"sex": "robot"}, "sex"),
        ({"pseudonym": "p" * 41}, "pseudonym"),
    ],
)
def test_invalid_post_rerenders_with_error_and_creates_nothing(client, overrides, field):
    response = client.post(ASK, valid_data(**overrides))
    assert response.status_code == 200
    assert field in error_fields(response)
    soup = soup_of(response)
    assert soup.find(class_="errorlist") is not None
    # what the asker typed is kept
    if field != "body":
        assert DISTINCTIVE in soup.find("textarea", attrs={"name": "body"}).get_text()
    assert not Question.objects.exists()


def test_body_over_the_limit_is_refused(client, settings):
    limit = settings.ASKMED_MAX_QUESTION_CHARS
    response = client.post(ASK, valid_data(body="word " * (limit // 5 + 10)))
    assert response.status_code == 200
    assert "body" in error_fields(response)
    assert f"under {limit} characters" in response.content.decode()
    assert not Question.objects.exists()


def test_body_at_the_limit_is_accepted(client, settings):
    settings.ASKMED_MAX_QUESTION_CHARS = 50
    body = "Elbow clicks when lifting and aches at night too.."
    assert len(body) == 50
    assert client.post(ASK, valid_data(body=body)).status_code == 302
    assert client.post(ASK, valid_data(body=body + "x")).status_code == 200
    assert Question.objects.count() == 1


def test_huge_post_is_refused_with_400(client, settings):
    huge = "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1000)
    response = client.post(ASK, valid_data(body=huge))
    assert response.status_code == 400
    assert not Question.objects.exists()


def test_asked_at_is_set_by_the_server_not_the_form(client):
    long_ago = (timezone.now() - timedelta(days=3000)).isoformat()
    client.post(ASK, valid_data(asked_at=long_ago, status="answered", view_count="99"))
    q = Question.objects.get()
    assert timezone.now() - q.asked_at < timedelta(minutes=5)
    assert q.status == Question.Status.PUBLISHED
    assert q.view_count == 0
