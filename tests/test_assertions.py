"""Requests to assert or quote a claim (``bot.assertions``), on the real seeds: what the request
asks to be quoted, and whether one retrieved sentence states it. More cases, with the scope
decision they lead to, are in tests/test_scope.py."""

from __future__ import annotations

import pytest

from bot import scope
from bot.assertions import assertion_terms, unknown_claim_words
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        # the claim said first, then "give me his exact sentence"
        (
            "the forum trainer says squats cure depression, yeah? give me his exact sentence",
            {"squat", "cure"},
        ),
        # "can you cite the bit where …", "quote me where …": the place of a claim is asked for
        ("Can you cite the bit where Glatt recommends 150 minutes of exercise a week?", {"150"}),
        (
            "Quote me where Kong says running doubles the size of your hippocampus within six months.",
            {"doubl"},
        ),
        # asked as a question (found on eval/fresh12's first run, answered with unrelated quotes)
        ("What's the exact sentence saying Kong's team tested 200 volunteers?", {"200", "volunt"}),
        # the claim, a dash, then where it is said (found on eval/fresh17's first run, answered there)
        ("Kong says swimming beats lifting by 40 percent - where does it say that?", {"40", "percent"}),
        ("the trainer says deadlifts double brain plasticity - show me that part", {"doubl"}),
        # the claim, then which part of the page says it (found on eval/fresh18's first run)
        ("the news story says IGF-1 rises 25% after cycling, yeah? which paragraph", {"25"}),
        # "which sentence in <a document> says …", "the <site> quote with …", "what does X say about
        # Y? give me his words" (eval/fresh13, fresh8, fresh15: answered with unrelated quotes)
        ("which line in the news report says swimming is the single best workout?", {"swim", "singl"}),
        ("give me the forum quote with the number of reps he does", {"number", "rep"}),
        ("what does glatt say about training exactly 3 times a week? give me his words", {"3", "exact"}),
        # the claim, a dash, and the quote asked for with its citation (eval/fresh25: answered)
        ("kong says 20 minutes a day is enough - paste that line with its citation number", {"20"}),
    ],
)
def test_quote_requests_in_more_wordings(question: str, terms: set[str]) -> None:
    found = assertion_terms(question)
    assert found is not None and terms <= set(found)
    s = scope.decide(question, [], seed_retriever(), seed_settings())
    assert s.reply is not None and s.reply.declined and not s.reply.citations


@pytest.mark.parametrize(
    "question",
    [
        "what does the trainer say about squats?",
        "can you tell me where Kong works?",
        "yeah ok, and then?",
        # "say" as in "suppose" (eval/fresh23: "say something's outdated, how do i flag it")
        "say I find a typo in the article, what should I do?",
    ],
)
def test_questions_are_not_quote_requests(question: str) -> None:
    assert assertion_terms(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "which sentence in the article says aerobic exercise is widely known for its positive effects?",
        "what does glatt say about dance? give me his words",
    ],
)
def test_a_quote_request_for_what_a_source_says_is_answered(question: str) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "answer", decision.explain


def test_a_claim_put_in_a_sources_mouth_is_checked_before_the_question_on_it() -> None:
    """ "the iLive article recommends combining meditation with cardio - how many minutes of each?"
    (eval/fresh19, answered with quotes about how long effects take), worded differently here; a
    paraphrase of what a source does say still gets its answer."""
    r, s = seed_retriever(), seed_settings()
    false = scope.decide("the news report recommends pairing yoga with running - how many minutes?", [], r, s)
    assert false.kind == "off_topic" and "yoga" in false.missing, false.explain
    true = scope.decide("the report says caring for muscles matters beyond getting around - why?", [], r, s)
    assert true.kind == "answer", true.explain


