"""Two real third-party documents (tests/corpora/debian/, GPL-2, see tests/corpora/README.md): a
DocBook HTML manual and a LaTeX-made PDF specification, read, segmented and answered through the app.

What real documents did to the reader before: the HTML's definition-list terms (the user or group
each paragraph describes) were dropped, so "`/etc/shadow` is readable by this group." named no
group; the PDF's running head and page number ("1" + "Shared MIME-info Database") glued themselves
to the sentence that runs over a page break; numbered section titles ("2.1. Directory layout") were
cut at their number; PDF lines (~105 characters) were not recognised as hard-wrapped, so a sentence
was cut wherever a line started with a capital ("…GNOME[GNOME],\\nKDE[KDE] and ROX…").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chat import Conversation
from bot.chunking import chunk
from bot.config import REPO_ROOT, ChunkingSettings, Settings
from bot.furniture import mark_furniture
from bot.retrieval import Retriever
from bot.sources import PAGE_BREAK, document_text, load_corpus, page_of, source_path
from bot.text import split_sentences
from tests.support import seed_retriever

CORPUS = REPO_ROOT / "tests" / "corpora" / "debian"
HTML = CORPUS / "users-and-groups_debian-base-passwd_guide.html"
PDF = CORPUS / "shared-mime-info_freedesktop_spec_2018.pdf"


def _sentences(path: Path) -> tuple[str, list[str], list[str]]:
    text = document_text(path)
    spans = mark_furniture(text, split_sentences(text))
    content = [text[s.start : s.end] for s in spans if s.kind in ("text", "list")]
    headings = [text[s.start : s.end] for s in spans if s.kind == "heading"]
    return text, content, headings


def test_definition_terms_head_their_definitions() -> None:
    text, content, headings = _sentences(HTML)
    assert {"#### root", "#### daemon", "#### shadow", "#### staff"} <= set(headings)
    passages = chunk(text, HTML.name, ChunkingSettings())
    shadow = next(p for p in passages if "`/etc/shadow` is readable by this group." in p.text)
    assert shadow.heading == "#### shadow"
    # A line that starts with markdown emphasis or a path, or follows "… was", continues the sentence.
    assert any(s.endswith("**mon**, and others).") for s in content)
    assert any(s.startswith("Historically, `/var/log` was") and s.endswith("the group.") for s in content)
    assert not any(h.startswith("Historically") for h in headings)
    # an extractor's blank line inside a sentence ("it `setuid()`" / "s itself …") does not cut it
    assert any(s.startswith("A statically allocated user") and s.endswith("on startup.") for s in content)


def test_pdf_pages_without_running_heads_and_sentences_across_pages() -> None:
    text, content, headings = _sentences(PDF)
    assert text.count(PAGE_BREAK) == 16  # 17 pages
    assert "1Shared" not in text.replace(PAGE_BREAK, "")
    assert all("Shared MIME-info Database\n" not in s for s in content)
    across = next(s for s in content if s.startswith("Information found in a"))
    assert PAGE_BREAK in across and across.endswith("mimetype definition.")
    start = text.index(across)
    assert page_of(text, start) == 2 and page_of(text, start + len(across) - 1) == 3
    assert {"1.1. Version", "2.1. Directory layout", "1.2. What is this spec?"} <= set(headings)
    whole = next(s for s in content if s.startswith("This specification attempts to unify"))
    assert whole.endswith("provide room for future extensibility.")
    assert any(
        s.startswith("After installing, uninstalling") and s.endswith("database[SharedMIME].")
        for s in content
    )


def test_both_documents_load_with_their_sidecars() -> None:
    docs, skipped = load_corpus(CORPUS)
    assert not skipped
    kinds = {Path(d.source.path).name: (d.source.kind, d.source.strength) for d in docs}
    assert kinds == {HTML.name: ("system documentation", 2), PDF.name: ("specification", 3)}


@pytest.fixture(scope="module")
def debian(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    settings = Settings().with_value("paths", "seeds_dir", CORPUS)
    settings = settings.with_value("paths", "index_dir", tmp_path_factory.mktemp("debian-index"))
    return Retriever(settings, embedder=seed_retriever().embedder)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does the name of the dip group stand for?", 'The group\'s name stands for "Dialup IP".'),
        ("What must an application run after installing its MIME XML file?", "update-mime-database"),
    ],
)
def test_questions_only_these_documents_answer(debian: Retriever, question: str, expected: str) -> None:
    answer = Conversation(debian.settings, debian, None).answer(question)
    assert not answer.declined
    quotes = [c.text for c in answer.citations]
    assert any(expected in q for q in quotes), quotes
    for c in answer.citations:
        assert document_text(source_path(c.source))[c.start : c.end] == c.text
