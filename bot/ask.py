"""The ``ask`` command: one question (or one per stdin line) through ``bot.chat.Conversation``.

``python -m bot ask [--json] [--extractive] [--chat] [--explain] "QUESTION"``. Prints the answer, its
notes, suggestions and citations (or one JSON line per question with ``--json`` or stdin input).
``--explain`` adds why: the scope decision, the evidence chosen, each draft sentence kept or dropped
(``Answer.trace``), the words of the evidence units the model was shown, and each sentence of the
answer with its verdict and the spans it cites, so a reader can tell from one print why a question
was answered or declined. With ``--json`` the same lines come as an ``"explain"`` list.

Hands on: ``cmd_ask(args)``, ``ask_args(parser)`` and ``explain_lines(answer)`` (plain text lines).
"""

from __future__ import annotations

import argparse
import sys
import textwrap

from bot.args import emit, questions_from, settings_from
from bot.commands import question_arg
from bot.types import Answer


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.chat import Conversation
    from bot.generation import load_generator
    from bot.retrieval import get_retriever

    settings = settings_from(args)
    if args.backend:
        settings = settings.with_value("generation", "backend", args.backend)
    retriever = get_retriever(settings)
    batch = not args.question
    stream_text = not (args.json or batch) and sys.stdout.isatty()
    generator = None if args.extractive else load_generator(settings)
    chat = Conversation(settings, retriever, generator)  # --chat: one conversation, answers remembered
    for question in questions_from(args):
        if not args.chat:
            chat = Conversation(settings, retriever, generator)  # each line stands alone (model cached)
        final: Answer | None = None
        for event in chat.ask(question):
            if isinstance(event, Answer):
                final = event
            elif stream_text:
                sys.stdout.write(event)
                sys.stdout.flush()
        assert final is not None  # Conversation.ask always ends with the Answer
        if args.json or batch:
            data = final.to_json()
            if args.explain:
                data["explain"] = explain_lines(final)
            emit(data)
            continue
        if stream_text:
            sys.stdout.write("\r\033[K" if "\n" not in final.draft else "\n")
        print(format_answer(final))
        if args.explain:
            print("\n".join(explain_lines(final)))
    return 0


def format_answer(answer: Answer) -> str:
    """The answer as a person reads it: text, notes, suggested questions, citations, timings."""
    lines = [textwrap.fill(answer.text, 100)]
    lines += [textwrap.fill(f"Note: {note}", 100) for note in answer.notes]
    lines += [f"  - {s}" for s in answer.suggestions]
    for c in answer.citations:
        lines += [f"[{c.n}] {c.title} — {c.evidence}", f"    {c.source} [{c.start}:{c.end}]"]
    t = answer.timings
    first = f", first token {t['first_token_ms']:.0f} ms" if "first_token_ms" in t else ""  # a model ran
    total = t.get("total_ms", 0)
    lines.append(f"({answer.mode}; retrieve {t.get('retrieve_ms', 0):.0f} ms{first}, total {total:.0f} ms)")
    return "\n".join(lines)


def explain_lines(answer: Answer) -> list[str]:
    """Why this answer: the scope decision, the steps of ``Answer.trace``, the evidence units shown to
    the model (speaker, hedges, exact span) and each sentence's verdict.

    A sentence's citations are shown as the exact spans they point at (source, offsets, the text),
    so a "supported" verdict can be checked by eye against what it cites.
    """
    outcome = "declined" if answer.declined else f"answered ({answer.mode})"
    lines = ["", "Why:", f"  {outcome}; scope: {answer.scope or 'not recorded'}"]
    lines += [f"  {i}. {step}" for i, step in enumerate(answer.trace, start=1)]
    if not answer.trace:
        lines.append("  (no trace recorded)")
    if answer.evidence:
        lines.append("Evidence chosen (what a model is shown):")
    for i, u in enumerate(answer.evidence, start=1):
        who = f"speaker {u.speaker}" if u.speaker else "the document's own voice"
        hedges = f"; hedges: {', '.join(u.hedges)}" if u.hedges else ""
        quote = " ".join(u.text.split())
        lines.append(f"  {i}. {u.source} {u.start}:{u.end} ({who}{hedges}) “{quote[:160]}”")
    citations = {c.n: c for c in answer.citations}
    lines.append("Sentences:")
    for i, s in enumerate(answer.sentences, start=1):
        who = f"; speaker {s.speaker}" if s.speaker else ""
        marks = "".join(f"[{n}]" for n in s.citations) or "no citation"
        lines.append(f"  {i}. {s.verdict}{who}; {marks}: {s.text}")
        for n in s.citations:
            c = citations.get(n)
            if c is None:
                lines.append(f"       [{n}] points at no citation")
                continue
            quote = " ".join(c.text.split())
            lines.append(f"       [{n}] {c.source} {c.start}:{c.end} “{quote[:160]}”")
    if not answer.sentences:
        lines.append("  (none)")
    return lines


def ask_args(p: argparse.ArgumentParser) -> None:
    question_arg(p)
    p.add_argument(
        "--backend", choices=["transformers", "openai"], help="generation backend (default: config)"
    )
    p.add_argument(
        "--extractive", action="store_true", help="skip the model: quote the best source sentences"
    )
    p.add_argument(
        "--chat",
        action="store_true",
        help="treat stdin lines as one conversation (follow-ups resolved against earlier lines)",
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="after the answer, print why: scope decision, evidence chosen, each sentence's verdict",
    )
