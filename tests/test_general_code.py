"""bot/ knows no corpus: no word of the shipped corpus's titles, publishers or quoted people.

The terms are read from the corpus folder (the profile's title, each sidecar's title and publisher,
and the people its documents quote, as ``bot.units`` finds them), so the check follows the corpus:
put a new one in ``seeds/`` and its words are checked instead.
"""

from __future__ import annotations

import re
import tomllib
from itertools import pairwise
from pathlib import Path

from bot.config import REPO_ROOT
from bot.sources import document_text
from bot.text import STOP_WORDS, words
from bot.units import document_units

GENERIC = frozenset("health news report forum post thread study reviewed medically".split())


def _corpus_terms() -> set[str]:
    seeds = REPO_ROOT / "seeds"
    terms: set[str] = set()
    for path in seeds.glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        title = [w for w in words(str(data.get("title", ""))) if w not in STOP_WORDS]
        if path.name == "corpus.toml":
            terms |= set(title)  # the corpus's topic words: "exercise", "brain"
        else:
            terms |= {f"{a} {b}" for a, b in pairwise(title)}  # "strength training", …
        publisher = words(str(data.get("publisher", "")))
        terms |= {w for w in publisher if len(w) > 3 and w not in STOP_WORDS | GENERIC}
    for path in seeds.glob("*.txt"):
        for unit in document_units(document_text(path), str(path), []):
            terms |= {w for w in words(unit.speaker) if len(w) > 2}
    return terms


def test_bot_modules_name_nothing_of_the_corpus() -> None:
    terms = _corpus_terms()
    # the check has something to find
    assert {"exercise", "brain", "strength training"} <= terms and len(terms) > 10
    found = []
    for path in sorted((REPO_ROOT / "bot").glob("*.py")):
        text = path.read_text(encoding="utf-8").lower()
        for term in sorted(terms):
            if re.search(rf"\b{re.escape(term)}\b", text):
                found.append(f"{Path(path).name}: {term}")
    assert not found, found


def test_calibration_probes_are_no_evaluation_questions() -> None:
    """The off-topic questions the scope gate is calibrated on appear in no evaluation set, so no
    figure is measured on a question the threshold was fitted to."""
    import json

    from bot.calibrate import OFF_TOPIC

    asked = set()
    for path in (REPO_ROOT / "eval").rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                asked |= {row.get("question", "").lower(), *(t["user"].lower() for t in row.get("turns", []))}
    assert len(asked) > 100
    assert not [q for q in OFF_TOPIC if q.lower() in asked]
