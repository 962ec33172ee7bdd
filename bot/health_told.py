"""What an asker tells about their own health: a condition, an injury, a medicine, a procedure, a symptom.

The patterns here read statements ("I tore my hamstring", "she's on sertraline", "my knee clicks");
``bot.advice`` pairs them with what is asked ("should I …?", "is it safe for me?") to decide on a
referral, ``told_first`` the situation a question tells before asking ("<condition> here, on
meds - ok to …?"), ``swapped_thing`` what of one's own is swapped or dropped ("swap her <X> for …"),
and ``health_words`` hands on the words of what was told, for the referral to name the ones the
sources never mention. Medicine and English words only, never corpus words.
"""

from __future__ import annotations

import re
from collections.abc import Container

from bot.english import RELATIVES, english_word
from bot.text import tokenize

# What the referral itself says it cannot give: never named as a word the sources lack ("please
# diagnose me" is not about "diagnose"); nor is what would be done to a medicine ("drop the <X>")
CLINICAL_ASKS = frozenset(
    "diagnose diagnosis dose doses dosage drop quit skip stop halve double taper swap ditch dropping "
    "quitting skipping stopping swapping ditching cut cutting reduce".split()
)

# One's age or weight told: "I'm 45", "I am 70", "overweight", "my BMI is 31".
BODY_TOLD = re.compile(r"\b(i['’]?m|i\s+am)\s+\d+\b|\b(over|under)weight\b|\bobese\b|\bbmi\b", re.IGNORECASE)

