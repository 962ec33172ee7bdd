"""What eval/fresh45's first run exposed, each in general form and worded differently from the set:
a human-or-bot choice and "chatting w/ an actual person"; what kind of person a text comes from and how
strong a named source's evidence is; a medicine of one's own cut before a further clause, a medicine
taken for a condition that training might interfere with, a dose asked for; an amount of lifting
asked for; "tips for beating <X>"; the rival in "… or is it just for your heart"; whom a claim answers
("skeptics"), "the bulk of", "bottom line"; "born lucky"; "doomed to lag behind?", "when would i
notice?", "meaning what, exactly?", "which brain area?"; "who's <a person quoted>?" asked anew in a
chat; what a study treated something with; "which newspaper has the hardest crossword".
"""

from __future__ import annotations

import pytest

from bot.about_bot import asks_about_the_bot
from bot.asides import discourse_words
from bot.chat import Conversation
from bot.counted import quantity_word
from bot.referring import refers_back
from bot.shapes import answer_shape
from bot.source_questions import asks_about_all_sources, asks_about_sources
from tests.support import seed_decide, seed_referred, seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "about_bot"),
    [
        ("hold on, am i talking w/ a real human?", True),
        ("robot or person?", True),
        ("are you a person or an AI", True),  # (a guard)
        ("real human or bot?", True),
        ("man or woman?", False),  # (a guard: after "who wrote it?" the author is asked about)
        ("coach or doctor?", False),  # (a guard)
    ],
)
def test_a_human_or_machine_choice_asks_about_the_assistant(question: str, about_bot: bool) -> None:
    assert asks_about_the_bot(question) is about_bot


@pytest.mark.parametrize(
    "question",
    [
        "was that article written from a scientist or what",
        "so is this stuff coming from a qualified physio?",
        "source on this - research or an expert?",
        "how solid is that report, honestly",
    ],
)
def test_whose_text_and_how_strong_it_is_ask_about_the_source(question: str) -> None:
    assert asks_about_sources(question), question


def test_who_gathered_the_documents_asks_about_every_source() -> None:
    assert asks_about_all_sources("who compiled these texts?")
    assert asks_about_all_sources("who picked your sources")


@pytest.mark.parametrize(
    "question",
    ["is that from an actual study", "which magazine has the best recipes?", "what site has cheap flights"],
)
def test_a_study_behind_a_claim_and_an_outlets_wares_ask_nothing_of_the_sources(question: str) -> None:
    """(the first a guard: it asks whether a study stands behind the claim, which the answer's
    sentences say)"""
    assert not asks_about_sources(question), question


def test_what_an_outlet_published_is_still_a_question_about_the_source() -> None:
    """(a guard)"""
    assert asks_about_sources("which newspaper ran it?")
    assert asks_about_sources("what publication printed it?")


@pytest.mark.parametrize(
    "question",
    [
        "should my wife taper off her zyrtec once she starts yoga",
        "i'm going to ditch my wellbutrin and just swim instead",
        "my dad takes lithium for his moods, could rowing interfere",
        "could you suggest a dose for valerian before bed",
        "can you give me a good dosage of magnesium for cramps",
    ],
)
def test_a_medicine_cut_or_taken_and_a_dose_asked_for_are_referred(question: str) -> None:
    assert seed_referred(question), question


@pytest.mark.parametrize(
    "question",
    [
        "should i stop my squats and just row instead",
        "can i get a dose of motivation from lifting",
        "does cardio interfere with strength gains",
    ],
)
def test_an_exercise_dropped_a_dose_of_motivation_and_training_interference_are_not_referred(
    question: str,
) -> None:
    """(the last a guard: no medicine is taken)"""
    assert not seed_referred(question), question


def test_a_referral_never_names_what_would_be_done_to_the_medicine() -> None:
    decided = seed_decide("should my daughter cut back her concerta if she joins the swim team")
    assert decided.kind == "medical_advice", decided.explain
    assert not any(m.lower().startswith("cut") for m in decided.missing), decided.missing


def test_an_amount_of_lifting_asked_for_is_what_is_counted() -> None:
    assert quantity_word("how much can she curl as a 60kg woman") == "curl"
    assert quantity_word("how much should i exercise each week") == "exercise"
    assert quantity_word("so how much can I trust that for real workouts?") is None  # (a guard)
    decided = seed_decide("how much should i curl as a 70kg lifter")
    assert decided.kind == "off_topic" and "curl" in decided.missing, decided.explain


def test_what_tips_for_beating_something_act_on_is_the_topic() -> None:
    decided = seed_decide("any advice on beating motion sickness on a long drive")
    assert decided.kind == "off_topic" and "motion sickness" in decided.missing, decided.explain
    assert seed_decide("tips for improving reaction time?").kind == "answer"  # (a guard)


def test_the_rival_set_against_the_question_is_no_topic() -> None:
    assert {"lungs"} <= discourse_words("does swimming help memory or is it just for your lungs")
    decided = seed_decide("does running help the brain or is it only good for your lungs?")
    assert decided.kind == "answer", decided.explain
    # what the question itself asks about still counts
    assert seed_decide("is creatine good for the brain or just for muscles").kind == "off_topic"


