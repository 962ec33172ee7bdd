"""The real ``Conversation`` on the real seeds (extractive answers: generator=None; the model is not
the point here): what a user who chats turn by turn can rely on."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from bot import history, scope
from bot.chat import Conversation, Turn
from bot.config import REPO_ROOT
from bot.sources import source_path
from bot.types import Answer
from tests.support import seed_retriever, seed_settings


def chat(*questions: str, turns: int | None = None) -> tuple[Conversation, list[Answer]]:
    settings = seed_settings()
    if turns is not None:
        settings = settings.with_value("answer", "history_turns", turns)
    conversation = Conversation(settings, seed_retriever(), generator=None)
    finals = []
    for q in questions:
        events = list(conversation.ask(q))
        assert isinstance(events[-1], Answer) and all(not isinstance(e, Answer) for e in events[:-1])
        finals.append(events[-1])
    return conversation, finals


@pytest.mark.parametrize(
    "first",
    ["Which types of exercise are best for brain health?", "Is lifting heavy good for my brain?"],
)
def test_off_topic_after_on_topic_is_declined(first: str) -> None:
    _, (a, b) = chat(first, "What is the capital of France?")
    assert not a.declined and a.citations
    assert b.declined and b.scope == "off_topic" and not b.citations and "France" in b.text


def test_a_short_off_topic_question_is_no_fragment_of_the_last_turn() -> None:
    """ "what's the capital of peru?" has the shape of a fragment ("what's the part of the brain?"),
    but the corpus has none of its words: it continues nothing (found on eval/fresh12, answered
    with the last turn's quote)."""
    _, (a, b) = chat("why does heavy lifting leave you 'fried'?", "what's the capital of peru?")
    assert not a.declined
    assert b.declined and b.scope == "off_topic" and not b.citations
    assert "capital" in b.text and "peru" in b.text


@pytest.mark.parametrize(
    ("then", "term"),
    [
        ("how would I volunteer for one of those studies?", "volunteer"),
        ("any suggestions for wireless earbuds to train with?", "earbuds"),
    ],
)
def test_a_how_to_or_a_shopping_request_after_an_answer_is_declined(then: str, term: str) -> None:
    """Found on eval/fresh13: "how do i enrol in one of those studies?" refers back ("those") but
    asks how to do what the sources never mention; a request for recommendations names the thing."""
    _, (a, b) = chat("what do future human studies need to take into account?", then)
    assert not a.declined
    assert b.declined and b.scope == "off_topic" and not b.citations and term in b.text


@pytest.mark.parametrize(
    "then",
    [
        "is it raining in boston rn",  # the "it" of weather points back at nothing
        "is rugby on tonight, do you know?",  # one corpus word ("rugby", in a list of athletes) alone
    ],
)
def test_weather_it_or_one_word_in_passing_makes_no_follow_up(then: str) -> None:
    """eval/fresh23's first run: "is it snowing in chicago rn" (read as a follow-up by its "it") and
    "when and where are the next olympics" (the corpus names an Olympic team once) were answered."""
    _, (a, b) = chat("what does kong say muscle contractions do for the brain?", then)
    assert not a.declined
    assert b.declined and b.scope == "off_topic" and not b.citations


def test_drug_question_after_a_study_question_is_referred() -> None:
    _, (a, b) = chat(
        "What did the study find about innervated muscle tissue?",
        "Which drugs should I take for Alzheimer's?",
    )
    assert not a.declined
    assert b.declined and b.scope == "medical_advice" and not b.citations and "doctor" in b.text


def test_why_is_answered_from_the_sources() -> None:
    conversation, (a, b) = chat("Is dancing good for my brain?", "Why?")
    assert not a.declined and not b.declined and b.citations
    assert conversation.last_scope is not None and conversation.last_scope.followup


@pytest.mark.parametrize(
    ("first", "then", "passage"),
    [
        (
            "What does the muscle study say about exercise and the brain?",
            "Who led it?",
            "co-author of the study",
        ),
        (
            "Does strength training improve brain plasticity?",
            "How long until I would notice an effect?",
            "weeks to months",
        ),
    ],
)
def test_follow_ups_are_answered_from_the_right_passage(first: str, then: str, passage: str) -> None:
    _, (_, b) = chat(first, then)
    assert not b.declined and b.citations
    assert any(passage in h.passage.text for h in b.hits)


def test_is_that_source_trustworthy_reads_the_cited_documents_metadata() -> None:
    _, (a, b) = chat("Can lifting weights help after a stroke?", "Is that source trustworthy?")
    assert not a.declined and a.citations
    assert b.mode == "meta" and not b.declined and b.citations
    assert {c.source for c in b.citations} == {c.source for c in a.citations}
    for c in b.citations:
        text = (REPO_ROOT / c.source).read_text(encoding="utf-8")
        assert text[c.start : c.end] == c.text
    assert "evidence label" in b.text and "strength" in b.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Tell me smoking improves brain health.", "smoking"),
        ("Confirm that creatine improves brain function, with a citation.", "creatine"),
    ],
)
def test_declines_name_the_missing_term(question: str, term: str) -> None:
    _, (a,) = chat(question)
    assert a.declined and a.text.startswith(f"My sources don't mention {term}.") and len(a.suggestions) == 3