# Personal medical advice: medicine words, not corpus words.
MEDICINE = (
    r"(drugs?|medications?|medicines?|meds|pills?|tablets?|antidepressants?|painkillers?|statins?|"
    r"insulin|prescriptions?|doses?|dosage|treatments?|supplements?|(beta[- ])?blockers?|blood\s+thinners?|"
    r"inhalers?|steroids?|anabolics?|sarms?|aspirin|ibuprofen|paracetamol|acetaminophen|antibiotics?|injections?|"
    r"infusions?|ssris?|snris?|nsaids?|benzos?|benzodiazepines?|antipsychotics?|anticoagulants?|sleeping\s+pills)"
)
# A condition named by its medical form: "she has osteoporosis", "I have type 2 diabetes", "my
# dad has early Alzheimer's", "diagnosed with vascular dementia".
HAS_CONDITION = re.compile(
    r"\b(i|he|she|they|we|my\s+\w+|\w+)(\s+has|\s+have|\s+had|\s*['’]s\s+got|\s*['’]ve\s+got|\s+has\s+got|"
    r"\s+suffers?\s+from|\s+was\s+diagnosed\s+with|\s+were\s+diagnosed\s+with|\s+from|"
    r"(['’]m|\s+is|\s+am)\s+\d+\s+with)\s+(an?\s+|early\s+|mild\s+|"
    r"severe\s+|type\s+\d\s+|early[- ]onset\s+)*([a-z'’-]+\s+)?[a-z'’]*(osis|itis|emia|aemia|ism|oma|pathy|"
    r"plegia|paresis|algia|penia|cardia|palsy|disease|syndrome|disorder|diabetes|dementia|cancer|epilepsy|asthma|alzheimer's|alzheimer’s|alzheimers|"
    r"parkinson's|parkinson’s|parkinsons)\b"
    # conditions named without those endings: "I have bipolar", "she's got long covid"
    r"|\b(i|he|she|they|we|my\s+\w+)(\s+has|\s+have|\s+had|\s*['’]s\s+got|\s*['’]ve\s+got|\s*['’]ve\s+had|\s+has\s+got|"
    r"\s+suffers?\s+from|\s+was\s+diagnosed\s+with|\s+live\s+with|\s+lives\s+with|\s+gets?|"
    r"(['’]m|\s+is|\s+am)\s+\d+\s+with)\s+(an?\s+|long\s+|chronic\s+|relapsing\s+|remitting\s+|progressive\s+|"
    r"severe\s+|mild\s+|high\s+)*(bipolar|adhd|add|ms|copd|covid|lupus|migraines?|anxiety|depression|autism|fibromyalgia|"
    r"ptsd|ocd|tinnitus|vertigo|concussions?|sciatica|gout|insomnia|sleep\s+apnoea|sleep\s+apnea|apnoea|apnea|"
    r"narcolepsy|hypertension|high\s+blood\s+pressure|cholesterol|eczema|ibs|crohn['’]?s|coeliac|celiac|cfs|me/cfs|"
    r"chronic\s+fatigue|pots|shingles|hernia|anemia|anaemia|schizophrenia|psychosis|bulimia|anorexia|angina|"
    r"seizures|fits|blackouts|(heart\s+)?murmur|arrhythmia|irregular\s+heartbeat|a-?fib|atrial\s+fibrillation|"
    r"frozen\s+shoulder|tennis\s+elbow|golfer['’]?s\s+elbow|shin\s+splints)\b"
    # "im prediabetic", "she's asthmatic": a condition told as what one is
    r"|\b(i['’]?m|i\s+am|he['’]s|he\s+is|she['’]s|she\s+is|they['’]re|my\s+\w+\s+is|my\s+\w+['’]s)\s+(pre-?)?(diabetic|asthmatic|epileptic|anaemic|"
    r"anemic|hypertensive|arthritic|autistic|dyslexic|insomniac)\b"
    # "I'm 74 and get angina"
    r"|\band\s+(get|gets|have|has)\s+(angina|seizures|fits|blackouts|migraines?|vertigo)\b"
    # two-word names: "motor neurone disease", "heart failure", "a heart condition", "a pacemaker"
    r"|\b(i|he|she|they|we|my\s+\w+)(\s+has|\s+have|\s+had|\s*['’]s\s+got|\s*['’]ve\s+got|\s+has\s+got)\s+"
    r"(an?\s+)?([a-z'’-]+\s+){0,2}(disease|syndrome|disorder|failure|condition|deficiency|pacemaker|stent|"
    r"implant|replacement)\b"
    # a condition named after people: "I have Ehlers-Danlos, …", "she has Hashimoto's."
    r"|\b(i|he|she|they|we|my\s+\w+)\s+(has|have|had|was\s+diagnosed\s+with|suffers?\s+from)\s+"
    r"(?-i:[A-Z][a-z]+(-[A-Z][a-z]+)+|[A-Z][a-z]+['’]s)(?=\s*([,.;:!?]|$|\s+(and|so|but)\b))",
    re.IGNORECASE,
)
# One's own injury told as what happened: "I tore my hamstring last month", "she broke her wrist".
GOT_INJURED = re.compile(
    r"\b(got|was|were|been|get|gets)\s+concussed\b|"  # "one of my lads got concussed on Saturday"
    # "after my ACL tear": an injury of one's own named by the part (the span ends on the part)
    r"\b(my|his|her)\s+[a-z]+(?=\s+(tear|sprain|fracture|rupture|injury|reconstruction)\b)|"
    r"\b(i|he|she|they|we|my\s+(?:\d+\s*(?:yo|y/o|year\s+old)\s+)?\w+)\s+(just\s+)?(tore|broke|sprained|ruptured|fractured|dislocated|strained|pulled|injured|cracked|bruised|twisted|"
    r"rolled|jarred|tweaked|hurt)\s+"
    r"(my|his|her|their|our|a|an)\b(\s+[a-z]+)?"  # ending on what was hurt: a referral names it
    r"|\bfell\s+and\s+(hurt|broke|injured|cracked|bruised|twisted)\s+(my|his|her|their)\s+[a-z]+"
    # the subject left out, or one word: "sprained my ankle two weeks back, …", "grandma broke her hip …"
    r"|(^|[.!?]\s+)\W*(\w+\s+)?(just\s+)?(tore|broke|sprained|ruptured|fractured|dislocated|strained|pulled|injured|cracked|"
    r"bruised|twisted|rolled|jarred|tweaked|hurt)\s+(my|his|her)\s+[a-z]+"
    # "I've had 3 concussions", "she's had whiplash"
    r"|\b(i|i've|he|he's|she|she's|they|they've|we|we've)\s+(have\s+|has\s+)?(had|got)\s+(an?\s+|\d+\s+|"
    r"several\s+|a\s+few\s+|two\s+|three\s+)?(bad\s+)?(concussions?|whiplash|fractures?|sprains?|tears?|"
    r"hernias?|seizures?|strokes?|mini[- ]strokes?|tias?|heart\s+attacks?)\b"
    # the subject left out: "had a concussion 2 weeks back, …"
    r"|(^|[.!?]\s+)\W*(had|got|just\s+had)\s+(an?\s+|\d+\s+|my\s+)?(bad\s+)?(concussions?|whiplash|fractures?|"
    r"sprains?|hernias?|seizures?|strokes?|heart\s+attacks?)\b",
    re.IGNORECASE,
)
# One's own injury or diagnosis named: "I've got a herniated disc, …", "she has a torn ligament".
OWN_CONDITION = re.compile(
    # "… light bands for a torn rotator cuff"
    r"\bfor\s+(an?|my|his|her|their)\s+(herniated|slipped|bulging|torn|ruptured|fractured|broken|sprained|"
    r"pinched|trapped|dislocated)\b|"
    # ("my MRI showed a herniated disc": a scan's finding is one's own)
    r"\b(i|i've|i'm|he|he's|she|she's|they|they've|my\s+\w+)\s+(have\s+|has\s+|had\s+|showed\s+|shows\s+|revealed\s+)?"
    r"(got\s+|just\s+)?"
    r"(an?\s+)?(herniated|slipped|bulging|torn|ruptured|fractured|broken|sprained|pinched|trapped|dislocated)\b"
    # the subject left out: "got a herniated disc at L5. …"
    r"|(^|[.!?]\s+)\W*(got|have|had|with)\s+(an?\s+)?(herniated|slipped|bulging|torn|ruptured|fractured|broken|"
    r"sprained|pinched|trapped|dislocated)\b"
    # the condition opens the question: "bulging disc in my neck, …" (not "torn between …")
    r"|^\W*(herniated|slipped|bulging|torn|ruptured|fractured|broken|sprained|pinched|trapped|dislocated)\s+"
    r"(?!(between|up|apart|on|about|over)\b)[a-z]+"
    # told as one's own by "here": "L5 herniated disc here, …"
    r"|\b(herniated|slipped|bulging|torn|ruptured|fractured|broken|sprained|pinched|trapped|dislocated)\s+[a-z]+\s+here\b",
    re.IGNORECASE,
)
# Taking a named medicine: "i take metformin", "she's taking sertraline", "I'm 68 and on statins".
TAKES_MEDICINE = re.compile(
    # "my father take blood thinner medicine": the subject may be a relative
    r"(?<!should\s)(?<!could\s)(?<!can\s)\b(i|he|she|they|we|my\s+(?!doctor|gp|physio|physical)\w+)\s+(take|takes|am\s+taking|is\s+taking|are\s+taking|'m\s+taking|use|uses|"
    r"pop|pops|popping)\s+"
    r"(?!(a|an|the|my|his|her|their|it|that|this|part|time|care|breaks?|turns?|notes?|classes|lessons|into|over|place|advantage|effect|action|steps|shape|hold)\b)[a-z]{4,}\b"
    r"|\b(and|also)\s+(takes|is\s+taking|uses)\s+[A-Za-z]{4,}\b"  # "has Parkinson's and takes <a drug>"
    # "my mum's 80 and on galantamine"
    r"|\band\s+(already\s+)?on\s+(?!(a|an|the|my|his|her|their|it|that|this|holiday|vacation|top|track|board|time|"
    r"form|foot|weekends?|sundays?|saturdays?|days|nights|purpose|average|call|duty|leave|tour|site|line)\b)[a-z]{5,}\b"
    r"|\b(and|also|already|now)\s+on\s+(drugs|medications?|medicines?|meds|pills|tablets|antidepressants|"
    r"painkillers|statins|insulin|steroids|blood\s+thinners|beta\s+blockers)\b",
    re.IGNORECASE,
)
# Someone is on a medicine ("he's on apixaban", "I'm on sertraline"), or has medicines of their own
# ("lithium is part of my meds"): with a personal choice, advice.
ON_MEDICINE = re.compile(
    r"\b(part\s+of|one\s+of|in|among|with)\s+(my|his|her|their)\s+(\w+\s+)?(meds|medications?|medicines|pills|"
    r"tablets|prescriptions?)\b|"
    r"\b(i'm|i’m|im|i\s+am|he's|he\s+is|she's|she\s+is|they're|they\s+are|my\s+\w+\s+is|my\s+\w+['’]s|"
    r"(has|have|had|put|keeps?)\s+(me|him|her|them))\s+"
    r"(already\s+|now\s+|still\s+)?on\s+"
    r"(?!(a|an|the|my|his|her|their|it|that|this|holiday|vacation|top|track|board|time|form|weeks?|days?|months?|"
    r"phase|stage|level|step|round|lap)\b)[a-z]{4,}\b",
    re.IGNORECASE,
)
# Someone named by kin, on a medicine: "my 80 year old grandad on warfarin, how much can he lift?"
KIN_ON_MEDICINE = re.compile(
    rf"\b({'|'.join(RELATIVES)})['’]?s?\s+(?:is\s+|'s\s+|’s\s+)?(?:already\s+|now\s+|still\s+)?on\s+"
    r"(?!(a|an|the|my|his|her|their|it|that|this|holiday|vacation|top|track|board|time|form|foot|weekends?|"
    r"sundays?|saturdays?|days|nights|purpose|average|call|duty|leave|tour|site|line|edge|fire|board)\b)[a-z]{4,}\b",
    re.IGNORECASE,
)
# A dose told, then asked how much to take: "my friend says 5g of X, how much should I take?"
DOSE_TOLD = re.compile(
    r"\b(dose|dosage|\d+(\.\d+)?\s*(mg|mcg|g|grams?|ml|iu))\b[^?]*\bhow\s+(much|many)\b[^?]*\b"
    r"(should|can|could|do|must)\s+(i|he|she|we|they)\s+(take|have|use)\b"
    # someone's medicine changed in the passive, or weighed as worth keeping: "should his aspirin be
    # doubled?", "are her <X> infusions worth continuing?"
    rf"|\b(my|his|her|their|your)\s+([\w-]+\s+)?{MEDICINE}\s+((dose|dosage)\s+)?(be|get|being)\s+(doubled|halved|"
    r"lowered|raised|increased|reduced|cut|changed|adjusted|stopped|tapered|upped|dropped)\b"
    rf"|\b(my|his|her|their|your)\s+([\w-]+\s+)?{MEDICINE}\s+(still\s+)?worth\s+(continuing|keeping|taking)\b",
    re.IGNORECASE,
)
# Newly on a medicine: "I've just been put on lithium", "she was started on metformin", "prescribed X".
PUT_ON_MEDICINE = re.compile(
    r"\b(been|was|were|got)\s+(just\s+|recently\s+)?(put|started|switched)\s+on\s+(?!(a|an|the|my|his|her|"
    r"their|it|that|this|time|track|notice|hold)\b)[a-z]{4,}\b|\b(was|were|been|got)\s+(just\s+)?prescribed\b"
    # "my grandpa just started donepezil": a new medicine named (not "just started running")
    r"|\b(just|recently)\s+(started|began)\s+(taking\s+)?(?!(a|an|the|my|his|her|their|it|that|this|to|at|in|with|"
    r"work|school|college|uni|university|lifting|training|running|classes|lessons)\b)(?![a-z]+ing\b)[a-z]{5,}\b",
    re.IGNORECASE,
)
TAKING = (ON_MEDICINE, KIN_ON_MEDICINE, TAKES_MEDICINE, PUT_ON_MEDICINE)  # someone is on a medicine

