"""The people the sources quote ("which experts do you quote?", "are there other experts in your
sources besides him?"), each cited where their document introduces them.

``people_answer(question, history, retriever)`` hands on an ``Answer`` (mode "meta") for such a
question, or None for any other. A person the question sets aside ("besides him": the person the last
answer quoted; "besides <a name>") is left out. The people come from the evidence units' speakers,
never from words of a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.replies import meta_reply, unit_citation
from bot.types import Answer, AnswerSentence, Source, Turn, Unit

if TYPE_CHECKING:
    from bot.retrieval import Retriever

__all__ = ["people_answer"]

_PEOPLE = r"(experts?|scientists?|researchers?|specialists?|professionals?|doctors?|people|persons|voices)"
_DOCUMENTS = r"(your|the|these|those|ur)\s+(sources|documents|docs|texts|articles|material)"
PEOPLE_ASKED = re.compile(
    # "are there other experts in your sources besides him?", "any scientists among the documents?"
    rf"\b(other|more|any|which|what)\s+(other\s+)?{_PEOPLE}\s+(are\s+)?(in|among|across|from)\s+{_DOCUMENTS}\b"
    # "which experts do you quote?", "what researchers are cited?"
    rf"|\b(which|what)\s+(other\s+)?{_PEOPLE}\s+(do|does|did|are|were)\s+((you|u|they|it)\s+|(your|the)\s+\w+\s+)?"
    r"(quote|cite|quoted|cited|interview|interviewed|feature|featured)\b"
    # "who else is quoted?", "who gets quoted in your sources?" (not "who is quoted explaining …?": a claim's
    # speaker, ``bot.who_said``)
    rf"|\bwho\s+(else\s+)?(is|was|are|were|gets?|got)\s+(quoted|cited|interviewed)(\s+(in|by|among)\s+{_DOCUMENTS})?\W*$",
    re.IGNORECASE,
)
_BESIDES = re.compile(r"\b(besides|apart\s+from|other\s+than|except|aside\s+from)\s+([\w'’-]+)", re.I)
_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
_ELSE = re.compile(r"\b(else|other)\b", re.I)


def people_answer(question: str, history: Sequence[Turn], retriever: Retriever) -> tuple[Answer, str] | None:
    """Each person the documents quote, cited where their document introduces them; None when the
    question does not ask which people the sources quote."""
    from bot.unit_cache import introduction, source_units

    if not PEOPLE_ASKED.search(question):
        return None
    aside = {m.group(2).lower() for m in _BESIDES.finditer(question)}
    last = history[-1].answer if history else None
    # "besides him", "who else …?", "other experts …": not whoever the last answer quoted
    if (aside & _PRONOUNS or _ELSE.search(question)) and last is not None and not last.declined:
        aside |= {s.speaker.split()[-1].lower() for s in last.sentences if s.speaker}
    people: list[tuple[str, Source, Unit]] = []
    seen: set[str] = set()
    for path in sorted(retriever.index.sources):
        source = retriever.index.sources[path]
        for unit in source_units(source):
            surname = unit.speaker.split()[-1] if unit.speaker else ""
            if not surname or surname.lower() in seen:
                continue
            seen.add(surname.lower())
            intro = introduction(source, unit.speaker)
            if intro is not None:
                people.append((surname, source, intro))
    left_out = [p for p in people if p[0].lower() in aside]
    people = [p for p in people if p[0].lower() not in aside]
    mine = f"Besides {', '.join(p[0] for p in left_out)}, my" if left_out else "My"
    if not people:
        opener = f"{mine} sources quote no one{' else' if left_out else ''}."
        alone = [AnswerSentence(opener, (), verdict="meta")]
        return meta_reply(question, [opener], [], alone), "which people the sources quote: no one"
    opener = f"{mine} sources quote {len(people)} {'person' if len(people) == 1 else 'people'}:"
    sentences, parts, citations = [AnswerSentence(opener, (), verdict="meta")], [opener], []
    for n, (surname, source, unit) in enumerate(people, start=1):
        frame = f"The document introduces {surname}:"
        citations.append(unit_citation(n, source, unit, retriever))
        sentences.append(AnswerSentence(frame, (), verdict="meta"))
        sentences.append(AnswerSentence(unit.text, (n,), speaker=unit.speaker, verdict="quoted"))
        parts += [frame, f"{unit.text} [{n}]"]
    line = f"which people the sources quote: {', '.join(p[0] for p in people)}"
    return meta_reply(question, parts, citations, sentences), line
