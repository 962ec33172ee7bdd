"""bot.capitals: which capitalised words of a question are names, and how the question spells a word."""

from __future__ import annotations

from bot.capitals import acronym, corpus_names, named_word, spelling


def test_corpus_names_reads_a_lower_case_name_only_where_the_texts_capitalise_it_mid_sentence() -> None:
    texts = ["First of all, train hard.", "She works at the University of Illinois in Urbana."]
    assert corpus_names("is the illinois team any good?", texts) == ["Illinois"]
    assert corpus_names("first time here, what is a mortgage?", texts) == []  # only first in a sentence


def test_a_capital_inside_an_asked_sentence_is_a_name_but_not_in_title_case_or_a_month() -> None:
    assert named_word("what did the team at Harvard find?", "harvard")
    assert not named_word("What Did The Team At Harvard Find?", "harvard")  # title case says nothing
    assert not named_word("does training on Sundays help?", "sundays")
    assert not named_word("Hello, I am from Brazil. is lifting good for memory?", "brazil")


def test_spelling_keeps_a_name_capitalised_and_lowers_a_sentence_opening() -> None:
    assert spelling("is the Harvard study right?", "harvard") == "Harvard"
    assert spelling("Creatine, does it help?", "creatine") == "creatine"
    assert spelling("anything on sauna?", "sauna") == "sauna"


def test_a_two_letter_acronym_counts_only_in_an_asked_sentence() -> None:
    assert acronym("did IQ scores rise in the study?", "iq")
    assert not acronym("I'm a PE teacher. does lifting train the brain?", "pe")  # only sets the scene
    assert not acronym("did iq scores rise?", "iq")  # typed in lower case: a particle as often as not


def test_spelling_names_a_word_with_a_short_hyphened_prefix_whole() -> None:
    """eval/fresh44: "what p-value did … report" was declined naming "value"."""
    assert spelling("what t-score did they get?", "score") == "t-score"
    assert spelling("do I need an x-ray", "ray") == "x-ray"
    assert spelling("anti-inflammatory diet", "inflammatory") == "inflammatory"  # (a guard: a long prefix)
    assert spelling("a 20-40 year old", "year") == "year"  # (a guard: digits)
