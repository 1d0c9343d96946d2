"""The ask form in a real browser: the live panel fills while typing, and the form submits.

Runs Debian's headless chromium through selenium against pytest-django's live server.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.urls import reverse
from tests import factories

from askmed.questions.models import Question

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WAIT_SECONDS = 10


def answered(title: str, body: str, department: str) -> Question:
    return factories.AnswerFactory(
        question__title=title,
        question__body=body,
        question__department=factories.department(department),
    ).question


def require_chromium() -> None:
    """Fail (not skip) when the browser is missing: `make test` installs it."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: the browser tests need Debian's chromium and "
            "chromium-driver. Run `make test`, which installs them.",
            pytrace=False,
        )


@pytest.fixture
def start_browser(tmp_path):
    """A function that starts headless chromium (in the test, so a missing one FAILS it)."""
    drivers = []

    def start():
        require_chromium()
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for arg in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--window-size=1280,1100",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
        ):
            options.add_argument(arg)
        drivers.append(webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options))
        return drivers[-1]

    yield start
    for driver in drivers:
        driver.quit()


@pytest.mark.enable_socket
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_typing_shows_answered_questions_and_the_form_submits(live_server, start_browser, tmp_path):
    browser = start_browser()
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    knee = answered(
        "Why does my knee swell after running?",
        "My left knee swells and aches after every long run. What could cause it?",
        "orthopedics",
    )
    itch = answered(
        "How can I stop my skin itching at night?",
        "My arms itch badly at night and there is a dry rash. Is this eczema?",
        "dermatology",
    )
    title = "My knee gets swollen after I go running"
    body = "For a month my right knee swells after each run and feels stiff the next day."

    started = time.monotonic()
    browser.get(live_server.url + reverse("questions:ask"))
    panel = browser.find_element(By.ID, "similar-live")
    assert "Keep typing" in panel.text
    browser.find_element(By.NAME, "title").send_keys(title)
    browser.find_element(By.NAME, "body").send_keys(body)

    knee_link = f'#similar-live a[href="{knee.get_absolute_url()}"]'
    WebDriverWait(browser, WAIT_SECONDS).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, knee_link)),
        message=f"#similar-live never listed the answered knee question: {panel.text!r}",
    )
    assert "Answered questions like yours" in panel.text
    assert "Orthopedics" in panel.text
    assert "Why similar" in panel.text
    assert not browser.find_elements(
        By.CSS_SELECTOR, f'#similar-live a[href="{itch.get_absolute_url()}"]'
    )
    link = browser.find_element(By.CSS_SELECTOR, knee_link)
    assert link.get_attribute("target") == "_blank"
    browser.save_screenshot(str(tmp_path / "ask-similar-live.png"))

    Select(browser.find_element(By.NAME, "department")).select_by_visible_text("Orthopedics")
    browser.find_element(By.NAME, "pseudonym").send_keys("Runner")
    browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]").click()

    WebDriverWait(browser, WAIT_SECONDS).until(
        ec.presence_of_element_located((By.ID, "question")),
        message="submitting the ask form did not open a question page",
    )
    assert browser.find_element(By.CSS_SELECTOR, "#question h2").text == title
    question = Question.objects.get(title=title)
    assert browser.current_url == live_server.url + question.get_absolute_url()
    assert "Your question is published" in browser.find_element(By.CLASS_NAME, "messages").text
    print(f"browser flow took {time.monotonic() - started:.1f}s")


@pytest.mark.enable_socket
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_typing_shows_red_flags_departments_title_and_masking(live_server, start_browser, tmp_path):
    browser = start_browser()
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    phone = "0912-345-678"
    browser.get(live_server.url + reverse("questions:ask"))
    browser.find_element(By.NAME, "title").send_keys("Crushing chest pain right now")
    browser.find_element(By.NAME, "body").send_keys(
        "My chest feels crushed and the pain goes down my left arm, I am sweating. "
        f"Please call me at {phone}."
    )
    for part in (".red-flag", ".masked-preview"):  # both, once typing has stopped
        WebDriverWait(browser, WAIT_SECONDS).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, f"#intake-live {part}")),
            message=f"#intake-live never showed {part}",
        )
    panel = browser.find_element(By.ID, "intake-live")
    assert "emergency" in panel.find_element(By.CLASS_NAME, "red-flag").text.lower()
    assert "Your page will be titled" in panel.text
    preview = panel.find_element(By.CLASS_NAME, "masked-preview")
    assert "phone number" in preview.text
    assert phone not in preview.text
    browser.save_screenshot(str(tmp_path / "ask-intake-live.png"))

    choice = panel.find_element(By.CSS_SELECTOR, 'button[data-department="Cardiology"]')
    choice.click()
    department = Select(browser.find_element(By.NAME, "department"))
    assert department.first_selected_option.text == "Cardiology"
    browser.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]").click()
    WebDriverWait(browser, WAIT_SECONDS).until(
        ec.presence_of_element_located((By.ID, "question")),
        message="submitting the ask form did not open a question page",
    )
    question = Question.objects.get()
    assert question.department.name == "Cardiology"
    assert phone not in question.body
    assert "[phone]" in question.body
    messages = browser.find_element(By.CLASS_NAME, "messages").text
    assert "emergency" in messages.lower()
    assert "We removed your phone number." in messages
