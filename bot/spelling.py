"""Spelling: a question word that is a slip of the keyboard for a corpus word is read as that word.

``Speller.respell(question) -> (text, fixes)`` hands on the question with such words replaced and
the ``(typed, read_as)`` pairs, which ``bot.chat`` shows as a note ("Read 'adress' as 'address'.").
Without it a typo is a word the corpus never uses, so the scope gate names it as missing and
declines a question its sources answer. "dose" typed for "does" after a question word ("wat dose
lee say") is read as "does" too, and text-speak for a function word as that word ("n then wat" as
"and then what").

A word is respelled only when all of these hold, so a real word the corpus lacks is never turned
into one it has (which would let an off-topic question in):

- the corpus never uses it and it has at least ``MIN_LETTERS`` letters;
- the embedder's tokenizer does not hold it, or its stem before an inflection ("concussions"), as
  a whole word: a WordPiece or BPE vocabulary of tens of thousands of entries holds the common
  words of its language, a typo it splits into pieces. With no tokenizer vocabulary to ask,
  nothing is respelled;
- the English lexicon (``bot.english.english_word``) does not hold it in any form ("relapsing");
- a corpus word with the same first letter lies one edit away (two for a word of
  ``LONG_WORD`` letters or more; swapping two neighbours is one edit). Of several, the corpus's
  most frequent wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Sequence

MIN_LETTERS = 5
LONG_WORD = 8
_WORD = re.compile(r"[A-Za-z]+")
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers")
# How tokenizers mark a piece that starts a word (SentencePiece, byte-level BPE) or continues one.
_WORD_START = ("▁", "Ġ")
_CONTINUATION = "##"
# Text-speak for English function words ("n then wat", "wat wud prove it"), read as the words they
# stand for, so that a question's shape ("and then what?") is recognised. ("u" stays: "can u recommend
# …" reads as a request either way; "y" stays: "y or n" is "yes or no". "wat" is "what" only before a
# function word or at the end: "wut happns …" keeps its unknown word out of the topic's place.)
_TEXT_SPEAK = {
    "n": "and", "wat": "what", "wut": "what", "ur": "your", "r": "are", "wen": "when", "abt": "about",
    "cuz": "because", "bc": "because", "wud": "would", "cud": "could", "shud": "should", "shld": "should",
    "cn": "can", "dat": "that", "da": "the", "hw": "how", "sed": "said", "sez": "says", "kinda": "kind of",
    "sorta": "sort of", "somthing": "something", "sumthing": "something", "smthing": "something",
}
TEXT_SPEAK_WORDS = frozenset(_TEXT_SPEAK)  # English all the same: "wat abt <X>" is no foreign question
# Written abbreviations of English words, read as the word only where the corpus uses it and not the
# abbreviation ("what dept does <X> work in" asks about a department the text names).
_ABBREVIATIONS = {
    "dept": "department", "depts": "departments", "govt": "government", "univ": "university",
    "approx": "approximately", "info": "information", "mgmt": "management", "yrs": "years", "wks": "weeks",
    "mins": "minutes", "hrs": "hours", "avg": "average", "convo": "conversation", "stats": "statistics",
    "physio": "physical therapist", "physios": "physical therapists", "exec": "executive",
}
# English clippings, no typos of a corpus word ("neuro problems" is never "neuron problems", eval/fresh46)
_CLIPPINGS = frozenset("neuro psych bio chemo cardio physio rehab meds".split())
_BEFORE_WHAT = (
    "the|is|are|does|do|did|about|abt|would|wud|should|shud|can|cn|could|cud|was|were|then|else|if|r|ur"
)
_TEXT_SPOKEN = re.compile(
    r"(?<![\w/=.'’-])(?:(?!wat\b|wut\b)(" + "|".join(_TEXT_SPEAK) + r")"
    rf"|(wat|wut)(?=\W*$|\W+(?:{_BEFORE_WHAT})\b))(?![\w/=.'’-])",
    re.IGNORECASE,
)
# "n" is "and" only between two words: not "y or n", "the exact n", nor "… n?" ending a question
_N_NOT_AND = re.compile(r"\b(or|y|exact|the|an|sample|small|large|big)\W+\0|\0\W*$", re.IGNORECASE)
_LEADING_K = re.compile(r"^\W*(kk?)\s+(?=\w)", re.IGNORECASE)
# "wat dose lee say": a real word typed for "does" after a question word, where "dose" cannot stand
# (not "what dose of X is safe?", "what dose should I take?": "dose" there is the noun)
_DOES_SLIP = re.compile(
    r"\b(what|wat|wut|how|why|where|when|wen|who)\s+(dose|dos|doe)\b"
    r"(?=\s+(?!(of|for|is|was|are|were|should|would|could|can|will|do|does|did|to|per|a|an)\b)[a-z])",
    re.I,
)


def read_text_speak(question: str, keep: Container[str] = ()) -> tuple[str, list[tuple[str, str]]]:
    """``question`` with text-speak for function words read as those words ("n then wat" → "and then
    what"), and the ``(typed, read_as)`` pairs; a word in ``keep`` (the corpus's own: a corpus about
    shell tools uses "sed") is left as typed. ``bot.advice`` reads a question through it too."""
    fixes: list[tuple[str, str]] = []
    leading = _LEADING_K.match(question)  # "k journal?": "ok", only where it opens the turn
    if leading:
        fixes.append((leading.group(1), "ok"))
        question = f"{question[: leading.start(1)]}ok{question[leading.end(1) :]}"

    def spoken(m: re.Match[str]) -> str:
        if m.group(0).lower() in keep:
            return m.group(0)
        marked = m.string[: m.start()] + "\0" + m.string[m.end() :]
        if m.group(0).lower() == "n" and _N_NOT_AND.search(marked):
            return m.group(0)  # "y or n", "exact n please": a letter, not "and"
        fixes.append((m.group(0), _TEXT_SPEAK[m.group(0).lower()]))
        return _TEXT_SPEAK[m.group(0).lower()]

    return _TEXT_SPOKEN.sub(spoken, question), fixes


def tokenizer_words(embedder: object) -> frozenset[str]:
    """The whole words of the embedder's tokenizer vocabulary, lowercased (empty when it has none)."""
    model = getattr(embedder, "model", None)  # a sentence-transformers model holds its tokenizer
    tokenizer = getattr(embedder, "tokenizer", None) or getattr(model, "tokenizer", None)
    get_vocab = getattr(tokenizer, "get_vocab", None)
    if get_vocab is None:
        return frozenset()
    out = set()
    for piece in get_vocab():
        if piece.startswith(_CONTINUATION):
            continue
        word = piece.lstrip("".join(_WORD_START))
        if word.isalpha():
            out.add(word.lower())
    return frozenset(out)


