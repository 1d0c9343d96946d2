"""Tests for the JSONL interchange reader and its inverse, ``record_to_json``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from askmed_engine.ingest import READERS, read_jsonl, read_medquad, read_seeds, record_to_json
from askmed_engine.ingest.jsonl import MAX_LINE_BYTES
from askmed_engine.records import ArticleRecord, Provenance, QuestionRecord

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SMALL = FIXTURES / "small.jsonl"


def write_lines(path: Path, objects) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def errors_of(units) -> dict[str, str]:
    return {u.path: u.error or "" for u in units if u.error}


def test_good_lines_and_one_error_unit_per_bad_line():
    units = list(read_jsonl(SMALL))
    good = [u for u in units if not u.error]
    assert [u.path for u in good] == ["small.jsonl#lines=1-11"]
    ids = [r.provenance.record_id for r in good[0].records]
    assert ids == ["q1", "a1", "q6"]
    errors = errors_of(units)
    assert set(errors) == {f"small.jsonl#line={n}" for n in range(4, 11)}
    assert "'department'" in errors["small.jsonl#line=4"]
    assert "doctor_name" in errors["small.jsonl#line=5"]
    assert "institution" in errors["small.jsonl#line=5"]
    assert "'asked_at'" in errors["small.jsonl#line=6"]
    assert "'kind'" in errors["small.jsonl#line=7"]
    assert "'title'" in errors["small.jsonl#line=8"]
    assert "not valid JSON" in errors["small.jsonl#line=9"]
    assert "'title' must be a string" in errors["small.jsonl#line=10"]


def test_fields_are_read():
    units = list(read_jsonl(SMALL))
    question, article, institutional = next(u for u in units if not u.error).records
    assert isinstance(question, QuestionRecord)
    assert (question.pseudonym, question.age_band, question.sex) == ("Lu", "20~29", "female")
    assert question.asked_at == date(2021, 4, 5)
    assert question.answers[0].doctor_name == "Test Doctor"
    assert question.answers[0].replied_at == date(2021, 4, 6)
    assert isinstance(article, ArticleRecord)
    assert article.published_at == date(2020, 2, 29)
    assert article.url == article.provenance.url == "https://example.org/a1"
    assert institutional.answers[0].institution == "Fixture Institute"


def test_batches_by_line_windows(tmp_path):
    rows = [{"kind": "article", "source": "t", "record_id": str(i), "title": "t", "body": "b"}
            for i in range(5)]  # fmt: skip
    units = list(read_jsonl(write_lines(tmp_path / "b.jsonl", rows), batch_size=2))
    assert [u.path for u in units] == [
        "b.jsonl#lines=1-2",
        "b.jsonl#lines=3-4",
        "b.jsonl#lines=5-5",
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"unexpected": 1}, "'unexpected'"),
        ({"age_band": "12"}, "'age_band'"),
        ({"sex": "x"}, "'sex'"),
        ({"asked_at": "2021/01/01"}, "'asked_at'"),
        ({"answers": {}}, "'answers'"),
        ({"answers": [{"body": "b"}]}, "'answers[0].doctor_name'"),
        ({"answers": [{"body": "", "institution": "I"}]}, "'answers[0].body'"),
        ({"answers": [{"body": "b", "institution": "I", "department": "X"}]},
         "'answers[0].department'"),
        ({"body": "   "}, "'body'"),
        ({"record_id": ""}, "'record_id'"),
        ({"excerpt": "yes"}, "'excerpt'"),
    ],
)  # fmt: skip
def test_strict_validation_names_the_field(tmp_path, change, field):
    base = {"kind": "question", "source": "t", "record_id": "r", "title": "t", "body": "b"}
    (unit,) = read_jsonl(write_lines(tmp_path / "v.jsonl", [base | change]))
    assert unit.path == "v.jsonl#line=1"
    assert field in (unit.error or "")


def test_non_utf8_and_oversized_lines(tmp_path):
    good = json.dumps(
        {"kind": "article", "source": "t", "record_id": "r", "title": "t", "body": "b"}
    )
    path = tmp_path / "raw.jsonl"
    path.write_bytes(b'{"kind": "caf\xe9"}\n' + b"x" * (MAX_LINE_BYTES + 1) + b"\n" + good.encode())
    units = list(read_jsonl(path))
    errors = errors_of(units)
    assert "not UTF-8" in errors["raw.jsonl#line=1"]
    assert "limit" in errors["raw.jsonl#line=2"]
    assert [u.path for u in units if not u.error] == ["raw.jsonl#lines=1-3"]


def test_missing_file_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(read_jsonl(tmp_path / "none.jsonl"))
    assert READERS["jsonl"] is read_jsonl


def round_trip(records, tmp_path: Path):
    path = write_lines(tmp_path / "export.jsonl", [record_to_json(r) for r in records])
    units = list(read_jsonl(path, batch_size=10_000))
    assert errors_of(units) == {}
    return [r for u in units for r in u.records]


def test_round_trip_of_fixture_records(tmp_path):
    records = [r for u in read_jsonl(SMALL) for r in u.records]
    assert round_trip(records, tmp_path) == records


def test_round_trip_of_other_readers(tmp_path):
    records = [r for u in read_seeds(FIXTURES / "seeds") for r in u.records]
    records += [r for u in read_medquad(FIXTURES / "medquad") for r in u.records]
    assert len(records) > 8
    assert round_trip(records, tmp_path) == records


def test_record_to_json_leaves_out_empty_fields():
    record = QuestionRecord(
        provenance=Provenance("t", "r"),
        title="t",
        body="b",
    )
    assert record_to_json(record) == {
        "kind": "question",
        "source": "t",
        "record_id": "r",
        "title": "t",
        "body": "b",
    }
