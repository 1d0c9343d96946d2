"""Red-flag rules for allergy, infection and the young: anaphylaxis, meningitis, pregnancy
emergencies and fever in young babies.

See :mod:`askmed_engine.safety_rules_base` for how a rule reads.
"""

from __future__ import annotations

from askmed_engine.safety_rules_base import Rule, rule

RULES: tuple[Rule, ...] = (
    # anaphylaxis: throat closing, tongue swelling
    rule(
        "anaphylaxis",
        r"throat\s+(?:is\s+|feels?\s+(?:like\s+)?(?:it'?s\s+|its\s+)?|keeps\s+|started\s+|"
        r"starting\s+(?:to\s+)?|getting\s+)?(?:clos\w*|shut\w*)|tongue\s+<W>{0,2}?(?:swell\w*|"
        r"swollen|puff\w*|blow\w*\s+up|thick\w*|too\s+big|(?:huge|big|fat|heavy)\b)|"
        r"swollen\s+tongue",
    ),
    # anaphylaxis: throat, lips or face swelling after a food, sting or drug
    rule(
        "anaphylaxis",
        r"(?:throat|lips?|face|mouth|eyes?)\s+<W>{0,4}?(?:swell\w*|swollen|puff\w*|tight\w*|"
        r"blow\w*\s+up)|swollen\s+(?:lips?|face|throat)",
        r"<ALLERGENS>|\bstung\b|sting|\bbee\b|wasp|hornet|"
        r"peanut\w*|\bnuts?\b|shellfish|shrimp|penicillin|amoxicillin|antibiotic\w*|hives|"
        r"<BREATH_TROUBLE>",
        window=200,
    ),
    # anaphylaxis: hives, a rash or itching all over, an allergic reaction or a sting, together
    # with breathing, throat, voice, heart, gut or alertness signs
    rule(
        "anaphylaxis",
        r"\bhives\b|\bwelts\b|(?:allergic|allergy)\s+reaction|\bstung\s+by|bee\s+sting|"
        r"\bate\s+(?:a\s+|some\s+)?(?:peanuts?|shellfish|shrimp|nuts)|blotch\w*|(?:itch\w*|"
        r"red|rash|swollen|swelling)\s+all\s+over|(?:whole|entire)\s+body\s+(?:is\s+)?(?:\w+\s+)?"
        r"(?:itch\w*|red|rash|swollen|blotch\w*)|(?:stings?|bites?)\s+(?:on|to)\s+<WHO>",
        r"<ALLERGY_SIGNS>",
        window=200,
    ),
    # anaphylaxis: a known allergy and an exposure, now with breathing, throat or voice signs
    rule(
        "anaphylaxis",
        r"allerg\w*",
        r"<BREATH_TROUBLE>|floppy|limp\b|heart\s+(?:is\s+)?(?:pounding|racing)",
        r"\bate\b|eat\w*|accidentally|after\s+(?:eating|taking|the)|(?:just|was)\s+(?:given|"
        r"stung|bitten)|exposed|tried|<ALLERGENS>",
        window=200,
    ),
    # anaphylaxis: named, or an adrenaline auto-injector used
    rule(
        "anaphylaxis",
        r"anaphyla\w*|(?:used|gave|injected|had\s+to\s+use)\s+(?:\w+\s+){0,2}?(?:epi[- ]?pen|"
        r"epinephrine|auto-?injector)",
        diagnosis=True,
    ),
    # meningitis: stiff neck with fever and a rash, confusion, headache or vomiting
    rule(
        "meningitis",
        r"<STIFF_NECK>|<PHOTOPHOBIA>",
        r"<FEVER>",
        r"rash|purple|spots|blotch\w*|confus\w*|drows\w*|sleepy|hard\s+to\s+wake|light|vomit\w*|"
        r"throwing\s+up|<HEADACHE>|delirious|seizure|neck|bright",
        window=200,
    ),
    # meningitis: a stiff neck with a purple or non-fading rash, or with drowsiness or confusion
    rule(
        "meningitis",
        r"<STIFF_NECK>",
        r"purpl\w*|dark\s+red|bruise[- ]like|pin\s?prick|petechi\w*|purpura|blotch\w*|"
        r"(?:rash|spots)\s+"
        r"<W>{0,4}?(?:fade|blanch)|drows\w*|confus\w*|delirious|hard\s+to\s+(?:wake|rouse)|"
        r"(?:very|really|so|unusually|extremely)\s+sleepy|floppy|letharg\w*|not\s+making\s+sense",
        window=200,
    ),
    # meningitis: a purple or bruise-like rash spreading, with a very unwell child or adult
    rule(
        "meningitis",
        r"(?:purpl\w*|dark\s+red|bruise[- ]like|pin\s?prick)\s+(?:\w+\s+)?(?:rash|spots|"
        r"blotch\w*|dots|"
        r"marks)|petechia\w*|purpura",
        r"spread\w*|drows\w*|confus\w*|floppy|letharg\w*|cold\s+(?:hands|feet)|<STIFF_NECK>|"
        r"<PHOTOPHOBIA>|hard\s+to\s+wake|(?:very|really|so)\s+(?:sleepy|unwell|ill|sick)",
        window=200,
    ),
    # meningitis: a rash that doesn't fade under a glass
    rule(
        "meningitis",
        r"(?:rash|spots|blotches|dots)\s+<W>{0,4}?(?:do(?:es)?\s*n'?t|do(?:es)?\s+not|won'?t|"
        r"not)\s+(?:fade|blanch|disappear|go\s+away)\s+<W>{0,3}?(?:press\w*|glass|push\w*)|(?:non|"
        r"not)[- ]?blanching|glass\s+test|(?:rash|spots|blotches|dots|marks)\s+<W>{0,4}?(?:stays?|"
        r"still\s+(?:visible|there|shows?)|remains?|doesn'?t\s+change)\s+(?:\w+\s+){0,4}?(?:press\w*|"
        r"glass|push\w*|tumbler)|still\s+see\s+(?:\w+\s+){0,2}?(?:through|under)\s+(?:the\s+|a\s+)?"
        r"(?:glass|tumbler)",
    ),
    # meningitis: spots that don't fade, with a fever
    rule(
        "meningitis",
        r"(?:rash|spots|blotches|dots|marks)\s+<W>{0,6}?(?:do(?:es)?\s*n'?t|do(?:es)?\s+not|won'?t|"
        r"not)\s+(?:fade|blanch|disappear|go\s+(?:away|white))",
        r"<FEVER>",
        window=200,
    ),
    # meningitis: a fever with a child or adult very hard to wake
    rule(
        "meningitis",
        r"(?:hard|difficult|impossible)\s+to\s+(?:wake|rouse)|(?:won'?t|can'?t|cannot)\s+(?:\w+\s+)?"
        r"(?:wake|rouse)\s+(?:him|her|them)",
        r"<FEVER>",
        window=150,
    ),
    # meningitis: a purple rash with fever
    rule(
        "meningitis",
        r"(?:purpl\w*|dark\s+red|maroon|bruise[- ]like)\s+(?:\w+\s+)?(?:rash|spots|blotch\w*|dots|"
        r"marks)|petechia\w*|purpura",
        r"<FEVER>",
        window=200,
    ),
    # meningitis: a bulging soft spot in a baby
    rule(
        "meningitis",
        r"bulg\w*\s+(?:soft\s+spot|fontan\w*)|(?:soft\s+spot|fontan\w*)\s+<W>{0,6}?(?:bulg\w*|"
        r"swollen|puff\w*|raised|tense)",
    ),
    # meningitis: named (not the vaccine)
    rule(
        "meningitis",
        r"meningitis(?!\s+(?:vaccines?|shots?|jabs?|b\b|vaccinations?))",
        diagnosis=True,
    ),
    # pregnancy_emergency: heavy bleeding or clots while pregnant
    rule(
        "pregnancy_emergency",
        r"(?:heavy|heavily|a\s+lot\s+of|lots\s+of|bright\s+red|gushing|"
        r"so\s+much)\s+(?:\w+\s+)?(?:bleed\w*|blood)|bleed\w*\s+(?:\w+\s+)?(?:heavily|a\s+lot|"
        r"through|"
        r"bright\s+red)|passing\s+(?:\w+\s+){0,2}?clots|(?:soak\w*|bleed\w*)\s+(?:through\s+)?"
        r"(?:a\s+|one\s+|\d+\s+|two\s+)?(?:\w+\s+)?pads?\b|pads?\s+(?:every|each|an?)\s+"
        r"(?:1\s+|one\s+|half\s+(?:an\s+)?)?(?:hour|hr)\b|(?:hemorrhag|haemorrhag)\w*",
        r"<PREGNANT>",
        window=100_000,
    ),
    # pregnancy_emergency: severe abdominal pain while pregnant
    rule(
        "pregnancy_emergency",
        r"(?:severe|sharp|intense|excruciating|unbearable|terrible|really\s+bad|extreme|"
        r"stabbing)\s+<W>{0,2}?(?:abdominal|stomach|belly|tummy|pelvic|abdomen|cramp\w*)|"
        r"(?:severe|sharp|intense|excruciating|unbearable|stabbing|bad|terrible)\s+pain\s+(?:on|in)"
        r"\s+(?:one|my|the|her)\s+(?:(?:left|right|lower|one)\s+)?(?:side|lower\s+(?:belly|abdomen|"
        r"stomach|tummy)|pelvis|abdomen|belly)|"
        r"(?:abdominal|stomach|belly|tummy|pelvic)\s+pain\s+(?:is\s+)?(?:severe|unbearable|"
        r"really\s+bad|excruciating)|(?:belly|stomach|abdomen|tummy|uterus|womb)\s+(?:is\s+)?"
        r"(?:\w+\s+)?(?:rock\s+)?hard\s+and\s+(?:painful|tender|sore)|(?:belly|stomach|abdomen|tummy|"
        r"uterus|womb|bump)\s+(?:is\s+|feels\s+|went\s+|has\s+gone\s+)?(?:\w+\s+)?(?:(?:as\s+)?hard\s+as\s+"
        r"(?:a\s+)?(?:board|rock|wood|stone)|rock[- ]hard|rigid|board[- ]like)|"
        r"(?:constant|non[- ]?stop|continuous)\s+(?:severe\s+|bad\s+)?(?:abdominal|stomach|belly|"
        r"tummy)\s+pain|(?:shoulder[- ]tip|"
        r"tip\s+of\s+<WHO>\s+shoulder)",
        r"<PREGNANT>",
        window=100_000,
    ),
    # pregnancy_emergency: waters breaking or a gush of fluid before term
    rule(
        "pregnancy_emergency",
        r"gush\w*\s+of\s+(?:\w+\s+)?(?:fluid|water|liquid)|waters?\s+(?:just\s+|has\s+|"
        r"have\s+)?(?:broke|broken|breaking|burst)|leak\w*\s+(?:\w+\s+)?(?:fluid|amniotic)|"
        r"amniotic",
        unless=r"\b(?:3[7-9]|4[0-2])\s*(?:\+\s*\d\s*)?(?:weeks?|wks?|w)\b|full[- ]term|overdue|"
        r"past\s+(?:my|her)\s+due\s+date|due\s+(?:today|yesterday|tomorrow)",
        window=100_000,
    ),
    # pregnancy_emergency: early pregnancy with fainting or dizziness and one-sided pain or
    # bleeding (a possible ectopic pregnancy)
    rule(
        "pregnancy_emergency",
        r"faint\w*|dizz\w*|passed\s+out|pass\s+out|light[- ]?headed|collaps\w*",
        r"<PREGNANT>",
        r"(?:one|left|right)\s+side|shoulder|sharp|severe|bad\s+pain|bleed\w*|spotting|cramp\w*",
        window=100_000,
    ),
    # pregnancy_emergency: contractions or labour before 37 weeks
    rule(
        "pregnancy_emergency",
        r"contractions?|labou?r\s+pains?|(?:in|going\s+into|gone\s+into)\s+labou?r|"
        r"(?:waters?|membranes?)\s+(?:\w+\s+)?(?:broke|ruptured|went|breaking|gone)|"
        r"tighten\w*\s+(?:\w+\s+){0,3}?every|(?:pains?|cramp\w*|aches?)\s+(?:\w+\s+){0,3}?(?:every|"
        r"coming\s+and\s+going)\s+(?:\w+\s+)?(?:\d+|few|couple|ten|five|two|three)|(?:leak\w*|"
        r"gush\w*|trickl\w*|dribbl\w*)\s+(?:\w+\s+){0,2}?(?:fluid|water|liquid)|(?:fluid|water|"
        r"liquid)\s+(?:\w+\s+){0,2}?(?:leak\w*|gush\w*|trickl\w*|coming\s+out|running\s+down)|"
        r"(?:pressure|pushing\s+feeling)\s+(?:\w+\s+){0,2}?(?:pelvis|vagina|down\s+there|bottom)",
        r"<PRETERM>",
        unless=r"braxton|practice\s+contractions",
        window=300,
    ),
    # pregnancy_emergency: sudden breathlessness, chest pain or a swollen leg while pregnant
    # (a clot in the lung or leg)
    rule(
        "pregnancy_emergency",
        r"short(?:ness)?\s+of\s+breath|breathless\w*|<CANT>\s+(?:\w+\s+)?<BREATHE>|chest\s+pain|"
        r"(?:one\s+|left\s+|right\s+)(?:leg|calf)\s+(?:is\s+)?(?:\w+\s+)?swollen",
        r"<PREGNANT>",
        r"sudden\w*|racing|pounding|swollen|chest|cough\w*\s+(?:up\s+)?blood|blue|faint\w*",
        window=100_000,
    ),
    # pregnancy_emergency: a fever, chills or foul discharge soon after a birth or miscarriage
    rule(
        "pregnancy_emergency",
        r"<INFANT_FEVER>|chills|shivering|rigors|foul[- ]smelling|smelly\s+discharge",
        r"<POSTPARTUM>",
        r"\b(?:days?|weeks?|a\s+week|wks?)\s+ago|yesterday|last\s+week|since|\bnow\b|\bjust\b",
        window=300,
    ),
    # pregnancy_emergency: pre-eclampsia signs while pregnant: flashing lights, blurred vision,
    # pain under the right ribs, a very high blood pressure, a fit
    rule(
        "pregnancy_emergency",
        r"seeing\s+(?:spots|stars|flash\w*|lights|sparkles)|flashing\s+lights|"
        r"(?:blurr\w*|blurry)\s+vision|vision\s+(?:is\s+)?(?:\w+\s+)?(?:blurr\w*|blurry)|"
        r"pain\s+(?:under|below|beneath)\s+(?:<WHO>\s+)?(?:right\s+)?ribs|(?:bp|blood\s+pressure)\s+"
        r"(?:\w+\s+){0,3}?(?:1[6-9]\d\s*/\s*\d{2,3}|\d{3}\s*/\s*1[1-4]\d)\b|seiz\w*|convuls\w*|"
        r"\bfit\b|eclampsia|pre-?eclampsia|hellp|(?:face|hands|fingers|eyes|eyelids|whole\s+body)\s+"
        r"(?:\w+\s+){0,4}?(?:swell\w*|swollen|puff\w*)\s+(?:\w+\s+){0,2}?(?:<SUDDEN>|overnight|"
        r"with\s+(?:a\s+)?(?:\w+\s+)?<HEADACHE>)|<SUDDEN>\s+(?:\w+\s+){0,2}?(?:swell\w*|swollen|"
        r"puff\w*)\s+(?:\w+\s+){0,2}?(?:face|hands|fingers)",
        r"<PREGNANT>",
        window=100_000,
    ),
    # pregnancy_emergency: cannot keep even water down, not peeing (severe vomiting)
    rule(
        "pregnancy_emergency",
        r"<CANT>\s+keep\s+(?:\w+\s+){0,2}?(?:anything|water|fluids?|food|liquids?|drinks?)\s+down|"
        r"(?:haven'?t|hasn'?t|not|no)\s+(?:peed|pee\w*|urinated|wee\w*)\s+(?:since|for|in)|"
        r"vomit\w*\s+(?:\w+\s+){0,3}?(?:everything|all\s+day|non[- ]?stop)",
        r"<PREGNANT>",
        window=100_000,
    ),
    # pregnancy_emergency: severe headache with vision changes (pre-eclampsia)
    rule(
        "pregnancy_emergency",
        r"(?:severe|bad|terrible|pounding|splitting|worst|intense|really\s+bad)\s+<HEADACHE>",
        r"<PREGNANT>",
        r"vision|blur\w*|seeing\s+(?:spots|stars|flash\w*|lights)|spots|flash\w*",
        window=100_000,
    ),
    # pregnancy_emergency: the baby moving less or not at all
    rule(
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
    rule("infant_fever", r"<INFANT_FEVER>", r"<INFANT_AGE>", window=300),
    # infant_fever: a baby under 3 months who is cold, won't wake or won't feed
    rule(
        "infant_fever",
        r"won'?t\s+wake|hard\s+to\s+wake|<CANT>\s+(?:\w+\s+)?wake|not\s+waking|(?:won'?t|not|"
        r"isn'?t|refus\w*|stopped)\s+(?:\w+\s+)?(?:feed\w*|eat\w*|nurs\w*|drink\w*|"
        r"breast\s?feed\w*|tak\w*\s+(?:the\s+|her\s+|his\s+)?bottle)|letharg\w*|(?:temp\w*|"
        r"thermometer|reading)\s+<W>{0,3}?3[0-5](?:\.\d)?\b|\b3[0-5]\.\d\s*(?:°|c\b|deg)|"
        r"(?:feels?|is)\s+(?:\w+\s+)?cold\s+(?:to\s+the\s+touch|and)|mottled|grunt\w*",
        r"<INFANT_AGE>",
        window=300,
    ),
    # infant_fever: a limp, floppy or unresponsive baby
    rule(
        "infant_fever",
        r"(?:baby|infant|newborn|toddler|child|son|daughter|kid|"
        r"little\s+one)\b\s+<W>{0,6}?(?:(?<!a\s)limp\b|floppy|unresponsive|"
        r"not\s+respond\w*(?!\s+to\b)|won'?t\s+wake|not\s+waking|<CANT>\s+(?:\w+\s+)?wake|"
        r"lifeless)|(?:limp|floppy|unresponsive|lifeless)\s+(?:\w+\s+)?(?:baby|infant|newborn)",
    ),
    # infant_fever: a baby under 3 months who is floppy, limp or unresponsive
    rule(
        "infant_fever",
        r"\bfloppy\b|\blimp\b|unresponsive|lifeless",
        r"<INFANT_AGE>",
        window=200,
    ),
)
