"""What this session found, each in general form and worded differently from the sets it came from:
from fresh48's re-run, an adjective the corpus lacks before a word near the corpus ("which elite
<people> …?") only describes the kind asked for, so it is not what the sources lack.
"""

from __future__ import annotations

from tests.support import seed_decide


def test_an_adjective_before_a_word_near_the_corpus_only_describes_the_kind_asked() -> None:
    decided = seed_decide("which elite sportsmen does the post name as proof")
    assert decided.kind == "answer", decided.explain


def test_a_noun_before_the_kind_asked_is_still_what_the_sources_lack() -> None:
    """(a guard)"""
    decided = seed_decide("which mouse strain did the study use")
    assert decided.kind == "off_topic" and "mouse" in decided.missing, decided.explain
