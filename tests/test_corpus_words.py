"""bot.corpus_words: what of a question the shipped corpus holds (real embedder and index)."""

from __future__ import annotations

from bot.corpus_words import all_words_known, no_word_known, quotes_a_passage
from tests.support import seed_retriever


def test_a_quoted_span_a_passage_holds_word_for_word_is_found() -> None:
    texts = ["This was why I quit, since it pretty much is a joke.", "Kong said it’s early days."]
    found = quotes_a_passage("'it pretty much is a joke' - who wrote that?", texts)
    assert found == "it pretty much is a joke"
    assert quotes_a_passage('who said "it\'s early days" first?', texts) == "its early days"
    assert quotes_a_passage("'exercise cures dementia' - who said that?", texts) is None
    assert quotes_a_passage("it's what he's saying, isn't it?", texts) is None  # apostrophes, no quote
    assert quotes_a_passage("'a joke' - who?", texts) is None  # under three words


def test_one_corpus_word_alone_counts_only_when_asked_what_it_is_or_in_a_fragment() -> None:
    """eval/fresh23: "when and where are the next olympics" was let in by "Olympic" in a list of
    athletes; "what's powerbuilding" and, after an answer, "and rugby?" still count."""
    r = seed_retriever()
    assert not all_words_known("is rugby on tonight", r)
    assert all_words_known("what's powerbuilding", r)
    assert all_words_known("rugby on tonight?", r, fragment=True)
    assert all_words_known("who is hyunjun kong?", r)


def test_no_word_known_needs_two_content_words_the_corpus_lacks_without_a_near_synonym() -> None:
    r = seed_retriever()
    assert no_word_known("what's the capital of peru?", r)
    assert not no_word_known("is jogging good for the mind?", r)  # "jogging" ~ "running"
    assert not no_word_known("peru?", r)  # one word: nothing to go on
