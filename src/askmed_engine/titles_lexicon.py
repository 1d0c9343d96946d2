"""Word lists of page-title focus finding (see :mod:`askmed_engine.titles_focus`).

Public, general knowledge only: everyday symptom and body-part words, condition and drug
name endings, and the filler that consumer questions wrap around their subject.
"""

from __future__ import annotations

from askmed_engine.focus_lexicon import BRAND_NAMES, LAY_TERMS
from askmed_engine.text import STOP_WORDS, word_set

SYMPTOMS: frozenset[str] = word_set(
    """
    pain pains ache aches aching headache headaches migraine migraines cough coughing fever
    fevers rash rashes itch itching itchy swelling swellings lump lumps bump bumps spasm
    spasms cramp cramps cramping nausea vomiting diarrhea diarrhoea constipation bleeding
    discharge dizziness vertigo fatigue tiredness insomnia numbness tingling weakness
    palpitations wheezing hiccups hiccup heartburn indigestion bloating flatulence gas acne
    pimples blisters blister sores ulcer ulcers wart warts mole moles spots bruise
    bruises bruising hives sneezing congestion earache toothache jaundice seizure seizures
    fits tremor tremors anxiety depression panic stress snoring sweating sweats chills
    fainting stiffness tenderness burning twitching twitches floaters tinnitus hoarseness
    infection infections allergy allergies wound scar scars fracture sprain strain bite
    bites burns cyst cysts tumor tumour tumors tumours growth polyp polyps nodule nodules
    stones stone discoloration dandruff dryness redness irritation inflammation pus
    spotting miscarriage nosebleed nosebleeds dehydration thirst hunger incontinence
    impotence dysfunction lesion lesions boil boils abscess sensation sensations tightness
    pressure clots clot blackouts blackout faint shortness breathlessness
    odor odour smell breath mucus phlegm sputum swallowing hearing vision eyesight
    ringing shaking trembling throbbing drooling teething stuttering bedwetting snore
    grinding clicking popping peeling flaking weight appetite sleepiness drowsiness
    paralysis forgetfulness confusion sugar period periods menstruation soreness discomfort
    deafness blindness
    """
)

# Symptom words too vague to beat a named condition ("weight loss" vs "colitis").
WEAK_SYMPTOMS: frozenset[str] = word_set(
    "loss weight gain appetite sensation sensations pressure growth odor odour smell"
)

# Treatments that are not one drug: a focus only when nothing more specific is asked.
THERAPIES: frozenset[str] = word_set(
    """
    chemo chemotherapy radiation radiotherapy botox vaccine vaccines vaccination shot
    shots inhaler inhalers transplant transplantation dialysis physiotherapy acupuncture
    implant implants stent stents pacemaker braces splint cast
    """
)

BODY_PARTS: frozenset[str] = word_set(
    """
    head neck back chest abdomen stomach belly tummy arm arms leg legs knee knees hip hips
    shoulder shoulders elbow elbows wrist wrists hand hands finger fingers fingernail foot
    feet toe toes toenail toenails ankle ankles heel heels eye eyes eyelid eyelids ear ears
    nose throat mouth tongue tooth teeth gum gums jaw lip lips skin scalp nail nails heart
    lung lungs liver kidney kidneys bladder bowel bowels colon rectum anus spine brain
    breast breasts nipple nipples penis testicle testicles scrotum vagina vulva uterus womb
    cervix ovary ovaries prostate thyroid groin buttock buttocks rib ribs pelvis muscle
    muscles joint joints bone bones nerve nerves vein veins artery arteries gland glands
    face forehead cheek cheeks armpit armpits thigh thighs calf calves shin shins spleen
    pancreas gallbladder appendix sinus sinuses tonsils tonsil hair tailbone
    collarbone sternum vertebra vertebrae disc disk discs disks retina cornea lymph node
    nodes esophagus oesophagus intestine intestines gut urine stool stools blood palate
    ureter ureters urethra
    navel temple temples sole soles palm palms shoulder-blade tendon tendons ligament
    ligaments cartilage
    """
)

