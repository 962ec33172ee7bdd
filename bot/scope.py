"""Scope: decide what a question is before anything answers it, on the question as asked.

``decide(question, history, retriever, settings) -> Scope`` runs these steps, each recorded in
``Scope.explain`` (``--explain`` prints them):

1. **Empty** — nothing to answer.
2. **Meta** — a question about the sources ("what are your sources?", "is that source
   trustworthy?", "who wrote it?", "when was it published?", "who says so?") is answered from the
   sidecar metadata of the documents the previous answer cited (all documents when none were, or
   when it asks for all), each sentence citing the span the previous answer cited (or the
   document's first sentence) so the document can be opened.
3. **Medical advice** — which drug, what dose, diagnose me, should I stop my medication: a short
   referral, declined. A named condition ("Alzheimer's") is not advice: such questions go on and
   ``condition`` asks the answer for a see-a-professional note.
4. **Retrieve for the question alone** and gate it: in scope when its best passage cosine reaches
   the calibrated ``gate`` (``bot.calibrate``), or when every content word of it is a corpus word
   (names and rare terms: "Who is Hyunjun Kong?").
5. **Missing focus terms** — words of the question the corpus never uses, standing where the
   question puts its topic (``focus_slots``: "Does smoking…", "…that creatine improves…", "Which
   supplements…", "…capital of France?"), that are not near-synonyms of corpus words (word cosine
   below the calibrated ``reach``) and do not pull the question towards the corpus (its best cosine
   drops when the word is taken out). Any such word declines the question, naming it, whatever
   else matches. A question far from the corpus in meaning names every such word.
6. **Follow-up** — only a question that refers back (a pronoun, an ellipsis such as "And
   swimming?", an effect with no object, a bare "Why?") uses history, and only to refine retrieval:
   the previous question plus the new one ("Why?": the previous answer's first cited sentence plus
   the previous question). An off-topic question is declined whatever came before it.

Declines say what is missing, then the corpus's scope in one sentence, with three questions it
answers as suggestions; both come from the corpus profile ``<seeds_dir>/corpus.toml`` (``title``,
``scope``, ``questions``), never from this module. Without a profile the sentence is generic.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bot.config import Settings
from bot.text import STOP_WORDS, split_sentences, tokenize, words
from bot.types import Answer, AnswerSentence, Citation, Hit, Source, Turn

if TYPE_CHECKING:
    from bot.embedding import Embedder
    from bot.retrieval import Retriever

DECLINE = "My sources don't cover that."
GENERIC_SCOPE = "I answer only from the documents in my corpus folder, and they do not seem to cover this."
EMPTY = "Please type a question."
REFERRAL = (
    "I can't advise on medicines, doses or diagnoses: please ask a doctor or pharmacist, who knows "
    "your health and history."
)
UNRATED = "an unrated document: it has no metadata sidecar, so its author, date and strength are unknown"
STRENGTH_SCALE = "on a scale from 1 (a personal opinion) to 3 (a reviewed report of peer-reviewed research)"

# Medicine words, not corpus words. A condition a question names: "conditioning" and "heart rate
# training" are not conditions.
_CONDITION = re.compile(
    r"\b(alzheimer|parkinson|dementia|stroke|diseases?\b|disorders?\b|diabet|cancer|tumou?r|"
    r"depressi|anxiety|adhd|autis|sclerosis|epilep|seizure|concussion|arthritis|osteopor|"
    r"hypertension|high blood pressure|heart (disease|attack|failure|condition)|injur|illness|"
    r"syndrome|impairment|insomnia|migraine|asthma|obesity|chronic pain|infection|diagnos|"
    r"symptom|surgery|rehab|patients?\b|mental health)",
    re.IGNORECASE,
)
_MEDICINE = (
    r"(drugs?|medications?|medicines?|meds|pills?|tablets?|antidepressants?|painkillers?|statins?|"
    r"insulin|prescriptions?|doses?|dosage|treatments?|supplements?)"
)
_ADVICE = re.compile(
    rf"\b(which|what)\s+(\w+\s+)?{_MEDICINE}\b"
    rf"|\b(should|can|must|could)\s+(i|we|he|she|they)\s+(take|use|try|stop|start|quit|increase|reduce|"
    rf"lower|double|skip|change|come\s+off|replace)\s+(taking\s+)?(my\s+|his\s+|her\s+|the\s+|a\s+|an\s+|"
    rf"any\s+|their\s+)?(\w+\s+)?{_MEDICINE}\b"
    r"|\b(what|which|how\s+much|how\s+many)\b[^?]*\b(dose|dosage|mg|milligrams?)\b"
    r"|\bdiagnose\s+(me|my|him|her|us)\b|\bprescri(be|ption)\b|\bam\s+i\s+(sick|ill)\b",
    re.IGNORECASE,
)
_HAVE_CONDITION = re.compile(r"\b(do|could|might|may)\s+(i|he|she)\s+have\b", re.IGNORECASE)

_META_ALL = re.compile(
    r"\bwhat\s+(are\s+)?(your|the|these|those)\s+sources\b|\b(which|what)\s+sources\b"
    r"|\b(list|show|name)\s+(me\s+)?(your|the|all)\s+(sources|documents)\b"
    r"|\bwhere\s+do(es)?\s+you\s+get\b|\bwhat\s+(documents|sources)\s+do\s+you\b",
    re.IGNORECASE,
)
_META = re.compile(
    r"\b(is|are)\s+(that|this|it|the|these|those|they|your)\s*(\w+\s+)?(trustworthy|reliable|credible|"
    r"legit|accurate|biased|peer[- ]reviewed)\b|\bcan\s+i\s+trust\b"
    r"|\bwho\s+(wrote|published|writes|authored|posted)\b|\bwho\s+is\s+the\s+(author|publisher)\b"
    r"|\bwhen\s+was\s+(it|that|this|the\s+\w+)\s+(published|written|posted|released)\b"
    r"|\bwho\s+says\s+(so|that|this)\b|\bsays\s+who\b|\bwhere\s+(is|does)\s+(that|this|it)\s+(from|come)\b"
    r"|\bwhat\s+is\s+(that|this|the|your)\s+source\b|\bhow\s+(reliable|trustworthy|good)\s+is\s+(that|this|the)\b",
    re.IGNORECASE,
)

# Referring back: a pronoun, an opener that continues the last turn, an effect with no object.
_OPENER = re.compile(
    r"^\s*(and|but|also|so|or|what\s+about|how\s+about|same\s+for|what\s+else|why|how\s+so|really)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"\b(it|its|that|this|they|them|those|these|he|she|him|her|his|there|the\s+same)\b", re.IGNORECASE
)
_OBJECTLESS = re.compile(
    r"\b(an?|the|any)\s+(effects?|difference|results?|benefits?|change|changes|improvements?)\b"
    r"(?!\s+(of|on|from|in)\b)",
    re.IGNORECASE,
)
_WHY = re.compile(r"^\s*(why|how\s+so|how\s+come)\b", re.IGNORECASE)

PUSH = 0.05  # a focus word lowering the question's best cosine by more than this is off-corpus
_DETERMINERS = frozenset("a an the this that these those my your his her their our its some any".split())
_AUXILIARIES = frozenset(
    "does do did is are was were can could will would should has have may might must".split()
)
_SUBJECTS = frozenset("i we you he she they".split())
_ASSERT_VERBS = frozenset("confirm tell show prove say agree claim explain write cite quote".split())

# General words a question uses about the asker or the conversation, never its topic.
ASKER_WORDS = frozenset(
    """
