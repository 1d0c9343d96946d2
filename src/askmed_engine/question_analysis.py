"""A question's focus and intents together, and a short "why similar" hint.

Two questions ask the same thing when they share a focus *and* an intent: "dose of
azithromycin" and "side effects of azithromycin" share the focus only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from askmed_engine.focus import FocusMatch, FocusVocabulary, find_focus, focus_terms
from askmed_engine.intents import detect_intents, normalize_for_intents, question_sentences
from askmed_engine.text import normalize

MAX_HINT = 80
DRUG_INTENTS = frozenset(
    {"dosage", "side_effects", "interactions", "contraindications", "manufacturer", "usage",
     "storage"}
)  # fmt: skip
_DRUG_SUFFIX = re.compile(
    r"(?:mycin|cillin|pril|olol|statin|azole|sartan|triptan|tidine|oxacin|cycline|dipine"
    r"|vir|pam|lam|aminophen|profen|formin|thyroxine|prazole|semide|pine|xetine|oxone)$"
)
_INTENT_LABELS = {
    "side_effects": "side effects",
    "when_to_see_doctor": "when to see a doctor",
    "diet_lifestyle": "diet and lifestyle",
    "manufacturer": "maker and brands",
}
_SUBJECT_MESSAGE = re.compile(
    r"^\s*SUBJECT\s*:\s*(?P<subject>.*?)\s*MESSAGE\s*:\s*(?P<message>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LABEL = re.compile(r"^\s*(?:SUBJECT|MESSAGE)\s*:\s*", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class QuestionAnalysis:
    """What a question is about (``focus``) and what it asks about it (``intents``)."""

    focus: tuple[FocusMatch, ...]
    intents: frozenset[str]


def question_text(text: str) -> str:
    """``"SUBJECT: x MESSAGE: y"`` -> ``"x\\ny"`` (the subject its own line); labels gone."""
    match = _SUBJECT_MESSAGE.match(text)
    if match:
        text = f"{match.group('subject')}\n{match.group('message')}"
    text = _LABEL.sub("", text)
    return "\n".join(normalize(line) for line in text.splitlines() if line.strip())


def analyze(text: str, vocab: FocusVocabulary | None = None) -> QuestionAnalysis:
    """Focus (see :func:`find_focus`) and intents (see :func:`detect_intents`) of ``text``."""
    cleaned = question_text(text)
    focus = tuple(_asked_focus(cleaned, vocab))
    intents = detect_intents(cleaned)
    if "causes" in intents and _names_a_drug(focus):
        intents |= {"side_effects"}  # "does azithromycin cause diarrhea?" asks a side effect
    return QuestionAnalysis(focus, intents)


def _names_a_drug(focus: tuple[FocusMatch, ...]) -> bool:
    """A focus that looks like a medicine: a drug-name ending or a drug from the lay table."""
    return any(_DRUG_SUFFIX.search(m.name.lower()) and " " not in m.name for m in focus)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
MAX_TITLE_WORDS = 8


def _asked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences that ask: interrogative ones, and a short first line."""
    sentences = [m for m in _SENTENCE.finditer(text) if m.group().strip()]
    spans = [m.span() for m in sentences if question_sentences(normalize_for_intents(m.group()))]
    if sentences and len(sentences[0].group().split()) <= MAX_TITLE_WORDS:
        spans.append(sentences[0].span())
    return spans


def _asked_focus(text: str, vocab: FocusVocabulary | None) -> list[FocusMatch]:
    """The foci inside the asking sentences when there are any, else all foci: a story
    told before the question names many things the question is not about."""
    matches = find_focus(text, vocab)
    spans = _asked_spans(text)
    asked = [m for m in matches if any(s <= m.start < e for s, e in spans)]
    return asked or matches


def intent_label(intent: str) -> str:
    """``"side_effects"`` -> ``"side effects"``."""
    return _INTENT_LABELS.get(intent, intent.replace("_", " "))


def _focus_kind(names: list[str], intents: frozenset[str]) -> str:
    """``"drug"`` when the question asks a medicine question or names one, else condition."""
    drug_name = any(_DRUG_SUFFIX.search(n.lower()) for n in names if " " not in n)
    return "drug" if intents & DRUG_INTENTS or drug_name else "condition"


def _labels(intents: frozenset[str]) -> str:
    return ", ".join(intent_label(i) for i in sorted(intents))


def _intent_hint(a: frozenset[str], b: frozenset[str]) -> str:
    specific_a = a - {"information", "other"}
    specific_b = b - {"information", "other"}
    shared = specific_a & specific_b
    if shared:
        return f"both ask about {_labels(shared)}"
    if specific_a and specific_b:
        return f"asks about {_labels(specific_a)}, not {_labels(specific_b)}"
    return ""


def explain_match(a: QuestionAnalysis, b: QuestionAnalysis) -> str:
    """A short hint (at most :data:`MAX_HINT` characters) on why ``b`` is like ``a``.

    ``"same condition: back spasm; both ask about causes"``, ``"same drug: azithromycin;
    asks about dosage, not side effects"``, or ``"similar wording"`` when neither the
    focus nor an intent is shared.
    """
    b_ids = {m.concept_id for m in b.focus}
    shared = focus_terms(m for m in a.focus if m.concept_id in b_ids)
    intents = _intent_hint(a.intents, b.intents)
    if shared:
        kind = _focus_kind(shared, a.intents | b.intents)
        parts = [f"same {kind}: {', '.join(shared)}", intents]
    elif intents.startswith("both"):
        parts = [intents]
    else:
        return "similar wording"
    return _clip("; ".join(p for p in parts if p))


def _clip(hint: str) -> str:
    if len(hint) <= MAX_HINT:
        return hint
    return hint[: MAX_HINT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