CONDITIONS: frozenset[str] = word_set(
    """
    cancer virus flu cold diabetes asthma arthritis
    hernia anemia anaemia hepatitis hep herpes shingles measles rubella mumps chickenpox
    stroke dementia autism epilepsy lupus gout psoriasis eczema obesity hypertension
    hypotension pneumonia bronchitis sinusitis tonsillitis scoliosis osteoporosis cataract
    cataracts glaucoma lice scabies ringworm thrush yeast std stds sti chlamydia gonorrhea
    syphilis hiv aids covid covid-19 coronavirus tuberculosis tb malaria cirrhosis
    fibromyalgia sciatica apnea apnoea leukemia leukaemia lymphoma melanoma myeloma
    degeneration dysplasia palsy dystrophy sclerosis cholesterol
    hemorrhoids haemorrhoids piles varicose fistula fissure reflux gerd ibs ibd copd adhd
    ptsd ocd pcos uti utis endometriosis menopause pregnancy preeclampsia ataxia
    dysphoria bipolar schizophrenia alcoholism addiction overdose concussion whiplash
    sepsis gangrene mononucleosis mono rabies tetanus polio smallpox monkeypox mpox
    zika ebola dengue cholera typhoid salmonella listeria giardia worms pinworms
    tapeworm impetigo cellulitis rosacea vitiligo alopecia baldness dermatitis
    conjunctivitis stye chalazion astigmatism myopia keratoconus lazy strabismus
    infertility impotence vaginismus prolapse varicocele hydrocele phimosis deficiency
    fungal fungus bacterial viral aneurysm edema oedema parkinsons alzheimers crohns strep
    fibrillation afib colic
    """
)

# Adjectives and qualifiers that may open a focus phrase but never stand alone.
MODIFIERS: frozenset[str] = word_set(
    """
    left right left-sided right-sided lower upper inner outer chronic acute severe mild
    moderate sudden persistent recurrent recurring frequent constant sharp dull dry wet
    red itchy swollen high low small large big tiny white black brown yellow green blue
    purple pink dark bloody painful sore tender stiff numb heavy irregular early late fast
    sprained broken twisted torn bruised pulled bulging swallowed
    slow rapid excessive intermittent occasional bilateral generalized generalised
    localized female male newborn teenage adolescent elderly senior
    middle mild-to-moderate hard soft raised flat round oily greasy cloudy foamy frothy
    watery thick thin clear pale cold hot warm loud weird strange odd unusual abnormal
    general minor major extreme unexplained incessant continuous ongoing
    """
)

# Generic nouns: part of a phrase ("heart problem") but weak alone.
GENERIC_NOUNS: frozenset[str] = word_set(
    """
    problem problems issue issues condition conditions symptom trouble troubles illness
    sickness disease syndrome disorder infection injury injuries surgery operation
    procedure treatment medicine medication medications drug drugs pill pills tablet
    tablets level levels count results result side sides type stage health care med meds
    failure attack
    """
)

PEOPLE: frozenset[str] = word_set(
    """
    son sons daughter daughters mother mom mum mommy father dad daddy husband wife baby
    babies child children kid kids friend friends brother brothers sister sisters
    grandson granddaughter grandchild grandchildren grandmother grandma grandfather
    grandpa grandparents boyfriend girlfriend partner fiance fiancee spouse family
    parents parent uncle aunt nephew niece cousin patient patients person people man men
    woman women boy boys girl girls guy lady doctor doctors dr physician gp nurse
    pediatrician neighbor neighbour teacher coworker colleague boss infant toddler
    teenager teen myself himself herself yourself everyone someone anyone sir madam
    team staff hospital clinic office pharmacy pharmacist walmart victim victims survivor
    survivors sufferer sufferers
    """
)

