"""Replies the scope step writes itself: declines, the medical referral, and answers about the sources.

``referral`` writes the medical referral, addressed to whom it is about ("your uncle's health").
``decline`` hands on a declined ``Answer``: what is missing ("My sources don't mention creatine."),
then the corpus profile's scope sentence and its three questions closest to what was asked.
``meta_answer`` answers "is that source trustworthy?", "who wrote it?", "what are your sources?"
from the sidecar metadata of the documents the previous answer cited (or of all), each sentence
citing a span of its document (``bot.source_facts`` writes the sentence) so the reader can open it;
asked about an author's background ("is the author a physio?"), it adds what the document says of its
author in its own words (first-person sentences about their training or work), quoted and cited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from bot.english import RELATIVES
from bot.profile import Profile
from bot.source_facts import describe, facet
from bot.source_questions import asks_about_all_sources
from bot.text import split_sentences, tokenize, words
from bot.types import Answer, AnswerSentence, Citation, Hit, Passage, Source, Turn, Unit
from bot.unit_cache import source_units, usable

if TYPE_CHECKING:
    from bot.embedding import Embedder
    from bot.retrieval import Retriever

DECLINE = "My sources don't cover that."
NOT_STATED = "My sources don't say that, so I can't confirm or quote it."
NO_FIGURE = "My sources give no figure for that, so I can't quote one."
GENERIC_SCOPE = "I answer only from the documents in my corpus folder, and they do not seem to cover this."
EMPTY = "Please type a question."
REFERRAL = (
    "I can't advise on your own health (medicines, doses, symptoms, or whether training is safe for "
    "you): please ask a doctor or pharmacist, who knows your health and history."
)


def referral(question: str) -> str:
    """The referral, addressed to whom the question is about: "my uncle had a stroke, should he …"
    gets "I can't advise on your uncle's health …: please ask his doctor …". A question that also
    tells of the asker's own health ("I have …", "should I …") keeps the plain one."""
    person = _RELATIVE.search(question)
    # (a pronoun says whose health only if the asker tells none of their own: "… a trainer like him?")
    pronoun = None if _FIRST_PERSON.search(question) else _THIRD_PERSON.search(question)
    # (and only when it is their health that is asked about: not "the number he says" of an expert)
    pronoun = pronoun if _THEIR_HEALTH.search(question) else None
    if (person is None and pronoun is None) or _ASKER_HEALTH.search(question):
        return REFERRAL
    if person is not None:
        who = person.group(1).lower()
        them = RELATIVES[who]
        whose = f"your {who}'s"
    else:  # "should she be on <X>? what dose would you start her on": someone named earlier
        them = "her" if pronoun.group(1).lower() in ("she", "her") else "him"
        whose = _POSSESSIVE[them]
    their = _POSSESSIVE[them]
    return (
        f"I can't advise on {whose} health (medicines, doses, symptoms, or whether training is safe "
        f"for {them}): please ask {their} doctor or pharmacist, who knows {their} health and history."
    )


