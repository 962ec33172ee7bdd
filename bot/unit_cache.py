"""The evidence units of indexed documents and of retrieved passages, cached per file version.

``source_units(source)`` hands on every unit of one document in document order, ``source_text``
the canonical text their offsets point into, ``hit_units(hit)`` the units inside one retrieved
passage, ``usable(unit)`` whether a unit may be evidence (a claim of three or more words),
``source_acronyms(source)`` the acronyms a document defines, ``introduction(source, speaker)`` the
first claim naming a quoted person, and ``first_claim(source)`` its lede. ``bot.evidence`` and the
stages around it read units only through here, so a document is split once per version.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.acronyms import defined
from bot.sources import document_text, read_exclude, source_path
from bot.text import tokenize
from bot.types import Hit, Source, Unit
from bot.units import document_units


def source_units(source: Source) -> tuple[Unit, ...]:
    """Every unit of one document, in document order (cached per file version)."""
    return _document_units(source.path, source.sha256)


def source_text(source: Source) -> str:
    """The canonical text the units' offsets point into (cached per file version: a page's text is
    extracted once, not at every question about it)."""
    return _document_text(source.path, source.sha256)


@lru_cache(maxsize=256)
def _document_text(source: str, sha256: str) -> str:
    return document_text(source_path(source))


@lru_cache(maxsize=256)
def _document_units(source: str, sha256: str) -> tuple[Unit, ...]:
    """All units of one document (``sha256`` keys the cache: an edited file is read anew)."""
    path = source_path(source)
    text = _document_text(source, sha256)
    return tuple(document_units(text, source, [], read_exclude(path, text)))


def source_acronyms(source: Source) -> dict[str, str]:
    """The acronyms ``source`` defines ("… Nervous System (PNS)"), each with its long form."""
    return dict(_document_acronyms(source.path, source.sha256))


@lru_cache(maxsize=256)
def _document_acronyms(source: str, sha256: str) -> tuple[tuple[str, str], ...]:
    # (a tuple: the cached value is shared by every caller, so none may change it)
    return tuple(defined(_document_text(source, sha256)).items())


def introduction(source: Source, speaker: str) -> Unit | None:
    """The first claim of ``source`` that names ``speaker`` (by surname): where it introduces them."""
    surname = re.compile(rf"\b{re.escape(speaker.split()[-1])}\b")
    return next((u for u in source_units(source) if usable(u) and surname.search(u.text)), None)


def first_claim(source: Source) -> Unit | None:
    """The first claim of ``source``: its lede, where a document says what it is about."""
    return next((u for u in source_units(source) if usable(u)), None)


def hit_units(hit: Hit) -> list[Unit]:
    """The units inside one retrieved passage, tied to it."""
    p = hit.passage
    try:
        units = _document_units(p.source, hit.source.sha256)
    except (OSError, UnicodeDecodeError):
        return []
    return [replace(u, passage_id=p.id) for u in units if p.start <= u.start and u.end <= p.end]


def usable(unit: Unit) -> bool:
    """A claim with enough words to say something: the only kind of unit that may be evidence."""
    return unit.kind == "claim" and len(tokenize(unit.text)) >= 3
