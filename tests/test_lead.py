"""Which chosen unit leads (``bot.lead``), with the real shipped SmolLM2 scoring question likelihood
over units chosen from the real seed index. The units and questions below are worded here, apart
from every eval set."""

from __future__ import annotations

from functools import lru_cache

import pytest

from bot import evidence, lead
from bot.embedding import load_embedder
from bot.evidence import Evidence
from tests.support import ScriptedGenerator, seed_retriever, seed_settings


@lru_cache(maxsize=1)
def _generator():  # type: ignore[no-untyped-def]
    from bot.generation import load_generator

    return load_generator(seed_settings())


def _chosen(question: str) -> list[Evidence]:
    settings, retriever = seed_settings(), seed_retriever()
    hits = retriever.search(question)
    return evidence.select(question, hits, load_embedder(settings.embedding), settings.answer)


def test_a_unit_that_answers_the_question_is_likelier_than_one_about_something_else() -> None:
    scores = lead.question_likelihood(
        _generator(),
        "What did they stimulate the muscle tissue with?",
        [
            "The study stimulated muscles with glutamate to see how nerve function responded.",
            "Just like in life some people have a better start than others.",
        ],
    )
    assert scores is not None and len(scores) == 2
    assert all(s < 0 for s in scores)  # mean log-probabilities
    assert scores[0] > scores[1] + 0.3, scores


def test_without_a_local_model_the_order_chosen_stands() -> None:
    question = "what does training for strength really train?"
    chosen = _chosen(question)
    assert len(chosen) >= 2
    same, why = lead.relead(question, chosen, ScriptedGenerator(""), 0.3)  # a fake has no weights
    assert same == chosen and why is None
    same, why = lead.relead(question, chosen, None, 0.3)
    assert same == chosen and why is None


@pytest.mark.parametrize("margin", [0.0, 100.0])
def test_margin_zero_turns_it_off_and_a_huge_one_keeps_the_lead(margin: float) -> None:
    question = "when lifting heavy, what is it you are mostly training?"
    chosen = _chosen(question)
    same, _ = lead.relead(question, chosen, _generator(), margin)
    assert [e.unit.id for e in same] == [e.unit.id for e in chosen]
    assert [e.n for e in same] == list(range(1, len(chosen) + 1))


def test_the_unit_that_answers_takes_the_lead_from_an_opening_about_the_topic() -> None:
    """The thread's opening line restates its subject and scores first on closeness and shared
    words; the sentence saying what strength training trains is the answer, and leads."""
    question = "going for strength: what are you really training, per the personal trainer?"
    chosen = _chosen(question)
    assert "client" in chosen[0].text  # the opening, chosen first by evidence.select
    reordered, why = lead.relead(question, chosen, _generator(), seed_settings().answer.lead_margin)
    assert why is not None and "leads" in why, why
    assert "nervous system" in reordered[0].text
    assert [e.unit.id for e in reordered[1:]] == [e.unit.id for e in chosen if e is not chosen[1]]
    assert [e.n for e in reordered] == list(range(1, len(chosen) + 1))


def test_a_time_span_asked_for_keeps_the_unit_that_gives_it_in_the_lead() -> None:
    question = "how long until the brain benefits of training show up?"
    chosen = _chosen(question)
    assert any(ch.isdigit() or "week" in ch for ch in chosen[0].text.split()), chosen[0].text
    same, why = lead.relead(question, chosen, _generator(), 1e-9)
    assert same == chosen and why is None


def test_the_sentence_introducing_a_person_leads_only_a_question_about_a_person() -> None:
    """eval/fresh45: "under what conditions" after an answer on what muscles make was led, with the
    model, by the co-author's introduction ("The findings highlight …, said <name>, a professor …"),
    which the model finds likely after many questions since it names the work, the place and the field."""
    from dataclasses import replace

    chosen = _chosen("which university is Hyunjun Kong a professor at?")
    intro = next(e for e in chosen if lead._introduces(e))
    first = _chosen("what do regular muscle contractions do for the nerves?")[0]
    assert not lead._introduces(first)
    chosen = [replace(first, n=1), replace(intro, n=2)]
    kept, why = lead.relead("under what conditions?", chosen, _generator(), 0.3)
    assert kept[0].unit.id == first.unit.id and why and "introduces its speaker" in why, why
    for about_him in ("where does he work?", "whos the professor quoted here"):  # (guards)
        moved, why = lead.relead(about_him, chosen, _generator(), 0.3)
        assert moved[0].unit.id == intro.unit.id, (about_him, why)