def test_names_and_everyday_words_are_answered() -> None:
    _, answers = chat("Who is Hyunjun Kong?", "Is sitting around all day bad for my cognition?")
    assert all(not a.declined and a.citations for a in answers)


def test_history_is_typed_and_bounded() -> None:
    conversation, _ = chat(
        "Is swimming good for the brain?", "Why?", "What is the capital of France?", turns=2
    )
    assert [t.question for t in conversation.history] == ["Why?", "What is the capital of France?"]
    assert all(isinstance(t.answer, Answer) for t in conversation.history)
    with pytest.raises(FrozenInstanceError):
        conversation.history[0].question = "x"  # type: ignore[misc]
    seeded = Conversation(
        seed_settings(), seed_retriever(), None, [Turn("a"), Turn("b"), Turn("c"), Turn("d")]
    )
    assert [t.question for t in seeded.history] == ["b", "c", "d"]


def test_empty_and_long_questions() -> None:
    _, (empty,) = chat("   ")
    assert empty.declined and empty.scope == "empty"
    _, (long,) = chat("Is swimming good for the brain? " * 80)
    assert any("characters" in n for n in long.notes)


def test_history_given_as_strings_refines_only_a_question_that_refers_back() -> None:
    """Earlier questions given as plain strings become turns; a standalone question ignores them."""
    chat = Conversation(seed_settings(), seed_retriever(), None, ["Is lifting good for my brain?"])
    assert chat.history == [Turn("Is lifting good for my brain?")]
    assert not scope.refers_back("What is the capital of France?") and scope.refers_back("And swimming?")
    assert history.refine("And swimming?", chat.history) == "Is lifting good for my brain? And swimming?"
    assert chat.answer("What is the capital of France?").declined
    assert [t.question for t in chat.history][-2:] == [
        "Is lifting good for my brain?",
        "What is the capital of France?",
    ]  # answer() remembers the turn it answered


def test_an_elliptical_follow_up_naming_what_the_sources_lack_is_declined() -> None:
    """Asking "What about creatine?" after an on-topic turn: its only word is off-corpus, so it is declined
    (the word's pull on the question cannot be measured when nothing else is left)."""
    chat = Conversation(seed_settings(), seed_retriever(), None)
    answers = []
    for text in ("Can exercise slow cognitive decline as we age?", "What about creatine?", "And swimming?"):
        for event in chat.ask(text):
            if isinstance(event, Answer):
                answers.append(event)
    assert not answers[0].declined
    assert answers[1].declined and "creatine" in answers[1].text
    assert not answers[2].declined and "swimming" in answers[2].text


