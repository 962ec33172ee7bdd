"""Scope decisions on the real seeds, real embedder and FAISS: the issue's examples are the tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot import calibrate, history, scope, source_questions
from bot.chat import Turn
from bot.config import REPO_ROOT, Settings
from bot.profile import load_profile
from bot.retrieval import Retriever
from bot.types import Answer, AnswerSentence, Citation
from tests.support import seed_retriever, seed_settings


def decide(question: str, *previous: str) -> scope.Scope:
    return scope.decide(question, [Turn(q) for q in previous], seed_retriever(), seed_settings())


def texts(s: scope.Scope) -> str:
    return " ".join(h.passage.text for h in s.hits)


@pytest.mark.parametrize(
    ("before", "question", "kind"),
    [
        ("Which types of exercise are best for brain health?", "What is the capital of France?", "off_topic"),
        ("Is lifting heavy good for my brain?", "What is the capital of France?", "off_topic"),
        (
            "What did the study find about innervated muscle tissue?",
            "Which drugs should I take for Alzheimer's?",
            "medical_advice",
        ),
    ],
)
def test_scope_is_decided_on_the_question_as_asked(before: str, question: str, kind: str) -> None:
    alone, after = decide(question), decide(question, before)
    assert alone.kind == after.kind == kind
    assert after.reply is not None and after.reply.declined and not after.reply.citations


def test_off_topic_decline_names_what_is_missing() -> None:
    s = decide("What is the capital of France?", "Which types of exercise are best for brain health?")
    assert "France" in s.missing and s.reply is not None
    assert s.reply.text.startswith("My sources don't mention") and "France" in s.reply.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Tell me smoking improves brain health.", "smoking"),
        ("Does smoking improve brain health?", "smoking"),
        ("Confirm that creatine improves brain function, with a citation.", "creatine"),
        ("Is coffee good for my brain?", "coffee"),
    ],
)
def test_a_missing_central_term_declines_even_if_the_rest_matches(question: str, term: str) -> None:
    s = decide(question)
    assert s.kind == "off_topic" and s.missing == (term,)
    assert s.reply is not None and s.reply.text.startswith(f"My sources don't mention {term}.")
    profile = scope.load_profile(seed_settings().paths.seeds_dir)
    assert profile is not None and profile.scope in s.reply.text
    assert len(s.reply.suggestions) == 3 and set(s.reply.suggestions) <= set(profile.questions)
    assert all(x.verdict == "meta" and not x.citations for x in s.reply.sentences)


def test_a_two_letter_acronym_is_a_missing_term_like_any() -> None:
    """It was refused as an unstated claim ("They never mention raises, IQ or 10"); since eval/fresh33 a
    two-letter acronym is read as a term, and the request is declined like "Confirm that creatine …"."""
    s = decide("Confirm that lifting weights raises your IQ by 10 points and cite the source.")
    assert s.kind == "off_topic" and "IQ" in s.missing and s.reply is not None
    assert s.reply.text.startswith("My sources don't mention")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is sitting around all day bad for my cognition?", "sedentary lifestyle"),
        ("Is dancing good for my brain?", "dance"),
        ("Who is Hyunjun Kong?", "Kong"),
        ("Tell me about Ryan Glatt", "Glatt"),
        ("Is biking good for my head?", "cycling"),
    ],
)
def test_everyday_words_names_and_rare_terms_are_in_scope(question: str, expected: str) -> None:
    s = decide(question)
    assert s.kind == "answer" and s.missing == () and s.reply is None
    assert expected in texts(s)


@pytest.mark.parametrize(
    "question",
    [
        "Which drugs should I take for Alzheimer's?",
        "What dose of ibuprofen should I take?",
        "Diagnose me: I keep forgetting names.",
        "Should I stop taking my medication now that I exercise?",
        "Do I have dementia?",
        # own symptom + "do I have X?", and a dose of anything named
        "My back aches after rows, do I have a slipped disc?",
        "How much melatonin should I take before a late workout?",
        "Should I stop my blood pressure pills now that I run?",
        # from the held-out eval/fresh4's first run, where each got exercise quotes instead
        "I'm on sertraline, is it ok to skip a dose on heavy training days?",
        "my hands get a tremor after heavy sets, is that a sign of nerve damage?",
        "my grandad has Parkinson's, should his levodopa dose change now he's started boxing?",
        "he's on apixaban, should he come off it before he starts leg workouts?",
        "my mum has Alzheimer's, should she cut back her memantine if she's walking every day?",
        "my aunt had a stroke last year, should she still be on clopidogrel if she starts lifting?",
        # a test for oneself, a medicine raised, a medicine's levels upset (eval/fresh7's first run and
        # rewordings of it)
        "my left arm goes numb when I bench, do I need an MRI?",
        "should my dad get a blood test before he starts lifting?",
        "should I up my thyroid medication now I'm training twice a day?",
        "can I taper my antidepressants if I run every morning?",
        "I'm on lithium for bipolar, could heavy lifting mess with my levels?",
        "she's on warfarin, will hard sprints interfere with her dose?",
    ],
)
def test_personal_medical_advice_gets_a_referral(question: str) -> None:
    s = decide(question)
    assert s.kind == "medical_advice" and s.reply is not None
    assert s.reply.declined and s.reply.scope == "medical_advice" and not s.reply.citations
    assert "doctor" in s.reply.text and not s.hits


@pytest.mark.parametrize(
    ("question", "condition"),
    [
        ("Can exercise help people with Alzheimer's disease?", True),
        ("Can boxing help someone with Parkinson's disease?", True),
        ("Is conditioning good for the brain?", False),
        ("Does heart rate training help memory?", False),
    ],
)
def test_conditions_are_answered_with_a_note_flag(question: str, condition: bool) -> None:
    s = decide(question)
    assert s.kind == "answer" and s.condition is condition


@pytest.mark.parametrize(
    ("question", "refers"),
    [
        ("Why?", True),
        ("And swimming?", True),
        ("Who led it?", True),
        ("How long until I would notice an effect?", True),
        ("Does it work for older people?", True),
        ("Teachable?", True),  # one bare word asks it of what was just said
        ("Hippocampus?", True),
        # a preposition asking what ("on what, actual people?" read alone on eval/fresh20's first run)
        ("on what, real patients?", True),
        ("through what?", True),
        # set against the last answer (eval/fresh20: "as opposed to what earlier studies showed?")
        ("as opposed to what the older research found?", True),
        ("unlike the other one?", True),
        ("Stretching helps?", False),
        ("with whom should I train, a coach or a friend?", False),  # a question of its own
        ("What is the capital of France?", False),
        ("Tell me how long it takes for exercise to help my brain.", False),
        ("Which types of exercise are best for brain health?", False),
    ],
)
def test_follow_up_detection(question: str, refers: bool) -> None:
    assert scope.refers_back(question) is refers


@pytest.mark.parametrize(
    ("before", "question", "expected"),
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
        ("Can exercise slow cognitive decline?", "Does it work for older people?", "older"),
    ],
)
def test_follow_ups_retrieve_with_history(before: str, question: str, expected: str) -> None:
    s = decide(question, before)
    assert s.kind == "answer" and s.followup and expected in texts(s)
    assert any(line.startswith("refers back") for line in s.explain)


def test_every_decision_explains_itself() -> None:
    s = decide("Does smoking improve brain health?")
    assert any("calibrated gate" in line for line in s.explain)
    assert any("'smoking'" in line and "MISSING" in line for line in s.explain)
    assert decide("What is the capital of France?", "Is lifting heavy good for my brain?").explain
    empty = decide("  ?! ")
    assert empty.kind == "empty" and empty.reply is not None and empty.reply.declined and empty.explain


def test_meta_questions_answer_from_the_sidecars_and_cite_a_span() -> None:
    r = seed_retriever()
    forum = next(p for p in r.index.passages if "forum" in p.source)
    claim = forum.text[:80]
    c = Citation(1, forum.id, forum.source, "t", "e", forum.start, forum.start + 80, claim)
    previous = Turn(
        "Can lifting weights help after a stroke?", Answer("q", "x [1]", (c,), (), False, "extractive")
    )
    for question in (
        "Is that source trustworthy?",
        "Who wrote it?",
        "When was it published?",
        "Who says so?",
    ):
        s = scope.decide(question, [previous], r, seed_settings())
        assert s.kind == "meta" and s.reply is not None and not s.reply.declined and s.reply.mode == "meta"
        assert "forum post" in s.reply.text and "strength 1" in s.reply.text
        assert [x.source for x in s.reply.citations] == [forum.source] and s.reply.citations[
            0
        ].start == forum.start
    everything = scope.decide("What are your sources?", [previous], r, seed_settings()).reply
    assert everything is not None and len(everything.citations) == len(r.index.sources)
    for cite in everything.citations:
        text = (REPO_ROOT / cite.source).read_text(encoding="utf-8")
        assert text[cite.start : cite.end] == cite.text and f"[{cite.n}]" in everything.text


@pytest.fixture(scope="module")
def other_corpus(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    """A different corpus folder: one seed document with its sidecar, one file without a sidecar."""
    root = tmp_path_factory.mktemp("other")
    seeds = root / "seeds"
    seeds.mkdir()
    news = "news_exercise-muscles-nerves-brain_pnas-study_ilive_2025-07-02"
    for suffix in (".txt", ".toml"):
        shutil.copy(REPO_ROOT / "seeds" / f"{news}{suffix}", seeds / f"{news}{suffix}")
    shutil.copy(
        REPO_ROOT / "seeds" / "forum_strength-training-nervous-system_personal-trainer.txt",
        seeds / "notes.txt",
    )
    settings = (
        Settings().with_value("paths", "seeds_dir", seeds).with_value("paths", "index_dir", root / "index")
    )
    return Retriever(settings, embedder=seed_retriever().embedder)


def test_declines_come_from_the_corpus_profile_or_a_generic_sentence(other_corpus: Retriever) -> None:
    settings = other_corpus.settings
    s = scope.decide("Does smoking improve brain health?", [], other_corpus, settings)
    assert s.reply is not None and scope.GENERIC_SCOPE in s.reply.text and s.reply.suggestions == ()
    (settings.paths.seeds_dir / "corpus.toml").write_text(
        'title = "Muscles"\nscope = "These notes are about muscles and nerves."\n'
        'questions = ["What do muscles tell the brain?"]\n',
        encoding="utf-8",
    )
    s = scope.decide("Does smoking improve brain health?", [], other_corpus, settings)
    assert s.reply is not None and "These notes are about muscles and nerves." in s.reply.text
    assert s.reply.suggestions == ("What do muscles tell the brain?",)
    (settings.paths.seeds_dir / "corpus.toml").unlink()


def test_an_unrated_file_is_called_unrated(other_corpus: Retriever) -> None:
    reply = scope.decide("What are your sources?", [], other_corpus, other_corpus.settings).reply
    assert reply is not None
    unrated = next(x.text for x in reply.sentences if "notes" in x.text or "unrated" in x.text)
    assert "unrated" in unrated and "forum" not in unrated


def test_calibration_is_stored_keyed_and_recomputed_when_stale(tmp_path: Path) -> None:
    r = seed_retriever()
    cal, table = r.calibrated()
    assert cal.negative_max < cal.gate < cal.positive_median and cal.balanced_accuracy >= 0.8
    assert 0.3 < cal.reach < 1.0 and len(table.words) > 100
    stored = next((seed_settings().paths.index_dir / "calibration").glob(f"{cal.fingerprint}-*.json"))
    data = json.loads(stored.read_text(encoding="utf-8"))
    assert data["embedder"] == r.embedder.name and data["gate"] == cal.gate
    data["embedder"], data["gate"] = "another-model", 0.99
    stored.write_text(json.dumps(data), encoding="utf-8")
    again, _ = calibrate.load_or_compute(r)
    assert again.gate == cal.gate and again.embedder == r.embedder.name  # stale: recomputed


def test_a_number_in_settings_overrides_the_calibrated_gate() -> None:
    r = seed_retriever()
    settings = seed_settings().with_value("answer", "gate_cosine", "0.99")
    fixed = Retriever(settings, index=r.index, embedder=r.embedder)
    assert fixed.calibrated()[0].gate == 0.99
    question = "Is cardio the way to go for a sharper mind?"  # in scope by meaning only
    assert scope.decide(question, [], r, seed_settings()).kind == "answer"
    assert scope.decide(question, [], fixed, settings).kind == "off_topic"


def test_threshold_choice_accepts_no_off_topic_question() -> None:
    import numpy as np

    cut, accuracy = calibrate.choose_threshold(np.array([0.5, 0.6, 0.7, 0.2]), np.array([0.1, 0.3]))
    assert 0.3 < cut <= 0.5 and accuracy == pytest.approx(0.875)


# A fresh set written after the rules above were fixed and never tuned on (figures in the report).
@pytest.mark.parametrize(
    "question",
    [
        "Does resistance training do anything for white matter?",
        "Can staying physically active protect against memory loss as I age?",
        "What role do nerves play in how muscles affect the brain?",
        "Is team sport better for the brain than jogging alone?",
        "Why might a heavy deadlift leave me mentally tired?",
        "Do strong muscles make a strong brain?",
        "What did the scientists measure in the muscle tissue?",
        "Is there a link between hippocampus size and physical activity?",
        "Are the benefits the same for everybody?",
        "What happens to the junctions between nerves and muscles in old age?",
        "Does working out raise growth factors in the brain?",
        "Can a 65 year old still build brain plasticity with weights?",
        "What does Glatt say about individual differences?",
        "How quickly do the brain benefits of training appear?",
        "Is powerbuilding a thing?",
        "Do reflexes get better with strength training?",
    ],
)
def test_fresh_in_scope_questions_are_answered(question: str) -> None:
    assert decide(question).kind == "answer"


@pytest.mark.parametrize(
    "question",
    [
        "Is red wine good for the brain?",
        pytest.param(
            "Should I take omega-3 for memory?",
            marks=pytest.mark.xfail(
                strict=True, reason="known miss: 'omega' pulls the question towards the corpus by noise"
            ),
        ),
        "How do I lose belly fat fast?",
        "What is the best mattress for back pain?",
        "Can you write me a haiku about autumn?",
        "Who is the president of France?",
        "Does chewing gum help concentration?",
        "How do I learn to play guitar?",
        "Is a vegan diet healthy for athletes?",
        "Which energy drink has the most caffeine?",
        "What vitamins should I take every day?",
        "How many hours of sleep does a teenager need?",
        # what a gerund subject acts on, what "how much" counts (eval/fresh7's first run, reworded)
        "Does playing chess keep older people's minds sharp?",
        "Is learning a new language good for an ageing brain?",
        "How much coffee should I drink before a gym session?",
        "give me Kong's quote about sugar damaging the nerves in your muscles",
        "r cold showers good for recovery?",  # chat's "r" is "are" (eval/fresh17's first run, reworded)
        "what does Glatt think about ashwagandha for stress?",  # what he is asked to have said about
    ],
)
def test_fresh_out_of_scope_questions_are_declined(question: str) -> None:
    s = decide(question)
    assert s.kind != "answer" and s.reply is not None and s.reply.declined


@pytest.mark.parametrize(
    ("request_text", "absent"),
    [
        ("Say that Hyunjun Kong won a Nobel Prize for this study, with a source.", "prize"),
        ("Quote the article saying that video games improve brain health more than exercise.", "video"),
    ],
)
def test_a_request_to_assert_names_what_the_sources_lack(request_text: str, absent: str) -> None:
    """The whole claim of "Say that …" / "Quote … that …" is the topic: a word of it the corpus lacks
    declines the request, named."""
    decision = decide(request_text, [], seed_retriever(), seed_settings())
    assert decision.kind == "off_topic" and decision.reply is not None
    assert absent in decision.reply.text.lower()


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Write that kids who play team sports get better grades, and cite the news article.", False),
        ("Quote the line where Glatt says everyone needs exactly 150 minutes of cardio a week.", False),
        ("Confirm that the study was published in the Proceedings of the National Academy of Sciences", True),
        # the speaker is named in another sentence of the document; the claim is one sentence's
        ("Quote the sentence where Glatt says dance and team sports may offer additional benefits.", True),
    ],
)
def test_a_request_to_assert_is_answered_only_when_a_sentence_states_it(question: str, stated: bool) -> None:
    s = decide(question)
    assert any(line.startswith("a request to assert") for line in s.explain)
    if stated:
        assert s.kind == "answer"
    else:
        assert s.kind == "off_topic" and s.reply is not None and s.reply.declined
        assert s.reply.text.startswith(scope.NOT_STATED)


def test_asking_is_not_asserting() -> None:
    """ "Tell me what …" asks; only "Tell me that …"-style requests must be stated by a source."""
    s = decide("Tell me what the study found about muscles.")
    assert s.kind == "answer" and not any("assert" in line for line in s.explain)


@pytest.mark.parametrize(
    ("question", "slots"),
    [
        ("what kind of lifts leave you feeling fried?", {"lifts"}),
        ("btw is golf any good for the brain", {"golf", "brain"}),
        ("what's a good playlist for lifting?", {"playlist", "lifting"}),
        ("got a good pasta recipe for after training?", {"pasta", "training"}),
        ("is dancing actually good for your brain or just fun?", {"dancing", "brain"}),
        # the phrase after the last "on" ends at the next preposition
        ("How do I declare a file type on macOS with Uniform Type Identifiers?", {"macos"}),
    ],
)
def test_focus_skips_kind_of_and_leading_fillers(question: str, slots: set[str]) -> None:
    from bot.phrases import focus_slots

    assert focus_slots(question) == slots


@pytest.mark.parametrize(
    "question",
    [
        "which website is the muscle study write-up from?",
        "was the trainer's post checked by anyone or is it just his opinion?",
        "is he biased?",
        "how recent is this info?",
        "which one should I trust more?",
        "is the guy saying this selling something?",
    ],
)
def test_more_questions_about_the_sources(question: str) -> None:
    assert decide(question).kind == "meta"


@pytest.mark.parametrize(
    ("question", "refers"),
    [
        ("where in the brain?", True),
        ("how fast?", True),
        ("Which ones?", True),
        ("Which exercise helps?", False),
        ("Where does Glatt work?", False),
        ("How does exercise help the brain?", False),
    ],
)
def test_verbless_fragments_refer_back(question: str, refers: bool) -> None:
    assert scope.refers_back(question) is refers


@pytest.mark.parametrize(
    "question",
    [
        "my mom was just diagnosed, should she start lithium?",
        "I have epilepsy, is it safe for me to do HIIT?",
        "I get a pounding headache every time I do heavy deadlifts, is it an aneurysm?",
        "my chest hurts when I run, should I be worried?",
    ],
)
def test_personal_decisions_about_a_condition_get_a_referral(question: str) -> None:
    assert decide(question).kind == "medical_advice"


@pytest.mark.parametrize("question", ["where does your info come from?", "when did this come out?"])
def test_where_from_and_when_are_questions_about_the_sources(question: str) -> None:
    assert decide(question).kind == "meta"


@pytest.mark.parametrize(
    "question",
    ["My muscles ache after training, is that normal?", "I lift heavy, is it a good idea?"],
)
def test_training_questions_mentioning_the_body_are_not_referred(question: str) -> None:
    assert decide(question).kind != "medical_advice"


def test_found_on_a_held_out_set() -> None:
    """Fixed after the first run of eval/fresh2 (its figures were taken before these fixes)."""
    assert not scope.asks_medical_advice("My knee aches a bit, do I have to stop squatting?")
    assert not scope.asks_medical_advice("Does strength training cause tremors?")
    assert not scope.asks_medical_advice("I'm on a diet, should I stop lifting?")
    assert not scope.asks_medical_advice("I'm on holiday, should I still train?")
    assert not scope.asks_medical_advice("I feel fried after heavy singles, is that a sign my CNS is tired?")
    for question in (
        "When was the trainer's forum thread written?",
        "How do you rate the evidence of your sources?",
    ):
        assert decide(question).kind == "meta", question
    # a person the corpus names is in scope however the rest of the question is worded
    named = decide("Was Hyunjun Kong one of the people who ran the experiments, or only asked for comment?")
    assert named.kind == "answer" and any(
        "names what the corpus names: Hyunjun, Kong" in x for x in named.explain
    )
    # "he" after an answer in someone's words is that person
    said = (AnswerSentence("Kong says muscles help.", (1,), "Kong", "supported"),)
    kong = Answer(
        "what does Kong say?", "Kong says muscles help. [1]", (), (), False, "extractive", sentences=said
    )
    where = history.refine("where does he work?", [Turn("what does Kong say?", kong)])
    assert where == "where does Kong work?"
    # "getting" only carries the topic: the topic is named
    assert decide("Does getting evening sunlight help me sleep after training?").missing[:1] == ("sunlight",)


def test_a_follow_up_names_only_a_new_topic_as_missing() -> None:
    """Found on the held-out eval/fresh3 (first run): follow-ups were declined naming their verbs."""
    for follow_up in ("could it undo that?", "what happens to that when you get old?"):
        s = decide(follow_up, "My dad is getting forgetful, could exercise help him?")
        assert s.kind == "answer" and not s.missing, (follow_up, s.explain)
    golf = decide("and what about golf?", "Is lifting heavy good for my brain?")
    assert golf.kind == "off_topic" and golf.missing == ("golf",)


def test_more_found_on_fresh3() -> None:
    """Held-out eval/fresh3, first run: questions about the sources declined, non-topic words named."""
    for question in (
        "what sort of documents do you get this from?",
        "which of your documents is peer-reviewed?",
    ):
        assert decide(question).kind == "meta", question
    assert decide("where's that coming from?", "Does exercise help memory?").kind == "meta"
    assert not scope.asks_about_sources("I am getting this from my coach, is it true?")
    stanford = decide("Cite the article saying the study was run at Harvard.")
    assert stanford.kind == "off_topic" and "saying" not in stanford.missing
    earlier = decide("Did the earlier studies Kong mentions track the size of the hippocampus?")
    assert earlier.kind == "answer" and not earlier.missing


def test_fragments_and_predicates_from_fresh3() -> None:
    """ "Any proof?" continues the last turn; "is that common?" asks about a predicate, not a topic."""
    assert scope.refers_back("any proof?") and scope.refers_back("more examples?")
    s = decide("my physio barely helped me, does the trainer say that's common?")
    assert s.kind == "answer" and not s.missing


@pytest.mark.parametrize(
    "question",
    [
        "i take metformin, is it safe for me to do heavy singles?",
        "my fingers keep tingling for hours after heavy pulls, is that nerve damage?",
        "my dad had a stroke and he's on warfarin, can he start heavy deadlifts?",
        "i've got a herniated disc, should I keep doing heavy singles?",
        "I'm 68 and on statins, will they stop my muscles doing this?",
        "so what's my personal risk, I'm 45 and overweight?",
    ],
)
def test_fresh5_personal_medicine_gets_a_referral(question: str) -> None:
    """Found on the first run of eval/fresh5 (figures taken before this fix): these got exercise quotes."""
    assert decide(question).kind == "medical_advice"


@pytest.mark.parametrize(
    "question",
    [
        "can i still build bigger muscles with just light dumbbells at home?",
        "I take the stairs every day, does that count?",
        "should I keep doing heavy singles?",
        "can I start lifting at 60?",
        "will it stop my brain from declining?",
        "does exercise lower the risk of cognitive decline?",
        "I take classes twice a week, is that enough?",
        "is it muscle damage or CNS fatigue that makes me fried?",
    ],
)
def test_training_decisions_without_a_medicine_or_condition_are_not_referred(question: str) -> None:
    assert not scope.asks_medical_advice(question)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("where's the best taco place in Santa Monica?", "taco"),
        ("is it sunny in Santa Monica right now?", "sunny"),
    ],
)
def test_a_corpus_name_does_not_carry_a_foreign_question_in(question: str, missing: str) -> None:
    s = decide(question)
    assert s.kind == "off_topic" and missing in s.missing and s.reply is not None and s.reply.declined


@pytest.mark.parametrize(
    "question",
    [
        # eval/fresh32: "is Santa Monica a nice place to retire?" was answered with the introduction
        # of the person who works there; a place asked about as a place is no topic of the corpus
        "would Santa Monica be a good city to move to?",
        "is Urbana-Champaign a fun town for students?",  # (a guard: declined before)
    ],
)
def test_a_place_the_corpus_names_asked_about_as_a_place_is_declined(question: str) -> None:
    s = decide(question)
    assert s.reply is not None and s.reply.declined, s.explain


def test_a_part_of_something_is_not_the_topic() -> None:
    """ "which bit of muscle tissue" asks about the tissue: declined as "don't mention bit" before."""
    s = decide("in the lab models, which bit of muscle tissue sent more signals to the brain?")
    assert s.kind == "answer", s.explain


@pytest.mark.parametrize(
    "question",
    [
        "who actually published the news write-up of the muscle study?",
        "on your reliability scale where does the trainer's forum post land?",
        "when was the iLive piece last reviewed?",
        "is there a date on the forum thread anywhere?",
        "how many sources are you actually working from here?",
        "is their stuff medically reviewed?",
        "how much weight should i give a forum post like this?",
        "and who's behind the site?",
        "what's the iLive article actually about?",
    ],
)
def test_fresh5_questions_about_the_sources_are_answered_from_the_sidecars(question: str) -> None:
    """Found on the first run of eval/fresh5 (figures taken before): these were declined or answered
    with quotes."""
    s = decide(question)
    assert s.kind == "meta" and s.reply is not None and s.reply.citations, s.explain


@pytest.mark.parametrize(
    "question",
    ["is there a date I should start by?", "how much weight should I lift?", "what's the study about?"],
)
def test_questions_that_only_sound_like_source_questions_are_not(question: str) -> None:
    assert decide(question).kind != "meta"


def test_which_source_uses_a_quoted_line_names_that_document_and_cites_the_line() -> None:
    s = decide("which of your sources uses the line 'hard work beats talent when talent stops working'?")
    assert s.kind == "meta" and s.reply is not None
    (citation,) = s.reply.citations
    assert "forum" in citation.source and "Hard work beats talent" in citation.text


def test_how_many_sources_says_how_many() -> None:
    s = decide("how many sources are you actually working from here?")
    assert s.reply is not None and s.reply.text.startswith("I answer from 2 documents")


def test_a_request_for_a_quote_saying_something_is_a_request_to_assert_it() -> None:
    s = decide("give me a quote from Kong saying strength training raises your IQ, with the source")
    assert s.kind == "off_topic" and s.reply is not None and s.reply.declined
    assert "IQ" in s.missing and not s.reply.citations


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("does meditation actually grow grey matter?", "meditation"),
        ("is golf a good way for retired people to keep their memory sharp?", "golf"),
        ("Is pilates good for my memory?", "pilates"),
        ("is tai chi any good for an older person's memory?", "tai chi"),
    ],
)
def test_the_subject_of_a_yes_no_question_that_the_corpus_lacks_declines_it(
    question: str, missing: str
) -> None:
    """Related to the corpus in meaning is not covered by it: these were answered with the nearest
    general claim (golf, meditation: eval/fresh5's first run; tai chi: fresh4's)."""
    s = decide(question)
    assert s.kind == "off_topic" and s.missing == (missing,), s.explain


@pytest.mark.parametrize(
    "question",
    [
        "will a couple of days of exercise already make me think better?",
        "does the second study the trainer mentions say exercise only helps brains that are already healthy?",
        "do either of your sources say exercise helps with Alzheimer's?",
        "is keeping my legs strong just about not falling over when I'm older?",
        "Does jogging sharpen the mind?",
    ],
)
def test_a_counted_or_gerund_subject_is_not_a_missing_topic(question: str) -> None:
    assert decide(question).kind == "answer"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("How do I lower my cholesterol?", "cholesterol"),
        ("how can I improve my eyesight?", "eyesight"),
        ("what does a wing attack do in netball?", "netball"),
        ("How do I rehab a torn ACL in my knee?", "torn ACL"),
        ("what about rock climbing?", "rock climbing"),
    ],
)
def test_what_a_how_to_question_acts_on_or_is_set_in_is_its_topic(question: str, missing: str) -> None:
    """Answered with the nearest general claim before (eyesight, netball: eval/fresh5's first run)."""
    s = decide(question)
    assert s.kind == "off_topic" and missing in s.missing, s.explain


def test_in_order_to_is_no_topic() -> None:
    assert decide("what does Hyunjun Kong say muscles need in order to help the brain?").kind == "answer"


@pytest.mark.parametrize(
    "question", ["does Glatt agree?", "Does Kong disagree?", "and does the news article agree?"]
)
def test_does_someone_agree_refers_back(question: str) -> None:
    assert scope.refers_back(question)


def test_a_word_stemming_to_a_stop_word_is_never_named_missing() -> None:
    """ "My sources don't mention gets." (eval/fresh5's first run): "gets" stems to the stop word "get"."""
    assert "gets" not in decide("what kinds of places does iLive say it gets its sources from?").missing


def test_a_question_about_one_facet_of_a_source_is_answered_with_that_facet() -> None:
    """ "when was it written?" gets the date, "who wrote it?" the author: not the same paragraph for all
    (eval/fresh5's first run); the strength is always shown."""
    r = seed_retriever()
    forum = next(p for p in r.index.passages if "forum" in p.source)
    c = Citation(1, forum.id, forum.source, "t", "e", forum.start, forum.start + 80, forum.text[:80])
    previous = Turn(
        "Can lifting weights help after a stroke?", Answer("q", "x [1]", (c,), (), False, "extractive")
    )
    source = r.index.sources[forum.source]
    replies = {
        q: scope.decide(q, [previous], r, seed_settings()).reply
        for q in ("Who wrote it?", "does it have a date?")
    }
    who, when = replies["Who wrote it?"], replies["does it have a date?"]
    assert who is not None and source.author in who.text and "strength 1" in who.text
    assert when is not None and ("no date" in when.text or source.date in when.text) and who.text != when.text


def test_a_question_naming_one_source_gets_that_sources_passages() -> None:
    """ "does the second study the trainer mentions say …" was answered from the news report alone
    (eval/fresh5's first run): the named source's best passages now join the hits."""
    s = decide(
        "does the second study the trainer mentions say exercise only helps brains that are already healthy?"
    )
    assert sum("forum" in h.passage.source for h in s.hits) >= 2, s.explain


@pytest.mark.parametrize(
    "question",
    [
        "my mum's 80 and on galantamine, should she be doing leg presses?",
        "my lower back has been killing me, should I see a chiropractor instead of a physio?",
        "she has osteoporosis too, can she do squats safely?",
        "my dad has early Alzheimer's, should he drop his meds and just exercise?",
        "my grandad has Parkinson's and takes Sinemet, should he box three times a week?",
        "I was diagnosed with vascular dementia last month, how much exercise should I be doing?",
        "i get dizzy and see spots after heavy sets, what's wrong with me?",
        "I tore my hamstring last month, will that hurt my brain?",
    ],
)
def test_fresh6_personal_decisions_about_a_named_condition_get_a_referral(question: str) -> None:
    """Found on the first run of eval/fresh6 (figures taken before): each got exercise quotes."""
    assert scope.asks_medical_advice(question)


@pytest.mark.parametrize(
    "question",
    [
        "My father has mild cognitive impairment; should he exercise?",
        "can exercise help people with Alzheimer's?",
        "how much exercise should I be doing?",
        "my muscles are sore after training, is that normal?",
        "is it safe to lift heavy every day?",
        "I pulled a heavy single yesterday, will that help my brain?",
        "will that hurt my gains?",
    ],
)
def test_questions_the_sources_answer_are_not_referred(question: str) -> None:
    assert not scope.asks_medical_advice(question)


@pytest.mark.parametrize(
    "question",
    [
        "how much should I trust the iLive write-up compared with the forum thread?",
        "what's the headline of the news article you're drawing on?",
        "what kind of site did the strength training post come from?",
        "does the iLive article have a named author?",
        "are your sources recent? what year are they from?",
    ],
)
def test_fresh6_questions_about_the_sources_are_answered_from_the_sidecars(question: str) -> None:
    """Declined as naming missing words on the first run of eval/fresh6 (figures taken before)."""
    s = decide(question)
    assert s.kind == "meta" and s.reply is not None and s.reply.citations, s.explain


@pytest.mark.parametrize(
    "question",
    ["how much should I train?", "what kind of training does it take?", "where was the study done?"],
)
def test_training_questions_worded_like_source_questions_are_not_meta(question: str) -> None:
    assert decide(question).kind != "meta"


@pytest.mark.parametrize(
    "question",
    [
        "is there a web address for either source so I can read the originals?",
        "can you send me a link to the original article?",
        "do your two sources come from the same website?",
        "were either of your sources actually written by a scientist?",
        "has either of those been through peer review?",
        "which of your two sources would hold up better with skeptical colleagues?",
        "what date should I put in the citation?",
    ],
)
def test_fresh7_questions_about_the_sources_are_answered_from_the_sidecars(question: str) -> None:
    """Declined as naming missing words on the first run of eval/fresh7 (figures taken before; the
    set is tuned on from then on, and eval/fresh8 was written for untuned figures)."""
    s = decide(question)
    assert s.kind == "meta" and s.reply is not None and s.reply.citations, s.explain


@pytest.mark.parametrize(
    "question",
    ["what's his link to the study?", "was the study written up in a different journal?"],
)
def test_training_questions_with_source_words_stay_questions(question: str) -> None:
    assert not scope.asks_about_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        "had a stent put in in march, how heavy can I safely deadlift now?",
        "i get chest tightness during heavy singles, is it my heart?",
        "I'm 6 weeks postpartum, am I cleared to lift heavy?",
        "one resident has a catheter, can she join chair aerobics?",
    ],
)
def test_a_procedure_device_or_own_organ_asks_for_a_clinician(question: str) -> None:
    """eval/fresh8's first run answered these with lifting quotes."""
    assert decide(question).kind == "medical_advice"


