"""More Info: a grounded explanation of a question, every sentence cited, or nothing.

:class:`Explainer` reads a question (and the doctor's answer when there is one):

1. **Focus and intents** — the conditions or drugs it is about (focus vocabulary) and
   what it asks (causes, treatment, …), from the question and the answer.
2. **Passages** — the knowledge base's passages about those foci, plus its hybrid search
   hits (BM25 + vectors). A passage is *on topic* when its article is about a focus of
   the question or answer (by the focus vocabulary), or when the question names its
   article's focus word for word (a focus the vocabulary did not resolve) — and, with
   sentence vectors, its cosine with the question is at least the model's
   :data:`MIN_COSINE` (a shared word is not a shared topic).
3. **Sentences** — standalone sentences of the on-topic passages, each placed in a
   section (:mod:`explain_sentences`) and scored
   ``0.45·passage + 0.35·sentence + 0.15·mentions focus + 0.25·asked section
   + 0.2·defines the focus (overview) − 0.03·position``
   where *passage* is its focus match and cosine, *sentence* its similarity to the
   question (cosine with vectors, set cosine of terms without).
4. **Composition** — best first, a budget per section (more for the sections the
   question asks), near-duplicates dropped (their passage is added to the kept
   sentence's citations when they say the same thing), the most central sentence moved
   to "In summary". The opening quotes the doctor and cites the answer itself.
5. **Checks** — every sentence must be supported by the passages it cites
   (:func:`explain_support.verify_sections`); an optional language-model backend may
   rephrase the draft and is held to the same check.

It **abstains** (no sections at all) when no passage is on topic or fewer than
:data:`MIN_SENTENCES` sentences survive: the page then says that no vetted material matched.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from askmed_engine.embeddings import Embedder
from askmed_engine.explain_sentences import (
    ASKED_SECTIONS,
    content_terms,
    defines,
    section_of,
    standalone,
)
from askmed_engine.explain_support import verify_sections
from askmed_engine.explain_types import (
    ANSWER_SOURCE,
    HEADINGS,
    CitationError,
    CitedSentence,
    Draft,
    ExplainRequest,
    Explanation,
    ExplanationBackend,
    Rejected,
    Section,
    Source,
)
from askmed_engine.focus import FocusMatch, FocusVocabulary, find_focus
from askmed_engine.fusion import jaccard
from askmed_engine.knowledge import KnowledgeBase, Passage, focus_key
from askmed_engine.question_analysis import analyze, question_text
from askmed_engine.text import split_sentences

# A passage whose vector is further than this from the question's is off topic, whatever
# words they share ("smoking a brisket" is not about smoking). Per model: cosines of
# different models are not comparable; calibrated on the dev sets (bench/explain.py).
MIN_COSINE: dict[str, float] = {"all-MiniLM-L6-v2": 0.35}
# ... and one this close is on topic even when no focus matched (same model caveat).
NEAR_COSINE: dict[str, float] = {"all-MiniLM-L6-v2": 0.6}
PASSAGE_CACHE = 20_000  # passage vectors encoded on the fly and kept
MIN_SENTENCES = 2  # fewer background sentences than this: abstain
MAX_SENTENCES = 14
MAX_PASSAGES = 24  # on-topic passages read for sentences
ASKED_BUDGET, OTHER_BUDGET = 4, 2  # sentences per section
DUPLICATE = 0.55  # term Jaccard at which two sentences say the same
SAME_CLAIM = 0.85  # ... and at which the second passage also supports the first sentence
QUOTE_CHARS = 400


@dataclass
class _Candidate:
    text: str
    passage: Passage
    section: str
    score: float
    terms: set[str]
    sources: list[str]


class ExtractiveBackend:
    """The default backend: the draft's own sentences, exactly as the passages say them."""

    name = "extractive"

    def write(self, draft: Draft) -> list[Section]:
        return list(draft.sections)


