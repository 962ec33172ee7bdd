"""What eval/fresh48's first run exposed, each in general form and worded differently from the set:
a question whose only corpus words describe the asker ("a 45 year old", "my dad") and whose every
thing named is far from the corpus, declined naming them, in a chat too; personal medical turns (an
injury told as one's own by "here", a clinician or treatment skipped, a medicine dropped at the end of
the question, someone's rehab plan, whether something is safe with a device, a symptom and "push
through?", whether to go to a doctor about one's own symptom); questions about the sources and the
assistant; follow-ups asking for a speaker's words ("his rebuttal?"), a study's setup, a rival set
aside ("only about your heart …, or …?"); the instrument a study used, and the time science needs to
know (not how long effects take), leading the answer; which people the sources quote.
"""

from __future__ import annotations

import pytest

from bot.about_bot import asks_about_the_bot
from bot.chat import Conversation
from bot.source_questions import asks_about_sources
from bot.types import Answer
from tests.support import seed_decide, seed_referred, seed_retriever, seed_settings


def _first_claim(answer: Answer) -> str:
    """The answer's first cited sentence (after any frame such as "A personal trainer writes:")."""
    return next(s.text for s in answer.sentences if s.citations)


@pytest.mark.parametrize(
    "question",
    [
        "how much should a 45 year old keep in an emergency fund",
        "what mortgage rate can a 40 year old guy get",
    ],
)
def test_things_far_from_the_corpus_are_declined_whatever_the_asker_words(question: str) -> None:
    """(guards: asked alone these were declined before; the chat below was not)"""
    decided = seed_decide(question)
    assert decided.kind == "off_topic" and decided.missing, decided.explain


def test_such_a_question_is_declined_in_a_chat_after_an_answer() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("can lifting weights help an older brain?")
    answer = chat.answer("right, and how much should a 60 year old have in a pension pot")
    assert answer.declined and "pension" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "weeks or months? sounds vague, why",  # (a guard: an adjective far from the corpus names no topic)
        "does exercise help the brain of a 70 year old",  # (a guard)
    ],
)
def test_a_question_with_corpus_words_or_no_thing_named_is_not_declined(question: str) -> None:
    decided = seed_decide(question)
    assert decided.kind == "answer", decided.explain


@pytest.mark.parametrize(
    "question",
    [
        "C6 pinched nerve here, are overhead presses ok or risky for me",
        "slipped disc here - deadlifts still fine?",
        "should my grandad ditch his cardiologist and just go walking",
        "my daughter has OCD, could swimming let her come off the sertraline",
        "my wife had a stroke in may, how many minutes a day should her recovery program have",
        "is sprinting ok with a stent?",
        "my heart races and my vision blurs when i lift, should i power through?",
    ],
)
def test_personal_medical_questions_are_referred(question: str) -> None:
    assert seed_referred(question), question


@pytest.mark.parametrize(
    "question",
    [
        "should I stop the squats and just run?",
        "is lifting safe with a spotter?",
        "what does the trainer say about pushing through?",
    ],
)
def test_training_questions_are_not_referred(question: str) -> None:
    """(guards)"""
    assert not seed_referred(question), question


@pytest.mark.parametrize(
    "question",
    [
        "sources for this one?",
        "what year is this article from?",  # (a guard)
        "is this out of a book or what",
        "why would anyone trust some random poster on this",
        "any other researchers in these documents",
    ],
)
def test_wordings_about_the_sources(question: str) -> None:
    assert asks_about_sources(question), question


@pytest.mark.parametrize(
    "question", ["is that from a study in mice?", "is it from a study on humans or animals"]
)
def test_what_a_study_was_done_on_asks_nothing_of_the_sources(question: str) -> None:
    """(guards)"""
    assert not asks_about_sources(question), question


def test_the_subjects_it_can_cover_are_a_question_about_the_assistant() -> None:
    assert asks_about_the_bot("what subjects are you actually able to help with?")


