"""Red-flag rules for collapse and injury: unconsciousness and seizures, severe burns and injuries.

See :mod:`askmed_engine.safety_rules_base` for how a rule reads.
"""

from __future__ import annotations

from askmed_engine.safety_rules_base import Rule, rule

RULES: tuple[Rule, ...] = (
    # unconscious_seizure: unconscious, unresponsive, won't wake up, collapsed, no pulse
    rule(
        "unconscious_seizure",
        r"\bunconscious\b|\bunresponsive\b|(?:won'?t|will\s+not|wont|not|isn'?t|can'?t|"
        r"cannot)\s+<W>{0,2}?(?:wake|waking|woken|respond\w*|rouse)\b(?!\s+to\s+(?:treatment|"
        r"antibiotics|meds|medication))|\b(?:just|suddenly|has|he|she|i|they|and|"
        r"then)\s+(?:just\s+|suddenly\s+)?collapsed\b(?!\s+(?:on|onto|into)\s+(?:the|my|his|"
        r"her)\s+(?:couch|sofa|bed))|cardiac\s+arrest|no\s+pulse|(?:doing|giving|started|start|"
        r"performing)\s+cpr|passed\s+out\s+and\s+(?:won'?t|isn'?t|not|hasn'?t|can'?t|still)|"
        r"(?:went|gone|going|is|was)\s+(?:all\s+|completely\s+)?limp\b|(?:slumped|collapsed)\s+"
        r"(?:\w+\s+){0,3}?(?:not|isn'?t|won'?t)\s+(?:answer\w*|respond\w*|talk\w*)",
    ),
    # unconscious_seizure: a seizure lasting 5 minutes or more, or one that won't stop
    rule(
        "unconscious_seizure",
        r"(?:seiz\w*|convuls\w*|fitting|\bfits?\b|shaking|jerking)\s+<W>{0,5}?(?:for|over|"
        r"more\s+than|longer\s+than|about|almost|nearly)\s+(?:[5-9]|[1-9]\d|five|six|seven|eight|"
        r"nine|ten|fifteen|twenty|thirty)\s*\+?\s*(?:min|mins|minutes)\b|(?:still|won'?t\s+stop|"
        r"not\s+stopping|non[- ]?stop|hasn'?t\s+stopped)\s+(?:\w+\s+)?(?:seiz\w*|convuls\w*|"
        r"jerking|fitting)|seizures?\s+(?:won'?t|hasn'?t|isn'?t|is\s+not)\s+stop\w*|"
        r"(?:one\s+after\s+another|back\s+to\s+back)\s+seizures|"
        r"seizures?\s+(?:one\s+after\s+another|back\s+to\s+back)|status\s+epilepticus|"
        r"(?:seizures?|fits?|convulsions?)\s+(?:\w+\s+){0,3}?(?:in\s+a\s+row|back\s+to\s+back|"
        r"without\s+(?:waking|coming\s+(?:round|to)|regaining|recovering))|(?:two|three|four|"
        r"several|multiple|[2-9])\s+(?:\w+\s+)?(?:seizures|fits|convulsions)\s+(?:today|tonight|"
        r"in\s+(?:a|one|an|the\s+last)\s+(?:day|hour|row|few\s+hours))|(?:another|a\s+second|"
        r"a\s+2nd|a\s+third)\s+(?:one|seizure|fit)\s+(?:\w+\s+){0,2}?(?:\d+|a\s+few|few|an?)\s+"
        r"(?:min\w*|hours?|hrs?)\s+later",
    ),
    # unconscious_seizure: a first seizure, or one happening now
    rule(
        "unconscious_seizure",
        r"first\s+(?:ever\s+)?(?:seizure|fit|convulsion)|(?:seizure|fit|convulsion)\b[^.!?]{0,40}?"
        r"(?:(?:her|his|my|the|their)\s+first\s+(?:ever|one|time)|first\s+(?:ever|time))|"
        r"(?:seizure|fit|convulsion)\b.{0,60}?"
        r"never\s+had\s+(?:one|a\s+seizure|seizures|any)\s+before|never\s+had\s+a\s+(?:seizure|"
        r"fit)\s+before|(?:is|are|am|'s|'m)\s+(?:having|in)\s+(?:a\s+)?(?:seizure|fit|convulsion)|"
        r"(?:is|are|'s)\s+(?:seizing|convulsing)",
    ),
    # unconscious_seizure: a head injury with loss of consciousness or repeated vomiting
    rule(
        "unconscious_seizure",
        r"(?:hit|banged|bumped|struck|smacked|injured|hurt)\s+(?:\w+\s+)?head|head\s+(?:injury|"
        r"trauma|wound)|concussion|fell\s+(?:\w+\s+){0,3}?(?:on|onto)\s+(?:\w+\s+)?head",
        r"pass(?:ed)?\s+out|knock\w*\s+out|lost\s+consciousness|loss\s+of\s+consciousness|"
        r"blacked?\s+out|unconscious|(?:vomit\w*|threw\s+up|"
        r"throw\w*\s+up)\s+(?:\w+\s+){0,2}?(?:times|again|repeatedly|twice)|repeated\w*\s+vomit|"
        r"keeps?\s+(?:vomit\w*|"
        r"throwing\s+up)|confus\w*|won'?t\s+wake|seizure|clear\s+fluid|hard\s+to\s+wake|drows\w*|"
        r"(?:really|very|so)\s+sleepy|vomit\w*|threw\s+up|slurr\w*|unequal\s+pupils",
        window=200,
    ),
    # unconscious_seizure: fainting again and again, or fainting with a racing or fluttering heart
    rule(
        "unconscious_seizure",
        r"(?:faint\w*|passed\s+out|pass\w*\s+out|black\w*\s+out)\s+(?:\w+\s+){0,2}?(?:[2-9]|two|"
        r"three|four|several|multiple)\s+times|keeps?\s+(?:passing\s+out|fainting|blacking\s+out|"
        r"collapsing)|(?:fainted|passed\s+out)\s+(?:again|twice)",
    ),
    # unconscious_seizure: knocked out
    rule(
        "unconscious_seizure",
        r"knocked\s+(?:out|unconscious)(?!\s+(?:for|during|with|by\s+(?:the\s+)?(?:an[a-z]*sthe\w*|"
        r"sedation|sedative\w*|meds|medicine|pills|drugs|gas)|(?:\w+\s+)?(?:tooth|teeth)\b|"
        r"(?:the\s+)?(?:power|cold|round)))",
    ),
    # severe_burn_injury: severe, deep, electrical or chemical burns; electrocution
    rule(
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
    # severe_burn_injury: a scald or burn that is white, leathery, charred, numb, peeling or
    # large, or on a small child
    rule(
        "severe_burn_injury",
        r"(?:boiling|scalding|hot)\s+(?:\w+\s+)?(?:water|oil|tea|coffee|soup|milk|grease)|"
        r"scald\w*|burn\w*",
        r"(?:white|leathery|charred|black|waxy|numb|peel\w*)\b|skin\s+(?:\w+\s+)?(?:came|coming|fell|"
        r"falling|peeled|peeling)\s+off|(?:whole|entire)\s+(?:\w+\s+)?(?:arm|forearm|leg|hand|back|"
        r"chest|face|body)|toddler|baby|infant|\bchild\b|(?:large|big|huge)\s+(?:area|patch)",
        unless=r"sunburn|heartburn|burn\w*\s+out|spicy|pepper|chil(?:l|i)\w*|\bpee\b|urinat\w*|"
        r"eyes\s+(?:are\s+)?burning|razor",
        window=100,
    ),
    # severe_burn_injury: an electric shock from a power line or mains, or a burn to the face
    # or airway (smoke breathed in, soot in the nose, a hoarse voice)
    rule(
        "severe_burn_injury",
        r"shock\s+from\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:power|electric\w*|outlet|socket|wire|cable|"
        r"line|mains)|power\s+lines?|live\s+wire|high[- ]voltage|(?:breathed|inhaled|breathing|"
        r"inhaling)\s+(?:in\s+)?(?:\w+\s+){0,3}?smoke|smoke\s+inhalation|soot\s+(?:in|around)|"
        r"burns?\s+(?:on|to)\s+(?:<WHO>\s+)?(?:face|neck|mouth|airway)|(?:face|facial)\s+burns?",
    ),
    # severe_burn_injury: a strong chemical in the eye or on the skin
    rule(
        "severe_burn_injury",
        r"(?:acid|bleach|lye|chemicals?|drain\s+cleaner|oven\s+cleaner|ammonia|caustic\s+soda|"
        r"cement|lime|alkali\w*|solvent|pool\s+chlorine)\s+(?:\w+\s+){0,3}?(?:in|into)\s+<WHO>\s+"
        r"eyes?|(?:hydrofluoric|sulfuric|sulphuric|hydrochloric|nitric|battery)\s+acid|(?:acid|lye|"
        r"caustic\s+soda|drain\s+cleaner|oven\s+cleaner)\s+(?:\w+\s+){0,2}?(?:splash\w*|spill\w*|"
        r"spilt|got|sprayed|poured)\s+(?:on|in|into|over)",
    ),
    # severe_burn_injury: a crash or a fall off a bike or down stairs, with signs of serious
    # injury (neck or back pain, tingling, a deformed limb, a swelling belly, dizziness)
    rule(
        "severe_burn_injury",
        r"(?:car|motorcycle|motorbike|scooter|bike|bicycle|traffic|road|moped)\s+(?:crash|accident|"
        r"collision|wreck)|(?:fell|fall\w*|thrown|came)\s+off\s+(?:<WHO>\s+|a\s+)?(?:\w+\s+)?"
        r"(?:scooter|bike|motorbike|motorcycle|horse|moped)|(?:fell|fall\w*)\s+down\s+(?:the\s+|a\s+)?"
        r"(?:\w+\s+)?(?:stairs|steps)|(?:fell|fall\w*)\s+(?:off|from|out\s+of)\s+(?:a\s+|the\s+)?"
        r"(?:\w+\s+)?(?:tree|wall|window|bunk\s+bed|trampoline)",
        r"<INJURY_SIGNS>",
        window=200,
    ),
    # severe_burn_injury: a limb bent the wrong way; deep bites; a finger cut or torn off
    rule(
        "severe_burn_injury",
        r"(?:leg|arm|ankle|wrist|knee|elbow|finger|shoulder|bone)\s+(?:\w+\s+){0,2}?(?:bent|"
        r"pointing|twisted|facing)\s+(?:the\s+)?wrong\s+(?:way|direction)|(?:bent|pointing)\s+"
        r"(?:at\s+)?(?:a\s+)?(?:weird|strange|funny|odd|unnatural)\s+angle|mauled|(?:dog|animal)\s+"
        r"(?:attack\w*|bit\w*)\s+(?:\w+\s+){0,4}?(?:face|neck|head|throat)|(?:finger|toe|hand|"
        r"thumb|fingertip|ear|it'?s|is)\s+(?:\w+\s+){0,2}?(?:cut|chopped|sliced|torn|ripped)\s+off|"
        r"(?:partly|partially|half|nearly|almost)\s+(?:cut|chopped|sliced|torn|ripped)\s+off|"
        r"hanging\s+(?:off|by\s+(?:a|the))",
    ),
    # severe_burn_injury: bone sticking out, deep wound, stabbing, gunshot
    rule(
        "severe_burn_injury",
        r"bone\s+(?:is\s+)?(?:\w+\s+)?(?:sticking|poking|protruding|coming|jutting)\s+out|"
        r"(?:sticking|poking|protruding)\s+(?:out\s+)?(?:of|through)\s+<WHO>\s+skin|(?:open|"
        r"compound)\s+fracture|(?:can|could)\s+see\s+(?:the\s+)?bone|(?:deep|gaping)\s+(?:\w+\s+)?"
        r"(?:wounds?|cuts?|gash\w*|lacerations?)|(?:been|got|was|were)\s+(?:stabbed|shot)\b|gunshot|amputat\w*|"
        r"(?:cut|chopped|sliced)\s+off\s+<WHO>\s+(?:\w+\s+)?(?:finger|toe|hand)",
    ),
    # severe_burn_injury: a major crash, being hit by a car, a fall from a height
    rule(
        "severe_burn_injury",
        r"(?:major|bad|serious|terrible|horrible|big|huge|head[- ]on|high[- ]speed)\s+(?:car\s+|"
        r"motorcycle\s+|scooter\s+|bike\s+|traffic\s+)?(?:crash|accident|collision|wreck)|"
        r"hit\s+by\s+(?:a\s+)?(?:car|truck|bus|motorcycle|scooter|train|vehicle)|(?:car|"
        r"motorcycle|scooter)\s+(?:rolled|flipped)|fell\s+(?:off|from|out\s+of)\s+(?:a\s+|the\s+)?"
        r"(?:\w+\s+){0,2}?(?:roof|ladder|balcony|window|(?:second|third|\d(?:st|nd|rd|th))\s+"
        r"(?:floor|stor[ye]y)|cliff|scaffold\w*)",
    ),
)
