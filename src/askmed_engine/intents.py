"""What a health question asks about its focus: its intents.

A question has a focus (what it is about) and one or more intents (what it asks about
the focus). Intents are named after MedQuAD's question types where possible, so that
MedQuAD's labelled questions can check the detector (:data:`QTYPE_TO_INTENT`).

Detection is rule-based: each intent has *strong* patterns (words that name the intent,
such as "side effects" or "how much should I take") and some have *weak* ones (generic
phrasing such as "what should I do" or "what is"), which count only when no strong
pattern matched. Interrogative sentences are read first; the whole text is the fallback,
so that a story told before the question does not drown the question.
"""

from __future__ import annotations

import re
import unicodedata

INTENTS: tuple[str, ...] = (
    "information",
    "causes",
    "symptoms",
    "diagnosis",
    "treatment",
    "dosage",
    "side_effects",
    "interactions",
    "contraindications",
    "prevention",
    "prognosis",
    "complications",
    "susceptibility",
    "inheritance",
    "frequency",
    "transmission",
    "when_to_see_doctor",
    "manufacturer",
    "usage",
    "storage",
    "research",
    "support",
    "diet_lifestyle",
    "other",
)

# Every qtype found in MedQuAD (grep -ho 'qtype="[^"]*"'), mapped to the closest intent.
QTYPE_TO_INTENT: dict[str, str] = {
    "information": "information",
    "other information": "information",
    "symptoms": "symptoms",
    "treatment": "treatment",
    "considerations": "treatment",  # "What to do for X ?" (self-care)
    "causes": "causes",
    "outlook": "prognosis",
    "exams and tests": "diagnosis",
    "stages": "diagnosis",  # staging is part of the work-up (cancer.gov)
    "when to contact a medical professional": "when_to_see_doctor",
    "inheritance": "inheritance",
    "genetic changes": "inheritance",
    "precautions": "contraindications",
    "contraindication": "contraindications",
    "important warning": "contraindications",
    "side effects": "side_effects",
    "severe reaction": "side_effects",
    "indication": "usage",
    "usage": "usage",
    "how effective is it": "usage",
    "how does it work": "usage",
    "prevention": "prevention",
    "why get vaccinated": "prevention",
    "brand names": "manufacturer",
    "brand names of combination products": "manufacturer",
    "dose": "dosage",
    "forget a dose": "dosage",
    "emergency or overdose": "dosage",
    "frequency": "frequency",
    "complications": "complications",
    "storage and disposal": "storage",
    "dietary": "diet_lifestyle",
    "susceptibility": "susceptibility",
    "research": "research",
    "support groups": "support",
    "how can i learn more": "support",
    "interactions with medications": "interactions",
    "interactions with herbs and supplements": "interactions",
    "interactions with foods": "interactions",
}

_WHO = r"(?:i|you|we|he|she|they|one|people|someone|my \w+)"
_MED = r"(?:medicines?|medications?|meds|drugs?|pills?|tablets?|antibiotics?|vaccines?|shots?)"
_KIDS = r"(?:kids|children|child|baby|babies|son|sons|daughters?|grandchildren|offspring)"

