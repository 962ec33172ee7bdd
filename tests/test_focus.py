"""Reading what a question counts (``bot.focus.quantity_word``) and which of its words the corpus
lacks, through ``bot.scope.decide`` on the real index (more cases in tests/test_scope.py)."""

from __future__ import annotations

import pytest

from bot.focus import quantity_word


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how much is tuition there?", "tuition"),
        ("how much protein do I need?", "protein"),
        ("how much is it?", None),
    ],
)
def test_quantity_word_reads_how_much_is_x(question: str, counted: str | None) -> None:
    assert quantity_word(question) == counted


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # a kind asked for by "which/what", when the corpus lacks the kind ("mouse strain")
        ("which particular rat strain were the muscle cells taken from?", "rat"),
        # a thing the corpus lacks, set against one it has
        ("does the article rank zumba against cycling?", "zumba"),
        ("does the thread stack crossfit against powerlifting?", "crossfit"),
        # a name with a capital inside it
        ("what is the lifting coach's YouTube channel called?", "YouTube"),
    ],
)
def test_a_picked_kind_or_a_thing_set_against_another_is_named_when_missing(question: str, term: str) -> None:
    """Found on eval/fresh20's first run: "which specific mouse strain did they test on", "does the
    iLive report rank pilates against dance" and "the lifting coach's YouTube channel" were answered
    with quotes."""
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and term in decision.missing, decision.explain
