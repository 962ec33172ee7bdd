"""bot.shapes: what kind of unit a question asks for (a definition, a quoted phrase)."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.shapes import defines, quotes_from
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("what is a reflex?", "Your reflexes and reaction times are essentially the time it takes.", 1.0),
        ("in plain terms, what's a tendon?", "A tendon is the cord that ties a muscle to a bone.", 1.0),
        ("what does plasticity mean?", "Plasticity means the brain can rewire itself.", 1.0),
        ("what is a reflex?", "You can improve your reflexes with training.", 0.0),
        ("what is the best exercise for the brain?", "The best exercise is walking.", 0.0),
        ("Does lifting help?", "Lifting is a sport.", 0.0),
    ],
)
def test_defines_finds_the_sentence_that_says_what_a_term_is(
    question: str, sentence: str, expected: float
) -> None:
    assert defines(question, sentence) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("who called the plans 'pathetic'?", "Keep in mind how pathetic the plans are.", 1.0),
        ('who said "may offer additional benefits"?', "Dance may offer additional benefits.", 1.0),
        ("who wrote ‘the brain adapts first’?", "The brain adapts first, then the muscle.", 1.0),
        ("who called the plans 'pathetic'?", "The plans were short.", 0.0),
        (
            "what's the trainer's view on it?",
            "The trainer's view is clear.",
            0.0,
        ),  # apostrophes quote nothing
    ],
)
def test_quotes_from_finds_the_sentence_holding_a_quoted_phrase(
    question: str, sentence: str, expected: float
) -> None:
    assert quotes_from(question, sentence) == expected


def _lead(question: str) -> str:
    answer = Conversation(seed_settings(), seed_retriever()).answer(question)
    assert not answer.declined and answer.citations, answer.text
    return answer.citations[0].text


def test_the_sentence_holding_a_quoted_word_leads() -> None:
    # a long introduction of another speaker led on eval/fresh7's first run
    assert "pathetic" in _lead("who called the workout plans in those brain studies 'pathetic'?")


def test_a_time_span_from_the_named_source_leads() -> None:
    # "effects over weeks to months" (another document) led, though the question names the trainer
    lead = _lead("how quickly after a heavy single does the trainer say you feel fried?")
    assert "instantaneously" in lead, lead


def test_a_timeline_asked_for_is_answered_by_a_time_span() -> None:
    """ "does the fitbrain guy give any timeline for brain benefits" was led by Glatt's introduction
    (eval/fresh23)."""
    lead = _lead("is there any timeline in the report for when thinking improves?")
    assert "weeks to months" in lead, lead


def test_a_definition_leads_a_what_is_question() -> None:
    assert "essentially" in _lead("so what is a reflex, according to the trainer?")