_STRONG: dict[str, tuple[str, ...]] = {
    "causes": (
        r"\bcaus(?:e|es|ed|ing)\b",
        r"\bwhy (?:do|does|did|am|is|are|was|were|would|could|can|has|have|my|i)\b"
        r"(?!.{0,20}\bprescribed\b)",
        r"\breasons? (?:for|why|of|behind)\b",
        r"\bwhat (?:could|can|would|might) (?:this|it|that|these|they) be\b",
        r"\bwhat (?:makes|brings on|triggers)\b|\btrigger(?:s|ed)?\b|\betiolog\w*",
        r"\bwhere (?:does|do|did) (?:it|this|that|they) come from\b",
    ),
    "symptoms": (
        r"\bs[iy]mpto?ms?\b|\bsympt\w*",
        r"\bsigns?\b(?! up)",
        r"\bwhat (?:does|do|would) .{1,40} (?:feel|look) like\b",
        r"\bhow (?:do|would|can|will) (?:i|you|we) (?:know|tell) (?:if|whether)\b",
        r"\bmanifestations?\b",
    ),
    "diagnosis": (
        r"\bdiagnos\w*",
        r"\b(?:tests?|testing|tested|exams?|examinations?|screen(?:ing)?s?)\b",
        r"\b(?:mri|ct scan|x-?rays?|ultrasound|biopsy|blood ?work|scans?)\b",
        r"\bhow (?:do|can|would|will) (?:i|you|we|they|doctors?) (?:know|tell|find out|detect)\b",
        r"\bdetect\w*|\bstag(?:e|es|ing)\b|\b(?:my|the|test|lab) results?\b",
    ),
    "treatment": (
        r"\btreat\w*|\btreatmant\w*",
        r"\bcur(?:e|es|ed|ing|able)\b|\btherap\w*|\bremed(?:y|ies)\b|\bget rid of\b",
        r"\bhow (?:do|can|should|could|to|would) (?:i |we |you |he |she )?(?:stop|fix|heal"
        r"|relieve|reduce|ease|cope with|manage|deal with|handle|control|lower|get over"
        r"|soothe|alleviate)\b",
        r"\bmanag(?:e|ement|ing)\b|\brelie(?:f|ve)\b",
        r"\b(?:what|which|any) (?:medicines?|medications?|drugs?|pills?|ointments?|creams?)\b",
        r"\b" + _MED + r" for\b|\bsurgery\b|\boperation\b",
        r"\bwhat to do (?:for|about|with|if)\b|\bwhat (?:helps|works)\b|\boptions\b",
    ),
    "dosage": (
        r"\bdos(?:e|es|age|ages|ing|is)\b|\boverdos\w*",
        r"\bhow (?:much|many)\b.{0,40}\b(?:take|taking|give|giving|mg|milligrams?|tablets?"
        r"|pills?|capsules?|units?|ml|teaspoons?|drops?)\b",
        r"\bhow often (?:should|do|can|must|may) (?:i|you|we|he|she|they) (?:take|use|give"
        r"|apply|inject)\b",
        r"\bwhen (?:should|do|can|must) (?:i|you|we|he|she) take\b",
        r"\b(?:miss|missed|forg[eo]t|forgotten|skip|skipped)\b.{0,25}\b(?:dose|pill|tablet"
        r"|shot|injection)\b",
        r"\b\d+ ?(?:mg|mcg|milligrams?|ml)\b|\bmg\b|\bstrength\b|\btoo much\b|\bmaximum\b",
        r"\b(?:once|twice|three times) (?:a|per) day\b|\btime of (?:the )?day\b",
    ),
    "side_effects": (
        r"\bside[- ]?(?:e|a)ff?ects?\b|\badverse\b|\breactions?\b",
        r"\bcan (?:the |my |this |these )?" + _MED + r" (?:cause|make)\b",
        r"\b(?:make|made|makes|making) (?:me|him|her|them) (?:feel|sick|dizzy|tired|nauseous"
        r"|sleepy|gain)\b",
    ),
    "interactions": (
        r"\binteract\w*",
        r"\b(?:take|taking|took|use|using|mix|mixing|combine|combining) .{1,40}\b(?:with|and"
        r"|together|along with|while (?:on|taking|using))\b",
        r"\b(?:with|and) (?:alcohol|beer|wine|grapefruit|coffee|caffeine|milk|dairy|food)\b",
        r"\bat the same time\b|\btogether\b",
        r"\b(?:alcohol|beer|wine|drink\w*)\b.{0,30}\bwhile (?:on|taking|using)\b",
    ),
    "contraindications": (
        r"\bcontraindicat\w*|\bprecautions?\b|\bwarnings?\b|\bsafe(?:ly|ty)?\b",
        r"\b(?:while|when|during|if|and) (?:i am |i'm |i was |she is |my wife is )?"
        r"(?:pregnan\w*|breast ?feed\w*|nursing|trying to conceive)\b",
        r"\bwho (?:should|can) ?not\b|\bshould ?(?:n't| not) (?:i |you |we )?(?:take|use|get)\b",
        r"\b(?:ok|okay|alright|fine) to (?:take|use|have|get|drink)\b",
        r"\bcan (?:i|you|he|she|we) (?:still )?(?:take|use|have) .{1,40} if (?:i|you|he|she)\b",
        r"\ballergic to\b",
    ),
    "prevention": (
        r"\bprevent\w*|\bavoid\w*|\bprophyla\w*",
        r"\b(?:reduce|lower|decrease|minimi[sz]e) (?:the |my |your |our )?(?:risk|chances?)\b",
        r"\bvaccin\w*|\bimmuni[sz]\w*|\bprotect\w*|\bcoming back\b|\brecurr\w*",
        r"\bkeep (?:it|this|them|from)\b.{0,20}\b(?:happening|getting)\b",
    ),
    "prognosis": (
        r"\boutlook\b|\bprognos\w*|\blife expectancy\b|\bsurviv\w*",
        r"\bhow long\b.{0,40}\b(?:live|last|heal|recover|go away|take|stay)\b",
        r"\bgo(?:es)? away\b|\bcurable\b|\bpermanent\w*|\bfatal\b|\bdie\b|\bdying\b|\bdeadly\b",
        r"\brecover\w*|\bget(?:ting)? better\b|\bnormal life\b|\bprogress\w*",
        r"\bwill (?:it|this|i|he|she|they) (?:ever )?(?:be|get) (?:ok|okay|normal|better"
        r"|worse|cured)\b",
    ),
    "complications": (
        r"\bcomplicat\w*|\blong[- ]term (?:effects?|damage|problems?)\b",
        r"\bwhat (?:can|could|will|would) happen\b|\bwhat happens if\b|\bif (?:left )?untreated\b",
        r"\blead to\b|\bresult in\b|\bconsequences?\b|\bdamage\b",
        r"\brisks? (?:might|could|can|will|does|do) (?:it|this|that|they) (?:pose|have|carry)\b",
    ),
    "susceptibility": (
        r"\bat (?:a |high |higher |increased )?risk\b|\brisk factors?\b|\bsusceptib\w*",
        r"\bwho (?:gets|get|is likely|are likely|can get|is more likely|develops|is affected)\b",
        r"\bmore likely to (?:get|develop|have)\b|\bprone\b|\bpredispos\w*|\blikelihood\b",
        r"\bwhat are the (?:chances|odds)\b|\bchances? (?:of|that)\b|\bodds\b",
        r"\brisks? (?:of|for) (?:getting|developing|having)\b|\brisk (?:for|to)\b",
        r"\b(?:could|can|will) i (?:get|develop|catch)\b",
    ),
    "inheritance": (
        r"\binherit\w*|\bhereditar\w*|\bgenetic\w*|\bgenes?\b|\bmutations?\b",
        r"\bruns? in (?:the |my |our )?famil\w*|\bfamily history\b",
        r"\bpass(?:ed|ing)? (?:it |this |that )?(?:on|down)\b",
        r"\b(?:my|our) " + _KIDS + r" (?:get|have|inherit|be affected|develop)\b",
        r"\bcarriers?\b|\bchromosom\w*|\bautosomal\b",
    ),
    "frequency": (
        r"\bhow (?:common|rare|frequent|prevalent)\b|\bprevalen\w*|\bincidence\b",
        r"\bhow many (?:people|cases|persons|americans|women|men|children|adults)\b",
        r"\baffected by\b|\bis (?:it|this|that) (?:common|rare)\b",
        r"\bpercent(?:age)? of (?:people|the population|americans|women|men)\b",
    ),
    "transmission": (
        r"\bcontagious\b|\binfectious\b|\bspread\w*|\btransmi\w*|\bcommunicable\b",
        r"\bcatch(?:ing)?\b|\bpass (?:it|this|that) (?:to|on to)\b|\bgive (?:it|this) to\b",
        r"\bget (?:it|this|that|infected) (?:from|by)\b|\bsexually\b",
        r"\bhow (?:do|does|did|can|could) (?:you|i|people|one|someone) (?:get|contract)\b",
    ),
    "when_to_see_doctor": (
        r"\bsee (?:a|my|the|your) (?:doctor|doc|gp|physician|specialist|dermatologist|dentist)\b",
        r"\bgo (?:to|see) (?:the |an |a )?(?:er|emergency|hospital|doctor|urgent care)\b",
        r"\bemergency\b|\bserious\w*|\burgent\w*|\b911\b",
        r"\bshould (?:i|we) (?:be )?(?:worr|concern|panic|scared|afraid)\w*|\bworr(?:y|ied)\b",
        r"\bis (?:it|this|that) (?:normal|bad|dangerous|life[- ]threatening)\b",
        r"\bshould (?:i|we) (?:go|call|see|visit|get (?:it |this )?checked)\b",
        r"\bcontact (?:a|my|your) (?:doctor|medical professional|health care provider)\b",
        r"\bmedical (?:attention|professional|help)\b|\bchecked out\b",
    ),
    "manufacturer": (
        r"\bbrand\w*|\bgeneric\w*|\bmanufactur\w*|\bwho (?:makes|made|produces|sells)\b",
        r"\bwhere (?:can|do|could|to) (?:i |you |we )?(?:buy|purchase|order|get)\b|\bbuy\b",
        r"\bmanuf\w*",
        r"\bcosts?\b|\bprices?\b|\bexpensive\b|\bshortage\b|\bdiscontinu\w*|\bin stock\b",
        r"\b(?:no longer|still|not) available\b",
        r"\bover the counter\b|\bingredients?\b|\bcompany\b",
    ),
    "usage": (
        r"\bhow (?:do|should|can|to|would) (?:i |you |we |he |she )?(?:use|take|apply|inject"
        r"|insert|administer|swallow)\b",
        r"\bhow (?:is|are|should) .{1,60} (?:be )?(?:used|taken|applied|given)\b",
        r"\bwhat (?:is|are) (?:it|this|that|these|they|\w+) (?:used )?for\b|\bused (?:for|to)\b",
        r"\bindicat\w*",
        r"\bwhat does .{1,40} do\b|\bhow does .{1,40} work\b|\bdoes (?:it|this) work\b",
        r"\bprescribed\b|\bpurpose\b|\beffective\w*|\bwork for\b",
    ),
    "storage": (
        r"\bstor(?:e|ed|ing|age)\b|\brefrigerat\w*|\bfridge\b|\bexpir\w*|\bshelf life\b",
        r"\bdispos\w*|\bthrow (?:it |them )?away\b|\broom temperature\b|\bout of date\b",
    ),
    "research": (
        r"\bresearch\w*|\bclinical trials?\b|\btrials?\b|\bstud(?:y|ies)\b|\bexperimental\b",
        r"\bnew (?:treatments?|drugs?|medicines?|therap\w*|medications?|cures?)\b",
        r"\blatest\b|\bbreakthroughs?\b|\badvances?\b|\bstem cells?\b|\bbeing done\b",
    ),
    "support": (
        r"\bsupport\b|\bresources?\b|\borgani[sz]ations?\b|\blearn more\b|\bwebsites?\b",
        r"\b(?:find|recommend) (?:a|an|the) (?:good )?(?:doctor|specialist|expert|clinic"
        r"|hospital|cent(?:er|re)|physician|surgeon)\b",
        r"\bwhere (?:can|do|could|should|to) (?:i |we |you )?(?:go|find|get (?:tested|help"
        r"|treated|a test|checked)|be tested)\b",
        r"\bwhere (?:can|do|could|should|to) .{0,25}\b(?:tested|checked|seen|treated)\b",
        r"\bhelp ?lines?\b|\bhotlines?\b|\bcounsel\w*|\bcop(?:e|ing)\b|\bliving with\b",
    ),
    "information": (
        r"^what (?:is|are) \((?:is|are)\)|\b(?:any|have|need|want|some|more|other) information\b",
        r"\bwhat (?:other )?information\b",
    ),
    "diet_lifestyle": (
        r"\bdiet\w*|\bfoods?\b|\bnutrition\w*|\bmeals?\b|\bexercis\w*|\bsports?\b",
        r"\b(?:eat|eating|drink|drinking)\b|\bwork(?:ing)? ?out\b|\blifestyle\b",
        r"\blose weight\b|\bweight loss\b|\bphysical activit\w*|\bquit smoking\b",
    ),
}

