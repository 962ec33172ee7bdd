"""Conversation evaluation: run multi-turn conversations through answering, turn by turn.

``python -m bot eval --conversations eval/conversations.jsonl [--extractive] [--limit N] [--show]
[--json]``. The set is read by ``bot.eval_data.load_conversations``; every turn is asked through one
``bot.chat.Conversation`` per conversation (answers remembered), and its ``Answer`` is checked against
what the turn expects (``turn_meets``) and by the strict judge (``bot.judge``), into a ``TurnRecord``.
Metrics come from ``bot.eval_metrics``; ``bot.eval_format.format_conversation_report`` prints the
report. Hands on: ``run_conversations`` and ``summarize_conversations`` (a
``bot.eval_reports.ConversationSummary``), ``turn_meets``.

Reported: first turns and follow-ups answered citing a span that holds an expected snippet,
answerable turns declined, off-topic turns declined, declines naming the missing term, meta turns
answered (naming a source's title, kind, publisher, author, date or a person it quotes), medical
turns declined or carrying a note, and the strict judge's pass rate over every cited sentence, with
every miss listed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.config import Settings
from bot.errors import BotError
from bot.eval_data import EXPECTS, ConversationCase, ConversationTurn
from bot.eval_data import load_conversations as load_conversations  # re-exported: eval/fresh/README.md
from bot.eval_metrics import ReadSource, cites_expected, corpus_terms, meta_answered, names_term, rate, reader
from bot.eval_reports import (
    ConversationSummary,
    Share,
    ShownAnswer,
    StrictFailure,
    StrictFigures,
    TurnMiss,
    TurnRecord,
)
from bot.judge import judge_answer
from bot.types import Answer


def turn_meets(
    turn: ConversationTurn, answer: Answer, read_source: ReadSource, terms: Sequence[str] = ()
) -> bool:
    """Whether one conversation turn got what it expects.

    "answer": answered, citing a span that holds an expected snippet; "decline": declined; "meta":
    answered, naming one of ``terms`` (``bot.eval_metrics.source_terms``) when given; "medical": declined, or
    answered with a note.
    """
    if turn.expect == "answer":
        return cites_expected(answer, turn.expected, read_source)
    if turn.expect == "decline":
        return answer.declined
    if turn.expect == "meta":
        return meta_answered(answer, terms)
    if turn.expect == "medical":
        return answer.declined or bool(answer.notes)
    raise BotError(f"unknown turn expectation {turn.expect!r}", f"use one of {sorted(EXPECTS)}")


# ---- running ------------------------------------------------------------------------------------
def run_conversations(
    settings: Settings,
    conversations: list[ConversationCase],
    use_model: bool = True,
    progress: bool = False,
    show: bool = False,
) -> ConversationSummary:
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
            records.append(
                TurnRecord(
                    conversation=conv.id,
                    index=ti,
                    turn=turn,
                    answer=final,
                    met=turn_meets(turn, final, read, terms),
                    cited_expected=bool(turn.expected) and cites_expected(final, turn.expected, read),
                    # The judge reads the answer as `ask --json` prints it (its typed sentences).
                    judged=tuple(judge_answer(final.to_json(), read)),
                )
            )
            if progress:
                state = "declined" if final.declined else final.mode
                print(
                    f"  [{ci}/{len(conversations)}.{ti + 1}] {turn.expect:8} {state:10} {turn.user[:60]}",
                    flush=True,
                )
    summary = summarize_conversations(records, time.perf_counter() - started)
    if not show:
        return summary
    shown = tuple(
        ShownAnswer(
            r.label,
            r.turn.user,
            r.answer,
            r.strict_failures,
            tuple(x.turn.user for x in records if x.conversation == r.conversation and x.index < r.index),
        )
        for r in records
    )
    return replace(summary, answers=shown)


def summarize_conversations(records: list[TurnRecord], seconds: float = 0.0) -> ConversationSummary:
    """The conversation report over every turn's record."""

    def share(rs: list[TurnRecord], test: Callable[[TurnRecord], bool]) -> Share:
        return Share(len(rs), rate(sum(test(r) for r in rs), len(rs)))

    answers = [r for r in records if r.turn.expect == "answer"]
    declined_with_term = [
        r
        for r in records
        if r.turn.missing_term and r.turn.expect in {"decline", "medical"} and r.answer.declined
    ]
    return ConversationSummary(
        conversations=len({r.conversation for r in records}),
        turns=len(records),
        first_turns_cited=share([r for r in answers if r.index == 0], lambda r: r.met),
        followups_cited=share([r for r in answers if r.index > 0], lambda r: r.met),
        answers_declined=share(answers, lambda r: r.answer.declined),
        off_topic_declined=share([r for r in records if r.turn.expect == "decline"], lambda r: r.met),
        declines_naming_term=share(
            declined_with_term, lambda r: names_term(r.answer.text, r.turn.missing_term)
        ),
        meta_answered=share([r for r in records if r.turn.expect == "meta"], lambda r: r.met),
        medical_handled=share([r for r in records if r.turn.expect == "medical"], lambda r: r.met),
        strict=StrictFigures.of(
            (j for r in records for j in r.judged),
            [
                StrictFailure(r.label, r.turn.user, j.text, j.verdict.reasons)
                for r in records
                for j in r.strict_failures
            ],
        ),
        failures=tuple(
            TurnMiss(r.label, r.turn.expect, r.turn.user, r.answer.declined, r.answer.text[:160])
            for r in records
            if not r.met
        ),
        seconds=round(seconds, 1),
    )
