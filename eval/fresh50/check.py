"""Validate the held-out sets in eval/fresh50 against the shipped corpus: ``eval/heldout_check.py``
run on this folder (ids ``f50-`` / ``c50-``, keys, kinds and expects, spans verbatim in the seed and
within one sentence, missing terms absent, no word-for-word repeat of eval/*.jsonl, fresh, fresh2 …
fresh49 — the shared checker's ``earlier_sets(50)`` already includes eval/fresh49), then the
near-copy check of fresh13: no question and no conversation's opening turn is a near copy
(``difflib`` ratio of at least ``NEAR`` on lower-cased words) of a question or turn in an earlier set,
then fresh14's stricter pass: every later turn of at least ``MIN_WORDS`` words is held to the same
rule. Short follow-ups ("why?", "who said that?", "what about for older people?") recur by design
and are not compared. Standard library only.

    python3 eval/fresh50/check.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_check import main_strict  # noqa: E402  (eval/ is not a package)

NEAR = 0.8
MIN_WORDS = 5

if __name__ == "__main__":
    sys.exit(main_strict(HERE, NEAR, MIN_WORDS))
