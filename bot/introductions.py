"""Questions about a quoted person, and what the sentence introducing them claims.

``ABOUT_PERSON`` tells a question about the person ("where does Lee work?", "is he one of the
authors?") from one about what they say; ``INTRODUCED`` the ones the sentence introducing them
answers (who they are, their job, their credentials). ``claim_part(text, speakers)`` is what an
introduction says without who says it ("<Name, role …> said it will take time …" → "it will take
time …"), so ``bot.evidence.select`` weighs it by its claim, not by its role's rare words;
``role_names`` are the names its role gives (a programme, an institute, a place, a credential),
which a question may ask about ("what is <the programme>?"); ``named_by_role`` the people a question
names by a title their role gives ("the coach in the article").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.text import tokenize
from bot.units import SPEECH

# A question about the person, not about what they say: their introduction answers it.
ABOUT_PERSON = re.compile(
    r"\b(who|whom|whose|where|job|role|title|position|(?:his|her|their)\s+name|based|qualif\w*|credential\w*|background|"
    r"involved|affiliat\w*|universit\w*|uni|institut\w*|school|college|department|faculty|employer|teach\w*|"
    r"profession\w*|degree|expert\s+in|co-?authors?|engineer|\w+ologist|neuroscientist|biologist|chemist|"
    r"one\s+of\s+the\s+(authors|researchers|scientists|team)|part\s+of\s+the\s+(study|research|team|paper|lab)"
    r"|on\s+the\s+(team|paper|research\s+team|study\s+team)\W*$)\b",
    re.IGNORECASE,
)
# Of those, the ones the sentence introducing the person answers: who they are, their job, their
# credentials ("who is Lee?", "where does Lee work?", "is Lee a doctor?"), not "whose …" or "who gets …".
INTRODUCED = re.compile(
    r"^\W*(so\s+|and\s+)?(who\s+is|who['’]s|who\s+was)\s+(?!the\s+(most|best|least))"
    r"|\bwhere\s+(does|did|do)\s+\w+(\s+\w+)?\s+(work|teach|study)\b|\bteach(es|ing)?\s+(which|what)\b"
    r"|\b(job|role|title|position|qualif\w*|credential\w*|background|affiliat\w*|universit\w*|uni|department|"
    r"faculty|employer|profession\w*|degree|involved|co-?authors?)\b"
    r"|\b(one\s+of\s+the\s+(authors|researchers|scientists|team)|part\s+of\s+the\s+(study|research|team|paper))\b"
    r"|\bon\s+the\s+(team|paper|research\s+team|study\s+team)\W*$"  # "on the team?": part of the work
    r"|\b(is|was)\s+(he|she|(the\s+)?(\w+\s+){0,2}\w+)\s+(actually\s+|really\s+)?(an?\s+|some\s+(kind|sort)\s+of\s+)"
    r"(doctor|scientist|researcher|professor|physician|expert|neuroscientist|\w+ologist|specialist|academic|"
    r"engineer|biologist|chemist)\b"
    # "Doe is an engineer not a neuroscientist right": who they are, told and checked
    r"|\b\w+(\s+is|\s+was|['’]s)\s+(just\s+|actually\s+|really\s+)?an?\s+(\w+\s+)?(engineer|\w+ologist|\w+ist|doctor|"
    r"professor|physician|scientist|researcher|academic)\b",
    re.IGNORECASE,
)


# "who led it?", "who ran the study?", "who did the research?": the people behind it, by name
WHO_DID = re.compile(
    r"^\W*((and|so|but|ok|okay|then)\W+)?who\s+(led|ran|did|conducted|headed|carried\s+out|worked\s+on)\s+"
    r"(it|this|that|the\s+[\w-]+)\W*$"
    # "whos the study by", "then who from the study got interviewed"
    r"|^\W*((and|so|but|ok|okay|then)\W+)?who(?:'s|’s|s|\s+is|\s+was)\s+(it|this|that|the\s+[\w-]+)\s+by\W*$"
    r"|^\W*((and|so|but|ok|okay|then)\W+)?who\s+(from|in|on)\s+(the|that|this)\s+(study|research|team|paper|lab)\b"
    # "who is the outside expert weighing in …?": a person named only by their part in the piece
    r"|^\W*((and|so|but|ok|okay|then)\W+)?(who\s+is|who['’]s|who\s+was)\s+(the|that|this)\s+"
    r"(outside|independent|external|uninvolved)\s+(expert|commentator|specialist|scientist|researcher|voice)\b"
    # "who ran the <X> study that <a site> wrote up?", "who was behind the <X> paper …?" (eval/fresh36)
    r"|^\W*((and|so|but|ok|okay|then)\W+)?who\s+(led|ran|did|conducted|headed|carried\s+out|(was|is)\s+behind)\s+"
    r"the\s+([\w-]+\s+){0,4}(study|research|paper|experiment|trial|project)\b"
    # "who ran that study?", "who co-wrote the <X> paper the site covers" (eval/fresh46)
    r"|^\W*((and|so|but|ok|okay|then)\W+)?who\s+(led|ran|did|conducted|headed|carried\s+out|co-?wrote|co-?authored|"
    r"authored)\s+(the|that|this)\s+([\w-]+\s+){0,3}(study|research|paper|experiment|trial|project)\b"
    # "name one of the authors behind the <X> research": a person asked for by their part in the work
    r"|\bname\s+(one|any|some|two)\s+of\s+the\s+(authors|co-?authors|researchers|scientists)\s+(behind|of|on|from)\s+"
    r"the\s+([\w-]+\s+){0,4}(study|research|paper|experiment|trial|project|work)\b"
    # "name one scientist who actually co-wrote the <X>/<Y> paper" (eval/fresh50)
    r"|\bname\s+(one|any|a|some|two)\s+(scientists?|researchers?|authors?|co-?authors?|persons?|people)\s+who\s+"
    r"(actually\s+|really\s+)?(led|ran|co-?wrote|co-?authored|authored|wrote|worked\s+on)\s+(the|that|this)\s+"
    r"([\w/-]+\s+){0,3}(study|research|paper|experiment|trial|project|work)\b",
    re.IGNORECASE,
)


def claim_part(text: str, speakers: frozenset[str]) -> str:
    """What an introduction says, without who says it: the words after "<Name, role …> said" or
    before "said <Name, role …>" (the whole text when neither reads as a claim)."""
    for speaker in speakers:
        name = re.search(rf"\b{re.escape(speaker.split()[-1])}\b", text)
        if not name:
            continue
        verbs = list(SPEECH.finditer(text))
        after = [v for v in verbs if v.start() >= name.end()]
        before = [v for v in verbs if v.end() <= name.start()]
        claim = text[after[0].end() :] if after else text[: before[-1].start()] if before else ""
        if len(claim.split()) >= 4:
            return claim.strip(' ,.;:"“”')
    return text


def role_part(text: str, speakers: frozenset[str]) -> str:
    """An introduction without its claim: "<Name>, <credential>, director of <Programme> at
    <Institute> in <City>" ("" when the text reads as no claim)."""
    claim = claim_part(text, speakers)
    return "" if claim == text else text.replace(claim, " ")