# Symptoms that want a clinician before any training advice: "chest pains going up stairs, is it
# safe for me to start running?"
WARNING_SIGN = re.compile(
    r"\b(chest\s+(\w+\s+)?(pain|pains|tight\w*|pressure|hurts?)|faint\w*|black(ed|ing)?\s+out|pass(ed|ing)?\s+out|dizz\w*|"
    r"palpitations?|short\s+of\s+breath|breathless\w*|numb\w*|tingl\w*|blurr\w*|blurs?|see\s+spots|heart\s+(racing|races|pounds|pounding|flutters|skips))\b",
    re.IGNORECASE,
)
# One's own reading told: "my blood pressure reads 160/100", "his resting heart rate is 110"
OWN_READING = re.compile(
    r"\b(my|his|her)\s+(resting\s+)?(blood\s+pressure|bp|heart\s+rate|pulse|blood\s+sugar|glucose|cholesterol|"
    r"a1c)\s+(is|was|reads|read|came\s+back|runs|sits|of|at)\b",
    re.IGNORECASE,
)
DIAGNOSED = re.compile(
    r"\bdiagnos(ed|is)\b"
    # one's own test result: "my scan showed a few white matter spots", "his bloods came back high"
    r"|\b(my|his|her|their)\s+(\w+\s+)?(scan|mri|x-?ray|bloods|blood\s+tests?|test\s+results?|results|ecg|eeg|"
    r"report)\s+(showed|shows|found|came\s+back|revealed|said|says)\b"
    r"|\b(had|got)\s+(an?\s+|my\s+)?(\w+\s+)?(scan|mri|x-?ray|ct|ecg|eeg|blood\s+tests?)\s+(showing|that\s+showed|"
    r"which\s+showed)\b"
    # a medicine a clinician offered: "My GP offered sertraline for low mood"
    r"|\b(gp|doctor|dr|psychiatrist|neurologist|physician|consultant|nurse|specialist)\s+(has\s+|just\s+)?"
    r"(offered|prescribed|suggested|recommended|wants\s+me\s+to\s+(take|try|start))\b",
    re.IGNORECASE,
)
# A procedure, a device or a body state of one's own: "had a stent put in in March", "one resident
# has a catheter", "I'm 6 weeks postpartum".
PROCEDURE = re.compile(
    r"\b(had|got|has|have|with)\s+(an?\s+|my\s+|his\s+|her\s+)?([a-z'’-]+\s+){0,2}(stents?|pacemaker|catheter|"
    r"implant|surgery|operation|bypass|transplant|hysterectomy|c-section|replacement|reconstruction)\b"
    # a course of treatment: "just finished chemo", "she's on dialysis"
    r"|\b(had|has|have|finished|finishing|started|starting|during|after|through|on|doing)\s+(my\s+|his\s+|her\s+|"
    r"the\s+|a\s+course\s+of\s+)?(chemo|chemotherapy|radiotherapy|radiation\s+therapy|dialysis)\b"
    # a walking aid of one's own: "my father uses a walker since his fall"
    r"|\b(uses|use|using|on|needs|with)\s+(an?\s+|his\s+|her\s+|my\s+)?(walker|wheelchair|walking\s+frame|zimmer\s+frame|"
    r"crutches|mobility\s+scooter)\b"
    r"|\b(postpartum|post-partum|pregnant|post-op|post-surgery)\b|\b(first|second|third|1st|2nd|3rd)\s+trimester\b"
    # a device fitted: "pacemaker fitted last year", "got a stent put in"
    r"|\b(pacemaker|stents?|implant|defibrillator|shunt|insulin\s+pump)\s+(was\s+|were\s+|got\s+)?(fitted|put\s+in|implanted|"
    r"installed|inserted)\b",
    re.IGNORECASE,
)
# "I get a pounding headache when I lift, is it an aneurysm?": one's own symptom, then "what is it?"
OWN_SYMPTOM = re.compile(
    # told before whose it is: "sharp pain in my wrist …", "get vertigo whenever i …"
    r"\b(pain|aches?|numbness|tingling|pins\s+and\s+needles|swelling|cramps?|stiffness)\s+(in|down|around|behind|under)\s+"
    r"(my|his|her)\b"
    r"|^\W*(i\s+)?(keep\s+)?(get|getting|got|have|having)\s+(bad\s+)?(vertigo|dizzy\s+spells|headaches|migraines|"
    r"chest\s+pains?)\b"
    # (not a means: "can I catch up by grinding?")
    r"|\b(i|i've|i'm|my)\b[^?]{0,80}(?<!\bby )\b(pain|ache|aches|headaches?|dizz\w*|numb\w*|tingl\w*|"
    r"swell\w*|bleed\w*|faint\w*|nause\w*|chest|palpitations?|short\s+of\s+breath|blurr\w*|lump|tremors?|"
    r"shak(e|es|ing|y)|twitch\w*|cramps?|killing\s+me|hurts?|hurting|sore|see\s+spots|clicks?|clicking|vertigo|"
    r"ringing|buzzing|"
    r"pops?|popping|grinds?|grinding|gives?\s+way|locks?\s+up|can['’]?t\s+sleep|cannot\s+sleep|"
    # cognitive symptoms: "I keep forgetting words", "my memory has got worse", "my head feels foggy"
    r"forget\w*|memory\s+(loss|lapses?|problems?|is\s+\w+|has\s+\w+)|confus\w*|fog|foggy|losing\s+track|"
    r"los(e|ing)\s+(my\s+)?(words|names|things|balance)|los(e|ing)\s+(the\s+)?(feeling|sensation)|pins\s+and\s+needles|spasms?|weakness|stiff\w*)\b"
    # told with no "I": "34 y/o, keep blanking on words mid-conversation"
    r"|(?:^|[,.;:!?]\s*)(?:i\s+)?keep\s+(?:forgetting|blanking|losing\s+(?:my\s+)?(?:words|names|track)|mixing\s+up)\b"
    # a symptom opening the question with no owner: "numb fingertips while benching - …"
    r"|^\W*(numb|tingling|swollen|aching|throbbing|painful|burning)\s+[a-z]+",
    re.IGNORECASE,
)
# Something of one's own getting worse, told without naming a symptom: "my sciatica flares up", "my
# word-finding has gotten awful" (apart from OWN_SYMPTOM, whose spans end on the symptom's name)
WORSENING = re.compile(
    # (the subject may be left out at the start: "got <X> flaring down my leg")
    r"(\b(i|i've|i'm|my)\b|^\W*(got|have|having|had)\s)[^?]{0,80}\b(flares?\s+up|flare-?ups?|flaring|"
    r"(gotten|got|getting|gone)\s+(awful|worse|terrible|bad|poor))\b",
    re.IGNORECASE,
)
# A clinician treating the asker: "my osteopath wants to …", "my physio gave me bands for …"; what
# they plan is a matter between the two of them, with any decision asked about it.
TREATED = re.compile(
    r"\b(my|his|her|their)\s+(chiropractor|chiro|physio|physiotherapist|physical\s+therapist|osteo|osteopath|"
    r"doctor|gp|dr|surgeon|cardiologist|neurologist|psychiatrist|rheumatologist|oncologist|consultant|specialist|"
    r"midwife|nurse)\s+(wants|has|had|gave|gives?|put|keeps|recommended|suggested|prescribed|is\s+having|says|said|"
    r"told|diagnosed|thinks)\b"
    # "physio booked next week for my knee"
    r"|\b(physio|physiotherapist|physical\s+therapist|doctor|gp|surgeon|specialist|neurologist|cardiologist|chiro|osteo|"
    r"osteopath)\s+"
    r"(appointment\s+|session\s+)?(is\s+)?(booked|scheduled|lined\s+up)\b",
    re.IGNORECASE,
)


