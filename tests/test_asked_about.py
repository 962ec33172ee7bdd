"""bot.asked_about: what someone is asked to have said, concluded or taken a view on is the topic."""

from __future__ import annotations

from bot.asked_about import said_about


def test_what_someone_said_about_is_read_up_to_a_preposition() -> None:
    assert said_about("what does the coach say about cold showers after lifting?") == {"cold", "showers"}
    assert said_about("what does the coach say about pumping iron?") == set()  # an activity's gerund


def test_what_someone_is_asked_to_have_concluded_or_taken_a_view_on_is_the_topic() -> None:
    """eval/fresh37: "what did the study conclude about yoga and memory?" and "the trainer's take on
    intermittent fasting …" were answered with quotes; "what can we conclude about …" asks what
    follows, and "the take on whether …" opens a clause whose topic is elsewhere."""
    assert said_about("what did the review conclude about pilates?") == {"pilates"}
    assert said_about("what's his view on cold plunges for recovery?") == {"cold", "plunges"}
    assert said_about("so what can we conclude about squats from it") == set()
    assert said_about("the trainer's take on whether older lifters can catch up?") == set()
