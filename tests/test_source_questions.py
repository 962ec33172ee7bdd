"""Questions about the sources (``bot.source_questions``) and who the person behind an answer is
(``bot.who_said.speaker_answer``; where it cites them: tests/test_who_said.py), driven through the
real ``Conversation`` on the seeds: answered from the sidecars or the sentence introducing the
person, never with quotes presented as an answer. The wordings below were found on eval/fresh11's
first run."""

from __future__ import annotations

import pytest

from bot.chat import Conversation
from bot.source_questions import WHO_IS_THAT, asks_about_sources, respelled_for_meta
from bot.types import Answer
from tests.support import seed_retriever, seed_settings


def chat(*questions: str) -> list[Answer]:
    conversation = Conversation(seed_settings(), seed_retriever(), generator=None)
    return [conversation.answer(q) for q in questions]


@pytest.mark.parametrize(
    "question",
    [
        "when was this post written?",
        "and when's it from?",
        "who publishes it?",
        "so should I trust it more than the forum post?",
        "does that make him a trustworthy source on it?",
        "wait, is the PNAS paper itself one of your sources or just an article about it?",
        "should i take the forum post with a pinch of salt compared to the news report?",
        "what's the main claim of the ilive article? one line",
        "given that, how seriously should i take his post?",
        "should I take the trainer with a grain of salt?",
        # found on eval/fresh12's first run
        "is the lifting forum thread proper science or just one guy's opinion?",
        "what date was the news report on the muscle study put out?",
        "is there a named journalist behind the ilive article?",
        "how much should I weigh his opinion against the ilive report?",
        "so is the ilive article itself original research?",
        "have you got that review itself or just the trainer's take on it?",
        "who's this trainer anyway, do we know his name?",
        "do we know the name of the personal trainer who wrote the thread?",
        "hmm, and is ilive itself a reliable place to read this?",  # found on eval/fresh13
        # found on eval/fresh15's first run, worded differently here:
        "how credible is that forum as a source overall?",
        "how stale is the article by now, is there any date on it?",
        "is the trainer actually qualified to say that?",
        "does the ad at the end of the thread count as a red flag?",
        "which of the two documents is more legit?",
        "is that the study itself or a journalist reporting on it?",
        "what are these documents exactly?",
        "did he ever link the original studies?",
        # found on eval/fresh16's first run, worded differently here:
        "when was the report last checked by anyone?",
        "does the post list any references I could follow up?",
        "is that from research or just the coach's opinion?",
        "how credible is he on neuroscience, really?",
        "is an outside expert a better judge of the study?",
        "how far can we trust the forum thread?",
        "which of the two is better placed to know?",
        "could you link me to the original study?",
        "when did the author post it?",
        "what's the writer's name?",
        # found on eval/fresh17's first run, worded differently here:
        "would you call it a solid source?",
        "honestly isn't that a bit of a stretch?",
        "does the post cite the actual reviews anywhere?",
        "how would you rate this article?",
        "what year is on the thread?",
        "is somebody checking the articles before they go up?",
        "was it a named reporter behind the story?",
        "is that a reputable journal?",
        # found on eval/fresh18's first run, worded differently here:
        "what's the thread called?",
        "is it a real publication?",
        "is the author credited anywhere?",
        "were the reviews referenced properly?",
        # found on eval/fresh19's first run, worded differently here:
        "is the person who wrote that even a reliable source?",
        "is this backed by any actual research or is he just winging it?",
        "what's the publication date on the report?",
        "does the news story have a named reporter?",
        "are both of your sources secondhand?",
        "is whoever wrote it an expert?",
        "whose claim carries more weight here?",
        "does the thread cite any studies at all?",
        "who should we trust, the coach or the professor?",
        # found on eval/fresh20's first run, worded differently here:
        "the thread or the report, which is better evidence-wise?",
        "whose evidence should carry the day, the coach's or the news site's?",
        "does whoever posted the thread give a name?",
        "is that a person we should trust over a scientist?",
        "when did the article go online?",
        "does he cite any of them by author?",
        "does admitting limits help the report's credibility?",
        "could I get the full-text of the study?",
        # found on eval/fresh21's first run, worded differently here:
        "does the thread link any actual data for those claims?",
        "is the report more believable than a forum post?",
        "the coach - got a name?",
        "which journalist wrote the piece?",
        "does he cite or link the studies anywhere?",
        "do you have the DOI for the paper?",
        # found on eval/fresh22's first run, worded differently here:
        "have you seen the original study or just press coverage of it?",
        "which one should I lean on more when I argue, the post or the article?",
        "between the two, which is higher-quality evidence?",
        "how come that one got rated lower?",
        "date of publishing for the article?",
        "would you call the coach an unbiased source?",
        "honestly the thread reads like it is basically an ad",
        "should we take that seriously, an engineer talking about brains?",
        "the writer of the thread, does he have a name?",
        "isn't the title a bit misleading?",
        "what are the studies even called?",
        # found on eval/fresh23's first run, worded differently here:
        "does the article carry a reporter's name?",
        "the forum post - dated at all?",
        "has anybody fact-checked the thread or is it just his say-so?",
        "the sales pitch at the end - should that make me wary of the rest?",
        "who were the authors of that study, do you know?",
        "is the news site reliable or just clickbait?",
        "are his claims about physios backed by any numbers?",
        "who is better qualified to speak on this, the coach or the professor?",
        "the article's date?",
        "is that a sound argument or just his opinion?",
        "is PNAS a respected journal, would you trust it?",
        "on your 1 to 3 scale where does the thread sit?",
        "what's the byline on the report this is from?",
        # found on eval/fresh24's first run, worded differently here:
        "what forum was the thread posted on?",
        "how trustworthy is each of the two documents?",
        "is the PNAS study itself among your sources?",
        "should I take one gym coach's word on physios?",
        "news story byline?",
        "does the report say which journals the studies appeared in?",
        "he is a real scientist? i can trust him?",
        "how authoritative is a forum post next to a news report?",
        # found on eval/fresh25's first run, worded differently here:
        "the thread's byline??",
        "author? btw",
        "links please",
        "is the original study one of your documents?",
        "does the forum post have a timestamp anywhere?",
        "which review was it, does he cite it?",
        "did she ever link the article she mentions?",
        "does the writer give any reference for that claim?",
        "whose word should win here, the coach's or the report's?",
        "is a news write-up a good substitute for the paper?",
    ],
)
def test_more_wordings_of_questions_about_the_sources(question: str) -> None:
    assert asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        "when is the best time to train?",
        "who runs FitBrain and where is it?",
        "how reliable is memory after a hard workout?",
        "and what's his link to the study?",  # how he is connected to it: answered from the text
        "who's behind the 'hard work beats talent' line?",  # a quoted claim: its sentence answers
        "my coach says rest days are a waste. is he right, going by the trainer?",  # a claim to check
        "was it published in a proper journal?",  # which journal: the article says so
        "the fried feeling - where does it come from according to the post?",  # the feeling's cause
        "does the thread cite anything on growth factors?",  # what it says about them
        "do either of your sources say running helps memory?",
        "whose claim is it that blood flow to the brain improves?",  # a claim: its sentence answers
        "does rhythm come up anywhere in your sources?",  # a topic searched for in the sources
        "which of your two sources talks about Parkinson's, and what does it say?",  # a topic in both
        "to undo damage that's already there, what's missing evidence-wise?",  # what evidence lacks
        "people who run scored better on which memory test?",  # a finding, not a rating
        "which journal was the muscle study published in?",  # the report says: answered from its text
        # a quote first, then whose it is: the quoted sentence answers (eval/fresh25: "'Regular exercise
        # has …' - kong, glatt, or the article itself?" was answered with the article's description)
        "'with appropriate training or stimulation' - kong's words or the article's own?",
        "the spinal cord, where does that come in?",  # where it fits, not where the claim is from
    ],
)
def test_questions_that_only_sound_like_source_questions(question: str) -> None:
    assert not asks_about_sources(question)