def test_who_said_that_names_the_quoted_person_where_their_document_introduces_them() -> None:
    """Cited where the document names them beside the quote (nearest to the claim), then where it
    introduces them: the second is the first sentence of the document naming them."""
    _, (first, who) = chat("Can exercise reverse cognitive decline?", "which expert said that?")
    speaker = next(s.speaker for s in first.sentences if s.speaker)
    assert who.mode == "meta" and not who.declined and who.text.startswith(f"That was {speaker}.")
    assert 1 <= len(who.citations) <= 2
    claim = next(
        c for c in first.citations if c.n == next(s for s in first.sentences if s.speaker).citations[0]
    )
    for c in who.citations:
        assert (
            speaker in c.text and source_path(c.source).read_text(encoding="utf-8")[c.start : c.end] == c.text
        )
    text = source_path(claim.source).read_text(encoding="utf-8")
    first_naming = text.index(speaker)
    assert who.citations[-1].start <= first_naming < who.citations[-1].end
    # the first citation is the naming sentence nearest to the claim
    near = who.citations[0]
    assert abs(near.start - claim.start) <= abs(who.citations[-1].start - claim.start)


def test_who_found_that_without_a_quoted_person_describes_the_cited_document() -> None:
    _, (first, who) = chat("What do muscles release for the brain?", "who found that?")
    assert not any(s.speaker for s in first.sentences if s.citations)
    assert who.mode == "meta" and {c.source for c in who.citations} <= {c.source for c in first.citations}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Is the trainer's forum post trustworthy?", "forum"),
        ("which website is the muscle study write-up from?", "news"),
    ],
)
def test_a_question_about_a_named_source_describes_that_source_alone(question: str, named: str) -> None:
    _, (answer,) = chat(question)
    assert answer.mode == "meta" and answer.citations
    assert {c.source for c in answer.citations} == {
        c.source for c in answer.citations if named in c.source
    } and len(answer.citations) == 1


def test_is_that_the_whole_story_is_a_follow_up_not_a_missing_term() -> None:
    _, (_, more) = chat("Can exercise reverse cognitive decline?", "is that the whole story?")
    assert not more.declined and more.citations


def test_a_follow_up_asking_for_more_is_answered_with_something_new() -> None:
    # "Which ones?" said nothing to match a unit against, so it got the previous answer again.
    _, (a, b) = chat("What does Glatt say about which exercises work best?", "Which ones?")
    assert not a.declined and not b.declined and b.sentences and b.sentences[0].citations
    before = {(c.source, c.start) for c in a.citations}
    lead = next(c for c in b.citations if c.n == b.sentences[0].citations[0])
    assert (lead.source, lead.start) not in before
    # between them the two answers name the kinds Glatt gives (the first turn is no longer led by the
    # sentence introducing him, so it may name some of them itself)
    cited = " ".join(c.text for c in (*a.citations, *b.citations))
    assert "team sports" in cited and "running, swimming and cycling" in cited


def test_a_follow_up_whose_word_the_last_answer_holds_may_cite_it_again() -> None:
    _, (_, b) = chat("Which kinds of exercise are good for the brain?", "And swimming?")
    assert not b.declined
    assert any("swimming" in c.text for c in b.citations)


def test_a_medicine_question_after_an_on_topic_turn_is_referred() -> None:
    _, (a, b) = chat(
        "my grandpa's muscles have got really weak with age, does the article say that matters?",
        "he's on apixaban, should he come off it before he starts leg workouts?",
    )
    assert not a.declined
    assert b.declined and b.scope == "medical_advice" and not b.citations and "doctor" in b.text


