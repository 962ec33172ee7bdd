"""What a document's sidecar says, put as one sentence: ``describe(source, profile)`` says what it
is, who wrote it, when, and how strong it is; ``facet(question, source, profile)`` answers the one
thing a question about a source asks (its date, its author, its strength, its link), or None.
``bot.replies.meta_answer`` cites each sentence to the document it describes.
"""

from __future__ import annotations

import datetime
import re

from bot.profile import Profile
from bot.types import Source

UNRATED = "an unrated document: it has no metadata sidecar, so its author, date and strength are unknown"
STRENGTH_SCALE = "on a scale from 1 (weakest) to 3 (strongest)"  # unless the profile says more
# a quoted line in a question: its words ask nothing of the source ("who wrote 'beats talent …'?")
_QUOTED = re.compile(r"['‘\"“]([^'’\"”]{12,})['’\"”]")


def describe(source: Source, profile: Profile | None = None) -> str:
    """One sentence about a document from its sidecar: what it is, who, when, how strong."""
    if source.strength <= 0:
        return f"{source.title} is {UNRATED}."
    who = f" by {source.author}" if source.author else ""
    where = f", published by {source.publisher}" if source.publisher else ""
    when = f" on {_spelled(source.date)}" if source.date else " (no date given)"
    article = "an" if source.kind[:1].lower() in "aeiou" else "a"
    scale = profile.strength_scale if profile and profile.strength_scale else STRENGTH_SCALE
    return (
        f"{source.title} is {article} {source.kind}{who}{where}{when}; its evidence label: "
        f"{source.evidence.rstrip('.')}; strength {source.strength} {scale}."
    )


def _spelled(date: str) -> str:
    """ "2025-07-02" → "2 July 2025": a numeric date reads day-first or month-first by country."""
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return date
    return f"{day.day} {day.strftime('%B')} {day.year}"


# The one thing a question about a source asks, when it asks one: when, who, or how strong.
_ASKS_WHEN = re.compile(
    # (not a clause of the question: "what are you pulling from when u answer me")
    r"\b(when(?!\s+(you|u|i|we|they|he|she|people)\b)|date|dated|time\s?stamp|"
    r"how\s+(old|recent|new|current|up[- ]to[- ]date)|"
    r"(what|which)\s+(day|year|month)|last\s+(gone\s+over|checked|updated|revised|edited|looked\s+at))\b",
    re.I,
)
_ASKS_WHO = re.compile(
    r"\b(who|author|wrote|writer|journalist|byline|publisher|published\s+by|behind|(actual|real|full)\s+name)\b",
    re.I,
)
_ASKS_LINK = re.compile(r"\b(links?|url|doi|web\s+address|pdf|full[- ]text)\b", re.I)
_ASKS_TRUST = re.compile(
    r"\b(trust\w*|reliab\w*|credib\w*|reputable|legit|biased|solid|weight|scale|rating|reviewed|"
    r"fact[- ]?checked|peer)\b",
    re.I,
)


_FACETS = (("when", _ASKS_WHEN), ("who", _ASKS_WHO), ("trust", _ASKS_TRUST), ("link", _ASKS_LINK))


def facet(question: str, source: Source, profile: Profile | None = None) -> str | None:
    """One sentence answering the single facet ``question`` asks of ``source`` (its date, its author
    and publisher, its strength), from the sidecar; None when it asks for more or none of them."""
    question = _QUOTED.sub(" ", question)  # "… the line 'beats talent when talent stops working'"
    asks = [
        name
        for name, p in _FACETS
        if p.search(question)
    ]
    if len(asks) != 1 or source.strength <= 0:
        return None
    article = "an" if source.kind[:1].lower() in "aeiou" else "a"
    what = f"{source.title}, {article} {source.kind},"
    scale = profile.strength_scale if profile and profile.strength_scale else STRENGTH_SCALE
    strength = f"strength {source.strength} {scale}"  # every answer about a source shows how strong it is
    if asks == ["when"]:
        dated = f"is dated {_spelled(source.date)}" if source.date else "gives no date"
        return f"{what} {dated}; {strength}."
    if asks == ["link"]:  # "can you drop the link?": the sidecar's address, or that it has none
        # (a DOI names a paper, and no sidecar carries one: say so with where the document is)
        doi = re.search(r"\bdoi\b", question, re.I) is not None
        if source.url:
            where = f"is at {source.url}" + (" (my metadata gives no DOI)" if doi else "")
        else:
            where = f"has no {'DOI, ' if doi else ''}link or address in my metadata"
        return f"{what} {where}; {strength}."
    if asks == ["who"]:
        by = f"was written by {source.author}" if source.author else "names no author"
        was = "" if source.author else "was "
        where = f" and {was}published by {source.publisher}" if source.publisher else ""
        return f"{what} {by}{where}; {strength}."
    label = source.evidence.rstrip(".")
    return f"{source.title} is {article} {source.kind}; its evidence label: {label}; {strength}."
