"""Plain records that cross the boundary between the engine and the site.

The engine never imports Django: readers produce these frozen dataclasses and the
Django importers turn them into rows. Every imported record carries its
:class:`Provenance` so that a page can always say where its text came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Provenance:
    """Where a record came from: ``source`` + ``record_id`` is unique and stable."""

    source: str  # "medquad", "meqsum", "seeds", "jsonl"
    record_id: str  # stable id inside the source, e.g. "6_NINDS_QA/0000001#2"
    url: str = ""  # the original page, when there is one
    license: str = ""  # e.g. "CC BY 4.0"


@dataclass(frozen=True)
class AnswerRecord:
    """One reply: by a named doctor, or from an institution (never both)."""

    body: str
    doctor_name: str = ""  # e.g. "Ye Boshou" (without "Dr.")
    department: str = ""  # canonical department the doctor replied in
    institution: str = ""  # e.g. "National Institute of Neurological Disorders and Stroke"
    replied_at: date | None = None  # None when the source gives no date


@dataclass(frozen=True)
class QuestionRecord:
    """A question as asked, with the answers the source gives for it."""

    provenance: Provenance
    title: str
    body: str
    pseudonym: str = ""
    age_band: str = ""  # "0~9", "10~19", ... "80+" or ""
    sex: str = ""  # "female", "male" or ""
    asked_at: date | None = None  # None when the source gives no date
    department: str = ""  # canonical department name (DESIGN.md §6) or ""
    page_title: str = ""  # a page title the source already shows, if any
    focus: str = ""  # the condition or drug asked about, when the source says
    qtype: str = ""  # MedQuAD question type ("treatment", "causes", ...)
    excerpt: bool = False  # True when the source shows only the start of the text
    answers: tuple[AnswerRecord, ...] = ()


@dataclass(frozen=True)
class ArticleRecord:
    """A reference article (a MedQuAD answer, a clinic post, an editor's article)."""

    provenance: Provenance
    title: str
    body: str
    summary: str = ""
    publisher: str = ""
    url: str = ""
    license: str = ""
    published_at: date | None = None
    focus: str = ""
    qtype: str = ""
    excerpt: bool = False  # True when only a summary of the original is known


Record = QuestionRecord | ArticleRecord


@dataclass(frozen=True)
class SourceFile:
    """What a reader made of one input file: its records, or why it was rejected.

    A file is imported whole or not at all, so ``error`` set means ``records`` is empty.
    """

    path: str
    records: list[Record] = field(default_factory=list)
    error: str | None = None


@dataclass(frozen=True)
class Hit:
    """A search result: the id of a document in an index and its score (higher is better)."""

    doc_id: str
    score: float
