"""bot.naming: which shipped document a question names by a word of its sidecar."""

from __future__ import annotations

from bot.chat import Conversation
from bot.naming import sources_named
from bot.text import tokenize
from tests.support import seed_retriever, seed_settings


def _named(question: str, fields: tuple[str, ...] = ("kind", "author")) -> set[str]:
    sources = seed_retriever().index.sources.values()
    return {p.split("/")[-1].split("_")[0] for p in sources_named(set(tokenize(question)), sources, fields)}


def test_a_sidecar_word_only_one_source_has_names_that_source() -> None:
    assert _named("what does the trainer say about heavy singles?") == {"forum"}
    assert _named("what does the news report say about it?") == {"news"}


def test_a_word_for_a_kind_of_document_names_the_source_of_that_kind() -> None:
    """ "the thread" is what a forum post is called, "the article" a news report (``KIND_CALLED``)."""
    assert _named("and the thread?") == {"forum"}
    assert _named("what's in the article?") == {"news"}
    # the one who posts or reports is named by what they wrote
    assert _named("did the poster back that up?") == {"forum"}
    assert _named("what does the journalist claim?") == {"news"}


def test_a_question_with_no_sidecar_word_names_no_source() -> None:
    assert _named("does exercise help memory?") == set()


def test_a_name_in_the_sidecar_label_names_its_source() -> None:
    """ "what did the PNAS paper show" was declined (best cosine below the gate): the journal's
    acronym is in the news report's evidence label only."""
    assert _named("what did the PNAS paper show?") == {"news"}
    assert _named("what did the pnas study find?") == {"news"}


def test_a_named_journal_brings_a_question_about_its_paper_into_scope() -> None:
    from bot.chat import Conversation
    from tests.support import seed_settings

    answer = Conversation(seed_settings(), seed_retriever()).answer("what did the PNAS paper show?")
    assert not answer.declined, answer.text


def test_a_camel_cased_publisher_names_its_source() -> None:
    """ "who's the engineering professor ilive quotes" was declined: the publisher's name was no name."""
    assert _named("and ilive?") == {"news"}


def test_is_a_named_publisher_legit_is_a_question_about_the_sources() -> None:
    """ "is ilive legit tho" was answered with quotes (eval/fresh25)."""
    from bot.naming import asks_trust_of_named

    sources = seed_retriever().index.sources.values()
    assert asks_trust_of_named("ilive any good, honestly?", sources)
    assert not asks_trust_of_named("is creatine legit?", sources)  # no source named: its own topic
    assert not asks_trust_of_named("is rowing any good for memory, per the news piece?", sources)


def test_a_publishers_bracketed_description_names_no_source() -> None:
    """eval/fresh29: "and has anyone reviewed it?", asked about the forum post, was answered about the
    news report: "reviewed" is in its publisher's description, "(medically reviewed health news)"."""
    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("what does the lifting thread claim about plasticity?")
    answer = chat.answer("ok, and was it reviewed by anybody?")
    assert answer.scope == "meta" and answer.text.startswith("How strength training"), answer.text


def test_a_title_word_names_its_document_only_when_used_as_a_name() -> None:
    """Found on eval/fresh35: "should I believe his take on physical therapists?" named the document
    whose title opens "Physical …"."""
    from bot.naming import named_by_title
    from bot.types import Source

    docs = [
        Source(path="a.txt", title="Gardening lowers stress", kind="news", evidence="", strength=3),
        Source(path="b.txt", title="Why chess sharpens planning", kind="forum", evidence="", strength=1),
    ]
    assert named_by_title("is the gardening study any good?", docs) == {"a.txt"}  # before a document word
    assert named_by_title("what did the chess one say?", docs) == {"b.txt"}
    assert named_by_title("trust his take on gardening tools?", docs) == set()  # a phrase of its own
    assert named_by_title("", docs) == set()
