"""The data that flows between stages: small frozen dataclasses, no dicts.

``Source`` (a document and its metadata) → ``Passage`` (a span of it with exact offsets) →
``Unit`` (one sentence of a passage: an evidence unit with its speaker and hedges) →
``Hit`` (a passage with retrieval scores) → ``Answer`` (typed ``AnswerSentence``s, each with its
citation numbers, speaker and verdict; ``Citation``s that point at exact spans; timings).
``to_json`` methods give the CLI's JSON contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    """One document of the corpus and what its sidecar says about it."""

    path: str  # relative to the repository root, e.g. "seeds/news_….txt"
    title: str
    kind: str  # e.g. "health news report", "forum post"
    evidence: str  # the strength label shown next to every citation
    strength: int  # 1 (opinion) … 3 (reviewed report of peer-reviewed research); for sorting and notes
    publisher: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    sha256: str = ""

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class Passage:
    """A span of a source: ``text == Path(source).read_text()[start:end]`` exactly."""

    id: str  # stable: hash of source path, offsets and text
    source: str
    start: int
    end: int
    text: str
    heading: str = ""  # the nearest heading above the passage, if the source has one


@dataclass(frozen=True)
class Unit:
    """An evidence unit: one sentence of a source, with who asserts it and how firmly.

    ``text == source_text[start:end]``. ``kind`` is "claim" (may be evidence), or why it never is:
    "heading", "furniture" (disclaimers, bylines, navigation, sales lines), "instruction" (tells the
    reader or the assistant what to do), "question". ``speaker`` is "" for the document's own voice,
    else the quoted person as the document names them ("Lee"). ``hedges`` are the hedge and
    negation words that govern the claim ("may", "did not prove", "associated with"). ``refs`` are
    the source's own reference markers inside the span ("[27]"), absolute offsets.
    """

    id: str
    source: str
    passage_id: str
    start: int
    end: int
    text: str
    kind: str = "claim"
    speaker: str = ""
    hedges: tuple[str, ...] = ()
    refs: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "hedges": list(self.hedges),
        }


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its scores; ``score`` is the fused score that orders hits."""

    passage: Passage
    source: Source
    score: float
    dense: float  # cosine similarity to the question (normalized vectors)
    lexical: float  # BM25 score (0 when the passage had no query term)
    rank: int = 0

    def to_json(self) -> dict[str, Any]:
        p = self.passage
        return {
            "rank": self.rank,
            "id": p.id,
            "source": p.source,
            "title": self.source.title,
            "evidence": self.source.evidence,
            "start": p.start,
            "end": p.end,
            "text": p.text,
            "score": round(self.score, 6),
            "dense": round(self.dense, 6),
            "lexical": round(self.lexical, 6),
        }


@dataclass(frozen=True)
class Citation:
    """What a marker ``[n]`` points at: an exact span (a sentence or more) inside a retrieved passage."""

    n: int
    passage_id: str
    source: str
    title: str
    evidence: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "id": self.passage_id,
            "source": self.source,
            "title": self.title,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True)
class AnswerSentence:
    """One sentence of an answer: what it says, which citations back it, whose claim it is.

    ``verdict`` is "supported" (passed strict verification), "quoted" (the unit itself, copied),
    or "meta" (a frame the system wrote, e.g. "My sources don't mention creatine.", no citation).
    """

    text: str  # without markers
    citations: tuple[int, ...]  # the ``Citation.n`` numbers it rests on
    speaker: str = ""
    verdict: str = "supported"

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "citations": list(self.citations),
            "speaker": self.speaker,
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class Answer:
    """A finished reply. Every ``[n]`` in ``text`` has a ``Citation`` with that ``n``."""

    question: str
    text: str
    citations: tuple[Citation, ...]
    hits: tuple[Hit, ...]
    declined: bool
    mode: str  # "generated", "extractive" (model output failed checks), or "declined"
    notes: tuple[str, ...] = ()  # e.g. the medical note, "one blogger's view", "question trimmed"
    suggestions: tuple[str, ...] = ()  # questions the sources do cover (on a decline)
    draft: str = ""  # the model's raw text before verification (for eval and debugging)
    timings: dict[str, float] = field(default_factory=dict)
    sentences: tuple[AnswerSentence, ...] = ()  # the answer, typed; ``text`` is their rendering
    evidence: tuple[Unit, ...] = ()  # the units shown to the model, in prompt order
    scope: str = ""  # why it was answered or declined ("in_scope", "off_topic: creatine", "medical", …)
    trace: tuple[str, ...] = ()  # why, step by step: scope decision, evidence chosen, drafts dropped

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "declined": self.declined,
            "mode": self.mode,
            "notes": list(self.notes),
            "suggestions": list(self.suggestions),
            "sentences": [s.to_json() for s in self.sentences],
            "citations": [c.to_json() for c in self.citations],
            "evidence": [u.to_json() for u in self.evidence],
            "scope": self.scope,
            "trace": list(self.trace),
            "passages": [h.to_json() for h in self.hits],
            "timings": {k: round(v, 1) for k, v in self.timings.items()},
        }


@dataclass(frozen=True)
class Turn:
    """One exchange of a chat: the question as asked (cleaned) and its final answer, if any."""

    question: str
    answer: Answer | None = None
