"""An independent, strict support judge: does a cited answer sentence say only what its spans say?

Written apart from the answer pipeline (it shares no code with the evidence, verification or
composition modules) so that eval can measure them. It works on plain strings and hands on a
``Verdict``; ``judge_answer`` applies it to an answer as printed by ``ask --json``.

``judge_sentence(sentence, spans, context=None, question="") -> Verdict`` rejects a sentence
(``ok=False``) with one named reason per failure (``"<reason>: <detail>"``):

* ``unsupported_word``: a content word (Snowball-stemmed) is in no cited span. Exempt: a closed
  list of function and connective words, attribution verbs ("says", "notes", "according", ...) and
  the name of a span's speaker. A word that also appears in ``question`` is reported as
  ``question_word`` instead (the answer echoed the question, not the source).
* ``dropped_hedge``: a hedge or negation in a span ("may", "could", "potentially", "suggests",
  "associated with", "inconclusive", "not", "some", "typically", ...) governs words the sentence
  uses (they share stems with what follows it in its clause) and the sentence has no hedge of the
  same kind.
* ``certainty_upgrade``: the spans hedge and the sentence asserts ("shows", "proves", "known to",
  "causes"; a causal verb where the span said "associated with"; the governed verb without its
  "may").
* ``overclaim``: a superlative or generalisation ("best", "most", "always", "all", "every", "never",
  "proven", "guaranteed", ...) that no span has.
* ``number``: a number (digits or words) that no span has.
* ``unknown_name``: a capitalised name or acronym found in neither the spans nor their context.
* ``wrong_speaker``: the sentence names a speaker ("Doe said", "according to Roe", "Doe's
  claim") who is not the person who says the cited span. The span's speaker is decided here from
  ``context`` (the source text around the span): the attribution after or before its quotation
  ("…,” Doe cautioned", "He explained that: \\"…"), a quotation continuing an attributed one,
  an em-dash byline ("” — Jane Doe, PhD"), reported speech ("Roe noted that …", "said Jane
  Doe"), with "he"/"she" resolved to the last named speaker before it.
* ``spliced``: the sentence joins words from both sides of a contrast in a span ("…, but more
  research is needed to reverse …") without any contrast word of its own.
* ``unfinished``: fewer than 4 words, no verb, ends in a preposition, article or conjunction, ends
  in a conjunct cut off where its span goes on ("…, and future studies."), or frames a sentence
  that already names its speaker ("Doe says Jane Doe … said …").
* ``furniture``: page furniture or instructions as content ("Last reviewed", "press Ctrl + Enter",
  "DM me", "contact page", "sign up", ...).

``judge_answer(answer_json, read_source) -> list[Judged]`` judges every cited sentence of an
answer (``Answer.to_json()``): it reads ``sentences`` (text, citations, speaker, verdict) and
``citations`` (n, source, start, end, text), checks each span against ``read_source(source)``,
passes the surrounding text as context, skips system frames (verdict "meta" without citations),
and falls back to the "[n]" markers in ``answer`` when ``sentences`` is empty.

The judge is four modules: ``bot.judge_words`` (word lists, tokens, stems), ``bot.judge_speakers``
(who says a span), ``bot.judge_checks`` (hedges, contrasts, unfinished sentences, names) and this
one, which combines them into verdicts and re-exports the names eval and the tests use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.judge_checks import CONTRASTS, check_unfinished, contrast_sides, names_in, span_hedges
from bot.judge_speakers import find_span, lowercase_words, named_speakers, span_speaker, speaker_key
from bot.judge_words import (
    CAUSAL_WORDS,
    CERTAINTY_WORDS,
    FURNITURE_PHRASES,
    MULTIWORD_HEDGES,
    OVERCLAIM_WORDS,
    SATISFIES,
    content_words,
    numbers,
    stem,
    strip_markers,
    words,
)

__all__ = [
    "Judged",
    "Verdict",
    "content_words",
    "judge_answer",
    "judge_sentence",
    "marked_sentences",
    "span_speaker",
    "speaker_key",
    "split_sentences",
    "stem",
    "strip_markers",
]


@dataclass(frozen=True)
class Verdict:
    """The judgement on one sentence: ``ok`` when no reason was found; each reason is "<name>: <detail>"."""

    ok: bool
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Judged:
    """One sentence of an answer with the citation numbers it rests on and its verdict.

    ``label`` is the answer's own word for the sentence ("supported", "quoted", "meta"; "" when the
    sentences were parsed from the text).
    """

    text: str
    citations: tuple[int, ...]
    verdict: Verdict
    label: str = ""


@dataclass(frozen=True)
class _Span:
    text: str
    context: str  # the text around the span (the span itself when none was given)
    offset: int  # where the span starts in context
    speaker: str  # display name of who says it ("" = the document's own voice)


def judge_sentence(
    sentence: str, spans: Sequence[str], context: Sequence[str] | None = None, question: str = ""
) -> Verdict:
    """Judge one answer sentence against the exact texts it cites (see the module docstring).

    ``context[i]`` is optional source text around ``spans[i]`` (it must contain the span), used to
    decide who speaks the span and to accept names that appear around it.
    """
    prepared = []
    for i, span in enumerate(spans):
        ctx = context[i] if context is not None and i < len(context) and context[i] else span
        offset = find_span(span, ctx)
        if offset < 0:
            ctx, offset = span, 0
        prepared.append(_Span(span, ctx, offset, span_speaker(span, ctx, offset)))
    return _judge(sentence, prepared, question)


def _judge(sentence: str, spans: Sequence[_Span], question: str) -> Verdict:
    text = strip_markers(sentence)
    reasons: list[str] = []
    low = text.lower()
    reasons += [f"furniture: {p}" for p in FURNITURE_PHRASES if p in low]
    reasons += check_unfinished(text, [sp.text for sp in spans])
    if not spans:
        return Verdict(False, (*reasons, "unsupported_word: no cited span"))
    span_text = " ".join(s.text for s in spans)
    span_words = set(words(span_text))
    span_stems = {stem(w) for w in span_words}
    around = " ".join(s.context for s in spans)
    lowered = lowercase_words(around) | lowercase_words(span_text)
    speakers = [s.speaker for s in spans]
    speaker_keys = {speaker_key(s) for s in speakers if s}
    speaker_words = {w for s in speakers for w in words(s)}
    question_stems = {stem(w) for w in content_words(question)}
    sentence_words = words(text)

    # Content words that no span holds.
    seen: set[str] = set()
    for w in content_words(text):
        st = stem(w)
        if st in seen or st in span_stems or w in speaker_words or w in OVERCLAIM_WORDS:
            continue
        seen.add(st)
        reasons.append(f"{'question_word' if st in question_stems else 'unsupported_word'}: {w}")

    # Numbers.
    reasons += [f"number: {n:g}" for n in sorted(numbers(text) - numbers(span_text))]

    # Superlatives and generalisations.
    reasons += [
        f"overclaim: {w}"
        for w in dict.fromkeys(sentence_words)
        if w in OVERCLAIM_WORDS and w not in span_words
    ]

    # Hedges that govern what the sentence says, and certainty upgrades.
    sentence_stems = {stem(w) for w in content_words(text)}
    present = set(sentence_words) | {
        kind for phrase, kind in MULTIWORD_HEDGES.items() if re.search(rf"\b{phrase}\b", low)
    }
    dropped_kinds: set[str] = set()
    governed_verbs: set[str] = set()
    for hedge, kind, scope in (h for s in spans for h in span_hedges(s.text)):
        overlap = scope & sentence_stems
        satisfied = bool(present & SATISFIES[kind]) or (kind == "association" and "association" in present)
        denied = hedge.split()[1:] if kind == "negation" else []  # "not prove": what the negation denies
        if denied and stem(denied[0]) not in sentence_stems:
            # The denied word is gone: a negation kept elsewhere now denies something else; with no
            # negation the sentence is governed only if it reuses the clause substantially.
            if (satisfied and overlap) or (not satisfied and len(overlap) >= 2):
                reasons.append(f"dropped_hedge: {hedge}")
                dropped_kinds.add(kind)
            continue
        if not overlap or (len(overlap) < 2 and len(overlap) * 2 < len(scope)):
            continue
        if satisfied:
            continue
        if f"dropped_hedge: {hedge}" not in reasons:
            reasons.append(f"dropped_hedge: {hedge}")
        dropped_kinds.add(kind)
        governed_verbs |= overlap
    hedged = {kind for s in spans for _, kind, _ in span_hedges(s.text)} - {"negation"}
    if hedged:
        upgrades = [w for w in sentence_words if w in CERTAINTY_WORDS and stem(w) not in span_stems]
        if "association" in hedged:
            upgrades += [w for w in sentence_words if w in CAUSAL_WORDS and stem(w) not in span_stems]
        if dropped_kinds & {"possibility", "ability", "suggestion", "association"}:
            upgrades += [w for w in sentence_words if stem(w) in governed_verbs and w.endswith("s")]
        reasons += [f"certainty_upgrade: {w}" for w in dict.fromkeys(upgrades)]

    # Words from both sides of a contrast the sentence drops ("… health, but more research is needed to
    # reverse …" → "research suggests it can reverse …").
    if not set(sentence_words) & CONTRASTS:
        claim_stems = sentence_stems - {stem(w) for w in speaker_words}
        for sp in spans:
            for left, right, word in contrast_sides(sp.text):
                if claim_stems & (left - right) and claim_stems & (right - left):
                    reasons.append(f"spliced: joins both sides of '{word}'")

    # Names and acronyms that appear nowhere around the spans.
    around_low = around.lower().replace("’", "'")
    for name in dict.fromkeys(names_in(text)):
        n = name.lower().replace("’", "'")
        if not re.search(rf"(?<!\w){re.escape(n)}(?!\w)", around_low):
            reasons.append(f"unknown_name: {name}")

    # A named speaker who does not say the cited span.
    for name in dict.fromkeys(named_speakers(text, lowered)):
        if speaker_key(name) not in speaker_keys:
            said = ", ".join(sorted({s for s in speakers if s})) or "the document itself"
            reasons.append(f"wrong_speaker: {name} (the span is {said}'s)")
    return Verdict(not reasons, tuple(dict.fromkeys(reasons)))


# ---- whole answers ------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_MARK_GROUP = re.compile(r"(?:\s*\[\d{1,3}\])+")


def split_sentences(text: str) -> list[str]:
    """A plain sentence splitter (period, "!" or "?" followed by a capital), for drafts and fallbacks."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def marked_sentences(text: str) -> list[tuple[str, tuple[int, ...]]]:
    """(sentence, marker numbers) from answer text whose sentences end in "[n]" groups.

    A sentence without a marker comes back with no numbers.
    """
    out: list[tuple[str, tuple[int, ...]]] = []
    pos = 0
    for m in _MARK_GROUP.finditer(text):
        body = text[pos : m.start()]
        marks = tuple(int(n) for n in re.findall(r"\d+", m.group(0)))
        parts = split_sentences(body)
        out += [(p, ()) for p in parts[:-1]]
        if parts:
            out.append((parts[-1], marks))
        pos = m.end()
    tail = text[pos:].strip()
    if tail and tail not in {".", "!", "?"}:
        out += [(p, ()) for p in split_sentences(tail)]
    return [(s.strip(), marks) for s, marks in out if s.strip(" .")]


