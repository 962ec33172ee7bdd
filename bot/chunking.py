"""Chunking: a document's text → sentence ``Span``s and ``Passage``s, with exact character offsets.

Sentences come from ``bot.text.split_sentences`` (segments, abbreviations, the source's own
reference markers, quotations, bylines: see there).

**Passages.** ``chunk`` packs whole sentences up to ``max_chars``, breaks at headings and at page
furniture (which never enters a passage; it stays in the source text, offsets unchanged), prefers
paragraph ends, repeats ``overlap_sentences`` sentences when a break falls inside a paragraph, and
merges short leftovers. A sentence longer than ``max_chars`` is a passage of its own, whole; only a
run-on longer than twice that (text without sentence ends) is cut, at spaces. So every boundary is
a sentence boundary (or a space), no word is ever split, and ``text[p.start:p.end] == p.text``.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right

from bot.config import ChunkingSettings
from bot.furniture import Overrides, mark_furniture
from bot.text import Span, split_sentences
from bot.types import Passage


def _split_long(text: str, span: Span, max_chars: int) -> list[Span]:
    """A sentence longer than ``max_chars`` → pieces cut at spaces (never inside a word)."""
    pieces: list[Span] = []
    start = span.start
    while span.end - start > max_chars:
        cut = text.rfind(" ", start + 1, start + max_chars)
        if cut <= start:  # one "word" longer than max_chars: nowhere else to cut
            cut = start + max_chars
        pieces.append(Span(start, cut, span.segment, span.kind))
        start = cut
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        pieces.append(Span(start, span.end, span.segment, span.kind))
    return pieces


def chunk(
    text: str, source: str, settings: ChunkingSettings, exclude: Overrides | None = None
) -> list[Passage]:
    """Passages of one document; see the module docstring for the rules.

    ``exclude`` holds the document's sidecar overrides (``sources.Document.exclude``): sentences they
    match are furniture too.
    """
    max_chars = settings.max_chars
    units: list[Span] = []
    breaks: set[int] = set()  # indexes in ``units`` where furniture came just before
    for span in mark_furniture(text, split_sentences(text), exclude):
        if span.kind == "furniture":
            breaks.add(len(units))
            continue
        too_long = span.end - span.start > 2 * max_chars  # only a run-on "sentence" is ever cut
        units.extend(_split_long(text, span, max_chars) if too_long else [span])
    segment_ends = {u.segment: u.end for u in units}  # units are in order: the last one wins
    groups: list[list[Span]] = []
    current: list[Span] = []
    for i, unit in enumerate(units):
        if current and i in breaks:
            if not all(u.heading for u in current):
                groups.append(current)
            current = []  # a heading cut off by furniture lives on as the next passages' heading
        elif current and _should_break(current, unit, segment_ends, settings):
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
    if current and not all(u.heading for u in current):
        groups.append(current)
    groups = _merge_short(groups, settings, breaks, units)
    headings = _heading_map(units)
    return [_passage(text, source, g, headings) for g in groups]


def _should_break(
    current: list[Span], unit: Span, segment_ends: dict[int, int], settings: ChunkingSettings
) -> bool:
    length = unit.end - current[0].start
    if length > settings.max_chars:
        return True
    if unit.heading and not current[-1].heading:
        return True  # a heading starts a new passage (consecutive headings stay together)
    if unit.segment != current[-1].segment and not current[-1].heading:
        # At a paragraph boundary: stop here if the whole next paragraph would not fit.
        para_end = segment_ends[unit.segment]
        filled = current[-1].end - current[0].start
        return para_end - current[0].start > settings.max_chars and filled >= settings.min_chars
    return False


def _merge_short(
    groups: list[list[Span]], settings: ChunkingSettings, breaks: set[int], units: list[Span]
) -> list[list[Span]]:
    """Short groups join the previous one, never across furniture."""
    position = {(u.start, u.end): i for i, u in enumerate(units)}
    break_list = sorted(breaks)
    merged: list[list[Span]] = []
    for group in groups:
        size = group[-1].end - group[0].start
        heading_only = all(u.heading for u in group)
        first = position[(group[0].start, group[0].end)]
        last = position[(merged[-1][-1].start, merged[-1][-1].end)] if merged else -1
        after_last = bisect_right(break_list, last)
        crosses = after_last < len(break_list) and break_list[after_last] <= first
        if merged and not crosses and size < settings.min_chars and (not group[0].heading or heading_only):
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
