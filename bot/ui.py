"""The chat in the browser: Gradio Blocks around ``bot.chat.Conversation``.

``ChatApp`` loads the index, embedder and model once at start-up and holds the callbacks (plain
Python, testable without a browser): ``respond`` streams a turn into the chat, ``show_citation``
renders the cited document with the span highlighted, ``show_document`` renders any corpus file.
``build_demo`` lays them out: chat, input, Stop / New chat, suggested questions, a status line, and
a side panel with the cited source and a "Sources" tab. Each browser session keeps its turns
(``Session.turns``) and answers through a ``Conversation`` holding them, so "Why?" sees the previous
answer's citations.

The Sources tab lists the documents and, when uploads are on (the app listens on loopback only, or a
login is set), takes a new one: the file's bytes are checked and stored by ``bot.library`` under a
generated name (Gradio's temporary copy is deleted at once), the index is rebuilt incrementally with
a progress bar, and the next answer uses it. The source view greys page furniture, styles the
source's own reference markers as the source's (never as links) and names the page of a PDF.

Citations are links ``#cite-<turn>-<n>`` inside the answer; a small script turns a click on one into
a hidden event carrying that key, so the panel opens the exact span. All text that reaches the page
(answers, drafts, sources) is HTML-escaped: a ``<script>`` in a source shows as text.

Serving is hardened in ``bot.serving`` (host check, security headers, size limits, uploads only
when on and only up to ``bot.library.MAX_UPLOAD_BYTES``, a
graceful stop); here every turn also checks that the index files it answers from are unchanged on
disk, and reloads (or rebuilds) them when they are not, so a file replaced, truncated or deleted
under the running app costs one slower answer, not the process. Gradio's usage analytics are off.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # read by Gradio at import: the app never phones home

import gradio as gr

from bot.answering import starter_questions
from bot.chat import Conversation, Turn
from bot.chunking import split_sentences
from bot.citations import MARKER
from bot.config import Settings
from bot.errors import BotError
from bot.furniture import mark_furniture
from bot.generation import Generator, load_generator
from bot.index import Index, changed_on_disk, open_index
from bot.library import MAX_UPLOAD_BYTES, Meta, add_document, list_sources, remove_document
from bot.retrieval import Retriever, get_retriever
from bot.serving import LOOPBACK, RESTART_FIX, RESTARTING, Guard, Limits, ServeState, allowed_hosts
from bot.sources import DOC_SUFFIXES, PAGE_BREAK, document_text, page_of, read_exclude, source_path
from bot.types import Answer, Citation, Source

log = logging.getLogger("bot")
SUGGESTION_SLOTS = 4
STOPPED = "Stopped before the answer was checked against the sources. Ask again to get a cited answer."
RESTART_NOTE = "The server is restarting, so this answer was not finished. Ask again in a minute."

HEAD_JS = """
<script>
document.addEventListener('click', (ev) => {
  const link = ev.target.closest && ev.target.closest('a[href^="#cite-"]');
  if (!link) return;
  ev.preventDefault();
  ev.stopPropagation();
  const key = link.getAttribute('href').slice(6);
  const box = document.querySelector('#cite-key textarea, #cite-key input');
  const go = document.querySelector('#cite-go');
  if (!box || !go) return;
  box.value = key;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  const before = document.querySelector('#source-view mark.cited');
  setTimeout(() => go.click(), 30);
  let tries = 0;  // scroll the new highlight into view once the panel shows it
  const timer = setInterval(() => {
    const mark = document.querySelector('#source-view mark.cited');
    if ((mark && mark !== before) || ++tries > 50) {
      clearInterval(timer);
      if (mark) mark.scrollIntoView({block: 'center', behavior: 'smooth'});
    }
  }, 100);
}, true);
</script>
"""

CSS = """
.gradio-container {max-width: 1400px !important; margin: auto;}
#status {font-size: 0.78rem; opacity: 0.8;}
#status p {margin: 0;}
.draft {opacity: 0.6; font-style: italic;}
.note {font-size: 0.9em; opacity: 0.85;}
#source-view .source-text {white-space: pre-wrap; line-height: 1.55; max-height: 70vh; overflow-y: auto;
  padding: 0.75rem; border: 1px solid var(--border-color-primary); border-radius: 8px;
  background: var(--background-fill-secondary); font-size: 0.92rem;}
