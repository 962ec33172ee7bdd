"""Evaluation reports, typed: what ``bot.eval`` and ``bot.eval_conversations`` keep per answer and report.

Per question a ``QuestionRecord`` keeps the ``Answer`` itself (its typed sentences with citations and
verdicts, the evidence units the model saw), the retrieval ranks, the citation checks, the strict
judge's ``Judged`` verdicts and the raw-draft baseline (``DraftCheck``). ``EvalSummary`` gathers the
records into ``RetrievalSummary`` (two ``RetrievalFigures``), ``AnsweringFigures``, ``StrictFigures``
(with every ``StrictFailure``), ``DraftFigures``, ``TimingFigures``, ``KindFigures`` per kind and the
``Miss``es. Per conversation turn a ``TurnRecord``; together a ``ConversationSummary`` of ``Share``s
and ``TurnMiss``es. ``ShownAnswer`` is one answer as ``--show`` prints it.

Each report type's ``to_json()`` gives exactly the keys ``eval --json`` prints; ``bot.eval_format``
reads the attributes. Hands on: those dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.eval_data import ConversationTurn, Question
from bot.eval_metrics import hit_at, mrr, rate
from bot.judge import Judged
from bot.types import Answer, AnswerSentence


# ---- one answer ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DraftCheck:
    """The raw-draft baseline for one answer: the model's own draft, unverified, against its units."""

    sentences: int = 0
    unsupported: int = 0  # sentences whose own markers point at units lacking most of their words
    invalid_markers: int = 0  # markers pointing at no unit
    supportable: int = 0  # sentences some unit supports, whatever their markers


@dataclass(frozen=True)
class QuestionRecord:
    """What happened to one question of a set: its answer and every check made on it."""

    question: Question
    answer: Answer
    rank: int | None = None  # first rank whose passage holds an expected snippet (the answer's hits)
    dense_rank: int | None = None  # the same for dense-only search
    citations_valid: bool = True  # every marker resolves and every span is exact
    right_citation: bool = False  # a citation falls inside a passage holding an expected snippet
    exact_citation: bool = False  # a cited span overlaps an expected snippet itself
    first_carries: bool = False  # the first non-meta sentence carries an expected snippet
    loose_unsupported: tuple[str, ...] = ()  # cited sentences whose spans lack most of their words
    judged: tuple[Judged, ...] = ()  # the strict judge's verdict on every cited sentence
    draft: DraftCheck = DraftCheck()

    @property
    def cited_sentences(self) -> tuple[AnswerSentence, ...]:
        return tuple(s for s in self.answer.sentences if s.citations)

    @property
    def strict_failures(self) -> tuple[Judged, ...]:
        return tuple(j for j in self.judged if not j.verdict.ok)


@dataclass(frozen=True)
class TurnRecord:
    """What happened to one turn of a scripted conversation."""

    conversation: str
    index: int  # 0 for the first turn
    turn: ConversationTurn
    answer: Answer
    met: bool  # the answer is what the turn expects (``bot.eval_conversations.turn_meets``)
    cited_expected: bool = False
    judged: tuple[Judged, ...] = ()

    @property
    def label(self) -> str:
        """``<conversation>.<turn number>``, e.g. ``c-swim.2``."""
        return f"{self.conversation}.{self.index + 1}"

    @property
    def strict_failures(self) -> tuple[Judged, ...]:
        return tuple(j for j in self.judged if not j.verdict.ok)


@dataclass(frozen=True)
class ShownAnswer:
    """One answer as ``--show`` prints it: the answer, the sentences the strict judge rejects, and
    (for a conversation turn) the earlier questions of its chat."""

    id: str
    question: str
    answer: Answer
    rejected: tuple[Judged, ...] = ()
    history: tuple[str, ...] | None = None  # None for a single question

    def to_json(self) -> dict[str, Any]:
        a = self.answer
        out: dict[str, Any] = {
            "id": self.id,
            "question": self.question,
            "answer": a.text,
            "declined": a.declined,
            "mode": a.mode,
            "scope": a.scope,
            "notes": list(a.notes),
            "sentences": [s.to_json() for s in a.sentences],
            "citations": [c.to_json() for c in a.citations],
            "rejected": [{"sentence": j.text, "reasons": list(j.verdict.reasons)} for j in self.rejected],
        }
        if self.history is not None:
            out["history"] = list(self.history)
        return out


# ---- the figures --------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetrievalFigures:
    """hit@1/3/5 and MRR over the questions' first relevant ranks."""

    hit_1: float
    hit_3: float
    hit_5: float
    mrr: float

    @classmethod
    def of(cls, ranks: Sequence[int | None]) -> RetrievalFigures:
        return cls(hit_at(ranks, 1), hit_at(ranks, 3), hit_at(ranks, 5), mrr(ranks))

    def to_json(self) -> dict[str, Any]:
        return {"hit@1": self.hit_1, "hit@3": self.hit_3, "hit@5": self.hit_5, "mrr": self.mrr}


@dataclass(frozen=True)
class RetrievalSummary:
    """Retrieval over the in-scope questions with an expected passage: the answer's hits and dense-only."""

    questions: int
    final: RetrievalFigures
    dense_only: RetrievalFigures

    def to_json(self) -> dict[str, Any]:
        return {
            "questions": self.questions,
            "final": self.final.to_json(),
            "dense_only": self.dense_only.to_json(),
        }


