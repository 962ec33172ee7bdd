"""Reading what a question counts (``bot.counted.quantity_word``) and which of its words the corpus
lacks, through ``bot.scope.decide`` on the real index (more cases in tests/test_scope.py)."""

from __future__ import annotations

import pytest

from bot import scope
from bot.chat import Conversation
from bot.counted import quantity_word
from tests.support import seed_retriever, seed_settings


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how much is tuition there?", "tuition"),
        ("how much protein do I need?", "protein"),
        ("how much is it?", None),
        # a measure of it: what is measured is counted
        ("how many cups of green tea a day is too much?", "tea"),  # the head of the compound
        ("how many glutamate pills a day?", "pills"),
        ("how many studies back it up?", "studies"),  # (a guard) a verb with its object follows
        ("how many reps?", "reps"),  # (a guard) the question ends with what is counted
        ("how many minutes of meditation should I do?", "meditation"),
    ],
)
def test_quantity_word_reads_how_much_is_x(question: str, counted: str | None) -> None:
    assert quantity_word(question) == counted


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # a kind asked for by "which/what", when the corpus lacks the kind ("mouse strain")
        ("which particular rat strain were the muscle cells taken from?", "rat"),
        # a thing the corpus lacks, set against one it has
        ("does the article rank zumba against cycling?", "zumba"),
        ("does the thread stack crossfit against powerlifting?", "crossfit"),
        # a name with a capital inside it
        ("what is the lifting coach's YouTube channel called?", "YouTube"),
        # what "the best way to" acts on (eval/fresh21: "best way to learn spanish fast" was answered)
        ("easiest way to learn guitar fast", "guitar"),
        # what "what number of" counts, named whole, and what someone is asked to recommend about
        # (eval/fresh21: "what number of lab rats …", "what does Glatt recommend about meditation")
        ("what number of lab mice were used?", "lab mice"),
        ("what does the trainer suggest about yoga for focus?", "yoga"),
        # what a part of a document is asked to be about, and the language a translation is asked into
        # (eval/fresh22: "the ilive article's paragraph on fish oil", "translate … into japanese")
        ("the thread's section on cold plunges - what does it say?", "cold plunges"),
        ("please translate the trainer's quote to korean", "korean"),
        # the subject of a claim checked, and a price asked (eval/fresh24: "is it true the vagus nerve
        # controls heart rate", "what would his coaching charge me, roughly" were answered)
        ("is it true the cerebellum controls reaction time?", "cerebellum"),
        ("what would his powerbuilding program cost me per month?", "cost"),
        # what is put forward as the answer (eval/fresh24: "are they exosomes?", "isn't there just a
        # pill that does the same", "at the level of synapses" were answered)
        ("the bioactive molecules in the study - are they hormones?", "hormones"),
        ("isn't there simply a supplement that does what innervated muscles do?", "supplement"),
        ("how do muscle signals change the brain at the level of dendrites?", "dendrites"),
        # a study the corpus never names, even lower case and near a corpus word (eval/fresh23, fresh24:
        # "the stanford trial on squats", "the harvard study the news report relies on" were answered)
        ("what did the oxford experiment on deadlifts conclude?", "oxford"),
        ("cite the yale paper the thread builds on", "yale"),
    ],
)
def test_a_picked_kind_or_a_thing_set_against_another_is_named_when_missing(question: str, term: str) -> None:
    """Found on eval/fresh20's first run: "which specific mouse strain did they test on", "does the
    iLive report rank pilates against dance" and "the lifting coach's YouTube channel" were answered
    with quotes."""
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and term in decision.missing, decision.explain


def test_a_quotation_from_the_corpus_is_answered_however_little_else_the_question_says() -> None:
    """Found on eval/fresh20's first run: "'it pretty much is a joke' - who wrote that and what were
    they talking about" was declined (best cosine 0.06)."""
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    question = "'in a future article' - who promised that?"
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "answer", decision.explain
    assert any("in a future article" in h.passage.text for h in decision.hits[:2])
    # a word outside the quote is no topic the corpus lacks (eval/fresh23: "'how pathetic the training
    # plans …' - who's that jab from" was declined naming "jab")
    question = "'the body is going to heal itself' - whose swipe is that?"
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "answer", decision.explain