def role_names(text: str, speakers: frozenset[str]) -> set[str]:
    """The capitalised words (lower-cased) of an introduction's role, not the speaker's name: the
    programme, institute, place or credential. Lower-case role words ("senior", "coach") are left
    out: a question shares those without asking about the person."""
    names = {t for speaker in speakers for t in tokenize(speaker)}
    role = role_part(text, speakers)
    return {w.lower() for w in re.findall(r"\b[A-Z][\w-]*", role) if not set(tokenize(w)) & names}


def named_by_role(asked: set[str], introduced: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The quoted people a question names by a word of the role their introduction gives ("the
    coach in the article", "what does the professor say"): ``introduced`` pairs each speaker with
    the sentence introducing them; a title of one speaker's only counts ("coach", "professor"), and
    the caller leaves out of ``asked`` the words the retrieved text uses elsewhere."""
    # (its titles only: "the illinois team", "weather in <the city>" name a place, not a person)
    roles = {speaker: _common_role_words(text, speaker) for speaker, text in introduced}
    names = {t for speaker in roles for t in tokenize(speaker)}
    named = set()
    for speaker, role in roles.items():
        others = set().union(*(r for s, r in roles.items() if s != speaker))
        if (asked - names) & (role - others):
            named.add(speaker)
    return frozenset(named)


# The titles a role gives a person ("a professor in …", "a senior … coach"): not its topic words
# ("chemical", "program"), which questions use for other things
_TITLES = frozenset(
    tokenize(
        "professor coach director researcher scientist author lecturer dean fellow editor reporter doctor "
        "physician engineer therapist psychologist neurologist neuroscientist physiologist nurse dietitian"
    )
)


def _common_role_words(text: str, speaker: str) -> set[str]:
    return set(tokenize(role_part(text, frozenset({speaker})))) & _TITLES
