"""Chunking: a document's text → ``Passage``s with exact character offsets.

Text is first cut into *segments* (paragraphs, headings, list items: a line ending a sentence ends a
segment, a hard-wrapped line does not), then each segment into sentences (abbreviations such as
"Dr." and "e.g." and decimals do not end one). Passages pack whole sentences up to
``max_chars``, break at headings, prefer paragraph ends, repeat ``overlap_sentences`` sentences when
a break falls inside a paragraph, and merge short leftovers. Every boundary is a sentence boundary
(or, for a sentence longer than ``max_chars``, a space), so no word is ever split, and
``text[p.start:p.end] == p.text`` holds for every passage.

``split_sentences`` is reused by answering, which selects and cites single sentences.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from bot.config import ChunkingSettings
from bot.types import Passage

ABBREVIATIONS = frozenset(
    """
dr mr mrs ms prof sr jr st vs etc e.g i.e eg ie fig no nos approx cf al u.s u.k ph.d inc ltd co
dept est min max vol jan feb mar apr jun jul aug sep sept oct nov dec mt ft
""".split()
)
TERMINAL = ".!?…"
CLOSERS = "\"'”’)]»"
# A sentence ends at terminal punctuation (plus closing quotes/brackets) followed by whitespace.
_END = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–—]\s|\d{1,3}[.)]\s|#{1,6}\s)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    segment: int  # index of the paragraph/heading/list item the sentence belongs to
    heading: bool = False


def _is_heading(line: str) -> bool:
    s = line.strip()
    if s.startswith("#"):
        return True
    words = len(s.split())
    if not s or words > 14 or len(s) > 100:
        return False
    if ":" in s[:-1]:
        return False  # "Last reviewed: 02.07.2025" is a byline, not a heading
    # Short line with no closing period ("New publications", "What types of exercise are best…?").
    return s[-1] not in ".;," and (s[0].isupper() or s[0].isdigit())


def segments(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) of paragraphs, headings and list items, whitespace trimmed."""
    out: list[tuple[int, int, bool]] = []
    seg_start: int | None = None
    pos = 0
    lines = text.splitlines(keepends=True)
    for i, raw in enumerate(lines):
        line = raw.rstrip("\r\n")
        start, end = pos, pos + len(line)
        pos += len(raw)
        stripped = line.strip()
        if not stripped:
            if seg_start is not None:
                out.append(_trimmed(text, seg_start, start, False))
                seg_start = None
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        md_heading = stripped.startswith("#")
        starts_block = _LIST_ITEM.match(line) is not None and not md_heading
        if starts_block and seg_start is not None:
            out.append(_trimmed(text, seg_start, start, False))
            seg_start = None
        heading = seg_start is None and _is_heading(line) and not starts_block
        if heading:
            out.append(_trimmed(text, start, end, True))
            continue
        if seg_start is None:
            seg_start = start
        ends_para = stripped[-1] in TERMINAL + CLOSERS + ":" or not nxt or _LIST_ITEM.match(nxt) is not None
        if ends_para:
            out.append(_trimmed(text, seg_start, end, False))
            seg_start = None
    if seg_start is not None:
        out.append(_trimmed(text, seg_start, len(text), False))
    return [s for s in out if s[1] > s[0]]


def _trimmed(text: str, start: int, end: int, heading: bool) -> tuple[int, int, bool]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, heading


def _ends_sentence(text: str, match: re.Match[str], seg_end: int) -> bool:
    dot = match.group(0)
    if not dot.startswith("."):
        return True
    # The word before a period: "Dr", "e.g", a single initial, or a number like "No. 5" do not end it.
    before = re.search(r"([\w.]+)$", text[max(0, match.start() - 12) : match.start()])
    word = before.group(1).lower() if before else ""
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    after = text[match.end() : seg_end].lstrip()
    # "…e.g. running" or a lowercase continuation: not a sentence end.
    return not (after and after[0].islower())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans (absolute offsets), grouped by segment."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    for seg_index, (s0, s1, heading) in enumerate(
        seg for seg in segments(text[:end]) if seg[1] > start and seg[0] < end
    ):
        s0 = max(s0, start)
        if heading:
            spans.append(Span(s0, s1, seg_index, True))
            continue
        cursor = s0
        for match in _END.finditer(text, s0, s1):
            if _ends_sentence(text, match, s1):
                spans.append(Span(cursor, match.end(), seg_index))
                cursor = match.end()
                while cursor < s1 and text[cursor].isspace():
                    cursor += 1
        if cursor < s1:
            spans.append(Span(cursor, s1, seg_index))
    return spans


