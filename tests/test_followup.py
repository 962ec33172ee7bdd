"""Follow-ups that point into the previous answer's document, through the real ``Conversation``
(seeds, embedder, FAISS; extractive answers, so the test is about which units are chosen)."""

from __future__ import annotations

import pytest

from bot import followup
from bot.chat import Conversation
from bot.source_questions import continues_source_question
from bot.types import Answer, AnswerSentence, Citation, Turn
from tests.support import seed_retriever, seed_settings


def chat(*questions: str) -> list[Answer]:
    conversation = Conversation(seed_settings(), seed_retriever(), generator=None)
    return [conversation.answer(q) for q in questions]


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("then what?", True),
        ("and then what?", True),
        ("ok, what happens next?", True),
        ("and after that?", True),
        # a question with its own verb and topic: "then" means "in that case", not "next"
        # (eval/fresh15: "then what did earlier research show?" had been answered with the next claim)
        ("then what did the study find?", False),
        ("what else?", False),
        ("what happens to the brain?", False),
    ],
)
def test_what_comes_next_is_recognised(question: str, asks: bool) -> None:
    assert followup.asks_what_next(question) is asks


def test_then_what_answers_with_the_claim_after_the_cited_span() -> None:
    first, then = chat("where does stuff I see and hear go first, according to the trainer?", "then what?")
    assert not first.declined and not then.declined
    last = first.citations[0].end
    lead = then.citations[0]
    assert lead.source == first.citations[0].source and lead.start >= last
    # the very next claim of the document: nothing usable lies between
    assert lead.start - last < 10, (last, lead.start, then.text)


def test_he_after_an_answer_in_a_documents_own_voice_is_its_author() -> None:
    """ "so what does he suggest?" after the trainer's words: not a quoted scientist who "suggests"."""
    first, _, suggest = chat(
        "i only have 5kg dumbbells at home, can i still grow?",
        "will I get stronger too?",
        "so what does he suggest?",
    )
    source = first.citations[0].source
    assert not suggest.declined and suggest.citations
    assert all(c.source == source for c in suggest.citations), suggest.text


def test_he_after_an_answer_led_in_a_documents_own_voice_is_that_documents_author() -> None:
    """eval/fresh33: "does he say how?" after an answer led by the trainer's own words, with a quoted
    scientist from another document second, pointed nowhere (two documents cited)."""
    retriever = seed_retriever()
    led, other = sorted(retriever.index.sources, key=lambda p: retriever.index.sources[p].strength)
    cited = (
        Citation(1, "p1", led, "t", "e", 0, 40, "a"),
        Citation(2, "p2", other, "t", "e", 0, 40, "b"),
    )
    said = (AnswerSentence("a", (1,)), AnswerSentence("Lee says b", (2,), "Lee", "supported"))
    previous = Answer("q?", "a [1] Lee says b [2]", cited, (), False, "extractive", sentences=said)
    pointer = followup.pointed("does he say how?", previous, [], retriever)
    assert pointer.prefer == ((led, 0, 1 << 62),), pointer.why
    # an answer describing both documents from their sidecars leads with no one's words
    both = (AnswerSentence("a", (1,)), AnswerSentence("b", (2,)))
    described = Answer("q?", "a [1] b [2]", cited, (), False, "meta", sentences=both)
    assert followup.pointed("does he say how?", described, [], retriever).prefer == ()


def test_a_new_topic_is_not_pointed_anywhere() -> None:
    answers = chat(
        "does resistance training help white matter in the brain?", "what did Kong say about aging?"
    )
    assert all("points into" not in line for line in answers[1].trace)


def test_does_someone_agree_is_answered_with_their_view_on_the_earlier_topic() -> None:
    """ "does Glatt agree?" after the trainer's Alzheimer's claim: Glatt's sentence on Alzheimer's, not
    the sentence that only introduces him (eval/fresh6's c6-trainer-alz-glatt-meds)."""
    _, agree = chat("does the forum trainer tie exercise to Alzheimer's anywhere?", "does Glatt agree?")
    assert not agree.declined
    assert any("Alzheimer" in s.text and s.speaker == "Glatt" for s in agree.sentences), agree.text