class Explainer:
    def __init__(
        self,
        knowledge: KnowledgeBase,
        *,
        embedder: Embedder | None = None,
        vocab: FocusVocabulary | None = None,
        backend: ExplanationBackend | None = None,
        min_cosine: float | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}  # passages encoded on the fly
        self.near_cosine = NEAR_COSINE.get(embedder.name, 0.0) if embedder is not None else 0.0
        self.min_cosine = (
            min_cosine
            if min_cosine is not None
            else MIN_COSINE.get(embedder.name, 0.0)
            if embedder is not None
            else 0.0
        )
        self.vocab = vocab
        self.backend = backend or ExtractiveBackend()

    # -- the whole pipeline ----------------------------------------------------------------

    def explain(self, request: ExplainRequest) -> Explanation:
        text = question_text(request.question)
        if not content_terms(text):
            return Explanation(True, reason="The question has no words to look up.")
        analysis = analyze(text, self.vocab)
        answer_focus = find_focus(request.answer, self.vocab) if request.answer.strip() else []
        intents = tuple(sorted(analysis.intents))
        focus = _real(analysis.focus) + [m for m in _real(answer_focus) if m not in analysis.focus]
        focus_names = tuple(dict.fromkeys(m.name for m in focus))
        query = f"{text}\n{request.answer[:600]}".strip()
        vector = self._encode([query])[0] if self.embedder else None
        passages = self._on_topic(text, query, vector, analysis.focus, answer_focus)
        if not passages:
            return _abstain(
                "No vetted source in the knowledge base matches this question.",
                focus_names,
                intents,
            )
        candidates = self._candidates(passages, text, query, vector, analysis.focus, intents)
        chosen = _select(candidates, intents)
        if sum(len(v) for v in chosen.values()) < MIN_SENTENCES:
            return _abstain(
                "Too little vetted material matches this question to explain it.",
                focus_names,
                intents,
            )
        sections = _sections(chosen, request, _wanted(intents))
        used = _cited_passages(sections, passages)
        draft = Draft(request, tuple(used), tuple(sections), focus_names, intents)
        sections, rejected, backend = self._write(draft)
        if _background(sections) < MIN_SENTENCES:
            return _abstain("Too few sentences passed the source check.", focus_names, intents)
        return Explanation(
            abstained=False,
            sections=tuple(sections),
            sources=_sources(sections, used, request),
            notes=_notes(request, used),
            focus=focus_names,
            intents=intents,
            backend=backend,
            rejected=tuple(rejected),
        )

    def _write(self, draft: Draft) -> tuple[list[Section], list[Rejected], str]:
        """The backend's sections, checked; the extractive draft if the backend fails."""
        texts = {p.id: p.text for p in draft.passages}
        if draft.request.answer:
            texts[ANSWER_SOURCE] = draft.request.answer
        try:
            sections, rejected = verify_sections(self.backend.write(draft), texts)
            if _background(sections) < MIN_SENTENCES:
                raise ValueError("too few of its sentences passed the source check")
            return sections, rejected, self.backend.name
        except (CitationError, RuntimeError, OSError, ValueError) as exc:
            sections, rejected = verify_sections(draft.sections, texts)
            why = f"{self.backend.name} output rejected: {exc}"
            return sections, [Rejected("", why), *rejected], "extractive"

    # -- steps -------------------------------------------------------------------------

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        assert self.embedder is not None
        return np.asarray(self.embedder.encode(list(texts)))

    def _on_topic(
        self,
        text: str,
        query: str,
        vector: np.ndarray | None,
        asked: Sequence[FocusMatch],
        answer_focus: Sequence[FocusMatch],
    ) -> list[tuple[Passage, float]]:
        """On-topic passages with their relevance (focus level and cosine), best first."""
        kb = self.knowledge
        levels: dict[str, float] = {}
        for level, matches in ((1.0, asked), (0.8, answer_focus)):
            for passage_id in kb.with_focus(_keys(_real(matches))):
                levels.setdefault(passage_id, level)
        question_terms = content_terms(text)
        for hit in kb.search(query, vector, k=40):
            if hit.passage.id in levels:
                continue
            # the question names the passage's focus ("tracheomalacia"), which the
            # vocabulary did not resolve (a spelling, or a focus known only by its page)
            focus = content_terms(hit.passage.focus)
            if focus and focus <= question_terms:
                levels[hit.passage.id] = 0.7
            elif self.near_cosine and hit.cosine >= self.near_cosine:
                levels[hit.passage.id] = 0.6  # says what the question says, in other words
        ranked = []
        ids = [i for i in levels if i in kb.passages]
        cosines = self._passage_cosines(ids, vector)
        for passage_id in ids:
            cosine = cosines.get(passage_id, 0.0)
            if vector is None or cosine >= self.min_cosine:
                ranked.append((kb.passages[passage_id], 0.6 * levels[passage_id] + 0.4 * cosine))
        ranked.sort(key=lambda pair: (-pair[1], pair[0].id))
        return ranked[:MAX_PASSAGES]

    def _passage_cosines(self, ids: list[str], vector: np.ndarray | None) -> dict[str, float]:
        """Cosine of each passage with the question: from the stored vector, or encoded
        now (and kept) when the knowledge base has none yet — the topic gate never
        depends on whether the background embedding has finished."""
        if vector is None:
            return {}
        kb = self.knowledge
        missing = [i for i in ids if kb.vector(i) is None and i not in self._vectors]
        if missing:
            texts = [f"{kb.passages[i].title}\n{kb.passages[i].text}" for i in missing]
            if len(self._vectors) > PASSAGE_CACHE:
                self._vectors.clear()
            self._vectors.update(zip(missing, self._encode(texts), strict=True))
        out = {}
        for passage_id in ids:
            stored = kb.vector(passage_id)
            stored = self._vectors[passage_id] if stored is None else stored
            out[passage_id] = float(np.dot(stored, vector))
        return out

    def _candidates(
        self,
        passages: list[tuple[Passage, float]],
        text: str,
        query: str,
        vector: np.ndarray | None,
        asked: Sequence[FocusMatch],
        intents: Sequence[str],
    ) -> list[_Candidate]:
        wanted = _wanted(intents)
        query_terms = content_terms(query)
        focus_terms = [content_terms(m.surface) for m in _real(asked)]
        raw: list[tuple[str, Passage, float, int, str]] = []
        for passage, relevance in passages:
            topic = [t for t in [*focus_terms, content_terms(passage.focus)] if t]
            for position, sentence in enumerate(split_sentences(passage.text)):
                if not standalone(sentence, passage.focus):
                    continue
                section = section_of(sentence, passage.intent, position == 0)
                # background must name its topic; a sentence on causes, care or warning
                # signs may leave it implied ("Resting the joint can help.")
                terms = content_terms(sentence)
                if section != "overview" or not topic or any(t & terms for t in topic):
                    raw.append((sentence, passage, relevance, position, section))
        if not raw:
            return []
        similarity = self._similarity([r[0] for r in raw], query_terms, vector)
        out = []
        for (sentence, passage, relevance, position, section), sim in zip(
            raw, similarity, strict=True
        ):
            terms = content_terms(sentence)
            mentions = any(t and t <= terms for t in focus_terms)
            score = (
                0.45 * relevance
                + 0.35 * sim
                + 0.15 * mentions
                + 0.25 * (section in wanted)
                + 0.2 * (section == "overview" and defines(sentence, passage.focus))
                - 0.03 * position
            )
            out.append(_Candidate(sentence, passage, section, score, terms, [passage.id]))
        out.sort(key=lambda c: (-c.score, c.passage.id, c.text))
        return out

    def _similarity(
        self, sentences: list[str], query_terms: set[str], vector: np.ndarray | None
    ) -> list[float]:
        if vector is not None and self.embedder is not None:
            return [float(x) for x in self._encode(sentences) @ vector]
        out = []
        for sentence in sentences:
            terms = content_terms(sentence)
            shared = len(terms & query_terms)
            out.append(shared / math.sqrt(len(terms) * len(query_terms)) if shared else 0.0)
        return out


