"""askmed's own interchange format: JSON Lines of questions and articles.

One JSON object per line (UTF-8; blank lines are skipped; a line may not exceed 1 MiB).
A question::

    {"kind": "question", "source": "meqsum", "record_id": "14348.txt",
     "url": "", "license": "CC BY 4.0",                     # optional, default ""
     "title": "Who makes bromocriptine?", "body": "...",   # required, non-empty
     "pseudonym": "", "age_band": "30~39", "sex": "female", # optional
     "asked_at": "2011-05-06",                              # optional, YYYY-MM-DD
     "department": "Neurology",                             # optional, canonical name
     "page_title": "", "focus": "", "qtype": "",            # optional
     "excerpt": false,                                      # optional
     "answers": [{"body": "...",                            # optional list
                  "doctor_name": "Ye Boshou",   # exactly one of doctor_name
                  "institution": "",            #   and institution is non-empty
                  "department": "Neurology", "replied_at": "2011-05-06"}]}

An article::

    {"kind": "article", "source": "medquad", "record_id": "6_NINDS_QA/0000001#1",
     "title": "...", "body": "...",                         # required, non-empty
     "summary": "", "publisher": "", "url": "", "license": "",
     "published_at": "2019-01-01", "focus": "", "qtype": "", "excerpt": false}

``age_band`` is "" or one of "0~9", "10~19", ... "70~79", "80+"; ``sex`` is "", "female"
or "male". Unknown fields, wrong types, unknown departments and impossible dates are
errors. Validation is strict: a bad line becomes its own error unit
``"<file>#line=<n>"`` naming the field, and the good lines are grouped in units of
``batch_size`` lines keyed ``"<file>#lines=<first>-<last>"`` (1-based line numbers,
window bounds). :func:`record_to_json` writes the same format, so an export reads back
into equal records.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from askmed_engine.ingest._common import batch_input, canonical_department, parse_date, windowed
from askmed_engine.records import (
    AnswerRecord,
    ArticleRecord,
    Provenance,
    QuestionRecord,
    Record,
    SourceFile,
)

MAX_LINE_BYTES = 1024 * 1024
AGE_BANDS = frozenset([f"{n}~{n + 9}" for n in range(0, 80, 10)] + ["80+", ""])
SEXES = frozenset({"", "female", "male"})
_COMMON = {"kind", "source", "record_id", "url", "license", "title", "body", "focus", "qtype",
           "excerpt"}  # fmt: skip
QUESTION_FIELDS = _COMMON | {"pseudonym", "age_band", "sex", "asked_at", "department",
                             "page_title", "answers"}  # fmt: skip
ARTICLE_FIELDS = _COMMON | {"summary", "publisher", "published_at"}
ANSWER_FIELDS = frozenset({"body", "doctor_name", "department", "institution", "replied_at"})


class JsonlError(ValueError):
    """A line that is not a valid askmed record; the message names the field."""


def read_jsonl(path: Path, batch_size: int = 200) -> Iterator[SourceFile]:
    """Yield batches of records (and one error unit per bad line) from a JSONL file."""
    path = batch_input(path, batch_size, "JSONL file")
    yield from windowed(path.name, _lines(path), batch_size, "line")


def _lines(path: Path) -> Iterator[Record | str | None]:
    """Each line's record, None for a blank line, or the message saying what is wrong."""
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            try:
                yield _parse_line(raw)
            except JsonlError as exc:
                yield f"{path.name} line {number}: {exc}"


def _parse_line(raw: bytes) -> Record | None:
    """The record on one line, None for a blank line; ``JsonlError`` when invalid."""
    if len(raw) > MAX_LINE_BYTES:
        raise JsonlError(f"line is {len(raw)} bytes, over the {MAX_LINE_BYTES}-byte limit")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonlError(f"not UTF-8: {exc}") from exc
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonlError(f"not valid JSON: {exc}") from exc
    return parse_record(data)


def parse_record(data: Any) -> Record:
    """Validate one decoded JSON object and build its record."""
    if not isinstance(data, dict):
        raise JsonlError(f"expected a JSON object, found {type(data).__name__}")
    kind = data.get("kind")
    if kind == "question":
        return _question(data)
    if kind == "article":
        return _article(data)
    raise JsonlError(f"field 'kind' must be 'question' or 'article', found {kind!r}")


def _check_fields(data: dict[str, Any], allowed: frozenset[str] | set[str], where: str) -> None:
    """Reject fields the format does not know."""
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise JsonlError(f"unknown field(s) {', '.join(map(repr, unknown))} in {where}")


def _str(data: dict[str, Any], key: str, required: bool = False, prefix: str = "") -> str:
    """A string field; ``required`` ones must be present and not blank."""
    value = data.get(key, "")
    if not isinstance(value, str):
        raise JsonlError(f"field '{prefix}{key}' must be a string, found {type(value).__name__}")
    if required and not value.strip():
        raise JsonlError(f"field '{prefix}{key}' is required and must not be empty")
    return value


def _choice(data: dict[str, Any], key: str, allowed: frozenset[str]) -> str:
    """A string field restricted to ``allowed`` values."""
    value = _str(data, key)
    if value not in allowed:
        raise JsonlError(f"field '{key}' has invalid value {value!r}")
    return value


