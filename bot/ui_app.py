"""The chat's state and callbacks: ``ChatApp`` (one per running app) and ``Session`` (one per tab).

``ChatApp`` loads the index, embedder and model once at start-up and holds the callbacks (plain
Python, testable without a browser): ``respond`` streams a turn into the chat, ``stopped`` replaces
an unchecked draft after Stop, ``show_citation`` renders the cited document with the span
highlighted, ``show_document`` renders any corpus file, ``api_ask`` answers one question as JSON,
``new_chat`` resets the page; the Sources tab's handlers come from ``bot.ui_sources.SourcesTab``.
Each browser session keeps its turns (``Session.turns``) and answers through a
``bot.chat.Conversation`` holding them, so "Why?" sees the previous answer's citations.

Every turn also checks that the index files it answers from are unchanged on disk, and reloads (or
rebuilds) them when they are not, so a file replaced, truncated or deleted under the running app
costs one slower answer, not the process. Hands ``ChatApp`` and ``Session`` on to ``bot.ui``, which
lays the page out around them.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # read by Gradio at import: the app never phones home

import gradio as gr

from bot.answering import starter_questions
from bot.chat import Conversation
from bot.config import Settings
from bot.errors import BotError
from bot.generation import Generator, load_generator
from bot.index import changed_on_disk, open_index
from bot.library import MAX_UPLOAD_BYTES
from bot.retrieval import Retriever, get_retriever
from bot.serving import LOOPBACK, RESTART_FIX, RESTARTING, Limits, ServeState, allowed_hosts
from bot.sources import read_exclude, source_path
from bot.types import Answer, Citation, Turn
from bot.ui_render import escape, read_source, render_answer, render_source
from bot.ui_sources import SourcesTab

log = logging.getLogger("bot")
SUGGESTION_SLOTS = 4
STOPPED = "Stopped before the answer was checked against the sources. Ask again to get a cited answer."
RESTART_NOTE = "The server is restarting, so this answer was not finished. Ask again in a minute."


@dataclass
class Session:
    """Per-browser-tab state: the conversation's turns and every citation shown so far."""

    turns: list[Turn] = field(default_factory=list)
    citations: dict[str, Citation] = field(default_factory=dict)
    turn: int = 0


