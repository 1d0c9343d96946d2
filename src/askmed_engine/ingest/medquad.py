"""Reader for MedQuAD (Ben Abacha & Demner-Fushman, 2019), licensed CC BY 4.0.

The collection is a folder of subfolders (``1_CancerGov_QA/``, ``6_NINDS_QA/``, ...),
each holding one XML document per topic::

    <Document id="0000001" source="NINDS" url="...">
      <Focus>...</Focus>
      <QAPairs><QAPair pid="1"><Question qtype="...">...</Question><Answer>...</Answer>

A few files use older spellings of the same schema (``<doc docid corpus>`` with
``<doctitle-focus>``/``<qaPairs>``/``<pair>``, or a ``<DiseaseFile fid>`` root); they are
read the same way. Each XML file is one :class:`SourceFile` unit keyed
``"<folder>/<file>"``. Every answered pair gives a :class:`QuestionRecord` answered by
the institute (never by a doctor) and an :class:`ArticleRecord` with the same text, so
the answers can be shown as "from <institute>" and cited by the explanations.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # local data files; expat refuses entity bombs
from collections.abc import Iterator
from pathlib import Path

from askmed_engine.ingest._common import clean_line, clean_text, summarize
from askmed_engine.records import (
    AnswerRecord,
    ArticleRecord,
    Provenance,
    QuestionRecord,
    Record,
    SourceFile,
)

LICENSE = "CC BY 4.0"

MEDQUAD_ATTRIBUTION = (
    "Reference questions and answers from MedQuAD, the Medical Question Answering "
    'Dataset by Asma Ben Abacha and Dina Demner-Fushman, described in "A question-'
    'entailment approach to question answering", BMC Bioinformatics 20, 511 (2019), '
    "compiled from U.S. National Institutes of Health websites (cancer.gov, GARD, "
    "Genetics Home Reference, MedlinePlus, NIDDK, NINDS, NIHSeniorHealth, NHLBI, CDC). "
    "MedQuAD is licensed under the Creative Commons Attribution 4.0 International "
    "licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). askmed shows "
    "the answers as published by each institute, with whitespace cleaned and titles "
    "tidied; the institutes and the dataset authors do not endorse askmed."
)

INSTITUTES: dict[str, str] = {
    "CancerGov": "National Cancer Institute",
    "GARD": "Genetic and Rare Diseases Information Center (GARD)",
    "GHR": "Genetics Home Reference (U.S. National Library of Medicine)",
    "MPlusHealthTopics": "MedlinePlus (U.S. National Library of Medicine)",
    "NIDDK": "National Institute of Diabetes and Digestive and Kidney Diseases",
    "NINDS": "National Institute of Neurological Disorders and Stroke",
    "NIHSeniorHealth": "NIHSeniorHealth (National Institute on Aging)",
    "NHLBI": "National Heart, Lung, and Blood Institute",
    "CDC": "Centers for Disease Control and Prevention",
    # The three MedlinePlus subsets below ship without answers (MedlinePlus copyright);
    # they are mapped so that the reader is ready if answers are ever added.
    "ADAM": "A.D.A.M. Medical Encyclopedia (via MedlinePlus, U.S. National Library of Medicine)",
    "MPlusDrugs": "MedlinePlus Drug Information (U.S. National Library of Medicine)",
    "MPlusHerbsSupplements": (
        "MedlinePlus Herbs and Supplements (U.S. National Library of Medicine)"
    ),
}

SOURCE_DEPARTMENTS = {
    "CancerGov": "Hematology-Oncology",
    "GARD": "Medical Genetics",
    "GHR": "Medical Genetics",
    "NINDS": "Neurology",
    "CDC": "Infectious Diseases",
    "MPlusDrugs": "Pharmacy",
    "MPlusHerbsSupplements": "Nutrition",
}

# Ordered: the first rule whose pattern occurs in the focus wins, so the more specific
# organ rules come before the broad ones ("Diabetic Kidney Disease" -> Nephrology).
_FOCUS_RULES: tuple[tuple[str, str], ...] = (
    (
        r"abuse|addiction|alcohol|depress|anxiety|bipolar|schizo|mental|suicid|eating disorder"
        r"|gambling|smoking|panic|stress|attention deficit|autism|bereavement",
        "Psychiatry",
    ),
    (
        r"cancer|tumou?r|leukemia|lymphoma|myeloma|carcinoma|sarcoma|neoplasia|melanoma",
        "Hematology-Oncology",
    ),
    (
        r"kidney stone|bladder|urin|prostat|erectile|peyronie|cystocele|vesicoureteral"
        r"|perineal|circumcision",
        "Urology",
    ),
    (r"kidney|renal|nephr|dialysis|glomerul|proteinuria|creatinine", "Nephrology"),
    (
        r"\beyes?\b|vision|retin|macular|cataract|glaucoma|blind|cornea|amblyopia|eyelid",
        "Ophthalmology",
    ),
    (
        r"heart|cardi|blood pressure|hypertension|hypotension|angina|arrhythmia|atrial"
        r"|aneurysm|atherosclero|arter|cholesterol|valve|varicose|vein|vascul|ductus"
        r"|tetralogy|palpitation|electrocardiogram|circulat",
        "Cardiology",
    ),
    (
        r"lung|pulmonary|asthma|copd|bronch|pneumon|respirat|sleep apnea|pleur|cough|\bards\b"
        r"|cystic fibrosis|emphysema|oxygen|hypoventilation|breathing|ciliary|asbestos",
        "Pulmonology",
    ),
    (
        r"diabet|thyroid|glucose|blood sugar|insulin|hormone|adrenal|pituitary|cushing"
        r"|addison|acromegaly|prolactinoma|hypoglycemia|graves|hashimoto|endocrine|\ba1c\b"
        r"|metabolic syndrome|growth failure",
        "Endocrinology",
    ),
    (
        r"an(a)?emia|blood|clot|thromb|hemophilia|coagulation|sickle|thalass|polycythemia"
        r"|platelet|willebrand|hemochromatosis|bleeding|\brh\b|porphyria|bone marrow",
        "Hematology-Oncology",
    ),
    (
        r"hepatitis [a-e]\b|viral hepatitis|infection|virus|viral|\bhiv\b|\baids\b|\bflu\b"
        r"|influenza|tuberculosis|parasit|vaccin|immuniz|malaria|measles|shingles|sepsis"
        r"|foodborne|antibiotic resistance",
        "Infectious Diseases",
    ),
    (
        r"liver|hepat|bowel|stomach|colitis|crohn|celiac|gastr|diarrh|constipation|digest"
        r"|esophag|gallstone|gallbladder|biliary|bile|cirrhosis|pancrea|hemorrhoid|diverticul"
        r"|indigestion|colon|\banal\b|anus|reflux|gerd|lactose|vomiting|\bgas\b|proctitis"
        r"|cholangitis|intestin|whipple|zollinger|dumping|fecal|hirschsprung|alagille"
        r"|wilson disease|celiac|m.?n.?triers",
        "Gastroenterology",
    ),
    (
        r"brain|nerv|neuro|stroke|epilep|seizure|alzheimer|dementia|parkinson|sclerosis"
        r"|headache|migraine|palsy|spinal cord|ataxia|dystonia|restless legs|narcolepsy"
        r"|concussion|coma|aphasia|creutzfeldt",
        "Neurology",
    ),
    (
        r"skin|acne|eczema|psoria|rash|dermat|\bhair|\bnails?\b|moles?\b|wart|birthmark|burns?\b"
        r"|cellulitis",
        "Dermatology",
    ),
    (
        r"\bears?\b|hearing|tinnitus|sinus|throat|tonsil|voice|smell|taste|\bnose\b|vertigo"
        r"|dizziness|balance",
        "Otolaryngology",
    ),
    (r"tooth|teeth|dental|\bgums?\b|mouth|periodontal|dentures", "Dentistry"),
    (
        r"arthritis|lupus|gout|rheumat|autoimmune|vasculitis|fibromyalgia|spondylitis|behcet"
        r"|scleroderma|sarcoidosis|kawasaki",
        "Rheumatology",
    ),
    (
        r"\bbones?\b|fracture|osteopor|knee|\bhip|shoulder|joint|paget|\bfoot|\bfeet\b|ankle"
        r"|elbow|cartilage|marfan|dislocation",
        "Orthopedics",
    ),
    (
        r"back pain|back injur|rehabilitation|physical therapy|\bfalls?\b|chronic pain"
        r"|artificial limbs|assistive",
        "Rehabilitation",
    ),
    (
        r"pregnan|menstrua|menopause|ovar|uter|cervi[xc]|birth control|contracept|breastfe"
        r"|infertility|gestational|vagin|endometriosis|childbirth|abortion|cesarean|breast",
        "Obstetrics and Gynecology",
    ),
    (r"hernia|appendic|adhesions|surgery|obstruction", "General Surgery"),
    (r"cosmetic|reconstruct|botox|cleft", "Plastic Surgery"),
    (r"medicines?\b|\bdrugs?\b|antibiotics|antidepressants|blood thinners|steroids", "Pharmacy"),
    (
        r"diet|nutrition|vitamin|supplement|obesity|overweight|weight|calcium|fiber|\bfats\b"
        r"|proteins|carbohydrate|folic|caffeine|eating",
        "Nutrition",
    ),
    (r"child|infant|newborn|baby|teen", "Pediatrics"),
)
_COMPILED_RULES = tuple((re.compile(p, re.IGNORECASE), d) for p, d in _FOCUS_RULES)
_DRUG_QTYPES = frozenset(
    {"dose", "side effects", "usage", "indication", "precautions", "brand names",
     "storage and disposal", "forget a dose", "emergency or overdose", "severe reaction",
     "contraindication", "important warning", "interactions with medications"}
)  # fmt: skip


def medquad_department(source: str, focus: str, qtype: str = "") -> str:
    """Canonical department for a MedQuAD pair, from its institute, focus and type.

    Single-area institutes decide alone (NINDS -> Neurology, ...); for the multi-area
    ones (NIDDK, NHLBI, MedlinePlus topics, NIHSeniorHealth, A.D.A.M.) the first
    keyword rule matching the focus decides, with medicine questions going to Pharmacy;
    when nothing matches, Family Medicine.
    """
    if source in SOURCE_DEPARTMENTS:
        return SOURCE_DEPARTMENTS[source]
    if qtype.strip().lower() in _DRUG_QTYPES:
        return "Pharmacy"
    return focus_department(focus) or "Family Medicine"


def focus_department(focus: str) -> str | None:
    """The organ-system department the first matching focus rule names, or None."""
    for pattern, department in _COMPILED_RULES:
        if pattern.search(focus):
            return department
    return None


_WHAT_IS_ARE = re.compile(r"^(what|who)\s+(is|are)\s+\((is|are)\)\s+", re.IGNORECASE)
_SPACE_BEFORE_MARK = re.compile(r"\s+([?.!,;:])")
_REPEATED_MARK = re.compile(r"\?(\s*\?)+")


def clean_question(text: str) -> str:
    """Tidy a MedQuAD question: "What is (are) X ?" -> "What is X?", capitalised."""
    question = clean_line(text)
    question = _WHAT_IS_ARE.sub(lambda m: f"{m.group(1)} {m.group(2)} ", question)
    question = _SPACE_BEFORE_MARK.sub(r"\1", question)
    question = _REPEATED_MARK.sub("?", question)
    return question[:1].upper() + question[1:]


def read_medquad(root: Path) -> Iterator[SourceFile]:
    """Yield one :class:`SourceFile` per XML file under ``root``, in sorted order."""
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"MedQuAD folder not found: {root}")
    if not root.is_dir():
        raise NotADirectoryError(f"MedQuAD path is not a folder: {root}")
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.xml")):
            yield read_medquad_file(path)


def read_medquad_file(path: Path) -> SourceFile:
    """Read one MedQuAD XML document into a unit keyed ``"<folder>/<file>"``.

    Pairs without an answer are skipped; a repeated pid is skipped; pairs repeating
    an earlier question's text are merged into it (answers joined as paragraphs).
    """
    key = f"{path.parent.name}/{path.name}"
    try:
        document = ET.parse(path).getroot()  # noqa: S314 - see the import note
    except (ET.ParseError, OSError) as exc:
        return SourceFile(path=key, error=f"{key}: malformed XML: {exc}")
    try:
        records = _document_records(document, path)
    except ValueError as exc:
        return SourceFile(path=key, error=f"{key}: {exc}")
    return SourceFile(path=key, records=records)


def _first(element: ET.Element, *tags: str) -> ET.Element | None:
    """The first child of ``element`` with one of ``tags``."""
    for tag in tags:
        found = element.find(tag)
        if found is not None:
            return found
    return None


def _document_records(document: ET.Element, path: Path) -> list[Record]:
    """The records of one parsed document; ``ValueError`` when its structure is wrong."""
    if document.tag not in ("Document", "doc", "DiseaseFile"):
        raise ValueError(f"root element is <{document.tag}>, expected <Document>")
    pairs = _first(document, "QAPairs", "qaPairs")
    if pairs is None:
        raise ValueError("no <QAPairs> element")
    source = (document.get("source") or document.get("corpus") or "").strip()
    if source not in INSTITUTES:
        raise ValueError(f"unknown source attribute {source!r}")
    focus_el = _first(document, "Focus", "doctitle-focus")
    context = _Context(
        folder=path.parent.name,
        # The file name, not the id attribute: ten CancerGov files (0000013_2_1.xml, ...)
        # repeat the id of another file, and record ids must be unique.
        doc_id=path.stem,
        source=source,
        url=(document.get("url") or "").strip(),
        focus=clean_line(focus_el.text or "") if focus_el is not None else "",
    )
    # Same question text again (NIDDK and NIHSeniorHealth split one topic into several
    # pairs with the same templated question): one record, its answers joined in order,
    # so that no answer text is lost. A repeated pid is skipped.
    merged: dict[str, tuple[str, str, list[str], str]] = {}
    seen_pids: set[str] = set()
    for index, pair in enumerate(p for p in pairs if p.tag in ("QAPair", "pair")):
        pid = (pair.get("pid") or str(index + 1)).strip()
        parsed = _parse_pair(pair)
        if parsed is None or pid in seen_pids:
            continue
        seen_pids.add(pid)
        question, answer, qtype = parsed
        key = question.casefold()
        if key not in merged:
            merged[key] = (pid, question, [answer], qtype)
        elif answer not in merged[key][2]:
            merged[key][2].append(answer)
    records: list[Record] = []
    for pid, question, answers, qtype in merged.values():
        records.extend(context.records(pid, question, "\n\n".join(answers), qtype))
    return records


def _parse_pair(pair: ET.Element) -> tuple[str, str, str] | None:
    """(question, answer, qtype) of an answered pair, else None."""
    question_el = _first(pair, "Question", "question")
    answer_el = _first(pair, "Answer", "answer")
    if question_el is None or answer_el is None:
        return None
    question = clean_question("".join(question_el.itertext()))
    answer = clean_text("".join(answer_el.itertext()))
    if not question or not answer:
        return None
    return question, answer, clean_line(question_el.get("qtype") or "")


class _Context:
    """What every pair of one document shares."""

    def __init__(self, folder: str, doc_id: str, source: str, url: str, focus: str) -> None:
        self.folder = folder
        self.doc_id = doc_id
        self.source = source
        self.url = url
        self.focus = focus
        self.institute = INSTITUTES[source]

    def records(self, pid: str, question: str, answer: str, qtype: str) -> list[Record]:
        """The question and the article made from one answered pair."""
        provenance = Provenance(
            "medquad", f"{self.folder}/{self.doc_id}#{pid}", url=self.url, license=LICENSE
        )
        department = medquad_department(self.source, self.focus, qtype)
        return [
            QuestionRecord(
                provenance=provenance,
                title=question,
                body=question,
                department=department,
                focus=self.focus,
                qtype=qtype,
                answers=(AnswerRecord(body=answer, institution=self.institute),),
            ),
            ArticleRecord(
                provenance=provenance,
                title=question,
                body=answer,
                summary=summarize(answer),
                publisher=self.institute,
                url=self.url,
                license=LICENSE,
                focus=self.focus,
                qtype=qtype,
            ),
        ]
