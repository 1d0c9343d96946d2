"""Turn engine records into rows: idempotent, resumable, one transaction per unit.

A reader (``askmed_engine.ingest``) yields :class:`SourceFile` units. Each unit is
written whole inside one transaction together with its :class:`ImportedUnit`
checkpoint, so a killed import leaves no half-written unit and a re-run skips exactly
what was committed. Records are upserted by (source, source_record_id), so importing
the same data twice adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from django.db import transaction
from django.utils import timezone

from askmed.answers.models import Answer
from askmed.articles.models import Article
from askmed.core.models import title_slug
from askmed.departments.models import Department
from askmed.doctors.models import Doctor
from askmed.imports.models import ImportedUnit
from askmed.questions.models import Question
from askmed_engine import routing
from askmed_engine.records import ArticleRecord, QuestionRecord, Record, SourceFile


@dataclass
class ImportSummary:
    units_imported: int = 0
    units_skipped: int = 0  # already imported by an earlier run
    questions: int = 0
    answers: int = 0
    articles: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message)

    def as_line(self) -> str:
        return (
            f"{self.units_imported} units imported, {self.units_skipped} already done, "
            f"{self.questions} questions, {self.answers} answers, {self.articles} articles, "
            f"{len(self.errors)} malformed units skipped"
        )


def as_datetime(day: date | None) -> datetime | None:
    """A source's calendar date as midnight UTC (the date shown is the date given)."""
    return None if day is None else datetime.combine(day, time(0, 0), tzinfo=UTC)


GROUP_RECORDS = 500  # records per transaction; a transaction always holds whole units


