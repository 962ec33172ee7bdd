"""Metric functions on hand-made cases, and the shipped question set's integrity."""

from __future__ import annotations

import json

import pytest

from bot.config import REPO_ROOT
from bot.errors import BotError
from bot.eval import (
    DEFAULT_QUESTIONS,
    KINDS,
    _marked_sentences,
    hit_at,
    load_questions,
    mrr,
    precision_recall,
    supported,
)


def test_hit_at_k_on_known_ranks() -> None:
    ranks = [1, 3, None, 2]
    assert hit_at(ranks, 1) == 0.25
    assert hit_at(ranks, 2) == 0.5
    assert hit_at(ranks, 3) == 0.75
    assert hit_at([], 3) == 0.0


def test_mrr_on_known_ranks() -> None:
    assert mrr([1, 2, None, 4]) == pytest.approx((1 + 0.5 + 0 + 0.25) / 4)
    assert mrr([None]) == 0.0


def test_precision_recall() -> None:
    predicted = [True, True, False, False]
    actual = [True, False, True, False]
    assert precision_recall(predicted, actual) == (0.5, 0.5)
    assert precision_recall([False], [False]) == (1.0, 1.0)


def test_supported_needs_most_content_words_in_span() -> None:
    span = "Aerobic exercise such as running, swimming and cycling helps brain function."
    assert supported("Running and swimming help brain function.", span)
    assert not supported("Chess and poker sharpen the mind.", span)
    assert not supported("", span)


def test_marked_sentences_split_on_marker_groups() -> None:
    text = "First claim. [1] Second claim. [2][1] Trailing text without marker."
    assert _marked_sentences(text) == [("First claim.", [1]), ("Second claim.", [2, 1])]


def test_shipped_question_set_is_complete_and_exact() -> None:
    questions = load_questions(DEFAULT_QUESTIONS)
    assert len(questions) >= 60
    kinds = {q.kind for q in questions}
    assert (
        kinds <= KINDS and {"direct", "paraphrase", "multi", "followup", "out_of_scope", "injection"} <= kinds
    )
    assert sum(q.in_scope and bool(q.expected) for q in questions) >= 40
    assert sum(q.kind == "paraphrase" for q in questions) >= 15
    texts: dict[str, str] = {}
    for q in questions:
        assert q.in_scope == bool(q.expected), q.id
        for snippet in q.expected:
            text = texts.setdefault(q.source, (REPO_ROOT / q.source).read_text(encoding="utf-8"))
            other = [p for p in (REPO_ROOT / "seeds").glob("*.txt")]
            assert snippet in text or any(snippet in p.read_text(encoding="utf-8") for p in other), q.id


def test_bad_question_file_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"question": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(BotError, match=r"q\.jsonl:2"):
        load_questions(bad)
    with pytest.raises(BotError, match="cannot read"):
        load_questions(tmp_path / "missing.jsonl")
    good = tmp_path / "g.jsonl"
    good.write_text(json.dumps({"question": "Is lifting good?", "in_scope": True}) + "\n", encoding="utf-8")
    assert load_questions(good)[0].question == "Is lifting good?"


def test_cites_snippet_needs_the_span_to_overlap_the_snippet() -> None:
    from bot.eval import cites_snippet

    text = "Walking helps. Aerobic exercise such as\nrunning is good. Sleep matters."
    start = text.index("Aerobic")
    assert cites_snippet(text, start, start + 20, ["exercise such as running"])  # across a line break
    assert not cites_snippet(text, 0, 14, ["exercise such as running"])  # same text, other sentence
    assert not cites_snippet(text, 0, len(text), [])
