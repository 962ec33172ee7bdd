"""Command line: ``python -m bot {index,retrieve,add,sources,remove,ask,eval,bench,config}``; ``--help``.

``add FILE`` stores a document in the corpus folder (with a sidecar of the metadata given) and
indexes it incrementally; ``sources`` lists the documents with ids; ``remove ID`` deletes one (see
``bot.library``).

Conventions shared by every command: settings come from ``BOT_*`` variables, then flags
(``--set section.field=value`` for any setting); ``--json`` prints machine-readable output; with no
QUESTION argument, ``retrieve`` and ``ask`` read one question per stdin line and print one JSON line
each, loading models once. Errors print ``error:`` and ``fix:`` lines on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from typing import Any

from bot.config import REPO_ROOT, Settings
from bot.errors import BotError

log = logging.getLogger("bot")


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    for item in args.set or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise BotError(f"--set {item!r} has no value", "write it as --set section.field=value")
        settings = settings.with_key(key.strip(), value)  # an unknown key names the closest one
    if getattr(args, "seeds_dir", None):
        settings = settings.with_value("paths", "seeds_dir", args.seeds_dir)
    if getattr(args, "index_dir", None):
        settings = settings.with_value("paths", "index_dir", args.index_dir)
    return settings


def _questions(args: argparse.Namespace) -> Iterator[str]:
    if args.question:
        yield _valid_text(" ".join(args.question), "the QUESTION argument")
        return
    if sys.stdin is None or sys.stdin.isatty():
        raise BotError("no question given", "pass a QUESTION, or pipe one question per line on stdin")
    count = 0
    for number, raw in enumerate(_stdin_lines(), start=1):
        if raw.strip():
            count += 1
            yield _valid_text(raw, f"stdin line {number}").rstrip("\r\n")
    if count == 0:
        raise BotError("no questions on stdin", "pass a QUESTION, or pipe one question per line on stdin")


def _stdin_lines() -> Iterator[str | bytes]:
    """Stdin as raw bytes lines when it has a buffer (decoded by ``_valid_text``), else as text."""
    stream = getattr(sys.stdin, "buffer", None) or sys.stdin
    yield from stream


def _valid_text(raw: str | bytes, where: str) -> str:
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


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def cmd_index(args: argparse.Namespace) -> int:
    from bot.index import open_index

    settings = _settings(args)
    started = time.perf_counter()
    index = open_index(settings, rebuild=args.rebuild)
    seconds = time.perf_counter() - started
    m = index.manifest
    summary = {
        "passages": m["passages"],
        "sources": m["sources"],
        "factory": m["factory"],
        "built": index.built,
        "seconds": round(seconds, 2),
        "folder": str(index.folder),
        "skipped": m.get("skipped", []),
    }
    if args.json:
        _emit(summary)
    else:
        verb = "built" if index.built else "up to date"
        print(
            f"index {verb}: {m['passages']} passages from {m['sources']} sources "
            f"({m['factory']}) in {seconds:.1f} s -> {index.folder}"
        )
        for s in summary["skipped"]:
            print(f"  skipped {s['path']}: {s['reason']}")
    return 0


def cmd_retrieve(args: argparse.Namespace) -> int:
    from bot.retrieval import get_retriever

    settings = _settings(args)
    retriever = get_retriever(settings)
    batch = not args.question
    for question in _questions(args):
        hits = retriever.search(question, args.k)
        if args.json or batch:
            _emit({"question": question, "passages": [h.to_json() for h in hits]})
            continue
        print(f"Q: {question}")
        for h in hits:
            p = h.passage
            print(f"{h.rank}. {h.source.title}  [{h.score:.4f}, cosine {h.dense:.2f}]")
            print(f"   {p.source} [{p.start}:{p.end}] — {h.source.evidence}")
            print(textwrap.fill(" ".join(p.text.split()), 100, initial_indent="   ", subsequent_indent="   "))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.library import Meta, add_document

    settings = _settings(args)
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BotError(f"cannot read {path}: {exc.strerror}", "check the file name") from exc
    meta = Meta(args.title or "", args.kind or "", args.date or "", args.strength, args.url or "")
    started = time.perf_counter()
    added = add_document(settings, data, path.name, meta, progress=lambda m: log.info("%s", m))
    seconds = time.perf_counter() - started
    if args.json:
        entry = added.entry.to_json() if added.entry else None
        _emit({"added": entry, "message": added.message, "seconds": round(seconds, 2)})
    else:
        print(f"{added.message} ({seconds:.1f} s)")
        if added.entry:
            print(f"  id {added.entry.id} · {added.entry.kind} · {added.entry.label}")
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from bot.index import open_index
    from bot.library import list_sources

    settings = _settings(args)
    entries = list_sources(settings, open_index(settings))
    if args.json:
        for e in entries:
            _emit(e.to_json())
        return 0
    print(f"{'id':<10}  {'size':>8}  {'passages':>8}  {'strength':>8}  file / kind / label")
    for e in entries:
        size = f"{e.size / 1024:.1f} kB"
        strength = str(e.strength) if e.strength else "unrated"
        print(f"{e.id or '-':<10}  {size:>8}  {e.passages:>8}  {strength:>8}  {e.file}")
        print(f"{'':<42}{e.title} · {e.kind} · {e.label}" if e.id else f"{'':<42}{e.status}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from bot.library import remove_document

    settings = _settings(args)
    entry, index = remove_document(settings, args.id)
    if args.json:
        _emit({"removed": entry.to_json(), "passages": len(index.passages)})
    else:
        print(f"removed {entry.file} ({entry.passages} passages); the index has {len(index.passages)}")
    return 0


def _strength(value: str) -> int:
    if value not in {"1", "2", "3"}:
        raise argparse.ArgumentTypeError("strength is 1, 2 or 3 (leave it out for an unrated source)")
    return int(value)


def cmd_config(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.json:
        _emit(settings.as_dict())
        return 0
    table = "| variable | default | type | what it does |\n|---|---|---|---|\n" + "".join(
        f"| `{var}` | `{value}` | {kind} | {text.replace('|', '/')} |\n"
        for var, value, kind, text in Settings().rows()
    )
    if args.readme:
        readme = REPO_ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        start, end = "<!-- config-table:start -->", "<!-- config-table:end -->"
        head, rest = text.split(start, 1)
        readme.write_text(f"{head}{start}\n{table}{end}{rest.split(end, 1)[1]}", encoding="utf-8")
        print(f"updated the settings table in {readme}")
        return 0
    print(table, end="")
    return 0


def _add_common(p: argparse.ArgumentParser) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
        "index": (cmd_index, "build or refresh the index (rebuilds when stale or corrupt)"),
        "retrieve": (cmd_retrieve, "print the top-K passages for a question"),
        "add": (cmd_add, "add a document (.txt .md .html .pdf) to the corpus and index it"),
        "sources": (cmd_sources, "list the documents of the corpus with ids, sizes and labels"),
        "remove": (cmd_remove, "remove a document (by id from `sources`) and its passages"),
        "config": (cmd_config, "print every setting and its BOT_* variable"),
    }
    extra = _extra_commands()
    commands.update(extra)
    for name, (func, help_text) in commands.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        _add_common(p)
        p.set_defaults(func=func)
        if name == "index":
            p.add_argument("--rebuild", action="store_true", help="rebuild even if the index is current")
        if name in {"retrieve", "ask"}:
            p.add_argument(
                "question",
                nargs="*",
                metavar="QUESTION",
                help="the question; omit it to read one question per stdin line (JSON lines out)",
            )
        if name == "add":
            p.add_argument("file", metavar="FILE", help="the document to add")
            p.add_argument("--title", help="title shown with every citation (default: the file name)")
            p.add_argument("--kind", help='what it is, e.g. "guideline", "news report", "forum post"')
            p.add_argument("--date", help="publication date, e.g. 2024-05-01")
            p.add_argument("--url", help="where it comes from")
            p.add_argument(
                "--strength", type=_strength, help="1 (opinion) to 3 (reviewed evidence); omit: unrated"
            )
        if name == "remove":
            p.add_argument("id", metavar="ID", help="the document's id (or file name) from `sources`")
        if name == "config":
            p.add_argument("--readme", action="store_true", help="rewrite the settings table in README.md")
        if name == "retrieve":
            p.add_argument("-k", type=int, default=None, help="number of passages (default: retrieval.top_k)")
        if name in _EXTRA_ARGS:
            _EXTRA_ARGS[name](p)
    return parser


_EXTRA_ARGS: dict[str, Callable[[argparse.ArgumentParser], None]] = {}


def _extra_commands() -> dict[str, tuple[Callable[[argparse.Namespace], int], str]]:
    """Commands of later stages (ask, eval, bench) register themselves in ``bot.commands``."""
    try:
        from bot import commands
    except ImportError:
        return {}
    _EXTRA_ARGS.update(commands.ARGUMENTS)
    return commands.COMMANDS


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
