"""A study asked for by its place in a document: "the third review in the post", "and the 2nd study?".

``ordinal_asked(question)`` hands on the place asked for (0-based; -1 for "the last one") and the
word the study is called by, or None; ``nth_mention(source, asked)`` the claim where ``source``
brings up that study: the units that mention one study ("this systematic review …", "a study
published …"), counted in document order. ``bot.hits`` adds the passage holding it and
``bot.evidence`` gives it two shape bonuses.
The words are English words for research and for order, never a corpus's.
"""

from __future__ import annotations

import re

from bot.types import Source, Unit
from bot.unit_cache import source_units, usable

_PLACES = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4,
    "5th": 4, "last": -1, "final": -1,
}
_RESEARCH = r"(study|review|paper|trial|experiment|meta-analysis)"
_ASKED = re.compile(rf"\b({'|'.join(_PLACES)})\s+(?:[\w-]+\s+)?{_RESEARCH}\b", re.IGNORECASE)
# One study brought up: a singular research noun after a determiner ("this systematic review", "a
# study published in …", "another trial"), not "studies" in general ("countless more studies")
_ONE_STUDY = re.compile(rf"\b(this|that|a|an|the|one|another)\s+(?:[\w-]+\s+){{0,2}}{_RESEARCH}\b", re.I)


def ordinal_asked(question: str) -> tuple[int, str] | None:
    """The place of the study asked for and the word it is called by ("the third review" → (2,
    "review"), "the last study" → (-1, "study")), or None."""
    m = _ASKED.search(question)
    return (_PLACES[m.group(1).lower()], m.group(2).lower()) if m else None


def nth_mention(source: Source, asked: tuple[int, str]) -> Unit | None:
    """The claim where ``source`` brings up its study at the place ``asked`` (in document order), or
    None. People count the studies a text cites whatever each is called ("the third review" may be
    the third study cited), but a document that never calls one by the word asked is not the one
    meant ("the first review" in a report of a single study)."""
    place, called = asked
    mentions = [u for u in source_units(source) if usable(u) and _ONE_STUDY.search(u.text)]
    if not any(m.group(2).lower() == called for u in mentions for m in _ONE_STUDY.finditer(u.text)):
        return None
    return mentions[place] if place < len(mentions) else None
