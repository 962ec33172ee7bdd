"""Validate the held-out sets in eval/fresh8 against the shipped corpus: ``eval/heldout_check.py``
run on this folder (ids ``f8-`` / ``c8-``, no repeats of eval/ to eval/fresh7), plus one stricter
check of its own: no question and no conversation's opening turn may be a near copy of a question or
turn in an earlier set (``difflib`` ratio of at least ``NEAR`` on lower-cased words), so light
rewordings are caught as well as word-for-word repeats. Short follow-up turns ("who said that?",
"why?") recur by design and are not compared. Standard library only.

    python3 eval/fresh8/check.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_check import main_with_near_copies  # noqa: E402  (eval/ is not a package)

NEAR = 0.85

if __name__ == "__main__":
    sys.exit(main_with_near_copies(HERE, NEAR))
