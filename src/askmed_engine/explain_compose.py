"""Pure steps of More Info composition: selecting sentences within section budgets,
ordering sections, the doctor's quote, numbering sources and the notes a page shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from askmed_engine.explain_sentences import ASKED_SECTIONS, content_terms
from askmed_engine.explain_types import (
    ANSWER_SOURCE,
    HEADINGS,
    CitedSentence,
    ExplainRequest,
    Explanation,
    Section,
    Source,
)
from askmed_engine.focus import FocusMatch
from askmed_engine.fusion import jaccard
from askmed_engine.knowledge import Passage, focus_key
from askmed_engine.text import split_sentences

MIN_SENTENCES = 2  # fewer background sentences than this: abstain
MAX_SENTENCES = 12
ASKED_BUDGET, OTHER_BUDGET = 4, 2  # sentences per section
DUPLICATE = 0.55  # term Jaccard at which two sentences say the same
SAME_CLAIM = 0.85  # ... and at which the second passage also supports the first sentence
QUOTE_CHARS = 400


@dataclass
class Candidate:
    text: str
    passage: Passage
    section: str
    score: float
    terms: set[str]
    sources: list[str]
    similarity: float = 0.0  # with the question (cosine with vectors, term cosine without)


def vocabulary_foci(matches: Sequence[FocusMatch]) -> list[FocusMatch]:
    """Vocabulary foci; the pseudo-concept of an unknown phrase (``text:…``) is no topic."""
    return [m for m in matches if not m.concept_id.startswith("text:")]


def background_count(sections: Sequence[Section]) -> int:
    """Sentences drawn from the passages (the doctor's quoted words not counted)."""
    return sum(len(s.sentences) for s in sections if s.key != "opening")


def wanted_sections(intents: Sequence[str]) -> set[str]:
    """The sections a question's intents ask for."""
    return {s for i in intents for s in ASKED_SECTIONS.get(i, ())} - {"summary"}


def focus_keys(matches: Sequence[FocusMatch]) -> list[str]:
    return [k for m in matches for k in (m.concept_id, focus_key(m.name))]


def abstention(reason: str, focus: tuple[str, ...], intents: tuple[str, ...]) -> Explanation:
    return Explanation(True, reason=reason, focus=focus, intents=intents)


def select_sentences(
    candidates: list[Candidate], intents: Sequence[str], off_intent_min: float | None = None
) -> dict[str, list[Candidate]]:
    """Best-first picks within each section's budget; near-duplicates dropped, and a
    second passage saying the same thing added to the kept sentence's citations.

    When the question asks for something specific (treatment, causes, …), a sentence of
    another section — advice on when to see a doctor excepted — must be at least
    ``off_intent_min`` similar to the question: background only where it is close.
    """
    wanted = wanted_sections(intents)
    specific = bool(wanted - {"overview"})
    chosen: dict[str, list[Candidate]] = {}
    total = 0
    for candidate in candidates:
        if (
            off_intent_min is not None
            and specific
            and candidate.section not in wanted | {"see_doctor"}
            and candidate.similarity < off_intent_min
        ):
            continue
        twin = next(
            (
                c
                for picks in chosen.values()
                for c in picks
                if jaccard(c.terms, candidate.terms) >= DUPLICATE
            ),
            None,
        )
        if twin is not None:
            same = jaccard(twin.terms, candidate.terms) >= SAME_CLAIM
            if same and candidate.text == twin.text and candidate.passage.id not in twin.sources:
                twin.sources.append(candidate.passage.id)
            continue
        budget = ASKED_BUDGET if candidate.section in wanted else OTHER_BUDGET
        picks = chosen.setdefault(candidate.section, [])
        if len(picks) < budget and total < MAX_SENTENCES:
            picks.append(candidate)
            total += 1
    return {k: v for k, v in chosen.items() if v}


def doctor_quote(answer: str) -> tuple[str, ...]:
    """The first sentence or two of the doctor's answer, whole, within QUOTE_CHARS."""
    sentences = split_sentences(answer)
    out: list[str] = []
    for sentence in sentences[:2]:
        if out and sum(map(len, out)) + len(sentence) > QUOTE_CHARS:
            break
        out.append(sentence)
    return tuple(out)


def arrange_sections(
    chosen: dict[str, list[Candidate]], request: ExplainRequest, wanted: set[str]
) -> list[Section]:
    """Sections in page order, those the question asks first. The most central sentence
    (mean term Jaccard with the others) moves to "In summary" when there are at least
    four and its section keeps one."""
    chosen = {k: list(v) for k, v in chosen.items()}
    everything = [c for picks in chosen.values() for c in picks]
    summary: list[Candidate] = []
    if len(everything) >= 4:
        movable = [c for c in everything if len(chosen[c.section]) > 1]
        if movable:
            central = max(
                movable,
                key=lambda c: sum(jaccard(c.terms, o.terms) for o in everything if o is not c),
            )
            chosen[central.section].remove(central)
            summary = [central]
    sections = []
    if request.answer.strip():
        quote = doctor_quote(request.answer)
        if quote:
            who = request.answered_by or "the doctor"
            sentences = tuple(CitedSentence(s, (ANSWER_SOURCE,)) for s in quote)
            sections.append(Section("opening", sentences, title=f"What {who} said"))
    asked = [k for k in HEADINGS if k in wanted]
    for key in asked + [k for k in HEADINGS if k not in wanted]:
        picks = summary if key == "summary" else chosen.get(key, [])
        if picks and key != "opening":
            sections.append(
                Section(key, tuple(CitedSentence(c.text, tuple(c.sources)) for c in picks))
            )
    return sections


def cited_passages(sections: list[Section], passages: list[tuple[Passage, float]]) -> list[Passage]:
    """The passages the sections cite, in order of first citation."""
    by_id = {p.id: p for p, _ in passages}
    order = [s for section in sections for c in section.sentences for s in c.sources]
    return [by_id[i] for i in dict.fromkeys(order) if i in by_id]


def number_sources(
    sections: Sequence[Section], used: list[Passage], request: ExplainRequest
) -> tuple[Source, ...]:
    cited = {s for section in sections for c in section.sentences for s in c.sources}
    sources = [
        Source.of_passage(p, n) for n, p in enumerate((p for p in used if p.id in cited), start=1)
    ]
    if ANSWER_SOURCE in cited:
        who = request.answered_by or "The doctor"
        sources.insert(
            0,
            Source(
                id=ANSWER_SOURCE,
                number=0,
                title=f"Answer by {who}",
                passage=request.answer,
                kind="answer",
            ),
        )
    return tuple(sources)


def page_notes(request: ExplainRequest, used: list[Passage]) -> tuple[str, ...]:
    """Where the background goes beyond the doctor's answer, said plainly."""
    if not request.answer.strip():
        return (
            "No doctor has answered this question yet: this is general background from the "
            "sources below, not an answer to it.",
        )
    answer_terms = content_terms(request.answer)
    beyond = []
    for passage in used:
        name = passage.focus or ""
        if name and not content_terms(name) <= answer_terms and name not in beyond:
            beyond.append(name)
    if not beyond:
        return ()
    names = ", ".join(beyond[:4]) + (" and others" if len(beyond) > 4 else "")
    who = request.answered_by or "the doctor"
    return (
        f"The background below goes beyond the answer: {who} did not mention {names}; "
        "what is said about it comes from the sources, not from the doctor.",
    )
