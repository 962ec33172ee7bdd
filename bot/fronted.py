"""What a question puts before its clause, or offers as a choice: the things it asks about.

``fronted_words(question)`` hands ``bot.phrases.focus_slots`` the content words (lowercased) of
a noun phrase put first and pointed back at ("<X>, is that good for …?", "<X>: worth taking?",
"<X> - does it help …?") or weighed in a closing tag ("<X> during <Y>, yes or no"), of a choice
put first ("<X> or <Y>, which …?") and of a closing choice ("…, <X> or <Y>?"); ``fronted_subject``
the first of those words when a yes/no question points back at the phrase ("and <X> <Y>, do they
count?"), which ``bot.focus`` weighs like a subject; and ``statement_verb`` where a yes/no question
typed in statement order has its verb ("<X> is … ?"), for ``bot.phrases.subject_word``. Nothing
here knows a corpus.
"""

from __future__ import annotations

import re

from bot.english import ASKER_WORDS, AUXILIARIES, CLAUSE_WORDS
from bot.text import STOP_WORDS, words

# A noun phrase put first and pointed back at: "<X>, is that good for …?", "<X>, where does that
# fit?"; after a colon or a spaced dash only a yes/no question about it: "<X>: worth taking?", "<X> -
# does it sharpen …?" (a hyphen inside a word is no break)
_POINTED = (
    r"(is|are|does|do|would|will|can|could|should|did)\s+(it|they|(that|this|those)(?=\W*$|\s+(good|bad|ok|okay|"
    # (a demonstrative before a noun is a determiner: "…, how do those strong guys compare"; one before a
    # verb or near the end points back: "…, is that good …", "…, where does that fit")
    r"worth|count|counts|help|helps|work|works|matter|even|really|actually|too|also|safe|better|worse|enough|fine|"
    r"right|true|any|still|make|mean|have|do|doing|helping|working|making|going)\b|(\s+[\w'’-]+){1,3}\W*$))\b"
)
_FRONTED = re.compile(rf"^\W*([^,?.!]{{3,40}}),\s*(((where|what|how|why|when)\s+)?{_POINTED})", re.I)
_FRONTED_BREAK = re.compile(
    # (a colon between digits is no break: "16:8 fasting - is that …")
    rf"^\W*((?:[^,?.!:]|(?<=\d):(?=\d)){{3,40}}?)(?::|\s[-–—])\s*({_POINTED}|worth\s+\w+|any\s+good\b)", re.I
)
# What starts a clause or a question, not a noun phrase ("once the nerves fire, what do they …",
# "why bother … - what does it do"), and a request about the answer ("straight answer pls - did …")
_NOT_A_TOPIC = frozenset(
    "why what how when where who which once after before until while whenever answer pls please quick".split()
)

# "… <X>, it is good for …?": the pronoun put before its verb, as people type a question
_POINTED_AFTER = r"(that|it|this|they|those)\s+(is|are|does|do|would|will|can|could)\b"
_FRONTED_PRONOUN_FIRST = re.compile(rf"^\W*([^,?.!]{{3,40}}),\s*{_POINTED_AFTER}", re.I)
# A bare noun phrase put first and then weighed in a closing tag: "<X> during <Y>, yes or no",
# "<X> after <Y>, good idea?", "<X>, worth it?" (what starts with a verb or a clause is no phrase)
_FRONTED_STANCE = re.compile(
    r"^\W*([^,?.!:]{3,40}?)\s*(?:,|:|\s[-–—])\s*(yes\s+or\s+no|yay\s+or\s+nay|y/n|"
    r"(a\s+)?(good|bad|smart|wise)\s+(idea|move|call)|"
    r"worth\s+it|any\s+good|good\s+or\s+bad|thoughts|verdict|recommended|legit|ok|okay)"
    r"(\s+for\s+(my\s+|your\s+|the\s+)?[\w'’-]+)?\W*$",  # "…: good or bad for gains?"
    re.I,
)

