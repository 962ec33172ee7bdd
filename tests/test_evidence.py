"""Evidence selection, attribute first: the units that answer the question as asked (real index)."""

from __future__ import annotations

import pytest

from bot.evidence import select
from bot.shapes import answer_shape
from bot.sources import source_path
from tests.support import seed_retriever, seed_settings


def _select(question: str):
    r = seed_retriever()
    return select(question, r.search(question), r.embedder, seed_settings().answer, r.index.bm25.idf)


def test_units_are_exact_claims_and_at_most_three() -> None:
    chosen = _select("Which types of exercise are best for brain health?")
    assert 1 <= len(chosen) <= 3
    for e in chosen:
        assert source_path(e.unit.source).read_text(encoding="utf-8")[e.start : e.end] == e.text
        assert e.unit.kind == "claim"
    assert "Aerobic exercise such as running" in chosen[0].text


def test_answer_shape_matches_what_the_question_asks_for() -> None:
    assert answer_shape("How long until I notice anything?", "Studies show effects over weeks to months.")
    assert answer_shape("Which types of exercise help?", "Aerobic exercise such as running helps.")
    assert answer_shape("Why do I feel tired?", "You feel tired because the nervous system is taxed.")
    assert not answer_shape("How long until I notice anything?", "Aerobic exercise such as running helps.")
    assert not answer_shape("Does exercise help the brain?", "Studies show effects over weeks to months.")
    # a reason is a consequence or a purpose, not any "by" ("owned by www-data" gives no reason)
    why = "Why shouldn't web files be owned by www-data?"
    assert answer_shape(why, "Web files should not be owned by it, or a hacked server would rewrite them.")
    assert answer_shape(why, "The group is setgid in order to limit access.")
    assert not answer_shape(why, "Data written out by web servers will be owned by www-data.")
    assert answer_shape("How does it help?", "It helps by triggering the release of growth factors.")
    # "types" as the topic is not "which types of": no examples shape
    assert not answer_shape("What are all text/* types subclasses of?", "There is, for example, no class.")


def test_how_long_leads_with_the_time_span() -> None:
    chosen = _select("How long does it take before exercise improves cognitive function?")
    assert "weeks to months" in chosen[0].text


def test_furniture_is_never_evidence() -> None:
    for question in [
        "Who reviewed this content and when?",
        "How do I report an inaccurate article?",
        "How can I contact the trainer?",
    ]:
        for e in _select(question):
            text = e.text.lower()
            assert "ctrl + enter" not in text and "last reviewed" not in text and "telegram" not in text


def test_stronger_source_leads_when_both_speak() -> None:
    chosen = _select("Does exercise improve brain plasticity and cognitive function?")
    strengths = [e.hit.source.strength for e in chosen]
    assert strengths[0] == max(strengths) or chosen[0].score > chosen[1].score + 0.05


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the question names the trainer: the stronger news report does not take the lead
        (
            "Apart from neurotrophic factors, what else went up in the review the trainer mentions?",
            "neurotrophic factors, cell growth",
        ),
        # "who said <claim>" asks for the claim's sentence, not for any sentence naming a person
        ("who said hard work beats talent?", "Hard work beats talent"),
    ],
)
def test_a_question_naming_a_source_or_asking_who_said_gets_that_sentence(question: str, lead: str) -> None:
    r = seed_retriever()
    chosen = select(question, r.search(question), r.embedder, seed_settings().answer, r.index.bm25.idf)
    assert lead in chosen[0].unit.text


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("how long is a reflex?", "It is the time (the milliseconds) it takes for a signal to arrive."),
        ("Will a couple of days of walking already help?", "Studies show effects over a period of weeks."),
        ("Why do old muscles help less?", "Junctions are lost, which consequently reduces secretion."),
        # found on eval/fresh20's first run, worded differently here:
        ("has the study really proven that lifting helps?", "Our trial did not prove a direct effect."),
        ("which sports does he name by name?", "Sports such as rugby and judo help."),
        ("what university is she at?", "said Jane Doe, professor at the University of Oslo."),
    ],
)
def test_more_answer_shapes(question: str, sentence: str) -> None:
    assert answer_shape(question, sentence) == 1.0


