"""bot.advice_asked: the wordings of a request for personal medical advice, read by
bot.advice.asks_medical_advice (whose decisions are tested in tests/test_advice.py)."""

from __future__ import annotations

import pytest

from bot.advice_asked import ADVICE, ASKERS_OWN, PROGNOSIS, SAFE_FOR_ME


@pytest.mark.parametrize(
    "question",
    [
        "which medication should I take for my headaches?",
        "can you diagnose me?",
        "should I stop my blood pressure pills?",
        "do I need an MRI?",
    ],
)
def test_a_medicine_a_dose_a_diagnosis_or_a_test_is_asked(question: str) -> None:
    assert ADVICE.search(question), question


@pytest.mark.parametrize(
    "question",
    ["which type of exercise helps memory?", "what did the study test?", "how many reps should I do?"],
)
def test_a_question_about_training_asks_no_advice(question: str) -> None:
    assert not ADVICE.search(question), question


def test_the_askers_own_words_are_read_as_whole_words() -> None:
    assert ASKERS_OWN.search("my knee hurts") and not ASKERS_OWN.search("the mythical muscle")


def test_safety_and_prognosis_of_ones_own_are_asked() -> None:
    assert SAFE_FOR_ME.search("is it safe for me to start running?")
    assert PROGNOSIS.search("could training reverse it?") and PROGNOSIS.search("would squats make it worse?")
