"""Questions a page's own notices answer: how to reach the author, what is on offer, how the site
checks and sources its articles, what its bracketed numbers are, how to report a mistake.

Page furniture is never evidence for a claim (``bot.furniture``): "press Ctrl + Enter" does not
answer "why?". But asked about the page itself ("how can I reach the forum poster?", "does the
site check its articles?"), its notice is the answer, and declining ("my sources don't cover
that") would be false. ``notice_answer(question, history, retriever)`` finds the document the
question asks about (named by a word of its sidecar, or "he", "the article" after an answer from
it), the furniture of that document whose reason fits what is asked (contact and sales lines,
disclaimers), and quotes the line closest in meaning, marked as the page's own words and cited.
It hands on an ``Answer`` (mode "meta") or ``None``. The patterns are English words about web
pages and their authors, never words of a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.assertions import assertion_terms
from bot.furniture import classify
from bot.naming import sources_named
from bot.text import tokenize, unmarked, words
from bot.types import Answer, AnswerSentence, Citation, Source, Turn, Unit
from bot.unit_cache import source_text, source_units

if TYPE_CHECKING:
    from bot.retrieval import Retriever

# what is asked → the furniture reasons that answer it, and the words such a notice uses
_ANY = re.compile(r".", re.S)
_ASKS: tuple[tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]], ...] = (
    (
        re.compile(
            r"\b(reach|contact|get\s+in\s+touch\s+with|get\s+hold\s+of|message|dm|e-?mail|hire)\s+(him|her|them)\b"
            r"|\b(contact|get\s+in\s+touch\s+with|get\s+hold\s+of|message|dm|e-?mail|hire)\s+the\b"
            # "how can I reach the author?", not "input that reaches the cord" or "never reach the best"
            r"|\b(can|could|do|to|would|should)\s+(i|you|we|one|people)?\s*reach\s+(out\s+to\s+)?the\b"
            # "is there a way to actually reach the guy who wrote it, like DM or email?"
            r"|\bways?\s+to\s+(actually\s+)?(reach|contact|message|dm|e-?mail)\b"
            r"|\b(get\s+in\s+touch|contact\s+(details|options?|info\w*|routes?|methods?|ways?)|sign\s+up\s+with\s+"
            r"(him|her|them))\b"
            r"|\b(work|train)\s+(directly|one[- ]on[- ]one|1[- ]on[- ]1)\s+with\b"
            r"|\bcoaching\s+(with|from)\s+(him|her|them)\b"
            r"|\bwhere\s+(does|do|did)\s+(he|she|they)\s+(say|want)\s+(to|you\s+to)\s+(message|contact|dm|reach)\b",
            re.I,
        ),
        ("contact", "sales"),
        _ANY,
    ),
    (
        re.compile(
            r"\bwhat(['’]s|\s+is|\s+are|\s+was)?\s+(he|she|they|it|the\s+[\w ]{1,30}?)\s+"
            r"(promising|offering|selling|pitching|advertising)\b|\b(offers?|offering|sells?|selling)\s+(anything|something|coaching|training|sessions|programs?|"
            r"programmes?|services|plans?)\b|\bsales\s+pitch\b|\badvert\w*\b"
            # "ends with a pitch?", "any plug at the end?"
            r"|\b(end|ends|ending|ended|close|closes|finish|finishes)\s+((his|her|their|its|the)\s+\w+\s+)?(with|on|in)\s+"
            r"(an?\s+|some\s+(kind|sort)\s+of\s+)(pitch|plug|ad)\b"
            # "this guy pitching his coaching services by any chance"
            r"|\b(pitch|pitches|pitching|plug|plugs|plugging|promot\w+|advertis\w+|sell|sells|selling)\s+(his|her|their|its)"
            r"\s+(own\s+)?(coaching|services|programs?|programmes?|courses?|plans?|products?|sessions)\b",
            re.I,
        ),
        ("sales", "contact"),
        _ANY,
    ),
    (
        re.compile(
            r"\b(checked|checks?\s+(its|their|the)|fact[- ]?check\w*|vetted|verified|"
            r"(?<!peer[- ])(?<!last\s)reviewed)\b"
            # "does the site claim any kind of medical review on its stuff?"
            r"|\b(medical|editorial|expert|doctors?|clinical)\s+(review|checks?|oversight|sign[- ]off)\b",
            re.I,
        ),
        ("disclaimer",),
        re.compile(r"\b(reviewed|fact[- ]checked|checked|verified|vetted)\b", re.I),
    ),
    (
        re.compile(
            r"\b(sourc(es|ing)\s+(polic\w*|guidelines?|rules?|standards?)|polic(y|ies)|guidelines?|"
            r"\b(it|they|site|does|do|did|just|only)\s+(\w+\s+)?links?\s+(out\s+)?to|gets?\s+(its|their)\s+(info\w*|sources?|facts)|where\s+\w+\s+gets?"
            # "how does the site pick its sources?", "what rules does it follow for its sources?"
            r"|(choos\w*|chose|picks?|picking|select\w*|vets?|vetting)\s+(its|their|the)\s+(sources?|studies|references)"
            r"|\bpoints?\s+(its\s+|their\s+)?(readers|people|users|visitors|you)\s+to"
            r"|\b(promise|promises|claim|claims|say|says)\s+(they|it|to)\s+(\w+\s+)?link"
            r"|(rules?|standards?|criteria)\b.{0,40}\b(its|their)\s+sources"
            # "does the site have rules about what it cites?"
            r"|(rules?|standards?|criteria|polic(y|ies))\s+(about|on|for)\s+(what|how)\s+(it|they)\s+(cites?|links?|sources?)"
            r"|\b(its|their)\s+sourcing)\b",  # "and its sourcing?"
            re.I,
        ),
        ("disclaimer",),
        re.compile(r"\b(sourcing|guidelines|polic(y|ies)|only\s+link)\b", re.I),
    ),
    (
        # what the bracketed numbers are ("what are the [1], [2] things?"), not "cite source [1]"
        re.compile(
            r"\bnumbers?\s+(in|like)\s+(brackets|parenthes[ie]s)|\bbrackets\b|\b(bracketed|parenthesi[sz]ed)\b"
            r"|^(?=.*\b(what|for|mean\w*|go|link\w*|click\w*|are\s+(they|those|these))\b).*(?<!source\s)(?<!cite\s)(?<!attach\s)(?<!citation\s)(?<!include\s)\[\d+\]"
            # "[1] [2] thingies?", "those [1] [2] things?"
            r"|^\W*((those|these|the)\s+)?(\[\d+\][\s,&]*)+(and\s+)?(\[\d+\]\s*)?\w+\W*$",
            re.I,
        ),
        ("disclaimer",),
        re.compile(r"\b(parenthes[ie]s|brackets)\b|\[\d+\]", re.I),
    ),
    (
        re.compile(
            # something in the page is wrong ("what if I think one's out of date?"), not "what's wrong
            # with cardio?", "is it wrong to lift daily?" or "what goes wrong when they're lost?"
            r"^(?=.*\b(it|one|ones|something|anything|article|articles|page|pages|content|piece|info|they|their|"
            r"readers?|deal\s+with|handles?)\b)"
            r".*\b(mistakes?|errors?|(?<!goes\s)(?<!go\s)(?<!went\s)(?<!going\s)wrong|inaccura\w*|"
            r"out[- ]of[- ]date|outdated)\b(?!\s+(with|about)\b)"
            r"(?!\s+to\s+(?!(me|us|you|him|her|them)\b))"
            r"|\breport\s+(it|an?\s+(error|mistake|problem))\b"
            # "and if i spot an error?"
            r"|\b(spot|find|notice|see|spotted|found|noticed|saw)\s+(an?\s+)?(error|mistake|typo|inaccuracy)\b"
            r"|\b(error|mistake|typo|inaccuracy)\s+(spotted|found|noticed|seen)\b",  # "error spotted - then?"
            re.I,
        ),
        ("disclaimer",),
        re.compile(
            r"\b(inaccura\w*|out-of-date|questionable|report\s+an?\s+(error|mistake)|errors?)\b", re.I
        ),
    ),
)
# the question is about a page: it says so, or points at the last answer's document by pronoun
_PAGE = re.compile(
    r"\b(article|post|page|site|website|thread|piece|story|blog|forum|poster|author|writer|guy|publisher|he|she|him|his|"
    r"her|they|their|it|its)\b",
    re.I,
)
_LABEL = {"sales": "a sales line, not a finding", "contact": "a contact line, not a finding"}


def notice_answer(question: str, history: Sequence[Turn], retriever: Retriever) -> tuple[Answer, str] | None:
    """The page notice that answers ``question``, quoted and cited, with a line for --explain."""
    wanted = [(reasons, says) for asks, reasons, says in _ASKS if asks.search(question)]
    if assertion_terms(question, retriever.described()) is not None:
        return None  # a request to assert or quote a claim is judged as one (bot.assertions)
    if not wanted:
        return None
    sources = _asked_about(question, history, retriever)
    if not sources:
        return None
    reasons = [r for group, _ in wanted for r in group]
    found: list[tuple[Unit, str, Source]] = []
    for source in sources:
        text = source_text(source)
        for unit in source_units(source):
            if unit.kind != "furniture" or len(unit.text.split()) < 5:
                continue
            reason = classify(text, unit.start, unit.end) or ""
            # a disclaimer answers only what it speaks of ("report an error" is not "fact checked")
            if any(reason in group and says.search(unit.text) for group, says in wanted):
                found.append((unit, reason, source))
    if not found:
        return None
    return _quoted(question, found, retriever, reasons)


def furniture_answer(
    question: str, missing: Sequence[str], retriever: Retriever
) -> tuple[Answer, str] | None:
    """ "is the trainer on Telegram?": when every word of the question the corpus's claims lack is in one
    contact or sales line of a page, that line answers; "my sources don't mention Telegram" is false."""
    # every word of the question the corpus lacks, not only those a decline would name ("this week's
    # lottery numbers": "numbers" is in a notice, "lottery" in none)
    lacking = {w.lower() for term in missing for w in words(term)}
    lacking |= {w for w, _ in retriever.unknown_words(question)}
    found: list[tuple[Unit, str, Source]] = []
    for source in retriever.index.sources.values() if lacking else ():
        text = source_text(source)
        for unit in source_units(source):
            if unit.kind != "furniture":
                continue
            reason = classify(text, unit.start, unit.end) or ""
            # a contact or sales line names channels and offers; a disclaimer's everyday words
            # ("date", "academic") would answer questions it does not speak to
            if reason in ("contact", "sales") and lacking <= set(words(unit.text)):
                found.append((unit, reason, source))
    return _quoted(question, found, retriever, []) if found else None


def _quoted(
    question: str, found: list[tuple[Unit, str, Source]], retriever: Retriever, reasons: list[str]
) -> tuple[Answer, str]:
    """The notice of ``found`` that answers ``question``, quoted as the page's own words: the first of
    the ``reasons`` asked for, then the closest in meaning."""
    vectors = retriever.embedder.encode([question, *(u.text for u, _, _ in found)])
    closeness = vectors[1:] @ vectors[0]
    # the reason asked first leads ("how can I reach him?": the contact line before the pitch)
    first = {r: i for i, r in reversed(list(enumerate(reasons)))}  # where each reason is first asked
    unasked = len(reasons)
    order = sorted(range(len(found)), key=lambda i: (first.get(found[i][1], unasked), -float(closeness[i])))
    unit, reason, source = found[order[0]]
    label = _LABEL.get(reason, "a notice about the page, not a finding")
    kind = source.kind or "document"
    said = f"On its own page, the {kind} “{source.title}” says ({label}): “{unmarked(unit.text.strip())}”"
    citation = Citation(
        1, unit.passage_id, source.path, source.title, source.evidence, unit.start, unit.end, unit.text
    )
    answer = Answer(
        question=question,
        text=f"{said} [1]",
        citations=(citation,),
        hits=(),
        declined=False,
        mode="meta",
        sentences=(AnswerSentence(said, (1,), verdict="meta"),),
        scope="meta",
    )
    return answer, f"asks about the page itself: its {reason} notice answers it ({source.path})"


def _asked_about(question: str, history: Sequence[Turn], retriever: Retriever) -> list[Source]:
    """The documents ``question`` asks about: named by a sidecar word ("the trainer", the site's
    name), else, when it speaks of a page or a person ("he", "the article"), the last answered turn's
    (an aside declined in between points nowhere)."""
    all_sources = list(retriever.index.sources.values())
    named = sources_named(set(tokenize(question)), all_sources, ("kind", "publisher", "author"))
    if named:
        return [s for s in all_sources if s.path in named]
    # ("does he offer coaching?" after a declined aside asks it of the answer before the aside)
    answered = [t.answer for t in history if t.answer is not None and not t.answer.declined]
    last = answered[-1] if answered else None
    if last is None or not last.citations:
        return []
    # "and the numbers in brackets?" after an answer about the page: the same page; so does a bare
    # fragment ("linking policy?", "his contact options?") after any answer
    if not _PAGE.search(question) and last.mode != "meta" and len(tokenize(question)) > 2:
        return []
    paths = list(dict.fromkeys(c.source for c in last.citations))
    return [retriever.index.sources[p] for p in paths if p in retriever.index.sources]