def test_a_run_of_the_questions_words_in_order_counts() -> None:
    from bot.shapes import shared_run
    from bot.text import tokenize

    question = tokenize("What did she say older adults can still have?")
    assert shared_run(question, tokenize("As a result, older adults can still have working muscles.")) > 0
    assert shared_run(question, tokenize("Adults who are older still have a say.")) == 0  # same words, no run
    assert shared_run(question, question) == 1.0


def test_a_question_about_a_persons_post_asks_for_it() -> None:
    intro = "said Jane Doe, PhD, a professor in the department of physiology at the University of Oslo."
    for question in ("where does Doe work?", "what field is she in?", "Is Doe a brain doctor?"):
        assert answer_shape(question, intro), question
    assert not answer_shape("what field is she in?", "The researchers looked at the nervous system.")


@pytest.mark.parametrize(
    "question",
    [
        "what kinds of activity does Glatt think add extra benefits?",
        "what does Kong hope muscles can do?",
    ],
)
def test_what_a_person_says_is_not_led_by_where_they_are_introduced(question: str) -> None:
    """Asking what someone says is answered by their claims, not by the long sentence that introduces
    them ("Lee, PhD, director of …, said …"), whose rare words used to carry it."""
    lead = _select(question)[0]
    assert "NBC-HWC" not in lead.text and "chemical and biomolecular engineering" not in lead.text, lead.text


def test_a_question_about_the_person_is_led_by_their_introduction() -> None:
    lead = _select("Where is Ryan Glatt based, and what is his job?")[0]
    assert "Santa Monica" in lead.text


@pytest.mark.parametrize(
    "question", ["what is fitbrain, is it an app?", "where's the neuroscience institute he's at"]
)
def test_a_name_only_the_introduction_gives_is_answered_by_it(question: str) -> None:
    """Found on eval/fresh25: "FitBrain - program, app, gym? what is it exactly" was led by an
    unrelated claim, because the introduction was read by its claim alone and the programme's
    name is in its role."""
    assert "FitBrain program" in _select(question)[0].text


def test_one_everyday_word_of_a_role_does_not_make_a_question_about_the_person() -> None:
    assert not _select("what does neuroscience say about lifting heavy?")[0].text.startswith("Ryan Glatt")


def test_an_introduction_competes_by_what_it_claims() -> None:
    """ "Lee, PhD, director of …, said it will take time to …": asked what Lee thinks, the sentence is
    read by its claim alone, so it leads where that claim answers and not for its role's rare words."""
    lead = _select("does Glatt think we already understand everything exercise does to the brain?")[0]
    assert "will take time to fully understand" in lead.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # what people call a document: "the thread" is a forum post, "the story" a news report
        ("does the thread say anything about older people?", "forum post"),
        ("is neuroplasticity mentioned in the thread?", "forum post"),
    ],
)
def test_a_document_called_by_a_common_name_for_its_kind_leads(question: str, kind: str) -> None:
    """Found on eval/fresh18: "the gym thread" was not read as naming the forum post, and the
    news report (which also mentions older adults) answered."""
    r = seed_retriever()
    chosen = select(question, r.search(question), r.embedder, seed_settings().answer, r.index.bm25.idf)
    assert chosen[0].hit.source.kind == kind, [(e.hit.source.kind, e.text[:60]) for e in chosen]


def test_an_introduction_is_read_by_its_claim_when_nobody_is_named() -> None:
    """ "<Name>, <credentials>, a senior … coach and director of …, who was not involved in the study,
    said it will take time …" led answers about the topic by its role's words (eval/fresh18: a
    question about cardio and brain size); and "part of the brain" is not "part of the team"."""
    chosen = _select("does cardio make a part of the brain bigger?")
    assert not chosen[0].text.startswith("Ryan Glatt"), [e.text[:60] for e in chosen]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # whether a study showed something: what it says it did not prove leads (eval/fresh20's
        # first run led "kong's paper - did it actually show …? y/n" with a finding it reports)
        ("kong's team - did their study actually show that exercise makes you smarter?", "did not prove"),
        ("so has the muscle study shown that working out makes you sharper?", "did not prove"),
        # examples asked for by name: the sentence that names them
        ("aerobic options glatt calls out by name?", "running, swimming and cycling"),
        # a person's university: their introduction
        ("what uni does the kong guy work at", "University of Illinois"),
        # what someone is, told to be checked (eval/fresh20: "kong is an engineer not a neuroscientist right")
        ("hyunjun kong is a biologist, not a chemist, right?", "chemical and biomolecular engineering"),
    ],
)
def test_a_shaped_question_leads_with_the_unit_of_that_shape(question: str, lead: str) -> None:
    chosen = _select(question)
    assert lead in chosen[0].unit.text, chosen[0].unit.text


