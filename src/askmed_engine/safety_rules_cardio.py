"""Red-flag rules for the heart, the brain and breathing: heart attack, stroke, breathing.

See :mod:`askmed_engine.safety_rules_base` for how a rule reads.
"""

from __future__ import annotations

from askmed_engine.safety_rules_base import Rule, rule

RULES: tuple[Rule, ...] = (
    # heart_attack: the condition named as happening ("having a heart attack")
    rule(
        "heart_attack",
        r"\bh(?:e|ea)?art\s*att?ac?k\w*(?!\s+(?:risk|calculator|score|prevention|statistics))",
        unless=r"g[ai]ve\s+(?:me|her|him|you|us|them|someone|everyone)\s+a\s+heart\s*attack|"
        r"(?:old|previous|past|prior|earlier|silent)\W{1,3}(?:silent\W{1,3})?heart\s*attack",
        window=40,
        diagnosis=True,
    ),
    # heart_attack: chest (or breastbone) pain, pressure, burning or tightness with a warning
    # companion: spreading, sweating, breathlessness, nausea, a racing heart, heart history
    rule(
        "heart_attack",
        r"\b(?:che?st|breast\s?bone|sternum)\s+(?:\w+\s+){0,2}?(?:pain|pian|pains|hurts?|hurting|"
        r"ache|aching|pressure|tight\w*|heav\w*|squeez\w*|discomfort|crush\w*|burn\w*|killing)|"
        r"\b(?:tight|heavy|painful|sore|crushing|squeezing|pressing|burning|aching|achy)\s+"
        r"(?:feeling\s+(?:in\s+)?(?:<WHO>\s+)?)?chest\b|\bheart\s+(?:pain|is\s+hurting)|(?:pain|"
        r"pressure|tightness|heaviness|squeezing|crushing|burning|ache|aching|discomfort|"
        r"feeling|sensation)\s+<W>{0,2}?(?:in|on|behind|across|under)\s+(?:the\s+(?:middle|"
        r"center|centre)\s+of\s+)?<WHO>\s+(?:chest|breast\s?bone|sternum)",
        r"<HEART_SIGNS>|crush\w*|squeez\w*|radiat\w*|spread\w*|shoot\w*\s+(?:down|into|to)|"
        r"\barms?\b|\bjaw\b|(?:to|into|through)\s+<WHO>\s+back|\bneck\b|shoulder|elephant|"
        r"nitro\w*|\bgtn\b|stents?\b|heart\s+(?:disease|attack|condition|problems?)|angina|"
        r"(?:won'?t|doesn'?t|didn'?t|not)\s+(?:go(?:ing)?\s+away|help|stop\w*|eas\w*)|"
        r"\bis\s+back\b|(?:pass\w*|black\w*)\s+out|band\s+(?:\w+\s+)?(?:around|round|across)|"
        r"like\s+a\s+(?:band|vice|vise)",
        window=150,
    ),
    # heart_attack: pain in the jaw, left arm, upper back or between the shoulder blades with
    # sweating, nausea, breathlessness or a feeling of doom (the quieter presentation)
    rule(
        "heart_attack",
        r"(?:\bjaw|left\s+arm|upper\s+back|between\s+<WHO>\s+shoulder\s?blades|left\s+shoulder)"
        r"\s+(?:\w+\s+){0,5}?(?:pain\w*|hurt\w*|ach\w*|pressure|tight\w*|heav\w*|weird|"
        r"strange|numb\w*)|(?:pain|ache|aching|pressure|heaviness|tightness)\s+(?:\w+\s+){0,2}?"
        r"(?:in|to|down|between)\s+(?:<WHO>\s+)?(?:jaw|left\s+arm|upper\s+back|shoulder\s?blades|"
        r"left\s+shoulder)",
        r"sweat\w*|clammy|short(?:ness)?\s+of\s+breath|\bsob\b|breathless|<CANT>\s+(?:breath|catch)|"
        r"faint\w*|light[- ]?headed|\bpale\b|grey|gray|going\s+to\s+die|gonna\s+die|(?:sense|"
        r"feeling)\s+of\s+doom",
        window=200,
    ),
    # heart_attack: pain in the upper stomach with a cold sweat, a sense of doom or heart disease
    rule(
        "heart_attack",
        r"(?:upper|top)\s+(?:part\s+of\s+)?(?:<WHO>\s+)?(?:stomach|belly|abdomen|tummy)\s+(?:\w+\s+)"
        r"{0,2}?(?:pain\w*|hurt\w*|ach\w*|pressure)|epigastric|(?:pain|pressure|ache)\s+in\s+"
        r"(?:the\s+|<WHO>\s+)?(?:upper|top\s+of\s+(?:the\s+|<WHO>\s+)?)\s*(?:stomach|belly|abdomen)",
        r"sweat\w*|clammy|going\s+to\s+die|gonna\s+die|(?:sense|feeling)\s+of\s+doom|"
        r"heart\s+(?:disease|attack|condition|problems?)|short(?:ness)?\s+of\s+breath|grey|gray|"
        r"faint\w*|light[- ]?headed",
        window=200,
    ),
    # heart_attack: chest pain described as crushing or severe, or "an elephant on my chest"
    rule(
        "heart_attack",
        r"(?:crushing|squeezing|severe|excruciating|unbearable|intense|"
        r"worst)\s+(?:\w+\s+)?(?:chest\s+(?:pain|pressure|tightness)|pain\s+in\s+<WHO>\s+chest)|"
        r"(?:elephant|weight|someone|somebody|something|a\s+ton\s+of\s+bricks)\s+(?:is\s+)?"
        r"(?:sitting|standing|pressing|pushing|crushing)\s+(?:down\s+)?on\s+<WHO>\s+chest|"
        r"(?:nitro\w*|\bgtn\b|glyceryl\s+trinitrate|(?:heart|angina|chest|under\s+the\s+tongue)\s+"
        r"spray)\s+(?:\w+\s+){0,3}?(?:(?:didn'?t|did\s+not|doesn'?t|isn'?t|aren'?t|not|hasn'?t|"
        r"haven'?t|won'?t)\s+(?:\w+\s+)?(?:help\w*|work\w*|touch\w*|do\w*\s+anything|eas\w*)|"
        r"no\s+(?:help|use|effect|relief))|"
        r"clutch\w*\s+(?:at\s+)?<WHO>\s+chest|(?:vice|vise|band|belt|strap)\s+(?:\w+\s+){0,2}?(?:around|"
        r"round|across|on|squeezing)\s+<WHO>\s+chest",
    ),
    # stroke: face drooping, lopsided smile
    rule(
        "stroke",
        r"(?:face|mouth|smile|(?:one|half\s+(?:of\s+)?)\s*side\s+of\s+<WHO>\s+face)\s+"
        r"(?:is\s+|has\s+|feels?\s+|"
        r"started\s+|suddenly\s+|seems\s+|looks\s+|went\s+|kind\s+of\s+|gone\s+|"
        r"to\s+)*(?:droop\w*|dropp\w*|sagg\w*|lopsided|crooked|uneven|paraly[sz]\w*|fallen)|"
        r"(?:droop\w*|lopsided|crooked|sagging|uneven)\s+(?:\w+\s+)?(?:face|smile|mouth)|"
        r"facial\s+droop\w*|(?:one|half|left|right)\s+side\s+of\s+<WHO>\s+(?:face|mouth)\s+(?:\w+\s+){0,2}?"
        r"(?:isn'?t|is\s+not|not|won'?t|stopped|can'?t)\s+mov\w*",
    ),
    # stroke: slurred, garbled speech or not being able to get words out
    rule(
        "stroke",
        r"\bslurr?(?:ed|ing|s)?\b|sudden\w*\s+(?:trouble|difficulty|problems?)\s+(?:speaking|"
        r"talking|"
        r"understanding)|speech\s+(?:is\s+|was\s+|sounds\s+|became\s+|"
        r"suddenly\s+)*(?:garbled|jumbled|weird|strange|funny)|talk\w*\s+(?:funny|gibberish|"
        r"nonsense|strange\w*|weird\w*|like\s+(?:he'?s|she'?s|they'?re)\s+drunk)|"
        r"(?:<SUDDEN>|just)\s+<W>{0,2}?(?:<CANT>|stopped\s+(?:being\s+able\s+to\s+)?)\s*(?:speak|"
        r"talk|say\s+(?:a\s+word|anything))|(?:lost|losing|lose)\s+(?:the\s+|all\s+)?(?:ability\s+"
        r"to\s+(?:speak|talk)|(?:<WHO>\s+)?(?:speech|words))\b|words\s+(?:won'?t|will\s+not|wont|"
        r"aren'?t|don'?t)\s+come\s+out|"
        r"<CANT>\s+(?:speak|talk)\s+(?:properly|clearly|right|normally|at\s+all)|"
        r"(?:<CANT>|trouble|difficulty|problems?|struggl\w*)\s+(?:get\w*\s+(?:the\s+|<WHO>\s+)?"
        r"words\s+out|find\w*\s+(?:the\s+|<WHO>\s+)?(?:right\s+)?words)|words\s+(?:are\s+|were\s+|keep\s+)?(?:are\s+|were\s+|"
        r"came\s+out\s+|coming\s+out\s+|look\s+like\s+|sound\s+like\s+)?(?:jumbled|garbled|"
        r"gibberish|mixed\s+up|all\s+wrong|wrong|backwards|slurred|muddled)|(?:using|saying|uses|says)\s+(?:the\s+)?wrong\s+words|"
        r"\bgibberish\b|(?:<CANT>|trouble|difficulty)\s+(?:\w+\s+)?understand\w*\s+(?:what\s+"
        r"(?:we|i|people)\s+(?:say|are\s+saying)|speech|words)",
    ),
    # stroke: confusion that came on suddenly ("suddenly confused, doesn't know what day it is")
    rule(
        "stroke",
        r"<SUDDEN>\s+<W>{0,2}?(?:confus\w*|disorient\w*)|(?:confus\w*|disorient\w*)\s+(?:\w+\s+)?"
        r"(?:all\s+of\s+a\s+sudden|suddenly|out\s+of\s+(?:nowhere|the\s+blue))",
    ),
    # stroke: sudden double vision or loss of balance with dizziness
    rule(
        "stroke",
        r"seeing\s+double|double\s+vision|<CANT>\s+walk\s+(?:straight|properly|in\s+a\s+straight)|"
        r"(?:lost|losing)\s+(?:<WHO>\s+)?balance",
        r"<SUDDEN>|\bjust\b|(?:minutes?|min|an\s+hour)\s+ago|dizz\w*|vertigo|room\s+(?:is\s+)?"
        r"spinning|slurr?\w*|numb\w*|weak\w*|droop\w*|vomit\w*|<HEADACHE>",
        window=150,
    ),
    # stroke: one-sided weakness or numbness, when sudden or with other stroke signs
    rule(
        "stroke",
        r"(?:weak\w*|numb\w*|tingl\w*|paraly[sz]\w*|dead|no\s+feeling|<CANT>\s+(?:move|feel|lift|"
        r"use))\s+<W>{0,4}?(?:(?:left|right|one)\s+(?:side|arm|leg|hand|half)|"
        r"side\s+of\s+<WHO>\s+(?:body|face))|(?:left|right|one|half)\s+(?:side\s+(?:of\s+<WHO>\s+"
        r"(?:body|face)\s+)?|(?:of\s+)?<WHO>\s+(?:body|face)\s+)(?:is\s+|went\s+|feels\s+|has\s+gone\s+|suddenly\s+|got\s+)*(?:weak|numb|"
        r"paraly\w*|dead|limp)|(?:left|right)\s+(?:arm|leg|hand|foot)\s+(?:(?:and|n|&|\+)\s+(?:arm|"
        r"leg|hand|foot|face)\s+)?(?:is\s+|are\s+|went\s+|feels?\s+|has\s+gone\s+|have\s+gone\s+|"
        r"gone\s+|suddenly\s+|got\s+|just\s+|kind\s+of\s+|all\s+|hanging\s+)*(?:weak|numb|paraly\w*|"
        r"dead|limp|heavy|clumsy|useless|floppy|dropped|dropping|droop\w*|gave\s+(?:out|way)|"
        r"stopped\s+working|won'?t\s+(?:move|work))|(?:lost|losing)\s+(?:the\s+)?(?:use|feeling|power|"
        r"strength)\s+(?:of|in)\s+<WHO>\s+(?:left|right)\s+(?:arm|leg|hand|side)|"
        r"one[- ]sided\s+(?:weakness|numbness|paralysis)",
        r"<SUDDEN>|\bjust\b|started|began|woke\s+up|"
        r"this\s+morning|an\s+hour|(?:minutes?|mins?|hours?|hrs?)\s+ago|right\s+now|\bnow\b|face|"
        r"speech|words|slurr?\w*|droop\w*|confus\w*|stroke|<CANT>\s+(?:even\s+)?(?:walk|stand|talk|speak|"
        r"hold|grip|lift)",
        window=200,
    ),
    # stroke: one side of the body suddenly weak, numb, heavy or clumsy ("right leg n arm
    # suddenly feel heavy", "suddenly numb down my left side")
    rule(
        "stroke",
        r"(?:left|right|one)\s+(?:side|arm|leg|hand|foot|half)\b[^.!?\n]{0,40}?sudden\w*\s+"
        r"(?:\w+\s+){0,2}?(?:weak\w*|numb\w*|heavy|clumsy|dead|limp|paraly\w*)|sudden\w*\s+"
        r"(?:\w+\s+){0,3}?(?:weak\w*|numb\w*|heavy|clumsy|paraly\w*)\s+(?:\w+\s+){0,3}?(?:left|"
        r"right|one)\s+(?:side|arm|leg|hand|foot|half)\b",
    ),
    # stroke: an arm, hand or leg gone limp or dead, with speech or face signs or a sudden onset
    rule(
        "stroke",
        r"(?:arm|hand|leg)\s+(?:is\s+|went\s+|has\s+gone\s+|just\s+|suddenly\s+|hanging\s+)*(?:limp|"
        r"dead|floppy|useless|paraly\w*)\b",
        r"<SUDDEN>|speech|speak|talk\w*|slurr?\w*|face|droop\w*|words|confus\w*",
        window=150,
    ),
    # stroke: the worst or a thunderclap headache
    rule(
        "stroke",
        r"worst\s+(?:\w+\s+)?<HEADACHE>\s+(?:of\s+<WHO>\s+(?:\w+\s+)?life|ever|i'?ve\s+ever|"
        r"i\s+have\s+ever)|thunderclap\s+head\w*|(?:<SUDDEN>|explosive)\s+<W>{0,2}?(?:severe|"
        r"excruciating|intense|worst|terrible|blinding|explosive)\s+<HEADACHE>",
    ),
    # stroke: named as happening now ("I think he's having a stroke", "is this a stroke")
    rule(
        "stroke",
        r"(?:having|think\s+<W>{0,2}?had)\s+a\s+(?:mini[- ]?)?stroke\b|(?:is|could)\s+(?:this|"
        r"it)\s+(?:be\s+)?a\s+(?:mini[- ]?)?stroke\b|mini[- ]?stroke|\btia\b",
        diagnosis=True,
    ),
    # stroke: sudden loss of vision in one eye
    rule(
        "stroke",
        r"<SUDDEN>\s+<W>{0,2}?(?:loss\s+of\s+(?:vision|sight)|vision\s+loss|blind\w*|"
        r"lost\s+(?:my\s+|his\s+|her\s+)?(?:vision|sight)|<CANT>\s+see)|(?:went|gone|"
        r"going)\s+blind\s+in\s+one\s+eye|(?:lost|losing|loss\s+of)\s+(?:the\s+|all\s+|<WHO>\s+)?"
        r"(?:vision|sight)\s+in\s+(?:<WHO>\s+)?(?:left|right|one)\s+eye|(?:curtain|shade|"
        r"blind)\s+(?:\w+\s+)?(?:came|coming|come|fell|falling|pulled)\s+(?:down|over)|"
        r"<CANT>\s+(?:read|see)\s+(?:\w+\s+){0,3}?(?:suddenly|all\s+of\s+a\s+sudden)",
    ),
    # breathing: cannot breathe or catch one's breath (not a blocked nose)
    rule(
        "breathing",
        r"<CANT>\s+(?:\w+\s+)?(?:<BREATHE>|catch\s+(?:(?:my|his|her|their|a|the|your)\s+)?breath|"
        r"get\s+(?:enough\s+|any\s+|a\s+full\s+|a\s+deep\s+)?(?:air|breath))(?!\s+(?:through|thru|out\s+of|from|"
        r"with)\s+(?:my|his|her|the|one|your)\s+(?:nose|nostril))",
        unless=r"stuffy|blocked\s+nose|congest\w*|through\s+(?:it|(?:my|his|her|the)\s+nose)",
        window=60,
    ),
    # breathing: not breathing, stopped breathing (not apnoea in sleep)
    rule(
        "breathing",
        r"(?:\bnot|isn'?t|stopped|wasn'?t|no\s+longer)\s+<BREATHE>(?!\s+(?:\w+\s+){0,3}?(?:sleep|"
        r"night|snor|through\s+(?:my|his|her)\s+nose|exercises))",
    ),
    # breathing: trouble, struggling or gasping for breath; severe breathlessness
    rule(
        "breathing",
        r"(?:trouble|difficult\w*|hard|struggl\w*|labou?red|fighting|gasping|desperate|"
        r"hard\s+time)\s+(?:to\s+|for\s+|with\s+|in\s+)?(?:every\s+|each\s+|my\s+|his\s+|her\s+|"
        r"a\s+)?(?:<BREATHE>|air)(?!\s+(?:through|"
        r"thru)\s+(?:my|his|her|the)\s+nose)|\bgasp\w*|(?:severe|extreme|really\s+bad|very|"
        r"extremely|terribly)\s+(?:short(?:ness)?\s+of\s+breath|breathless\w*)|"
        r"short(?:ness)?\s+of\s+breath\s+(?:even\s+)?(?:at\s+rest|while\s+resting|(?:at|when)\s+"
        r"rest\w*|(?:while\s+|when\s+)?sitting\s+(?:still|down)|lying\s+down|doing\s+nothing)|"
        r"wheez\w*\s+(?:\w+\s+)?(?:so\s+bad|so\s+badly|really\s+bad|non[- ]?stop)|"
        r"<CANT>\s+(?:even\s+|really\s+)?(?:talk|speak|finish|say|get\s+out|complete)\s+(?:in\s+)?"
        r"(?:a\s+)?(?:full\s+|whole\s+|complete\s+|single\s+|one\s+)?sentences?|"
        r"(?:stop\w*|paus\w*|gasp\w*|breath\w*)\s+(?:\w+\s+){0,4}?(?:mid[- ]?sentence|between\s+"
        r"(?:every\s+|each\s+)?words|after\s+(?:every|each|a\s+few|one|two|three|[1-3])\s+words?)|"
        r"(?:only|just|barely)\s+(?:\w+\s+)?(?:say|get\s+out|manage|speak|talk)\s+(?:\w+\s+){0,2}?"
        r"(?:a\s+few|one|two|three|[1-3]|a\s+couple(?:\s+of)?|single)\s+(?:\w+\s+){0,2}?words?\s+"
        r"(?:at\s+a\s+time|before|between|then|without)|"
        r"(?:short(?:ness)?\s+of\s+breath|out\s+of\s+breath|breathless\w*|winded)\s+(?:\w+\s+){0,4}?"
        r"(?:at\s+rest|resting|just\s+(?:sitting|lying)|sitting\s+(?:still|here|down|up)|lying\s+"
        r"(?:in\s+bed|down|flat|still)|doing\s+nothing|not\s+doing\s+anything|<CANT>\s+(?:\w+\s+)?"
        r"(?:walk|talk|speak|move|get\s+up|stand|lie))|(?:breath\w*|breathing)\s+(?:is\s+|has\s+"
        r"|was\s+|keeps\s+)?(?:gotten\s+|getting\s+|become\s+|gone\s+)?(?:really|very|so|extremely|"
        r"terribly|incredibly)\s+(?:bad|laboured|labored|hard|difficult|shallow|noisy)|"
        r"(?:<SUDDEN>|came\s+on)\s+<W>{0,2}?(?:short(?:ness)?\s+of\s+breath|out\s+of\s+breath|"
        r"breathless\w*)|(?:short(?:ness)?\s+of\s+breath|breathless\w*)\s+(?:\w+\s+){0,3}?(?:<SUDDEN>|"
        r"came\s+on\s+(?:all\s+of\s+a\s+sudden|fast|suddenly))",
    ),
    # breathing: asthma not relieved by the inhaler, with distress signs
    rule(
        "breathing",
        r"asthma\s+attack|inhaler|reliever|puffer|nebuli[sz]er|ventolin|albuterol|salbutamol",
        r"(?:isn'?t|not|aren'?t|doesn'?t|didn'?t|no\s+longer|stopped|won'?t|hasn'?t)\s+(?:\w+\s+){0,2}?"
        r"(?:help\w*|work\w*|do\w*\s+anything|touch\w*|mak\w*\s+(?:a|any)\s+difference|"
        r"get\w*\s+better)|no\s+(?:help|effect|relief|difference)|<CANT>\s+(?:\w+\s+){0,2}?(?:talk|"
        r"speak|finish|walk|stand|lie|get\s+air|<BREATHE>)|getting\s+worse|worse\s+and\s+worse|blue|"
        r"grey|gray|gasp\w*|struggl\w*|ribs|exhausted|drows\w*|(?:\d{2}|ten|twenty)\s+puffs",
        window=150,
    ),
    # breathing: sudden breathlessness with a sharp pain on breathing in, a swollen calf or
    # after a long journey or surgery (a clot in the lung)
    rule(
        "breathing",
        r"short(?:ness)?\s+of\s+breath|out\s+of\s+breath|breathless\w*|<CANT>\s+(?:\w+\s+)?<BREATHE>",
        r"sharp|stabbing|(?:pain|hurts?)\s+(?:\w+\s+){0,3}?(?:breath\w*\s+in|inhal\w*|deep\s+breath)|"
        r"cough\w*\s+(?:up\s+)?blood|(?:calf|leg)\s+(?:\w+\s+){0,2}?(?:swollen|swelling|pain\w*|"
        r"hurts?|red)|flight|flew|plane|long\s+(?:drive|trip)|surgery|operation",
        r"<SUDDEN>|started|came\s+on|\bnow\b|today|tonight|\bjust\b|since",
        window=200,
    ),
    # breathing: flaring nostrils in a baby or with breathing trouble
    rule(
        "breathing",
        r"nostrils?\s+(?:are\s+|is\s+)?flar\w*|flar\w*\s+(?:\w+\s+)?nostrils?|head\s+bobb\w*|"
        r"tracheal\s+tug",
        r"breath\w*|baby|infant|newborn|grunt\w*|ribs|wheez\w*|struggl\w*",
        window=150,
    ),
    # breathing: choked on something and cannot cough, talk or breathe
    rule(
        "breathing",
        r"\bchoked\s+on\b",
        r"<CANT>\s+(?:\w+\s+)?(?:cough|talk|speak|<BREATHE>|cry|make\s+(?:a|any)\s+(?:sound|noise))|"
        r"blue|not\s+breathing|gasp\w*|struggl\w*|clutch\w*",
        window=150,
    ),
    # breathing: suffocating, with another breathing sign (not "this job is suffocating me")
    rule(
        "breathing",
        r"suffocat\w*\b(?!\s+(?:in|at|under|from|by|me)\b)|smothering",
        r"<CANT>\s+(?:\w+\s+)?(?:<BREATHE>|get\s+(?:any\s+|enough\s+)?air)|gasp\w*|blue|grey|gray|"
        r"throat|struggl\w*|chok\w*|wheez\w*",
        window=120,
    ),
    # breathing: a low oxygen reading ("pulse ox says 85%", "sats 88")
    rule(
        "breathing",
        r"(?:pulse\s?ox\w*|oximeter|oxygen|o2|sats?|spo2|saturation)\s+(?:\w+\s+){0,3}?(?:[5-8]\d|"
        r"9[0-1])\s*%?(?!\d)",
        unless=r"(?:usual|normal|typical|baseline|always)\s+(?:for\s+(?:him|her|me|them)|level|"
        r"range)|(?:his|her|my|their)\s+(?:usual|normal|baseline)|target|aim\s+for",
        window=100,
    ),
    # breathing: fast, shallow or grunting breathing with signs of a very sick person
    rule(
        "breathing",
        r"breath\w*\s+(?:\w+\s+){0,2}?(?:fast|rapid\w*|quick\w*|shallow|deep\s+and\s+fast)|"
        r"(?:fast|rapid|shallow)\s+breath\w*|grunt\w*\s+(?:with|on|at)\s+(?:each|every)\s+breath",
        r"grunt\w*|flar\w*|ribs|confus\w*|sleepy|drows\w*|letharg\w*|floppy|mottled|blue|purple|"
        r"grey|gray|fruity|won'?t\s+wake|hard\s+to\s+wake|<CANT>\s+(?:talk|speak)|pneumonia|"
        r"\d+\s+(?:times|breaths)\s+(?:a|per)\s+min\w*|fever\w*|vomit\w*|sepsis",
        window=150,
    ),
    # breathing: noisy breathing with the skin between the ribs sucking in (stridor, retractions)
    rule(
        "breathing",
        r"(?:skin|chest|belly|tummy|stomach|ribs?|neck|throat)\s+(?:\w+\s+){0,3}?(?:suck\w*|pull\w*|"
        r"caving|sink\w*|cav\w*)"
        r"\s+in|retractions?|stridor|(?:whistl\w*|high[- ]pitched|crowing|squeak\w*)\s+(?:\w+\s+)"
        r"{0,2}?(?:sound|noise)?\s*(?:when|as|with\s+(?:each|every))\s+(?:\w+\s+)?breath\w*",
    ),
    # breathing: a closing upper airway: drooling, can't swallow spit, a muffled voice
    rule(
        "breathing",
        r"<CANT>\s+swallow\s+(?:\w+\s+){0,2}?(?:spit|saliva)|muffled\s+voice|"
        r"voice\s+(?:\w+\s+){0,2}?muffled|hot\s+potato\s+voice",
    ),
    # breathing: lips or face turning blue
    rule(
        "breathing",
        r"(?:lips?|face|mouth|tongue|skin)\s+<W>{0,4}?(?:turn\w*|going|gone|went|look\w*|are|is|"
        r"became|getting)\s+(?:\w+\s+){0,2}?(?:blue|bluish|purple|purplish|grey|gray)\b|(?:blue|"
        r"bluish)\s+(?:lips|face)|(?:turning|turned|gone|went)\s+blue",
        unless=r"blueberr\w*|smoothie|dye|paint|food\s+colou?r\w*|lipstick|popsicle|candy|"
        r"\bink\b|marker|slushie|cold\s+(?:water|pool)",
        window=100,
    ),
    # breathing: choking, something stuck in the throat
    rule(
        "breathing",
        r"\bchok(?:ing|es)\b(?!\s+(?:up\b|hazard|game|sensation|feeling|on\s+<WHO>\s+words))|"
        r"something\s+(?:is\s+)?stuck\s+in\s+<WHO>\s+(?:throat|windpipe|airway)",
        unless=r"(?:smog|smoke|pollution|dust|traffic|job|work|city|heat|humidity|stress|deadline\w*|"
        r"boss|rent|bills|this\s+(?:place|town|city|job))\s+(?:\w+\s+){0,3}?(?:is|are|was)\s+"
        r"choking\s+me|back\s+blows|(?:abdominal|chest)\s+thrusts|heimlich",
        window=200,
    ),
)