# Verbs, adverbs and narrative words that end a focus phrase.
VERBS: frozenset[str] = word_set(
    """
    have has had get gets got getting gotten take takes took taking taken feel feels felt
    feeling notice noticed noticing start started starting begin began go goes went going
    gone come comes came coming seem seems seemed think thought know knew known want wants
    wanted need needs needed try tried trying tell told say said says ask asked asking
    make makes made making see saw seen look looks looked looking keep keeps kept give
    gave given put hurt hurts hurting suffer suffers suffered suffering become became help
    helps helped wonder wondering worry worried use uses used using stop stops stopped
    appear appears appeared occur occurs occurred happen happens happened develop
    developed diagnosed prescribed advise advised recommend recommended wake woke walk
    slept eat ate drink drank move moved cause caused pose poses affect affects
    affected mean means manufacture manufactures manufacturer manufacturers
    produce produces sell sells sold buy bought order ordered find found call called
    send sent let lets like would could should might must may can will shall did does
    do done doing am is are was were be been being exist exists remain remains cost costs
    recur recurs experience experienced experiencing return returns live lives lived
    work works worked show shows showed says wish appreciate hope suspect suspected
    concern concerned explain reply answer regarding concerning whenever however overcome
    shake shaken remove removed removing heal fix relieve reduce care available interfere
    interferes interpret sedate consult catch catching caught spread spreads wets solve
    died guide maintain gives follow receive received contains contain cover apply
    applying
    suddenly already also really still just even very quite rather almost build builds
    """
)

