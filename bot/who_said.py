"""Who said the last answer's claim ("who said that?", "is he a doctor?", "is this from an expert?"),
cited from the document.

``speaker_answer(question, history, retriever)`` hands on an ``Answer`` (mode "meta") for a follow-up
that asks who said the previous answer's claim: that person, cited where their document attributes
the claim to them (the quotation's own closing sentence or byline, else the sentence naming them
nearest the claim) and where it introduces them. None when the question is no such follow-up, or
the claim is the document's own (then the sidecar answers, ``bot.replies.meta_answer``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.people_quoted import people_answer
from bot.replies import meta_reply, unit_citation
from bot.source_questions import POINTED_CLAIM, WHO_IS_THAT, WHO_SAID, WROTE
from bot.source_wordings_later import FROM_A_PERSON, RESEARCH_OR
from bot.text import tokenize
from bot.types import Answer, AnswerSentence, Turn, Unit

if TYPE_CHECKING:
    from bot.retrieval import Retriever

__all__ = ["speaker_answer"]

# "is this info from a doctor?", "source on that - research or an expert talking?": what kind of person
# the last claim comes from; after a quoted person's claim, who that person is answers it
_FROM_WHOM = re.compile(
    FROM_A_PERSON + rf"|{RESEARCH_OR}(expert|person|someone)\b",
    re.IGNORECASE,
)


def _attribution(
    units: Sequence[Unit], text: str, claim_start: int, speaker: str, surname: str
) -> Unit | None:
    """The unit that names ``surname`` for the claim at ``claim_start``: the claim itself or a later
    sentence of its paragraph's quotation ("…," he said), or the byline closing it ("— Jane Doe, PhD"),
    given with the quotation it signs from the claim on."""
    after = [u for u in units if u.end > claim_start]
    for before, u in zip([None, *after], after, strict=False):
        if before is not None and "\n" in text[before.end : u.start]:
            return None  # a new paragraph: the quotation ended without naming them
        if u.kind == "byline" or (u.kind == "claim" and u.speaker == speaker):
            if re.search(rf"\b{re.escape(surname)}\b", u.text):
                if u.kind != "byline":
                    return u
                if before is None:
                    return None
                # a byline alone says nothing: cite it with the quotation it signs, from the claim on
                # (not only the quotation's last sentence, which may be another claim)
                start = min(claim_start, before.start)
                return replace(u, start=start, text=text[start : u.end])
            if u.kind == "byline":
                return None  # another person's byline closes this quotation
            continue
        return None  # the quotation ended without naming them
    return None


def _name_distance(unit: Unit, claim_start: int, surname: str) -> int:
    """How far the name itself stands from the claim: a quotation closed by "he said" names its
    speaker in the sentence before it, so the mention at that sentence's end is the nearest, however
    long the sentence."""
    found = re.finditer(rf"\b{re.escape(surname)}\b", unit.text)
    return min(abs(unit.start + m.start() - claim_start) for m in found)


def speaker_answer(question: str, history: Sequence[Turn], retriever: Retriever) -> tuple[Answer, str] | None:
    """ "Who said that?" after an answer that quoted a person: that person, cited where their
    document names them nearest to the claim and where it introduces them. None when the question is
    not such a follow-up or the previous answer's claim is the document's own (then the sidecar
    answers, ``meta_answer``)."""
    from bot.unit_cache import source_text, source_units, usable

    if (people := people_answer(question, history, retriever)) is not None:  # "which experts do you quote?"
        return people
    from_whom = _FROM_WHOM.search(question) is not None
    who_is = WHO_IS_THAT.search(question) is not None or from_whom
    pointing = len(tokenize(question)) <= 4 or POINTED_CLAIM.search(question) is not None
    if not history or not (who_is or (WHO_SAID.search(question) and pointing)):
        return None
    prev = history[-1].answer
    if prev is None or prev.declined:
        return None
    lead = next((s for s in prev.sentences if s.citations), None)  # "who wrote it?" after the document's
    if from_whom and (lead is None or not lead.speaker):
        return None  # "is this info from a doctor?" after a document's own words: its sidecar answers
    voiced = lead is not None and (bool(lead.speaker) or not WROTE.search(question))  # voice: its author
    said = next((s for s in prev.sentences if s.citations and s.speaker), None) if voiced else None
    cited = {c.n: c for c in prev.citations}
    if said is None and who_is:
        said = _person_named(history[-1].question, prev, retriever)
    if said is None or said.citations[0] not in cited:
        return None
    source = retriever.index.sources.get(cited[said.citations[0]].source)
    if source is None:
        return None
    surname = said.speaker.split()[-1]
    units = source_units(source)
    # claims only: a byline ("— Jane Doe, PhD") names them too, but says nothing about who they are
    naming = [u for u in units if usable(u) and re.search(rf"\b{re.escape(surname)}\b", u.text)]
    if not naming:
        return None
    claim = cited[said.citations[0]]
    # where the document attributes it: its quotation's closing sentence or byline, else the nearest namer
    nearest = _attribution(units, source_text(source), claim.start, said.speaker, surname) or min(
        naming, key=lambda u: (_name_distance(u, claim.start, surname), u.start)
    )
    intro = naming[0]
    units = [nearest] if nearest.id == intro.id or who_is else [nearest, intro]
    units = [intro] if who_is else units  # "is he a doctor?": who they are, not where they said it
    # "who said that?" is answered by the name; "is he a doctor?" by who the quoted person is
    opener = f"The last answer quoted {said.speaker}." if who_is else f"That was {said.speaker}."
    citations, sentences, parts = [], [AnswerSentence(opener, (), verdict="meta")], []
    frames = (
        [f"The document introduces {surname}:"]
        if len(units) == 1
        else [f"The document names {surname} near that quote:", f"The document introduces {surname}:"]
    )
    if units[0].kind == "byline":
        frames[0] = "The document signs that quote:"
    for n, (unit, frame) in enumerate(zip(units, frames, strict=True), start=1):
        sentences.append(AnswerSentence(frame, (), verdict="meta"))
        parts.append(frame)
        citations.append(unit_citation(n, source, unit, retriever))
        sentences.append(AnswerSentence(unit.text, (n,), speaker=said.speaker, verdict="quoted"))
        parts.append(f"{unit.text} [{n}]")
    answer = meta_reply(question, [opener, *parts], citations, sentences)
    return (
        answer,
        f"who said it: the previous answer quoted {said.speaker}; cited where the document attributes the"
        " claim to them and where it introduces them",
    )


def _person_named(question: str, prev: Answer, retriever: Retriever) -> AnswerSentence | None:
    """The last answer's first cited sentence, read as said by a person its document quotes whom the
    last question or answer names ("what letters does Lee have?" then "is he a doctor?")."""
    from bot.unit_cache import source_units

    first = next((s for s in prev.sentences if s.citations), None)
    cited = {c.n: c for c in prev.citations}
    if first is None or first.citations[0] not in cited:
        return None
    source = retriever.index.sources.get(cited[first.citations[0]].source)
    speakers = {u.speaker for u in source_units(source) if u.speaker} if source else set()
    said = f"{question} {prev.text}"
    named = [p for p in sorted(speakers) if re.search(rf"\b{re.escape(p.split()[-1])}\b", said)]
    return replace(first, speaker=named[0]) if named else None