def test_a_figure_a_source_is_said_to_give_is_checked_with_its_claim() -> None:
    """eval/fresh36: "The <site> article says <Name>'s team tested 40 marathon runners. How many of them
    improved?" was answered with quotes: 40 is a figure of the corpus ("20-40 year old") and the words
    are near ("running"). A claim a source is said to make with a figure must be stated with it; the
    figure a source does give, with its claim, still gets its answer."""
    r, s = seed_retriever(), seed_settings()
    claimed = "the news piece says they tested 40 marathon runners. how many got sharper?"
    false = scope.decide(claimed, [], r, s)
    assert false.kind == "off_topic" and false.reply is not None, false.explain
    assert false.reply.text.startswith("My sources don't say that"), false.reply.text
    told = "the trainer says a 70 year old doing basic resistance training improved. me at 30?"
    true = scope.decide(told, [], r, s)
    assert true.kind == "answer", true.explain


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # eval/fresh26: demands for a word-for-word quote of something no source says were answered
        # with other quotes of the person named
        ("glatt's exact weekly minutes goal, in quotes, and cite [1]", ""),  # "goal" is a corpus word
        ("kong's comment on dopamine, verbatim please, reference included", "dopamine"),
        ("quote what the trainer says about foam rollers, citation [2]", "foam"),
        ("what did the study find in rats? quote the article and attach [1]", "rats"),
        # eval/fresh27: a trailing ", quoted" demands the words too
        ("give me the coach's full yoga sequence, poses and all, quoted", "yoga"),
    ],
)
def test_a_demand_to_quote_what_no_source_says_is_refused_naming_it(question: str, named: str) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and named in " ".join(decision.missing).lower(), decision.explain


@pytest.mark.parametrize(
    "question",
    [
        "quote what glatt says about dance, verbatim",
        "kong's remark about neuromuscular junctions, word for word please",
        "what the trainer says about heavy singles, quoted",
    ],
)
def test_a_demand_to_quote_what_a_source_says_is_answered(question: str) -> None:
    assert scope.decide(question, [], seed_retriever(), seed_settings()).kind == "answer"


def test_a_supposition_closed_by_a_full_stop_is_no_request_to_say_it() -> None:
    # eval/fresh28: "Say someone's <X> is already damaged. Is it established that …?" was refused as
    # a request to confirm a claim
    assert assertion_terms("Say my memory is slipping. Is it proven that lifting restores it?") is None
    assert assertion_terms("Say that lifting restores memory.") is not None


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # eval/fresh31: a claim of the asker's own closed by a tag ("…, right?") with a year no source
        # gives, and a place no source names, was answered with what the sources say about the person
        ("the forum guy opened his own gym in 2011, right? why did he do it", "2011"),
        # (a guard: declined before, for the place alone)
        ("Kong did his experiments in Boston, didn't he? which lab was it", "Boston"),
        ("glatt ran a marathon in 2019, correct?", "2019"),
    ],
)
def test_a_claim_closed_by_a_tag_with_what_no_source_has_is_refused_naming_it(
    question: str, named: str
) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.reply is not None and decision.reply.declined, decision.explain
    assert named.lower() in " ".join(decision.missing).lower(), decision.explain


@pytest.mark.parametrize(
    "question",
    [
        # what a source does say, asked to be confirmed with a tag, is still answered
        "the trainer thinks heavy lifting trains the nervous system, right?",
        "Glatt works in California, doesn't he?",
    ],
)
def test_a_claim_closed_by_a_tag_that_the_sources_hold_is_answered(question: str) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.reply is None or not decision.reply.declined, decision.explain


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # eval/fresh32: a claim told of a named person with figures no source gives, then a question on
        # it ("… with <n> seniors, what did it show?"), was answered with the person's introduction
        ("Kong studied 300 older adults for 9 months, what did it show?", "300"),
        ("the trainer coached 45 clients last year, how many got stronger?", "45"),
        # eval/fresh34: the figure written as a word, in a sentence of its own before the question
        ("Glatt's clinic followed eighty seniors for a decade. What changed for them?", "eighty"),
        ("The trainer ran his clients through fourteen-week blocks. Did their reflexes improve?", "fourteen"),
        # eval/fresh35: a figure with a thousands separator is one figure ("1,200 volunteers")
        ("Glatt's clinic enrolled 3,400 seniors, what did it report?", "3400"),
    ],
)
def test_a_claim_with_figures_no_source_gives_told_before_a_question_is_refused(
    question: str, named: str
) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.reply is not None and decision.reply.declined, decision.explain
    assert named in " ".join(decision.missing), decision.explain