grandmother grandfather grandma grandpa granny mother father mom mum dad parent parents son
daughter child children kid kids baby wife husband partner friend friends family brother sister
uncle aunt boss colleague coworker neighbour neighbor year years old day days week weeks month
months today tomorrow yesterday tonight morning evening hour hours minute minutes please tell
confirm explain show give cite citation citations source sources answer question know think say
said want need like thanks thank okay hello yes true false actually honestly good bad best better
worse worst great help helps helpful improve improves work works effect effects benefit benefits
important fact facts sure quick quickly start started person people guy guys lot lots around
""".split()
)


@dataclass(frozen=True)
class Profile:
    """``<seeds_dir>/corpus.toml``: what the corpus is about and questions it answers."""

    title: str
    scope: str
    questions: tuple[str, ...]


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


def load_profile(seeds_dir: Path) -> Profile | None:
    """The corpus profile, or None when the folder has none (or it is unreadable)."""
    path = seeds_dir / "corpus.toml"
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    return _profile(path, stamp)


@lru_cache(maxsize=8)
def _profile(path: Path, stamp: int) -> Profile | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    questions = data.get("questions", [])
    return Profile(
        title=str(data.get("title", "")),
        scope=str(data.get("scope", "")),
        questions=tuple(str(q) for q in questions) if isinstance(questions, list) else (),
    )


def names_condition(question: str) -> bool:
    return _CONDITION.search(question) is not None


def asks_medical_advice(question: str) -> bool:
    if _ADVICE.search(question):
        return True
    return _HAVE_CONDITION.search(question) is not None and names_condition(question)


def asks_about_sources(question: str) -> bool:
    return _META_ALL.search(question) is not None or _META.search(question) is not None


def refers_back(question: str) -> bool:
    """No content words, an opener continuing the last turn ("And swimming?"), an objectless
    "effect", or a pronoun in a short question ("Who led it?")."""
    if not tokenize(question) or _OPENER.match(question):
        return True
    if _OBJECTLESS.search(question):
        return True
    # "Who led it?" refers back; "how long it takes for exercise to help" carries its own topic
    return _PRONOUN.search(question) is not None and len(tokenize(question)) <= 3


def previous_turn(history: Sequence[Turn]) -> Turn | None:
    return history[-1] if history else None


def refine(question: str, history: Sequence[Turn]) -> str:
    """The query for a question that refers back: it keeps the new question's words.

    "Why?" after an answer asks for the reason behind the claim just made: retrieve with the
    previous answer's first cited sentence and the previous question.
    """
    prev = previous_turn(history)
    if prev is None:
        return question
    claim = ""
    if prev.answer is not None and not prev.answer.declined:
        cited = [s for s in prev.answer.sentences if s.citations]
        if cited:
            claim = cited[0].text
        elif prev.answer.citations:
            claim = prev.answer.citations[0].text
    # the previous question, and the ones before it while they too referred back
    chain = [prev.question]
    for turn in reversed(list(history)[:-1]):
        if not refers_back(chain[0]):
            break
        chain.insert(0, turn.question)
    if claim and _WHY.match(question) and len(tokenize(question)) <= 1:
        return f"{claim} {' '.join(chain)}"
    return f"{' '.join(chain)} {question}"


def decide(question: str, history: Sequence[Turn], retriever: Retriever, settings: Settings) -> Scope:
    """The scope of ``question`` (already cleaned), decided on the question as asked."""
    explain: list[str] = []
    profile = load_profile(settings.paths.seeds_dir)
    history = list(history)[-max(settings.answer.history_turns, 0) :] if settings.answer.history_turns else []
    if not any(ch.isalnum() for ch in question):
        explain.append("empty: no letters or digits")
        reply = decline(question, EMPTY, profile, (), retriever.embedder, "empty")
        return Scope("empty", "", (), (), False, reply, False, tuple(explain))
    if asks_about_sources(question):
        reply, line = _meta(question, history, retriever)
        explain.append(line)
        return Scope("meta", "", (), (), bool(history), reply, False, tuple(explain))
    if asks_medical_advice(question):
        explain.append("medical advice: asks which medicine, what dose or for a diagnosis -> referral")
        reply = decline(question, REFERRAL, None, (), retriever.embedder, "medical_advice")
        return Scope("medical_advice", "", (), (), False, reply, True, tuple(explain))
    condition = names_condition(question)
    if condition:
        explain.append("names a medical condition: the answer gets a see-a-professional note")
    cal, _ = retriever.calibrated()
    hits = retriever.search(question)
    best = max((h.dense for h in hits), default=0.0)
    by_cosine = best >= cal.gate
    known = _all_words_known(question, retriever)
    explain.append(
        f"retrieved for the question alone: best cosine {best:.3f} vs calibrated gate {cal.gate:.3f}"
        f" ({'in' if by_cosine else 'out of'} scope by meaning)"
        + ("; every content word is a corpus word" if known else "")
    )
    missing = missing_terms(question, retriever, near_corpus=by_cosine or known, explain=explain)
    if missing:
        reply = decline(
            question,
            f"My sources don't mention {_join(missing)}.",
            profile,
            hits,
            retriever.embedder,
            "off_topic",
        )
        return Scope("off_topic", question, tuple(hits), missing, False, reply, condition, tuple(explain))
    followup = bool(history) and refers_back(question)
    in_scope = by_cosine or known
    query = question
    if followup:
        query = refine(question, history)
        k = settings.retrieval.top_k
        refined = retriever.search(query, 2 * k)
        best_refined = max((h.dense for h in refined), default=0.0)
        explain.append(
            f"refers back to the previous turn: retrieved with {query!r}: best cosine {best_refined:.3f}"
        )
        if in_scope or best_refined >= cal.gate:
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
    return Scope("answer", query, tuple(hits), (), followup, None, condition, tuple(explain))


def focus_slots(question: str, unknown: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The words in the places an English question puts its topic (lowercased).

    The subject after an opening auxiliary ("Does smoking…", "Is coffee…"), what follows "that"
    after confirm/tell/show ("…that creatine improves…"), the head of a which/what phrase ("Which
    supplements…"), and the last word after about/of/for/on ("…capital of France?"). A word there
    that the corpus lacks is the question's topic; an everyday verb elsewhere ("wiped out") is not.
    """
    tokens = words(question)
    slots: set[str] = set()

    def content_after(i: int) -> int | None:
        while i < len(tokens) and (tokens[i] in _DETERMINERS or tokens[i] in ASKER_WORDS):
            i += 1
        return i if i < len(tokens) and tokens[i] not in STOP_WORDS else None

    def take(i: int | None) -> None:
        if i is None:
            return
        slots.add(tokens[i])
        compound = tokens[i] in unknown and i + 1 < len(tokens)
        if compound and tokens[i + 1] not in STOP_WORDS | _AUXILIARIES:
            slots.add(tokens[i + 1])  # a compound of unknown words: "intermittent fasting"

    if tokens and tokens[0] in _AUXILIARIES:
        if len(tokens) > 2 and tokens[1] in _SUBJECTS:  # "Should I take X?": X, after the verb
            take(content_after(3))
        else:
            take(content_after(1))
    if 0 < len(tokens) <= 5:  # a short, verbless question: "Best keto diet for focus?"
        take(content_after(0))
    start = 1 if tokens[:1] == ["please"] else 0
    if len(tokens) > start and tokens[start] in _ASSERT_VERBS:
        # A request to assert something ("Say that X won a Nobel Prize", "Cite source 2 for the
        # claim that …"): the whole claim is the topic; any word of it the corpus lacks is missing.
        slots |= {t for t in tokens[start + 1 :] if t not in STOP_WORDS and t not in ASKER_WORDS}
    for i, t in enumerate(tokens):
        if t in _ASSERT_VERBS or (t == "true" and i > 0 and tokens[i - 1] in ("is", "it's")):
            j = i + 1
            while j < len(tokens) and tokens[j] in ("me", "us", "that", "whether", "if"):
                j += 1
            take(content_after(j))
        if t in ("which", "what") and i + 1 < len(tokens) and tokens[i + 1] not in STOP_WORDS:
            take(i + 1)
        if t in ("much", "many") and i > 0 and tokens[i - 1] == "how" and i + 1 < len(tokens):
            take(content_after(i + 1))
            if i + 3 < len(tokens) and tokens[i + 2] == "of":  # "how many grams of protein"
                take(content_after(i + 3))
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in ("about", "of", "for", "on"):
            tail = [t for t in tokens[i + 1 :] if t not in STOP_WORDS and t not in _DETERMINERS]
            if tail and len(tail) <= 3:
                slots.add(tail[-1])
            break
    return slots


