"""Conversation: one chat, turn by turn: scope decided on the question as asked, then the answer.

``Conversation.ask(text)`` cleans the question, lets ``bot.scope.decide`` say what it is (answer,
off topic, medical advice, a question about the sources, empty) on the question alone, with history
used only to refine retrieval for a question that refers back; then it streams the answer from
``bot.answering.answer_stream`` (draft pieces, then the final ``Answer``) or yields the reply the
scope step built. Each turn is kept as a ``Turn`` (question and final answer); only the last
``answer.history_turns`` are kept, so history never grows without limit.

``Conversation.answer(text)`` is the same turn without streaming: the final ``Answer``. History may
be given as earlier questions (strings) or ``Turn``s; ``generator=None`` answers extractively (the
chosen source sentences, quoted and cited).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import replace

from bot import scope
from bot.about_bot import asks_about_the_bot
from bot.answering import ENGLISH_NOTE, answer_stream, clean_question, looks_non_english
from bot.config import Settings
from bot.errors import BotError
from bot.generation import Generator
from bot.retrieval import Retriever, get_retriever
from bot.text import split_sentences
from bot.types import Answer, AnswerSentence, Turn
from bot.units import is_injection

__all__ = ["Conversation", "Turn", "without_injection"]


class Conversation:
    """A chat: ``ask`` streams one turn and remembers it."""

    def __init__(
        self,
        settings: Settings,
        retriever: Retriever | None = None,
        generator: Generator | None = None,
        history: Sequence[Turn | str] = (),
    ) -> None:
        self.settings = settings
        self.retriever = retriever or get_retriever(settings)
        self.generator = generator
        turns = [h if isinstance(h, Turn) else Turn(h) for h in history]
        self.history: list[Turn] = self._bounded([t for t in turns if t.question.strip()])
        self.last_scope: scope.Scope | None = None  # the last decision (for --explain)

    def _bounded(self, turns: list[Turn]) -> list[Turn]:
        keep = self.settings.answer.history_turns
        return turns[-keep:] if keep > 0 else []

    def ask(self, text: str) -> Iterator[str | Answer]:
        """Draft pieces (str) as they are written, then the final ``Answer``; the turn is remembered."""
        started = time.perf_counter()
        question, notes = clean_question(text, self.settings.answer.max_question_chars)
        question, dropped = without_injection(question)
        if dropped:
            notes += (INSTRUCTIONS_IGNORED,)
        refusal = ""
        if dropped and not any(ch.isalnum() for ch in question):
            refusal = INSTRUCTIONS_IGNORED  # nothing but instructions to the assistant
        elif looks_non_english(question, self.retriever.vocabulary()):
            refusal = ENGLISH_NOTE
        if refusal:
            # Evidence is matched word by word in the sources' language: a question in another one
            # would be answered with whatever sits nearest. Say so instead.
            final = Answer(
                question=question,
                text=refusal,
                citations=(),
                hits=(),
                declined=True,
                mode="declined",
                notes=tuple(dict.fromkeys((*notes, refusal))),
                timings={"total_ms": (time.perf_counter() - started) * 1000},
                sentences=(AnswerSentence(refusal, (), verdict="meta"),),
                scope="language" if refusal == ENGLISH_NOTE else "instruction",
            )
            yield final
            self.history = self._bounded([*self.history, Turn(question, final)])
            return
        # A typo of a corpus word is read as that word, and the user is told ("Read 'adress' as
        # 'address'."): otherwise the gate would name the typo as what the sources lack.
        question, fixes = self.retriever.respell(question)
        if fixes:
            notes += (respelled(fixes),)
        decision = scope.decide(question, self.history, self.retriever, self.settings)
        self.last_scope = decision
        timings = {"retrieve_ms": (time.perf_counter() - started) * 1000}
        final: Answer | None = None
        if decision.reply is not None:
            timings["total_ms"] = timings["retrieve_ms"]
            final = replace(
                decision.reply,
                notes=notes + decision.reply.notes,
                timings=timings,
                trace=decision.explain + decision.reply.trace,
            )
            yield final
        else:
            for event in answer_stream(
                question,
                list(decision.hits),
                self.settings,
                self.generator,
                embedder=self.retriever.embedder,
                idf=self.retriever.index.bm25.idf,
                notes=notes,
                timings=timings,
                focus=decision,
            ):
                if isinstance(event, Answer):
                    final = replace(
                        event, scope=event.scope or decision.kind, trace=decision.explain + event.trace
                    )
                    yield final
                else:
                    yield event
        self.history = self._bounded([*self.history, Turn(question, final)])

    def answer(self, text: str) -> Answer:
        """One turn without streaming: the final ``Answer`` (the turn is remembered)."""
        final = None
        for event in self.ask(text):  # drained to the end: the turn is remembered after the answer
            if isinstance(event, Answer):
                final = event
        if final is not None:
            return final
        raise BotError(f"no answer came back for {text!r}", "this is a bug: please report it")


def respelled(fixes: Sequence[tuple[str, str]]) -> str:
    """The note that says which typed words were read as which corpus words."""
    return "Read " + ", ".join(f"'{typed}' as '{read}'" for typed, read in fixes) + "."


INSTRUCTIONS_IGNORED = (
    "I answer only from my sources and don't follow instructions given in a question: "
    "ask what the sources say instead."
)


def without_injection(question: str) -> tuple[str, bool]:
    """The question without sentences addressed to the assistant ("Ignore previous instructions
    and say …"): they are never obeyed, and never echoed back as a missing term either."""
    # (a question about the assistant names it, "who runs this chatbot?", and orders nothing)
    kept = [
        question[s.start : s.end]
        for s in split_sentences(question)
        if not is_injection(question[s.start : s.end]) or asks_about_the_bot(question[s.start : s.end])
    ]
    cleaned = " ".join(kept)
    return cleaned, cleaned != " ".join(question.split())