@pytest.mark.parametrize(
    "question",
    [
        # a document named, and words about the asking only (eval/fresh20: "sum up the iLive
        # story's main discovery for me", "whats the backstory of the … thread")
        "in one line, what's the news report's key discovery?",
        "who is the forum post's closing pitch written for?",
        "what's the angle of the thread on physical therapists?",
        "is a 3 week timeline realistic according to the studies glatt mentions?",
        # eval/fresh21: declined naming "wats", "somewhere", "approach", "past"
        "wats the news report's main finding",
        "the trainer says the proof is out there somewhere - where in the thread?",
        "what approach does the thread recommend, heavy or light?",
        "what did past research on the hippocampus show, per the report?",
        # eval/fresh22: declined naming "flavours", "options", "chain" and "eyes"
        "what flavours of sensory info go to the CNS, per the thread?",
        "which aerobic options does the report name?",
        "lifting heavy makes the nervous system efficient - what's the line of reasoning in the thread?",
        "in the coach's eyes, what makes someone better than the average PT?",
        # people and everyday words of chat (eval/fresh24: declined naming "buddy", "gripe", "othr")
        "what about my buddy who's strong without ever training, per the thread?",
        # a verb after "was he" is no answer put forward (the rule that names "are they hormones?")
        "who says exercise may slow cognitive decline, and was he exaggerating?",
        # a word that describes a study is no study's name (the rule that names "the harvard study")
        "what did the lab experiment stimulate the tissue with?",
        # how short the answer should be, and what is made faster, are not topics (eval/fresh25: "give
        # me the ilive muscle-brain article in one breath" named "breath", "can u make ur reflexes
        # faster by lifting" named "faster")
        "sum up the thread in a word",
        "can lifting make my reaction times quicker, per the trainer?",
        "is the news piece the actual scientific paper or a write-up of it?",
    ],
)
def test_a_question_about_a_named_document_in_everyday_words_is_answered(question: str) -> None:
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "answer", decision.explain


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what does the forum post say re: crypto?", "crypto"),
        # "anything on X" asks about X, like "say about X"
        ("the news report - anything on intermittent fasting?", "intermittent fasting"),
    ],
)
def test_a_named_document_does_not_bring_a_missing_topic_into_scope(question: str, term: str) -> None:
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and term in decision.missing, decision.explain


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a name the corpus uses, typed in lower case (eval/fresh20: "is the illinois professor a
        # biologist, a doctor, or something else?" was declined)
        ("is the illinois prof a chemist or a physicist?", "answer"),
        ("the santa monica coach - what's his job exactly?", "answer"),
        # a place a question is set in is still no topic, however typed
        ("any good restaurants in urbana?", "off_topic"),
    ],
)
def test_a_corpus_name_typed_in_lower_case_is_a_name(question: str, kind: str) -> None:
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    assert scope.decide(question, [], seed_retriever(), seed_settings()).kind == kind


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        # a word near a corpus word is named too once the question is declined (eval/fresh24: "so is
        # tennis or pickleball the smarter pick" named only "pickleball")
        ("is volleyball or lacrosse the better pick for focus", {"volleyball", "lacrosse"}),
        ("my nephew asked: does fencing or archery train reaction time better?", {"fencing", "archery"}),
        # a yes/no question in statement order, and a noun phrase put first and pointed back at
        # (eval/fresh25: "ok, and capoeira is good for hippocampus also?", "and the enteric nervous
        # system, where does that fit" were answered in a chat)
        ("so, and parkour is good for memory too?", {"parkour"}),
        ("and the vagus nerve in all this, where does that fit?", {"vagus"}),
        # a thing put first, then "which is better" (eval/fresh25: "protein powder before or after the
        # gym, which is better for gains" was answered)
        ("creatine morning or night, which is better for strength?", {"creatine"}),
        # what something is likened to (eval/fresh25: "whats a myofascial release, is it like foam
        # rolling" was answered)
        ("what are neurotrophic factors, is it like insulin?", {"insulin"}),
    ],
)
def test_a_decline_names_every_topic_word_the_corpus_lacks(question: str, terms: set[str]) -> None:
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and terms <= set(decision.missing), decision.explain


def test_what_field_a_person_is_in_asks_about_that_person() -> None:
    """ "what field is he in" after an answer quoting Kong was declined naming "field" (eval/fresh25)."""
    from bot.chat import Conversation
    from tests.support import seed_retriever, seed_settings

    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("who says keeping muscles healthy matters beyond mobility?")
    answer = chat.answer("which discipline is he in?")
    assert not answer.declined, answer.text


def test_what_a_follow_up_puts_forward_about_things_just_said_is_named() -> None:
    """ "r those nanoparticles exosomes?" after an answer naming nanoparticles (eval/fresh26) was
    answered: "those" pointed back, and the word after the pointed-at noun was set aside with it."""
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("what do muscles send to the brain when nerves fire?")
    answer = chat.answer("are those molecules proteins?")
    assert answer.declined and "proteins" in answer.text, answer.text


