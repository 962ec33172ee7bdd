"""Words set aside as never a topic (``bot.asides``). More cases are in tests/test_phrases.py, where
they were written before the module was split out of ``bot.focus``."""

from __future__ import annotations

from bot import scope
from bot.asides import discourse_words
from tests.support import seed_retriever, seed_settings


def test_the_word_of_get_rid_of_is_no_topic() -> None:
    assert "rid" in discourse_words("can cardio get rid of the fog in my head?")
    assert "rid" in discourse_words("is there a way to be rid of it")


def test_a_referral_never_names_the_word_of_get_rid_of() -> None:
    """eval/fresh17's "my scan showed a few white matter spots. will lifting get rid of them?" got
    "… My sources don't mention rid." """
    question = "my x-ray showed some wear in my spine, will deadlifts get rid of it?"
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "medical_advice" and decision.reply is not None, decision.explain
    assert "rid" not in decision.missing and " rid" not in decision.reply.text, decision.reply.text


def test_where_the_work_was_done_is_no_topic() -> None:
    """eval/fresh29: "and in the lab they used what?" was declined naming "lab"."""
    assert "lab" in discourse_words("in the lab, what did they stimulate the tissue with?")
    assert "experiment" in discourse_words("did anyone exercise as part of the PNAS experiment?")


def test_a_word_describing_the_study_and_the_kind_of_answer_asked_are_no_topic() -> None:
    """Found on eval/fresh35: "does this lab experiment tell me …?" was declined naming "lab" and "On
    what timescale?" naming "timescale"."""
    assert "animal" in discourse_words("does that animal study say which sport to pick?")
    assert "timeframe" in discourse_words("he says the benefits show up quickly. over what timeframe?")
    assert "lab" not in discourse_words("can I visit a lab near me?")  # (a guard) not a study described