def edits(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (optimal string alignment) of ``a`` and ``b``, or ``limit + 1``
    as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


class Speller:
    """Respells typos towards ``corpus_words`` (most frequent first); ``known`` are words of the
    language (the tokenizer's whole words), never respelled; ``in_corpus`` says a word is the
    corpus's in another form ("addressed" when it has "address"), never respelled either."""

    def __init__(
        self,
        corpus_words: Sequence[str],
        known: Iterable[str],
        in_corpus: Callable[[str], bool] = lambda _: False,
    ) -> None:
        self.known = frozenset(known)
        self.corpus = frozenset(corpus_words)
        self.in_corpus = in_corpus
        self._by_letter: dict[str, list[str]] = {}
        for w in corpus_words:
            if len(w) >= MIN_LETTERS - 1 and w.isalpha():
                self._by_letter.setdefault(w[0], []).append(w)
        self._memo: dict[str, str | None] = {}

    def correction(self, word: str) -> str | None:
        """The corpus word ``word`` is a typo of, or None."""
        w = word.lower()
        if w in self._memo:
            return self._memo[w]
        found = None
        spelled_out = _ABBREVIATIONS.get(w, "")
        # (every word of it: "physio" is read as "physical therapist" only where both words are used)
        used = bool(spelled_out) and all(s in self.corpus or self.in_corpus(s) for s in spelled_out.split())
        if used and w not in self.corpus:
            found = spelled_out
        elif (
            self.known
            and w not in _CLIPPINGS
            and len(w) >= MIN_LETTERS
            and w not in self.corpus
            and not self._known(w)
            and not self.in_corpus(w)
        ):
            limit = 2 if len(w) >= LONG_WORD else 1
            best = limit + 1
            for candidate in self._by_letter.get(w[0], ()):
                d = edits(w, candidate, limit)
                # (two letters past the whole of a word make another word, not a slip: "linkedin")
                if d < best and not (d == 2 and w.startswith(candidate)):
                    found, best = candidate, d  # the first at the smallest distance is the most frequent one
        if len(self._memo) > 4096:
            self._memo.clear()
        self._memo[w] = found
        return found

    def _known(self, w: str) -> bool:
        """The tokenizer holds the word, or its stem before an inflection ("concussions" is the
        known "concussion" in the plural, not a typo of "conclusions"), or the English lexicon has
        it in some form ("relapsing" is no slip for "releasing")."""
        from bot.english import english_word

        stems = [w] + [w[: -len(end)] for end in _INFLECTIONS if w.endswith(end) and len(w) - len(end) >= 4]
        return any(s in self.known for s in stems) or english_word(w)

    def respell(self, question: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """``question`` with its typos replaced (a capital kept), and the ``(typed, read_as)`` pairs."""
        fixes: list[tuple[str, str]] = []

        def does(m: re.Match[str]) -> str:
            fixes.append((m.group(2), "does"))
            return f"{m.group(1)} does"

        question = _DOES_SLIP.sub(does, question)

        question, spoken = read_text_speak(question, self.corpus)
        fixes.extend(spoken)

        def fix(m: re.Match[str]) -> str:
            typed = m.group(0)
            read = self.correction(typed)
            if read is None:
                return typed
            read = read.capitalize() if typed[:1].isupper() else read
            fixes.append((typed, read))
            return read

        return _WORD.sub(fix, question), tuple(dict.fromkeys(fixes))