class Importer:
    """Writes units of one import kind (``medquad``, ``meqsum``, ``seeds``, ``jsonl``)."""

    def __init__(self, kind: str, *, force: bool = False):
        self.kind = kind
        self.force = force
        self.departments = Department.objects.all().by_name()
        if not self.departments:
            raise RuntimeError("No departments in the database: run `askmed migrate` first.")
        self._doctors: dict[tuple[str, str], Doctor] = {}

    def run(
        self, units: Iterable[SourceFile], on_unit: Callable[[SourceFile], None] | None = None
    ) -> ImportSummary:
        """Import every unit not yet done; units are committed in groups of whole units."""
        summary = ImportSummary()
        done = set(ImportedUnit.objects.filter(kind=self.kind).values_list("key", flat=True))
        pending: list[SourceFile] = []
        for unit in units:
            if unit.error:
                summary.errors.append((unit.path, unit.error))
            elif unit.path in done and not self.force:
                summary.units_skipped += 1
            else:
                pending.append(unit)
                if sum(len(u.records) for u in pending) >= GROUP_RECORDS:
                    self.commit(pending, summary)
            if on_unit:
                on_unit(unit)
        self.commit(pending, summary)
        return summary

    def commit(self, units: list[SourceFile], summary: ImportSummary) -> None:
        """Write whole units and their checkpoints in one transaction, then empty ``units``."""
        with transaction.atomic():
            questions, answers, articles = self.write_unit([r for u in units for r in u.records])
            for unit in units:
                ImportedUnit.objects.update_or_create(
                    kind=self.kind, key=unit.path, defaults={"records": len(unit.records)}
                )
        summary.units_imported += len(units)
        summary.questions += questions
        summary.answers += answers
        summary.articles += articles
        units.clear()

    def department_for(self, name: str, text: str) -> Department:
        """The named department, or the router's first suggestion when none is given."""
        if name in self.departments:
            return self.departments[name]
        best = routing.suggest_departments(text, k=1)[0]
        return self.departments[best.name]

    def doctor(self, name: str, source: str, department: Department | None) -> Doctor:
        """An imported doctor keeps the real name its page shows; it has no account."""
        key = (source, name)
        if key not in self._doctors:
            doctor, _ = Doctor.objects.get_or_create(
                source=source, display_name=name, defaults={"verified": True}
            )
            self._doctors[key] = doctor
        doctor = self._doctors[key]
        if department is not None:
            doctor.departments.add(department)
        return doctor

    def write_unit(self, records: list[Record]) -> tuple[int, int, int]:
        """Upsert one unit's records in bulk; returns (questions, answers, articles)."""
        questions = [r for r in records if isinstance(r, QuestionRecord)]
        articles = [r for r in records if isinstance(r, ArticleRecord)]
        if questions:
            self.write_questions(questions)
        if articles:
            self.write_articles(articles)
        return len(questions), sum(len(q.answers) for q in questions), len(articles)

    def write_questions(self, records: list[QuestionRecord]) -> None:
        rows = [self.question_row(r) for r in records]
        saved = _upsert(Question, rows, QUESTION_FIELDS)
        by_key = {(q.source, q.source_record_id): q for q in saved}
        Answer.objects.filter(question__in=saved).filter(
            source__in={r.source for r in rows}
        ).delete()
        answers = [
            self.answer_row(by_key[(r.provenance.source, r.provenance.record_id)], a, number)
            for r in records
            for number, a in enumerate(r.answers, start=1)
        ]
        Answer.objects.bulk_create(answers)

    def question_row(self, record: QuestionRecord) -> Question:
        prov = record.provenance
        replied = [as_datetime(a.replied_at) for a in record.answers if a.replied_at]
        question = Question(
            source=prov.source,
            source_record_id=prov.record_id,
            source_url=prov.url,
            source_license=prov.license,
            title=record.title[:200],
            body=record.body,
            pseudonym=record.pseudonym[:40],
            age_band=record.age_band,
            sex=record.sex,
            asked_at=as_datetime(record.asked_at),
            department=self.department_for(record.department, f"{record.title}\n{record.body}"),
            page_title=record.page_title[:200],
            focus=record.focus[:200],
            qtype=record.qtype[:40],
            excerpt=record.excerpt,
            status=Question.Status.ANSWERED if record.answers else Question.Status.PUBLISHED,
            last_answered_at=max(replied) if replied else None,
        )
        question.slug = title_slug(question.title, "question")
        return question

    def answer_row(self, question: Question, answer, number: int) -> Answer:
        department = self.departments.get(answer.department)
        doctor = (
            self.doctor(answer.doctor_name, question.source, department)
            if answer.doctor_name
            else None
        )
        return Answer(
            question=question,
            doctor=doctor,
            department=(department or question.department) if doctor else None,
            institution="" if doctor else answer.institution,
            body=answer.body,
            replied_at=as_datetime(answer.replied_at),
            excerpt=question.excerpt,
            source=question.source,
            source_record_id=f"{question.source_record_id}/answer-{number}",
            source_url=question.source_url,
            source_license=question.source_license,
        )

    def write_articles(self, records: list[ArticleRecord]) -> None:
        rows = []
        for record in records:
            prov = record.provenance
            article = Article(
                source=prov.source,
                source_record_id=prov.record_id,
                source_url=prov.url,
                source_license=prov.license or record.license,
                title=record.title[:300],
                body=record.body,
                summary=record.summary,
                publisher=record.publisher[:200],
                url=record.url,
                license=record.license,
                published_at=as_datetime(record.published_at),
                focus=record.focus[:200],
                qtype=record.qtype[:40],
                excerpt=record.excerpt,
            )
            article.slug = title_slug(article.title, "article")
            rows.append(article)
        _upsert(Article, rows, ARTICLE_FIELDS)


QUESTION_FIELDS = [
    "source_url",
    "source_license",
    "title",
    "body",
    "pseudonym",
    "age_band",
    "sex",
    "asked_at",
    "department",
    "page_title",
    "focus",
    "qtype",
    "excerpt",
    "status",
    "last_answered_at",
    "slug",
]
ARTICLE_FIELDS = [
    "source_url",
    "source_license",
    "title",
    "body",
    "summary",
    "publisher",
    "url",
    "license",
    "published_at",
    "focus",
    "qtype",
    "excerpt",
    "slug",
]


def _upsert(model, rows: list, fields: list[str]) -> list:
    """Insert new rows and update existing ones, matched on (source, source_record_id)."""
    keys = {(r.source, r.source_record_id) for r in rows}
    existing = {
        (obj.source, obj.source_record_id): obj
        for obj in model.objects.filter(
            source__in={k[0] for k in keys}, source_record_id__in={k[1] for k in keys}
        )
    }
    now = timezone.now()
    fresh, changed = [], []
    for row in rows:
        old = existing.get((row.source, row.source_record_id))
        if old is None:
            fresh.append(row)
        else:
            row.pk, row.created_at, row.updated_at = old.pk, old.created_at, now
            changed.append(row)
    model.objects.bulk_create(fresh)
    if changed:
        model.objects.bulk_update(changed, [*fields, "updated_at"])
    return fresh + changed