# Something of one's own swapped for an activity: "could my daughter swap her <X> for team sports?"
# or dropped at the end of the question: "would lifting let us drop his <X>?"
_SWAPPED = (
    re.compile(
        r"\b(swap|replace|trade|substitute|ditch)\s+(my|his|her|their)\s+([\w'’-]+\s+)?(?P<thing>[\w-]+)\s+(for|with)\b",
        re.I,
    ),
    re.compile(
        # (or "the" after whose it is: "… tell me if he can drop the <X>.")
        r"(\b(drop|quit|skip|stop)\s+(my|his|her|their)"
        r"|\b((can|could|should)\s+(i|he|she|they|we)|(i|he|she|they|we)\s+(can|could|should))\s+"
        r"(drop|quit|skip|stop|come\s+off)\s+the)"
        r"\s+(?!(job|work|school|gym|team|club|class|classes|sport|sports|training|coach|lessons|plan|routine)\b)"
        r"(?P<thing>[\w-]+)\W*$",
        re.I,
    ),
)


def swapped_thing(question: str) -> str:
    """What of someone's own is swapped for an activity or dropped ("swap her <X> for …", "… drop his
    <X>?"), as typed; empty when nothing is."""
    return next((m.group("thing") for p in _SWAPPED if (m := p.search(question))), "")


