"""The focus of a page title: the condition, symptom, body part or drug a question is about.

Consumer questions bury their subject in greetings and history, so the focus is the
best-scoring *phrase* of the text: a run of content words (no filler, verb, pronoun or
person word) scored by what its words name (condition > drug > symptom > treatment > body
part > anything else; drugs first when the question asks about a medicine), weighted up
in question sentences. A symptom followed by where it is ("spasms in my left back")
becomes one phrase ("Left Back Spasms"); two drugs or two conditions joined by "and"
stay together ("Prilosec and Nexium").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from askmed_engine import titles_lexicon as lex
from askmed_engine.text import word_set
from askmed_engine.titles_text import is_shouting, lay_phrases

SCORES = {
    "drug": 4.5,
    "condition": 5.0,
    "symptom": 4.0,
    "therapy": 3.0,
    "weak": 2.0,
    "body": 2.0,
    "lay": 2.0,
    "generic": 1.0,
    "mod": 0.5,
}
DRUG_BONUS = 2.0  # when the question asks about a medicine (dose, side effects...)
MEDICAL = 2.0  # a phrase scoring this much names something medical
MAX_WORDS = 5

_TOKEN = re.compile(r"[^\W_]+(?:[-/'’.][^\W_]+)*['’]?")
_BREAK = re.compile(r"[^\s'’\"“”-]|\s-\s|\s-|-\s")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_DOSE = re.compile(r"^\d+(?:[.,]\d+)?(?:mgs?|mcg|ml|g|kg|lbs?|cm|mm|iu|units?|%)?$")
_UNIT_DOSE = re.compile(r"^\d+(?:[.,]\d+)?(?:mgs?|mcg|ml|iu)$")
_UNITS = word_set("mg mcg ml iu milligrams micrograms units")
_QUESTION_START = re.compile(
    r"^\W*(?:(?:so|and|but|also|ok|now|please|doctor|hi|hello)\W+)*(?:what|whats|how|why|can"
    r"|could|is|are|should|does|do|did|will|would|where|who|when|which|any|has|have|am"
    r"|may|might|must)\b",
    re.IGNORECASE,
)
_INDIRECT = re.compile(
    r"\b(?:want|like|need|wish|wanted) to (?:know|ask|find out)|wonder|please (?:tell|advise"
    r"|help|let me know)|can you (?:tell|explain|help)|my (?:question|concern)",
    re.IGNORECASE,
)
_DRUG_CONTEXT = word_set("take taking took on prescribed started using use tried")
_REORDER_HEADS = word_set(
    """
    pain pains ache aches spasm spasms cramp cramps cramping swelling rash rashes lump
    lumps bump bumps numbness itching bleeding stiffness tingling weakness infection
    infections cyst cysts stones stone ulcer ulcers blisters blister sores spots wart
    warts mole moles twitching tenderness burning pressure tightness soreness discomfort
    """
)
_JOINING = ("prep", "det", "conj")
_TIMES = ("symptom", "weak", "condition", "therapy")
_PLACES = {"between": _TIMES, "during": _TIMES, "after": _TIMES}
_CONJUNCTIONS = word_set("and or vs versus with")
_LINK_HEADS = frozenset(("symptom", "weak", "condition", "generic"))


class Word(NamedTuple):
    surface: str
    lower: str
    kind: str  # drug, condition, symptom, body, lay, mod, generic, other, prep, det, stop
    score: float


class Phrase(NamedTuple):
    text: str
    score: float

    @property
    def medical(self) -> bool:
        return self.score >= MEDICAL


def _bare(lower: str) -> str:
    return lower.replace("’", "'").strip("'.")


def _classify(lower: str, nxt: str, prev: str, dosed: bool = False) -> str:
    """The kind of one lower-case word, given its neighbours."""
    if lower in ("down", "down's") and nxt == "syndrome":
        return "condition"
    if _DOSE.match(lower) or not any(c.isalpha() for c in lower):
        return "stop"
    if lower == "side" and nxt.startswith("effect"):
        return "stop"
    base = lower.removesuffix("'s").removesuffix("'")
    if (lower in lex.EPONYMS or base in lex.EPONYMS) and (base != lower or nxt in _EPONYM_HEADS):
        return "condition"
    if lex.drug_like(lower):
        return "drug"
    kind = _classify_plain(lower, base)
    context = dosed or (prev in _DRUG_CONTEXT and lex.drug_like(lower, strict=False))
    if kind == "other" and context:
        return "drug"  # "Inderal 40 mg", "taking Cytarabine"
    if kind in ("other", "stop") and "-" in lower:
        kinds = {_classify(part, "", "") for part in lower.split("-") if part}
        return next((k for k in ("drug", "condition", "symptom", "body") if k in kinds), kind)
    return kind


_EPONYM_HEADS = word_set("disease syndrome palsy disorder ataxia sarcoma dystrophy")


def _classify_plain(lower: str, base: str) -> str:
    for kind, words in (
        ("condition", lex.CONDITIONS),
        ("therapy", lex.THERAPIES),
        ("weak", lex.WEAK_SYMPTOMS),
        ("symptom", lex.SYMPTOMS),
        ("body", lex.BODY_PARTS),
        ("mod", lex.MODIFIERS),
        ("prep", lex.PREPOSITIONS),
        ("det", lex.DETERMINERS),
        ("conj", _CONJUNCTIONS),
    ):
        if lower in words:
            return kind
    if base in lex.PEOPLE or base.removesuffix("s") in lex.PEOPLE:
        return "stop"
    if lower in lex.FILLER or lower in lex.VERBS:
        return "stop"
    if lex.condition_like(lower):
        return "condition"
    if lower in lex.GENERIC_NOUNS:
        return "generic"
    if lex.is_ed_ing_ly_word(lower) or len(lower) < 2:
        return "stop"
    return "lay" if lower in lex.LAY_WORDS else "other"


def _joined(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``type 2``, ``vitamin d``, ``hep c``: a joiner word and a short code as one token."""
    out: list[tuple[str, int, int]] = []
    for surface, start, end in tokens:
        joins = out and out[-1][0].lower() in lex.JOINERS and start - out[-1][2] <= 1
        if joins and len(surface) <= 3:
            prev = out.pop()
            out.append((f"{prev[0]} {surface}", prev[1], end))
        else:
            out.append((surface, start, end))
    return out