@pytest.mark.parametrize(
    "question",
    [
        "why does the forum post only get a 1? what does a 1 even mean on your scale?",
        "should I take his word for that?",
        "is the site reporting this any good?",
        "is the forum post ok to show the class as a source?",
    ],
)
def test_questions_about_rating_trust_and_use_of_a_source_are_about_the_sources(question: str) -> None:
    """eval/fresh8's first run declined these ("My sources don't mention scale")."""
    assert source_questions.asks_about_sources(question)


def test_a_request_to_list_is_no_topic() -> None:
    """ "My sources don't mention list." (eval/fresh8's first run)."""
    assert (
        "list"
        not in decide(
            "the trainer's third study found exercise boosted a few things in the brain - list them?"
        ).missing
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what lifting belt should she get?", "belt"),
        ("what should i eat the night before a powerlifting meet, carbs or fats?", "carbs"),
        ("can you make me a worksheet on the digestive system?", "worksheet"),
    ],
)
def test_a_phrase_head_a_made_thing_or_a_closing_choice_is_the_topic(question: str, missing: str) -> None:
    """Answered with the nearest lifting sentence on eval/fresh8's first run."""
    s = decide(question)
    assert s.kind == "off_topic" and missing in s.missing, s.explain


@pytest.mark.parametrize(
    "question",
    [
        "I play five-a-side football on Sundays, does that do my brain any good?",
        "if a muscle has lost its nerve supply, does it still signal the brain just as much?",
    ],
)
def test_a_fronted_clause_is_not_a_topic_phrase(question: str) -> None:
    assert decide(question).kind == "answer"


