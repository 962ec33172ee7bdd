"""What a "how much / how many" question counts: ``quantity_word(question)``.

"How much water should I drink?" counts water, "how many cups of coffee …" coffee, "how much does a
coach charge?" and "what would his coaching cost me?" the price. ``bot.focus`` names the counted
thing when the corpus lacks it.
"""

from __future__ import annotations

import re

from bot.english import (
    ASKER_WORDS,
    AUXILIARIES,
    DETERMINERS,
    MEASURED_IN,
    OBJECTS,
    PREPOSITIONS,
    PRICE_VERBS,
    QUANTIFIERS,
    names_a_thing,
)
from bot.phrases import question_tokens
from bot.text import STOP_WORDS

_PRICE_ASKED = re.compile(
    r"\bwhat\s+(?:would|does|do|will|did|might)\b[^?]*?\b(charges?|costs?)\s+(?:me|you|us|per|a\s+(?:session|month|week|"
    r"hour)|for\s+(?:a|an|one))\b",
    re.IGNORECASE,
)


# what may follow "how much should I <do>" when it is the doing that is counted ("… bench as an 80kg guy")
_AFTER_DONE = frozenset("as at per a an if when since because daily weekly every each now".split())


def quantity_word(question: str) -> str | None:
    """What a "how much / how many" question counts ("How much water should I drink?"), lowercased."""
    # "what number of lab rats …?" counts like "how many lab rats …?"
    counting = re.sub(r"\bwhat\s+(number|amount|quantity)\s+of\b", "how many", question, flags=re.I)
    # "what would his coaching charge me?": the price
    price = _PRICE_ASKED.search(question)
    if price:
        return price.group(1).lower()
    tokens = question_tokens(counting)
    for i in range(len(tokens) - 2):
        if tokens[i] == "how" and tokens[i + 1] in ("much", "many"):
            j = i + 2
            if tokens[j : j + 1] in (["is"], ["are"], ["does"], ["do"]):
                j += 1  # "how much is tuition there?", "how much does a coach cost?"
                # "how much does he charge?", "how much does <a named programme> cost a month?": what is
                # counted is the price, whatever names what is paid for
                price = next((k for k in range(j, min(j + 6, len(tokens))) if tokens[k] in PRICE_VERBS), None)
                if price is not None:
                    return tokens[price]
            doer = tokens[j + 1 : j + 2] in (["i"], ["we"], ["he"], ["she"], ["they"], ["you"])
            if tokens[j : j + 1] and tokens[j] in AUXILIARIES - {"is", "are", "was", "were"} and doer:
                # "how much should i bench?", "how many can he squat?": what is done is what is counted
                # (not a verb with its own object: "how much can I read into that?")
                done, then = tokens[j + 2 : j + 3], tokens[j + 3 : j + 4]
                alone = not then or then[0] in _AFTER_DONE
                ok = done and alone and done[0] not in STOP_WORDS | ASKER_WORDS | AUXILIARIES
                return done[0] if ok else None
            while j < len(tokens) and tokens[j] in DETERMINERS | QUANTIFIERS:
                j += 1
            if tokens[j : j + 1] and tokens[j] in MEASURED_IN and tokens[j + 1 : j + 2] == ["of"]:
                j += 2  # "how many hours of screen time", "how many cups of coffee": what is measured
            if j < len(tokens) and tokens[j] not in STOP_WORDS | ASKER_WORDS | AUXILIARIES:
                # "how many glutamate pills a day …": the head of a two-noun compound is what is
                # counted (not a verb after it: "how many lifters got …", "… studies back it up")
                after = tokens[j + 1 : j + 3]
                if after and after[0] not in STOP_WORDS | ASKER_WORDS | AUXILIARIES | PREPOSITIONS:
                    verb = after[0].endswith(("ed", "ing")) or (len(after) > 1 and after[1] in OBJECTS)
                    j += 1 if names_a_thing(after[0]) and not verb else 0
                return tokens[j]
    return None
