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

import numpy as np

from askmed_engine.embeddings import Embedder
from askmed_engine.explain_compose import (
    MIN_SENTENCES,
    Candidate,
    abstention,
    arrange_sections,
    background_count,
    cited_passages,
    focus_keys,
    number_sources,
    page_notes,
    select_sentences,
    vocabulary_foci,
    wanted_sections,
)
from askmed_engine.explain_sentences import (
    content_terms,
    defines,
    qualified,
    section_of,
    standalone,
)
from askmed_engine.explain_support import verify_sections
from askmed_engine.explain_types import (
    ANSWER_SOURCE,
    CitationError,
    Draft,
    ExplainRequest,
    Explanation,
    ExplanationBackend,
    Rejected,
    Section,
)
from askmed_engine.focus import FocusMatch, FocusVocabulary, find_focus
from askmed_engine.knowledge import KnowledgeBase, Passage
from askmed_engine.question_analysis import analyze, question_text
from askmed_engine.text import split_sentences

# A passage whose vector is further than this from the question's is off topic, whatever
# words they share ("smoking a brisket" is not about smoking). Per model: cosines of
# different models are not comparable; calibrated on the dev sets (bench/explain.py).
MIN_COSINE: dict[str, float] = {"all-MiniLM-L6-v2": 0.35}
# A sentence further than this from the question is not about what the person describes.
MIN_SENTENCE_COSINE: dict[str, float] = {"all-MiniLM-L6-v2": 0.25}
# A sentence of a section the question did not ask for must be at least this close.
OFF_INTENT_COSINE: dict[str, float] = {"all-MiniLM-L6-v2": 0.45}
# ... and a passage this close is on topic even when no focus matched (same model caveat).
NEAR_COSINE: dict[str, float] = {"all-MiniLM-L6-v2": 0.6}
PASSAGE_CACHE = 20_000  # passage vectors encoded on the fly and kept
MAX_PASSAGES = 24  # on-topic passages read for sentences


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
        self.min_sentence_cosine = (
            MIN_SENTENCE_COSINE.get(embedder.name, -1.0) if embedder is not None else -1.0
        )
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
        focus = vocabulary_foci(analysis.focus) + [
            m for m in vocabulary_foci(answer_focus) if m not in analysis.focus
        ]
        focus_names = tuple(dict.fromkeys(m.name for m in focus))
        query = f"{text}\n{request.answer[:600]}".strip()
        vector = self._encode([query])[0] if self.embedder else None
        passages = self._on_topic(text, query, vector, analysis.focus, answer_focus)
        if not passages:
            return abstention(
                "No vetted source in the knowledge base matches this question.",
                focus_names,
                intents,
            )
        ours = {m.concept_id for m in vocabulary_foci([*analysis.focus, *answer_focus])}
        candidates = self._candidates(passages, query, vector, analysis.focus, ours, intents)
        off_intent = OFF_INTENT_COSINE.get(self.embedder.name) if vector is not None else None
        chosen = select_sentences(candidates, intents, off_intent)
        if sum(len(v) for v in chosen.values()) < MIN_SENTENCES:
            return abstention(
                "Too little vetted material matches this question to explain it.",
                focus_names,
                intents,
            )
        sections = arrange_sections(chosen, request, wanted_sections(intents))
        used = cited_passages(sections, passages)
        draft = Draft(request, tuple(used), tuple(sections), focus_names, intents)
        sections, rejected, backend = self._write(draft)
        if background_count(sections) < MIN_SENTENCES:
            return abstention("Too few sentences passed the source check.", focus_names, intents)
        return Explanation(
            abstained=False,
            sections=tuple(sections),
            sources=number_sources(sections, used, request),
            notes=page_notes(request, used),
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
            if background_count(sections) < MIN_SENTENCES:
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
            for passage_id in kb.with_focus(focus_keys(vocabulary_foci(matches))):
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
        query: str,
        vector: np.ndarray | None,
        asked: Sequence[FocusMatch],
        ours: set[str],
        intents: Sequence[str],
    ) -> list[Candidate]:
        """Every sentence that may be lifted, scored. ``ours``: concept ids of the foci of
        the question and the answer."""
        wanted = wanted_sections(intents)
        focus_terms = [t for t in (content_terms(m.surface) for m in vocabulary_foci(asked)) if t]
        raw: list[tuple[str, Passage, float, int, str]] = []
        for passage, relevance in passages:
            topic = [t for t in [*focus_terms, content_terms(passage.focus)] if t]
            sentences = split_sentences(passage.text)
            for position, sentence in enumerate(sentences):
                following = sentences[position + 1] if position + 1 < len(sentences) else ""
                if not standalone(sentence, passage.focus) or qualified(following):
                    continue
                terms = content_terms(sentence)
                if ours and self._names_another_topic(sentence, terms, ours, focus_terms):
                    continue
                section = section_of(sentence, passage.intent, position == 0)
                # background must name its topic; a sentence on causes, care or warning
                # signs may leave it implied ("Resting the joint can help.")
                if section != "overview" or not topic or any(t & terms for t in topic):
                    raw.append((sentence, passage, relevance, position, section))
        if not raw:
            return []
        similarity = self._similarity([r[0] for r in raw], content_terms(query), vector)
        out = []
        for (sentence, passage, relevance, position, section), sim in zip(
            raw, similarity, strict=True
        ):
            if vector is not None and sim < self.min_sentence_cosine:
                continue  # on the right page, but not about what this person describes
            terms = content_terms(sentence)
            mentions = any(t <= terms for t in focus_terms)
            score = (
                0.45 * relevance
                + 0.35 * sim
                + 0.15 * mentions
                + 0.25 * (section in wanted)
                + 0.2 * (section == "overview" and defines(sentence, passage.focus))
                - 0.03 * position
            )
            out.append(Candidate(sentence, passage, section, score, terms, [passage.id], sim))
        out.sort(key=lambda c: (-c.score, c.passage.id, c.text))
        return out

    def _names_another_topic(
        self, sentence: str, terms: set[str], ours: set[str], focus_terms: list[set[str]]
    ) -> bool:
        """A sentence that names another condition and none of the question's is about
        that condition ("Cone-rod dystrophy is treated with…" on a retinitis page)."""
        if self.vocab is None or any(t <= terms for t in focus_terms):
            return False
        return any(m.concept_id not in ours for m in self.vocab.match(sentence))

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