def test_whose_claim_is_this_asks_who_said_it() -> None:
    """ "whose claim is this" after an answer was answered with other quotes (eval/fresh23)."""
    from bot.source_questions import WHO_SAID

    assert WHO_SAID.search("whose claim was that?") and WHO_SAID.search("so whose words are these")


def test_a_typo_in_a_word_about_documents_is_read_through_the_embedders_vocabulary() -> None:
    """ "is ths a real peer reviewd sourse" was declined naming "sourse" (eval/fresh22); a real word one
    letter away stays itself ("course")."""
    from tests.support import seed_retriever

    known = seed_retriever().vocabulary()
    assert asks_about_sources("is this a credble sourse or just a blog?", known)
    assert not asks_about_sources("is this a credble sourse or just a blog?")  # without the vocabulary
    assert respelled_for_meta("is this course any good", known) == "is this course any good"


@pytest.mark.parametrize(
    "question",
    [
        "what does PhD even mean here, is he a medic?",
        "she is scientist or no?",
        # eval/fresh27: in statement order, and "on the team?" after a quote
        "she's a qualified surgeon?",
        "and on the research team?",
        "what's her full name?",
    ],
)
def test_is_he_a_doctor_after_a_first_clause_or_in_a_learners_word_order_asks_who_the_person_is(
    question: str,
) -> None:
    """eval/fresh22: "what do CPT and NBC-HWC even stand for, is he a doctor" and "he is doctor or no?"
    were answered with quotes."""
    assert WHO_IS_THAT.search(question)


