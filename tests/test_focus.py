"""Reading what a question counts (``bot.focus.quantity_word``); what it lacks is tested through
``bot.scope.decide`` in tests/test_scope.py, on the real index."""

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