def _date(data: dict[str, Any], key: str, prefix: str = "") -> date | None:
    """An optional ``YYYY-MM-DD`` date field (null or absent means no date)."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise JsonlError(f"field '{prefix}{key}' must be a YYYY-MM-DD string")
    try:
        return parse_date(value, "-")
    except ValueError as exc:
        raise JsonlError(f"field '{prefix}{key}': {exc}") from exc


def _department(data: dict[str, Any], key: str, prefix: str = "") -> str:
    """An optional department field, which must be spelled canonically."""
    value = _str(data, key, prefix=prefix)
    if value and canonical_department(value) != value:
        raise JsonlError(f"field '{prefix}{key}' has unknown department {value!r}")
    return value


def _bool(data: dict[str, Any], key: str) -> bool:
    """An optional boolean field."""
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise JsonlError(f"field '{key}' must be true or false")
    return value


def _provenance(data: dict[str, Any]) -> Provenance:
    """The provenance fields shared by both kinds."""
    return Provenance(
        source=_str(data, "source", required=True),
        record_id=_str(data, "record_id", required=True),
        url=_str(data, "url"),
        license=_str(data, "license"),
    )


def _question(data: dict[str, Any]) -> QuestionRecord:
    """A validated question record."""
    _check_fields(data, QUESTION_FIELDS, "a question")
    answers = data.get("answers", [])
    if not isinstance(answers, list):
        raise JsonlError("field 'answers' must be a list")
    return QuestionRecord(
        provenance=_provenance(data),
        title=_str(data, "title", required=True),
        body=_str(data, "body", required=True),
        pseudonym=_str(data, "pseudonym"),
        age_band=_choice(data, "age_band", AGE_BANDS),
        sex=_choice(data, "sex", SEXES),
        asked_at=_date(data, "asked_at"),
        department=_department(data, "department"),
        page_title=_str(data, "page_title"),
        focus=_str(data, "focus"),
        qtype=_str(data, "qtype"),
        excerpt=_bool(data, "excerpt"),
        answers=tuple(_answer(answer, i) for i, answer in enumerate(answers)),
    )


def _answer(data: Any, index: int) -> AnswerRecord:
    """A validated answer: by a doctor or from an institution, never both."""
    prefix = f"answers[{index}]."
    if not isinstance(data, dict):
        raise JsonlError(f"field 'answers[{index}]' must be an object")
    _check_fields(data, ANSWER_FIELDS, f"answers[{index}]")
    doctor = _str(data, "doctor_name", prefix=prefix)
    institution = _str(data, "institution", prefix=prefix)
    if bool(doctor.strip()) == bool(institution.strip()):
        raise JsonlError(
            f"field '{prefix}doctor_name' / '{prefix}institution': exactly one must be given"
        )
    return AnswerRecord(
        body=_str(data, "body", required=True, prefix=prefix),
        doctor_name=doctor,
        department=_department(data, "department", prefix=prefix),
        institution=institution,
        replied_at=_date(data, "replied_at", prefix=prefix),
    )


def _article(data: dict[str, Any]) -> ArticleRecord:
    """A validated article record."""
    _check_fields(data, ARTICLE_FIELDS, "an article")
    return ArticleRecord(
        provenance=_provenance(data),
        title=_str(data, "title", required=True),
        body=_str(data, "body", required=True),
        summary=_str(data, "summary"),
        publisher=_str(data, "publisher"),
        url=_str(data, "url"),
        license=_str(data, "license"),
        published_at=_date(data, "published_at"),
        focus=_str(data, "focus"),
        qtype=_str(data, "qtype"),
        excerpt=_bool(data, "excerpt"),
    )


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` without empty optional fields (empty strings, None, False, [])."""
    return {k: v for k, v in values.items() if v not in ("", None, False, [])}


def record_to_json(record: Record) -> dict[str, Any]:
    """The JSON object of ``record`` in this format (the inverse of :func:`parse_record`)."""
    provenance = record.provenance
    head = {"source": provenance.source, "record_id": provenance.record_id,
            "url": provenance.url, "license": provenance.license,
            "title": record.title, "body": record.body}  # fmt: skip
    if isinstance(record, QuestionRecord):
        answers = [_answer_to_json(answer) for answer in record.answers]
        return {"kind": "question"} | _compact(head | {
            "pseudonym": record.pseudonym, "age_band": record.age_band, "sex": record.sex,
            "asked_at": _iso(record.asked_at), "department": record.department,
            "page_title": record.page_title, "focus": record.focus, "qtype": record.qtype,
            "excerpt": record.excerpt, "answers": answers,
        })  # fmt: skip
    return {"kind": "article"} | _compact(head | {
        "summary": record.summary, "publisher": record.publisher, "url": record.url,
        "license": record.license, "published_at": _iso(record.published_at),
        "focus": record.focus, "qtype": record.qtype, "excerpt": record.excerpt,
    })  # fmt: skip


def _answer_to_json(answer: AnswerRecord) -> dict[str, Any]:
    """The JSON object of one answer."""
    return {"body": answer.body} | _compact({
        "doctor_name": answer.doctor_name, "department": answer.department,
        "institution": answer.institution, "replied_at": _iso(answer.replied_at),
    })  # fmt: skip


def _iso(value: date | None) -> str | None:
    """``YYYY-MM-DD`` or None."""
    return value.isoformat() if value else None
