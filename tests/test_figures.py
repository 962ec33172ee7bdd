"""bot.figures: a question for a measure, and a unit that gives a number (moved from tests/test_shapes.py)."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.figures import asks_figure, has_figure
from bot.replies import NO_FIGURE
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how many volunteers took part?", False),  # a count: often answered by naming them
        ("by how much did reaction time drop?", True),
        ("what percentage of lifters got stronger?", True),
        ("give me the precise figure they measured", True),
        ("how far did the rats swim each session?", True),
        ("how much protein went into the diet?", True),
        ("how much does lifting help memory?", False),  # a degree
        ("how long until I notice anything?", False),  # a time span
        ("how often should I train?", False),
        ("how much time does it take?", False),
        ("how much stock should I put in the forum post?", False),
        ("why isn't there one exact number?", False),  # a reason asked
        ("what lactate concentration did the runners reach?", True),  # a measured quantity
        ("how was the caffeine given, in micrograms per kilo?", True),  # the unit it is asked in
    ],
)
def test_asks_figure_reads_a_question_for_a_number(question: str, asked: bool) -> None:
    assert asks_figure(question) is asked


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        ("a 70 year old can still improve", True),
        ("train twice a week", True),
        ("memory rose by 10%", True),
        ("effects show over a period of weeks to months", False),  # a span of time, not a figure
        ("nerves send signals to the brain", False),
    ],
)
def test_has_figure_finds_a_number_in_a_unit(sentence: str, given: bool) -> None:
    assert has_figure(sentence) is given


def test_a_question_for_a_figure_the_sources_lack_is_declined_saying_so() -> None:
    """ "how far did the mice … run each day?" and "how much glutamate did they inject …" were
    answered with sentences that give no number (eval/fresh13, fresh14)."""
    for question in (
        "by how much did the brain molecules rise after the nerves fired?",
        "what amount of glutamate did they put on the muscle cells?",
    ):
        answer = Conversation(seed_settings(), seed_retriever()).answer(question)
        assert answer.declined and answer.text.startswith(NO_FIGURE), (question, answer.text)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        # eval/fresh32: whether a figure exists is asked, and why not is the answer (it was declined
        # with "My sources give no figure for that")
        ("is there an exact number of sessions before memory improves, or is it unknown?", False),
        ("does the article give a precise figure for how long it takes?", False),
        ("what exact number of sessions did they test?", True),
    ],
)
def test_whether_a_figure_exists_is_no_question_for_one(question: str, asked: bool) -> None:
    assert asks_figure(question) is asked


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh40's first run ("how many minutes of cardio a week …" was answered with
        # the weeks-to-months sentence), worded differently here
        "roughly how many minutes of aerobic exercise per week make the difference, per the news piece?",
    ],
)
def test_a_count_in_a_unit_of_measure_asks_for_a_figure(question: str) -> None:
    assert asks_figure(question), question
    assert asks_figure("how many grams of protein a day does the trainer recommend?")
    answer = Conversation(seed_settings(), seed_retriever()).answer(question)
    assert answer.declined and answer.text.startswith(NO_FIGURE), answer.text


@pytest.mark.parametrize(
    "question", ["how many weeks until I notice anything?", "how many studies does he cite?"]
)
def test_a_count_of_weeks_or_of_studies_is_no_figure_asked(question: str) -> None:
    """(a guard: a time span is the first shape's; studies are named)"""
    assert not asks_figure(question), question
