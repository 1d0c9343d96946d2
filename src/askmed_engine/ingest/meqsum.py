"""Reader for MeQSum (Ben Abacha & Demner-Fushman, ACL 2019), licensed CC BY 4.0.

The CSV has the columns ``File,CHQ,Summary``: the source file name, the consumer health
question as the patient wrote it, and a human-written one-line summary. Every row
becomes a :class:`QuestionRecord` waiting for a doctor (no answers, no department: the
importer routes it). The patient's own subject line is the title when there is one;
otherwise a short first line followed by more text; otherwise the Summary column.

Units are batches of ``batch_size`` data rows keyed ``"<file>#rows=<first>-<last>"``
(1-based data row numbers, header excluded; the window bounds, so keys are stable);
a malformed row becomes its own error unit ``"<file>#row=<n>"`` and is left out of its
batch; a file without the expected header is a single error unit.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from askmed_engine.ingest._common import batch_input, clean_line, clean_text, windowed
from askmed_engine.records import Provenance, QuestionRecord, SourceFile

HEADER = ["File", "CHQ", "Summary"]
LICENSE = "CC BY 4.0"
SHORT_FIRST_LINE = 120
_SUBJECT_MESSAGE = re.compile(
    r"^\s*SUBJECT:(?P<subject>.*?)(?:\bMESSAGE:(?P<message>.*))?$", re.DOTALL
)
_MESSAGE_ONLY = re.compile(r"^\s*MESSAGE:(?P<message>.*)$", re.DOTALL)


def read_meqsum(csv_path: Path, batch_size: int = 200) -> Iterator[SourceFile]:
    """Yield batches of MeQSum questions (and error units for bad rows) from ``csv_path``."""
    csv_path = batch_input(csv_path, batch_size, "MeQSum CSV")
    name = csv_path.name
    try:
        text = csv_path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield SourceFile(path=name, error=f"{name}: not UTF-8 text: {exc}")
        return
    reader = csv.reader(io.StringIO(text, newline=""))
    header = _next_row(reader)
    if not isinstance(header, list) or [h.strip() for h in header] != HEADER:
        found = header if isinstance(header, list) else "no readable header"
        yield SourceFile(path=name, error=f"{name}: expected header {HEADER}, found {found}")
        return
    yield from windowed(name, _rows(name, reader), batch_size, "row")


def _next_row(reader: Iterator[list[str]]) -> list[str] | str | None:
    """The next CSV row, an error message when it cannot be parsed, or None at the end."""
    try:
        return next(reader)
    except StopIteration:
        return None
    except csv.Error as exc:
        return f"unreadable CSV: {exc}"


def _rows(name: str, reader: Iterator[list[str]]) -> Iterator[QuestionRecord | str]:
    """Each data row's question, or the message saying why that row is malformed."""
    number = 1
    while (row := _next_row(reader)) is not None:
        yield _row_record(name, number, row)
        number += 1


def _row_record(name: str, number: int, row: list[str] | str) -> QuestionRecord | str:
    """The question of one data row, or an error message naming the row and the problem."""
    where = f"{name} data row {number}"
    if isinstance(row, str):
        return f"{where}: {row}"
    if len(row) != len(HEADER):
        return f"{where}: expected {len(HEADER)} columns ({', '.join(HEADER)}), found {len(row)}"
    file_id, chq, summary = (clean_line(row[0]), row[1], clean_line(row[2]))
    if not file_id:
        return f"{where}: empty File column"
    if not chq.strip():
        return f"{where}: empty CHQ column"
    title, body = split_question(chq, summary)
    if not title:
        return f"{where}: no subject line and an empty Summary column, so no title"
    return QuestionRecord(
        provenance=Provenance("meqsum", file_id, url="", license=LICENSE),
        title=title,
        body=body,
    )


def split_question(chq: str, summary: str = "") -> tuple[str, str]:
    """(title, body) of a consumer question: its subject, else short first line, else summary."""
    match = _SUBJECT_MESSAGE.match(chq) or _MESSAGE_ONLY.match(chq)
    if match:
        subject = clean_line(match.groupdict().get("subject") or "")
        message = clean_text(match.group("message") or "")
        return (subject or summary), (message or subject or summary)
    text = clean_text(chq)
    first, _, rest = text.partition("\n")
    if len(first) <= SHORT_FIRST_LINE and rest.strip():
        return first, rest.strip()
    return summary, text
