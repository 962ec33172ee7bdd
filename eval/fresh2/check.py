"""Validate the held-out question sets in eval/fresh2 against the documents they are about.

`seeds.jsonl` is about the shipped corpus (every ``seeds/*.txt``), `debian.jsonl` about the two
documents in ``tests/corpora/debian/``. Texts are extracted the way the app reads them
(``bot.sources.document_text``). For each set it checks that every line parses with exactly the keys
of ``eval/fresh/questions.jsonl``, ids are unique across both sets, kinds are the set's own, each
in-scope answerable row has 1-2 ``expected`` spans of 5-15 words that occur in its own source's text
(whitespace collapsed, case kept) within one page (no form feed crossed) and not across a hyphenated
line end, and each ``missing_term`` occurs as a whole word (any case) in no document of the set's
corpus. It prints one summary line per set (counts per kind) and hands on an exit status: 0 when all
is well, 1 with every problem listed on stderr.

    .venv/bin/python eval/fresh2/check.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KEYS = {"id", "question", "kind", "in_scope", "expected", "source", "missing_term", "history"}
PAGE_BREAK = "\f"


@dataclass(frozen=True)
class QuestionSet:
    """One question file, the documents it is about, and the kinds it may use."""

    file: str
    documents: tuple[Path, ...]
    source_of: dict[Path, str]
    answerable: frozenset[str]
    refused: frozenset[str]
    unsourced: frozenset[str]


def _sets() -> list[QuestionSet]:
    seed_docs = tuple(sorted((ROOT / "seeds").glob("*.txt")))
    debian_dir = ROOT / "tests" / "corpora" / "debian"
    debian_docs = (
        debian_dir / "users-and-groups_debian-base-passwd_guide.html",
        debian_dir / "shared-mime-info_freedesktop_spec_2018.pdf",
    )
    seed_kinds = {"direct", "paraphrase", "yesno", "who", "howlong", "whichtypes", "quote_attribution"}
    return [
        QuestionSet(
            file="seeds.jsonl",
            documents=seed_docs,
            source_of={doc: f"seeds/{doc.name}" for doc in seed_docs},
            answerable=frozenset(seed_kinds),
            refused=frozenset({"out_of_scope", "fabrication", "medical_advice"}),
            unsourced=frozenset({"meta"}),
        ),
        QuestionSet(
            file="debian.jsonl",
            documents=debian_docs,
            source_of={doc: doc.name for doc in debian_docs},
            answerable=frozenset({"direct", "paraphrase", "yesno", "why", "number", "which"}),
            refused=frozenset({"out_of_scope"}),
            unsourced=frozenset(),
        ),
    ]


def collapse(text: str) -> str:
    """Return `text` with every run of whitespace turned into one space."""
    return " ".join(text.split())


def _text(path: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from bot.sources import document_text

    return document_text(path)


def span_problem(span: str, text: str) -> str:
    """Return why `span` is not a valid expected span of `text`, or "" if it is."""
    words = len(span.split())
    if not 5 <= words <= 15:
        return f"has {words} words, not 5-15"
    pages = [collapse(page) for page in text.split(PAGE_BREAK)]
    if not any(collapse(span) in page for page in pages):
        return "does not occur within one page of the source text"
    hyphen_joins = {f"{a}- {b}" for a, b in re.findall(r"(\S+)-\n(\S+)", text)}
    if any(join in collapse(span) for join in hyphen_joins):
        return "crosses a line ending in a hyphen"
    return ""


def check_set(qset: QuestionSet, seen: set[str]) -> tuple[list[str], Counter[str]]:
    """Return the problems of one question set and its count per kind; add its ids to `seen`."""
    texts = {qset.source_of[doc]: _text(doc) for doc in qset.documents}
    problems: list[str] = []
    kinds: Counter[str] = Counter()
    lines = (HERE / qset.file).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        where = f"{qset.file}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: does not parse ({error})")
            continue
        if not isinstance(row, dict) or set(row) != KEYS:
            problems.append(f"{where}: keys are not {sorted(KEYS)}")
            continue
        kind, spans, term = row["kind"], row["expected"], row["missing_term"]
        kinds[kind] += 1
        if row["id"] in seen:
            problems.append(f"{where}: id {row['id']!r} is used twice")
        seen.add(row["id"])
        if row["history"] != []:
            problems.append(f"{where}: history should be empty")
        if kind in qset.answerable:
            if row["in_scope"] is not True or row["source"] not in texts or term:
                problems.append(f"{where}: an answerable row needs in_scope, a known source, no term")
                continue
            if not 1 <= len(spans) <= 2:
                problems.append(f"{where}: needs 1-2 expected spans")
            for span in spans:
                why = span_problem(span, texts[row["source"]])
                if why:
                    problems.append(f"{where}: span {span!r} {why}")
        elif kind in qset.unsourced:
            if row["in_scope"] is not True or spans or row["source"] or term:
                problems.append(f"{where}: a {kind} row needs in_scope, no spans, source or term")
        elif kind in qset.refused:
            if row["in_scope"] is not False or spans or row["source"] or not term:
                problems.append(f"{where}: a {kind} row needs not in_scope, no spans or source, a term")
            pattern = re.compile(rf"\b{re.escape(term)}\b", re.IGNORECASE)
            problems += [
                f"{where}: missing_term {term!r} occurs in {source}"
                for source, text in texts.items()
                if term and pattern.search(text)
            ]
        else:
            problems.append(f"{where}: kind {kind!r} is not one of this set's kinds")
    return problems, kinds


def main() -> int:
    """Check both sets, print a summary line per set and any problems, return the exit status."""
    seen: set[str] = set()
    problems: list[str] = []
    for qset in _sets():
        found, kinds = check_set(qset, seen)
        in_scope = sum(n for kind, n in kinds.items() if kind in qset.answerable)
        print(f"{qset.file}: {sum(kinds.values())} questions ({in_scope} answerable) {dict(kinds)}")
        problems += found
    for problem in problems:
        print(problem, file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problems", file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
