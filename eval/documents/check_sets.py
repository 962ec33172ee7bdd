"""Check the Debian document question sets against the text extracted from their documents.

For `users_and_groups.jsonl` and `mime_spec.jsonl` it checks that every line parses with the keys of
`encyclopedia.jsonl`, ids are unique across both sets, each `expected` span of an in-scope question
occurs in the extracted text of its own source (whitespace collapsed, case kept), and each out-of-scope
`missing_term` occurs as a whole word (any case) in neither extracted text. It prints one line per set
and exits 1 listing the problems if there are any.

By default the texts are extracted from tests/corpora/debian/ the way the app reads them
(``bot.sources.document_text``); ``--texts DIR`` reads saved extractions (``<stem>.extracted.txt``)
instead, as the sets' author did without running any of the bot:

    .venv/bin/python eval/documents/check_sets.py [--texts DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"id", "question", "kind", "in_scope", "expected", "source", "missing_term", "history"}
# question set -> the document its in-scope questions are about
SETS = {
    "users_and_groups.jsonl": "users-and-groups_debian-base-passwd_guide.html",
    "mime_spec.jsonl": "shared-mime-info_freedesktop_spec_2018.pdf",
}


def collapse(text: str) -> str:
    """Return `text` with every run of whitespace turned into one space."""
    return " ".join(text.split())


def extracted_name(source: str) -> str:
    """Return the file name of the extracted text of document `source`."""
    return Path(source).stem + ".extracted.txt"


def check_set(path: Path, texts: dict[str, str], seen: set[str]) -> tuple[list[str], dict[str, int]]:
    """Return the problems found in question set `path` and its count per kind; adds its ids to `seen`."""
    problems: list[str] = []
    kinds: dict[str, int] = {}
    own_source = SETS[path.name]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: does not parse ({error})")
            continue
        if set(row) != KEYS:
            problems.append(f"{where}: keys {sorted(row)} are not {sorted(KEYS)}")
            continue
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
        if row["id"] in seen:
            problems.append(f"{where}: id {row['id']!r} is used twice")
        seen.add(row["id"])
        if row["in_scope"]:
            if row["source"] != own_source or not 1 <= len(row["expected"]) <= 2 or row["missing_term"]:
                problems.append(f"{where}: an in-scope row needs source {own_source!r}, 1-2 spans, no term")
            text = texts[own_source]
            problems += [
                f"{where}: span not in the extracted text: {span!r}"
                for span in row["expected"]
                if collapse(span) not in text
            ]
        else:
            term = row["missing_term"]
            if row["expected"] or row["source"] or row["kind"] != "out_of_scope" or not term:
                problems.append(f"{where}: an out-of-scope row needs no spans, no source and a term")
            pattern = re.compile(rf"\b{re.escape(term)}\b", re.IGNORECASE)
            problems += [
                f"{where}: missing_term {term!r} occurs in {extracted_name(source)}"
                for source, text in texts.items()
                if term and pattern.search(text)
            ]
    return problems, kinds


def _extracted(source: str, folder: Path | None) -> str:
    if folder is not None:
        return (folder / extracted_name(source)).read_text(encoding="utf-8")
    sys.path.insert(0, str(HERE.parents[1]))
    from bot.sources import document_text

    return document_text(HERE.parents[1] / "tests" / "corpora" / "debian" / source)


def main() -> int:
    """Check both sets; print a summary per set and any problems; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=None, help="folder of saved extracted texts")
    args = parser.parse_args()
    texts = {source: collapse(_extracted(source, args.texts)) for source in SETS.values()}
    seen: set[str] = set()
    problems: list[str] = []
    for name in SETS:
        found, kinds = check_set(HERE / name, texts, seen)
        print(f"{name}: {sum(kinds.values())} questions {kinds}, {len(found)} problems")
        problems += found
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
