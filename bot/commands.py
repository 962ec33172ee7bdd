"""The corpus commands: ``index``, ``retrieve``, ``add``, ``sources``, ``remove``, ``config``, ``calibrate``.

Each is a ``cmd_<name>(args) -> exit code`` with its arguments in ``<name>_args(parser)``; ``bot.cli``
registers them. Heavy stages (models, FAISS) are imported inside the command that needs them, so
``--help`` and ``config`` start fast. ``add FILE`` stores a document in the corpus folder (with a
sidecar of the metadata given) and indexes it incrementally; ``sources`` lists the documents with
ids; ``remove ID`` deletes one (see ``bot.library``).

Hands on: exit codes and printed text (or JSON lines with ``--json``).
"""

from __future__ import annotations

import argparse
import json
import logging
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bot.args import emit, questions_from, settings_from
from bot.config import REPO_ROOT, Settings
from bot.errors import BotError

if TYPE_CHECKING:
    from bot.retrieval import Retriever

log = logging.getLogger("bot")


def cmd_index(args: argparse.Namespace) -> int:
    from bot.index import open_index
    from bot.retrieval import Retriever

    settings = settings_from(args)
    started = time.perf_counter()
    index = open_index(settings, rebuild=args.rebuild)
    seconds = time.perf_counter() - started
    # Opening a retriever calibrates the scope gate for this index (stored beside it), so the
    # first question after `bot index` does not pay for it.
    calibration = Retriever(settings, index=index).calibrated()[0]
    m = index.manifest
    summary = {
        "passages": m["passages"],
        "sources": m["sources"],
        "factory": m["factory"],
        "built": index.built,
        "seconds": round(seconds, 2),
        "folder": str(index.folder),
        "skipped": m.get("skipped", []),
        "gate": calibration.gate,
    }
    if args.json:
        emit(summary)
        return 0
    verb = "built" if index.built else "up to date"
    print(
        f"index {verb}: {m['passages']} passages from {m['sources']} sources "
        f"({m['factory']}) in {seconds:.1f} s -> {index.folder}"
    )
    for s in summary["skipped"]:
        print(f"  skipped {s['path']}: {s['reason']}")
    return 0


def index_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rebuild", action="store_true", help="rebuild even if the index is current")


def cmd_retrieve(args: argparse.Namespace) -> int:
    from bot.retrieval import retrieve

    settings = settings_from(args)
    batch = not args.question
    for question in questions_from(args):
        hits = retrieve(question, settings, args.k)
        if args.json or batch:
            emit({"question": question, "passages": [h.to_json() for h in hits]})
            continue
        print(f"Q: {question}")
        for h in hits:
            p = h.passage
            print(f"{h.rank}. {h.source.title}  [{h.score:.4f}, cosine {h.dense:.2f}]")
            print(f"   {p.source} [{p.start}:{p.end}] — {h.source.evidence}")
            print(textwrap.fill(" ".join(p.text.split()), 100, initial_indent="   ", subsequent_indent="   "))
    return 0


def question_arg(p: argparse.ArgumentParser) -> None:
    """The optional QUESTION words (``retrieve``, ``ask``): without them, one question per stdin line."""
    p.add_argument(
        "question",
        nargs="*",
        metavar="QUESTION",
        help="the question; omit it to read one question per stdin line (JSON lines out)",
    )


def retrieve_args(p: argparse.ArgumentParser) -> None:
    question_arg(p)
    p.add_argument("-k", type=int, default=None, help="number of passages (default: retrieval.top_k)")


def cmd_add(args: argparse.Namespace) -> int:
    from bot.library import Meta, add_document

    settings = settings_from(args)
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
        emit({"added": entry, "message": added.message, "seconds": round(seconds, 2)})
    else:
        print(f"{added.message} ({seconds:.1f} s)")
        if added.entry:
            print(f"  id {added.entry.id} · {added.entry.kind} · {added.entry.label}")
    return 0


def _strength(value: str) -> int:
    if value not in {"1", "2", "3"}:
        raise argparse.ArgumentTypeError("strength is 1, 2 or 3 (leave it out for an unrated source)")
    return int(value)


def add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the document to add")
    p.add_argument("--title", help="title shown with every citation (default: the file name)")
    p.add_argument("--kind", help='what it is, e.g. "guideline", "news report", "forum post"')
    p.add_argument("--date", help="publication date, e.g. 2024-05-01")
    p.add_argument("--url", help="where it comes from")
    p.add_argument("--strength", type=_strength, help="1 (opinion) to 3 (reviewed evidence); omit: unrated")


def cmd_sources(args: argparse.Namespace) -> int:
    from bot.index import open_index
    from bot.library import list_sources

    settings = settings_from(args)
    entries = list_sources(settings, open_index(settings))
    if args.json:
        for e in entries:
            emit(e.to_json())
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

    settings = settings_from(args)
    entry, index = remove_document(settings, args.id)
    if args.json:
        emit({"removed": entry.to_json(), "passages": len(index.passages)})
    else:
        print(f"removed {entry.file} ({entry.passages} passages); the index has {len(index.passages)}")
    return 0


def remove_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", metavar="ID", help="the document's id (or file name) from `sources`")


def cmd_config(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if args.json:
        emit(settings.as_dict())
        return 0
    table = "| variable | default | type | what it does |\n|---|---|---|---|\n" + "".join(
        f"| `{var}` | `{value}` | {kind} | {text.replace('|', '/')} |\n"
        for var, value, kind, text in Settings().rows()
    )
    if args.readme:
        from bot.report import write_section

        readme = write_section(REPO_ROOT / "README.md", "config-table", table)
        print(f"updated the settings table in {readme}")
        return 0
    print(table, end="")
    return 0


def config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--readme", action="store_true", help="rewrite the settings table in README.md")


def cmd_calibrate(args: argparse.Namespace) -> int:
    """Show the scope gate's calibrated thresholds (computed now if missing) and, per eval file,
    hit@3 of each retrieval variant (dense, +BM25, +word bridge)."""
    from bot.calibrate import load_or_compute
    from bot.retrieval import Retriever

    retriever = Retriever(settings_from(args))
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


def calibrate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--expansion", nargs="*", type=Path, default=[], help="eval/*.jsonl: hit@3 table")