def test_whom_a_claim_answers_and_how_much_of_it_is_no_topic() -> None:
    assert "critics" in discourse_words("what would he tell the critics?")
    assert {"majority", "bottom"} <= discourse_words("bottom line from the majority of studies?")
    assert "critics" not in discourse_words("what do critics think of the study?")  # (a guard)


def test_a_participle_with_only_a_complement_after_it_is_no_topic() -> None:
    decided = seed_decide("my sister never trains yet outlifts me. is she just born lucky or something")
    assert decided.kind == "answer", decided.explain
    assert seed_decide("does intermittent fasting help the brain?").kind == "off_topic"  # (a guard)


@pytest.mark.parametrize(
    ("question", "refers"),
    [
        ("destined to fall behind?", True),
        ("how soon would i notice?", True),
        ("when would we notice anything?", True),
        ("meaning what exactly?", True),
        ("which brain area?", True),
        ("when can i retire", False),
        ("Which exercise helps?", False),
    ],
)
def test_fragments_of_a_follow_up_refer_back(question: str, refers: bool) -> None:
    assert refers_back(question) is refers


def test_follow_up_fragments_are_answered_and_a_new_topic_is_still_declined() -> None:
    for opening, follow_up in [
        ("why can some people lift heavy without ever training?", "destined to fall behind?"),
        ("can aerobic exercise help memory?", "when would we notice anything?"),
        ("what did the study use instead of people?", "meaning what exactly?"),
    ]:
        chat = Conversation(seed_settings(), seed_retriever(), None)
        chat.answer(opening)
        answer = chat.answer(follow_up)
        assert not answer.declined, (follow_up, answer.text)
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("can aerobic exercise help memory?")
    assert chat.answer("when can i retire").declined


def test_who_is_a_person_the_sources_quote_is_asked_anew_in_a_chat() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("does sitting a lot raise the risk of cognitive decline?")
    answer = chat.answer("who's kong")
    assert answer.sentences and "professor" in answer.sentences[0].text, answer.text


def test_what_a_study_treated_something_with_is_the_answers_shape() -> None:
    unit = "The team treated the cells with caffeine to see how they responded."
    assert answer_shape("which chemical did they apply to the cells?", unit) == 1.0
    assert answer_shape("what did the lab actually use on the cells?", unit) == 1.0
    assert answer_shape("what did the lab find?", unit) == 0.0  # (a guard)
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("which chemical got applied to activate the muscle models?")
    assert answer.sentences and "glutamate" in answer.sentences[0].text, answer.text


def test_an_outlets_wares_asked_after_a_telling_are_declined() -> None:
    decided = seed_decide("my dad loves sudoku - which newspaper has the toughest one?")
    assert decided.kind == "off_topic", decided.explain


def test_how_many_weeks_asks_for_a_time_span_which_leads() -> None:
    assert answer_shape("how many months of lifting before my focus improves?", "effects show within 8 weeks")
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answer = chat.answer("how many months of jogging before my recall sharpens?")
    assert answer.sentences and "weeks to months" in answer.sentences[0].text, answer.text


def test_a_purpose_asked_after_an_answer_that_gave_it_is_answered_by_that_sentence() -> None:
    """The sweep's one loss of 9e7de8f: once the glutamate sentence led "what chemical …?", the
    follow-up "what was the point of that?" no longer got it, though its "to see how …" is the point."""
    assert answer_shape("what was the purpose of that?", "They dyed the cells to see how they grew.") == 1.0
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("which chemical was put on the muscle tissue in the lab?")
    answer = chat.answer("what was the purpose of that?")
    assert answer.sentences and "to see how" in answer.sentences[0].text, answer.text


def test_a_who_follow_up_is_not_answered_by_the_sentence_just_told() -> None:
    """The fix above, narrowed: a who-question after an answer asks for someone not named yet, and a
    capitalised phrase in the sentence just told ("Max Effort training") is no name."""
    def lead(answer: object) -> str:
        return next(s.text for s in answer.sentences if s.citations)  # type: ignore[attr-defined]

    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("is powerlifting or bodybuilding better for getting strong?")
    first = chat.answer("why add the bodybuilding work at all?")
    answer = chat.answer("who does it that way?")
    assert lead(answer) != lead(first), answer.text


def test_what_kind_of_person_a_quoted_claim_comes_from_is_answered_with_who_they_are() -> None:
    """After a quoted person's claim, "is that from a scientist?" is answered by who that person is (as
    "is he a doctor?" is); after a document's own words, by its sidecar."""
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("which activities mixing thinking and moving might add extra benefit?")
    answer = chat.answer("is that coming from a scientist or what?")
    assert answer.mode == "meta" and answer.text.startswith("The last answer quoted"), answer.text
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does strength training mostly train, per the forum?")
    answer = chat.answer("is that coming from a scientist or what?")
    assert answer.mode == "meta" and "forum post" in answer.text, answer.text  # (a guard)
