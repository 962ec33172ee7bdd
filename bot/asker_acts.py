"""What the asker would do, when that is what a question is about: "how long should I nap after a
run?", "can we sunbathe between sets?".

``done_by_asker(question)`` hands ``bot.focus`` the verb (lowercased) that follows "should I",
"can we" … when it acts on nothing: no object follows it, no wh-word asks for one, and it is not
a phrasal verb ("drop out"), a light verb ("get", "take": what is got is the topic) or a verb of
passing time ("wait": what is waited for is). ``bot.focus`` weighs it like a subject: named when
the corpus lacks it and no corpus word is near ("jog" is near "running"). General English only.
"""

from __future__ import annotations

from bot.clauses import asked_clause, question_tokens
from bot.english import (
    ADVERBS,
    DEMONSTRATIVES,
    HOW_TO,
    LIGHT_VERBS,
    OBJECTS,
    PREPOSITIONS,
    WHEN,
    phrasal_verb,
)
from bot.text import STOP_WORDS

_PASSING_TIME = frozenset("wait start begin stop continue resume pause stay keep".split())


def done_by_asker(question: str) -> str | None:
    """The verb an asker asks about doing, when it acts on nothing ("how long should I nap after a
    run?", "can we sunbathe?"): what they would do is then what the question is about. None when the
    verb takes an object ("should I drop X?": X is the topic) or is a light or phrasal verb."""
    tokens = question_tokens(asked_clause(question))
    for i in range(len(tokens) - 2):
        if tokens[i] in HOW_TO and tokens[i + 1] in ("i", "we"):
            j = i + 2
            while j < len(tokens) and tokens[j] in ADVERBS | {"just", "even", "still", "ever"}:
                j += 1
            # ("how long should I wait before lifting again?": what is waited for is the topic)
            if j >= len(tokens) or tokens[j] in STOP_WORDS | LIGHT_VERBS | _PASSING_TIME:
                return None
            # "what should I cut …?", "how many units should I cut …?": the verb acts on what is asked
            if set(tokens[:i]) & {"what", "which", "who", "whom", "many", "much"}:
                return None
            after = tokens[j + 1 : j + 3]
            if after and (
                after[0] not in PREPOSITIONS | WHEN | ADVERBS
                or after[0] == "to"  # "should I walk to keep …": the purpose is asked about too
                or phrasal_verb(tokens[j], after[0])
                or (len(after) > 1 and after[1] in DEMONSTRATIVES | OBJECTS)  # "push through it", "into that"
            ):
                return None
            return tokens[j]
    return None
