"""What of a question its corpus holds: every word, none of them, a quoted span, a rare word.

``all_words_known(question, retriever)`` says every content word is a corpus word (or a near-synonym
within the calibrated ``reach``) and one passage holds them all: names and rare terms ("Who is <a
person the corpus quotes>?") are in scope however low their cosine. ``no_word_known`` says the
opposite ("what's the capital of peru?"): such a question continues nothing. ``asker_carried`` says a
question lands near the corpus only by its words about the asker ("a 30 year old"). ``quotes_a_passage``
finds a span the question quotes word for word in a retrieved passage, and ``rare_missing`` the
words the corpus lacks that the embedder's tokenizer cuts into pieces (the medicine a referral
names); ``with_rare`` adds those to what a decline names. ``bot.scope`` reads them all;
``bot.focus`` names what a question is about that the corpus lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from bot.capitals import spelling
from bot.english import ASKER_WORDS, CONTRACTED, RELATIVES, names_a_thing
from bot.text import STOP_WORDS, tokenize, words

if TYPE_CHECKING:
    from bot.retrieval import Retriever


# A span the asker quotes: in double quotes, or in single quotes that open and close a phrase
# (not the apostrophe of "it's").
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]|(?:^|(?<=\s))['‘]([^'‘’]+)['’](?=[\s,.;:?!-]|$)")
_SET_APART = re.compile(r"“([^“”\n]{1,40})”|\"([^\"\n]{1,40})\"")  # a short phrase a text quotes


def quotes_a_passage(question: str, texts: Iterable[str]) -> str | None:
    """A span of three words or more that ``question`` quotes and one of ``texts`` holds word for
    word ("'it pretty much is a joke' - who wrote that?"), or None: a quotation is in scope however
    little its other words say."""

    def flat(s: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", s.lower().replace("’", "'").replace("'", "")))

    spans = [flat(a or b) for a, b in _QUOTED.findall(question)]
    texts = list(texts)
    # two words are enough where the source itself puts them in quotation marks (his “science based”);
    # the passages are scanned for such phrases only when a two-word quotation is asked about
    pairs = {s for s in spans if len(s.split()) == 2}
    set_apart = {flat(a or b) for text in texts for a, b in _SET_APART.findall(text)} if pairs else set()
    spans = [s for s in spans if len(s.split()) >= 3 or s in pairs & set_apart]
    if not spans:
        return None
    flats = [flat(text) for text in texts]
    return next((s for s in spans if any(f" {s} " in f" {text} " for text in flats)), None)


def rare_missing(question: str, retriever: Retriever) -> tuple[str, ...]:
    """The question's words the corpus lacks, that are no near-synonym of a corpus word and that
    the embedder's tokenizer cuts into pieces: rare in general text, so most often the medicine, the
    condition or the procedure a personal health question is about ("warfarin", "postpartum"), not
    its everyday words ("safe", "last"). A referral names them, where a topic slot would not."""
    pieces = getattr(retriever.embedder, "pieces", None)
    if pieces is None:
        return ()
    found = [w for w in far_unknown(question, retriever) if w not in ASKER_WORDS and pieces(w) >= 2]
    return tuple(dict.fromkeys(spelling(question, w) for w in found))


def with_rare(question: str, named: Sequence[str], retriever: Retriever) -> tuple[str, ...]:
    """``named`` (what a decline names) and, in the question's order, its rare words the corpus
    lacks (``rare_missing``) that none of them holds, when none of ``named`` is rare itself: "…
    raises dopamine - by how many percent?" is declined for "percent", but "dopamine" is what it is
    about. A British spelling the tokenizer cuts ("favours") is no rare word when its American one
    is whole, nor is a verb's or an adjective's form."""
    pieces = getattr(retriever.embedder, "pieces", None)
    held = {t for n in named for t in words(n)}
    if pieces is None or any(pieces(t) >= 2 for t in held):
        return tuple(named)  # a rare word is named already: the decline says what it is about
    rare = [
        w
        for w in rare_missing(question, retriever)
        if w.lower() not in held and pieces(_american(w.lower())) > 1 and not _INFLECTED.search(w)
    ]
    every = [*named, *rare]
    return tuple(sorted(every, key=lambda w: (question.lower().find(w.lower()) + 1 or len(question))))


# a verb's or an adjective's form ("plodding", "recommended", "cheapest", "summarise"): rarely what
# a question is about
_INFLECTED = re.compile(r"(ing|ed|est|ise|ize)$", re.I)


def _american(word: str) -> str:
    return re.sub(r"our(s?)$", r"or\1", re.sub(r"is(e|es|ed|ing)$", r"iz\1", word))


def far_unknown(question: str, retriever: Retriever) -> list[str]:
    """The question's words the corpus never uses and has no near-synonym for (calibrated reach)."""
    reach = retriever.calibrated()[0].reach
    return [w for w, near in retriever.unknown_words(question) if not near or near[0][1] < reach]


