"""Who and what a question names among the retrieved sources, for evidence selection.

``named_by(question, hits)`` gives the sources (by a sidecar word only one of them has: "the trainer",
"the news report") and the quoted speakers (by surname) a question names; ``context_topic`` what an
earlier turn asked about when a follow-up has no topic of its own ("does Lee agree?");
``naming_terms`` the words that only say whose view is asked; ``introductions_of`` the sentence
where each document introduces a speaker. ``bot.evidence`` scores units with them; ``bot.scope`` and
``bot.hits`` read ``named_by`` too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.introductions import named_by_role
from bot.naming import described, sources_named
from bot.text import tokenize
from bot.types import Hit
from bot.unit_cache import hit_units, introduction

AGREEING = frozenset(tokenize("agree agrees disagree disagrees same view"))
# "<Name>'s group", "<Name>'s lab": a name said as the owner of a work
_OWNED_WORK = re.compile(
    r"\b([A-Za-z]+)['’]s\s+(group|lab|team|study|paper|research|experiment|trial|project)\b", re.IGNORECASE
)


def named_by(question: str, hits: Sequence[Hit]) -> tuple[frozenset[str], frozenset[str]]:
    """The sources and speakers a question names: a source by a word of its sidecar (kind, author)
    that no other retrieved source shares and the retrieved text hardly uses ("the trainer", "the
    news report"); a speaker by surname ("what did Lee say"). Their units are what the question
    asks for."""
    asked = set(tokenize(question))
    # A sidecar word the retrieved text itself uses ("health", "review") is the topic, not a name.
    texts = [set(tokenize(h.passage.text)) for h in hits]
    in_text = {t for t in asked if sum(t in x for x in texts) >= 2}
    sources = sources_named(asked - in_text, (h.source for h in hits), ("kind", "author"))
    if not sources:
        # "and the trainer?": every word of it describes one source, so it names that source even
        # when the retrieved text uses the word too
        alone = sources_named(asked, (h.source for h in hits), ("kind", "author"))
        if len(alone) == 1 and asked <= described(next(iter(alone)), hits):
            sources = alone
    # A speaker's name is in the text that quotes them: it names them all the same.
    speakers = {
        u.speaker for h in hits for u in hit_units(h) if u.speaker and set(tokenize(u.speaker)) & asked
    }
    if sources and not speakers:  # "the coach in the article": named by a title their introduction gives
        speakers = named_by_role(asked - in_text, _introduced(hits, sources))
    return frozenset(sources), frozenset(speakers)


def owners_only(question: str, speakers: frozenset[str]) -> frozenset[str]:
    """The ``speakers`` a question names only as the owner of a work ("what did <Name>'s group zap it
    with?"): the work is asked about, not their words."""
    owners = set(tokenize(" ".join(m.group(1) for m in _OWNED_WORK.finditer(question))))
    elsewhere = set(tokenize(_OWNED_WORK.sub(" ", question)))
    return frozenset(s for s in speakers if set(tokenize(s)) & owners and not set(tokenize(s)) & elsewhere)


def _introduced(hits: Sequence[Hit], sources: frozenset[str] | set[str]) -> set[tuple[str, str]]:
    """Each speaker the hits quote in ``sources``, with the sentence that introduces them."""
    said = {(h.source, u.speaker) for h in hits if h.source.path in sources for u in hit_units(h)}
    said = {(source, speaker) for source, speaker in said if speaker}
    return {(speaker, u.text) for source, speaker in said if (u := introduction(source, speaker))}


def context_topic(context: str, hits: Sequence[Hit], speakers: frozenset[str]) -> set[str]:
    """What the earlier turn asked about, for a follow-up with no topic of its own ("does Lee
    agree?"): its terms without those that named whose view it asked (a source, a speaker) or how."""
    terms = set(tokenize(context))
    return (terms - naming_terms(hits, speakers | named_by(context, hits)[1]) - AGREEING) or terms


def naming_terms(hits: Sequence[Hit], speakers: Iterable[str]) -> set[str]:
    """Terms that say whose view: a retrieved source's kind or author, a speaker's name."""
    naming = set().union(*(described(p, hits) for p in {h.source.path for h in hits}))
    return naming | {t for name in speakers for t in tokenize(name)}


def introductions_of(hits: Sequence[Hit], speakers: frozenset[str]) -> set[str]:
    """Ids of the first claim of each retrieved document that names one of ``speakers``."""
    sources = {h.source.path: h.source for h in hits}.values()
    return {u.id for source in sources for speaker in speakers if (u := introduction(source, speaker))}