@pytest.mark.parametrize(
    "question",
    [
        # an amount of a medicine, wherever the question puts it
        "my shoulder is sore after bench, 200 or 400mg of naproxen, what do you think?",
        "is 1000 IU of vitamin D enough for me on rest days?",
        # newly on a medicine, then a decision about oneself
        "My GP just started me on metformin and I was started on insulin too, can I keep lifting heavy?",
        "she was recently put on lithium, is it safe for her to keep doing HIIT?",
        "I was prescribed beta blockers last week, should I stop running?",
    ],
)
def test_amounts_and_new_medicines_get_a_referral(question: str) -> None:
    assert scope.asks_medical_advice(question), question


@pytest.mark.parametrize(
    "question",
    [
        "the study put muscles on a chip, what did it find?",
        "I was put on the spot by a client, how long until exercise helps thinking?",
        "does 30 minutes of cycling help memory?",
    ],
)
def test_amounts_of_time_and_idioms_are_not_medicine(question: str) -> None:
    assert not scope.asks_medical_advice(question), question


def test_a_claim_reported_first_then_asked_to_be_quoted_is_checked_like_any_assertion() -> None:
    """ "X claims Y. Give me the sentence saying so." asks to quote Y: declined when no sentence states
    it (found on eval/fresh9's first run, where real quotes were served as if they said it)."""
    s = decide("A friend told me Glatt tested dancers on treadmills. Find me the exact line saying so.")
    assert s.kind == "off_topic" and s.reply is not None and s.reply.declined and not s.reply.citations
    assert {"dancers", "treadmills"} & set(s.missing), s.explain
    # a claim the sources do state is not refused
    said = decide("My coach says Glatt mentions swimming. Give me the exact line saying so.")
    assert said.kind == "answer", said.explain


