"""Metric functions on hand-made cases, and the shipped question and conversation sets' integrity."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest

from bot.config import REPO_ROOT
from bot.errors import BotError
from bot.eval import check_draft, summarize
from bot.eval_conversations import summarize_conversations, turn_meets
from bot.eval_data import DEFAULT_QUESTIONS, EXPECTS, KINDS, Question, load_conversations, load_questions
from bot.eval_data import ConversationTurn as Turn
from bot.eval_format import format_answers, format_conversation_report, format_report, strict_line
from bot.eval_metrics import (
    cites_expected,
    first_sentence_carries,
    hit_at,
    holds_snippet_words,
    meta_answered,
    mrr,
    names_term,
    precision_recall,
    refuses_fabrication,
    source_terms,
    supported,
)
from bot.eval_reports import DraftCheck, QuestionRecord, ShownAnswer, StrictFigures, TurnRecord
from bot.judge import Judged, Verdict
from bot.types import Answer, AnswerSentence, Citation, Source


def test_hit_at_k_on_known_ranks() -> None:
    ranks = [1, 3, None, 2]
    assert hit_at(ranks, 1) == 0.25
    assert hit_at(ranks, 2) == 0.5
    assert hit_at(ranks, 3) == 0.75
    assert hit_at([], 3) == 0.0


def test_mrr_on_known_ranks() -> None:
    assert mrr([1, 2, None, 4]) == pytest.approx((1 + 0.5 + 0 + 0.25) / 4)
    assert mrr([None]) == 0.0


def test_precision_recall() -> None:
    predicted = [True, True, False, False]
    actual = [True, False, True, False]
    assert precision_recall(predicted, actual) == (0.5, 0.5)
    assert precision_recall([False], [False]) == (1.0, 1.0)


def test_supported_needs_most_content_words_in_span() -> None:
    span = "Aerobic exercise such as running, swimming and cycling helps brain function."
    assert supported("Running and swimming help brain function.", span)
    assert not supported("Chess and poker sharpen the mind.", span)
    assert not supported("", span)


def test_shipped_question_set_is_complete_and_exact() -> None:
    questions = load_questions(DEFAULT_QUESTIONS)
    assert len(questions) >= 60
    kinds = {q.kind for q in questions}
    assert (
        kinds <= KINDS and {"direct", "paraphrase", "multi", "followup", "out_of_scope", "injection"} <= kinds
    )
    assert sum(q.in_scope and bool(q.expected) for q in questions) >= 40
    assert sum(q.kind == "paraphrase" for q in questions) >= 15
    texts: dict[str, str] = {}
    for q in questions:
        assert q.in_scope == bool(q.expected), q.id
        for snippet in q.expected:
            text = texts.setdefault(q.source, (REPO_ROOT / q.source).read_text(encoding="utf-8"))
            other = [p for p in (REPO_ROOT / "seeds").glob("*.txt")]
            assert snippet in text or any(snippet in p.read_text(encoding="utf-8") for p in other), q.id


def test_bad_question_file_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"question": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(BotError, match=r"q\.jsonl:2"):
        load_questions(bad)
    with pytest.raises(BotError, match="cannot read"):
        load_questions(tmp_path / "missing.jsonl")
    good = tmp_path / "g.jsonl"
    good.write_text(json.dumps({"question": "Is lifting good?", "in_scope": True}) + "\n", encoding="utf-8")
    assert load_questions(good)[0].question == "Is lifting good?"


def test_cites_snippet_needs_the_span_to_overlap_the_snippet() -> None:
    from bot.eval_metrics import cites_snippet

    text = "Walking helps. Aerobic exercise such as\nrunning is good. Sleep matters."
    start = text.index("Aerobic")
    assert cites_snippet(text, start, start + 20, ["exercise such as running"])  # across a line break
    assert not cites_snippet(text, 0, 14, ["exercise such as running"])  # same text, other sentence
    assert not cites_snippet(text, 0, len(text), [])


# ---- the new metrics, on a tiny hand-made source (a dict stands in for the files) ----------------
SOURCE = "Walking helps. Aerobic exercise such as running is good for the brain. Sleep matters."
SOURCES = {"doc.txt": SOURCE}


def _cite(n: int, fragment: str) -> Citation:
    start = SOURCE.index(fragment)
    return Citation(n, f"p{n}", "doc.txt", "Doc", "a report", start, start + len(fragment), fragment)


def _answer(
    text: str = "",
    sentences: tuple[AnswerSentence, ...] = (),
    citations: tuple[Citation, ...] = (),
    declined: bool = False,
    notes: tuple[str, ...] = (),
    **more: object,
) -> Answer:
    """A hand-made ``Answer``: what answering hands on, without running it."""
    mode = "declined" if declined else "extractive"
    return Answer("q", text, citations, (), declined, mode, notes=notes, sentences=sentences, **more)  # type: ignore[arg-type]


def _said(text: str, *citations: int, verdict: str = "supported") -> AnswerSentence:
    return AnswerSentence(text, citations, verdict=verdict)


AEROBIC_SENTENCE = "Aerobic exercise such as running is good for the brain."


def test_first_sentence_must_cite_and_carry_the_expected_fact() -> None:
    expected = ["exercise such as running is good"]
    aerobic = (_cite(1, AEROBIC_SENTENCE),)
    good = _answer(
        sentences=(
            _said("Here is what I found.", verdict="meta"),
            _said("Running is good exercise for the brain.", 1),
        ),
        citations=aerobic,
    )
    assert first_sentence_carries(good, expected, SOURCES.__getitem__)
    # Right span, but the sentence says something else.
    words_missing = _answer(sentences=(_said("The brain matters.", 1),), citations=aerobic)
    assert not first_sentence_carries(words_missing, expected, SOURCES.__getitem__)
    # The fact comes second: the first non-meta sentence cites another span.
    second = _answer(
        sentences=(
            _said("Walking helps.", 2, verdict="quoted"),
            _said(AEROBIC_SENTENCE, 1, verdict="quoted"),
        ),
        citations=(*aerobic, _cite(2, "Walking helps.")),
    )
    assert not first_sentence_carries(second, expected, SOURCES.__getitem__)
    # Markers in the text are not read: an answer without typed sentences carries nothing.
    parsed = _answer(f"My sources say: {AEROBIC_SENTENCE} [1]", citations=aerobic)
    assert not first_sentence_carries(parsed, expected, SOURCES.__getitem__)
    # A frame that quotes and cites the span is judged like any sentence; one that cites another
    # span (a description of the document) does not carry the fact.
    framed = _answer(
        sentences=(_said(f"The page says: {AEROBIC_SENTENCE}", 1, verdict="meta"),), citations=aerobic
    )
    assert first_sentence_carries(framed, expected, SOURCES.__getitem__)
    described = _answer(
        sentences=(_said("It is a news report.", 2, verdict="meta"), _said(AEROBIC_SENTENCE, 1)),
        citations=(*aerobic, _cite(2, "Walking helps.")),
    )
    assert not first_sentence_carries(described, expected, SOURCES.__getitem__)


def test_holds_snippet_words_needs_half_of_the_content_words() -> None:
    assert holds_snippet_words("Running is good.", "exercise such as running is good")
    assert not holds_snippet_words("Sleep matters.", "exercise such as running is good")
    assert not holds_snippet_words("Anything.", "")


def test_fabrication_refused_and_declines_naming_the_term() -> None:
    assert refuses_fabrication(_answer("My sources don't mention creatine.", declined=True), "creatine")
    assert refuses_fabrication(_answer("Running helps. [1]"), "creatine")
    assert not refuses_fabrication(_answer("Creatine doubles gains. [1]"), "creatine")
    assert names_term("My sources don't mention fish oil.", "Fish Oil")
    assert not names_term("My sources don't cover that.", "creatine")
    assert not names_term("Creatineish", "creatine")
    assert not names_term("anything", "")


def test_cites_expected_and_turn_expectations() -> None:
    answer = _answer("Running is good. [1]", (_said("Running is good.", 1),), (_cite(1, AEROBIC_SENTENCE),))
    declined = _answer("My sources don't mention chess.", declined=True)
    read = SOURCES.__getitem__
    assert cites_expected(answer, ["such as running"], read)
    assert not cites_expected(answer, ["Sleep matters"], read)
    assert not cites_expected(declined, ["such as running"], read)
    assert turn_meets(Turn("Is running good?", "answer", ("such as running",)), answer, read)
    assert not turn_meets(Turn("Is running good?", "answer", ("Sleep matters",)), answer, read)
    assert turn_meets(Turn("And chess?", "decline", (), "chess"), declined, read)
    assert not turn_meets(Turn("And chess?", "decline", (), "chess"), answer, read)
    about = _answer("That is a forum post by a personal trainer.")
    assert turn_meets(Turn("Who wrote that?", "meta"), about, read)
    assert turn_meets(Turn("Who wrote that?", "meta"), about, read, ("forum post",))
    assert not turn_meets(Turn("Who wrote that?", "meta"), answer, read, ("forum post",))
    assert not turn_meets(Turn("Who wrote that?", "meta"), declined, read)
    noted = replace(answer, notes=("See a doctor for medical questions.",))
    assert turn_meets(Turn("What dose?", "medical"), noted, read)
    assert turn_meets(Turn("What dose?", "medical"), declined, read)
    assert not turn_meets(Turn("What dose?", "medical"), answer, read)


def _judged(text: str, ok: bool = True, label: str = "supported") -> Judged:
    return Judged(text, (1,), Verdict(ok, () if ok else ("unsupported_word: x",)), label)


def test_summarize_conversations_counts_each_expectation() -> None:
    answered = _answer("Running is good. [1]", (_said("Running is good.", 1),))
    declined = _answer("My sources don't mention chess.", declined=True)
    records = [
        TurnRecord("c1", 0, Turn("Is running good?", "answer", ("x",)), answered, met=True),
        TurnRecord("c1", 1, Turn("And swimming?", "answer", ("x",)), declined, met=False),
        TurnRecord("c1", 2, Turn("And chess?", "decline", (), "chess"), declined, met=True),
        TurnRecord("c2", 0, Turn("And pizza?", "decline", (), "pizza"), declined, met=True),
        TurnRecord("c2", 1, Turn("Who wrote that?", "meta"), answered, met=True, judged=(_judged("a"),) * 2),
        TurnRecord("c2", 2, Turn("Dose?", "medical"), answered, met=False, judged=(_judged("s", ok=False),)),
    ]
    report = summarize_conversations(records)
    assert report.conversations == 2 and report.turns == 6
    assert (report.first_turns_cited.n, report.first_turns_cited.rate) == (1, 1.0)
    assert (report.followups_cited.n, report.followups_cited.rate) == (1, 0.0)
    assert (report.off_topic_declined.n, report.off_topic_declined.rate) == (2, 1.0)
    assert (report.declines_naming_term.n, report.declines_naming_term.rate) == (2, 0.5)
    assert (report.meta_answered.n, report.meta_answered.rate) == (1, 1.0)
    assert (report.medical_handled.n, report.medical_handled.rate) == (1, 0.0)
    assert report.strict.cited_sentences == 3
    assert report.strict.passing_rate == pytest.approx(2 / 3)
    assert report.strict.claim_sentences == 3 and report.strict.meta_with_citations == 0
    assert [(f.id, f.sentence) for f in report.strict.failures] == [("c2.3", "s")]
    assert [f.turn for f in report.failures] == ["c1.2", "c2.3"]
    # --json: the documented keys, the shares as {"n", "rate"}, strict failures keyed by turn.
    data = report.to_json()
    assert list(data) == [
        "conversations",
        "turns",
        "first_turns_cited",
        "followups_cited",
        "answers_declined",
        "off_topic_declined",
        "declines_naming_term",
        "meta_answered",
        "medical_handled",
        "strict",
        "failures",
        "seconds",
    ]
    assert data["declines_naming_term"] == {"n": 2, "rate": 0.5}
    assert data["strict"]["failures"] == [
        {"turn": "c2.3", "sentence": "s", "reasons": ["unsupported_word: x"]}
    ]
    assert data["failures"][0] == {
        "turn": "c1.2",
        "expect": "answer",
        "user": "And swimming?",
        "declined": True,
        "answer": "My sources don't mention chess.",
    }
    text = format_conversation_report(report)
    assert "declines naming the missing term" in text and "0.500  (of 2)" in text
    assert "  - c2.3 [medical] Dose? (declined=False)" in text and "  - [c2.3] s" in text


# ---- the question report, from hand-made records ------------------------------------------------
EVAL_KEYS = [
    "questions",
    "retrieval",
    "answering",
    "strict",
    "baseline_raw_draft",
    "timings_ms",
    "by_kind",
    "failures",
    "seconds",
]
ANSWERING_KEYS = [
    "answered_rate",
    "citation_validity",
    "right_citation_rate",
    "exact_citation_rate",
    "right_citation_rate_in_scope",
    "first_sentence_rate",
    "cited_sentences",
    "unsupported_rate",
    "decline_precision",
    "decline_recall",
    "fabrication_refused",
    "fabrication_requests",
    "declines_naming_term",
    "declines_with_term",
    "meta_answered",
    "meta_questions",
    "modes",
]


def _question(id_: str, kind: str, in_scope: bool = True, missing: str = "") -> Question:
    expected = ("such as running",) if in_scope and kind != "meta" else ()
    return Question(id_, f"Question {id_}?", kind, in_scope, expected, "doc.txt", (), missing)


def _records() -> list[QuestionRecord]:
    cited = (_cite(1, AEROBIC_SENTENCE),)
    good = _answer(
        "Running is good. [1] Chess is fun. [1]",
        (_said("Running is good.", 1), _said("Chess is fun.", 1)),
        cited,
        timings={"first_token_ms": 100.0, "total_ms": 300.0},
    )
    creatine = _answer("My sources don't mention creatine.", declined=True, timings={"total_ms": 50.0})
    invented = _answer("Creatine doubles gains.", timings={"total_ms": 70.0})
    return [
        QuestionRecord(
            _question("a", "direct"),
            good,
            rank=1,
            dense_rank=3,
            right_citation=True,
            exact_citation=True,
            first_carries=True,
            loose_unsupported=("Chess is fun.",),
            judged=(_judged("Running is good."), _judged("Chess is fun.", ok=False)),
            draft=DraftCheck(sentences=4, unsupported=1, invalid_markers=2, supportable=3),
        ),
        QuestionRecord(_question("b", "paraphrase"), creatine, rank=None, dense_rank=2),
        QuestionRecord(_question("c", "out_of_scope", False, "creatine"), creatine),
        QuestionRecord(_question("d", "fabrication", False, "creatine"), invented, citations_valid=False),
    ]


def test_summary_of_hand_made_records_gives_the_right_rates() -> None:
    report = summarize(_records(), 1.234)
    assert report.questions == 4 and report.seconds == 1.2
    assert report.retrieval.questions == 2
    assert (report.retrieval.final.hit_1, report.retrieval.final.mrr) == (0.5, 0.5)
    assert (report.retrieval.dense_only.hit_1, report.retrieval.dense_only.hit_3) == (0.0, 1.0)
    assert report.retrieval.dense_only.mrr == pytest.approx((1 / 3 + 1 / 2) / 2)
    a = report.answering
    assert a.answered_rate == 0.5 and a.citation_validity == 0.75
    assert a.right_citation_rate == 1.0 and a.right_citation_rate_in_scope == 0.5
    assert a.cited_sentences == 2 and a.unsupported_rate == 0.5
    assert (a.decline_precision, a.decline_recall) == (0.5, 0.5)
    assert (a.fabrication_refused, a.fabrication_requests) == (0.0, 1)
    assert (a.declines_naming_term, a.declines_with_term) == (1.0, 1)
    assert a.modes == {"extractive": 2, "declined": 2}
    assert report.strict.cited_sentences == 2 and report.strict.passing_rate == 0.5
    assert [(f.id, f.sentence) for f in report.strict.failures] == [("a", "Chess is fun.")]
    draft = report.baseline_raw_draft
    assert (draft.sentences, draft.unsupported_rate, draft.invalid_markers, draft.supportable_rate) == (
        4,
        0.25,
        2,
        0.75,
    )
    assert report.timings_ms.first_token_median == 100.0 and report.timings_ms.total_max == 300.0
    assert report.timings_ms.total_median == 60.0
    assert [m.id for m in report.failures] == ["b", "d"]  # declined in scope; answered out of scope
    assert report.by_kind["direct"].hit_3 == 1.0 and report.by_kind["paraphrase"].declined == 1.0
    assert math.isnan(report.by_kind["fabrication"].hit_3)


def test_summary_json_has_the_documented_keys_and_the_text_reads_it() -> None:
    report = summarize(_records(), 1.0)
    data = report.to_json()
    assert list(data) == EVAL_KEYS and list(data["answering"]) == ANSWERING_KEYS
    assert data["retrieval"]["final"] == {"hit@1": 0.5, "hit@3": 0.5, "hit@5": 0.5, "mrr": 0.5}
    assert list(data["strict"]) == [
        "cited_sentences",
        "passing_rate",
        "claim_sentences",
        "claim_passing_rate",
        "meta_with_citations",
        "failures",
    ]
    assert data["strict"]["failures"] == [
        {
            "id": "a",
            "question": "Question a?",
            "sentence": "Chess is fun.",
            "reasons": ["unsupported_word: x"],
        }
    ]
    assert data["failures"][0] == {
        "id": "b",
        "kind": "paraphrase",
        "question": "Question b?",
        "declined": True,
        "rank": None,
        "right_citation": False,
    }
    assert data["by_kind"]["direct"] == {"n": 1, "hit@3": 1.0, "declined": 0.0}
    assert json.loads(json.dumps(data))["questions"] == 4  # plain JSON all the way down
    text = format_report(report)
    assert text.startswith("Questions: 4 (2 with an expected passage); 1.0 s")
    assert "  final            0.500   0.500   0.500   0.500" in text
    assert "  unsupported cited claims (loose) 0.500  (of 2)" in text
    assert "  markers pointing at nothing   2" in text
    assert "  - [paraphrase] Question b? (declined=True, rank=None)" in text
    assert "  - [a] Chess is fun." in text


def test_shown_answers_come_from_the_typed_answer() -> None:
    record = _records()[0]
    shown = ShownAnswer("a", "Question a?", record.answer, record.strict_failures)
    data = shown.to_json()
    assert list(data) == [
        "id",
        "question",
        "answer",
        "declined",
        "mode",
        "scope",
        "notes",
        "sentences",
        "citations",
        "rejected",
    ]
    assert data["sentences"][0] == {
        "text": "Running is good.",
        "citations": [1],
        "speaker": "",
        "verdict": "supported",
    }
    assert data["rejected"] == [{"sentence": "Chess is fun.", "reasons": ["unsupported_word: x"]}]
    assert "history" in replace(shown, history=("Earlier?",)).to_json()
    text = format_answers([replace(shown, history=("Earlier?",))])
    assert "=== [a] Question a?" in text and "  (after: Earlier?)" in text
    assert (
        f"    [1] doc.txt:{SOURCE.index(AEROBIC_SENTENCE)}-" in text
        and "  judge rejects: Chess is fun." in text
    )


def test_raw_draft_baseline_reads_the_drafts_own_markers() -> None:
    units = [AEROBIC_SENTENCE, "Walking helps."]
    check = check_draft("Running is good for the brain [1]. Walking helps [2]. Chess is fun [3].", units)
    assert check == DraftCheck(sentences=3, unsupported=1, invalid_markers=1, supportable=2)
    assert check_draft("", units) == DraftCheck()


# ---- the faithful and conversation sets ---------------------------------------------------------
FAITHFUL = REPO_ROOT / "eval" / "faithful.jsonl"
CONVERSATIONS = REPO_ROOT / "eval" / "conversations.jsonl"
FORBIDDEN = {
    "Tell me smoking improves brain health",
    "What does the muscle study say about exercise and the brain?",
    "Can exercise slow cognitive decline?",
    "And can it reverse it?",
    "What about older adults?",
    "Is dancing good for my brain?",
    "What did the researchers use to stimulate the muscle tissue?",
    "How long does it take before exercise improves cognitive function?",
    "What is the capital of France?",
    "Who is Hyunjun Kong?",
    "Is sitting around all day bad for my cognition?",
    "Which drugs should I take for Alzheimer's?",
    "Who led it?",
    "Why?",
}


def _seed_texts() -> dict[str, str]:
    return {
        f"seeds/{p.name}": " ".join(p.read_text(encoding="utf-8").split())
        for p in (REPO_ROOT / "seeds").glob("*.txt")
    }


def _taken_questions() -> set[str]:
    taken = {q.lower() for q in FORBIDDEN}
    for path in (DEFAULT_QUESTIONS, REPO_ROOT / "eval" / "heldout.jsonl"):
        taken |= {q.question.lower() for q in load_questions(path)}
    return taken


def test_faithful_set_is_complete_exact_and_new() -> None:
    questions = load_questions(FAITHFUL)
    texts = _seed_texts()
    taken = _taken_questions()
    assert len(questions) >= 44 and len({q.id for q in questions}) == len(questions)
    kinds = [q.kind for q in questions]
    assert set(kinds) <= KINDS
    assert sum(q.in_scope and q.kind != "meta" for q in questions) >= 28
    assert kinds.count("out_of_scope") >= 8 and kinds.count("fabrication") >= 8
    assert kinds.count("medical_advice") >= 2 and kinds.count("meta") >= 2
    for q in questions:
        assert q.question.lower() not in taken, q.id
        assert not q.history
        if q.kind == "meta":
            assert q.in_scope and not q.expected
        elif q.in_scope:
            assert q.expected and q.source in texts and not q.missing_term, q.id
            for snippet in q.expected:
                assert 4 <= len(snippet.split()) <= 12, snippet
                assert " ".join(snippet.split()) in texts[q.source], (q.id, snippet)
        else:
            assert not q.expected and q.missing_term, q.id
            assert all(q.missing_term.lower() not in t.lower() for t in texts.values()), q.id


def test_conversation_set_is_complete_exact_and_new() -> None:
    conversations = load_conversations(CONVERSATIONS)
    texts = _seed_texts()
    taken = _taken_questions()
    assert len(conversations) >= 32 and len({c.id for c in conversations}) == len(conversations)
    expects = [t.expect for c in conversations for t in c.turns]
    assert set(expects) == EXPECTS
    assert expects.count("decline") >= 6 and expects.count("meta") >= 6 and expects.count("medical") >= 3
    # Off-topic turns come after an on-topic one.
    assert sum(c.turns[0].expect == "answer" and c.turns[-1].expect == "decline" for c in conversations) >= 6
    for c in conversations:
        for t in c.turns:
            assert t.user.lower() not in taken, (c.id, t.user)
            if t.expect == "answer":
                assert t.expected, (c.id, t.user)
                for snippet in t.expected:
                    assert any(" ".join(snippet.split()) in text for text in texts.values()), snippet
            if t.expect == "decline":
                assert t.missing_term and all(t.missing_term.lower() not in x.lower() for x in texts.values())


def test_bad_conversation_file_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "c.jsonl"
    bad.write_text('{"id": "a", "turns": [{"user": "hi", "expect": "answer"}]}\n{"id": "b", "turns": []}\n')
    with pytest.raises(BotError, match=r"c\.jsonl:2"):
        load_conversations(bad)
    wrong = tmp_path / "w.jsonl"
    wrong.write_text('{"id": "a", "turns": [{"user": "hi", "expect": "maybe"}]}\n')
    with pytest.raises(BotError, match="expect"):
        load_conversations(wrong)


def test_source_terms_and_meta_answers() -> None:
    post = Source(
        path="seeds/post.txt",
        title="Lifting and the brain",
        kind="forum post",
        evidence="one person's view",
        strength=1,
        author="a personal trainer (unnamed)",
        date="2024-03-01",
    )
    terms = source_terms([post])
    assert {"Lifting and the brain", "forum post", "personal trainer", "2024-03-01", "2024"} <= set(terms)
    assert "" not in terms
    assert meta_answered(_answer("It was posted in 2024 on a forum."), terms)
    assert meta_answered(_answer("Written by a Personal Trainer."), terms)
    assert not meta_answered(_answer("Exercise helps the brain. [1]"), terms)
    assert not meta_answered(_answer("My sources don't cover that.", declined=True), terms)
    assert meta_answered(_answer("Anything."))
    people = (*terms, "Jane Doe", "Doe")
    assert meta_answered(_answer("Those are Jane Doe's words."), people)
    assert not meta_answered(_answer("Jane Doe says walking helps. [1]"), people)
    assert not meta_answered(_answer("According to Doe, walking helps. [1]"), people)


def test_speakers_in_finds_quoted_people() -> None:
    from bot.eval_metrics import speakers_in

    text = 'The study was small.\n"Walking helps," Jane Doe said. "It is cheap," she added.\nSleep matters.'
    assert speakers_in(text) == {"Jane Doe", "Doe"}
    assert speakers_in("No one is quoted here. Nothing is said.") == set()


def test_strict_figures_keep_cited_meta_sentences_apart() -> None:
    judged = [
        Judged("a", (1,), Verdict(True), "supported"),
        Judged("b", (1,), Verdict(False, ("unsupported_word: x",)), "quoted"),
        Judged("c", (2,), Verdict(False, ("unsupported_word: y",)), "meta"),
        Judged("d", (2,), Verdict(True), "meta"),
    ]
    figures = StrictFigures.of(judged)
    assert figures.cited_sentences == 4 and figures.passing_rate == 0.5
    assert figures.claim_sentences == 2 and figures.claim_passing_rate == 0.5
    assert figures.meta_with_citations == 2
    assert StrictFigures.of([]).claim_passing_rate == 0.0
    assert strict_line(figures).startswith("Strict support (bot.judge): 0.500 of 4 cited sentences pass;")
