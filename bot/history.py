"""What a follow-up reads from the earlier turns of a chat, for ``bot.scope``.

* ``previous_turn(history)`` and ``answered(history)``: the last turn, and whether it said something.
* ``refine(question, history) -> str``: the query a question that refers back is retrieved with. It
  keeps the new question's words; "why?" reads the claim just made, "he/she" the person quoted.
* ``chain(history)`` / ``chained(question, history)``: the earlier questions a follow-up continues
  (the previous one, and those before it while they too referred back), and the question read after
  them.
* ``leans_on_context(...)``: whether a question out of scope alone continues the last answered
  turn, because every word of its own is in what that turn's topic retrieves.

Nothing here decides scope; ``bot.scope.decide`` calls these once it knows a question may refer back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.english import ASKER_WORDS, PERSON_PRONOUN
from bot.referring import PRONOUN, refers_back
from bot.shapes import EXAMPLES_ASKED
from bot.text import tokenize
from bot.types import Turn

if TYPE_CHECKING:
    from bot.retrieval import Retriever

__all__ = ["answered", "chain", "chained", "leans_on_context", "previous_turn", "refine"]

_WHY = re.compile(r"^\s*(why|how\s+so|how\s+come)\b", re.IGNORECASE)
_ASKING_TERMS = frozenset(tokenize(" ".join(ASKER_WORDS)))  # ASKER_WORDS as tokenize stems them


def previous_turn(history: Sequence[Turn]) -> Turn | None:
    return history[-1] if history else None


def refine(question: str, history: Sequence[Turn]) -> str:
    """The query for a question that refers back: it keeps the new question's words.

    "Why?" after an answer asks for the reason behind the claim just made: retrieve with the
    previous answer's first cited sentence and the previous question. "He/she" after an answer led by
    someone's words is that person: the pronoun is replaced by their name.
    """
    prev = previous_turn(history)
    if prev is None:
        return question
    claim = ""
    if prev.answer is not None and not prev.answer.declined:
        cited = [s for s in prev.answer.sentences if s.citations]
        # (after a source described and then quoted, "why'd they leave?" asks about the quote)
        cited = [s for s in cited if s.verdict != "meta"] or cited
        if cited:
            claim = cited[0].text
        elif prev.answer.citations:
            claim = prev.answer.citations[0].text
    earlier = chain(history)
    if claim and _WHY.match(question) and len(tokenize(question)) <= 1:
        return f"{claim} {' '.join(earlier)}"
    if claim and EXAMPLES_ASKED.match(question):
        # "such as?": examples of the claim just made, which the earlier question may not name
        return f"{claim} {question} {' '.join(earlier)}"
    # "where does he work?" after an answer in Lee's words asks about Lee, not the last topic; after an
    # answer led in a document's own voice "he" is its author, not a person quoted further down it
    led = [x for x in prev.answer.sentences if x.citations][:1] if prev.answer is not None else []
    if led and led[0].speaker and PERSON_PRONOUN.search(question):
        return PERSON_PRONOUN.sub(led[0].speaker, question)
    return f"{' '.join(earlier)} {question}"


def chain(history: Sequence[Turn]) -> list[str]:
    """The previous question, and the ones before it while they too referred back."""
    questions = [t.question for t in history[-1:]]
    for turn in reversed(list(history)[:-1]):
        if not questions or not refers_back(questions[0]):
            break
        questions.insert(0, turn.question)
    return questions


def chained(question: str, history: Sequence[Turn]) -> str:
    """The question read after the earlier questions it continues (no substitution, no claim)."""
    return " ".join([*chain(history), question])


def answered(history: Sequence[Turn]) -> bool:
    prev = previous_turn(history)
    return prev is not None and prev.answer is not None and not prev.answer.declined


def leans_on_context(
    question: str, history: Sequence[Turn], retriever: Retriever, k: int, explain: list[str]
) -> bool:
    """A question out of scope alone, whose every content word (bar words about the asking) the
    passages found for it read after the last answered turn hold ("Who was the professor involved?"
    after a question about a study): it continues that turn, as a pronoun would."""
    own = set(tokenize(question))
    terms = own - _ASKING_TERMS  # "whats the catch": about the asking only
    if not terms:
        return bool(own)  # nothing of its own but the asking: it continues the last turn
    hits = retriever.search(chained(question, history), 2 * k)
    held = set().union(*(set(tokenize(h.passage.text)) for h in hits)) if hits else set()
    unheld = terms - held
    # one word of its own is allowed when it points back ("where does that leave normal people?")
    if unheld and not (len(unheld) == 1 and PRONOUN.search(question)):
        return False
    explain.append("out of scope alone, but every word of it is in what the last turn's topic retrieves")
    return True