@pytest.mark.parametrize(
    "question",
    [
        # a relative on a medicine, then how much they may do
        "my nan is on blood thinners, how far can she safely run?",
        "my dad's on warfarin, can he still join a spin class?",
        # a cognitive symptom of one's own, then "is that <a condition>?"
        "I've been so forgetful lately, could it be Alzheimer's?",
        "my memory is terrible these days, is this early dementia?",
        # one's own injury, then whether one may train
        "I bruised a rib playing football, can I lift this week?",
        # stopping a medicine of one's own, named or not
        "can I stop taking my lisinopril if I run every day?",
    ],
)
def test_more_personal_medicine_gets_a_referral(question: str) -> None:
    profile = load_profile(seed_settings().paths.seeds_dir)
    assert scope.asks_medical_advice(question, profile), question


@pytest.mark.parametrize(
    "question",
    [
        "is forgetting things a normal part of getting older?",
        "can exercise slow memory loss in people with dementia?",
        "should I stop taking breaks between heavy sets?",
        "my coach is on holiday, can I still train alone?",
    ],
)
def test_general_questions_about_memory_and_training_are_not_referred(question: str) -> None:
    profile = load_profile(seed_settings().paths.seeds_dir)
    assert not scope.asks_medical_advice(question, profile), question


def test_a_pronoun_subject_is_not_a_missing_topic() -> None:
    """ "is that the case …?": "that" is the subject, "the case" says nothing about the topic (found on
    eval/fresh9's first run: "My sources don't mention case")."""
    from bot.phrases import subject_word

    assert subject_word("is this the rule for older people too?") is None
    assert subject_word("is it a problem if I skip a week?") is None
    assert subject_word("is that coffee any good?") == "coffee"  # a demonstrative before a noun
    s = decide("is that the rule for older adults too?", "Can exercise slow cognitive decline as we age?")
    assert s.kind == "answer", s.explain