class ChatApp(SourcesTab):
    """The running app: index, embedder and model loaded once; the page's callbacks."""

    def __init__(
        self,
        settings: Settings,
        retriever: Retriever | None = None,
        generator: Generator | bool | None = True,
        state: ServeState | None = None,
    ) -> None:
        self.settings = settings
        self.error = ""
        self.state = state or ServeState(Limits.from_settings(settings), allowed_hosts(settings))
        self._index_lock = threading.Lock()
        self.retriever = retriever or get_retriever(settings)
        self.generator: Generator | None = None
        self.model_name = "none (extractive answers)"
        if generator is True:
            try:
                self.generator = load_generator(settings)
                self.model_name = f"{_short(settings.generation.model)} ({settings.generation.backend})"
            except BotError as exc:  # answer extractively rather than not at all
                self.error = f"The language model is unavailable: {exc.message}. Fix: {exc.fix}"
                log.error("%s", self.error)
        elif generator:
            self.generator = generator
            self.model_name = getattr(generator, "name", "custom")
        self.sources = self.retriever.index.sources
        host = settings.serve.host.strip("[]").lower()
        self.uploads = host in LOOPBACK or bool(settings.serve.auth)  # off when exposed without a login
        self.state.upload_bytes = MAX_UPLOAD_BYTES if self.uploads else 0

    # ---- the index under the running app -----------------------------------------------------
    def current_retriever(self) -> Retriever:
        """The retriever, reloaded (or its index rebuilt) first if its files changed on disk."""
        with self._index_lock:
            changed = changed_on_disk(self.retriever.index)
            if changed is None:
                return self.retriever
            log.warning("index files changed on disk (%s): reloading", changed)
            embedder = self.retriever.embedder
            index = open_index(self.settings, embedder=embedder)  # verifies hashes; rebuilds if bad
            self.retriever = Retriever(self.settings, index=index, embedder=embedder)
            self.sources = index.sources
            log.warning(
                "index %s: %d passages, serving again",
                "rebuilt" if index.built else "reloaded",
                len(index.passages),
            )
            return self.retriever

    def problem(self, message: object) -> str | None:
        """Why a question cannot be taken as sent (not text, or longer than the page allows)."""
        if not isinstance(message, str):
            return f"the question must be text, not {type(message).__name__}"
        limit = self.state.limits.question_chars
        if len(message) > limit:
            return f"the question has {len(message):,} characters; the limit is {limit:,}"
        return None

    # ---- callbacks -------------------------------------------------------------------------
    def status(self, answer: Answer | None = None) -> str:
        idx = self.retriever.index
        line = (
            f"Model: {self.model_name} · Embedder: {_short(self.settings.embedding.model)} · "
            f"{len(idx.passages)} passages from {len(idx.sources)} sources"
        )
        if answer is not None:
            t = answer.timings
            parts = [f"retrieve {t.get('retrieve_ms', 0):.0f} ms"]
            if "first_token_ms" in t and not answer.declined:
                parts.append(f"first token {t['first_token_ms']:.0f} ms")
            total = t.get("total_ms", 0)
            parts.append(f"total {total / 1000:.1f} s" if total >= 1000 else f"total {total:.0f} ms")
            mode = "declined, no model call" if answer.declined else answer.mode
            line += f" · last answer: {', '.join(parts)} ({mode})"
        if self.error:
            line = f"⚠️ {escape(self.error)}\n\n{line}"
        return line

    def suggestions(self, questions: tuple[str, ...] | list[str]) -> list[Any]:
        qs = list(questions)[:SUGGESTION_SLOTS]
        return [
            gr.update(value=qs[i], visible=True) if i < len(qs) else gr.update(visible=False)
            for i in range(SUGGESTION_SLOTS)
        ]

    def respond(
        self, message: str, chat: list[dict[str, Any]] | None, session: Session | None
    ) -> Iterator[tuple[Any, ...]]:
        """Stream one turn: (chat, textbox, session, status, *suggestion buttons)."""
        chat = list(chat or [])
        session = session or Session()
        keep = [gr.skip()] * SUGGESTION_SLOTS
        problem = self.problem(message)
        if problem:
            log.warning("refused a chat message: %s", problem)
            chat.append(
                {"role": "assistant", "content": f"⚠️ {escape(problem)}. Please send a shorter question."}
            )
            yield list(chat), gr.skip(), session, gr.skip(), *keep
            return
        if not message or not message.strip():
            yield list(chat), "", session, gr.skip(), *keep
            return
        if self.state.abort.is_set():
            chat.append({"role": "assistant", "content": f'<span class="note">{RESTART_NOTE}</span>'})
            yield list(chat), gr.skip(), session, gr.skip(), *keep
            return
        self.state.add("in_flight", 1)
        try:
            yield from self._respond(message, chat, session, keep)
        finally:
            self.state.add("in_flight", -1)

    def _respond(
        self, message: str, chat: list[dict[str, Any]], session: Session, keep: list[Any]
    ) -> Iterator[tuple[Any, ...]]:
        session.turn += 1
        turn = session.turn
        chat.append({"role": "user", "content": escape(message[:2000])})
        chat.append({"role": "assistant", "content": '<span class="draft">Searching the sources…</span>'})
        yield list(chat), "", session, gr.skip(), *self.suggestions(())
        final: Answer | None = None
        draft = ""
        events: Iterator[str | Answer] | None = None
        try:
            retriever = self.current_retriever()
            chat_ = Conversation(self.settings, retriever, self.generator, history=session.turns)
            events = chat_.ask(message)
            for event in events:
                if self.state.abort.is_set():
                    chat[-1] = {"role": "assistant", "content": f'<span class="note">{RESTART_NOTE}</span>'}
                    yield list(chat), gr.skip(), session, gr.skip(), *keep
                    return
                if isinstance(event, Answer):
                    final = event  # no break: the conversation records the turn after its last yield
                    continue
                draft += event
                chat[-1] = {
                    "role": "assistant",
                    "content": f'<span class="draft">Draft, being checked against the sources: '
                    f"{escape(draft)}</span>",
                }
                yield list(chat), gr.skip(), session, gr.skip(), *keep
        except BotError as exc:
            chat[-1] = {"role": "assistant", "content": f"⚠️ {escape(exc.message)}. Fix: {escape(exc.fix)}"}
            yield list(chat), gr.skip(), session, gr.skip(), *keep
            return
        except Exception as exc:  # never a traceback in the page
            log.exception("answering failed")
            chat[-1] = {
                "role": "assistant",
                "content": f"⚠️ Something went wrong ({type(exc).__name__}); "
                "the details are in the terminal log. Please try again.",
            }
            yield list(chat), gr.skip(), session, gr.skip(), *keep
            return
        finally:
            if events is not None:
                events.close()  # stops the model if the turn ended early
        assert final is not None
        session.turns = chat_.history
        for c in final.citations:
            session.citations[f"{turn}-{c.n}"] = c
        chat[-1] = {"role": "assistant", "content": render_answer(final, turn, self.sources)}
        buttons = self.suggestions(final.suggestions) if final.declined else keep
        yield list(chat), gr.skip(), session, self.status(final), *buttons

    def stopped(self, chat: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        """After Stop: an unchecked draft left in the chat is replaced, never shown as an answer."""
        chat = list(chat or [])
        if chat and chat[-1].get("role") == "assistant" and 'class="draft"' in _text(chat[-1]):
            chat[-1] = {"role": "assistant", "content": f'<span class="note">{STOPPED}</span>'}
        return chat

    def show_citation(self, key: str, session: Session | None) -> tuple[str, Any]:
        """(source panel HTML, tab switch) for the citation ``<turn>-<n>``."""
        citation = (session or Session()).citations.get((key or "").strip())
        if citation is None:
            return "<p>That citation is no longer available: ask the question again.</p>", gr.Tabs(
                selected="source"
            )
        source = self.sources.get(citation.source)
        if source is None:
            return "<p>That source is no longer in the index.</p>", gr.Tabs(selected="source")
        try:
            text = read_source(source)
        except BotError as exc:
            return f"<p>⚠️ {escape(exc.message)}. Fix: {escape(exc.fix)}</p>", gr.Tabs(selected="source")
        exclude = read_exclude(source_path(source.path), text)
        html = render_source(source, text, citation.start, citation.end, exclude)
        return html, gr.Tabs(selected="source")

    def show_document(self, path: str) -> str:
        source = self.sources.get(path or "")
        if source is None:
            return "<p>Pick a document.</p>"
        try:
            text = read_source(source)
            return render_source(source, text, exclude=read_exclude(source_path(source.path), text))
        except BotError as exc:
            return f"<p>⚠️ {escape(exc.message)}. Fix: {escape(exc.fix)}</p>"

    def api_ask(self, question: str) -> dict[str, Any]:
        """The JSON of one answer (same contract as ``python -m bot ask --json``), for API clients.

        A question that is not text, or too long, gets ``{"error", "fix"}`` instead (logged once);
        so does one that arrives while the server stops.
        """
        problem = self.problem(question)
        if problem:
            log.warning("refused an API question: %s", problem)
            return {"question": None, "error": problem, "fix": 'send {"data": ["<your question as text>"]}'}
        if self.state.abort.is_set():
            return {"question": question, "error": RESTARTING, "fix": RESTART_FIX}
        final = None
        self.state.add("in_flight", 1)
        events: Iterator[str | Answer] | None = None
        try:
            conversation = Conversation(self.settings, self.current_retriever(), self.generator)
            events = conversation.ask(question)
            for event in events:
                if self.state.abort.is_set():
                    return {"question": question, "error": RESTARTING, "fix": RESTART_FIX}
                if isinstance(event, Answer):
                    final = event
        except BotError as exc:
            return {"question": question, "error": exc.message, "fix": exc.fix}
        except Exception as exc:  # one log line with the traceback; the client gets a clear error
            log.exception("answering an API question failed")
            return {
                "question": question,
                "error": f"answering failed ({type(exc).__name__})",
                "fix": "see the server log; try again",
            }
        finally:
            if events is not None:
                events.close()
            self.state.add("in_flight", -1)
        assert final is not None
        return final.to_json()

    def new_chat(self) -> tuple[Any, ...]:
        return (
            [],
            "",
            Session(),
            self.status(),
            "<p>Click a citation to see it in its document.</p>",
            *self.suggestions(starter_questions(self.settings.paths.seeds_dir)),
        )


def _text(message: dict[str, Any]) -> str:
    """A chat message's text, whether Gradio hands its content over as a string or as parts."""
    content = message.get("content", "")
    if isinstance(content, str):
        return content
    parts = content if isinstance(content, list) else [content]
    return " ".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in parts)


def _short(model: str) -> str:
    """A readable model name: the file or package it comes from."""
    name = model.removeprefix("pkg:").rstrip("/")
    parts = [p for p in name.split("/") if p not in {"model", "models"}]
    return re.sub(r"(\.Q\d\w*)?\.gguf$", "", parts[-1] if parts else name)
