"""What this session found on fresh50's first run, each in general form and worded differently from the
set: questions about the sources asked as "should I really trust <it>", "between the two documents,
which should I rate higher", "was it written in the last decade", "do you have more documents than
these", "when were the documents written"; a diagnosis asked as "can you tell me whether it's <a
condition>" after a symptom told, and how much of one's medicine one needs after saying one is on it
(but "I'm on week 2 of my program" names no medicine); a past participle after "get" or "be" ("get hit")
says what happens and is never what the sources lack; "that review" in a follow-up points at the work
just told of, so "any area stand out in that review?" continues it; "fellow" after a name is the person;
"whats <a document> about, in a nutshell" asks for the gist. After the re-run: whether people took part
("recruit any volunteers?", "so no humans?") and a view on reversing it are answered with what the study
did not do or show; "name one scientist who co-wrote the paper" with an introduction; a question ending
on "… by it?" refers back, and "does every person get hit equally" asks what it depends on; "are your
sources …?" describes every source, not only those the last answer cited. Then: what "<Name>'s group"
treated something with is the work's method (a name said as the owner of a work asks for their words
only where they speak for it, "we …", "our …"), and "what did they use instead of people" asks for no
substance; "in plain english, what's the key finding" asks for the gist; "the post reads like an ad" is
about the source.
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


def test_whether_people_took_part_is_answered_with_what_the_study_did_not_do() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("so did the researchers in that muscle study recruit any volunteers?")
    assert "did not observe people exercising" in answer.text, answer.text


def test_no_people_at_all_as_a_follow_up_asks_the_same() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what did the study find about nerves in muscle tissue?")
    answer = chat.answer("so no humans?")
    assert "did not observe people exercising" in answer.text, answer.text


def test_a_view_on_reversing_it_is_answered_with_what_is_not_shown() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("can exercise slow the mental decline that comes with age?")
    answer = chat.answer("and what's glatt's view on reversing that")
    assert "inconclusive" in answer.text.split("[1]")[0], answer.text


def test_naming_a_scientist_who_wrote_the_paper_is_answered_with_an_introduction() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("name one scientist who really co-wrote the nerve/muscle paper")
    assert "co-author of the study" in answer.text.split("[1]")[0], answer.text


def test_whether_everyone_is_hit_equally_by_what_was_said_asks_what_it_depends_on() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("does a sedentary lifestyle raise the risk of cognitive decline?")
    answer = chat.answer("does every person get hit equally by it?")
    assert "individual differences" in answer.text.split("[1]")[0], answer.text


def test_are_your_sources_reviewed_describes_every_source() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("is lifting heavy good for my nervous system?")
    answer = chat.answer("are your sources peer reviewed?")
    assert answer.mode == "meta" and len({c.source for c in answer.citations}) == 2, answer.text


def test_what_a_persons_group_treated_the_tissue_with_is_the_works_method() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("what did kong's group treat the muscle tissue with?")
    assert "glutamate" in answer.text.split("[1]")[0], answer.text


def test_the_key_finding_in_plain_english_asks_for_the_gist() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("in plain english, what's the key finding of the PNAS paper?")
    assert "a new study has found" in answer.text.split("[1]")[0], answer.text


def test_a_remark_that_the_page_is_an_ad_is_about_the_source() -> None:
    assert asks_about_sources("honestly that thread reads like one big advert")


def test_what_was_used_in_place_of_people_is_no_substance_asked() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("what did the researchers use instead of human volunteers?")
    assert "models of muscle tissue" in answer.text.split("[1]")[0], answer.text


def test_whether_he_only_spoke_from_the_outside_is_answered_with_his_introduction() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does glatt say about how long the effects take?")
    answer = chat.answer("so was he only weighing in from the outside?")
    assert "not involved in the study" in answer.text, answer.text


def test_where_a_claim_named_by_its_topic_comes_from_is_about_the_source() -> None:
    assert asks_about_sources("where did the hippocampus figure come from?")
