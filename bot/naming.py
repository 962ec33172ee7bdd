"""How a question names a document: by a word of its sidecar ("the trainer", "the news site").

``sources_named(asked, sources, fields)`` hands on the paths of the sources a question's terms name
by a sidecar word no other source uses; ``named_by_title(question, sources)`` those it names by a
word of their title used as a name ("the <X> study"); ``described(path, hits)`` the terms of one
source's kind and author; ``metadata_words(sources)`` the terms of their whole sidecars;
``asks_trust_of_named`` whether a question asks how far a source it names can be trusted.
``bot.evidence`` (which units answer), ``bot.hits``, ``bot.notices``, ``bot.replies``,
``bot.retrieval`` and ``bot.scope`` read them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.english import KIND_CALLED
from bot.text import tokenize
from bot.types import Hit, Source

# A name in a sidecar: a word with a capital after its first letter (an acronym, a camel-cased brand)
_NAME = re.compile(r"\b\w+[A-Z]\w*\b")
# KIND_CALLED by word stem, as tokenize gives them
_CALLED = {tokenize(k)[0]: tuple(tokenize(" ".join(v))) for k, v in KIND_CALLED.items()}


def metadata_words(sources: Iterable[Source]) -> frozenset[str]:
    """The terms the sources' own metadata uses (title, kind, publisher, author, evidence label)."""
    text = " ".join(f"{s.title} {s.kind} {s.publisher} {s.author} {s.evidence}" for s in sources)
    return frozenset(tokenize(text))


def described(path: str, hits: Sequence[Hit]) -> set[str]:
    """The terms of one source's sidecar kind and author."""
    source = next(h.source for h in hits if h.source.path == path)
    return set(tokenize(f"{source.kind} {source.author}"))


def sources_named(asked: set[str], sources: Iterable[Source], fields: tuple[str, ...]) -> set[str]:
    """Paths of the ``sources`` that ``asked`` (a question's terms) names by a word of their sidecar
    ``fields``, or a name in its title, publisher or evidence label, that no other of them uses ("the
    trainer", "the news site")."""
    by_path: dict[str, set[str]] = {}
    for s in sources:
        # a publisher's description in brackets ("<Site> (medically reviewed health news)") names nothing:
        # "has anyone reviewed it?" asks whether, of whichever source was meant
        values = [_field(s, f) for f in fields]
        terms = set(tokenize(" ".join(values)))
        if "kind" in fields:  # "the thread" names a forum post, "the article" a news report
            terms |= {w for k in tokenize(s.kind) for w in _CALLED.get(k, ())}
        # a name anywhere in the sidecar ("the journal's acronym in its evidence label") names it too
        terms |= set(tokenize(" ".join(_NAME.findall(f"{s.title} {s.publisher} {s.evidence}"))))
        by_path.setdefault(s.path, terms)
    named = set()
    for path, terms in by_path.items():
        others = set().union(*(t for p, t in by_path.items() if p != path))
        if asked & (terms - others):
            named.add(path)
    return named


# Words for a document or a study, after which a title's word is used as its name ("the <X> study")
_DOCUMENT_WORDS = frozenset(
    tokenize("study paper article piece post thread report story write-up site page source research one")
)


def named_by_title(question: str, sources: Iterable[Source]) -> set[str]:
    """Paths of the ``sources`` a question names by a word of their title that no other title uses,
    when it uses the word as a name: before another word of that title, a word for a document ("the
    <X> study") or nothing; not inside a phrase of its own ("<X> therapists" for a title "<X> …")."""
    titles = {s.path: set(tokenize(s.title)) for s in sources}
    used = Counter(w for words_of in titles.values() for w in words_of)  # how many titles use each word
    asked = tokenize(question)
    named = set()
    for path, words_of in titles.items():
        own = {w for w in words_of if used[w] == 1}
        for i, word in enumerate(asked):
            after = asked[i + 1] if i + 1 < len(asked) else ""
            if word in own and (not after or after in words_of or after in _DOCUMENT_WORDS):
                named.add(path)
    return named


_BRACKETED = re.compile(r"\([^)]*\)")


def _field(source: Source, name: str) -> str:
    value = str(getattr(source, name))
    return _BRACKETED.sub(" ", value) if name == "publisher" else value
# "is <publisher> legit tho": how far a source named by its publisher can be trusted
_TRUST_WORD = re.compile(r"\b(legit|trustworthy|credible|reputable|reliable|biased|any\s+good)\b", re.I)


def asks_trust_of_named(question: str, sources: Iterable[Source]) -> bool:
    """The question asks whether a source it names by its publisher's name can be trusted ("is <site>
    legit tho"): a question about the sources, though its wording is no pattern of
    ``bot.source_questions``. (Only a name: "is dancing any good, per the news piece?" asks of dancing.)"""
    if _TRUST_WORD.search(question) is None:
        return False
    names = {t for s in sources for t in tokenize(" ".join(_NAME.findall(s.publisher)))}
    return bool(names & set(tokenize(question)))
