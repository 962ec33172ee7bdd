"""English word classes (``bot.english``): which words can name a thing, read from the lexicon
shipped in LemmInflect's package."""

from __future__ import annotations

import pytest

from bot.english import names_a_thing, phrasal_verb


@pytest.mark.parametrize("word", ["experiment", "couch", "hiking", "Parking", "keto", "zumba", "women"])
def test_a_noun_a_gerund_or_a_word_the_lexicon_lacks_can_name_a_thing(word: str) -> None:
    assert names_a_thing(word)


@pytest.mark.parametrize("word", ["currently", "addressed", "identical", "suddenly", "warns"])
def test_an_adverb_a_verb_form_or_an_adjective_cannot(word: str) -> None:
    assert not names_a_thing(word)


def test_a_verb_before_a_particle_reads_as_a_phrasal_verb() -> None:
    assert phrasal_verb("breaks", "down") and phrasal_verb("drop", "out")
    assert not phrasal_verb("neuro", "down") and not phrasal_verb("drop", "the")


def test_an_ing_word_right_after_a_person_is_a_verb_not_a_thing() -> None:
    """Found on eval/fresh35: "who's the one admitting the research didn't show …?" was declined
    naming "admitting"."""
    assert not names_a_thing("conceding", before={"one"})
    assert not names_a_thing("admitting", before={"expert"})
    assert names_a_thing("conceding") and names_a_thing("building", before={"one"})  # a noun too


def test_a_gerund_acts_on_a_noun_after_it_not_on_an_adjective() -> None:
    from bot.english import acts_on_known

    assert acts_on_known("does neglecting exercise hurt".split(), "neglecting", ())
    assert not acts_on_known("is knitting good for".split(), "knitting", ())
    assert not acts_on_known("does hiking make my brain".split(), "hiking", ())  # "make" is the verb
    assert not acts_on_known("does neglecting yoga hurt".split(), "neglecting", {"yoga"})  # unknown




def test_the_order_of_two_things_named_is_asked_of_them() -> None:
    """Found on eval/fresh36: "what's the order, strength first or size?" was declined naming "order"."""
    from bot.chat import Conversation
    from tests.support import seed_retriever, seed_settings

    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("should I train for size or for strength?")
    answer = chat.answer("what's the sequence, size first or strength?")
    assert not answer.declined, answer.text



def test_whats_missing_after_an_answer_asks_what_it_left_out() -> None:
    """eval/fresh37: "what's missing?" after an answer about reversing decline was declined naming it."""
    from bot.chat import Conversation
    from tests.support import seed_retriever, seed_settings

    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("can exercise reverse memory decline that has already happened?")
    assert not chat.answer("what's missing?").declined
