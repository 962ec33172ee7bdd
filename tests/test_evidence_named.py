"""Who and what a question names among the retrieved sources (``bot.evidence_named``), on the shipped
corpus with the real retriever."""

from __future__ import annotations

import pytest

from bot.evidence_named import context_topic, named_by, naming_terms
from tests.support import seed_retriever


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # eval/fresh26: "the coach in the article" named no one, and the professor's words answered
        ("the coach in the news piece - what does he think of swimming?", "Glatt"),
        ("what does the professor in the news report say happens with age?", "Kong"),
        ("does the study mention dance?", None),  # a word the text uses throughout names no one
        # a title alone, with no source named, may mean anyone ("going by the lifting coach")
        ("cns = brain plus what else, going by the lifting coach", None),
        ("which chemical did the team use on the muscle tissue?", None),  # a topic word of a role
    ],
)
def test_a_quoted_person_is_named_by_a_word_of_their_role(question: str, speaker: str | None) -> None:
    retriever = seed_retriever()
    _, speakers = named_by(question, retriever.search(question))
    assert speakers == (frozenset({speaker}) if speaker else frozenset()), speakers


def test_a_source_is_named_by_a_word_only_its_sidecar_has() -> None:
    question = "what does the trainer say about heavy lifting?"
    hits = seed_retriever().search(question)
    sources, speakers = named_by(question, hits)
    assert len(sources) == 1 and "forum" in next(iter(sources)), sources
    assert not speakers


def test_a_speaker_is_named_by_surname() -> None:
    question = "what did Glatt say about the study?"
    _, speakers = named_by(question, seed_retriever().search(question))
    assert speakers == frozenset({"Glatt"})


def test_the_earlier_topic_leaves_out_the_words_that_only_said_whose_view() -> None:
    """ "does Kong agree?" after "what does Glatt say about sitting all day?" asks about sitting."""
    context = "what does Glatt say about sitting all day?"
    hits = seed_retriever().search(context)
    topic = context_topic(context, hits, frozenset({"Kong"}))
    assert "sitting" in topic or "sit" in topic, topic
    assert not topic & naming_terms(hits, {"Glatt", "Kong"}), topic
