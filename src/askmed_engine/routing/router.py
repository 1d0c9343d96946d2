"""Department routing: the top departments for a question, each with a score and a reason.

The router gathers *evidence* - (department, weight, reason) - from four kinds of public
knowledge, then adds it up per department:

- **keywords** of each department's description, clinical and lay
  (:mod:`~askmed_engine.routing.lexicon`): 1 per word, 1.5 per phrase, each distinct
  keyword once;
- **concepts** of the focus vocabulary (MedQuAD foci, synonyms, lay words and brand
  names): :data:`CONCEPT` times the concept's department share
  (:class:`~askmed_engine.routing.knowledge.RoutingKnowledge`, learnt from MedQuAD);
- **the rules of DESIGN.md §6** (:mod:`~askmed_engine.routing.signals`): a child patient
  (:data:`CHILD`, or :data:`MAYBE_CHILD` for a bare "my son"), a question about a
  medicine itself (:data:`MEDICINE` for a named drug, :data:`MEDICINE_GENERIC` for "my
  pills"), inheritance asked about a genetic condition (:data:`GENETICS`);
- the **nearest example questions** of :mod:`~askmed_engine.routing.examples` and the
  **nearest MedQuAD pages**, by keywords, and by sentence vectors when the knowledge has
  them and a ``query_vector`` function is given: :data:`EXAMPLES`,
  :data:`EXAMPLE_VECTORS`, :data:`NEIGHBOURS` and :data:`VECTOR_NEIGHBOURS` spread over
  the neighbours' departments (examples never add Pediatrics unless the text says the
  patient is a child: age is read, not guessed by likeness);
- a **prior** for Family Medicine (:data:`FAMILY_PRIOR`), so that a question with no
  specific evidence goes there.

Evidence inside the question's first sentence (the subject line of most consumer
messages) counts :data:`FIRST_SENTENCE` times. The score of department ``d`` is its share
of all evidence, ``raw_d / sum(raw)`` (:func:`evidence_shares`), so scores are in [0, 1]
and sum to at most 1 over the suggestions; the reason names the strongest evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np

from askmed_engine.departments import DEPARTMENT_NAMES
from askmed_engine.focus import Concept, FocusMatch, FocusVocabulary, find_focus
from askmed_engine.routing.concepts import GENETICS_SOURCES, concept_departments, is_drug
from askmed_engine.routing.examples import ExampleBank
from askmed_engine.routing.knowledge import RoutingKnowledge
from askmed_engine.routing.lexicon import joined_terms, keyword_hits, keyword_terms
from askmed_engine.routing.signals import (
    child_patient,
    drug_words,
    genetics_request,
    medicine_request,
    unknown_drug_names,
)
from askmed_engine.spelling import SpellingCorrector
from askmed_engine.text import PLACEHOLDER, normalize, strip_markup, word_set

FALLBACK = "Family Medicine"
CONCEPT = 2.0
CHILD = 6.0
MAYBE_CHILD = 2.0
MEDICINE = 5.0
MEDICINE_GENERIC = 2.5
GENETICS = 4.0
NEIGHBOURS = 3.0
VECTOR_NEIGHBOURS = 2.0
EXAMPLES = 2.0
EXAMPLE_VECTORS = 3.0
FAMILY_PRIOR = 0.8
FIRST_SENTENCE = 2.0
MAX_TEXT = 20_000  # characters read; a longer message is routed on its beginning
MAX_REASONS = 2

_FIRST_SENTENCE = re.compile(r"^.{0,200}?(?:[.?!\n]|$)", re.DOTALL)


@dataclass(frozen=True)
class Evidence:
    """One reason to send a question to ``department``, and how much it counts."""

    department: str
    weight: float
    reason: str


@dataclass(frozen=True)
class DepartmentSuggestion:
    """A department to route a question to, how strongly (0..1), and why."""

    name: str
    score: float
    reason: str


def evidence_shares(evidence: list[Evidence], prior: dict[str, float]) -> dict[str, float]:
    """``raw_d / sum(raw)`` with ``raw_d = prior_d + sum of d's evidence weights``."""
    raw: dict[str, float] = defaultdict(float, prior)
    for item in evidence:
        raw[item.department] += item.weight
    total = sum(raw.values())
    return {dept: value / total for dept, value in raw.items()} if total > 0 else {}


def clean_text(text: str) -> str:
    """Plain text to route: markup removed, entities decoded, at most :data:`MAX_TEXT`."""
    text = PLACEHOLDER.sub(" ", strip_markup((text or "")[: MAX_TEXT * 2]))
    return normalize(text)[:MAX_TEXT]