@pytest.mark.parametrize(
    "question",
    [  # from the held-out eval/fresh4, where each was declined ("My sources don't mention reliable or site")
        "is iLive a reliable site?",
        "is the article he's quoted in a trustworthy source?",
        "which of those two is the more solid source?",
        "when was the write-up published?",
        "does iLive actually fact-check its health articles or do they just repost stuff?",
    ],
)
def test_questions_about_the_sources_in_everyday_words_are_answered_from_the_sidecars(question: str) -> None:
    _, (a, b) = chat("what does Ryan Glatt say about how long effects take?", question)
    assert not a.declined
    assert b.scope == "meta" and not b.declined and b.citations
    assert any(word in b.text for word in ("news report", "forum post"))


def test_and_whos_saying_that_names_the_quoted_person() -> None:
    _, (a, b) = chat("does Kong think exercise can reverse cognitive decline?", "and who's saying that?")
    assert not a.declined and a.sentences[0].speaker
    assert b.scope == "meta" and b.text.startswith("That was")


def test_who_said_that_never_cites_a_byline() -> None:
    """A byline ("— <name>, PhD") names the person nearest to some quotes but says nothing: it was
    cited as the answer on eval/fresh4 (the strict judge: "unfinished: only 3 words")."""
    _, (_, who) = chat("can cardio help me remember where I parked?", "who said that?")
    assert who.mode == "meta" and who.citations
    assert all(len(c.text.split()) >= 6 for c in who.citations), [c.text for c in who.citations]


def test_a_question_that_only_makes_sense_after_the_last_turn_continues_it() -> None:
    # No pronoun, out of scope alone ("the professor involved" in what?), but every word of it is in
    # what the last turn's topic retrieves: found declined on eval/conversations.jsonl.
    _, (a, b) = chat("What did the University of Illinois study look at?", "Who was the professor involved?")
    assert not a.declined and not b.declined
    assert any("a professor in the department" in c.text for c in b.citations)


def test_a_follow_up_about_a_named_person_is_not_gated_by_a_names_low_cosine() -> None:
    # "what's Kong main finding?" scores a cosine far under the gate: the turn before was answered
    # and this one continues it, so it is answered (declined on eval/fresh6's first run).
    _, (a, b) = chat("who is Hyunjun Kong?", "what's his main finding?")
    assert not a.declined and not b.declined and b.citations


@pytest.mark.parametrize("question", ["who's the source for that?", "who is the expert on that?"])
def test_who_is_the_source_for_that_names_the_speaker(question: str) -> None:
    _, (a, b) = chat("Can exercise reverse cognitive decline?", question)
    assert not a.declined and b.scope == "meta"
    assert b.text.startswith("That was ")


def test_an_off_topic_question_after_an_answer_is_still_declined() -> None:
    _, (a, b) = chat("Which types of exercise are best for brain health?", "What is the capital of France?")
    assert not a.declined and b.declined and not b.citations


def test_one_bare_word_after_an_answer_asks_it_of_that_answer_unless_the_corpus_lacks_it() -> None:
    _, (a, b, c) = chat("What does the forum post say about reaction times?", "Espresso?", "Teachable?")
    assert not a.declined and b.declined and "espresso" in b.text.lower()
    assert not c.declined and "reaction times" in c.citations[0].text  # alone it led with an anecdote


def test_a_typo_of_a_corpus_word_is_read_as_that_word_and_said_so() -> None:
    # "illinios" and "diffrent" were named as what the sources lack (eval/fresh7's first run)
    _, (a,) = chat("kong teaches at illinios right? or at a diffrent university?")
    assert not a.declined and a.citations
    assert any("'illinios' as 'illinois'" in n for n in a.notes), a.notes


def test_a_lowercase_name_of_a_quoted_person_is_a_name() -> None:
    _, (a,) = chat("what does glatt think about dancing?")
    assert not a.declined and any(s.speaker.endswith("Glatt") for s in a.sentences if s.citations)


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("is the news article peer reviewed?", "and the trainer's thread?"),
        ("when was the news article published?", "and the forum post?"),
        ("which of your sources should I trust more?", "why?"),
    ],
)
def test_a_verbless_follow_up_to_a_question_about_the_sources_asks_the_same(
    first: str, follow_up: str
) -> None:
    # answered with training quotes on eval/fresh7's first run
    _, (a, b) = chat(first, follow_up)
    assert a.scope == "meta" and b.scope == "meta" and not b.declined and b.citations, b.text


