"""Referring back: whether a question continues the last turn rather than asking something new.

``refers_back(question)`` is True for a question with no content words, an opener that continues
the last turn ("And for children?", "what about golf?"), an effect with no object ("any effect?"),
"does <another expert> agree?", nothing but words for a part of an answer ("what's the catch?"),
one bare word ("trainable?"), a verbless wh-fragment ("where in the body?", "which body area?") or
short fragment ("part of the study?", "bottom line from the bulk of it?"), an ellipsis ("linked to
what exactly?", "meaning what?", "leading to?", "fixable with training?", "doomed to lag behind?",
"when would I notice?", "me though?", "true for all though?", "those sets") or a pronoun in a short
question ("who led it?"). ``asks_who_is`` is "who's <X>?", which names whom it asks about.
``bot.scope`` then refines retrieval with the history for it, and only for it. ``PRONOUN`` is the
pronoun pattern it reads; ``predicate_words`` the predicate of such an ellipsis, which
``bot.focus`` sets aside; ``returns_to_topic`` a question that goes back to the talk before an
aside ("ok back to it, …"), which continues the last answered turn. The patterns are English
words, never words of a corpus.
"""

from __future__ import annotations

import re

from bot.asides import discourse_words
from bot.clauses import question_tokens
from bot.english import ASKER_WORDS, CONTRACTED, WEATHER_IT, WH_WORDS, WHICH_OF_THOSE, verb_reading
from bot.source_questions import VERB
from bot.text import STOP_WORDS, tokenize, words

__all__ = ["CHECKS_SAID", "PRONOUN", "asks_who_is", "predicate_words", "refers_back", "returns_to_topic"]

# Referring back: a pronoun, an opener that continues the last turn, an effect with no object.
_OPENER = re.compile(
    r"^\s*(and|but|also|so|or|then|what\s+about|how\s+about|same\s+for|what\s+else|why|how\s+so|really|"
    r"like\s+what|such\s+as|for\s+(example|instance)|examples?\W*$|as\s+opposed\s+to|unlike|compared\s+(to|with))\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(
    r"\b(it|its|that|this|they|them|their|those|these|he|she|him|her|his|there|the\s+same)\b", re.IGNORECASE
)
_AGREES = re.compile(
    r"\b(agree|agrees|disagree|disagrees|say\s+the\s+same|see\s+it\s+(that|the\s+same)\s+way)\b", re.I
)
_OBJECTLESS = re.compile(
    r"\b(an?|the|any)\s+(effects?|difference|results?|benefits?|change|changes|improvements?)\b"
    r"(?!\s+(of|on|from|in)\b)"
    # "the difference between a <X> and a <Y>" names its own things; "… between the two?" does not
    r"(?!\s+between\s+(?!(them|those|these|the\s+two|both|the\s+\w+\s+ones)\b))",
    re.IGNORECASE,
)
# A verbless fragment continuing the last turn: "Where in the body?", "How fast?", "Any proof?", "on
# what, real people?"
_FRAGMENT = re.compile(
    # ("the other half?", "the rest?": the part of what was just said that it left out)
    r"^\W*(the\s+(?=other\b|rest\b))?(where|when|how|which|what|who|for|in|at|on|by|through|from|since|with|any|"
    r"some|more|other|another|rest|"
    r"under|without|during|after|before|like)\b",
    re.IGNORECASE,
)
# "which body area?", "what age bracket?": the kind of thing asked of what was just said
_WHICH_NOUN = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:which|what)\s+[a-z]+\s+([a-z]+)\s*\?\W*$", re.I)


def _which_noun(question: str) -> bool:
    """ "which body area?": a kind asked for, its last word a noun ("which drill helps?" asks anew)."""
    found = _WHICH_NOUN.match(question)
    return found is not None and not verb_reading(found.group(1))


_PREPOSITION = re.compile(r"\b(in|on|at|for|with|from|of|about|after|before|during)\b", re.IGNORECASE)
# "linked to what exactly?", "me though? i'm 25", "why do those sets wipe you out": the last answer's
# claim, the asker set against it, the things it named
# "not the muscles?", "so it's not X?", "really? only X?": a check of the claim just made
CHECKS_SAID = re.compile(
    r"^\W*((so|and|but|wait|ok|okay)\W+)*((it['’]?s|it\s+is|is\s+it|that['’]?s)\s+)?(not|really|only)\b"
    # "muscles not the issue?": the thing just set aside, checked
    r"|^\W*((so|and|but)\W+)?[\w'’-]+(\s+[\w'’-]+)?\s+not\s+(the|a|an|really)?\s*[\w'’-]+\W*$",
    re.IGNORECASE,
)