class Router:
    """Routes questions with a focus vocabulary (the built-in lay table when None) and
    routing knowledge (the name and institute rules alone when None)."""

    def __init__(
        self,
        vocabulary: FocusVocabulary | None = None,
        knowledge: RoutingKnowledge | None = None,
        query_vector: Callable[[str], np.ndarray | None] | None = None,
        examples: ExampleBank | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self.knowledge = knowledge
        self.query_vector = query_vector  # the knowledge's vector model, or None
        if examples is None:
            examples = ExampleBank(knowledge.example_vectors if knowledge else None)
        self.examples = examples

    def evidence(self, text: str) -> list[Evidence]:
        """Every piece of evidence found in ``text`` (see the module doc for weights)."""
        written, text = text, clean_text(text)
        corrections: list[tuple[str, str]] = []
        corrector = self.knowledge.corrector(self.vocabulary) if self.knowledge else None
        if corrector is not None:
            text, corrections = corrector.correct(text)
        if not text:
            return []
        first = _FIRST_SENTENCE.match(text)
        first_end = first.end() if first else 0
        concepts = self._concepts(text)
        found = self._keyword_evidence(text, first_end)
        found += self._concept_evidence(concepts, first_end, dict(c[::-1] for c in corrections))
        drugs = self._drugs(text, concepts, corrector)
        genetic = [m.surface for m, c in concepts if _is_genetic(c)]
        child = child_patient(text)
        found += _rule_evidence(text, drugs, genetic, child)
        found += self._neighbour_evidence(text, (written or "")[:MAX_TEXT], child)
        return found

    def _neighbour_evidence(
        self, text: str, written: str, child: tuple[str, bool] | None
    ) -> list[Evidence]:
        """Evidence from the nearest example questions (:data:`EXAMPLES` by keywords,
        :data:`EXAMPLE_VECTORS` by sentence vectors) and the nearest MedQuAD pages
        (:data:`NEIGHBOURS` by keywords, :data:`VECTOR_NEIGHBOURS` by vectors), each weight
        spread over the neighbours' departments in proportion to their scores. The vector
        is of the text as written (the caller may have it already, e.g. for similar
        questions); keywords read the cleaned, spelling-corrected ``text``."""
        vector = None
        if self.query_vector is not None and self.knowledge is not None:
            vector = self.query_vector(written)
        out = self._spread_examples(EXAMPLES, self.examples.neighbours(text))
        if vector is not None:
            out += self._spread_examples(EXAMPLE_VECTORS, self.examples.vector_neighbours(vector))
        if child is None:  # the patient's age is read, not guessed by likeness
            out = [e for e in out if e.department != "Pediatrics"]
        if self.knowledge is None:
            return out
        out += self._spread(NEIGHBOURS, self.knowledge.neighbours(text))
        if vector is not None:
            out += self._spread(VECTOR_NEIGHBOURS, self.knowledge.vector_neighbours(vector))
        return out

    @staticmethod
    def _spread_examples(weight: float, hits: list) -> list[Evidence]:
        total = sum(score for _, score in hits)
        return [
            Evidence(
                example.department,
                weight * score / total,
                f'like the example question "{_shorten(example.text)}"',
            )
            for example, score in hits
        ]

    def _spread(self, weight: float, hits: list[tuple[str, str, float]]) -> list[Evidence]:
        total = sum(score for _, _, score in hits)
        return [
            Evidence(
                dept, weight * share * score / total, f'close to the MedQuAD page on "{focus}"'
            )
            for concept_id, focus, score in hits
            for dept, share in self.knowledge.shares.get(concept_id, {}).items()
        ]

    def route(self, text: str, k: int = 3) -> list[DepartmentSuggestion]:
        """The ``k`` best departments, best first, always ``k`` distinct ones."""
        k = max(0, min(k, len(DEPARTMENT_NAMES)))
        evidence = self.evidence(text)
        shares = evidence_shares(evidence, {FALLBACK: FAMILY_PRIOR})
        order = {name: i for i, name in enumerate(DEPARTMENT_NAMES)}
        ranked = sorted(shares, key=lambda d: (-shares[d], order[d]))
        ranked += [d for d in DEPARTMENT_NAMES if d not in shares]
        return [
            DepartmentSuggestion(dept, round(shares.get(dept, 0.0), 4), _reason(dept, evidence))
            for dept in ranked[:k]
        ]

    # -- evidence of each kind --------------------------------------------------------

    def _keyword_evidence(self, text: str, first_end: int) -> list[Evidence]:
        head = joined_terms(text[:first_end])
        terms_of = {kw: terms for kws in keyword_terms().values() for kw, terms in kws}
        return [
            Evidence(dept, weight * (FIRST_SENTENCE if terms_of[kw] in head else 1.0), f'"{kw}"')
            for dept, kw, weight in keyword_hits(text)
        ]

    def _concepts(self, text: str) -> list[tuple[FocusMatch, Concept]]:
        """The usable focus matches of ``text`` with their concepts (see :func:`_usable`)."""
        vocabulary = self.vocabulary or FocusVocabulary.lay_only()
        out = []
        for match in find_focus(text, self.vocabulary):
            concept = vocabulary.concept(match.concept_id)
            if concept is not None and _usable(match, concept):
                out.append((match, concept))
        return out

    def _concept_evidence(
        self, concepts: list[tuple[FocusMatch, Concept]], first_end: int, written: dict[str, str]
    ) -> list[Evidence]:
        out = []
        for match, concept in concepts:
            factor = FIRST_SENTENCE if match.start < first_end else 1.0
            surface = match.surface.lower()
            reason = f'{"medicine" if is_drug(concept) else "condition"} "{surface}"'
            if surface != concept.name.lower():
                reason += f" ({concept.name})"
            typos = [w for fixed, w in written.items() if fixed in surface]
            if typos:
                reason += f', written "{typos[0]}"'
            for dept, share in self._departments(concept).items():
                out.append(Evidence(dept, CONCEPT * share * factor, reason))
        return out

    def _departments(self, concept: Concept) -> dict[str, float]:
        if self.knowledge is not None:
            return self.knowledge.departments(concept)
        return concept_departments(concept)

    def _drugs(
        self,
        text: str,
        concepts: list[tuple[FocusMatch, Concept]],
        corrector: SpellingCorrector | None,
    ) -> tuple[list[str], list[str]]:
        """Named medicines (drug concepts, drug-like names, unknown words used like a
        drug: "I took Tecfidera") and generic drug words ("pills")."""
        named = [m.surface for m, c in concepts if is_drug(c)]
        generic = []
        for word in drug_words(text):
            (generic if word.lower() in _GENERIC_DRUG_WORDS else named).append(word)
        if corrector is not None:
            named += [w for w in unknown_drug_names(text) if w.lower() not in corrector.known]
        return named, generic


# One-word surfaces of MedQuAD concepts that are ordinary words in a question
# ("physician" names *Doctor of medicine profession*, "drinking" *Alcohol*).
IGNORED_SURFACES = word_set(
    """
    physician physicians doctor doctors specialist safety drinking drinks drink glass fall
    falls operation cold nursing burning vegan date memory aging caregiver caregivers
    pregnancy diet exercise travel sleep stress pain smoking gas shots shot alcohols
    """
)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _usable(match: FocusMatch, concept: Concept) -> bool:
    """A one-word match counts only when the word, as written, is the concept's name or
    one of its surface forms (give or take a plural ``s``) - stemming and odd synonyms
    make "hoping" match *Hops* and "date" match *DAT* - and is neither an ordinary word
    (:data:`IGNORED_SURFACES`) nor an organ named like a medicine ("thyroid");
    longer matches always count."""
    word = match.surface.lower()
    if " " in word.strip() or "-" in word:
        return True
    if word in IGNORED_SURFACES or (is_drug(concept) and _is_organ_word(word)):
        return False
    forms = {s.lower() for s in concept.surfaces} | {concept.name.lower()}
    return word in forms or word.rstrip("s") in forms or f"{word}s" in forms


def _is_organ_word(word: str) -> bool:
    """A department keyword that also names a medicine ("thyroid", "insulin")."""
    return joined_terms(word) in _ORGAN_TERMS


_ORGAN_TERMS = frozenset(
    terms for dept, kws in keyword_terms().items() if dept != "Pharmacy" for _, terms in kws
)


def _is_genetic(concept: Concept) -> bool:
    return bool(set(concept.sources) & GENETICS_SOURCES) or "syndrome" in concept.name.lower()


def _rule_evidence(
    text: str,
    drugs: tuple[list[str], list[str]],
    genetic_conditions: list[str],
    child: tuple[str, bool] | None,
) -> list[Evidence]:
    out = []
    if child:
        words, certain = child
        weight = CHILD if certain else MAYBE_CHILD
        out.append(Evidence("Pediatrics", weight, f'the patient is a child ("{words}")'))
    named, generic = drugs
    asked = medicine_request(text)
    if asked and (named or generic):
        drug = (named or generic)[0]
        weight = MEDICINE if named else MEDICINE_GENERIC
        reason = f'asks about a medicine itself ("{drug}", "{asked}")'
        out.append(Evidence("Pharmacy", weight, reason))
    genetic = genetics_request(text)
    if genetic and genetic_conditions:
        reason = f'asks about inheritance of "{genetic_conditions[0]}" ("{genetic}")'
        out.append(Evidence("Medical Genetics", GENETICS, reason))
    return out


_GENERIC_DRUG_WORDS = word_set(
    """
    medicine medicines medication medications meds drug drugs pill pills tablet tablets
    capsule capsules prescription prescriptions antibiotic antibiotics antidepressant
    antidepressants painkiller painkillers steroid steroids vaccine vaccines supplement
    supplements inhaler inhalers cream creams ointment ointments injection injections
    """
)


def _reason(dept: str, evidence: list[Evidence]) -> str:
    """The strongest distinct reasons for ``dept``, or why it is listed without any."""
    mine = sorted((e for e in evidence if e.department == dept), key=lambda e: -e.weight)
    reasons = list(dict.fromkeys(e.reason for e in mine))[:MAX_REASONS]
    if reasons:
        return "; ".join(reasons)
    if dept == FALLBACK:
        return "general question: no specific department matched strongly"
    return "no specific match"


@cache
def _default_router() -> Router:
    """The built-in router, made on first use (its example index takes a moment)."""
    return Router()


def suggest_departments(text: str, k: int = 3) -> list[DepartmentSuggestion]:
    """The ``k`` best departments for ``text`` with the built-in knowledge alone."""
    return _default_router().route(text, k)