def _split_long(text: str, span: Span, max_chars: int) -> list[Span]:
    """A sentence longer than ``max_chars`` → pieces cut at spaces (never inside a word)."""
    pieces: list[Span] = []
    start = span.start
    while span.end - start > max_chars:
        cut = text.rfind(" ", start + 1, start + max_chars)
        if cut <= start:  # one "word" longer than max_chars: nowhere else to cut
            cut = start + max_chars
        pieces.append(Span(start, cut, span.segment, span.heading))
        start = cut
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        pieces.append(Span(start, span.end, span.segment, span.heading))
    return pieces


def chunk(text: str, source: str, settings: ChunkingSettings) -> list[Passage]:
    """Passages of one document; see the module docstring for the rules."""
    max_chars = settings.max_chars
    units: list[Span] = []
    for span in split_sentences(text):
        units.extend(_split_long(text, span, max_chars) if span.end - span.start > max_chars else [span])
    groups: list[list[Span]] = []
    current: list[Span] = []
    i = 0
    while i < len(units):
        unit = units[i]
        if current and _should_break(current, unit, units, i, settings):
            groups.append(current)
            same_para = unit.segment == current[-1].segment and not unit.heading
            overlap = (
                current[-settings.overlap_sentences :] if same_para and settings.overlap_sentences else []
            )
            # Overlap only if it leaves room to move forward.
            if overlap and len(overlap) < len(current) and unit.end - overlap[0].start <= max_chars:
                current = list(overlap)
            else:
                current = []
        current.append(unit)
        i += 1
    if current:
        groups.append(current)
    groups = _merge_short(groups, settings)
    headings = _heading_map(units)
    return [_passage(text, source, g, headings) for g in groups]


def _should_break(
    current: list[Span], unit: Span, units: list[Span], i: int, settings: ChunkingSettings
) -> bool:
    length = unit.end - current[0].start
    if length > settings.max_chars:
        return True
    if unit.heading and not current[-1].heading:
        return True  # a heading starts a new passage (consecutive headings stay together)
    if unit.segment != current[-1].segment and not current[-1].heading:
        # At a paragraph boundary: stop here if the whole next paragraph would not fit.
        para_end = max(u.end for u in units[i:] if u.segment == unit.segment)
        filled = current[-1].end - current[0].start
        return para_end - current[0].start > settings.max_chars and filled >= settings.min_chars
    return False


def _merge_short(groups: list[list[Span]], settings: ChunkingSettings) -> list[list[Span]]:
    merged: list[list[Span]] = []
    for group in groups:
        size = group[-1].end - group[0].start
        heading_only = all(u.heading for u in group)
        if merged and size < settings.min_chars and (not group[0].heading or heading_only):
            prev = merged[-1]
            if group[-1].end - prev[0].start <= settings.max_chars * 1.25:
                merged[-1] = prev + [u for u in group if u.start >= prev[-1].end]
                continue
        merged.append(group)
    return merged


def _heading_map(units: list[Span]) -> list[tuple[int, Span]]:
    return [(u.start, u) for u in units if u.heading]


def _passage(text: str, source: str, group: list[Span], headings: list[tuple[int, Span]]) -> Passage:
    start, end = group[0].start, group[-1].end
    body = text[start:end]
    heading = ""
    for pos, span in headings:
        if pos > start:
            break
        heading = text[span.start : span.end]
    digest = hashlib.sha1(f"{source}\0{start}\0{end}\0{body}".encode()).hexdigest()[:12]
    return Passage(id=digest, source=source, start=start, end=end, text=body, heading=heading)


def content_words(text: str) -> list[str]:
    """Lowercased words, for overlap measures elsewhere (stop words removed by the caller)."""
    return [w.lower() for w in _WORD.findall(text)]
