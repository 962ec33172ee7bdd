"""What the sentence introducing a quoted person claims, and which questions ask about the person
(``bot.introductions``)."""

from __future__ import annotations

import pytest

from bot.introductions import ABOUT_PERSON, INTRODUCED, WHO_DID, claim_part
from tests.support import seed_retriever


def test_an_introduction_is_read_by_its_claim() -> None:
    intro = "Ann Lee, PhD, a professor of physiology at a big university, said rest matters as much as work."
    assert claim_part(intro, frozenset({"Lee"})) == "rest matters as much as work"
    outro = "Rest matters as much as work, said Ann Lee, PhD, a professor of physiology."
    assert claim_part(outro, frozenset({"Lee"})) == "Rest matters as much as work"
    # no claim beside the name: the whole text
    assert claim_part("Ann Lee leads the lab.", frozenset({"Lee"})) == "Ann Lee leads the lab."


def test_what_a_person_names_is_not_a_question_about_the_person() -> None:
    """ "which cardio activities does Lee name …?" asks for Lee's list, not Lee's introduction."""
    assert not ABOUT_PERSON.search("which cardio activities does Lee name as good for the heart?")
    assert ABOUT_PERSON.search("what's his name and where does he work?")


def test_part_of_a_team_asks_about_the_person_part_of_a_body_does_not() -> None:
    assert ABOUT_PERSON.search("was she part of the research team?")
    assert ABOUT_PERSON.search("is he one of the authors?")
    assert not ABOUT_PERSON.search("does cardio make a part of the brain bigger?")
    assert not ABOUT_PERSON.search("is one of the exercises better?")


def test_the_introduction_answers_who_they_are_not_whose_view() -> None:
    assert INTRODUCED.search("who is Ann Lee?")
    assert INTRODUCED.search("where does Lee work?")
    assert INTRODUCED.search("is he actually a doctor?")
    assert not INTRODUCED.search("whose study was it?")


def test_what_someone_teaches_asks_about_the_person() -> None:
    """ "professor kong is teaching which subject?" was led by one of his claims (eval/fresh23)."""
    question = "dr lee teaches what, exactly?"
    assert ABOUT_PERSON.search(question) and INTRODUCED.search(question)
    assert not INTRODUCED.search("what does the trainer say about rest?")


@pytest.mark.parametrize(
    "question",
    [
        # eval/fresh32: "who is the outside expert weighing in …?" was answered with a list of teams;
        # a person named only by their part in the piece is introduced, outsider or not
        "who is the independent expert quoted about the muscle research?",
        "who was the outside commentator in the news story?",
    ],
)
def test_a_person_named_by_their_part_is_answered_with_their_introduction(question: str) -> None:
    from bot.chat import Conversation
    from tests.support import seed_settings

    answer = Conversation(seed_settings(), seed_retriever(), None).answer(question)
    assert not answer.declined and answer.citations, answer.text
    assert "not involved" in answer.citations[0].text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # eval/fresh36: "who ran the <X> study that <a site> wrote up?" led with the outside expert
        "who led the muscle signalling study the news site covered?",
        "who was behind the PNAS paper in that report?",
    ],
)
def test_who_ran_a_study_named_at_length_is_answered_by_its_author_not_the_outsider(question: str) -> None:
    from bot.chat import Conversation
    from tests.support import seed_settings

    answer = Conversation(seed_settings(), seed_retriever(), None).answer(question)
    assert not answer.declined and answer.citations, answer.text
    assert "co-author of the study" in answer.citations[0].text, answer.text


def test_naming_one_of_the_authors_behind_a_study_asks_who_did_it() -> None:
    """eval/fresh44: "name one of the authors behind the muscle and nerve research" was answered with
    the study's findings and no name."""
    assert WHO_DID.search("can you name one of the researchers behind the tissue study?")
    assert not WHO_DID.search("name one of the findings of the study")  # (a guard)
