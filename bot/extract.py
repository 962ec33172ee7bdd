"""Extract: the canonical text of an ``.html`` page or a ``.pdf`` file, offline and deterministic.

``html_main_text(raw)`` gives a page's main text as light markdown (trafilatura: navigation, footers
and scripts dropped; ``#`` headings, ``-`` list items, paragraphs apart). Definition lists are the
one structure trafilatura loses: a manual or glossary names each entry in a ``<dt>`` term that the
extractor drops (or glues to its definition), so "Root is the superuser." would lose the word it
defines. Terms are turned into paragraphs before extraction and into ``####`` heading lines after it,
so each definition's passage is headed by its term.

``pdf_text(raw)`` gives a PDF's pages' text (pypdf) joined by ``PAGE_BREAK``. Running heads and
feet (a line repeated at the top or bottom of most pages, page numbers alone or "Page 3 of 17") are
dropped: they are print layout, not content, and left in they glue themselves to the sentence that
runs over a page break ("…found in a\\f[Title]\\f2\\fdirectory is added…").

Both hand on plain ``str``; ``bot.sources.document_text`` stores it as the document's text, so every
offset the index keeps is into exactly this string. The same bytes always give the same text.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from bot.errors import BotError

PAGE_BREAK = "\f"  # between the pages of a PDF's canonical text
_TERM_MAX_CHARS = 80  # a <dt> longer than this is a sentence, not a term: left to the extractor
_PAGE_NUMBER = re.compile(r"^\W*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\W*$", re.IGNORECASE)
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be a running head or foot


def html_main_text(raw: bytes) -> str:
    """A page's main text as light markdown; definition-list terms as ``####`` headings."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a pinned dependency
        raise BotError("reading .html documents needs trafilatura", "pip install trafilatura==2.0.0") from exc
    page, terms = _terms_as_paragraphs(raw)
    extracted = trafilatura.extract(
        page,
        output_format="markdown",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
    )
    if not extracted or not extracted.strip():
        return ""
    return _terms_as_headings(extracted.strip(), terms) + "\n"


def _terms_as_paragraphs(raw: bytes) -> tuple[bytes, set[str]]:
    """The page with each short ``<dt>`` replaced by a ``<p>`` of its text, and those texts."""
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - trafilatura depends on lxml
        return raw, set()
    try:
        tree = lxml.html.fromstring(raw)
    except (ValueError, lxml.etree.ParserError):  # empty or not markup: the extractor says so
        return raw, set()
    terms: set[str] = set()
    for term in list(tree.iter("dt")):
        words = " ".join(term.text_content().split())
        parent = term.getparent()
        if not words or len(words) > _TERM_MAX_CHARS or parent is None:
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text, paragraph.tail = words, term.tail
        parent.replace(term, paragraph)
        terms.add(words)
    return (lxml.html.tostring(tree) if terms else raw), terms


def _terms_as_headings(text: str, terms: set[str]) -> str:
    """Lines that hold exactly one term, alone between blank lines, become ``#### term``."""
    if not terms:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        if alone and line.strip() in terms:
            lines[i] = "#### " + line.strip()
    return "\n".join(lines)


def pdf_text(raw: bytes) -> str:
    """A PDF's text, page by page, without running heads and feet, pages joined by ``PAGE_BREAK``.

    Each page's text has its line ends normalized and trailing spaces dropped; a page break inside
    the text itself is replaced by a newline so ``sources.page_of`` stays exact.
    """
    try:
        import pypdf
        from pypdf.errors import PyPdfError
    except ImportError as exc:  # pragma: no cover - a pinned dependency
        raise BotError("reading .pdf documents needs pypdf", "pip install pypdf==5.1.0") from exc
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise BotError("the PDF is encrypted", "save an unencrypted copy and add that")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BotError(f"the PDF cannot be read ({type(exc).__name__})", "re-save it as a PDF") from exc
    lines = []
    for page in pages:
        page = page.replace("\r\n", "\n").replace("\r", "\n").replace(PAGE_BREAK, "\n")
        lines.append([line.rstrip() for line in page.split("\n")])
    text = PAGE_BREAK.join("\n".join(page).strip("\n") for page in _without_running_lines(lines))
    return text + "\n" if text.strip() else ""


def _edge_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def _edges(page: list[str]) -> list[int]:
    """Indexes of the first and last ``_EDGE_LINES`` non-empty lines of a page."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))


def _without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without page numbers at their edges and, from three pages on, without lines that
    recur at the edges of at least half the pages (digits counted alike: "Chapter 2 · 14")."""
    seen = Counter(key for page in pages for key in {_edge_key(page[i]) for i in _edges(page)})
    running = {key for key, n in seen.items() if len(pages) >= 3 and n >= max(3, len(pages) / 2)}
    out = []
    for page in pages:
        drop = {i for i in _edges(page) if _PAGE_NUMBER.match(page[i]) or _edge_key(page[i]) in running}
        out.append([line for i, line in enumerate(page) if i not in drop])
    return out
