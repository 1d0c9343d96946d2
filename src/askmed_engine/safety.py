"""Safety checks on a question before it is posted: emergencies (and personal data).

**Red flags.** :func:`find_red_flags` spots a *current* emergency (a heart attack, a
stroke, suicidal thoughts, ...) so that the site can tell the asker to call for help
instead of waiting for an answer. Each kind has readable regular expressions over the
lower-cased text (:data:`askmed_engine.safety_patterns.RULES`); a match then has to pass
a context check over its clause and sentence, which drops

* negations just before it ("no chest pain", "I don't have trouble breathing"),
* mild versions ("slight", "minor", "a little"),
* past history ("had a stroke 3 years ago") unless a present cue is there too ("again",
  "now", "this morning"), and relatives' history ("my father had", "runs in the family"),
* generic questions ("what are the warning signs of a stroke?") unless a present cue is
  there, and pets.

The rules prefer recall on clear descriptions and keep ordinary uses of the same words
("chest acne", "stroke rate", "dying to know", "this job is killing me") out by shape.

**Personal data** is found and masked by :mod:`askmed_engine.personal_data`;
:func:`check` joins both for ``askmed check``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from askmed_engine import safety_patterns as sp
from askmed_engine.personal_data import (  # noqa: F401 - re-exported
    NOTICES,
    PLACEHOLDERS,
    Masked,
    PersonalData,
    find_personal_data,
    mask_personal_data,
)

_EMERGENCY = (
    "Call your local emergency number (911 in the US, 119 in Taiwan, 112 in Europe) now. "
    "Do not wait for an online answer."
)
KINDS: dict[str, tuple[str, str]] = {
    "heart_attack": (
        "Possible heart attack",
        _EMERGENCY + " Stop what you are doing, sit down and unlock the door. Do not drive.",
    ),
    "stroke": (
        "Possible stroke",
        _EMERGENCY + " Note the time the symptoms started. Give nothing to eat or drink.",
    ),
    "breathing": (
        "Severe breathing difficulty",
        _EMERGENCY + " Sit upright and loosen tight clothing.",
    ),
    "suicide_self_harm": (
        "Thoughts of suicide or self-harm",
        "You deserve help right now. If you might act on these thoughts or are hurt, call "
        "your local emergency number (911 in the US, 119 in Taiwan, 112 in Europe). Call or "
        "text a crisis line at any hour: 988 in the US, 1925 in Taiwan, or your local "
        "crisis line. Stay with someone you trust and keep away from anything you could "
        "use to hurt yourself.",
    ),
    "overdose_poisoning": (
        "Possible overdose or poisoning",
        _EMERGENCY + " Keep the container to show the responders and do not make the person "
        "vomit. In the US, Poison Help is 1-800-222-1222.",
    ),
    "severe_bleeding": (
        "Severe bleeding",
        _EMERGENCY + " Press firmly on a bleeding wound with a clean cloth and keep pressing.",
    ),
    "anaphylaxis": (
        "Possible severe allergic reaction (anaphylaxis)",
        _EMERGENCY + " If an adrenaline (epinephrine) auto-injector is at hand, use it now.",
    ),
    "meningitis": (
        "Possible meningitis",
        _EMERGENCY + " Meningitis can become life-threatening within hours.",
    ),
    "pregnancy_emergency": (
        "Possible pregnancy emergency",
        _EMERGENCY + " If it is quicker, go straight to the nearest hospital maternity unit.",
    ),
    "infant_fever": (
        "Fever or floppiness in a young baby",
        _EMERGENCY + " A baby under 3 months with a temperature of 38 °C (100.4 °F) or "
        "more, or a baby who is limp or hard to wake, needs a doctor at once.",
    ),
    "unconscious_seizure": (
        "Unconsciousness, a long seizure or a serious head injury",
        _EMERGENCY + " Lay the person on their side and put nothing in their mouth. If they "
        "are not breathing, start CPR.",
    ),
    "severe_burn_injury": (
        "Severe burn or injury",
        _EMERGENCY + " Cool a burn under cool running water for 20 minutes. Do not move "
        "someone hurt in a crash unless they are in danger.",
    ),
}


@dataclass(frozen=True)
class RedFlag:
    """A sign of an emergency happening now, with what to do about it."""

    kind: str
    label: str
    guidance: str
    evidence: str


# ---------------------------------------------------------------- red flags: context

_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")
# Contrast and a new subject start a new clause for negation ("no fever but I can't ...").
_CLAUSE_BREAK = re.compile(
    r"\b(?:but|however|although|though|yet|except|whereas)\b|\b(?:and|so|because|cause|"
    r"cuz|then|or)\s+(?=(?:i|i'm|im|he|she|they|we|my|his|her|now|it)\b)|;"
)
# Commas and "and" also separate what happened then from what happens now ("I had a
# stroke 3 years ago and now my face is drooping", "burns as a kid and the skin is tight now").
_PHRASE_BREAK = re.compile(_CLAUSE_BREAK.pattern + r"|[,:(]|\band\b")
_REACH = 300  # how far a sentence or clause reaches around a match
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def _fold(text: str) -> str:
    """Lower-case and fold apostrophes, keeping every character at its position."""
    chars = (ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return "".join(chars).translate(_APOSTROPHES)


class _Context:
    """The lower-cased text, with its sentence, clause and phrase boundaries."""

    def __init__(self, text: str) -> None:
        self.low = _fold(text)
        self._hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}
        sentences = [m.span() for m in _SENTENCE_END.finditer(self.low)]
        self._cuts = {"sentence": _bounds(sentences)}
        for name, regex in (("clause", _CLAUSE_BREAK), ("phrase", _PHRASE_BREAK)):
            self._cuts[name] = _bounds(sentences + [m.span() for m in regex.finditer(self.low)])

    def span(self, name: str, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence, clause or phrase around ``[start, end)``."""
        starts, ends = self._cuts[name]
        i = bisect.bisect_right(ends, start)
        lo = ends[i - 1] if i else 0
        j = bisect.bisect_left(starts, end)
        hi = starts[j] if j < len(starts) else len(self.low)
        return max(lo, start - _REACH), min(hi, end + _REACH)

    def before(self, start: int, words: int) -> str:
        """Up to ``words`` words before ``start`` within its clause."""
        lo, _ = self.span("clause", start, start)
        return " ".join(self.low[lo:start].split()[-words:])

    def negated(self, start: int, end: int) -> bool:
        """Whether a negation cue governs ``[start, end)``."""
        pre = self.before(start, 6)
        tail = self.low[start : end + 80]
        pseudo = [m.span() for m in sp.PSEUDO_NEGATION.finditer(pre + " " + tail)]
        comma = pre.rfind(",")  # only list negations reach over a comma
        cues = [*sp.NEGATION.finditer(pre, comma + 1), *sp.LIST_NEGATION.finditer(pre, 0, comma)]
        if any(not any(lo <= cue.start() < hi for lo, hi in pseudo) for cue in cues):
            return True
        return bool(sp.POST_NEGATION.match(self.low, end))

    def has(self, pattern: re.Pattern[str], start: int, end: int, window: int, apart: bool) -> bool:
        """Whether ``pattern`` starts, not negated, within ``window`` of ``[start, end)``.

        With ``apart``, an occurrence overlapping ``[start, end)`` does not count.
        """
        if pattern not in self._hits:  # found once per text, so that long texts stay fast
            spans = [m.span() for m in pattern.finditer(self.low)]
            self._hits[pattern] = [span for span in spans if not self.negated(*span)]
        hits = self._hits[pattern]
        i = bisect.bisect_left(hits, (start - window, 0))
        for hit_start, hit_end in hits[i:]:
            if hit_start >= end + window:
                return False
            if not apart or hit_end <= start or hit_start >= end:
                return True
        return False


