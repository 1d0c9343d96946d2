"""The red-flag rules and context cues used by :mod:`askmed_engine.safety`.

The rules live in one module per group of kinds (``safety_rules_*``), built from the
pieces in :mod:`askmed_engine.safety_rules_base`; this module joins them into
:data:`RULES` and holds the context cues (negation, mild, present, history, generic
questions, pets) that :mod:`askmed_engine.safety` checks around every match.
"""

from __future__ import annotations

import re

from askmed_engine import (
    safety_rules_acute,
    safety_rules_bleeding,
    safety_rules_cardio,
    safety_rules_family_a,
    safety_rules_family_b,
    safety_rules_harm,
    safety_rules_injury,
)
from askmed_engine.safety_rules_base import Rule

RULES: tuple[Rule, ...] = (
    *safety_rules_cardio.RULES,
    *safety_rules_harm.RULES,
    *safety_rules_bleeding.RULES,
    *safety_rules_acute.RULES,
    *safety_rules_injury.RULES,
    *safety_rules_family_a.RULES,
    *safety_rules_family_b.RULES,
)

# Negation cues: a match is void if one of these comes just before it in its clause.
NEGATION = re.compile(
    r"\b(?:no|not|never|without|denie[sd]|deny|denying|don'?t|dont|do\s+not|doesn'?t|"
    r"does\s+not|didn'?t|did\s+not|haven'?t|hasn'?t|have\s+not|has\s+not|hadn'?t|isn'?t|"
    r"aren'?t|wasn'?t|weren'?t|nor|neither|free\s+of|negative\s+for|ruled\s+out|"
    r"absence\s+of)\b"
)
# Negation cues that carry over a comma into a list ("no fever, rash or stiff neck").
LIST_NEGATION = re.compile(
    r"\b(?:no|denie[sd]|deny|denying|without|free\s+of|negative\s+for|absence\s+of|"
    r"(?:don'?t|dont|do\s+not|doesn'?t|does\s+not|didn'?t|did\s+not)\s+have|(?:haven'?t|"
    r"hasn'?t|have\s+not|has\s+not)\s+had)\b"
)
# Phrases that contain a negation word but negate nothing ("not sure", "no idea").
PSEUDO_NEGATION = re.compile(
    r"\b(?:(?:don'?t|dont|do\s+not|didn'?t|did\s+not|doesn'?t|not)\s+(?:know|care|matter|"
    r"understand|think|mean|want\s+to\s+(?:wait|bother|overreact))|not\s+(?:sure|certain|"
    r"only|just|even)|no\s+(?:idea|clue|matter|one|longer)|nobody|never\s+mind|no\s*[,!.]|"
    r"never\s+(?:had|felt|experienced|seen)\b.{0,80}?\b(?:like\s+this|before|this\s+bad))"
)
# A negation after the match: "suicidal thoughts: no", "chest pain - denied".
POST_NEGATION = re.compile(r"\s*[:?-]\s*(?:no|none|denie[sd]|negative)\b")
# Mild versions: "slight", "minor", "a little", streaks or specks of blood.
MILD = re.compile(
    r"\b(?:a\s+little|a\s+bit|bit\s+of|slight(?:ly)?|mild(?:ly)?|minor|superficial|"
    r"streak\w*|tinge\w*|specks?)\b"
)
# Present cues: the event is happening now, again or just now.
PRESENT = re.compile(
    r"\b(?:right\s+now|now|rn|currently|at\s+the\s+moment|atm|as\s+we\s+speak|as\s+i\s+"
    r"(?:type|write)|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|again|"
    r"sudden(?:ly)?|just(?!\s+(?:wanted|wondered|asked|checked|thought|tried))\s+(?:now|\w+ed|"
    r"took|had|ate|drank|swallowed|fell|hit|got|began|happened|went|woke|found)|"
    r"still(?!\s+(?:have|has|had|get|gets|hurt|hurts|ache|aches|suffer\w*|struggle\w*|"
    r"feel|feels|take|taking|deal\w*|affects?|limp\w*|walk\w*|weak|can'?t\s+(?:move|use|feel|walk|"
    r"lift)))|(?:a\s+few|\d+|few|"
    r"several|ten|twenty|thirty|an?)\s+(?:min\w*|hours?|hrs?|seconds?)\s+ago|since\s+(?:this"
    r"\s+morning|last\s+night|an\s+hour)|(?:ok|okay|safe|fine|alright)\s+to\s+wait|how\s+long\s+(?:should|do|can|must)\s+(?:i|we)\s+"
    r"wait|"
    r"wait\s+(?:and\s+see|till|until|it\s+out|for\s+(?:the\s+)?morning)|should\s+(?:i|we)\s+"
    r"(?:just\s+)?wait|is\s+(?:this|that|it)\s+(?:normal|an?\s+emergency|serious|dangerous)|this\s+(?:is|"
    r"time\s+(?:is|it'?s)|one\s+is|feels)\s+(?:\w+\s+)?(?:different|worse)|"
    r"unlike\s+(?:before|usual|(?:his|her|my)\s+usual)|worse\s+than\s+(?:ever|usual|before))\b"
)
# History cues: the event is in the past ("years ago", "in 2015", "history of").
HISTORY = re.compile(
    r"\b(?:(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|"
    r"couple(?:\s+of)?)\s+)?(?:years?|yrs?|months?|decades?)\s+(?:ago|back|earlier)|(?:in|"
    r"since|back\s+in|around)\s+(?:19|20)\d{2}|last\s+(?:year|month|spring|summer|fall|"
    r"autumn|winter)|history\s+of|hx\s+of|h/o|used\s+to|in\s+the\s+past|previous(?:ly)?|"
    r"prior|as\s+a\s+(?:child|kid|teen\w*|baby|toddler|student)|when\s+(?:i|he|she)\s+was\s+(?:a\s+|"
    r"younger|young|little|\d{1,2}|in\s+(?:high\s+school|college|university))|at\s+(?:the\s+)?age\s+"
    r"(?:of\s+)?\d{1,2}|in\s+(?:my|his|her)\s+(?:teens|twenties|20s|thirties|30s)|in\s+high\s+school|"
    r"(?:after|since|following)\s+(?:my|his|her|their)\s+(?:\w+\s+)?(?:stroke|heart\s+"
    r"attack|surgery|accident|injury|overdose|seizure)|once\s+had|survivor|survived|"
    r"recovered\s+from|(?:said|told\s+(?:us|me))\s+(?:he|she|they|it)(?:'d|\s+would)\s+be\s+"
    r"(?:fine|ok|okay)|with\s+(?:our|my|her|his|their)\s+(?:first|last|previous|older|eldest)"
    r"\b|everything\s+(?:went|turned\s+out)\s+(?:fine|ok|okay|well)|last\s+week|"
    r"(?:but|and)\s+(?:he|she|i|they|it)\s*(?:is|am|are|'s|'m|seems?)\s+"
    r"(?:fine|ok|okay|better|all\s+right|alright|back\s+to\s+normal))\b"
)
# Just before a condition name: "had a stroke", "since my heart attack".
HISTORY_BEFORE = re.compile(
    r"(?:\b(?:had|has\s+had|have\s+had|survived|suffered|recovered\s+from|diagnosed\s+with|"
    r"attempted)\s+(?:a\s+|an\s+|my\s+|his\s+|her\s+)?|\b(?:after|since|from|following|"
    r"before)\s+(?:my|his|her|their|the|a|an)\s+)(?:\w+\s+)?$"
)
# Suspicion just before "had a ...": "I think he had a heart attack" is not history.
SUSPECTED = re.compile(
    r"\b(?:think|thought|might|may|maybe|could|possibly|probably|afraid|scared|worried)\s+"
    r"(?:\w+\s+){0,3}?(?:had|has\s+had|have\s+had)\s+(?:a\s+|an\s+)?(?:\w+\s+)?$"
)
# Relatives' history: "my father had", "runs in the family", "died of".
RELATIVE_HISTORY = re.compile(
    r"\b(?:runs?\s+in\s+(?:my|the|our|his|her)\s+family|family\s+history|genetic|heredit\w*|"
    r"(?:my|his|her|our)\s+(?:late\s+)?(?:father|dad|mother|mom|mum|grand\w+|uncle|aunt|"
    r"brother|sister|cousin|parents?|relatives?|family)\s+(?:\w+\s+){0,2}?(?:had|has\s+had|"
    r"died|passed\s+away|suffered|survived|was\s+diagnosed)|(?:died|passed\s+away)\s+(?:of|from))\b"
)
# Generic questions about a topic rather than about a case.
GENERIC = re.compile(
    r"\b(?:what(?:\s+are|\s+is|'re|'s)\s+(?:the\s+|some\s+|common\s+)?(?:\w+\s+)?(?:signs?|"
    r"symptoms?|causes?|risks?|treatments?|complications|difference|chances?|odds|first\s+"
    r"aid|warning|rates?|statistics|prognosis|outlook|survival|percentage)|what\s+causes|"
    r"what\s+happens\s+(?:\w+\s+){0,4}?(?:if|when|during|after|in)|how\s+(?:do|to|should)\s+"
    r"(?:you|i|we|one)?\s*(?:do|perform|give|carry\s+out)\s+(?:cpr|back\s+blows|(?:the\s+)?"
    r"heimlich|chest\s+compressions|abdominal\s+thrusts|first\s+aid)|what\s+(?:(?:early|warning|"
    r"danger)\s+)?(?:signs?|symptoms?)\s+(?:of|should|to|do|does|are|is)|(?:should|to|do)\s+"
    r"(?:i\s+|we\s+|you\s+)?(?:watch|look)\s+(?:out\s+)?for|what\s+(?:\w+\s+){0,2}?(?:counts?|"
    r"is\s+considered|qualifies)\s+as|what\s+(?:to|"
    r"should\s+(?:you|one|people|someone))\s+do\s+(?:if|when|for|in)|how\s+(?:is|are|do\s+"
    r"(?:you|they|doctors|i|we)|does\s+(?:one|a\s+doctor)|to|can\s+(?:you|i|we))\s+(?:\w+\s+)"
    r"{0,4}?(?:treat\w*|diagnos\w*|prevent\w*|manag\w*|cured?|recogni[sz]\w*|tell|know|spot|"
    r"identify|test\w*|avoid\w*|reduce|spread\w*|transmit\w*|caught|inherited|passed\s+on)|(?:is|are)\s+(?:\w+\s+){1,3}?(?:contagious|hereditary|genetic|inherited)|(?:can|could|does|do|will|would|may|might)\s+(?:\w+"
    r"\s+){1,4}?(?:cause|lead\s+to|trigger|result\s+in|increase\s+(?:the\s+|my\s+)?risk|mean|"
    r"indicate|signal|(?:make\s+(?:you|someone|one|people|me)\s+)?(?:feel|look|seem)\s+like|mimic|be\s+(?:mistaken|confused)\s+(?:for|with))|"
    r"what\s+(?:does|do)\s+(?:\S+\s+){1,7}?(?:look|feel|mean)\b|"
    r"(?:can|could)\s+(?:you|one|a\s+person|someone|somebody|people|kids|children|a\s+child|"
    r"adults)\s+(?:\w+\s+)?(?:overdose|od|die\s+(?:from|of)|catch|develop|survive|recover)\b|"
    r"how\s+(?:long|soon|quickly|fast)\s+(?:after|before|until|does|do|can\s+(?:a|an|you|"
    r"someone|one|people))\b|protect\w*\s+(?:\w+\s+)?against|(?:which|what)\s+vaccin\w*|"
    r"vaccin\w*\s+(?:for|against)|"
    r"(?:risk|chances?|odds|likelihood)\s+of|prevent\w*|(?:if|when)\s+(?:someone|somebody|a"
    r"\s+person|people|a\s+child|a\s+baby|one|ever)|(?:if|when)\s+you\b(?!\s+(?:press|push|"
    r"touch|put|roll|hold|look|lift|bend|move))|if\s+(?:my|our|his|her|the|a)\s+(?:\w+\s+){0,2}?"
    r"(?:gets?|develops?|starts?|ever|were\s+to|should)\b|(?:if|when)\s+(?:i|he|she|they|we)\s+"
    r"(?:get|gets|develop|develops|ever|start|starts|were\s+to)\b|in\s+case\s+of|what\s+if|if\s+i\s+"
    r"ever|is\s+it\s+(?:safe|ok|okay|dangerous|possible|true|bad)\s+(?:to|that|for)|(?:afraid"
    r"|worried|scared|fear\w*|anxious|paranoid)\s+(?:\w+\s+){0,3}?(?:will|'ll|might|may|"
    r"could|going\s+to|gonna|someday|one\s+day)|first\s+aid|difference\s+between|"
    r"a\s+patient\s+(?:who|with|that)|definition|article|documentary|movie|novel|homework|essay|"
    r"quiz|(?:nursing|medical|first\s+aid)\s+(?:exam|school|class|course|student)|"
    r"for\s+(?:my|an?|the)\s+(?:\w+\s+)?(?:exam|class|course|lecture|presentation)|"
    r"studying\s+for)\b"
)
# Anywhere in the text, a sign that the whole question is general or coursework.
GENERIC_TEXT = re.compile(
    r"\b(?:in\s+general|generally\s+speaking|hypothetical\w*|(?:nursing|school|uni|college|"
    r"class|course|homework)\s+assignment|for\s+(?:an?|my|our)\s+assignment|(?:want|like|"
    r"wanted|trying)\s+to\s+learn|learn\s+how\s+to|(?:first\s+aid|cpr)\s+(?:course|class|"
    r"training))\b"
)
# Just before a condition name: "what is anaphylaxis", "read about meningitis".
GENERIC_BEFORE = re.compile(
    r"(?:\bwhat(?:'s|\s+is|\s+are|\s+does|\s+do)|\bdefine|meaning\s+of|about|against)\s+(?:a\s+|"
    r"an\s+|the\s+)?$"
)
# Just before any match: "what is the glass test", "what's a mini stroke".
DEFINITION_BEFORE = re.compile(
    r"(?:\bwhat(?:'s|\s+is|\s+are)|\bdefine|meaning\s+of)\s+(?:a\s+|an\s+|the\s+)?$"
)
# A pet, not a person: "my dog is having a seizure".
PET = re.compile(
    r"\b(?:my|our|the)\s+(?:dog|cat|puppy|kitten|pet|rabbit|hamster|parrot|horse)\b"
    r"(?!\s+(?:bit|scratched|attacked|jumped))"
)
