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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer

# ---- word lists (closed, generic English; nothing here knows the corpus) ------------------------
FUNCTION_WORDS = frozenset(
    """
a an the this that these those it its it's itself they them their theirs themselves he him his she
her hers we us our you your yours i me my mine who whom whose which what when where why how there
here and or but nor so yet also as than then thus hence therefore however moreover furthermore
instead while whereas although though because since if whether unless until both either neither
each other another such same of in on at to for from by with into onto about above below over
under between among through during before after against within upon via per like be is are was
were been being am do does did done doing have has had having will would shall should must
just even still already very quite rather too well only's one's s t yes
""".split()
)
ATTRIBUTION_WORDS = frozenset(
    "say says said saying note notes noted according write writes wrote add adds added caution "
    "cautions cautioned explain explains explained state states stated".split()
)
_ATTRIBUTION_VERBS = (
    r"(?:said|says|noted|notes|explained|explains|cautioned|cautions|added|adds|pointed\s+out|"
    r"points\s+out|suggested|suggests|wrote|writes|told|argued|argues|stated|states|warned|warns|"
    r"stressed|stresses|emphasized|emphasised|concluded|concludes|commented|continued|believes|thinks)"
)
# Hedges and negations a sentence must keep when they govern what it says, grouped by kind.
_POSSIBILITY = frozenset("may might could potentially possibly perhaps likely probably".split())
HEDGE_GROUPS: dict[str, frozenset[str]] = {
    "possibility": _POSSIBILITY,
    "ability": frozenset({"can"}),
    "suggestion": frozenset("suggest suggests suggested suggesting indicate indicates indicated".split()),
    "association": frozenset("associated linked correlated correlation correlations correlate".split()),
    "inconclusive": frozenset("inconclusive unclear uncertain unproven unknown".split()),
    "negation": frozenset(
        "not no never neither nor without cannot impossible unable none nothing lack lacks n't".split()
    ),
    "quantity": frozenset(
        "some several certain few many most typically usually often generally sometimes".split()
    ),
}
# What satisfies a hedge of each kind in the sentence.
_SATISFIES: dict[str, frozenset[str]] = {
    "possibility": _POSSIBILITY,
    "ability": _POSSIBILITY | {"can"},
    "suggestion": HEDGE_GROUPS["suggestion"] | _POSSIBILITY,
    "association": HEDGE_GROUPS["association"] | _POSSIBILITY,
    "inconclusive": HEDGE_GROUPS["inconclusive"] | HEDGE_GROUPS["negation"],
    "negation": HEDGE_GROUPS["negation"],
    "quantity": HEDGE_GROUPS["quantity"],
}
_MULTIWORD_HEDGES = {"associated with": "association", "linked to": "association", "tied to": "association"}
_HEDGE_WORDS = frozenset().union(*HEDGE_GROUPS.values())
OVERCLAIM_WORDS = frozenset(
    """
best worst most least always all every everyone everybody everything never proven guaranteed
guarantee guarantees definitely certainly undoubtedly unquestionably clearly only greatest strongest
biggest optimal optimally cure cures cured perfect completely totally
""".split()
)
CERTAINTY_WORDS = frozenset(
    """
show shows showed shown prove proves proved proven demonstrate demonstrates demonstrated confirm
confirms confirmed establish establishes established known know cause causes caused fact definitely
certainly clearly will guaranteed
""".split()
)
CAUSAL_WORDS = frozenset(
    """
cause causes caused improve improves improved increase increases increased reduce reduces reduced
boost boosts boosted prevent prevents prevented protect protects protected lead leads trigger
triggers make makes
""".split()
)
ENDING_WORDS = frozenset(
    """
a an the to of in on at for from by with into onto between among during without via per and or but
nor than because if whether its their his her your our my
""".split()
)
_AUXILIARIES = frozenset(
    """
is are was were be been being am has have had do does did can could may might must shall should
will would cannot
""".split()
)
_IRREGULAR_VERBS = frozenset(
    """
found led took taken made saw seen went gone got gave given lost sent kept began grew thought told
held felt chose knew known shown proven said ran swam wrote written brought bought built became
""".split()
)
_SUBJECT_PRONOUNS = frozenset("i you we they he she it people".split())
FURNITURE_PHRASES = (
    "last reviewed",
    "last updated",
    "press ctrl",
    "ctrl +",
    "ctrl+",
    "dm me",
    "a dm",
    "direct message",
    "contact page",
    "contact us",
    "sign up",
    "signup",
    "subscribe",
    "click here",
    "read more",
    "similar posts",
    "related posts",
    "all rights reserved",
    "cookie",
    "newsletter",
    "log in",
    "share this",
    "work directly with me",
    "please select",
    "clickable links",
)
_IRREGULAR_STEMS = {
    "shown": "show",
    "proven": "prove",
    "known": "know",
    "knew": "know",
    "said": "say",
    "found": "find",
    "led": "lead",
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "ran": "run",
    "swam": "swim",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "told": "tell",
    "n't": "not",
}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update(
    {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
)
_NUMBER_WORDS.update({"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12, "half": 0.5})

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)?", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_MARKER = re.compile(r"\s*\[\d{1,3}\]")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"—–]|\s-\s|\.\s|\b(?:but|while|whereas|although|however|because)\b")
_NAME = r"(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+"
_stemmer = snowballstemmer.stemmer("english")


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


# ---- words --------------------------------------------------------------------------------------
def words(text: str) -> list[str]:
    """Lowercased word tokens, curly apostrophes made straight, "n't" split off as its own word."""
    out: list[str] = []
    for w in _WORD.findall(text):
        w = w.replace("’", "'").lower()
        if w.endswith("n't"):
            base = {"can't": "can", "won't": "will", "cannot": "can"}.get(w, w[:-3])
            out += [base, "n't"] if base else ["n't"]
        elif w.endswith(("'s", "'re", "'ve", "'ll", "'d")):
            out.append(w.split("'")[0])
        else:
            out.append(w)
    return out


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball stem, with the irregular forms a stemmer misses ("shown" → "show")."""
    word = word.lower()
    return _stemmer.stemWord(_IRREGULAR_STEMS.get(word, word))


def content_words(text: str) -> list[str]:
    """Words that must be backed by a span: not function words, attribution verbs or hedges."""
    return [
        w
        for w in words(text)
        if w not in FUNCTION_WORDS
        and w not in ATTRIBUTION_WORDS
        and w not in _HEDGE_WORDS - HEDGE_GROUPS["negation"]
        and not _NUMBER.fullmatch(w)
        and w not in _NUMBER_WORDS
    ]


def numbers(text: str) -> set[float]:
    """Every number in a text, digits or words ("70", "seventy", "3-5" → 3 and 5)."""
    out = {float(n.replace(",", "")) for n in _NUMBER.findall(text)}
    out |= {float(_NUMBER_WORDS[w]) for w in words(text) if w in _NUMBER_WORDS}
    return out


def strip_markers(text: str) -> str:
    return " ".join(_MARKER.sub("", text).split())


# ---- speakers -----------------------------------------------------------------------------------
def _is_name(name: str, lowered: set[str]) -> bool:
    """A capitalised sequence is a name when its last word is not a common word of the texts."""
    last = words(name)[-1] if words(name) else ""
    return bool(last) and last not in FUNCTION_WORDS and last not in lowered and last not in _HEDGE_WORDS


def _lowercase_words(text: str) -> set[str]:
    return {w.replace("’", "'").split("'")[0] for w in _WORD.findall(text) if w[:1].islower()}


def speaker_key(name: str) -> str:
    """The surname a speaker is compared by: "Jane Doe" and "Doe's" both give "doe"."""
    ws = words(name)
    return ws[-1] if ws else ""


def _attributions(text: str, lowered: set[str]) -> list[tuple[int, str]]:
    """(position, name) of every named attribution in a text: "X said", "said X", "— X", "X, a …, said"."""
    found: list[tuple[int, str]] = []
    patterns = (
        rf"\b(?P<n>{_NAME})\s+{_ATTRIBUTION_VERBS}\b",
        rf"\b{_ATTRIBUTION_VERBS}\s+(?P<n>{_NAME})",
        rf"\b[Aa]ccording\s+to\s+(?P<n>{_NAME})",
        rf"[—–]\s*(?P<n>{_NAME})",
        rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<n>{_NAME}),[^.\n\"“”]{{0,300}},\s*{_ATTRIBUTION_VERBS}\b",
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
    name_or_pronoun = rf"(?P<n>{_NAME}|he|she)"
    for pattern in (
        rf"^\s*[,.]?\s*[—–]\s*(?P<n>{_NAME})",
        rf"^\s*,?\s*{name_or_pronoun}\s+{_ATTRIBUTION_VERBS}\b",
        rf"^\s*,?\s*{_ATTRIBUTION_VERBS}\s+{name_or_pronoun}",
    ):
        m = re.match(pattern, after)
        if m:
            return _resolve(m.group("n"), start, context, lowered)
    line_start = context.rfind("\n", 0, start) + 1
    before = context[line_start:start]
    m = re.search(rf"{name_or_pronoun}\s+{_ATTRIBUTION_VERBS}(?:\s+that)?\s*[:,]?\s*$", before)
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
        offset = _find(span, context)
    if offset < 0:
        context, offset = span, 0
    lowered = _lowercase_words(context)
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
        rf"^\s*(?:(?:However|But|And|Also|Instead|Still),?\s+)?(?P<n>{_NAME}|[Hh]e|[Ss]he)"
        rf"(?:,[^.\"“”]{{0,300}},)?\s+{_ATTRIBUTION_VERBS}\b",
        sentence,
    )
    if m:
        return _resolve(m.group("n"), sentence_start, context, lowered)
    named = _attributions(sentence, lowered)
    return named[0][1] if named else ""


def _find(span: str, context: str) -> int:
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
        rf"\b(?P<n>{_NAME})['’]s\s+(?:claim|claims|view|views|words|point|argument|statement|warning|"
        r"caution|conclusion|opinion|finding|findings|remark|comment|suggestion)\b",
        sentence,
    ):
        if _is_name(m.group("n"), known_lowercase):
            names.append(m.group("n"))
    return names


# ---- the checks ---------------------------------------------------------------------------------
def _clauses(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if b > a]


def span_hedges(span: str) -> list[tuple[str, str, set[str]]]:
    """(hedge, kind, stems it governs) for each hedge or negation in a span.

    A hedge governs the content words after it in its clause; a verdict hedge ("inconclusive")
    governs its whole clause.
    """
    out = []
    for a, b in _clauses(span):
        clause = span[a:b]
        low = clause.lower().replace("’", "'")
        for phrase, kind in _MULTIWORD_HEDGES.items():
            for m in re.finditer(rf"\b{phrase}\b", low):
                out.append((phrase, kind, _scope_stems(clause[m.end() :])))
        tokens = list(re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)*", clause))
        for i, m in enumerate(tokens):
            for w in words(m.group(0)):
                kind = next((k for k, ws in HEDGE_GROUPS.items() if w in ws), "")
                if not kind or (w in {"associated", "linked"} and kind == "association"):
                    continue  # the multi-word form above covers "associated with"
                if w == "most" and i and tokens[i - 1].group(0).lower() == "the":
                    continue  # "the most basic": a superlative, not a quantity
                rest = clause[m.end() :]
                if kind == "inconclusive":
                    rest = clause[: m.start()] + " " + rest
                if kind == "negation" and w in {"not", "n't", "never", "no"}:
                    following = [x for x in content_words(rest) if x not in _AUXILIARIES]
                    if following:  # what is denied: "did not prove …" → "not prove"
                        w = f"{w} {following[0]}"
                out.append((w, kind, _scope_stems(rest)))
    return out


_CONTRASTS = frozenset("but however while whereas although though yet".split())


def _contrast_sides(span: str) -> list[tuple[set[str], set[str], str]]:
    """(content stems before, after, the word) for each contrast in a span.

    "X, but Y" splits at "but"; a leading "While X, Y" splits at the comma that ends its clause.
    """
    out = []
    for m in re.finditer(r"\b(but|however|while|whereas|although|though|yet)\b", span, re.IGNORECASE):
        at, word = m.start(), m.group(1).lower()
        if word == "but" and re.match(r"\s+also\b", span[m.end() :]):
            continue  # "not only … but also …" adds, it does not contrast
        if not re.sub(r"[\W_]", "", span[:at]):  # the span opens with it
            comma = span.find(",", m.end())
            if word in {"while", "whereas", "although", "though"} and comma > 0:
                at = comma
            else:
                continue
        left, right = _scope_stems(span[:at]), _scope_stems(span[at:])
        if left and right:
            out.append((left, right, word))
    return out


def _scope_stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text) if w not in HEDGE_GROUPS["negation"]}


def _has_verb(ws: list[str]) -> bool:
    for i, w in enumerate(ws):
        if w in _AUXILIARIES or w in _IRREGULAR_VERBS or w == "n't":
            return True
        if len(w) > 3 and w.endswith("ed"):
            return True
        if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")):
            return True
        if i > 0 and ws[i - 1] in _SUBJECT_PRONOUNS and w not in FUNCTION_WORDS:
            return True
    return False


def _check_unfinished(sentence: str, spans: Sequence[str] = ()) -> list[str]:
    ws = words(sentence)
    if len(ws) < 4:
        return [f"unfinished: only {len(ws)} words"]
    body = sentence.rstrip(" \"'”’)")
    last = words(body)[-1] if words(body) else ""
    if last in ENDING_WORDS or body.endswith((",", ";", ":", "-", "—")):
        return [f"unfinished: ends in '{last or body[-1]}'"]
    if not _has_verb(ws):
        return ["unfinished: no verb"]
    # A last conjunct cut off where its span goes on: "… and future studies." (span: "… in humans will …").
    out = []
    m = re.search(r"\b(and|or|but)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\W*$", body)
    if m:
        tail = r"\s+".join(re.escape(w) for w in f"{m.group(1)} {m.group(2)}".split())
        for span in spans:
            after = [span[x.end() :] for x in re.finditer(tail, span)]
            if after and all(re.match(r"\s+[\w(]", rest) for rest in after):
                out.append(f"unfinished: cut off after '{m.group(1)} {m.group(2)}'")
                break
    # A sentence that stops on a function word where its span goes on: "… is still." ("… still inconclusive").
    if last in FUNCTION_WORDS or last in _HEDGE_WORDS:
        tail_words = body.split()[-3:]
        tail = r"\s+".join(re.escape(w.strip("\"“”'’.,;:")) for w in tail_words)
        for span in spans:
            after = [span[x.end() :] for x in re.finditer(tail, span)] if tail else []
            if after and all(re.match(r"\s+[\w(]", rest) for rest in after):
                out.append(f"unfinished: cut off after '{' '.join(tail_words)}'")
                break
    # A frame around a sentence that already says who speaks: "Doe says Jane Doe … said …".
    frame = re.match(rf"^\s*(?P<n>{_NAME})\s+{_ATTRIBUTION_VERBS}\b", sentence)
    if frame:
        rest = sentence[frame.end() :]
        inner = re.search(
            rf"(?:\b(?:he|she|{re.escape(speaker_key(frame.group('n')).title())})\s+{_ATTRIBUTION_VERBS}\b)"
            rf"|(?:,\s*{_ATTRIBUTION_VERBS}\b)",
            rest,
        )
        if inner:
            out.append(
                f"unfinished: attributed twice ('{frame.group(0).strip()}' … '{inner.group(0).strip()}')"
            )
    return out


def _names_in(sentence: str) -> list[str]:
    """Capitalised words and acronyms that are not just the sentence's first word."""
    tokens = list(re.finditer(r"(?<![\w'’-])[^\W\d_][\w'’-]*", sentence))
    out = []
    for i, m in enumerate(tokens):
        t = m.group(0)
        if not t[0].isupper() or t == "I":
            continue
        first = i == 0 or sentence[tokens[i - 1].end() : m.start()].strip() in {'"', "“", "'", "‘", ":"}
        acronym = len(t) > 1 and t.isupper()
        next_cap = i + 1 < len(tokens) and tokens[i + 1].group(0)[0].isupper()
        if first and not acronym and not next_cap and words(t) and words(t)[0] in FUNCTION_WORDS:
            continue
        if first and not acronym and not next_cap:
            following = sentence[m.end() :].lstrip()
            if not re.match(rf"(?:['’]s\s+\w+\s+)?{_ATTRIBUTION_VERBS}\b", following):
                continue
        out.append(t.rstrip("'’").removesuffix("'s").removesuffix("’s"))
    return out


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
        offset = _find(span, ctx)
        if offset < 0:
            ctx, offset = span, 0
        prepared.append(_Span(span, ctx, offset, span_speaker(span, ctx, offset)))
    return _judge(sentence, prepared, question)


def _judge(sentence: str, spans: Sequence[_Span], question: str) -> Verdict:
    text = strip_markers(sentence)
    reasons: list[str] = []
    low = text.lower()
    reasons += [f"furniture: {p}" for p in FURNITURE_PHRASES if p in low]
    reasons += _check_unfinished(text, [sp.text for sp in spans])
    if not spans:
        return Verdict(False, (*reasons, "unsupported_word: no cited span"))
    span_text = " ".join(s.text for s in spans)
    span_words = set(words(span_text))
    span_stems = {stem(w) for w in span_words}
    around = " ".join(s.context for s in spans)
    lowered = _lowercase_words(around) | _lowercase_words(span_text)
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
        kind for phrase, kind in _MULTIWORD_HEDGES.items() if re.search(rf"\b{phrase}\b", low)
    }
    dropped_kinds: set[str] = set()
    governed_verbs: set[str] = set()
    for hedge, kind, scope in (h for s in spans for h in span_hedges(s.text)):
        overlap = scope & sentence_stems
        satisfied = bool(present & _SATISFIES[kind]) or (kind == "association" and "association" in present)
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
    # reverse …" → "research suggests exercise can reverse …").
    if not set(sentence_words) & _CONTRASTS:
        claim_stems = sentence_stems - {stem(w) for w in speaker_words}
        for sp in spans:
            for left, right, word in _contrast_sides(sp.text):
                if claim_stems & (left - right) and claim_stems & (right - left):
                    reasons.append(f"spliced: joins both sides of '{word}'")

    # Names and acronyms that appear nowhere around the spans.
    around_low = around.lower().replace("’", "'")
    for name in dict.fromkeys(_names_in(text)):
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
