"""Scope: decide what a question is before anything answers it, on the question as asked.

``decide(question, history, retriever, settings) -> Scope`` runs these steps, each recorded in
``Scope.explain`` (``--explain`` prints them):

1. **Empty** — nothing to answer.
2. **Meta** — a question about the sources ("what are your sources?", "is that source
   trustworthy?", "who wrote it?", "when was it published?", "who says so?") is answered from the
   sidecar metadata of the documents the previous answer cited (all documents when none were, or
   when it asks for all), each sentence citing the span the previous answer cited (or the
   document's first sentence) so the document can be opened.
3. **Page notices** — "how can I reach the author?", "does the site check its articles?": the
   page's own contact, sales or disclaimer line, quoted and marked as no finding (``bot.notices``).
4. **Medical advice** — which drug, what dose, diagnose me, should I stop my medication: a short
   referral, declined, naming what of it the sources never mention (``bot.advice`` decides,
   ``bot.replies`` writes it). A condition the profile lists (``conditions``) is not advice: such
   questions go on and ``condition`` asks the answer for a see-a-professional note. A question about
   the assistant (``bot.about_bot``) is answered with what it is, then its documents; a plan asked of
   it whose kind no source mentions ("a keto meal plan") is declined naming the kind.
5. **Retrieve for the question alone** and gate it: in scope when its best passage cosine reaches
   the calibrated ``gate`` (``bot.calibrate``), or when every content word of it is a corpus word
   (names and rare terms: "Who is <a person the corpus quotes>?").
6. **Missing focus terms** — words of the question the corpus never uses, standing where the
   question puts its topic (``focus_slots``: "Does smoking…", "…that creatine improves…", "Which
   supplements…", "…capital of France?"), that are not near-synonyms of corpus words (word cosine
   below the calibrated ``reach``) and do not pull the question towards the corpus (its best cosine
   drops when the word is taken out). Any such word declines the question, naming it, whatever
   else matches. A question far from the corpus in meaning names every such word.
   So does a question for today's news or a ranking of the world ("today's headlines", "the
   strongest man alive": ``bot.current_events``), whatever came before it in the chat, and one
   asking who came up with something when no retrieved passage says who originated anything
   (``bot.origins``). A message that tells something and then asks ("side note, my bread never
   rises, what am I doing wrong with the yeast") is decided on its question when that, read alone
   (``bot.clauses.question_after_telling``), names what no source has.
7. **Follow-up** — only a question that refers back (a pronoun, an ellipsis such as "And
   for children?", an effect with no object, a bare "Why?") uses history, and only to refine retrieval:
   the previous question plus the new one ("Why?": the previous answer's first cited sentence plus
   the previous question; "Does <another expert> agree?" too). An off-topic question is declined
   whatever came before it, and one whose every word the corpus lacks continues nothing (unless those
   words are only the predicate it asks of what was just said: "doomed to lag behind?"); "who's
   <a person the sources quote>?" asks anew.
   ``bot.followup`` then says what a follow-up points at in the previous answer's document ("then
   what?": the next claim; "he": its author; any follow-up: the claims beside the last lead).
8. **A named source** — a question that names one source by its kind, author or publisher ("the
   trainer", "the news site") gets that source's best passages among its hits.

Missing terms are found by ``bot.focus``, personal medical advice by ``bot.advice`` (its referral
written by ``bot.referral``), the corpus names a question asks about by ``bot.names_asked``, questions
about the sources by ``bot.source_questions``, a question that refers back by ``bot.referring``
(and the query it is retrieved with by ``bot.history``);
declines and answers about the sources are written by ``bot.replies`` from the corpus profile
(``bot.profile``), never from words in this module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot import history as earlier
from bot.about_bot import SELF, asks_about_the_bot, plan_lacking, self_description
from bot.advice import asks_medical_advice
from bot.assertions import (
    assertion_terms,
    claim_stated,
    named_in,
    premise_terms,
    tagged_premise,
    unknown_claim_words,
    verbatim_terms,
)
from bot.capitals import spelling
from bot.clauses import question_after_telling
from bot.config import Settings
from bot.corpus_words import all_words_known, asker_carried, no_word_known, quotes_a_passage, with_rare
from bot.current_events import asked_of_now
from bot.english import ASKER_WORDS
from bot.evidence_named import named_by
from bot.focus import missing_terms
from bot.followup import pointed
from bot.hits import (
    fuse,
    with_introductions,
    with_ledes,
    with_named_source,
    with_named_speaker,
    with_ordinal,
    with_shaped,
)
from bot.introductions import ABOUT_PERSON
from bot.names_asked import has_no_verb, names_asked
from bot.naming import asks_trust_of_named
from bot.notices import furniture_answer, notice_answer
from bot.origins import origin_unsaid
from bot.profile import load_profile, names_condition
from bot.referral import referral_reply
from bot.referring import asks_who_is, predicate_words, refers_back, returns_to_topic
from bot.replies import (
    DECLINE,
    EMPTY,
    GENERIC_SCOPE,
    NOT_STATED,
    decline,
    join_words,
    meta_answer,
)
from bot.source_questions import SAYS_ABOUT, WHO_IS_THAT, asks_about_sources, continues_source_question
from bot.text import tokenize
from bot.types import Answer, Hit, Turn
from bot.who_said import speaker_answer

if TYPE_CHECKING:
    from bot.retrieval import Retriever

__all__ = [
    "DECLINE",
    "GENERIC_SCOPE",
    "Scope",
    "asks_medical_advice",
    "decide",
    "decline",
    "load_profile",
    "refers_back",
]


@dataclass(frozen=True)
class Scope:
    """The decision on one question; ``reply`` is set for every kind but "answer"."""

    kind: str  # "answer", "off_topic", "medical_advice", "meta", "empty"
    query: str  # what was retrieved with
    hits: tuple[Hit, ...]
    missing: tuple[str, ...]  # the question's focus terms the corpus lacks
    followup: bool
    reply: Answer | None  # set for everything but "answer"
    condition: bool  # names a medical condition the sources may discuss: add a see-a-professional note
    explain: tuple[str, ...]  # one line per decision step, for --explain
    # (source, start, end) of what the previous answer cited: a follow-up ("any proof?", "and for
    # older people?") asks for something it has not been told yet
    shown: tuple[tuple[str, int, int], ...] = ()
    # spans a follow-up points at ("then what?": the next claim; "he": the author's document)
    prefer: tuple[tuple[str, int, int], ...] = ()
    # the claims around the one the previous answer led with ("says who?", "why such a wide range?")
    near: tuple[tuple[str, int, int], ...] = ()


def decide(question: str, history: Sequence[Turn], retriever: Retriever, settings: Settings) -> Scope:
    """The scope of ``question`` (already cleaned), decided on the question as asked."""
    explain: list[str] = []
    profile = load_profile(settings.paths.seeds_dir)
    history = list(history)[-max(settings.answer.history_turns, 0) :] if settings.answer.history_turns else []
    if not any(ch.isalnum() for ch in question):
        explain.append("empty: no letters or digits")
        reply = decline(question, EMPTY, profile, (), retriever.embedder, "empty")
        return Scope("empty", "", (), (), False, reply, False, tuple(explain))
    # "who said that?", "is he a doctor?", "is that source trustworthy?" point at the last answer that
    # said something: a decline in between ("does he sell a subscription?") points at nothing
    answered = [t for t in history if t.answer is not None and not t.answer.declined]
    said = speaker_answer(question, answered, retriever)
    if said is not None:
        explain.append(said[1])
        return Scope("meta", "", (), (), True, said[0], False, tuple(explain))
    # "is he a doctor?" after an answer in a document's own voice: who wrote it, from its sidecar
    last = earlier.previous_turn(answered)
    about_author = (
        WHO_IS_THAT.search(question) is not None
        and last is not None
        and last.answer is not None
        and not last.answer.declined
        and last.answer.mode != "meta"  # after a description of the documents, "he" is not their author
    )
    trusting = asks_trust_of_named(question, retriever.index.sources.values())  # "is <site> legit tho"
    sourced = asks_about_sources(question, retriever.vocabulary()) or about_author or trusting
    # "<a false claim>, doesn't he?" and "the guy says <a false claim>. where's that from?" are checked
    # (as claims, below), not answered from the sidecars
    if sourced and not tagged_premise(question, retriever) and premise_terms(question, retriever) is None:
        # "what does the <site> piece say about its fact checking?": its page's words, when a notice has them
        own = notice_answer(question, history, retriever) if SAYS_ABOUT.search(question) else None
        if own is not None:
            explain.append(own[1])
            return Scope("meta", "", (), (), bool(history), own[0], False, tuple(explain))
        reply, line = meta_answer(question, answered, retriever, profile)
        explain.append(line)
        return Scope("meta", "", (), (), bool(history), reply, False, tuple(explain))
    medical = asks_medical_advice(question, profile, retriever.index.bm25.vocab)
    notice = None if medical else notice_answer(question, history, retriever)
    if notice is not None:
        explain.append(notice[1])
        return Scope("meta", "", (), (), bool(history), notice[0], False, tuple(explain))
    if continues_source_question(question, earlier.previous_turn(history)):
        reply, line = meta_answer(question, history, retriever, profile, context=history[-1].question)
        explain.append(f"continues the last question about the sources: {line}")
        return Scope("meta", "", (), (), True, reply, False, tuple(explain))
    if medical:
        explain.append("medical advice: asks which medicine, what dose or for a diagnosis -> referral")
        reply, lacking = referral_reply(question, retriever)
        return Scope("medical_advice", "", (), lacking, False, reply, True, tuple(explain))
    # "can you put together a keto meal plan?": it writes no plans, and its sources lack the kind
    if lacking_topic := plan_lacking(question, retriever):
        explain.append(f"a plan asked for on what no source mentions: {', '.join(lacking_topic)}")
        first = f"{SELF} My sources don't mention {join_words(lacking_topic)}."
        reply = decline(question, first, profile, (), retriever.embedder, "off_topic")
        return Scope("off_topic", question, (), lacking_topic, False, reply, False, tuple(explain))
    if asks_about_the_bot(question):  # "are you a doctor or like an AI?": what it is, and its documents
        # what it is, then what its documents cover (the profile's one sentence), then each document
        me = self_description(question)
        opener = f"{me} {profile.scope}" if profile is not None and profile.scope else me
        reply, _ = meta_answer(question, (), retriever, profile, opener=opener)
        explain.append("about the assistant itself: what it is, then every document it answers from")
        return Scope("meta", "", (), (), bool(history), reply, False, tuple(explain))
    told_then_asked = question_after_telling(question)
    if told_then_asked is not None and retriever.unknown_words(told_then_asked):
        # "side note, my bread never rises, what am i doing wrong with the yeast": the question proper,
        # read alone, names what the sources lack; the telling before it only lends it noise
        alone = decide(told_then_asked, (), retriever, settings)
        if alone.kind == "off_topic" and alone.missing:
            explain.append(f"tells something, then asks {told_then_asked!r}: decided on that question")
            # (the reply answers the message as typed, whose question it is)
            reply = replace(alone.reply, question=question) if alone.reply is not None else None
            return replace(alone, reply=reply, explain=(*explain, *alone.explain))
    condition = names_condition(question, profile)
    if condition:
        explain.append("names a medical condition: the answer gets a see-a-professional note")
    cal, _ = retriever.calibrated()
    hits = retriever.search(question)
    best = max((h.dense for h in hits), default=0.0)
    by_cosine = best >= cal.gate and not asker_carried(question, retriever)
    # A decline said nothing to refer back to: a follow-up after an aside ("my dad takes <a drug>, …?"
    # referred, then "third review: results?") continues the last turn that was answered. (With no
    # answered turn before it, a declined question is still the topic a follow-up continues.)
    just_said = earlier.previous_turn(history)  # what the asker last read (an aside's decline, maybe)
    if any(t.answer is not None and not t.answer.declined for t in history):
        while history and history[-1].answer is not None and history[-1].answer.declined:
            history = history[:-1]
    back = bool(history) and refers_back(question)
    fragment = back or (bool(history) and len(question.split()) < 5)  # "fast or slow?"
    known = all_words_known(question, retriever, fragment)
    # A place the question is set in ("the best taco place in <a city a speaker works in>?") is not
    # what it asks about: only names it asks about bring it into scope.
    vocab, verbless = retriever.index.bm25.vocab, has_no_verb(question)
    names = names_asked(question, (h.passage.text for h in hits), vocab)
    # a person the sources quote, however typed ("what did lee say"), or a document its sidecar names
    named_sources, named_speakers = named_by(question, hits)
    names = names or sorted(named_speakers) or sorted(named_sources)
    back = back and not (named_speakers and asks_who_is(question))  # "who's <a person quoted>?" asks anew
    explain.append(
        f"retrieved for the question alone: best cosine {best:.3f} vs calibrated gate {cal.gate:.3f}"
        f" ({'in' if by_cosine else 'out of'} scope by meaning"
        + ("; near only by its words about the asker)" if by_cosine != (best >= cal.gate) else ")")
        + ("; every content word is a corpus word" if known else "")
        + (f"; names what the corpus names: {', '.join(names)}" if names else "")
    )
    quoted = quotes_a_passage(question, (h.passage.text for h in hits))
    explain.extend([f"quotes a retrieved passage word for word: {quoted!r}"] if quoted else [])
    known = known or bool(names) or quoted is not None
    # A question that refers back ("could it undo it?", "what happens to that when you get old?")
    # has its topic in the last turn: only a word where it puts a new topic counts ("what about golf?").
    # A question whose every word the corpus lacks ("what's the capital of peru?") continues
    # nothing, however short: it is decided alone, whatever came before it.
    alien = not by_cosine and no_word_known(question, retriever)
    # (but "doomed to lag behind?": its words are only the predicate it asks of what was just said)
    said_of = predicate_words(question)
    alien = alien and not (said_of and {w for w, _ in retriever.unknown_words(question)} <= said_of)
    leans_back = back and not alien
    # (every thing it names far from the corpus: "how much should a 30 year old put into <X> <Y>"
    # lands near by its asker's words alone, so each such word is weighed as a far question's is)
    near = (by_cosine and not no_word_known(question, retriever, things=True)) or known or leans_back
    missing = missing_terms(question, retriever, near_corpus=near, explain=explain, refers_back=leans_back)
    missing = () if quoted else missing  # "'<a passage's words>' - whose jab?": the quote is the topic
    if named_speakers:  # "<a person the sources quote> — department? title?": what is asked of them
        missing = tuple(m for m in missing if not ABOUT_PERSON.fullmatch(m))
    # (a question word asks about what was said: "weeks OR months? bit vague, why")
    bare = verbless and not back and not re.search(r"\b(why|how|what|which|who|where|when)\b", question, re.I)
    if not missing and quoted is None and bare and no_word_known(question, retriever):
        # "unrelated, banana calories?": a fragment with no verb names its topic by its words alone,
        # and the corpus has none of them nor a near-synonym, however near the whole lands by meaning
        far = [w for w, _ in retriever.unknown_words(question) if w not in ASKER_WORDS]
        missing = tuple(dict.fromkeys(spelling(question, w) for w in far))
        explain.append(f"a fragment with no verb whose every word the corpus lacks: {', '.join(missing)}")
    if (origin := origin_unsaid(question, (h.passage.text for h in hits))) is not None:
        # "lol who actually came up with that saying originally": no retrieved passage says who did
        explain.append(f"asks who {origin} it: no retrieved passage says who originated anything")
        first = f"My sources don't say who {origin} it."
        reply = decline(question, first, profile, hits, retriever.embedder, "off_topic")
        return Scope("off_topic", question, tuple(hits), (origin,), False, reply, condition, tuple(explain))
    if now := asked_of_now(question, retriever.index.bm25.vocab):
        # "sum up today's headlines", "who's the strongest man alive?": no dated document holds them
        # (what is named: "summarise" only asks)
        explain.append(f"asks for today's news or a ranking of the world: {', '.join(now)}")
        missing = now
    if missing and (notice := furniture_answer(question, missing, retriever)) is not None:
        explain.append(notice[1])  # "is the trainer on Telegram?": only a page notice uses the word
        return Scope("meta", "", (), (), bool(history), notice[0], False, tuple(explain))
    # (only words put in a source's or a person's mouth: "write a poem about the ocean" is no claim)
    putting_words = missing and (named_sources or named_speakers)
    asserted = assertion_terms(question, retriever.described()) if putting_words else None
    # what the decline would name, where it is the claim's ("cite the article saying it came out in
    # Nature": "Nature", not "came"), else what the claim lacks ("write a line from <X> recommending
    # tai chi … for my newsletter": "tai chi", not "newsletter")
    in_claim = [m for m in missing if asserted and set(tokenize(m)) <= set(asserted)]
    lacking = [w for w in asserted or () if w not in vocab]
    if asserted and (named := tuple(in_claim) or unknown_claim_words(question, lacking, vocab)):
        explain.append(f"a request to assert {asserted}: its words {list(named)} are in no source")
        first = f"{NOT_STATED} They never mention {join_words(named)}."
        reply = decline(question, first, profile, hits, retriever.embedder, "unsupported_claim")
        return Scope("off_topic", question, tuple(hits), named, False, reply, condition, tuple(explain))
    if missing:
        missing = with_rare(question, missing, retriever)
        reply = decline(
            question,
            f"My sources don't mention {join_words(missing)}.",
            profile,
            hits,
            retriever.embedder,
            "off_topic",
        )
        return Scope("off_topic", question, tuple(hits), missing, False, reply, condition, tuple(explain))
    speakers = [t for name in named_speakers for t in tokenize(name)]  # "lee's remark …" names Lee
    claim = (
        assertion_terms(question, retriever.described())
        or premise_terms(question, retriever)
        or verbatim_terms(question, retriever.described(), speakers)
    )
    if claim is not None:
        # Asked to assert or quote something: only what one retrieved sentence states in full.
        by_source: dict[str, list[str]] = {}
        for h in hits:  # a named speaker may be introduced in another passage of the same document
            by_source.setdefault(h.passage.source, []).append(h.passage.text)
        names = [*named_in(question), *speakers]
        stated = claim_stated(claim, (" ".join(t) for t in by_source.values()), names)
        verdict = "stated" if stated else "NOT stated"
        explain.append(f"a request to assert {claim}: {verdict} by a retrieved sentence")
        if not stated:
            absent = [w for w in claim if w not in retriever.index.bm25.vocab]
            named = unknown_claim_words(question, absent, retriever.index.bm25.vocab)
            first = f"{NOT_STATED} They never mention {join_words(named)}." if named else NOT_STATED
            reply = decline(question, first, profile, hits, retriever.embedder, "unsupported_claim")
            return Scope("off_topic", question, tuple(hits), named, False, reply, condition, tuple(explain))
    followup = leans_back
    in_scope = by_cosine or known
    query = question
    k = settings.retrieval.top_k
    if not followup and not in_scope and earlier.answered(history):
        followup = earlier.leans_on_context(question, history, retriever, k, explain)
    if followup and returns_to_topic(question):  # "ok back to it, …": the talk before the aside
        history = [t for t in history if t.answer is not None and not t.answer.declined]
        just_said = earlier.previous_turn(history)
    if followup:
        query = earlier.refine(question, history)
        refined = retriever.search(query, 2 * k)
        best_refined = max((h.dense for h in refined), default=0.0)
        explain.append(
            f"refers back to the previous turn: retrieved with {query!r}: best cosine {best_refined:.3f}"
        )
        chained = earlier.chained(question, history)
        if best_refined < cal.gate and chained != query:
            # "what's his main finding?" with the name put in says too little alone: read it after
            # the earlier questions instead
            query, refined = chained, retriever.search(chained, 2 * k)
            best_refined = max((h.dense for h in refined), default=0.0)
            explain.append(f"retrieved with the earlier questions instead: best cosine {best_refined:.3f}")
        # The last turn was answered and this one only continues it: its topic is in scope already
        # (a name's cosine to a passage is low, "what's his main finding?" lower still).
        if in_scope or best_refined >= cal.gate or earlier.answered(history):
            # the question's own hits count too when it is in scope by itself ("How long until I
            # would notice an effect?"); "Who led it?" alone retrieves noise and is left out
            lists = [refined, retriever.search(question, 2 * k)] if by_cosine else [refined]
            hits, in_scope = fuse(lists, k, settings.retrieval.rrf_k), True
            explain.append(f"hits: {'refined + question alone, fused' if by_cosine else 'refined query'}")
    else:
        explain.append("not a follow-up: history not used" if history else "no history")
    if not in_scope:
        reply = decline(question, DECLINE, profile, hits, retriever.embedder, "off_topic")
        return Scope("off_topic", query, tuple(hits), (), followup, reply, condition, tuple(explain))
    explain.append("in scope: answer from the retrieved passages")
    # (what was just shown, and what a follow-up points into, are the last turn's: after an aside,
    # nothing of the earlier answer is "already told")
    prev = just_said
    shown = (
        tuple((c.source, c.start, c.end) for c in prev.answer.citations)
        if followup and prev is not None and prev.answer is not None and not prev.answer.declined
        else ()
    )
    hits = with_named_source(question, hits, retriever, settings, explain, query)
    hits = with_named_speaker(question, hits, retriever, settings, explain, query)
    hits = with_introductions(question, hits, retriever, explain, query)
    hits = with_ledes(question, hits, retriever, explain, query)
    hits = with_ordinal(question, hits, retriever, explain, query)
    hits = with_shaped(question, hits, retriever, explain, query)
    previous = prev.answer if followup and prev is not None else None
    pointer = pointed(question, previous, hits, retriever, query)
    if pointer.why:
        explain.append(f"points into the previous answer's document: {pointer.why}")
    parts = (query, pointer.hits, (), followup, None, condition, tuple(explain), shown, pointer.prefer)
    return Scope("answer", *parts, pointer.near)