def test_trust_it_more_than_another_source_describes_both() -> None:
    _, compared = chat(
        "is that a peer reviewed thing or just a news write-up about the muscle study?",
        "so should I trust it more than the forum post?",
    )
    assert compared.mode == "meta" and len({c.source for c in compared.citations}) == 2


def test_is_that_person_a_doctor_reads_the_quoted_persons_introduction() -> None:
    first, who = chat("how long does exercise take to help my thinking?", "is that person a doctor or what?")
    assert first.sentences[0].speaker == "Glatt"
    assert who.mode == "meta" and who.text.startswith("The last answer quoted Glatt.")
    assert "senior brain health coach" in who.citations[0].text


def test_is_he_a_neuroscientist_after_a_document_in_its_own_voice_describes_its_author() -> None:
    *_, who = chat(
        "how fast does info get from your senses to your muscles, says the trainer",
        "is he some kind of neuroscientist?",
    )
    assert who.mode == "meta" and "personal trainer" in who.text


def test_is_he_a_doctor_after_a_declined_turn_still_answers_about_the_person_named() -> None:
    *_, who = chat("what letters does Ryan Glatt have after his name?", "so is he a doctor?")
    assert not who.declined and "senior brain health coach" in who.text


def test_says_who_names_the_quoted_person() -> None:
    *_, who = chat("roughly how long does exercise take to start helping my thinking?", "says who?")
    assert who.mode == "meta" and who.text.startswith("That was Glatt.")


def test_was_he_part_of_the_research_reads_his_introduction() -> None:
    *_, who = chat("who's Ryan Glatt and why is the news piece quoting him?", "was he part of the research?")
    assert who.mode == "meta" and "not involved in the study" in who.citations[0].text


def test_one_of_the_authors_leads_with_the_persons_introduction() -> None:
    (answer,) = chat("is hyunjun kong one of the authors of the study or just commenting?")
    assert "co-author of the study" in answer.citations[answer.sentences[0].citations[0] - 1].text


def test_a_relative_who_wrote_is_no_question_about_the_author() -> None:
    """ "did the guy who wrote the forum post ever study physio?" asks about his background (the
    post's own words), not who wrote it (found on eval/fresh12's first run)."""
    assert not asks_about_sources("did the guy who wrote the forum post ever study physio?")
    assert asks_about_sources("and who wrote that?")


