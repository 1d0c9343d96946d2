"""Family rules for breathing, suicide and self-harm, overdose and poisoning.

The rules in ``safety_rules_cardio`` and ``safety_rules_harm`` were written phrasing by
phrasing; the rules here are written per *family* of phrasings, as a product of shared
vocabulary pieces (``<AIR>``, ``<EFFORT>``, ``<INGEST>``, ``<CHEMICALS>``, ... in
:data:`askmed_engine.safety_rules_base.FRAGMENTS`), so that unseen combinations match too.

Families of ways people express each kind:

breathing
  * air hunger: effort verb x air ("fighting to get air in", "can't get a proper breath
    in", "struggling for breath", "can't get enough air", "like breathing through a straw")
  * too breathless to talk or move: breath trouble with "can't talk / speak / finish a
    sentence", "breathless just walking to the toilet", "at rest", "sitting still"
  * effort signs: leaning forward / tripod, ribs or neck sucking in, fast and shallow breaths
  * colour: lips, fingertips, nails or face going blue, grey or dusky ("a bit bluish" counts)
  * a reliever that fails: inhaler or nebuliser used many times or not helping, still short
  * noisy upper airway: high-pitched whistle or crowing on breathing in, with drooling,
    not swallowing, or at rest
  negatives: first-aid learning ("how do you do back blows"), idioms ("smog is choking me"),
  a patient's usual low oxygen ("sats sit around 90%, usual for him")

suicide_self_harm
  * finality: "I'm done", "tonight is the night", "don't try to talk me out of it", "this is
    goodbye", "won't be a burden much longer", "not going to be here much longer"
  * farewells seen by others: goodbye messages or notes, thanking everyone, giving things
    away, then not answering; talk of ending it before
  * means at hand: a gun, rope, pills stockpiled, with a farewell or burden talk

overdose_poisoning
  * household or garden chemicals swallowed (ingest verb x chemical), optionally "found
    him with an open bottle of bleach", with or without signs
  * a medicine taken again, by mistake, someone else's, or several times the dose, with
    symptoms (dizzy, nearly fainting, drowsy, vomiting)
  * something drunk or swallowed that was not what it looked like (a water bottle with
    antifreeze), now acting drunk, vomiting or floppy
  negatives: jokes ("poisoning myself with bubble tea lol"), history ("called poison control
  last month, he was fine"), coursework ("for a nursing assignment")
"""

from __future__ import annotations

from askmed_engine.safety_rules_base import Rule, rule

