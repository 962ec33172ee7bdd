"""Hit lists the scope step hands on: several retrievals fused into one, and topped up with the
passages of a source or a quoted person the question names.

``fuse(lists, k)`` is reciprocal-rank fusion (a follow-up's refined query and the question alone);
``with_named_source(question, hits, …)`` adds the named source's best passages ("does the trainer
say …", "according to the news piece") and ``with_named_speaker`` the named person's ("according
to Lee, …") when retrieval left them out; ``with_introductions`` the passages introducing the people
quoted when a question asks who did the work ("who led it?"); ``with_ledes`` the passage holding
each retrieved document's first claim when a question asks for the gist; ``with_ordinal`` the passage
where each brings up the study asked for by its place ("the third review"); ``with_shaped`` the
passage where each says what an answer of a set shape says ("depending on", "is comprised of").
All hand on ``list[Hit]``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.evidence import unit_vectors
from bot.evidence_named import named_by
from bot.introductions import WHO_DID
from bot.naming import sources_named
from bot.ordinals import nth_mention, ordinal_asked
from bot.shapes import COMPOSED, DEPENDS, SUBSTANCE, asks_gist, lead_shape
from bot.text import tokenize
from bot.types import Hit, Source, Unit
from bot.unit_cache import first_claim, hit_units, introduction, source_units, usable

if TYPE_CHECKING:
    from bot.retrieval import Retriever


def with_named_source(
    question: str,
    hits: Sequence[Hit],
    retriever: Retriever,
    settings: Settings,
    explain: list[str],
    query: str = "",
) -> list[Hit]:
    """A question that names one source ("does the trainer say …", "according to the news piece")
    asks what that source says: its best passages for ``query`` (what a follow-up was retrieved
    with: "and the trainer?" asks the trainer about the last topic) join the hits when retrieval
    left them out."""
    # by kind, author or publisher ("the trainer", "the news site"): a title shares the topic's words
    fields = ("kind", "author", "publisher")
    named = sorted(sources_named(set(tokenize(question)), retriever.index.sources.values(), fields))
    if len(named) != 1 or sum(h.passage.source in named for h in hits) >= 2:
        return list(hits)
    extra = _best_others(hits, retriever, query or question, settings, lambda h: h.passage.source in named)
    if extra:
        explain.append(f"names the source {named[0]}: {len(extra)} of its passages join the hits")
    return [*hits, *extra]


def with_named_speaker(
    question: str,
    hits: Sequence[Hit],
    retriever: Retriever,
    settings: Settings,
    explain: list[str],
    query: str = "",
) -> list[Hit]:
    """A question that names a quoted person ("according to Lee, what does …", "what did Lee say
    about …") asks what that person says: the best passages for ``query`` that hold one of their
    claims join the hits when retrieval left them out (a name weighs little in a question's vector,
    so the passage that introduces the person is often the only one of theirs retrieved)."""
    _, speakers = named_by(question, hits)
    if not speakers:
        return list(hits)
    sources = {h.passage.source for h in hits for u in hit_units(h) if u.speaker in speakers}

    def quotes_them(h: Hit) -> bool:
        return h.passage.source in sources and any(u.speaker in speakers and usable(u) for u in hit_units(h))

    extra = _best_others(hits, retriever, query or question, settings, quotes_them)
    if extra:
        who = ", ".join(sorted(speakers))
        explain.append(f"names {who}: {len(extra)} more passages quoting them join the hits")
    return [*hits, *extra]


def with_introductions(
    question: str, hits: Sequence[Hit], retriever: Retriever, explain: list[str], query: str = ""
) -> list[Hit]:
    """ "Who led it?" names no one: the sentences that introduce the people the retrieved documents
    quote say who they are and how they stand to the work, so their passages join the hits."""
    if not WHO_DID.search(question):
        return list(hits)
    firsts = [
        (source, introduction(source, speaker))
        for source in _documents(hits)
        for speaker in sorted({u.speaker for u in source_units(source) if u.speaker and usable(u)})
    ]
    extra = _passages_at(firsts, hits, retriever, query or question)
    if extra:
        explain.append(f"asks who did the work: {len(extra)} passages introducing the people quoted join")
    return [*hits, *extra]


def with_ledes(
    question: str, hits: Sequence[Hit], retriever: Retriever, explain: list[str], query: str = ""
) -> list[Hit]:
    """ "Gist of the article?": a document's first claim says what it is about, so the passage
    holding it joins the hits of each retrieved document."""
    if not asks_gist(question, retriever.described()):
        return list(hits)
    why = "asks for the gist: {} passages holding a document's first claim join"
    return _with_each_document(hits, first_claim, retriever, query or question, explain, why)


def with_ordinal(
    question: str, hits: Sequence[Hit], retriever: Retriever, explain: list[str], query: str = ""
) -> list[Hit]:
    """ "The third review in the post?": where each retrieved document brings up its study at that
    place joins the hits (``bot.ordinals``)."""
    place = ordinal_asked(question)
    if place is None:
        return list(hits)
    why = "asks for a study by its place: {} passages bringing it up join"
    placed = partial(nth_mention, asked=place)
    return _with_each_document(hits, placed, retriever, query or question, explain, why)


def with_shaped(
    question: str, hits: Sequence[Hit], retriever: Retriever, explain: list[str], query: str = ""
) -> list[Hit]:
    """ "What does it depend on?", "which parts make it up?", "what substance did they use?", "how
    fast does it kick in?": such an answer is said in a few set ways ("varies depending on", "is
    comprised of", "stimulated with", "over a period of weeks"), which retrieval by the question's
    own words can miss, so the passage holding each retrieved document's unit said that way (the one
    closest to the question) joins the hits. (A time span only when no hit gives one: "how quickly
    does it reach the muscles?" has its milliseconds; so is what a source did not prove, for "did it
    prove …?", "undo it completely?".)"""
    has = next((has for asks, has in (DEPENDS, COMPOSED, SUBSTANCE) if asks.search(question)), None)
    asks_span, span = lead_shape(question)
    if has is None and asks_span.search(question):
        given = any(usable(u) and span.search(u.text) for h in hits for u in hit_units(h))
        has = None if given else span
    if has is None:
        return list(hits)
    qv = retriever.embedder.encode([query or question])[0]

    def closest(source: Source) -> Unit | None:
        said = [u for u in source_units(source) if usable(u) and has.search(u.text)]
        if not said:
            return None
        return said[int((unit_vectors(said, retriever.embedder) @ qv).argmax())]

    why = "asks for an answer said in a set way: {} passages saying it so join"
    return _with_each_document(hits, closest, retriever, query or question, explain, why)


def _with_each_document(
    hits: Sequence[Hit],
    pick: Callable[[Source], Unit | None],
    retriever: Retriever,
    query: str,
    explain: list[str],
    why: str,
) -> list[Hit]:
    """``hits`` and the passages holding the unit ``pick`` chooses in each retrieved document, with
    ``why`` (a format taking their count) in the explanation when any join."""
    extra = _passages_at([(d, pick(d)) for d in _documents(hits)], hits, retriever, query)
    if extra:
        explain.append(why.format(len(extra)))
    return [*hits, *extra]


def _documents(hits: Sequence[Hit]) -> list[Source]:
    """The retrieved documents, each once, in order of first hit."""
    return list({h.source.path: h.source for h in hits}.values())


def _passages_at(
    units: Sequence[tuple[Source, Unit | None]], hits: Sequence[Hit], retriever: Retriever, query: str
) -> list[Hit]:
    """Hits for the passages holding ``units`` that ``hits`` lack, each once, scored like retrieved
    passages: their cosine to what the question was retrieved with."""
    have = {h.passage.id for h in hits}
    rows: list[tuple[int, Source]] = []
    for source, unit in units:
        row = retriever.index.row_at(source.path, unit.start) if unit else None
        if row is not None and retriever.index.passages[row].id not in have:
            have.add(retriever.index.passages[row].id)
            rows.append((row, source))
    if not rows:
        return []
    qv = retriever.embedder.encode([query])[0]
    return [
        Hit(
            retriever.index.passages[row],
            source,
            score=0.0,
            dense=float(retriever.index.vectors[row] @ qv),
            lexical=0.0,
            rank=len(hits) + n,
        )
        for n, (row, source) in enumerate(rows, start=1)
    ]


def _best_others(
    hits: Sequence[Hit], retriever: Retriever, query: str, settings: Settings, wanted: Callable[[Hit], bool]
) -> list[Hit]:
    """The two best passages for ``query`` (of four times top-k) that are ``wanted`` and not in ``hits``."""
    have = {h.passage.id for h in hits}
    found = retriever.search(query, 4 * settings.retrieval.top_k)
    return [h for h in found if h.passage.id not in have and wanted(h)][:2]


def fuse(lists: Sequence[Sequence[Hit]], k: int, rrf_k: int = 60) -> list[Hit]:
    """Reciprocal-rank fusion of hit lists: the top ``k``, re-ranked, each kept once."""
    score: dict[str, float] = {}
    first: dict[str, Hit] = {}
    for hits in lists:
        for rank, h in enumerate(hits):
            score[h.passage.id] = score.get(h.passage.id, 0.0) + 1.0 / (rrf_k + rank + 1)
            first.setdefault(h.passage.id, h)
    order = sorted(score, key=lambda i: -score[i])[:k]
    return [replace(first[i], score=score[i], rank=n) for n, i in enumerate(order, start=1)]