def _content_words(text: str, also_skip: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` that can carry a topic: not stop words, not contractions ("whats"), not
    ``also_skip``."""
    skip = set(also_skip) | set(CONTRACTED)
    return [t for t in words(text) if t.split("'")[0] not in STOP_WORDS and t not in skip]


def no_word_known(question: str, retriever: Retriever, things: bool = False) -> bool:
    """Two or more content words, and the corpus has none of them nor a near-synonym of any
    ("what's the capital of peru?"): the opposite of ``all_words_known``. With ``things``, each of
    them must also name a thing ("retirement savings", not "bit vague")."""
    # ("whats", typed without its apostrophe, is "what is": no content word)
    # (a bare number, "a 30 year old", says whom or how much, never what about)
    content = [t for t in _content_words(question, ASKER_WORDS) if not t.isdigit()]
    far = set(far_unknown(question, retriever))
    named = not things or all(names_a_thing(t) for t in content)
    return len(content) >= 2 and all(t in far for t in content) and named


# Words that say only whom a question is about, never what: an age, a relative (``RELATIVES``), a
# person the asker knows
_WHO_ASKS = frozenset(RELATIVES) | frozenset(
    "year years yr yrs yo y/o old aged boss colleague coworker neighbour neighbor".split()
)


def asker_carried(question: str, retriever: Retriever) -> bool:
    """In scope by meaning only through its words about whom it asks ("a 40 year old", "my dad"):
    without them, two or more content words left, its best passage cosine falls below the calibrated
    gate ("how much should a 30 year old put into retirement savings")."""
    typed = question.split()
    bare = [w.lower().strip(",.?!;:'\"") for w in typed]
    if not _WHO_ASKS & set(bare):  # (a number alone, "11 hours a day", says how much, not whom)
        return False
    kept = [w for w, t in zip(typed, bare, strict=True) if t not in _WHO_ASKS and not t.isdigit()]
    rest = " ".join(kept)
    if len(_content_words(rest)) < 2:
        return False
    return max((h.dense for h in retriever.search(rest)), default=0.0) < retriever.calibrated()[0].gate


_WHAT_IT_IS = re.compile(
    r"^\W*(?:(?:what|who)(?:\s+is|\s+are|\s+was|\s+were|['’]?s)\b|tell\s+me\s+about\b|define\b|meaning\s+of\b)",
    re.I,
)


def all_words_known(question: str, retriever: Retriever, fragment: bool = False) -> bool:
    """Every content word is a corpus word, or a near-synonym of one (word cosine at least the
    calibrated ``reach``: "uni", "prof"), and one passage holds them all (names, rare terms). One
    such word counts only in a ``fragment`` of a conversation ("fast or slow?") or when the question
    asks what or who it is."""
    bm25 = retriever.index.bm25
    reach = retriever.calibrated()[0].reach
    near = {
        (tokenize(w) or [w])[0]: (tokenize(found[0][0]) or [found[0][0]])[0]
        for w, found in retriever.unknown_words(question)
        if found and found[0][1] >= reach
    }
    # ("whats", typed without its apostrophe, is "what is": no content word)
    spelt_out = " ".join(" ".join(CONTRACTED.get(w, (w,))) for w in words(question))
    terms = sorted({near.get(t, t) for t in tokenize(spelt_out) if t not in ASKER_WORDS})
    if not terms or any(t not in bm25.vocab for t in terms):
        return False
    if len(terms) == 1 and not fragment and not _WHAT_IT_IS.search(question):
        # one corpus word alone says little ("when and where are the next olympics", where the
        # corpus names an Olympic team once) unless the question asks what or who it is
        return False
    columns = bm25.weights[:, [bm25.vocab[t] for t in terms]]
    return bool(((columns > 0).sum(axis=1) == len(terms)).any())
