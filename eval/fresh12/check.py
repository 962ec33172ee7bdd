"""Validate the held-out sets in eval/fresh12 against the shipped corpus: ``eval/heldout_check.py``
run on this folder (ids ``f12-`` / ``c12-``, no repeats of eval/ to eval/fresh11), then one extra
check: no question and no conversation's opening turn is a near copy (``difflib`` ratio of at least
``NEAR`` on lower-cased words) of a question or turn in an earlier set, so light rewordings are
caught as well as word-for-word repeats. Short follow-ups ("why?", "who said that?") recur by design
and are not compared. Standard library only.

    python3 eval/fresh12/check.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_check import main_with_near_copies  # noqa: E402  (eval/ is not a package)

NEAR = 0.8

if __name__ == "__main__":
    sys.exit(main_with_near_copies(HERE, NEAR))
