"""The wordings of a request for personal medical advice: which medicine, what dose, diagnose me,
what someone would do about their own health, whether it is safe for them, what will become of it.

``bot.advice.asks_medical_advice`` reads a question with these patterns (kept apart from the logic,
because English has many ways to ask). They are medicine and English words, never corpus words.
"""

from __future__ import annotations

import re

from bot.health_told import MEDICINE

ADVICE = re.compile(
    rf"\b(which|what)(['’]?s|\s+is)?\s+(\w+\s+){{0,2}}{MEDICINE}\b"
    rf"|\b(should|can|must|could)\s+(i|we|he|she|they|my\s+\w+)\s+(just\s+|still\s+|also\s+)?(take|use|try|stop|start|quit|increase|reduce|pop|"
    rf"lower|double|skip|change|come\s+off|replace|up|raise|cut|drop|adjust|taper|halve|swap|switch)\s+(taking\s+)?(my\s+|his\s+|her\s+|the\s+|a\s+|an\s+|"
    rf"any\s+|their\s+)?(\w+\s+){{0,2}}{MEDICINE}\b"  # "stop my blood pressure pills"
    r"|\b(what|which|how\s+much|how\s+many)\b[^?]*\b(dose|dosage|mg|milligrams?)\b"
    # "can i get a dosage for <X> so i sleep better?": a dose asked for someone
    r"|\b(get|give|need|want|recommend|suggest|tell)\s+(me|him|her|us|them)?\s*(a|an|the|some)\s+(good\s+|safe\s+|"
    r"right\s+|proper\s+|starting\s+)?(dose\s+for|dosage\s+(for|of))\b"
    rf"|\bhow\s+(much|many)\s+(\w+\s+){{0,2}}{MEDICINE}\b"  # "how much ibuprofen is safe …?"
    r"|\bdiagnose\s+(me|my|him|her|us)\b|\bprescri(be|ption)\b|\bam\s+i\s+(sick|ill)\b"
    # "can you tell me if my forgetfulness is dementia?": what one's own symptom is, asked of the bot
    r"|\b(tell|let)\s+me\s+(know\s+)?(if|whether)\s+(my|his|her|their)\s+([\w'’-]+\s+){1,2}(is|are|means?|could\s+be)\b"
    # "should i take 5g creatine a day …?": an amount of something taken by oneself
    r"|\b(should|can|could|must|do)\s+(i|he|she|we|they)\s+(need\s+to\s+)?(take|have|use|try)\s+\d+(\.\d+)?\s?"
    r"(g|grams?|mg|mcg|ml|iu|milligrams?|micrograms?|capsules?|pills?|tablets?)\b"
    rf"|\b(i|my)\b[^?]*\b{MEDICINE}\b[^?]*\bhow\s+(much|many|often)\b"  # "<X> injection for me, how much?"
    # "… can you diagnose which nerve is damaged?": a diagnosis asked of the bot
    r"|\b(can|could|would|will)\s+you\s+(please\s+)?diagnose\b|\bdiagnose\s+(which|what|whether)\b"
    # "… adjust meds on heavy days?": one's own medicine changed
    rf"|\b(adjust|change|cut|reduce|increase|lower|raise|halve|double)\s+(my\s+|his\s+|her\s+|the\s+)?{MEDICINE}\b"
    # "could boxing classes replace his meds?": something in place of one's own medicine
    rf"|\b(replace|substitute\s+for|instead\s+of(\s+taking)?)\s+(my|his|her|their|your)\s+(\w+\s+)?{MEDICINE}\b"
    # a test or procedure for oneself: "do I need an MRI?", "should she get a blood test?"
    # (or told: "he reckons he needs an MRI", "should i get bloodwork done")
    r"|\b((do|does|should|would|will|must)\s+(i|he|she|my\s+\w+)\s+(need|get|have|book|ask\s+for)"
    r"|(i|he|she|they)\s+(needs?|needed))\s+"
    r"(an?\s+|some\s+|the\s+|any\s+)?(\w+\s+)?(mri|ct|scan|x-?ray|ultrasound|ecg|ekg|eeg|emg|nerve\s+conduction|blood\s+tests?|"
    r"blood\s*work|tests?|biopsy|surgery|operation|injection|referral|check-?up)\b(?!\s+of\b)"
    r"|\b(what|which)\s+((kind|sort)\s+of\s+)?(tests?|scans?|checks?|check-?ups?)\s+(should|do|can|could|would)\s+"
    r"(i|he|she|we|they)\s+(get|have|ask\s+for|book|do|take)\b"  # "… what test should I get?"
    # one's own medicine weighed against training: "<X> is one of my meds, does it clash with squats?"
    r"|\bmy\s+(meds|medications?|medicines?|pills|tablets|prescriptions?)\b[^?]*\b(clash|interact|interfere)\w*"
    # coming off one's own medicine, named or not: "could i come off my sertraline"
    r"|\b(come|get|go)\s+off\s+(my|his|her|their)\s+\w+"
    # a dose of anything named: "how much gabapentin should I take before training?"
    r"|\bhow\s+(much|many)\s+(\w+\s+){1,4}should\s+(i|he|she|we|they)\s+take\b"
    # dropping one's own medicine, for training or not: "thinking of ditching my <X> and just running"
    rf"|\b(ditch|ditching|drop|dropping|quit|quitting|stop|stopping|bin|binning|swap|swapping)\s+(my|his|her|their)\s+"
    rf"(\w+\s+)?{MEDICINE}\b"
    r"|\bhow\s+(much|many)\s+(?!(days?|weeks?|time|breaks?|rest|sets?|reps?|minutes?|hours?|sessions?)\b)"
    # "how many X can i take", "how many <a painkiller> can i pop"
    r"(\w+\s+){1,2}(can|could|may)\s+(i|he|she|we|they)\s+(safely\s+)?(take|pop|swallow|have)\b"
    # eval/fresh47: "what should i take for my <a pain>, <a drug>?", "which <a supplement> should I be taking"
    # (not "which class should I take": a training pick)
    r"|\bwhat\s+(should|can|could|do)\s+(i|he|she|we|they)\s+(be\s+)?(take|taking)\s+for\s+(my|his|her|their|this|"
    r"that|the)\b"
    r"|\b(which|what)\s+(?!(class|classes|course|courses|sessions?|approach|route|path|steps?|breaks?|rest|days?|"
    r"time|program\w*)\b)(\w+\s+){1,3}(should|can|could|do)\s+(i|he|she|we|they)\s+(be\s+)?taking\b"
    # someone's own dose changed or skipped: "is it ok to skip a dose", "should his levodopa dose change"
    r"|\b(skip|skipping|miss|missing|change|changing|adjust|adjusting|double|halve)\s+(a|my|his|her|their|the)\s+"
    r"(\w+\s+)?(dose|dosage|doses|medication|meds|pills?|tablets?)\b"
    r"|\b(do|does|will|would)\s+(i|he|she|we|they)\s+(still\s+)?need\s+(my\s+|his\s+|her\s+|the\s+|any\s+)?"
    rf"{MEDICINE}\b"  # "… or do i still need meds"
    r"|\b(my|his|her|their)\s+(\w+\s+)?(dose|dosage|doses)\s+(need\s+(changing|adjusting|to\s+change)|change|"
    r"be\s+changed|go\s+(up|down)|be\s+adjusted)\b"
    # eval/fresh46: "is my meniscus torn?": whether a part of one's own body is injured, a diagnosis
    r"|\b(is|are)\s+(my|his|her|their)\s+(?!(record|pr|pb|streak|plan|program|routine|phone|watch|scale)\b)"
    r"([\w'’-]+\s+){1,2}(torn|broken|fractured|ruptured|sprained|dislocated|"
    r"herniated|pinched|damaged|injured|inflamed|infected)(\W*$|\s*\?)"
    # "should i cancel my PT appointments?": one's own treatment dropped
    r"|\b(should|can|could|must)\s+(i|he|she|we|they)\s+(just\s+)?(cancel|skip|stop|quit|drop|ditch|give\s+up)\s+"
    r"(my|his|her|their)\s+((pt|physio\w*|physical\s+therapy|therapy|rehab|doctor['’]?s?|medical|clinic|hospital)\s+)?"
    r"(appointments?|treatment|therapy|rehab|physio\w*|pt)\b",
    re.IGNORECASE,
)
UNITS = re.compile(r"\bhow\s+many\s+units\b|\bunits?\s+(should|can|do|must)\b", re.IGNORECASE)
DIAGNOSIS = re.compile(r"\b(disease|disorder|syndrome|illness|condition|infection|cancer)s?\b", re.I)
HAVE_CONDITION = re.compile(
    r"\b(do|could|might|may)\s+(i|he|she)\s+have\b(?!\s+to\b)|\b(am\s+i|is\s+(he|she))\s+(getting|developing)\b"
    r"|\bdoes\s+(that|this|it)\s+mean\s+((i|he|she)\s+(have|has|am|is)\b|(early\s+)?[\w'’-]+\W*$)",
    re.IGNORECASE,
)
# A personal decision about a diagnosed person ("my mom was just diagnosed, should she start X?")
# or a safety question about oneself with a condition ("I have epilepsy, is it safe for me to …?").
# "… will heavy squats set off a seizure for me specifically?": a question about one's own case
FOR_ME_ALONE = re.compile(r"\bfor\s+(me|him|her)\s+(specifically|personally|in\s+particular)\b", re.I)
PERSONAL_CHOICE = re.compile(
    r"\bshould\s+(i|he|she|they|we)\s+(still\s+)?(start|stop|take|quit|drop|ditch|switch|swap|cancel|skip|come\s+off|cut\s+(back|down)|"
    r"be\s+on|stay\s+on|keep\s+taking|keep\s+doing|keep\s+on|keep\s+going|keep\s+\w+ing|push\s+through|train\s+through|"
    r"continue|carry\s+on)\b"
    # "should my dad with <a condition> take <X> or <Y>?": the same decision, asked of them by name
    r"|\bshould\s+(my|his|her|their|your)\s+([\w'’-]+\s+){1,4}(start|stop|take|quit|drop|switch|swap|come\s+off)\b"
    # "he's on warfarin, can he start heavy deadlifts?": the same decision, asked with "can"
    r"|\b(can|could|may)\s+(i|he|she|they|we)\s+(still\s+)?(start|keep|continue|carry\s+on|go\s+back\s+to|"
    r"resume)\b"
    # "… is lifting enough or does she need <a medicine>?", "how intense can my training be?"
    r"|\b(does|do|would|will)\s+(i|he|she|they|we)\s+need\s+(?!to\b)\w+"
    r"|\bhow\s+(intense|hard|heavy|much|often|far)\s+(can|could|should)\s+(i|he|she|we|they|(my|his|her)\s+\w+)\b",
    re.IGNORECASE,
)
# Once a condition or a medicine of the asker's is named, any decision about them is theirs to
# take with a clinician: "… should she be doing leg presses?", "… can she do squats safely?",
# "… how often should I be doing it?"
ANY_PERSONAL = re.compile(
    r"\b(should|can|could|may|must|shall)\s+(i|he|she|they|we)\b|\bhow\s+(much|often|many)\b[^?]*\bshould\s+"
    r"(i|he|she|they|we)\b|\bhow\s+(much|often|many|long)\b[^?]*\b(do|does)\s+(i|he|she|they|we)\s+need\b"
    r"|\bhow\s+(long|often|much|many|hard)\s+should\s+(my|his|her|their)\s+\w+|\bis\s+it\s+(still\s+|really\s+|even\s+)?(ok|okay|fine|alright|safe)\s+(for\s+\w+\s+)?to\b"
    # "… how many rounds of boxing a week is right for me?"
    r"|\b(right|suitable|safe|safer|best|better|ideal|good)\s+for\s+(me|him|her|them|us)\W*$"
    # "…, safe for me to go heavy again?", "are boxing lessons a good idea for her"
    r"|\b(safe|ok|okay|fine|alright|wise)\s+for\s+(me|him|her|them|us)\s+to\b"
    r"|\b(good|bad)\s+idea\s+for\s+(me|him|her|them|us|my|his)\b"
    # "…, ok to go back to heavy singles this week?"
    r"|\b(ok|okay|fine|safe|alright)\s+(for\s+(me|him|her|them)\s+)?to\s+(go\s+back|get\s+back|return|start|resume|"
    r"keep|carry\s+on|lift|train|play|run|test|max|attempt|try)\b"
    r"|\bis\s+it\s+(risky|dangerous|bad)\s+(for\s+\w+\s+)?to\b"
    # "what training plan would you put her on?", "… without making it worse?"
    r"|\bwould\s+you\s+(put|start|give|recommend|suggest)\s+(me|him|her|them|us)\b"
    r"|\bwithout\s+making\s+(it|this|that|them|things)\s+worse\b"
    # "… is that ok long term", "I can do dance with this?" (asked in the order of a statement)
    r"|\b(is|are)\s+(that|this|it|they)\s+(ok|okay|fine|safe|alright|bad|dangerous|risky)\b"
    r"|\b(i|he|she)\s+can\s+(still\s+)?(do|go|lift|train|run|play|start|keep|continue)\b[^?.]*\?"
    # "… what program should her physio give her?": a clinician's choice for them
    r"|\b(should|would|could|can|will)\s+(my|his|her|their)\s+(\w+\s+)?(doctor|physio\w*|therapist|pt|gp|"
    r"neurologist|specialist|surgeon)\s+(give|put|prescribe|recommend|suggest|start|try)\b",
    re.IGNORECASE,
)
HOW_MUCH_SHOULD = re.compile(
    r"\bhow\s+(much|often|many|long|far|hard)\b[^?]*\bshould\s+(i|he|she|they|we)\b", re.IGNORECASE
)
# "should he <verb>?" with nothing after the verb asks what the sources discuss, not a clinical call
BARE_DECISION = re.compile(r"\b(should|can|could)\s+(i|he|she|they|we)\s+(still\s+)?[a-z]+\W*$", re.I)
TAKE_SOMETHING = re.compile(
    r"\b(should|can|could|do)\s+(i|he|she|we|they)\s+(take|have|use|get|pop)\s+(something|anything|a\s+pill|"
    r"some\s+pills|medicine)\b|\bwhat\s+(should|can|could|do)\s+(i|he|she|we|they)\s+take\W*$",
    re.IGNORECASE,
)
# a dose or a pick among options ("which sessions should I do?"), not a bare choice
DOSE_OR_PICK = re.compile(
    r"\bhow\s+(much|many|often|long|far|hard|heavy)\b|\b(which|what)\s+([\w'’-]+\s+){1,2}(should|can|could)\s+(i|he|she|we|they)\b",
    re.I,
)
SEE_WHOM = re.compile(
    r"\bshould\s+(i|he|she|we|they)\s+(go\s+and\s+)?(see|visit|call|get\s+checked)\b|\bwhat(?:'s|’s|s|\s+is)\s+wrong\s+"
    r"with\s+(me|him|her|my)\b"
    # "should i go to the doctor about …?"
    r"|\bshould\s+(i|he|she|we|they|my\s+\w+)\s+go\s+to\s+(a|an|the|my|his|her)\s+(doctor|gp|physician|er|hospital|specialist|"
    r"physio\w*|chiro\w*|[a-z]+ologist)\b"
    # "should i get that checked?", "physio or personal trainer?"
    r"|\bshould\s+(i|he|she|we|they)\s+(get|have)\s+(it|this|that|them)\s+(checked|looked\s+at|seen\s+to|scanned|"
    r"x-?rayed|examined|tested)\b"
    r"|\b((?:physio\w*|physical\s+therapists?)|doctor|gp|chiro\w*|osteo\w*|specialist|surgeon)\s+or\s+(an?\s+)?(personal\s+)?(trainer|coach|"
    r"(?:physio\w*|physical\s+therapists?)|doctor|gp|chiro\w*)\b"
    # "should we get him a personal trainer or see a neurologist first"
    r"|\b(trainer|coach|(?:physio\w*|physical\s+therapists?)|gym)\s+or\s+(go\s+and\s+|go\s+to\s+)?(see|visit|call|ask)?\s*(an?\s+|the\s+|his\s+|"
    r"her\s+|my\s+)?(doctor|gp|neurologist|(?:physio\w*|physical\s+therapists?)|chiro\w*|osteo\w*|specialist|surgeon|cardiologist|physician)\b",
    re.IGNORECASE,
)
# What it will do to them: "will that hurt my back?", "would starting hot yoga interfere with my meds?"
PROGNOSIS = re.compile(
    r"\b(will|would|could|can|might|does|is|are)\s+(that|it|this|\w+(\s+\w+){0,3})\s+(be\s+)?(hurt|harm|damag|"
    r"affect|slow|set\s+back|hold|worsen|mess\s+(with|up)|interfer\w*\s+with|throw\s+off|upset)(s|e|es|ed|ing)?\s+"
    r"(down\s+|up\s+|back\s+)?(my|his|her|their|our)\b"
    # "will lifting slow it down?", "could training reverse it?" (it: the condition just named)
    # "… would dance classes fix his reading?"
    r"|\b(will|would|could|can|might|should)\s+(\w+\s+){0,3}(slow|stop|reverse|halt|cure|fix|heal|clear|shrink|"
    r"restore|repair|undo|get\s+rid\s+of)\s+(it|that|this|them|those|(my|his|her|their)\s+\w+)\b"
    # "… how many weeks of running until it clears?": when it will be over
    r"|\bhow\s+(long|soon|many\s+\w+)\b[^?]*\b(until|till|til|before)\s+(it|this|that|they|my\s+\w+|his\s+\w+|"
    r"her\s+\w+)\s+(clears?|goes(\s+away)?|improves?|gets\s+better|heals?|recovers?|stops?|lifts?|settles?)\b"
    # a choice against a treatment: "would I be better off just lifting instead of taking it?"
    r"|\bwould\s+(i|he|she|they|we)\s+be\s+better\s+off\b"
    # "would heavy singles make my nerve symptoms worse?", "… make it worse?", "until walking fixes my sleep?"
    r"|\bmake\s+((my|his|her|their)\s+(\w+\s+){0,2}|(it|that|this|them)\s+)(worse|better)\b"
    r"|\b(until|till|before)\s+(\w+\s+){1,2}(fixes|helps|improves|heals|clears|cures)\s+(my|his|her|their)\b"
    r"|\b(help|hurt|harm)\s+or\s+(help|hurt|harm)\s+(me|him|her|them|us)\b",  # "going to help or hurt me?"
    re.IGNORECASE,
)
# "… will lifting restore the nerves?": undoing what was just told (only after a told condition: "can
# it reverse the impairment?" asks what the sources say)
UNDO_THE = re.compile(
    r"\b(will|would|could|can|might|should)\s+(\w+\s+){1,3}(slow|stop|reverse|halt|cure|fix|heal|clear|shrink|"
    r"restore|repair|undo)\s+the\s+\w+",
    re.IGNORECASE,
)
# A medicine's effect on one's own body: "will my statins stop my muscles doing this?"
MEDICINE_ON_ME = re.compile(
    r"\b(will|would|could|can|do|does|might)\s+(they|it|my\s+\w+|these|those)\s+(stop|affect|block|interfere|"
    r"change|hurt|harm|weaken|reduce)\b"
    # "would lifting weights make it work better?"
    r"|\bmake\s+(it|them|that|my\s+\w+|his\s+\w+|her\s+\w+)\s+work\b"
    # "… will running change how much i need?": the dose one needs (eval/fresh50)
    r"|\bhow\s+(much|many)\s+(of\s+(it|them)\s+)?(i|he|she|we|they)\s+(need|needs|take|takes|should\s+take)\b"
    # "… would walking every day let me drop them?": coming off a medicine
    r"|\blet\s+(me|him|her|them|us)\s+(drop|stop|quit|come\s+off|cut\s+down|cut\s+back|reduce|skip)\b"
    # "… enough for me to come off it?", "could lifting replace it?"
    r"|\b(come|get|go)\s+off\s+(it|them|that|those)\b|\b(replace|substitute\s+for)\s+(it|them|that|those)\b"
    # "i take <X> for <a condition>, does resistance training interfere?": with the medicine
    r"|\b(interfere|interferes|interact|interacts|clash|clashes)\b",
    re.IGNORECASE,
)
# "… would heavy lifting help him?": what it would do for that person
HELP_THEM = re.compile(
    r"\b(will|would|could|can|might|does|do)\s+(\w+\s+){1,4}(help|benefit|improve)\s+(him|her|me|them|us)"
    # "… help him recover", "… help him focus", "… help her sleep better"
    r"(\s+(recover|heal|get\s+better|get\s+back|focus|concentrate|sleep|cope|learn|calm\s+down)\w*(\s+\w+)?)?\W*$",
    re.I,
)
# A condition told by its acronym ("my son has ADHD", "had a TIA six weeks ago"), which no suffix marks
# (or by a possessive: "mom's MS is getting worse")
ACRONYM_TOLD = re.compile(r"(?:\b(?:has|have|had|with|got)\s+(?:an?\s+)?|\w['’]s\s+)([A-Z]{2,5})\b")
# "… wants to deadlift again. safe?": a bare "safe?" asks about the situation just told
BARE_SAFE = re.compile(
    # (or of a doing: "… is lifting heavy ok?")
    # (or "- deadlifts still fine?")
    r"(?:^|[.?!,;:–—-]\s*)(?:is\s+(?:it|that|this|(?:[\w-]+\s+)?\w+ing(?:\s+[\w-]+){0,3})\s+|(?:[\w-]+\s+){1,2}still\s+)?"
    r"(?:safe|ok|okay|fine|dangerous|risky|"
    r"harmful)(?:\s+(?:yet|now|already|again|still|though|then))?\W*$",
    re.I,
)
# A medicine weighed for the asker: "… a good idea for my …", "… worth taking for me?"
GOOD_FOR_ME = re.compile(
    r"\b(good|bad)\s+idea\s+for\s+(me|my|him|his|her)\b|\b(ok|okay|safe|worth\s+(it|taking))\s+for\s+(me|my|him|his|her)\b",
    re.I,
)
# Whether something is safe for the asker's own body part: a clinician's call
BODY_RISK = re.compile(r"\b(safe|safest|dangerous|harmful|risky)\s+for\s+(my|his|her)\s+(\w+\s+)?\w+", re.I)
# Whether training sets off something in one's body: "will heavy lifting set off a fit?", "do heavy
# singles mess with my blood sugar?" (asked after a condition told, it is a clinical call)
TRIGGERED = re.compile(
    r"\b(will|would|could|can|does|do|might|may)\s+([\w'’-]+\s+){1,5}(set\s+off|trigger|bring\s+on|"
    r"mess\s+(with|up)|spike|crash|worsen|aggravate)\s+(an?|my|his|her|their)\s+\w+",
    re.I,
)
# Going on or stopping, asked after a symptom: "… chest pain when I jog. push through it or stop?"
PUSH_ON = re.compile(
    r"\b(push|power|train|work)\s+through(\s+(it|this|that|the\s+\w+)\b|\W*$)|\b(keep\s+going|carry\s+on|continue)\s+or\s+"
    r"(stop|rest|quit)\b|\bor\s+(stop|rest|quit)\W*$",
    re.I,
)
# "… is something wrong with my head?": a diagnosis asked for, after a symptom told
WRONG_WITH = re.compile(
    r"\b(is|could)\s+(something|anything)\s+(be\s+)?wrong\s+with\s+(me|him|her|my|his)\b"
    r"|\bwhat(['’]?s|\s+is)\s+wrong\s+with\s+(me|him|her|my|his)\b",
    re.I,
)
# What it would do for the asker's own body: "… would zapping the muscle help my memory?"
HELP_MINE = re.compile(
    r"\b(will|would|could|can|might|(is|are)\s+(\w+\s+){1,3}going\s+to)\s+(\w+\s+){0,4}(help|heal|fix|improve|cure|"
    r"rewire|repair|restore|boost|speed\s+up|protect|save)\s+(my|his|her|their)\s+\w+"
    # "…, which exercises fix it?" after a condition of one's own: a treatment for it
    r"|\b(which|what)\s+([\w'’-]+\s+){1,2}(fix|fixes|heal|heals|cure|cures|treat|treats|repair|repairs|"
    r"get\s+rid\s+of|sort\s+out)\s+(it|this|that|them)\b",
    re.IGNORECASE,
)
# One's own risk or prognosis: "what's my personal risk, I'm 45 and overweight?"
OWN_RISK = re.compile(
    r"\b(my|his|her)\s+(own\s+|personal\s+)?(risk|chances?|odds|prognosis|life\s+expectancy)\b", re.I
)
# An amount of a medicine: "200 or 400mg", "5 ml", "1000 IU": choosing one is a dose decision.
# "what daily gram amount would you put me on?": a dose prescribed to someone, whatever the substance
PUT_ON_A_DOSE = re.compile(
    r"\b(dose|dosage|amount|grams?|mg|milligrams?)\b[^?]{0,30}\bwould\s+you\s+(put|start)\s+(me|him|her|them)\s+on\b"
    r"|\b(put|start)\s+(me|him|her|them)\s+on\s+(a\s+)?(dose|dosage|\d+\s?(g|mg|grams?))\b",
    re.I,
)
AMOUNT = re.compile(
    r"\b\d+(\.\d+)?\s?(mg|mcg|µg|ml|iu|milligrams?|micrograms?|millilitres?|milliliters?)\b", re.I
)
# "… is that early dementia?", "could it be the start of Parkinson's?": asked about oneself after a symptom
# (and "can you tell me if it's early <X>?", eval/fresh50)
IS_IT = re.compile(
    r"\b(is|could|might)\s+(it|this|that)\s+(be\s+)?|\b(if|whether)\s+(it|this|that)(['’]s|\s+is|\s+(could|might)\s+be)\s+",
    re.IGNORECASE,
)
# Stopping or starting a medicine of one's own, named or not: "can I stop taking naproxen …?"
STOP_TAKING = re.compile(
    r"\b(should|can|could|must)\s+(i|he|she|we|they)\s+(stop|quit|start|keep)\s+taking\s+"
    r"(?!(a|an|the)?\s*(breaks?|notes?|time|part|photos?|pictures?|classes|lessons|turns?)\b)",
    re.IGNORECASE,
)
ALLOWED = re.compile(
    r"\bis\s+it\s+(still\s+|really\s+|even\s+)?(ok|okay|fine|alright|safe)\s+(for\s+\w+\s+)?to\b|\b(can|could|should)\s+(i|he|she)\s+"
    r"(safely|still|keep|start|carry\s+on|continue)\b",
    re.IGNORECASE,
)
SAFE_FOR_ME = re.compile(
    r"\b(is|are|would|will)\s+([\w'’-]+\s+){0,8}(safe|safest|ok|okay|dangerous|risky)\s+for\s+(me|him|her|us|them|it|"
    r"(my|his|her|their)\s+[a-z]+)\b"
    r"|\b(i|he|she|we|they)\s+(can|could|should|may)\s+safely\b"  # "max weight I can safely deadlift?"
    # "is <X> safe with a <device>?"
    r"|\b(safe|ok|okay|dangerous|risky)\s+(with|given|despite)\s+(an?|my|his|her|their)\s+\w+",
    re.I,
)
# Being cleared for something: "am I cleared to lift heavy?", "can she join chair aerobics?"
CLEARED = re.compile(
    r"\b(am|is|are)\s+(i|he|she|they|we)\s+(still\s+)?(cleared|fit|allowed|ok|okay|well\s+enough)\s+(to|doing)\b"
    r"|\b(can|could|may)\s+(i|he|she|they|we)\s+(safely|join|still\s+join)\b"
    r"|(^|[-–—,:;.]\s*)(is\s+it\s+)?(ok|okay|safe|fine|alright)\s+to\s+[a-z]+",  # "<told> - ok to go for …?"
    re.IGNORECASE,
)
WHAT_IS_IT = re.compile(
    r"\bis\s+(it|this|that)\s+an?\s+([\w-]+\s+)?[\w-]+\W*$"
    # "… is that a PNS problem?", "could it be a nerve issue?"
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?an?\s+([\w-]+\s+)?(problem|issue|condition|injury|thing)\W*$"
    # "… is that a sign of nerve damage?", "… is that nerve damage?": a diagnosis asked for
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?(\w+\s+)?(damage|injur\w*|disease|disorder|deficiency|"
    r"neuropathy|arthritis|tendinitis|a\s+tear|torn|broken|fractured)\W*$"
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?(a\s+)?(sign|symptom)s?\s+of\s+(\w+\s+){0,2}"
    r"(damage|disease|disorder|injur\w*|illness|deficiency|something)\b"
    # "… chest tightness during heavy singles, is it my heart?" (or "… my heart or did I pull something?"):
    # an organ of one's own blamed
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?(my|his|her)\s+[a-z]+(\W*$|\s+or\b)"
    # "… trapped nerve or something worse?", "is that denervation?": a name for it asked for
    r"|\bor\s+(something|anything)\s+(worse|serious|else|bad|more\s+serious)\b|\bor\s+(even\s+)?worse\W*$"
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?(?!(normal|ok|okay|fine|good|bad|common|expected|usual|typical|"
    r"right|true|enough|possible|safe|worth|it|all|why|how)\b)[a-z'’-]{4,}\W*$"
    r"|\b(is|could)\s+(it|this|that)\s+(be\s+)?([\w-]+\s+){0,2}[\w-]+\s+or\s+(just\s+|only\s+)?[\w-]+\W*$"
    r"|([-–—:…]|\.\.)\s*(\w+\s+)?(damage|injur\w*|disease|disorder|deficiency|neuropathy|sciatica|a\s+tear|torn|broken)\W*$"
    r"|\b(could\s+(it|this|that)\s+be|what\s+is\s+(it|this|wrong)|"
    r"should\s+i\s+(be\s+)?(worried|worry)|i\s+should\s+(be\s+)?(worried|worry)|is\s+(it|this|that)\s+serious)\b",
    re.IGNORECASE,
)


# What a source is asked to recommend ("what caffeine dose does the coach suggest?"), with no word of
# the asker's own: a question about the sources, which are then read for it like any other (and it is
# declined naming what they lack); a prescription asked for stays a clinician's matter
ASKED_OF_A_SOURCE = re.compile(
    r"\b(does|did|do)\s+(the\s+)?[\w'’-]+(\s+[\w'’-]+)?\s+(recommend|suggest|say|advise|mention|give|list|cite|prescribe)"
    r"s?\b",
    re.IGNORECASE,
)
# A dose a study gave, in the past and to no one of the asker's ("what dose of X went on the cells?",
# "how much X did they inject?"): a question about the sources, like the one above
GIVEN_IN_A_STUDY = re.compile(
    r"\b(did\s+(they|the\s+[\w'’-]+|\w+['’]s\s+[\w'’-]+)\s+(use|give|apply|inject|add|administer)\w*|went\s+(on|onto|into)|"
    r"(was|were)\s+(used|given|applied|injected|added|administered))\b",
    re.IGNORECASE,
)
OF_SOMEONE = re.compile(r"\b(he|she|him|her|his|they|them|their)\b", re.IGNORECASE)
ASKERS_OWN = re.compile(r"\b(i|i'm|i’m|im|me|my|mine|we|our|us)\b", re.IGNORECASE)
# A medicine weighed against something else for someone: "is <a drug> or <a sport> the better bet?"
WEIGHED = re.compile(
    r"\bor\b[^?.]{0,40}\b(better|best|safer|smarter|wiser)\b|\b(better|best|safer)\s+(bet|option|choice)\b",
    re.I,
)
# When to take one's own medicine: "grandad's on <X>, morning pill before his stroll or after?"
TIMED = re.compile(
    r"\b(before|after)\b[^?.]{0,40}\b(or\s+after|or\s+before)\b|\btime\s+(my|his|her)\s+\w+", re.IGNORECASE
)
