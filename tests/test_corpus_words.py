"""bot.corpus_words: what of a question the shipped corpus holds (real embedder and index)."""

from __future__ import annotations

from bot import scope
from bot.chat import Conversation
from bot.corpus_words import all_words_known, no_word_known, quotes_a_passage, with_rare
from tests.support import seed_retriever, seed_settings


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


def test_a_decline_adds_the_rare_words_it_did_not_name() -> None:
    """eval/fresh29: "… lifting raises dopamine - by how many percent exactly?" was declined naming
    only "percent"; the rare word the corpus lacks is what it is about."""
    retriever = seed_retriever()
    question = "the news report says lifting raises serotonin by how many percent?"
    named = with_rare(question, ("percent",), retriever)
    assert named == ("serotonin", "percent")
    # a British spelling the tokenizer cuts is no rare word ("favours"), nor one already named
    assert with_rare("is the sauna doing my brain any favours?", ("sauna",), retriever) == ("sauna",)


def test_a_decline_names_the_rare_word_the_question_is_about() -> None:
    question = "the article says lifting lifts serotonin by what percentage exactly?"
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and "serotonin" in decision.missing, decision.explain


def test_whats_without_its_apostrophe_is_no_content_word() -> None:
    """eval/fresh30: "also whats the capital of portugal lol" after an answer continued it ("whats"
    counted as a word the corpus might know, so the question was not read as foreign)."""
    assert no_word_known("also whats the capital city of peru", seed_retriever())
    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("what did the PNAS team look at?")
    assert chat.answer("also whats the tallest mountain in spain lol").declined


def test_two_words_quoted_are_a_quotation_where_the_source_sets_them_apart_too() -> None:
    """eval/fresh40: "what's his jab at the 'science based' crowd?" was declined naming "jab"."""
    text = "He laughs at the “gym bros” who skip the warm-up."
    assert quotes_a_passage("what's his dig at the 'gym bros'?", [text]) == "gym bros"
    # (a guard) two words the source does not set apart are no quotation of it
    assert quotes_a_passage("what about the 'skip the'?", [text]) is None
    assert (
        Conversation(seed_settings(), seed_retriever())
        .answer("so who are the 'science based' people he mocks?")
        .citations
    )
