"""Which clause of a message is the question: after a short lead-in ("unrelated but does …?",
"random q, …") or a scene set before a dash ("the trainer cites a study - what did it find?"), and
the question's words as ``bot.phrases`` reads them (``question_tokens``: "what's" read as "what is",
a possessive as its noun). General English only: nothing here knows a corpus.
"""

from __future__ import annotations

import re

from bot.english import AUXILIARIES, CONTRACTED, PREPOSITIONS, SUBJECTS, WH_WORDS
from bot.text import words

# A short lead-in before the question, closed by "but" or a comma: "unrelated but …", "random q, …"
_SCENE = PREPOSITIONS | {"per", "according", "as"}
_LEAD_IN = re.compile(r"^\W*(?:[\w'’]+\s+){0,3}?[\w'’]+(?:\s*[,:;]\s*|\s+but\s+)(?=\w)", re.IGNORECASE)
_BUT = re.compile(r"but\s", re.IGNORECASE)
_ENDS_WITH_BUT = re.compile(r"\bbut\W*$", re.IGNORECASE)
_THEN_BUT = re.compile(r"^(?:but|so|and)\s+", re.IGNORECASE)  # "random q, but …": the question after "but"


def _opens_question(text: str) -> bool:
    opener = question_tokens(text)[:1]
    return bool(opener) and (opener[0] in AUXILIARIES | WH_WORDS or opener[0] == "when")


def without_lead_in(question: str) -> str:
    """The question after a short lead-in closed by "but" or a comma when a question opens there
    ("unrelated but does a tattoo hurt?" -> "does a tattoo hurt?"), else the question."""
    lead = _LEAD_IN.match(question)
    if not lead or _opens_question(lead.group(0)):  # "what about pilates, does that help?" asks twice
        return question
    # "in the coach's version, where …?" sets the scene; "off topic, but how …?" sets nothing up
    rest = question[lead.end() :]
    closed_by_but = _ENDS_WITH_BUT.search(lead.group(0)) or _BUT.match(rest)
    if question_tokens(lead.group(0))[0] in _SCENE and not closed_by_but:
        return question
    rest = _THEN_BUT.sub("", rest)
    return rest if _opens_question(rest) else question


def asked_clause(question: str) -> str:
    """The question itself when a scene is set before it with a dash ("the trainer cites a study -
    what did it find?", "quick one, nothing to do with gyms - is X or Y …?") or a short lead-in
    ("unrelated but does …?"), else the whole text."""
    parts = re.split(r"\s+[-–—]\s+(?=\w)", question.strip())
    if len(parts) > 1 and _opens_question(parts[-1]):
        return parts[-1]
    return without_lead_in(question)


_REPORTING = frozenset(
    "says said say claims claimed claim reports reported writes wrote mentions mentioned found finds showed "
    "shows shown argues argued thinks reckons told suggests suggested".split()
)
_CHAT_OPENERS = frozenset("ok okay so but and well oh hey btw also".split())
_SUBORDINATORS = frozenset(
    "if when whenever to so since because although though while unless once given".split()
)
# a word pointing back at what was told before the question: "…, what should he do about it?"
_POINTS_BACK = frozenset(
    "it its this that these those they them their he him his she her there one ones".split()
)


def question_after_telling(message: str) -> str | None:
    """The question of a message that tells something first and asks after a comma or full stop ("my
    bread never rises, what am i doing wrong with the yeast"), when the question points back at
    nothing told (no "it", "that", "he"): it can be read alone. None for any other message."""
    parts = re.split(r"(?<=\w)\s*[,;.]\s+(?=\w)", message.strip())
    if len(parts) < 2 or not _opens_question(parts[-1]) or any(_opens_question(p) for p in parts[:-1]):
        return None
    # "according to the post, which …?", "so if strength is about nerves, do …?", "to undo it, what …?":
    # a scene or a condition set for the question, which reads the question, tells nothing apart
    opening = [t for t in question_tokens(parts[0]) if t not in _CHAT_OPENERS][:1]
    if not opening or opening[0] in _SCENE | _SUBORDINATORS:
        return None
    # "the news piece says they tested 40 runners. how many got sharper?": what a source is said to
    # have said is a premise the question rests on (``bot.assertions`` checks it), not an aside
    if any(set(question_tokens(p)) & _REPORTING for p in parts[:-1]):
        return None
    asked = parts[-1]
    return None if set(question_tokens(asked)) & _POINTS_BACK else asked


def question_tokens(question: str) -> list[str]:
    """The question's words, lowercased, with "what's" read as "what is" and a possessive as its
    noun ("this week's lottery numbers": "week")."""
    return [
        part
        for t in words(question)
        for part in CONTRACTED.get(t, (t[:-2] if t.endswith("'s") and t[:-2] not in SUBJECTS else t,))
    ]
