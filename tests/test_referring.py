"""bot.referring: whether a question continues the last turn (then history refines its retrieval)."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.referring import refers_back
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "refers"),
    [
        ("who led it?", True),
        ("and for children?", True),
        ("where in the body?", True),
        # eval/fresh25: "linked to what exactly", "me though? i'm 25" and "why do those sets wipe you
        # out" were declined, read as new questions
        ("tied to what, exactly?", True),
        ("me though? i'm 40", True),
        ("why do those studies use such weak plans?", True),
        # a check of what was just said (eval/fresh24 and fresh25: "not the muscles?")
        ("not the legs then?", True),
        ("so it's not the heart getting tired?", True),
        # eval/fresh28: "whats the catch" after an answer was declined, read as a new question
        ("so whats the downside", True),
        ("the upshot?", True),
        ("what is the capital of peru?", False),
        ("is it snowing in oslo?", False),
    ],
)
def test_refers_back(question: str, refers: bool) -> None:
    assert refers_back(question) is refers


def test_an_ellipsis_after_an_answer_is_answered_from_it() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("does sitting all day do anything bad to the brain, per the article?")
    answer = chat.answer("linked with what, exactly")
    # (which sentence answers it is the follow-up choice's, not this module's: here only that it is
    # read in the last turn's light instead of declined as a new question)
    assert not answer.declined, answer.text
