"""Page furniture: the sentences of a page that are not its content.

Site disclaimers ("All … content is medically reviewed…", "press Ctrl + Enter"), "Last reviewed:
<date>", navigation ("Main article: X", "See also", "Related articles", breadcrumbs), "Similar
posts", share and cookie banners, contact and sales lines ("DM me", "work directly with me",
"subscribe"), bylines ("By Jane Doe", "— Jane Doe, PhD") and headings alone. The rules are general
patterns that fit any website or forum; nothing here names a site or a person.

``classify(text, start, end, kind)`` gives the reason a span is furniture, or ``None``.
``mark_furniture(text, spans, overrides)`` returns the spans with furniture set to kind "furniture"
and its reason (bylines keep kind "byline"). ``Overrides`` holds one document's sidecar overrides
(``exclude = ["regex", …]``, ``exclude_ranges = [[start, end], …]``): a span that a pattern matches
or that overlaps a range is furniture with reason "excluded". Furniture is never evidence and never
a passage (``chunking.chunk``); it stays in the source text, shown greyed, offsets unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

REASONS = (
    "disclaimer",
    "last-reviewed",
    "navigation",
    "similar-posts",
    "contact",
    "sales",
    "byline",
    "heading-only",
    "cookie",
    "share",
    "excluded",
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = "|".join(
    (
        r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}",  # 02.07.2025, 2025-07-02
        rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}",  # July 2, 2025
        rf"\d{{1,2}}\s+{_MONTH}\s+\d{{4}}",  # 2 July 2025
        r"\d{4}|\d+\s+\w+\s+ago|yesterday|today",
    )
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"

# reason → (longest sentence in words the rule applies to, alternatives). Searched case-insensitively.
_RULES: dict[str, tuple[int, tuple[str, ...]]] = {
    "last-reviewed": (
        14,
        (
            r"^\W*(?:last\s+(?:reviewed|updated|modified|edited|checked)|(?:date\s+)?(?:updated|published|"
            rf"posted|reviewed|modified)(?:\s+on)?)\b\W{{0,3}}(?:on\s+|by\s+[^:]{{0,40}}\s+on\s+)?(?:{_DATE})"
            # … and nothing after the date but a byline or a "| 5 min read"-style tail
            r"(?:\s*[|•·–-][^!?]{0,60}|\s+by\s+[^!?]{0,60})?\W*$",
        ),
    ),
    "disclaimer": (
        80,
        (
            r"\ball\b.{0,40}\bcontent\b.{0,20}\b(?:is|are)\b.{0,20}\b(?:reviewed|fact[- ]checked)",
            r"\b(?:medically|expert)[- ]reviewed\b|\bfact[- ]checked\b",
            r"\breviewed by (?:our|a) (?:medical|editorial)\b",
            r"\b(?:strict|editorial)\s+(?:sourcing|editorial)\s+(?:guidelines|polic(?:y|ies)|standards)\b",
            r"\b(?:numbers|links) in (?:parentheses|brackets)\b.{0,80}"
            r"\b(?:links?|studies|references|sources)\b",
            r"\bpress\s+ctrl\s*\+\s*enter\b|\bcontent is inaccurate\b|\breport an error\b",
            r"\bfor (?:general )?(?:informational|educational) purposes only\b",
            r"\bnot (?:intended (?:as|to be) |meant as |a substitute for )(?:\w+ ){0,2}"
            r"(?:medical|professional) (?:advice|diagnosis)",
            r"\bwe may (?:earn|receive) (?:a )?(?:small )?commission\b|\baffiliate links?\b",
            r"©|\bcopyright \d{4}\b|\ball rights reserved\b",
        ),
    ),
    "navigation": (
        20,
        (
            r"^\W*(?:main articles?|further information|for more information|see also|more information)\s*:",
            r"^\W*(?:part of )?this (?:section|article|page) is (?:transcluded|excerpted) from\b",
            r"^\W*\(?\s*edit\s*(?:\|\s*history\s*)?\)?\W*$",
            r"^\W*see also\b[^.!?]*$",
            r"^\W*(?:skip to (?:main )?content|back to top|table of contents|contents|home|menu|read more|"
            r"continue reading|(?:next|previous) (?:post|article|page|story)|"
            r"(?:new|latest|recent|popular|trending|top|more) (?:publications|posts|articles|news|stories))"
            r"\b[^.!?]{0,40}$",
            r"^[^.!?]{1,40}(?:\s[>»›/|]\s[^.!?]{1,40}){2,}$",  # breadcrumbs: Home > News > Science
        ),
    ),
    "similar-posts": (
        12,
        (
            # a label line, even glued to the next widget ("Similar PostsNew publications")
            r"^\W*(?:similar|related|recommended|more) "
            r"(?:posts|articles|stories|reads|content|topics|reading)(?:\b|(?-i:(?=[A-Z])))[^.!?]*$",
            r"^\W*you (?:may|might) also (?:like|enjoy)\b",
            r"^\W*(?:more|other) (?:posts|articles) (?:like this|from)\b",
        ),
    ),
    "share": (
        20,
        (
            r"^\W*(?:share|tweet|pin|email|print)(?: (?:this|it))?(?: (?:article|post|page|story))?\W*$",
            r"^\W*share (?:this|it|on|via)\b|\bfollow (?:us|me) on\b|\blike us on\b",
        ),
    ),
    "cookie": (
        60,
        (
            r"\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b",
            r"\bcookie (?:policy|settings|preferences|consent)\b",
        ),
    ),
    "contact": (
        40,
        (
            r"\b(?:dm|pm|direct message|message|email|e-mail|text) me\b",
            r"\bshoot me (?:a|an) (?:dm|message|email|e-mail|line|text)\b",
            r"\bcontact (?:page|form)\b|\bget in touch\b",
            r"\b(?:contact|reach|email|write to) (?:me|us) (?:at|on|via|through|here)\b",
        ),
    ),
    "sales": (
        50,
        (
            r"\bwork (?:directly |one[- ]on[- ]one )?with me\b|\bhire me\b|\b(?:buy|order|shop) now\b",
            r"\buse (?:the |my |our )?(?:code|coupon)\b|\bpromo code\b|\b\d{1,2}% off\b|\bfree trial\b",
            r"\b(?:book|schedule) (?:a|your) (?:free )?(?:call|consultation|session)\b",
            r"\b(?:join|enrol+ in|sign up for) (?:my|our) "
            r"(?:program|programme|course|coaching|newsletter|community|membership)\b",
            r"\bsign up (?:now|today|here|for free)\b|^\W*(?:sign up|subscribe|log in|register)\W*$",
            r"\bsubscribe (?:to (?:our|my|the) (?:newsletter|channel|blog|list|podcast)|now|today|here)\b",
            r"\bcheck out my (?:program|programme|course|coaching|shop|store|book)\b",
        ),
    ),
    "byline": (
        12,
        (
            rf"^\W*(?:by|written by|author:|(?:posted|published|updated)(?: on)?(?: [\w ,.]{{0,30}})? by)\s+"
            rf"(?:(?:dr|prof|mr|mrs|ms)\.?\s+)?{_NAME}(?:,\s*[A-Z][\w.-]*)*\W*$",
            r"^\W*(?:photo |image |video )?credits?\s*:\s*\S[^.!?]*$",
            rf"^(?:—|–|--)\s*{_NAME}(?:,\s*[A-Z][\w.\- ]*){{0,3}}$",
        ),
    ),
}
_COMPILED = tuple(
    (reason, re.compile("|".join(f"(?:{p})" for p in patterns), re.I | re.S), words)
    for reason, (words, patterns) in _RULES.items()
)


@dataclass(frozen=True)
class Overrides:
    """One document's furniture overrides, from its sidecar (``exclude``, ``exclude_ranges``)."""

    patterns: tuple[str, ...] = ()
    ranges: tuple[tuple[int, int], ...] = ()

    def matches(self, text: str, start: int, end: int) -> bool:
        body = text[start:end]
        if any(re.search(p, body, re.I) for p in self.patterns):
            return True
        return any(s < end and start < e for s, e in self.ranges)


