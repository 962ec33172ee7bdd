"""Hit lists topped up for what a question names, on the real seeds, embedder and FAISS index."""

from __future__ import annotations

import itertools

from bot.hits import fuse, with_ledes, with_named_speaker, with_shaped
from bot.types import Hit
from bot.unit_cache import hit_units
from tests.support import seed_retriever, seed_settings


def test_a_named_person_brings_more_of_their_passages() -> None:
    # A surname weighs little in the question's vector: retrieval finds the passage introducing the
    # person and little else of theirs.
    retriever, settings = seed_retriever(), seed_settings()
    question = "According to Glatt, what does being active do inside the head?"
    hits = retriever.search(question)
    explain: list[str] = []
    topped = with_named_speaker(question, hits, retriever, settings, explain)
    added = topped[len(hits) :]
    assert topped[: len(hits)] == hits
    assert 1 <= len(added) <= 2
    assert {h.passage.id for h in added}.isdisjoint(h.passage.id for h in hits)
    assert all(any("Glatt" in u.speaker for u in hit_units(h)) for h in added)
    assert explain and "Glatt" in explain[0]


def test_a_question_naming_nobody_keeps_its_hits() -> None:
    retriever, settings = seed_retriever(), seed_settings()
    question = "What does being active do inside the head?"
    hits = retriever.search(question)
    explain: list[str] = []
    assert with_named_speaker(question, hits, retriever, settings, explain) == hits
    assert explain == []


def test_asking_for_the_gist_brings_each_documents_first_claim() -> None:
    """Found on eval/fresh25: "gist of the article?" was led by a quoted person's introduction; the
    report's opening sentence, which says what it found, was not among the hits."""
    retriever = seed_retriever()
    question = "gist of the article?"
    hits = retriever.search(question)
    explain: list[str] = []
    topped = with_ledes(question, hits, retriever, explain)
    assert topped[: len(hits)] == hits
    texts = [u.text for h in topped for u in hit_units(h)]
    assert any(t.startswith("Exercise plays a major role in brain health") for t in texts)
    assert with_ledes("what does the article say about boxing?", hits, retriever, []) == hits


def test_fusion_keeps_each_passage_once_best_first() -> None:
    retriever = seed_retriever()
    a = retriever.search("how long until exercise helps memory", 5)
    b = retriever.search("which exercise helps memory", 5)
    fused = fuse([a, b], 5)
    ids = [h.passage.id for h in fused]
    assert len(ids) == len(set(ids)) == 5
    assert [h.rank for h in fused] == [1, 2, 3, 4, 5]
    assert all(x.score >= y.score for x, y in itertools.pairwise(fused))


def _shaped(question: str) -> tuple[list[Hit], list[Hit], list[str]]:
    """The question's top 4 hits, the hits ``with_shaped`` hands on, and its explanation."""
    retriever = seed_retriever()
    hits = retriever.search(question, 4)
    explain: list[str] = []
    return hits, with_shaped(question, hits, retriever, explain), explain


def test_asking_what_something_is_made_of_brings_the_sentence_that_says_so() -> None:
    # eval/fresh28: "which body parts make up the CNS?" retrieved no passage saying what it is
    # comprised of, and was answered with a sentence about what the CNS receives
    hits, topped, explain = _shaped("in the gym thread, which organs make up the CNS?")
    assert not any("comprised of the brain" in h.passage.text for h in hits)  # what this test is about
    texts = [h.passage.text for h in topped]
    assert any("comprised of the brain" in t for t in texts), explain
    assert with_shaped("does lifting help memory?", hits, seed_retriever(), []) == list(hits)


def test_asking_how_fast_an_effect_shows_brings_a_time_span_when_no_hit_gives_one() -> None:
    # eval/fresh42: "any hard numbers on how fast brain benefits kick in from workouts?" retrieved no
    # passage giving a time span, and was answered with a sentence about slowing decline
    hits, topped, explain = _shaped("how fast do the brain benefits of exercise kick in, in numbers?")
    assert not any("weeks to months" in h.passage.text for h in hits)  # what this test is about
    assert any("weeks to months" in h.passage.text for h in topped), explain
    # a hit that already gives a span keeps the hits as they are
    retriever = seed_retriever()
    spanned = retriever.search("how long until exercise effects show, weeks or months?", 4)
    assert any("weeks to months" in h.passage.text for h in spanned)
    assert with_shaped("how long until exercise effects show?", spanned, retriever, []) == list(spanned)
