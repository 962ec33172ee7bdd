"""The chat in the browser: the Gradio page around ``bot.ui_app.ChatApp``, and serving it.

``build_demo(app)`` lays the page out: chat, input, Stop / New chat, suggested questions, a status
line, and a side panel with the cited source and a "Sources" tab (documents, and when uploads are
on, add / remove). The page's title, heading and placeholder come from the corpus profile
(``<seeds_dir>/corpus.toml``, ``bot.scope.load_profile``), with generic words when there is none.
``launch(demo, settings)`` serves it behind ``bot.serving.Guard``.

Citations are links ``#cite-<turn>-<n>`` inside the answer; a small script (``HEAD_JS``) turns a
click on one into a hidden event carrying that key, so the panel opens the exact span. All text that
reaches the page is HTML-escaped (``bot.ui_render``).

The parts: ``bot.ui_render`` (answers, citations, documents as HTML), ``bot.ui_sources`` (the
Sources tab's callbacks), ``bot.ui_app`` (``ChatApp`` and ``Session``: the app's state and the
chat's callbacks) and this module (layout and serving). Their public names are importable from here.

Serving is hardened in ``bot.serving`` (host check, security headers, size limits, uploads only
when on and only up to ``bot.library.MAX_UPLOAD_BYTES``, a graceful stop). Gradio's usage analytics
are off.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # read by Gradio at import: the app never phones home

import gradio as gr

from bot.answering import starter_questions
from bot.config import Settings
from bot.library import MAX_UPLOAD_BYTES
from bot.scope import load_profile
from bot.serving import Guard
from bot.sources import DOC_SUFFIXES
from bot.ui_app import RESTART_NOTE, STOPPED, SUGGESTION_SLOTS, ChatApp, Session
from bot.ui_render import escape, read_source, render_answer, render_body, render_source, strength_badge
from bot.ui_sources import SourcesTab

__all__ = [
    "CSS",
    "HEAD_JS",
    "RESTART_NOTE",
    "STOPPED",
    "SUGGESTION_SLOTS",
    "ChatApp",
    "PageWords",
    "Session",
    "SourcesTab",
    "build_demo",
    "escape",
    "launch",
    "page_words",
    "read_source",
    "render_answer",
    "render_body",
    "render_source",
    "strength_badge",
]

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

GENERIC_TITLE = "Ask your documents"


@dataclass(frozen=True)
class PageWords:
    """The page's own words: browser-tab title, heading, and the empty chat's placeholder."""

    title: str
    heading: str
    placeholder: str


def page_words(seeds_dir: Path) -> PageWords:
    """Title, heading and placeholder from the corpus profile's ``title``; generic words without one."""
    profile = load_profile(seeds_dir)
    topic = profile.title.strip() if profile else ""
    if not topic:
        return PageWords(
            f"{GENERIC_TITLE} — answers with sources",
            f"{GENERIC_TITLE} — answers that cite their sources",
            "Ask a question about the documents, or pick one below.",
        )
    first, _, rest = topic.partition(" ")
    # "Garden birds" reads "Ask about garden birds"; "NASA missions" keeps its capitals.
    about = (first[:1].lower() + first[1:] if first[1:].islower() else first) + (f" {rest}" if rest else "")
    return PageWords(
        f"{topic} — answers with sources",
        f"{topic} — answers that cite their sources",
        f"Ask about {about}, or pick a question below.",
    )


def build_demo(app: ChatApp) -> gr.Blocks:
    settings = app.settings
    starters = starter_questions(settings.paths.seeds_dir)
    doc_choices = app.doc_choices()
    wording = page_words(settings.paths.seeds_dir)
    with gr.Blocks(title=wording.title, analytics_enabled=False) as demo:
        session = gr.State(Session())
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                gr.Markdown(
                    f"### {escape(wording.heading)}\n"
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
                    placeholder=escape(wording.placeholder),
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