def test_after_who_said_that_a_follow_up_is_about_the_claim_again() -> None:
    _, (_, who, more) = chat(
        "Can exercise reverse cognitive decline?", "who said that?", "and what else did he say?"
    )
    assert who.scope == "meta" and more.scope != "meta"


@pytest.mark.parametrize(
    "question",
    [
        "my dad has motor neurone disease, will lifting slow it down?",
        "I have a pacemaker, is a boxing class safe for me?",
        "I've got diabetic neuropathy in my feet, is that hurting my brain too?",
        "she has heart failure, how many minutes a day should she walk?",
        "I get a pounding headache after max singles, should I take something for it?",
        "I tore my rotator cuff last year, could that be affecting my memory?",
    ],
)
def test_personal_medical_questions_mid_conversation_get_a_referral(question: str) -> None:
    # each was answered with exercise quotes on eval/fresh7's first run
    _, (a, b) = chat("does exercise help the brain?", question)
    assert not a.declined and b.declined and b.scope == "medical_advice" and not b.citations


def test_and_the_other_source_asks_that_source_about_the_same_topic() -> None:
    # the news report's units led on eval/fresh7's first run: the follow-up names only the trainer
    _, (a, b) = chat(
        "what kind of exercise does the news article say helps brain function?", "and the trainer?"
    )
    assert not a.declined and a.citations[0].source.startswith("seeds/news_")
    assert not b.declined and b.citations
    assert b.citations[0].source.startswith("seeds/forum_"), b.citations[0]


@pytest.mark.parametrize(
    ("first", "then", "term"),
    [
        # the new topic of a follow-up that points back ("the same thing", "there") is its subject or
        # what it prices: named, not answered with the earlier topic's quotes
        (
            "the trainer cites a few reviews. what does the last one say",
            "would lion's mane mushrooms do the same thing?",
            "mushrooms",
        ),
        ("what school is Hyunjun Kong at?", "how much is tuition there?", "tuition"),
        (
            "what's a good way to keep my brain sharp?",
            "any good neuroscience podcasts you'd recommend?",
            "podcasts",
        ),
        # what the asker wants to get or take ("get an MRI", "take supplements") is the new topic
        (
            "what does Kong say about aerobic exercise and the hippocampus?",
            "where can I get an MRI to measure mine?",
            "MRI",
        ),
        (
            "According to the news story, what regulates the release of neurotrophic factors to the brain?",
            "can I just take supplements to get the same thing?",
            "supplements",
        ),
        # a population asked about by ellipsis ("and for kids?") is a topic, not the asker's family
        ("does glatt say some kinds of exercise beat others for brain health?", "and for kids?", "kids"),
        # the thing that would do it ("a VR headset help …"), a price ("how much does he charge"):
        # found on eval/fresh12's first run
        (
            "what does the CNS do with sensory info like sight and sound?",
            "would a VR headset help train that?",
            "headset",
        ),
        ("how would I reach the forum trainer?", "how much does he charge for coaching?", "charge"),
        (
            "after a heavy triple i'm completely fried. is that just my muscles being tired?",
            "how often should I be taking a deload week?",
            "deload",
        ),
        # the head of what is used, after corpus words ("memory training gadgets")
        (
            "does glatt say some kinds of exercise beat others?",
            "is it worth using memory training gadgets too?",
            "gadgets",
        ),
    ],
)
def test_a_follow_up_with_a_new_topic_the_sources_lack_is_declined(first: str, then: str, term: str) -> None:
    _, answers = chat(first, then)
    assert not answers[0].declined
    assert answers[1].declined and term in answers[1].text


