"""What eval/fresh46's first run exposed, each in general form and worded differently from the set:
questions about the assistant ("who are you really, some AI?", medical advice being given, what it was
trained on, what it is able to cover, inventing an answer); questions about the sources (what the
answers are based on, "from a blog or a paper?", "which document?", "reliable on that?", a named
writer credited, links to reviews, a site's rules on what it cites, a mistake found); medical turns
(a medicine taken for a condition with a risk asked, a clinician's plan for someone with a told
acronym condition, whether one's own body part is torn, a symptom then undoing it, cancelling one's
own treatment, "ok yet" after surgery); what someone is asked to have ("a tiktok page"), a thing the
assistant is asked to recommend; a head count a study gives no figure for.
"""

from __future__ import annotations

import pytest

from bot.about_bot import OFFLINE, SELF, asks_about_the_bot
from bot.chat import Conversation
from bot.figures import has_figure
from bot.referring import refers_back
from bot.replies import NO_FIGURE, join_words
from bot.shapes import DEPENDS, answer_shape, asks_gist
from bot.source_questions import asks_about_all_sources, asks_about_sources
from tests.support import seed_decide, seed_referred, seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "about_bot"),
    [
        ("so who are you really - some kind of AI?", True),
        ("r u handing out medical advice to me?", True),
        ("were you trained with those articles?", True),
        ("what areas are you able to help with", True),
        ("would you just invent a fact if you don't know?", True),
        ("who are the authors, doctors?", False),  # (a guard: people of the documents)
        ("was he trained on free weights", False),  # (a guard)
    ],
)
def test_wordings_about_the_assistant(question: str, about_bot: bool) -> None:
    assert asks_about_the_bot(question) is about_bot


@pytest.mark.parametrize(
    "question",
    [
        "did that come from a blog or a paper?",  # (a guard)
        "which document?",
        "reliable on that?",
        "does the report name a particular author",
        "link to that review?",
    ],
)
def test_wordings_about_one_source(question: str) -> None:
    assert asks_about_sources(question), question


@pytest.mark.parametrize(
    "question", ["is that from an actual study", "which one?", "is swimming better than running or a blog"]
)
def test_a_claim_a_pick_or_a_comparison_asks_nothing_of_the_sources(question: str) -> None:
    """(guards)"""
    assert not asks_about_sources(question), question


def test_what_the_answers_are_based_on_asks_about_every_source() -> None:
    assert asks_about_all_sources("are your answers all based on those two texts?")


def test_a_sites_rules_on_citing_and_a_mistake_found_are_answered_by_its_notices() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what did the muscle study find?")
    for question, says in [
        ("does that site follow rules on what it cites?", "sourcing"),
        ("spotted a mistake?", "inaccurate"),
    ]:
        answer = chat.answer(question)
        assert answer.mode == "meta" and says in answer.text, (question, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "on valproate for seizures - is heavy squatting risky?",
        "dad's COPD keeps flaring, which routine should his doctor put him on",
        "is my rotator cuff torn? it clicks when i press",
        "my fingers tingle all the time, would swimming restore the nerves",
        "should i skip my physio appointments now that i lift",
        "had knee surgery last month, is jogging ok yet",
    ],
)
def test_personal_medical_questions_are_referred(question: str) -> None:
    assert seed_referred(question), question


@pytest.mark.parametrize(
    "question",
    [
        "is maxing out risky?",
        "should i skip my gym sessions this week",
        "is my PR broken if i pause the rep?",
        "can training restore the nerves in older muscles?",
    ],
)
def test_questions_without_a_health_matter_of_ones_own_are_not_referred(question: str) -> None:
    """(guards)"""
    assert not seed_referred(question), question


def test_what_someone_is_asked_to_have_is_the_topic() -> None:
    decided = seed_decide("does the coach have a tiktok page i could watch")
    assert decided.kind == "off_topic" and "tiktok" in decided.missing, decided.explain


def test_a_thing_the_assistant_is_asked_to_recommend_is_declined_in_a_chat() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what are the two parts of the nervous system?")
    answer = chat.answer("any neuroscience textbook you would recommend for a second-year student")
    assert answer.declined and "textbook" in answer.text, answer.text


def test_a_head_count_needs_a_figure_about_who_was_counted() -> None:
    asked = "how many adults were enrolled in the trial?"
    assert not has_figure("If a 70 year old can do it, so can you.", asked)
    assert has_figure("In all, 120 adults were enrolled.", asked)
    assert has_figure("If a 70 year old can do it, so can you.")  # (a guard: no head count asked)
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "how many people were recruited for the review the trainer cites?"
    )
    assert answer.declined and answer.text.startswith(NO_FIGURE), answer.text


def test_who_ran_or_co_wrote_a_study_is_never_the_outsider() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("do muscles send signals to the brain?")
    for question in ["who ran that research?", "who co-authored the paper the report is about"]:
        answer = chat.answer(question)
        assert answer.sentences and "co-author" in answer.sentences[0].text, (question, answer.text)
        assert "not involved" not in answer.text, (question, answer.text)


