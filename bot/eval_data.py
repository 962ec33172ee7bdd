"""Question sets: read ``eval/*.jsonl`` files, and pick the questions a measurement asks.

A question set is JSON Lines: ``question``, ``kind``, ``in_scope``, ``expected`` (verbatim snippets
of the sentence that answers), ``source``, ``missing_term`` (for out-of-scope and fabrication
requests: the central term the corpus lacks), ``history`` (earlier user turns, for follow-ups).

A conversation set is JSON Lines too: ``{"id", "turns": [{"user", "expect": "answer"|"decline"|"meta"|
"medical", "expected": [verbatim snippets], "missing_term"}]}``, read into ``ConversationCase``s.

``measured_questions`` gives ``bench`` and ``loadtest`` their questions without a word of the corpus
in code: the questions of a set given on the command line, else the corpus profile's example
questions (``<seeds_dir>/corpus.toml``, read by ``bot.scope.load_profile``).

Hands on: ``Question``, ``load_questions(path)``, ``ConversationTurn``, ``ConversationCase``,
``load_conversations(path)``, ``jsonl_lines(path, what)``, ``measured_questions(settings, path,
in_scope_only)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.config import REPO_ROOT, Settings
from bot.errors import BotError

DEFAULT_QUESTIONS = REPO_ROOT / "eval" / "questions.jsonl"
DEFAULT_CONVERSATIONS = REPO_ROOT / "eval" / "conversations.jsonl"
EXPECTS = {"answer", "decline", "meta", "medical"}
KINDS = {
    "direct",
    "paraphrase",
    "multi",
    "followup",
    "out_of_scope",
    "injection",
    "medical",
    "yesno",
    "howlong",
    "whichtypes",
    "who",
    "quote_attribution",
    "fabrication",
    "medical_advice",
    "meta",
}


@dataclass(frozen=True)
class Question:
    """One line of a question set."""

    id: str
    question: str
    kind: str
    in_scope: bool
    expected: tuple[str, ...]
    source: str = ""
    history: tuple[str, ...] = ()
    missing_term: str = ""


def jsonl_lines(path: Path, what: str) -> list[tuple[int, str]]:
    """(line number, line) of every non-blank line; an unreadable file is a ``BotError``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BotError(f"cannot read {what} {path}: {exc}", f"pass a JSON Lines {what} file") from exc
    return [(i, line) for i, line in enumerate(text.splitlines(), start=1) if line.strip()]


def load_questions(path: Path) -> list[Question]:
    """Every question of a set; a malformed line is a ``BotError`` naming ``file:line``."""
    out = []
    for i, line in jsonl_lines(path, "question set"):
        try:
            d = json.loads(line)
            q = Question(
                id=str(d.get("id", i)),
                question=str(d["question"]),
                kind=str(d.get("kind", "direct")),
                in_scope=bool(d.get("in_scope", True)),
                expected=tuple(d.get("expected", [])),
                source=str(d.get("source", "")),
                history=tuple(d.get("history", [])),
                missing_term=str(d.get("missing_term", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BotError(
                f"{path}:{i} is not a valid question line: {exc}",
                'each line needs at least {"question": ..., "in_scope": true|false}',
            ) from exc
        out.append(q)
    return out


@dataclass(frozen=True)
class ConversationTurn:
    """One user turn of a scripted conversation and what its answer should be."""

    user: str
    expect: str  # "answer", "decline", "meta" or "medical"
    expected: tuple[str, ...] = ()  # verbatim snippets a cited span should hold ("answer")
    missing_term: str = ""  # the term the corpus lacks (a decline may name it)


@dataclass(frozen=True)
class ConversationCase:
    """One line of a conversation set: an id and its turns, asked in order in one chat."""

    id: str
    turns: tuple[ConversationTurn, ...]


def load_conversations(path: Path) -> list[ConversationCase]:
    """Every conversation of a set; a malformed line is a ``BotError`` naming ``file:line``."""
    out = []
    for i, line in jsonl_lines(path, "conversation set"):
        try:
            d = json.loads(line)
            turns = tuple(
                ConversationTurn(
                    user=str(t["user"]),
                    expect=str(t.get("expect", "answer")),
                    expected=tuple(t.get("expected", [])),
                    missing_term=str(t.get("missing_term", "")),
                )
                for t in d["turns"]
            )
            if not turns or any(t.expect not in EXPECTS for t in turns):
                raise ValueError(f"turns must be non-empty, each expect one of {sorted(EXPECTS)}")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BotError(
                f"{path}:{i} is not a valid conversation line: {exc}",
                'each line needs {"id": ..., "turns": [{"user": ..., "expect": "answer"}, ...]}',
            ) from exc
        out.append(ConversationCase(str(d.get("id", i)), turns))
    return out


def measured_questions(settings: Settings, path: Path | None = None, in_scope_only: bool = True) -> list[str]:
    """Stand-alone questions to time: a set's (no follow-ups; in scope only if asked), else the profile's."""
    if path is not None:
        questions = [
            q.question for q in load_questions(path) if not q.history and (q.in_scope or not in_scope_only)
        ]
        if not questions:
            raise BotError(f"{path} has no stand-alone questions to ask", "pass another question set")
        return questions
    from bot.scope import load_profile

    profile = load_profile(settings.paths.seeds_dir)
    if profile is None or not profile.questions:
        raise BotError(
            f"the corpus in {settings.paths.seeds_dir} has no example questions",
            "add questions = [...] to its corpus.toml, or pass a question set (e.g. eval/questions.jsonl)",
        )
    return list(profile.questions)
