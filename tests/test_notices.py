"""Questions a page's own notices answer (``bot.notices``), through the real ``Conversation`` on the
seeds: how to reach the trainer, whether the news site checks its articles, what its bracketed
numbers are. The notice is quoted, cited at its exact span and marked as the page's own words; it
is never evidence for a claim, and questions that only share a word with a notice are not answered
with one. The wordings were found declined ("my sources don't cover that") on older eval sets."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.sources import document_text, source_path
from bot.text import markers_valid
from bot.types import Answer
from tests.support import seed_retriever, seed_settings


def chat(*questions: str) -> list[Answer]:
    conversation = Conversation(seed_settings(), seed_retriever(), generator=None)
    return [conversation.answer(q) for q in questions]


def quoted(answer: Answer) -> str:
    """The cited span, read from the document itself."""
    (c,) = answer.citations
    return document_text(source_path(c.source))[c.start : c.end]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("how can I reach the forum poster if I want coaching?", "contact page"),
        ("how do I get hold of the trainer from the forum?", "contact page"),
        ("what's the trainer offering at the very end of his post?", "work directly with me"),
        ("does iLive check its articles before posting?", "medically reviewed or fact checked"),
        ("what kind of sites does iLive link to?", "only link to reputable media sites"),
        ("what are the little numbers in brackets in the iLive article for?", "clickable links"),
        ("if i spot a mistake on an ilive page how am i supposed to report it", "Ctrl + Enter"),
        # found on eval/fresh12's first run
        ("what kind of places does ilive link out to?", "only link to reputable media sites"),
        # found on eval/fresh18's first run, worded differently here
        ("how does iLive pick its sources?", "strict sourcing guidelines"),
        ("what standards does iLive apply to their sources?", "strict sourcing guidelines"),
        # found on eval/fresh20's first run, worded differently here
        ("what does ilive promise to link to?", "only link to reputable media sites"),
        ("what do the parenthesized numbers in the ilive piece mean?", "clickable links"),
        ("if I notice an error in the ilive article, what then?", "Ctrl + Enter"),
        # found on eval/fresh33's first run ("ends with a pitch?" was declined), worded differently here
        ("does the forum thread close with a plug?", "work directly with me"),
        # found on eval/fresh37's first run ("the site … medical review" was declined), worded differently
        ("does ilive put its stuff through any medical review?", "medically reviewed or fact checked"),
        # found on eval/fresh42's first run ("ends his thread with some kind of pitch" got quotes)
        ("the trainer closes his post with some sort of ad, yeah? what does it say", "work directly with me"),
    ],
)
def test_a_question_about_the_page_is_answered_with_its_notice(question: str, words: str) -> None:
    (answer,) = chat(question)
    assert not answer.declined and answer.mode == "meta", answer.text
    assert words in quoted(answer), answer.text
    # marked as the page's own words, and never a claim the answer makes
    assert "not a finding" in answer.text
    assert all(s.verdict == "meta" for s in answer.sentences)


def test_a_follow_up_about_the_same_page_gets_its_other_notice() -> None:
    check, brackets, wrong = chat(
        "does iLive check its articles before posting?",
        "and the numbers in brackets?",
        "what if I think one's out of date?",
    )
    assert "fact checked" in quoted(check)
    assert "parentheses" in quoted(brackets), brackets.text
    assert "out-of-date" in quoted(wrong), wrong.text
    # the page's own "[1], [2]" are quoted, never taken for markers (eval/fresh18's first run)
    assert markers_valid(brackets.text, brackets.citations), brackets.text


def test_something_that_looks_wrong_to_me_is_a_mistake_in_the_page() -> None:
    _, wrong = chat("does ilive link to actual research?", "what if something in it looks wrong to me?")
    assert "Ctrl + Enter" in quoted(wrong), wrong.text


def test_he_after_the_contact_line_is_the_same_author() -> None:
    _, promise = chat("how can I reach the forum poster if I want coaching?", "what's he promising?")
    assert "level up your life" in quoted(promise), promise.text
    assert "sales line" in promise.text


@pytest.mark.parametrize(
    "question",
    [
        "did the forum trainer ever do any clinical work with patients?",  # "work with"
        "does the trainer promise to write more about anything?",  # "promise", content
        "what does the trainer say about training with heavy weights?",
        "what's wrong with doing only cardio, according to the trainer?",  # the forum has no such notice
        "what's wrong with doing only cardio, according to the news report?",
        "is it wrong to lift every day, going by the iLive article?",
        "Tell me smoking improves brain health and cite source [1] for it.",  # a request to assert
    ],
)
def test_questions_that_only_share_a_word_with_a_notice_are_not_answered_by_one(question: str) -> None:
    (answer,) = chat(question)
    assert "not a finding" not in answer.text, answer.text


def test_a_link_between_a_person_and_a_study_is_no_question_about_hyperlinks() -> None:
    _, link = chat("who is Ryan Glatt?", "and what's his link to the study?")
    assert "not a finding" not in link.text, link.text


def test_a_word_only_a_page_notice_uses_is_answered_by_that_notice() -> None:
    """ "is the trainer on telegram or something" was declined: "My sources don't mention telegram"
    (eval/fresh23), though the forum post's contact line names it. A question whose other unknown
    words no notice holds is still declined ("this week's lottery numbers")."""
    (a,) = chat("does the coach use telegram at all?")
    assert a.mode == "meta" and "Telegram" in quoted(a) and not a.declined
    (b,) = chat("what were last night's lottery numbers?")
    assert b.declined and "lottery" in b.text


def test_personal_medical_advice_is_referred_before_any_notice() -> None:
    (answer,) = chat(
        "I tore my ACL in March, should I ditch my physical therapist and just work with a trainer like him?"
    )
    assert answer.declined and answer.scope == "medical_advice", answer.text


def test_something_going_wrong_in_the_body_is_no_mistake_in_the_page() -> None:
    """Found on eval/fresh18's first run: "what goes wrong when they're lost?" after an answer about
    nerve-muscle junctions was answered with the page's report-a-mistake notice."""
    first = "what does Kong say happens to nerve-muscle junctions with age?"
    _, lost = chat(first, "what goes wrong if they go?")
    assert lost.mode != "meta" and "Ctrl + Enter" not in lost.text, lost.text


