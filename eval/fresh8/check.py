"""Validate the held-out sets in eval/fresh8 against the shipped corpus: ``eval/heldout_check.py``
run on this folder (ids ``f8-`` / ``c8-``, no repeats of eval/ to eval/fresh7), plus one stricter
check of its own: no question and no conversation's opening turn may be a near copy of a question or
turn in an earlier set (``difflib`` ratio of at least ``NEAR`` on lower-cased words), so light
rewordings are caught as well as word-for-word repeats. Short follow-up turns ("who said that?",
"why?") recur by design and are not compared. Standard library only.

    python3 eval/fresh8/check.py
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

NEAR = 0.85


def words(text: str) -> str:
    """``text`` lower-cased, curly apostrophes straightened, reduced to its words."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")))


def earlier_texts() -> list[str]:
    """Every question or user turn of the earlier eval sets, as ``words``."""
    return [words(t) for t in earlier_user_texts(set_number(HERE))]


def new_texts() -> list[tuple[str, str]]:
    """(where, text) for each question and each conversation's opening turn in this set."""
    found: list[tuple[str, str]] = []
    for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            found.append((row["id"], row["question"]))
    for line in (HERE / "conversations.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            found.append((f"{row['id']} turn 1", row["turns"][0]["user"]))
    return found


def near_copies() -> list[str]:
    """List every new question or opening turn that is a near copy of an earlier one."""
    old = earlier_texts()
    bad: list[str] = []
    for where, text in new_texts():
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
