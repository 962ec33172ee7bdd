"""Acronyms a document defines: a sentence using the short form matches the long one."""

from __future__ import annotations

import pytest

from bot.acronyms import defined, long_terms
from bot.text import tokenize

TEXT = (
    "The agency works with the Department of Health and Human Services (HHS) on its reports. "
    "Levels of brain-derived neurotrophic factor (BDNF) rose after training. "
    "She has a PhD (Doctor) and chairs the board (since 2019). "
    "Patients with chronic obstructive pulmonary disease (COPDs) were excluded."
)


def test_a_long_form_before_its_bracketed_acronym_is_read() -> None:
    found = defined(TEXT)
    assert found["HHS"] == "Health and Human Services"
    # each part of a hyphenated word spells a letter
    assert found["BDNF"] == "brain derived neurotrophic factor"
    # a plural s after the capitals is the acronym's plural
    assert found["COPD"] == "chronic obstructive pulmonary disease"


@pytest.mark.parametrize("text", ["He has a PhD (Doctor).", "chairs the board (since 2019)", "the end (ABC)"])
def test_brackets_that_define_nothing_are_left_alone(text: str) -> None:
    assert defined(text) == {}


def test_a_sentence_using_an_acronym_holds_its_long_forms_words() -> None:
    definitions = defined(TEXT)
    asked = set(tokenize("what does neurotrophic factor do"))
    terms = long_terms("BDNF levels stayed high for weeks.", definitions, asked)
    assert set(tokenize("brain derived neurotrophic factor")) <= terms
    # only as a whole word: "HHSA" is not "HHS"
    assert long_terms("The HHSA budget grew.", definitions, set(tokenize("human services"))) == frozenset()


def test_a_word_every_long_form_shares_names_none_of_them() -> None:
    definitions = defined("the Upper Motor Neuron (UMN) and the Lower Motor Neuron (LMN) differ.")
    unit = "Damage to the LMN weakens the muscle."
    # "motor neuron" is both halves: the sentence about one half gains nothing from it
    assert long_terms(unit, definitions, set(tokenize("what is a motor neuron"))) == frozenset()
    assert set(tokenize("lower")) <= long_terms(unit, definitions, set(tokenize("the lower motor neuron?")))
