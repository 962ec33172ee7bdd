"""CLI commands of the answering stages: ``ask`` (and ``eval``, ``bench`` from their modules).

Registered into ``bot.cli`` through ``COMMANDS`` / ``ARGUMENTS`` so the core CLI does not import
the model stack until a command needs it.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.types import Answer

if TYPE_CHECKING:
    from bot.retrieval import Retriever


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.chat import Conversation
    from bot.cli import _emit, _questions, _settings
    from bot.generation import load_generator
    from bot.retrieval import get_retriever

    settings = _settings(args)
    if args.backend:
        settings = settings.with_value("generation", "backend", args.backend)
    retriever = get_retriever(settings)
    batch = not args.question
    stream_text = not (args.json or batch) and sys.stdout.isatty()
    generator = None if args.extractive else load_generator(settings)
    chat = Conversation(settings, retriever, generator)  # --chat: one conversation, answers remembered
    for question in _questions(args):
        final: Answer | None = None
        if not args.chat:
            chat = Conversation(settings, retriever, generator)  # each line stands alone (model cached)
        for event in chat.ask(question):
            if isinstance(event, Answer):
                final = event
            elif stream_text:
                sys.stdout.write(event)
                sys.stdout.flush()
        assert final is not None
        if args.json or batch:
            _emit(final.to_json())
            continue
        if stream_text:
            sys.stdout.write("\r\033[K" if "\n" not in final.draft else "\n")
        print(textwrap.fill(final.text, 100))
        for note in final.notes:
            print(textwrap.fill(f"Note: {note}", 100))
        for s in final.suggestions:
            print(f"  - {s}")
        for c in final.citations:
            print(f"[{c.n}] {c.title} — {c.evidence}")
            print(f"    {c.source} [{c.start}:{c.end}]")
        t = final.timings
        print(
            f"({final.mode}; retrieve {t.get('retrieve_ms', 0):.0f} ms, first token "
            f"{t.get('first_token_ms', 0):.0f} ms, total {t.get('total_ms', 0):.0f} ms)"
        )
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    """Show the scope gate's calibrated thresholds (computed now if missing) and, per eval file,
    hit@3 of each retrieval variant (dense, +BM25, +word bridge)."""
    from bot.calibrate import load_or_compute
    from bot.cli import _settings
    from bot.retrieval import Retriever

    retriever = Retriever(_settings(args))
    cal, table = load_or_compute(retriever)
    print(cal.explain())
    print(f"word table: {len(table.words)} corpus words")
    for path in args.expansion:
        for name, (hit, n) in _hit_at(retriever, path).items():
            print(f"{path}  {name:24} hit@3 {hit}/{n} = {hit / max(n, 1):.0%}")
    return 0


def _hit_at(retriever: Retriever, path: Path, k: int = 3) -> dict[str, tuple[int, int]]:
    """hit@k of the expected passage, per retrieval variant, on one ``eval/*.jsonl`` file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("in_scope") and r.get("expected")]
    variants = {
        "dense only": {"lexical": False, "expand": False},
        "dense+BM25": {"lexical": True, "expand": False},
        "dense+BM25+word bridge": {"lexical": True, "expand": True},
    }
    out = {}
    for name, kw in variants.items():
        hits = 0
        for r in rows:
            query = " ".join([*r.get("history", [])[-1:], r["question"]])
            found = retriever.search(query, k, **kw)
            hits += any(e in h.passage.text for h in found for e in r["expected"])
        out[name] = (hits, len(rows))
    return out


def _calibrate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--expansion", nargs="*", type=Path, default=[], help="eval/*.jsonl: hit@3 table")


def _ask_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--backend", choices=["transformers", "openai"], help="generation backend (default: config)"
    )
    p.add_argument(
        "--extractive", action="store_true", help="skip the model: quote the best source sentences"
    )
    p.add_argument(
        "--chat",
        action="store_true",
        help="treat stdin lines as one conversation (follow-ups resolved against earlier lines)",
    )


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), name)(args))

    return run


def _eval_args(p: argparse.ArgumentParser) -> None:
    from bot.eval import eval_args

    eval_args(p)


def _bench_args(p: argparse.ArgumentParser) -> None:
    from bot.bench import bench_args

    bench_args(p)


def _loadtest_args(p: argparse.ArgumentParser) -> None:
    from bot.loadtest import loadtest_args

    loadtest_args(p)


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "ask": (cmd_ask, "answer a question with verified citations (or decline)"),
    "eval": (_lazy("bot.eval", "cmd_eval"), "measure retrieval and answer quality on a question set"),
    "bench": (_lazy("bot.bench", "cmd_bench"), "measure speed and memory; FAISS scale curves"),
    "loadtest": (_lazy("bot.loadtest", "cmd_loadtest"), "concurrent clients against the real app"),
    "calibrate": (cmd_calibrate, "show the scope gate's calibrated thresholds; hit@3 per retrieval variant"),
}
ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "ask": _ask_args,
    "eval": _eval_args,
    "bench": _bench_args,
    "loadtest": _loadtest_args,
    "calibrate": _calibrate_args,
}
