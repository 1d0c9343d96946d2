"""Small helpers shared by the readers: text cleaning, summaries, dates, departments.

Standard library only; no Django. Private to :mod:`askmed_engine.ingest`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from askmed_engine.departments import find_department
from askmed_engine.records import Record, SourceFile

SUMMARY_LIMIT = 300
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
_LEADING_LABEL = re.compile(r"^(summary\s*:|key points\b)\s*", re.IGNORECASE)


def clean_line(text: str) -> str:
    """``text`` stripped, with every run of whitespace (newlines too) made one space."""
    return " ".join(text.split())


def clean_text(text: str) -> str:
    """Strip, collapse whitespace within lines, keep paragraph breaks as ``"\\n\\n"``.

    Single line breaks inside a paragraph are kept (lists and line-per-sentence text
    stay readable); any run of blank lines becomes exactly one blank line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in _BLANK.split(text):
        lines = [clean_line(line) for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def cut_at_word(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """``text`` if it fits in ``limit`` characters, else cut at a word boundary + "…"."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 3:
        head = head[:space]
    return head.rstrip(" ,;:-") + "…"


def summarize(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """The first one or two sentences of ``text``, at most ``limit`` characters.

    A leading "Summary :" or "Key Points" label (common in MedQuAD answers) is skipped.
    The second sentence is added only when both fit.
    """
    flat = _LEADING_LABEL.sub("", clean_line(text))
    sentences = _SENTENCE_END.split(flat, maxsplit=2)
    summary = sentences[0]
    if len(sentences) > 1 and len(summary) + 1 + len(sentences[1]) <= limit:
        summary = f"{summary} {sentences[1]}"
    return cut_at_word(summary, limit)


def parse_date(text: str, sep: str) -> date:
    """Parse ``YYYY<sep>MM<sep>DD`` strictly; raise ``ValueError`` naming the value."""
    parts = text.strip().split(sep)
    if (
        len(parts) != 3
        or [len(p) for p in parts] != [4, 2, 2]
        or not all(p.isdigit() for p in parts)
    ):
        raise ValueError(f"not a YYYY{sep}MM{sep}DD date: {text!r}")
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError as exc:
        raise ValueError(f"impossible date {text!r}: {exc}") from exc


def canonical_department(name: str) -> str | None:
    """The canonical spelling of department ``name`` (name or slug), else None."""
    department = find_department(name)
    return department.name if department else None


def batch_input(path: Path, batch_size: int, what: str) -> Path:
    """``path`` as a Path, after checking that it is a file and that batches are non-empty."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{what} not found: {path}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    return path


def windowed(
    name: str, rows: Iterable[Record | str | None], batch_size: int, unit: str
) -> Iterator[SourceFile]:
    """Group numbered rows (from 1) into units of fixed windows of ``batch_size`` rows.

    A row is a record, an error message (its own error unit ``<name>#<unit>=<n>``) or None
    (nothing, e.g. a blank line). A window's key ``<name>#<unit>s=<first>-<last>`` does not
    depend on which rows in it were bad, so it is stable across runs; a window without a
    good record yields no unit.
    """
    records: list[Record] = []
    first = number = 1
    last = 0
    for number, row in enumerate(rows, start=1):
        last = number
        if isinstance(row, str):
            yield SourceFile(path=f"{name}#{unit}={number}", error=row)
        elif row is not None:
            records.append(row)
        if number - first + 1 == batch_size:
            if records:
                yield SourceFile(path=f"{name}#{unit}s={first}-{number}", records=records)
            records, first = [], number + 1
    if records:
        yield SourceFile(path=f"{name}#{unit}s={first}-{last}", records=records)