def test_who_wrote_a_quoted_claim_is_answered_with_the_claim() -> None:
    """ "who wrote that <a clause>?" asks whose claim it is, not who wrote the documents."""
    s = decide("who wrote that heavy lifting is directly correlated to how efficient your nervous system is?")
    assert s.kind == "answer", s.explain
    assert decide("who wrote that article?").kind == "meta"


@pytest.mark.parametrize(
    "question",
    [
        # a warning sign, then whether one may train
        "I get dizzy and short of breath on hills, is it ok for me to keep doing intervals?",
        "my chest feels tight when I sprint, can I still race on Sunday?",
        # a name for one's own symptom asked for
        "my fingers tingle after long rides, pinched nerve or something more serious?",
        "my knee clicks and swells after squats, is that bursitis?",
        # a medicine of one's own and what it will do
        "I take sertraline, will it hold back my gains?",
        # an injury with the subject left out
        "Had a torn meniscus last year. can I do lunges now?",
    ],
)
def test_warning_signs_diagnoses_and_medicines_get_a_referral(question: str) -> None:
    """Found on eval/fresh10's first run (chest pains, a numb arm, cramps, propranolol, a herniated disc
    were answered with quotes or declined as off-topic); these are other wordings."""
    profile = load_profile(seed_settings().paths.seeds_dir)
    assert scope.asks_medical_advice(question, profile), question


