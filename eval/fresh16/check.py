"""Validate the held-out sets in eval/fresh16 against the shipped corpus: ``eval/heldout_check.py``
run on this folder (ids ``f16-`` / ``c16-``, keys, kinds and expects, spans verbatim in the seed and
within one sentence, missing terms absent, no word-for-word repeat of eval/ to eval/fresh15), then
the near-copy check of fresh13: no question and no conversation's opening turn is a near copy
(``difflib`` ratio of at least ``NEAR`` on lower-cased words) of a question or turn in an earlier set,
then fresh14's stricter pass: every later turn of at least ``MIN_WORDS`` words is held to the same
rule. Short follow-ups ("why?", "who said that?", "and the last one?") recur by design and are not
compared. Standard library only.

    python3 eval/fresh16/check.py
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_check import (  # noqa: E402  (eval/ is not a package)
    _words,
    earlier_user_texts,
    main_with_near_copies,
    set_number,
)

NEAR = 0.8
MIN_WORDS = 5


def later_turn_near_copies(here: Path, near: float) -> list[str]:
    """Every non-opening turn of ``MIN_WORDS``+ words that is a near copy of an earlier question or turn."""
    old = [_words(t) for t in earlier_user_texts(set_number(here))]
    bad: list[str] = []
    for line in (here / "conversations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        for number, turn in enumerate(row["turns"][1:], start=2):
            mine = _words(turn["user"])
            if len(mine.split()) < MIN_WORDS:
                continue
            for other in old:
                ratio = difflib.SequenceMatcher(None, mine, other).ratio()
                if ratio >= near:
                    bad.append(
                        f"{row['id']} turn {number}: {turn['user']!r} is a near copy ({ratio:.2f}) "
                        f"of earlier {other!r}"
                    )
                    break
    return bad


if __name__ == "__main__":
    status = main_with_near_copies(HERE, NEAR)
    if status == 0:
        problems = later_turn_near_copies(HERE, NEAR)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            status = 1
        else:
            print(
                f"ok: no later turn of {MIN_WORDS}+ words is a near copy (ratio >= {NEAR}) of an earlier set"
            )
    sys.exit(status)