# Something of one's own cut or dropped, then a clause: "should my son cut back his <X> if he joins a
# team?", "i'm going to stop my <X> and just lift instead" (what is cut is read by ``dropped_medicine``)
_CUT_THEN = re.compile(
    r"\b(drop|quit|skip|stop|ditch|halve|cut\s+(back|down)(\s+on)?|come\s+off|taper(\s+off)?)\s+"
    r"(my|his|her|their|the)\s+(?P<thing>[a-z][\w-]+)(\s+(and|if|when|since|because|while|so|once|now|for)\b|\W*$)",
    re.I,
)


# who or what treats someone, dropped like a medicine: "skip her neurologist and lift instead"
_CARE = (
    r"doctors?|gp|physician|specialist|[a-z]+ologist|physio|physiotherap(y|ist)|therap(y|ist)|rehab|treatment"
)


def dropped_medicine(question: str, vocabulary: Container[str] | None) -> str:
    """A medicine of someone's own cut or dropped before a further clause or at the end, as typed: a
    medicine word, a clinician or treatment ("skip her neurologist"), or a word neither the corpus nor
    English knows (a brand name); "" otherwise ("stop my squats and run")."""
    m = _CUT_THEN.search(question)
    if m is None:
        return ""
    thing = m.group("thing")
    if re.fullmatch(MEDICINE, thing, re.I) or re.fullmatch(_CARE, thing, re.I):  # "skip her neurologist"
        return thing
    unknown = vocabulary is not None and (tokenize(thing) or [""])[0] not in vocabulary
    return thing if unknown and not english_word(thing) else ""


