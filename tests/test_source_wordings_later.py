"""bot.source_wordings_later: the wordings about a source found on the later held-out sets, a piece
of pattern that bot.source_wordings joins into ABOUT_A_SOURCE (the wordings themselves are tested
through that pattern in tests/test_source_wordings.py)."""

from __future__ import annotations

import re

import pytest

from bot.source_wordings import ABOUT_A_SOURCE
from bot.source_wordings_later import LATER

_ALONE = re.compile(LATER.removeprefix("|"), re.IGNORECASE)


def test_the_piece_is_alternatives_joined_onto_the_earlier_ones() -> None:
    assert isinstance(LATER, str) and LATER.startswith("|")
    assert ABOUT_A_SOURCE.pattern.endswith(LATER)


@pytest.mark.parametrize(
    "question",
    ["when did the site's doctors last check that page", "rank them for me by evidence", "written when?"],
)
def test_later_wordings_match_by_themselves(question: str) -> None:
    assert _ALONE.search(question), question


@pytest.mark.parametrize(
    "question", ["what is the central nervous system made of?", "is it safe to lift heavy?"]
)
def test_topic_questions_do_not_match(question: str) -> None:
    assert not _ALONE.search(question), question


@pytest.mark.parametrize(
    "question",
    # found on eval/fresh40's first run (answered with quotes), worded differently here
    [
        "sources for this?",
        "and the citation behind that?",
        "is there a name on it at all?",
        "so where's that from?",
        "who put this one out?",  # (found on the sweep of eval/fresh40's fixes)
    ],
)
def test_the_source_of_what_was_said_and_its_writers_name_are_source_questions(question: str) -> None:
    assert _ALONE.search(question), question


@pytest.mark.parametrize(
    "question", ["is there a link between sleep and strength?", "where does the signal go from?"]
)
def test_a_link_between_things_or_where_a_signal_goes_are_no_source_questions(question: str) -> None:
    """(a guard)"""
    assert not _ALONE.search(question), question


def test_when_a_page_was_posted_is_a_source_question() -> None:
    # found on eval/fresh41's first run ("does it say when it got posted?" was answered with quotes)
    assert _ALONE.search("the news piece, does it mention when it was put up?")


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh41's first run (answered with quotes or declined), worded differently here
        "is that from the blog post or the news report?",
        "is this view backed by any evidence?",
        "just an ad?",
        "which document is that from?",
        "source strength?",
        "what's your source for this?",
    ],
)
def test_which_document_it_came_from_whether_it_is_backed_or_an_ad(question: str) -> None:
    assert _ALONE.search(question), question


@pytest.mark.parametrize("question", ["is it from the brain or the muscles?", "muscle strength there?"])
def test_a_choice_of_body_parts_and_muscle_strength_are_no_source_questions(question: str) -> None:
    """(a guard)"""
    assert not _ALONE.search(question), question


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh42's first run (declined on a word), worded differently here
        "where does your info really come from?",
        "does a forum thread deserve as much weight as a study?",
    ],
)
def test_where_the_answers_come_from_and_how_much_weight_a_source_deserves(question: str) -> None:
    assert _ALONE.search(question), question


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh43's first run (answered with quotes), worded differently here
        "ok, references?",
        "r u quoting from the original journal paper?",
    ],
)
def test_sources_asked_alone_and_whether_it_reads_the_original_paper(question: str) -> None:
    assert _ALONE.search(question), question


@pytest.mark.parametrize(
    "question", ["sources of neurotrophic factors?", "are you reading the study's results?"]
)
def test_what_a_thing_comes_from_and_a_study_s_results_are_no_source_questions(question: str) -> None:
    """(a guard)"""
    assert not _ALONE.search(question), question