_WEAK: dict[str, tuple[str, ...]] = {
    "information": (
        r"\bwhat (?:is|are|was|were)\b|\bwhat does .{1,40} mean\b|\bmeaning of\b",
        r"\binformation\b|\binfo\b|\btell me (?:about|more)\b|\bexplain\b|\bdefin\w*",
        r"\bknow (?:more )?about\b|\bwhat (?:kind|type) of\b|\bdescribe\b|\boverview\b",
    ),
    "causes": (r"\bwhat (?:is|are) (?:this|these|it|that)\b|\bwhy\b",),
    "treatment": (
        r"\bwhat (?:can|should|could|do|must) (?:i|we|you|he|she|they) do\b",
        r"\bwhat (?:can|should|could) (?:i|we|he|she) (?:take|use)\b|\bhelp\b|\badvi[cs]e\b",
    ),
    "complications": (r"\brisks?\b",),
    "frequency": (r"\bhow often\b|\bhow many\b",),
    "usage": (r"\bcan (?:i|you|he|she|we) (?:take|use)\b",),
}

_COMPILED_STRONG = {k: re.compile("|".join(v)) for k, v in _STRONG.items()}
_COMPILED_WEAK = {k: re.compile("|".join(v)) for k, v in _WEAK.items()}

_QUESTION_START = re.compile(
    r"^(?:so |and |but |also |ok |okay |now |then |please |doctor |dr |hi |hello )*"
    r"(?:what|whats|how|why|can|could|is|are|should|does|do|did|will|would|where|who|when"
    r"|which|any|has|have|am|may|might|must|isn|aren|doesn|don|shouldn|wouldn)\b"
)
_INDIRECT = re.compile(
    r"\b(?:i (?:want|would like|need|wish|wanted) to (?:know|ask|find out|understand)"
    r"|i(?: am|'m)? wonder\w*|please (?:tell|advise|help|explain|let me know)"
    r"|can you (?:tell|explain|help)|looking for (?:information|info|advice)"
    r"|any (?:advice|suggestions?|ideas?|help|information|info)|my question is"
    r"|i (?:need|want) (?:information|info|advice))\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|(?<=\?)(?=\w)")
