"""bot.source_wordings (with bot.source_wordings_later): the wordings of a question about one source
(read by ``bot.source_questions.asks_about_sources``)."""

from __future__ import annotations

import pytest

from bot.source_questions import asks_about_sources


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh26's first run (answered with quotes or declined), worded differently here
        "when did the site's doctors last check that page",
        "thread vs news site: if i could trust only one, which one has stronger evidence behind it",
        "does the poster hold any qualifications, say a degree?",
        "the lifting text - is that a blog or a study or what kind of thing is it",
        "how recent are your sources, what's the newest one?",
        "written when?",
        "and who is she, name?",
        "is this report trustable?",
        "she's a coach - does that make her brain claims shaky?",
        "does the author back it up with any citations",
        "is that idea backed by research or just his own opinion?",
        "rank them for me by evidence",
        "he says 'many studies' - does he cite even a single one?",
        # eval/fresh27: the author's job, credentials and name, what the answers rest on, a reviewer,
        # a trust word after a topic, a sales motive
        "is the blog guy a cardiologist?",
        "those letters behind her name - any nursing qualification among them?",
        "does she list authors or dates for those trials",
        "what are you basing all this on?",
        "which texts are you using for this?",
        "the editor's name on that page?",
        "a coach talking about neurology: trustworthy?",
        "is that page unbiased information or a pitch?",
    ],
)
def test_a_question_about_a_source_is_recognised(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        "what does the review say about the frontal lobe?",
        "which exercise has the best effect on memory?",
        "what kind of exercise helps most?",
        "does he back it up with studies showing plasticity?",
        # a question with its speaker asked after it asks the claim, not about the source
        "which habits raise the risk of decline, and who says so?",
    ],
)
def test_a_question_about_what_a_source_says_is_not(question: str) -> None:
    assert not asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh28's first run (answered with quotes or declined), worded differently here
        "when did the site put that piece out?",
        "the lifting post - any idea what year he wrote it?",
        "where are your answers coming from, journals or blogs?",
        "where did the coach get all that from, his own experience?",
        "what about the other source you have?",
        "news piece vs the thread: which one holds up?",
        "is the poster's reasoning actually sound?",
        "do we know the writer's real name?",
        "how much credence should his view get, given he's no scientist?",
    ],
)
def test_a_date_or_the_kind_of_sources_asked_in_more_wordings(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh29's first run (answered with quotes), worded differently here
        "so when was that piece brought out?",
        "year of the post?",
        "is the coach someone we can trust on this?",
        "are those claims coming from a professional?",
        "is a news site a good place to learn this from?",
        "believe the report or the thread?",
        "was the thread written just to promote his programme?",
        "how much weight should his remarks get beside the paper?",
        "cited or linked anywhere?",
    ],
)
def test_a_date_trust_or_a_sales_motive_asked_in_more_wordings(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh30's first run (answered with quotes or declined), worded differently here
        "is the lifting coach really qualified at all?",
        "what date does the piece show?",
        "does the story name a reporter, or is it anonymous?",
        "is that a source we can really trust?",
        "does the thread name the authors or link them?",
    ],
)
def test_qualifications_a_date_an_author_or_trust_asked_in_fresh30_wordings(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh31's first run (answered with quotes or declined), worded differently here
        "who is really behind this site anyway?",
        "which of the two documents deserves more trust?",
        "are your sources linked to each other, or independent?",
        "so is that post an academic source or just a blog?",
        # and in its conversations
        "reliable?",
        "is she a registered dietitian or not?",
        "is the blog author even certified to say that?",
        "does the site say anybody reviews their content?",
        "were the trials named or cited anywhere in the article?",
    ],
)
def test_an_author_trust_links_or_kind_asked_in_fresh31_wordings(question: str) -> None:
    assert asks_about_sources(question)


