"""Conversation: resolve a follow-up question against the recent turns before retrieval.

"What about for older adults?" means nothing to a retriever on its own. ``resolve_followup`` spots
a follow-up (few content words, or an opener like "what about" / "and" / a pronoun pointing back)
and prefixes the previous user question, so retrieval sees the whole intent. Only the last
``history_turns`` user turns are kept (``bounded``): history never grows without limit and never
carries the bot's own text into retrieval.
"""

from __future__ import annotations

import re

from bot.lexical import tokenize

_OPENERS = re.compile(
    r"^\s*(what about|how about|and\b|but\b|also\b|what if|why\b|how so|for\b|is that|does that|"
    r"is it|does it|do they|are they|can it|and for|same for|how long for|what else)",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(r"\b(it|that|this|they|them|those|these|there|he|she)\b", re.IGNORECASE)


def bounded(history: list[str] | tuple[str, ...], turns: int) -> list[str]:
    """The last ``turns`` non-empty user questions."""
    return [h for h in history if h.strip()][-turns:] if turns > 0 else []


def is_followup(question: str) -> bool:
    terms = tokenize(question)
    if _OPENERS.match(question):
        return True
    return len(terms) <= 2 or (len(terms) <= 4 and _BACK_REFERENCE.search(question) is not None)


def resolve_followup(question: str, history: list[str] | tuple[str, ...], turns: int = 3) -> str:
    """The question to retrieve with: itself, or the previous question + itself for a follow-up."""
    previous = bounded(history, turns)
    if not previous or not is_followup(question):
        return question
    return f"{previous[-1].strip()} {question.strip()}"
