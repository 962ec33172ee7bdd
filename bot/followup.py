"""Follow-ups that point into the previous answer's document, not at a new topic.

``pointed(question, previous, hits, retriever) -> Pointer`` reads two kinds of follow-up:

* **What comes next** — "then what?", "and after that?", "what happens next?": the document's next
  claim after the span the previous answer led with is what is asked for.
* **The author** — "so what does he suggest?", "does she link any of them?" after an answer led in a
  document's own voice (its lead quotes no one): "he" is that document's author, so its units are what
  the question asks about, not a quoted person elsewhere whose words happen to match.

* **A check of what was just said** — "not the muscles?", "so it's not my muscles getting tired?":
  the sentence the previous answer led with, when it holds a word of the check, says it again.

* **A result** — "result?", "and the findings?", "what did they find?": a claim reporting a finding
  beside one the previous answer cited and not shown yet, else its lead when that reports one; only
  that claim's passage is read.

* **The neighbourhood** — any follow-up: "why such a wide range?", "says who?", "give me an
  example" are often answered by that sentence itself or the one just before or after it (over
  eleven older conversation sets, the expected sentence was one of these three for 44% of 406
  follow-ups, and outside the retrieved passages for a quarter of them).

``Pointer.prefer`` holds the (source, start, end) spans whose units ``bot.evidence.select`` favours;
``Pointer.near`` the neighbourhood, which counts less; ``Pointer.hits`` are the retrieved hits with
the passages of those spans added, so their units are among the candidates. Nothing here knows a
corpus: only the previous answer's citations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.english import PERSON_PRONOUN
from bot.referring import CHECKS_SAID
from bot.text import tokenize
from bot.types import Answer, Hit, Source, Unit

if TYPE_CHECKING:
    from bot.retrieval import Retriever

_NEXT = re.compile(
    # "then what?", not "then what did earlier research show?" (a question of its own)
    r"^\W*((and|so|ok|okay|right)\W+)?(then\s+what(?=\W*$|\s+(happens|comes|next|after))|and\s+then|"
    r"what\s+(happens|comes)\s+(next|after\s+that|then)|"
    r"what\s+next|after\s+that|what\s+after\s+that|go\s+on|and\s+next)\b",
    re.IGNORECASE,
)


# "result?", "and the findings?", "what did they find?": what the work told of came to
_RESULT = re.compile(
    r"^\W*((and|so|ok|okay)\W+)?(the\s+|its\s+|their\s+)?(main\s+|key\s+)?(results?|findings?|outcomes?|"
    r"conclusions?)(\s+(then|though|tho))?\W*$"
    r"|^\W*((and|so|ok|okay)\W+)?what\s+did\s+(it|they|he|she|the\s+(study|studies|researchers|team))\s+"
    r"(find|show|conclude)\W*$",
    re.IGNORECASE,
)
# a claim that reports a finding: "… and found that …", "the results show …"
_FINDING = re.compile(
    r"\b(found|finds|show|showed|shows|shown|revealed|reveals|demonstrated|concluded|led\s+to|resulted\s+in)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Pointer:
    """What a follow-up points at: spans to favour, and the hits to choose from."""

    prefer: tuple[tuple[str, int, int], ...]
    hits: tuple[Hit, ...]
    why: str = ""
    near: tuple[tuple[str, int, int], ...] = ()


def asks_what_next(question: str) -> bool:
    return _NEXT.match(question) is not None


def pointed(
    question: str, previous: Answer | None, hits: Sequence[Hit], retriever: Retriever, query: str = ""
) -> Pointer:
    """The spans ``question`` points at in the previous answer's document (none when it points nowhere).

    ``query`` is what the follow-up was retrieved with: the neighbourhood's added passages are scored
    against it like retrieved ones.
    """
    if previous is None or previous.declined or not previous.citations:
        return Pointer((), tuple(hits))
    if asks_what_next(question):
        return _next_claim(previous, hits, retriever)
    if _RESULT.match(question):
        return _finding(previous, hits, retriever)
    near, hits = _neighbourhood(previous, hits, retriever, query or question)
    cited = [s for s in previous.sentences if s.citations]
    by_number = {c.n: c for c in previous.citations}
    led = by_number.get(cited[0].citations[0]) if cited else None
    sources = {by_number[s.citations[0]].source for s in cited if s.citations[0] in by_number}
    # (the answer's lead, in its document's own voice: a person quoted further down is not "he"; an
    # answer describing several documents from their sidecars leads with no one's words)
    one_voice = bool(cited) and not cited[0].speaker and (previous.mode != "meta" or len(sources) == 1)
    if PERSON_PRONOUN.search(question) and one_voice and led is not None:
        return Pointer(((led.source, 0, 1 << 62),), hits, f"'he/she' is the author of {led.source}", near)
    lead = previous.citations[0]
    asked = set(tokenize(question))
    if CHECKS_SAID.match(question) and 0 < len(asked) <= 4 and asked & set(tokenize(lead.text)):
        span = ((lead.source, lead.start, lead.end),)
        return Pointer(span, hits, f"checks what was just said: {lead.source} {lead.start}:{lead.end}", near)
    return Pointer((), hits, "", near)


def _neighbourhood(
    previous: Answer, hits: Sequence[Hit], retriever: Retriever, query: str, reach: int = 1
) -> tuple[tuple[tuple[str, int, int], ...], tuple[Hit, ...]]:
    """The claims within ``reach`` units of the one the previous answer led with (itself included:
    "which ones?", "how?" are often answered by the rest of that sentence), and the hits with their
    passages added (after the retrieved ones, scored against ``query``)."""
    from bot.unit_cache import source_units, usable

    first = previous.citations[0]
    source = retriever.index.sources.get(first.source)
    if source is None:
        return (), tuple(hits)
    units = source_units(source)
    at = next((i for i, u in enumerate(units) if u.start <= first.start < u.end), None)
    if at is None:
        return (), tuple(hits)
    around = [u for u in units[max(0, at - reach) : at + reach + 1] if usable(u)]
    near = tuple((u.source, u.start, u.end) for u in around)
    have = {h.passage.id for h in hits}
    rows: list[int] = []
    for u in around:
        row = retriever.index.row_at(u.source, u.start)
        if row is None or retriever.index.passages[row].id in have:
            continue
        have.add(retriever.index.passages[row].id)
        rows.append(row)
    if not rows:
        return near, tuple(hits)
    # scored like retrieved passages: cosine of the follow-up's query to the passage's vector
    qv = retriever.embedder.encode([query])[0]
    added = [
        Hit(
            retriever.index.passages[row],
            source,
            score=0.0,
            dense=float(retriever.index.vectors[row] @ qv),
            lexical=0.0,
            rank=len(hits) + n,
        )
        for n, row in enumerate(rows, start=1)
    ]
    return near, (*hits, *added)


def _hit_at(unit: Unit, source: Source, hits: Sequence[Hit], retriever: Retriever) -> Hit | None:
    """The passage holding ``unit`` as the first hit, as close as the best retrieved one (None when the
    index has no passage there)."""
    passage = retriever.index.passage_at(unit.source, unit.start)
    if passage is None:
        return None
    best = max((h.dense for h in hits), default=0.0)
    return Hit(passage, source, score=1.0, dense=best, lexical=0.0, rank=1)


def _next_claim(previous: Answer, hits: Sequence[Hit], retriever: Retriever) -> Pointer:
    """The first claim after the span the previous answer led with."""
    from bot.unit_cache import source_units, usable

    # After the lead: a later citation may be a side remark from far down the same document.
    first = previous.citations[0]
    end = first.end
    source = retriever.index.sources.get(first.source)
    if source is None:
        return Pointer((), tuple(hits))
    unit = next((u for u in source_units(source) if u.start >= end and usable(u)), None)
    if unit is None:
        return Pointer((), tuple(hits), "nothing follows the cited span")
    lead = _hit_at(unit, source, hits, retriever)
    if lead is None:
        return Pointer((), tuple(hits))
    rest = [h for h in hits if h.passage.id != lead.passage.id]
    why = f"asks what comes next: the claim after {first.source} {end} ({unit.start}:{unit.end})"
    return Pointer(((unit.source, unit.start, unit.end),), (lead, *rest), why)


def _finding(previous: Answer, hits: Sequence[Hit], retriever: Retriever) -> Pointer:
    """The claim reporting a finding that "result?" asks for: one the previous answer did not cite,
    within two claims of one it did (after before before); else the span it led with, when that
    reports one; else the finding nearest that span. Not whatever sentence holds the word "results"."""
    from bot.unit_cache import source_units, usable

    first = previous.citations[0]
    source = retriever.index.sources.get(first.source)
    if source is None:
        return Pointer((), tuple(hits))
    units = [u for u in source_units(source) if usable(u)]
    at = next((i for i, u in enumerate(units) if u.start <= first.start < u.end), None)
    found = [i for i, u in enumerate(units) if _FINDING.search(u.text)]
    if at is None or not found:
        return Pointer((), tuple(hits), "no claim near the cited span reports a finding")
    cited = [(c.source, c.start) for c in previous.citations]
    told = [i for i, u in enumerate(units) if any(s == u.source and u.start <= c < u.end for s, c in cited)]
    fresh = [i for i in found if i not in told and any(abs(i - j) <= 2 for j in told)]
    if fresh:  # nearest a cited claim, after it before before it
        pick = min(fresh, key=lambda i: min((abs(i - j), i < j) for j in told))
    else:
        pick = at if at in found else min(found, key=lambda i: (abs(i - at), i < at))
    unit = units[pick]
    lead = _hit_at(unit, source, hits, retriever)
    if lead is None:
        return Pointer((), tuple(hits))
    why = f"asks for a result: the finding nearest {first.source} {first.start} ({unit.start}:{unit.end})"
    # only that passage: the word "result" would otherwise carry any sentence holding it ("the results
    # show …" of earlier studies, quoted further down)
    return Pointer(((unit.source, unit.start, unit.end),), (lead,), why)