# "my uncle", "our 80 year old gran", "mum's neurologist …" at the start, "should mom …": whose health
_RELATIVE = re.compile(
    rf"(?:\b(?:my|our)\s+(?:[\w-]+\s+){{0,4}}?|^\W*|\b(?:should|can|could|would|will|does|did|is|has)\s+)"
    rf"({'|'.join(sorted(RELATIVES, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_POSSESSIVE = {"him": "his", "her": "her", "them": "their"}
_THEIR_HEALTH = re.compile(
    r"\b(should|can|could|would|will|may|must|does|is)\s+(he|she)\b|\b(start|put|take|give)\s+(him|her)\b"
    r"|\b(his|her)\s+(\w+\s+)?(meds|medications?|medicines?|pills|tablets|dose|doses|dosage|health|condition|"
    r"symptoms?|focus|memory|plates|joints?|heart|knees?|back|bones|hips?)\b"
    r"|\b(he|she)\s+(has|had|takes|is\s+on|was\s+diagnosed|gets|got)\b|\b(he|she)['’]s\s+(on|got|had|been)\b"
    r"|\b(safe|ok|okay|risky|dangerous)\s+for\s+(him|her)\b",
    re.IGNORECASE,
)
_THIRD_PERSON = re.compile(r"\b(she|her|he|him|his)\b", re.IGNORECASE)
# (not "my": "my 9 year old has …, is it safe for him" is about someone else)
_FIRST_PERSON = re.compile(r"\b(i|i['’]m|i['’]ve|me|myself)\b", re.IGNORECASE)
_ASKER_HEALTH = re.compile(
    # ("tell me if he can …", "give me a plan for his …" ask about him; "can i do <X> on her myself?" too)
    r"\b(?:i\s*(?:'m|’m|am|have|had|'ve|’ve|was|got|take|feel|should|can|could|need)|(?<!tell\s)(?<!give\s)me|"
    r"(?<!on\shim\s)(?<!on\sher\s)(?<!on\sthem\s)myself)\b",
    re.IGNORECASE,
)


def join_words(items: Sequence[str]) -> str:
    """ "a, b or c"; a word said again inside a phrase of the list is said once, in the phrase
    ("metformin, fasted, hiit or fasted hiit" is "metformin or fasted hiit")."""
    phrases = [i.lower().split() for i in items if " " in i.strip()]
    items = [i for i in items if " " in i.strip() or not any(i.lower() in p for p in phrases)] or list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" or {items[-1]}"


def suggestions(
    question: str, profile: Profile | None, embedder: Embedder, count: int = 3
) -> tuple[str, ...]:
    """The profile's questions closest in meaning to ``question``."""
    pool = list(profile.questions) if profile else []
    if len(pool) <= count or not question.strip():
        return tuple(pool[:count])
    vectors = embedder.encode([question, *pool])
    order = np.argsort(-(vectors[1:] @ vectors[0]), kind="stable")
    return tuple(pool[i] for i in order[:count])


def decline(
    question: str,
    first: str,
    profile: Profile | None,
    hits: Sequence[Hit],
    embedder: Embedder,
    kind: str,
) -> Answer:
    """A declined ``Answer``: ``first`` (what is missing), then the profile's scope and questions."""
    frames = [first]
    if kind != "medical_advice":
        frames.append(profile.scope if profile and profile.scope else GENERIC_SCOPE)
    return Answer(
        question=question,
        text=" ".join(frames),
        citations=(),
        hits=tuple(hits),
        declined=True,
        mode="declined",
        suggestions=suggestions(question, profile, embedder) if kind != "medical_advice" else (),
        sentences=tuple(AnswerSentence(f, (), verdict="meta") for f in frames),
        scope=kind,
    )


# "what's their background?", "is the author a physio?", "the thread's author is who, a doctor?"
_BACKGROUND_ASKED = re.compile(
    r"\b(background|qualifications?|credentials?|profession|career|expertise)\b"
    r"|\b(is|was)\s+(the\s+)?([\w'’-]+\s+){0,3}(author|writer|poster)(\s+of\s+[^?]{0,40}?)?\s+(actually\s+|really\s+|"
    r"even\s+)?an?\s+\w+"
    r"|\b(author|writer|poster)\b[^?]*[,;–—-]\s*an?\s+[\w-]+(\s+[\w-]+)?\W*$",
    re.I,
)
# a first-person sentence of a document about its author's own past or work ("When I was in … school")
_OWN_PAST = re.compile(
    r"(\bI\b|\bI['’](m|ve|d)\b|\b[Mm]y\b)[^.?!]*\b(school|studied|degree|worked|career|practice|certified|"
    r"qualified|quit|profession|clinic|coached|coaching)\b"
)
_OTHER = re.compile(r"\b(the\s+)?other\s+(document|source|text|one)s?\b", re.I)
_COMPARING = re.compile(
    r"\b(more|less|better|worse)\s+than\b|\bcompared\s+(to|with)\b|\bversus\b|\bvs\.?\s", re.I
)


def meta_answer(
    question: str,
    history: Sequence[Turn],
    retriever: Retriever,
    profile: Profile | None,
    context: str = "",
    opener: str = "",
) -> tuple[Answer, str]:
    """Describe the documents the previous answer cited (or all), each citing a span of it.

    ``context`` is the earlier question about the sources that this one continues ("and the
    trainer's thread?" after "was it peer reviewed?"): what it asked is what is described. An
    ``opener`` (what the assistant is, ``bot.about_bot.SELF``) comes first, and every document follows."""
    prev = None if opener else history[-1] if history else None
    cited: dict[str, Citation] = dict(_picked_by_content(question, retriever))
    named = [] if asks_about_all_sources(question) else _named_sources(question, retriever.index.sources)
    named = list(cited) or named
    for path in named:  # "was the trainer's post checked?": that document, whatever came before
        first = None if path in cited else _first_sentence(path, retriever)
        if first is not None:
            cited[path] = first
    compares = _COMPARING.search(question) is not None
    if not cited and _OTHER.search(question) and prev is not None and prev.answer is not None:
        # "and the other document you have?": the ones the last answer did not cite
        earlier = {c.source for c in prev.answer.citations}
        others = [p for p in sorted(retriever.index.sources) if p not in earlier]
        firsts = {p: _first_sentence(p, retriever) for p in others} if earlier and others else {}
        cited = {p: c for p, c in firsts.items() if c is not None}
        named = list(cited)
    if (
        (not cited or compares)
        and prev is not None
        and prev.answer is not None
        and not asks_about_all_sources(question)
    ):
        # "should I trust it more than the forum post?": "it" (the last answer's documents) as well
        earlier = {c.source: c for c in prev.answer.citations}
        cited = {**earlier, **{p: c for p, c in cited.items() if p not in earlier}}
    scope_of = (
        "the document the question names"
        if named
        else "the documents the previous answer cited"
        if cited
        else "every document in the corpus"
    )
    if not cited:
        for path in sorted(retriever.index.sources):
            first = _first_sentence(path, retriever)
            if first is not None:
                cited[path] = first
    sentences, citations, parts = [], [], []
    for n, (path, c) in enumerate(cited.items(), start=1):
        source = retriever.index.sources.get(path)
        if source is None:
            continue
        asked = facet(question, source, profile) or facet(context, source, profile)
        text = asked or describe(source, profile)
        citations.append(Citation(n, c.passage_id, c.source, c.title, c.evidence, c.start, c.end, c.text))
        sentences.append(AnswerSentence(text, (n,), verdict="meta"))
        parts.append(f"{text} [{n}]")
    if _BACKGROUND_ASKED.search(question) or _BACKGROUND_ASKED.search(context):
        # "what's their background?", "is the author a physio?": what each document says of its author
        for path in list(cited)[:2]:
            source = retriever.index.sources.get(path)
            units = source_units(source) if source is not None else ()
            own = [u for u in units if usable(u) and _OWN_PAST.search(u.text)]
            for unit in own[:2]:
                n = len(citations) + 1
                citations.append(unit_citation(n, source, unit, retriever))
                frame = "In its own words, about its author:" if unit is own[0] else ""
                if frame:
                    sentences.append(AnswerSentence(frame, (), verdict="meta"))
                    parts.append(frame)
                sentences.append(AnswerSentence(unit.text, (n,), verdict="quoted"))
                parts.append(f"{unit.text} [{n}]")
    if not sentences:
        text = "There are no documents in the corpus yet."
        sentences, parts = [AnswerSentence(text, (), verdict="meta")], [text]
    elif _HOW_MANY.search(question):
        count = len(retriever.index.sources)
        text = f"I answer from {count} document{'s' if count != 1 else ''}:"
        sentences.insert(0, AnswerSentence(text, (), verdict="meta"))
        parts.insert(0, text)
    if opener:
        sentences.insert(0, AnswerSentence(opener, (), verdict="meta"))
        parts.insert(0, opener)
    answer = meta_reply(question, parts, citations, sentences)
    return answer, f"meta: a question about the sources, answered from the sidecars of {scope_of}"


def meta_reply(
    question: str, parts: Sequence[str], citations: Sequence[Citation], sentences: Sequence[AnswerSentence]
) -> Answer:
    """An answer about the sources (mode and scope "meta"): ``parts`` joined, nothing retrieved."""
    return Answer(
        question=question,
        text=" ".join(parts),
        citations=tuple(citations),
        hits=(),
        declined=False,
        mode="meta",
        sentences=tuple(sentences),
        scope="meta",
    )


# "Which of your sources uses the line '…'?", "which source is about X?": one document, by content.
_WHICH_OF = re.compile(
    r"\bwhich\s+(of\s+(your|the|these|those)\s+)?(sources|documents|source|document|one)\b", re.I
)
# "how many sources?", "roughly how many source docs are u working from?"
_HOW_MANY = re.compile(
    r"\bhow\s+many\s+([\w-]+\s+)?(sources|documents|docs|articles|texts|references|files)\b", re.I
)
_QUOTED = re.compile(r"['‘\"“]([^'’\"”]{12,})['’\"”]")


def _picked_by_content(question: str, retriever: Retriever) -> list[tuple[str, Citation]]:
    """For "which of your sources says/uses/is about …": the document holding the quoted words, or
    else the one the question retrieves best and every other retrieved document that uses the
    question's rarest corpus word (when in scope by the calibrated gate), each cited where it does."""
    if not _WHICH_OF.search(question):
        return []
    for quoted in _QUOTED.findall(question):
        wanted = " ".join(words(quoted))
        # the retriever finds a verbatim line (its BM25 half sees every word): no scan of the corpus
        for p in (h.passage for h in retriever.search(quoted, 10)):
            for span in split_sentences(p.text):
                text = p.text[span.start : span.end]
                if wanted and wanted in " ".join(words(text)):
                    return [(p.source, _citation(p, span.start, span.end, retriever))]
    hits = retriever.search(question)
    gate = retriever.calibrated()[0].gate
    if not hits or hits[0].dense < gate:
        return []
    # "which of your sources mentions <X>?": every retrieved document that uses the question's
    # rarest corpus word (not a word about documents: "sources", "reliable"), cited where it does
    bm25, about_documents = retriever.index.bm25, retriever.described()
    asked = [t for t in tokenize(question) if t in bm25.vocab and t not in about_documents]
    rarest = max(asked, key=bm25.idf) if asked else ""
    picked: dict[str, Citation] = {}
    for h in hits:
        if h.passage.source in picked or (h is not hits[0] and h.dense < gate):
            continue
        spans = split_sentences(h.passage.text)
        holding = [sp for sp in spans if rarest in tokenize(h.passage.text[sp.start : sp.end])]
        if h is not hits[0] and not holding:
            continue
        span = next(iter(holding or spans), None)
        if span is not None:
            picked[h.passage.source] = _citation(h.passage, span.start, span.end, retriever)
    return list(picked.items())


def unit_citation(n: int, source: Source, unit: Unit, retriever: Retriever) -> Citation:
    """Citation ``n`` of one unit of ``source``, quoted whole, in the passage that holds its start."""
    passage = retriever.index.passage_at(source.path, unit.start)
    pid = passage.id if passage else ""
    return Citation(n, pid, source.path, source.title, source.evidence, unit.start, unit.end, unit.text)


def _citation(p: Passage, start: int, end: int, retriever: Retriever) -> Citation:
    source = retriever.index.sources[p.source]
    return Citation(
        0, p.id, p.source, source.title, source.evidence, p.start + start, p.start + end, p.text[start:end]
    )


def _first_sentence(path: str, retriever: Retriever) -> Citation | None:
    """The document's first sentence of running text, as a citation."""
    passages = sorted((p for p in retriever.index.passages if p.source == path), key=lambda p: p.start)
    source = retriever.index.sources[path]
    fallback = None
    for p in passages:
        for span in split_sentences(p.text):
            text = p.text[span.start : span.end]
            c = Citation(
                0, p.id, path, source.title, source.evidence, p.start + span.start, p.start + span.end, text
            )
            fallback = fallback or c
            if getattr(span, "kind", "text") == "text" and len(words(text)) >= 6:
                return c
    return fallback


def _named_sources(question: str, sources: dict[str, Source]) -> list[str]:
    """Documents the question names by a word of their sidecar (kind, author, publisher) that no other
    document's uses ("the trainer's post", "the news site"), or by a word of its title used as a name
    (``bot.naming.named_by_title``: not "his take on <X> therapists" for a title "<X> …")."""
    from bot.naming import named_by_title, sources_named
    from bot.unit_cache import source_units

    fields = ("kind", "author", "publisher")
    # "is <a site>'s piece peer reviewed or is it just a blog post?": the kind offered as an answer names
    # no document, unless nothing else in the question does
    for asking in (_OFFERED_KIND.sub("", question), question):
        asked = set(tokenize(asking))
        titled = named_by_title(asking, sources.values())
        # "is <a quoted person> someone I should trust?": the document that quotes them
        quoting = {
            s.path for s in sources.values() for u in source_units(s) if asked & set(tokenize(u.speaker))
        }
        named = sources_named(asked, sources.values(), fields) | titled | quoting
        if named:
            return sorted(named)
    return []


_OFFERED_KIND = re.compile(
    r"\bor\s+(is\s+it\s+|it['’]?s\s+|was\s+it\s+)?(just\s+|only\s+|simply\s+|merely\s+)?an?\s+[\w\s'’-]+?\W*$",
    re.I,
)
