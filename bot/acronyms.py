"""Acronyms a document defines, so a claim that uses the short form matches the long one.

``defined(text) -> dict[str, str]`` reads definitions written the usual way, a long form followed by
its acronym in brackets ("the Peripheral Nervous System (PNS)"), and hands on each acronym with its
long form. ``long_terms(unit_text, definitions, asked)`` are the stemmed words of the long forms of the
acronyms a sentence uses: "The PNS is divided into …" holds "peripheral nervous system" for a
question that asks about the peripheral one. The match is the simple form of Schwartz and Hearst's
(2003): the acronym's letters are the initials of the words just before the bracket, in order,
small joining words ("of", "and") skipped. Nothing here knows a corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import tokenize

# "(PNS)", "(ACLs)": two to eight capitals, digits allowed after the first, an optional plural s
_BRACKETED = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,7})s?\s*\)")
# a hyphenated long form spells with each part ("non-steroidal anti-inflammatory drug (NSAID)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_JOINING = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})


def defined(text: str) -> dict[str, str]:
    """Each acronym ``text`` defines in brackets after its long form, with that long form."""
    found: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        acronym = m.group(1)
        letters = [c for c in acronym.lower() if c.isalpha()]
        before = _WORD.findall(text[max(0, m.start() - 200) : m.start()])
        long_form = _long_form(before, letters)
        if long_form and acronym not in found:
            found[acronym] = long_form
    return found


def _long_form(words: list[str], letters: list[str]) -> str:
    """The shortest run of words ending just before the bracket whose initials spell ``letters``."""
    # Walk back from the bracket: each letter (last first) is the initial of the next content word
    # back; joining words in between are taken along but spell nothing.
    need = list(reversed(letters))
    taken: list[str] = []
    for word in reversed(words[-(2 * len(letters) + 2) :]):
        if not need:
            break
        if word.lower()[0] == need[0]:
            need.pop(0)
            taken.append(word)
        elif word.lower() in _JOINING and taken:
            taken.append(word)
        else:
            return ""
    return " ".join(reversed(taken)) if not need else ""


def long_terms(unit_text: str, definitions: dict[str, str], asked: set[str]) -> frozenset[str]:
    """The stemmed words of the long form of each defined acronym ``unit_text`` uses as a word, when
    the question (``asked``, its stemmed words) names that long form by a word no other long form of
    the document has: "peripheral" picks out the PNS, "nervous system" picks out neither of the
    Central and the Peripheral Nervous System, so a question about the whole system gains nothing
    from a sentence about one half."""
    terms: set[str] = set()
    for acronym, own, distinct in _long_words(tuple(definitions.items())):
        if distinct & asked and re.search(rf"\b{re.escape(acronym)}s?\b", unit_text):
            terms.update(own)
    return frozenset(terms)


LongWords = tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # (acronym, its words, its own words)


@lru_cache(maxsize=256)
def _long_words(definitions: tuple[tuple[str, str], ...]) -> LongWords:
    """Each acronym with the stemmed words of its long form and those no other long form has (worked
    out once per document's definitions, not once per sentence scored)."""
    words = {acronym: frozenset(tokenize(long_form)) for acronym, long_form in definitions}
    return tuple(
        (acronym, own, own - frozenset().union(*(w for a, w in words.items() if a != acronym)))
        for acronym, own in words.items()
    )
