"""Command line: ``python -m bot COMMAND [options]``; ``python -m bot --help`` lists the commands.

The top of the code: nothing imports this module (only ``bot/__main__.py`` and tests). ``COMMANDS``
is the one registry: each command's name, help line, ``cmd_*`` function and argument adder, from
the modules that own them (``bot.commands`` for the corpus, ``bot.ask``, ``bot.eval``, ``bot.bench``,
``bot.loadtest``). Those modules import their heavy stages inside the command, so ``--help`` is fast.

Conventions shared by every command (``bot.args``): settings come from ``BOT_*`` variables, then
flags (``--set section.field=value`` for any setting); ``--json`` prints machine-readable output;
with no QUESTION argument, ``retrieve`` and ``ask`` read one question per stdin line and print one
JSON line each, loading models once. Errors print ``error:`` and ``fix:`` lines on stderr and exit 1.

Hands on: ``main(argv) -> exit code`` and ``build_parser()``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from bot import commands
from bot.args import add_common
from bot.ask import ask_args, cmd_ask
from bot.bench import bench_args, cmd_bench
from bot.errors import BotError
from bot.eval import cmd_eval, eval_args
from bot.loadtest import cmd_loadtest, loadtest_args

Command = Callable[[argparse.Namespace], int]
Arguments = Callable[[argparse.ArgumentParser], None]

COMMANDS: dict[str, tuple[str, Command, Arguments | None]] = {
    "index": (
        "build or refresh the index (rebuilds when stale or corrupt)",
        commands.cmd_index,
        commands.index_args,
    ),
    "retrieve": ("print the top-K passages for a question", commands.cmd_retrieve, commands.retrieve_args),
    "ask": ("answer a question with verified citations (or decline)", cmd_ask, ask_args),
    "add": (
        "add a document (.txt .md .html .pdf) to the corpus and index it",
        commands.cmd_add,
        commands.add_args,
    ),
    "sources": ("list the documents of the corpus with ids, sizes and labels", commands.cmd_sources, None),
    "remove": (
        "remove a document (by id from `sources`) and its passages",
        commands.cmd_remove,
        commands.remove_args,
    ),
    "config": ("print every setting and its BOT_* variable", commands.cmd_config, commands.config_args),
    "eval": ("measure retrieval and answer quality on a question set", cmd_eval, eval_args),
    "bench": ("measure speed and memory; FAISS scale curves", cmd_bench, bench_args),
    "loadtest": (
        "concurrent clients against the real app",
        cmd_loadtest,
        loadtest_args,
    ),
    "calibrate": (
        "show the scope gate's calibrated thresholds; hit@3 per retrieval variant",
        commands.cmd_calibrate,
        commands.calibrate_args,
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description=__doc__.split("\n\n")[0].replace("``", "")
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, func, arguments) in COMMANDS.items():
        # No abbreviated flags: a documented flag that is renamed must fail, not match a prefix.
        p = sub.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
        add_common(p)
        if arguments is not None:
            arguments(p)
        p.set_defaults(func=func)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    args.argv = argv  # reports record the command that made them
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("faiss", "sentence_transformers", "transformers", "httpx", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return int(args.func(args))
    except BotError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        if exc.fix:
            print(f"fix: {exc.fix}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