_CONTRACTIONS = (
    (re.compile(r"[‘’`´]"), "'"),
    (re.compile(r"\bwhat's\b"), "what is"),
    (re.compile(r"\b(\w+)n't\b"), r"\1 not"),
    (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"\bit's\b"), "it is"),
    (re.compile(r"[ \t]+"), " "),
)


def normalize_for_intents(text: str) -> str:
    """NFKC, lower case, curly quotes straightened, common contractions expanded."""
    out = unicodedata.normalize("NFKC", text).lower()
    for pattern, replacement in _CONTRACTIONS:
        out = pattern.sub(replacement, out)
    return out.strip()


def question_sentences(text: str) -> list[str]:
    """The interrogative sentences of normalised ``text``.

    A sentence is interrogative when it holds a ``?``, starts with a question word
    (what, how, why, can, is, should, ...) or asks indirectly ("I want to know ...",
    "please tell me ...").
    """
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    return [s for s in sentences if "?" in s or _QUESTION_START.match(s) or _INDIRECT.search(s)]


def _matches(text: str, table: dict[str, re.Pattern[str]]) -> set[str]:
    return {intent for intent, pattern in table.items() if pattern.search(text)}


def _intents_in(text: str) -> set[str]:
    """Strong intents of ``text``; its weak ones only when no strong one matched."""
    return _matches(text, _COMPILED_STRONG) or _matches(text, _COMPILED_WEAK)


