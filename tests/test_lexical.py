"""BM25: stemming, stop words, ranking, idf coverage, and a pickle-free round trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.lexical import BM25
from bot.text import tokenize

TEXTS = [
    "Strength training improves brain plasticity.",
    "Running and swimming are aerobic exercise.",
    "Lifting heavy weights trains the nervous system.",
]


def test_tokenize_stems_and_drops_stop_words() -> None:
    assert tokenize("Is lifting good for my memory?") == ["lift", "good", "memori"]
    assert tokenize("lifts LIFTED lifting") == ["lift", "lift", "lift"]
    assert tokenize("the and of") == []


def test_bm25_ranks_matching_passage_first() -> None:
    bm = BM25.build(TEXTS)
    scores = bm.scores("heavy lifting")
    assert int(np.argmax(scores)) == 2 and scores[0] == 0
    assert not bm.scores("quantum chromodynamics").any()


def test_coverage_weights_rare_words() -> None:
    bm = BM25.build(TEXTS)
    assert bm.coverage("Is swimming aerobic?", [TEXTS[1]]) == 1.0
    assert bm.coverage("Does swimming help?", [TEXTS[1]]) < 0.5  # "help" is rarer here than "swimming"
    assert bm.coverage("Is coffee good for swimming?", [TEXTS[1]]) < 0.5
    assert bm.coverage("", TEXTS) == 0.0


def test_save_load_round_trip_without_pickle(tmp_path: Path) -> None:
    bm = BM25.build(TEXTS)
    names = bm.save(tmp_path)
    assert all(not n.endswith((".pkl", ".pickle")) for n in names)
    loaded = BM25.load(tmp_path)
    assert np.array_equal(bm.scores("aerobic training"), loaded.scores("aerobic training"))
