"""Strict verification: a draft sentence is kept only if its one evidence unit says all of it.

``check(sentence, evidence, question)`` finds the unit that holds most of the sentence's content words
and keeps the sentence only if, against that unit:

* **words**: every content lemma is in the unit (a speech verb and the unit's own speaker's name
  may frame it: "Lee says …"); so no question-only word ("smoking"), no added claim;
* **hedges**: every hedge or negation that governs a claimed word in the unit is kept ("may offer"
  → "offers" fails), and no negation is added;
* **numbers** are identical, and no superlative, generalisation or certainty word the unit lacks
  ("best", "all", "always", "proven", "known", "shows") appears;
* **speaker**: a person named as saying it is the unit's speaker;
* **order**: the content words come in the unit's order (no role swaps such as who stimulated whom);
* **complete**: at least four words, not ending on a function word, brackets and quotes balanced;
* the unit is a claim (never furniture, a heading or an instruction).

It does not trust the decoder: drafts from a remote server, which cannot be constrained, pass the same
gate. ``Verdict`` hands on the unit that supports the sentence (or none) and the failed rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.evidence import Evidence
from bot.text import tokenize, words
from bot.units import HEDGES, SPEECH_VERBS

_SPEECH_WORDS = frozenset(w for v in SPEECH_VERBS.split("|") for w in v.split())
_FRAME_TERMS = frozenset(tokenize(" ".join(_SPEECH_WORDS)) + tokenize("according"))
_NEGATIONS = frozenset(
    "not no never none nothing neither nor without cannot can't don't doesn't didn't isn't aren't "
    "wasn't weren't won't impossible inconclusive".split()
)
# Certainty, scope and causal words a claim must not gain: checked on plain words, since several
# are stop words the content-lemma check cannot see.
_UPGRADES = frozenset(
    "best most only always every all never proven proves prove proof guarantee guarantees guaranteed "
    "cure cures definitely certainly clearly known shows show showed shown causes cause caused "
    "directly essential crucial key greatest strongest everyone everybody".split()
)
_DANGLING = frozenset(
    "a an the and or but of to in on at for with by from as that which who than because if while "
    "their its his her our your my this these those is are was were be been".split()
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NAMED = re.compile(r"\b([A-Z][a-z][\w’'\-]*)\s+(?:" + "|".join(sorted(_SPEECH_WORDS)) + r")\b")


@dataclass(frozen=True)
class Verdict:
    sentence: str
    evidence: Evidence | None  # the supporting unit when ok
    reasons: tuple[str, ...]  # the rules it failed (empty when ok)

    @property
    def ok(self) -> bool:
        return self.evidence is not None and not self.reasons


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def _contains(haystack: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", haystack) is not None


def governing_hedges(unit_text: str, sentence_terms: set[str]) -> list[str]:
    """Hedges of the unit that govern a word the sentence claims (one of the next four content words)."""
    return [h for h, governed in _hedge_scopes(unit_text) if set(governed) & sentence_terms]


def _hedge_scopes(unit_text: str) -> list[tuple[str, list[str]]]:
    """(hedge, the next four content lemmas it governs) for every hedge occurrence in the unit."""
    text = _norm(unit_text)
    out: list[tuple[str, list[str]]] = []
    taken: list[tuple[int, int]] = []
    for hedge in sorted(HEDGES, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w']){re.escape(hedge)}(?![\w'])", text):
            # "did not prove" covers its "not": a shorter hedge inside a longer one is the same hedge.
            if any(a <= m.start() and m.end() <= b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append((hedge, tokenize(text[m.end() : m.end() + 80])[:4]))
    return out


def _kept_before(sentence_words: list[str], hedge: str, governed: list[str]) -> bool:
    """The hedge stands in the sentence just before (within five words of) a word it governs."""
    phrase = hedge.split()
    stems = [tokenize(w)[:1] for w in sentence_words]
    targets = [k for k, st in enumerate(stems) if st and st[0] in governed]
    for k in targets:
        for j in range(max(0, k - 5 - len(phrase)), k - len(phrase) + 1):
            if sentence_words[j : j + len(phrase)] == phrase:
                return True
    return False


def _in_order(terms: list[str], unit_terms: list[str]) -> bool:
    """True when ``terms`` can be matched to positions of ``unit_terms`` that never go backwards."""
    positions: dict[str, list[int]] = {}
    for i, t in enumerate(unit_terms):
        positions.setdefault(t, []).append(i)
    last = -1
    for t in terms:
        later = [p for p in positions.get(t, []) if p >= last]
        if not later:
            return False
        last = later[0]
    return True


_FRAME = re.compile(
    r"^(?:(?:Also|However|But),?\s+)?"
    r"(?:[Aa]ccording to (?P<name2>[A-Z][\w’'\-]+),?\s*|(?P<name>[A-Z][\w’'\-]+)\s+"
    rf"(?:{'|'.join(sorted(_SPEECH_WORDS))})\s+(?:that\s+)?)"
)
# A clause cannot start with these: "Lee says that can produce …" has lost its subject.
_NO_SUBJECT = frozenset(
    "that which who whom whose can could may might must will would should is are was were has have "
    "had do does did be been being to and or".split()
)


def _complete(sentence: str) -> bool:
    tokens = words(sentence)
    if len(tokens) < 4 or tokens[-1] in _DANGLING or sentence.rstrip().endswith((",", ":", ";", "-", "—")):
        return False
    body = words(_FRAME.sub("", sentence, count=1))
    if not body or body[0] in _NO_SUBJECT:
        return False
    if sentence.count("(") != sentence.count(")") or sentence.count("“") != sentence.count("”"):
        return False
    return sentence.count('"') % 2 == 0


_CONTRACTIONS = frozenset({"s", "t", "m", "re", "ve", "ll", "d"})


def _garbled(word: str) -> bool:
    """A lone letter ("M''WORD" splits into "m") or a made-up contraction ("m'a"): tokenising
    drops both as stop words, so they would pass as connecting words though no source has them."""
    base, _, suffix = word.partition("'")
    if not suffix:
        return len(base) == 1 and base not in ("a", "i")
    return suffix not in _CONTRACTIONS or (len(base) == 1 and base != "i")


def check_against(sentence: str, e: Evidence, question: str = "") -> tuple[str, ...]:
    """The rules ``sentence`` breaks against one evidence unit (empty: it is supported)."""
    reasons: list[str] = []
    unit = e.unit
    if unit.kind != "claim":
        reasons.append(f"cites {unit.kind}")
    speaker_terms = set(tokenize(unit.speaker)) if unit.speaker else set()
    said = _norm(sentence)
    source = _norm(unit.text)
    # A frame ("Lee says that …", "According to Lee, …") may add a speech verb and a name;
    # the name must be the unit's speaker. Anywhere else, every word must be the unit's.
    frame = _FRAME.match(sentence)
    name = (frame.group("name") or frame.group("name2")) if frame else ""
    if frame and set(tokenize(name)) <= set(tokenize(unit.text)) - speaker_terms:
        frame = None  # "Studies show that …", "Research suggests …": the unit's own words, not a frame
    if frame and _norm(name) != _norm(unit.speaker):
        reasons.append(f"speaker: {name} is not who says this")
    body = sentence[frame.end() :] if frame else sentence
    terms = tokenize(body)
    unit_terms = tokenize(unit.text)
    held = set(unit_terms)
    extra = [t for t in terms if t not in held and t not in speaker_terms]
    source_words = set(words(unit.text))
    extra += [w for w in words(body) if w not in source_words and _garbled(w)]
    if extra:
        asked = set(tokenize(question))
        kind = "question-only word" if set(extra) & asked else "word not in the source"
        reasons.append(f"{kind}: {', '.join(dict.fromkeys(extra))}")
    said_list = said.replace(",", " ").replace(".", " ").split()
    needed: Counter[str] = Counter()
    for hedge, governed in _hedge_scopes(unit.text):
        if set(governed) & set(terms):
            needed[hedge] += 1
            if not _kept_before(said_list, hedge, governed):
                reasons.append(f"dropped hedge: {hedge}")
    for hedge, count in needed.items():  # "can improve … which can help": both must stay
        if len(re.findall(rf"(?<![\w']){re.escape(hedge)}(?![\w'])", said)) < count and (
            f"dropped hedge: {hedge}" not in reasons
        ):
            reasons.append(f"dropped hedge: {hedge}")
    said_words = set(words(sentence))
    added_negation = (said_words & _NEGATIONS) - source_words
    if added_negation:
        reasons.append(f"added negation: {', '.join(sorted(added_negation))}")
    upgrades = (said_words & _UPGRADES) - source_words
    if upgrades:
        reasons.append(f"upgrade: {', '.join(sorted(upgrades))}")
    if set(_NUMBER.findall(sentence)) - set(_NUMBER.findall(unit.text)):
        reasons.append("number changed")
    for m in _NAMED.finditer(body):
        name = m.group(1)
        pronoun = name.lower() in {"it", "this", "that", "he", "she", "they"}
        if pronoun or _norm(name) in _norm(unit.speaker):
            continue
        if unit.speaker or not _contains(source, _norm(name)):
            reasons.append(f"speaker: {name} is not who says this")
    dropped = _dropped_attribution(body, unit.text, speaker_terms)
    if dropped:
        reasons.append(f"dropped attribution: {dropped}")
    core = [t for t in terms if t in held and t not in speaker_terms]
    if not _in_order(core, unit_terms):
        reasons.append("order changed")
    if not _complete(sentence):
        reasons.append("unfinished sentence")
    if not core:
        reasons.append("says nothing from the source")
    return tuple(reasons)


_REPORTED = re.compile(
    r"\b(?:" + "|".join(sorted(_SPEECH_WORDS)) + r"|shown|show|shows|showed|found|find|finds|means|"
    r"concluded|suggest|demonstrated|demonstrates|reveals|revealed|indicates|indicated)\s+(?:that\s+)?$",
    re.I,
)
_PRONOUNS = frozenset("he she they it we i".split())
# Words of a reporting clause that do not say who reports: verbs and discourse openers.
_NOT_A_SOURCE = frozenset(
    tokenize(
        "shown show found find means conclude suggest demonstrate reveal indicate also already "
        "however but instead furthermore moreover addition result example instance fact indeed still "
        "yet thus therefore first sure"
    )
)


def _dropped_attribution(body: str, unit_text: str, speaker_terms: set[str]) -> str:
    """The reporting clause a copy left out, when it says more than who speaks.

    "Regular walking can lower …" copied from "Several studies have already shown that regular
    walking can lower …" drops *who found it*; dropping "Lee noted that" (the speaker, whom a
    frame names) does not.
    """
    first = words(body)[:3]
    if len(first) < 3:
        return ""
    norm = _norm(unit_text).replace("“", " ").replace("”", " ").replace('"', " ")
    m = re.search(r"(?<![\w'])" + r"\W+".join(re.escape(w) for w in first) + r"(?![\w'])", norm)
    if m is None or m.start() == 0:
        return ""
    prefix = norm[: m.start()]
    if not _REPORTED.search(prefix.strip(" ,:;") + " "):
        return ""
    said_by = {t for t in tokenize(prefix) if t not in speaker_terms and t not in _FRAME_TERMS}
    said_by -= set(tokenize(" ".join(_PRONOUNS)))
    said_by -= _NOT_A_SOURCE
    return prefix.strip(" ,:;") if said_by else ""


def check(sentence: str, evidence: Sequence[Evidence], question: str = "") -> Verdict:
    """The verdict for one sentence against the evidence shown to the model."""
    terms = set(tokenize(sentence))
    if not evidence:
        return Verdict(sentence, None, ("no evidence",))
    # The unit holding most of the sentence's words is the one it claims to copy.
    best = max(evidence, key=lambda e: (len(terms & set(tokenize(e.unit.text))), -e.n))
    reasons = check_against(sentence, best, question)
    return Verdict(sentence, None if reasons else best, reasons)
