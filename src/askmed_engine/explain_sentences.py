"""Which passage sentences may stand alone in an explanation, and which section each fits.

A sentence is lifted out of its passage verbatim, so it must read on its own: a whole
declarative sentence of ordinary length, not a list item, heading, link, question or
a sentence that leans on the one before ("This condition…", "However, …").
"""

from __future__ import annotations

import re

from askmed_engine.text import tokenize

MIN_WORDS, MAX_WORDS = 6, 55

_LEANS_ON_CONTEXT = re.compile(
    r"^(?:this|these|that|those|it|its|they|their|them|such|both|another|however|also|"
    r"in addition|additionally|furthermore|moreover|therefore|thus|hence|as a result|"
    r"for example|for instance|because of this|instead|otherwise|likewise|similarly|"
    r"in (?:this|these|such) cases?|here|there are two|the other|the latter|the former|"
    r"he|she|his|her|which|but|and|or|so)\b",
    re.IGNORECASE,
)
_NOT_PROSE = re.compile(
    r"https?://|www\.|\bclick\b|\bsee (?:the |also )?\w+ (?:section|page|summary)\b|"
    r"\bthis (?:summary|section|page|fact sheet|booklet|website|information)\b|"
    r"\bPDQ\b|\bkey points\b|\b1-8\d\d\b|\bcall toll-free\b|\(see\b|\bfor more information\b|"
    r"\bsources? for this\b|\bon this page\b|\btable \d|\bfigure \d|"
    r"\bresources? (?:section|below)\b|"
    r"\bclinicaltrials\.gov\b|\bcontact (?:the|us)\b|\blisted below\b|\bthe following\b|"
    # catalogue boilerplate of GARD / Genetics Home Reference pages
    r"\bfrequency of (?:a|the) (?:sign|symptom)|\bnumber of the fraction\b|\bthese frequencies\b|"
    r"\bHuman Phenotype Ontology\b|\bOrphanet\b|\bthis list\b|\bthe list below\b|"
    r"\bthe resources? (?:below|above)\b|\bwe (?:have|do not have)\b|\bGARD\b|"
    r"\bthis (?:condition|disease|disorder) (?:is|was) (?:also )?listed\b",
    re.IGNORECASE,
)
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:listed|shown|described|mentioned|discussed|given) (?:above|below|earlier|later)\b|"
    r"\b(?:table|chart|list|figure) (?:below|above)\b|\bthe above\b|\bas above\b|"
    r"\bthese (?:symptoms|signs|treatments|conditions|factors|changes|problems|steps|tests|"
    r"medicines|drugs|features|findings|cases|people|patients|children|genes|mutations)\b",
    re.IGNORECASE,
)
_QUALIFIES_BEFORE = re.compile(
    r"^(?:however|but|although|yet|still|nevertheless|unfortunately|there is no|there are no|"
    r"no studies|no research|research has not|studies have not|this has not|these have not|"
    r"none of these|it is not known|it is unclear|not all)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s")
_LIST_DASH = re.compile(r"\s[-*•]\s+[A-Z]")
_ANY_DASH_ITEM = re.compile(r"\s[-*•]\s+\w")


def _heading_glued(sentence: str, focus: str) -> bool:
    """``"Sudden, Intense Joint Pain Gout is a form of…"``: a page heading run into the
    sentence (three or more capitalised words first, not just the focus name)."""
    run = []
    for word in sentence.split():
        bare = word.strip(",;:()\"'")
        if not bare[:1].isupper() or (bare.isupper() and len(bare) > 1):
            break
        run.append(bare)
    if len(run) < 3:
        return False
    return not " ".join(run).lower().startswith(focus.lower()) if focus else True


def standalone(sentence: str, focus: str = "") -> bool:
    """True for a whole declarative sentence that reads without its neighbours."""
    words = sentence.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if _BULLET.match(sentence) or not sentence[:1].isupper():
        return False
    if not sentence.rstrip("\"')").endswith("."):
        return False
    flattened = _LIST_DASH.search(sentence) or len(_ANY_DASH_ITEM.findall(sentence)) >= 2
    if flattened or (":" in sentence[:-1] and sentence.index(":") < 25):
        return False  # a flattened list or a "Label: ..." line
    if _heading_glued(sentence, focus):
        return False
    return not (
        _LEANS_ON_CONTEXT.match(sentence)
        or _NOT_PROSE.search(sentence)
        or _POINTS_ELSEWHERE.search(sentence)
    )


def qualified(next_sentence: str) -> bool:
    """True when the next sentence qualifies or contradicts this one ("Some people take
    coenzyme Q10. However, it has no proven value."): lifted alone, it would mislead."""
    return bool(_QUALIFIES_BEFORE.match(next_sentence.strip()))