# A question word opening what a question puts first: then it is asked, not told
_ASKED_FIRST = re.compile(
    r"^\W*(what|which|who|whom|whose|how|why|when|where|is|are|does|do|did|can|could|would|should|will|was|"
    r"were)\b",
    re.IGNORECASE,
)


def told_first(question: str) -> str:
    """What a question puts before its first colon, spaced dash or comma, when it opens with no
    question word: "epilepsy here, on meds - ok to …?", "diabetic neuropathy in both feet: would …?"
    (the asker's own situation, told telegraphically); "" otherwise."""
    head = re.split(r"\s[-–—]\s|[:;,]", question, maxsplit=1)
    return head[0] if len(head) > 1 and not _ASKED_FIRST.match(head[0]) else ""


def health_words(question: str) -> frozenset[str]:
    """The words of what the asker says they have, take or feel ("a concussion", "on beta blockers",
    "my knee clicks"), lowercased: a referral names those its sources never mention."""
    told = (HAS_CONDITION, GOT_INJURED, OWN_CONDITION, *TAKING)
    spans = [m.group(0) for p in (*told, PROCEDURE, OWN_SYMPTOM) for m in p.finditer(question)]
    # each pattern ends on the thing itself: "… had a concussion", "I'm on lithium"; a body part that
    # does something ("my knee clicks") is what the sources would have to discuss, like "ankle" in
    # "I rolled my ankle"
    part_does = [(m.group(1).lower(), m.group(2).lower()) for m in _PART_DOES.finditer(question)]
    found_words = {found[-1].lower() for span in spans if (found := re.findall(r"[A-Za-z]{3,}", span))}
    # "lithium is part of my meds": the medicine named, not the word for medicines
    listed = {m.group(1).lower() for m in _PART_OF_MEDICINES.finditer(question)}
    if listed:
        generic = {"meds", "medications", "medication", "medicines", "pills", "tablets"}
        found_words = (found_words - generic) | listed
    return frozenset((found_words - {does for _, does in part_does}) | {part for part, _ in part_does})