@dataclass(frozen=True)
class AnsweringFigures:
    """Answering rates; each ``*_rate`` is a share of the population its name gives (see ``bot.eval``)."""

    answered_rate: float
    citation_validity: float
    right_citation_rate: float
    exact_citation_rate: float
    right_citation_rate_in_scope: float
    first_sentence_rate: float
    cited_sentences: int
    unsupported_rate: float  # loose check
    decline_precision: float
    decline_recall: float
    fabrication_refused: float
    fabrication_requests: int
    declines_naming_term: float
    declines_with_term: int
    meta_answered: float
    meta_questions: int
    modes: dict[str, int]  # answers per mode ("generated", "extractive", "declined")

    def to_json(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in self.__dataclass_fields__}
        return {**out, "modes": dict(self.modes)}


@dataclass(frozen=True)
class StrictFailure:
    """A cited sentence the strict judge rejects: where (question id or ``conv.turn``), and why."""

    id: str
    question: str
    sentence: str
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "sentence": self.sentence,
            "reasons": list(self.reasons),
        }

    def turn_json(self) -> dict[str, Any]:
        """As the conversation report prints it (keyed by turn)."""
        return {"turn": self.id, "sentence": self.sentence, "reasons": list(self.reasons)}


@dataclass(frozen=True)
class StrictFigures:
    """Pass rates of the strict judge over every cited sentence and over claims only (without
    sentences the answer itself labels "meta" yet cites)."""

    cited_sentences: int
    passing_rate: float
    claim_sentences: int
    claim_passing_rate: float
    meta_with_citations: int
    failures: tuple[StrictFailure, ...] = ()

    @classmethod
    def of(cls, judged: Iterable[Judged], failures: Sequence[StrictFailure] = ()) -> StrictFigures:
        judged = list(judged)
        failed = sum(not j.verdict.ok for j in judged)
        meta = [j for j in judged if j.label == "meta"]
        meta_failed = sum(not j.verdict.ok for j in meta)
        claims = len(judged) - len(meta)
        return cls(
            cited_sentences=len(judged),
            passing_rate=rate(len(judged) - failed, len(judged)),
            claim_sentences=claims,
            claim_passing_rate=rate(claims - (failed - meta_failed), claims),
            meta_with_citations=len(meta),
            failures=tuple(failures),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "cited_sentences": self.cited_sentences,
            "passing_rate": self.passing_rate,
            "claim_sentences": self.claim_sentences,
            "claim_passing_rate": self.claim_passing_rate,
            "meta_with_citations": self.meta_with_citations,
            "failures": [f.to_json() for f in self.failures],
        }


@dataclass(frozen=True)
class DraftFigures:
    """The baseline: the raw model drafts' loose support, before any verification."""

    sentences: int
    unsupported_rate: float
    invalid_markers: int
    supportable_rate: float

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class TimingFigures:
    """Milliseconds: median first token (answers where a model ran), median and max total."""

    first_token_median: float
    total_median: float
    total_max: float

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class KindFigures:
    """One kind of question: how many, hit@3 (NaN when none has an expected passage), share declined."""

    n: int
    hit_3: float
    declined: float

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "hit@3": self.hit_3, "declined": self.declined}


@dataclass(frozen=True)
class Miss:
    """A question answered when it should be declined, declined when it should be answered, or
    answered without citing the right passage."""

    id: str
    kind: str
    question: str
    declined: bool
    rank: int | None
    right_citation: bool

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class EvalSummary:
    """The question-set report (``bot.eval.summarize``); ``answers`` only with ``--show``."""

    questions: int
    retrieval: RetrievalSummary
    answering: AnsweringFigures
    strict: StrictFigures
    baseline_raw_draft: DraftFigures
    timings_ms: TimingFigures
    by_kind: dict[str, KindFigures]
    failures: tuple[Miss, ...]
    seconds: float
    answers: tuple[ShownAnswer, ...] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "questions": self.questions,
            "retrieval": self.retrieval.to_json(),
            "answering": self.answering.to_json(),
            "strict": self.strict.to_json(),
            "baseline_raw_draft": self.baseline_raw_draft.to_json(),
            "timings_ms": self.timings_ms.to_json(),
            "by_kind": {k: v.to_json() for k, v in self.by_kind.items()},
            "failures": [f.to_json() for f in self.failures],
            "seconds": self.seconds,
        }
        if self.answers is not None:
            out["answers"] = [a.to_json() for a in self.answers]
        return out


# ---- conversations ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Share:
    """``rate`` of ``n`` turns."""

    n: int
    rate: float

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "rate": self.rate}


@dataclass(frozen=True)
class TurnMiss:
    """A turn whose answer is not what it expects."""

    turn: str  # ``conv.turn``
    expect: str
    user: str
    declined: bool
    answer: str  # the answer's first 160 characters

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class ConversationSummary:
    """The conversation report (``bot.eval_conversations.summarize_conversations``)."""

    conversations: int
    turns: int
    first_turns_cited: Share
    followups_cited: Share
    answers_declined: Share
    off_topic_declined: Share
    declines_naming_term: Share
    meta_answered: Share
    medical_handled: Share
    strict: StrictFigures
    failures: tuple[TurnMiss, ...]
    seconds: float
    answers: tuple[ShownAnswer, ...] | None = None

    SHARES = (
        "first_turns_cited",
        "followups_cited",
        "answers_declined",
        "off_topic_declined",
        "declines_naming_term",
        "meta_answered",
        "medical_handled",
    )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"conversations": self.conversations, "turns": self.turns}
        out |= {name: getattr(self, name).to_json() for name in self.SHARES}
        out["strict"] = {**self.strict.to_json(), "failures": [f.turn_json() for f in self.strict.failures]}
        out["failures"] = [f.to_json() for f in self.failures]
        out["seconds"] = self.seconds
        if self.answers is not None:
            out["answers"] = [a.to_json() for a in self.answers]
        return out
