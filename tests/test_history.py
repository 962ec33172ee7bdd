"""bot.history: the query a follow-up is retrieved with, and the earlier questions it continues."""

from __future__ import annotations

import pytest

from bot import history
from bot.types import Answer, AnswerSentence, Citation, Turn


def _answered(question: str, claim: str) -> Turn:
    c = Citation(1, "p", "seeds/x.txt", "T", "E", 0, len(claim), claim)
    sentences = (AnswerSentence(claim, (1,)),)
    return Turn(
        question, Answer(question, f"{claim} [1]", (c,), (), False, "extractive", sentences=sentences)
    )


def test_refined_query_keeps_the_new_words_and_why_asks_about_the_claim() -> None:
    turn = _answered("Is dancing good for my brain?", "Dance may offer additional benefits.")
    assert history.refine("And swimming?", [turn]) == "Is dancing good for my brain? And swimming?"
    assert (
        history.refine("Why?", [turn]) == "Dance may offer additional benefits. Is dancing good for my brain?"
    )
    chained = [Turn("Does strength training improve brain plasticity?"), Turn("And how long does it take?")]
    assert history.refine("Does it work for older people?", chained).startswith("Does strength training")


@pytest.mark.parametrize("question", ["such as?", "like what?", "ok, examples?"])
def test_asking_for_examples_retrieves_with_the_claim_just_made(question: str) -> None:
    """Found on eval/fresh25: "such as?" after an answer about one kind of workout was retrieved with
    the earlier question alone, whose words name none of the kinds."""
    turn = _answered("what does the article point me toward?", "Aerobic exercise is widely known to help.")
    assert history.refine(question, [turn]).startswith("Aerobic exercise is widely known to help.")


def test_the_chain_goes_back_while_the_earlier_questions_referred_back() -> None:
    turns = [Turn("Is swimming good for memory?"), Turn("And cycling?"), Turn("Why?")]
    assert history.chain(turns) == ["Is swimming good for memory?", "And cycling?", "Why?"]
    assert history.chained("who said so?", turns[-1:]) == "Why? who said so?"
    fresh = [Turn("Is swimming good for memory?"), Turn("What does the trainer say about rest days?")]
    assert history.chain(fresh) == ["What does the trainer say about rest days?"]
    assert history.previous_turn([]) is None and not history.answered([])
    assert not history.answered(fresh) and history.answered([_answered("q?", "A claim.")])


def test_he_is_the_person_the_answer_led_with_never_one_quoted_further_down() -> None:
    """eval/fresh33: "does he say how?" after an answer led by a trainer's own words, with a quoted
    scientist second, was retrieved as "does <the scientist> say how?"."""
    lead_in_voice = (
        AnswerSentence("Reaction times can be trained.", (1,)),
        AnswerSentence("Lee says it takes time.", (2,), "Lee", "supported"),
    )
    asked = "can reaction time get faster?"
    turn = Turn(asked, Answer(asked, "…", (), (), False, "extractive", sentences=lead_in_voice))
    assert "Lee" not in history.refine("does he say how?", [turn])
    lead_quoted = tuple(reversed(lead_in_voice))
    turn = Turn(asked, Answer(asked, "…", (), (), False, "extractive", sentences=lead_quoted))
    assert history.refine("does he say how?", [turn]) == "does Lee say how?"