_ELLIPSIS = re.compile(
    r"\b(to|with|from|than)\s+what(\W+exactly)?\W*$"
    r"|^\W*(and\s+|but\s+|ok\s+)?(me|him|her|them|us|mine)\s+(though|tho|then|too|also)\b"
    r"|\b(those|these)\s+[a-z]+"
    # "true for everybody though?": a closing "though" sets the question against what was just said
    r"|\b(though|tho)\W*$"
    # "meaning what, exactly?", "as in?": what was just said, explained
    r"|^\W*((and|so|but|ok|okay)\W+)?(meaning|means|meant|as\s+in)(\s+what)?(\W+(exactly|then|tho|though))?\W*$",
    re.IGNORECASE,
)
# "leading to?", "caused by?": a predicate whose object is what was just said; "fixable with
# training?": whether it can be done to what was just said; "measured how?": how it was done (the
# predicate is no topic of its own)
_PREDICATE = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?([a-z'’-]+)\s+(?:to|by|from|with|for|of|into|in|on)\W*$"
    r"|^\W*(?:(?:and|so|but)\s+)?(?:(?:is|are)\s+(?:it|that|this|they)\s+)?([a-z]+(?:able|ible))\b"
    # "measured how?", "kept going how?": how it was done to what was just said
    r"|^\W*(?:(?:and|so|but)\s+)?(?:([a-z'’-]+)\s+)?([a-z'’-]+(?:ed|ing))\s+how\W*$"
    # "tissue types compared?", "results published?": a participle closing a fragment
    r"|^\W*(?:(?:and|so|but)\s+)?(?:[a-z'’-]+\s+){1,2}([a-z'’-]+ed)\W*$"
    # "when would i notice?", "how soon will i feel it?": when what was just said shows
    r"|^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:when|how\s+soon|how\s+fast|how\s+quickly)\s+(?:would|will|do|does|can|could|"
    r"might|should)\s+(?:i|we|you|he|she|they)\s+(notice|see|feel|spot|expect|benefit|tell)(?:\s+(?:it|that|this|them|"
    r"anything|a\s+difference))?\W*$"
    # "doomed to lag behind?", "bound to fade?": what is bound to happen to what was just said
    r"|^\W*(?:(?:and|so|but)\s+)?(?:(?:am\s+i|are\s+(?:we|they|you)|is\s+(?:he|she|it))\s+)?([a-z'’-]+ed)\s+to\s+"
    r"([a-z'’-]+)(?:\s+(behind|back|up|down|out|off|away|forever))?\W*$"
    # "is catching up possible?", "bouncing back realistic?": whether what was just said can be done
    r"|^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:(?:is|are)\s+)?([a-z'’-]+ing)\s+(up|back|over|out|off|on)\s+"
    r"(possible|likely|realistic|doable|feasible|achievable)\W*$",
    re.IGNORECASE,
)


def predicate_words(question: str) -> set[str]:
    """The predicate of an ellipsis that asks it of what was just said ("leading to?" → "leading",
    "fixable with training?" → "fixable"), lowercased; empty for other questions."""
    found = _PREDICATE.match(question)
    return {w.lower() for w in found.groups() if w} if found else set()


# "ok back to it, what does he say to do instead?": the talk before an aside, and a pronoun for it
_BACK_TO = re.compile(
    r"\bback\s+to\s+(it|that|this|him|her|the\s+(topic|point|subject|thread|article|post))\b", re.IGNORECASE
)


# "who's <a name>?", "who is <first> <last> again": a question that names whom it asks about
_WHO_IS = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|wait)\W+)?who(?:['’]s|\s+is|\s+was)\s+[\w.'’-]+(?:\s+[\w.'’-]+)?"
    r"(?:\s+(?:again|exactly|anyway))?\W*$",
    re.IGNORECASE,
)


def asks_who_is(question: str) -> bool:
    """ "who's <X>?": asked anew when X is a name the sources use (``bot.scope`` checks that)."""
    return _WHO_IS.match(question) is not None and PRONOUN.search(question) is None


def returns_to_topic(question: str) -> bool:
    """ "ok back to it, …": the question returns to the talk before an aside."""
    return _BACK_TO.search(question) is not None


# "unrelated, should they …", "cheers. random question: …": the asker says a new topic starts
_NEW_TOPIC = re.compile(
    r"^\W*((ok|okay|cheers|thanks|thank\s+you|fair|cool|nice|btw|also)\W+)?(totally\s+|completely\s+)?"
    r"(unrelated|off[- ]topic|random\s+(q|question)|different\s+(topic|question)|side\s+question|new\s+topic|"
    r"changing\s+the\s+subject)\b",
    re.IGNORECASE,
)


# a question ending on what was just said, after a preposition: "… by that?", "… for it?"
_ENDS_ON_IT = re.compile(
    r"\b(by|from|with|about|of|to|for|on|after)\s+(that|this|it|them|those|these)\W*$", re.I
)
# a work pointed at ("in that review", "this experiment's results"): one the last answer told of
_THAT_WORK = re.compile(
    r"\b(that|this|those|these)\s+(review|reviews|study|studies|paper|experiment|trial|research)\b",
    re.I,
)


def refers_back(question: str) -> bool:
    """No content words, an opener continuing the last turn ("And for children?"), an objectless
    "effect", an ellipsis ("linked to what exactly?"), a work pointed at ("… in that review?"), a short
    question ending on what was just said ("… hit as hard by that?"), or a pronoun in a short question
    ("Who led it?"); never a question that says it starts a new topic ("unrelated, …")."""
    if _NEW_TOPIC.match(question):
        return False
    opener = _OPENER.match(question)
    # (a "why" that names its own topic at length asks anew: "why is it important that older adults keep
    # their muscles strong", eval/fresh46)
    long_why = opener is not None and opener.group(1).lower() == "why" and len(tokenize(question)) > 4
    if not tokenize(question) or (opener and not long_why):
        return True
    if not set(words(question)) - STOP_WORDS - ASKER_WORDS - set(CONTRACTED):
        return True  # "what's the catch?", "his verdict?": a part of the answer just given
    if _OBJECTLESS.search(question):
        return True
    if _AGREES.search(question) and len(tokenize(question)) <= 3:
        return True  # "Does <another expert> agree?": with what was just said
    content = len(tokenize(question))
    if content == 1 and not VERB.search(question) and len(question.split()) == 1:
        return True  # one bare word: "trainable?", "PNS?" asks it of what was just said
    if CHECKS_SAID.match(question) and content <= 4:
        return True
    if (_ELLIPSIS.search(question) or predicate_words(question)) and content <= 6:
        return True
    back = _BACK_TO.search(question)
    if back and PRONOUN.search(WEATHER_IT.sub(" ", question[back.end() :])):
        return True
    if WHICH_OF_THOSE.match(question) and content <= 2:
        return True  # "which did better?": the ones just named
    if (
        _FRAGMENT.match(question)
        and not VERB.search(question)
        and (content <= 1 or (content == 2 and (_PREPOSITION.search(question) or _which_noun(question))))
    ):
        return True  # a verbless wh-fragment: "Where in the body?", "How fast?", "Which ones?"
    # a short verbless fragment: "part of the study?", "the coach's name?" (not "whats X again?", which
    # asks anew, nor "ways to contact?", a request)
    # ("bottom line from the bulk of research?": its words for how to sum up are not counted)
    aside = {t for w in discourse_words(question) for t in tokenize(w)}
    kept = len([t for t in tokenize(question) if t not in aside])
    short = len(question.split()) <= (7 if aside else 4) and kept <= 2 and question.rstrip().endswith("?")
    opener = (question_tokens(question) or [""])[0]  # "whats" is "what is"
    asks_anew = VERB.search(question) or opener in WH_WORDS | {"when"} or re.search(r"\bto\s+\w", question)
    if short and not asks_anew:
        return True
    if _THAT_WORK.search(question) or (_ENDS_ON_IT.search(question) and content <= 6):
        return True  # "any region stand out in that review?", "does everyone get hit as hard by that?"
    # "Who led it?" refers back; "how long it takes for a diet to help" and "is it snowing?" do not
    return PRONOUN.search(WEATHER_IT.sub(" ", question)) is not None and len(tokenize(question)) <= 3
