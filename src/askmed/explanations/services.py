"""More Info for question pages: compute (worker, CLI), show (pages), sign off (editors)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.safestring import mark_safe

from askmed.explanations.knowledge import get_knowledge
from askmed.explanations.knowledge import refresh as refresh_knowledge
from askmed.explanations.models import Explanation
from askmed.questions.models import Question
from askmed.search import runtime
from askmed_engine.explain import Explainer
from askmed_engine.explain_types import ExplainRequest, ExplanationBackend
from askmed_engine.explain_types import Explanation as EngineExplanation
from askmed_engine.ingest.medquad import MEDQUAD_ATTRIBUTION

REQUEST_AGAIN_SECONDS = 600  # a page asks the worker at most this often per question


def backend() -> ExplanationBackend | None:
    """The language-model backend when ASKMED_LLM_URL is set; None = extractive only."""
    if not settings.ASKMED_LLM_URL:
        return None
    from askmed_engine.explain_llm import ChatCompletionsBackend

    return ChatCompletionsBackend(
        settings.ASKMED_LLM_URL,
        settings.ASKMED_LLM_MODEL,
        api_key=settings.ASKMED_LLM_API_KEY,
        timeout=settings.ASKMED_LLM_TIMEOUT,
    )


def explainer() -> Explainer:
    """An explainer over the current knowledge base (its keyword part built on the spot
    when there is none yet), with the sentence model loaded: only the worker and
    `askmed explain` call it, never a page. Passages without a stored vector yet are
    encoded as needed, so both give the same explanation."""
    kb = get_knowledge()
    if kb is None:
        kb, _ = refresh_knowledge(embed=False)
    runtime.load_model()
    return Explainer(kb, embedder=runtime.embedder(), vocab=runtime.vocabulary(), backend=backend())


def request_for(question: Question) -> ExplainRequest:
    """The question's title and body, anchored on its first doctor's answer (or, for an
    imported FAQ, the institution's answer)."""
    answers = sorted(question.answers.all(), key=lambda a: (a.doctor_id is None, a.pk))
    text = f"{question.title}\n{question.body}".strip()
    if not answers:
        return ExplainRequest(text)
    answer = answers[0]
    if answer.doctor_id:
        who = f"Dr. {answer.doctor.display_name}"
        if answer.department_id:
            who += f" ({answer.department.name})"
    else:
        who = answer.institution
    return ExplainRequest(text, answer=answer.body, answered_by=who)


def _input_digest(request: ExplainRequest) -> str:
    raw = json.dumps([request.question, request.answer, request.answered_by])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def compute(question: Question, using: Explainer | None = None) -> Explanation:
    """Explain ``question`` now and store it; a sign-off survives only identical content."""
    request = request_for(question)
    content = (using or explainer()).explain(request)
    row, _ = Explanation.objects.update_or_create(
        question=question,
        defaults={
            "payload": content.to_json(),
            "abstained": content.abstained,
            "digest": content.digest(),
            "passage_ids": content.passage_ids(),
            "input_digest": _input_digest(request),
            "backend": content.backend,
            "computed_at": timezone.now(),
        },
    )
    return row


def is_current(row: Explanation, question: Question) -> bool:
    return row.input_digest == _input_digest(request_for(question))


def _requested_key(question_id: int) -> str:
    return f"askmed:explain-requested:{question_id}"


def request_explanation(question_id: int, *, force: bool = False) -> None:
    """Ask the worker to (re)compute a question's explanation. Page views ask at most
    once per window; a change (``force``: new answer, edited question) always asks."""
    from askmed.enrichment.tasks import explain_question

    key = _requested_key(question_id)
    if force:
        cache.set(key, 1, REQUEST_AGAIN_SECONDS)
    elif not cache.add(key, 1, REQUEST_AGAIN_SECONDS):
        return
    transaction.on_commit(lambda: explain_question.enqueue(question_id))


def request_done(question_id: int) -> None:
    cache.delete(_requested_key(question_id))


def for_page(question: Question) -> Explanation | None:
    """The stored explanation; a missing or outdated one is requested from the worker
    (the page shows what it has and never waits)."""
    row = Explanation.objects.filter(question=question).select_related("reviewed_by").first()
    if row is None or not is_current(row, question):
        request_explanation(question.pk)
    return row


def sign_off(row: Explanation, user) -> None:
    row.reviewed_by = user
    row.reviewed_at = timezone.now()
    row.reviewed_digest = row.digest
    row.save(update_fields=["reviewed_by", "reviewed_at", "reviewed_digest"])


# -- what the page shows ---------------------------------------------------------------


@dataclass(frozen=True)
class ShownSentence:
    text: str
    numbers: tuple[int, ...]  # the [n] of each cited passage; empty for the doctor's words


@dataclass(frozen=True)
class ShownSection:
    key: str
    heading: str
    sentences: tuple[ShownSentence, ...]


def shown_sections(content: EngineExplanation) -> list[ShownSection]:
    numbers = {s.id: s.number for s in content.sources if s.kind == "passage"}
    return [
        ShownSection(
            section.key,
            section.heading,
            tuple(
                ShownSentence(c.text, tuple(numbers[i] for i in c.sources if i in numbers))
                for c in section.sentences
            ),
        )
        for section in content.sections
    ]


@dataclass(frozen=True)
class ShownSource:
    number: int
    title: str
    publisher: str
    url: str
    license: str
    date: str
    source_id: str  # e.g. MedQuAD "1_CancerGov_QA/0000001_1#7" (document id # pair number)
    passage: int  # which passage of that article
    attribution: str  # what the source's licence asks us to show


def shown_sources(content: EngineExplanation) -> list[ShownSource]:
    return [
        ShownSource(
            s.number,
            s.title,
            s.publisher,
            s.url if s.url.startswith(("https://", "http://", "/")) else "",
            s.license,
            s.date,
            s.source_id,
            int(s.id.rsplit("/", 1)[-1]),
            MEDQUAD_ATTRIBUTION if s.id.startswith("medquad:") else "",
        )
        for s in content.sources
        if s.kind == "passage"
    ]


def page_context(question: Question, user) -> dict:
    """What the question page needs for its More Info block and structured data."""
    from askmed.answers.permissions import can_review_explanation

    row = for_page(question)
    content = row.content if row is not None else None
    return {
        "more_info": row,
        "more_info_content": content,
        "more_info_sections": shown_sections(content) if content else [],
        "more_info_sources": shown_sources(content) if content else [],
        "can_review_more_info": row is not None and can_review_explanation(user),
    }


def json_ld(data: dict) -> str:
    """``data`` as JSON safe inside a ``<script>`` element (no ``<``, ``>`` or ``&``)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return mark_safe(  # noqa: S308 - every character that could end the element is escaped
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )


def structured_data(question: Question, row: Explanation | None, url: str) -> dict:
    """schema.org MedicalWebPage of the question page; ``reviewedBy``/``lastReviewed``
    only after an editor signed off the More Info shown."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": question.display_title,
        "url": url,
        "inLanguage": "en",
    }
    if question.department_id:
        data["specialty"] = question.department.name
    if row is not None and not row.abstained:
        data["citation"] = [
            {"@type": "CreativeWork", "name": s.title, **({"url": s.url} if s.url else {})}
            for s in row.content.sources
            if s.kind == "passage"
        ]
    if row is not None and row.is_reviewed:
        data["reviewedBy"] = {"@type": "Person", "name": row.reviewer_name}
        data["lastReviewed"] = row.reviewed_at.date().isoformat()
    return data
