"""Home, department, search, article, doctor, account and admin pages."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from tests import factories

from askmed.departments.models import Department
from askmed.questions.models import Question
from askmed_engine.ingest.medquad import MEDQUAD_ATTRIBUTION

pytestmark = pytest.mark.django_db

S = Question.Status


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def get(client, url, **params):
    return soup_of(client.get(url, params))


# --- home ----------------------------------------------------------------------------------


def test_home_lists_all_26_departments_with_counts(client):
    neuro, derm = factories.department("neurology"), factories.department("dermatology")
    for _ in range(3):
        factories.QuestionFactory(department=neuro, status=S.ANSWERED)
    factories.QuestionFactory(department=neuro, status=S.PUBLISHED)
    factories.QuestionFactory(department=neuro, status=S.HIDDEN)
    factories.QuestionFactory(department=derm, status=S.PENDING)
    factories.QuestionFactory(department=derm, status=S.PUBLISHED)
    factories.QuestionFactory(department=derm, status=S.PUBLISHED)

    soup = get(client, "/")
    items = soup.find("ul", class_="departments").find_all("li")
    assert len(items) == 26
    shown = {li.a.get_text(): (li.a["href"], text_of(li.find(class_="counts"))) for li in items}
    for department in Department.objects.all():
        assert shown[department.name][0] == department.get_absolute_url()
    assert shown["Neurology"][1] == "3 answered · 1 waiting"
    assert shown["Dermatology"][1] == "0 answered · 2 waiting"
    assert shown["Cardiology"][1] == "0 answered · 0 waiting"


def test_home_lists_departments_in_canonical_order(client):
    from askmed_engine.departments import DEPARTMENTS

    soup = get(client, "/")
    names = [li.a.get_text() for li in soup.find("ul", class_="departments").find_all("li")]
    assert names == [d.name for d in DEPARTMENTS]


def question_lists(soup):
    lists = soup.find_all("ul", class_="question-list")
    assert len(lists) == 2
    return [[a.get_text() for a in ul.find_all("a")] for ul in lists]


def test_home_lists_latest_answered_and_waiting(client):
    now = timezone.now()
    older = factories.QuestionFactory(
        title="Answered a week ago", status=S.ANSWERED, last_answered_at=now - timedelta(days=7)
    )
    newer = factories.QuestionFactory(
        title="Answered yesterday", status=S.ANSWERED, last_answered_at=now - timedelta(days=1)
    )
    waiting_old = factories.QuestionFactory(
        title="Waiting since last month", asked_at=now - timedelta(days=30)
    )
    waiting_new = factories.QuestionFactory(title="Waiting since today", asked_at=now)
    factories.QuestionFactory(title="Pending moderation", status=S.PENDING)
    factories.QuestionFactory(title="Hidden by editor", status=S.HIDDEN)

    latest, waiting = question_lists(get(client, "/"))
    assert latest == [newer.title, older.title]
    assert waiting == [waiting_new.title, waiting_old.title]


def test_home_empty_states(client):
    latest, waiting = question_lists(get(client, "/"))
    assert latest == []
    assert waiting == []
    soup = get(client, "/")
    assert "No answered questions yet." in soup.get_text()
    assert "No questions are waiting." in soup.get_text()


# --- department page -----------------------------------------------------------------------


def dept_titles(soup) -> list[str]:
    return [a.get_text() for a in soup.find("ul", class_="question-list").find_all("a")]


@pytest.fixture
def neurology_questions():
    neuro = factories.department("neurology")
    now = timezone.now()
    answered = [
        factories.QuestionFactory(
            title=f"Neuro answered {i}",
            department=neuro,
            status=S.ANSWERED,
            asked_at=now - timedelta(days=10 + i),
        )
        for i in range(2)
    ]
    waiting = [
        factories.QuestionFactory(
            title=f"Neuro waiting {i}", department=neuro, asked_at=now - timedelta(days=i)
        )
        for i in range(3)
    ]
    factories.QuestionFactory(title="Neuro hidden", department=neuro, status=S.HIDDEN)
    factories.QuestionFactory(title="Neuro pending", department=neuro, status=S.PENDING)
    factories.QuestionFactory(title="Cardio waiting", department=factories.department("cardiology"))
    return answered, waiting


def test_department_page_lists_only_its_public_questions(client, neurology_questions):
    answered, waiting = neurology_questions
    soup = get(client, "/departments/neurology/")
    assert soup.h1.get_text() == "Neurology"
    assert dept_titles(soup) == [q.title for q in waiting + answered]  # newest asked first
    assert soup.find(class_="pagination") is None


def test_department_page_paginates(client, settings, neurology_questions):
    settings.ASKMED_PAGE_SIZE = 2
    answered, waiting = neurology_questions
    expected = [q.title for q in waiting + answered]
    seen = []
    for page in (1, 2, 3):
        soup = get(client, "/departments/neurology/", page=page)
        titles = dept_titles(soup)
        assert len(titles) == (2 if page < 3 else 1)
        assert f"Page {page} of 3" in text_of(soup.find(class_="pagination"))
        seen += titles
    assert seen == expected
    first = get(client, "/departments/neurology/", page=1)
    assert first.find(class_="pagination").find("a", string=re.compile("Next"))["href"] == (
        "?page=2"
    )
    # out-of-range and junk page numbers fall back to a real page
    assert dept_titles(get(client, "/departments/neurology/", page=99)) == expected[4:]
    assert dept_titles(get(client, "/departments/neurology/", page="abc")) == expected[:2]


@pytest.mark.parametrize(("status", "kind"), [("answered", 0), ("waiting", 1), ("junk", None)])
def test_department_status_filter(client, neurology_questions, status, kind):
    answered, waiting = neurology_questions
    expected = {0: answered, 1: waiting, None: waiting + answered}[kind]
    soup = get(client, "/departments/neurology/", status=status)
    assert dept_titles(soup) == [q.title for q in expected]


def test_department_pagination_keeps_status(client, settings, neurology_questions):
    settings.ASKMED_PAGE_SIZE = 2
    soup = get(client, "/departments/neurology/", status="waiting")
    next_link = soup.find(class_="pagination").find("a", string=re.compile("Next"))
    assert next_link["href"] == "?status=waiting&page=2"


def test_unknown_department_is_404(client):
    assert client.get("/departments/astrology/").status_code == 404


# --- search --------------------------------------------------------------------------------


@pytest.fixture
def searchable():
    target = factories.QuestionFactory(
        title="Numb fingertips after cycling",
        body="After long bike rides my fingertips go numb for hours. Is it the handlebars?",
        department=factories.department("neurology"),
        status=S.ANSWERED,
    )
    weaker = factories.QuestionFactory(
        title="Sore knees from running",
        body="My knees ache after running, but cycling feels fine.",
        department=factories.department("orthopedics"),
    )
    hidden = factories.QuestionFactory(
        title="Numb fingertips hidden duplicate",
        body="Numb fingertips after cycling, numb fingertips again.",
        status=S.HIDDEN,
    )
    unrelated = factories.QuestionFactory(
        title="Dry eyes at the office", body="My eyes feel dry at work."
    )
    article = factories.ArticleFactory(
        title="Hand numbness in cyclists",
        summary="Why fingertips go numb on a bike, and how to prevent it.",
        body="Pressure on the ulnar nerve from handlebars causes numbness.",
    )
    return {
        "target": target,
        "weaker": weaker,
        "hidden": hidden,
        "unrelated": unrelated,
        "article": article,
    }


def search_result_links(soup) -> list[str]:
    return [
        li.a["href"]
        for li in soup.find("ul", class_="search-results").find_all("li")
        if li.a is not None and not li.a["href"].startswith("/questions/ask")
    ]


def test_search_ranks_the_matching_question_first(client, searchable):
    soup = get(client, "/search", q="numb fingertips cycling")
    links = search_result_links(soup)
    assert links[0] == searchable["target"].get_absolute_url()
    assert searchable["weaker"].get_absolute_url() in links[1:]
    assert searchable["hidden"].get_absolute_url() not in links
    assert searchable["unrelated"].get_absolute_url() not in links
    assert "2 questions match “numb fingertips cycling”." in text_of(soup)


def test_search_highlights_matches(client, searchable):
    soup = get(client, "/search", q="numb fingertips")
    first = soup.find("ul", class_="search-results").li
    marks = [m.get_text().lower() for m in first.find_all("mark")]
    assert "numb" in marks
    assert "fingertips" in marks
    assert first.a.find("mark") is not None  # the title is highlighted too
    assert {m.get_text().lower() for m in soup.find_all("mark")} <= {"numb", "fingertips"}


def test_search_lists_matching_articles(client, searchable):
    soup = get(client, "/search", q="numb fingertips")
    articles = soup.find("ul", class_="article-list")
    assert articles is not None
    assert [a["href"] for a in articles.select("li > a")] == [
        searchable["article"].get_absolute_url()
    ]
    assert articles.find("mark").get_text().lower() == "fingertips"


def test_search_without_match_says_so(client, searchable):
    soup = get(client, "/search", q="quixotically unfindable")
    assert "0 questions match" in text_of(soup)
    assert "No questions match." in text_of(soup)
    assert soup.find("ul", class_="article-list") is None


@pytest.mark.parametrize("q", ["", "   "])
def test_search_with_empty_query(client, searchable, q):
    soup = get(client, "/search", q=q)
    assert "Type a few words about your health question" in text_of(soup)
    assert soup.find("ul", class_="search-results") is None


def test_search_without_query_parameter(client):
    soup = soup_of(client.get("/search"))
    assert "Type a few words" in text_of(soup)


def test_search_with_10000_character_query(client, searchable):
    query = "numb fingertips " + "x" * 10_000
    soup = get(client, "/search", q=query)
    box = soup.find("input", attrs={"name": "q"})
    assert len(box["value"]) <= 200
    assert box["value"].startswith("numb fingertips")
    assert search_result_links(soup)[0] == searchable["target"].get_absolute_url()


def test_search_escapes_markup_in_query(client, searchable):
    query = '<script>alert("x")</script> numb"><img src=x onerror=alert(1)>'
    response = client.get("/search", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    assert soup.find("img") is None
    assert soup.find("input", attrs={"name": "q"})["value"].startswith("<script>")


def test_search_paginates(client, settings):
    settings.ASKMED_PAGE_SIZE = 2
    for i in range(5):
        factories.QuestionFactory(title=f"Hiccups that last all day, case {i}")
    soup = get(client, "/search", q="hiccups")
    assert len(search_result_links(soup)) == 2
    next_link = soup.find(class_="pagination").find("a", string=re.compile("Next"))
    assert next_link["href"] == "?q=hiccups&page=2"
    assert len(search_result_links(get(client, "/search", q="hiccups", page=3))) == 1


# --- articles ------------------------------------------------------------------------------


@pytest.fixture
def articles():
    main = factories.ArticleFactory(
        title="Understanding migraine auras",
        summary="What a migraine aura is and how it differs from a stroke.",
        body="A migraine aura is a set of visual or sensory symptoms before a migraine headache.",
        publisher="Synthetic Neurology Institute",
        license="CC BY 4.0",
        source="medquad",
        source_record_id="syn-0001",
    )
    topics = [
        "aura before the headache",
        "triggers such as sleep loss",
        "relief with rest",
        "medicines for attacks",
        "aura in children",
        "diet and migraine aura",
        "when migraine aura needs a doctor",
    ]
    related = [
        factories.ArticleFactory(
            title=f"Migraine guide part {i}: {topic}",
            summary=f"Part {i}: migraine {topic}.",
            body=f"Migraine headache and {topic}.",
        )
        for i, topic in enumerate(topics)
    ]
    twin = factories.ArticleFactory(
        title="Understanding migraine auras", body="Another copy about migraine auras and migraine."
    )
    unrelated = factories.ArticleFactory(
        title="Choosing running shoes",
        summary="Cushioning and fit.",
        body="Shoes for jogging: cushioning, fit, soles.",
    )
    return {"main": main, "related": related, "twin": twin, "unrelated": unrelated}


def test_article_page_shows_title_publisher_licence_and_attribution(client, articles):
    main = articles["main"]
    soup = get(client, main.get_absolute_url())
    assert soup.h1.get_text() == "Understanding migraine auras"
    article = soup.find("article")
    assert "Synthetic Neurology Institute" in text_of(article.find(class_="meta"))
    assert "Licence: CC BY 4.0." in text_of(article)
    assert "A migraine aura is a set of visual" in text_of(article.find(class_="article-body"))
    assert MEDQUAD_ATTRIBUTION in text_of(article)
    assert "Imported from MedQuAD" in text_of(article)


def test_non_medquad_article_has_no_medquad_attribution(client, articles):
    other = articles["related"][0]
    soup = get(client, other.get_absolute_url())
    assert MEDQUAD_ATTRIBUTION not in text_of(soup)
    assert "Ben Abacha" not in text_of(soup)
    assert "Licence: CC BY 4.0." in text_of(soup.find("article"))


def test_article_might_also_enjoy(client, articles):
    main = articles["main"]
    soup = get(client, main.get_absolute_url())
    also = soup.find(id="also")
    assert also.h2.get_text() == "You Might Also Enjoy..."
    items = also.find_all("li", class_="article-item")
    hrefs = [li.h3.a["href"] for li in items]
    assert len(items) == 5
    assert main.get_absolute_url() not in hrefs
    assert articles["twin"].get_absolute_url() not in hrefs  # same title as itself
    assert articles["unrelated"].get_absolute_url() not in hrefs
    related_urls = {a.get_absolute_url() for a in articles["related"]}
    assert set(hrefs) <= related_urls
    for li in items:
        assert li.p.get_text().startswith("Part ")


def test_article_slug_redirect_and_unpublished_404(client, articles):
    main = articles["main"]
    response = client.get(f"/articles/{main.pk}/")
    assert response.status_code == 301
    assert response["Location"] == main.get_absolute_url()
    main.is_published = False
    main.save()
    assert client.get(main.get_absolute_url()).status_code == 404


def test_article_index_paginates(client, settings):
    settings.ASKMED_PAGE_SIZE = 2
    for name in ("Delta", "Alpha", "Echo", "Charlie", "Bravo"):
        factories.ArticleFactory(title=f"{name} article")
    factories.ArticleFactory(title="Aardvark unpublished", is_published=False)

    def titles(page):
        soup = get(client, "/articles/", page=page)
        return [a.get_text() for a in soup.find("ul", class_="article-list").find_all("a")], soup

    first, soup = titles(1)
    assert first == ["Alpha article", "Bravo article"]
    assert "Page 1 of 3" in text_of(soup.find(class_="pagination"))
    assert titles(2)[0] == ["Charlie article", "Delta article"]
    assert titles(3)[0] == ["Echo article"]


# --- doctor profile ------------------------------------------------------------------------


def test_doctor_profile_lists_their_answers(client):
    neuro, cardio = factories.department("neurology"), factories.department("cardiology")
    doctor = factories.DoctorFactory(
        display_name="Mira Profile",
        departments=[neuro, cardio],
        hospital="Synthetic General Hospital",
    )
    now = timezone.now()
    first = factories.AnswerFactory(
        doctor=doctor, question__title="Profile question one", replied_at=now - timedelta(days=2)
    )
    second = factories.AnswerFactory(
        doctor=doctor, question__title="Profile question two", replied_at=now - timedelta(days=1)
    )
    factories.AnswerFactory(
        doctor=doctor, question__title="Profile hidden question", question__status=S.HIDDEN
    )
    factories.AnswerFactory(question__title="Someone else's question")

    soup = get(client, doctor.get_absolute_url())
    assert soup.h1.get_text() == "Dr. Mira Profile"
    assert "Cardiology, Neurology" in text_of(soup.find("main")) or (
        "Neurology, Cardiology" in text_of(soup.find("main"))
    )
    assert "Synthetic General Hospital" in text_of(soup.find("main"))
    links = [a.get_text() for a in soup.find("ul", class_="question-list").find_all("a")]
    assert links == [second.question.display_title, first.question.display_title]


def test_doctor_profile_without_answers_and_unknown_doctor(client):
    doctor = factories.DoctorFactory(display_name="Quiet Doctor")
    assert "No answers yet." in text_of(get(client, doctor.get_absolute_url()))
    assert client.get("/doctors/999999/").status_code == 404


def test_answer_signature_links_to_profile(client):
    answer = factories.AnswerFactory()
    soup = get(client, answer.question.get_absolute_url())
    link = soup.find(id="answers").find(class_="answer-head").a
    assert link["href"] == answer.doctor.get_absolute_url()
    assert client.get(link["href"]).status_code == 200


# --- accounts ------------------------------------------------------------------------------


def test_login_with_real_password_then_logout(client):
    user = factories.UserFactory(username="fern", password="a-long-test-passphrase")
    login_url = reverse("accounts:login")
    soup = get(client, login_url)
    assert soup.find("input", attrs={"name": "username"}) is not None
    assert soup.find("input", attrs={"name": "password", "type": "password"}) is not None

    response = client.post(login_url, {"username": "fern", "password": "a-long-test-passphrase"})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert int(client.session["_auth_user_id"]) == user.pk
    home = get(client, "/")
    assert "Log out fern" in text_of(home)

    assert client.get(reverse("accounts:logout")).status_code == 405  # never by a GET link
    assert "_auth_user_id" in client.session
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert "Log in" in text_of(get(client, "/"))


def test_login_with_wrong_password_fails(client):
    factories.UserFactory(username="fern", password="a-long-test-passphrase")
    response = client.post(reverse("accounts:login"), {"username": "fern", "password": "wrong"})
    soup = soup_of(response)
    assert soup.find(class_="errorlist") is not None
    assert "_auth_user_id" not in client.session


def test_login_follows_safe_next_only(client):
    factories.UserFactory(username="fern", password="a-long-test-passphrase")
    data = {"username": "fern", "password": "a-long-test-passphrase"}
    response = client.post(reverse("accounts:login"), {**data, "next": "/articles/"})
    assert response["Location"] == "/articles/"
    client.logout()
    response = client.post(reverse("accounts:login"), {**data, "next": "https://evil.example/"})
    assert response["Location"] == "/"


# --- disclaimer and admin ------------------------------------------------------------------


def every_page_url(kind: str) -> str:
    if kind == "question":
        return factories.AnswerFactory().question.get_absolute_url()
    if kind == "article":
        return factories.ArticleFactory().get_absolute_url()
    if kind == "doctor":
        return factories.DoctorFactory().get_absolute_url()
    return {
        "home": "/",
        "ask": "/questions/ask/",
        "department": "/departments/neurology/",
        "search": "/search?q=headache",
        "empty-search": "/search",
        "articles": "/articles/",
        "login": "/accounts/login/",
    }[kind]


@pytest.mark.parametrize(
    "kind",
    [
        "home",
        "ask",
        "question",
        "department",
        "search",
        "empty-search",
        "articles",
        "article",
        "doctor",
        "login",
    ],
)
def test_disclaimer_on_every_page(client, kind):
    soup = soup_of(client.get(every_page_url(kind)))
    disclaimer = text_of(soup.find("footer").find(class_="disclaimer"))
    assert "general information, not a diagnosis" in disclaimer
    assert "In an emergency, call your local emergency number" in disclaimer


def test_admin_requires_staff(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")

    client.force_login(factories.UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")

    client.force_login(factories.UserFactory(is_staff=True, is_superuser=True))
    soup = soup_of(client.get("/admin/"))
    assert "Site administration" in text_of(soup)
    assert soup.find("a", href="/admin/questions/question/") is not None


def test_admin_link_only_for_staff(client):
    assert 'href="/admin/"' not in client.get("/").content.decode()
    client.force_login(factories.UserFactory(is_staff=True))
    assert 'href="/admin/"' in client.get("/").content.decode()