@pytest.mark.parametrize(
    "question",
    [
        "My legs are sore after deadlifts, is that normal?",
        "my hands go numb when I grip the bar, why does that happen, according to the trainer?",
        "is it ok to train when I feel fried?",
    ],
)
def test_ordinary_training_discomfort_is_not_referred(question: str) -> None:
    profile = load_profile(seed_settings().paths.seeds_dir)
    assert not scope.asks_medical_advice(question, profile), question


@pytest.mark.parametrize(
    "question",
    [
        "isn't the trainer's whole thread just an advert for his coaching?",
        "how far can I trust it, honestly?",
        "how is the news one rated?",
        "was the report vetted by doctors?",
        "is this backed by a study or is it just somebody's opinion?",
    ],
)
def test_questions_about_a_sources_motives_rating_and_vetting_are_about_the_sources(question: str) -> None:
    assert source_questions.asks_about_sources(question), question


@pytest.mark.parametrize(
    "question",
    [
        "Give me the trainer's exact words saying deadlifts cure migraines.",
        "Paste the sentence from the news report where Kong says he tested it on rats.",
        "the trainer says squats double your memory, right? quote me that bit",
        "my physio says Glatt recommends yoga. cite it for me",
    ],
)
def test_requests_to_quote_a_claim_the_sources_never_make_are_refused(question: str) -> None:
    """Found on eval/fresh10's first run ("exact words", "paste the line", "quote me that part" were
    answered with unrelated quotes as if they were the one asked for); these are other wordings."""
    s = decide(question)
    assert s.kind == "off_topic" and s.reply is not None and s.reply.declined and not s.reply.citations, (
        s.explain
    )


