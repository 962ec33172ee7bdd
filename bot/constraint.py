"""The decoding constraint: the local model may only copy the chosen evidence and frame it.

``CopyConstraint(tokenizer, units, names)`` turns the 1–3 evidence units into *pieces* (words and
punctuation, each tokenized once) and ``processor(prompt_length)`` gives a transformers
``LogitsProcessor`` that masks every token outside this grammar, sentence by sentence::

    sentence := [connective] [name speech-verb ["that"]] copy [marker] ["."]
    copy     := a unit from one of its clause starts (its first word, or after "that", ":", "but" …)
                to its end, each unit at most once

The model chooses which units, in which order, where each starts and how it is framed ("Lee says
that …", "However, …"); it cannot write a word of its own. So a content word the evidence lacks
cannot be produced ("smoking" has no path through the pieces), and no sentence splices two units.
The state is a small set of partly matched pieces (an NFA over precomputed token sequences), advanced
by one token per step: a few set operations per token, no re-tokenizing. Meaning-level checks
(hedges kept, speaker right, no splices) are the verifier's job (``bot.verify``), which does not trust
this module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Words that may open a sentence before a copy: a connective, or a speaker's name and a speech verb.
CONNECTIVES = ("Also,", "However,", "But")
SPEECH = ("says", "notes", "adds", "cautions", "explains", "suggests", "writes")
# A copy may start where a clause of a unit starts: its first word, after one of these, or after
# "that" following a verb of saying or finding ("noted that …"; not the relative "trials that …").
CLAUSE_OPENERS = frozenset({":", ";", "but", "however", "whereas"})
REPORTING = frozenset(
    "said says noted notes explained cautioned added suggested suggests found find finds shown show "
    "shows showed means mean argued believes claimed concluded stated reported warned pointed".split()
)
_PIECE = re.compile(r"\w[\w’'\-]*|[^\w\s]")
_QUOTES = str.maketrans("", "", '“”"')


@dataclass(frozen=True)
class CopySpec:
    """What a generator needs to build the constraint with its own tokenizer."""

    units: tuple[str, ...]  # the evidence units' texts as shown in the prompt ([1], [2], …)
    names: tuple[str, ...] = ()  # speakers the answer may name ("Lee says …")


@dataclass(frozen=True)
class _Target:
    kind: str  # "copy", "connective", "name", "verb", "that", "marker", "stop"
    unit: int = -1
    index: int = -1


def unit_pieces(text: str) -> list[tuple[str, bool]]:
    """(piece text with its leading space, is_word) for a unit's text, quotes removed."""
    clean = " ".join(text.translate(_QUOTES).split())
    out = []
    for m in _PIECE.finditer(clean):
        spaced = m.start() > 0 and clean[m.start() - 1] == " "
        token = m.group(0)
        out.append(((" " if spaced else "") + token, token[0].isalnum()))
    return out


class CopyConstraint:
    """The pieces of one answer's evidence, tokenized once; ``processor`` makes the per-call state."""

    def __init__(self, tokenizer: Any, units: Sequence[str], names: Sequence[str] = ()) -> None:
        self.tokenizer = tokenizer
        self.eos = {tokenizer.eos_token_id} if tokenizer.eos_token_id is not None else set()
        self._cache: dict[str, tuple[int, ...]] = {}
        self.units = [unit_pieces(u) for u in units]
        self.names = tuple(dict.fromkeys(n for n in names if n))
        self.openers = [
            {i for i, (_, is_word) in enumerate(pieces) if is_word and (i == 0 or _clause_starts(pieces, i))}
            for pieces in self.units
        ]

    def encode(self, text: str) -> tuple[int, ...]:
        ids = self._cache.get(text)
        if ids is None:
            ids = tuple(self.tokenizer.encode(text, add_special_tokens=False))
            self._cache[text] = ids
        return ids

    def processor(self, prompt_length: int) -> CopyProcessor:
        return CopyProcessor(self, prompt_length)


def _clause_starts(pieces: list[tuple[str, bool]], i: int) -> bool:
    before = pieces[i - 1][0].strip().lower()
    if before in CLAUSE_OPENERS:
        return True
    return before == "that" and i >= 2 and pieces[i - 2][0].strip().lower() in REPORTING


def _lower(text: str) -> str:
    stripped = text.lstrip(" ")
    return text[: len(text) - len(stripped)] + stripped[:1].lower() + stripped[1:]