#source-view mark.cited {background: #ffe58a; color: #1a1a1a; padding: 0.1em 0; border-radius: 3px;
  box-shadow: 0 0 0 2px #f0c419;}
.badge {display: inline-block; padding: 0.15em 0.6em; border-radius: 999px; font-size: 0.8rem;
  font-weight: 600; margin: 0.2em 0;}
.strength-3 {background: #d7f5dd; color: #135c24;}
.strength-2 {background: #e3ecff; color: #1d3f8a;}
.strength-1, .strength-0 {background: #ffe8d1; color: #7a3e00;}
.source-meta {font-size: 0.82rem; opacity: 0.8; margin-bottom: 0.5rem;}
.source-head h3 {margin: 0.2rem 0;}
.speaker {font-size: 0.85em; opacity: 0.8;}
#source-view .furniture, #library-view .furniture {opacity: 0.45;}
.src-ref {font-size: 0.75em; vertical-align: super; opacity: 0.6; color: inherit;}
.page-no {display: block; font-size: 0.75rem; opacity: 0.6; border-top: 1px dashed; margin: 0.6em 0;}
.source-list td, .source-list th {padding: 0.2em 0.5em; font-size: 0.85rem; text-align: left;}
@media (max-width: 720px) { #source-view .source-text {max-height: 50vh;} }
"""


_ENTITIES = str.maketrans({ch: f"&#{ord(ch)};" for ch in "&<>\"'$`*_[]#\\~|"})


def _escape(text: str) -> str:
    """HTML-escape, and neutralize characters Markdown or template strings would interpret."""
    return text.translate(_ENTITIES)


def strength_badge(source: Source) -> str:
    return f'<span class="badge strength-{source.strength}">{_escape(source.evidence)}</span>'


def _marker(turn: int, n: int | str) -> str:
    return f" [[{n}]](#cite-{turn}-{n})"


def render_body(answer: Answer, turn: int) -> str:
    """The answer's sentences, each followed by its clickable markers (and its speaker, if quoted).

    Typed ``answer.sentences`` are rendered when present; otherwise the markers are parsed out of
    ``answer.text``. Only markers with a citation become links.
    """
    numbers = {c.n for c in answer.citations}
    if answer.sentences:
        out = []
        for s in answer.sentences:
            text = _escape(s.text.strip())
            if s.speaker and s.speaker.lower() not in s.text.lower():
                text += f' <span class="speaker">— {_escape(s.speaker)}</span>'
            out.append(text + "".join(_marker(turn, n) for n in s.citations if n in numbers))
        return " ".join(out)
    parts = []
    pos = 0
    for m in MARKER.finditer(answer.text):
        parts.append(_escape(answer.text[pos : m.start()]))
        parts.append(_marker(turn, m.group(1)))
        pos = m.end()
    parts.append(_escape(answer.text[pos:]))
    return "".join(parts)


def render_answer(answer: Answer, turn: int, sources: dict[str, Source]) -> str:
    """The answer as chat Markdown: clickable [n] markers, notes, and a numbered source list."""
    lines = [render_body(answer, turn)]
    for note in answer.notes:
        lines.append(f'<span class="note">⚠️ {_escape(note)}</span>')
    if answer.declined and answer.suggestions:
        lines.append("You could ask one of the questions below.")
    if answer.citations:
        refs = []
        for c in answer.citations:
            src = sources.get(c.source)
            label = _escape(src.evidence if src else c.evidence)
            quote = " ".join(c.text.split()).strip("\"“”'‘’ ")  # the list adds its own quote marks
            quote = quote if len(quote) <= 90 else quote[:88].rsplit(" ", 1)[0] + "…"
            link = f"[“{_escape(quote)}”](#cite-{turn}-{c.n})"
            refs.append(f"{c.n}. {link} — {_escape(c.title)} · <small>{label}</small>")
        lines.append("**Sources** (click to see the passage in its document)\n\n" + "\n".join(refs))
    return "\n\n".join(lines)


def _styled(
    text: str, lo: int, hi: int, furniture: list[tuple[int, int]], refs: list[tuple[int, int]]
) -> str:
    """``text[lo:hi]`` escaped: furniture greyed, the source's own reference markers styled as the
    source's (plain text, never links), and a PDF's page breaks shown as "page N"."""
    cuts = {lo, hi}
    for a, b in furniture + refs:
        if b > lo and a < hi:
            cuts.update((max(a, lo), min(b, hi)))
    for i in range(lo, hi):
        if text[i] == PAGE_BREAK:
            cuts.update((i, i + 1))
    points = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(points):
        piece = text[a:b]
        if piece == PAGE_BREAK:
            out.append(f'<span class="page-no">page {page_of(text, b)}</span>')
            continue
        html = _escape(piece)
        if any(r0 <= a and b <= r1 for r0, r1 in refs):
            html = f'<span class="src-ref" title="the source\'s own reference">{html}</span>'
        if any(f0 <= a and b <= f1 for f0, f1 in furniture):
            html = f'<span class="furniture" title="page furniture: never quoted">{html}</span>'
        out.append(html)
    return "".join(out)


def render_source(
    source: Source, text: str, start: int | None = None, end: int | None = None, exclude: Any = None
) -> str:
    """A whole document with its metadata; ``text[start:end]`` wrapped in ``<mark class="cited">``.

    Furniture sentences (``bot.furniture``, with the sidecar's ``exclude`` overrides) are greyed,
    the source's own reference markers ("[27]") are styled as the source's, and a PDF shows "page N"
    at each page break and for the citation.
    """
    meta = " · ".join(_escape(x) for x in (source.kind, source.publisher, source.author, source.date) if x)
    head = (
        f'<div class="source-head"><h3>{_escape(source.title)}</h3>{strength_badge(source)}'
        f'<div class="source-meta">{meta} · <code>{_escape(source.path)}</code>'
    )
    spans = mark_furniture(text, split_sentences(text), exclude)
    furniture = [(sp.start, sp.end) for sp in spans if sp.kind == "furniture"]
    refs = [r for sp in spans for r in sp.refs]
    if start is not None and end is not None:
        if PAGE_BREAK in text:
            head += f" · page {page_of(text, start)}"
        head += f" · characters {start}–{end}"
        body = (
            f"{_styled(text, 0, start, furniture, refs)}"
            f'<mark class="cited" id="cited">{_styled(text, start, end, furniture, refs)}</mark>'
            f"{_styled(text, end, len(text), furniture, refs)}"
        )
    else:
        body = _styled(text, 0, len(text), furniture, refs)
    return f'{head}</div></div><div class="source-text">{body}</div>'


def read_source(source: Source) -> str:
    """The document as indexed; ``BotError`` if it changed since (offsets would be wrong)."""
    path = source_path(source.path)
    try:
        text = document_text(path)
    except (OSError, UnicodeDecodeError, BotError) as exc:
        raise BotError(
            f"source {source.path} cannot be read: {exc}", "restore it, or run `python -m bot index`"
        ) from exc
    if source.sha256 and hashlib.sha256(text.encode()).hexdigest() != source.sha256:
        raise BotError(
            f"source {source.path} changed since the index was built",
            "restart the app (it rebuilds the index) or run `python -m bot index`",
        )
    return text


@dataclass
class Session:
    """Per-browser-tab state: the conversation's turns and every citation shown so far."""

    turns: list[Turn] = field(default_factory=list)
    citations: dict[str, Citation] = field(default_factory=dict)
    turn: int = 0


class ChatApp:
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
            line = f"⚠️ {_escape(self.error)}\n\n{line}"
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
                {"role": "assistant", "content": f"⚠️ {_escape(problem)}. Please send a shorter question."}
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
        chat.append({"role": "user", "content": _escape(message[:2000])})
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
                    f"{_escape(draft)}</span>",
                }
                yield list(chat), gr.skip(), session, gr.skip(), *keep
        except BotError as exc:
            chat[-1] = {"role": "assistant", "content": f"⚠️ {_escape(exc.message)}. Fix: {_escape(exc.fix)}"}
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
            return f"<p>⚠️ {_escape(exc.message)}. Fix: {_escape(exc.fix)}</p>", gr.Tabs(selected="source")
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
            return f"<p>⚠️ {_escape(exc.message)}. Fix: {_escape(exc.fix)}</p>"

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

    # ---- the Sources tab ----------------------------------------------------------------------
    def use_index(self, index: Index) -> None:
        """Serve from ``index`` from the next answer on (after an add or a remove)."""
        with self._index_lock:
            self.retriever = Retriever(self.settings, index=index, embedder=self.retriever.embedder)
            self.sources = index.sources

    def doc_choices(self) -> list[tuple[str, str]]:
        return [(s.title, path) for path, s in sorted(self.sources.items(), key=lambda kv: -kv[1].strength)]

    def source_list(self) -> str:
        """The documents as an HTML table: id, title, kind, label, size, passages (or why skipped)."""
        rows = []
        for e in list_sources(self.settings, self.retriever.index):
            strength = str(e.strength) if e.strength else "unrated"
            what = f"{_escape(e.title)}<br><small>{_escape(e.kind)} · {_escape(e.label)}</small>"
            if not e.id:
                what = f"<small>{_escape(e.file.rsplit('/', 1)[-1])}: {_escape(e.status)}</small>"
            rows.append(
                f"<tr><td><code>{_escape(e.id or '-')}</code></td><td>{what}</td><td>{strength}</td>"
                f"<td>{e.size / 1024:.1f} kB</td><td>{e.passages}</td></tr>"
            )
        return (
            '<table class="source-list"><tr><th>id</th><th>document</th><th>strength</th><th>size</th>'
            f"<th>passages</th></tr>{''.join(rows)}</table>"
        )

    def remove_choices(self) -> list[tuple[str, str]]:
        return [(f"{e.id} · {e.title[:60]}", e.id) for e in list_sources(self.settings) if e.id]

    def _library_outputs(self, message: str) -> tuple[Any, ...]:
        choices = self.doc_choices()
        return (
            message,
            self.source_list(),
            gr.update(choices=choices),
            gr.update(choices=self.remove_choices(), value=None),
            self.status(),
        )

    def add_upload(
        self,
        file: str | None,
        title: str,
        kind: str,
        date: str,
        strength: str,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 - Gradio injects the page's tracker here
    ) -> tuple[Any, ...]:
        """Store an uploaded file as a document and index it: (message, list, picker, remove, status).

        Gradio's temporary copy of the upload is read once and deleted; the document is kept only
        under its generated name in the corpus folder.
        """
        say = progress
        if not self.uploads:
            return self._library_outputs(
                "⚠️ Uploads are off: the app listens beyond this machine without a login."
            )
        if not file:
            return self._library_outputs("⚠️ Choose a file first.")
        path = Path(file)
        try:
            size = path.stat().st_size
            if size > MAX_UPLOAD_BYTES:
                raise BotError(
                    f"the file has {size / 1e6:.1f} MB; the limit is {MAX_UPLOAD_BYTES / 1e6:.0f} MB",
                    "split it into smaller documents",
                )
            data = path.read_bytes()
        except OSError as exc:
            return self._library_outputs(f"⚠️ The upload cannot be read ({exc.strerror}). Try again.")
        except BotError as exc:
            return self._library_outputs(f"⚠️ {_escape(exc.message)}. Fix: {_escape(exc.fix)}")
        finally:
            path.unlink(missing_ok=True)  # never left where Gradio could serve it
        steps = {"reading the document": 0.1, "indexing (embedding the new passages)": 0.3, "indexed": 1.0}
        meta = Meta(
            title or "", kind or "", date or "", int(strength) if strength in {"1", "2", "3"} else None
        )
        try:
            say(0.05, desc="checking the file")
            added = add_document(
                self.settings,
                data,
                path.name,
                meta,
                max_bytes=MAX_UPLOAD_BYTES,
                progress=lambda m: say(steps.get(m, 0.5), desc=m),
                embedder=self.retriever.embedder,
            )
        except BotError as exc:
            return self._library_outputs(f"⚠️ {_escape(exc.message)}. Fix: {_escape(exc.fix)}")
        self.use_index(added.index)
        return self._library_outputs(f"✅ {_escape(added.message)}. Ask about it in the chat.")

    def remove_doc(self, ident: str | None) -> tuple[Any, ...]:
        if not self.uploads:
            return self._library_outputs(
                "⚠️ Removing is off: the app listens beyond this machine without a login."
            )
        if not ident:
            return self._library_outputs("⚠️ Pick a document to remove.")
        try:
            entry, index = remove_document(self.settings, ident, embedder=self.retriever.embedder)
        except BotError as exc:
            return self._library_outputs(f"⚠️ {_escape(exc.message)}. Fix: {_escape(exc.fix)}")
        self.use_index(index)
        return self._library_outputs(f"Removed {_escape(entry.title)} ({entry.passages} passages).")

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


def build_demo(app: ChatApp) -> gr.Blocks:
    settings = app.settings
    starters = starter_questions(settings.paths.seeds_dir)
    doc_choices = app.doc_choices()
    with gr.Blocks(title="Exercise & brain coach — answers with sources", analytics_enabled=False) as demo:
        session = gr.State(Session())
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                gr.Markdown(
                    "### Exercise & the brain — a coach that cites its sources\n"
                    "Every sentence links to the passage it comes from. "
                    "If the sources don't cover a question, it says so."
                )
                chatbot = gr.Chatbot(
                    elem_id="chat",
                    height=520,
                    show_label=False,
                    layout="bubble",
                    buttons=["copy"],
                    feedback_options=None,
                    autoscroll=True,
                    placeholder="Ask about exercise and the brain, or pick a question below.",
                )
                with gr.Row():
                    box = gr.Textbox(
                        elem_id="question",
                        placeholder="Ask a question and press Enter",
                        show_label=False,
                        scale=6,
                        min_width=200,
                        autofocus=True,
                        max_lines=4,
                        max_length=app.state.limits.question_chars,
                    )
                    send = gr.Button("Send", variant="primary", scale=1, min_width=70, elem_id="send")
                    stop = gr.Button("Stop", scale=1, min_width=70, elem_id="stop")
                with gr.Row():
                    slots = [
                        gr.Button(
                            q,
                            size="sm",
                            elem_classes=["suggestion"],
                            elem_id=f"suggest-{i}",
                            visible=i < len(starters),
                        )
                        for i, q in enumerate((list(starters) + [""] * SUGGESTION_SLOTS)[:SUGGESTION_SLOTS])
                    ]
                new = gr.Button("New chat", size="sm", elem_id="new-chat")
                status = gr.Markdown(app.status(), elem_id="status")
            with gr.Column(scale=2, min_width=300), gr.Tabs(selected="source") as tabs:
                with gr.Tab("Cited source", id="source"):
                    source_view = gr.HTML(
                        "<p>Click a citation to see it in its document.</p>", elem_id="source-view"
                    )
                with gr.Tab("Sources", id="library"):
                    picker = gr.Dropdown(
                        choices=doc_choices,
                        value=doc_choices[0][1] if doc_choices else None,
                        label="Documents in the corpus",
                        elem_id="doc-picker",
                    )
                    library_view = gr.HTML(
                        app.show_document(doc_choices[0][1]) if doc_choices else "",
                        elem_id="library-view",
                    )
                    source_list = gr.HTML(app.source_list(), elem_id="source-list")
                    if app.uploads:
                        with gr.Accordion("Add a document", open=True):
                            upload = gr.File(
                                label=f"A .txt, .md, .html or .pdf file (≤ {MAX_UPLOAD_BYTES // 2**20} MB)",
                                file_types=list(DOC_SUFFIXES),
                                file_count="single",
                                type="filepath",
                                elem_id="upload-file",
                            )
                            title = gr.Textbox(label="Title", max_length=300, elem_id="upload-title")
                            kind = gr.Textbox(
                                label="Kind (e.g. guideline, news report, forum post)",
                                max_length=300,
                                elem_id="upload-kind",
                            )
                            date = gr.Textbox(
                                label="Date (e.g. 2024-05-01)", max_length=40, elem_id="upload-date"
                            )
                            strength = gr.Radio(
                                [("unrated", ""), ("1 opinion", "1"), ("2 moderate", "2"), ("3 strong", "3")],
                                value="",
                                label="How much to trust it",
                                elem_id="upload-strength",
                            )
                            add = gr.Button("Add to the sources", variant="primary", elem_id="add-doc")
                        with gr.Accordion("Remove a document", open=False):
                            to_remove = gr.Dropdown(
                                choices=app.remove_choices(), label="Document", elem_id="remove-pick"
                            )
                            remove = gr.Button("Remove", variant="stop", elem_id="remove-doc")
                        library_status = gr.Markdown("", elem_id="upload-status")
                    else:
                        gr.Markdown(
                            "Adding documents is off: this app listens beyond this machine without a login "
                            "(set `BOT_SERVE_AUTH`)."
                        )
        cite_key = gr.Textbox(visible="hidden", elem_id="cite-key")
        cite_go = gr.Button(visible="hidden", elem_id="cite-go")

        outputs = [chatbot, box, session, status, *slots]
        submit = box.submit(app.respond, [box, chatbot, session], outputs, concurrency_id="answer")
        click = send.click(app.respond, [box, chatbot, session], outputs, concurrency_id="answer")
        picks = [
            slot.click(app.respond, [slot, chatbot, session], outputs, concurrency_id="answer")
            for slot in slots
        ]
        stop.click(app.stopped, chatbot, chatbot, cancels=[submit, click, *picks], queue=False)
        new.click(
            app.new_chat, None, [chatbot, box, session, status, source_view, *slots], cancels=[submit, click]
        )
        # The highlight scrolls into view from HEAD_JS: no ``js=`` callback (Gradio evals those).
        cite_go.click(app.show_citation, [cite_key, session], [source_view, tabs], queue=False)
        picker.change(app.show_document, picker, library_view, queue=False)
        if app.uploads:
            library_out = [library_status, source_list, picker, to_remove, status]
            add.click(
                app.add_upload,
                [upload, title, kind, date, strength],
                library_out,
                concurrency_id="library",
                concurrency_limit=1,
                show_progress="full",
            ).then(lambda: None, None, upload, queue=False)
            remove.click(
                app.remove_doc, to_remove, library_out, concurrency_id="library", concurrency_limit=1
            )
        # Programmatic access (and the load test): one question in, the answer's JSON out.
        gr.api(app.api_ask, api_name="ask", concurrency_id="answer")
    demo.queue(default_concurrency_limit=settings.serve.concurrency, max_size=settings.serve.max_queue)
    app.state.api_names = lambda: {fn.api_name for fn in demo.fns.values() if isinstance(fn.api_name, str)}
    demo.chat_app = app  # type: ignore[attr-defined]  # launch() hands its ServeState to the middleware
    return demo


def launch(demo: gr.Blocks, settings: Settings, **kwargs: Any) -> Any:
    """Serve ``demo`` behind ``bot.serving.Guard``; monitoring, uploads and analytics off."""
    from starlette.middleware import Middleware

    chat_app: ChatApp = demo.chat_app  # type: ignore[attr-defined]
    auth = None
    if settings.serve.auth:
        user, _, password = settings.serve.auth.partition(":")
        auth = (user, password)
    return demo.launch(
        server_name=settings.serve.host,
        server_port=settings.serve.port,
        share=settings.serve.share,
        auth=auth,
        css=CSS,
        head=HEAD_JS,
        theme=gr.themes.Soft(),
        show_error=False,
        max_file_size=MAX_UPLOAD_BYTES if chat_app.uploads else "1mb",
        enable_monitoring=False,
        app_kwargs={"middleware": [Middleware(Guard, state=chat_app.state)]},
        **kwargs,
    )