class _SpanLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...


S = TypeVar("S", bound=_SpanLike)


def classify(text: str, span_start: int, span_end: int, kind: str = "text") -> str | None:
    """Why ``text[span_start:span_end]`` is page furniture ("disclaimer", "navigation", …), or ``None``.

    ``kind`` is the segmenter's kind: a "heading" that no rule names is "heading-only" (a heading
    alone is never evidence, but stays a heading); a "byline" is "byline".
    """
    body = text[span_start:span_end].strip()
    words = len(body.split())
    for reason, pattern, max_words in _COMPILED:
        if words <= max_words and pattern.search(body):
            return reason
    if kind == "byline":
        return "byline"
    if kind == "heading":
        return "heading-only"
    return None


def mark_furniture(text: str, spans: Sequence[S], overrides: Overrides | None = None) -> list[S]:
    """``spans`` with page furniture marked: kind "furniture" (bylines stay "byline"), ``reason`` set.

    Headings that no rule names keep kind "heading" (their reason is "heading-only").
    """
    out: list[S] = []
    for span in spans:
        if overrides is not None and overrides.matches(text, span.start, span.end):
            out.append(replace(span, kind="furniture", reason="excluded"))  # type: ignore[type-var]
            continue
        reason = classify(text, span.start, span.end, span.kind)
        if reason is None:
            out.append(span)
        elif reason == "heading-only":
            out.append(replace(span, reason=reason))  # type: ignore[type-var]
        elif reason == "byline":
            out.append(replace(span, kind="byline", reason=reason))  # type: ignore[type-var]
        else:
            out.append(replace(span, kind="furniture", reason=reason))  # type: ignore[type-var]
    return out
