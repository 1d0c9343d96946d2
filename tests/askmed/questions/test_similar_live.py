"""The ask form's live panel: answered questions like the one being typed (htmx partial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from tests import factories

from askmed.questions import views
from askmed.questions.models import Question
from askmed.search import runtime

pytestmark = pytest.mark.django_db

LIVE = reverse("questions:similar-live")
ASK = reverse("questions:ask")
HINT = "Keep typing to see answered questions like yours."
NOTE = "Matching by keywords while the language model loads."
TYPED = {
    "title": "My knee swells after running",
    "body": "After every run my left knee gets swollen and stiff. Should I worry?",
}


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def items(response) -> list:
    return soup_of(response).select("ul.live-list > li")


def answered(title: str, body: str, department: str = "orthopedics") -> Question:
    answer = factories.AnswerFactory(
        question__title=title,
        question__body=body,
        question__department=factories.department(department),
    )
    return answer.question


@pytest.fixture
def knee() -> Question:
    return answered(
        "Why does my knee swell after running?",
        "My left knee swells and aches after every long run. What could cause it?",
    )


@pytest.fixture
def itch() -> Question:
    return answered(
        "How can I stop my skin itching at night?",
        "My arms itch badly at night and there is a dry rash. Is this eczema?",
        department="dermatology",
    )


# --- too little typed -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [{}, {"title": ""}, {"title": "knee", "body": "swells"}, {"title": " " * 50, "body": "a b c"}],
)
def test_short_input_gives_the_hint_and_no_items(client, knee, params, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("no lookup for so little text")

    monkeypatch.setattr(views, "similar_to_text", never)
    response = client.get(LIVE, params)
    assert response.status_code == 200
    assert HINT in response.content.decode()
    assert items(response) == []
    assert "Answered questions like yours" not in response.content.decode()


def test_fifteen_non_space_characters_are_enough(client, knee):
    response = client.get(LIVE, {"title": "knee swelling", "body": "   run   "})  # 12 + 3
    assert "Answered questions like yours" in response.content.decode()
    response = client.get(LIVE, {"title": "knee swelling", "body": "   ru   "})  # 12 + 2
    assert HINT in response.content.decode()


# --- a typed question -------------------------------------------------------------------------


def test_typed_question_lists_the_matching_answered_question(client, knee, itch):
    response = client.get(LIVE, TYPED)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h2.get_text() == "Answered questions like yours"
    listed = items(response)
    assert [li.a["href"] for li in listed] == [knee.get_absolute_url()]  # not the itch one
    first = listed[0]
    assert first.a.get_text() == knee.display_title
    assert first.a["target"] == "_blank"
    assert "noopener" in first.a["rel"]
    meta = first.find(class_="meta").get_text()
    assert meta.startswith("Orthopedics")
    assert "Why similar:" in meta
    assert knee.body[:40] in first.find(class_="question-snippet").get_text()
    assert NOTE not in response.content.decode()  # the hashing embedder is always ready


def test_question_snippet_is_about_200_characters(client):
    body = "My knee swells after running. " + "It is stiff in the morning too. " * 30
    question = answered("Knee swelling after running", body)
    snippet = items(client.get(LIVE, TYPED))[0].find(class_="question-snippet").get_text()
    assert snippet.endswith("…")
    assert 150 <= len(snippet) <= 201
    assert question.body.startswith(snippet[:-1])


def test_waiting_pending_and_hidden_questions_are_never_listed(client, knee):
    others = [
        factories.QuestionFactory(
            title=f"Knee swells after running ({status.label})",
            body="My knee swells after every run, what could cause it?",
            status=status,
        )
        for status in (
            Question.Status.PUBLISHED,
            Question.Status.PENDING,
            Question.Status.HIDDEN,
        )
    ]
    hrefs = [li.a["href"] for li in items(client.get(LIVE, TYPED))]
    assert hrefs == [knee.get_absolute_url()]
    assert not {q.get_absolute_url() for q in others} & set(hrefs)


def test_at_most_four_are_listed(client):
    topics = [
        ("Why does my knee swell after running?", "Swollen knee after each run."),
        ("Knee pain when running downhill", "My knee hurts running down hills."),
        ("Is running bad for a swollen knee?", "I run daily and the knee swells."),
        ("Knee clicks and swells after a run", "A clicking knee after runs, swelling too."),
        ("Swelling behind the knee after running", "A lump behind my knee swells."),
        ("Running with a knee brace after swelling", "Should I wear a brace to run?"),
    ]
    for title, body in topics:
        answered(title, body)
    listed = items(client.get(LIVE, TYPED))
    assert 1 <= len(listed) <= 4
    assert len({li.a["href"] for li in listed}) == len(listed)


def test_no_answered_question_like_it(client, itch):
    response = client.get(LIVE, {"title": "Knee swells after running", "body": "What now?"})
    assert response.status_code == 200
    assert items(response) == []
    assert "No answered question like this yet." in response.content.decode()


# --- any input --------------------------------------------------------------------------------


def test_markup_in_the_input_is_never_echoed_raw(client, knee):
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = client.get(LIVE, {"title": f"{evil} knee swells", "body": f"after running {evil}"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script" not in html
    assert "<img" not in html
    assert [li.a["href"] for li in items(response)] == [knee.get_absolute_url()]


def test_markup_in_a_stored_question_is_escaped(client):
    answered(
        "Knee swells after running <b>badly</b>",
        "My knee swells after running <script>alert(1)</script> every time.",
    )
    response = client.get(LIVE, TYPED)
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "<b>badly" not in html
    assert "&lt;b&gt;badly&lt;/b&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_huge_body_is_answered_and_cut_to_4000_characters(client, knee, monkeypatch):
    seen = []
    real = views.similar_to_text

    def spy(text, k=None):
        seen.append((len(text), k))
        return real(text, k=k)

    monkeypatch.setattr(views, "similar_to_text", spy)
    response = client.get(LIVE, {"title": TYPED["title"], "body": "knee swelling " * 7500})
    assert response.status_code == 200
    assert seen == [(4000, 4)]
    assert [li.a["href"] for li in items(response)] == [knee.get_absolute_url()]


@pytest.mark.parametrize(
    "params",
    [
        {"title": "\x00\x01 knee swells after running"},
        {"title": "ß" * 300, "body": "😀" * 300},
        {"title": "%00%ZZ knee", "body": "'; DROP TABLE questions; -- knee swells"},
    ],
)
def test_odd_input_is_200(client, knee, params):
    assert client.get(LIVE, params).status_code == 200


def test_post_is_what_the_form_sends_and_needs_csrf(client, knee):
    """The form posts (a long body would overflow a GET URL), with its CSRF token."""
    assert "My left knee swells and aches" in client.post(LIVE, TYPED).content.decode()
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(LIVE, TYPED).status_code == 403
    assert client.put(LIVE, TYPED).status_code == 405


# --- while the language model loads ------------------------------------------------------------


def test_keyword_results_and_a_note_while_the_model_loads(client, knee, itch, monkeypatch):
    monkeypatch.setattr(runtime, "model_ready", lambda: False)
    monkeypatch.setattr(runtime, "warm_up", lambda: None)
    response = client.get(LIVE, TYPED)
    assert response.status_code == 200
    assert soup_of(response).find(class_="live-note").get_text() == NOTE
    assert [li.a["href"] for li in items(response)] == [knee.get_absolute_url()]


def test_no_note_before_anything_is_looked_up(client, monkeypatch):
    monkeypatch.setattr(runtime, "model_ready", lambda: False)
    monkeypatch.setattr(runtime, "warm_up", lambda: None)
    response = client.get(LIVE, {"title": "knee"})
    assert HINT in response.content.decode()
    assert NOTE not in response.content.decode()


# --- the ask page -------------------------------------------------------------------------------


def test_ask_page_wires_the_live_panel(client):
    soup = soup_of(client.get(ASK))
    script = soup.find("script", src=lambda src: src and src.endswith("vendor/htmx.min.js"))
    assert script is not None
    assert script.has_attr("defer")
    assert script.find_parent("head") is not None
    panel = soup.find("section", id="similar-live")
    assert panel["aria-live"] == "polite"
    assert HINT in panel.get_text()
    form = soup.find("form", class_="stacked")
    assert panel.find_parent("form") is None
    for name in ("title", "body"):
        field = form.find(attrs={"name": name})
        assert field["hx-post"] == LIVE
        assert field["hx-target"] == "#similar-live"
        assert "keyup changed delay:700ms" in field["hx-trigger"]
        assert "change" in field["hx-trigger"].split(", ")
        assert field["hx-include"] == "#id_title, #id_body, [name=csrfmiddlewaretoken]"
        assert field["hx-sync"].endswith(":replace")
    # everything else still works without JavaScript: a plain POST form
    assert form["method"] == "post"
    assert not form.has_attr("hx-post")


def test_ask_page_warms_up_the_model(client, monkeypatch):
    calls = []
    monkeypatch.setattr(runtime, "warm_up", lambda: calls.append(1))
    client.get(ASK)
    assert calls == [1]


def test_htmx_is_only_loaded_where_needed(client):
    soup = soup_of(client.get(reverse("home")))
    assert soup.find("script", src=lambda src: src and "htmx" in src) is None


def test_vendored_htmx_and_its_licence_are_served(client):
    from django.contrib.staticfiles import finders

    script = finders.find("askmed/vendor/htmx.min.js")
    licence = finders.find("askmed/vendor/htmx.LICENSE")
    assert script
    assert licence
    assert Path(script).read_text(encoding="utf-8").startswith("var htmx=")
    assert "BSD" in Path(licence).read_text(encoding="utf-8")
