"""bot.current_events: today's news and rankings of the world are declined, naming them, even mid-chat.

Worded apart from the eval sets; the real index (its vocabulary) and the real ``Conversation``.
"""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.current_events import asked_of_now
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("could you go over tonight's match results?", "tonight's match results"),
        ("what were yesterday's stock prices", "yesterday's stock prices"),
        ("read me this week's weather forecast", "this week's weather forecast"),
        ("who is the fastest woman alive at the moment?", "the fastest woman"),
        ("who's the richest athlete on the planet", "the richest athlete"),
    ],
)
def test_news_of_a_day_and_rankings_of_the_world_are_named(question: str, named: str) -> None:
    assert named in asked_of_now(question, seed_retriever().index.bm25.vocab)


@pytest.mark.parametrize(
    "question",
    [
        "what is the newest research on this right now?",  # asks the sources what they hold
        "who is the strongest lifter the trainer mentions?",  # a ranking within a source
        "what does today's research say about lifting?",  # a corpus word owned by a date
        "what's the headline of the study?",  # "headline" as the gist
        "which is the quickest way to get stronger these days?",  # advice, not a ranking of people
    ],
)
def test_questions_about_the_sources_are_not_news(question: str) -> None:
    """(a guard: these passed before the change too)"""
    assert asked_of_now(question, seed_retriever().index.bm25.vocab) == ()


@pytest.mark.parametrize(
    ("opening", "aside", "named"),
    [
        ("does lifting heavy train the nervous system?", "now summarise today's headlines", "headlines"),
        ("why do muscles need their nerves?", "who's the strongest woman in the world today?", "strongest"),
    ],
)
def test_an_aside_about_the_news_is_declined_after_an_answered_turn(
    opening: str, aside: str, named: str
) -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    assert not chat.answer(opening).declined
    reply = chat.answer(aside)
    assert reply.declined and named in reply.text and not reply.citations
