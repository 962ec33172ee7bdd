"""What an asker tells about their own health (``bot.health_told``): ``health_words`` hands on the
word of what was told, the thing itself, for a referral to name; questions that tell nothing of
one's own health hand on nothing."""

from __future__ import annotations

import pytest

from bot.health_told import health_words, swapped_thing


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("my grandpa is on warfarin, how heavy can he lift?", "warfarin"),
        ("she twisted her knee on a run, can she squat?", "knee"),
        ("I've had two concussions, is heading the ball ok?", "concussions"),
        ("my wrist clicks on every curl, should I keep going?", "wrist"),
        ("had a stent put in in March, can I row?", "stent"),
        ("I was diagnosed with type 2 diabetes, does walking help?", "diabetes"),
    ],
)
def test_the_word_of_what_was_told_is_handed_on(question: str, told: str) -> None:
    assert told in health_words(question)


@pytest.mark.parametrize(
    "question",
    [
        "does lifting heavy change the nervous system?",
        "which kinds of exercise help memory the most?",
        "I just started running, how long before my brain benefits?",
    ],
)
def test_questions_that_tell_nothing_of_ones_health_hand_on_nothing(question: str) -> None:
    assert health_words(question) == frozenset()


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("my brother lifts daily. tell me if he can stop the lithium", "lithium"),
        ("once she runs daily, could she come off the levothyroxine?", "levothyroxine"),
        ("should I stop the training?", ""),  # an activity, not one's own medicine
        ("can we skip the gym today?", ""),
    ],
)
def test_a_medicine_dropped_with_the_is_read_after_whose_it_is(question: str, thing: str) -> None:
    assert swapped_thing(question) == thing
