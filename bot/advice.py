"""Personal medical advice: which medicine, what dose, diagnose me, should I stop my medication.

``asks_medical_advice(question, profile) -> bool`` is the test ``bot.scope`` runs before retrieval:
such a question gets a short referral (``bot.replies.referral``), never quotes presented as an
answer. A condition the corpus profile lists (``conditions``) is not advice by itself: "Does
<the topic> help with <a condition>?" goes on and is answered with a see-a-professional note. The
patterns (``bot.advice_asked``, ``bot.health_told``) are medicine and English words, never corpus words.
"""

from __future__ import annotations

import re
from collections.abc import Container

from bot.advice_asked import (
    ACRONYM_TOLD,
    ADVICE,
    ALLOWED,
    AMOUNT,
    ANY_PERSONAL,
    ASKED_OF_A_SOURCE,
    ASKERS_OWN,
    BARE_DECISION,
    BARE_SAFE,
    BODY_RISK,
    CLEARED,
    DIAGNOSIS,
    DOSE_OR_PICK,
    FOR_ME_ALONE,
    GIVEN_IN_A_STUDY,
    GOOD_FOR_ME,
    HAVE_CONDITION,
    HELP_MINE,
    HELP_THEM,
    HOW_MUCH_SHOULD,
    IS_IT,
    MEDICINE_ON_ME,
    OF_SOMEONE,
    OWN_RISK,
    PERSONAL_CHOICE,
    PROGNOSIS,
    PUSH_ON,
    PUT_ON_A_DOSE,
    SAFE_FOR_ME,
    SEE_WHOM,
    STOP_TAKING,
    TAKE_SOMETHING,
    TIMED,
    TRIGGERED,
    UNDO_THE,
    UNITS,
    WEIGHED,
    WHAT_IS_IT,
    WRONG_WITH,
)
from bot.health_told import (
    BODY_TOLD,
    DIAGNOSED,
    DOSE_TOLD,
    GOT_INJURED,
    HAS_CONDITION,
    MEDICINE,
    OWN_CONDITION,
    OWN_READING,
    OWN_SYMPTOM,
    PLAN_FOR,
    PROCEDURE,
    TAKING,
    TREATED,
    WARNING_SIGN,
    WORSENING,
    dropped_medicine,
    drug_named,
    swapped_thing,
    told_first,
)
from bot.profile import Profile, condition_words
from bot.spelling import read_text_speak
from bot.text import tokenize


def _told_symptom(question: str) -> re.Match[str] | None:
    """A symptom of one's own told by name ("my knee clicks") or as getting worse ("flares up")."""
    return OWN_SYMPTOM.search(question) or WORSENING.search(question)


