"""Validate the held-out sets in eval/fresh9 against the shipped corpus: ``eval/heldout_check.py``
run on this folder (ids ``f9-`` / ``c9-``, no repeats of eval/ to eval/fresh8), then one extra
check: no question and no conversation's opening turn is a near copy (``difflib`` ratio of at least
``NEAR`` on lower-cased words) of a question or turn in an earlier set, so light rewordings are
caught as well as word-for-word repeats. Short follow-ups ("why?", "who said that?") recur by design
and are not compared. Standard library only.

    python3 eval/fresh9/check.py
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_check import earlier_user_texts, main, set_number  # noqa: E402  (eval/ is not a package)

NEAR = 0.8


def words(text: str) -> str:
    """``text`` lower-cased with curly apostrophes straightened, reduced to its words."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")))


def jsonl_rows(path: Path) -> list[dict[str, object]]:
    """The JSON objects on the lines of ``path`` (lines that do not parse are skipped)."""
    rows: list[dict[str, object]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict):
            rows.append(row)
    return rows


def earlier_texts() -> list[str]:
    """Every question or user turn of the earlier eval sets, as ``words``."""
    return [words(t) for t in earlier_user_texts(set_number(HERE))]


def near_copies() -> list[str]:
    """Every new question or opening turn that is a near copy of an earlier one."""
    new = [(str(r["id"]), str(r["question"])) for r in jsonl_rows(HERE / "questions.jsonl")]
    new += [
        (f"{r['id']} turn 1", str(r["turns"][0]["user"]))  # type: ignore[index]
        for r in jsonl_rows(HERE / "conversations.jsonl")
    ]
    old = earlier_texts()
    bad: list[str] = []
    for where, text in new:
        mine = words(text)
        for other in old:
            ratio = difflib.SequenceMatcher(None, mine, other).ratio()
            if ratio >= NEAR:
                bad.append(f"{where}: {text!r} is a near copy ({ratio:.2f}) of earlier {other!r}")
                break
    return bad


if __name__ == "__main__":
    status = main(HERE)
    if status:
        sys.exit(status)
    near = near_copies()
    if near:
        print("\n".join(near), file=sys.stderr)
        sys.exit(1)
    print(f"ok: no question or opening turn is a near copy (ratio >= {NEAR}) of an earlier set")