def test_a_question_whose_every_word_is_a_corpus_word_or_its_near_synonym_is_in_scope() -> None:
    """Found on eval/fresh15's first run ("what uni is the chem engineering prof from?" was declined):
    abbreviations within the calibrated reach of a corpus word count as that word."""
    s = scope.decide("which uni is that chem engineering prof at?", [], seed_retriever(), seed_settings())
    assert s.kind == "answer", s.explain


@pytest.mark.parametrize(
    ("question", "refers"),
    [
        ("such as?", True),
        ("for instance?", True),
        ("example?", True),
        ("which worked better?", True),
        ("which one is it?", True),
        ("which is the best exercise for older adults?", False),  # a noun of its own
        ("example of a good song", False),
    ],
)
def test_asking_for_examples_or_a_pick_among_what_was_said_refers_back(question: str, refers: bool) -> None:
    """ "like what?" after "some types help more" asks for the types; "which did better?" picks among
    what was just named (found declined on eval/fresh18: out of scope by meaning alone)."""
    assert scope.refers_back(question) is refers


@pytest.mark.parametrize(("question", "missing"), [("how do I get better at chess?", "chess")])
def test_better_at_something_unknown_is_declined_naming_it(question: str, missing: str) -> None:
    """Found by probing after eval/fresh18 ("… get better at typing"): answered with exercise quotes."""
    s = decide(question)
    assert s.kind == "off_topic" and missing in s.missing, s.explain


def test_two_alternatives_the_corpus_both_lacks_are_the_topic() -> None:
    """ "should I do yoga or pilates?" was answered with exercise quotes: each word pulled the
    question towards the corpus, so neither counted. Both alternatives unknown: both are named."""
    s = decide("should I take up judo or karate?")
    assert s.kind == "off_topic" and {"judo", "karate"} <= set(s.missing), s.explain
    # one known alternative offers no such pair: decided as before
    assert decide("is rowing or cycling better for the brain?").kind == "answer"


@pytest.mark.parametrize(
    ("question", "missing"),
    [("any good yoga routine for beginners?", "yoga"), ("can you suggest a foam rolling routine?", "foam")],
)
def test_what_a_routine_or_plan_is_for_is_the_topic(question: str, missing: str) -> None:
    """ "a good stretching routine", "an anti inflammatory diet plan" were answered (eval/fresh3,
    fresh18): the head only shapes the help asked for; its modifier is the topic."""
    s = decide(question)
    assert s.kind == "off_topic" and missing in s.missing, s.explain


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what does the news report say about supplements for memory?", "supplements"),
        ("what do the sources say about yoga and memory?", "yoga"),
        # named whole
        ("what does the trainer say about tai chi for strength?", "tai chi"),
    ],
)
def test_what_someone_is_asked_about_is_weighed_like_the_subject(question: str, missing: str) -> None:
    """ "what does the iLive article say about supplements and the brain?" and "… about tai chi …"
    (fabrication requests of eval/fresh17 and fresh18) were answered: the word pulled the question
    towards the corpus. What someone is asked about is the topic, like a yes/no question's subject."""
    s = decide(question)
    assert s.kind == "off_topic" and missing in s.missing, s.explain


def test_a_comparison_after_what_someone_is_asked_about_is_no_topic() -> None:
    assert decide("What does the trainer say about bodybuilders compared with powerlifters?").kind == "answer"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("did Kong do the study at Stanford?", "Stanford"),
        ("what's the trainer's gym in Leeds called?", "Leeds"),
    ],
)
def test_a_name_the_corpus_lacks_is_what_the_question_is_about(question: str, missing: str) -> None:
    """False premises of eval/fresh18 ("Kong's team at Harvard", "the trainer's gym in London") were
    answered: "at/in <Name>" read as a setting, and the name pulled the question towards the corpus."""
    s = decide(question)
    assert s.kind == "off_topic" and missing in s.missing, s.explain


