"""Text: sentences with exact offsets, words, stop words, and the two kinds of bracket markers (every stage
that cuts text into sentences or words uses this module, so they all agree).

**Segments.** Text is first cut into segments: paragraphs, headings, list items and single lines. A line
that ends a sentence ends its segment. A line that does not is joined to the next one only when it is
hard-wrapped: the next line starts in lower case, or the document is hard-wrapped (most lines under ~100
characters) and this line is near the wrap width. So a short line such as "Main article: Soil erosion"
or "Last reviewed: 01.02.2024" stays its own segment, and a title-like line (``#`` markdown, or short,
capitalised, without a final period, questions included) is a heading.

**Sentences.** Inside a segment a sentence ends at ``. ! ? …`` plus any closing quotes, brackets and the
source's own reference markers glued to it ("occurrence.[27] However" ends after "[27]"), when the next
text does not start in lower case. A period after an abbreviation (Dr., e.g., i.e., vs., approx.,
initials) does not end one; after an abbreviation that may also close a sentence (etc., et al., U.S.,
Inc.) it ends one only before a typical sentence opener ("The", "However", …). Decimals and dates (3.5,
01.02.2024) never do. A quotation over several sentences gives one span per sentence, each closing quote
staying with the sentence it ends. An em-dash byline after a quotation on the same line ("…health.” — Jane
Doe, PhD") is its own span of kind "byline".

**Spans.** ``split_sentences(text, start, end)`` returns ``Span``s in order, never overlapping, each
``text[s.start:s.end]`` non-empty and stripped. ``kind`` is "text", "heading", "list" (a list item's
sentences) or "byline"; ``bot.furniture.mark_furniture`` turns page furniture into "furniture" (with a
``reason``). ``refs`` are the absolute offsets of the source's own reference markers inside the span:
"[27]", "[1][2]" (each), "[citation needed]", "(Smith, 2019)", "(Smith et al., 2019; Lee 2020)".
``reference_markers`` finds them; ``strip_references`` removes them for display and prompts
(``strip_references_with_map`` also gives the offset map back).

**Words.** ``words`` gives lowercased words (apostrophes normalised, stop words kept); ``tokenize`` the
stemmed content words BM25 and the evidence checks compare; ``STOP_WORDS`` the function words (the word
lists live in ``bot.wordlists``).

**Markers.** The bot's own citation markers are ``[n]`` (``MARKER``, ``markers_valid``,
``strip_markers``); the source's own reference markers ("[27]") are ``reference_markers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

import snowballstemmer

from bot.wordlists import (
    CLOSING_ABBREVIATIONS,
    GOES_ON,
    INLINE_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    SENTENCE_OPENERS,
    STOP_WORDS,
)

if TYPE_CHECKING:
    from bot.types import Citation

KINDS = ("text", "heading", "list", "furniture", "byline")

TERMINAL = ".!?…"
CLOSERS = "\"'”’)]»"
_REF_BRACKET = (
    r"\[(?:\d{1,4}(?:\s*[-–,]\s*\d{1,4})*|[a-z]|citation needed|note \d{1,3}|nb \d{1,3})\]"
    # a wiki maintenance tag glued to the text it questions: "this[which?]", ".[14][dead link]"
    r"|(?<=[\w.,;:!?)\]])\[[a-z][a-z ,?'’-]{1,40}\]"
)
_CITE_ONE = (
    r"[A-Z][\w'’\-]+(?:\s+(?:and|&)\s+[A-Z][\w'’\-]+|\s+et\s+al\.?)?,?\s+(?:1[89]|20)\d{2}[a-z]?"
    r"(?:,\s*pp?\.\s*\d+(?:[-–]\d+)?)?"
)
_CITE_PAREN = rf"\((?:(?:e\.g\.|see|cf\.),?\s+)?{_CITE_ONE}(?:\s*[;,]\s*{_CITE_ONE})*\s*\)"
_REFERENCE = re.compile(rf"{_REF_BRACKET}|{_CITE_PAREN}", re.I)
_REFERENCE_BRACKET_ONLY = re.compile(_REF_BRACKET, re.I)
# Terminal punctuation, then closing quotes/brackets and reference markers, then space or the end.
_END = re.compile(rf"[.!?…]+(?:[\"'”’)»]|{_REF_BRACKET})*(?=\s|$)", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")  # "2.1. Directory layout"
_BYLINE_TAIL = re.compile(r"(?<=[\"'”’.!?)\]])\s*(?:—|–|--)\s*[A-Z][^\n]*$")
# A byline on its own line: a dash, a name, maybe ", PhD"-style suffixes ("— Jane Doe, PhD").
_BYLINE_LINE = re.compile(
    r"^(?:—|–|--)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:,\s*[A-Z][\w.\- ]*){0,3}$"
)
_WORD_START = re.compile(r"\w+")


@dataclass(frozen=True)
class Span:
    """One sentence (or heading, list sentence, byline, furniture line) of a text.

    ``text[start:end]`` is the sentence, stripped and non-empty. ``segment`` numbers the paragraph,
    heading or list item it belongs to. ``refs`` are absolute offsets of the source's own reference
    markers inside it. ``reason`` says why a "furniture" span is furniture ("disclaimer", …).
    """

    start: int
    end: int
    segment: int
    kind: str = "text"
    refs: tuple[tuple[int, int], ...] = ()
    reason: str = ""

    @property
    def heading(self) -> bool:
        return self.kind == "heading"


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str  # "text", "heading", "list" or "byline"


def _is_heading(line: str) -> bool:
    s = line.strip()
    if _MD_HEADING.match(line):
        return True
    words = len(s.split())
    if not s or words > 14 or len(s) > 100:
        return False
    if ":" in s[:-1]:
        return False  # "Last reviewed: 01.02.2024", "Main article: X": labels, not headings
    if re.search(r"[.!?…][\"'”’)\]]*\s", s):
        return False  # holds a sentence end: a short paragraph, not a title
    # Short line with no closing period ("New publications", "What types of soil are best…?").
    s = _REFERENCE_BRACKET_ONLY.sub("", s).rstrip(CLOSERS + " ") or s
    last = s.split()[-1].lower().strip("`*_")  # "Historically, `/var/log` was" goes on: not a title
    return s[-1] not in ".;,:" and (s[0].isupper() or s[0].isdigit()) and last not in GOES_ON


def _titled(line: str) -> bool:  # a markdown heading, or a numbered section title ("1.2. What is it?")
    m = _SECTION_NUMBER.match(line)
    return bool(_MD_HEADING.match(line) or (m and _is_heading(line[m.end() :])))


def _runs_on(lines: list[str], blank: int) -> bool:
    """A blank line inside a sentence: the line before does not end one and the next non-empty line
    starts in lower case (an extractor's break: "a bug in ircd: it `setuid()`" / "s itself …")."""
    above = [x.strip() for x in lines[:blank]]
    opening = above[max((n for n, x in enumerate(above) if not x), default=-1) + 1 :]  # its paragraph
    before, after = (above or [""])[-1], next((x for x in lines[blank + 1 :] if x.strip()), "")
    if not before or not after or _ends_line(before) or _LIST_ITEM.match(after) or _titled(after):
        return False
    if not opening or opening[0].lstrip("*_`")[:1].islower():
        return False  # unmarked list items ("increasing blood flow" / "increasing growth factors")
    return after.strip().lstrip("*_`")[:1].islower()


def _wrap_width(lines: list[str]) -> int:
    """The wrap width of a hard-wrapped document, or 0 when its lines are not hard-wrapped."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    long_lines = [n for n in lengths if n >= 40]
    continued = sum(
        1
        for line, nxt in pairwise(lines)
        if line.strip() and nxt.strip()[:1].islower() and not _ends_line(line.strip())
    )
    if len(long_lines) < 3 or not continued:
        return 0  # hard wrapping shows as lines broken mid-sentence, some before a lower-case word
    p90 = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    return p90 if p90 <= 120 else 0  # a PDF's lines run to ~110; unwrapped paragraphs far longer


def _ends_line(stripped: str) -> bool:
    end = stripped.rstrip(CLOSERS)[-1:]  # "(through setuid)" at a line end does not end a sentence
    return end in TERMINAL + ":" or _REFERENCE_BRACKET_ONLY.search(stripped[-6:]) is not None


def segments(text: str) -> list[Segment]:
    """Paragraphs, headings, list items and single lines, whitespace trimmed, in order."""
    out: list[Segment] = []
    lines = text.splitlines(keepends=True)
    width = _wrap_width(lines)
    seg_start: int | None = None
    seg_kind = "text"
    seg_lines = 0
    pos = 0

    def close(end: int) -> None:
        nonlocal seg_start
        if seg_start is not None:
            s, e = _trimmed(text, seg_start, end)
            kind = seg_kind
            if kind == "text" and seg_lines == 1 and _is_heading(text[s:e]):
                kind = "heading"
            after_quote = bool(out) and text[out[-1].end - 1] in "\"”’'"
            if kind in ("text", "list") and seg_lines == 1 and _BYLINE_LINE.match(text[s:e]) and after_quote:
                kind = "byline"  # "— Jane Doe, PhD" under a quotation (not a dash-bulleted list item)
            if e > s:
                out.append(Segment(s, e, kind))
        seg_start = None

    for i, raw in enumerate(lines):
        line = raw.rstrip("\r\n")
        start, end = pos, pos + len(line)
        pos += len(raw)
        stripped = line.strip()
        if not stripped:
            if not _runs_on(lines, i):
                close(start)
            continue
        if _titled(line):
            close(start)
            out.append(Segment(*_trimmed(text, start, end), "heading"))
            continue
        if _LIST_ITEM.match(line):
            close(start)
        if seg_start is None:
            seg_start, seg_lines = start, 0
            seg_kind = "list" if _LIST_ITEM.match(line) else "text"
        seg_lines += 1
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        runs_on = not nxt and _runs_on(lines, i + 1)
        if _ends_line(stripped) or not (nxt or runs_on) or _LIST_ITEM.match(nxt) or _titled(nxt):
            close(end)
            continue
        if runs_on:
            continue
        wrapped = width and len(stripped) >= 0.6 * width and not _BYLINE_TAIL.search(stripped)
        goes_on = stripped.split()[-1].lower().strip("`*_") in GOES_ON  # "…, `/var/log` was"
        first = nxt.lstrip("*_`")[:1]  # "**mon**, and others)" and "`/var/adm`), thus …" go on too
        if not (first.islower() or first == "/" or wrapped or goes_on):
            close(end)  # a line of its own: a heading, a label, a byline
    close(len(text))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _token_before(text: str, pos: int) -> str:
    m = re.search(r"([\w.'’\-]+)$", text[max(0, pos - 16) : pos])
    return m.group(1).lower().strip("'’-") if m else ""


def _ends_sentence(text: str, match: re.Match[str], seg_end: int) -> bool:
    after = text[match.end() : seg_end].lstrip()
    if not after:
        return True
    if after[0].islower():
        return False  # "e.g. running", "“Did it help?” he asked"
    if not match.group(0).startswith(".") or match.group(0).startswith(".."):
        return True
    word = _token_before(text, match.start())
    next_word = (_WORD_START.match(after.lstrip("\"'“‘([")) or _WORD_START.match("x")).group(0).lower()  # type: ignore[union-attr]
    lead = (
        text[match.start() - len(word) - 1 : match.start() - len(word)] if match.start() > len(word) else " "
    )
    initial = (
        len(word) == 1
        and word.isalpha()
        and (lead.isspace() or lead in "(.")
        and after[0].isupper()
        and next_word not in SENTENCE_OPENERS  # "J. Smith", but "cathepsin B. The study"
    )
    if word in INLINE_ABBREVIATIONS or initial or (word in NUMBER_ABBREVIATIONS and after[0].isdigit()):
        return False
    if word in CLOSING_ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return next_word in SENTENCE_OPENERS or after[0] in '"“'
    return True


def _cut_segment(text: str, seg: Segment) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the sentences of one segment."""
    if seg.kind in ("heading", "byline"):
        return [(seg.start, seg.end, seg.kind)]
    kind = seg.kind
    s1 = seg.end
    tail: tuple[int, int] | None = None
    byline = _BYLINE_TAIL.search(text, seg.start, seg.end)
    if byline and len(byline.group(0).split()) <= 13 and not re.search(r"[.!?]\s", byline.group(0)):
        s1 = _trimmed(text, seg.start, byline.start())[1]
        tail = _trimmed(text, byline.start(), seg.end)
    out: list[tuple[int, int, str]] = []
    cursor = seg.start
    marker = _LIST_ITEM.match(text[seg.start : seg.end]) if kind == "list" else None
    for match in _END.finditer(text, seg.start + (marker.end() if marker else 0), s1):
        if not any(ch.isalnum() for ch in text[cursor : match.start()]):
            continue  # "... Persons who": an elision opening a sentence, not a sentence
        if _ends_sentence(text, match, s1):
            out.append((cursor, match.end(), kind))
            cursor = match.end()
            while cursor < s1 and text[cursor].isspace():
                cursor += 1
    if cursor < s1:
        out.append((cursor, s1, kind))
    if tail is not None:
        out.append((tail[0], tail[1], "byline"))
    return out


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans with absolute offsets; see the module docstring."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    index = 0
    for seg in segments(text[:end]):
        if seg.end <= start:
            continue
        if seg.start < start:
            seg = Segment(*_trimmed(text, start, seg.end), seg.kind)
            if seg.end <= seg.start:
                continue
        for s0, s1, kind in _cut_segment(text, seg):
            s0, s1 = _trimmed(text, s0, s1)
            if s1 > s0:
                spans.append(Span(s0, s1, index, kind, tuple(reference_markers(text, s0, s1))))
        index += 1
    return spans


def reference_markers(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Absolute offsets of the source's own reference markers in ``text[start:end]``.

    Bracketed numbers ("[27]", "[3–5]", each of "[1][2]"), "[citation needed]", footnote letters
    ("[a]") and parenthetical author–year citations ("(Smith, 2019)", "(Smith et al., 2019; Lee
    2020)"). These belong to the source: they are never the bot's citation markers.
    """
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _REFERENCE.finditer(text, start, end)]


def strip_references_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` without its reference markers, and where each kept character came from.

    ``offsets[i]`` is the index in ``text`` of character ``i`` of the result, and
    ``offsets[len(result)] == len(text)``; so a range ``[a, b)`` of the result maps back to
    ``text[offsets[a] : offsets[b - 1] + 1]``. A space left before punctuation or at the end by a
    removed marker ("shown (Smith, 2019).") goes too.
    """
    keep = [True] * len(text)
    for s, e in reference_markers(text):
        for i in range(s, e):
            keep[i] = False
        before, nxt = s - 1, e
        while nxt < len(text) and not keep[nxt]:
            nxt += 1
        if before >= 0 and text[before] == " " and (nxt >= len(text) or text[nxt] in " .,;:!?)"):
            keep[before] = False
    offsets = [i for i, k in enumerate(keep) if k]
    stripped = "".join(text[i] for i in offsets)
    offsets.append(len(text))
    return stripped, offsets


def strip_references(text: str) -> str:
    """``text`` with the source's reference markers removed, for display and prompts. Offsets change:
    citations keep quoting ``source[start:end]`` (``strip_references_with_map`` gives the map)."""
    return strip_references_with_map(text)[0]


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """Lowercased words with apostrophes normalized, stop words kept."""
    return [w.replace("’", "'").lower() for w in _WORD.findall(text)]


def tokenize(text: str) -> list[str]:
    """Stemmed content words: the terms BM25 and the citation checks compare."""
    stems = (w.split("'")[0] for w in words(text))
    return [_stem(w) for w in stems if w and w not in STOP_WORDS]


# ---- the bot's own citation markers ------------------------------------------------------------
MARKER = re.compile(r"\s*\[(\d{1,3})\]")
_ANY_BRACKET = re.compile(r"\s*\[[^\]]{0,20}\]")


def strip_markers(text: str) -> str:
    """``text`` without any short bracketed token (a model's "[1]", "[source]"), spaces collapsed."""
    return " ".join(_ANY_BRACKET.sub("", text).split())


def unmarked(text: str) -> str:
    """``text`` quoted in an answer with its bracketed numbers in full-width brackets ("［1］"): a
    source's own "[1]" quoted verbatim must never read as one of the bot's citation markers."""
    return re.sub(r"\[(\d{1,3})\]", "\uff3b\\1\uff3d", text)


def markers_valid(text: str, citations: tuple[Citation, ...]) -> bool:
    """Every [n] in ``text`` has a citation numbered n (the contract the CLI and UI rely on)."""
    numbers = {c.n for c in citations}
    return all(int(m) in numbers for m in MARKER.findall(text))