# Filler of titles and sentences: no subject on their own.
FILLER: frozenset[str] = STOP_WORDS | word_set(
    """
    hello hi hey dear sir madam thanks thank regards please kindly urgent urgently pls plz
    er life expectancy list ingredients ingredient
    response responses suggestion suggestions prescription prescriptions refill refills
    question questions query queries inquiry enquiry request feedback help advice
    information info general customer service clinicaltrials.gov dailymed medlineplus
    subject message re fw fwd asking ask concern concerns worried worry no yes ok okay
    something anything everything nothing thing things stuff lot lots bit kind sort way
    little
    difference differences today yesterday tomorrow tonight night nights morning
    mornings evening day days week weeks month months year years hour hours minute
    minutes time times ago since now recently lately currently past last first next
    second third once twice old age aged every few several many much more most less
    other another same different new latest possible possibly probably maybe perhaps
    normal abnormal safe dangerous serious common rare better worse good bad best worst
    able unable sure true false right wrong ever never always sometimes often usually
    cause causes symptom symptoms sign signs treat treatment treatments cure cures dose
    doses dosage dosing effect effects side-effects risk risks prevent prevention outlook
    prognosis complication complications diagnosis diagnose test tests testing tested
    research study studies trial trials clinical latest development developments
    reason reasons option options remedy remedies therapy what's i'm i've i'd it's
    that's there's don't doesn't can't cannot won't isn't aren't wasn't didn't
    dr mr mrs ms miss prof sister brother hospital clinic area place number phone
    email address name contact location date yrs yr y/o yo lbs lb kg cm mm mg mcg ml
    interview newsletter project class school work job email website site specific case
    special
    cases
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Titles made only of these words (and FILLER) say nothing about the subject.
USELESS_TITLE: frozenset[str] = word_set(
    """
    help question query inquiry enquiry urgent request feedback information info general
    customer service hello hi hey dear doctor dr no yes ok okay thanks problem problems
    issue issues concern concerns advice asking ask need needed please important
    clinicaltrials.gov dailymed medlineplus nlm ncbi nih inquiries enquiries questions
    medical health healthcare care difference help! me my a the about re fw fwd subject
    consultation consult opinion second reply answer worried worry scared referral
    assignment homework paper essay report survey theoretical hypothetical quick simple
    specific case response suggestion pls plz complaint complaints list ingredients
    """
)

# "-ed" and "-ing" words that do name symptoms or states ("swollen", "bleeding").
ED_ING_ALLOWED: frozenset[str] = word_set(
    """
    inflamed infected enlarged blocked pinched herniated slipped torn broken bruised
    cracked chipped impacted dislocated sprained strained ingrown elevated raised
    bloodshot detached deviated collapsed frozen prolapsed fused clogged stuffed chapped
    twisted ruptured perforated fractured bloated distended irritated undescended
    advanced inverted crossed bowed webbed cleft swelling bleeding itching burning
    tingling ringing vomiting sweating snoring wheezing bloating bruising spotting
    twitching fainting breathing hearing sleeping smoking drinking eating bedwetting
    teething stuttering hiccuping coughing sneezing shaking trembling throbbing stabbing
    shooting pounding peeling flaking cracking clicking popping grinding drooling
    thinning swallowing morning evening aching cramping breastfeeding clotting ageing
    aging urinating walking balding hoarding binge binging purging scarring ringing bulging
    swallowed
    numbing wetting nursing
    """
)

_HYPHEN_ENDINGS = word_set("sided shaped stained tinged induced related associated onset linked")
_LY_ALLOWED = word_set("belly early family jelly bully lily ugly holy")

# Surnames in disease names, so that a possessive stays part of the focus.
EPONYMS: frozenset[str] = word_set(
    """
    parkinson parkinson's alzheimer alzheimer's crohn crohn's hashimoto hashimoto's graves
    graves' bell bell's huntington huntington's hodgkin hodgkin's raynaud raynaud's
    tourette tourette's asperger asperger's meniere meniere's addison addison's cushing
    cushing's paget paget's sjogren sjogren's wilson wilson's williams williams'
    william's friedreich friedreich's down down's marfan lyme kawasaki osgood-schlatter
    guillain-barre ehlers-danlos peyronie peyronie's dupuytren dupuytren's behcet
    behcet's tay-sachs turner turner's klinefelter fabry gaucher pompe duchenne becker
    lou gehrig's reye reye's baker's barrett's bartholin's morton's
    """
)

CONDITION_SUFFIXES = (
    "itis", "osis", "oses", "emia", "aemia", "oma", "omas", "pathy", "algia", "plasia",
    "trophy", "penia", "rrhea", "rrhoea", "ectomy", "otomy", "ostomy", "plasty", "scopy",
    "graphy", "iasis", "phobia", "uria", "megaly", "cele", "ectasis", "ism", "isms",
    "ia", "itis's", "virus", "ulcer", "rrhage", "ema", "spasm",
)  # fmt: skip
_NOT_CONDITION = word_set(
    """
    media via california australia criteria indonesia malaysia russia georgia virginia
    pennsylvania philadelphia colombia asia india diploma aroma coma soma mechanism
    organism tourism criticism journalism optimism baptism prism schism idiom diagram
    prognosis prognoses diagnosis diagnoses hypnosis osmosis
    photography geography biography sodium stadium cinema schema dilemma sophia julia
    olivia amelia mia tia lydia nadia gloria maria victoria cecilia patricia claudia
    algeria nigeria syria tunisia ethiopia somalia tanzania zambia gambia liberia serbia
    croatia slovenia slovakia bulgaria romania albania macedonia estonia latvia
    lithuania armenia mongolia cambodia namibia bolivia arabia austria
    """
)

DRUG_SUFFIXES = (
    "mab", "nib", "pril", "sartan", "olol", "alol", "statin", "cillin", "mycin", "micin",
    "cycline", "floxacin", "azole", "prazole", "tidine", "dipine", "triptan", "zepam",
    "zolam", "oxetine", "traline", "ipramine", "codone", "morphine", "profen", "fenac",
    "olone", "isone", "asone", "lukast", "gliptin", "gliflozin", "glutide", "formin",
    "ciclovir", "cyclovir", "navir", "parin", "xaban", "gatran", "thiazide", "semide",
    "tadine", "tretinoin", "setron", "pramine", "azepine", "triptyline", "dronate",
    "tinib", "platin", "rubicin", "taxel", "vastatin", "conazole", "afil", "osin",
    "terol", "sonide", "caine", "barbital", "peridol", "apine", "idone", "amide",
    "ine", "ol", "in",
)  # fmt: skip
_WEAK_DRUG_SUFFIXES = ("ine", "ol", "in", "amide")

DRUGS: frozenset[str] = (
    frozenset(BRAND_NAMES)
    | frozenset(w for v in BRAND_NAMES.values() for w in v.split())
    | word_set(
        """
    metformin insulin aspirin ibuprofen acetaminophen paracetamol naproxen bromocriptine
    cetirizine loratadine levothyroxine warfarin tramadol gabapentin melatonin vitamin
    vitamins iron zinc magnesium calcium potassium folic probiotic probiotics antibiotic
    antibiotics antihistamine antihistamines antidepressant antidepressants steroid
    steroids cortisone hydrocortisone prednisone prednisolone contraceptive
    contraceptives nulytely theophylline theophyline oxycodone morphine codeine reclast
    estrogen progesterone testosterone hormone hormones lithium methotrexate
    tylenol benadryl amoxicillin penicillin doxycycline azithromycin ciprofloxacin
    clindamycin nitrofurantoin fluconazole acyclovir valacyclovir omeprazole ranitidine
    famotidine pantoprazole lansoprazole simvastatin atorvastatin rosuvastatin lisinopril
    amlodipine losartan metoprolol atenolol propranolol furosemide hydrochlorothiazide
    spironolactone clonazepam lorazepam alprazolam diazepam sertraline fluoxetine
    citalopram escitalopram paroxetine venlafaxine duloxetine bupropion trazodone
    mirtazapine amitriptyline quetiapine risperidone olanzapine aripiprazole lamotrigine
    levetiracetam topiramate valproate carbamazepine phenytoin methylphenidate
    amphetamine adderall ritalin sumatriptan diphenhydramine pseudoephedrine
    dextromethorphan guaifenesin loperamide bisacodyl senna docusate lactulose
    sildenafil tadalafil finasteride tamsulosin allopurinol colchicine
    hydroxychloroquine plaquenil tamoxifen letrozole anastrozole clopidogrel apixaban
    rivaroxaban dabigatran heparin enoxaparin digoxin nitroglycerin albuterol
    salbutamol montelukast fluticasone budesonide ivermectin permethrin mupirocin
    clotrimazole miconazole terbinafine ketoconazole minoxidil isotretinoin tretinoin
    retinol biotin collagen glucosamine turmeric ginkgo ginseng echinacea
    """
    )
)

LAY_WORDS: frozenset[str] = frozenset(
    w for k in LAY_TERMS for w in k.split() if len(w) > 3
) | word_set(
    """
    spider spiders tick ticks bee bees wasp wasps mosquito mosquitoes snake dog cat
    poison poisoning smoking alcohol caffeine sex intercourse masturbation diet exercise
    """
)

# Participles that open a detail of a focus ("hair loss caused by chemo").
PARTICIPLES: frozenset[str] = word_set("caused induced related associated linked affected")

PREPOSITIONS: frozenset[str] = word_set(
    "of in on around behind under near inside above below between during after"
)
DETERMINERS: frozenset[str] = word_set("the my his her their our your a an both this that its")
# Words that join a following short token into one unit ("type 2", "vitamin d").
JOINERS: frozenset[str] = word_set(
    "type vitamin hep hepatitis stage grade covid phase factor trisomy chromosome"
)


def is_ed_ing_ly_word(lower: str) -> bool:
    """Verb forms and adverbs (``noticed``, ``occurring``, ``suddenly``) outside the lists."""
    if lower in ED_ING_ALLOWED:
        return False
    if "-" in lower:
        return lower.rpartition("-")[2] not in _HYPHEN_ENDINGS and lower.endswith("ed")
    if lower.endswith("ly") and len(lower) > 4:
        return lower not in _LY_ALLOWED and not lower.endswith("megaly")
    return (lower.endswith("ed") and len(lower) > 4) or (lower.endswith("ing") and len(lower) > 5)


def condition_like(lower: str) -> bool:
    """A condition or procedure name by its ending (``-itis``, ``-osis``, ``-ectomy``)."""
    bare = lower.removesuffix("'s")
    if bare in _NOT_CONDITION or len(bare) < 5:
        return False
    return any(bare.endswith(s) and len(bare) > len(s) + 2 for s in CONDITION_SUFFIXES)


def drug_like(lower: str, *, strict: bool = True) -> bool:
    """A drug name by its ending (``-statin``, ``-pril``, ``-mab``); weak endings only
    when ``strict`` is off (a drug context such as ``taking X`` or ``X 50 mg``)."""
    if lower in DRUGS:
        return True
    if not lower.isalpha() or len(lower) < 6:
        return False
    for suffix in DRUG_SUFFIXES:
        if lower.endswith(suffix) and (not strict or suffix not in _WEAK_DRUG_SUFFIXES):
            return True
    return False


_IRREGULAR_SINGULAR = {"feet": "foot", "teeth": "tooth", "calves": "calf"}


def singular_body(surface: str) -> str:
    """``knees`` -> ``knee``, ``feet`` -> ``foot``; other words unchanged."""
    lower = surface.lower()
    if lower in _IRREGULAR_SINGULAR:
        return _IRREGULAR_SINGULAR[lower]
    if lower.endswith("s") and lower[:-1] in BODY_PARTS:
        return surface[:-1]
    return surface