def test_which_source_makes_a_claim_is_not_a_question_about_the_sources() -> None:
    assert not asks_about_sources("which of the sources says swimming helps?")


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh32's first run (declined, or answered with quotes), worded differently here
        "so which of them would a doctor believe more?",  # (a guard)
        "if one is a blog and one is a newspaper, which deserves more credence?",
        "any financial motive behind it?",
        "even qualified to claim that?",
        "does the poster list any qualifications at all?",
        "is there a link to the original anywhere?",  # (a guard)
        "who put out this report?",
        "has anyone ever checked it?",  # (a guard)
        "when did the write-up appear?",
    ],
)
def test_trust_motive_qualifications_links_or_a_date_asked_in_fresh32_wordings(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # what a source says about trust, motives or checking is asked of its content
        "which exercise does Glatt rate more highly?",
        "what did the researchers check in the muscle tissue?",
        "is there a link between sleep quality and lifting, per the trainer?",
    ],
)
def test_what_a_source_says_in_those_words_is_not_about_the_sources(question: str) -> None:
    assert not asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh33's first run (answered with quotes or declined), worded differently here
        "aren't they a bit one-sided on this?",
        "research-based, or just a guess of his?",
        "how sure can we be about this, honestly?",
        "any idea who she really is?",
        "when did the site update that article?",  # (a guard: read before too)
        "does the writer ever sign his name?",
        "what's in your reading list?",
        "is the study he mentions named or linked somewhere?",
    ],
)
def test_bias_evidence_basis_identity_and_a_review_date_asked_in_more_wordings(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        "is resistance training evidence-based or a fad?",  # (a guard) asks about the training
        "could sitting all day be a health red flag in your sources?",  # a health warning sign
    ],
)
def test_a_topic_question_with_a_word_about_evidence_is_not_about_a_source(question: str) -> None:
    assert not asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh34's first run (answered with quotes), worded differently here
        "where was the iLive health piece published?",
        "which day did the muscle article get its most recent medical review?",
        "does the trainer provide his name or qualifications anywhere?",
        "is his claim backed up by any references?",
    ],
)
def test_where_published_a_review_day_a_name_or_references_asked_in_fresh34_wordings(question: str) -> None:
    assert asks_about_sources(question)


def test_a_claim_backed_by_evidence_asks_about_the_topic() -> None:
    """(a guard) evidence for a claim is asked of the topic, not of a source's metadata"""
    assert not asks_about_sources("is brain training backed by evidence?")


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh35's first run (answered with quotes), worded differently here
        "is the news story from a health outlet or just a random blog?",
        "thread's age?",
        "does the writer hold any formal qualifications?",
    ],
)
def test_the_kind_of_outlet_or_a_pages_age_asked_in_fresh35_wordings(question: str) -> None:
    assert asks_about_sources(question)


def test_a_choice_between_kinds_of_study_is_no_question_about_a_source() -> None:
    """(a guard) "from a big trial or a small one" asks about the study, not the outlet"""
    assert not asks_about_sources("was the data from a big trial or a small one?")


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh36's first run (declined or answered with quotes), worded differently here
        "of the two, which deserves more of my trust?",
        "which one of the two is more solid, the thread or the report?",
        "is there a rating scheme telling me how trustworthy each source is?",
        "is the thread from an actual doctor or just some random guy?",
        "article date?",
        "feels a bit clickbait, no?",
        "what score would you give the news one?",
    ],
)
def test_trust_compared_a_rating_a_writers_standing_or_a_date_in_fresh36_wordings(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        "whats a good substitute for buttermilk in pancakes",  # eval/fresh36: read as a source question
        "is a rowing machine a decent replacement for running?",
    ],
)
def test_a_substitute_for_a_thing_not_a_document_is_no_question_about_a_source(question: str) -> None:
    assert not asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh37's first run (declined or answered with quotes), worded differently here
        "believe which more?",
        "is the report more rigorous about evidence than the thread?",
        "is a blog good evidence for a claim like that?",
        "where are you getting all this?",
        "where'd you find that?",
        "can I take the forum post at face value?",
        "which document is more recent?",
    ],
)
def test_trust_compared_where_it_comes_from_or_which_is_newer_in_fresh37_wordings(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh38's first run (declined or answered with quotes), worded differently here
        "how solid is the place this came from?",
        "is that trainer an actual expert?",
        "is any of that real science or only his gut feeling?",
        "which rating did the news piece get?",
        "where could i look at those studies for myself",
    ],
)
def test_where_it_came_from_a_real_expert_research_or_gut_a_rating_and_reading_it_in_fresh38_wordings(
    question: str,
) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    ["where can I find those exercises myself", "is running a real brain booster?", "how good is cardio?"],
)
def test_a_thing_found_or_judged_is_no_question_about_a_source(question: str) -> None:
    """(a guard)"""
    assert not asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh39's first run (declined or answered with quotes), worded differently here
        "the post - solid source or just a random take?",
        "where is this info from?",
        "do the articles carry dates?",
        "whose thread was that?",
        "your sources?",
        "is she named?",
    ],
)
def test_a_source_or_an_opinion_where_it_is_from_dates_whose_post_and_a_name_in_fresh39_wordings(
    question: str,
) -> None:
    assert asks_about_sources(question)


def test_whether_you_can_trust_a_named_source_is_a_source_question() -> None:
    # found on eval/fresh41's first run ("can you trust ilive" was declined naming "trust")
    assert asks_about_sources("can you really trust that news site?")
    assert not asks_about_sources("can you trust your instincts when lifting?")  # (a guard)
