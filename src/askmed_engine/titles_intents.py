"""What a question asks, as the intent phrase of a page title ("Causes and Risks").

Each phrase has keyword patterns over lower-cased text with contractions expanded; the
phrases a text asks are ordered by where they first appear. Two short ones are joined
("Causes and Treatment"). Every pattern is bounded (``.{0,40}`` at most), so matching is
linear in the text.
"""

from __future__ import annotations

import re

from askmed_engine.intents import normalize_for_intents

DEFAULT_INTENT = "What You Need to Know"
PREGNANCY = "Safety in Pregnancy"
MAX_JOINED = 32
DRUG_INTENTS = frozenset(
    (
        "Dosage and Timing",
        "Side Effects",
        "Interactions",
        "Manufacturer and Availability",
        PREGNANCY,
    )
)

_PREGNANT = (
    r"(?:pregnan\w*\b(?! tests?)|breast ?feed\w*|nursing|trying to conceive|expecting a baby)"
)

_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "Manufacturer and Availability",
        r"\bwho (?:makes|made|manufactures?|produces|sells|distributes)\b|\bmanufact?\w*"
        r"|\bwhere (?:can|do|could|to|should) (?:i |we |you )?(?:buy|order|purchase|get hold"
        r"|find) (?:it|this|them|the (?:drug|medicine|medication))\b|\bin stock\b"
        r"|\b(?:brand|generic) (?:names?|versions?|forms?|equivalents?)\b|\bdiscontinu\w*"
        r"|\bshortage\b|\bcoupons?\b|\b(?:still|no longer|not) available\b|\bsuppl(?:y|ier)\b"
        r"|\bout of business\b|\bingredients?\b",
    ),
    (
        PREGNANCY,
        r"\b(?:safe|harm\w*|hurt|affect|take|taking|use|using|have|get|ok|okay)\b"
        r"[^.?!\n]{0,50}\b" + _PREGNANT + r"|\b" + _PREGNANT + r"\b[^.?!\n]{0,50}"
        r"\b(?:safe|harm\w*|take|taking|use|using|affect the baby)\b",
    ),
    (
        "Interactions",
        r"\binteract\w*|\b(?:mix|mixing|combine|combining)\b|\b(?:alcohol|beer|wine"
        r"|grapefruit|drink\w*)\b[^.?!\n]{0,30}\bwhile (?:on|taking|using)\b"
        r"|\b(?:take|taking) [^.?!\n]{1,40}\b(?:together|at the same time|with (?:alcohol"
        r"|my \w+))\b|\b(?:used|taken|use|take|given) together\b|\bsame (?:day|time)\b"
        r"|\b(?:take|taking|took) (?:[\w-]+ ){1,2}(?:with|alongside|plus)\b"
        r"|\bhours apart\b",
    ),
    ("Side Effects", r"\bside[- ]?effects?\b|\badverse (?:effects?|reactions?)\b"),
    (
        "Dosage and Timing",
        r"\bdos(?:e|es|age|ing)\b|\bhow (?:much|many)\b[^.?!\n]{0,40}\b(?:take|taking|give"
        r"|giving|mg|tablets?|pills?|capsules?|units?|ml|drops?)\b|\bhow often (?:should|do"
        r"|can|must) (?:i|you|we|he|she) (?:take|use|give|apply)\b|\bwhen (?:should|do|can"
        r"|to) (?:i |you )?take\b|\bmiss(?:ed)? (?:a |my |one )?(?:[\w-]+ ){0,3}(?:doses?|pills?"
        r"|tablets?|shots?|injections?)\b|\bmaximum\b"
        r"|\btime of (?:the )?day\b",
    ),
    ("Is It Normal?", r"\bis (?:it|this|that) (?:normal|usual|common)\b|\bnormal (?:to|for)\b"),
    (
        "When to See a Doctor",
        r"\bsee (?:a|my|the) (?:doctor|doc|gp|physician|specialist)\b|\b(?:go|take \w+"
        r"|bring \w+) to (?:the )?(?:er|emergency|hospital|doctor|urgent care)\b|\bshould"
        r" (?:i|we) (?:be )?(?:worr\w*|concern\w*|scared|afraid)\b|\bis (?:it|this|that)"
        r" (?:serious|dangerous|an emergency|life[- ]threatening)\b|\bemergency\b"
        r"|\bshould i go\b",
    ),
    (
        "Causes and Risks",
        r"\bcaus(?:e|es|ed|ing)\b|\bwhy (?:do|does|did|am|is|are|was|would|has|have|my|i)\b"
        r"|\bwhy\s*\?|\breasons?\b|\bwhat could be\b|\bpossible (?:causes?|issues?)\b"
        r"|\bwhat (?:could|can|would|might|is|are) (?:this|it|that|these)(?: \w+)? be\b"
        r"|\bwhat is (?:this|it|wrong)\b|\bcould (?:it|this|that) be\b"
        r"|\brisks?\b|\bwhat (?:triggers|brings on)\b|\bwhere (?:does|do|did) (?:it|this)"
        r" come from\b|\bfor what\b[^.?!\n]{0,12}\bhappening\b|\bwhy (?:it|this) is happening\b",
    ),
    ("Symptoms and Signs", r"\bsymptoms?\b|\bsigns?\b(?! up)|\bhow (?:do|can) i (?:know|tell)\b"),
    (
        "Diagnosis and Tests",
        r"\bdiagnos(?:is|e|ing|tic)\b|\bhow\b[^.?!\n]{0,40}\bdiagnosed\b|\b(?:be|get"
        r"|getting) diagnosed\b|\b(?:tests?|testing|tested|exams?|scans?|mri|x-?rays?"
        r"|biopsy|ultrasound|blood ?work)\b|\b(?:my|test|lab|blood) results?\b|\bstages?\b"
        r"|\bwhat (?:does|do) (?:my|a|an|the|this|these) [^.?!\n]{1,30} (?:mean|indicate)\b",
    ),
    (
        "Treatment Options",
        r"\btreat\w*|\bcur(?:e|es|ed|able)\b|\btherap\w*|\bremed(?:y|ies)\b|\bget rid of\b"
        r"|\bwhat (?:should|can|could|do) (?:i|we|you) (?:do|take|use)\b|\bwhat (?!dos)\w+"
        r" (?:can|should|could) (?:i|we) (?:use|take|give|apply)\b|\bhow (?:do|can|to"
        r"|should|could) (?:i |we |you )?(?:stop|fix|heal|relieve|reduce|ease|cope|manage"
        r"|deal|get over|overcome|raise|lower|wean)\b|\brelie(?:f|ve)\b|\bmanag(?:e|ement)\b"
        r"|\b(?:medicines?|medications?|drugs?|pills?|creams?) (?:for|to)\b|\bsurgery\b"
        r"|\boperation\b|\bwhat (?:helps|works)\b|\bwean\w*|\b(?:should|can|could) (?:i|we)"
        r" (?:give|try)\b|\bneed (?:an? )?(?:antibiotics?"
        r"|surgery|medicines?|medications?|stitches|operation)\b",
    ),
    (
        "Diet and Lifestyle",
        r"\bfoods?\b|\bdiet\w*|\bwhat (?:can|should|to) (?:i |we |he |she )?eat\b|\bexercis\w*"
        r"|\blose weight\b|\bnutrition\w*",
    ),
    ("Prevention", r"\bprevent\w*|\bavoid\w*|\breduce (?:the |my )?(?:risk|chances?)\b"),
    (
        "Outlook",
        r"\boutlook\b|\bprognos\w*|\blife expectancy\b|\bsurviv\w*|\brecover\w*"
        r"|\bhow long\b[^.?!\n]{0,40}\b(?:live|last|heal|take|go away)\b|\bgo away\b"
        r"|\bpermanent\b|\bwill (?:it|this|he|she|i) (?:ever )?(?:get better|be (?:ok"
        r"|okay|normal))\b",
    ),
    (
        "Inheritance",
        r"\binherit\w*|\bhereditary\b|\bruns? in (?:the |my |our )?family\b|\bpass(?:ed|es"
        r"|ing)? (?:it |this )?(?:on|down)\b|\bgenetic(?! test)\b|\b(?:will|would|could"
        r"|can) (?:my|our) (?:children|kids|baby|babies|son|daughter) (?:have|get|inherit"
        r"|be born)\b",
    ),
    (
        "How It Spreads",
        r"\bcontagious\b|\binfectious\b|\b(?:catch|caught|transmit\w*)\b|\bspread (?:it |this )?"
        r"(?:to|from)\b"
        r"|\bpass (?:it|this) (?:to|on to)\b",
    ),
    (
        "Storage",
        r"\b(?:how|where) (?:to|should|do|can|long can) (?:i |we |you )?(?:store|keep)\b"
        r"|\bstor(?:ed|ing|age)\b(?! disease)|\broom temp\w*|\brefrigerat\w*|\bfridge\b"
        r"|\bfreezer\b|\bexpir\w*|\bshelf life\b",
    ),
    ("Complications", r"\bcomplications?\b|\bwhat (?:will|can|could|may) happen\b|\buntreated\b"),
    ("Research and Trials", r"\bclinical (?:trials?|studies)\b|\bresearch\b|\bnew treatments?\b"),
)
INTENT_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), phrase) for phrase, pattern in _PATTERNS
)

