"""bot.ordinals: a study asked for by its place in a document ("the third review in the post")."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.ordinals import nth_mention, ordinal_asked
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("what did the third systematic review find?", (2, "review")),
        ("and the 2nd study?", (1, "study")),
        ("the last paper he cites - what's it about?", (-1, "paper")),
        ("first of all, what is a reflex?", None),  # an order word before no study
        ("what do the studies say?", None),
    ],
)
def test_ordinal_asked(question: str, place: tuple[int, str] | None) -> None:
    assert ordinal_asked(question) == place


def test_a_study_is_counted_where_the_document_brings_one_up() -> None:
    """Only a single study brought up counts ("this systematic review …"), not "countless studies"."""
    sources = seed_retriever().index.sources.values()
    forum, news = (next(s for s in sources if kind in s.path) for kind in ("forum", "news"))
    found = [nth_mention(forum, (i, "review")) for i in (0, 1, 2, 3)]
    assert [u.text.split()[0] if u else None for u in found] == ["In", "This", "This", None]
    assert nth_mention(forum, (-1, "study")) == found[2]
    # a report that never calls its study a review has no "first review"
    assert nth_mention(news, (0, "review")) is None and nth_mention(news, (0, "study")) is not None


@pytest.mark.parametrize(
    ("question", "starts"),
    [
        # eval/fresh27: "what is the third systematic review in the lifting post about" was answered
        # with an anecdote from the same post
        ("in the strength thread, what did the second study he cites show?", "This study found"),
        ("what's the final review the trainer mentions about?", "This systematic review showed"),
    ],
)
def test_a_study_asked_for_by_its_place_leads_the_answer(question: str, starts: str) -> None:
    answer = Conversation(seed_settings(), seed_retriever(), generator=None).answer(question)
    assert answer.citations and answer.citations[0].text.startswith(starts), answer.text
