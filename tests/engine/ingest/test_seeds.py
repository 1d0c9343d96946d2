"""Tests for the seed-page reader (synthetic pages, plus the two real reference pages)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from askmed_engine.ingest import READERS, read_seed_page, read_seeds
from askmed_engine.records import ArticleRecord, QuestionRecord

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
SHARED = Path(__file__).resolve().parents[3].parent / "shared"
REAL_QUESTION = SHARED / "seeds" / "000_41c4674387c677e3.txt"
REAL_ARTICLE = SHARED / "seeds" / "004_cbc6b88439ea113f.txt"


def real(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"reference page {path} not available (no ../shared next to the repo)")
    return path


def all_text(records) -> str:
    parts = []
    for record in records:
        parts += [record.title, record.body, getattr(record, "summary", "")]
        parts += [a.body for a in getattr(record, "answers", ())]
    return "\n".join(parts)


def test_directory_is_read_sorted_and_broken_page_is_an_error():
    units = list(read_seeds(FIXTURES))
    assert [u.path for u in units] == ["a_synthetic.txt", "broken_question.txt", "q_synthetic.txt"]
    broken = units[1]
    assert broken.records == []
    assert "broken_question.txt" in (broken.error or "")
    assert "missing the asker" in (broken.error or "")


def test_synthetic_question_page():
    unit = read_seed_page(FIXTURES / "q_synthetic.txt")
    assert unit.error is None
    main, first, second, faq = unit.records
    assert isinstance(main, QuestionRecord)
    assert main.provenance.source == "seeds"
    assert main.provenance.record_id == "q_synthetic"
    assert (main.provenance.url, main.provenance.license) == ("", "")
    assert main.page_title == "Sudden Fixture Knee Clicks: Causes and Care - Orthopedics"
    assert main.title == "Clicking knee after a made-up jog?"
    assert main.body == (
        "Hello.\nAfter a short pretend jog my right knee clicks when I climb stairs.\n"
        "Is this something to worry about?"
    )
    assert (main.pseudonym, main.age_band, main.sex) == ("Mo", "30~39", "male")
    assert main.asked_at == date(2020, 2, 29)
    assert main.department == "Orthopedics"
    (answer,) = main.answers
    assert (answer.doctor_name, answer.department, answer.institution) == (
        "Test Example",
        "Orthopedics",
        "",
    )
    assert answer.replied_at == date(2020, 3, 1)
    assert answer.body == (
        "Hello: a painless click is usually harmless.\nIf swelling appears, please see a clinic."
    )
    assert "SYNTHETIC MACHINE TEXT" not in all_text(unit.records)

    assert first.provenance.record_id == "q_synthetic#similar-1"
    assert first.title == first.page_title == "Fixture Title One"
    assert first.body.endswith("it hurts when")
    assert first.excerpt is True
    assert first.department == "Rehabilitation"
    assert first.asked_at is None
    assert first.answers[0].doctor_name == "Sample Person"
    assert first.answers[0].replied_at is None

    assert second.body == "A short complete fixture question about dizziness."
    assert second.excerpt is True  # the reply excerpt was cut
    assert second.answers[0].body.endswith("ex...")

    assert isinstance(faq, ArticleRecord)
    assert faq.provenance.record_id == "q_synthetic#faq-1"
    assert faq.title == "How Fixture Knees Work"
    assert "[Read More]" not in faq.body
    assert faq.excerpt is True


def test_synthetic_article_page():
    unit = read_seed_page(FIXTURES / "a_synthetic.txt")
    assert unit.error is None
    main, *also = unit.records
    assert isinstance(main, ArticleRecord)
    assert main.title == "Why Fixture Feet Get Tired"
    assert main.body == (
        "Fixture feet get tired for many pretend reasons. This first paragraph says so."
        "\n\nSecond paragraph with more invented detail."
    )
    assert (
        main.summary
        == "Fixture feet get tired for many pretend reasons. This first paragraph says so."
    )
    assert (main.publisher, main.license, main.published_at) == ("", "", None)
    assert [a.provenance.record_id for a in also] == ["a_synthetic#also-1", "a_synthetic#also-2"]
    assert also[1].title == "Second Related Fixture"
    assert also[1].body == also[1].summary == "Another invented summary. It has two sentences."
    assert all(a.excerpt for a in also)


def test_impossible_date_is_an_error(tmp_path):
    text = (FIXTURES / "q_synthetic.txt").read_text(encoding="utf-8")
    page = tmp_path / "bad_date.txt"
    page.write_text(text.replace("Ask Date: 2020/02/29", "Ask Date: 2021/02/29"), encoding="utf-8")
    unit = read_seed_page(page)
    assert unit.records == []
    assert "impossible date '2021/02/29'" in (unit.error or "")


def test_unknown_kind_is_an_error(tmp_path):
    page = tmp_path / "note.txt"
    page.write_text("Just a note\n\nNothing else.\n", encoding="utf-8")
    unit = read_seed_page(page)
    assert "neither a question page" in (unit.error or "")


def test_single_file_and_missing_path(tmp_path):
    assert [u.path for u in read_seeds(FIXTURES / "a_synthetic.txt")] == ["a_synthetic.txt"]
    with pytest.raises(FileNotFoundError):
        list(read_seeds(tmp_path / "none"))
    assert READERS["seeds"] is read_seeds


def test_real_question_page():
    unit = read_seed_page(real(REAL_QUESTION))
    assert unit.error is None
    main, *similar = unit.records
    assert isinstance(main, QuestionRecord)
    assert main.title == "Left-sided back spasm?"
    assert main.page_title == "Left-Sided Back Spasms: Causes and Risks - Neurology"
    assert (main.pseudonym, main.age_band, main.sex) == ("Qi", "10~19", "female")
    assert main.asked_at == date(2011, 5, 6)
    assert main.department == "Neurology"
    assert main.answers[0].doctor_name == "Ye Boshou"
    assert main.answers[0].department == "Neurology"
    assert main.answers[0].replied_at == date(2011, 5, 6)
    assert main.provenance.license == ""
    assert [(q.answers[0].doctor_name, q.department) for q in similar] == [
        ("Su Hongci", "Rehabilitation"),
        ("Chen Weida", "Neurology"),
        ("Zhou Ziguang", "Pulmonology"),
        ("Ye Qianyu", "Family Medicine"),
    ]
    assert all(isinstance(q, QuestionRecord) and q.excerpt for q in similar)
    assert all(not q.body.endswith("...") for q in similar)
    text = all_text(unit.records)
    assert "More Info" not in text
    assert "Possible Causes of Left-Sided Back Spasms" not in text
    assert "Recommendations for Management" not in text


def test_real_article_page():
    unit = read_seed_page(real(REAL_ARTICLE))
    assert unit.error is None
    main, *also = unit.records
    assert main.title == "What Your Back Spasms Are Trying To Tell You"
    assert "You Might Also Enjoy" not in main.body
    assert main.body.endswith("help put them in the past.")
    assert len(main.summary) <= 300
    assert main.publisher == ""
    assert [a.title for a in also] == [
        "What to Expect During and After Complex Spine Surgery",
        "Telltale Signs of Spinal Tumors You Should Know",
        "3 Conditions That Can Cause Sciatica",
        "Is Working from Home a Pain in Your Neck?",
        "Who Benefits From Spinal Fusion?",
    ]
    assert all(isinstance(a, ArticleRecord) and a.excerpt and a.body for a in also)
