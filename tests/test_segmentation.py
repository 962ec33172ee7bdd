"""Sentence-boundary precision and recall on hand-labelled samples (eval/segmentation/), per style.

Each sample is a ``.txt`` and a ``.json`` whose ``cuts`` were written by hand (see
``eval/segmentation/label.py``); ``boundaries`` are the gold sentence-end offsets they give. A
predicted boundary is a span's ``end``. The figures for the segmenter this one replaced, and for
pysbd, are in eval/segmentation/README.md (measured once; not kept as code).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bot.config import REPO_ROOT
from bot.text import split_sentences

HERE = REPO_ROOT / "eval" / "segmentation"
SAMPLES = sorted(HERE.glob("*.json"))
_spec = importlib.util.spec_from_file_location("segmentation_label", HERE / "label.py")
assert _spec and _spec.loader
label = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(label)


def _load(path: Path) -> tuple[str, dict]:
    sample = json.loads(path.read_text(encoding="utf-8"))
    return (HERE / sample["text"]).read_text(encoding="utf-8"), sample


def precision_recall(gold: set[int], predicted: set[int]) -> tuple[float, float]:
    hits = len(gold & predicted)
    return hits / max(len(predicted), 1), hits / max(len(gold), 1)


def test_there_are_samples_of_at_least_three_styles() -> None:
    styles = {_load(p)[1]["style"].split(" ")[0].strip("(/") for p in SAMPLES}
    assert {"news", "forum", "encyclopedia"} <= styles


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_gold_boundaries_match_the_hand_written_cuts(path: Path) -> None:
    text, sample = _load(path)
    assert sample["boundaries"] == label.gold_boundaries(text, sample)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_boundary_precision_and_recall(path: Path) -> None:
    text, sample = _load(path)
    predicted = {s.end for s in split_sentences(text)}
    precision, recall = precision_recall(set(sample["boundaries"]), predicted)
    print(
        f"{sample['style']}: precision {precision:.3f} recall {recall:.3f} ({len(sample['boundaries'])} gold)"
    )
    assert precision >= 0.95 and recall >= 0.95