def fuse(lists: Sequence[Sequence[Hit]], k: int, rrf_k: int = 60) -> list[Hit]:
    """Reciprocal-rank fusion of hit lists: the top ``k``, re-ranked, each kept once."""
    score: dict[str, float] = {}
    first: dict[str, Hit] = {}
    for hits in lists:
        for rank, h in enumerate(hits):
            score[h.passage.id] = score.get(h.passage.id, 0.0) + 1.0 / (rrf_k + rank + 1)
            first.setdefault(h.passage.id, h)
    order = sorted(score, key=lambda i: -score[i])[:k]
    return [replace(first[i], score=score[i], rank=n) for n, i in enumerate(order, start=1)]


def missing_terms(
    question: str, retriever: Retriever, near_corpus: bool = True, explain: list[str] | None = None
) -> tuple[str, ...]:
    """The question's focus terms the corpus lacks, in the question's own spelling.

    A word counts when the corpus never uses it, it is not a near-synonym of a corpus word (word
    cosine below the calibrated ``reach``), and — for a question close to the corpus in meaning —
    it stands where the question puts its topic (``focus_slots``) and does not pull the question
    towards the corpus. A word that pushes the question away by more than ``PUSH`` counts even if
    a corpus word is near ("marathon" → "running"). For a question far from the corpus every such
    word is named.
    """
    cal, _ = retriever.calibrated()
    unknown = [(w, near) for w, near in retriever.unknown_words(question) if w not in ASKER_WORDS]
    slots = focus_slots(question, {w for w, _ in unknown})
    content = [t for t in words(question) if t not in STOP_WORDS and t not in ASKER_WORDS]
    missing = []
    for word, near in unknown:
        closest, cosine = near[0] if near else ("", 0.0)
        # Taking the word out of a question that has little else ("What about creatine?") leaves
        # nothing to compare: its pull says nothing there.
        measurable = near_corpus and len(content) > 1
        pull = _pull(question, word, retriever) if measurable else 0.0
        if near_corpus and word not in slots:
            reason = "not where the question puts its topic"
        elif near_corpus and pull < -PUSH:
            reason = f"MISSING: pushes the question away from the corpus ({pull:+.3f})"
        elif cosine >= cal.reach:
            reason = f"near corpus word {closest!r} ({cosine:.3f} >= reach {cal.reach:.3f})"
        elif measurable and pull > 0:
            reason = f"pulls the question towards the corpus ({pull:+.3f}; nearest word {closest!r})"
        else:
            reason = f"MISSING: nearest corpus word {closest!r} at {cosine:.3f} < reach {cal.reach:.3f}"
        if reason.startswith("MISSING"):
            missing.append(_spelling(question, word))
        if explain is not None:
            explain.append(f"term {word!r} is not in the corpus: {reason}")
    return tuple(dict.fromkeys(missing))