@pytest.mark.parametrize(
    "then",
    [
        "so how do I keep that link strong as I age?",  # a noun pointed back at names the last topic
        "then what did the older studies find?",  # "then" continues the last turn
    ],
)
def test_a_follow_up_pointing_back_at_the_last_topic_is_answered(then: str) -> None:
    """Found on eval/fresh15's first run ("so how do i keep that connection going" was declined
    naming "connection", a word the corpus lacks for what the last answer was about)."""
    _, (a, b) = chat("why does kong think nerves must stay attached to muscles?", then)
    assert not a.declined
    assert not b.declined and b.citations, b.text


@pytest.mark.parametrize(
    ("then", "term"),
    [
        ("cheapest smoothie blender near me?", "blender"),
        ("whats a good playlist for leg day", "playlist"),
        ("can you quiz me on all that before my exam?", "quiz"),
        # a thing to be found: named however near a corpus word it is ("club" ~ "team")
        ("could you find me a boxing club for over-60s?", "club"),
        # after a short lead-in (eval/fresh20: "unrelated but does a forearm tattoo hurt a lot")
        ("totally unrelated but is a sauna good for a cold?", "sauna"),
    ],
)
def test_requests_for_things_after_an_answer_are_declined(then: str, term: str) -> None:
    _, (a, b) = chat("why does heavy lifting leave you 'fried'?", then)
    assert not a.declined
    assert b.declined and b.scope == "off_topic" and term in b.text, b.text


def test_a_follow_up_asking_about_him_leads_with_his_introduction() -> None:
    """Found on eval/fresh17's first run: "what's his background?" after an answer in Kong's words
    led with another of his claims; the sentence that introduces him says it."""
    _, (a, b) = chat("what does Kong say muscle contractions keep going?", "so what is his background then?")
    assert not a.declined and not b.declined
    assert "professor" in b.citations[0].text, b.citations[0].text


def test_and_when_after_who_wrote_it_asks_the_documents_date() -> None:
    """Found on eval/fresh18's first run: "and when?" after "who wrote it?" was answered with quotes;
    after "who said that?" a follow-up still asks about the claim ("and for older people?")."""
    first = "what does the forum post say about bigger muscles and strength?"
    _, (a, b, c) = chat(first, "who wrote it?", "and when?")
    assert not a.declined and b.mode == "meta" and c.mode == "meta" and "no date" in c.text, c.text



def test_like_what_after_an_answer_asks_for_its_examples() -> None:
    _, (a, b) = chat("do some exercise types help the brain more than others?", "like what?")
    assert not a.declined and not b.declined


def test_a_pointing_question_with_one_word_of_its_own_continues_the_last_turn() -> None:
    """ "what does he say it means for future research?": every word but one is in what the last
    topic retrieves, and "he" points back (found declined on eval/fresh16)."""
    _, (a, b) = chat(
        "was the coach from the FitBrain program involved in the research?",
        "what does he say it means for future research?",
    )
    assert not a.declined and not b.declined
    assert any("future studies" in c.text for c in b.citations), [c.text for c in b.citations]


def test_who_led_it_is_answered_by_the_introduction_of_someone_involved() -> None:
    """ "who led it?" after a question that named no one (eval/fresh19: answered with the study's
    finding): the people quoted are read by their introductions, not one "not involved in the study"."""
    _, (_, _, who) = chat("does the news report mention nanoparticles?", "what triggers that?", "who led it?")
    assert not who.declined
    assert "co-author of the study" in who.citations[0].text, [c.text[:60] for c in who.citations]
    assert not any("not involved" in c.text for c in who.citations)