def test_what_kind_of_scientist_is_he_reads_the_introduction() -> None:
    *_, kind = chat(
        "Kong reckons muscles need their nerve supply intact - why does it matter?",
        "what kind of scientist is he?",
    )
    assert kind.mode == "meta" and "chemical and biomolecular engineering" in kind.text, kind.text


def test_a_link_asked_for_says_whether_the_metadata_has_one() -> None:
    """ "can you drop the link to the forum post?" was answered with a description that never said
    whether there is a link (eval/fresh19)."""
    (answer,) = chat("can you send me the link to the forum thread?")
    assert answer.mode == "meta" and "has no link" in answer.text, answer.text


def test_a_date_is_spelled_out_and_a_month_asked_after_it_continues_the_question() -> None:
    """ "2025-07-02" reads as February to some readers: the month is written out, and "so is that July or
    February?" after it asks the same of the same document (eval/fresh19: declined naming both months)."""
    dated, month = chat("when was the news report published?", "so is that July or February?")
    assert "2 July 2025" in dated.text, dated.text
    assert month.mode == "meta" and "July" in month.text, month.text


def test_a_pdf_asked_for_says_whether_the_metadata_has_a_link() -> None:
    """ "can you fetch me the full paper pdf" was declined naming "fetch" and "pdf" (eval/fresh20)."""
    (answer,) = chat("got a pdf of the news report?")
    assert answer.mode == "meta" and "no link" in answer.text, answer.text


def test_a_bare_when_after_who_published_it_asks_the_date() -> None:
    """ "when?" after "and the news article, who published it" was answered with quotes (eval/fresh21)."""
    _, when = chat("who published the news report?", "when?")
    assert when.mode == "meta" and "2 July 2025" in when.text, when.text


def test_a_byline_or_a_timestamp_asked_for_says_who_or_when_from_the_sidecar() -> None:
    """ "ilive byline?" was declined naming "byline", and "does it carry a timestamp at all" answered
    with quotes (eval/fresh25)."""
    byline, stamp = chat("the news report's byline?", "and the forum thread, any timestamp on it?")
    assert byline.mode == "meta" and "names no author" in byline.text, byline.text
    assert stamp.mode == "meta" and "gives no date" in stamp.text, stamp.text


def test_who_is_he_after_a_declined_turn_asks_about_the_last_answer_that_said_something() -> None:
    """ "him, a neuroscientist?" after a declined turn was answered with Glatt's introduction, though
    the last answer was the forum trainer's (eval/fresh25)."""
    *_, who = chat(
        "what does the forum trainer say about bigger muscles and strength?",
        "does he sell a monthly newsletter?",
        "him, a physiotherapist?",
    )
    assert who.mode == "meta" and "personal trainer" in who.text, who.text


def test_who_was_saying_the_thing_just_said_names_the_quoted_person() -> None:
    """ "fine. who was the one saying the cardio thing" (eval/fresh25) was answered with another
    person's introduction: it points back like "who said that?"."""
    *_, who = chat(
        "what is running, swimming and cycling known for, per the article?",
        "any word on rowing machines?",
        "right, who was the person saying the running stuff?",
    )
    assert who.mode == "meta" and who.text.startswith("That was Glatt."), who.text


def test_does_he_list_qualifications_reads_the_quoted_persons_introduction() -> None:
    """ "does he list any qualifications i could check" (eval/fresh25) was declined."""
    *_, who = chat("how long until exercise helps my thinking?", "does he list any credentials?")
    assert who.mode == "meta" and who.text.startswith("The last answer quoted Glatt."), who.text


def test_the_team_named_in_a_longer_question_is_not_who_the_person_is() -> None:
    assert not WHO_IS_THAT.search("what does the article say on the team sports?")


