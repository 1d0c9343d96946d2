"""Tests for the MeQSum CSV reader (synthetic fixture, plus the real file when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from askmed_engine.ingest import READERS, read_meqsum
from askmed_engine.ingest.meqsum import split_question
from askmed_engine.records import QuestionRecord

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "meqsum_small.csv"
REAL_MEQSUM = (
    Path(__file__).resolve().parents[3].parent / "shared" / "data" / "meqsum" / "meqsum_1000.csv"
)


def records_by_id(units):
    return {r.provenance.record_id: r for u in units for r in u.records}


def test_units_batches_and_error_rows():
    units = list(read_meqsum(FIXTURE, batch_size=4))
    assert [u.path for u in units] == [
        "meqsum_small.csv#row=3",
        "meqsum_small.csv#rows=1-4",
        "meqsum_small.csv#row=6",
        "meqsum_small.csv#rows=5-6",
    ]
    errors = {u.path: u.error for u in units if u.error}
    assert "empty CHQ" in errors["meqsum_small.csv#row=3"]
    assert "data row 3" in errors["meqsum_small.csv#row=3"]
    assert "expected 3 columns" in errors["meqsum_small.csv#row=6"]
    assert all(u.records == [] for u in units if u.error)
    assert sorted(records_by_id(units)) == ["fx-001.txt", "fx-002.txt", "fx-004.txt", "fx-005.txt"]


def test_subject_message_row():
    record = records_by_id(read_meqsum(FIXTURE))["fx-001.txt"]
    assert isinstance(record, QuestionRecord)
    assert record.title == "question about pretendol"
    assert record.body == "I take pretendol every morning. Can I take it with coffee?"
    assert record.provenance.source == "meqsum"
    assert (record.provenance.url, record.provenance.license) == ("", "CC BY 4.0")
    assert record.answers == ()
    assert (record.department, record.pseudonym, record.asked_at) == ("", "", None)


def test_short_first_line_is_the_title():
    record = records_by_id(read_meqsum(FIXTURE))["fx-002.txt"]
    assert record.title == "made-up rash on my elbow"
    assert record.body.startswith("I have had a small made-up rash")


def test_long_single_paragraph_uses_the_summary_as_title():
    record = records_by_id(read_meqsum(FIXTURE))["fx-004.txt"]
    assert record.title == "Should I worry about a cough that keeps me awake?"
    assert record.body.startswith("I have a very long first line")


def test_message_without_subject_uses_the_summary_as_title():
    record = records_by_id(read_meqsum(FIXTURE))["fx-005.txt"]
    assert record.title == "When should a headache be checked?"
    assert record.body == "Is a fixture headache a reason to see a doctor?"


def test_default_batch_is_one_unit():
    units = [u for u in read_meqsum(FIXTURE) if not u.error]
    assert [u.path for u in units] == ["meqsum_small.csv#rows=1-6"]


def test_wrong_header_is_one_error_unit(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name,Question\na,b\n", encoding="utf-8")
    (unit,) = read_meqsum(path)
    assert unit.path == "bad.csv"
    assert "expected header" in (unit.error or "")


def test_non_utf8_is_an_error_unit(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(b"File,CHQ,Summary\nx,caf\xe9,y\n")
    (unit,) = read_meqsum(path)
    assert "not UTF-8" in (unit.error or "")


def test_missing_file_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(read_meqsum(tmp_path / "nope.csv"))


def test_split_question_empty_subject_falls_back_to_summary():
    assert split_question("SUBJECT:\nMESSAGE: body text", "Summary?") == ("Summary?", "body text")


def test_registry():
    assert READERS["meqsum"] is read_meqsum


def test_real_meqsum_reads_all_rows():
    if not REAL_MEQSUM.is_file():
        pytest.skip(f"real MeQSum not available at {REAL_MEQSUM}")
    units = list(read_meqsum(REAL_MEQSUM))
    assert [u.error for u in units if u.error] == []
    records = [r for u in units for r in u.records]
    assert len(records) == 1000
    assert all(r.title and r.body and not r.answers for r in records)
