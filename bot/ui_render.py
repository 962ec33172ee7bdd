"""Answers, citations and documents as HTML for the chat page; every text escaped on the way.

``render_answer(answer, turn, sources)`` gives an answer as chat Markdown: its sentences with
clickable ``#cite-<turn>-<n>`` markers (and the speaker of a quoted sentence), its notes and a
numbered source list. ``render_source(source, text, start, end, exclude)`` gives a whole document
with its metadata and ``text[start:end]`` in ``<mark class="cited">``: page furniture greyed, the
source's own reference markers styled as the source's (never as links), and "page N" at a PDF's page
breaks. ``read_source`` reads a document as indexed (``BotError`` if it changed since). All text that
reaches the page goes through ``escape``: a ``<script>`` in a source or an answer shows as text.

Hands these on to ``bot.ui_app`` (the chat callbacks) and ``bot.ui_sources`` (the Sources tab).
"""

from __future__ import annotations

import hashlib
import itertools
from typing import Any

from bot.errors import BotError
from bot.furniture import mark_furniture
from bot.sources import PAGE_BREAK, document_text, page_of, source_path
from bot.text import MARKER, split_sentences
from bot.types import Answer, Source

_ENTITIES = str.maketrans({ch: f"&#{ord(ch)};" for ch in "&<>\"'$`*_[]#\\~|"})


def escape(text: str) -> str:
    """HTML-escape, and neutralize characters Markdown or template strings would interpret."""
    return text.translate(_ENTITIES)


def strength_badge(source: Source) -> str:
    return f'<span class="badge strength-{source.strength}">{escape(source.evidence)}</span>'


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
            text = escape(s.text.strip())
            if s.speaker and s.speaker.lower() not in s.text.lower():
                text += f' <span class="speaker">— {escape(s.speaker)}</span>'
            out.append(text + "".join(_marker(turn, n) for n in s.citations if n in numbers))
        return " ".join(out)
    parts = []
    pos = 0
    for m in MARKER.finditer(answer.text):
        parts.append(escape(answer.text[pos : m.start()]))
        parts.append(_marker(turn, m.group(1)))
        pos = m.end()
    parts.append(escape(answer.text[pos:]))
    return "".join(parts)


def render_answer(answer: Answer, turn: int, sources: dict[str, Source]) -> str:
    """The answer as chat Markdown: clickable [n] markers, notes, and a numbered source list."""
    lines = [render_body(answer, turn)]
    for note in answer.notes:
        lines.append(f'<span class="note">⚠️ {escape(note)}</span>')
    if answer.declined and answer.suggestions:
        lines.append("You could ask one of the questions below.")
    if answer.citations:
        refs = []
        for c in answer.citations:
            src = sources.get(c.source)
            label = escape(src.evidence if src else c.evidence)
            quote = " ".join(c.text.split()).strip("\"“”'‘’ ")  # the list adds its own quote marks
            quote = quote if len(quote) <= 90 else quote[:88].rsplit(" ", 1)[0] + "…"
            link = f"[“{escape(quote)}”](#cite-{turn}-{c.n})"
            refs.append(f"{c.n}. {link} — {escape(c.title)} · <small>{label}</small>")
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
        html = escape(piece)
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
    meta = " · ".join(escape(x) for x in (source.kind, source.publisher, source.author, source.date) if x)
    head = (
        f'<div class="source-head"><h3>{escape(source.title)}</h3>{strength_badge(source)}'
        f'<div class="source-meta">{meta} · <code>{escape(source.path)}</code>'
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