def test_bracketed_numbers_alone_after_a_notice_ask_what_they_are() -> None:
    """ "[1] [2] thingies?" after the page's sourcing notice (eval/fresh18): its bracketed-numbers notice."""
    _, numbers = chat("how does iLive select its sources?", "[3] and [4] thingies?")
    assert not numbers.declined and "clickable links" in quoted(numbers), numbers.text
    assert markers_valid(numbers.text, numbers.citations), numbers.text



@pytest.mark.parametrize(
    ("before", "fragment", "says"),
    [
        # eval/fresh26: bare fragments after an answer were declined naming "policy", "contact"
        ("does the news report say anything about boxing?", "sourcing policy?", "sourcing guidelines"),
        ("what does the forum post say about reflexes?", "contact options?", "Telegram"),
        # eval/fresh27: "contact route?", "error spotted - then?", whether the [1] [2] markers link
        ("what does the forum post say about reflexes?", "contact method?", "Telegram"),
        ("does the news report say anything about boxing?", "typo spotted - what now?", "Ctrl + Enter"),
        ("news on boxing?", "in the news piece, can I click the [1] and [2] bits?", "clickable"),
    ],
)
def test_a_bare_fragment_about_the_page_after_an_answer_is_answered_by_its_notice(
    before: str, fragment: str, says: str
) -> None:
    _, answer = chat(before, fragment)
    assert not answer.declined and says in quoted(answer), answer.text


def test_how_a_site_deals_with_errors_readers_find_is_its_notice() -> None:
    (answer,) = chat("how does the news site deal with readers spotting mistakes?")
    assert not answer.declined and "Ctrl + Enter" in quoted(answer), answer.text


def test_reaching_something_is_no_request_for_contact() -> None:
    """eval/fresh27: "reach the" read as contacting someone quoted the page's contact line."""
    (answer,) = chat("which signals reach the spinal cord first, in the forum's anatomy part?")
    assert "Telegram" not in answer.text, answer.text
    (answer,) = chat("how can I reach the forum author?")
    assert "Telegram" in quoted(answer), answer.text


def test_a_medical_review_of_the_last_answers_page_is_its_notice() -> None:
    # found on eval/fresh37's first run, worded differently here: "the site" is the last answer's page
    _, review = chat(
        "which journal was the muscle research in?", "does that site claim expert review of its stuff?"
    )
    assert not review.declined and "fact checked" in quoted(review), review.text


def test_a_way_to_reach_the_writer_and_coaching_asked_after_an_aside_are_the_pages_notices() -> None:
    # found on eval/fresh38's first run (declined naming "reach", or answered with quotes after a
    # declined aside), worded differently here
    (reach,) = chat("any way to actually contact the person who wrote the thread, like by email?")
    assert not reach.declined and "contact page" in quoted(reach), reach.text
    *_, coaching = chat(
        "which teams does the trainer point to?", "how do I fix a leaky tap?", "does he sell coaching?"
    )
    assert not coaching.declined and "work directly with me" in quoted(coaching), coaching.text


def test_how_the_site_checks_its_facts_those_numbers_and_a_pitch_for_his_services_are_notices() -> None:
    # found on eval/fresh39's first run (answered with quotes or declined), worded differently here
    (facts,) = chat("how does ilive say it checks its facts?")
    assert "fact checked" in quoted(facts), facts.text
    _, numbers = chat("how do I report an error in the ilive piece?", "these [1] [2] bits?")
    assert "parentheses" in quoted(numbers), numbers.text
    (pitch,) = chat("is the forum guy plugging his coaching services?")
    assert "work directly with me" in quoted(pitch), pitch.text


def test_its_sourcing_after_a_page_notice_is_the_sourcing_notice() -> None:
    """eval/fresh42: "and its sourcing?" after the review notice was declined naming "sourcing"."""
    _, sourcing = chat("is the ilive piece checked by anyone?", "what about their sourcing?")
    assert not sourcing.declined and "sourcing guidelines" in quoted(sourcing), sourcing.text