def test_the_other_document_is_the_one_the_last_answer_did_not_cite() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    first = chat.answer("what does the iLive report say about dance?")
    assert first.citations and all("news" in c.source for c in first.citations)
    other = chat.answer("and the other document you have?")
    assert other.mode == "meta" and all("forum" in c.source for c in other.citations), other.text


def test_a_real_name_asked_for_says_whether_the_sidecar_names_the_author() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what does the lifting thread say about reflexes?")
    named = chat.answer("any idea of the poster's real name?")
    assert named.mode == "meta" and "unnamed" in named.text, named.text


@pytest.mark.parametrize(
    "question",
    [
        # a first try of the fresh28 wordings took these for questions about the sources
        "my dad has arthritis, how much weight should he be lifting?",
        "where'd he get that idea from?",
    ],
)
def test_weight_lifted_and_a_bare_where_from_are_no_source_questions(question: str) -> None:
    assert not asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    # eval/fresh29: who the forum's author is, asked these ways, was answered with quotes
    ["and who is he exactly?", "who write this post, he is coach?", "what's her own background?"],
)
def test_who_the_author_is_asked_telegraphically(question: str) -> None:
    assert WHO_IS_THAT.search(question)
    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("what does the trainer think of physical therapists?")
    answer = chat.answer(question)
    assert answer.scope == "meta" and "personal trainer" in answer.text, answer.text


def test_who_says_a_claim_named_in_the_question_is_answered_from_the_text() -> None:
    """ "which expert says weeks to months" was answered with every source's sidecar: it names a
    claim, so the sentence that makes it answers, with its speaker."""
    assert not asks_about_sources("which researcher says hippocampus size tracks activity")
    assert asks_about_sources("which expert says so?") and asks_about_sources("who said that first?")
    answer = Conversation(seed_settings(), seed_retriever()).answer("which expert says weeks to months")
    assert answer.scope == "answer" and "Glatt" in answer.text, answer.text


def test_what_a_number_in_an_answer_about_the_sources_means_is_asked_of_them() -> None:
    # found on eval/fresh38's first run ("what does that number mean" after a rating was answered with
    # the trainer's "means exactly that"), worded differently here
    chat = Conversation(seed_settings(), seed_retriever(), None)
    rated = chat.answer("which rating did his post get?")
    meaning = chat.answer("so what does that score mean?")
    assert rated.mode == "meta" and meaning.mode == "meta", meaning.text
    assert "scale from 1" in meaning.text, meaning.text


def test_listing_the_docs_asks_about_every_document() -> None:
    # found on eval/fresh41's first run ("list the docs you're grounded in please" was declined)
    from bot.source_questions import asks_about_all_sources

    assert asks_about_all_sources("show me all the docs you answer from")


def test_the_writers_name_after_a_document_was_described_asks_about_its_writer() -> None:
    # found on eval/fresh41's re-run: "what's his name?" after the forum post was described got quotes
    answers = chat("how reliable is the forum post?", "ok, who is he exactly?")
    assert answers[1].scope == "meta" and "unnamed" in answers[1].text, answers[1].text


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh44's first run (answered with the forum's own quotes), worded differently
        "can I really take the trainer's thread seriously?",
        "is the coach's post decent evidence?",
    ],
)
def test_taking_a_source_seriously_and_whether_it_is_good_evidence_are_about_the_source(
    question: str,
) -> None:
    assert asks_about_sources(question), question


def test_taking_an_activity_seriously_is_not_about_a_source() -> None:
    """(a guard)"""
    assert not asks_about_sources("should I take strength training seriously?")


def test_which_source_a_claim_just_made_came_from_describes_only_that_source() -> None:
    """eval/fresh44: "where does that claim come from, which of your sources?" after an answer from one
    document described every document."""
    chat = Conversation(seed_settings(), seed_retriever())
    first = chat.answer("has boxing been used for Parkinson's?")
    answer = chat.answer("which of your sources is that claim from?")
    cited = {c.source for c in first.citations}
    assert answer.mode == "meta" and {c.source for c in answer.citations} == cited, answer.text
