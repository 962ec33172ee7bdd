"""Figures: whether a question asks for a measure and whether a unit gives a number.

``asks_figure(question)`` is true for "how far did they run?", "the exact percentage?", "how many adults
were enrolled?" (not "how many studies?", a degree or a time span, which ``bot.shapes`` reads);
``has_figure(unit_text, question)`` for a unit with digits, a number word or a share (and, for a head
count, the word counted). ``bot.answering`` declines a question for a measure when none of its chosen
units has one, rather than quote a sentence that does not say it. The patterns are English words,
never words of a corpus.
"""

from __future__ import annotations

import re

# "how many older adults were enrolled …": a study's head count; the word counted is the one before the verb
_HEAD_COUNT = re.compile(
    # (not "how many volunteers took part?": "none were observed" answers it, tests/test_shapes.py)
    r"\bhow\s+many\s+(?:[a-z]+\s+){0,2}([a-z]+)\s+(?:were|was|got)\s+(?:enrolled|recruited|randomi[sz]ed|"
    r"included|sampled|surveyed)\b",
    re.I,
)


# "how far did they run", "how much caffeine did they give", "the exact percentage": a measure is
# asked. Not "how many studies?" (often answered by naming them, or "several"), "how much does it
# help" (a degree), "how often" or "how long" (a time span, read by the first shape above).
_FIGURE_ASKED = re.compile(
    r"\bhow\s+(far|heavy|tall)\b"
    # "how much caffeine did they give", not "how much training helps" (a degree, in a clause)
    r"|\bhow\s+much\s+(?!(time|longer|of|more|less|better|worse|it|they|this|that|stock|trust|faith)\b)[a-z]+\s+"
    r"(did|do|does|was|were|went|is|are|goes|gets|got|should|would|could|can|will)\b"
    r"|\bby\s+how\s+much\b|\bby\s+what\s+(percent|percentage|factor|amount)\b"
    # "how many minutes of cardio a week …": a count in a unit of measure (not "how many weeks", a time
    # span the first shape reads, nor "how many volunteers", often answered by naming them)
    r"|\bhow\s+many\s+(minutes|hours|seconds|grams|milligrams|mg|calories|kilos|kg|lbs|pounds|miles|km|"
    r"kilomet(er|re)s|reps|sets|sessions)\b"
    r"|\bwhat\s+(percent|percentage|proportion|fraction|number|figure|amount|dose|dosage|sample\s+size)\b"
    rf"|{_HEAD_COUNT.pattern}"
    r"|\b(exact|precise|specific)\s+(number|figure|percent|percentage|amount|dose|dosage|count|numbers|figures)\b"
    # "what glutamate concentration …", "… in millimolar": a measured quantity, or the unit it is asked in
    r"|\bwhat\s+([a-z]+\s+)?(concentration|voltage|temperature)\b|\bin\s+(milli|micro|nano)[a-z]+\b",
    re.I,
)
# A figure in a unit: digits, a number word or a share. A span of time is not one: a question for a
# time span is the first shape's, never ``asks_figure``'s.
_FIGURE_GIVEN = re.compile(
    r"\d|%|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|half|double|twice|triple|percent)\b",
    re.I,
)
# "why isn't there one exact number?" asks for a reason, not the number
_WHY = re.compile(r"^\W*(\w+\W+)?why\b", re.I)


def asks_figure(question: str) -> bool:
    """The question asks for a measure ("how far did they run …", "the exact percentage …"), not
    whether there is one ("is there a precise number of weeks yet, or …?": why not is the answer)."""
    asked = _FIGURE_ASKED.search(question)
    return bool(asked) and not _WHY.search(question) and not _WHETHER.search(question[: asked.start()])


# "is there a …", "do they give an …" right before the figure asked: whether one exists
_WHETHER = re.compile(
    r"\b(is|are)\s+there\s+(an?|any)\s+$|\b(does|do)\s+\w+(\s+\w+)?\s+give\s+(an?|any)\s+$", re.I
)


def has_figure(sentence: str, question: str = "") -> bool:
    """The unit gives a number or a share; for a head count asked ("how many adults were enrolled?"),
    one in a unit that names who were counted ("a 70 year old …" counts no adults enrolled)."""
    counted = _HEAD_COUNT.search(question)
    if counted and not re.search(rf"\b{re.escape(counted.group(1).rstrip('s'))}", sentence, re.I):
        return False
    return bool(_FIGURE_GIVEN.search(sentence))