def asks_medical_advice(
    question: str, profile: Profile | None = None, vocabulary: Container[str] | None = None
) -> bool:
    """Which medicine, what dose, diagnose me; or "could I have <a condition>?". With the corpus's
    ``vocabulary``, a condition counts as one the sources discuss only when they use its word
    ("my nephew is autistic, would team sports help his reading?" is referred where no text says it)."""
    named = condition_words(question, profile)
    used = vocabulary is None or any((tokenize(w) or [w])[0] in vocabulary for w in named)
    discussed = bool(named) and used
    # text-speak read as the word it stands for: "my bro gets seizures cn he do heavy singles"
    question = read_text_speak(question)[0]
    asked_of_a_source = ASKED_OF_A_SOURCE.search(question) or GIVEN_IN_A_STUDY.search(question)
    if asked_of_a_source and not ASKERS_OWN.search(question):
        return False
    if any(p.search(question) for p in (ADVICE, AMOUNT, STOP_TAKING, DOSE_TOLD, PUT_ON_A_DOSE)):
        return True
    if re.search(rf"\b{MEDICINE}\b", question, re.IGNORECASE) and GOOD_FOR_ME.search(question):
        return True  # "is a daily baby aspirin a good idea for my joints since I lift?"
    # "swap her <X> for team sports": a medicine of hers, when it is one or no corpus word
    thing = swapped_thing(question)
    unknown = vocabulary is not None and (tokenize(thing) or [""])[0] not in vocabulary
    if thing and (re.fullmatch(MEDICINE, thing, re.IGNORECASE) or unknown):
        return True
    if dropped_medicine(question, vocabulary):
        return True  # "should my son cut back his <X> if he joins a team sport?"
    if BODY_RISK.search(question):
        return True  # "i'm 16, is maxing out safe for my growth plates?"
    if drug_named(question, vocabulary) and (ASKERS_OWN.search(question) or OF_SOMEONE.search(question)):
        return True  # "should he lower his <a drug> on training days?", "mom takes <a drug>, ok to swim?"
    named_drug = drug_named(question, vocabulary, dosed_only=False)
    medicine_named = re.search(rf"\b{MEDICINE}\b", question, re.IGNORECASE) or named_drug
    someones = ASKERS_OWN.search(question) or OF_SOMEONE.search(question)
    # "… how much levodopa before his boxing class?": how much of a medicine, for someone
    how_much = bool(named_drug) and re.search(
        rf"\bhow\s+(much|many)\s+(\w+\s+)?{re.escape(named_drug)}\b", question, re.I
    )
    if how_much and someones:
        return True
    if medicine_named and (WEIGHED.search(question) or TIMED.search(question)) and someones:
        return True  # "… is <a drug> or <a sport> the better bet?", "… <a pill> before his walk or after?"
    if UNITS.search(question) and re.search(rf"\b{MEDICINE}\b", question, re.IGNORECASE):
        return True  # "I'm on insulin, how many units should I cut before a class?"
    if WARNING_SIGN.search(question) and (ALLOWED.search(question) or SAFE_FOR_ME.search(question)):
        return True  # "I get chest pains going up stairs, is it safe for me to start running?"
    if _told_symptom(question) and IS_IT.search(question) and named:
        return True  # "I keep forgetting words mid-sentence, is that early dementia?"
    # each sentence on its own: "… is that nerve damage?? what should i do"
    asked_name = any(WHAT_IS_IT.search(part) for part in re.split(r"(?<=[?!.])\s+", question))
    if _told_symptom(question) and (asked_name or HAVE_CONDITION.search(question)):
        return True  # a diagnosis asked for: "a shooting pain down my leg …, do I have sciatica?"
    medicine = any(p.search(question) for p in TAKING)
    if medicine and MEDICINE_ON_ME.search(question):
        return True  # "I'm on statins, will they stop my muscles doing this?"
    # an acronym the corpus never uses, told as had by someone ("my son has ADHD"; not "a PhD")
    told = ACRONYM_TOLD.findall(question)
    acronym = (ASKERS_OWN.search(question) or OF_SOMEONE.search(question)) is not None and any(
        vocabulary is None or a.lower() not in vocabulary for a in told
    )
    condition = (
        bool(named)
        or acronym
        or DIAGNOSED.search(question) is not None
        or OWN_CONDITION.search(question) is not None
        or HAS_CONDITION.search(question) is not None
        or GOT_INJURED.search(question) is not None
        or PROCEDURE.search(question) is not None
        or TREATED.search(question) is not None
        or OWN_READING.search(question) is not None
        or medicine
    )
    # one's own risk or prognosis, given a health matter or one's age or weight ("what's my personal risk,
    # I'm 45 and overweight?"); not after a way of life alone ("desk job … are my odds worse?": what the
    # sources say in general answers it)
    if OWN_RISK.search(question) and (condition or _told_symptom(question) or BODY_TOLD.search(question)):
        return True
    if acronym and HAVE_CONDITION.search(question):
        return True  # "… lesions on my MRI, does that mean I have MS?": a diagnosis, by its acronym
    if condition and (CLEARED.search(question) or PLAN_FOR.search(question)):
        return True  # "… write a rehab plan for my wife, she had a stroke"
    # "my son has cerebral palsy, would heavy lifting help him?" (a condition the sources lack)
    # "… would it help my memory?" after a diagnosis, a medicine or a device of one's own (not after
    # "I pulled a heavy single", which reads like an injury)
    diagnosed = any(p.search(question) for p in (HAS_CONDITION, DIAGNOSED, OWN_CONDITION, PROCEDURE))
    # "<condition>: would …?", "I have <an acronym>, will …?"
    diagnosed = diagnosed or acronym or bool(condition_words(told_first(question), profile))
    undo = UNDO_THE.search(question)
    # (or after a symptom told first: "… has my toes numb, would daily walks repair the nerves")
    if undo and (diagnosed or medicine or _told_symptom(question[: undo.start()])):
        return True
    helps = HELP_THEM.search(question) or ((diagnosed or medicine) and HELP_MINE.search(question))
    if condition and helps and not discussed:
        return True
    # a bare "should he <verb>?" is answered (with the professional note), not referred
    # (only for a condition the sources discuss: "I tore my hamstring, can I still deadlift?" is a
    # clinical call all the same)
    general = BARE_DECISION.search(question) is not None and not DOSE_OR_PICK.search(question) and discussed
    if condition and (
        PERSONAL_CHOICE.search(question)
        or SAFE_FOR_ME.search(question)
        or BARE_SAFE.search(question)
        or PROGNOSIS.search(question)
        or FOR_ME_ALONE.search(question)
        or TRIGGERED.search(question)
        or (ANY_PERSONAL.search(question) and not general)
    ):
        return True
    asked = (
        PROGNOSIS.search(question)
        or PERSONAL_CHOICE.search(question)
        or HELP_MINE.search(question)
        or HOW_MUCH_SHOULD.search(question)  # "my nan is getting forgetful, how much walking should she do?"
    )
    if asked and _told_symptom(question[: asked.start()]):  # told first, then asked about
        return True  # "foggy since March, will cardio fix it?", "my knee clicks, should I go on?"
    if _told_symptom(question) and (SAFE_FOR_ME.search(question) or ALLOWED.search(question)):
        return True  # "I get bad calf cramps when I walk, is it safe for me to start this?"
    if (_told_symptom(question) or WARNING_SIGN.search(question)) and (
        WRONG_WITH.search(question) or PUSH_ON.search(question)
    ):
        return True  # "i go dizzy when i squat heavy, is something wrong with my head?"
    if _told_symptom(question) and TAKE_SOMETHING.search(question):
        return True  # "I get a pounding headache after max singles, should I take something for it?"
    if _told_symptom(question) and SEE_WHOM.search(question):
        return True  # "my lower back has been killing me, should I see a chiropractor or a physio?"
    return HAVE_CONDITION.search(question) is not None and (
        bool(named) or DIAGNOSIS.search(question) is not None
    )