def detect_intents(text: str) -> frozenset[str]:
    """The intents a question asks about, ``{"other"}`` when nothing matches.

    The interrogative sentences (see :func:`question_sentences`) are read first; only
    when they yield nothing is the whole text read. Within a scope, weak patterns
    ("what should I do", "what is") count only when no strong pattern matched.
    """
    lowered = normalize_for_intents(text)
    asked = question_sentences(lowered)
    found = _intents_in(" \n".join(asked)) if asked else set()
    if not found:
        found = _intents_in(lowered)
    return frozenset(found or {"other"})


def intent_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two intent sets are, in [0, 1].

    With ``A = a - {"information"}`` and ``B = b - {"information"}``::

        0.5                  if a == {"other"} or b == {"other"} (or either is empty)
        1.0                  if A and B are both empty (both only "information")
        0.25                 if exactly one of A, B is empty ("what is X" vs a specific ask)
        |A & B| / |A | B|    otherwise (Jaccard)

    "other" means "not detected" and stays neutral; "information" (a general "what is
    X") is compatible with every specific ask, but only weakly.
    """
    if not a or not b or a == {"other"} or b == {"other"}:
        return 0.5
    specific_a, specific_b = a - {"information"}, b - {"information"}
    if not specific_a and not specific_b:
        return 1.0
    if not specific_a or not specific_b:
        return 0.25
    return len(specific_a & specific_b) / len(specific_a | specific_b)
