"""What eval/fresh47's first run exposed, each in general form and worded differently from the set:
questions about the sources (what the answers are pulled from, how many documents there are, where a
claim is from, the evidence level of a claim, "your source for that?", who wrote a named piece, a
document's author asked with a possessive) and about the assistant (how it decides what to say);
medical turns (what to take for one's own pain, how many painkillers to take, which supplement to be
taking, one's own case asked "for me specifically" after a condition); words that never hold a topic
("what relationship …", "his estimate", "down the road"); a person's paper of a kind no source holds
("<X>'s 2019 <kind> paper"); a brand two letters past a corpus word ("linkedin") never respelled;
"or does it vary person to person?" asking what an effect depends on.
"""

from __future__ import annotations

import pytest

from bot.about_bot import HONESTY, asks_about_the_bot
from bot.chat import Conversation
from bot.source_questions import asks_about_sources
from bot.spelling import Speller
from tests.support import seed_decide, seed_referred, seed_retriever, seed_settings


@pytest.mark.parametrize(
    "question",
    [
        "what r u getting your information from?",
        "how many documents do you have access to",  # (a guard)
        "where's that claim from then",
        "what's the quality of evidence here",
        "your source for this?",  # (a guard)
        "can you tell me who wrote the news story",
        "who even published that thread",
        "is the article's author a scientist",
        "is the news report writer a journalist?",
    ],
)
def test_wordings_about_the_sources(question: str) -> None:
    assert asks_about_sources(question), question


@pytest.mark.parametrize(
    "question",
    ["where is the study from, which university?", "how many studies does the trainer cite?"],
)
def test_a_place_or_the_studies_a_document_cites_ask_nothing_of_the_sources(question: str) -> None:
    """(guards)"""
    assert not asks_about_sources(question), question


def test_how_the_assistant_picks_what_to_say_is_answered_with_how_it_answers() -> None:
    question = "how do u choose what to quote?"
    assert asks_about_the_bot(question)
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(question)
    assert answer.mode == "meta" and answer.text.startswith(HONESTY), answer.text


def test_a_count_of_the_documents_is_given_and_a_clause_with_when_asks_no_date() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    counted = chat.answer("about how many source files are you using")
    assert counted.mode == "meta" and counted.text.startswith("I answer from 2 documents"), counted.text
    pulled = Conversation(seed_settings(), seed_retriever(), None).answer(
        "what are you drawing your answers from when you reply"
    )
    assert pulled.mode == "meta" and "evidence label" in pulled.text and "gives no date" not in pulled.text


@pytest.mark.parametrize(
    "question",
    [
        "what can i take for my back pain, ibuprofen?",
        "how many nurofen can i pop before a match",
        "which omega 3 should i be taking",
        "i have asthma - will sprints bring on an attack for me personally?",
    ],
)
def test_personal_medical_questions_are_referred(question: str) -> None:
    assert seed_referred(question), question


@pytest.mark.parametrize(
    "question",
    ["which class should i be taking at the gym", "i have a bad memory, will lifting help people like me?"],
)
def test_a_training_pick_or_a_general_question_is_not_referred(question: str) -> None:
    """(guards)"""
    assert not seed_referred(question), question


@pytest.mark.parametrize(
    "question",
    [
        "what relationship did earlier work find between brain size and staying active?",
        "does a sedentary life raise the risk of memory trouble down the road",
    ],
)
def test_words_that_name_no_topic_are_not_what_the_sources_lack(question: str) -> None:
    decided = seed_decide(question)
    assert decided.kind == "answer", decided.explain


def test_an_estimate_asked_of_the_speaker_just_quoted_is_answered() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does Glatt say about individual differences?")
    answer = chat.answer("and his estimate of the timeline?")
    assert not answer.declined and "weeks to months" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "lacking"),
    [
        ("what did Kong's 2018 pilates paper show about focus", "pilates"),
        ("sum up the coach's keto article", "keto"),
    ],
)
def test_a_document_of_a_kind_the_sources_lack_is_declined_naming_it(question: str, lacking: str) -> None:
    decided = seed_decide(question)
    assert decided.kind == "off_topic" and lacking in decided.missing, decided.explain


def test_a_document_the_sources_hold_is_still_answered() -> None:
    """(a guard)"""
    assert seed_decide("what did Kong's 2025 muscle study find?").kind == "answer"


def test_a_word_two_letters_past_a_corpus_word_is_not_respelled_as_it() -> None:
    speller = Speller(["linked", "training"], known={"the", "a"})
    assert speller.correction("linkedin") is None
    assert speller.correction("trainingx") == "training"  # (a guard: one letter past is still a slip)
    assert speller.correction("trianing") == "training"  # (a guard)


def test_whether_it_differs_person_to_person_asks_what_it_depends_on() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("do the results come on one schedule, or does it vary person to person?")
    assert answer.citations and "depending on" in answer.citations[0].text, answer.text


def test_what_a_document_says_about_its_checking_is_its_page_notice() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "what does the news report say about being fact checked?"
    )
    assert answer.mode == "meta" and "fact checked" in answer.text and "notice" in answer.text, answer.text


def test_what_an_amount_is_asked_of_is_named_when_the_sources_lack_it() -> None:
    decided = seed_decide("does the trainer recommend a daily caffeine amount for focus")
    assert decided.kind == "off_topic" and "caffeine" in decided.missing, decided.explain


def test_an_authors_background_asked_adds_what_the_document_says_of_its_author() -> None:
    """eval/fresh47: "is the <post>'s author a <profession>?" and "who wrote it? what's their background"
    were answered with the sidecar alone (or with quotes), though the post says in its own words where
    its author trained."""
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "is the writer of the trainer's thread actually a physio?"
    )
    assert answer.mode == "meta" and "personal trainer" in answer.text, answer.text
    assert "In its own words, about its author:" in answer.text and "school" in answer.text, answer.text
    quoted = [s for s in answer.sentences if s.verdict == "quoted"]
    assert quoted and all(s.citations for s in quoted)


def test_who_wrote_a_document_alone_gets_its_sidecar_only() -> None:
    """(a guard)"""
    answer = Conversation(seed_settings(), seed_retriever(), None).answer("who wrote the forum thread?")
    assert answer.mode == "meta" and "In its own words" not in answer.text, answer.text


def test_a_referral_never_names_an_adverb_as_what_the_sources_lack() -> None:
    decided = seed_decide("which krill oil capsules should I be taking alongside")
    assert decided.kind == "medical_advice" and "alongside" not in decided.missing, decided.missing


def test_a_follow_up_after_an_authors_own_words_asks_about_those_words() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("is the thread's writer a physiotherapist")
    answer = chat.answer("why'd they leave?")
    assert not answer.declined and "quit PT" in answer.citations[0].text, answer.text


def test_who_said_a_quote_signed_by_a_byline_cites_the_quote_itself() -> None:
    """eval/fresh47: "who said that?" after a claim from a quotation signed "— <name>" cited only the
    quotation's last sentence (another claim) with the byline, under "The document signs that quote"."""
    chat = Conversation(seed_settings(), seed_retriever(), None)
    told = chat.answer("do regular aerobic exercisers end up with bigger hippocampi?")
    assert told.citations and "larger hippocampi" in told.citations[0].text, told.text
    answer = chat.answer("who said that?")
    signed = answer.citations[0].text
    assert "larger hippocampi" in signed and "— Hyunjun Kong" in signed, answer.text