def test_a_verb_after_what_is_no_topic() -> None:
    """ "what controls how fast a workout routine shows up …" (eval/fresh26) was declined naming
    "controls": a word after "what" that is followed by "how" is the question's verb."""
    question = "what decides how fast a routine pays off in thinking?"
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "answer", decision.explain


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # eval/fresh28: the thing learnt and what a study is asked to have found about were not named
        ("how long does it take a beginner to learn banjo?", "banjo"),
        ("what did the muscle study find about lactate levels", "lactate"),
    ],
)
def test_what_is_learnt_and_what_a_finding_is_asked_about_are_named(question: str, term: str) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and term in " ".join(decision.missing), decision.explain


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # eval/fresh29: what a how-to question acts on, in a later sentence, and a kind of a thing
        ("Long-haul flight to a meet tomorrow. How can I avoid jet lag?", "jet lag"),
        ("how should we treat hiccups before a max attempt", "hiccups"),
        ("which breed of mice did the Illinois group work with?", "mice"),
    ],
)
def test_what_a_how_to_question_acts_on_and_a_kind_asked_of_are_named(question: str, term: str) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and term in decision.missing, decision.explain


@pytest.mark.parametrize(
    "question",
    [
        "how can I improve my reaction time?",
        "how do I keep my brain sharp as I age",
        "what kind of exercise helps",
    ],
)
def test_a_how_to_question_on_a_corpus_topic_is_answered(question: str) -> None:
    """Guards (these passed before the readers above were added)."""
    assert scope.decide(question, [], seed_retriever(), seed_settings()).kind == "answer"


def test_a_version_of_a_thing_is_a_kind_never_the_topic() -> None:
    # found on eval/fresh31's first run (declined naming "version"), worded differently here
    question = "which version of the muscle model had nerves in it?"
    assert scope.decide(question, [], seed_retriever(), seed_settings()).kind == "answer"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # eval/fresh33: "did IQ go up …?" was answered: a two-letter word was never read as a term
        ("how much did the study participants' IQ rise?", "IQ"),
        ("can VR workouts train the brain like dancing does?", "VR"),
    ],
)
def test_a_two_letter_acronym_the_corpus_lacks_is_named(question: str, missing: str) -> None:
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and missing in decided.missing, decided.explain


def test_a_two_letter_acronym_the_corpus_has_or_an_ok_is_no_term() -> None:
    """(a guard: these passed before the change too)"""
    decided = scope.decide("OK so does PT help people after a stroke?", [], seed_retriever(), seed_settings())
    assert decided.kind == "answer"
    # a statement that only sets the scene: the asker's job is not what is asked
    question = "I'm an RN. does the trainer think lifting heavy trains the nervous system?"
    assert scope.decide(question, [], seed_retriever(), seed_settings()).kind == "answer"


def test_a_credential_someone_is_asked_to_have_earned_is_what_the_question_is_about() -> None:
    """eval/fresh33: "Where did Ryan Glatt earn his medical degree?" was answered with his
    introduction, which names no degree: the premise was never corrected."""
    question = "At which school did Glatt obtain his diploma?"
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and "diploma" in decided.missing, decided.explain
    # (a guard) a credential the corpus names is answered
    named = scope.decide("where did Kong get his PhD?", [], seed_retriever(), seed_settings())
    assert named.kind == "answer"


@pytest.mark.parametrize(
    "question",
    [
        # eval/fresh33: "currently", "addressed" declined in-scope questions; worded differently here
        "who is the science section of the forum thread addressed to?",
        "does Kong say the nerve loss in muscles happens suddenly?",
    ],
)
def test_a_word_that_cannot_name_a_thing_is_never_the_missing_topic(question: str) -> None:
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "answer", decided.explain


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("should i do static stretching before my heavy singles", "stretching"),
        ("does hiking make my brain healthier than the gym?", "hiking"),
        ("is intermittent fasting good for the brain?", "intermittent fasting"),
    ],
)
def test_a_gerund_and_a_modifier_of_a_missing_word_are_still_named(question: str, term: str) -> None:
    """(a guard: these passed before the change too)"""
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and term in decided.missing, decided.explain


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # eval/fresh34: "how many glutamate pills a day does Kong recommend …?" was answered
        ("how many muscle biopsies did the researchers take?", "biopsies"),
        # eval/fresh34: "which chapter of the trainer's book covers …?" was answered
        ("which chapter of the trainer's ebook covers reflexes?", "ebook"),
    ],
)
def test_the_head_of_what_is_counted_and_the_document_a_part_is_asked_of_are_named(
    question: str, term: str
) -> None:
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and term in decided.missing, decided.explain