# MedQuAD question types -> intent phrases.
QTYPE_INTENTS: dict[str, str] = {
    "information": DEFAULT_INTENT,
    "causes": "Causes and Risks",
    "susceptibility": "Causes and Risks",
    "treatment": "Treatment Options",
    "dose": "Dosage and Timing",
    "dosage": "Dosage and Timing",
    "usage": "Dosage and Timing",
    "side effects": "Side Effects",
    "symptoms": "Symptoms and Signs",
    "prevention": "Prevention",
    "outlook": "Outlook",
    "prognosis": "Outlook",
    "inheritance": "Inheritance",
    "genetic changes": "Genetic Changes",
    "exams and tests": "Diagnosis and Tests",
    "complications": "Complications",
    "frequency": "How Common It Is",
    "stages": "Stages",
    "research": "Research and Trials",
    "support groups": "Support Groups",
    "considerations": "Special Considerations",
    "contraindication": "Warnings",
    "emergency or overdose": "Overdose",
    "storage and disposal": "Storage",
    "brand names": "Brand Names",
    "how does it work": "How It Works",
    "how effective is it": "How Well It Works",
    "when to see a doctor": "When to See a Doctor",
    "interactions with medications": "Interactions",
    "manufacturer": "Manufacturer and Availability",
}

# Short forms for joining two intents ("Causes and Treatment"); others stand alone.
SHORT_FORMS: dict[str, str] = {
    "Causes and Risks": "Causes",
    "Treatment Options": "Treatment",
    "Symptoms and Signs": "Symptoms",
    "Diagnosis and Tests": "Diagnosis",
    "Prevention": "Prevention",
    "Outlook": "Outlook",
    "Complications": "Complications",
    "Inheritance": "Inheritance",
}


def intents_in(text: str) -> list[str]:
    """Intent phrases found in ``text``, ordered by where they first appear (on a tie,
    by their order in :data:`INTENT_PATTERNS`, the more specific first).

    Safety in pregnancy comes first when asked: it is what such a question is about.
    """
    lowered = normalize_for_intents(text)
    found: list[tuple[int, int, str]] = []
    for rank, (pattern, phrase) in enumerate(INTENT_PATTERNS):
        match = pattern.search(lowered)
        if match:
            found.append((-1 if phrase == PREGNANCY else match.start(), rank, phrase))
    return [phrase for _, _, phrase in sorted(found)]


def intent_phrase(intents: list[str]) -> str:
    """The first intent, joined with the second by " and " when both are short."""
    if not intents:
        return DEFAULT_INTENT
    if len(intents) >= 2 and intents[0] in SHORT_FORMS and intents[1] in SHORT_FORMS:
        joined = f"{SHORT_FORMS[intents[0]]} and {SHORT_FORMS[intents[1]]}"
        if len(joined) <= MAX_JOINED:
            return joined
    return intents[0]