def _context_window(text: str, start: int, end: int, before: int = 2500, after: int = 600) -> tuple[str, int]:
    """Whole lines around ``text[start:end]``: (window, offset of the span in it)."""
    a = text.rfind("\n", 0, max(0, start - before)) + 1 if start > before else 0
    b = text.find("\n", min(len(text), end + after))
    b = len(text) if b < 0 else b
    return text[a:b], start - a


def judge_answer(answer_json: dict[str, Any], read_source: Callable[[str], str]) -> list[Judged]:
    """Judge every cited sentence of ``Answer.to_json()``; ``read_source(path)`` returns a source's text."""
    if answer_json.get("declined"):
        return []
    citations = {int(c["n"]): c for c in answer_json.get("citations", [])}
    entries = answer_json.get("sentences") or []
    if entries:
        items = [(str(e.get("text", "")), tuple(int(n) for n in e.get("citations", [])), e) for e in entries]
    else:
        items = [(s, marks, {}) for s, marks in marked_sentences(str(answer_json.get("answer", "")))]
    texts: dict[str, str] = {}
    out = []
    for text, marks, entry in items:
        if entry.get("verdict") == "meta" and not marks:
            continue
        reasons: list[str] = []
        spans: list[_Span] = []
        if not marks:
            reasons.append("uncited: the sentence has no citation")
        for n in marks:
            c = citations.get(n)
            if c is None:
                reasons.append(f"bad_citation: [{n}] points at nothing")
                continue
            source = str(c["source"])
            if source not in texts:
                try:
                    texts[source] = read_source(source)
                except OSError:
                    texts[source] = ""
            full = texts[source]
            start, end = int(c["start"]), int(c["end"])
            if full[start:end] != c["text"]:
                reasons.append(f"span_mismatch: [{n}] is not {source}[{start}:{end}]")
                spans.append(_Span(c["text"], c["text"], 0, span_speaker(c["text"])))
                continue
            window, offset = _context_window(full, start, end)
            spans.append(_Span(c["text"], window, offset, span_speaker(c["text"], window, offset)))
        verdict = _judge(text, spans, str(answer_json.get("question", "")))
        declared = str(entry.get("speaker", "") or "")
        if declared and spans and speaker_key(declared) not in {speaker_key(s.speaker) for s in spans}:
            said = ", ".join(sorted({s.speaker for s in spans if s.speaker})) or "the document itself"
            reasons.append(f"wrong_speaker: labelled {declared} (the span is {said}'s)")
        all_reasons = tuple(dict.fromkeys((*reasons, *verdict.reasons)))
        out.append(Judged(text, marks, Verdict(not all_reasons, all_reasons), str(entry.get("verdict", ""))))
    return out
