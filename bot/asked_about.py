"""What someone is asked to have said about: "what does the trainer say about <X>?", "what did the
study conclude about <X>?", "the trainer's take on <X>", "the report - anything on <X>?" ask about X,
however the question goes on.

``said_about(question)`` hands ``bot.focus`` the (up to two) words after such a phrase, lowercased:
the thing asked about, weighed like a question's subject (named when the corpus lacks it, whatever
its pull). English words only, never a corpus's.
"""

from __future__ import annotations

import re

from bot.english import PARTICIPLES
from bot.text import STOP_WORDS, words

__all__ = ["said_about"]

_SAID_ABOUT = re.compile(
    r"\b(?:(?:say|says|said|think|thinks|thought|write|writes|wrote|mention|mentions|claim|claims|recommend|"
    r"recommends|suggest|suggests|advise|advises|find|finds|found|report|reports|reported|conclude|concludes|"
    r"concluded|show|shows|showed|learn|learned|learnt|discover|discovered|state|states|stated)\s+about"
    # "the trainer's take on <X>", "his view on <X>": what someone is asked about
    r"|(?:take|view|views|opinion|stance|thoughts|position|verdict)\s+(?:on|about|regarding)"
    r"|(?:anything|something)\s+(?:on|about|regarding|re:?)"
    # "the article's paragraph on fish oil": what a part of a document is asked to be about
    r"|(?:paragraph|section|passage|chapter|bit|part)\s+(?:on|about|regarding))\s+"
    r"(?:the\s+|a\s+|an\s+|using\s+|taking\s+|doing\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)",
    re.IGNORECASE,
)


_OPENS_CLAUSE = re.compile(r"(whether|if|how|why|what|when|where|who|which)\b", re.IGNORECASE)
_CONCLUDED = re.compile(r"^(conclude|show|learn|discover|state)", re.IGNORECASE)
_ASKERS = frozenset("i we you one".split())


def said_about(question: str) -> set[str]:
    """The (up to two) words right after "say/think/write … about", lowercased, before any preposition;
    none for an activity named by its gerund ("about pumping iron": weighed by its pull like any)."""
    found = _SAID_ABOUT.search(question)
    if not found or found.group(1).split()[0].lower().endswith("ing") or _OPENS_CLAUSE.match(found.group(1)):
        return set()  # ("the trainer's take on whether …": a clause follows, whose topic is elsewhere)
    if _CONCLUDED.search(found.group(0)) and set(words(question[: found.start()])[-2:]) & _ASKERS:
        return set()  # "what can we conclude about squats from it?" asks what follows, not what was said
    kept: list[str] = []
    for w in words(found.group(1)):
        # "about bodybuilders compared with …": a participle after the noun ends the phrase
        if w in STOP_WORDS or (kept and (w.endswith("ed") or w in PARTICIPLES)):
            break
        kept.append(w)
    return set(kept)