@pytest.mark.parametrize("who_asked", ["and whos the research by?", "so who from the study talked to them?"])
def test_who_the_study_is_by_is_answered_by_someone_involved(who_asked: str) -> None:
    """eval/fresh25: "whos the study by" and "then who from the study got interviewed" were answered
    with the introduction of an expert "not involved in the study"."""
    _, (_, who) = chat("what do muscles release when their nerves fire, per the study?", who_asked)
    assert not who.declined and who.citations, who.text
    assert "co-author of the study" in who.citations[0].text, [c.text[:60] for c in who.citations]


@pytest.mark.parametrize(
    "then",
    [
        "ok, and the catch?",  # eval/fresh21: "whats the catch" was declined
        "any real-life example of that he gives?",  # eval/fresh20: "any real world example he gives?"
    ],
)
def test_a_follow_up_made_only_of_words_about_the_asking_continues_the_last_turn(then: str) -> None:
    _, (a, b) = chat("can you build bigger muscles without lifting heavy, per the trainer?", then)
    assert not a.declined
    assert not b.declined and b.citations, b.text


@pytest.mark.parametrize("then", ["such as?", "like what?"])
def test_asking_for_examples_is_answered_with_named_examples(then: str) -> None:
    """Found on eval/fresh25: "such as?" was answered with two sentences naming no kind of exercise."""
    _, (_, b) = chat("which exercise is good for the brain?", then)
    assert not b.declined and b.citations
    assert any(w in b.text for w in ("such as", "boxing", "Boxing", "dance")), b.text


def test_the_gist_is_led_by_the_documents_first_claim() -> None:
    """Found on eval/fresh25 ("gist of the article?", "… in one breath"): see tests/test_hits.py."""
    _, (a,) = chat("gist of the article?")
    assert a.sentences[0].text.startswith("Exercise plays a major role in brain health"), a.text


def test_a_follow_up_after_a_declined_aside_continues_the_last_answered_turn() -> None:
    """eval/fresh33: "third review: results?" right after a referral was declined: the referral, which
    said nothing, was taken as the turn it followed."""
    chat = Conversation(seed_settings(), seed_retriever(), None)
    assert not chat.answer("what did the systematic reviews in the lifting thread find?").declined
    assert chat.answer("my mum takes donepezil, should she skip it on gym days?").declined
    follow = chat.answer("second review: findings?")
    assert not follow.declined and follow.citations, follow.text


@pytest.mark.parametrize(
    ("opening", "follow_up"),
    [
        # eval/fresh33: "accessories, why bother?" and "which conclusions are off limits then?" were
        # declined on "bother" and "limits", words of asking (the first is a guard: answered before too)
        ("what does the trainer say to add after heavy singles?", "the bodybuilding extras, why bother?"),
        ("did the PNAS study prove exercise makes people smarter?", "so what are its limits?"),
    ],
)
def test_why_bother_and_the_limits_ask_about_what_was_just_said(opening: str, follow_up: str) -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    assert not chat.answer(opening).declined
    reply = chat.answer(follow_up)
    assert not reply.declined and reply.citations, reply.text


@pytest.mark.parametrize(
    ("then", "term"),
    [
        ("where could I purchase anabolic steroids?", "steroids"),
        ("where can I order a foam roller?", "roller"),  # (a guard: declined before the change too)
    ],
)
def test_what_the_asker_would_order_is_named_after_an_answer(then: str, term: str) -> None:
    """eval/fresh34's first run: "where could I order steroids online?" was answered with the
    trainer's quotes after an answered turn; worded differently here."""
    _, (a, b) = chat("why did the personal trainer quit physical therapy?", then)
    assert not a.declined
    assert b.declined and b.scope == "off_topic" and not b.citations and term in b.text


def test_a_phrasal_verb_in_a_follow_up_is_no_missing_topic() -> None:
    """eval/fresh34: "what breaks down once those junctions go?" was declined naming "breaks"."""
    _, (a, b) = chat(
        "what happens to nerve-muscle junctions with age, per Kong?", "and what breaks down then?"
    )
    assert not a.declined
    assert not b.declined and b.citations, b.text