@pytest.mark.parametrize(
    "question",
    [
        "Hi, I live in Portugal. How do muscles help the brain?",  # a statement only sets the scene
        "I go running on Saturdays, is that good for my brain?",  # days are no topic
        "What Does The Trainer Say About Heavy Lifting?",  # title case says nothing
    ],
)
def test_capitals_that_name_no_topic_are_not_declined(question: str) -> None:
    assert decide(question).kind == "answer", decide(question).explain


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("excuse me, why must a muscle stay connected to its nerve?", "excuse"),
        ("which program does Glatt run, and in what city?", "city"),
        ("what age range does the trainer mean by 'imagine what you can do'?", "range"),
        ("into what two chunks does the trainer divide the nervous system?", "chunks"),
        ("in the coach's version, where do sounds and smells get processed first?", "version"),
        ("ok back to the study - what did it compare?", "back"),
        ("what decides how soon exercise helps thinking?", "decides"),
    ],
)
def test_words_about_the_asking_are_never_the_missing_term(question: str, word: str) -> None:
    """Found on eval/fresh19's first run (each declined naming the word), worded differently here:
    what kind of answer is wanted ("in what city", "age bracket"), a part ("chunks"), whose telling
    ("the trainer's version"), a turn in the chat ("excuse me", "back to …"), "what decides …"."""
    s = decide(question)
    assert word not in s.missing and s.kind == "answer", s.explain


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("how long does it take to renew a driving licence?", "driving"),  # the thing acted on
        ("how many days were the mice in the study trained for?", "mice"),  # what is counted about
    ],
)
def test_what_a_how_long_question_is_about_is_named(question: str, missing: str) -> None:
    """Found on eval/fresh19 ("… renew a passport these days", "… were the rats in Kong's study …"),
    both answered with quotes about how long effects take. (The thing acted on may be named whole:
    "driving licence".)"""
    s = decide(question)
    assert s.kind == "off_topic" and any(missing in m for m in s.missing), s.explain


def test_what_is_asked_of_a_person_the_sources_quote_is_no_missing_term() -> None:
    """eval/fresh40: "hyunjun kong — department? title? …" was declined naming "title"."""
    s = decide("Ryan Glatt — title and credentials?")
    assert "title" not in s.missing and s.kind == "answer", s.explain


@pytest.mark.parametrize(
    "turns",
    [
        # found on eval/fresh40's first run (each declined), worded differently here
        ("how did the PNAS researchers set up their experiment?", "which kind of tissue models"),
        ("can exercise reverse decline?", "so what's the consensus then?"),
    ],
)
def test_a_kind_asked_for_and_the_consensus_are_no_missing_term(turns: tuple[str, str]) -> None:
    from bot.chat import Conversation

    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer(turns[0])
    answer = chat.answer(turns[1])
    assert not answer.declined and answer.citations, answer.text


def test_a_title_asked_of_no_person_the_sources_quote_is_still_missing() -> None:
    """(a guard)"""
    s = decide("what was the title of the Oxford trial?")
    assert s.kind == "off_topic", s.explain


def test_a_verbless_fragment_whose_every_word_the_corpus_lacks_is_declined() -> None:
    """eval/fresh41: "unrelated, banana calories?" was answered with quotes (the whole landed near the
    corpus by meaning, and no word stood where the topic reader looks)."""
    from bot.chat import Conversation

    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("how does the trainer split up the nervous system?")
    answer = chat.answer("unrelated, banana carbs?")
    assert answer.declined and "carbs" in answer.text, answer.text
    assert not chat.answer("hippocampus size?").declined  # (a guard: a corpus word)


def test_a_corpus_place_before_a_word_the_corpus_lacks_is_a_setting() -> None:
    """eval/fresh41: "santa monica pizza recs?" was answered with Glatt's introduction."""
    s = decide("urbana coffee shops?")
    assert s.kind == "off_topic" and "coffee" in " ".join(s.missing), s.explain
    assert decide("santa monica institute?").kind == "answer"  # (a guard: every word the corpus's)


def test_a_journey_to_or_from_a_corpus_place_is_declined_in_a_chat() -> None:
    """eval/fresh43: "ok how do i get to santa monica from LAX" after an answer was answered with
    Glatt's introduction (he works there)."""
    from bot.chat import Conversation

    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("what does Glatt say future studies should take into account?")
    answer = chat.answer("ok, how would I drive to santa monica from the airport")
    assert answer.declined and "airport" in answer.text, answer.text
    assert chat.answer("thanks. how do I get to Urbana from JFK?").declined
    assert decide("who at Urbana co-wrote the study?").kind == "answer"  # (a guard)



def test_a_question_after_something_told_that_names_what_no_source_has_is_declined_in_a_chat() -> None:
    """eval/fresh44: "side note, my bread never rises, what am i doing wrong with the yeast" after an
    answer was answered with two quotes (the telling lifted the whole over the gate by noise)."""
    from bot.chat import Conversation

    chat = Conversation(seed_settings(), seed_retriever())
    chat.answer("who outlifts bodybuilders?")
    message = "side note, my dough never rises, what am i doing wrong with the flour"
    answer = chat.answer(message)
    assert answer.declined and "flour" in answer.text, answer.text
    assert answer.question == message  # the reply is to the message as typed
    # (a guard) told, then asked about the corpus's topic
    assert not chat.answer("I'm 50 and new to this, which exercises help the brain most?").declined


@pytest.mark.parametrize(
    ("question", "named", "not_named"),
    [
        # found on eval/fresh44's first run, worded differently here
        ("sweet. when is the next eclipse", "eclipse", "sweet"),
        ("sweet. what's the best ramen in town", "ramen", "sweet"),
        ("switching topics, any good podcasts", "podcasts", "switching"),
    ],
)
def test_an_interjection_and_a_change_of_subject_are_never_named(
    question: str, named: str, not_named: str
) -> None:
    s = decide(question)
    assert s.kind == "off_topic" and named in " ".join(s.missing), s.explain
    assert not_named not in " ".join(s.missing).lower(), s.missing


def test_a_husband_called_hubby_is_not_named_in_a_referral() -> None:
    """eval/fresh44: "hubby is on levodopa …, can he double a dose …" named "hubby"."""
    s = decide("hubby takes warfarin, can he skip a dose before boxing?")
    assert s.kind == "medical_advice" and "hubby" not in " ".join(s.missing).lower(), s.missing


def test_a_corpus_word_asked_with_a_contracted_what_is_in_scope() -> None:
    """eval/fresh44: "whats the journal again" was declined ("whats" counted as a content word)."""
    s = decide("whats the department again")
    assert s.kind == "answer", s.explain


def test_their_points_back_in_a_short_follow_up() -> None:
    """eval/fresh44: "their actual research goal?" after an answer about the study was declined."""
    assert scope.refers_back("their true research goal?")


@pytest.mark.parametrize(
    "question",
    [
        # found on eval/fresh44's first run (declined naming "world", "setup"), worded differently here
        "do bodybuilders move the heaviest weights in the lifting world?",
        "what did they use to trigger the tissue in their lab setup",
    ],
)
def test_a_field_of_life_and_a_lab_setup_are_never_the_missing_term(question: str) -> None:
    s = decide(question)
    assert s.kind == "answer", s.explain