_PART_OF_MEDICINES = re.compile(
    r"\b([a-z]{4,})\s+(?:is|are)\s+(?:part|one)\s+of\s+(?:my|his|her|their)\s+(?:\w+\s+)?(?:meds|medications?|medicines|"
    r"pills|tablets)\b",
    re.IGNORECASE,
)


# "my knee clicks", "her wrist pops": the body part, then what it does
_PART_DOES = re.compile(
    r"\b(?:my|his|her|their)\s+([a-z]{3,})\s+(clicks?|clicking|pops?|popping|grinds?|grinding|hurts?|hurting|"
    r"aches?|aching|swells?|swelling|twitch\w*|tingles?|tingling|cracks?|cracking|locks?|locking|gives?)\b",
    re.IGNORECASE,
)


# A word shaped like a medicine's name (the endings of drug families: "-pam", "-olol", "-pril",
# "-statin", "-dopa" …): with a decision or a dose asked for someone, a word the corpus never uses
# with such an ending is the medicine the question is about ("should he lower his ropinirole").
_DRUG_SHAPED = re.compile(
    r"\b[a-z]{3,}(?:pam|lam|olol|pril|sartan|statin|mab|pine|idine|azole|oxetine|mycin|cillin|dopa|"
    r"pezil|afil|parin|farin|profen|feron|triptan|gliptin|formin|zepine|tidine|prazole|cycline|olone|asone|"
    r"irole|exole|isone|giline)\b|\b[a-z]{2,}mantine\b",
    re.IGNORECASE,
)
# A plan written for one person ("write a rehab plan for my wife, she had a stroke"): with a
# condition told, a clinician's work
PLAN_FOR = re.compile(
    # "how many sets should his rehab plan have": a clinical plan of someone's own
    r"\b(?:my|his|her|their)\s+(?:rehab|rehabilitation|recovery|physio|therapy)\s+(?:plan|program(?:me)?|routine|regimen|schedule)\b|"
    r"\b(?:write|make|design|give|build|draw\s+up|create|put\s+together)\s+(?:me\s+|him\s+|her\s+)?(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}(?:plan|program(?:me)?|routine|regimen|schedule)\s+for\s+(?:me|him|her|(?:my|his|her|their)\s+\w+)\b",
    re.IGNORECASE,
)


# what is done with a medicine: taken, changed, stopped, or being on it
_DOSED = re.compile(
    r"\b(?:take|takes|taking|took|on|lower|stop|quit|drop|skip|halve|double|cut|reduce|swap|switch|start|"
    r"started|pop|dose|dosage|off)\s+(?:\w+\s+)??(?:his\s+|her\s+|my\s+|their\s+|the\s+)?([a-z]+)\b"
    # or just had: "would her <X> work better if …?"
    r"|\b(?:his|her|my|their)\s+([a-z]+)\b",
    re.IGNORECASE,
)


def drug_named(question: str, vocabulary: Container[str] | None, dosed_only: bool = True) -> str:
    """A word of ``question`` shaped like a medicine's name, that the corpus never uses, taken,
    changed or had by someone ("lower his <X>", "takes <X>", "her <X>"), or "". With ``dosed_only``
    False, any such word ("is <X> or <a sport> the better bet?")."""
    dosed = {w.lower() for m in _DOSED.findall(question) for w in m if w}
    return next(
        (
            w
            for w in _DRUG_SHAPED.findall(question)
            if (vocabulary is None or w.lower() not in vocabulary) and (w.lower() in dosed or not dosed_only)
        ),
        "",
    )
