"""The More Info block of a question page: computed in the background, cited, signed off."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.management import call_command
from tests import factories

from askmed.enrichment.tasks import explain_question, refresh_knowledge
from askmed.explanations.models import Explanation
from askmed.explanations.services import compute, request_for
from askmed.questions.models import Question

pytestmark = pytest.mark.django_db

QUESTION_BODY = "My big toe is swollen, red and hot since yesterday. What causes gout?"


@pytest.fixture
def question(knowledge_base):
    answer = factories.AnswerFactory(
        question__title="Swollen big toe",
        question__body=QUESTION_BODY,
        question__department=factories.department("rheumatology"),
        doctor__display_name="Ada Test",
        department=factories.department("rheumatology"),
        body="This sounds like gout. Cut down on alcohol and rest the foot.",
    )
    return answer.question


@pytest.fixture
def editor():
    user = factories.UserFactory(
        username="editor", first_name="Ed", last_name="Itor", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="review_explanation"))
    return user


def page(client, question) -> BeautifulSoup:
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def structured(soup: BeautifulSoup) -> dict:
    return json.loads(soup.find("script", type="application/ld+json").string)


def test_the_page_shows_the_explanation_with_numbered_citations_and_sources(client, question):
    explain_question.enqueue(question.pk)
    block = page(client, question).find(id="more-info")
    label = block.find(id="more-info-label").get_text()
    assert "Compiled automatically from the sources below; not reviewed by a doctor." in label
    assert "What Dr. Ada Test (Rheumatology) said" in block.get_text()
    assert "This sounds like gout." in block.find("blockquote").get_text()
    sources = block.find(id="more-info-sources").find_all("li")
    assert sources
    for link in block.select("sup a"):
        number = link.get_text().strip("[]")
        assert block.find(id=f"source-{number}") is not None
    first = sources[0].get_text(" ", strip=True)
    assert "Synthetic Institute of Health" in first
    assert "Licence: CC BY 4.0" in first
    assert "MedQuAD" in first  # the attribution its licence asks for
    assert sources[0].find("a")["href"].startswith("https://example.org/")


def test_page_and_command_agree(question, capsys):
    row = compute(question)
    request = request_for(question)
    call_command(
        "explain", request.question, answer=request.answer, answered_by=request.answered_by
    )
    printed = json.loads(capsys.readouterr().out)
    assert printed["sections"] == row.payload["sections"]
    assert printed["sources"] == row.payload["sources"]
    assert not printed["abstained"]


def test_structured_data_claims_no_review_until_an_editor_signs(client, question, editor):
    row = compute(question)
    data = structured(page(client, question))
    assert data["@type"] == "MedicalWebPage"
    assert data["specialty"] == "Rheumatology"
    assert "reviewedBy" not in data
    assert "lastReviewed" not in data
    assert [c["name"] for c in data["citation"]] == [
        s.title for s in row.content.sources if s.kind == "passage"
    ]

    client.force_login(editor)
    response = client.post(f"/questions/{question.pk}/more-info/review", {"digest": row.digest})
    assert response.status_code == 302
    client.logout()
    soup = page(client, question)
    label = soup.find(id="more-info-label").get_text()
    assert "reviewed by Ed Itor on" in label
    assert "not reviewed" not in label
    data = structured(soup)
    assert data["reviewedBy"] == {"@type": "Person", "name": "Ed Itor"}
    row.refresh_from_db()
    assert data["lastReviewed"] == row.reviewed_at.date().isoformat()


def test_new_content_needs_a_new_sign_off(client, question, editor):
    row = compute(question)
    client.force_login(editor)
    client.post(f"/questions/{question.pk}/more-info/review", {"digest": row.digest})
    question.answers.update(body="It is gout. Drink water and see me next week.")
    row = compute(Question.objects.get(pk=question.pk))
    assert not row.is_reviewed
    client.logout()
    soup = page(client, question)
    assert "not reviewed by a doctor" in soup.find(id="more-info-label").get_text()
    assert "reviewedBy" not in structured(soup)


@pytest.mark.parametrize("who", ["anonymous", "doctor", "staff_without_permission"])
def test_only_an_editor_may_sign_off(client, question, who):
    row = compute(question)
    if who == "doctor":
        client.force_login(question.answers.first().doctor.user)
    elif who == "staff_without_permission":
        client.force_login(factories.UserFactory(is_staff=True))
    response = client.post(f"/questions/{question.pk}/more-info/review", {"digest": row.digest})
    assert response.status_code == 403
    row.refresh_from_db()
    assert row.reviewed_by is None
    assert not row.is_reviewed
    assert b"Sign off" not in client.get(question.get_absolute_url()).content


def test_a_sign_off_of_content_the_editor_did_not_see_is_refused(client, question, editor):
    compute(question)
    client.force_login(editor)
    client.post(f"/questions/{question.pk}/more-info/review", {"digest": "0123456789abcdef"})
    assert not Explanation.objects.get(question=question).is_reviewed


def test_a_page_without_an_explanation_asks_the_worker_and_does_not_wait(
    client, question, django_capture_on_commit_callbacks
):
    cache.clear()  # the fixture's own requests were never run (no commit in a test)
    with django_capture_on_commit_callbacks(execute=True):
        block = page(client, question).find(id="more-info")
    assert block.find(id="more-info-pending") is not None
    assert Explanation.objects.filter(question=question).exists()  # the (inline) worker ran
    assert page(client, question).find(id="more-info-label") is not None


def test_an_abstained_explanation_says_so_and_lists_no_sources(client, knowledge_base):
    question = factories.QuestionFactory(
        title="Which tyre pressure for my bicycle?", body="Road bike, 28 mm tyres."
    )
    row = compute(question)
    assert row.abstained
    block = page(client, question).find(id="more-info")
    assert block.find(id="more-info-abstained") is not None
    assert block.find(id="more-info-sources") is None
    assert "citation" not in structured(page(client, question))


def test_a_new_answer_brings_a_new_explanation(question, django_capture_on_commit_callbacks):
    compute(question)
    with django_capture_on_commit_callbacks(execute=True):
        factories.AnswerFactory(
            question=question,
            doctor__display_name="Bo Second",
            body="A second opinion: gout is likely. Ice helps.",
        )
    row = Explanation.objects.get(question=question)
    assert row.payload["sections"][0]["sentences"][0]["text"] == "This sounds like gout."
    assert row.input_digest  # recomputed after the new answer


def test_a_changed_source_recomputes_the_explanations_citing_it(
    question, articles, django_capture_on_commit_callbacks
):
    row = compute(question)
    cited = next(a for a in articles if f"medquad:{a.source_record_id}/1" in row.passage_ids)
    cited.body = cited.body.replace("Gout", "Gout (podagra)", 1)
    cited.save()
    with django_capture_on_commit_callbacks(execute=True):
        refresh_knowledge.enqueue()  # what the article's save signal queues in production
    again = Explanation.objects.get(question=question)
    assert again.computed_at > row.computed_at


def test_hostile_text_is_escaped_in_the_block_and_the_structured_data(client, knowledge_base):
    question = factories.QuestionFactory(
        title='Gout </script><script>alert("x")</script>',
        body="What causes gout? <img src=x onerror=alert(1)>",
    )
    compute(question)
    html = client.get(question.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert "</script>" in structured(soup)["name"]  # intact once parsed, inert in the page