RULES: tuple[Rule, ...] = (
    # breathing / air hunger: effort x air, "can't get a proper breath in"
    rule(
        "breathing",
        r"(?:<EFFORT>|<CANT>|trouble|hard|difficult\w*|unable)\s+(?:\w+\s+){0,2}?(?:to\s+|for\s+)?"
        r"(?:<AIR_VERB>\s+)?(?:\w+\s+)?<AIR>(?:\s+(?:in|into|down))?|<CANT>\s+get\s+enough\s+"
        r"(?:air|oxygen|breath)|(?:breathing|breathe)\s+through\s+a\s+(?:straw|pillow)|"
        r"(?:air|breath)\s+(?:won'?t|isn'?t|doesn'?t|is\s+not|will\s+not)\s+(?:go(?:ing)?|get\w*)"
        r"\s+in",
        unless=r"(?:after|from|when)\s+(?:running|exercise|sport|the\s+gym|laughing|climbing)|"
        r"hold\w*\s+(?:<WHO>\s+)?breath|bad\s+breath|breath\s+(?:smell\w*|odou?r)|halitosis|"
        r"waste\w*\s+(?:<WHO>\s+)?breath|fresh\s+air|air\s+(?:con\w*|purifier|quality|fryer)",
    ),
    # breathing / too breathless to talk, or breathless at the slightest effort or at rest
    rule(
        "breathing",
        r"(?:breathless|out\s+of\s+breath|short\s+of\s+breath|puffed|winded|wheez\w*|"
        r"gasp\w*)\s+(?:\w+\s+){0,3}?(?:just\s+|even\s+)(?:walk\w*|talk\w*|getting\s+up|"
        r"standing|sitting|lying|moving|going)|(?:breathless|short\s+of\s+breath|out\s+of\s+"
        r"breath)\s+(?:\w+\s+)?(?:at\s+rest|sitting\s+still|doing\s+nothing)|(?:<CANT>|too\s+"
        r"breathless\s+to)\s+(?:talk|speak|finish\s+(?:a|her|his|my)\s+sentences?|say\s+more\s+"
        r"than)(?=[^.!?]{0,80}(?:breath|wheez|air|gasp|inhaler|asthma))|(?:one|two|a\s+few)\s+"
        r"words?\s+(?:at\s+a\s+time|between\s+breaths)",
    ),
    # breathing / effort signs: tripod, ribs sucking in, fast shallow breaths
    rule(
        "breathing",
        r"leaning\s+forward\s+(?:\w+\s+){0,5}?(?:to\s+)?(?:breathe|get\s+air|air|breath)|"
        r"(?:fast|rapid|quick)\s+(?:and|&|,)\s+shallow|shallow\s+(?:and|&|,)\s+(?:fast|rapid|quick)|"
        r"breathing\s+(?:\w+\s+){0,3}?(?:very\s+|really\s+|so\s+)(?:fast|rapid|shallow|hard)|"
        r"(?:ribs|chest|tummy|belly|neck|skin)\s+(?:\w+\s+){0,3}?(?:suck\w*|pull\w*|sink\w*|caving)"
        r"\s+in",
        r"<BLUE>|breathless|<CANT>|wheez\w*|fever|asthma|gasp\w*|struggl\w*|<AIR>|drows\w*|"
        r"confus\w*|pale|sweat\w*|chest",
        window=250,
    ),
    # breathing / colour: lips or fingertips going blue or grey (a little blue still counts)
    rule(
        "breathing",
        r"<BLUE_PART>\s+(?:are\s+|is\s+|look\w*\s+|went\s+|gone\s+|going\s+|turn\w*\s+|have\s+"
        r"gone\s+|seem\s+)?(?=(?:a\s+bit\s+|slightly\s+|kind\s+of\s+|kinda\s+|a\s+little\s+)?"
        r"<BLUE>)|(?:turn\w*|go\w*|went)\s+(?=<BLUE>\s)",
        r"breath\w*|air|wheez\w*|gasp\w*|chok\w*|cough\w*|asthma|<CANT>|pneumonia|flu|fever",
        unless=r"cold\s+(?:water|weather|outside|pool|sea)|bruis\w*|lipstick|dye|paint|vein",
        window=250,
    ),
    # breathing / a reliever used many times or not helping, still short of breath
    rule(
        "breathing",
        r"<RELIEVER>\s+(?:\w+\s+){0,6}?(?:(?:\d{1,2}|ten|twenty|several|many|so\s+many|loads\s+of)"
        r"\s+(?:times|puffs|doses)|every\s+(?:few\s+)?(?:\d+\s+)?min\w*|(?:isn'?t|not|is\s+not|"
        r"doesn'?t|didn'?t|hasn'?t|won'?t)\s+(?:\w+\s+)?(?:help\w*|work\w*|touch\w*|do\w*\s+"
        r"(?:anything|much))|no\s+(?:help|use|effect|difference)|(?:done|doing|did)\s+nothing)|"
        r"(?:\d{1,2}|ten|twenty|several|many)\s+(?:puffs|times)\s+(?:of|on)\s+(?:<WHO>\s+)?"
        r"<RELIEVER>",
        r"<CANT>|breath\w*|wheez\w*|air|tight|gasp\w*|tingl\w*|<BLUE>",
        window=250,
    ),
    # breathing / noisy upper airway: whistle or crowing on breathing in, with drooling
    rule(
        "breathing",
        r"(?:high[- ]pitched|whistl\w*|squeak\w*|crowing|harsh|rasp\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:noise|sound|breath\w*)\s+(?:\w+\s+){0,4}?(?:breath\w*\s+in|inhal\w*|he\s+breathes|"
        r"she\s+breathes)|stridor",
        r"drool\w*|won'?t\s+swallow|<CANT>\s+swallow|calm|at\s+rest|asleep|sleeping|<BLUE>|"
        r"struggl\w*|barking|croup|every\s+(?:time|breath)",
        window=200,
    ),
    # suicide_self_harm / finality and farewells
    rule(
        "suicide_self_harm",
        r"\btonight\s+is\s+the\s+night\b|(?:don'?t|do\s+not|dont|no\s+point)\s+(?:\w+\s+)?"
        r"(?:try\w*\s+(?:to\s+)?|bother\w*\s+(?:trying\s+)?(?:to\s+)?)?(?:talk|talking|stop|"
        r"stopping)\s+me\s+(?:out\s+of\s+it|from\s+(?:doing\s+)?(?:it|this))|(?:this\s+is|"
        r"consider\s+this\s+(?:my\s+)?)\s*(?:my\s+)?(?:goodbye|final\s+(?:message|post|goodbye))|"
        r"(?:won'?t|will\s+not|not\s+going\s+to|wont)\s+be\s+a\s+burden\s+(?:\w+\s+)?(?:longer|"
        r"any\s?more|for\s+long)|(?:message|text|note|letter|email|voicemail|post)s?\s+(?:\w+\s+)"
        r"{0,3}?saying\s+(?:goodbye|good-bye|sorry\s+for\s+everything)|(?:saying|said|says)\s+"
        r"goodbye\s+(?:to\s+(?:everyone|us|me)\s+)?and\s+thank\w*|(?:giv\w*|gave)\s+away\s+"
        r"(?:most\s+of\s+|all\s+(?:of\s+)?)?(?:my|his|her|their)\s+(?:things|stuff|belongings|"
        r"possessions)|\bi'?m\s+done\b(?=[^.!?]{0,3}[.!?]?\s*(?:tonight|today|goodbye|bye|"
        r"sorry|it'?s\s+over|i\s+can'?t|no\s+more|dont|don'?t))",
    ),
    # suicide_self_harm / talk of ending it, with a farewell, means or silence now
    rule(
        "suicide_self_harm",
        r"(?:talk\w*|spoke|speaking|said|says|mention\w*|joke\w*)\s+(?:\w+\s+){0,2}?about\s+"
        r"(?:ending\s+(?:it|things|her\s+life|his\s+life)|killing\s+(?:him|her|them)sel\w+|"
        r"dying|not\s+being\s+here|suicide)",
        r"goodbye|not\s+answer\w*|isn'?t\s+answer\w*|won'?t\s+answer\w*|(?:gun|shotgun|rifle|"
        r"rope|pills)|gave\s+away|burden|can'?t\s+(?:reach|find|get\s+hold)|missing",
        window=300,
    ),
    # overdose_poisoning / a household or garden chemical swallowed
    rule(
        "overdose_poisoning",
        r"<INGEST>\s+(?:\w+\s+){0,10}?<CHEMICALS>|<CHEMICALS>\s+(?:\w+\s+){0,3}?(?:in\s+(?:his|her|"
        r"their|the)\s+mouth|all\s+over\s+(?:his|her)\s+(?:mouth|face))",
        r"<POISON_SIGNS>|\b(?:toddler|baby|child|kid|son|daughter|\d{1,2}\s*(?:yo|y/o|yrs?|years?|"
        r"-year|yr|month))\b|\bnow\b|ago|just|(?:an?|\d+)\s+(?:hour|min)|mouthful|how\s+much|"
        r"bottle|open",
        unless=r"(?:food|fish|mushroom)\s+poisoning|poisoning\s+(?:my|him|her)sel\w+\s+with\s+"
        r"(?:all\s+)?(?:this|these|that|the|junk|sugar|fast\s+food)|\b(?:lol|lmao|haha\w*)\b",
        window=250,
    ),
    # overdose_poisoning / a medicine taken again, by mistake, someone else's, or many times over
    rule(
        "overdose_poisoning",
        r"(?:took|taken|take|gave|given|swallow\w*|had)\s+(?:\w+\s+){0,5}?(?:again|twice|"
        r"by\s+mistake|by\s+accident|accidentally|double|triple|x\s?[2-9]\b|[2-9]\s?x\b|"
        r"(?:two|three|four|[2-9])\s+(?:times|lots|doses))|(?:took|taken|gave|given)\s+"
        r"(?:\w+\s+){0,2}?(?:my|his|her)\s+(?:husband'?s|wife'?s|partner'?s|mum'?s|mom'?s|"
        r"dad'?s|son'?s|daughter'?s|sister'?s|brother'?s|friend'?s|grandma'?s|grandpa'?s)|"
        r"x\s?[2-9]\s+in\s+total|(?:\d{1,3}\s*mg\s*)?x\s?[2-9]\b",
        r"<DRUGS>|<RISKY_DRUGS>|tablets|dose",
        r"<POISON_SIGNS>|(?:heart|pulse)\s+(?:is\s+)?(?:\w+\s+)?(?:slow|racing|pounding)|"
        r"low\s+(?:blood\s+pressure|sugar|bp)|(?:sugar|glucose|bp)\s+(?:is\s+|of\s+)?(?:\d|low)|"
        r"when(?:ever)?\s+i\s+stand",
        window=250,
    ),
)
