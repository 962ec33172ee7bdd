"""Citations: the contract every answer keeps, and the helpers that check it.

Every ``[n]`` in an answer's text has a ``Citation`` numbered n, and every citation's text is
``source_text[start:end]`` exactly (``markers_valid``; the CLI and the UI rely on it). Markers a
model writes are never trusted: ``strip_markers`` removes them (and any other bracketed token)
before a draft is verified; the system attaches its own (``bot.compose.render``). Whether a passage
sentence instructs rather than informs is decided once, on evidence units (``bot.units``).
"""

from __future__ import annotations

import re

from bot.types import Citation
from bot.units import is_instruction

MARKER = re.compile(r"\s*\[(\d{1,3})\]")
_ANY_BRACKET = re.compile(r"\s*\[[^\]]{0,20}\]")


def looks_like_instruction(text: str) -> bool:
    """A sentence that tells the reader or the assistant what to do, or advertises."""
    return is_instruction(text)


def strip_markers(text: str) -> str:
    return " ".join(_ANY_BRACKET.sub("", text).split())


def markers_valid(text: str, citations: tuple[Citation, ...]) -> bool:
    """Every [n] in ``text`` has a citation numbered n (the contract the CLI and UI rely on)."""
    numbers = {c.n for c in citations}
    return all(int(m) in numbers for m in MARKER.findall(text))
