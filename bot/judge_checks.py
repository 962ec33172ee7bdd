"""The judge's clause-level checks: hedges and what they govern, contrasts, unfinished sentences, names.

Part of the independent judge (``bot.judge``). Hands on ``span_hedges`` (each hedge or negation in
a span with the stems it governs), ``contrast_sides`` (the two sides of each "but"/"while" in a
span), ``check_unfinished`` (the ``unfinished`` reasons for a sentence) and ``names_in`` (the names
and acronyms a sentence uses), which ``bot.judge`` combines into a ``Verdict``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.judge_speakers import speaker_key
from bot.judge_words import (
    ATTRIBUTION_VERBS,
    AUXILIARIES,
    ENDING_WORDS,
    FUNCTION_WORDS,
    HEDGE_GROUPS,
    HEDGE_WORDS,
    IRREGULAR_VERBS,
    MULTIWORD_HEDGES,
    NAME,
    SUBJECT_PRONOUNS,
    content_words,
    stem,
    words,
)

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"—–]|\s-\s|\.\s|\b(?:but|while|whereas|although|however|because)\b")


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
        for phrase, kind in MULTIWORD_HEDGES.items():
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
                    following = [x for x in content_words(rest) if x not in AUXILIARIES]
                    if following:  # what is denied: "did not prove …" → "not prove"
                        w = f"{w} {following[0]}"
                out.append((w, kind, _scope_stems(rest)))
    return out


CONTRASTS = frozenset("but however while whereas although though yet".split())


def contrast_sides(span: str) -> list[tuple[set[str], set[str], str]]:
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
        if w in AUXILIARIES or w in IRREGULAR_VERBS or w == "n't":
            return True
        if len(w) > 3 and w.endswith("ed"):
            return True
        if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")):
            return True
        if i > 0 and ws[i - 1] in SUBJECT_PRONOUNS and w not in FUNCTION_WORDS:
            return True
    return False


def check_unfinished(sentence: str, spans: Sequence[str] = ()) -> list[str]:
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
    if last in FUNCTION_WORDS or last in HEDGE_WORDS:
        tail_words = body.split()[-3:]
        tail = r"\s+".join(re.escape(w.strip("\"“”'’.,;:")) for w in tail_words)
        for span in spans:
            after = [span[x.end() :] for x in re.finditer(tail, span)] if tail else []
            if after and all(re.match(r"\s+[\w(]", rest) for rest in after):
                out.append(f"unfinished: cut off after '{' '.join(tail_words)}'")
                break
    # A frame around a sentence that already says who speaks: "Doe says Jane Doe … said …".
    frame = re.match(rf"^\s*(?P<n>{NAME})\s+{ATTRIBUTION_VERBS}\b", sentence)
    if frame:
        rest = sentence[frame.end() :]
        inner = re.search(
            rf"(?:\b(?:he|she|{re.escape(speaker_key(frame.group('n')).title())})\s+{ATTRIBUTION_VERBS}\b)"
            rf"|(?:,\s*{ATTRIBUTION_VERBS}\b)",
            rest,
        )
        if inner:
            out.append(
                f"unfinished: attributed twice ('{frame.group(0).strip()}' … '{inner.group(0).strip()}')"
            )
    return out


def names_in(sentence: str) -> list[str]:
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
            if not re.match(rf"(?:['’]s\s+\w+\s+)?{ATTRIBUTION_VERBS}\b", following):
                continue
        out.append(t.rstrip("'’").removesuffix("'s").removesuffix("’s"))
    return out
