"""Validate the held-out sets in eval/fresh7 against the shipped corpus: ``eval/heldout_check.py``
run on this folder (ids ``f7-`` / ``c7-``, no repeats of eval/ to eval/fresh6).

    python3 eval/fresh7/check.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_check import main  # noqa: E402  (eval/ is not a package: the checker sits beside this folder)

if __name__ == "__main__":
    sys.exit(main(HERE))
