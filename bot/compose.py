"""Composition: verified sentences (or the chosen units themselves) → the typed, cited answer.

* ``display(unit)`` is a unit as the model and the reader see it: the source's own reference markers
  ("[27]") and an extracted page's markdown marks ("**sudo**", "`/etc/shadow`", "• ") elided,
  quotation marks and attribution tails (", he said.") trimmed, and a pronoun that says who speaks
  ("he cautioned") replaced by the speaker's name. Only words are removed or a pronoun named: the
  citation still points at the exact span.
* ``frame(text, evidence)`` makes the claim whose it is: a quoted person's claim is written as theirs
  ("Lee says …"), and a claim from a weak or unrated source is led by what it is ("A
  blogger writes: …", from the source's sidecar: author or kind), the lead a "meta" sentence of its
  own so the claim stays the source's words. A claim that leans on its section's title ("`/etc/shadow`
  is readable by this group." under the term "shadow") is led by that title ("Under “shadow”:"), so a
  manual's or glossary's entry still says what it is about.
* ``compose`` keeps the verified sentences (at most one per unit), leads with the first evidence unit
  when the draft left it out, and notes where sources differ in certainty; ``extractive`` is the
  answer when no draft sentence survives: the chosen units, framed and cited.
* ``render`` numbers the citations by first use and hands on ``AnswerSentence``s, the text with
  ``[n]`` markers and the ``Citation``s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.evidence import Evidence
from bot.text import split_sentences, strip_references, words
from bot.types import AnswerSentence, Citation, Source
from bot.units import SPEECH_VERBS

_REFS = re.compile(r"\s?\[(?:\d{1,3}(?:[,–-]\s?\d{1,3})*|citation needed|note \d+)\]", re.I)
_QUOTE_MARKS = re.compile(r"[“”\"]")
# Markdown an extracted page carries (bold, code, emphasis) and a list bullet: marks, not words.
_MARKUP = ((re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), r"\1\2"), (re.compile(r"`([^`\n]+)`"), r"\1"))
_EMPHASIS = re.compile(r"(?<![\w*])\*([^\s*][^*\n]*?)\*(?![\w*])")
_BULLET = re.compile(r"^[•▪●◦‣]\s*")
_TAIL = re.compile(
    rf"[,.]?\s*(?:[—–-]\s*)?(?:he|she|they|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)\s+(?:{SPEECH_VERBS})\s*\.?\s*$",
    re.I,
)
_BYLINE_TAIL = re.compile(r"\s+[—–]\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*(?:,\s*[A-Z][\w.\-]*)*\s*$")
_LEAD = re.compile(rf"^(?:he|she|they)\s+(?:{SPEECH_VERBS})(?:\s+that)?\s*:?\s*", re.I)
# Discourse openers that tie a sentence to the one before it in the source; alone they dangle.
_OPENER = re.compile(
    r"^(?:however|but|and|so|also|instead|furthermore|moreover|in addition|as a result|for example|"
    r"for instance|in fact|indeed|still|yet|thus|therefore|first of all|sure)\s*,?\s+",
    re.I,
)
_PRONOUN_SPEAKS = re.compile(rf"\b(?:he|she)\s+(?=(?:{SPEECH_VERBS})\b)", re.I)
_SAID = re.compile(r"^(.{1,40}?\b(?:says|notes|adds|cautions|explains|suggests|writes) (?:that )?)(.*)$")
HEDGED = frozenset(
    "may might could potentially suggests suggested inconclusive typically possibly "
    "not associated unclear".split()
)


def display(e: Evidence | None = None, text: str | None = None, speaker: str = "") -> str:
    """The unit's words as shown: references elided, quotes and attribution trimmed, speaker named."""
    if e is not None:
        text, speaker = e.unit.text, e.unit.speaker
    assert text is not None
    out = _REFS.sub("", " ".join(strip_references(text).split()))
    out = _QUOTE_MARKS.sub("", out.replace('""', "\0")).strip().replace("\0", '""')  # keep (such as "")
    for pattern, keep in _MARKUP:
        out = pattern.sub(keep, out)
    out = _BULLET.sub("", _EMPHASIS.sub(r"\1", out))
    if speaker:
        out = _BYLINE_TAIL.sub("", out)
        trimmed = _TAIL.sub("", out)
        if trimmed != out and len(trimmed.split()) >= 4:
            out = trimmed
        lead = _LEAD.match(out)
        if lead and len(out[lead.end() :].split()) >= 4:
            out = out[lead.end() :]
            out = out[:1].upper() + out[1:]
        out = _PRONOUN_SPEAKS.sub(f"{speaker} ", out)
    out = _unopened(out).strip(" ,;:-—–")
    if out and not _ENDED.search(out):
        out += "."
    return out