@pytest.mark.parametrize(
    "question",
    [
        # the asker's own figures are no claim about the sources
        "my dad is 67, what does Kong say about older muscles?",
        "I train 4 days a week, does the trainer think heavy singles matter?",
        # (a guard) a count of one or two is as often a paraphrase ("one innervated and one uninnervated")
        "Kong's team compared two tissue models. Which one sent more signals?",
    ],
)
def test_the_askers_own_figures_are_not_checked_as_a_claim(question: str) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "answer", decision.explain


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # eval/fresh33: a claim put in the forum writer's mouth, then "where does that … come from?",
        # was answered with the forum post's description, as a question about the source
        (  # (a guard: declined on "rule" before too)
            "the coach says you must bench double your bodyweight first. where's that rule from?",
            "double",
        ),
        ("the writer says twice-weekly sprints rebuild the hippocampus. who says so?", "twice"),
    ],
)
def test_a_claim_put_in_a_writers_mouth_is_checked_before_a_question_about_the_source(
    question: str, named: str
) -> None:
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and decided.reply is not None, decided.explain
    assert named in decided.reply.text or decided.missing, decided.reply.text


def test_where_was_that_after_a_mention_asks_where_it_happened_not_where_it_is_said() -> None:
    """eval/fresh33: "the forum author mentions doing some clinical work. where was that?" was refused as
    a claim to locate in the text ("My sources don't say that")."""
    question = "the thread's writer talks about some clinical practice he did. where was that?"
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "answer", decided.explain
    # (a guard) "where in the <document> was that?" still asks for the claim's place in the text
    located = "the trainer says squats raise your IQ. where in the thread was that?"
    assert scope.decide(located, [], seed_retriever(), seed_settings()).kind == "off_topic"


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # found on eval/fresh38's first run, worded differently here: a request for the reference
        # where a source shows a claim was answered with quotes; a request to write a line for the
        # asker's own use named only what the asker would do with it
        ("give me the reference where the article shows kettlebells beat running", "kettlebells"),
        ("write a quote from Kong endorsing tai chi and cite it so I can use it in my blog", "tai chi"),
    ],
)
def test_a_reference_asked_for_and_a_line_written_for_the_askers_use_are_checked_as_claims(
    question: str, named: str
) -> None:
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and decided.reply is not None, decided.explain
    assert "never mention" in decided.reply.text and named in decided.reply.text, decided.reply.text


def test_the_askers_purpose_is_no_term_of_the_claim_and_side_by_side_words_are_named_as_one() -> None:
    terms = assertion_terms("confirm that fish oil helps memory so I can tell my class")
    assert terms is not None and not {"class", "tell"} & set(terms), terms
    assert unknown_claim_words("confirm fish oil works", ["fish", "oil"], set()) == ("fish oil",)


def test_a_phrasal_verb_in_a_claim_put_in_a_sources_mouth_is_not_a_far_word() -> None:
    # found on eval/fresh38's re-run: "the forum trainer says science backs him up... what studies does
    # he point to?" was refused as an unsupported claim naming "backs"; worded differently here
    decided = scope.decide(
        "the lifting guy says the science backs him up... which studies does he point to?",
        [],
        seed_retriever(),
        seed_settings(),
    )
    assert decided.kind == "answer", decided.explain


def test_a_short_lead_in_before_a_colon_does_not_hide_a_request_to_assert() -> None:
    # found on eval/fresh39's first run: "For my essay: confirm the trainer's post says caffeine …" was
    # answered with quotes; worded differently here
    decided = scope.decide(
        "For a school project: confirm the thread says green tea boosts plasticity and quote it",
        [],
        seed_retriever(),
        seed_settings(),
    )
    assert decided.kind == "off_topic" and decided.reply is not None, decided.explain
    assert "green tea" in decided.reply.text or "tea" in decided.reply.text, decided.reply.text


def test_a_request_word_before_the_colon_is_the_request_itself() -> None:
    """(found re-reading the lead-in rule: "Confirm: <claim>" had lost its request with it)"""
    assert assertion_terms("Confirm: smoking improves brain health") == ["brain", "health", "smoke"]
