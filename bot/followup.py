"""Follow-ups that point into the previous answer's document, not at a new topic.

``pointed(question, previous, hits, retriever) -> Pointer`` reads two kinds of follow-up:

* **What comes next** — "then what?", "and after that?", "what happens next?": the document's next
  claim after the span the previous answer led with is what is asked for.
* **The author** — "so what does he suggest?", "does she link any of them?" after an answer in a
  document's own voice (no quoted speaker): "he" is that document's author, so its units are what
  the question asks about, not a quoted person elsewhere whose words happen to match.

``Pointer.prefer`` holds the (source, start, end) spans whose units ``bot.evidence.select`` favours;
``Pointer.hits`` are the retrieved hits with the passage of the next claim put first, so the unit
is among the candidates. Nothing here knows a corpus: only the previous answer's citations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.types import Answer, Hit

if TYPE_CHECKING:
    from bot.retrieval import Retriever

_NEXT = re.compile(
    r"^\W*((and|so|ok|okay|right)\W+)?(then\s+what|and\s+then|what\s+(happens|comes)\s+(next|after\s+that|then)|"
    r"what\s+next|after\s+that|what\s+after\s+that|go\s+on|and\s+next)\b",
    re.IGNORECASE,
)
_AUTHOR_PRONOUN = re.compile(r"\b(he|she|him|his|her)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Pointer:
    """What a follow-up points at: spans to favour, and the hits to choose from."""

    prefer: tuple[tuple[str, int, int], ...]
    hits: tuple[Hit, ...]
    why: str = ""


def asks_what_next(question: str) -> bool:
    return _NEXT.match(question) is not None


def pointed(question: str, previous: Answer | None, hits: Sequence[Hit], retriever: Retriever) -> Pointer:
    """The spans ``question`` points at in the previous answer's document (none when it points nowhere)."""
    if previous is None or previous.declined or not previous.citations:
        return Pointer((), tuple(hits))
    if asks_what_next(question):
        return _next_claim(previous, hits, retriever)
    cited = [s for s in previous.sentences if s.citations]
    by_number = {c.n: c for c in previous.citations}
    sources = {by_number[s.citations[0]].source for s in cited if s.citations[0] in by_number}
    if _AUTHOR_PRONOUN.search(question) and cited and len(sources) == 1 and not any(s.speaker for s in cited):
        (source,) = sources
        return Pointer(((source, 0, 1 << 62),), tuple(hits), f"'he/she' is the author of {source}")
    return Pointer((), tuple(hits))


def _next_claim(previous: Answer, hits: Sequence[Hit], retriever: Retriever) -> Pointer:
    """The first claim after the span the previous answer led with."""
    from bot.evidence import source_units, usable

    # After the lead: a later citation may be a side remark from far down the same document.
    first = previous.citations[0]
    end = first.end
    source = retriever.index.sources.get(first.source)
    if source is None:
        return Pointer((), tuple(hits))
    unit = next((u for u in source_units(source) if u.start >= end and usable(u)), None)
    if unit is None:
        return Pointer((), tuple(hits), "nothing follows the cited span")
    passage = retriever.index.passage_at(unit.source, unit.start)
    if passage is None:
        return Pointer((), tuple(hits))
    best = max((h.dense for h in hits), default=0.0)
    lead = Hit(passage, source, score=1.0, dense=best, lexical=0.0, rank=1)
    rest = [h for h in hits if h.passage.id != passage.id]
    why = f"asks what comes next: the claim after {first.source} {end} ({unit.start}:{unit.end})"
    return Pointer(((unit.source, unit.start, unit.end),), (lead, *rest), why)