def test_which_journal_a_study_appeared_in_is_answered_by_where_it_was_published() -> None:
    unit = "The trial, published in the journal Nature, followed 200 runners."
    assert answer_shape("what journal did that run in?", unit) == 1.0
    assert answer_shape("where did the paper come out?", unit) == 1.0
    assert answer_shape("what did the trial find?", unit) == 0.0  # (a guard)
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "the glutamate muscle experiment - where did it come out, which journal?"
    )
    assert answer.sentences and "journal" in answer.sentences[0].text, answer.text


def test_a_duration_given_as_a_condition_asks_no_time_span() -> None:
    span = "Studies typically show effects over a period of weeks to months."
    assert answer_shape("after a few weeks of yoga would my balance be better?", span) == 0.0
    assert answer_shape("will i see a change in a few weeks?", span) == 1.0  # (a guard)


def test_who_is_saying_a_claim_asks_for_the_claims_sentence() -> None:
    intro = "Jane Roe, PhD, a professor at the University of Leeds, said the work is early."
    assert answer_shape("who's saying the effect can't be undone", intro) == 0.0
    assert answer_shape("who led the work?", intro) == 1.0  # (a guard)


def test_what_someone_lists_asks_for_named_examples() -> None:
    unit = "Team sports such as football and hockey may help."
    assert answer_shape("what sports does the coach list as useful?", unit) == 1.0
    assert answer_shape("what does the coach think of sports?", unit) == 0.0  # (a guard)


def test_why_a_dependence_holds_asks_no_list_of_what_it_depends_on() -> None:
    assert not DEPENDS[0].search("why does endurance depend on the heart?")
    assert DEPENDS[0].search("why can nobody give a precise time frame for results?")
    assert DEPENDS[0].search("what does it depend on?")  # (a guard)


def test_the_big_finding_a_source_says_is_its_gist() -> None:
    naming = {"ilive", "article", "report"}
    assert asks_gist("what does the report say its big finding was", naming)
    assert not asks_gist("what does the report say about sleep", naming)  # (a guard)


def test_a_word_named_inside_a_phrase_is_named_once() -> None:
    assert join_words(["metformin", "fasted", "hiit", "fasted hiit"]) == "metformin or fasted hiit"
    assert join_words(["tai chi"]) == "tai chi"
    assert join_words(["sleep", "diet"]) == "sleep or diet"  # (a guard)


def test_a_clipping_like_neuro_is_no_typo() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "does lifting help people with neuro issues?"
    )
    assert not any("'neuro'" in note for note in answer.notes), answer.notes


def test_a_unit_opening_with_its_consequence_gives_no_reason() -> None:
    assert answer_shape("why is that?", "As a result, older lifters still gain strength.") == 0.0
    assert answer_shape("why is that?", "It tires the nerves and, as a result, slows you.") == 1.0  # (guard)


def test_whether_the_assistant_searches_the_web_is_answered_first() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer("r u connected to the internet?")
    assert answer.mode == "meta" and answer.text.startswith(OFFLINE), answer.text
    other = Conversation(seed_settings(), seed_retriever(), None).answer("what are you exactly?")
    assert OFFLINE not in other.text  # (a guard)


def test_a_plan_of_a_kind_no_source_mentions_is_declined_naming_the_kind() -> None:
    answer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "could you draw up a vegan recipe plan for me?"
    )
    assert answer.declined and SELF in answer.text and "vegan recipe" in answer.text, answer.text
    other = Conversation(seed_settings(), seed_retriever(), None).answer("could you make me a lifting plan?")
    assert not other.declined and other.text.startswith(SELF), other.text  # (a guard)
    longer = Conversation(seed_settings(), seed_retriever(), None).answer(
        "can you make me a simple weekly workout plan"
    )
    assert longer.mode == "meta", longer.text


def test_where_a_feeling_comes_from_and_what_is_critical_to_it_give_reasons() -> None:
    because = "The soreness is due to small tears in the muscle."
    assert answer_shape("where does that soreness after leg day come from?", because) == 1.0
    assert answer_shape("what causes the soreness?", because) == 1.0
    assert answer_shape("why do joints matter?", "Healthy joints are essential for moving well.") == 1.0
    assert answer_shape("how do joints work?", "Healthy joints are essential for moving well.") == 0.0
    assert answer_shape("why?", "It lowers the factors essential for growth.") == 0.0  # (no copula: a guard)
    assert answer_shape("where does that claim come from?", because) == 0.0  # (a source asked)


def test_a_why_question_naming_its_own_topic_at_length_asks_anew() -> None:
    assert not refers_back("why is it important that older adults keep their muscles strong")
    assert refers_back("why is that?")  # (guards)
    assert refers_back("why would those be better?")
