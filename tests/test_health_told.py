"""What an asker tells about their own health (``bot.health_told``): ``health_words`` hands on the
word of what was told, the thing itself, for a referral to name; questions that tell nothing of
one's own health hand on nothing."""

from __future__ import annotations

import pytest

from bot.health_told import drug_named, health_words, swapped_thing


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


def test_a_drug_shaped_word_is_found_dosed_or_not() -> None:
    # found on eval/fresh38's first run: "is <a drug> or exercise the better bet?" names it, undosed
    question = "my aunt has early alzheimers, is memantine or exercise the better bet?"
    assert drug_named(question, None) == ""
    assert drug_named(question, None, dosed_only=False) == "memantine"
    assert drug_named("is selegiline any good?", {"selegiline"}, dosed_only=False) == ""  # (a corpus word)


def test_taking_something_into_account_is_no_medicine_taken() -> None:
    # found while fixing eval/fresh38's "the next round of human research, what should it account for?"
    from bot.health_told import TAKES_MEDICINE

    assert not TAKES_MEDICINE.search("what must they take into account in future studies?")
    assert TAKES_MEDICINE.search("my mum and I take donepezil daily")  # (a guard)
