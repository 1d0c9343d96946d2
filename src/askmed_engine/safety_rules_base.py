"""The building blocks of the red-flag rules: :class:`Rule`, :func:`rule` and shared pieces.

Every pattern runs over lower-cased text with apostrophes folded to ``'``. A :class:`Rule`
fires when its pattern matches, every ``needs`` pattern matches (not negated) within
``window`` characters, and its ``unless`` pattern does not. ``diagnosis`` marks a bare
condition name ("stroke", "anaphylaxis"), which reads as history after "had a". A
``<NAME>`` inside a pattern stands for a shared piece from ``FRAGMENTS`` (``<WHO>`` is
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
    """Compile ``pattern`` with each ``<NAME>`` replaced by ``FRAGMENTS[NAME]``."""
    while _PLACEHOLDER.search(pattern):
        pattern = _PLACEHOLDER.sub(lambda m: FRAGMENTS[m[1]], pattern)
    return re.compile(pattern)


def rule(kind: str, pattern: str, *needs: str, unless: str = "", **options: object) -> Rule:
    """A :class:`Rule` with its patterns compiled (``<NAME>`` pieces filled in)."""
    return Rule(
        kind,
        _compile(pattern),
        tuple(_compile(need) for need in needs),
        _compile(unless) if unless else None,
        **options,  # type: ignore[arg-type]
    )


# Pieces shared by many rules, written ``<NAME>`` inside a pattern.
FRAGMENTS: dict[str, str] = {
    "W": r"(?:[\w']+\s+)",
    "WHO": r"(?:my|his|her|their|the|your|our)",
    "SELF": r"(?:my|him|her|them|your)sel(?:f|ves)",
    "CANT": (
        r"(?:can'?t|cannot|can\s+not|cnt|unable\s+to|could\s*n'?t|couldnt|(?:can\s+)?barely|"
        r"(?:can\s+)?hardly)"
    ),
    "WONT": r"(?:won'?t|will\s+not|wont|doesn'?t|does\s+not|isn'?t|is\s+not|hasn'?t|not)",
    "BREATHE": r"bre?a?th\w*\b",
    # Onset in a moment: "suddenly", "abruptly", "out of nowhere".
    "SUDDEN": (
        r"(?:sudden\w*|abrupt\w*|all\s+(?:of\s+)?a\s+sudden|out\s+of\s+(?:nowhere|the\s+blue)|"
        r"without\s+(?:any\s+)?warning|in\s+(?:an\s+instant|seconds))"
    ),
    "BLOOD_THINNERS": (
        r"(?:warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|"
        r"edoxaban|heparin|clopidogrel|plavix|blood\s+thinn\w*|anti-?coagul\w*)"
    ),
    "STIFF_NECK": (
        r"(?:stiff|rigid)\w*\s+neck|neck\s+(?:is\s+|was\s+|feels\s+|very\s+|so\s+|really\s+)*"
        r"(?:stiff|rigid)|<CANT>\s+(?:bend|move|touch|put)\s+<W>{0,2}?(?:neck|chin|head)|neck\s+"
        r"(?:\w+\s+)?(?:hurts?|pain|aches?)\s+(?:\w+\s+){0,2}?(?:bend\w*|mov\w*|look\w*\s+down|"
        r"touch\w*)"
    ),
    "HEADACHE": r"(?:head\s?ache|hedache|migraine)",
    # What comes with heart pain: sweating, breathlessness, nausea, fainting, a racing heart.
    "HEART_SIGNS": (
        r"sweat\w*|clammy|short(?:ness)?\s+of\s+breath|\bsob\b|breathless|<CANT>\s+(?:breath|catch)|"
        r"nause\w*|vomit\w*|throwing\s+up|threw\s+up|feel\w*\s+sick|faint\w*|dizz\w*|"
        r"pass(?:ing|ed)?\s+out|black(?:ing)?\s+out|drench\w*|"
        r"light[- ]?headed|\bpale\b|grey|gray|going\s+to\s+die|gonna\s+die|(?:sense|"
        r"feeling)\s+of\s+doom|heart\s+(?:is\s+)?(?:racing|pounding)|racing\s+heart"
    ),
    # Light hurting the eyes.
    "PHOTOPHOBIA": (
        r"(?:lights?|brightness|sun\s?light)\s+(?:is\s+|are\s+)?(?:too\s+bright|hurts?|hurting)|"
        r"<CANT>\s+(?:stand|bear|handle|tolerate)\s+(?:the\s+)?(?:light|brightness)|"
        r"sensitiv\w*\s+to\s+light|photophob\w*|<CANT>\s+(?:\w+\s+)?(?:look\s+at|open\s+(?:<WHO>\s+)?"
        r"eyes\s+in)\s+(?:the\s+)?(?:light|brightness|sun)"
    ),
    # Signs of a serious injury after a crash or a fall.
    "INJURY_SIGNS": (
        r"neck\s+(?:\w+\s+)?(?:hurts?|pain)|back\s+(?:\w+\s+)?(?:hurts?|pain)|crying\s+about\s+"
        r"(?:his|her|my)\s+(?:back|neck)|<CANT>\s+(?:move|feel)\s+(?:\w+\s+)?(?:legs?|arms?|feet|"
        r"hands?)|tingl\w*|numb\w*|bent\s+(?:the\s+)?wrong\s+way|deform\w*|bone\s+(?:\w+\s+)?"
        r"(?:sticking|poking)|(?:belly|stomach|abdomen|tummy)\s+(?:is\s+)?(?:swell\w*|swollen|"
        r"hard)|dizz\w*|faint\w*|passed\s+out|unconscious|knocked\s+out|bleed\w*\s+(?:\w+\s+)?"
        r"(?:heavily|a\s+lot|badly)|confus\w*|vomit\w*|<CANT>\s+(?:breathe|walk|stand)|"
        r"(?:at|high)\s+speed|(?:hit|landed\s+on|smashed)\s+(?:\w+\s+)?(?:his|her|my)\s+"
        r"(?:head|belly|stomach|chest|back|neck)"
    ),
    "NUMBER": r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)",
    "DRUGS": (
        r"(?:pills?|tablets?|tabs|capsules?|caps|meds|medications?|medicines?|drugs?|tylenol|"
        r"acetaminophen|paracetamol|panadol|ibuprofen|advil|motrin|aspirin|naproxen|aleve|"
        r"benadryl|xanax|valium|ativan|klonopin|benzos?|ambien|zolpidem|opioids?|oxy\w*|percocet|"
        r"vicodin|hydrocodone|morphine|fentanyl|heroin|methadone|tramadol|codeine|insulin|"
        r"metformin|lithium|antidepressants?|sertraline|zoloft|prozac|iron|vitamins?|warfarin|"
        r"seroquel|quetiapine|amitriptyline|melatonin|gabapentin|cocaine|meth|<RISKY_DRUGS>)\b"
    ),
    # Drugs that harm at two or a few times the dose (a double dose is an emergency).
    "RISKY_DRUGS": (
        r"(?:insulin|digoxin|\b\w{1,15}olol|beta[- ]?blockers?|warfarin|lithium|methotrexate|"
        r"clonidine|amlodipine|verapamil|diltiazem|glipizide|glyburide|gliclazide|glimepiride|"
        r"sulfonylureas?|colchicine|theophylline|flecainide|amiodarone|opioids?|morphine|"
        r"oxycodone|fentanyl|methadone|tramadol|carbamazepine|phenytoin|(?:blood\s+pressure|"
        r"heart|seizure|diabetes|sugar|bp)\s+(?:pills?|meds?|medications?|medicines?|tablets?))"
    ),
    "FEVER": (
        r"fever\w*|febrile|temp(?:erature)?\b|hot\s+to\s+(?:the\s+)?touch|burning\s+up|\b(?:3[89]|"
        r"4[01])(?:\.\d)?\s*(?:°|c\b|deg)|\b10[1-6](?:\.\d)?\s*(?:°|f\b|deg)"
    ),
    "BREATH_TROUBLE": (
        r"<CANT>\s+<W>?<BREATHE>|(?:trouble|difficult\w*|hard|struggl\w*)\s+(?:to\s+|"
        r"with\s+)?<BREATHE>|breathing\s+(?:trouble|difficult\w*|problems?)|wheez\w*|"
        r"short(?:ness)?\s+of\s+breath|throat|tongue|gasp\w*|faint\w*|dizz\w*|passed\s+out|"
        r"swallow\w*|hoarse|noisy\s+breath\w*|breath\w*\s+(?:is\s+)?(?:\w+\s+)?noisy|"
        r"voice\s+(?:is\s+)?(?:\w+\s+){0,2}?(?:chang\w*|hoarse|different|weird|muffled)"
    ),
    # Common triggers of a severe allergic reaction, and a recent exposure.
    "ALLERGENS": (
        r"allerg\w*|\bate\b|after\s+(?:eating|taking)|peanut\w*|\bnuts?\b|cashews?|shellfish|"
        r"shrimp|prawns?|eggs?\b|milk|sesame|penicillin|amoxicillin|antibiotic\w*|contrast|"
        r"injection|\bshot\b|vaccine|infusion"
    ),
    # Signs that an allergic reaction is more than skin deep (with hives or after a trigger).
    "ALLERGY_SIGNS": (
        r"<BREATH_TROUBLE>|cough\w*|chest\s+(?:feels\s+|is\s+|getting\s+)?tight|tight\w*\s+(?:in\s+)?"
        r"<WHO>?\s*chest|heart\s+(?:is\s+)?(?:\w+\s+)?(?:pounding|racing)|vomit\w*|throwing\s+up|"
        r"threw\s+up|floppy|limp\b|\bweak\b|letharg\w*|pale\b"
    ),
    "PREGNANT": (
        r"pregnan\w*|preggers|\b\d{1,2}\s*(?:weeks?|wks?)\s+(?:along|pregnant|pg)\b|trimester|gestation|"
        r"expecting\s+(?:a\s+baby|twins)|fetus|foetus|fetal|unborn|baby\s+bump|"
        r"(?:i'?m|i\s+am|she'?s|she\s+is|(?:wife|partner|girlfriend|fianc\w+)\s+is|now|at|"
        r"almost|nearly)\s+(?:only\s+|just\s+|almost\s+|nearly\s+)?\d{1,2}\s*(?:\+\s*\d\s*)?"
        r"(?:weeks?|wks?)\b(?!\s+(?:ago|old|later|postpartum|after))|\b(?:1[2-9]|[23]\d|4[0-2])\s*"
        r"(?:\+\s*\d\s*)?(?:weeks?|wks?)(?:\s+(?:and|with|gone)|\s*[,;(])|<POSTPARTUM>"
    ),
    # Just after a birth, a miscarriage or an abortion (the same emergencies apply).
    "POSTPARTUM": (
        r"gave\s+birth|giving\s+birth|deliver(?:ed|y)\b|postpartum|post[- ]partum|c[- ]?section|"
        r"miscarr\w*|abortion|after\s+(?:the\s+|my\s+)?birth"
    ),
    # Before 37 weeks of pregnancy (labour now is preterm).
    "PRETERM": r"\b(?:[1-9]|[12]\d|3[0-6])\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)\b",
    "INFANT_AGE": (
        r"\b(?:\d{1,2}|<NUMBER>)[- ]?days?[- ]?old|\b(?:[1-9]|1[0-2]|<NUMBER>)[- ]?(?:weeks?|"
        r"wks?)(?:[- ]?old|\s+(?:baby|son|daughter|boy|girl|infant))|\b(?:1|2|one|two|"
        r"a)[- ]?(?:months?|mos?)[- ]?old|newborn|neonate|(?:under|less\s+than|"
        r"younger\s+than)\s+(?:3|three)\s+months|(?:baby|son|daughter|"
        r"infant|lo|little\s+one|bub|bubba)\s*(?:is\s+|'s\s+)?(?:only\s+|just\s+)?\(?"
        r"(?:[1-9]|1[0-2]|<NUMBER>)\s*(?:weeks?|wks?|days?)\b|\bborn\s+(?:\w+\s+)?(?:(?:[1-9]|1[0-2]|"
        r"<NUMBER>|a\s+few|few|two|three)\s+(?:days?|weeks?|wks?)\s+ago|yesterday|last\s+week|"
        r"this\s+week)|\b(?:who\s+is|is|(?:just\s+)?turned|aged?)\s+(?:only\s+|just\s+)?(?:[1-9]|1[0-2]|"
        r"<NUMBER>)\s*(?:weeks?|wks?|days?)\b(?!\s+(?:ago|pregnant|along|later|postpartum|after|"
        r"gone|of\s+pregnancy|into|since|now\s+pregnant))|\b(?:[1-9]|1[0-2])\s*(?:w|wk|d)[- ]?o\b"
    ),
    "SITE": (
        r"(?:rectal\w*|orally|oral|under\s*(?:the\s+|his\s+|her\s+)?arm\w*|axillary|armpit|"
        r"in\s+(?:the|her|his)\s+(?:ear|bum|butt|mouth))"
    ),
    "INFANT_FEVER": (
        r"fever\w*|febrile|burning\s+(?:up|hot)|hot\s+to\s+(?:the\s+)?touch|high\s+temp\w*|(?:temp\w*|"
        r"thermometer|reading|measured|checked)\s+<W>{0,3}?(?:3[89]|4[0-2]|100\.[4-9]|"
        r"10[1-7])(?:\.\d{1,2})?\b|\b(?:3[89]|4[0-2])(?:\.\d{1,2})?\s*(?:°\s*c?|degrees?\s*c\w*|"
        r"deg\w*\s*c|c\b|<SITE>)|\b(?:100\.[4-9]|10[1-7](?:\.\d)?)\s*(?:°\s*f?|degrees?|deg\w*|"
        r"f\b|<SITE>)|(?:is|of|at|reads?|reading|showing|shows|was|hit|hits|reached|around|about|"
        r"over)\s+(?:3[89]|4[0-2])\.\d\b|feels?\s+(?:\w+\s+)?(?:hot|warm)\b|\bhot\s+and\s+"
        r"(?:sweaty|flushed|clammy)"
    ),
}

# Shared vocabulary of the family rules (``safety_rules_family_*``): each piece is a set of
# synonyms, so that a rule written as "piece x piece" matches combinations never seen before.
FRAGMENTS.update(
    {
        # Someone the asker speaks about, or the asker.
        "PERSON": (
            r"(?:he|she|they|i|it|we|him|her|them|me|baby|child|kid|toddler|son|daughter|dad|"
            r"mum|mom|husband|wife|partner|friend|grandma|grandpa|nan|nana)"
        ),
        # Getting air in: "get a proper breath in", "catch my breath", "get enough air".
        "AIR": (
            r"(?:air|oxygen|(?:a|my|his|her|their|enough|proper|full|deep|decent|any|one)\s+"
            r"(?:(?:proper|full|deep|decent|good|real)\s+)?breaths?|breath\b)"
        ),
        "AIR_VERB": r"(?:get\w*|catch\w*|draw\w*|pull\w*|suck\w*|take|taking|took|gulp\w*)",
        # Effort: "fighting for air", "struggling to breathe", "gasping".
        "EFFORT": (
            r"(?:fight\w*|struggl\w*|battl\w*|strain\w*|labou?r\w*|gasp\w*|heav\w*|working\s+"
            r"(?:really\s+|so\s+|very\s+)?hard|desperate|panting)"
        ),
        # Colour of poor oxygen: "blue", "bluish", "grey", "dusky".
        "BLUE": r"(?:blu(?:e|ish|ey)|purpl\w*|dusky|gr[ae]y(?:ish)?|cyano\w*)",
        "BLUE_PART": (
            r"(?:lips?|finger\s?tips?|fingers?|finger\s?nails?|nails?|face|tongue|mouth|toes?|"
            r"skin\s+around\s+(?:<WHO>\s+)?(?:mouth|lips))"
        ),
        # Relief inhalers and nebulisers.
        "RELIEVER": (
            r"(?:inhalers?|reliever|puffers?|pumps?|ventolin|salbutamol|albuterol|"
            r"nebuli[sz]\w*|neb\b|blue\s+inhaler|rescue\s+inhaler)"
        ),
        # Swallowing or getting into something: "drank", "took a swig", "licked", "got into".
        "INGEST": (
            r"(?:drank|drunk|drinking|swallow\w*|\bate\b|eaten|eating|lick\w*|sipp?\w*|swig\w*|"
            r"gulp\w*|chew\w*|bit\s+into|got\s+into|sucking\s+on|sucked\s+on|put\s+"
            r"(?:\w+\s+)?in\s+(?:his|her|their)\s+mouth|had\s+a\s+(?:sip|swig|mouthful|taste)|"
            r"took\s+a\s+(?:sip|swig|mouthful|gulp)|found\s+(?:him|her|them)\s+with)"
        ),
        # Household and garden poisons.
        "CHEMICALS": (
            r"(?:bleach|antifreeze|anti-freeze|coolant|vape\s+(?:\w+\s+)?(?:liquid|juice|"
            r"refill|oil)|e-?liquid|e-?juice|nicotine|button\s+batter\w*|magnets|(?:dishwasher|"
            r"laundry|washing|detergent)\s+(?:tablet|pod|capsule|liquid|powder)s?|detergent|"
            r"drain\s+(?:cleaner|unblocker)|oven\s+cleaner|toilet\s+cleaner|cleaning\s+"
            r"(?:fluid|product|spray|liquid)s?|weed\s?killer|pesticide|insecticide|rat\s+poison|"
            r"slug\s+pellets|lamp\s+oil|paraffin|kerosene|petrol|gasoline|diesel|white\s+"
            r"spirit|turps|turpentine|methanol|windscreen\s+(?:wash|fluid)|screen\s?wash|"
            r"descaler|caustic|lye|ammonia|essential\s+oil|hand\s+saniti[sz]er|mouthwash|"
            r"lighter\s+fluid|paint\s+thinner|acetone|nail\s+polish\s+remover|superglue|"
            r"dishwasher\s+(?:gel|salt)|fertili[sz]er|poison\w*|chemical\w*)"
        ),
        # Signs of poisoning or of a drug taking effect.
        "POISON_SIGNS": (
            r"(?:vomit\w*|throw\w*\s+up|threw\s+up|being\s+sick|drool\w*|dribbl\w*|foam\w*|"
            r"(?:mouth|lips|tongue)\s+(?:is\s+|are\s+|looks?\s+)?(?:red|burn\w*|blister\w*|"
            r"swollen|white)|pale|floppy|limp|drows\w*|sleepy|hard\s+to\s+wake|acting\s+"
            r"(?:drunk|strange\w*|weird\w*|odd\w*|confus\w*)|confus\w*|slurr\w*|dizz\w*|faint\w*|"
            r"(?:nearly|almost)\s+(?:faint|pass\w*\s+out|black\w*\s+out)|collaps\w*|seiz\w*|"
            r"fitting|cough\w*|chok\w*|gagg\w*|wheez\w*|breath\w*\s+(?:fast|funny|slow)|"
            r"not\s+(?:himself|herself)|racing|pounding|slow\s+(?:pulse|heart)|crying|screaming|"
            r"sweat\w*|shak\w*|trembl\w*|hallucinat\w*|blurr\w*)"
        ),
        # A baby: any age under one (not only under 3 months).
        "BABY": (
            r"(?:baby|babies|infant|newborn|bub|bubba|\b(?:\d{1,2}|<NUMBER>)[- ]?(?:months?|mos?|"
            r"weeks?|wks?|days?)[- ]?old|\b(?:[1-9]|1[01])\s*(?:m|mo|mth)\b|(?:infant|baby)\s*,?"
            r"\s*(?:aged\s+)?\d{1,2}\s*(?:months?|mos?|weeks?))"
        ),
        # A very sick baby or child: mottled, lethargic, dry, cold hands, inconsolable.
        "SICK_CHILD": (
            r"(?:mottl\w*|blotchy|marbled|letharg\w*|listless|floppy|limp|unresponsive|"
            r"(?:hard|difficult|impossible)\s+to\s+(?:wake|rouse|settle)|won'?t\s+(?:wake|"
            r"feed|settle|drink|eat|stop\s+crying)|<CANT>\s+(?:wake|settle|feed)|not\s+"
            r"(?:feeding|drinking|waking|waking\s+up|peeing)|(?:fewer|less|no|hardly\s+any|"
            r"barely\s+any|dry)\s+(?:wet\s+)?(?:nappies|diapers)|no\s+(?:wee|pee)|cold\s+"
            r"(?:hands|feet|hands\s+and\s+feet)|(?:hands|feet)\s+(?:and\s+(?:hands|feet)\s+)?"
            r"(?:are\s+|feel\s+)?(?:ice\s+|icy\s+)?cold|inconsolable|crying\s+(?:non-?stop|"
            r"constantly|for\s+hours)|non-?stop\s+crying|high[- ]pitched\s+(?:cry|scream\w*)|"
            r"grunt\w*|<BLUE>|(?:purple|non-?blanching|doesn'?t\s+fade)\s+(?:\w+\s+)?rash|bulg\w*|seiz\w*|fitting|(?:lips|tongue)\s+(?:are\s+|is\s+)?"
            r"(?:\w+\s+)?(?:cracked|red|peeling)|(?:red|bloodshot|pink)\s+eyes|eyes\s+(?:are\s+)?"
            r"(?:\w+\s+)?(?:red|bloodshot)|very\s+(?:sleepy|drowsy|unwell|poorly|ill)|"
            r"(?:[5-9]|five|six|seven)\s+days|breath\w*\s+(?:\w+\s+)?(?:fast|hard|funny))"
        ),
    }
)
