"""What this session found, each in general form and worded differently from the sets it came from:
from fresh48's re-run, an adjective the corpus lacks before a word near the corpus ("which elite
<people> …?") only describes the kind asked for, so it is not what the sources lack. From fresh49's
first run: an off-topic "also who invented the <X>" in a chat; personal medical turns (training that
sets off something in one's body after a condition told, a flare told without its subject, the safest
exercise for one's joints); "who are you, are you a <X>?"; "is it wise to trust <a source>"; "is
bouncing back possible?" as a follow-up; "non-" never named as missing; "the <place> experiment"
names the study; "does the guy sell coaching?" answered with the page's sales line. Leads: whether
exercise can "turn it around", and why a study cannot compare workouts, are answered with what the
sources did not show; a term a text names in a short sentence after describing it ("It's essentially
<X>.") is answered with that description; words naming the source asked about carry no topic;
"shown in people though?" and "any limits to it?" ask for a study's caveat; "how long before
scientists really grasp …" asks how long knowing takes, not how long effects take; "who's the one
saying …?" asks for a quoted person, so a name in the document's own voice does not answer it.
Fabrication: the title of a work the sources never mention is declined naming the work; which
qualifications the author holds is a question about the source (its sidecar answers). A word that
names no thing ("which pinged the brain more?") is never what the sources lack, however it pulls.
"""

from __future__ import annotations

import pytest

from bot.about_bot import asks_about_the_bot
from bot.chat import Conversation
from bot.referring import refers_back
from bot.source_questions import asks_about_sources
from tests.support import seed_decide, seed_referred, seed_retriever, seed_settings


def test_an_adjective_before_a_word_near_the_corpus_only_describes_the_kind_asked() -> None:
    decided = seed_decide("which elite sportsmen does the post name as proof")
    assert decided.kind == "answer", decided.explain


def test_a_noun_before_the_kind_asked_is_still_what_the_sources_lack() -> None:
    """(a guard)"""
    decided = seed_decide("which mouse strain did the study use")
    assert decided.kind == "off_topic" and "mouse" in decided.missing, decided.explain


def test_an_off_topic_origin_question_after_a_linking_word_is_declined_in_a_chat() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does the forum post say about heavy singles?")
    answer = chat.answer("also who invented the stair climber")
    assert answer.declined and "stair climber" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "I have migraines, will deadlifts bring on an attack?",
        "my son has epilepsy, could sparring set off a seizure?",
        "got tendinitis flaring in my wrist, can i still bench?",
        "I have arthritis; which workout is safest for my knees?",
    ],
)
def test_personal_medical_turns_are_referred(question: str) -> None:
    assert seed_referred(question)


@pytest.mark.parametrize(
    "question",
    [
        "does exercise trigger the release of growth factors?",  # (a guard)
        "got my first heavy single done, can i still add volume?",  # (a guard)
    ],
)
def test_training_questions_are_not_referred(question: str) -> None:
    assert not seed_referred(question)


def test_who_are_you_then_what_kind_of_helper_is_about_the_assistant() -> None:
    assert asks_about_the_bot("who are you, are you a real coach?")


def test_whether_it_is_wise_to_trust_a_source_is_about_the_sources() -> None:
    assert asks_about_sources("is it wise to rely on a blog like that")


def test_whether_bouncing_back_is_possible_asks_it_of_what_was_just_said() -> None:
    assert refers_back("is bouncing back possible?")


def test_a_prefix_is_never_named_as_missing() -> None:
    decided = seed_decide("any non-dairy protein shakes you'd recommend?")
    assert decided.kind == "off_topic" and "non" not in decided.missing, decided.explain


def test_the_experiment_a_question_places_itself_in_names_the_study() -> None:
    decided = seed_decide("did real humans exercise for the Illinois muscle experiment?")
    assert decided.kind == "answer", decided.explain


def test_whether_the_author_sells_coaching_is_answered_with_the_pages_sales_line() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does the trainer say about bodybuilders?")
    answer = chat.answer("does the guy sell coaching?")
    assert answer.mode == "meta" and "sales line" in answer.text, answer.text


def _first_claim(question: str) -> str:
    """The first cited sentence of the answer to ``question`` asked alone."""
    return _first_in_chat(question)


def test_whether_exercise_can_turn_impairment_around_is_answered_with_what_is_not_shown() -> None:
    first = _first_claim("for people whose thinking is already impaired, can lifting turn things around?")
    assert "inconclusive" in first, first


def test_why_a_study_cannot_compare_workouts_is_answered_with_its_caveat() -> None:
    first = _first_claim("why can't the study compare cycling against lifting?")
    assert "did not prove" in first or "impossible to draw" in first, first


def test_a_term_named_after_its_description_is_answered_with_the_description() -> None:
    first = _first_claim("what is powerbuilding, according to the post?")
    assert "Max Effort" in first, first


def _first_in_chat(*questions: str) -> str:
    """The first cited sentence of the answer to the last of ``questions``, asked in one chat."""
    chat = Conversation(seed_settings(), seed_retriever(), None)
    for question in questions:
        answer = chat.answer(question)
    return next(s.text for s in answer.sentences if s.citations)


@pytest.mark.parametrize("follow_up", ["shown in people though?", "any limits to it?"])
def test_whether_it_was_shown_in_people_or_its_limits_are_answered_with_the_caveat(follow_up: str) -> None:
    first = _first_in_chat("what did the Illinois study look at?", follow_up)
    assert "did not prove" in first or "impossible to draw" in first or "did not observe" in first, first


def test_how_long_until_science_grasps_it_is_answered_with_the_time_knowing_takes() -> None:
    first = _first_claim("how long before scientists really grasp what training does to memory?")
    assert "take time to fully understand" in first, first


def test_who_is_the_one_saying_a_claim_is_answered_by_a_quoted_person() -> None:
    first = _first_claim(
        "who is the person claiming that nerves going to muscles are vital for brain-friendly factors?"
    )
    assert first.startswith("Kong says"), first


def test_the_title_of_a_work_the_sources_never_mention_is_declined_naming_it() -> None:
    decided = seed_decide("what is the title of Kong's memoir about his lab years?")
    assert decided.kind == "off_topic" and "memoir" in decided.missing, decided.explain


def test_which_qualifications_the_author_holds_is_about_the_source() -> None:
    assert asks_about_sources("which qualifications does the author of that thread have?")


@pytest.mark.parametrize(
    ("opening", "follow_up"),
    [
        ("what did the study compare?", "which pinged the brain more?"),
        ("what does the trainer say about reaction times?", "trainable or fixed?"),
    ],
)
def test_a_word_that_names_no_thing_is_never_what_the_sources_lack(opening: str, follow_up: str) -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer(opening)
    answer = chat.answer(follow_up)
    assert not answer.declined, answer.text
