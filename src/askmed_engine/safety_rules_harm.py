"""Red-flag rules for harm: suicide and self-harm, overdose and poisoning, severe bleeding.

See :mod:`askmed_engine.safety_rules_base` for how a rule reads.
"""

from __future__ import annotations

from askmed_engine.safety_rules_base import Rule, rule

RULES: tuple[Rule, ...] = (
    # suicide_self_harm: suicide named ("suicidal", not "suicide rate")
    rule(
        "suicide_self_harm",
        r"\bsuicid\w*(?!\s+(?:rates?|prevention|awareness|squad|statistics))",
        diagnosis=True,
    ),
    # suicide_self_harm: kill myself, end my life, end it all, take my own life
    rule(
        "suicide_self_harm",
        r"\bkill(?:ing)?\s+<SELF>|\bkms\b|\bend(?:ing)?\s+<WHO>\s+(?:own\s+)?life|"
        r"\bend\s+it\s+all|\bend(?:ing)?\s+(?:it|things)\s+(?:tonight|today|now|for\s+good)|"
        r"(?:decid\w*|decision|plan\w*|going|gonna|ready)\s+to\s+end\s+(?:it|things|everything)\b|"
        r"\btake\s+(?:my|his|her|their)\s+(?:own\s+)?life|\bunalive\w*",
    ),
    # suicide_self_harm: wanting to die or not to live, better off dead, no reason to live
    rule(
        "suicide_self_harm",
        r"\b(?:want|wants|wanted|wanting|wanna|wish|wishing|ready)\s+(?:\w+\s+)?(?:to\s+)?(?:die|"
        r"be\s+dead)\b(?!\s+(?:my|your|his|her|their|it|the|hair)\b)|wish\s+(?:i|he|she)\s+(?:was|"
        r"were)\s+(?:dead|never\s+born)|better\s+off\s+dead|(?:no|nothing)\s+(?:reason|"
        r"point)\s+(?:to|in)\s+(?:live|living|go(?:ing)?\s+on)|(?:don'?t|do\s+not|dont|doesn'?t|"
        r"not|never)\s+want(?:s|ing)?\s+to\s+(?:live|be\s+alive|wake\s+up|exist|"
        r"be\s+here\s+any\s?more|go\s+on)|(?:better|happier)\s+off\s+without\s+me|"
        r"(?:won'?t|will\s+not|not\s+going\s+to)\s+be\s+(?:around|here)\s+(?:\w+\s+)?(?:longer|"
        r"any\s?more|for\s+long|much\s+longer|tomorrow)|(?:how\s+many|how\s+much)\s+(?:\w+\s+){0,4}?"
        r"(?:would|does|will|to)\s+(?:it\s+)?(?:take\s+to\s+)?(?:die|not\s+wake\s+up|kill\s+(?:me|"
        r"<SELF>|a\s+person)|never\s+wake\s+up|be\s+fatal|be\s+lethal)|"
        r"(?:lethal|fatal)\s+dose",
    ),
    # suicide_self_harm: self-harm, cutting myself, wanting to hurt myself, a method
    rule(
        "suicide_self_harm",
        r"self[- ]?harm\w*|\bcutting\s+<SELF>|\bcut\s+<SELF>\s+(?:on\s+purpose|deliberately|"
        r"again)|(?:want|wanna|urges?|going|gonna|think\w*|thoughts?|tempted|"
        r"need)\s+<W>{0,2}?(?:to\s+)?(?:hurt|harm|cut|burn)(?:ing)?\s+<SELF>|\b(?:hang|"
        r"hanging)\s+<SELF>|slit(?:ting)?\s+<WHO>\s+wrists?|jump\w*\s+(?:off|from)\s+(?:a|the|"
        r"<WHO>)\s+(?:\w+\s+)?(?:bridge|building|roof|balcony|cliff|ledge|window)|"
        r"(?:standing|sitting|up)\s+on\s+(?:the|a|<WHO>)\s+(?:\w+\s+)?(?:roof|ledge|edge\s+of|"
        r"railing|bridge)|(?:driv\w*|crash\w*|steer\w*)\s+(?:<WHO>\s+|a\s+)?car\s+(?:into|off)\s+"
        r"(?:a|the)\s+(?:wall|tree|bridge|cliff|truck|river|sea)",
    ),
    # suicide_self_harm: hurting oneself with a tool, or to cope ("burning my arms with a lighter")
    rule(
        "suicide_self_harm",
        r"(?:cut\w*|burn\w*|scratch\w*|carv\w*|hit\w*|punch\w*)\s+(?:<SELF>|<WHO>\s+(?:\w+\s+)?"
        r"(?:arms?|wrists?|thighs?|legs?|skin|stomach|body|hands?))\s+(?:with|using)\s+(?:a\s+|my\s+|the\s+)?(?:lighter|razors?|blades?|knife|cigarettes?|"
        r"scissors|matches|glass|compass)|(?:cut\w*|burn\w*|scratch\w*|hurt\w*|harm\w*|hit\w*)\s+"
        r"(?:<SELF>|<WHO>\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach))\s+(?:\w+\s+){0,4}?"
        r"(?:to\s+cope|on\s+purpose|to\s+feel|as\s+punishment|to\s+punish)",
    ),
    # suicide_self_harm: the means at hand and a farewell, stockpiled pills
    rule(
        "suicide_self_harm",
        r"(?:stockpil\w*|hoard\w*|sav\w*\s+up|collect\w*)\s+(?:\w+\s+){0,2}?<DRUGS>|"
        r"(?:goodbye|farewell|good\s+bye)\s+(?:text|message|note|letter|email|video|post|call)|"
        r"(?:gave|giving|give)\s+away\s+(?:\w+\s+){0,2}?(?:things|stuff|belongings|possessions|"
        r"cat|dog|pets?)\b",
        r"\bgun\b|pills|rope|bridge|not\s+answer\w*|isn'?t\s+answer\w*|won'?t\s+answer\w*|"
        r"goodbye|farewell|<DRUGS>|drinking|\bdie\b|dead|suicid\w*|end\s+(?:things|it)|"
        r"(?:won'?t|not)\s+be\s+around",
        window=250,
    ),
    # suicide_self_harm: "tonight is the night" or a plan, with a method or goodbye nearby
    rule(
        "suicide_self_harm",
        r"tonight\s+(?:is|'s)\s+the\s+night|(?:have|got|made|wrote|written)\s+(?:a\s+|"
        r"my\s+)?(?:plan|note|letter)\b",
        r"plan|pills|rope|\bgun\b|goodbye|\bnote\b|\bend\b|\bdie\b|dead|\bkill|bridge|jump|"
        r"<CANT>\s+(?:do\s+this|go\s+on|take\s+it)|\bsorry\b",
        window=250,
    ),
    # overdose_poisoning: overdose, OD'd ("overdosing on netflix" does not count)
    rule(
        "overdose_poisoning",
        r"\bover\s?dos(?:e|ed|es|ing)\b(?!\s+(?:on|amount|limit|level|threshold)\b)|"
        r"\bover\s?dos\w*\s+on\s+(?:\w+\s+){0,2}?<DRUGS>|\bo\.?d\.?'?(?:d|ed)\b",
        diagnosis=True,
    ),
    # overdose_poisoning: took a whole bottle or pack (of a drug, not of wine)
    rule(
        "overdose_poisoning",
        r"(?:took|taken|swallowed|ate|eaten|drank|downed|popped)\s+(?:a\s+|an\s+|the\s+|his\s+|"
        r"her\s+|my\s+)?(?:whole|entire|full|half\s+(?:a|the))\s+(?:\w+\s+){0,2}?(?:bottle|"
        r"pack\w*|box|container|strip|blister|jar|sheet)s?\b(?:\s+of\s+(?:\w+\s+){0,2}?<DRUGS>|"
        r"(?!\s+of\b))|(?:took|taken|swallowed)\s+(?:all|<WHO>\s+(?:whole|"
        r"entire))\s+(?:of\s+)?(?:\w+'?s?\s+){0,3}?(?:of\s+)?(?:<WHO>\s+)?<DRUGS>",
    ),
    # overdose_poisoning: took too many pills, a handful of tablets, got into the medicine
    rule(
        "overdose_poisoning",
        r"(?:took|taken|swallowed|ate|eaten|downed|popped|had)\s+(?:\w+\s+){0,2}?(?:too\s+many|"
        r"too\s+much|a\s+lot\s+of|lots\s+of|a\s+bunch\s+of|(?:a\s+)?handful\s+of|"
        r"way\s+too\s+many)\s+(?:of\s+)?(?:\w+\s+){0,2}?<DRUGS>|"
        r"got\s+into\s+<WHO>\s+(?:\w+\s+)?(?:pills|meds|medicine|medication|tablets)",
    ),
    # overdose_poisoning: took 20 pills, swallowed thirty tablets
    rule(
        "overdose_poisoning",
        r"(?:took|taken|swallowed|ate|downed|popped)\s+(?:like\s+|about\s+|around\s+|over\s+|"
        r"maybe\s+|almost\s+|nearly\s+)?(?:[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
        r"a\s+hundred|dozens\s+of)\s+(?:of\s+)?(?:<WHO>\s+)?(?:(?!mg\b|mcg\b|ml\b|milligrams?\b|"
        r"units?\b|iu\b|"
        r"g\b)\w+\s+)?<DRUGS>|(?:took|taken|swallowed|downed|popped)\s+(?:like\s+|about\s+|"
        r"around\s+|over\s+|maybe\s+|almost\s+|nearly\s+)?(?:[1-9]\d|ten|twelve|fifteen|twenty|"
        r"thirty|forty|fifty)\s+(?:of\s+them|at\s+once|all\s+at\s+once|in\s+one\s+go|this\s+"
        r"(?:morning|afternoon|evening)|today|tonight|last\s+night|an?\s+hour\s+ago|earlier)\b|"
        r"\b(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+){0,3}?"
        r"instead\s+of\s+(?:1|one|the\s+one|his\s+one|her\s+one)\b",
    ),
    # overdose_poisoning: a double or repeated dose of a dangerous drug, or a mistaken dose with
    # symptoms ("injected my insulin twice", "took her digoxin twice by mistake and is vomiting")
    rule(
        "overdose_poisoning",
        r"(?:took|taken|take|injected|inject\w*|gave|given|giving|had)\s+(?:\w+\s+){0,4}?(?:twice|"
        r"double|two\s+doses|2\s+doses|(?:three|3|four|4)\s+(?:times|doses))|"
        r"(?:mixed\s+up|took\s+(?:\w+\s+){0,3}?by\s+mistake|accidentally\s+(?:took|gave|injected|"
        r"swallowed|doubled)|wrong\s+(?:pills?|meds?|medication|dose))",
        r"<RISKY_DRUGS>|dizz\w*|faint\w*|pass\w*\s+out|confus\w*|drows\w*|vomit\w*|throwing\s+up|"
        r"seeing\s+(?:yellow|halos|double)|(?:pulse|heart\s+rate)\s+(?:is\s+)?(?:[2-4]\d|slow)|"
        r"shak\w*|sweat\w*|seiz\w*|unconscious|won'?t\s+wake|hard\s+to\s+wake|breath\w*\s+slow\w*",
        window=120,
    ),
    # overdose_poisoning: a dangerous drug taken twice or doubled ("gave him his insulin twice")
    rule(
        "overdose_poisoning",
        r"(?:took|taken|injected|gave|given|had)\s+(?:\w+\s+){0,4}?<RISKY_DRUGS>\s+(?:\w+\s+){0,2}?"
        r"(?:twice|two\s+times|double|again\s+by\s+mistake)|double\s+(?:dose\s+of\s+)?(?:\w+\s+)?"
        r"<RISKY_DRUGS>",
    ),
    # overdose_poisoning: opioids or sedatives with slow breathing or no response
    rule(
        "overdose_poisoning",
        r"heroin|fentanyl|opioids?|opiates?|oxy(?:codone|contin|s)\b|morphine|methadone|percocet|"
        r"vicodin|xanax|benzos?|\bpain\s+pills",
        r"not\s+respond\w*|unresponsive|breath\w*\s+(?:is\s+)?(?:\w+\s+){0,2}?slow|slow\s+breath\w*|"
        r"blue|pinpoint|won'?t\s+wake|<CANT>\s+wake|gurgl\w*|snoring\s+weird\w*|passed\s+out|"
        r"nodding\s+off",
        window=150,
    ),
    # overdose_poisoning: a child who may have swallowed someone's pills
    rule(
        "overdose_poisoning",
        r"(?:swallow\w*|ate|eaten|got\s+into|chew\w*|drank|found\s+(?:him|her|them)\s+with)\s+"
        r"(?:\w+'?s?\s+){0,4}?(?:pills?|tablets?|meds|medicines?|medications?|gummies|capsules?)|"
        r"(?:pills?|tablets?|capsules?)\s+(?:are|were|is|was)\s+missing",
        r"toddler|baby|infant|\bkid\b|child|\bson\b|daughter|grandson|granddaughter|\b\d{1,2}\s*"
        r"(?:yo|y/o|yrs?\s+old|years?\s+old|year-old)|little\s+(?:one|boy|girl)|bottle\s+(?:\w+\s+)?"
        r"open|missing",
        window=200,
    ),
    # overdose_poisoning: drugs taken at a party, a spiked drink, with a racing heart or worse
    rule(
        "overdose_poisoning",
        r"(?:took|taken|swallowed|popped|had|tried)\s+(?:something|some\s+(?:\w+\s+)?(?:pills?|"
        r"drugs?|molly|ecstasy|mdma|acid|lsd|ketamine|coke|powder)|(?:molly|ecstasy|mdma|"
        r"ketamine|meth|coke|cocaine))|(?:drink|drinks)\s+(?:was|were|got)\s+spiked|spiked\s+"
        r"(?:my|his|her|our)\s+drink|(?:got|been|was)\s+drugged",
        r"racing|pounding|sweat\w*|burning\s+(?:hot|up)|overheat\w*|clench\w*|confus\w*|seiz\w*|"
        r"unconscious|passed\s+out|vomit\w*|hallucinat\w*|pupils|not\s+respond\w*|<CANT>\s+"
        r"(?:stand|walk|wake)|chest\s+pain|rigid|jerk\w*",
        window=200,
    ),
    # overdose_poisoning: many of a drug with symptoms ("taking a lot of aspirin", ringing ears)
    rule(
        "overdose_poisoning",
        r"(?:taking|took|taken|had|having)\s+(?:\w+\s+){0,2}?(?:too\s+many|too\s+much|a\s+lot\s+of|"
        r"lots\s+of|so\s+many|extra)\s+(?:of\s+)?(?:\w+\s+){0,2}?<DRUGS>",
        r"ringing|tinnitus|vomit\w*|throwing\s+up|confus\w*|drows\w*|breath\w*\s+(?:\w+\s+)?"
        r"(?:fast|slow)|fast\s+breath\w*|dizz\w*|faint\w*|racing|seiz\w*|yellow|pass\w*\s+out|"
        r"sleepy|won'?t\s+wake",
        window=200,
    ),
    # overdose_poisoning: wild mushrooms or berries eaten, now sick
    rule(
        "overdose_poisoning",
        r"(?:wild|foraged|picked|found)\s+(?:\w+\s+)?(?:mushrooms?|berries|plants?|leaves)|"
        r"(?:mushrooms?|berries)\s+(?:\w+\s+){0,2}?(?:picked|found|foraged)",
        r"vomit\w*|throwing\s+up|diarrh\w*|sick|pain|cramp\w*|confus\w*|hallucinat\w*|drool\w*|"
        r"sweat\w*|dizz\w*|seiz\w*|yellow",
        window=200,
    ),
    # overdose_poisoning: swallowed bleach, drank antifreeze, ate a button battery
    rule(
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
    # overdose_poisoning: a fuel-burning heater, stove or engine indoors with headaches,
    # dizziness, vomiting or fainting (carbon monoxide)
    rule(
        "overdose_poisoning",
        r"(?:gas|kerosene|propane|paraffin|charcoal|wood|oil)\s+(?:\w+\s+)?(?:heater|stove|burner|"
        r"grill|bbq|fire|boiler)|water\s+heater|boiler|generator|(?:car|engine)\s+(?:running|"
        r"idling)\s+in|(?:exhaust|gas)\s+fumes|smell\s+(?:of\s+)?gas",
        r"headaches?|dizz\w*|nause\w*|vomit\w*|throwing\s+up|faint\w*|pass\w*\s+out|confus\w*|"
        r"drows\w*|sleepy|collaps\w*|not\s+(?:herself|himself|themselves|myself)",
        window=250,
    ),
    # overdose_poisoning: carbon monoxide with an alarm or symptoms
    rule(
        "overdose_poisoning",
        r"carbon\s+monoxide|\bco\s+(?:alarm|detector|poisoning)",
        r"alarm|detector|beep\w*|poison\w*|leak\w*|headache|dizz\w*|nause\w*|sleepy|drows\w*|"
        r"confus\w*|exposed|exposure|breath|faint\w*|passed\s+out|think|suspect|worried|"
        r"in\s+(?:the|our|my)\s+(?:house|home|room|apartment|flat|car|garage)",
    ),
    # overdose_poisoning: poisoned (not food poisoning), poison control, snake bite
    rule(
        "overdose_poisoning",
        r"(?<!food\s)(?<!lead\s)(?<!blood\s)(?<!sun\s)\bpoison(?:ed|ing)\b|poison\s+(?:control|"
        r"cent(?:er|re)|help)|bitten\s+by\s+(?:a\s+)?(?:rattle)?snake|snake\s*bite",
    ),
    # severe_bleeding: bleeding that won't stop
    rule(
        "severe_bleeding",
        r"bleed\w*\s+<W>{0,5}?(?:<WONT>|can'?t|cannot)\s+(?:\w+\s+)?stop\w*|"
        r"<CANT>\s+<W>{0,2}?stop\s+(?:the\s+)?bleed\w*|(?:won'?t|will\s+not|"
        r"wont)\s+stop\s+bleed\w*|non[- ]?stop\s+bleed\w*",
    ),
    # severe_bleeding: bleeding that sprays or spurts, or goes on through pressure or a towel
    rule(
        "severe_bleeding",
        r"bleed\w*|\bblood\b",
        r"spray\w*|spurt\w*|squirt\w*|pump\w*\s+out|pulsing|press\w*\s+(?:\w+\s+){0,4}?(?:but|and)\s+"
        r"(?:it'?s\s+|its\s+)?still|(?:soaked|soaking|bled)\s+through\s+(?:the\s+|a\s+|my\s+|"
        r"\w+\s+)?(?:towel|towels|bandage|cloth|gauze|dressing|shirt)",
        window=100,
    ),
    # severe_bleeding: bleeding heavily, spurting, a pool of blood (not a heavy period)
    rule(
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
    rule(
        "severe_bleeding",
        r"(?:soak\w*|bleed\w*|bled)\s+(?:through\s+)?(?:a\s+|one\s+|\d+\s+|two\s+|my\s+)?(?:\w+\s+)?"
        r"(?:pads?|tampons?|maxi\w*)|(?:pads?|tampons?)\s+(?:every|each|in\s+(?:an?|one|"
        r"less\s+than\s+an?)|an?)\s+(?:1\s+|one\s+|half\s+(?:an\s+)?)?(?:hour\b|hr\b)|(?:pads?|"
        r"tampons?)\s+every\s+(?:[1-5]\d|\d)\s*(?:min\w*)",
        unless=r"every\s+(?:[2-9]|two|three|four|five|six)\s+hours|(?:a|per)\s+day",
        window=60,
    ),
    # severe_bleeding: vomiting or coughing blood, coffee-ground vomit
    rule(
        "severe_bleeding",
        r"(?:vomit\w*|throw\w*\s+up|threw\s+up|puk\w*|cough\w*(?:\s+up)?|spit\w*\s+(?:up|out))\s+"
        r"(?:\w+\s+){0,2}?blood|"
        r"blood\w*\s+(?:in|from)\s+<WHO>\s+(?:vomit|puke|sick)|bloody\s+vomit|coffee[- ]grounds?",
    ),
    # severe_bleeding: black, tarry stool with dizziness or fainting (not from iron pills)
    rule(
        "severe_bleeding",
        r"(?:black|tarry|tar[- ]like|maroon|bloody)\s+(?:\w+\s+)?(?:stools?|poop|poo|"
        r"bowel\s+movements?|diarrh\w*)|(?:stools?|poop|poo)\s+(?:is\s+|are\s+|"
        r"looks?\s+)?(?:black|tarry|like\s+tar)|(?:poop\w*|pooping|passing|pass\w*|stools?)\s+"
        r"(?:\w+\s+){0,4}?(?:blood|clots)",
        r"dizz\w*|faint\w*|light[- ]?headed|pass\w*\s+out|weak\w*|\bpale\b|collaps\w*|"
        r"short\s+of\s+breath|racing\s+heart|heart\s+(?:is\s+)?racing",
        unless=r"\biron\b|pepto|bismuth|blueberr\w*|licorice",
        window=200,
    ),
)
