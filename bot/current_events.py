"""Questions about the world as it is now, which a corpus of dated documents cannot answer.

``asked_of_now(question, vocab) -> tuple[str, ...]`` names what such a question asks for, when the
corpus never uses its word (``vocab``: the index's stemmed words, as ``bot.text.tokenize`` makes them):

* **Today's news** — a thing owned by a date ("today's headlines", "tonight's game", "this week's
  numbers"): a document written once holds no day's news. The words ("headlines", "numbers") are
  often words about the asking ("what's the headline?" asks for the gist of the last answer), so
  ``bot.focus`` never names them; dated, they are the topic.
* **A ranking of the world** — "who's the strongest man in the world right now?", "the fastest
  sprinter alive": a superlative asked of everyone ("in the world", "alive", "of all time", "right
  now", "currently"), whose word the corpus never uses. It is near a corpus word ("stronger"), so
  the question reads as close to the corpus, but no source ranks the world's people.

Scope (``bot.scope.decide``) declines such a question naming the phrase ("My sources don't mention
today's headlines."), whatever came before it in the chat. Nothing here knows a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Container

from bot.english import ASKER_WORDS
from bot.text import tokenize
from bot.wordlists import STOP_WORDS

__all__ = ["asked_of_now"]

_DATED = re.compile(
    r"\b((?:today|tonight|yesterday|tomorrow)['’]?s|this\s+(?:week|weekend|month|year|season|morning|evening)"
    r"['’]s)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
    re.IGNORECASE,
)
# "who's the strongest man in the world right now?", "which is the best team of all time?"
_RANKED = re.compile(
    r"\b(?:who|which|what)(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+"
    r"((?:the\s+)?(?:[a-z]{2,}est|greatest)(?:\s+[a-z][\w-]*){1,2}?)"
    r"(?=\s+(?:in\s+the\s+world|on\s+(?:earth|the\s+planet)|alive|ever|of\s+all\s+time|right\s+now|"
    r"currently|at\s+the\s+moment|today|these\s+days|nowadays)\b)",
    re.IGNORECASE,
)

_NOT_OWNED = ASKER_WORDS | STOP_WORDS  # "for", "about", "please", "say", …
# words ending in "-est" that rank nothing ("the latest study" asks what is newest in the sources)
_NOT_RANKING = frozenset(
    "latest rest test interest honest forest suggest request digest protest contest harvest chest west "
    "nest guest quest modest earnest arrest invest manifest".split()
)


def asked_of_now(question: str, vocab: Container[str]) -> tuple[str, ...]:
    """The dated thing or the world ranking ``question`` asks for, when the corpus lacks its words."""
    found: list[str] = []
    for match in _DATED.finditer(question):
        thing = match.group(2).split()
        # "today's headlines for me", "today's research say": the owned noun, not the words after it
        head = thing[:1] if len(thing) > 1 and thing[1].lower() in _NOT_OWNED else thing
        if any(t not in vocab for t in tokenize(" ".join(head))):
            found.append(f"{match.group(1)} {' '.join(head)}")
    for match in _RANKED.finditer(question):
        superlative = next(w for w in match.group(1).lower().split() if w != "the")
        if superlative in _NOT_RANKING:
            continue
        if any(t not in vocab for t in tokenize(superlative)):
            found.append(match.group(1))
    return tuple(found)