_SEE_DOCTOR = re.compile(
    r"\b(?:see|call|contact|consult|talk (?:to|with)|tell|visit|check with) (?:a |your |the )?"
    r"(?:doctor|health ?care (?:provider|professional|team)|provider|physician|dentist|"
    r"pediatrician|pharmacist|specialist|nurse)\b|\bseek (?:immediate |emergency |prompt |urgent )?"
    r"(?:medical|emergency|professional) (?:help|care|attention|treatment)\b|\bcall 911\b|"
    r"\bemergency (?:room|department|care|services)\b|\bget (?:medical|emergency) "
    r"(?:help|attention|care)\b|\bmedical emergency\b",
    re.IGNORECASE,
)
_CAUSES = re.compile(
    r"\b(?:caused by|causes? of|is caused|are caused|cause[sd]?|due to|results? from|"
    r"mutations? in|triggered by|triggers?|risk factors?|more likely to (?:get|develop|have)|"
    r"inherited|develops? when|occurs? when|happens? when)\b",
    re.IGNORECASE,
)
_RISKS = re.compile(
    r"\b(?:complications?|can lead to|may lead to|lead to|increases? the (?:risk|chance)|"
    r"higher risk|prognosis|outlook|life-threatening|fatal|death|damage|disabilit\w+|"
    r"worsen\w*|permanent|spread to|recur\w*|untreated|at risk)\b",
    re.IGNORECASE,
)
_HELPS = re.compile(
    r"\b(?:treat(?:ment|ments|ed|s|ing)?|therap(?:y|ies)|medications?|medicines?|drugs?|"
    r"surgery|surgical|relieve[sd]?|relief|help(?:s|ful)?|manag(?:e|ed|es|ing|ement)|"
    r"prevent(?:s|ed|ion|ing)?|exercises?|physical therapy|rest|avoid\w*|reduce[sd]?|"
    r"lowers? (?:the|your|blood|cholesterol|risk)|control(?:s|led|ling)?|lifestyle|diet|"
    r"vaccines?|cure[sd]?)\b",
    re.IGNORECASE,
)
_SYMPTOMS = re.compile(r"\b(?:symptoms?|signs?|feel\w*|experience\w*)\b", re.IGNORECASE)
_DIAGNOSIS = re.compile(
    r"\b(?:diagnos\w+|tests?|exam\w*|imaging|biopsy|scan|x-rays?|blood test)\b", re.IGNORECASE
)
_DEFINITION = re.compile(r"\b(?:is an?|are|refers to|is the|is one of)\b", re.IGNORECASE)

# The section a passage's own intent (its MedQuAD question type) points to.
INTENT_SECTION: dict[str, str] = {
    "information": "overview",
    "frequency": "overview",
    "symptoms": "symptoms",
    "causes": "causes",
    "susceptibility": "causes",
    "inheritance": "causes",
    "transmission": "causes",
    "complications": "risks",
    "prognosis": "risks",
    "treatment": "helps",
    "prevention": "helps",
    "diet_lifestyle": "helps",
    "diagnosis": "diagnosis",
    "when_to_see_doctor": "see_doctor",
    "side_effects": "risks",
    "contraindications": "risks",
    "dosage": "helps",
    "usage": "helps",
}

# The sections a question's intents ask for (the rest of a page is background).
ASKED_SECTIONS: dict[str, tuple[str, ...]] = {
    "information": ("overview",),
    "causes": ("causes",),
    "susceptibility": ("causes", "risks"),
    "inheritance": ("causes",),
    "transmission": ("causes",),
    "symptoms": ("symptoms",),
    "diagnosis": ("diagnosis",),
    "treatment": ("helps",),
    "prevention": ("helps",),
    "diet_lifestyle": ("helps",),
    "dosage": ("helps",),
    "usage": ("helps",),
    "prognosis": ("risks",),
    "complications": ("risks",),
    "side_effects": ("risks",),
    "contraindications": ("risks",),
    "when_to_see_doctor": ("see_doctor",),
    "frequency": ("overview",),
}


def section_of(sentence: str, passage_intent: str, first_in_passage: bool) -> str:
    """The section a sentence belongs in: advice to see a doctor wherever it stands; else
    the section of its passage's intent when its own wording agrees, else the section
    its wording points to most (a causes sentence inside an overview passage); a sentence
    with no cue at all is overview background."""
    if _SEE_DOCTOR.search(sentence):
        return "see_doctor"
    home = INTENT_SECTION.get(passage_intent, "")
    counts = {
        key: len(pattern.findall(sentence))
        for key, pattern in (
            ("causes", _CAUSES),
            ("risks", _RISKS),
            ("helps", _HELPS),
            ("symptoms", _SYMPTOMS),
            ("diagnosis", _DIAGNOSIS),
        )
    }
    own = sorted((k for k, n in counts.items() if n), key=lambda k: -counts[k])
    if home and home in own:
        return home
    if home == "overview" and first_in_passage and _DEFINITION.search(sentence):
        return "overview"
    if own:
        return own[0]
    return "overview"  # no cue of its own: background, whatever page it is on


def defines(sentence: str, focus: str) -> bool:
    """``"Gout is a form of arthritis."``: the sentence opens by saying what its focus is."""
    if not focus:
        return False
    head = re.sub(r"^(?:an?|the)\s+", "", sentence, flags=re.IGNORECASE).lower()
    name = focus.lower()
    return head.startswith(name) and bool(
        re.match(r"\s*(?:\([^)]*\)\s*)?(?:is|are|refers to)\b", head[len(name) :])
    )


def content_terms(text: str) -> set[str]:
    return set(tokenize(text))