def test_a_pick_among_what_was_just_said_is_answered_by_the_sentence_that_said_it() -> None:
    """ "which did better?" after the two tissue models were named was answered with the glutamate
    sentence (eval/fresh21's first run): the sentence already shown is the one that says which. (This
    wording was answered right before the change too; it pins the behaviour.)"""
    from bot.chat import Conversation

    conversation = Conversation(seed_settings(), seed_retriever(), None)
    first = conversation.answer("which two tissue models did the researchers compare?")
    assert "innervated" in first.citations[0].text
    pick = conversation.answer("which one won?")
    assert "sent more signals" in pick.citations[0].text, pick.text


def test_a_person_named_within_a_named_source_narrows_it_to_their_words() -> None:
    """Found on eval/fresh26: "the coach in the article, what he is saying about aerobic sport?" named
    the report and its coach; the report's other speaker led."""
    lead = _select("the coach in the news article - what's he saying about aerobic sport?")[0]
    assert lead.unit.speaker == "Glatt", lead.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # eval/fresh29: "who's quoted saying …" led with a sentence in the report's own voice, which
        # names no one
        ("who's quoted saying older adults keep muscles with a working nerve supply?", "older adults"),
        ("which scientist is quoted on muscles of older adults still having working nerves?", "older adults"),
    ],
)
def test_a_quoted_person_asked_for_leads_with_a_quoted_sentence(question: str, lead: str) -> None:
    chosen = _select(question)
    assert lead in chosen[0].unit.text and chosen[0].unit.speaker, chosen[0].unit.text


def test_a_sentence_that_uses_an_acronym_answers_a_question_naming_its_long_form() -> None:
    # The trainer's post defines "Central Nervous System (CNS)" once and then says only "the CNS":
    # a question naming the central nervous system is about the sentence that says what the CNS holds.
    chosen = _select("In the forum explanation, which organs belong to the central nervous system?")
    assert chosen[0].text.startswith("The CNS is comprised of the brain and the spinal cord")


def test_a_word_of_the_same_family_as_a_units_word_counts_as_matched() -> None:
    # found on eval/fresh38's re-run: "and the stimulus they used on it was?" repeated the sentence just
    # shown instead of "The study stimulated muscles with glutamate …" ("stimulus" is stemmed apart
    # from "stimulated"); asked alone and worded differently here
    chosen = _select("what stimulus was applied to the muscle samples in the lab work?")
    assert "glutamate" in chosen[0].text, chosen[0].text


def test_what_a_follow_up_sets_aside_with_besides_does_not_lead_again() -> None:
    """eval/fresh44: "what else is good besides boxing" after an answer about boxing for Parkinson's
    was answered with the boxing sentence again."""
    from bot.chat import Conversation

    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("is boxing used with parkinson's patients?")
    answer = chat.answer("and apart from boxing, what's good?")
    first = next(s for s in answer.sentences if s.citations)
    assert not answer.declined and "boxing" not in first.text.lower(), answer.text


def test_the_show_up_of_a_feeling_asks_for_no_caveat() -> None:
    """"did the changes show up …" asks where or when, not what a study did not show (the caveat
    leads now, so a phrasal "show up" must not ask for it)."""
    from bot.shapes import CAVEAT

    caveat_asked, _ = CAVEAT
    assert caveat_asked.search("did the study show that lifting helps?")
    assert not caveat_asked.search("did the gains show up in the brain scans?")
