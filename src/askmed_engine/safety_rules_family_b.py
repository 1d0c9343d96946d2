"""Family rules for the heart, bleeding, pregnancy, babies, collapse and injury.

Written per family of phrasings from shared vocabulary pieces (see
:mod:`askmed_engine.safety_rules_family_a` for the idea and
:data:`askmed_engine.safety_rules_base.FRAGMENTS` for the pieces).

Families of ways people express each kind:

heart_attack
  * chest x sensation with a few words between ("rubbing her chest and says it burns")
    with a companion sign (grey, clammy, sweating, sick, spreading to neck, jaw or arm)
  * relief that fails: nitro spray or tablets that did nothing, made no difference
severe_bleeding
  * flow verbs: gushing, pouring, pumping, spurting, won't clot, keeps bleeding, soaked
    through, with a wound word or a blood thinner
pregnancy_emergency
  * N days or weeks after a birth ("10 days postpartum") with fever, shivering, foul
    discharge or a tender belly
infant_fever
  * a baby (any age under one: "3 month old", "infant, 4 months") with a fever and a sign of
    a very sick child: mottled or cold hands and feet, lethargic, floppy, hard to wake,
    fewer wet nappies, inconsolable or high-pitched crying, cracked red lips, red eyes,
    a fever for five days or more
unconscious_seizure
  * repeated seizures: "another one", "three more", "back to back", not waking in between
  * after a faint, fall or knock: came round but confused, doesn't know where he is,
    very sleepy, being sick again and again
  * implied: "can't wake him", "snoring noise and won't respond", "eyes rolled back"
severe_burn_injury
  * mechanism x sign: dived into shallow water, fell from a height, thrown, crushed, hit by
    a car or a swing, with can't move arms or legs, neck pain, tingling
  * a broken hip: leg turned outwards or shorter, can't stand or bear weight, after a fall
  * electric shock from a live wire or mains (240 V), with a burn mark, entry and exit
    wounds, chest feeling funny or a racing heart
  * a head knock with repeated vomiting or increasing sleepiness
"""

from __future__ import annotations

from askmed_engine.safety_rules_base import Rule, rule

_HEAD_KNOCK = (
    r"(?:hit|banged|bumped|struck|smacked|whacked|knocked|bashed|cracked)\s+(?:\w+\s+){0,3}?"
    r"(?:in|on|to)?\s*(?:the\s+|his\s+|her\s+|my\s+|their\s+)?head|head\s+(?:injury|knock|bump|"
    r"first)|fell\s+(?:\w+\s+){0,4}?(?:hit|banged|landed\s+on)\s+(?:\w+\s+)?head"
)

