"""The reply to a request for personal medical advice: a referral, declined, naming what is missing.

``referral_reply(question, retriever) -> (Answer, lacking)``: the referral sentence
(``bot.replies.referral``), then "My sources don't mention …" for what of the question the corpus
never uses, in the asker's order: its rare words, what the asker says they have or take
("a concussion", "warfarin"), and its missing focus terms (``bot.focus``). Words that only ask for
the advice ("dose", "diagnose") and whose health it is ("my grandad's") are never named. ``lacking``
is handed on as the decline's missing terms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.capitals import spelling
from bot.corpus_words import rare_missing
from bot.english import ASKER_WORDS, RELATIVES
from bot.focus import missing_terms
from bot.health_told import CLINICAL_ASKS, health_words
from bot.replies import decline, join_words, referral
from bot.types import Answer

if TYPE_CHECKING:
    from bot.retrieval import Retriever


def referral_reply(question: str, retriever: Retriever) -> tuple[Answer, tuple[str, ...]]:
    """The declined referral for ``question`` and the words of it the sources never mention."""
    # what of it the sources never mention ("warfarin", "tremors"), as any decline says
    rare = rare_missing(question, retriever)
    # and what the asker says they have or take, where the corpus lacks it ("a concussion")
    told = health_words(question)
    own = [spelling(question, w) for w, _ in retriever.unknown_words(question) if w in told - ASKER_WORDS]
    # (the referral already names whose health it is: "your grandad's")
    rare = [w for w in rare if w.lower() not in RELATIVES]
    named = sorted({*rare, *own}, key=lambda w: question.lower().find(w.lower()))  # in the asker's order
    lacking = tuple(dict.fromkeys((*named, *missing_terms(question, retriever))))
    # (nor a phrase opening with one: "cut back", what would be done to a medicine)
    lacking = tuple(w for w in lacking if (w.lower().split() or [""])[0] not in CLINICAL_ASKS)
    lacks = f" My sources don't mention {join_words(lacking)}." if lacking else ""
    reply = decline(question, referral(question) + lacks, None, (), retriever.embedder, "medical_advice")
    return reply, lacking
