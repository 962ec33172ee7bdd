"""One fact about a source from its sidecar (``bot.source_facts``), on the shipped corpus."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    "question",
    [
        # eval/fresh29: "on what day was this particular page last gone over?" got the evidence label
        "which day was the ilive piece last checked?",
        "what year did iLive put the muscle article out?",
    ],
)
def test_a_day_or_year_asked_of_a_source_gets_its_date(question: str) -> None:
    answer = Conversation(seed_settings(), seed_retriever()).answer(question)
    assert answer.scope == "meta" and "is dated 2 July 2025" in answer.text, answer.text


def test_a_doi_asked_for_is_said_to_be_missing_not_only_a_link() -> None:
    """eval/fresh45: "give me the DOI for the PNAS paper …" got only "has no link or address"; a DOI
    names a paper, which no sidecar carries."""
    ask = Conversation(seed_settings(), seed_retriever()).answer
    answer = ask("what's the doi of the ilive muscle piece?")
    assert answer.scope == "meta" and "no DOI, link or address" in answer.text, answer.text
    answer = ask("send me the link to the ilive muscle piece")
    assert "DOI" not in answer.text, answer.text  # (a guard)
