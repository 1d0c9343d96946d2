"""The hand-kept word lists of focus finding: generic words, non-focus words, lay synonyms.

Public knowledge (lay words, brand and generic drug names), kept apart from the
gazetteer code in :mod:`askmed_engine.focus` so each stays readable.
"""

from __future__ import annotations

from askmed_engine.text import word_set

# Words that are no focus on their own, only inside a longer term ("back pain").
GENERIC: frozenset[str] = word_set(
    """
    pain pains disease diseases syndrome cancer infection infections test tests back
    disorder disorders condition conditions problem problems illness injury injuries
    surgery treatment therapy medicine medicines medication medications drug drugs care
    health left right side chronic acute severe normal child children women men baby
    adult adults age older people type level levels high low blood body area part
    general risk risks effect effects system head
    """
)

# Words that never start or join a fallback focus phrase and are no one-word focus:
# intent words, question filler, time words.
NON_FOCUS: frozenset[str] = word_set(
    """
    cause causes symptom symptoms sign signs treat treatment treatments cure dose dosage
    effect effects interaction interactions risk prevent prevention outlook
    prognosis complication complications diagnosis diagnose information info question
    questions doctor doctors dr help know tell take taking took get getting feel feeling
    felt think want need like really just lot since ago year years month months week
    weeks day days time times today yesterday old normal bad good much many thing things
    something anything way ok okay experience experiencing suffer suffering issue issues
    thanks regards best better worse safe serious common chance chances happen happens
    mean means use used using find found say said told go going went come came make made
    start started stop stopped keep see seen look looked possible able advice suggest
    suggestion answer reply kindly sometimes always still ever every something lately
    recently currently past last first next new one two three four five available
    number area kind sort please thank hello doctor question
    """
)

# Lay words, common acronyms and brand names -> the term clinicians and MedQuAD use.
LAY_TERMS: dict[str, str] = {
    "tummy": "abdomen", "belly": "abdomen", "tummy ache": "abdominal pain",
    "belly ache": "abdominal pain", "stomach ache": "abdominal pain",
    "stomachache": "abdominal pain", "water pill": "diuretic", "sugar": "diabetes",
    "high sugar": "diabetes", "sugar diabetes": "diabetes", "low sugar": "hypoglycemia",
    "heart attack": "myocardial infarction", "high blood pressure": "hypertension",
    "low blood pressure": "hypotension", "pins and needles": "paresthesia",
    "pink eye": "conjunctivitis", "shingles": "herpes zoster", "the flu": "influenza",
    "flu": "influenza", "stroke": "stroke", "mini stroke": "transient ischemic attack",
    "mono": "mononucleosis", "kissing disease": "mononucleosis",
    "acid reflux": "gastroesophageal reflux disease", "gerd": "gastroesophageal reflux disease",
    "uti": "urinary tract infection", "bladder infection": "urinary tract infection",
    "chicken pox": "chickenpox", "period pain": "menstrual cramps",
    "period cramps": "menstrual cramps", "lockjaw": "tetanus", "german measles": "rubella",
    "whooping cough": "pertussis", "jock itch": "tinea cruris", "piles": "hemorrhoids",
    "hay fever": "allergic rhinitis", "nose bleed": "epistaxis",
    "high cholesterol": "hypercholesterolemia", "underactive thyroid": "hypothyroidism",
    "overactive thyroid": "hyperthyroidism", "slipped disc": "herniated disk",
    "slipped disk": "herniated disk", "pinched nerve": "radiculopathy",
    "charley horse": "muscle cramps", "blood thinner": "anticoagulant",
    "painkiller": "analgesic", "bedwetting": "enuresis", "bed wetting": "enuresis",
    "shortness of breath": "dyspnea", "short of breath": "dyspnea", "passing out": "syncope",
    "ringing in the ears": "tinnitus", "ringing in my ears": "tinnitus", "hives": "urticaria",
    "morning after pill": "emergency contraception", "std": "sexually transmitted diseases",
    "hiv": "HIV", "copd": "COPD", "adhd": "attention deficit hyperactivity disorder",
    "ibs": "irritable bowel syndrome", "ptsd": "post-traumatic stress disorder",
    "hdl": "hdl cholesterol", "ldl": "ldl cholesterol",
    "spasm": "muscle spasm", "muscle spasm": "muscle spasm", "back spasm": "back spasm",
}  # fmt: skip