def test_a_kind_offered_as_the_answer_names_no_document() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "is the trainer's forum thread trustworthy or is it just a news article?"
    )
    assert answer.mode == "meta" and len(answer.citations) == 1, answer.text
    assert "forum post" in answer.text and "news report" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("opening", "follow_up"),
    [
        ("what does the trainer think of physical therapists?", "his rebuttal?"),
        ("why are some people strong without lifting?", "his mantra for it?"),
    ],
)
def test_a_follow_up_asking_for_a_speakers_words_is_answered(opening: str, follow_up: str) -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer(opening)
    answer = chat.answer(follow_up)
    assert not answer.declined and answer.citations, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what was the experimental setup of the muscle study?",
        "is training just about your lungs and blood pressure, or can it protect memory too?",  # (a guard)
    ],
)
def test_a_method_or_a_rival_set_aside_is_not_what_the_sources_lack(question: str) -> None:
    decided = seed_decide(question)
    assert decided.kind == "answer", decided.explain


def test_whether_to_see_a_doctor_about_ones_own_symptom_is_referred() -> None:
    assert seed_referred("should i go to my gp about these dizzy spells")


def test_the_instrument_a_study_used_leads_when_asked() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "what did the researchers hit the muscle cells with, a drug of some kind?"
    )
    assert "glutamate" in _first_claim(answer), answer.text


def test_how_long_until_science_knows_is_not_answered_with_how_long_effects_take() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "when will researchers have figured out how training changes the brain?"
    )
    assert "weeks to months" not in _first_claim(answer), answer.text


def test_the_people_the_sources_quote_are_named_where_introduced() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer("which scientists do you quote?")
    assert answer.mode == "meta" and answer.text.startswith("My sources quote 2 people"), answer.text
    assert len(answer.citations) == 2 and "Kong" in answer.text and "Glatt" in answer.text, answer.text


def test_other_people_quoted_leave_out_the_one_just_quoted() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does glatt say about dance?")
    answer = chat.answer("any other experts among your sources apart from him?")
    assert answer.text.startswith("Besides Glatt, my sources quote 1 person"), answer.text
    assert answer.mode == "meta" and "Kong" in answer.text and len(answer.citations) == 1, answer.text


def test_whether_other_experts_agree_is_no_question_about_who_is_quoted() -> None:
    """(a guard)"""
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does glatt say about dance?")
    assert chat.answer("do other experts agree?").mode != "meta"


def test_what_someone_aims_for_is_answered_with_their_goal() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "what are stroke rehab therapists aiming for, per that trainer who quit PT"
    )
    assert "goal" in _first_claim(answer), answer.text


def test_who_is_quoted_saying_a_claim_asks_for_its_speaker_not_everyone_quoted() -> None:
    """Found on the re-run of eval/fresh48 (f5ef7e0 answered it with everyone quoted)."""
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "who is quoted saying older people lose nerve-muscle junctions?"
    )
    assert "My sources quote" not in answer.text and "Kong" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how much should a 40 year old put into a retirement account",
        "what car insurance should my 19 year old son get",  # (a guard)
    ],
)
def test_a_question_near_the_corpus_only_by_its_words_about_the_asker_is_declined(question: str) -> None:
    """Found on the new-user check after eval/fresh48 ("account" is a corpus word, so the rule of
    4348224 did not reach it): without "a 40 year old" the question lands below the calibrated gate."""
    decided = seed_decide(question)
    assert decided.kind == "off_topic" and decided.missing, decided.explain


@pytest.mark.parametrize(
    "question",
    [
        "is it too late for a 60 year old to start lifting for brain health",
        "how long until a 50 year old sees results",
    ],
)
def test_a_question_about_the_topic_with_an_age_in_it_is_answered(question: str) -> None:
    """(guards)"""
    decided = seed_decide(question)
    assert decided.kind == "answer", decided.explain


def test_a_referral_about_what_the_asker_would_do_to_a_relative_addresses_the_relative() -> None:
    from bot.replies import referral

    reply = referral("my grandad had a stroke, could i massage his arm on him myself?")
    assert reply.startswith("I can't advise on your grandad's health"), reply
