"""The red-flag rules and context cues used by :mod:`askmed_engine.safety`.

Every pattern runs over lower-cased text with apostrophes folded to ``'``. A :class:`Rule`
fires when its pattern matches, every ``needs`` pattern matches (not negated) within
``window`` characters, and its ``unless`` pattern does not. ``diagnosis`` marks a bare
condition name ("stroke", "anaphylaxis"), which reads as history after "had a". A
``<NAME>`` inside a pattern stands for a shared piece from ``_FRAGMENTS`` (``<WHO>`` is
"my|his|her|...", ``<CANT>`` is "can't|cannot|..."). Quantifiers are bounded, so that no
pattern can backtrack catastrophically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One way of describing one kind of emergency."""

    kind: str
    pattern: re.Pattern[str]
    needs: tuple[re.Pattern[str], ...] = ()
    unless: re.Pattern[str] | None = None
    window: int = 160
    diagnosis: bool = False


_PLACEHOLDER = re.compile(r"<([A-Z_]+)>")


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` with each ``<NAME>`` replaced by ``_FRAGMENTS[NAME]``."""
    while _PLACEHOLDER.search(pattern):
        pattern = _PLACEHOLDER.sub(lambda m: _FRAGMENTS[m[1]], pattern)
    return re.compile(pattern)


def _rule(kind: str, pattern: str, *needs: str, unless: str = "", **options: object) -> Rule:
    return Rule(
        kind,
        _compile(pattern),
        tuple(_compile(need) for need in needs),
        _compile(unless) if unless else None,
        **options,  # type: ignore[arg-type]
    )


# Pieces shared by many rules, written ``<NAME>`` inside a pattern.
_FRAGMENTS: dict[str, str] = {
    "W": r"(?:[\w']+\s+)",
    "WHO": r"(?:my|his|her|their|the|your|our)",
    "SELF": r"(?:my|him|her|them|your)sel(?:f|ves)",
    "CANT": (
        r"(?:can'?t|cannot|can\s+not|cnt|unable\s+to|could\s*n'?t|couldnt|(?:can\s+)?barely|"
        r"(?:can\s+)?hardly)"
    ),
    "WONT": r"(?:won'?t|will\s+not|wont|doesn'?t|does\s+not|isn'?t|is\s+not|hasn'?t|not)",
    "BREATHE": r"bre?a?th\w*\b",
    "HEADACHE": r"(?:head\s?ache|hedache|migraine)",
    "NUMBER": r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)",
    "DRUGS": (
        r"(?:pills?|tablets?|tabs|capsules?|caps|meds|medications?|medicines?|drugs?|tylenol|"
        r"acetaminophen|paracetamol|panadol|ibuprofen|advil|motrin|aspirin|naproxen|aleve|"
        r"benadryl|xanax|valium|ativan|klonopin|benzos?|ambien|zolpidem|opioids?|oxy\w*|percocet|"
        r"vicodin|hydrocodone|morphine|fentanyl|heroin|methadone|tramadol|codeine|insulin|"
        r"metformin|lithium|antidepressants?|sertraline|zoloft|prozac|iron|vitamins?|warfarin|"
        r"seroquel|quetiapine|amitriptyline|melatonin|gabapentin|cocaine|meth)\b"
    ),
    "FEVER": (
        r"fever\w*|febrile|temp(?:erature)?\b|hot\s+to\s+(?:the\s+)?touch|burning\s+up|\b(?:3[89]|"
        r"4[01])(?:\.\d)?\s*(?:°|c\b|deg)|\b10[1-6](?:\.\d)?\s*(?:°|f\b|deg)"
    ),
    "BREATH_TROUBLE": (
        r"<CANT>\s+<W>?<BREATHE>|(?:trouble|difficult\w*|hard|struggl\w*)\s+(?:to\s+|"
        r"with\s+)?<BREATHE>|breathing\s+(?:trouble|difficult\w*|problems?)|wheez\w*|"
        r"short(?:ness)?\s+of\s+breath|throat|tongue|gasp\w*|faint\w*|dizz\w*|passed\s+out|"
        r"swallow\w*"
    ),
    "PREGNANT": (
        r"pregnan\w*|preggers|\d+\s*(?:weeks?|wks?)\s+(?:along|pregnant|pg)\b|trimester|gestation|"
        r"expecting\s+(?:a\s+baby|twins)|fetus|foetus|fetal|unborn|baby\s+bump"
    ),
    "INFANT_AGE": (
        r"\b(?:\d{1,2}|<NUMBER>)[- ]?days?[- ]?old|\b(?:[1-9]|1[0-2]|<NUMBER>)[- ]?(?:weeks?|"
        r"wks?)(?:[- ]?old|\s+(?:baby|son|daughter|boy|girl|infant))|\b(?:1|2|one|two|"
        r"a)[- ]?(?:months?|mos?)[- ]?old|newborn|neonate|(?:under|less\s+than|"
        r"younger\s+than)\s+(?:3|three)\s+months|(?:baby|son|daughter|"
        r"infant)\s*(?:is\s+)?(?:only\s+)?\(?"
        r"(?:[1-9]|1[0-2]|<NUMBER>)\s*(?:weeks?|wks?|days?)\b"
    ),
    "SITE": r"(?:rectal\w*|orally|oral|under\s*arm|axillary|in\s+(?:the|her|his)\s+ear)",
    "INFANT_FEVER": (
        r"fever\w*|febrile|burning\s+up|hot\s+to\s+(?:the\s+)?touch|high\s+temp\w*|(?:temp\w*|"
        r"thermometer|reading|measured|checked)\s+<W>{0,3}?(?:3[89]|4[0-2]|100\.[4-9]|"
        r"10[1-7])(?:\.\d{1,2})?\b|\b(?:3[89]|4[0-2])(?:\.\d{1,2})?\s*(?:°\s*c?|degrees?\s*c\w*|"
        r"deg\w*\s*c|c\b|<SITE>)|\b(?:100\.[4-9]|10[1-7](?:\.\d)?)\s*(?:°\s*f?|degrees?|deg\w*|"
        r"f\b|<SITE>)"
    ),
}

RULES: tuple[Rule, ...] = (
    # heart_attack: the condition named as happening ("having a heart attack")
    _rule(
        "heart_attack",
        r"\bh(?:e|ea)?art\s*att?ac?k\w*",
        unless=r"g[ai]ve\s+(?:me|her|him|you|us|them|someone|everyone)\s+a\s+heart\s*attack",
        window=40,
        diagnosis=True,
    ),
    # heart_attack: chest pain, pressure or tightness with a warning companion
    _rule(
        "heart_attack",
        r"\bche?st\s+(?:\w+\s+)?(?:pain|pian|pains|hurts?|hurting|ache|aching|pressure|tight\w*|"
        r"heav\w*|squeez\w*|discomfort|crush\w*)|(?:pain|pressure|tightness|heaviness|squeezing|"
        r"crushing)\s+<W>{0,2}?in\s+<WHO>\s+chest",
        r"crush\w*|squeez\w*|radiat\w*|spread\w*|shoot\w*\s+(?:down|into|to)|\barms?\b|\bjaw\b|"
        r"(?:to|into|through)\s+<WHO>\s+back|"
        r"\bneck\b|shoulder|sweat\w*|clammy|short(?:ness)?\s+of\s+breath|\bsob\b|breathless|"
        r"<CANT>\s+(?:breath|catch)|nause\w*|vomit\w*|throwing\s+up|faint\w*|dizz\w*|"
        r"light[- ]?headed|\bpale\b|grey|gray|elephant",
        window=150,
    ),
    # heart_attack: chest pain described as crushing or severe, or "an elephant on my chest"
    _rule(
        "heart_attack",
        r"(?:crushing|squeezing|severe|excruciating|unbearable|intense|"
        r"worst)\s+(?:\w+\s+)?(?:chest\s+(?:pain|pressure|tightness)|pain\s+in\s+<WHO>\s+chest)|"
        r"(?:elephant|weight)\s+(?:is\s+)?(?:sitting|standing)\s+on\s+<WHO>\s+chest|"
        r"clutch\w*\s+(?:at\s+)?<WHO>\s+chest",
    ),
    # stroke: face drooping, lopsided smile
    _rule(
        "stroke",
        r"(?:face|mouth|smile|one\s+side\s+of\s+<WHO>\s+face)\s+(?:is\s+|has\s+|feels?\s+|"
        r"started\s+|suddenly\s+|seems\s+|looks\s+|went\s+|kind\s+of\s+|gone\s+|"
        r"to\s+)*(?:droop\w*|dropp\w*|sagg\w*|lopsided|crooked|uneven|paraly[sz]\w*|fallen)|"
        r"(?:droop\w*|lopsided|crooked|sagging|uneven)\s+(?:\w+\s+)?(?:face|smile|mouth)|"
        r"facial\s+droop\w*",
    ),
    # stroke: slurred, garbled speech or not being able to get words out
    _rule(
        "stroke",
        r"\bslurr?(?:ed|ing|s)?\b|sudden\w*\s+(?:trouble|difficulty|problems?)\s+(?:speaking|"
        r"talking|"
        r"understanding)|speech\s+(?:is\s+|was\s+|sounds\s+|became\s+|"
        r"suddenly\s+)*(?:garbled|jumbled|weird|strange|funny)|talk\w*\s+(?:funny|gibberish)|"
        r"<CANT>\s+(?:speak|talk)\s+(?:properly|clearly|right|normally|at\s+all)|"
        r"<CANT>\s+(?:get\s+(?:the\s+|my\s+|his\s+|her\s+)?words\s+out|find\s+(?:the\s+|"
        r"my\s+)?words)|words\s+(?:are\s+|were\s+|came\s+out\s+|coming\s+out\s+)?(?:jumbled|"
        r"garbled)",
    ),
    # stroke: one-sided weakness or numbness, when sudden or with other stroke signs
    _rule(
        "stroke",
        r"(?:weak\w*|numb\w*|tingl\w*|paraly[sz]\w*|dead|no\s+feeling|<CANT>\s+(?:move|feel|lift|"
        r"use))\s+<W>{0,4}?(?:(?:left|right|one)\s+(?:side|arm|leg|hand|half)|"
        r"side\s+of\s+<WHO>\s+(?:body|face))|(?:left|right|one)\s+side\s+(?:of\s+<WHO>\s+(?:body|"
        r"face)\s+)?(?:is\s+|went\s+|feels\s+|has\s+gone\s+|suddenly\s+|got\s+)*(?:weak|numb|"
        r"paraly\w*|dead|limp)|(?:left|right)\s+(?:arm|leg|hand|foot)\s+(?:is\s+|went\s+|feels\s+|"
        r"has\s+gone\s+|suddenly\s+|got\s+)*(?:weak|numb|paraly\w*|dead|limp)|"
        r"one[- ]sided\s+(?:weakness|numbness|paralysis)",
        r"sudden\w*|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|\bjust\b|started|began|woke\s+up|"
        r"this\s+morning|an\s+hour|minutes?\s+ago|right\s+now|\bnow\b|face|speech|slurr?\w*|"
        r"droop\w*|confus\w*|stroke|<CANT>\s+(?:walk|stand|talk|speak)",
        window=200,
    ),
    # stroke: the worst or a thunderclap headache
    _rule(
        "stroke",
        r"worst\s+(?:\w+\s+)?<HEADACHE>\s+(?:of\s+<WHO>\s+(?:\w+\s+)?life|ever|i'?ve\s+ever|"
        r"i\s+have\s+ever)|thunderclap\s+head\w*|(?:sudden\w*|explosive)\s+<W>{0,2}?(?:severe|"
        r"excruciating|intense|worst|terrible|blinding|explosive)\s+<HEADACHE>",
    ),
    # stroke: named as happening now ("I think he's having a stroke", "is this a stroke")
    _rule(
        "stroke",
        r"(?:having|think\s+<W>{0,2}?had)\s+a\s+(?:mini[- ]?)?stroke\b|(?:is|could)\s+(?:this|"
        r"it)\s+(?:be\s+)?a\s+(?:mini[- ]?)?stroke\b|mini[- ]?stroke|\btia\b",
        diagnosis=True,
    ),
    # stroke: sudden loss of vision in one eye
    _rule(
        "stroke",
        r"sudden\w*\s+<W>{0,2}?(?:loss\s+of\s+(?:vision|sight)|vision\s+loss|blind\w*|"
        r"lost\s+(?:my\s+|his\s+|her\s+)?(?:vision|sight)|<CANT>\s+see)|(?:went|gone|"
        r"going)\s+blind\s+in\s+one\s+eye",
    ),
    # breathing: cannot breathe or catch one's breath (not a blocked nose)
    _rule(
        "breathing",
        r"<CANT>\s+(?:\w+\s+)?(?:<BREATHE>|catch\s+(?:(?:my|his|her|their|a|the|your)\s+)?breath|"
        r"get\s+(?:enough\s+|any\s+)?(?:air|breath))(?!\s+(?:through|thru|out\s+of|from|"
        r"with)\s+(?:my|his|her|the|one|your)\s+(?:nose|nostril))",
        unless=r"stuffy|blocked\s+nose|congest\w*|through\s+(?:it|(?:my|his|her|the)\s+nose)",
        window=60,
    ),
    # breathing: not breathing, stopped breathing (not apnoea in sleep)
    _rule(
        "breathing",
        r"(?:\bnot|isn'?t|stopped|wasn'?t|no\s+longer)\s+<BREATHE>(?!\s+(?:\w+\s+){0,3}?(?:sleep|"
        r"night|snor|through\s+(?:my|his|her)\s+nose|exercises))",
    ),
    # breathing: trouble, struggling or gasping for breath; severe breathlessness
    _rule(
        "breathing",
        r"(?:trouble|difficult\w*|hard|struggl\w*|labou?red|fighting|gasping|"
        r"hard\s+time)\s+(?:to\s+|for\s+|with\s+|in\s+)?(?:<BREATHE>|air)(?!\s+(?:through|"
        r"thru)\s+(?:my|his|her|the)\s+nose)|\bgasp\w*|(?:severe|extreme|really\s+bad|very|"
        r"extremely|terribly)\s+(?:short(?:ness)?\s+of\s+breath|breathless\w*)|"
        r"short(?:ness)?\s+of\s+breath\s+(?:at\s+rest|while\s+resting|even\s+(?:at|"
        r"when)\s+rest\w*|sitting\s+still)",
    ),
    # breathing: lips or face turning blue
    _rule(
        "breathing",
        r"(?:lips?|face|mouth|tongue|skin)\s+<W>{0,2}?(?:turn\w*|going|gone|went|look\w*|are|is|"
        r"became|getting)\s+(?:\w+\s+)?(?:blue|bluish|purple|grey|gray)\b|(?:blue|"
        r"bluish)\s+(?:lips|face)|(?:turning|turned|gone|went)\s+blue",
    ),
    # breathing: choking, something stuck in the throat
    _rule(
        "breathing",
        r"\bchok(?:ing|es)\b(?!\s+(?:hazard|game|sensation|feeling|on\s+<WHO>\s+words))|"
        r"something\s+(?:is\s+)?stuck\s+in\s+<WHO>\s+(?:throat|windpipe|airway)",
    ),
    # suicide_self_harm: suicide named ("suicidal", not "suicide rate")
    _rule(
        "suicide_self_harm",
        r"\bsuicid\w*(?!\s+(?:rates?|prevention|awareness|squad|statistics))",
        diagnosis=True,
    ),
    # suicide_self_harm: kill myself, end my life, end it all, take my own life
    _rule(
        "suicide_self_harm",
        r"\bkill(?:ing)?\s+<SELF>|\bkms\b|\bend(?:ing)?\s+<WHO>\s+(?:own\s+)?life|"
        r"\bend\s+it\s+all|\bend(?:ing)?\s+(?:it|things)\s+(?:tonight|today|now|for\s+good)|"
        r"\btake\s+(?:my|his|her|their)\s+(?:own\s+)?life|\bunalive\w*",
    ),
    # suicide_self_harm: wanting to die or not to live, better off dead, no reason to live
    _rule(
        "suicide_self_harm",
        r"\b(?:want|wants|wanted|wanting|wanna|wish|wishing|ready)\s+(?:\w+\s+)?(?:to\s+)?(?:die|"
        r"be\s+dead)\b(?!\s+(?:my|your|his|her|their|it|the|hair)\b)|wish\s+(?:i|he|she)\s+(?:was|"
        r"were)\s+(?:dead|never\s+born)|better\s+off\s+dead|(?:no|nothing)\s+(?:reason|"
        r"point)\s+(?:to|in)\s+(?:live|living|go(?:ing)?\s+on)|(?:don'?t|do\s+not|dont|doesn'?t|"
        r"not|never)\s+want(?:s|ing)?\s+to\s+(?:live|be\s+alive|wake\s+up|exist|"
        r"be\s+here\s+any\s?more|go\s+on)",
    ),
    # suicide_self_harm: self-harm, cutting myself, wanting to hurt myself, a method
    _rule(
        "suicide_self_harm",
        r"self[- ]?harm\w*|\bcutting\s+<SELF>|\bcut\s+<SELF>\s+(?:on\s+purpose|deliberately|"
        r"again)|(?:want|wanna|urges?|going|gonna|think\w*|thoughts?|tempted|"
        r"need)\s+<W>{0,2}?(?:to\s+)?(?:hurt|harm|cut|burn)(?:ing)?\s+<SELF>|\b(?:hang|"
        r"hanging)\s+<SELF>|slit(?:ting)?\s+<WHO>\s+wrists?|jump\w*\s+off\s+(?:a|the)\s+(?:bridge|"
        r"building|roof|balcony|cliff)",
    ),
    # suicide_self_harm: "tonight is the night" or a plan, with a method or goodbye nearby
    _rule(
        "suicide_self_harm",
        r"tonight\s+(?:is|'s)\s+the\s+night|(?:have|got|made|wrote|written)\s+(?:a\s+|"
        r"my\s+)?(?:plan|note|letter)\b",
        r"plan|pills|rope|\bgun\b|goodbye|\bnote\b|\bend\b|\bdie\b|dead|\bkill|bridge|jump|"
        r"<CANT>\s+(?:do\s+this|go\s+on|take\s+it)|\bsorry\b",
        window=250,
    ),
    # overdose_poisoning: overdose, OD'd ("overdosing on netflix" does not count)
    _rule(
        "overdose_poisoning",
        r"\bover\s?dos(?:e|ed|es|ing)\b(?!\s+(?:on|amount|limit|level|threshold)\b)|"
        r"\bover\s?dos\w*\s+on\s+(?:\w+\s+){0,2}?<DRUGS>|\bo\.?d\.?'?(?:d|ed)\b",
        diagnosis=True,
    ),
    # overdose_poisoning: took a whole bottle or pack (of a drug, not of wine)
    _rule(
        "overdose_poisoning",
        r"(?:took|taken|swallowed|ate|eaten|drank|downed|popped)\s+(?:a\s+|an\s+|the\s+|his\s+|"
        r"her\s+|my\s+)?(?:whole|entire|full|half\s+(?:a|the))\s+(?:\w+\s+){0,2}?(?:bottle|"
        r"pack\w*|box|container|strip|blister|jar|sheet)s?\b(?:\s+of\s+(?:\w+\s+){0,2}?<DRUGS>|"
        r"(?!\s+of\b))|(?:took|taken|swallowed)\s+(?:all|<WHO>\s+(?:whole|"
        r"entire))\s+(?:of\s+)?(?:\w+'?s?\s+){0,3}?(?:of\s+)?(?:<WHO>\s+)?<DRUGS>",
    ),
    # overdose_poisoning: took too many pills, a handful of tablets, got into the medicine
    _rule(
        "overdose_poisoning",
        r"(?:took|taken|swallowed|ate|eaten|downed|popped|had)\s+(?:\w+\s+){0,2}?(?:too\s+many|"
        r"too\s+much|a\s+lot\s+of|lots\s+of|a\s+bunch\s+of|(?:a\s+)?handful\s+of|"
        r"way\s+too\s+many)\s+(?:of\s+)?(?:\w+\s+){0,2}?<DRUGS>|"
        r"got\s+into\s+<WHO>\s+(?:\w+\s+)?(?:pills|meds|medicine|medication|tablets)",
    ),
    # overdose_poisoning: took 20 pills, swallowed thirty tablets
    _rule(
        "overdose_poisoning",
        r"(?:took|taken|swallowed|ate|downed|popped)\s+(?:like\s+|about\s+|around\s+|over\s+|"
        r"maybe\s+|almost\s+|nearly\s+)?(?:[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
        r"a\s+hundred|dozens\s+of)\s+(?:of\s+)?(?:<WHO>\s+)?(?:(?!mg\b|mcg\b|ml\b|milligrams?\b|"
        r"units?\b|iu\b|"
        r"g\b)\w+\s+)?<DRUGS>",
    ),
    # overdose_poisoning: swallowed bleach, drank antifreeze, ate a button battery
    _rule(
        "overdose_poisoning",
        r"(?:swallow\w*|drank|drunk|drinking|ate|eaten|eating|ingest\w*|got\s+into|sipped|licked|"
        r"chew\w*)\s+(?:\w+\s+){0,3}?(?:bleach|antifreeze|drain\s+cleaner|rat\s+poison|"
        r"poison\b(?!\s+(?:ivy|oak|sumac))|pesticide|insecticide|weed\s?killer|paint\s+thinner|"
        r"lighter\s+fluid|gasoline|petrol|kerosene|lamp\s+oil|(?:detergent|laundry|dishwasher|"
        r"tide)\s+pods?|button\s+batter\w*|batter(?:y|ies)|cleaning\s+(?:product|fluid|solution|"
        r"spray)|chlorine|ammonia|\blye\b|methanol|windshield\s+(?:washer\s+)?fluid|"
        r"hand\s+sanitizer|magnets|mothballs?|nail\s+polish\s+remover|acetone|oven\s+cleaner|"
        r"toilet\s+cleaner)",
    ),
    # overdose_poisoning: carbon monoxide with an alarm or symptoms
    _rule(
        "overdose_poisoning",
        r"carbon\s+monoxide|\bco\s+(?:alarm|detector|poisoning)",
        r"alarm|detector|beep\w*|poison\w*|leak\w*|headache|dizz\w*|nause\w*|sleepy|drows\w*|"
        r"confus\w*|exposed|exposure|breath|faint\w*|passed\s+out|think|suspect|worried|"
        r"in\s+(?:the|our|my)\s+(?:house|home|room|apartment|flat|car|garage)",
    ),
    # overdose_poisoning: poisoned (not food poisoning), poison control, snake bite
    _rule(
        "overdose_poisoning",
        r"(?<!food\s)(?<!lead\s)(?<!blood\s)(?<!sun\s)\bpoison(?:ed|ing)\b|poison\s+(?:control|"
        r"cent(?:er|re)|help)|bitten\s+by\s+(?:a\s+)?(?:rattle)?snake|snake\s*bite",
    ),
    # severe_bleeding: bleeding that won't stop
    _rule(
        "severe_bleeding",
        r"bleed\w*\s+<W>{0,5}?(?:<WONT>|can'?t|cannot)\s+(?:\w+\s+)?stop\w*|"
        r"<CANT>\s+<W>{0,2}?stop\s+(?:the\s+)?bleed\w*|(?:won'?t|will\s+not|"
        r"wont)\s+stop\s+bleed\w*|non[- ]?stop\s+bleed\w*",
    ),
    # severe_bleeding: bleeding heavily, spurting, a pool of blood (not a heavy period)
    _rule(
        "severe_bleeding",
        r"bleed\w*\s+(?:\w+\s+)?(?:heavily|profusely|a\s+lot|like\s+crazy|everywhere|badly|"
        r"so\s+much|non[- ]?stop|out\b)|(?:heavy|profuse|massive|severe|uncontroll?\w*|"
        r"a\s+lot\s+of|so\s+much)\s+bleed\w*|(?:pool|puddle|tons)\s+of\s+blood|"
        r"blood\s+(?:is\s+)?(?:spurt\w*|gush\w*|pour\w*|pulsing|everywhere)|spurt\w*\s+blood|"
        r"lost\s+(?:a\s+lot\s+of|so\s+much|lots\s+of)\s+blood|"
        r"toilet\s+(?:bowl\s+)?(?:is\s+)?(?:full\s+of|filled\s+with)\s+blood",
        unless=r"\bperiods?\b|menstru\w*|\bcycle\b|pregnan\w*",
    ),
    # severe_bleeding: soaking a pad or tampon every hour
    _rule(
        "severe_bleeding",
        r"soak\w*\s+(?:through\s+)?(?:a\s+|one\s+|\d+\s+|two\s+|my\s+)?(?:\w+\s+)?(?:pads?|"
        r"tampons?|maxi\w*)|(?:pads?|tampons?)\s+(?:every|each|in\s+(?:an?|one|"
        r"less\s+than\s+an?))\s+(?:1\s+|one\s+|half\s+(?:an\s+)?)?hour\b",
        unless=r"every\s+(?:[2-9]|two|three|four|five|six)\s+hours|(?:a|per)\s+day",
        window=60,
    ),
    # severe_bleeding: vomiting or coughing blood, coffee-ground vomit
    _rule(
        "severe_bleeding",
        r"(?:vomit\w*|throw\w*\s+up|threw\s+up|puk\w*|cough\w*(?:\s+up)?)\s+(?:\w+\s+){0,2}?blood|"
        r"blood\w*\s+(?:in|from)\s+<WHO>\s+(?:vomit|puke|sick)|bloody\s+vomit|coffee[- ]grounds?",
    ),
    # severe_bleeding: black, tarry stool with dizziness or fainting (not from iron pills)
    _rule(
        "severe_bleeding",
        r"(?:black|tarry|tar[- ]like|maroon|bloody)\s+(?:\w+\s+)?(?:stools?|poop|poo|"
        r"bowel\s+movements?|diarrh\w*)|(?:stools?|poop|poo)\s+(?:is\s+|are\s+|"
        r"looks?\s+)?(?:black|tarry|like\s+tar)",
        r"dizz\w*|faint\w*|light[- ]?headed|pass\w*\s+out|weak\w*|\bpale\b|collaps\w*|"
        r"short\s+of\s+breath|racing\s+heart|heart\s+(?:is\s+)?racing",
        unless=r"\biron\b|pepto|bismuth|blueberr\w*|licorice",
        window=200,
    ),
    # anaphylaxis: throat closing, tongue swelling
    _rule(
        "anaphylaxis",
        r"throat\s+(?:is\s+|feels?\s+(?:like\s+)?(?:it'?s\s+|its\s+)?|keeps\s+|started\s+|"
        r"starting\s+(?:to\s+)?|getting\s+)?(?:clos\w*|shut\w*)|tongue\s+<W>{0,2}?(?:swell\w*|"
        r"swollen|puff\w*|blow\w*\s+up)|swollen\s+tongue",
    ),
    # anaphylaxis: throat, lips or face swelling after a food, sting or drug
    _rule(
        "anaphylaxis",
        r"(?:throat|lips?|face|mouth|eyes?)\s+<W>{0,2}?(?:swell\w*|swollen|puff\w*|tight\w*|"
        r"blow\w*\s+up)|swollen\s+(?:lips?|face|throat)",
        r"allerg\w*|\bate\b|after\s+(?:eating|taking)|\bstung\b|sting|\bbee\b|wasp|hornet|"
        r"peanut\w*|\bnuts?\b|shellfish|shrimp|penicillin|amoxicillin|antibiotic\w*|hives|"
        r"<BREATH_TROUBLE>",
        window=200,
    ),
    # anaphylaxis: hives or an allergic reaction together with breathing trouble
    _rule(
        "anaphylaxis",
        r"\bhives\b|\bwelts\b|(?:allergic|allergy)\s+reaction|\bstung\s+by|bee\s+sting|"
        r"\bate\s+(?:a\s+|some\s+)?(?:peanuts?|shellfish|shrimp|nuts)",
        r"<BREATH_TROUBLE>",
        window=200,
    ),
    # anaphylaxis: named, or an adrenaline auto-injector used
    _rule(
        "anaphylaxis",
        r"anaphyla\w*|(?:used|gave|injected|had\s+to\s+use)\s+(?:\w+\s+){0,2}?(?:epi[- ]?pen|"
        r"epinephrine|auto-?injector)",
        diagnosis=True,
    ),
    # meningitis: stiff neck with fever and a rash, confusion, headache or vomiting
    _rule(
        "meningitis",
        r"stiff\w*\s+neck|neck\s+(?:is\s+|was\s+|feels\s+|very\s+|so\s+|really\s+)*(?:stiff|"
        r"rigid)|<CANT>\s+(?:bend|move|touch)\s+<W>{0,2}?(?:neck|chin|head)",
        r"<FEVER>",
        r"rash|purple|spots|blotch\w*|confus\w*|drows\w*|sleepy|hard\s+to\s+wake|light|vomit\w*|"
        r"throwing\s+up|<HEADACHE>|delirious|seizure",
        window=200,
    ),
    # meningitis: a rash that doesn't fade under a glass
    _rule(
        "meningitis",
        r"(?:rash|spots|blotches|dots)\s+<W>{0,4}?(?:do(?:es)?\s*n'?t|do(?:es)?\s+not|won'?t|"
        r"not)\s+(?:fade|blanch|disappear|go\s+away)\s+<W>{0,3}?(?:press\w*|glass|push\w*)|(?:non|"
        r"not)[- ]?blanching|glass\s+test",
    ),
    # meningitis: a purple rash with fever
    _rule(
        "meningitis",
        r"purple\s+(?:\w+\s+)?(?:rash|spots|blotches)|petechia\w*|purpura",
        r"<FEVER>",
        window=200,
    ),
    # meningitis: a bulging soft spot in a baby
    _rule(
        "meningitis",
        r"bulg\w*\s+(?:soft\s+spot|fontan\w*)|(?:soft\s+spot|fontan\w*)\s+<W>{0,2}?(?:bulg\w*|"
        r"swollen|puff\w*|raised|tense)",
    ),
    # meningitis: named (not the vaccine)
    _rule(
        "meningitis",
        r"meningitis(?!\s+(?:vaccines?|shots?|jabs?|b\b|vaccinations?))",
        diagnosis=True,
    ),
    # pregnancy_emergency: heavy bleeding or clots while pregnant
    _rule(
        "pregnancy_emergency",
        r"(?:heavy|heavily|a\s+lot\s+of|lots\s+of|bright\s+red|gushing|"
        r"so\s+much)\s+(?:\w+\s+)?(?:bleed\w*|blood)|bleed\w*\s+(?:\w+\s+)?(?:heavily|a\s+lot)|"
        r"passing\s+(?:\w+\s+)?clots|soak\w*\s+(?:through\s+)?(?:a\s+)?pad",
        r"<PREGNANT>",
        window=100_000,
    ),
    # pregnancy_emergency: severe abdominal pain while pregnant
    _rule(
        "pregnancy_emergency",
        r"(?:severe|sharp|intense|excruciating|unbearable|terrible|really\s+bad|extreme|"
        r"stabbing)\s+<W>{0,2}?(?:abdominal|stomach|belly|tummy|pelvic|abdomen|cramp\w*)|"
        r"(?:severe|sharp|intense|excruciating|unbearable|stabbing)\s+pain\s+(?:on|in)\s+(?:one|"
        r"my|the|her)\s+(?:side|lower\s+(?:belly|abdomen|stomach|tummy)|pelvis|abdomen|belly)|"
        r"(?:abdominal|stomach|belly|tummy|pelvic)\s+pain\s+(?:is\s+)?(?:severe|unbearable|"
        r"really\s+bad|excruciating)",
        r"<PREGNANT>",
        window=100_000,
    ),
    # pregnancy_emergency: waters breaking or a gush of fluid before term
    _rule(
        "pregnancy_emergency",
        r"gush\w*\s+of\s+(?:\w+\s+)?(?:fluid|water|liquid)|waters?\s+(?:just\s+|has\s+|"
        r"have\s+)?(?:broke|broken|breaking|burst)|leak\w*\s+(?:\w+\s+)?(?:fluid|amniotic)|"
        r"amniotic",
        unless=r"\b(?:3[7-9]|4[0-2])\s*(?:\+\s*\d\s*)?(?:weeks?|wks?|w)\b|full[- ]term|overdue|"
        r"past\s+(?:my|her)\s+due\s+date|due\s+(?:today|yesterday|tomorrow)",
        window=100_000,
    ),
    # pregnancy_emergency: severe headache with vision changes (pre-eclampsia)
    _rule(
        "pregnancy_emergency",
        r"(?:severe|bad|terrible|pounding|splitting|worst|intense|really\s+bad)\s+<HEADACHE>",
        r"<PREGNANT>",
        r"vision|blur\w*|seeing\s+(?:spots|stars|flash\w*|lights)|spots|flash\w*",
        window=100_000,
    ),
    # pregnancy_emergency: the baby moving less or not at all
    _rule(
        "pregnancy_emergency",
        r"(?:baby|fetus|he|she|it)\s+<W>{0,2}?(?:not|isn'?t|hasn'?t|has\s+not|stopped|"
        r"no\s+longer)\s+(?:been\s+)?(?:mov\w*|kick\w*)|(?:less|fewer|reduced|decreased|"
        r"no)\s+(?:fetal\s+|baby\s+)?(?:movements?|kicks?)|<CANT>\s+feel\s+(?:the\s+|"
        r"my\s+)?(?:baby|him|her|it)\s+(?:mov\w*|kick\w*)|(?:haven'?t|hasn'?t|have\s+not|didn'?t|"
        r"not)\s+(?:felt|feel|noticed)\s+(?:the\s+|my\s+)?(?:baby|him|her|it|any)\s+(?:mov\w*|"
        r"kick\w*)|(?:moving|kicking)\s+(?:a\s+lot\s+|much\s+)?less",
        r"<PREGNANT>",
        window=100_000,
    ),
    # infant_fever: a fever (38 C / 100.4 F or more) in a baby under 3 months
    _rule("infant_fever", r"<INFANT_FEVER>", r"<INFANT_AGE>", window=300),
    # infant_fever: a limp, floppy or unresponsive baby
    _rule(
        "infant_fever",
        r"(?:baby|infant|newborn|toddler|child|son|daughter|kid|"
        r"little\s+one)\b\s+<W>{0,3}?(?:(?<!a\s)limp\b|floppy|unresponsive|"
        r"not\s+respond\w*(?!\s+to\b)|won'?t\s+wake|not\s+waking|<CANT>\s+(?:\w+\s+)?wake|"
        r"lifeless)|(?:limp|floppy|unresponsive|lifeless)\s+(?:\w+\s+)?(?:baby|infant|newborn)",
    ),
    # unconscious_seizure: unconscious, unresponsive, won't wake up, collapsed, no pulse
    _rule(
        "unconscious_seizure",
        r"\bunconscious\b|\bunresponsive\b|(?:won'?t|will\s+not|wont|not|isn'?t|can'?t|"
        r"cannot)\s+<W>{0,2}?(?:wake|waking|woken|respond\w*|rouse)\b(?!\s+to\s+(?:treatment|"
        r"antibiotics|meds|medication))|\b(?:just|suddenly|has|he|she|i|they|and|"
        r"then)\s+(?:just\s+|suddenly\s+)?collapsed\b(?!\s+(?:on|onto|into)\s+(?:the|my|his|"
        r"her)\s+(?:couch|sofa|bed))|cardiac\s+arrest|no\s+pulse|(?:doing|giving|started|start|"
        r"performing)\s+cpr|passed\s+out\s+and\s+(?:won'?t|isn'?t|not|hasn'?t|can'?t|still)",
    ),
    # unconscious_seizure: a seizure lasting 5 minutes or more, or one that won't stop
    _rule(
        "unconscious_seizure",
        r"(?:seiz\w*|convuls\w*|fitting|\bfits?\b|shaking|jerking)\s+<W>{0,5}?(?:for|over|"
        r"more\s+than|longer\s+than|about|almost|nearly)\s+(?:[5-9]|[1-9]\d|five|six|seven|eight|"
        r"nine|ten|fifteen|twenty|thirty)\s*\+?\s*(?:min|mins|minutes)\b|(?:still|won'?t\s+stop|"
        r"not\s+stopping|non[- ]?stop|hasn'?t\s+stopped)\s+(?:\w+\s+)?(?:seiz\w*|convuls\w*|"
        r"jerking|fitting)|seizures?\s+(?:won'?t|hasn'?t|isn'?t|is\s+not)\s+stop\w*|"
        r"(?:one\s+after\s+another|back\s+to\s+back)\s+seizures|"
        r"seizures?\s+(?:one\s+after\s+another|back\s+to\s+back)|status\s+epilepticus",
    ),
    # unconscious_seizure: a first seizure, or one happening now
    _rule(
        "unconscious_seizure",
        r"first\s+(?:ever\s+)?(?:seizure|fit|convulsion)|(?:seizure|fit|convulsion)\b.{0,60}?"
        r"never\s+had\s+(?:one|a\s+seizure|seizures|any)\s+before|never\s+had\s+a\s+(?:seizure|"
        r"fit)\s+before|(?:is|are|am|'s|'m)\s+(?:having|in)\s+(?:a\s+)?(?:seizure|fit|convulsion)|"
        r"(?:is|are|'s)\s+(?:seizing|convulsing)",
    ),
    # unconscious_seizure: a head injury with loss of consciousness or repeated vomiting
    _rule(
        "unconscious_seizure",
        r"(?:hit|banged|bumped|struck|smacked|injured|hurt)\s+(?:\w+\s+)?head|head\s+(?:injury|"
        r"trauma|wound)|concussion|fell\s+(?:\w+\s+){0,3}?(?:on|onto)\s+(?:\w+\s+)?head",
        r"pass(?:ed)?\s+out|knock\w*\s+out|lost\s+consciousness|loss\s+of\s+consciousness|"
        r"blacked?\s+out|unconscious|(?:vomit\w*|threw\s+up|"
        r"throw\w*\s+up)\s+(?:\w+\s+){0,2}?(?:times|again|repeatedly|twice)|repeated\w*\s+vomit|"
        r"keeps?\s+(?:vomit\w*|"
        r"throwing\s+up)|confus\w*|won'?t\s+wake|seizure|clear\s+fluid",
        window=200,
    ),
    # unconscious_seizure: knocked out
    _rule("unconscious_seizure", r"knocked\s+(?:out|unconscious)"),
    # severe_burn_injury: severe, deep, electrical or chemical burns; electrocution
    _rule(
        "severe_burn_injury",
        r"(?:severe|serious|bad|deep|major|large|big|huge|third[- ]degree|3rd[- ]degree|"
        r"second[- ]degree|2nd[- ]degree|full[- ]thickness|electrical|electric|chemical|"
        r"acid)\s+burns?\b|burn(?:s|ed|t)?\s+(?:over|covering|"
        r"all\s+over)\s+<WHO>\s+(?:\w+\s+)?(?:body|chest|back|face|arms?|legs?)|electrocut\w*|"
        r"electric\s+shock|(?:acid|bleach|lye|chemicals?)\s+(?:splashed|got|went|sprayed)\s+(?:in|"
        r"into|on)\s+<WHO>\s+(?:eyes?|face)|(?:splashed|sprayed)\s+(?:\w+\s+){0,2}?(?:acid|bleach|"
        r"lye|chemicals?)\s+(?:in|into|on)\s+<WHO>\s+(?:eyes?|face)|skin\s+(?:is\s+)?(?:charred|"
        r"leathery)",
    ),
    # severe_burn_injury: bone sticking out, deep wound, stabbing, gunshot
    _rule(
        "severe_burn_injury",
        r"bone\s+(?:is\s+)?(?:\w+\s+)?(?:sticking|poking|protruding|coming|jutting)\s+out|"
        r"(?:sticking|poking|protruding)\s+(?:out\s+)?(?:of|through)\s+<WHO>\s+skin|(?:open|"
        r"compound)\s+fracture|(?:can|could)\s+see\s+(?:the\s+)?bone|(?:deep|gaping)\s+(?:wound|"
        r"cut|gash|laceration)|(?:been|got|was|were)\s+(?:stabbed|shot)\b|gunshot|amputat\w*|"
        r"(?:cut|chopped|sliced)\s+off\s+<WHO>\s+(?:\w+\s+)?(?:finger|toe|hand)",
    ),
    # severe_burn_injury: a major crash, being hit by a car, a fall from a height
    _rule(
        "severe_burn_injury",
        r"(?:major|bad|serious|terrible|horrible|big|huge|head[- ]on|high[- ]speed)\s+(?:car\s+|"
        r"motorcycle\s+|scooter\s+|bike\s+|traffic\s+)?(?:crash|accident|collision|wreck)|"
        r"hit\s+by\s+(?:a\s+)?(?:car|truck|bus|motorcycle|scooter|train|vehicle)|(?:car|"
        r"motorcycle|scooter)\s+(?:rolled|flipped)|fell\s+(?:off|from)\s+(?:a\s+|the\s+)?(?:roof|"
        r"ladder|balcony|window|second\s+floor|third\s+floor|cliff)",
    ),
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
    r"\s+morning|last\s+night|an\s+hour))\b"
)
# History cues: the event is in the past ("years ago", "in 2015", "history of").
HISTORY = re.compile(
    r"\b(?:(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|"
    r"couple(?:\s+of)?)\s+)?(?:years?|yrs?|months?|decades?)\s+(?:ago|back|earlier)|(?:in|"
    r"since|back\s+in|around)\s+(?:19|20)\d{2}|last\s+(?:year|month|spring|summer|fall|"
    r"autumn|winter)|history\s+of|hx\s+of|h/o|used\s+to|in\s+the\s+past|previous(?:ly)?|"
    r"prior|as\s+a\s+(?:child|kid|teen\w*|baby)|when\s+i\s+was\s+(?:a\s+|younger|young|"
    r"little|\d)|(?:after|since|following)\s+(?:my|his|her|their)\s+(?:\w+\s+)?(?:stroke|heart\s+"
    r"attack|surgery|accident|injury|overdose|seizure)|once\s+had|survivor|survived|"
    r"recovered\s+from|(?:but|and)\s+(?:he|she|i|they|it)\s*(?:is|am|are|'s|'m|seems?)\s+"
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
    r"\b(?:what\s+(?:are|is|'re|'s)\s+(?:the\s+|some\s+|common\s+)?(?:\w+\s+)?(?:signs?|"
    r"symptoms?|causes?|risks?|treatments?|complications|difference|chances?|odds|first\s+"
    r"aid|warning)|what\s+causes|what\s+happens\s+(?:if|when|during|after)|what\s+(?:to|"
    r"should\s+(?:you|one|people|someone))\s+do\s+(?:if|when|for|in)|how\s+(?:is|are|do\s+"
    r"(?:you|they|doctors|i|we)|does\s+(?:one|a\s+doctor)|to|can\s+(?:you|i|we))\s+(?:\w+\s+)"
    r"{0,4}?(?:treat\w*|diagnos\w*|prevent\w*|manag\w*|cured?|recogni[sz]\w*|tell|know|spot|"
    r"identify|test\w*|avoid\w*|reduce)|(?:can|could|does|do|will|would|may|might)\s+(?:\w+"
    r"\s+){1,4}?(?:cause|lead\s+to|trigger|result\s+in|increase\s+(?:the\s+|my\s+)?risk|mean|"
    r"indicate|signal)|what\s+(?:does|do)\s+(?:\w+\s+){1,3}?(?:look|feel|mean)\b|"
    r"(?:risk|chances?|odds|likelihood)\s+of|prevent\w*|(?:if|when)\s+(?:someone|somebody|a"
    r"\s+person|people|a\s+child|a\s+baby|you|one|ever)|in\s+case\s+of|what\s+if|if\s+i\s+"
    r"ever|is\s+it\s+(?:safe|ok|okay|dangerous|possible|true|bad)\s+(?:to|that|for)|(?:afraid"
    r"|worried|scared|fear\w*|anxious|paranoid)\s+(?:\w+\s+){0,3}?(?:will|'ll|might|may|"
    r"could|going\s+to|gonna|someday|one\s+day)|first\s+aid|difference\s+between|"
    r"a\s+patient\s+(?:who|with|that)|definition|article|documentary|movie|novel|homework|essay|"
    r"quiz)\b"
)
# Just before a condition name: "what is anaphylaxis", "read about meningitis".
GENERIC_BEFORE = re.compile(
    r"(?:\bwhat(?:'s|\s+is|\s+are|\s+does|\s+do)|\bdefine|meaning\s+of|about)\s+(?:a\s+|an\s+|"
    r"the\s+)?$"
)
# A pet, not a person: "my dog is having a seizure".
PET = re.compile(
    r"\b(?:my|our|the)\s+(?:dog|cat|puppy|kitten|pet|rabbit|hamster|parrot|horse)\b"
    r"(?!\s+(?:bit|scratched|attacked|jumped))"
)
