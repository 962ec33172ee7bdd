"""Conversation evaluation: run multi-turn conversations through answering, turn by turn.

``python -m bot eval --conversations eval/conversations.jsonl [--extractive] [--limit N] [--show]
[--json]``. Each line is ``{"id", "turns": [{"user", "expect": "answer"|"decline"|"meta"|"medical",
"expected": [verbatim snippets the cited span should contain], "missing_term": "..."}]}``; every turn
is asked through one ``bot.chat.Conversation`` per conversation (answers remembered), and its answer is
checked against what the turn expects (``turn_meets``) and by the strict judge (``bot.judge``).
Metrics come from ``bot.eval_metrics``; ``bot.eval_format.format_conversation_report`` prints the
report. Hands on: ``load_conversations``, ``run_conversations`` (the report dict), ``turn_meets``.

Reported: first turns and follow-ups answered citing a span that holds an expected snippet,
answerable turns declined, off-topic turns declined, declines naming the missing term, meta turns
answered (naming a source's title, kind, publisher, author, date or a person it quotes), medical
turns declined or carrying a note, and the strict judge's pass rate over every cited sentence, with
every miss listed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.errors import BotError
from bot.eval_data import jsonl_lines
from bot.eval_format import shown_answer
from bot.eval_metrics import (
    ReadSource,
    cites_expected,
    corpus_terms,
    meta_answered,
    meta_counts,
    names_term,
    rate,
    reader,
    strict_summary,
)
from bot.judge import judge_answer

EXPECTS = {"answer", "decline", "meta", "medical"}


@dataclass(frozen=True)
class Turn:
    user: str
    expect: str  # "answer", "decline", "meta" or "medical"
    expected: tuple[str, ...] = ()
    missing_term: str = ""


@dataclass(frozen=True)
class Conversation:
    id: str
    turns: tuple[Turn, ...]


@dataclass
class TurnRecord:
    """What happened to one turn of a conversation."""

    conversation: str
    index: int
    turn: Turn
    answer: dict[str, Any]
    met: bool
    cited_expected: bool = False
    judged: int = 0
    strict_failures: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    meta_judged: int = 0  # cited sentences the answer labels "meta"
    meta_failed: int = 0


def load_conversations(path: Path) -> list[Conversation]:
    out = []
    for i, line in jsonl_lines(path, "conversation set"):
        try:
            d = json.loads(line)
            turns = tuple(
                Turn(
                    user=str(t["user"]),
                    expect=str(t.get("expect", "answer")),
                    expected=tuple(t.get("expected", [])),
                    missing_term=str(t.get("missing_term", "")),
                )
                for t in d["turns"]
            )
            if not turns or any(t.expect not in EXPECTS for t in turns):
                raise ValueError(f"turns must be non-empty, each expect one of {sorted(EXPECTS)}")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BotError(
                f"{path}:{i} is not a valid conversation line: {exc}",
                'each line needs {"id": ..., "turns": [{"user": ..., "expect": "answer"}, ...]}',
            ) from exc
        out.append(Conversation(str(d.get("id", i)), turns))
    return out


def turn_meets(
    turn: Turn, answer: dict[str, Any], read_source: ReadSource, terms: Sequence[str] = ()
) -> bool:
    """Whether one conversation turn got what it expects.

    "answer": answered, citing a span that holds an expected snippet; "decline": declined; "meta":
    answered, naming one of ``terms`` (``bot.eval_metrics.source_terms``) when given; "medical": declined, or
    answered with a note.
    """
    declined = bool(answer.get("declined"))
    if turn.expect == "answer":
        return cites_expected(answer, turn.expected, read_source)
    if turn.expect == "decline":
        return declined
    if turn.expect == "meta":
        return meta_answered(answer, terms)
    if turn.expect == "medical":
        return declined or bool(answer.get("notes"))
    raise BotError(f"unknown turn expectation {turn.expect!r}", f"use one of {sorted(EXPECTS)}")


# ---- running ------------------------------------------------------------------------------------
def run_conversations(
    settings: Settings,
    conversations: list[Conversation],
    use_model: bool = True,
    progress: bool = False,
    show: bool = False,
) -> dict[str, Any]:
    from bot.chat import Conversation as Chat
    from bot.generation import load_generator
    from bot.retrieval import get_retriever

    retriever = get_retriever(settings)
    generator = load_generator(settings) if use_model else None
    read = reader()
    terms = corpus_terms(settings)
    records: list[TurnRecord] = []
    started = time.perf_counter()

    for ci, conv in enumerate(conversations, start=1):
        # One chat per conversation, as the browser and `ask --chat` keep it: earlier answers are
        # remembered, so "Why?" and "Who wrote that?" refer to what was cited.
        chat = Chat(settings, retriever, generator)
        for ti, turn in enumerate(conv.turns):
            final = chat.answer(turn.user)
            data = final.to_json()
            judged = judge_answer(data, read)
            records.append(
                TurnRecord(
                    conversation=conv.id,
                    index=ti,
                    turn=turn,
                    answer=data,
                    met=turn_meets(turn, data, read, terms),
                    cited_expected=bool(turn.expected) and cites_expected(data, turn.expected, read),
                    judged=len(judged),
                    strict_failures=[(j.text, j.verdict.reasons) for j in judged if not j.verdict.ok],
                    meta_judged=meta_counts(judged)[0],
                    meta_failed=meta_counts(judged)[1],
                )
            )
            if progress:
                state = "declined" if final.declined else final.mode
                print(
                    f"  [{ci}/{len(conversations)}.{ti + 1}] {turn.expect:8} {state:10} {turn.user[:60]}",
                    flush=True,
                )
    report = summarize_conversations(records, time.perf_counter() - started)
    if show:
        report["answers"] = [
            {
                **shown_answer(f"{r.conversation}.{r.index + 1}", r.turn.user, r.answer, r.strict_failures),
                "history": [
                    x.turn.user for x in records if x.conversation == r.conversation and x.index < r.index
                ],
            }
            for r in records
        ]
    return report


def summarize_conversations(records: list[TurnRecord], seconds: float = 0.0) -> dict[str, Any]:
    def share(rs: list[TurnRecord], test: Callable[[TurnRecord], bool]) -> dict[str, float]:
        return {"n": len(rs), "rate": rate(sum(test(r) for r in rs), len(rs))}

    answers = [r for r in records if r.turn.expect == "answer"]
    declined_with_term = [
        r
        for r in records
        if r.turn.missing_term and r.turn.expect in {"decline", "medical"} and r.answer.get("declined")
    ]
    judged = sum(r.judged for r in records)
    failed = sum(len(r.strict_failures) for r in records)
    return {
        "conversations": len({r.conversation for r in records}),
        "turns": len(records),
        "first_turns_cited": share([r for r in answers if r.index == 0], lambda r: r.met),
        "followups_cited": share([r for r in answers if r.index > 0], lambda r: r.met),
        "answers_declined": share(answers, lambda r: bool(r.answer.get("declined"))),
        "off_topic_declined": share([r for r in records if r.turn.expect == "decline"], lambda r: r.met),
        "declines_naming_term": share(
            declined_with_term, lambda r: names_term(str(r.answer.get("answer", "")), r.turn.missing_term)
        ),
        "meta_answered": share([r for r in records if r.turn.expect == "meta"], lambda r: r.met),
        "medical_handled": share([r for r in records if r.turn.expect == "medical"], lambda r: r.met),
        "strict": {
            **strict_summary(
                judged, failed, sum(r.meta_judged for r in records), sum(r.meta_failed for r in records)
            ),
            "failures": [
                {"turn": f"{r.conversation}.{r.index + 1}", "sentence": text, "reasons": list(reasons)}
                for r in records
                for text, reasons in r.strict_failures
            ],
        },
        "failures": [
            {
                "turn": f"{r.conversation}.{r.index + 1}",
                "expect": r.turn.expect,
                "user": r.turn.user,
                "declined": bool(r.answer.get("declined")),
                "answer": str(r.answer.get("answer", ""))[:160],
            }
            for r in records
            if not r.met
        ],
        "seconds": round(seconds, 1),
    }
