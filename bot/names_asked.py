"""Which names the corpus holds a question asks about, as against where the question is set.

``names_asked(question, hits, vocab)`` returns the corpus names (``bot.capitals.corpus_names``) the
question asks about. A place it is only set in ("the best taco place in <a city a speaker works
in>?", "how do I get to <Name> from <X>?") is no topic, nor is a name in a fragment with no verb
that only modifies a word the corpus never uses ("<a corpus place> pizza recs?"). ``bot.scope``
counts what is left as bringing the question into scope.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from bot.capitals import corpus_names
from bot.english import ASKER_WORDS
from bot.source_questions import VERB
from bot.text import STOP_WORDS, tokenize


def names_asked(question: str, passages: Iterable[str], vocab: Container[str]) -> list[str]:
    """The corpus names in ``question`` (found in ``passages``) that it asks about."""
    verbless = has_no_verb(question)
    return [
        n
        for n in corpus_names(question, passages)
        if not _setting(n).search(question) and not (verbless and _modifies_a_stranger(question, n, vocab))
    ]


def has_no_verb(question: str) -> bool:
    """A fragment with no verb ("banana calories?"); a verb-shaped word of asking is none ("unrelated")."""
    return not any(m.group(0).lower() not in ASKER_WORDS for m in VERB.finditer(question))


def _setting(name: str) -> re.Pattern[str]:
    """ "in/at/near <Name>" and "in <Name> <Name>": the question's setting, not its topic; "<Name> … a
    nice place to retire" and "how do I get to <Name>": a place asked about as a place."""
    # (however typed: "weather in urbana")
    return re.compile(
        rf"\b(in|at|near|around)\s+(the\s+)?([A-Z]\w+\s+)?{re.escape(name)}\b"
        rf"|\b{re.escape(name)}(\s+[A-Z]\w+)*\s+((is|be)\s+)?an?\s+(\w+\s+)?(place|city|town|area|state|spot)\b"
        # "how do I get to <Name> from <X>?": a journey's end or start, asked as a place
        rf"|\b(get|getting|go|going|travel\w*|fly|flying|drive|driving|commute|move|moving|directions|route|way)\s+"
        rf"(to|from|into)\s+(the\s+)?([A-Z]\w+\s+)?{re.escape(name)}\b|\bfrom\s+\S+\s+to\s+([A-Z]\w+\s+)?{re.escape(name)}\b",
        re.IGNORECASE,
    )


def _modifies_a_stranger(question: str, name: str, vocab: Container[str]) -> bool:
    """ "<a corpus place> pizza recs?": in a fragment with no verb, a name right before a word the corpus
    never uses modifies that word, which is what is asked about."""
    after = re.search(rf"\b{re.escape(name)}((?:\s+[a-z]+){{1,3}})", question, re.IGNORECASE)
    for word in (after.group(1).lower().split() if after else []):  # past the rest of the name ("Monica")
        if word in STOP_WORDS | ASKER_WORDS:
            return False
        if (tokenize(word) or [word])[0] not in vocab:
            return True
    return False
