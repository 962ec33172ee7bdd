"""Who first came up with something, asked of sources that never say who originated anything
(``bot.origins``), on the real seeds, embedder and index."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.origins import origin_unsaid
from tests.support import seed_retriever, seed_settings


def test_the_asking_verb_is_handed_on_only_when_no_passage_says_who_originated_anything() -> None:
    asked = "so who originally coined that phrase?"
    assert origin_unsaid(asked, ["The quote means exactly that."]) == "coined"
    assert origin_unsaid(asked, ["The phrase was coined by a coach in 1990."]) is None
    assert origin_unsaid("who led the study?", ["The quote means exactly that."]) is None  # (a guard)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh44's first run (answered with the trainer's quotes; answered with the
        # sentence about boxing), worded differently here
        "haha who first came up with that line?",
        "who invented the boxing classes for parkinson's, and when?",
    ],
)
def test_who_came_up_with_a_saying_or_founded_a_programme_is_declined_in_a_chat(question: str) -> None:
    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("what quote does the trainer use about hard work?")
    answer = chat.answer(question)
    assert answer.declined and answer.text.startswith("My sources don't say who"), answer.text


def test_who_led_or_showed_something_is_still_answered() -> None:
    """(a guard)"""
    chat = Conversation(seed_settings(), seed_retriever())
    answer = chat.answer("who first showed that muscles signal the brain?")
    assert not answer.declined, answer.text
