"""The question page: every block of the reference page (DESIGN.md §1), in the seed's order."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from tests import factories

from askmed.questions.models import Question
from askmed.questions.services import generated_title

pytestmark = pytest.mark.django_db

S = Question.Status

ANSWER_FILLER = (
    " Muscle twitching of this kind is most often harmless and linked to fatigue, caffeine or"
    " posture. Gentle stretching, warmth and rest usually settle it within days. If weakness,"
    " numbness, spreading pain or breathing trouble appear, please see a doctor in person so"
    " that the nerves and the spine can be examined properly. Wishing you a quick recovery."
)

SIMILAR = [
    (
        "Left shoulder blade twitching after the gym",
        "rehabilitation",
        "After my workout the muscle beside my left shoulder blade keeps twitching.",
    ),
    (
        "Spasm in the left back muscle when turning",
        "neurology",
        "Every time I turn my body, a spasm grips the muscle of my left upper back.",
    ),
    (
        "Upper back muscle twitches together with hiccups",
        "family-medicine",
        "My upper back muscle twitches and then I get hiccups for several minutes.",
    ),
    (
        "Twitching under the shoulder blade at night",
        "neurology",
        "At night a twitching spasm starts under my left shoulder blade and wakes me.",
    ),
    (
        "Recurring left upper back spasm for a week",
        "orthopedics",
        "For a week my left upper back has had a recurring spasm near the shoulder blade.",
    ),
    (
        "Back spasm on the left every few minutes",
        "neurology",
        "A spasm in my left back muscle comes back every few minutes, twitching visibly.",
    ),
]
UNRELATED = [
    (
        "Itchy rash on both ankles",
        "dermatology",
        "Small red itchy bumps appeared on both ankles after a picnic in tall grass.",
    ),
    (
        "Ringing in the ears after a concert",
        "otolaryngology",
        "Since the concert yesterday I hear a high ringing tone in both ears.",
    ),
]


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def main_text(soup: BeautifulSoup) -> str:
    return " ".join(soup.find("main").get_text(" ").split())


def assert_in_order(text: str, *needles: str) -> None:
    """Each needle occurs in ``text`` after the previous one."""
    position = -1
    for needle in needles:
        found = text.find(needle, position + 1)
        assert found != -1, f"{needle!r} missing after position {position} in: {text[:3000]}"
        position = found


def answered_question(title, dept_slug, opening, *, doctor=None, **kwargs):
    dept = factories.department(dept_slug)
    kwargs.setdefault("status", S.ANSWERED)
    q = factories.QuestionFactory(
        title=title,
        body=" ".join([opening] * 5),  # long enough to be cut, distinct from the others
        department=dept,
        last_answered_at=timezone.now() - timedelta(days=3),
        **kwargs,
    )
    doctor = doctor or factories.DoctorFactory(departments=[dept])
    factories.AnswerFactory(
        question=q,
        doctor=doctor,
        department=dept,
        body=f"Thank you for asking about {title.lower()}." + ANSWER_FILLER,
    )
    return q


def set_generated_title(question: Question) -> Question:
    question.page_title = generated_title(question)
    question.save()
    return question


@pytest.fixture
def page_world():
    """A neurology question answered by a neurologist, similar and unrelated Q&A, articles."""
    neuro = factories.department("neurology")
    doctor = factories.DoctorFactory(display_name="Lan Meiyu", departments=[neuro])
    asked = timezone.now() - timedelta(days=12)
    replied = timezone.now() - timedelta(days=10)
    question = factories.QuestionFactory(
        title="Twitching muscle in my left upper back?",
        body=(
            "Hello.\nSince this morning the muscle under my left shoulder blade twitches every"
            " few minutes, and the spasm returns whenever I turn.\nRubbing the spot gives me"
            " hiccups. What could cause this and is it risky?"
        ),
        pseudonym="Wren",
        age_band="20~29",
        sex="male",
        asked_at=asked,
        department=neuro,
        status=S.ANSWERED,
        last_answered_at=replied,
    )
    set_generated_title(question)
    answer = factories.AnswerFactory(
        question=question,
        doctor=doctor,
        department=neuro,
        body="Hello: this sounds like a strained muscle; rest should help.\n"
        "If it does not improve, please visit the outpatient clinic.",
        replied_at=replied,
    )
    similar = [answered_question(t, d, o) for t, d, o in SIMILAR]
    unrelated = [answered_question(t, d, o) for t, d, o in UNRELATED]
    related_article = factories.ArticleFactory(
        title="Muscle twitching and back spasms",
        summary="Why a back muscle twitches or spasms, and when to see a doctor.",
        body="A twitching muscle in the back, near the shoulder blade, is usually a harmless"
        " spasm caused by strain, posture or fatigue.",
    )
    unrelated_article = factories.ArticleFactory(
        title="Living with seasonal pollen allergies",
        summary="Sneezing and itchy eyes in spring.",
        body="Pollen allergies cause sneezing, a runny nose and itchy eyes every spring.",
    )
    return {
        "question": question,
        "answer": answer,
        "doctor": doctor,
        "similar": similar,
        "unrelated": unrelated,
        "related_article": related_article,
        "unrelated_article": unrelated_article,
    }


def get_page(client, question):
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    return response, soup_of(response)


# --- every block, in order -----------------------------------------------------------------


def test_page_title_is_generated_focus_intent_department(client, page_world):
    q = page_world["question"]
    _, soup = get_page(client, q)
    h1 = soup.find_all("h1")
    assert len(h1) == 1
    title = h1[0].get_text(strip=True)
    assert title == q.page_title
    assert re.fullmatch(r"[^:]+: [^:]+ - Neurology", title), title
    assert "Left Upper Back" in title
    assert soup.title.get_text().startswith(q.page_title)


def test_blocks_appear_in_the_seed_order(client, page_world):
    q, answer = page_world["question"], page_world["answer"]
    _, soup = get_page(client, q)
    text = main_text(soup)
    assert_in_order(
        text,
        q.page_title,
        "Share to:",
        "Facebook",
        "Twitching muscle in my left upper back?",
        "Since this morning the muscle under my left shoulder blade",
        "is it risky?",
        f"Wren, 20~29 year old male. Ask Date: {q.asked_at:%Y/%m/%d}",
        "Dr. Lan Meiyu reply Neurology",
        "this sounds like a strained muscle",
        f"Reply Date: {answer.replied_at:%Y/%m/%d}",
        "Similar Q&A",
        "[Read More]",
        "Related FAQ",
        "Muscle twitching and back spasms",
    )


def test_question_body_keeps_its_lines(client, page_world):
    _, soup = get_page(client, page_world["question"])
    question = soup.find(id="question")
    assert question.h2.get_text() == "Twitching muscle in my left upper back?"
    paragraphs = [p.get_text() for p in question.find_all("p")]
    assert paragraphs[0].startswith("Hello.")
    assert "Rubbing the spot gives me hiccups." in paragraphs[0].splitlines()[-1]
    assert question.find("br") is not None


def test_signature_links_to_doctor_and_no_old_answer_notice(client, page_world):
    _, soup = get_page(client, page_world["question"])
    answers = soup.find(id="answers")
    head = answers.find(class_="answer-head")
    assert " ".join(head.get_text().split()) == "Dr. Lan Meiyu reply Neurology"
    assert head.a["href"] == page_world["doctor"].get_absolute_url()
    assert "was given" not in answers.get_text()


def test_share_links_each_share_the_page_url(client, page_world):
    q = page_world["question"]
    _, soup = get_page(client, q)
    share = soup.find(id="share")
    links = {a.get_text(strip=True): a["href"] for a in share.find_all("a")}
    assert list(links) == ["Facebook", "X", "LINE", "WhatsApp", "E-mail"]
    page_url = quote(f"http://testserver{q.get_absolute_url()}", safe="")
    for label, href in links.items():
        assert page_url in href, label
    assert links["Facebook"].startswith("https://www.facebook.com/")
    assert links["E-mail"].startswith("mailto:")


def test_opengraph_and_twitter_meta(client, page_world):
    q = page_world["question"]
    _, soup = get_page(client, q)

    def meta(**attrs):
        tag = soup.find("meta", attrs=attrs)
        assert tag is not None, attrs
        return tag["content"]

    url = f"http://testserver{q.get_absolute_url()}"
    assert meta(property="og:title") == q.page_title
    assert meta(property="og:type") == "article"
    assert meta(property="og:url") == url
    assert meta(property="og:description").startswith("Hello. Since this morning the muscle")
    assert len(meta(property="og:description")) <= 161
    assert meta(name="twitter:card") == "summary"
    assert meta(name="twitter:title") == q.page_title
    assert soup.find("link", rel="canonical")["href"] == url


def test_similar_qa_block(client, page_world):
    q = page_world["question"]
    _, soup = get_page(client, q)
    items = soup.find(id="similar").find_all("li", class_="similar-item")
    assert 1 <= len(items) <= 4
    assert len(items) == 4  # six similar answered questions exist
    similar_urls = {s.get_absolute_url(): s for s in page_world["similar"]}
    for item in items:
        title_link = item.h3.a
        url = title_link["href"]
        assert url in similar_urls, f"{url} is not one of the similar questions"
        other = similar_urls[url]
        assert title_link.get_text(strip=True) == other.display_title
        paragraphs = item.find_all("p")
        question_snippet = paragraphs[0].get_text()
        assert len(question_snippet) <= 301
        assert question_snippet.endswith("…")
        assert other.body.startswith(question_snippet[:-1].rstrip(" ,;:.-"))
        signature = " ".join(item.find(class_="answer-head").get_text().split())
        other_answer = other.answers.get()
        assert signature == f"Dr. {other_answer.doctor.display_name} reply {other.department}"
        answer_snippet = paragraphs[2].get_text()
        assert answer_snippet.startswith("Thank you for asking about")
        assert len(answer_snippet) <= 301
        assert answer_snippet.endswith("…")
        read_more = item.find_all("a")[-1]
        assert read_more.get_text(strip=True) == f"[Read More] {other.display_title}"
        assert read_more["href"] == url


def test_similar_qa_never_shows_itself_or_unrelated(client, page_world):
    q = page_world["question"]
    _, soup = get_page(client, q)
    similar = soup.find(id="similar")
    hrefs = {a["href"] for a in similar.find_all("a")}
    assert q.get_absolute_url() not in hrefs
    for other in page_world["unrelated"]:
        assert other.get_absolute_url() not in hrefs
    assert "Twitching muscle in my left upper back?" not in similar.get_text()


def test_similar_qa_skips_waiting_and_hidden_questions(client):
    neuro = factories.department("neurology")
    q = factories.QuestionFactory(
        title="Eyelid twitching for two weeks",
        body="My left eyelid keeps twitching for two weeks, mostly in the evening.",
        department=neuro,
    )
    # almost the same question, but nobody answered it yet, or it was hidden
    waiting = factories.QuestionFactory(
        title="Eyelid twitching for two weeks now",
        body="My left eyelid keeps twitching for two weeks now, mostly in the evening.",
        department=neuro,
        status=S.PUBLISHED,
    )
    hidden = answered_question(
        "Eyelid twitching for weeks in the evening",
        "neurology",
        "My left eyelid keeps twitching every evening.",
        status=S.HIDDEN,
    )
    shown = answered_question(
        "Twitching eyelid when tired", "ophthalmology", "My eyelid twitches when I am tired."
    )
    _, soup = get_page(client, q)
    hrefs = [a["href"] for a in soup.find(id="similar").select("h3 a")]
    assert hrefs == [shown.get_absolute_url()]
    assert waiting.get_absolute_url() not in hrefs
    assert hidden.get_absolute_url() not in hrefs


def test_similar_qa_shows_identical_titles_once(client):
    q = factories.QuestionFactory(
        title="Cramps in the calf while swimming",
        body="My calf cramps badly every time I swim more than a few lengths.",
    )
    twin_a = answered_question(
        "Calf cramp during swimming",
        "rehabilitation",
        "During swimming my calf cramps and I must stop.",
    )
    twin_b = answered_question(
        "Calf cramp during swimming",
        "orthopedics",
        "A calf cramp stops me when swimming in cold water.",
    )
    _, soup = get_page(client, q)
    titles = [a.get_text(strip=True) for a in soup.find(id="similar").select("h3 a")]
    assert titles.count(twin_a.display_title) == 1
    assert len(titles) == 1
    assert twin_a.display_title == twin_b.display_title


def test_similar_qa_empty_state(client):
    q = factories.QuestionFactory(
        title="A lonely question about pollen", body="Nobody else has asked about pollen here yet."
    )
    _, soup = get_page(client, q)
    similar = soup.find(id="similar")
    assert similar.find("li", class_="similar-item") is None
    assert "No similar answered questions yet." in similar.get_text()


def test_related_faq_lists_related_article_first(client, page_world):
    _, soup = get_page(client, page_world["question"])
    items = soup.find(id="related-faq").find_all("li", class_="article-item")
    hrefs = [li.h3.a["href"] for li in items]
    related = page_world["related_article"].get_absolute_url()
    unrelated = page_world["unrelated_article"].get_absolute_url()
    assert hrefs[0] == related
    assert unrelated not in hrefs[:1]
    assert items[0].find(class_="meta").get_text() == "Synthetic Publisher"
    assert "Why a back muscle twitches" in items[0].get_text()


def test_related_faq_skips_unpublished_articles(client, page_world):
    page_world["related_article"].is_published = False
    page_world["related_article"].save()
    _, soup = get_page(client, page_world["question"])
    hrefs = [a["href"] for a in soup.find(id="related-faq").find_all("a")]
    assert page_world["related_article"].get_absolute_url() not in hrefs


# --- who answered: institution vs doctor; old answers --------------------------------------


def test_institution_answer_is_from_institution_never_dr(client):
    q = factories.QuestionFactory(
        title="What is a synthetic syndrome?",
        body="What is a synthetic syndrome exactly?",
        status=S.ANSWERED,
    )
    factories.AnswerFactory(
        question=q,
        doctor=None,
        department=None,
        institution="National Institute of Synthetic Studies",
        body="A synthetic syndrome is a made-up condition for tests.",
    )
    _, soup = get_page(client, q)
    answers = soup.find(id="answers")
    head = " ".join(answers.find(class_="answer-head").get_text().split())
    assert head == "From National Institute of Synthetic Studies"
    assert "Dr." not in answers.get_text()
    assert "reply" not in head
    assert "Dr." not in main_text(soup)


def test_old_answer_shows_age_notice(client):
    q = factories.QuestionFactory(title="Old question on knee pain", status=S.ANSWERED)
    factories.AnswerFactory(question=q, replied_at=timezone.now() - timedelta(days=15 * 365 + 10))
    _, soup = get_page(client, q)
    notice = " ".join(soup.find(id="answers").find(class_="notice").get_text().split())
    assert re.search(r"This answer was given 15\s+years(,[^.]*)? ago\.", notice), notice
    assert "Medical advice may have changed" in notice


def test_answer_without_date_says_not_recorded(client):
    q = factories.QuestionFactory(title="Undated answer question", status=S.ANSWERED)
    factories.AnswerFactory(question=q, replied_at=None)
    _, soup = get_page(client, q)
    answers = soup.find(id="answers")
    assert answers.find(class_="reply-date").get_text() == "Reply Date: not recorded"
    assert "was given" not in answers.get_text()


def test_waiting_question_says_it_waits_for_department(client):
    q = factories.QuestionFactory(
        title="Still waiting question", department=factories.department("cardiology")
    )
    _, soup = get_page(client, q)
    answers = soup.find(id="answers")
    assert "This question is waiting for a doctor of Cardiology." in answers.get_text()
    assert answers.find(class_="answer") is None


def test_imported_question_shows_provenance(client):
    q = factories.QuestionFactory(
        title="Imported synthetic question",
        source="jsonl",
        source_record_id="syn-42",
        source_license="CC BY 4.0",
    )
    _, soup = get_page(client, q)
    provenance = " ".join(soup.find(id="provenance").get_text().split())
    assert "Imported from a JSONL import, record syn-42" in provenance
    assert "Licence: CC BY 4.0" in provenance


def test_typed_question_has_no_provenance(client):
    q = factories.QuestionFactory(title="Typed synthetic question")
    _, soup = get_page(client, q)
    assert soup.find(id="provenance") is None


# --- URLs, visibility, counters ------------------------------------------------------------


def test_wrong_slug_redirects_permanently_to_canonical(client):
    q = factories.QuestionFactory(title="Canonical slug question")
    response = client.get(f"/questions/{q.pk}/some-other-slug/")
    assert response.status_code == 301
    assert response["Location"] == q.get_absolute_url()


def test_short_url_redirects_to_canonical(client):
    q = factories.QuestionFactory(title="Short url question")
    response = client.get(f"/questions/{q.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/questions/{q.pk}/short-url-question/"


@pytest.mark.parametrize("status", [S.PENDING, S.HIDDEN])
def test_non_public_question_is_404(client, status):
    q = factories.QuestionFactory(title="Not public question", status=status)
    assert client.get(q.get_absolute_url()).status_code == 404
    assert client.get(f"/questions/{q.pk}/").status_code == 404
    assert client.get(f"/questions/{q.pk}/wrong-slug/").status_code == 404


def test_missing_question_is_404(client):
    assert client.get("/questions/999999/nothing/").status_code == 404


def test_view_count_increments_on_each_view(client):
    q = factories.QuestionFactory(title="Counted question")
    assert q.view_count == 0
    client.get(q.get_absolute_url())
    client.get(q.get_absolute_url())
    q.refresh_from_db()
    assert q.view_count == 2


def test_redirect_does_not_count_a_view(client):
    q = factories.QuestionFactory(title="Redirected question")
    client.get(f"/questions/{q.pk}/")
    q.refresh_from_db()
    assert q.view_count == 0


# --- escaping ------------------------------------------------------------------------------


def test_markup_in_question_is_escaped(client):
    q = factories.QuestionFactory(
        title="<script>alert(1)</script> headache?",
        body='Body with <script>alert(2)</script> and <img src=x onerror="alert(3)">.',
        pseudonym="<b>bold</b>",
    )
    set_generated_title(q)
    factories.AnswerFactory(question=q, body="Answer <script>alert(4)</script> text here.")
    response = client.get(q.get_absolute_url())
    html = response.content.decode()
    for n in (1, 2, 4):
        assert f"<script>alert({n})</script>" not in html
    assert "<img src=x" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    soup = soup_of(response)
    scripts = soup.find_all("script")  # only the inert structured data, nothing executable
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    assert json.loads(scripts[0].string)["@type"] == "MedicalWebPage"
    assert soup.find("img") is None
    assert soup.find(id="asker-line").get_text().startswith("<b>bold</b>, 30~39 year old female")
