"""Red-flag rules for harm: suicide and self-harm, overdose and poisoning.

See :mod:`askmed_engine.safety_rules_base` for how a rule reads.
"""

from __future__ import annotations

from askmed_engine.safety_rules_base import Rule, rule

RULES: tuple[Rule, ...] = (
    # suicide_self_harm: suicide named ("suicidal", not "suicide rate")
    rule(
        "suicide_self_harm",
        r"\bsuicid\w*\b(?!'?\s+(?:rates?|prevention|awareness|squad|statistics|genes?|bomb\w*|"
        r"mission|doors?|run|inhibit\w*|vectors?))",
        diagnosis=True,
    ),
    # suicide_self_harm: kill myself, end my life, end it all, take my own life
    rule(
        "suicide_self_harm",
        r"\bkill(?:ing)?\s+<SELF>|\bkms\b|\bend(?:ing)?\s+<WHO>\s+(?:own\s+)?life|"
        r"\bend\s+it\s+all|\bend(?:ing)?\s+(?:it|things)\s+(?:tonight|today|now|for\s+good)|"
        r"(?:decid\w*|decision|plan\w*|going|gonna|ready)\s+to\s+end\s+(?:it|things|everything)\b|"
        r"\btake\s+(?:my|his|her|their)\s+(?:own\s+)?life|\bunalive\w*|"
        r"(?:feel\w*\s+like|think\w*\s+(?:of|about)|consider\w*|want\w*\s+to|close\s+to|urge\s+to)\s+"
        r"end(?:ing)?\s+(?:it|it\s+all|things|everything|my\s+life)\b(?!\s+(?:with|between))|"
        r"(?:plan\w*|figur\w*\s+out|research\w*|search\w*|look\w*\s+up|googl\w*|think\w*\s+about)\s+"
        r"(?:how|ways?|the\s+best\s+way|methods?)\s+(?:to\s+|of\s+)?(?:end\s+(?:it|my\s+life|things|"
        r"everything)|kill\s+<SELF>|die\b)|(?:going|gonna|want|plan\w*|about)\s+to\s+(?:overdose|od)\b|"
        r"(?:decid\w*|going|gonna|"
        r"want\w*|plan\w*|about|ready|think\w*\s+(?:about|of))\s+(?:to\s+)?(?:take|taking|do|doing)\s+"
        r"an?\s+(?:overdose|od)\b|"
        r"(?:think\w*\s+(?:of|about)|going\s+to|gonna|want\s+to|wanna|plan\w*\s+(?:to|on)|about\s+to|"
        r"tempted\s+to|urge\s+to|ready\s+to)\s+(?:just\s+)?(?:take|taking|swallow\w*|down\w*)\s+"
        r"(?:them\s+all|all\s+(?:of\s+)?(?:them|<WHO>\s+<W>{0,2}?<DRUGS>|(?:the\s+)?<W>{0,2}?<DRUGS>)|"
        r"(?:the\s+|a\s+|my\s+)?(?:whole|entire)\s+(?:bottle|pack\w*|box|supply)|every\s+(?:pill|"
        r"tablet|one))",
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
        r"(?:lethal|fatal)\s+dose|(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:the\s+|a\s+|any\s+)?"
        r"(?:point|reason)\s+(?:in|to|of)\s+(?:living|live|life|going\s+on|carrying\s+on|being\s+"
        r"alive|waking\s+up)|what'?s\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:living|life|going\s+"
        r"on|being\s+alive|carrying\s+on|waking\s+up)|life\s+(?:is\s*n'?t|is\s+not|ain'?t|not)\s+"
        r"worth\s+(?:living|it)|(?:sleep|asleep)\s+and\s+(?:never|not)\s+wake\s+up|(?:hope|wish|"
        r"pray)\s+(?:that\s+)?(?:i|he|she)\s+(?:\w+\s+){0,2}?(?:don'?t|do\s+not|never|won'?t|"
        r"wouldn'?t|didn'?t|not)\s+wake\s+up|(?:nobody|no\s+one|noone|no-one)\s+(?:would|will|"
        r"'d|is\s+going\s+to)?\s*(?:even\s+)?(?:care|notice|miss\s+me)\s+if\s+i\s+(?:was|were|"
        r"died|disappeared|wasn'?t|killed|left|ended|vanished|just\s+disappeared)|(?:want|wish|"
        r"wanna)\s+(?:to\s+|i\s+could\s+)?(?:just\s+)?(?:disappear\s+(?:forever|for\s+good|"
        r"permanently)|not\s+exist|stop\s+existing|cease\s+to\s+exist|vanish\s+forever|fall\s+asleep\s+"
        r"forever)|(?:want|need|wish)\s+(?:it\s+all|everything|my\s+life)\s+to\s+(?:end|be\s+over|"
        r"stop)|<CANT>\s+go\s+on\s+(?:any\s?more|living|with\s+(?:life|living))|"
        r"(?:world|everyone|every\s+one|they|family|kids)\s+(?:would|will)\s+be\s+(?:better|happier)"
        r"\s+(?:off\s+)?(?:without\s+me|if\s+i\s+(?:was|were)\s+(?:gone|dead))|"
        r"(?:if|when)\s+i'?m\s+gone\b",
    ),
    # suicide_self_harm: self-harm, cutting myself, wanting to hurt myself, a method
    rule(
        "suicide_self_harm",
        r"self[- ]?harm\w*|\bcutting\s+<SELF>|\bcut\s+<SELF>\s+(?:on\s+purpose|deliberately|"
        r"again)|(?:cut|slash\w*|slit)\s+(?:open\s+)?(?:<WHO>\s+)?wrists\b|(?:been|keep|keeps|started|"
        r"start|stop)\s+(?:\w+\s+)?(?:harming|cutting|burning)\s+<SELF>|(?:hurting|harming)\s+<SELF>"
        r"\s+(?:\w+\s+){0,2}?(?:again|on\s+purpose|deliberately|intentionally|to\s+cope|to\s+feel)|(?:want|wanna|urges?|going|gonna|think\w*|thoughts?|tempted|"
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
        r"(?:stockpil\w*|hoard\w*|sav\w*\s+up|collect\w*)\s+(?:\w+\s+){0,2}?<DRUGS>|(?:bought|buy\w*|"
        r"got|purchased|ordered)\s+(?:a\s+|some\s+)?(?:rope|noose|gun|firearm|razor\s+blades|helium)|"
        r"(?:use|turn)\s+(?:it|them)\s+on\s+<SELF>|"
        r"(?:goodbye|farewell|good\s+bye)\s+(?:text|message|note|letter|email|video|post|call)|"
        r"(?:gave|giving|give)\s+away\s+(?:\w+\s+){0,2}?(?:things|stuff|belongings|possessions|"
        r"cat|dog|pets?)\b",
        r"\bgun\b|pills|rope|bridge|not\s+answer\w*|isn'?t\s+answer\w*|won'?t\s+answer\w*|"
        r"goodbye|farewell|<DRUGS>|drinking|\bdie\b|dead|suicid\w*|end\s+(?:things|it)|"
        r"(?:won'?t|not)\s+be\s+around|plan\w*|take\s+them|tonight|all\s+at\s+once|enough\s+to|"
        r"knife|blade|razor|\bend\b|done\s+with|no\s+point|nobody|no\s+one|what\s+to\s+do\s+with|"
        r"kill|hang|burden|better\s+off|any\s?more|ready",
        window=250,
    ),
    # suicide_self_harm: "tonight is the night" or a plan, with a method or goodbye nearby
    rule(
        "suicide_self_harm",
        r"tonight\s+(?:is|'s)\s+the\s+night|(?:have|got|made|wrote|written|writing)\s+(?:a\s+|"
        r"my\s+|the\s+|some\s+)?(?:goodbye\s+|farewell\s+|last\s+)?(?:plan|notes?|letters?)\b|"
        r"(?:pills?|tablets?|meds|rope|noose|gun|razors?|blades?|knife)\s+(?:\w+\s+){0,2}?(?:lined\s+"
        r"up|laid\s+out|counted\s+out|in\s+front\s+of\s+me|next\s+to\s+me|in\s+my\s+hand|ready)",
        r"plan|pills|rope|noose|\bgun\b|goodbye|\bbye\b|\bnote\b|\bend\b|\bdie\b|dead|\bkill|bridge|"
        r"jump|<CANT>\s+(?:do\s+this|go\s+on|take\s+it)|\bsorry\b|gone\b|notice|miss\s+me|burden|"
        r"tonight|take\s+them|swallow\w*|them\s+all|all\s+of\s+them|over\s+(?:soon|tonight)",
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
        r"(?:took|taken|swallowed|ate|eaten|drank|downed|popped)\s+(?:a|an|the|his|her|my|one)\s+"
        r"(?:\w+\s+)?(?:bottle|pack\w*|box|container|strip|blister|jar|sheet|tub)s?\s+of\s+"
        r"(?:\w+\s+){0,2}?<DRUGS>|"
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
        r"too\s+much|a\s+lot\s+of|lots\s+of|a\s+bunch\s+of|(?:a\s+)?handful\s+of|a\s+load\s+of|"
        r"loads\s+of|a\s+ton\s+of|tons\s+of|a\s+heap\s+of|a\s+whole\s+lot\s+of|"
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
        r"(?:pills?|tablets?|capsules?)\s+(?:are|were|is|was)\s+missing|opened\s+(?:\w+'?s?\s+){0,3}?"
        r"(?:pills?|tablets?|meds|medicines?|medications?|vitamins|gummies|pill\s+bottle)|(?:ate|"
        r"swallowed|eaten|chewed)\s+(?:like\s+|about\s+|around\s+|maybe\s+|at\s+least\s+|up\s+to\s+)?"
        r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|a\s+handful)\s+"
        r"(?:of\s+(?:them|those|these)\b|(?:\w+\s+)?(?:pills?|tablets?|gummies|vitamins|capsules?))",
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
        r"chew\w*|bit\s+into|put\s+in\s+(?:his|her|their)\s+mouth)\s+(?:\w+\s+){0,3}?(?:bleach|"
        r"antifreeze|coolant|screen\s?wash|(?:windscreen|windshield|washer)\s+(?:\w+\s+)?fluid|"
        r"(?:liquid\s+)?nicotine|e-?liquid|vape\s+(?:juice|liquid|oil)|essential\s+oils?|"
        r"dishwasher\s+(?:tablets?|tabs|pods?|powder|detergent)|washing\s+(?:up\s+)?(?:liquid|"
        r"powder|tablets?|pods?)|white\s+spirit|turpentine|paraffin|slug\s+pellets|rat\s+bait|"
        r"rodenticide|weed\s?killer|herbicide|fertili[sz]er|drain\s+cleaner|rat\s+poison|"
        r"poison\b(?!\s+(?:ivy|oak|sumac))|pesticide|insecticide|weed\s?killer|paint\s+thinner|"
        r"lighter\s+fluid|gasoline|petrol|kerosene|lamp\s+oil|(?:detergent|laundry|dishwasher|"
        r"tide)\s+pods?|button\s+batter\w*|batter(?:y|ies)|cleaning\s+(?:product|fluid|solution|"
        r"spray)|chlorine|ammonia|\blye\b|methanol|windshield\s+(?:washer\s+)?fluid|"
        r"hand\s+saniti[sz]er|magnets|mothballs?|nail\s+(?:polish|varnish)\s+remover|acetone|"
        r"oven\s+cleaner|"
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
        r"(?:alarm|detector)\s+(?:\w+\s+){0,2}?(?:went|going|goes|gone|sound\w*|beep\w*|"
        r"screech\w*|triggered)|beep\w*|poison\w*|leak\w*|headache|dizz\w*|nause\w*|sleepy|drows\w*|"
        r"confus\w*|exposed|exposure|breath|faint\w*|passed\s+out|think|suspect|worried|"
        r"in\s+(?:the|our|my)\s+(?:house|home|room|apartment|flat|car|garage)",
    ),
    # overdose_poisoning: poisoned (not food poisoning), poison control, snake bite
    rule(
        "overdose_poisoning",
        r"(?<!food\s)(?<!lead\s)(?<!blood\s)(?<!sun\s)\bpoison(?:ed|ing)\b|poison\s+(?:control|"
        r"cent(?:er|re)|help)|bitten\s+by\s+(?:a\s+)?(?:rattle)?snake|snake\s*bite",
        unless=r"poison\w*\s+(?:my|him|her|them)sel\w+\s+with\s+(?:all\s+)?(?:this|these|that|"
        r"the|junk|sugar|fast\s+food|coffee|tea)|\b(?:lol|lmao|haha\w*)\b",
        window=80,
    ),
    # overdose_poisoning: alcohol mixed with pills or sedatives, now hard to wake or slow breathing
    rule(
        "overdose_poisoning",
        r"(?:alcohol|booze|vodka|wine|beer|whisk(?:e)?y|drinking|drunk)\s+(?:\w+\s+){0,2}?(?:and|with|"
        r"on\s+top\s+of|plus)\s+(?:\w+\s+){0,3}?<DRUGS>|<DRUGS>\s+(?:\w+\s+){0,2}?(?:and|with|plus)\s+"
        r"(?:\w+\s+){0,2}?(?:alcohol|booze|vodka|wine|beer|whisk(?:e)?y|drinking)",
        r"won'?t\s+wake|<CANT>\s+(?:\w+\s+)?wake|unresponsive|not\s+respond\w*|breath\w*\s+(?:is\s+)?"
        r"(?:\w+\s+){0,2}?slow|slow\w*\s+breath\w*|blue|passed\s+out|vomit\w*|confus\w*|"
        r"drows\w*|snor\w*|gurgl\w*",
        window=150,
    ),
)
