"""Which clause of a message is the question (``bot.clauses``): after a lead-in or a dash."""

from __future__ import annotations

import pytest

from bot.clauses import asked_clause, question_after_telling, without_lead_in


def test_the_question_after_a_dash_is_the_one_asked() -> None:
    assert (
        asked_clause("the trainer cites reviews - which brain area changed?") == "which brain area changed?"
    )
    # a dash inside a statement is no question of its own
    assert asked_clause("lifting heavy - good for the brain?") == "lifting heavy - good for the brain?"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("unrelated but is a sauna good after a run?", "is a sauna good after a run?"),
        ("random thing, how do i descale a kettle", "how do i descale a kettle"),
        # a lead-in only when a question opens after it
        ("Hello, I am from Brazil. what was found?", "Hello, I am from Brazil. what was found?"),
        ("what, actual people?", "what, actual people?"),
        ("in the coach's version, where do sounds go?", "in the coach's version, where do sounds go?"),
        ("what about pilates, does that help memory too?", "what about pilates, does that help memory too?"),
    ],
)
def test_a_short_lead_in_before_the_question_sets_no_topic(question: str, asked: str) -> None:
    """Found on eval/fresh20's first run: "unrelated but does a forearm tattoo hurt a lot", asked
    after an answer, was answered with quotes; without "unrelated but" it was declined."""
    assert without_lead_in(question) == asked


def test_a_question_after_a_lead_in_closed_by_but_is_read_on_its_own() -> None:
    question = "random thought, but is tai chi good for balance?"
    assert without_lead_in(question) == "is tai chi good for balance?"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("on another note, but what does a passport renewal cost?", "what does a passport renewal cost?"),
        ("off the subject but which knots hold a boat?", "which knots hold a boat?"),
        # (a guard) closed by a comma alone, a lead-in opening with a preposition still sets the scene
        ("in the lab's write-up, how do cells grow?", "in the lab's write-up, how do cells grow?"),
    ],
)
def test_a_lead_in_closed_by_but_sets_no_scene_even_when_it_opens_with_a_preposition(
    question: str, asked: str
) -> None:
    """Found on eval/fresh34: "off topic, but how do scrums …?" after an answer was read as a scene
    ("off" is a preposition) and answered with quotes."""
    assert without_lead_in(question) == asked


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("quick aside, my sourdough is flat, what's wrong with my starter", "what's wrong with my starter"),
        ("my car won't start. how do I jump a battery?", "how do I jump a battery?"),
        # (guards) a question that points back at what was told, or a message asking twice
        ("my dad has parkinson's, what should he do?", None),
        ("i run every day, how long until i notice it?", None),
        ("what about pilates, does it help?", None),
        ("which types help most?", None),
        # (a guard) what a source is said to have said is the question's premise, checked as a claim
        ("the trainer says he tested 30 lifters. how many got stronger?", None),
    ],
)
def test_the_question_after_something_told_is_read_alone_unless_it_points_back(
    message: str, asked: str | None
) -> None:
    assert question_after_telling(message) == asked