# Brand names -> generic names (public knowledge: labels and formularies).
BRAND_NAMES: dict[str, str] = {
    "zithromax": "azithromycin", "z-pak": "azithromycin", "z-pack": "azithromycin",
    "zpack": "azithromycin", "zpak": "azithromycin", "tylenol": "acetaminophen",
    "paracetamol": "acetaminophen", "panadol": "acetaminophen", "advil": "ibuprofen",
    "motrin": "ibuprofen", "aleve": "naproxen", "lipitor": "atorvastatin",
    "zocor": "simvastatin", "crestor": "rosuvastatin", "glucophage": "metformin",
    "synthroid": "levothyroxine", "levoxyl": "levothyroxine", "zoloft": "sertraline",
    "prozac": "fluoxetine", "lexapro": "escitalopram", "xanax": "alprazolam",
    "valium": "diazepam", "ativan": "lorazepam", "ambien": "zolpidem",
    "norvasc": "amlodipine", "zestril": "lisinopril", "prinivil": "lisinopril",
    "lasix": "furosemide", "coumadin": "warfarin", "plavix": "clopidogrel",
    "prilosec": "omeprazole", "nexium": "esomeprazole", "zantac": "ranitidine",
    "pepcid": "famotidine", "claritin": "loratadine", "zyrtec": "cetirizine",
    "benadryl": "diphenhydramine", "allegra": "fexofenadine", "flonase": "fluticasone",
    "singulair": "montelukast", "ventolin": "albuterol", "proair": "albuterol",
    "viagra": "sildenafil", "cialis": "tadalafil", "neurontin": "gabapentin",
    "lyrica": "pregabalin", "amoxil": "amoxicillin", "cipro": "ciprofloxacin",
    "keflex": "cephalexin", "flagyl": "metronidazole", "valtrex": "valacyclovir",
    "tamiflu": "oseltamivir", "medrol": "methylprednisolone", "ultram": "tramadol",
    "wellbutrin": "bupropion", "cymbalta": "duloxetine", "effexor": "venlafaxine",
    "flexeril": "cyclobenzaprine", "accutane": "isotretinoin", "diflucan": "fluconazole",
    "hctz": "hydrochlorothiazide", "imodium": "loperamide", "mucinex": "guaifenesin",
    "sudafed": "pseudoephedrine", "augmentin": "amoxicillin", "bactrim": "sulfamethoxazole",
    "levaquin": "levofloxacin", "xarelto": "rivaroxaban", "eliquis": "apixaban",
    "januvia": "sitagliptin", "jardiance": "empagliflozin", "ozempic": "semaglutide",
    "wegovy": "semaglutide", "victoza": "liraglutide", "lantus": "insulin glargine",
    "humira": "adalimumab", "enbrel": "etanercept", "prednisone": "prednisone",
    "toprol": "metoprolol", "lopressor": "metoprolol", "tenormin": "atenolol",
    "cozaar": "losartan", "diovan": "valsartan", "aldactone": "spironolactone",
    "protonix": "pantoprazole", "zofran": "ondansetron", "reglan": "metoclopramide",
    "adderall": "amphetamine", "ritalin": "methylphenidate", "concerta": "methylphenidate",
    "klonopin": "clonazepam", "seroquel": "quetiapine", "abilify": "aripiprazole",
    "lamictal": "lamotrigine", "depakote": "divalproex", "keppra": "levetiracetam",
    "tegretol": "carbamazepine", "dilantin": "phenytoin", "topamax": "topiramate",
    "imitrex": "sumatriptan", "celebrex": "celecoxib", "mobic": "meloxicam",
    "vicodin": "hydrocodone", "norco": "hydrocodone", "percocet": "oxycodone",
    "oxycontin": "oxycodone", "suboxone": "buprenorphine", "narcan": "naloxone",
    "premarin": "estrogens", "provera": "medroxyprogesterone", "clomid": "clomiphene",
    "flomax": "tamsulosin", "proscar": "finasteride", "propecia": "finasteride",
    "detrol": "tolterodine", "plaquenil": "hydroxychloroquine", "aspirin": "aspirin",
    "bayer": "aspirin", "excedrin": "acetaminophen", "nyquil": "doxylamine",
    "dayquil": "dextromethorphan", "robitussin": "guaifenesin", "tums": "calcium carbonate",
    "pepto": "bismuth subsalicylate", "miralax": "polyethylene glycol",
    "dulcolax": "bisacodyl", "colace": "docusate", "nulytely": "polyethylene glycol",
    "golytely": "polyethylene glycol", "xyzal": "levocetirizine", "nasonex": "mometasone",
    "advair": "fluticasone", "symbicort": "budesonide", "spiriva": "tiotropium",
    "pradaxa": "dabigatran", "zetia": "ezetimibe",
    "tricor": "fenofibrate", "coreg": "carvedilol", "digoxin": "digoxin",
    "levitra": "vardenafil", "yaz": "drospirenone", "plan b": "levonorgestrel",
    "depo-provera": "medroxyprogesterone", "mirena": "levonorgestrel",
    "chantix": "varenicline", "antabuse": "disulfiram", "arimidex": "anastrozole",
    "tamoxifen": "tamoxifen", "gleevec": "imatinib", "herceptin": "trastuzumab",
}  # fmt: skip

LAY_SYNONYMS: dict[str, str] = {**LAY_TERMS, **BRAND_NAMES}