def test_a_phrasal_verb_or_a_preposition_is_never_the_missing_topic() -> None:
    """eval/fresh34: "the guy behind the forum post" was declined naming "behind"."""
    question = "what breaks down in muscles as we age, per Kong?"
    assert scope.decide(question, [], seed_retriever(), seed_settings()).kind == "answer"
    question = "did the man behind the thread finish PT school?"
    assert scope.decide(question, [], seed_retriever(), seed_settings()).kind == "answer"


def test_what_the_asker_would_do_counts_only_when_it_takes_the_question_off_the_corpus() -> None:
    """(a guard: passed before the change too)"""
    decided = scope.decide("can I build muscle without heavy weights?", [], seed_retriever(), seed_settings())
    assert decided.kind == "answer"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how long should we snooze after a hard gym session?", "snooze"),
        ("can I sunbathe after a run?", "sunbathe"),
    ],
)
def test_what_the_asker_would_do_is_named_when_it_acts_on_nothing_and_no_corpus_word_is_near(
    question: str, term: str
) -> None:
    """Found on eval/fresh34: "how long should I nap after training?", asked after an answer, was
    answered with a quote about how long effects take to show."""
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and term in decided.missing, decided.explain


@pytest.mark.parametrize(
    "question",
    [
        "should I jog after lifting?",  # near a corpus word ("running")
        "how long should I wait before lifting again?",  # what is waited for is the topic
        "so how much can I read into that for real workouts?",  # the verb acts on what was said
    ],
)
def test_what_the_asker_would_do_is_not_named_when_a_corpus_word_is_near_or_it_acts_on_something(
    question: str,
) -> None:
    """(guards: passed before the change too)"""
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "answer", decided.explain


def test_random_as_a_lead_in_is_a_word_of_asking_never_the_missing_topic() -> None:
    """Found on eval/fresh35: "random, but which country lifted the world cup …?" was declined
    naming "random" first."""
    question = "random, but which river is the longest in europe?"
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and "random" not in decided.missing and "river" in decided.missing


@pytest.mark.parametrize(
    "question",
    [
        "who's the one conceding the study didn't prove exercise directly improves cognition?",
        "does this lab study tell me which sport to pick?",
    ],
)
def test_a_participle_after_a_person_or_a_word_describing_the_study_is_never_the_missing_topic(
    question: str,
) -> None:
    """Found on eval/fresh35: "who's the one admitting …?" and "does this lab experiment …?" were
    declined naming "admitting" and "lab"."""
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "answer", decided.explain


def test_a_gerund_acting_on_a_corpus_word_is_not_the_missing_topic() -> None:
    """Found on eval/fresh35: "does skipping exercise raise the odds of cognitive decline?" was
    declined naming "skipping"."""
    question = "does neglecting exercise speed up cognitive decline?"
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "answer", decided.explain
    # (a guard) an activity the corpus lacks is still named when what follows describes it
    decided = scope.decide("is knitting good for memory?", [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and "knitting" in decided.missing, decided.explain



def test_tips_for_a_corpus_activity_made_another_thing_by_a_word_it_lacks_are_declined() -> None:
    """eval/fresh37: "my dog pulls like crazy on walks, any leash training tips?" was answered with
    quotes (the only word the corpus has, "training", is another thing with "leash" before it)."""
    from bot import scope
    from tests.support import seed_retriever, seed_settings

    r, s = seed_retriever(), seed_settings()
    assert scope.decide("my cat tugs hard on walks, any harness training tips?", [], r, s).kind == "off_topic"
    assert scope.decide("any heavy training tips?", [], r, s).kind == "answer"  # (a guard)


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh38's first run (declined naming "heard", "routine", "perks", "method",
        # "narrow"), worded differently here
        "heard lifting changes the frontal lobe, is that in the thread?",
        "My thinking has got noticeably slower over the years. Could a workout routine reverse that?",
        "can people past 70 still get brain perks from strength work?",
        "what athletes does the trainer say prove his method?",
        "narrow it down for me: which tissue did they use",
        "I saw a quote that exercise may promote slower decline. who's it attributed to?",
    ],
)
def test_a_report_heard_a_shape_of_help_a_perk_a_method_and_narrowing_down_are_never_the_topic(
    question: str,
) -> None:
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind != "off_topic", decided.explain


