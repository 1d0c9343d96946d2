"""The patterns that find personal data, used by :mod:`askmed_engine.personal_data`.

:data:`PERSONAL` lists ``(kind, pattern)`` pairs; a match's span is its group ``v``,
``name``, ``lname`` or ``kname`` if it has one, else the whole match. Bare numbers count only
after a cue ("MRN", "phone", "born"). All repetition is bounded, so that long or hostile
input stays linear.
"""

from __future__ import annotations

import re

_TW_PART = (
    r"(?:No\.?\s?\d{1,5}(?:-\d{1,4})?|(?:Lane|Ln\.?|Alley|Aly\.?)\s\d{1,4}|Sec(?:tion|\.)?\s?"
    r"\d{1,2}|\d{1,2}(?:F(?:-\d{1,3})?|th\s+Floor|st\s+Floor|nd\s+Floor|rd\s+Floor)|(?:[A-Z][a-z']"
    r"{1,15}\b[\s-]?|[NSEW]\.?\s|(?:North|South|East|West)\s|\d{1,2}(?:st|nd|rd|th)\s){1,4}\b(?:Road|"
    r"Rd\.?|Street|St\.?|Blvd\.?|Boulevard|Avenue|Ave\.?)(?![a-z])|(?:[A-Z][a-z']"
    r"{1,15}\s){1,2}(?:District|Dist\.?|Township|Village)|(?:New\s+)?(?:Taipei|Taichung|Tainan|"
    r"Kaohsiung|Taoyuan|Hsinchu|Keelung|Chiayi|Changhua|Yilan|Hualien|Taitung|Pingtung|Miaoli|"
    r"Nantou|Yunlin|Penghu|Kinmen)(?:\s+City|\s+County)?|Taiwan(?:\s*\(R\.O\.C\.\))?|\d{3,6})"
)

TW_ADDRESS = re.compile(r"(?i:" + _TW_PART + r"(?:,?\s{1,3}" + _TW_PART + r"){1,8})")
_LOWER = r"[a-zà-öø-ÿ]"
_CAPS_OR_NAME = (
    r"(?:[A-Z]{2,20}(?:-[A-Z]{2,20})?|[A-Z][a-zà-öø-ÿ]{1,20}(?:-[A-Za-z][a-zà-öø-ÿ]{1,20})?)"
)
_NAME_WORD = (
    r"[A-Z]"
    + _LOWER
    + r"{0,20}(?:[A-Z]"
    + _LOWER
    + r"{1,20})?(?:['-][A-Za-z]"
    + _LOWER
    + r"{1,20})?"
)
_NAME = _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,2}"
_RELATIVES = (
    r"son|daughter|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|mother|mom|mum|"
    r"father|dad|brother|sister|baby|child|kid|grandson|granddaughter|grandmother|grandma|"
    r"grandfather|grandpa|aunt|uncle|niece|nephew|friend|cousin|neighbou?r|boss|colleague|"
    r"roommate|flatmate|housemate|classmate|coworker|co-worker|caregiver|nanny|newborn|toddler|"
    r"fianc[eé]|stepson|stepdaughter|(?:father|mother|son|daughter|brother|sister)-in-law|"
    r"\d{1,2}[- ](?:year|yr|month|week)[- ]old"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?i:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[-/]"
    + _MONTH
    + r"[-/]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?"
    r"\s+(?:of\s+)?" + _MONTH + r",?(?:\s+\d{4})?|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?)(?!\d)"
)
_LABEL = (
    r"(?:\s+[A-Z]{2,5}\b(?![-\d]))?(?i:(?:\s*\(?\s*(?:number|no\.?|num|#|id|ic|card|identifier|file|"
    r"account|acct|ref|reference|\([a-z]{2,6}\)|\((?=\d))){0,3}\s*(?:is|was|[:=#,-]{1,2})?\s*"
    r"(?:(?:changed|went|is\s+now|now|from|was)\s+){0,2})(?:[A-Z][a-z]{1,15}\s|[A-Z]{2,5}\s(?!\d{1,2}\s))"
    r"{0,2}\(?"
)
_ID_VALUE = (
    r"(?P<v>(?i:(?=[a-z]{0,4}[- ]?\d)[a-z0-9]{1,20}(?:[-.][a-z0-9]{1,20}){0,4}(?:\(\w\))?"
    r"(?:[ ]\d{2,6}){0,4}(?:[ ][a-d](?![\w-])|[ ]\d(?=[ ]?[(),.;:]|$))?))(?:\b|(?<=\)))"
)
_TLDS = (
    r"(?:com|org|net|gov|edu|io|tw|uk|info|biz|health|ca|au|de|jp|cn|hk|sg|eu|app|ai|ly|nz|me|co|"
    r"us|tv|link|site|page|online|xyz|shop|gl|gd|li|fr|kr|in|my|ph|th|vn|id)"
)
_UNIT = r"(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|#)\.?\s*#?[A-Za-z0-9-]{1,6})"
# ", Springfield, IL 62704", ", Oakland CA 94610", ", Chicago"
_CITY_TAIL = (
    r"(?:,\s*(?:[A-Z][a-z]{1,20}[ \t]?){1,3}(?:,?\s*[A-Z]{2,3}(?:\s+(?:\d{5}(?:-\d{4})?|"
    r"[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}))?\b|,?\s*"
    r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)?)?"
)
# UK postcodes: "M14 6RT", "WC2B 6SR"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
_STREET_TYPES = (
    r"(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Circle|Parkway|Highway|"
    r"Square|Trail|Grove|Close|Crescent|Gardens|Row|Mews|Walk|Hill|Green|Rise|View)\b|(?:St|Ave|"
    r"Rd|Blvd|Ln|Ct|Pl|Pkwy|Hwy|Dr|Cir|Ter|Cres)\b\.?)"
)