def _capital(text: str) -> str:
    stripped = text.lstrip(" ")
    return text[: len(text) - len(stripped)] + stripped[:1].upper() + stripped[1:]


class CopyProcessor:
    """A ``LogitsProcessor``: call it with (input_ids, scores); it masks what the rules forbid.

    The grammar, per sentence: [connective] [name speech-verb ["that"]] copy [marker] "." where a
    copy is a unit from one of its clause starts to its end, each unit copied at most once.
    """

    def __init__(self, constraint: CopyConstraint, prompt_length: int) -> None:
        self.c = constraint
        self.seen = prompt_length  # tokens consumed so far
        self.used: set[int] = set()  # units already copied
        self.sentences = 0
        self.may_end = False
        # Live entries: (target, token sequence, position of the next token in it).
        self.live: list[tuple[_Target, tuple[int, ...], int]] = []
        self._open(self._sentence_start(first=True))

    # ---- what may come next ---------------------------------------------------------------------
    def _copy_starts(self, capital: bool, first: bool = False) -> list[tuple[_Target, str]]:
        out: list[tuple[_Target, str]] = []
        for u, pieces in enumerate(self.c.units):
            if u in self.used:
                continue
            for i in sorted(self.c.openers[u]):
                text = " " + pieces[i][0].lstrip(" ")
                # At a sentence start the first word may be capitalised; after "says that" lowered.
                forms = {text, _capital(text)} if capital else {text, _lower(text)}
                if first:
                    forms |= {f.lstrip(" ") for f in forms}
                out += [(_Target("copy", u, i), f) for f in sorted(forms)]
        return out

    def _sentence_start(self, first: bool = False) -> list[tuple[_Target, str]]:
        out = self._copy_starts(capital=True, first=first)
        lead = "" if first else " "
        out += [(_Target("connective"), lead + w) for w in CONNECTIVES if not first]
        out += [(_Target("name"), lead + n) for n in self.c.names]
        return out

    def _after(self, target: _Target) -> list[tuple[_Target, str]]:
        if target.kind == "connective":
            return self._copy_starts(capital=False) + [(_Target("name"), " " + n) for n in self.c.names]
        if target.kind == "name":
            return [(_Target("verb"), " " + v) for v in SPEECH]
        if target.kind == "verb":
            return [(_Target("that"), " that"), *self._copy_starts(capital=False)]
        if target.kind == "that":
            return self._copy_starts(capital=False)
        if target.kind == "copy":
            pieces = self.c.units[target.unit]
            nxt = target.index + 1
            if nxt < len(pieces):
                return [(_Target("copy", target.unit, nxt), pieces[nxt][0])]
            # The unit is copied to its end: the sentence ends (its marker, then a stop if needed).
            self.used.add(target.unit)
            self.sentences += 1
            ends = pieces[-1][0].strip() in ".!?"
            self.may_end = ends
            marker = [(_Target("marker", target.unit), f" [{target.unit + 1}]")]
            return marker + (self._sentence_start() if ends else [(_Target("stop"), ".")])
        if target.kind == "marker":
            self.may_end = True
            return [(_Target("stop"), "."), *self._sentence_start()]
        # stop
        self.may_end = True
        return self._sentence_start()

    def _open(self, targets: list[tuple[_Target, str]]) -> None:
        for target, text in targets:
            ids = self.c.encode(text)
            if ids:
                self.live.append((target, ids, 0))

    # ---- the processor ------------------------------------------------------------------------
    def advance(self, token: int) -> None:
        """Consume one generated token."""
        still: list[tuple[_Target, tuple[int, ...], int]] = []
        done: list[_Target] = []
        for target, ids, pos in self.live:
            if ids[pos] != token:
                continue
            if pos + 1 == len(ids):
                done.append(target)
            else:
                still.append((target, ids, pos + 1))
        self.live = still
        self.may_end = False
        if done:
            # Two pieces can end on one token (a copy's next word and a name): the copy wins.
            target = next((t for t in done if t.kind == "copy"), done[0])
            self._open(self._after(target))

    def allowed(self) -> set[int]:
        ids = {seq[pos] for _, seq, pos in self.live}
        if self.may_end or not ids:
            ids |= self.c.eos
        return ids

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        row = input_ids[0]
        while self.seen < row.shape[0]:
            self.advance(int(row[self.seen]))
            self.seen += 1
        allowed = [i for i in self.allowed() if i < scores.shape[-1]]
        mask = torch.full_like(scores, float("-inf"))
        mask[:, allowed] = 0.0
        return scores + mask
