"""What this session found on fresh50's first run, each in general form and worded differently from
the set: questions about the sources asked as "should I really trust <it>", "between the two
documents, which should I rate higher", "was it written in the last decade", "do you have more
documents than these", "when were the documents written"; a diagnosis asked as "can you tell me
whether it's <a condition>" after a symptom told, and how much of one's medicine one needs after
saying one is on it (but "I'm on week 2 of my program" names no medicine); a past participle after
"get" or "be" ("get hit") says what happens and is never what the sources lack; "that review" in a
follow-up points at the work just told of, so "any area stand out in that review?" continues it;
"fellow" after a name is the person; "whats <a document> about, in a nutshell" asks for the gist.
"""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.source_questions import asks_about_sources
from tests.support import seed_referred, seed_retriever, seed_settings


@pytest.mark.parametrize(
    "question",
    [
        "should i actually believe that coach guy tho",
        "between the two sources, which should we rate higher",
        "was that article written in the last decade?",
        "do you have more documents than these?",
        "when were the documents written?",
    ],
)
def test_questions_about_the_sources(question: str) -> None:
    assert asks_about_sources(question)


def test_a_question_that_only_weighs_something_is_not_about_the_sources() -> None:
    """(a guard)"""
    assert not asks_about_sources("which weighs more, a bodybuilder or a powerlifter?")


@pytest.mark.parametrize(
    "question",
    [
        "i keep forgetting where i put my keys lately, can you tell me whether it's early dementia?",
        "i'm on lithium for my mood, will lifting change how much of it i need?",
    ],
)
def test_personal_medical_turns_are_referred(question: str) -> None:
    assert seed_referred(question)


def test_a_week_of_a_program_is_no_medicine() -> None:
    assert not seed_referred("i'm on week 2 of my program, how much rest do i need between sets?")


def test_a_past_participle_after_get_is_never_what_the_sources_lack() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("is sitting all day bad for my brain?")
    answer = chat.answer("do older people get hit harder by that?")
    assert not answer.declined, answer.text


def test_that_review_points_at_the_work_just_told_of() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does the trainer's post say resistance training does to white matter?")
    answer = chat.answer("did any brain area stand out in that review?")
    assert not answer.declined and "frontal lobe" in answer.text, answer.text


def test_fellow_after_a_name_is_the_person() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("tell me more about the glatt fellow")
    assert not answer.declined and "Glatt" in answer.text, answer.text


def test_whats_a_document_about_in_a_nutshell_asks_for_its_gist() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("whats that health news report about, in a nutshell?")
    assert "a new study has found" in answer.text, answer.text