def test_the_neighbourhood_is_the_lead_claim_and_the_claims_beside_it() -> None:
    """``pointed`` marks the claim the last answer led with and its neighbours, and puts their
    passages among the hits so they can be chosen even when the follow-up alone retrieves none."""
    retriever = seed_retriever()
    (first,) = chat("I've got a desk job and just joined a gym, how long till it helps my focus?")
    lead = first.citations[0]
    hits = retriever.search("what makes it quicker or slower?", 2)
    pointer = followup.pointed("what makes it quicker or slower?", first, hits, retriever)
    assert (lead.source, lead.start, lead.end) in pointer.near or any(
        s == lead.source and a <= lead.start < b for s, a, b in pointer.near
    )
    assert 2 <= len(pointer.near) <= 3
    held = {(h.passage.source, h.passage.start, h.passage.end) for h in pointer.hits}
    for source, start, end in pointer.near:
        assert any(s == source and a <= start and end <= b for s, a, b in held), (start, end)
    # the retrieved hits keep their places; added passages come after them
    assert [h.passage.id for h in pointer.hits[: len(hits)]] == [h.passage.id for h in hits]


def test_a_follow_up_is_answered_from_beside_the_last_lead() -> None:
    """ "what makes it quicker or slower?" after the weeks-to-months answer: the sentence before it
    says what the time depends on."""
    first, why = chat(
        "I've got a desk job and just joined a gym, how long till it helps my focus?",
        "what makes it quicker or slower?",
    )
    assert "weeks to months" in first.text
    assert not why.declined
    assert "depending on the type, intensity, and frequency" in why.text, why.text


@pytest.mark.parametrize("check", ["not the muscles, then?", "so it's not the muscles being tired?"])
def test_a_check_of_what_was_just_said_is_answered_by_the_sentence_that_said_it(check: str) -> None:
    """Found on eval/fresh24 and fresh25: "not the muscles?" after the trainer's "due to the strain on
    your CNS and not so much about muscle strain" was answered from the other document."""
    _, why, checked = chat("lifting thread: how do you feel after a very heavy single?", "why?", check)
    assert "not so much about muscle strain" in why.text, why.text
    assert checked.citations and checked.citations[0].start == why.citations[0].start, checked.text


def test_a_follow_up_about_someone_else_after_a_meta_answer_is_no_source_question() -> None:
    """eval/fresh29: "and why'd he quit?" right after a question about the author was read as the same
    question about the sources ("why'd" is a verb)."""
    meta = Answer("who wrote it?", "…", (), (), False, "meta", scope="meta")
    assert not continues_source_question("and why'd he stop?", Turn("what's his background?", meta))
    assert continues_source_question("and the date?", Turn("what's his background?", meta))


def test_a_follow_up_naming_an_acronyms_long_form_gets_the_sentence_using_the_acronym() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("How does the trainer divide up the nervous system?")
    answer = chat.answer("and the peripheral part?")
    first = next(s for s in answer.sentences if s.citations)
    assert "the PNS is divided into the somatic and autonomic" in first.text


def test_a_part_of_the_topic_after_a_meta_answer_is_no_source_question() -> None:
    """eval/fresh31's re-run: "and the alzheimer's part?" right after a question about the sources was
    read as the same question about them."""
    meta = Answer("is it peer reviewed?", "…", (), (), False, "meta", scope="meta")
    assert not continues_source_question("and the parkinson's bit?", Turn("is it peer reviewed?", meta))
    assert continues_source_question("and the other one?", Turn("is it peer reviewed?", meta))


@pytest.mark.parametrize("question", ["result?", "and the findings?", "so what did they find?", "outcome"])
def test_a_result_asked_alone_is_recognised(question: str) -> None:
    assert followup._RESULT.match(question), question


def test_a_result_asked_after_an_answer_leads_with_the_finding_nearest_its_lead() -> None:
    """eval/fresh43: "result?" after the study's set-up (and "and the result?" after its co-author) led
    with a quoted person's sentence on earlier studies, the one holding the word "results"; a finding
    beside what the last answer cited leads instead."""
    setup, outcome = chat("what chemical did the researchers stimulate the muscle with?", "findings?")
    assert not outcome.declined, outcome.text
    lead, asked = setup.citations[0], outcome.citations[0]
    assert asked.source == lead.source and followup._FINDING.search(asked.text), outcome.text
    # a finding not shown yet, when one stands beside what was (here the report's opening line)
    assert (asked.start, asked.end) not in {(c.start, c.end) for c in setup.citations}, outcome.text
    assert outcome.sentences[0].speaker == "", outcome.text  # the document's report, not a quote


def test_findings_asked_after_a_persons_introduction_lead_with_a_finding_not_the_introduction() -> None:
    """eval/fresh43's re-run: "and the result?" after the co-author's introduction still led with his
    quote on earlier studies ("the results show …"): only the passage of the nearest finding is read."""
    intro, findings = chat("who is Hyunjun Kong?", "and the findings?")
    assert intro.citations and not findings.declined, findings.text
    lead = findings.citations[0]
    assert lead.source == intro.citations[0].source and lead.start != intro.citations[0].start, findings.text
    assert findings.sentences[0].speaker == "" and "shows" in lead.text, findings.text
