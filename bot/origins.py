"""Who first came up with something: asked of sources that never say who originated anything.

``origin_unsaid(question, passages)`` returns the asking verb ("came up with", "founded") when the
question asks who originated something ("who actually came up with that saying?", "who founded the
<X> programme?") and none of the retrieved ``passages`` says of anyone that they coined, invented,
founded or first said a thing. ``bot.scope`` then declines saying the sources don't say who did: an
answer quoting the passages that use the saying or name the programme would suggest they do. English
words only, never a corpus's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ORIGIN_ASKED = re.compile(
    r"^\W*((and|so|but|ok|okay|lol|haha|then|wait|hmm)\W+)*who\s+((first|actually|originally|even|really)\s+)*"
    r"(?P<verb>came\s+up\s+with|come\s+up\s+with|coined|invented|founded|originated|pioneered|devised|thought\s+up|"
    r"first\s+said|said\s+(it|that|this)\s+first)\b",
    re.IGNORECASE,
)
_ORIGIN_SAID = re.compile(
    r"\b(coined|invented|inventor|founded|founder|founders|originated|originator|pioneered|devised|came\s+up\s+with|"
    r"first\s+(said|used|described|proposed))\b",
    re.IGNORECASE,
)


def origin_unsaid(question: str, passages: Iterable[str]) -> str | None:
    """The verb of "who came up with …?" when no passage says who originated anything, else None."""
    asked = _ORIGIN_ASKED.search(question)
    if asked is None or any(_ORIGIN_SAID.search(p) for p in passages):
        return None
    return " ".join(asked.group("verb").lower().split())
