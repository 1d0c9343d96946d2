"""The plain records of an explanation (More Info): sentences with citations, sections,
sources, and the whole :class:`Explanation` with its JSON form (DESIGN.md §5)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from askmed_engine.knowledge import Passage

ANSWER_SOURCE = "answer"  # the id under which the doctor's own answer is cited
LABEL = "Compiled automatically from the sources below; not reviewed by a doctor."

# Section keys in page order, with their headings.
HEADINGS: dict[str, str] = {
    "opening": "What the doctor said",
    "overview": "What it is",
    "symptoms": "Signs and symptoms",
    "causes": "Possible causes",
    "risks": "Risks and complications",
    "diagnosis": "Tests and diagnosis",
    "helps": "What helps",
    "see_doctor": "When to see a doctor",
    "summary": "In summary",
}


@dataclass(frozen=True)
class ExplainRequest:
    """A question and, when there is one, the doctor's answer it is anchored on."""

    question: str
    answer: str = ""
    answered_by: str = ""  # e.g. "Dr. Ye Boshou (Neurology)"; "" = "the doctor"


@dataclass(frozen=True)
class CitedSentence:
    text: str
    sources: tuple[str, ...]  # passage ids (or ANSWER_SOURCE) that support it


@dataclass(frozen=True)
class Section:
    key: str  # a key of HEADINGS
    sentences: tuple[CitedSentence, ...]
    title: str = ""  # overrides the heading of HEADINGS ("What Dr. Ye Boshou said")

    @property
    def heading(self) -> str:
        return self.title or HEADINGS.get(self.key, self.key.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Source:
    """One cited source as the page lists it; ``number`` is the ``[n]`` shown in the text."""

    id: str
    number: int
    title: str
    passage: str
    publisher: str = ""
    url: str = ""
    license: str = ""
    source_id: str = ""
    focus: str = ""
    qtype: str = ""
    date: str = ""
    kind: str = "passage"  # "passage" or "answer"

    @classmethod
    def of_passage(cls, passage: Passage, number: int) -> Source:
        return cls(
            id=passage.id,
            number=number,
            title=passage.title,
            passage=passage.text,
            publisher=passage.publisher,
            url=passage.url,
            license=passage.license,
            source_id=passage.source_id,
            focus=passage.focus,
            qtype=passage.qtype,
            date=passage.date,
        )


@dataclass(frozen=True)
class Rejected:
    """A sentence a backend wrote that did not pass the checks, and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Draft:
    """What a backend writes from: the request, the numbered passages (``[1]`` is
    ``passages[0]``) and the extractive composition, which a backend may rephrase."""

    request: ExplainRequest
    passages: tuple[Passage, ...]
    sections: tuple[Section, ...]
    focus: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()


class CitationError(ValueError):
    """A backend cited a passage it was not given: its whole output is untrustworthy."""


class ExplanationBackend(Protocol):
    """Writes the sections of an explanation from a :class:`Draft` only."""

    name: str

    def write(self, draft: Draft) -> list[Section]: ...


@dataclass(frozen=True)
class Explanation:
    abstained: bool
    sections: tuple[Section, ...] = ()
    sources: tuple[Source, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. where the background goes beyond the doctor's answer
    reason: str = ""  # why it abstained
    focus: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()
    backend: str = "extractive"
    rejected: tuple[Rejected, ...] = field(default=())

    @property
    def label(self) -> str:
        return "" if self.abstained else LABEL

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def passage_ids(self) -> list[str]:
        return [s.id for s in self.sources if s.kind == "passage"]

    def sentence_count(self) -> int:
        return sum(len(s.sentences) for s in self.sections)

    def to_json(self) -> dict[str, Any]:
        return {
            "abstained": self.abstained,
            "reason": self.reason,
            "label": self.label,
            "focus": list(self.focus),
            "intents": list(self.intents),
            "notes": list(self.notes),
            "sections": [
                {
                    "key": s.key,
                    "heading": s.heading,
                    "sentences": [
                        {"text": c.text, "sources": list(c.sources)} for c in s.sentences
                    ],
                }
                for s in self.sections
            ],
            "sources": [asdict(s) for s in self.sources],
            "backend": self.backend,
            "rejected": [asdict(r) for r in self.rejected],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Explanation:
        return cls(
            abstained=bool(data["abstained"]),
            sections=tuple(
                Section(
                    s["key"],
                    tuple(CitedSentence(c["text"], tuple(c["sources"])) for c in s["sentences"]),
                    _title(s["key"], s.get("heading", "")),
                )
                for s in data.get("sections", [])
            ),
            sources=tuple(Source(**s) for s in data.get("sources", [])),
            notes=tuple(data.get("notes", [])),
            reason=data.get("reason", ""),
            focus=tuple(data.get("focus", [])),
            intents=tuple(data.get("intents", [])),
            backend=data.get("backend", "extractive"),
            rejected=tuple(Rejected(**r) for r in data.get("rejected", [])),
        )

    def digest(self) -> str:
        """Fingerprint of what a reader sees (text, citations, sources): a sign-off is
        for exactly this content."""
        shown = {k: v for k, v in self.to_json().items() if k not in ("rejected", "backend")}
        return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()[:16]


def _title(key: str, heading: str) -> str:
    """A stored heading that differs from the standard one is a section's own title."""
    return "" if heading == HEADINGS.get(key) else heading
