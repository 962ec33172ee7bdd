"""Corpus profile: what the documents in a corpus folder are about, read from ``<seeds_dir>/corpus.toml``.

Everything the bot says about its corpus comes from here, never from ``bot/``: the ``title`` (page
title and heading), the ``scope`` sentence every decline quotes, the ``questions`` it answers (the
chat's starters and a decline's suggestions), the medical ``conditions`` whose mention adds a
see-a-professional note, and the ``strength_scale`` that says what the sidecars' strength numbers
mean. ``load_profile`` hands on a ``Profile`` (re-read when the file changes), or None.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Profile:
    """``<seeds_dir>/corpus.toml``: what the corpus is about and questions it answers."""

    title: str
    scope: str
    questions: tuple[str, ...]
    conditions: tuple[str, ...] = ()  # medical terms that add the see-a-professional note
    strength_scale: str = ""  # what the sidecars' strength numbers mean, for "is that trustworthy?"


def load_profile(seeds_dir: Path) -> Profile | None:
    """The corpus profile, or None when the folder has none (or it is unreadable)."""
    path = seeds_dir / "corpus.toml"
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    return _profile(path, stamp)


@lru_cache(maxsize=8)
def _profile(path: Path, stamp: int) -> Profile | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return Profile(
        title=str(data.get("title", "")),
        scope=str(data.get("scope", "")),
        questions=_strings(data.get("questions")),
        conditions=_strings(data.get("conditions")),
        strength_scale=str(data.get("strength_scale", "")),
    )


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value if str(v).strip()) if isinstance(value, list) else ()


def names_condition(question: str, profile: Profile | None) -> bool:
    """The question names one of the profile's ``conditions`` (a word starting with one of them:
    "Alzheimer" matches "Alzheimer's"; "stroke" does not match "strokes of luck" only if listed so)."""
    if profile is None or not profile.conditions:
        return False
    return _condition_pattern(profile.conditions).search(question) is not None


def condition_words(question: str, profile: Profile | None) -> list[str]:
    """The question's words that start with one of the profile's ``conditions``, whole ("autistic")."""
    if profile is None or not profile.conditions:
        return []
    return _condition_word_pattern(profile.conditions).findall(question)


@lru_cache(maxsize=8)
def _condition_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + ")", re.IGNORECASE)


@lru_cache(maxsize=8)
def _condition_word_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_condition_pattern(terms).pattern + r"[\w'’]*", re.IGNORECASE)
