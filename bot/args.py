"""What every command shares: settings from ``BOT_*`` and flags, questions from argv or stdin, JSON out.

Command modules (``bot.commands``, ``bot.ask``, ``bot.eval``, ``bot.bench``, ``bot.loadtest``) take
these instead of reaching into ``bot.cli``, so the CLI sits alone at the top of the import graph.

Hands on: ``add_common(parser)`` (the flags every command has), ``settings_from(args)`` (a
``Settings``), ``questions_from(args)`` (the QUESTION argument, or one question per stdin line,
decoded as UTF-8 with U+FFFD for bad bytes and a warning naming the line) and ``emit(obj)`` (one
JSON line on stdout).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Iterator
from typing import Any

from bot.config import Settings
from bot.errors import BotError


def add_common(p: argparse.ArgumentParser) -> None:
    """``--set``, ``--seeds-dir``, ``--index-dir``, ``--json`` and ``-v``: on every command."""
    p.add_argument(
        "--set",
        action="append",
        metavar="SECTION.FIELD=VALUE",
        help="override any setting, e.g. --set retrieval.top_k=8 (repeatable)",
    )
    p.add_argument("--seeds-dir", help="corpus folder (default: seeds/)")
    p.add_argument("--index-dir", help="index folder (default: index/)")
    p.add_argument("--json", action="store_true", help="machine-readable JSON output")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")


def settings_from(args: argparse.Namespace) -> Settings:
    """``BOT_*`` variables, then each ``--set section.field=value``, then ``--seeds-dir``/``--index-dir``."""
    settings = Settings.from_env()
    for item in getattr(args, "set", None) or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise BotError(f"--set {item!r} has no value", "write it as --set section.field=value")
        settings = settings.with_key(key.strip(), value)  # an unknown key names the closest one
    if getattr(args, "seeds_dir", None):
        settings = settings.with_value("paths", "seeds_dir", args.seeds_dir)
    if getattr(args, "index_dir", None):
        settings = settings.with_value("paths", "index_dir", args.index_dir)
    return settings


def questions_from(args: argparse.Namespace) -> Iterator[str]:
    """The QUESTION words joined, or else every non-blank stdin line (an error when there is none)."""
    if args.question:
        yield valid_text(" ".join(args.question), "the QUESTION argument")
        return
    if sys.stdin is None or sys.stdin.isatty():
        raise BotError("no question given", "pass a QUESTION, or pipe one question per line on stdin")
    count = 0
    for number, raw in enumerate(_stdin_lines(), start=1):
        if raw.strip():
            count += 1
            yield valid_text(raw, f"stdin line {number}").rstrip("\r\n")
    if count == 0:
        raise BotError("no questions on stdin", "pass a QUESTION, or pipe one question per line on stdin")


def _stdin_lines() -> Iterator[str | bytes]:
    """Stdin as raw bytes lines when it has a buffer (decoded by ``valid_text``), else as text."""
    stream = getattr(sys.stdin, "buffer", None) or sys.stdin
    yield from stream


def valid_text(raw: str | bytes, where: str) -> str:
    """UTF-8 text; bytes that are not UTF-8 become U+FFFD, with one warning naming the line.

    Decoding with replacement (rather than refusing) keeps a batch going: the other questions are
    answered, and the damaged one is answered as best it can be or politely declined.
    """
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        print(
            f"warning: {where} is not valid UTF-8; undecodable bytes were replaced with U+FFFD",
            file=sys.stderr,
        )
        return data.decode("utf-8", "replace")


def emit(obj: dict[str, Any]) -> None:
    """One JSON line on stdout, flushed (so a pipe sees each answer as it comes)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def command_line(args: argparse.Namespace) -> str:
    """The command as typed (``python -m bot …``), for reports that say how they were made."""
    return "python -m bot " + shlex.join(getattr(args, "argv", None) or sys.argv[1:])
