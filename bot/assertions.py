"""Requests to assert or quote a claim: "Confirm that X raises Y", "Quote the line where …", "My
coach claims X. Give me the sentence saying so."

``assertion_terms(question, described)`` hands ``bot.scope`` the terms of the claim asked for (None
when the question asks rather than asserts); ``claim_stated(terms, texts, names)`` says whether one
retrieved sentence states it all; ``unknown_claim_words`` names the claim's words the corpus never
uses, for the refusal; ``premise_terms`` reads a claim a question puts in a source's mouth. The
patterns are English request words, never words of a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from typing import TYPE_CHECKING

from bot.capitals import spelling
from bot.english import (
    ASKER_WORDS,
    KIND_CALLED,
    LEADING,
    NUMBER_WORDS,
    PREPOSITIONS,
    phrasal_verb,
    verb_reading,
)
from bot.text import STOP_WORDS, split_sentences, tokenize, words

if TYPE_CHECKING:
    from bot.retrieval import Retriever


def _one_figure(text: str) -> str:
    """``text`` with thousands separators dropped: "1,200 volunteers" holds one figure, 1200."""
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)


def unknown_claim_words(question: str, claim: Sequence[str], vocab: Container[str]) -> tuple[str, ...]:
    """The question's words, as spelled there, whose stem is a claim term the corpus never uses;
    two such words side by side are named as one ("tai chi"), unless either is a verb's form
    ("pairing yoga", "cures dementia")."""
    question = _one_figure(question)
    absent = set(claim) - set(vocab)
    named: list[str] = []
    joined = False  # the last word of the question was named, and no verb's form
    for w in words(question):
        if len(w) > 1 and (tokenize(w) or [""])[0] in absent:
            word = spelling(question, w)
            verb_form = bool(re.search(r"(s|ing|ed)$", w)) and verb_reading(w)  # "cures", "damaging"
            together = joined and not verb_form and named
            named[-1:] = [f"{named[-1]} {word}"] if together else [*named[-1:], word]
            joined = not verb_form
        else:
            joined = False
    return tuple(dict.fromkeys(named))


_LEAD_IN = re.compile(r"^\W*[\w'’ -]{1,30}:\s+(?=\w)")
# "… so I can put it in my newsletter": the asker's purpose, never part of the claim asked for
_PURPOSE = re.compile(r"\bso\s+(that\s+)?(i|we)\s+(can|could|may|might|will)\b.*$", re.IGNORECASE)


# A request to assert or quote something: "Confirm that …", "Say …", "Quote the line where …".
_ASSERTING = frozenset("confirm say state write tell claim prove agree cite quote admit declare".split())
_QUESTION_OPENERS = frozenset("what which who whom whose why how when where whether if about".split())
# "say <something>, how/what …?", "say <something>. is it …?": a supposition before the question,
# not a request to say it
_SUPPOSING = re.compile(
    r"^\W*say\b[^,?.]+[,.]\s*(how|what|where|who|when|which|would|could|should|can|do|does|is)\b", re.I
)
# Verbs that fetch a passage for the asker: "give me the line", "paste the sentence", "dig out …".
_FETCHING = frozenset("give find show get send pull paste copy dig".split())
_FETCH = rf"(?:{'|'.join(sorted(_FETCHING))})(?:\s+(?:up|out))?"
_EXACT = r"(?:exact|actual|precise|full|original)"  # "the exact line"
# what is quoted ("give me the reference where …" asks for one too)
_PASSAGE = (
    r"(?:quote|quotation|line|sentence|passage|bit|part|words|wording|reference|paragraph|excerpt|snippet)"
)
_QUOTE_REQUEST = re.compile(
    rf"^\W*(?:please\s+)?{_FETCH}\s+(?:me\s+|us\s+)?"
    r"(?:a|an|the|one|some)?\s*"
    # "give me <a person>'s quote about …", "give me the exact line …", "the <site> quote with …"
    rf"(?:[\w-]+(?:['’]s)?\s+)?(?:{_EXACT}|direct|whole)?\s*"
    rf"(?:{_PASSAGE}|citation)s?\b(.*)$",
    re.IGNORECASE,
)
# "what's the exact sentence saying X?": the same request, asked as a question
_WHICH_LINE = re.compile(
    rf"^\W*(?:so\s+)?(?:what|which)(?:['’]s|\s+is|\s+was)\s+(?:the|that)\s+{_EXACT}?\s*{_PASSAGE}\s+"
    r"(?:saying|that\s+says|which\s+says|stating|where)\b(.*)$",
    re.IGNORECASE,
)
# "which sentence in the article says X?": the same request, naming where to look
_WHICH_SAYS = re.compile(
    rf"^\W*(?:so\s+|ok\s+)?(?:what|which)\s+{_PASSAGE}\s+(?:in|of|from)\s+(?:the|that|this|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:says|said|claims|claimed|states|stated)\s+(?:that\s+)?(.*)$",
    re.IGNORECASE,
)
_FILLER = frozenset("me us please just that the line lines sentence passage words bit part".split())
# "… saying so", "… that says that": the request points back at a claim said before it.
_SAYING_SO = re.compile(
    r"\b(?:saying|says|that\s+says|which\s+says|stating|showing|proving|backing)\s+(?:so|that|this|it)\W*$"
    r"|\b(?:for|about)\s+(?:that|this|it)\W*$"
    # "… right? quote me that part", "cite that bit": the part just said
    rf"|^\W*(?:please\s+)?(?:quote|cite|{_FETCH})\s+(?:me\s+|us\s+)?(?:that|this|it|the|his|her|their)"
    rf"(?:\s+{_EXACT})?(?:\s+(?:{_PASSAGE}|claim))?(?:\s+for\s+(?:me|us))?(?:\s+please)?"
    # "… paste that exact quote with its citation number"
    r"(?:\s+(?:with|and)\s+(?:its|the|a|their|his|her)\s+(?:citation|reference|source|link)s?(?:\s+numbers?)?)?\W*$",
    re.IGNORECASE,
)
# "… - where in the article is that?", "where does it say that?": the place of the claim before it
_WHERE_SAID = re.compile(
    # ("where was that?" alone asks where something happened: "he did some clinical work. where was that?")
    r"^\W*(?:so\s+|ok\s+|and\s+)?where\s+(?:in\s+(?:the|that|this|your)\s+[\w-]+\s+(?:is|was)|is|does\s+(?:it|he|she|they)"
    r"\s+say|did\s+(?:it|he|she|they)\s+say)\s+(?:that|this|it)(?:\s+exactly)?\W*$"
    # "… right? which paragraph": the claim's place asked for by its part of the page
    r"|^\W*(?:so\s+|ok\s+|and\s+)?(?:which|what)\s+(?:paragraph|line|sentence|part|section|bit)(?:\s+is\s+(?:that|it)\s+in)?\W*$",
    re.IGNORECASE,
)
# A document reported to say something: "the article recommends …", "the thread claims that …"
_SOURCE_SAYS = re.compile(
    r"^\W*(?:so\s+|ok\s+|and\s+)?(?:the|that|this|your)\s+(?:[\w'’-]+\s+){0,2}(?:article|post|thread|report|study|"
    # (or its writer: "the forum guy says …")
    r"paper|piece|story|site|forum|write-?up|guy|author|writer|poster|trainer|coach)\s+(?:says|said|recommends|"
    r"recommended|claims|claimed|suggests|"
    r"suggested|states|stated|reports|reported)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# A claim closed by a tag that asks to have it confirmed: "<claim>, right?", "<claim>, doesn't he?".
_TAGGED = re.compile(
    r"^\W*(.+?),?\s+(?:right|correct|true|yes|yeah|innit|"
    r"(?:is|was|does|did|has|have|had|are|were|can|could|do|would|will)n['’]?t\s+(?:he|she|it|they|there|that|you))"
    r"\s*\?+$",
    re.IGNORECASE,
)
# What opens a question, not a claim: "any …", "is …", "did …"
_ASKS = re.compile(
    r"^\W*(?:any|is|are|was|were|do|does|did|can|could|has|have|how|what|who|which|why|when)\b", re.I
)
# The claim someone is reported to make: "My coach claims (that) …", "I read that …", "I heard …".
_REPORTED = re.compile(
    r"^.*?\b(?:claims?|claimed|says?|said|told\s+(?:me|us)|thinks?|reckons?|insists?|swears?|read|heard|"
    # "where does the coach tell people to …", "what does Lee say about …"
    r"tells?\s+(?:people|you|us|everyone|readers|lifters|them)\s+to)"
    r"\s+(?:that\s+|about\s+|on\s+)?",
    re.IGNORECASE,
)


def assertion_terms(question: str, described: frozenset[str] = frozenset()) -> list[str] | None:
    """The terms of the claim a request asks the bot to assert ("Confirm that X raises Y by 10"), or
    None when the question is no such request ("Tell me what the study found" asks, it does not
    assert). Request words, asker words and words naming a source (``described``: "the news
    article") are left out; numbers stay."""
    # typed questions end a sentence even before a lowercase word ("… right? quote me that part")
    sentences = [
        t
        for s in split_sentences(question)
        for t in re.split(r"(?<=[.?!])\s+|\s+[-–—]\s+", question[s.start : s.end])
    ]
    if len(sentences) > 1 and _WHERE_SAID.match(sentences[-1]):
        claim = " ".join(_REPORTED.sub("", t, count=1) for t in sentences[:-1])
        return assertion_terms(f"Confirm that {claim}", described)
    if len(sentences) > 1 and _SAYING_SO.search(sentences[-1]):
        # "My lecturer claims X. Give me the exact sentence saying so.": the request is to quote X
        asks = [w for w in words(sentences[-1]) if w != "please"][:1]
        quoting = asks and asks[0] in _FETCHING | {"quote", "cite"}
        if quoting or assertion_terms(sentences[-1], described) is not None:
            claim = " ".join(_REPORTED.sub("", t, count=1) for t in sentences[:-1])
            return assertion_terms(f"Confirm that {claim}", described)
    # "For my essay: confirm …", "quick one: quote …": a short lead-in before a colon sets no claim
    # (but "Confirm: …" is the request itself)
    lead = _LEAD_IN.match(question)
    if lead and not set(words(lead.group(0))) & _ASSERTING:
        question = question[lead.end() :]
    asked_for = _QUOTE_REQUEST.match(question) or _WHICH_LINE.match(question) or _WHICH_SAYS.match(question)
    # "Give me a quote from Lee saying X" asks to quote X as much as "Quote Lee saying X" does
    tokens = ["quote", *words(asked_for.group(1))] if asked_for else words(question)
    while tokens and tokens[0] in LEADING | {"please", "just", "now"}:
        tokens = tokens[1:]
    if tokens[:2] in (["can", "you"], ["could", "you"], ["would", "you"], ["will", "you"]):
        tokens = [t for t in tokens[2:3] if t != "please"] + tokens[3:]  # "can you cite the bit where …"
    if not tokens or tokens[0] not in _ASSERTING:
        return None
    if tokens[0] == "say" and _SUPPOSING.search(question):
        return None  # "say something's outdated, how do i flag it?": "say" as in "suppose"
    rest = tokens[1:]
    # "quote me where X says Y" asks for the place of a claim; "tell me where X works" asks a question
    placing = bool(asked_for) or tokens[0] in {"quote", "cite"}
    while rest and (rest[0] in _FILLER or (rest[0] == "where" and placing)):
        rest = rest[1:]
    if asked_for and rest[:1] in (["about"], ["on"]):
        rest = rest[1:]  # "a quote about X" asks to quote X, it asks no question
    if not rest or rest[0] in _QUESTION_OPENERS:
        return None
    # "… so I can put it in my newsletter": what the asker will do with it is no part of the claim
    said = _PURPOSE.sub("", " ".join(rest))
    stems = {t for t in tokenize(said)}
    # (and what any kind of document is called: "cite the <site> piece" names a source, not a claim)
    called = {w for kind, aliases in KIND_CALLED.items() for w in (kind, *aliases)}
    drop = {s for w in ASKER_WORDS | _ASSERTING | called for s in tokenize(w)} | described
    return sorted(t for t in stems if t not in drop)


# A demand that the answer quote its source word for word: "verbatim", "in quotes", "word for
# word", "quote the article", "quote what X says about …", "cite [1]", "attach [2]", "reference included"
_VERBATIM = re.compile(
    r"\b(verbatim|word[- ]for[- ]word|in\s+quot(es|ation\s+marks)"
    r"|quote\s+(the|that|this|his|her|their|its|what)\b"
    r"|(cite|attach|add|include|citation)\s+\[\d+\]|(reference|citation|source)\s+included"
    # "…, sets and all, quoted", "paste X exactly as your source gives it"
    r"|[,;:]\s*(quoted|verbatim)\W*$|exactly\s+as\s+(the|your|it|they)\b)",
    re.IGNORECASE,
)
# What such a demand says about the quoting, not the claim
_QUOTING = frozenset(
    tokenize(
        "verbatim word quote quotes quoted quotation marks exact exactly paste remark comment line sentence "
        "statement passage bit part wording cite citation attach add include included reference source "
        "number give gives please what says say said find found article post thread report paper piece story "
        "daily"
    )
)


def verbatim_terms(question: str, described: frozenset[str], names: Iterable[str] = ()) -> list[str] | None:
    """The terms of what a demand to quote word for word asks for ("lee's remark about X, verbatim",
    "quote what the post says about X, citation [1]"): the question's terms but its quoting words,
    the sources' own metadata words (``described``), the people it ``names`` and numbers; None when
    the question demands no exact quote."""
    if not _VERBATIM.search(question):
        return None
    drop = _QUOTING | described | set(names) | {s for w in ASKER_WORDS for s in tokenize(w)}
    terms = [t for t in dict.fromkeys(tokenize(question)) if t not in drop and not t.isdigit()]
    return terms or None


def claim_stated(terms: Sequence[str], texts: Iterable[str], names: Iterable[str] = ()) -> bool:
    """Some single sentence of ``texts`` holds every claim term (stems; numbers as written). A
    ``names`` term (a person the request names: "where Lee says …") may stand anywhere in the same
    passage, since a quoted sentence rarely repeats its speaker's name."""
    wanted = set(terms)
    if not wanted:
        return True
    named = wanted & set(names)
    for text in texts:
        if named and not named <= set(tokenize(text)):
            continue
        for span in split_sentences(text):
            if wanted - named <= set(tokenize(text[span.start : span.end])):
                return True
    return False


def named_in(question: str) -> list[str]:
    """Stems of the capitalised words after a question's first word: the people and places it names."""
    return [t for w in re.findall(r"(?<=\s)[A-Z][\w'’-]+", question) for t in tokenize(w)]


def premise_terms(question: str, retriever: Retriever) -> list[str] | None:
    """The terms of a claim a question puts in a source's mouth before asking ("the article recommends
    combining meditation with cardio - how many minutes of each?"), or states itself and asks to have
    confirmed ("he quit in <a year>, right?"), when the claim holds a content word far from every
    corpus word (below the calibrated reach) or a figure no source gives; None otherwise. A
    paraphrase of what a source says ("the article says keeping muscles healthy matters …") passes:
    its words are near; a claim with a figure is checked whatever its words."""
    claim = _premise(question)
    far = unfounded(claim, retriever) if claim is not None else []
    # a figure a source is said to give ("the article says they tested 40 runners") is checked with
    # its claim: the same digits elsewhere in the corpus ("20-40 year olds") support nothing
    counted = claim is not None and _SOURCE_SAYS.match(_sentences(question)[0]) is not None and bool(
        re.search(rf"\d|\b(?:{_SPELLED})\b", claim, re.IGNORECASE)
    )
    if not far and not counted:
        return None
    # (a figure in words is no term of a claim to confirm: "twelve" is then the term itself)
    return assertion_terms(f"Confirm that {claim}", retriever.described()) or far


def tagged_premise(question: str, retriever: Retriever) -> bool:
    """The question opens with a claim of the asker's own, closed by a tag ("…, doesn't he?"), that
    holds a word or a figure no source has: a false premise, whatever the question then asks."""
    claim = _tagged_claim(question)
    return claim is not None and bool(unfounded(claim, retriever))


def unfounded(claim: str, retriever: Retriever) -> list[str]:
    """The claim's content words far from every corpus word, and its figures no source gives."""
    reach = retriever.calibrated()[0].reach
    plain = ASKER_WORDS | PREPOSITIONS | {"get", "getting", "got", "go", "going"}
    # a verb of a phrasal verb says how the claim is put, not what it is about: "science backs him up"
    tokens = words(claim)
    phrasal = {w for i, w in enumerate(tokens) if any(phrasal_verb(w, b) for b in tokens[i + 1 : i + 3])}
    unknown = [(w, near) for w, near in retriever.unknown_words(claim) if w not in plain | phrasal]
    far = [w for w, near in unknown if not near or near[0][1] < reach]
    # a figure the claim gives that no source does ("in <a year>", "twice your bodyweight") is as far
    # as a word
    given = retriever.figures()
    vocab = retriever.index.bm25.vocab
    times = [w for w in dict.fromkeys(words(claim)) if w in _MULTIPLIERS - set(far)]
    times = [w for w in times if (tokenize(w) or [w])[0] not in vocab]
    # a figure written as a word ("twelve weeks") is checked like its digits
    spelled = [w for w in dict.fromkeys(words(claim)) if w in NUMBER_WORDS and NUMBER_WORDS[w] not in given]
    spelled = [w for w in spelled if (tokenize(w) or [w])[0] not in vocab]
    figures = [n for n in re.findall(r"\b\d+\b", claim) if (n.lstrip("0") or "0") not in given]
    return far + times + spelled + figures


_MULTIPLIERS = frozenset("twice thrice double doubled triple tripled quadruple halve halved".split())


def _sentences(question: str) -> list[str]:
    return [t for t in re.split(r"(?<=[.?!])\s+|\s+[-–—]\s+", question.strip()) if t] or [""]


def _premise(question: str) -> str | None:
    """The claim a question opens with: put in a source's mouth before a question, or closed by a tag."""
    sentences = _sentences(question)
    premise = _SOURCE_SAYS.match(sentences[0]) if len(sentences) > 1 else None
    if premise is not None and sentences[-1].rstrip().endswith("?"):
        return sentences[0][premise.end() :]
    return _tagged_claim(question)


def _tagged_claim(question: str) -> str | None:
    """The asker's own claim closed by a tag ("he quit in <a year>, right?") or told of someone else
    before a question ("<Name> ran a <n>-week programme, what did it show?"), kept to what is
    checkable as said: its figures and the names it capitalises. Its everyday words ("he was one of
    the lab people, right?") may be a paraphrase, or a premise the sources answer ("not involved")."""
    sentences = _sentences(question)
    first = _one_figure(sentences[0])
    told = _TOLD_OF_OTHERS.match(first)
    if told is None and len(sentences) > 1 and sentences[-1].rstrip().endswith("?"):
        told = _TOLD_BEFORE.match(first)  # "<Name>'s team ran … for twelve weeks. What did …?"
    opener = (words(first) or [""])[0]
    if told and opener not in _OF_OTHERS and opener in _ASKERS_SETTING:
        told = None  # "At 60-plus, what …", "I'm 22, does …": the asker's setting, no claim
    tagged = _TAGGED.match(first) or told
    if tagged is None or _ASKS.match(tagged.group(1)):
        return None  # "any volunteers in there, or …": a question, not a claim
    specific = re.findall(rf"\b\d+\b|\b(?:{_SPELLED})\b|(?<=\s)[A-Z][\w'’-]+", tagged.group(1), re.I)
    specific = [w for w in specific if w[:1].isupper() or w.isdigit() or w.lower() in NUMBER_WORDS]
    return " ".join(specific) or None


_OF_OTHERS = frozenset("the his her their".split())
_SPELLED = "|".join(NUMBER_WORDS)
# a first word that opens the asker's own setting: a function word, a preposition, "I'm"
_ASKERS_SETTING = STOP_WORDS | PREPOSITIONS | frozenset("i i'm i’m im i've i’ve ive i'd i’d".split())
# A claim told of a named person or of the work, then a question on it: "<Name> ran a <figure>-week
# programme with <figure> people, what did it show?" (never the asker's own: "my gran is 80, can …")
_TOLD_OF = (
    r"^\W*((?:[A-Z][\w'’-]+|(?:the|his|her|their)\s+[\w'’-]+)\s+"
    r"(?!(?:\w+\s+){0,12}?(?:i|my|me|we|our)\b)"
)
_TOLD_OF_OTHERS = re.compile(
    _TOLD_OF + r"[^,;?]*\d[^,;?]*),?\s+(?:so\s+|and\s+|but\s+)?"
    r"(?:what|how|which|why|who|when|where|did|does|do|is|was|were)\b",
)
# The same claim as a sentence of its own before the question, its figure in digits or words
_TOLD_BEFORE = re.compile(_TOLD_OF + rf"[^,;?]*(?:\d|\b(?:{_SPELLED})\b)[^,;?]*)[.!]$", re.IGNORECASE)
