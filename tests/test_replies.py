"""Replies the scope step writes (``bot.replies``): the referral is addressed to whom the question
is about. The declines and answers about the sources are tested through ``bot.scope`` in
tests/test_scope.py and tests/test_source_questions.py."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.replies import REFERRAL, referral
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "person", "pronoun"),
    [
        ("my uncle had a stroke in may, should he go back to heavy deadlifts?", "your uncle's", "him"),
        ("mum's neurologist says early dementia, can she still do spin classes", "your mum's", "her"),
        ("our 70 year old dad takes statins, can he try max effort singles", "your dad's", "him"),
        ("my best friend has epilepsy, is boxing ok for them", "your friend's", "them"),
        # "tell me" asks about her, not the asker's health
        ("Grandma broke her hip. Tell me if she can stop the blood thinners now", "your grandma's", "her"),
        # named bare as the subject (eval/fresh32: "… should mom be on …" got "your own health")
        ("how much metformin should dad take on lifting days?", "your dad's", "him"),
        # "give me" a plan for him (eval/fresh42: "Dad is 8 weeks out from a stroke — give me a …
        # plan for his leg day" got "your own health")
        ("Mum just had a hip replacement, give me a gym routine for her legs", "your mum's", "her"),
    ],
)
def test_a_referral_about_someone_else_names_them(question: str, person: str, pronoun: str) -> None:
    reply = referral(question)
    assert person in reply and f"safe for {pronoun})" in reply, reply
    assert "your own health" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "I have MS, will lifting help my fatigue?",  # the asker's own health
        "my dad says I should take creatine, how much should I take?",  # the relative only told it
        "which painkillers can I take before a heavy session?",  # no one else named
        # "him" is the coach, not whose health: the asker tells of their own
        "I sprained my knee last week, should I drop my physio for a coach like him?",
        # "he" is the expert asked about, not whose health (eval/fresh30: "his health" for Glatt)
        "how many minutes a week does Kong prescribe? give the figure he says",
    ],
)
def test_the_asker_s_own_health_keeps_the_plain_referral(question: str) -> None:
    assert referral(question) == REFERRAL


def test_a_chat_referral_names_the_relative_not_as_a_missing_term() -> None:
    """Through the real ``Conversation``: the referral says whose health it is and what the sources
    lack, and the relative is not listed as a word the sources never mention."""
    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("Does strength training change the nervous system?")
    answer = chat.answer("my 80 year old grandad on warfarin, how much can he lift?")
    assert answer.declined and answer.scope == "medical_advice", answer.text
    assert "your grandad's health" in answer.text and "warfarin" in answer.text, answer.text
    assert "mention grandad" not in answer.text, answer.text


def test_a_referral_about_someone_named_earlier_uses_the_pronoun() -> None:
    """eval/fresh29: "should she be on aricept then? what dose would you start her on", after "my
    aunt …" two turns before, got "I can't advise on your own health"."""
    reply = referral("would he do better on donepezil? what dose would you give him")
    assert reply.startswith("I can't advise on his health") and "ask his doctor" in reply, reply


def test_a_question_about_trusting_a_quoted_person_describes_the_document_quoting_them() -> None:
    # found on eval/fresh31's first run (the other document was described), worded differently here
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("is Glatt someone we should trust?")
    assert answer.mode == "meta" and answer.citations
    assert {c.source for c in answer.citations} == {
        "seeds/news_exercise-muscles-nerves-brain_pnas-study_ilive_2025-07-02.txt"
    }


def test_who_wrote_it_after_an_answer_in_the_documents_own_voice_names_its_author() -> None:
    # eval/fresh32: after the news piece's main claim (its own voice, then a quoted scientist),
    # "who wrote it?" answered with the scientist
    chat = Conversation(seed_settings(), seed_retriever(), None)
    first = chat.answer("what does the health news piece report, in one line?")
    assert first.sentences and not first.sentences[0].speaker, first.text
    reply = chat.answer("who wrote it?")
    assert "That was" not in reply.text and "author" in reply.text, reply.text


def test_one_word_of_a_title_in_the_questions_own_phrase_names_no_document() -> None:
    """Found on eval/fresh35: "should I believe his take on physical therapists? how solid is this
    source", after the trainer's answer, described the news report, whose title opens "Physical …"."""
    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("what does the forum trainer think of physios?")
    answer = chat.answer("can I trust what he says about physical therapy? how reliable is this source")
    assert answer.mode == "meta" and answer.citations, answer.text
    assert answer.citations[0].source.startswith("seeds/forum_"), answer.text  # the post he wrote
    # (a guard) two words of a title still name it
    question = "is the physical exercise muscles article reliable?"
    answer = Conversation(seed_settings(), seed_retriever()).answer(question)
    assert answer.mode == "meta" and answer.citations[0].source.startswith("seeds/news_"), answer.text


def test_which_documents_mention_a_term_names_every_one_that_does() -> None:
    """eval/fresh40: "which of your sources mentions alzheimer's …" described only the news report;
    both seeds use the word (one with a curly apostrophe), each cited where it does."""
    answer = Conversation(seed_settings(), seed_retriever()).answer(
        "which of your documents discuss Alzheimer's?"
    )
    assert answer.scope == "meta", answer.text
    assert len({c.source for c in answer.citations}) == 2, answer.text
    assert all("alzheimer" in c.text.lower() for c in answer.citations), [c.text for c in answer.citations]


def test_which_document_mentions_a_term_only_one_uses_names_that_one() -> None:
    """(a guard)"""
    answer = Conversation(seed_settings(), seed_retriever()).answer(
        "which of your sources mentions Parkinson's?"
    )
    assert {c.source for c in answer.citations} == {
        s for s in seed_retriever().index.sources if "news" in s
    }, answer.text
