"""Personal medical advice: which medicine, what dose, diagnose me, should I stop my medication.

``asks_medical_advice(question, profile) -> bool`` is the test ``bot.scope`` runs before retrieval:
such a question gets a short referral (``bot.replies.REFERRAL``), never quotes presented as an
answer. A condition the corpus profile lists (``conditions``) is not advice by itself: "Does
<the topic> help with <a condition>?" goes on and is answered with a see-a-professional note. The
patterns are medicine and English words, never corpus words.
"""

from __future__ import annotations

import re

from bot.profile import Profile, names_condition

# Personal medical advice: medicine words, not corpus words.
_MEDICINE = (
    r"(drugs?|medications?|medicines?|meds|pills?|tablets?|antidepressants?|painkillers?|statins?|"
    r"insulin|prescriptions?|doses?|dosage|treatments?|supplements?|(beta[- ])?blockers?|blood\s+thinners?|"
    r"inhalers?)"
)
_ADVICE = re.compile(
    rf"\b(which|what)\s+(\w+\s+)?{_MEDICINE}\b"
    rf"|\b(should|can|must|could)\s+(i|we|he|she|they)\s+(take|use|try|stop|start|quit|increase|reduce|"
    rf"lower|double|skip|change|come\s+off|replace|up|raise|cut|drop|adjust|taper|halve|swap|switch)\s+(taking\s+)?(my\s+|his\s+|her\s+|the\s+|a\s+|an\s+|"
    rf"any\s+|their\s+)?(\w+\s+){{0,2}}{_MEDICINE}\b"  # "stop my blood pressure pills"
    r"|\b(what|which|how\s+much|how\s+many)\b[^?]*\b(dose|dosage|mg|milligrams?)\b"
    r"|\bdiagnose\s+(me|my|him|her|us)\b|\bprescri(be|ption)\b|\bam\s+i\s+(sick|ill)\b"
    # "… adjust meds on heavy days?": one's own medicine changed
    rf"|\b(adjust|change|cut|reduce|increase|lower|raise|halve|double)\s+(my\s+|his\s+|her\s+|the\s+)?{_MEDICINE}\b"
    # "could boxing classes replace his meds?": something in place of one's own medicine
    rf"|\b(replace|substitute\s+for|instead\s+of)\s+(my|his|her|their|your)\s+(\w+\s+)?{_MEDICINE}\b"
    # a test or procedure for oneself: "do I need an MRI?", "should she get a blood test?"
    r"|\b(do|does|should|would|will|must)\s+(i|he|she|my\s+\w+)\s+(need|get|have|book|ask\s+for)\s+"
    r"(an?\s+|some\s+|the\s+|any\s+)?(\w+\s+)?(mri|ct|scan|x-?ray|ultrasound|ecg|ekg|eeg|blood\s+tests?|"
    r"blood\s+work|tests?|biopsy|surgery|operation|injection|referral|check-?up)\b"
    # a dose of anything named: "how much gabapentin should I take before training?"
    r"|\bhow\s+(much|many)\s+(\w+\s+){1,2}should\s+(i|he|she|we|they)\s+take\b"
    # someone's own dose changed or skipped: "is it ok to skip a dose", "should his levodopa dose change"
    r"|\b(skip|skipping|miss|missing|change|changing|adjust|adjusting|double|halve)\s+(a|my|his|her|their|the)\s+"
    r"(\w+\s+)?(dose|dosage|doses|medication|meds|pills?|tablets?)\b"
    r"|\b(my|his|her|their)\s+(\w+\s+)?(dose|dosage|doses)\s+(need\s+(changing|adjusting|to\s+change)|change|"
    r"be\s+changed|go\s+(up|down)|be\s+adjusted)\b",
    re.IGNORECASE,
)
_UNITS = re.compile(r"\bhow\s+many\s+units\b|\bunits?\s+(should|can|do|must)\b", re.IGNORECASE)
_DIAGNOSIS = re.compile(r"\b(disease|disorder|syndrome|illness|condition|infection|cancer)s?\b", re.I)
_HAVE_CONDITION = re.compile(r"\b(do|could|might|may)\s+(i|he|she)\s+have\b(?!\s+to\b)", re.IGNORECASE)
# A personal decision about a diagnosed person ("my mom was just diagnosed, should she start X?")
# or a safety question about oneself with a condition ("I have epilepsy, is it safe for me to …?").
_PERSONAL_CHOICE = re.compile(
    r"\bshould\s+(i|he|she|they|we)\s+(still\s+)?(start|stop|take|quit|drop|switch|swap|come\s+off|cut\s+(back|down)|"
    r"be\s+on|stay\s+on|keep\s+taking|keep\s+doing|keep\s+on|keep\s+going|keep\s+\w+ing|push\s+through|train\s+through|"
    r"continue|carry\s+on)\b"
    # "he's on warfarin, can he start heavy deadlifts?": the same decision, asked with "can"
    r"|\b(can|could|may)\s+(i|he|she|they|we)\s+(still\s+)?(start|keep|continue|carry\s+on|go\s+back\s+to|"
    r"resume)\b",
    re.IGNORECASE,
)
# Once a condition or a medicine of the asker's is named, any decision about them is theirs to
# take with a clinician: "… should she be doing leg presses?", "… can she do squats safely?",
# "… how often should I be doing it?"
_ANY_PERSONAL = re.compile(
    r"\b(should|can|could|may|must|shall)\s+(i|he|she|they|we)\b|\bhow\s+(much|often|many)\b[^?]*\bshould\s+"
    r"(i|he|she|they|we)\b|\bhow\s+(much|often|many|long)\b[^?]*\b(do|does)\s+(i|he|she|they|we)\s+need\b"
    r"|\bhow\s+(long|often|much|many|hard)\s+should\s+(my|his|her|their)\s+\w+|\bis\s+it\s+(still\s+|really\s+|even\s+)?(ok|okay|fine|alright|safe)\s+(for\s+\w+\s+)?to\b"
    # "… how many rounds of boxing a week is right for me?"
    r"|\b(right|suitable|safe|best|ideal|good)\s+for\s+(me|him|her|them|us)\W*$"
    # "…, ok to go back to heavy singles this week?"
    r"|\b(ok|okay|fine|safe|alright)\s+(for\s+(me|him|her|them)\s+)?to\s+(go\s+back|get\s+back|return|start|resume|"
    r"keep|carry\s+on|lift|train|play|run)\b",
    re.IGNORECASE,
)
# "should he <verb>?" with nothing after the verb asks what the sources discuss, not a clinical call
_BARE_DECISION = re.compile(
    r"\b(should|can|could)\s+(i|he|she|they|we)\s+(still\s+)?[a-z]+\W*$", re.IGNORECASE
)
_TAKE_SOMETHING = re.compile(
    r"\b(should|can|could|do)\s+(i|he|she|we|they)\s+(take|have|use|get)\s+(something|anything|a\s+pill|"
    r"some\s+pills|medicine)\b",
    re.IGNORECASE,
)
# a dose or a pick among options ("which sessions should I do?"), not a bare choice
_DOSE_OR_PICK = re.compile(
    r"\bhow\s+(much|many|often|long|far|hard|heavy)\b|\b(which|what)\s+([\w'’-]+\s+){1,2}(should|can|could)\s+(i|he|she|we|they)\b",
    re.I,
)
_SEE_WHOM = re.compile(
    r"\bshould\s+(i|he|she|we|they)\s+(go\s+and\s+)?(see|visit|call|get\s+checked)\b|\bwhat(?:'s|’s|s|\s+is)\s+wrong\s+"
    r"with\s+(me|him|her|my)\b"
    # "should i get that checked?", "physio or personal trainer?"
    r"|\bshould\s+(i|he|she|we|they)\s+(get|have)\s+(it|this|that|them)\s+(checked|looked\s+at|seen\s+to)\b"
    r"|\b(physio\w*|doctor|gp|chiro\w*|osteo\w*|specialist|surgeon)\s+or\s+(an?\s+)?(personal\s+)?(trainer|coach|"
    r"physio\w*|doctor|gp|chiro\w*)\b",
    re.IGNORECASE,
)
# A condition named by its medical form: "she has osteoporosis", "I have type 2 diabetes", "my
# dad has early Alzheimer's", "diagnosed with vascular dementia".
_HAS_CONDITION = re.compile(
    r"\b(i|he|she|they|we|my\s+\w+|\w+)(\s+has|\s+have|\s+had|\s*['’]s\s+got|\s*['’]ve\s+got|\s+has\s+got|"
    r"\s+suffers?\s+from|\s+was\s+diagnosed\s+with|\s+were\s+diagnosed\s+with|\s+from)\s+(an?\s+|early\s+|mild\s+|"
    r"severe\s+|type\s+\d\s+|early[- ]onset\s+)*([a-z'’-]+\s+)?[a-z'’]*(osis|itis|emia|aemia|ism|oma|pathy|"
    r"plegia|palsy|disease|syndrome|disorder|diabetes|dementia|cancer|epilepsy|asthma|alzheimer's|alzheimer’s|alzheimers|"
    r"parkinson's|parkinson’s|parkinsons)\b"
    # conditions named without those endings: "I have bipolar", "she's got long covid"
    r"|\b(i|he|she|they|we|my\s+\w+)(\s+has|\s+have|\s+had|\s*['’]s\s+got|\s*['’]ve\s+got|\s*['’]ve\s+had|\s+has\s+got|"
    r"\s+suffers?\s+from|\s+was\s+diagnosed\s+with|\s+live\s+with|\s+lives\s+with|\s+gets?)\s+(an?\s+|long\s+|chronic\s+|"
    r"severe\s+|mild\s+)?(bipolar|adhd|add|ms|copd|covid|lupus|migraines?|anxiety|depression|autism|fibromyalgia|"
    r"ptsd|ocd|tinnitus|vertigo|concussions?|sciatica|gout|insomnia|sleep\s+apnoea|sleep\s+apnea|apnoea|apnea|"
    r"narcolepsy|hypertension|high\s+blood\s+pressure|cholesterol|eczema|ibs|crohn['’]?s|coeliac|celiac|cfs|me/cfs|"
    r"chronic\s+fatigue|pots|shingles|hernia|anemia|anaemia|schizophrenia|psychosis|bulimia|anorexia|angina|"
    r"seizures|fits|blackouts)\b"
    # "I'm 74 and get angina"
    r"|\band\s+(get|gets|have|has)\s+(angina|seizures|fits|blackouts|migraines?|vertigo)\b"
    # two-word names: "motor neurone disease", "heart failure", "a heart condition", "a pacemaker"
    r"|\b(i|he|she|they|we|my\s+\w+)(\s+has|\s+have|\s+had|\s*['’]s\s+got|\s*['’]ve\s+got|\s+has\s+got)\s+"
    r"(an?\s+)?([a-z'’-]+\s+){0,2}(disease|syndrome|disorder|failure|condition|deficiency|pacemaker|stent|"
    r"implant|replacement)\b",
    re.IGNORECASE,
)
# One's own injury told as what happened: "I tore my hamstring last month", "she broke her wrist".
_GOT_INJURED = re.compile(
    r"\b(got|was|were|been|get|gets)\s+concussed\b|"  # "one of my lads got concussed on Saturday"
    r"\b(i|he|she|they|we)\s+(just\s+)?(tore|broke|sprained|ruptured|fractured|dislocated|strained|pulled|injured|cracked|bruised|twisted|"
    r"rolled|jarred|tweaked|hurt)\s+"
    r"(my|his|her|their|our|a|an)\b(\s+[a-z]+)?"  # ending on what was hurt: a referral names it
    r"|\bfell\s+and\s+(hurt|broke|injured|cracked|bruised|twisted)\s+(my|his|her|their)\s+[a-z]+"
    # "I've had 3 concussions", "she's had whiplash"
    r"|\b(i|i've|he|he's|she|she's|they|they've|we|we've)\s+(have\s+|has\s+)?(had|got)\s+(an?\s+|\d+\s+|"
    r"several\s+|a\s+few\s+|two\s+|three\s+)?(bad\s+)?(concussions?|whiplash|fractures?|sprains?|tears?|"
    r"hernias?|seizures?|strokes?|mini[- ]strokes?|tias?|heart\s+attacks?)\b"
    # the subject left out: "had a concussion 2 weeks back, …"
    r"|(^|[.!?]\s+)\W*(had|got|just\s+had)\s+(an?\s+|\d+\s+|my\s+)?(bad\s+)?(concussions?|whiplash|fractures?|"
    r"sprains?|hernias?|seizures?|strokes?|heart\s+attacks?)\b",
    re.IGNORECASE,
)
# What it will do to them: "will that hurt my back?", "could it affect his recovery?"
_PROGNOSIS = re.compile(
    r"\b(will|would|could|can|might|does|is|are)\s+(that|it|this|\w+(\s+\w+)?)\s+(be\s+)?(hurt|harm|damag|"
    r"affect|slow|set\s+back|hold|worsen|mess\s+(with|up)|interfer\w*\s+with|throw\s+off|upset)(s|e|es|ed|ing)?\s+"
    r"(down\s+|up\s+|back\s+)?(my|his|her|their|our)\b"
    # "will lifting slow it down?", "could training reverse it?" (it: the condition just named)
    r"|\b(will|would|could|can|might|should)\s+(\w+\s+){1,3}(slow|stop|reverse|halt|cure|fix|heal|clear|shrink|"
    r"get\s+rid\s+of)\s+(it|that|this|them|those)\b"
    # a choice against a treatment: "would I be better off just lifting instead of taking it?"
    r"|\bwould\s+(i|he|she|they|we)\s+be\s+better\s+off\b"
    r"|\b(help|hurt|harm)\s+or\s+(help|hurt|harm)\s+(me|him|her|them|us)\b",  # "going to help or hurt me?"
    re.IGNORECASE,
)
# One's own injury or diagnosis named: "I've got a herniated disc, …", "she has a torn ligament".
_OWN_CONDITION = re.compile(
    # "… light bands for a torn rotator cuff"
    r"\bfor\s+(an?|my|his|her|their)\s+(herniated|slipped|bulging|torn|ruptured|fractured|broken|sprained|"
    r"pinched|trapped|dislocated)\b|"
    r"\b(i|i've|i'm|he|he's|she|she's|they|they've|my\s+\w+)\s+(have\s+|has\s+|had\s+)?(got\s+|just\s+)?"
    r"(an?\s+)?(herniated|slipped|bulging|torn|ruptured|fractured|broken|sprained|pinched|trapped|dislocated)\b"
    # the subject left out: "got a herniated disc at L5. …"
    r"|(^|[.!?]\s+)\W*(got|have|had|with)\s+(an?\s+)?(herniated|slipped|bulging|torn|ruptured|fractured|broken|"
    r"sprained|pinched|trapped|dislocated)\b",
    re.IGNORECASE,
)
# Taking a named medicine: "i take metformin", "she's taking sertraline", "I'm 68 and on statins".
_TAKES_MEDICINE = re.compile(
    r"(?<!should\s)(?<!could\s)(?<!can\s)\b(i|he|she|they|we)\s+(take|takes|am\s+taking|is\s+taking|are\s+taking|'m\s+taking|use|uses)\s+"
    r"(?!(a|an|the|my|his|her|their|it|that|this|part|time|care|breaks?|turns?|notes?|classes|lessons)\b)[a-z]{4,}\b"
    r"|\b(and|also)\s+(takes|is\s+taking|uses)\s+[A-Za-z]{4,}\b"  # "has Parkinson's and takes <a drug>"
    # "my mum's 80 and on galantamine"
    r"|\band\s+(already\s+)?on\s+(?!(a|an|the|my|his|her|their|it|that|this|holiday|vacation|top|track|board|time|"
    r"form|foot|weekends?|sundays?|saturdays?|days|nights|purpose|average|call|duty|leave|tour|site|line)\b)[a-z]{5,}\b"
    r"|\b(and|also|already|now)\s+on\s+(drugs|medications?|medicines?|meds|pills|tablets|antidepressants|"
    r"painkillers|statins|insulin|steroids|blood\s+thinners|beta\s+blockers)\b",
    re.IGNORECASE,
)
# A medicine's effect on one's own body: "will my statins stop my muscles doing this?"
_MEDICINE_ON_ME = re.compile(
    r"\b(will|would|could|can|do|does|might)\s+(they|it|my\s+\w+|these|those)\s+(stop|affect|block|interfere|"
    r"change|hurt|harm|weaken|reduce)\b"
    # "would lifting weights make it work better?"
    r"|\bmake\s+(it|them|that|my\s+\w+|his\s+\w+|her\s+\w+)\s+work\b"
    # "… would walking every day let me drop them?": coming off a medicine
    r"|\blet\s+(me|him|her|them|us)\s+(drop|stop|quit|come\s+off|cut\s+down|cut\s+back|reduce|skip)\b"
    # "… enough for me to come off it?", "could lifting replace it?"
    r"|\b(come|get|go)\s+off\s+(it|them|that|those)\b|\b(replace|substitute\s+for)\s+(it|them|that|those)\b",
    re.IGNORECASE,
)
# "… would heavy lifting help him?": what it would do for that person
_HELP_THEM = re.compile(
    r"\b(will|would|could|can|might|does|do)\s+(\w+\s+){1,3}(help|benefit|improve)\s+(him|her|me|them|us)"
    r"(\s+(recover|heal|get\s+better|get\s+back)\w*(\s+\w+)?)?\W*$",
    re.I,
)
# What it would do for the asker's own body: "… would zapping the muscle help my memory?"
_HELP_MINE = re.compile(
    r"\b(will|would|could|can|might)\s+(\w+\s+){1,4}(help|heal|fix|improve|cure)\s+(my|his|her|their)\s+\w+",
    re.IGNORECASE,
)
# One's own risk or prognosis: "what's my personal risk, I'm 45 and overweight?"
_OWN_RISK = re.compile(
    r"\b(my|his|her)\s+(own\s+|personal\s+)?(risk|chances?|odds|prognosis|life\s+expectancy)\b", re.I
)
# Someone is on a medicine ("he's on apixaban", "I'm on sertraline"): with a personal choice, advice.
_ON_MEDICINE = re.compile(
    r"\b(i'm|i’m|im|i\s+am|he's|he\s+is|she's|she\s+is|they're|they\s+are|my\s+\w+\s+is|my\s+\w+['’]s|"
    r"(has|have|had|put|keeps?)\s+(me|him|her|them))\s+"
    r"(already\s+|now\s+|still\s+)?on\s+"
    r"(?!(a|an|the|my|his|her|their|it|that|this|holiday|vacation|top|track|board|time|form)\b)[a-z]{4,}\b",
    re.IGNORECASE,
)
# Newly on a medicine: "I've just been put on lithium", "she was started on metformin", "prescribed X".
_PUT_ON_MEDICINE = re.compile(
    r"\b(been|was|were|got)\s+(just\s+|recently\s+)?(put|started|switched)\s+on\s+(?!(a|an|the|my|his|her|"
    r"their|it|that|this|time|track|notice|hold)\b)[a-z]{4,}\b|\b(was|were|been|got)\s+(just\s+)?prescribed\b"
    # "my grandpa just started donepezil": a new medicine named (not "just started running")
    r"|\b(just|recently)\s+(started|began)\s+(taking\s+)?(?!(a|an|the|my|his|her|their|it|that|this|to|at|in|with|"
    r"work|school|college|uni|university|lifting|training|running|classes|lessons)\b)(?![a-z]+ing\b)[a-z]{5,}\b",
    re.IGNORECASE,
)
# An amount of a medicine: "200 or 400mg", "5 ml", "1000 IU": choosing one is a dose decision.
_AMOUNT = re.compile(
    r"\b\d+(\.\d+)?\s?(mg|mcg|µg|ml|iu|milligrams?|micrograms?|millilitres?|milliliters?)\b", re.I
)
# "… is that early dementia?", "could it be the start of Parkinson's?": asked about oneself after a symptom
_IS_IT = re.compile(r"\b(is|could|might)\s+(it|this|that)\s+(be\s+)?", re.IGNORECASE)
# Stopping or starting a medicine of one's own, named or not: "can I stop taking naproxen …?"
_STOP_TAKING = re.compile(
    r"\b(should|can|could|must)\s+(i|he|she|we|they)\s+(stop|quit|start|keep)\s+taking\s+"
    r"(?!(a|an|the)?\s*(breaks?|notes?|time|part|photos?|pictures?|classes|lessons|turns?)\b)",
    re.IGNORECASE,
)
# Symptoms that want a clinician before any training advice: "chest pains going up stairs, is it
# safe for me to start running?"
_WARNING_SIGN = re.compile(
    r"\b(chest\s+(\w+\s+)?(pain|pains|tight\w*|pressure|hurts?)|faint\w*|black(ed|ing)?\s+out|pass(ed|ing)?\s+out|dizz\w*|"
    r"palpitations?|short\s+of\s+breath|breathless\w*|numb\w*|tingl\w*|blurr\w*|see\s+spots|heart\s+racing)\b",
    re.IGNORECASE,
)
_ALLOWED = re.compile(
    r"\bis\s+it\s+(still\s+|really\s+|even\s+)?(ok|okay|fine|alright|safe)\s+(for\s+\w+\s+)?to\b|\b(can|could|should)\s+(i|he|she)\s+"
    r"(safely|still|keep|start|carry\s+on|continue)\b",
    re.IGNORECASE,
)
_SAFE_FOR_ME = re.compile(
    r"\b(is|are|would|will)\s+([\w'’-]+\s+){0,4}(safe|ok|okay|dangerous|risky)\s+for\s+(me|him|her|us|them|"
    r"(my|his|her|their)\s+[a-z]+)\b",
    re.I,
)
_DIAGNOSED = re.compile(
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
_PROCEDURE = re.compile(
    r"\b(had|got|has|have|with)\s+(an?\s+|my\s+|his\s+|her\s+)?([a-z'’-]+\s+){0,2}(stents?|pacemaker|catheter|"
    r"implant|surgery|operation|bypass|transplant|hysterectomy|c-section)\b"
    # a walking aid of one's own: "my father uses a walker since his fall"
    r"|\b(uses|use|using|on|needs|with)\s+(an?\s+|his\s+|her\s+|my\s+)?(walker|wheelchair|walking\s+frame|zimmer\s+frame|"
    r"crutches|mobility\s+scooter)\b"
    r"|\b(postpartum|post-partum|pregnant|post-op|post-surgery)\b|\b(first|second|third|1st|2nd|3rd)\s+trimester\b",
    re.IGNORECASE,
)
# Being cleared for something: "am I cleared to lift heavy?", "can she join chair aerobics?"
_CLEARED = re.compile(
    r"\b(am|is|are)\s+(i|he|she|they|we)\s+(cleared|fit|allowed|ok|okay|well\s+enough)\s+to\b"
    r"|\b(can|could|may)\s+(i|he|she|they|we)\s+(safely|join|still\s+join)\b",
    re.IGNORECASE,
)
# "I get a pounding headache when I lift, is it an aneurysm?": one's own symptom, then "what is it?"
_OWN_SYMPTOM = re.compile(
    # told before whose it is: "sharp pain in my wrist …", "get vertigo whenever i …"
    r"\b(pain|aches?|numbness|tingling|swelling|cramps?|stiffness)\s+(in|down|around|behind|under)\s+(my|his|her)\b"
    r"|^\W*(i\s+)?(keep\s+)?(get|getting|got|have|having)\s+(bad\s+)?(vertigo|dizzy\s+spells|headaches|migraines|"
    r"chest\s+pains?)\b"
    r"|\b(i|i've|i'm|my)\b[^?]{0,80}\b(pain|ache|aches|headaches?|dizz\w*|numb\w*|tingl\w*|swell\w*|"
    r"bleed\w*|faint\w*|nause\w*|chest|palpitations?|short\s+of\s+breath|blurr\w*|lump|tremors?|"
    r"shak(e|es|ing|y)|twitch\w*|cramps?|killing\s+me|hurts?|hurting|sore|see\s+spots|clicks?|clicking|vertigo|"
    r"pops?|popping|grinds?|grinding|gives?\s+way|locks?\s+up|"
    # cognitive symptoms: "I keep forgetting words", "my memory has got worse", "my head feels foggy"
    r"forget\w*|memory\s+(loss|lapses?|problems?|is\s+\w+|has\s+\w+)|confus\w*|fog|foggy|losing\s+track|"
    r"los(e|ing)\s+(my\s+)?(words|names|things|balance)|los(e|ing)\s+(the\s+)?(feeling|sensation)|pins\s+and\s+needles|spasms?|weakness|stiff\w*)\b",
    re.IGNORECASE,
)
_WHAT_IS_IT = re.compile(
    r"\bis\s+(it|this|that)\s+an?\s+([\w-]+\s+)?[\w-]+\W*$"
    # "… is that a PNS problem?", "could it be a nerve issue?"
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?an?\s+([\w-]+\s+)?(problem|issue|condition|injury|thing)\W*$"
    # "… is that a sign of nerve damage?": a diagnosis asked for
    # "… is that nerve damage?": a diagnosis named without an article
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?(\w+\s+)?(damage|injur\w*|disease|disorder|deficiency|"
    r"neuropathy|arthritis|tendinitis|a\s+tear|torn|broken|fractured)\W*$"
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?(a\s+)?(sign|symptom)s?\s+of\s+(\w+\s+){0,2}"
    r"(damage|disease|disorder|injur\w*|illness|deficiency|something)\b"
    # "… chest tightness during heavy singles, is it my heart?": an organ of one's own blamed
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?(my|his|her)\s+[a-z]+\W*$"
    # "… trapped nerve or something worse?", "is that denervation?": a name for it asked for
    r"|\bor\s+(something|anything)\s+(worse|serious|else|bad|more\s+serious)\b|\bor\s+(even\s+)?worse\W*$"
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?(?!(normal|ok|okay|fine|good|bad|common|expected|usual|typical|"
    r"right|true|enough|possible|safe|worth|it|all|why|how)\b)[a-z'’-]{4,}\W*$"
    r"|\b(could\s+(it|this|that)\s+be|what\s+is\s+(it|this|wrong)|"
    r"should\s+i\s+(be\s+)?(worried|worry)|is\s+(it|this|that)\s+serious)\b",
    re.IGNORECASE,
)


def health_words(question: str) -> frozenset[str]:
    """The words of what the asker says they have, take or feel ("a concussion", "on beta blockers",
    "my knee clicks"), lowercased: a referral names those its sources never mention."""
    told = (_HAS_CONDITION, _GOT_INJURED, _OWN_CONDITION, _ON_MEDICINE, _TAKES_MEDICINE, _PUT_ON_MEDICINE)
    spans = [m.group(0) for p in (*told, _PROCEDURE, _OWN_SYMPTOM) for m in p.finditer(question)]
    # each pattern ends on the thing itself: "… had a concussion", "I'm on lithium", "my knee clicks"
    return frozenset(found[-1].lower() for span in spans if (found := re.findall(r"[A-Za-z]{3,}", span)))


def asks_medical_advice(question: str, profile: Profile | None = None) -> bool:
    """Which medicine, what dose, diagnose me; or "could I have <a condition>?"."""
    if _ADVICE.search(question) or _AMOUNT.search(question) or _STOP_TAKING.search(question):
        return True
    if _UNITS.search(question) and re.search(rf"\b{_MEDICINE}\b", question, re.IGNORECASE):
        return True  # "I'm on insulin, how many units should I cut before a class?"
    if _WARNING_SIGN.search(question) and (_ALLOWED.search(question) or _SAFE_FOR_ME.search(question)):
        return True  # "I get chest pains going up stairs, is it safe for me to start running?"
    if _OWN_SYMPTOM.search(question) and _IS_IT.search(question) and names_condition(question, profile):
        return True  # "I keep forgetting words mid-sentence, is that early dementia?"
    # each sentence on its own: "… is that nerve damage?? what should i do"
    asked_name = any(_WHAT_IS_IT.search(part) for part in re.split(r"(?<=[?!.])\s+", question))
    if _OWN_SYMPTOM.search(question) and (asked_name or _HAVE_CONDITION.search(question)):
        return True  # a diagnosis asked for: "a shooting pain down my leg …, do I have sciatica?"
    medicine = any(p.search(question) for p in (_ON_MEDICINE, _TAKES_MEDICINE, _PUT_ON_MEDICINE))
    if medicine and _MEDICINE_ON_ME.search(question):
        return True  # "I'm on statins, will they stop my muscles doing this?"
    if _OWN_RISK.search(question):
        return True
    condition = (
        names_condition(question, profile)
        or _DIAGNOSED.search(question) is not None
        or _OWN_CONDITION.search(question) is not None
        or _HAS_CONDITION.search(question) is not None
        or _GOT_INJURED.search(question) is not None
        or _PROCEDURE.search(question) is not None
        or medicine
    )
    if condition and _CLEARED.search(question):
        return True
    # "my son has cerebral palsy, would heavy lifting help him?" (a condition the sources lack)
    # "… would it help my memory?" after a diagnosis, a medicine or a device of one's own (not after
    # "I pulled a heavy single", which reads like an injury)
    diagnosed = any(p.search(question) for p in (_HAS_CONDITION, _DIAGNOSED, _OWN_CONDITION, _PROCEDURE))
    helps = _HELP_THEM.search(question) or ((diagnosed or medicine) and _HELP_MINE.search(question))
    if condition and helps and not names_condition(question, profile):
        return True
    # a bare "should he <verb>?" is answered (with the professional note), not referred
    # (only for a condition the sources discuss: "I tore my hamstring, can I still deadlift?" is a
    # clinical call all the same)
    general = (
        _BARE_DECISION.search(question) is not None
        and not _DOSE_OR_PICK.search(question)
        and names_condition(question, profile)
    )
    if condition and (
        _PERSONAL_CHOICE.search(question)
        or _SAFE_FOR_ME.search(question)
        or _PROGNOSIS.search(question)
        or (_ANY_PERSONAL.search(question) and not general)
    ):
        return True
    asked = _PROGNOSIS.search(question) or _PERSONAL_CHOICE.search(question) or _HELP_MINE.search(question)
    if asked and _OWN_SYMPTOM.search(question[: asked.start()]):  # told first, then asked about
        return True  # "foggy since March, will cardio fix it?", "my knee clicks, should I go on?"
    if _OWN_SYMPTOM.search(question) and (_SAFE_FOR_ME.search(question) or _ALLOWED.search(question)):
        return True  # "I get bad calf cramps when I walk, is it safe for me to start this?"
    if _OWN_SYMPTOM.search(question) and _TAKE_SOMETHING.search(question):
        return True  # "I get a pounding headache after max singles, should I take something for it?"
    if _OWN_SYMPTOM.search(question) and _SEE_WHOM.search(question):
        return True  # "my lower back has been killing me, should I see a chiropractor or a physio?"
    return _HAVE_CONDITION.search(question) is not None and (
        names_condition(question, profile) or _DIAGNOSIS.search(question) is not None
    )
