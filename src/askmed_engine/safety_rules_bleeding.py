"""Red-flag rules for severe bleeding: from a wound, vomited, coughed up, passed or on thinners.

See :mod:`askmed_engine.safety_rules_base` for how a rule reads.
"""

from __future__ import annotations

from askmed_engine.safety_rules_base import Rule, rule

RULES: tuple[Rule, ...] = (
    # severe_bleeding: bleeding that won't stop
    rule(
        "severe_bleeding",
        r"bleed\w*[\s,]+(?:[\w']+[\s,]+){0,6}?(?:<WONT>|can'?t|cannot)\s+(?:\w+\s+)?stop\w*|"
        r"<CANT>\s+<W>{0,2}?stop\s+(?:the\s+)?bleed\w*|(?:won'?t|will\s+not|"
        r"wont)\s+stop\s+bleed\w*|non[- ]?stop\s+bleed\w*",
    ),
    # severe_bleeding: bleeding that sprays or spurts, or goes on through pressure or a towel
    rule(
        "severe_bleeding",
        r"bleed\w*|\bblood\b",
        r"spray\w*|spurt\w*|squirt\w*|pump\w*\s+out|pulsing|press\w*\s+(?:\w+\s+){0,4}?(?:but|and)\s+"
        r"(?:it'?s\s+|its\s+)?still|(?:for|over|more\s+than|nearly|almost)\s+"
        r"(?:(?:half\s+)?an?\s+hour|hours|(?:[2-9]\d|twenty|thirty|forty|fifty)\s*(?:min\w*|mins))",
        window=100,
    ),
    # severe_bleeding: bleeding heavily, spurting, a pool of blood (not a heavy period)
    rule(
        "severe_bleeding",
        r"(?:soak\w*|bleed\w*|bled|blood\w*)\s+(?:right\s+|straight\s+|all\s+the\s+way\s+)?through\s+"
        r"(?:the\s+|a\s+|my\s+|his\s+|her\s+|every\s+|each\s+|several\s+|\d+\s+|two\s+|three\s+)?"
        r"(?:\w+\s+)?(?:towels?|bandages?|cloths?|gauze|dressings?|shirts?|t-?shirts?|clothes|"
        r"sheets?|napkins?|rags?|tissues|jeans|trousers|pants|sock)|(?:towels?|bandages?|cloths?|"
        r"gauze|dressings?|shirt|clothes|sheets?|tissues|rags?)\s+(?:is\s+|are\s+|was\s+|were\s+|"
        r"got\s+|already\s+|completely\s+|totally\s+|all\s+)*(?:soaked|soaking|drenched|"
        r"saturated|red)\s+(?:with|in|through)(?:\s+blood)?|blood[- ]soaked|(?:gone|went|going|"
        r"used)\s+through\s+(?:\d+|two|three|four|five|six|several|many|loads\s+of|a\s+(?:bunch|"
        r"pile|stack)\s+of)\s+(?:\w+\s+)?(?:towels?|bandages?|gauze(?:\s+pads)?|dressings?|cloths?|"
        r"napkins?|rags?)|(?:mouth|sink|toilet|bowl|bucket|basin|nose|throat)\s+(?:\w+\s+){0,2}?"
        r"(?:fill\w*|full)\s+(?:up\s+)?(?:of|with)\s+blood|(?:gush\w*|pour\w*|pump\w*|spray\w*|"
        r"squirt\w*)\s+(?:out\s+)?(?:\w+\s+)?blood|blood\s+(?:is\s+|keeps\s+|just\s+)?(?:running|"
        r"dripping|streaming|flowing)\s+(?:\w+\s+)?(?:down|out|everywhere)\s+(?:\w+\s+)?(?:fast|"
        r"quickly|everywhere)|blood\s+(?:just\s+)?keeps\s+(?:coming|flowing|pouring|gushing)|"
        r"(?:cut|wound|gash|laceration|artery|vein|stump)\s+(?:is\s+|keeps\s+|was\s+|just\s+)?"
        r"(?:spurt\w*|gush\w*|pump\w*|squirt\w*|pour\w*|spray\w*|pulsing)|"
        r"bleed\w*\s+(?:\w+\s+)?(?:heavily|profusely|a\s+lot(?!\s+(?:in|during|when|whenever|every|"
        r"after|easily))|like\s+crazy|everywhere|badly|"
        r"so\s+much|non[- ]?stop|out\b)|(?:heavy|profuse|massive|severe|uncontroll?\w*|"
        r"a\s+lot\s+of|so\s+much)\s+bleed\w*|(?:pool|puddle|tons)\s+of\s+blood|"
        r"blood\s+(?:is\s+|was\s+|keeps\s+)?(?:spurt\w*|gush\w*|pour\w*|pulsing|everywhere|pump\w*|"
        r"squirt\w*)|spurt\w*\s+blood|"
        r"lost\s+(?:a\s+lot\s+of|so\s+much|lots\s+of)\s+blood|"
        r"toilet\s+(?:bowl\s+)?(?:is\s+)?(?:full\s+of|filled\s+with)\s+blood",
        unless=r"\bperiods?\b|menstru\w*|\bcycle\b|pregnan\w*",
    ),
    # severe_bleeding: soaking a pad or tampon every hour
    rule(
        "severe_bleeding",
        r"(?:pads?|tampons?)\s+(?:every|each|in\s+(?:an?|one|"
        r"less\s+than\s+an?)|an?)\s+(?:1\s+|one\s+|half\s+(?:an\s+)?)?(?:hour\b|hr\b)|(?:pads?|"
        r"tampons?)\s+every\s+(?:[1-5]\d|\d)\s*(?:min\w*)",
        unless=r"every\s+(?:[2-9]|two|three|four|five|six)\s+hours|(?:a|per)\s+day",
        window=60,
    ),
    # severe_bleeding: soaking through pads quickly, or with fainting or large clots
    rule(
        "severe_bleeding",
        r"(?:soak\w*|bleed\w*|bled)\s+(?:right\s+)?(?:through\s+)?(?:a\s+|one\s+|\d+\s+|two\s+|"
        r"three\s+|my\s+|several\s+)?(?:\w+\s+)?(?:pads?|tampons?|maxi\w*)",
        r"\bhour|\bhr\b|hourly|\d+\s*min\w*|minutes|in\s+a\s+row|dizz\w*|faint\w*|light[- ]?headed|"
        r"(?:golf|tennis)\s*ball|size\s+of|pass\w*\s+out|\bpale\b",
        unless=r"every\s+(?:[2-9]|two|three|four|five|six)\s+hours|(?:a|per)\s+day",
        window=80,
    ),
    # severe_bleeding: vomiting or coughing blood, coffee-ground vomit
    rule(
        "severe_bleeding",
        r"(?:vomit\w*|throw\w*\s+up|threw\s+up|puk\w*|cough\w*(?:\s+up)?|spit\w*\s+(?:up|out)|"
        r"brought\s+up|bring\w*\s+up|retch\w*)\s+(?:\w+\s+){0,5}?blood|"
        r"(?:pee\w*|urinat\w*|wee\w*|poop\w*|pooing|stools?)\s+(?:\w+\s+)?(?:pure|solid|straight|only|"
        r"just|nothing\s+but)\s+blood|"
        r"blood\w*\s+(?:in|from)\s+<WHO>\s+(?:vomit|puke|sick)|bloody\s+vomit|coffee[- ]grounds?",
    ),
    # severe_bleeding: black, tarry stool with dizziness or fainting (not from iron pills)
    rule(
        "severe_bleeding",
        r"(?:black|tarry|tar[- ]like|maroon|bloody)\s+(?:\w+\s+)?(?:stools?|poop|poo|"
        r"bowel\s+movements?|diarrh\w*|stuff|mess|goo)|(?:stools?|poop|poo)\s+(?:is\s+|are\s+|"
        r"was\s+|were\s+|looks?\s+|has\s+been\s+|turned\s+)?(?:\w+\s+)?(?:black|tarry|like\s+tar)|"
        r"(?:poop\w*|pooping|passing|pass\w*|stools?)\s+(?:\w+\s+){0,4}?(?:blood|clots|black|tar\w*)",
        r"dizz\w*|faint\w*|light[- ]?headed|pass\w*\s+out|weak\w*|\bpale\b|collaps\w*|"
        r"short\s+of\s+breath|racing\s+heart|heart\s+(?:is\s+)?racing",
        unless=r"\biron\b|pepto|bismuth|blueberr\w*|licorice",
        window=200,
    ),
    # severe_bleeding: blood or clots in the urine with weakness, fainting or not being able to pee
    rule(
        "severe_bleeding",
        r"(?:pee\w*|urin\w*|wee\w*)\s+(?:\w+\s+){0,3}?(?:blood|clots)|blood\w*\s+(?:in\s+)?(?:\w+\s+)?"
        r"(?:urine|pee)",
        r"<CANT>\s+(?:\w+\s+){0,2}?(?:pee|urinate|wee)|dizz\w*|faint\w*|light[- ]?headed|weak\w*|"
        r"\bpale\b|pass\w*\s+out",
        window=150,
    ),
    # severe_bleeding: bleeding on a blood thinner that goes on, is heavy or makes one faint
    rule(
        "severe_bleeding",
        r"bleed\w*|nose\s?bleed\w*",
        r"<BLOOD_THINNERS>",
        r"(?:<WONT>|can'?t|cannot)\s+(?:\w+\s+)?stop|still|keeps?\s+(?:\w+\s+)?(?:going|coming)|hours|"
        r"dizz\w*|faint\w*|light[- ]?headed|a\s+lot|heav\w*|pale\b|weak\b",
        window=150,
    ),
)
