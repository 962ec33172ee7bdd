"""Names in a question: which capitalised words are names, and a word in the question's own spelling.

* ``corpus_names(question, texts)``: the question's words that ``texts`` use only capitalised (the
  people, studies and places a corpus names), however the question types them.
* ``named_word(question, word)``: ``word`` is capitalised inside an asked sentence of a question not
  written in title case, so it is a name ("Lee's team at Harvard"); a scene-setting statement, a day
  or a month is not.
* ``spelling(question, word)``: ``word`` as the question writes it, lower-cased unless it is a
  capitalised word inside the question, for a decline to name ("My sources don't mention Harvard").

``bot.focus`` weighs a name it lacks as what a question is about; ``bot.scope`` brings a question that
names what the corpus names into scope.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.english import CALENDAR
from bot.text import words

__all__ = ["acronym", "corpus_names", "named_word", "spelling"]


def corpus_names(question: str, texts: Iterable[str]) -> list[str]:
    """Capitalised words after the question's first word that ``texts`` use only capitalised: the
    people, studies and places the corpus names ("Was Jane Doe one of the authors?")."""
    joined = "\n".join(texts)
    found = []
    for word in dict.fromkeys(re.findall(r"(?<=\s)[A-Z][\w'’-]{2,}", question)):
        if re.search(rf"\b{re.escape(word)}\b", joined) and not re.search(
            rf"\b{re.escape(word.lower())}\b", joined
        ):
            found.append(word)
    # typed in lower case ("which uni is the illinois team at?"): a word the texts use only
    # capitalised, and not only first in a sentence, is a name all the same
    for word in dict.fromkeys(re.findall(r"\b[a-z][\w'’-]{3,}", question)):
        name = word[:1].upper() + word[1:]
        mid_sentence = re.search(rf"(?<=[a-z0-9,;:] ){re.escape(name)}\b", joined)
        if name not in found and mid_sentence and not re.search(rf"\b{re.escape(word)}\b", joined):
            found.append(name)
    return found


def acronym(question: str, word: str) -> bool:
    """``word`` is a two-letter acronym typed in capitals in an asked sentence ("did IQ go up?"); not in
    a statement that only sets the scene ("I'm a PE teacher. …")."""
    sentences = [x for x in re.split(r"(?<=[.?!])\s+", question.strip()) if x]
    asked = [x for x in sentences[:-1] if x.endswith("?")] + sentences[-1:]
    return len(word) == 2 and any(re.search(rf"\b{re.escape(word.upper())}\b", x) for x in asked)


def named_word(question: str, word: str) -> bool:
    """``word`` is capitalised inside an asked sentence of a question not written in title case: a
    name. A statement before the question only sets the scene ("Hello, I am from Brazil."), and so
    do days and months ("on Sundays")."""
    capitals = re.findall(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+", question.strip())
    if len(capitals) * 2 > len(words(question)) or word.lower() in CALENDAR:
        return False  # "What Does The Trainer Say?": capitals say nothing
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", question.strip()) if s]
    asked = [s for s in sentences[:-1] if s.endswith("?")] + sentences[-1:]
    if len(asked) < len(sentences):
        return any(named_word(s, word) for s in asked)
    # a name, not an acronym or a shout ("BDNF", "PWNED")
    # ("YouTube", "TikTok": a capital inside a word still makes a name)
    return any(m.group(0)[:1].isupper() and not m.group(0).isupper() for m in _mid_sentence(question, word))


def _mid_sentence(question: str, word: str) -> list[re.Match[str]]:
    """Where ``word`` stands in ``question`` other than first in a sentence."""
    found = re.finditer(rf"\b{re.escape(word)}\b", question, re.IGNORECASE)
    return [m for m in found if question[: m.start()].rstrip()[-1:] not in ("", *".!?:-–—")]


def spelling(question: str, word: str) -> str:
    # a word with a short letter prefix or suffix hyphened to it is named whole: "p-value", "x-ray"
    hyphened = rf"\b(?<!-)(?:[a-z]{{1,2}}-)?{re.escape(word)}(?:-[a-z]{{1,2}})?\b(?!-)"
    m = re.search(hyphened, question, re.IGNORECASE)
    m = m or re.search(rf"\b{re.escape(word)}\b", question, re.IGNORECASE)
    found = m.group(0) if m else word
    return found if found[:1].isupper() and m and m.start() > 0 else found.lower()