# -- pure helpers ----------------------------------------------------------------------


def _real(matches: Sequence[FocusMatch]) -> list[FocusMatch]:
    """Vocabulary foci; the pseudo-concept of an unknown phrase (``text:…``) is no topic."""
    return [m for m in matches if not m.concept_id.startswith("text:")]


def _background(sections: Sequence[Section]) -> int:
    """Sentences drawn from the passages (the doctor's quoted words not counted)."""
    return sum(len(s.sentences) for s in sections if s.key != "opening")


def _wanted(intents: Sequence[str]) -> set[str]:
    """The sections a question's intents ask for."""
    return {s for i in intents for s in ASKED_SECTIONS.get(i, ())} - {"summary"}


def _keys(matches: Sequence[FocusMatch]) -> list[str]:
    return [k for m in matches for k in (m.concept_id, focus_key(m.name))]


def _abstain(reason: str, focus: tuple[str, ...], intents: tuple[str, ...]) -> Explanation:
    return Explanation(True, reason=reason, focus=focus, intents=intents)


def _select(candidates: list[_Candidate], intents: Sequence[str]) -> dict[str, list[_Candidate]]:
    """Best-first picks within each section's budget; near-duplicates dropped, and a
    second passage saying the same thing added to the kept sentence's citations."""
    wanted = _wanted(intents)
    chosen: dict[str, list[_Candidate]] = {}
    total = 0
    for candidate in candidates:
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


def _quote(answer: str) -> tuple[str, ...]:
    """The first sentence or two of the doctor's answer, whole, within QUOTE_CHARS."""
    sentences = split_sentences(answer)
    out: list[str] = []
    for sentence in sentences[:2]:
        if out and sum(map(len, out)) + len(sentence) > QUOTE_CHARS:
            break
        out.append(sentence)
    return tuple(out)


def _sections(
    chosen: dict[str, list[_Candidate]], request: ExplainRequest, wanted: set[str]
) -> list[Section]:
    """Sections in page order, those the question asks first. The most central sentence
    (mean term Jaccard with the others) moves to "In summary" when there are at least
    four and its section keeps one."""
    chosen = {k: list(v) for k, v in chosen.items()}
    everything = [c for picks in chosen.values() for c in picks]
    summary: list[_Candidate] = []
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
        quote = _quote(request.answer)
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


def _cited_passages(
    sections: list[Section], passages: list[tuple[Passage, float]]
) -> list[Passage]:
    """The passages the sections cite, in order of first citation."""
    by_id = {p.id: p for p, _ in passages}
    order = [s for section in sections for c in section.sentences for s in c.sources]
    return [by_id[i] for i in dict.fromkeys(order) if i in by_id]


def _sources(
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


def _notes(request: ExplainRequest, used: list[Passage]) -> tuple[str, ...]:
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