RULES: tuple[Rule, ...] = (
    # heart_attack / chest x sensation a few words apart, with a companion sign
    rule(
        "heart_attack",
        r"\b(?:chest|breast\s?bone|sternum)\b(?:\s+[\w']+){0,5}?\s+(?:burn\w*|hurt\w*|pain\w*|"
        r"ach\w*|tight\w*|squeez\w*|crush\w*|heavy|pressure)",
        r"<HEART_SIGNS>|(?:up\s+)?(?:into|to|down)\s+(?:<WHO>\s+)?(?:neck|jaw|arm|back|shoulder)|"
        r"nitro\w*|\bgtn\b",
        unless=r"heartburn|acid\s+reflux|after\s+(?:eating|a\s+meal)|chest\s+infection|cough\w*\s+"
        r"(?:a\s+lot|so\s+much|for\s+(?:days|weeks))|(?:pulled|strained)\s+(?:a\s+)?muscle|"
        r"push-?ups|bench\s+press|gym",
        window=200,
    ),
    # heart_attack / relief that fails: nitro that did nothing
    rule(
        "heart_attack",
        r"(?:nitro\w*|\bgtn\b|glyceryl\s+trinitrate|angina\s+spray)\s+(?:\w+\s+){0,6}?(?:(?:done|"
        r"did|does|doing)\s+nothing|no\s+(?:difference|change|better)|made\s+no\s+difference|"
        r"not\s+(?:helped|helping|working|worked))",
    ),
    # severe_bleeding / flow verbs with a wound or a blood thinner
    rule(
        "severe_bleeding",
        r"(?:it'?s|is|are|keeps?|still|blood\s+(?:is\s+)?)\s*(?:gushing|pouring|pumping|spurting|"
        r"pissing)|(?:won'?t|doesn'?t|will\s+not|isn'?t|not|hasn'?t)\s+(?:\w+\s+)?(?:clot\w*|stop"
        r"\s+bleeding)|(?:soaked|bled)\s+through\s+(?:\w+\s+){0,2}?(?:towels?|cloths?|bandages?|"
        r"dressings?|t-?shirt|shirt|tea\s+towels?)",
        r"cut|wound|gash|split|scalp|head|bleed\w*|blood|<BLOOD_THINNERS>|pressure|knife|glass",
        unless=r"nose\s*bleed|period|menstru\w*|gums?",
        window=200,
    ),
    # pregnancy_emergency / days or weeks after a birth, with fever or infection signs
    rule(
        "pregnancy_emergency",
        r"\b(?:\d{1,2}|<NUMBER>|a\s+few|few)\s+(?:days?|weeks?|wks?)\s+(?:postpartum|post[- ]"
        r"partum|post[- ]natal|postnatal|after\s+(?:giving\s+birth|delivery|the\s+birth|"
        r"(?:my|her|the)\s+c[- ]?section|(?:my|her)\s+(?:miscarriage|delivery|baby)))|"
        r"<POSTPARTUM>",
        r"<INFANT_FEVER>|shiver\w*|rigors|chills|foul|smell\w*\s+discharge|tender|(?:heavy|"
        r"lots\s+of)\s+bleed\w*|clots",
        r"<INFANT_FEVER>|shiver\w*|rigors|chills|foul|tender|racing|confus\w*",
        window=250,
    ),
    # infant_fever / a baby with a fever and a sign of a very sick child
    rule(
        "infant_fever",
        r"<BABY>",
        r"<INFANT_FEVER>|fever",
        r"<SICK_CHILD>",
        unless=r"(?:is|she'?s|he'?s|seems?|now)\s+(?:\w+\s+)?(?:fine|better|well|recovered|"
        r"back\s+to\s+normal)\b|last\s+(?:week|month)|contagious",
        window=250,
    ),
    # unconscious_seizure / repeated seizures, not waking in between
    rule(
        "unconscious_seizure",
        r"(?:having|had|has|started)\s+(?:another|a\s+second|a\s+2nd|more)\s*(?:one|seizure|fit|"
        r"convulsion)?\b|(?:two|three|four|five|several|[2-9])\s+(?:more|further)\s+(?:seizures|"
        r"fits|convulsions|ones|times)?|(?:hasn'?t|has\s+not|not|isn'?t|didn'?t|never)\s+"
        r"(?:\w+\s+)?(?:woken|woke|come\s+(?:round|to)|came\s+(?:round|to)|regained\s+"
        r"consciousness|recovered)\s+(?:\w+\s+)?(?:in\s+between|between\s+(?:them|seizures|fits))",
        r"seiz\w*|fit\b|fits|convuls\w*|epilep\w*|jerk\w*|shaking",
        window=200,
    ),
    # unconscious_seizure / after a faint, fall or knock: came round but confused
    rule(
        "unconscious_seizure",
        r"(?:come|came|coming)\s+(?:round|around|to)\s+(?:\w+\s+){0,3}?(?:confus\w*|doesn'?t\s+"
        r"know|does\s+not\s+know|not\s+making\s+sense|can'?t\s+remember|slurr\w*|drowsy)|"
        r"(?:doesn'?t|does\s+not|didn'?t)\s+(?:know|recogni[sz]e)\s+(?:where\s+(?:he|she|they)\s+"
        r"(?:is|are|was)|who\s+(?:i|we)\s+(?:am|are)|(?:me|us|his\s+own|her\s+own))",
        r"faint\w*|fell|fall|collaps\w*|passed\s+out|knock\w*|hit|bang\w*|seiz\w*|fit\b|"
        r"head|floor|sudden\w*",
        window=200,
    ),
    # unconscious_seizure / implied loss of consciousness
    rule(
        "unconscious_seizure",
        r"<CANT>\s+(?:\w+\s+)?wake\s+(?:him|her|them|my|the)\b|eyes\s+(?:\w+\s+)?rolled\s+back|"
        r"(?:snoring|gurgling|rattling)\s+(?:\w+\s+){0,2}?(?:noise|sound)s?\s+(?:\w+\s+){0,4}?"
        r"(?:won'?t|not|isn'?t|can'?t)\s+(?:respond|wake|answer)",
        unless=r"(?:every|each|in\s+the)\s+morning|for\s+school|alarm|teenager|lazy",
    ),
    # severe_burn_injury / mechanism with a spinal or serious sign
    rule(
        "severe_burn_injury",
        r"(?:dived|dove|diving|jumped|fell)\s+(?:head\s?first\s+)?(?:\w+\s+){0,3}?(?:into|in)\s+"
        r"(?:the\s+|a\s+)?shallow|fell\s+(?:\w+\s+){0,2}?(?:off|from|out\s+of)\s+(?:a\s+|the\s+|"
        r"his\s+|her\s+|my\s+)?(?:roof|ladder|scaffold\w*|balcony|horse|tree|window|trampoline|"
        r"wall|cliff|stairs|height|second\s+floor|first\s+floor|bunk)|thrown\s+(?:off|from)|"
        r"crushed\s+(?:by|under)|(?:hit|struck|knocked\s+(?:down|over))\s+by\s+(?:a\s+)?(?:car|"
        r"van|bus|truck|lorry|motorbike|bike|cyclist|train)",
        r"<INJURY_SIGNS>|<CANT>\s+(?:move|feel)|won'?t\s+move|(?:neck|back|spine)\s+(?:\w+\s+)?"
        r"(?:hurts?|pain)",
        window=200,
    ),
    # severe_burn_injury / a broken hip after a fall
    rule(
        "severe_burn_injury",
        r"(?:leg|foot)\s+(?:is\s+|looks\s+|seems\s+)?(?:turned|rotated|pointing|twisted|sticking)"
        r"\s+(?:out\w*|in\w*|sideways|the\s+wrong\s+way)|(?:leg|one\s+leg)\s+(?:is\s+|looks\s+)?"
        r"(?:\w+\s+)?shorter",
        r"fell|fall|tripp?\w*|slipp?\w*|<CANT>\s+(?:stand|walk|move|bear|put)|pain",
        window=200,
    ),
    # severe_burn_injury / electric shock from a live wire or mains
    rule(
        "severe_burn_injury",
        r"(?:shock|electrocut\w*|zapped)\s+(?:\w+\s+){0,3}?(?:off|from|by|on)\s+(?:a\s+|the\s+)?"
        r"(?:live|mains|bare|exposed|high[- ]voltage|power|electric\w*|\d{3}\s?v\b)|"
        r"\b(?:live|mains|bare|exposed)\s+(?:\d{3}\s?v\s+)?(?:wire|cable|socket|line)",
        r"burn\w*|mark|in\s+and\s+out|entry|exit|chest|heart|racing|palpitat\w*|funny|numb\w*|"
        r"tingl\w*|unconscious|collaps\w*|thrown|<CANT>",
        window=200,
    ),
    # severe_burn_injury / a knock to the head with repeated vomiting or growing sleepiness
    rule(
        "severe_burn_injury",
        _HEAD_KNOCK,
        r"(?:vomit\w*|threw\s+up|been\s+sick|being\s+sick|sick)\s+(?:\w+\s+)?(?:twice|three|four|"
        r"several|\d\s+times|again|repeatedly)|(?:very|so|really|getting|more\s+and\s+more|"
        r"increasingly)\s+(?:\w+\s+)?(?:sleepy|drowsy)|hard\s+to\s+wake|confus\w*",
        window=250,
    ),
)