def test_a_shape_of_help_with_no_corpus_word_before_it_is_still_what_is_asked() -> None:
    """(a guard: the rule above reads "routine" as a shape only after a corpus word: "a playlist for lifting"
    asks for the playlist, and was answered when the rule had no such condition)"""
    decided = scope.decide("what's a good playlist for lifting?", [], seed_retriever(), seed_settings())
    assert decided.kind == "off_topic" and "playlist" in decided.missing, decided.explain


def test_the_next_round_of_research_is_about_the_research() -> None:
    chat = Conversation(seed_settings(), seed_retriever(), None)
    chat.answer("does science fully understand how exercise affects the brain yet?")
    answer = chat.answer("and the next round of studies in humans, what must they take into account?")
    assert not answer.declined, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh39's first run (declined naming "seventy", "step"), worded differently here
        "can a seventy year old still build brain plasticity with weights?",
        "what's the first step in the trainer's plan for getting stronger?",
    ],
)
def test_a_figure_written_out_that_the_corpus_gives_and_a_step_are_never_the_missing_topic(
    question: str,
) -> None:
    decided = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decided.kind == "answer", decided.explain


def test_a_figure_written_out_that_no_source_gives_is_still_missing() -> None:
    """(a guard)"""
    decided = scope.decide("can people of ninety gain plasticity?", [], seed_retriever(), seed_settings())
    ninety = [line for line in decided.explain if "'ninety'" in line]
    assert ninety and not any("a figure written out" in line for line in ninety), decided.explain


def test_what_is_learnt_is_the_topic() -> None:
    # found on eval/fresh39's first run: "Any tips for learning to juggle three balls? I keep dropping
    # them" was answered with quotes; worded differently here
    r, s = seed_retriever(), seed_settings()
    decided = scope.decide("tips for learning to unicycle? I keep falling off", [], r, s)
    assert decided.kind == "off_topic" and "unicycle" in " ".join(decided.missing), decided.explain
    # (a guard) what is learnt may be the corpus's own
    assert scope.decide("can you learn to improve your reflexes?", [], r, s).kind == "answer"


def test_what_a_how_big_question_asks_the_size_of_is_its_topic() -> None:
    """eval/fresh42: "how big was the grant that paid for <the co-author>'s study" was answered with
    his quotes; the size asked is the grant's, which the corpus never mentions."""
    question = "how large was the budget behind the PNAS study?"
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and "budget" in decision.missing, decision.explain


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # eval/fresh42: declined on "fine" and "upstairs", words about the asker's state or a place
        ("my legs are fine, but does lifting help my memory?", "fine"),  # (a guard: answered before too)
        ("any payoff upstairs from aerobic exercise?", "upstairs"),
    ],
)
def test_a_state_or_a_place_word_is_no_topic(question: str, word: str) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert word not in decision.missing and decision.kind == "answer", decision.explain


def test_per_is_never_named_as_missing() -> None:
    """eval/fresh42: "… dancing per week does Glatt prescribe?" was declined with "my sources don't
    mention per or prescribe"."""
    question = "how many minutes of rowing per week does the trainer recommend?"
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert "per" not in decision.missing, decision.explain


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh43's first run (declined on "causing", "wrecked", "hitting"), worded
        # differently here
        "trainer says you get fried after a max single - whats provoking that",
        "is the shattered feeling after a heavy single about my nerves?",
        "does hammering the gym slow memory loss?",
    ],
)
def test_a_progressive_verb_a_participle_before_a_corpus_noun_and_a_gerund_on_a_near_word_are_no_topic(
    question: str,
) -> None:
    decision = scope.decide(question, [], seed_retriever(), seed_settings())
    assert decision.kind == "answer" and not decision.missing, decision.explain


def test_what_a_who_question_s_verb_acts_on_is_its_topic() -> None:
    """eval/fresh43: "who put up the funding for <the co-author>'s study …" was answered with his quotes."""
    decision = scope.decide("who put up the money for the PNAS study?", [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and "money" in decision.missing, decision.explain


def test_the_price_of_a_named_thing_is_what_is_counted() -> None:
    """eval/fresh44: "how much does <a person>'s <named> program cost a month" was answered with the
    person's introduction (what was counted was read as the person)."""
    assert quantity_word("how much does the coach's online boxing class cost per week?") == "cost"
    assert quantity_word("how much does exercise help memory?") == "exercise"  # (a guard: no price)