def _bounds(cuts: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted starts and sorted ends of boundary matches, for bisection."""
    return sorted(start for start, _ in cuts), sorted(end for _, end in cuts)


def _in_context(ctx: _Context, rule: sp.Rule, start: int, end: int) -> bool:
    """Whether a match of ``rule`` describes a current emergency (see the module doc)."""
    low = ctx.low
    if ctx.negated(start, end) or sp.MILD.search(ctx.before(start, 3) + " " + low[start:end]):
        return False
    if not all(ctx.has(need, start, end, rule.window, apart=True) for need in rule.needs):
        return False
    if rule.unless and ctx.has(rule.unless, start, end, rule.window, apart=False):
        return False
    s_lo, s_hi = ctx.span("sentence", start, end)
    sentence, before = low[s_lo:s_hi], low[s_lo:start]
    if sp.PET.search(sentence):
        return False
    generic = sp.GENERIC.search(sentence) or sp.DEFINITION_BEFORE.search(before)
    generic = generic or (rule.diagnosis and sp.GENERIC_BEFORE.search(before))
    generic = generic or sp.GENERIC_TEXT.search(low)
    if generic and not sp.PRESENT.search(sentence):
        return False
    # History in the match's own clause needs a present cue right next to it ("had a stroke 3
    # years ago and now my face droops"); history elsewhere in the sentence only needs one in
    # the sentence ("had a TIA last year, and right now I have trouble getting words out").
    c_lo, c_hi = ctx.span("clause", start, end)
    clause = low[c_lo:c_hi]
    near_past = bool(sp.HISTORY.search(clause) or sp.RELATIVE_HISTORY.search(clause))
    if rule.diagnosis and sp.HISTORY_BEFORE.search(before):  # "had a stroke", not "think ... had"
        near_past = near_past or not sp.SUSPECTED.search(before)
    if near_past:
        return sp.PRESENT.search(low, *ctx.span("phrase", start, end)) is not None
    if sp.HISTORY.search(sentence) or sp.RELATIVE_HISTORY.search(sentence):
        return sp.PRESENT.search(sentence) is not None
    return True


def find_red_flags(text: str) -> list[RedFlag]:
    """The emergencies described in ``text``: at most one per kind, in order of position."""
    ctx = _Context(text)
    first: dict[str, tuple[int, int]] = {}
    for rule in sp.RULES:
        for m in rule.pattern.finditer(ctx.low):
            if m.start() >= first.get(rule.kind, (len(text) + 1,))[0]:
                break
            if _in_context(ctx, rule, m.start(), m.end()):
                first[rule.kind] = m.span()
                break
    flags = sorted((span, kind) for kind, span in first.items())
    return [RedFlag(kind, *KINDS[kind], text[start:end]) for (start, end), kind in flags]


def check(text: str) -> dict[str, Any]:
    """Red flags, personal data and the masked text, as JSON-ready data (``askmed check``)."""
    masked = mask_personal_data(text)
    return {
        "red_flags": [
            {"kind": f.kind, "label": f.label, "guidance": f.guidance, "evidence": f.evidence}
            for f in find_red_flags(text)
        ],
        "personal_data": [
            {"kind": p.kind, "text": p.text, "start": p.start, "end": p.end} for p in masked.found
        ],
        "masked": masked.text,
    }