def voice(source: Source) -> str:
    """How to name a weak source in prose: its author, else its kind ("A forum post")."""
    if source.strength <= 0:
        return "An unrated source"
    author = re.sub(r"\s*\([^)]*\)", "", source.author).strip()
    if author:
        return author[:1].upper() + author[1:]
    kind = source.kind or "document"
    article = "An" if kind[:1].lower() in "aeiou" else "A"
    return f"{article} {kind}"


def _lower_first(text: str, names: frozenset[str] = frozenset()) -> str:
    first = text.split(" ", 1)[0]
    # Keep names, acronyms and "I" ("CNS", "Lee", "Anna", "I") as they are.
    if first in ("I", "I’m", "I'm", "I’ve", "I'd") or (len(first) > 1 and first[1:].lower() != first[1:]):
        return text
    if first.strip(",.;:") in names:
        return text
    return text[:1].lower() + text[1:]


def proper_words(text: str) -> frozenset[str]:
    """Capitalised words a text uses right after a lowercase word: names ("said Anna Lee" →
    "Anna"), never to be lowered; a sentence's own first word ("The", "Walking") is not one."""
    return frozenset(re.findall(r"(?<=[a-z,;] )([A-Z][a-z][\w’'\-]*)", text))


def mentions(text: str, name: str) -> bool:
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", text) is not None


_ENDED = re.compile(r"[.!?…][\"'”’)\]]*$")  # "… health.”" is ended: no second period
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y|[Mm]e)\b")


def frame(text: str, e: Evidence, weak_below: int = 2) -> tuple[str, str, str]:
    """(sentence, speaker, lead): "Lee says …" for a quote; for a weak source's own claim a lead
    that names it ("A blogger writes:"), kept apart so the claim stays the source's words."""
    speaker = e.unit.speaker
    names = proper_words(e.unit.text)
    body = text.rstrip()
    said = _SAID.match(body)
    core = said.group(2) if said else body
    if speaker and _FIRST_PERSON.search(core) and not mentions(core, speaker):
        # "Lee says we focused on …" reads as if the bot focused: a first-person claim is quoted.
        return f"{speaker} says: “{core[:1].upper()}{core[1:]}”", speaker, ""
    if said and speaker and mentions(said.group(2), speaker):
        # "Lee says that Anna Lee … said …": the copy names its speaker; the frame goes.
        body = said.group(2)[:1].upper() + said.group(2)[1:]
    elif said:  # "Lee says that Walking …" → "Lee says that activities …"
        body = said.group(1) + _lower_first(said.group(2), names)
    if speaker and not mentions(body, speaker):
        return f"{speaker} says {_lower_first(body, names)}", speaker, ""
    section = section_title(e)
    under = f"Under “{section}”" if section else ""
    if not speaker and e.hit.source.strength < weak_below:
        kind = e.hit.source.kind
        verb = "writes" if re.search(r"\b(post|article|blog|forum|book)\b", kind, re.I) else "says"
        who = voice(e.hit.source)
        if under and who.startswith(("A ", "An ")):
            who = who[:1].lower() + who[1:]
        lead = f"{under}, {who} {verb}:" if under else f"{who} {verb}:"
        return body[:1].upper() + body[1:], "", lead
    return body, speaker, (f"{under}:" if under else "")


# A sentence that leans on its section's title for its subject: "readable by this group", "It owns …".
_DEICTIC = re.compile(
    r"\b(?:this|these)\s+(?!(?:can|could|are|were|may|might|will|would|should|must|have|had|do)\b)[a-z][\w-]*"
    r"|^(?:It|They|Used (?:by|for)|Allows|Lets|Gives|Owns|Runs as|Holds)\b"  # a glossary entry's own subject
)
_TITLE_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|\d{1,2}(?:\.\d{1,2})*\.?\s+)")


def section_title(e: Evidence) -> str:
    """The short title (three words at most, not a question) of the section the unit sits in, when
    the unit leans on it for its subject and does not name it; otherwise ""."""
    lean = _DEICTIC.search(e.unit.text)
    if not lean:
        return ""
    passage = e.hit.passage
    title = passage.heading
    before = passage.text[: max(0, e.start - passage.start)]
    for span in split_sentences(before):
        if span.kind == "heading":
            title = before[span.start : span.end]
    title = _TITLE_MARKS.sub("", title).strip()
    if not title or len(title.split()) > 3 or title.endswith("?"):
        return ""
    # "this group" leans on the title even where the title's word appears ("`/etc/shadow` is readable
    # by this group" under "shadow"); "It owns …" does not when the title is named in it.
    named = set(words(title)) <= set(words(e.unit.text))
    return title if lean.group(0)[:1].islower() or not named else ""