def words_of(text: str, shouting: bool = False, drugs: bool = False) -> Iterator[Word | None]:
    """Classified words of ``text``; ``None`` marks punctuation (a phrase boundary).
    With ``drugs``, drug names score :data:`DRUG_BONUS` more."""
    tokens = _joined([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)])
    lowers = [_bare(t[0].lower()) for t in tokens]
    previous_end, previous_kind = 0, "stop"
    for i, (surface, start, end) in enumerate(tokens):
        if _BREAK.search(text[previous_end:start]) and i:
            yield None
            previous_kind = "stop"
        previous_end = end
        lower = lowers[i]
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        dosed = _is_dose(lowers[i + 1 : i + 3])
        kind = _joined_kind(lower) or _classify(lower, nxt, lowers[i - 1] if i else "", dosed)
        if kind == "other" and nxt in _EPONYM_HEADS and surface[:1].isupper() and not shouting:
            kind = "condition"  # "von Hippel-Lindau disease"
        elif lower in _EPONYM_HEADS and previous_kind not in (*_JOINING, "stop", "generic"):
            kind = "condition"  # "locked-in syndrome", "stiff person syndrome"
        score = _score(kind, surface, i, shouting) + (DRUG_BONUS if drugs and kind == "drug" else 0)
        previous_kind = kind
        yield Word(surface.strip("'’."), lower, kind, score)


def _is_dose(following: list[str]) -> bool:
    """``40mg`` or ``40 mg`` comes next."""
    if following and _UNIT_DOSE.match(following[0]):
        return True
    return len(following) == 2 and following[0].isdigit() and following[1] in _UNITS


def _joined_kind(lower: str) -> str:
    head, _, code = lower.partition(" ")
    if not code:
        return ""
    if head in ("hep", "hepatitis", "covid", "trisomy"):
        return "condition"
    return "drug" if head == "vitamin" else "mod"


def _score(kind: str, surface: str, index: int, shouting: bool) -> float:
    if kind in SCORES:
        return SCORES[kind]
    if kind == "other":  # a capitalised word inside a sentence is often a brand or a name
        if not shouting and len(surface) > 1 and surface.isupper():
            return 1.5  # an acronym or a gene ("MTHFR", "IHSS")
        capital = index > 0 and not shouting and surface[:1].isupper()
        return 1.0 if capital else 0.4
    return 0.0


def _runs(words: list[Word | None]) -> list[list[Word | None]]:
    """Content runs, with a (preposition, determiner...) link kept between two runs."""
    segments: list[list[Word | None]] = []
    current: list[Word | None] = []
    for word in [*words, None]:
        if word is not None and word.kind not in (*_JOINING, "stop"):
            current.append(word)
            continue
        if current:
            segments.append(current)
            current = []
        if word is not None and word.kind in _JOINING:
            segments.append([word])
        elif segments and segments[-1] != [None]:
            segments.append([None])
    return segments


def phrases_of(text: str, shouting: bool = False, drugs: bool = False) -> list[Phrase]:
    """Candidate focus phrases of one sentence, in order."""
    segments = _runs(list(words_of(text, shouting, drugs)))
    out: list[Phrase] = []
    for i, segment in enumerate(segments):
        if not _is_content(segment):
            continue
        run = [w for w in segment if w is not None]
        linked = _linked_run(segments, i)
        if linked and (linked[0].kind != "conj" or _fits(run, linked[2])):
            out.append(_phrase(_link(run, *linked)))
        out.append(_phrase(run))
    return [p for p in out if p.text]


def _is_content(segment: list[Word | None]) -> bool:
    return bool(segment) and segment[0] is not None and segment[0].kind not in _JOINING


