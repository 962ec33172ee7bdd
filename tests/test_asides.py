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


def test_a_measure_of_time_and_a_ballpark_opening_are_no_topic() -> None:
    """Found on eval/fresh36: "ballpark, over what stretch of time do researchers usually spot the
    brain perks …" was declined naming "stretch" (and "ballpark")."""
    said = discourse_words("ballpark, in what span of time do people notice it?")
    assert {"ballpark", "span"} <= set(said), said
    assert "stretch" in discourse_words("over what stretch of time did they track it?")
    assert "stretch" not in discourse_words("should I stretch before lifting?")  # (a guard)


def test_a_persons_title_is_no_topic_a_books_title_is() -> None:
    """Found on eval/fresh36: "<Name>'s credentials and title, what are they" was declined naming
    "title"; the title of a book no source mentions still asks about the book."""
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    assert "title" in discourse_words("what are his qualifications and job title?")
    assert "title" not in discourse_words("what's the title of the book he wrote?")
    decision = scope.decide("Glatt's qualifications and title?", [], seed_retriever(), seed_settings())
    assert decision.kind == "answer", decision.explain



def test_compared_with_is_no_topic() -> None:
    """eval/fresh37: "how does the trainer rate himself compared with an ordinary physical therapist"
    was declined naming "compared"."""
    assert "compared" in discourse_words("how do they rate it compared to running?")