# (kind, pattern): the span is the group "v", "name" or the whole match.
PERSONAL: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.MULTILINE))
    for kind, pattern in (
        # e-mail addresses
        (
            "email",
            r"\b[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}"
            r"\.[A-Za-z]{2,12}\b",
        ),
        # e-mail addresses spelled out: "cool.dude at gmail dot com"
        (
            "email",
            r"(?i:\b[\w.%+-]{1,64}\s{1,3}(?:at|\[at\]|\(at\))\s{1,3}[a-z0-9-]{1,63}\s{1,3}(?:dot|"
            r"\[dot\]|\(dot\))\s{1,3}(?:com|net|org|edu|gov|io|tw|uk|co)\b)",
        ),
        # links: http(s)://..., www..., and bare domains with a common ending
        ("url", r"(?i:\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]{1,2000})"),
        (
            "url",
            r"(?i:\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}"
            + _TLDS
            + r"\b(?!@)(?:/[^\s<>\"'()\[\]{}]{0,2000})?)",
        ),
        # phones: +country code; Taiwan mobile 09xx; Taiwan landline; US with dashes/parens
        ("phone", r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,6}(?!\w)"),
        ("phone", r"(?<![\d-])0[4-9]\d{2}[ -]?\d{3}[ -]?\d{3}(?![\d-])"),
        # US numbers with spaces: "646 555 0172"
        ("phone", r"(?<![\w.,-])[2-9]\d{2} [2-9]\d{2} \d{4}(?![\w-])"),
        (
            "phone",
            r"(?<![\w(])\(0\d{1,2}\)[ ]?\d{3,4}[ -]?\d{4}(?!\d)"
            r"|(?<![\w-])0\d{1,2}[ -]\d{3,4}[ -]\d{4}(?![\w-])",
        ),
        (
            "phone",
            r"(?<![\w(])\(\d{3}\)[ ]?\d{3}[ .-]\d{4}(?!\d)|(?<![\w-])\d{3}-\d{3}-\d{4}"
            r"(?![\w-])|(?<![\w-])1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}(?!\d)|"
            r"(?<![\w.])\d{3}\.\d{3}\.\d{4}(?![\w.]?\d)|(?<![\w+])07\d{3}[ ]?\d{3}[ ]?\d{3}(?!\d)",
        ),
        # phones given as such: "call me at 555 123 4567", "tel: 020 7946 0958"
        (
            "phone",
            r"(?i:\b(?:phone|tel|telephone|mobile|cell|cellphone|call\s+me|text\s+me|"
            r"reach\s+me|contact\s+me|whatsapp|fax)\b|電話|手機)(?:\s+(?:number|no\.?|#|is|at|"
            r"on))*\s*[:#-]?"
            r"\s*(?P<v>\+?\(?\d(?:\d|[ .-](?=\(?\d)|\)[ ]?){5,18}\d)(?!\d)",
        ),
        # national IDs: Taiwan (A123456789, and resident A812345678), US SSN
        ("national_id", r"\b[A-Z][1289]\d{8}\b"),
        ("national_id", r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"),
        (
            "national_id",
            r"(?i:\bssn\b|social\s+security)" + _LABEL + r"(?P<v>\d{3}[ -]?\d{2}[ -]?\d{4})(?!\d)",
        ),
        (
            "national_id",
            r"(?i:aadh?aa?r|(?-i:\bMy\s+Number\b)|\bsin\b|social\s+insurance|\bic\b|mykad|\bfin\b|"
            r"resident\s+registration|\brrn\b|ghana\s+card|\bcpf\b|\bcurp\b|\bnik\b|\bktp\b|"
            r"\bpesel\b|\bbsn\b|\bdni\b|\bnie\b|\bnif\b|codice\s+fiscale|\bpan\s+card|tax\s+(?:id|"
            r"number)|\bitin\b|\btin\b|national\s+(?:registration|identification))"
            + _LABEL
            + _ID_VALUE,
        ),
        # IDs given as such: passport, residence permit, ID card, driver's licence
        (
            "national_id",
            r"(?i:passport|residen(?:ce|t)\s+(?:permit|card|certificate)|\barc\b|"
            r"national\s+id(?:entity)?|id\s+card|identity\s+card|identification|\bid\b|身分證"
            r"(?:字號)?|driver'?s?\s+licen[cs]e|national\s+insurance|\bnino?\b|\bnric\b|\bhkid\b|"
            r"citizen\s+(?:id|number)|personal\s+(?:id|number))" + _LABEL + _ID_VALUE,
        ),
        # record numbers given as such: MRN, chart, patient ID, insurance, NHI, NHS, Medicare
        (
            "record_number",
            r"(?i:\bmrn\b|medical\s+records?|\brecords?\b|\bchart\b|patient|accession|specimen|"
            r"\bsample\b|\blab\b|requisition|encounter|admission|episode|referral|authori[sz]ation|"
            r"\bclaim\b|account|booking|ticket|"
            r"prescription|\brx\b|\bcase\b|\bfile\b|\bvisit\b|\bbed\b|\bward\b|"
            r"hospital|\bcase\b|(?<!social\s)(?<!national\s)insurance|insurer|policy|member|"
            r"subscriber|claim|\bmbi\b|\bnhi\b|national\s+"
            r"health\s+insurance|health\s+card|\bnhs\b|medicare|medicaid|病歷號?|健保卡?)"
            + _LABEL
            + _ID_VALUE,
        ),
        # US street addresses: "1234 Elm Street, Apt 5B, Springfield, IL 62704"
        (
            "address",
            r"(?:" + _UNIT + r",\s*)?\b\d{1,6}[A-Z]?\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|"
            r"West)\.?\s+)?(?:(?:[A-Z][a-z]{1,20}|\d{1,3}(?:st|nd|rd|th))\s+){1,3}"
            + _STREET_TYPES
            + r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?(?:,?\s+"
            + _UNIT
            + r")?"
            + _CITY_TAIL
            + r"|(?i:\bP\.?\s?O\.?\s+Box\s+\d{1,6})"
            + _CITY_TAIL,
        ),
        # a street without a type, with a city and a US zip code or a UK postcode:
        # "250 Broadway, Suite 1200, New York, NY 10007", "Flat 3, 27 Harrow Road, London W2 5XX"
        (
            "address",
            r"(?:"
            + _UNIT
            + r",\s*)?\b\d{1,6}[A-Z]?\s+(?:[A-Z][a-z']{1,20}[ \t]?){1,4}(?:,\s*"
            + _UNIT
            + r")?,\s*(?:[A-Z][a-z]{1,20}[ \t]?){1,3}(?:,?\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|,?\s*"
            + _UK_POSTCODE
            + r")",
        ),
        # addresses given as such, in any case: "our address is 14 elm st, springfield"
        (
            "address",
            r"(?i:\baddress(?:\s+is|\s*:)|\blive\s+at|\bliving\s+at|\bmoved\s+from|\bmail\s+(?:it\s+)?"
            r"to|\bsend\s+(?:it\s+|them\s+)?to|\bwe'?re\s+at|\bi'?m\s+at|\blocated\s+at)\s+"
            r"(?P<v>(?i:\d{1,6}[a-z]?\s+(?:[nsew]\.?\s+)?(?:[a-z0-9']{1,20}\s+){1,3}?"
            + _STREET_TYPES
            + r"(?:,\s*[a-z]{2,20}(?:\s[a-z]{3,20})?(?:,?\s+[a-z]{2}(?:\s+\d{5})?\b)?)?))",
        ),
        # European streets: "12 Rue de Rivoli, 75001 Paris", "Hauptstraße 5, 10115 Berlin"
        (
            "address",
            r"\b\d{1,4}(?:bis|ter)?,?\s+(?:Rue|Avenue|Av\.|Boulevard|Bd\.?|Via|Viale|Calle|Carrer|Rua|"
            r"Avenida|Chemin|Piazza|Plaza|Quai|All[ée]e|Impasse|Corso)\s+(?:(?:de|du|des|la|le|l'|"
            r"del|della|di|da|do|dos|das|van|von)\s+|[A-Z][\wÀ-ÿ'-]{1,20}\s?){1,4}(?:,\s*\d{4,5}\s+"
            r"[A-Z][a-zà-ÿ]{1,20}(?:[ -][A-Z][a-zà-ÿ]{1,20})?)?|\b[A-Z][a-zäöüß]{2,30}(?:straße|"
            r"strasse|weg|gasse|platz|allee|laan|straat|gade|vej)\s+\d{1,4}[a-z]?(?:,\s*\d{4,5}\s+"
            r"[A-Z][a-zäöüß]{1,20})?",
        ),
        # Taiwan addresses in English: "No. 5, Lane 12, Section 2, Zhongshan Road, Taipei"
        ("address", TW_ADDRESS),
        # dates of birth given as such: "born on 3 March 1985", "DOB: 1990/07/15"
        (
            "date_of_birth",
            r"(?i:\bborn\s*(?:[:-]\s*|on\s+)?(?:the\s+)?|\b(?:dob|d\.o\.b)\b\.?\s*(?:[:-]\s*|is\s+|"
            r"was\s+)?|date\s+of\s+birth\s*(?:is\s+|[:-]\s*)?|birth\s?(?:day|date)\s*,?\s*(?:which\s+"
            r"is\s+|is\s+|was\s+|[:-]\s*)?(?:on\s+)?|b-?day\s+(?:is\s+)?)(?P<v>" + _DATE + r")",
        ),
        # names given as such: "my name is ...", "Name: ...", "I'm ...", "this is ..."
        (
            "name",
            r"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bname\s*[:：]|\bi\s+am|\bi'm|\bim|"
            r"\bthis\s+is|\bcall\s+me|\bsigned|\bname'?s|(?:^|\b(?:hi|hey|hello|yo)\b[,!]?[ \t]+)"
            r"it'?s|\bask\s+for|\bspeak\s+(?:to|with))[,:]?[ \t]+(?P<name>" + _NAME + r")",
        ),
        (
            "name",
            r"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bname'?s|\bname\s*[:：])[ \t]+"
            r"(?P<name>(?i:[a-z]{2,20}(?:[ -][a-z]{2,20}){0,2}))\b",
        ),
        # lower-case introductions followed by a comma: "this is jenny wu, pls call me"
        (
            "name",
            r"(?i:\bthis\s+is|\bi'm|\bim|\bit'?s)[ \t]+(?P<lname>[a-z]{2,15}(?:[ ][a-z]{2,15})?)"
            r"(?=[ \t]*,)",
        ),
        # "Name Lee Chun-hung, born ..." (a label without a colon, at the start of a line)
        ("name", r"(?:^|\n|[.;|/][ \t]*)(?i:name)[ \t]+(?P<name>" + _NAME + r")"),
        # "NAME: WU CHIA-HAO", "ROBERT KIM, 67, ...", "Jane Doe, 45 Harbor Rd"
        (
            "name",
            r"(?:^|[.!?:;/][ \t]+|\n)[ \t]*(?P<name>"
            + _CAPS_OR_NAME
            + r"[ \t]+"
            + _CAPS_OR_NAME
            + r"(?:[ \t]+"
            + _CAPS_OR_NAME
            + r")?),[ \t]*(?=\d{1,3}\b|(?i:male|female|aged?|[mf])\b)",
        ),
        ("name", r"(?i:\bname\s*[:：])[ \t]*(?P<name>[A-Z]{2,20}(?:[ -][A-Z]{2,20}){1,3})\b"),
        # "(Chen Wei, male, 58)", "my son (Noah, 12)"
        (
            "name",
            r"\((?P<name>" + _NAME + r"),[ \t]*(?:\d{1,3}\b|(?i:male|female|aged?|[mf])\b)",
        ),
        # "write to me, Grace, at ...", "my twin boys, Ethan and Lucas"
        ("name", r"\b(?:me|myself)[ \t]*,[ \t]*(?P<name>" + _NAME + r")[ \t]*,"),
        (
            "name",
            r"(?i:\b(?:my|our)\s+(?:\w+\s+)?(?:twins|kids|children|boys|girls|sons|daughters|"
            r"parents|grandparents))[ \t]*,?[ \t]+[A-Z][a-z]{1,20}[ \t]*(?:,|and|&)[ \t]*"
            r"(?P<name>" + _NAME_WORD + r")",
        ),
        # carers by role: "Nurse practitioner Karen Lee", "my therapist Dana"
        (
            "name",
            r"\b(?i:nurse(?:\s+practitioner)?|midwife|therapist|counsel+or|pharmacist|surgeon|"
            r"consultant|psychiatrist|psychologist|p(?:a)?ediatrician|dentist|physio(?:therapist)?|"
            r"oncologist|cardiologist|neurologist|dermatologist|gp|np|dietitian|social\s+worker|"
            r"case\s+manager|physician\s+assistant)(?:\s+(?:named|called|is))?,?[ \t]+(?P<name>"
            + _NAME
            + r")",
        ),
        # lower-case: "mrs. tsai", "my daughter mei, age 6"
        ("name", r"\b(?i:mr|mrs|ms|dr)\.[ \t]*(?P<kname>[a-z]{2,15})\b"),
        (
            "name",
            r"(?i:\b(?:my|our)\s+(?:"
            + _RELATIVES
            + r"))[ \t]+(?P<kname>[a-z]{2,15})(?=[ \t]*,[ \t]*"
            r"(?:age|aged|\d))",
        ),
        # a name alone on the last line after a dash: "- Sarah"
        ("name", r"(?:^|\n)[ \t]*[-–—~]{1,2}[ \t]*(?P<name>" + _NAME + r")[ \t]*(?=\n|$)"),
        # a second record number: "MRN changed from 0048812 to 1129934"
        (
            "record_number",
            r"(?i:\bmrn\b|medical\s+record\s+(?:number|no)|patient\s+id|chart\s+(?:number|no))"
            r"[^.\n]{0,40}?\d{5,12}\s+(?:to|and|or|/|,)\s+(?P<v>\d{5,12})\b",
        ),
        # names after a label: "Patient: Gomez, Lucia", "Emergency contact: Lucas Moreau"
        (
            "name",
            r"(?i:\bname|patient|student|mother|father|parent|guardian|child|emergency\s+contact|"
            r"contact|next\s+of\s+kin|attn|attention|caregiver|spouse)[ \t]*[:：][ \t]*(?P<name>"
            + _NAME_WORD
            + r",[ \t]+"
            + _NAME_WORD
            + r"|"
            + _NAME
            + r")",
        ),
        # "Brian here", "Hello, Rebecca Stone here."
        ("name", r"(?:^|[.!?,][ \t]+|\n)[ \t]*(?P<name>" + _NAME + r")[ \t]+here\b"),
        # a name on its own line after thanks, or under an e-mail address
        (
            "name",
            r"(?:(?i:thanks|thank\s+you|thx|cheers|regards)[^\n]{0,60}|[\w.+-]{1,64}@[\w.-]{1,100})"
            r"\n[ \t]*[-–—~]{0,2}[ \t]*(?P<name>" + _NAME + r")[ \t]*(?=\n|$)",
        ),
        # sign-offs: "Thanks, Mary Jones", "Regards,\nDavid"
        (
            "name",
            r"(?:^|[.!?][ \t]+)[ \t]*(?i:thanks|thank\s+you|thx|regards|best\s+regards|"
            r"kind\s+regards|warm\s+regards|best\s+wishes|best|sincerely|cheers|yours(?:\s+truly)?"
            r"|respectfully|many\s+thanks)(?i:\s+(?:so\s+much|a\s+lot|again|in\s+advance))?[ \t]*"
            r"[,!.]?[ \t]*\n?[ \t]*[-–—~]?[ \t]*(?P<name>" + _NAME + r")[ \t]*[.!]?[ \t]*$",
        ),
        # relatives and titles: "my son Kevin", "Mr. Wang", "Dr. Alan Brown"
        (
            "name",
            r"(?i:\b(?:my|our)\s+(?:(?:teenage|teen|little|older|younger|eldest|oldest|youngest|"
            r"twin|adult|elderly|late|baby|new|\d{1,2}[- ]?(?:year|yr|month|week)[- ]?old)\s+)"
            r"{0,2}(?:" + _RELATIVES + r"|twins|boys|girls|kids|children|sons|daughters|parents))"
            r"(?:'s\s+name\s+is|\s+is\s+called|\s+is\s+named|\s+named|\s+called|\s+is)?\s*,?[ \t]+"
            r"(?P<name>" + _NAME + r")",
        ),
        (
            "name",
            r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|DR|dr|Prof|Doctor|Nurse|Professor)\.?[ \t]+"
            r"(?P<name>(?:[A-Z]\.[ \t]*)?" + _NAME + r")",
        ),
    )
)