def _pull(question: str, word: str, retriever: Retriever) -> float:
    """How much ``word`` raises the question's best passage cosine (mean of dropping it and of
    replacing it with "something")."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    variants = [question, pattern.sub("something", question), " ".join(pattern.sub("", question).split())]
    vectors = np.asarray(retriever.embedder.encode(variants), dtype=np.float32)
    scores, _ = retriever.index.faiss_index.search(vectors, 1)
    return float(scores[0, 0] - (scores[1, 0] + scores[2, 0]) / 2)


def _all_words_known(question: str, retriever: Retriever) -> bool:
    """Every content word is a corpus word and one passage holds them all (names, rare terms)."""
    bm25 = retriever.index.bm25
    terms = sorted({t for t in tokenize(question) if t not in ASKER_WORDS})
    if not terms or any(t not in bm25.vocab for t in terms):
        return False
    columns = bm25.weights[:, [bm25.vocab[t] for t in terms]]
    return bool(((columns > 0).sum(axis=1) == len(terms)).any())


def _spelling(question: str, word: str) -> str:
    m = re.search(rf"\b{re.escape(word)}\b", question, re.IGNORECASE)
    found = m.group(0) if m else word
    return found if found[:1].isupper() and m and m.start() > 0 else found.lower()


def _join(items: Sequence[str]) -> str:
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


def describe(source: Source) -> str:
    """One sentence about a document from its sidecar: what it is, who, when, how strong."""
    if source.strength <= 0:
        return f"{source.title} is {UNRATED}."
    who = f" by {source.author}" if source.author else ""
    where = f", published by {source.publisher}" if source.publisher else ""
    when = f" on {source.date}" if source.date else " (no date given)"
    article = "an" if source.kind[:1].lower() in "aeiou" else "a"
    return (
        f"{source.title} is {article} {source.kind}{who}{where}{when}; its evidence label: "
        f"{source.evidence.rstrip('.')}; strength {source.strength} {STRENGTH_SCALE}."
    )


def _meta(question: str, history: Sequence[Turn], retriever: Retriever) -> tuple[Answer, str]:
    """Describe the documents the previous answer cited (or all), each citing a span of it."""
    prev = previous_turn(history)
    cited: dict[str, Citation] = {}
    if prev is not None and prev.answer is not None and not _META_ALL.search(question):
        for c in prev.answer.citations:
            cited.setdefault(c.source, c)
    scope_of = "the documents the previous answer cited" if cited else "every document in the corpus"
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
        text = describe(source)
        citations.append(Citation(n, c.passage_id, c.source, c.title, c.evidence, c.start, c.end, c.text))
        sentences.append(AnswerSentence(text, (n,), verdict="meta"))
        parts.append(f"{text} [{n}]")
    if not sentences:
        text = "There are no documents in the corpus yet."
        sentences, parts = [AnswerSentence(text, (), verdict="meta")], [text]
    answer = Answer(
        question=question,
        text=" ".join(parts),
        citations=tuple(citations),
        hits=(),
        declined=False,
        mode="meta",
        sentences=tuple(sentences),
        scope="meta",
    )
    return answer, f"meta: a question about the sources, answered from the sidecars of {scope_of}"


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