def compose(
    verified: Sequence[tuple[str, Evidence]], evidence: Sequence[Evidence], limit: int = 3
) -> list[tuple[str, Evidence]]:
    """Verified sentences made into an answer: one per unit, led by the best unit."""
    out: list[tuple[str, Evidence]] = []
    used: set[int] = set()
    for text, e in verified:
        if e.n in used:
            continue
        out.append((text, e))
        used.add(e.n)
    wrote_after = {b.n: a.n for (_, a), (_, b) in pairwise(out)}  # the sentence before each, in the draft
    if out and evidence and evidence[0].n not in used:
        # The draft skipped the unit that answers best: it leads, in its own words.
        out.insert(0, (display(evidence[0]), evidence[0]))
    # Evidence order (best and strongest first), whatever order the model wrote them in.
    ordered = sorted(out, key=lambda s: s[1].n)[:limit]
    # "However, …" ties a sentence to the one the model wrote before it: first in the answer, or after
    # another sentence once dropped or reordered, it ties it to nothing, or contrasts what the sources
    # never set against each other
    kept: list[tuple[str, Evidence]] = []
    for i, (text, e) in enumerate(ordered):
        follows = i > 0 and wrote_after.get(e.n) == ordered[i - 1][1].n
        kept.append((text if follows else _unopened(text), e))
    return kept


def _unopened(text: str) -> str:
    """``text`` without a discourse opener ("However, X" → "X"), when enough is left to stand alone."""
    opener = _OPENER.match(text)
    if not opener or len(text[opener.end() :].split()) < 4:
        return text
    rest = text[opener.end() :]
    return rest[:1].upper() + rest[1:]


def extractive(evidence: Sequence[Evidence], count: int = 2) -> list[tuple[str, Evidence]]:
    """The chosen units themselves, as shown to the model: the answer when no draft sentence survives."""
    return [(display(e), e) for e in evidence[:count]]


# Two units speak of the same thing when they share this many content words: one shared word is
# often only the domain's ("muscle"), and a note that two sources differ on unrelated claims misleads.
SAME_CLAIM_WORDS = 2


def certainty_note(kept: Sequence[tuple[str, Evidence]]) -> str:
    """A sentence saying the sources differ in certainty: a stronger one hedges a claim that a weaker
    one, speaking of the same thing (``SAME_CLAIM_WORDS`` content words shared), states outright."""
    by_source: dict[str, tuple[Source, list[Evidence], list[Evidence]]] = {}
    for _, e in kept:
        _, hedged, plain = by_source.setdefault(e.hit.source.path, (e.hit.source, [], []))
        (hedged if set(e.unit.hedges) & HEDGED else plain).append(e)
    if len(by_source) < 2:
        return ""
    ranked = sorted(by_source.values(), key=lambda s: -s[0].strength)
    strong, weak = ranked[0], ranked[-1]
    same = any(len(a.terms & b.terms) >= SAME_CLAIM_WORDS for a in strong[1] for b in weak[2])
    if strong[0].strength > weak[0].strength and same and not weak[1]:
        return (
            f"The sources differ in certainty: the {strong[0].kind} is more cautious than the {weak[0].kind}."
        )
    return ""


def render(
    kept: Sequence[tuple[str, Evidence]], note: str = ""
) -> tuple[str, tuple[Citation, ...], tuple[AnswerSentence, ...]]:
    """Answer text with markers numbered by first use, the citations, and the typed sentences."""
    numbers: dict[tuple[str, int], int] = {}
    citations: list[Citation] = []
    sentences: list[AnswerSentence] = []
    parts = []
    last_lead = ("", "")  # (source, lead) of the sentence before: a run of one weak source is led once
    for text, e in kept:
        key = (e.hit.passage.source, e.start)
        if key not in numbers:
            numbers[key] = len(numbers) + 1
            citations.append(
                Citation(
                    n=numbers[key],
                    passage_id=e.hit.passage.id,
                    source=e.hit.passage.source,
                    title=e.hit.source.title,
                    evidence=e.hit.source.evidence,
                    start=e.start,
                    end=e.end,
                    text=e.text,
                )
            )
        framed, speaker, lead = frame(text, e)
        body = framed.rstrip()
        if body and not _ENDED.search(body):
            body += "."
        this_lead = (e.hit.passage.source, lead) if lead else ("", "")
        if lead and this_lead == last_lead:
            lead = ""
        last_lead = this_lead
        if lead:
            sentences.append(AnswerSentence(lead, (), "", "meta"))
        sentences.append(AnswerSentence(body, (numbers[key],), speaker, "supported"))
        parts.append(f"{lead} {body} [{numbers[key]}]".strip())
    if note:
        sentences.append(AnswerSentence(note, (), "", "meta"))
        parts.append(note)
    return " ".join(parts), tuple(citations), tuple(sentences)