# The verbs after which a yes/no question asked in statement order has put its subject: "<X> is …?",
# "<X> <Y> can help …?"
_STATED = frozenset("is are can could will would does do might may".split())

# A choice between two bare words put first: "salsa or bachata, which …?"
_FRONTED_CHOICE = re.compile(r"^\W*([\w'’-]+)\s+or\s+([\w'’-]+)\s*(?=[,?:-])")
# A closing choice between two bare words: "…, carbs or fats?"
_CHOICE = re.compile(r",\s*([\w'’-]+)\s+or\s+([\w'’-]+)\W*$")


def fronted_words(question: str) -> set[str]:
    """The content words of what ``question`` puts first or offers as a choice."""
    found: set[str] = set()
    # "jiu jitsu 3x a week, is that good …?": what "that" stands for
    fronted = _fronted(question)
    if fronted:
        found |= _content(fronted)
    for choice in (_FRONTED_CHOICE.match(question), _CHOICE.search(question)):
        if choice:  # "salsa or bachata, which one's easier …?", "…, carbs or fats?"
            found |= _content(choice.group(0))
    return found


def fronted_subject(question: str) -> set[str]:
    """The first content word of a noun phrase put first and pointed back at by a yes/no question
    ("and <X> <Y>, do they count?", "<X> for <Y>: any good?", "<X>, it is good for …?"): what the
    question asks about, like the word after "what about"."""
    fronted = _fronted(question)
    if not fronted:
        return set()
    first = [t for t in words(fronted) if t not in STOP_WORDS and t not in ASKER_WORDS]
    return set(first[:1])


def statement_verb(tokens: list[str]) -> int:
    """The index of the verb of a yes/no question asked in statement order, after a subject of one
    to three content words ("<X> is counting for this?", "<X> <Y> capsule can help …?"), else 0."""
    for k in range(1, min(4, len(tokens) - 1)):
        if tokens[k] in _STATED:
            return k if not set(tokens[:k]) & (STOP_WORDS | ASKER_WORDS | _NOT_A_TOPIC) else 0
    return 0


# "thinking of doing <X> …, will it …?": the plan's activity is what the question points back at
_PLANNING = re.compile(
    r"^\W*(i['’]?m\s+|i\s+am\s+)?(thinking\s+(of|about)|considering|planning\s+(on|to)|about\s+to|going\s+to|"
    r"want\s+to|wanna)\s+(doing|do|trying|try|taking\s+up|take\s+up|starting|start|adding|add)\s+"
    # or a habit told: "i do <X> twice a week, is that doing anything for …?"
    r"|^\W*(i|we)\s+(do|practise|practice|play|started|took\s+up|(have|['’]ve)\s+been\s+doing|am\s+doing|['’]m\s+doing)\s+",
    re.I,
)


def _fronted(question: str) -> str | None:
    """The noun phrase put first, or None (a clause put first is none: "once the nerves fire, …")."""
    question = _PLANNING.sub("", question, count=1)
    pointed_back = (_FRONTED, _FRONTED_BREAK, _FRONTED_PRONOUN_FIRST)
    found = next((m for p in pointed_back if (m := p.match(question))), None)
    if found:
        phrase = found.group(1)
        return None if set(words(phrase)) & (CLAUSE_WORDS | _NOT_A_TOPIC) else phrase
    # a tag weighs a phrase that may hold a preposition ("<X> before <Y>, yes or no"), never a clause
    stance = _FRONTED_STANCE.match(question)
    tokens = words(stance.group(1)) if stance else []
    if not tokens or tokens[0] in _NOT_A_TOPIC | AUXILIARIES or set(tokens) & CLAUSE_WORDS:
        return None
    return stance.group(1)


def _content(text: str) -> set[str]:
    return {t for t in words(text) if t not in STOP_WORDS and t not in ASKER_WORDS}
