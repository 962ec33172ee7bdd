"""Evidence selection, attribute first: the 1–3 units that answer the question, before any model runs.

``select(question, hits, embedder, settings, idf)`` reads the evidence units of every retrieved
passage (``bot.unit_cache``: split once per document version), keeps only claims (never headings, page
furniture, instructions, promotions or questions), and scores each for the question *as asked*:

* closeness in meaning (cosine of question and unit),
* the question's words it holds, weighted by rarity (idf),
* specificity: the rare words it adds (a sentence that only echoes the question loses to one that
  names things),
* the answer's **shape**: a time span for "how long", named kinds for "which types", a reason for
  "why", a named person for "who",
* the source's strength, as a tie-breaker, so a reviewed report leads a forum post it agrees with.

The best unit always leads; up to two more join when they score close to it and say something
different. The result is numbered ``Evidence`` (n = its number in the prompt), strongest source
first among near-equals. ``Evidence`` hands on the unit, the hit it came from, and its terms. The
sources and quoted people a question names come from ``bot.evidence_named``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from bot.acronyms import long_terms
from bot.config import AnswerSettings
from bot.embedding import Embedder
from bot.english import PERSON_PRONOUN, WHICH_OF_THOSE
from bot.evidence_named import AGREEING, context_topic, introductions_of, named_by, naming_terms, owners_only
from bot.introductions import (
    ABOUT_PERSON,
    INTRODUCED,
    WHO_DID,
    claim_part,
    role_names,
    role_part,
)
from bot.naming import described, metadata_words
from bot.ordinals import nth_mention, ordinal_asked
from bot.shapes import PERSON, answer_shape, asks_gist, defines, lead_shape, quotes_from, shared_run
from bot.text import tokenize
from bot.types import Hit, Unit
from bot.unit_cache import first_claim, hit_units, source_acronyms, usable


@dataclass(frozen=True)
class Evidence:
    """A chosen unit, numbered for the prompt, with the hit (passage + source) it came from."""

    n: int
    unit: Unit
    hit: Hit
    score: float
    terms: frozenset[str]

    @property
    def text(self) -> str:
        return self.unit.text

    @property
    def start(self) -> int:
        return self.unit.start

    @property
    def end(self) -> int:
        return self.unit.end

    @property
    def speaker(self) -> str:
        return self.unit.speaker

    @property
    def strength(self) -> int:
        return self.hit.source.strength


_vector_cache: dict[str, np.ndarray] = {}
_OUTSIDER_ASKED = re.compile(r"\b(outside|independent|external|uninvolved|not\s+involved)\b", re.I)
_OUTSIDE = re.compile(r"\b(not|n['’]t|never)\s+(been\s+)?(involved|part|one\s+of)\b", re.I)
# "who's quoted saying …?", "which expert said …?": a quoted person is asked for, so a sentence
# in the document's own voice names no one who answers
_QUOTED_ASKED = re.compile(
    r"\bwho(?:['’]s|\s+is|\s+was|\s+gets|\s+got)?\s+quoted\b|\bwhich\s+(?:expert|scientist|researcher|professor|"
    r"academic)\b"
    # "who's the one saying …?"
    r"|\bwho(?:['’]s|\s+is|\s+was)\s+the\s+(?:one|person|expert|scientist)\s+(?:saying|who\s+says|claiming|arguing)\b",
    re.I,
)
# what any document may be called ("and the news article?" names the report by its sidecar's "news");
# not bot.naming's words before a title, which hold "study" and "research": "and the study?" asks of it
_DOCUMENT_WORDS = frozenset(
    tokenize("article piece report post page site website thread paper story blog source document write-up")
)
# words one says for a work one is part of: "we focused on …", "our study did not prove …"
_FOR_THE_WORK = re.compile(r"\b(we|our|us)\b", re.IGNORECASE)
# a short sentence that only names what the one before it described: "It's essentially <X>."
_NAMES_IT = re.compile(
    r"^\W*(it|that|this)(['’]s|\s+is)\s+(essentially|basically|called|known\s+as|simply)?\s*\S", re.I
)
# a follow-up that turns to someone else: "does the other expert agree?", "what else?"
_ELSEWHERE = re.compile(r"\b(other|others|another|else|agree|agrees|disagree|disagrees|instead)\b", re.I)
# "what else is good besides boxing?": what is set aside is no word the answer should match
_BESIDES = re.compile(
    r"\b(?:besides|apart\s+from|other\s+than|aside\s+from|except(?:\s+for)?|beyond|not\s+counting)\s+"
    r"(?:(?:the|a|an|just|plain|simple)\s+)?([\w'’-]+(?:\s+(?:and|or)\s+[\w'’-]+)?)",
    re.I,
)


def unit_vectors(units: Sequence[Unit], embedder: Embedder) -> np.ndarray:
    """Unit embeddings, cached by unit id (the same passages come back question after question)."""
    missing = [u for u in units if u.id not in _vector_cache]
    if missing:
        vectors = embedder.encode([" ".join(u.text.split()) for u in missing])
        if len(_vector_cache) > 50_000:
            _vector_cache.clear()
        for u, v in zip(missing, vectors, strict=True):
            _vector_cache[u.id] = v
    return np.stack([_vector_cache[u.id] for u in units]) if units else np.zeros((0, 1), np.float32)


def _inside(unit: Unit, spans: Sequence[tuple[str, int, int]]) -> bool:
    """The unit lies within one of the (source, start, end) spans."""
    return any(unit.source == src and start <= unit.start and unit.end <= end for src, start, end in spans)


# word-forming endings: "stimulus" is of the family of "stimulated" (both stemmed "stimul")
_ENDINGS = frozenset(
    "us um i ion ation ive ity al ic ical ous ment ance ence ant ent ist ism ize ise ure y".split()
)


def _kin(asked: set[str], terms: frozenset[str]) -> set[str]:
    """The asked stems of a word family a unit's stem is in: one stem of six or more letters is the
    other and a word-forming ending (not "cardio" and "cardiovascular", nor "strong" and "strongmen")."""
    family = [(a, u) for a in asked for u in terms if min(len(a), len(u)) >= 6]
    return {a for a, u in family if _ends(a, u) or _ends(u, a)}


def _ends(longer: str, stem: str) -> bool:
    return longer.startswith(stem) and longer[len(stem) :] in _ENDINGS


def select(
    question: str,
    hits: Sequence[Hit],
    embedder: Embedder,
    settings: AnswerSettings,
    idf: Callable[[str], float] | None = None,
    limit: int | None = None,
    context: str = "",
    shown: Iterable[tuple[str, int, int]] = (),
    prefer: Iterable[tuple[str, int, int]] = (),
    near: Iterable[tuple[str, int, int]] = (),
) -> list[Evidence]:
    """The 1–``limit`` units that answer ``question``, numbered, best (and strongest) first.

    ``context`` is the query a follow-up was retrieved with (the earlier turn's question and this
    one): "any proof?" alone says nothing to match a unit against, so closeness and shared words
    are measured against the question read in that context too. ``shown`` are the spans the
    previous answer cited: a unit inside one that holds none of the follow-up's own words counts a
    margin less, so a follow-up is answered with something new when the sources have it. A unit
    inside a ``prefer`` span (``bot.followup``: the next claim, the author's document) gains two
    shape bonuses; one inside a ``near`` span (a claim beside the one the last answer led with) gains
    ``neighbour_bonus``.
    """
    said, pointed_at, around = tuple(shown), tuple(prefer), tuple(near)
    limit = limit or settings.max_evidence_sentences
    candidates: list[tuple[Hit, Unit]] = []
    seen: set[str] = set()
    named_next: dict[str, frozenset[str]] = {}  # "It's essentially <X>.": the claim before it is <X>
    for hit in hits:
        before: Unit | None = None
        for unit in hit_units(hit):
            if before and unit.kind == "claim" and not usable(unit) and _NAMES_IT.match(unit.text):
                named_next[before.id] = frozenset(tokenize(unit.text))
            if unit.id in seen or not usable(unit):
                continue
            seen.add(unit.id)
            candidates.append((hit, unit))
            before = unit
    if not candidates:
        return []
    q_order = tokenize(question)
    set_aside = set(tokenize(" ".join(m.group(1) for m in _BESIDES.finditer(question))))
    own = set(q_order)
    named_sources, named_speakers = named_by(question, hits)
    # "<Name>'s group": the work is asked about, so only what they say for it ("we …", "our …") is theirs
    owned = owners_only(question, named_speakers)
    describing = set().union(*(described(p, hits) for p in named_sources))
    if context and own and named_sources and own <= describing | _DOCUMENT_WORDS:
        # "and the trainer?" after a question about the news report asks what the trainer says
        candidates = [(h, u) for h, u in candidates if h.source.path in named_sources] or candidates
    asked = [question, context] if context and context != question else [question]
    qvs = embedder.encode(asked)
    vectors = unit_vectors([u for _, u in candidates], embedder)
    cosines = vectors @ qvs[0]
    if context and not (named_sources or named_speakers) and not _ELSEWHERE.search(question):
        # "Which ones?" after "What does Lee say about …?" still asks what Lee says
        named_sources, named_speakers = named_by(context, hits)
    # Words that only say whose view is asked ("does Lee agree?") carry no topic of their own.
    topic = own - {t for name in named_speakers for t in tokenize(name)} - AGREEING
    # nor do the words that name the source asked about ("… in the <kind> of <source>?"), when others
    # are left; a follow-up's "and the <kind> article?" has its topic in the context
    topic = topic - describing - _DOCUMENT_WORDS if len(asked) > 1 else (topic - describing) or topic
    if len(asked) > 1:
        # The follow-up's own words lead ("and swimming?"); the context only places them, and
        # stands in for them when there are none ("which ones?", "does Lee agree?").
        share = 0.25 if topic else 0.5
        if not topic and (own - AGREEING) and own - AGREEING <= naming_terms(hits, named_speakers):
            # "does Lee agree?": its own words only name whose view, which the named bonus below
            # counts; how close a unit is to them would only reward saying the name again
            share = 1.0
        cosines = (1 - share) * cosines + share * (vectors @ qvs[1])
    q_terms = topic or (context_topic(context, hits, named_speakers) if len(asked) > 1 else set()) or own
    weight = idf or (lambda _t: 1.0)
    q_weight = sum(weight(t) for t in q_terms) or 1.0
    top_idf = max((weight(t) for _, u in candidates for t in tokenize(u.text)), default=1.0) or 1.0
    # "does Lee agree?" asks Lee's view on the earlier topic: where the document introduces Lee
    # ("Lee, PhD, director of …, said …") says who Lee is, and its many rare words should not carry it.
    # So does "which activities does Lee say …": what Lee says is asked, not who Lee is, unless the
    # question asks about the person ("where does Lee work?", "who said …?").
    # So does a follow-up that asks it of "him"/"her" ("what's his background?").
    of_a_person = len(asked) == 1 or PERSON_PRONOUN.search(question) is not None
    asks_who = bool(ABOUT_PERSON.search(question) and of_a_person) or WHO_DID.search(question) is not None
    plain = not asks_who and (len(asked) == 1 or not topic)
    # unnamed, every quoted person's introduction is read by its claim: its role's rare words and
    # its topic-laden job title ("director of a health programme") answer no question about the topic
    quoted = named_speakers or frozenset(u.speaker for _, u in candidates if u.speaker)
    intros = introductions_of(hits, quoted) if plain else set()
    # "where does Lee work?", "is he a doctor?": the sentence that introduces Lee says it; "who led
    # it?" names no one, so any quoted person's introduction may, unless it puts them outside the work
    who_did = WHO_DID.search(question) is not None
    people = quoted if who_did else named_speakers
    about = introductions_of(hits, people) if asks_who and (who_did or INTRODUCED.search(question)) else set()
    if who_did:  # "who led it?" is not the outsider; "who is the outside expert?" is only them
        outside = {u.id for _, u in candidates if _OUTSIDE.search(u.text)}
        about = (about & outside) if _OUTSIDER_ASKED.search(question) else about - outside
    # "what is <the programme Lee directs>?": a name only the role gives is what is asked, when it
    # is rare in general text or two of its words are asked ("the <Name> Institute"), and the role
    # is much of the question (one everyday word, "university", is not enough; "has the <City> lab
    # shown that …?" names the study by it and asks about a claim)
    pieces = getattr(embedder, "pieces", lambda _w: 2)

    def asks_role(unit: Unit) -> bool:
        shared = [w for w in role_names(unit.text, quoted) if set(tokenize(w)) & own]
        named = len(shared) >= 2 or any(pieces(w) >= 2 for w in shared)
        return named and 3 * len(own & set(tokenize(role_part(unit.text, quoted)))) >= len(own)

    by_role = {u.id for _, u in candidates if u.id in intros and asks_role(u)}
    intros -= by_role
    about |= by_role
    # A question asked alone reads an introduction by its claim ("… said it will take time to …"),
    # which competes like any of the person's claims; the role's rare words no longer carry it.
    claims = {
        u.id: claim_part(u.text, quoted) for _, u in candidates if u.id in intros and len(asked) == 1
    }
    claim_cos: dict[str, float] = {}
    if claims:
        claim_vectors = embedder.encode(list(claims.values())) @ qvs[0]
        claim_cos = dict(zip(claims, claim_vectors.tolist(), strict=True))
    # "gist of the article?": a document's first claim (its lede) is where it says what it found
    documents = {h.source.path: h.source for h in hits}.values()
    gist = asks_gist(question, metadata_words(documents))
    ledes = {u.id for d in documents if (u := first_claim(d))} if gist else set()
    # "the third review in the post": where each document brings up its study at that place
    place = ordinal_asked(question)
    placed = {u.id for d in documents if place is not None and (u := nth_mention(d, place))}
    # "the coach in the article": a person named within a named source narrows it to their words
    within = any(h.source.path in named_sources and u.speaker in named_speakers for h, u in candidates)
    scored: list[tuple[float, Hit, Unit, frozenset[str], int]] = []
    # ("which did better?" picks among what was just said: the sentence that said it answers)
    picks = WHICH_OF_THOSE.match(question) is not None
    quoted_asked = _QUOTED_ASKED.search(question) is not None
    told = {u.id for _, u in candidates if _inside(u, said) and u.id not in about and not picks}
    asks_person = PERSON[0].search(question) is not None
    defined_in = {h.source.path: source_acronyms(h.source) for h, _ in candidates}  # once per document
    for i, ((hit, unit), cos) in enumerate(zip(candidates, cosines, strict=True)):
        text = claims.get(unit.id, unit.text)
        cos = claim_cos.get(unit.id, cos)
        terms = frozenset(tokenize(text))
        # "The PNS is …" holds the words of "peripheral nervous system" when its document defines PNS
        matched = terms | long_terms(text, defined_in[hit.source.path], q_terms)
        matched |= named_next.get(unit.id, frozenset())
        matched |= _kin(q_terms - matched, terms)  # "stimulus" is asked of "stimulated"
        overlap = sum(weight(t) for t in q_terms & matched) / q_weight
        added = terms - q_terms
        specificity = sum(weight(t) for t in added) / (max(len(terms), 1) * top_idf)
        # A unit is read in its passage: "Studies typically show effects over weeks to months" says
        # little alone, but its passage is about how long an effect takes to show.
        closeness = 0.6 * float(cos) + 0.4 * hit.dense
        # (a quoted person asked for: a name in the document's own voice, "a study in <Journal>", is none)
        shape_of = 0.0 if quoted_asked and not unit.speaker else answer_shape(question, text)
        retold = shape_of and not asks_person
        score = (
            0.5 * closeness
            + 0.25 * overlap
            + 0.2 * specificity
            + settings.shape_bonus * shape_of
            + settings.shape_bonus * defines(question, text)
            # the words the question quotes are what it asks about ("who called them 'pathetic'?")
            + 2 * settings.shape_bonus * quotes_from(question, text)
            + settings.shape_bonus
            * (
                (hit.source.path in named_sources and not within)
                or (unit.speaker in named_speakers and (unit.id not in intros or unit.id in claims)
                    and (unit.speaker not in owned or _FOR_THE_WORK.search(text) is not None))
            )
            + settings.shape_bonus * (unit.id in about)
            + settings.shape_bonus * (quoted_asked and bool(unit.speaker))
            + settings.shape_bonus * (unit.id in ledes)
            + 2 * settings.shape_bonus * (unit.id in placed)
            + 0.02 * hit.source.strength
            + 0.04 / max(hit.rank, 1)
            + settings.phrase_bonus * shared_run(q_order, tokenize(text))
            # what a follow-up points at ("then what?": the next claim; "he": the author's words)
            + 2 * settings.shape_bonus * _inside(unit, pointed_at)
            + settings.neighbour_bonus * _inside(unit, around)
            # a follow-up goes on in the document the last answer led with, other things equal
            + settings.continuity_bonus * (bool(said) and unit.source == said[0][0])
            # Text with no sidecar may have been written to match questions (a planted page): it
            # counts one margin less, so a rated unit that answers nearly as well stays in the cut.
            - (settings.evidence_margin if hit.source.strength <= 0 else 0.0)
            # Told already, and nothing in it is what the follow-up newly asks ("any proof?"; but
            # "and swimming?" may well be answered by the sentence that listed swimming).
            # (having shown a person's introduction does not tell who did the work)
            # (a unit told already that holds the shape asked for, "what was the point of that?" after
            # "… with glutamate to see how …", answers it all the same; but "who does it this way?"
            # asks for someone not named yet, and a capitalised phrase is no proof of a name)
            - (settings.evidence_margin if unit.id in told and not own & matched and not retold else 0.0)
        )
        scored.append((score, hit, unit, terms, i))
    scored.sort(key=lambda s: -s[0])
    # "what else is good besides boxing?": what the last answer told about boxing does not answer it (a
    # first "apart from X, what else …?" may well be answered by the sentence that lists X)
    scored = [item for item in scored if not (item[2].id in told and set_aside & item[3])] or scored
    # A "how long" question is answered by a time span: a unit that gives one leads, whatever else
    # scores higher ("effects over weeks to months" says little alone). Other shapes (kinds, a
    # reason) only add their bonus: a "because" is as often a side remark as the answer.
    # (what the span depends on is asked by "what decides how long it takes": that unit leads)
    asks, has = lead_shape(question)
    shaped = [s for s in scored if asks.search(question) and has.search(s[2].text)]
    if named_sources or named_speakers:
        # "how soon does the trainer say …": a time span from someone else does not answer it
        shaped = [s for s in shaped if s[1].source.path in named_sources or s[2].speaker in named_speakers]
    if shaped and shaped[0] is not scored[0]:
        scored.remove(shaped[0])
        scored.insert(0, shaped[0])
    best = scored[0][0]
    chosen = [scored[0]]
    for item in scored[1:]:
        if len(chosen) >= limit:
            break
        if item[0] < best - settings.evidence_margin:
            continue
        # Say something different: not a near-copy of a chosen unit.
        if any(float(vectors[item[4]] @ vectors[c[4]]) > 0.9 for c in chosen):
            continue
        chosen.append(item)
    # The best unit leads; among the others, stronger sources first, then score.
    lead, rest = chosen[0], sorted(chosen[1:], key=lambda c: (-c[1].source.strength, -c[0]))
    # A stronger source that scores nearly as well as the lead takes the lead, unless the question
    # asked for the lead's source or speaker by name.
    asked_for = bool(named_sources or named_speakers)
    if (
        not asked_for
        and rest
        and rest[0][1].source.strength > lead[1].source.strength
        and rest[0][0] >= best - 0.05
    ):
        lead, rest = rest[0], [lead, *rest[1:]]
    ordered = [lead, *rest]
    # Untrusted text stays data: an unrated source (no sidecar) never leads a rated one that also
    # answers; it comes after every rated unit that made the cut.
    rated = [c for c in ordered if c[1].source.strength > 0]
    if rated:
        ordered = rated + [c for c in ordered if c[1].source.strength <= 0]
    return [
        Evidence(n=n, unit=unit, hit=hit, score=score, terms=terms)
        for n, (score, hit, unit, terms, _) in enumerate(ordered, start=1)
    ]
