"""bot.fronted: what a question puts before its clause or offers as a choice."""

from __future__ import annotations

import pytest

from bot.fronted import fronted_words


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("jiu jitsu 3x a week, is that good for my brain?", {"jiu", "jitsu"}),
        # eval/fresh26: a topic put first before a colon or a spaced dash was never read
        ("beetroot juice for stamina: worth drinking?", {"beetroot", "juice", "stamina"}),
        ("cold showers - do they wake the brain up?", {"cold", "showers"}),
        ("salsa or bachata, which one's easier?", {"salsa", "bachata"}),
        ("… the night before a meet, carbs or fats?", {"carbs", "fats"}),
        # a clause put first is no topic; a hyphen inside a word is no break
        ("if i lift daily, is that too much?", set()),
        ("is full-body training better for the brain?", set()),
    ],
)
def test_fronted_words(question: str, words: set[str]) -> None:
    assert words <= fronted_words(question) if words else not fronted_words(question)
