"""Who says a span: the judge's reading of quotations, attributions and bylines in source text.

Part of the independent judge (``bot.judge``). ``span_speaker(span, context, offset)`` decides the
speaker of a span from the text around it (the attribution after or before its quotation, a
quotation continuing an attributed one, an em-dash byline, reported speech, "he"/"she" resolved to
the last named speaker); ``named_speakers`` finds the people a sentence says are speaking;
``speaker_key`` is the surname they are compared by. Hands these on (with ``lowercase_words`` and
``find_span``) to ``bot.judge_checks`` and ``bot.judge``.
"""

from __future__ import annotations

import re

from bot.judge_words import ATTRIBUTION_VERBS, FUNCTION_WORDS, HEDGE_WORDS, NAME, WORD, words


def _is_name(name: str, lowered: set[str]) -> bool:
    """A capitalised sequence is a name when its last word is not a common word of the texts."""
    last = words(name)[-1] if words(name) else ""
    return bool(last) and last not in FUNCTION_WORDS and last not in lowered and last not in HEDGE_WORDS


def lowercase_words(text: str) -> set[str]:
    return {w.replace("’", "'").split("'")[0] for w in WORD.findall(text) if w[:1].islower()}


def speaker_key(name: str) -> str:
    """The surname a speaker is compared by: "Jane Doe" and "Doe's" both give "doe"."""
    ws = words(name)
    return ws[-1] if ws else ""


def _attributions(text: str, lowered: set[str]) -> list[tuple[int, str]]:
    """(position, name) of every named attribution in a text: "X said", "said X", "— X", "X, a …, said"."""
    found: list[tuple[int, str]] = []
    patterns = (
        rf"\b(?P<n>{NAME})\s+{ATTRIBUTION_VERBS}\b",
        rf"\b{ATTRIBUTION_VERBS}\s+(?P<n>{NAME})",
        rf"\b[Aa]ccording\s+to\s+(?P<n>{NAME})",
        rf"[—–]\s*(?P<n>{NAME})",
        rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<n>{NAME}),[^.\n\"“”]{{0,300}},\s*{ATTRIBUTION_VERBS}\b",
    )
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            name = m.group("n")
            if _is_name(name, lowered):
                found.append((m.start("n"), name))
    return sorted(found)


def _resolve(who: str, pos: int, context: str, lowered: set[str]) -> str:
    """A pronoun ("he", "she") becomes the last named speaker before ``pos``; a name stays itself."""
    if who.lower() not in {"he", "she"}:
        return who if _is_name(who, lowered) else ""
    before = _attributions(context[:pos], lowered)
    return before[-1][1] if before else ""


def _quotes(context: str) -> list[tuple[int, int]]:
    """(open, close) of each quotation, paired inside a paragraph; close is the index after the mark."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in context.split("\n"):
        opened: int | None = None
        straight: int | None = None
        for i, ch in enumerate(line):
            if ch == "“":
                opened = pos + i
            elif ch == "”" and opened is not None:
                out.append((opened, pos + i + 1))
                opened = None
            elif ch == '"':
                if straight is None:
                    straight = pos + i
                else:
                    out.append((straight, pos + i + 1))
                    straight = None
        pos += len(line) + 1
    return sorted(out)


def _quote_speaker(
    quote: tuple[int, int], quotes: list[tuple[int, int]], context: str, lowered: set[str]
) -> str:
    start, end = quote
    line_end = context.find("\n", end)
    after = context[end : line_end if line_end >= 0 else len(context)][:160]
    name_or_pronoun = rf"(?P<n>{NAME}|he|she)"
    for pattern in (
        rf"^\s*[,.]?\s*[—–]\s*(?P<n>{NAME})",
        rf"^\s*,?\s*{name_or_pronoun}\s+{ATTRIBUTION_VERBS}\b",
        rf"^\s*,?\s*{ATTRIBUTION_VERBS}\s+{name_or_pronoun}",
    ):
        m = re.match(pattern, after)
        if m:
            return _resolve(m.group("n"), start, context, lowered)
    line_start = context.rfind("\n", 0, start) + 1
    before = context[line_start:start]
    m = re.search(rf"{name_or_pronoun}\s+{ATTRIBUTION_VERBS}(?:\s+that)?\s*[:,]?\s*$", before)
    if m:
        return _resolve(m.group("n"), start, context, lowered)
    # A quotation that continues an attributed one in the same paragraph has the same speaker.
    earlier = [q for q in quotes if q[1] <= start and "\n" not in context[q[1] : start]]
    if earlier:
        return _quote_speaker(earlier[-1], quotes, context, lowered)
    return ""


def span_speaker(span: str, context: str | None = None, offset: int | None = None) -> str:
    """Who says ``span``, decided from ``context`` (the source text around it); "" = the document."""
    context = context if context is not None else span
    if offset is None:
        offset = find_span(span, context)
    if offset < 0:
        context, offset = span, 0
    lowered = lowercase_words(context)
    quotes = _quotes(context)
    for q in quotes:
        if q[0] <= offset < q[1] - 1:
            return _quote_speaker(q, quotes, context, lowered)
    # Reported speech: the attribution is in the span's own sentence.
    sentence_start = max(context.rfind(". ", 0, offset) + 2, context.rfind("\n", 0, offset) + 1, 0)
    sentence_start = min(sentence_start, offset)
    ends = [i for i in (context.find(". ", offset + len(span) - 1), context.find("\n", offset)) if i >= 0]
    sentence_end = min(ends) + 1 if ends else len(context)
    sentence_end = max(sentence_end, offset + len(span))
    sentence = context[sentence_start:sentence_end]
    m = re.match(
        rf"^\s*(?:(?:However|But|And|Also|Instead|Still),?\s+)?(?P<n>{NAME}|[Hh]e|[Ss]he)"
        rf"(?:,[^.\"“”]{{0,300}},)?\s+{ATTRIBUTION_VERBS}\b",
        sentence,
    )
    if m:
        return _resolve(m.group("n"), sentence_start, context, lowered)
    named = _attributions(sentence, lowered)
    return named[0][1] if named else ""


def find_span(span: str, context: str) -> int:
    at = context.find(span)
    if at >= 0:
        return at
    pattern = r"\s+".join(re.escape(w) for w in span.split())
    m = re.search(pattern, context) if pattern else None
    return m.start() if m else -1


def named_speakers(sentence: str, known_lowercase: set[str]) -> list[str]:
    """People the sentence says are speaking: "X says", "said X", "according to X", "X's claim"."""
    names = [name for _, name in _attributions(sentence, known_lowercase)]
    for m in re.finditer(
        rf"\b(?P<n>{NAME})['’]s\s+(?:claim|claims|view|views|words|point|argument|statement|warning|"
        r"caution|conclusion|opinion|finding|findings|remark|comment|suggestion)\b",
        sentence,
    ):
        if _is_name(m.group("n"), known_lowercase):
            names.append(m.group("n"))
    return names