def _linked_run(segments: list[list[Word | None]], i: int) -> tuple[Word, bool, list[Word]] | None:
    """``(preposition, had determiner, next run)`` when run ``i`` links to a place, or
    ``(conjunction, False, next run)`` for two drugs or two conditions."""
    run = segments[i]
    if run[-1] is None or i + 1 >= len(segments) or segments[i + 1][0] is None:
        return None
    prep = segments[i + 1][0]
    if prep.kind == "conj":
        return _coordinated(run[-1], segments[i + 2 : i + 3], prep)
    if prep.kind != "prep" or run[-1].kind not in _LINK_HEADS:
        return None
    j, det = i + 2, False
    while j < len(segments) and segments[j][0] is not None and segments[j][0].kind == "det":
        j, det = j + 1, True
    if j >= len(segments) or not _is_content(segments[j]):
        return None
    following = [w for w in segments[j] if w is not None]
    if not any(w.kind in _PLACES.get(prep.lower, ("body", "condition")) for w in following):
        return None
    return prep, det, following


def _coordinated(
    last: Word, after: list[list[Word | None]], conj: Word
) -> tuple[Word, bool, list[Word]] | None:
    """``Prilosec and Nexium``: a run of the same kind (drug or condition) after "and"."""
    if last.kind not in ("drug", "condition") or not after or not _is_content(after[0]):
        return None
    following = [w for w in after[0] if w is not None]
    if following[0].kind != last.kind or len(following) > 3:
        return None
    return conj, False, following


def _fits(run: list[Word], following: list[Word]) -> bool:
    return len(run) + len(following) <= MAX_WORDS


def _singular(word: Word) -> Word:
    return word._replace(surface=lex.singular_body(word.surface))


def _link(run: list[Word], prep: Word, det: bool, place: list[Word]) -> list[Word]:
    """``pain`` + ``in my lower back`` -> ``Lower Back Pain``; else ``X of the Y``."""
    if prep.kind == "conj":
        joined = "vs" if prep.lower in ("vs", "versus") else prep.lower.replace("with", "and")
        return [*run, prep._replace(surface=joined), *place]
    head, mods = run[-1], run[:-1]
    simple_place = all(w.kind in ("mod", "body") for w in place) and place[-1].kind == "body"
    reorder = prep.lower in ("in", "on") and head.lower in _REORDER_HEADS and simple_place
    if reorder and all(w.kind == "mod" or w.lower.endswith("ing") for w in mods):
        return [*mods, *place[:-1], _singular(place[-1]), head]
    the = [Word("the", "the", "det", 0.0)] if det else []
    return [*run, prep._replace(surface=prep.lower), *the, *place]


def _phrase(words: list[Word]) -> Phrase:
    words = _trimmed(words)
    if not words or all(w.kind == "mod" for w in words):
        return Phrase("", 0.0)
    return Phrase(" ".join(w.surface for w in words), phrase_score(words))


def phrase_score(words: list[Word]) -> float:
    """What a phrase names: its best word, plus 0.3 of the others (detail helps a little)."""
    scores = [w.score for w in words]
    return max(scores) + 0.3 * (sum(scores) - max(scores)) if scores else 0.0


def _trimmed(words: list[Word]) -> list[Word]:
    """At most :data:`MAX_WORDS` words: the best-scoring window ending on a non-modifier."""
    content = [w for w in words if w.kind not in ("prep", "det")]
    if len(content) <= MAX_WORDS and len(words) <= MAX_WORDS + 2:
        return words
    best: list[Word] = []
    best_score = -1.0
    for end in range(len(words)):
        if words[end].kind in ("mod", "prep", "det"):
            continue
        for start in range(max(0, end - 3), end + 1):
            window = words[start : end + 1]
            score = phrase_score(window) - 0.01 * len(window)
            if window[0].kind not in ("prep", "det") and score > best_score:
                best, best_score = window, score
    return best


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def is_question(sentence: str) -> bool:
    return "?" in sentence or bool(_QUESTION_START.match(sentence) or _INDIRECT.search(sentence))


def best_phrase(text: str, *, drugs: bool = False) -> Phrase | None:
    """The best focus phrase of ``text`` (with its unweighted score): in the ranking,
    question sentences count 1.4 times, earlier sentences slightly more than later ones,
    and a word repeated in several sentences adds a little (up to 1.0). ``drugs`` favours
    drug names (for a question about a medicine)."""
    shouting = is_shouting(text)
    scored: list[tuple[float, int, Phrase]] = []
    counts: dict[str, int] = {}
    for index, sentence in enumerate(sentences_of(text)[:200]):
        factor = (1.4 if is_question(sentence) else 1.0) * max(0.6, 1 - 0.04 * index)
        phrases = phrases_of(lay_phrases(sentence), shouting, drugs)
        for word in {w.lower() for p in phrases for w in p.text.split()}:
            counts[word] = counts.get(word, 0) + 1
        scored += [(p.score * factor, -len(scored) - i, p) for i, p in enumerate(phrases)]
    if not scored:
        return None
    return max(
        (s + min(1.0, 0.5 * (counts[p.text.split()[-1].lower()] - 1)), order, p)
        for s, order, p in scored
    )[2]
