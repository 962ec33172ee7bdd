"""Metric functions on hand-made cases, and the shipped question and conversation sets' integrity."""

from __future__ import annotations

import json

import pytest

from bot.config import REPO_ROOT
from bot.errors import BotError
from bot.eval_conversations import (
    EXPECTS,
    Turn,
    TurnRecord,
    load_conversations,
    summarize_conversations,
    turn_meets,
)
from bot.eval_data import DEFAULT_QUESTIONS, KINDS, load_questions
from bot.eval_metrics import (
    answer_sentences,
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
from bot.types import Source


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


def test_answer_sentences_come_from_typed_sentences_never_from_markers() -> None:
    text = "First claim. [1] Second claim. [2][1] Trailing text without marker."
    assert answer_sentences({"answer": text, "sentences": []}) == []
    typed = {"answer": text, "sentences": [{"text": "Typed.", "citations": [3], "verdict": "quoted"}]}
    assert answer_sentences(typed) == [("Typed.", (3,), "quoted")]


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


def _cite(n: int, fragment: str) -> dict[str, object]:
    start = SOURCE.index(fragment)
    return {"n": n, "source": "doc.txt", "start": start, "end": start + len(fragment), "text": fragment}


AEROBIC_SENTENCE = "Aerobic exercise such as running is good for the brain."


def test_first_sentence_must_cite_and_carry_the_expected_fact() -> None:
    expected = ["exercise such as running is good"]
    good = {
        "sentences": [
            {"text": "Here is what I found.", "citations": [], "verdict": "meta"},
            {"text": "Running is good exercise for the brain.", "citations": [1], "verdict": "supported"},
        ],
        "citations": [_cite(1, AEROBIC_SENTENCE)],
    }
    assert first_sentence_carries(good, expected, SOURCES.__getitem__)
    # Right span, but the sentence says something else.
    words_missing = {
        "sentences": [{"text": "The brain matters.", "citations": [1], "verdict": "supported"}],
        "citations": [_cite(1, AEROBIC_SENTENCE)],
    }
    assert not first_sentence_carries(words_missing, expected, SOURCES.__getitem__)
    # The fact comes second: the first non-meta sentence cites another span.
    second = {
        "sentences": [
            {"text": "Walking helps.", "citations": [2], "verdict": "quoted"},
            {"text": AEROBIC_SENTENCE, "citations": [1], "verdict": "quoted"},
        ],
        "citations": [_cite(1, AEROBIC_SENTENCE), _cite(2, "Walking helps.")],
    }
    assert not first_sentence_carries(second, expected, SOURCES.__getitem__)
    # Markers in the text are not read: an answer without typed sentences carries nothing.
    parsed = {"answer": f"My sources say: {AEROBIC_SENTENCE} [1]", "citations": [_cite(1, AEROBIC_SENTENCE)]}
    assert not first_sentence_carries(parsed, expected, SOURCES.__getitem__)


def test_holds_snippet_words_needs_half_of_the_content_words() -> None:
    assert holds_snippet_words("Running is good.", "exercise such as running is good")
    assert not holds_snippet_words("Sleep matters.", "exercise such as running is good")
    assert not holds_snippet_words("Anything.", "")


def test_fabrication_refused_and_declines_naming_the_term() -> None:
    assert refuses_fabrication({"declined": True, "answer": "My sources don't mention creatine."}, "creatine")
    assert refuses_fabrication({"declined": False, "answer": "Running helps. [1]"}, "creatine")
    assert not refuses_fabrication({"declined": False, "answer": "Creatine doubles gains. [1]"}, "creatine")
    assert names_term("My sources don't mention fish oil.", "Fish Oil")
    assert not names_term("My sources don't cover that.", "creatine")
    assert not names_term("Creatineish", "creatine")
    assert not names_term("anything", "")


def test_cites_expected_and_turn_expectations() -> None:
    answer = {"declined": False, "answer": "Running is good. [1]", "citations": [_cite(1, AEROBIC_SENTENCE)]}
    declined = {"declined": True, "answer": "My sources don't mention chess.", "citations": [], "notes": []}
    read = SOURCES.__getitem__
    assert cites_expected(answer, ["such as running"], read)
    assert not cites_expected(answer, ["Sleep matters"], read)
    assert not cites_expected(declined, ["such as running"], read)
    assert turn_meets(Turn("Is running good?", "answer", ("such as running",)), answer, read)
    assert not turn_meets(Turn("Is running good?", "answer", ("Sleep matters",)), answer, read)
    assert turn_meets(Turn("And chess?", "decline", (), "chess"), declined, read)
    assert not turn_meets(Turn("And chess?", "decline", (), "chess"), answer, read)
    about = {"declined": False, "answer": "That is a forum post by a personal trainer."}
    assert turn_meets(Turn("Who wrote that?", "meta"), about, read)
    assert turn_meets(Turn("Who wrote that?", "meta"), about, read, ("forum post",))
    assert not turn_meets(Turn("Who wrote that?", "meta"), answer, read, ("forum post",))
    assert not turn_meets(Turn("Who wrote that?", "meta"), declined, read)
    noted = {**answer, "notes": ["See a doctor for medical questions."]}
    assert turn_meets(Turn("What dose?", "medical"), noted, read)
    assert turn_meets(Turn("What dose?", "medical"), declined, read)
    assert not turn_meets(Turn("What dose?", "medical"), {**answer, "notes": []}, read)


def test_summarize_conversations_counts_each_expectation() -> None:
    answered = {"declined": False, "answer": "Running is good. [1]", "citations": [], "notes": []}
    declined = {"declined": True, "answer": "My sources don't mention chess.", "citations": [], "notes": []}
    records = [
        TurnRecord("c1", 0, Turn("Is running good?", "answer", ("x",)), answered, met=True),
        TurnRecord("c1", 1, Turn("And swimming?", "answer", ("x",)), declined, met=False),
        TurnRecord("c1", 2, Turn("And chess?", "decline", (), "chess"), declined, met=True),
        TurnRecord("c2", 0, Turn("And pizza?", "decline", (), "pizza"), declined, met=True),
        TurnRecord("c2", 1, Turn("Who wrote that?", "meta"), answered, met=True, judged=2),
        TurnRecord(
            "c2",
            2,
            Turn("Dose?", "medical"),
            answered,
            met=False,
            judged=1,
            strict_failures=[("s", ("r: x",))],
        ),
    ]
    report = summarize_conversations(records)
    assert report["conversations"] == 2 and report["turns"] == 6
    assert report["first_turns_cited"] == {"n": 1, "rate": 1.0}
    assert report["followups_cited"] == {"n": 1, "rate": 0.0}
    assert report["off_topic_declined"] == {"n": 2, "rate": 1.0}
    assert report["declines_naming_term"] == {"n": 2, "rate": 0.5}
    assert report["meta_answered"] == {"n": 1, "rate": 1.0}
    assert report["medical_handled"] == {"n": 1, "rate": 0.0}
    assert report["strict"]["cited_sentences"] == 3
    assert report["strict"]["passing_rate"] == pytest.approx(2 / 3)
    assert report["strict"]["claim_sentences"] == 3 and report["strict"]["meta_with_citations"] == 0
    assert [f["turn"] for f in report["failures"]] == ["c1.2", "c2.3"]


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
    assert meta_answered({"declined": False, "answer": "It was posted in 2024 on a forum."}, terms)
    assert meta_answered({"declined": False, "answer": "Written by a Personal Trainer."}, terms)
    assert not meta_answered({"declined": False, "answer": "Exercise helps the brain. [1]"}, terms)
    assert not meta_answered({"declined": True, "answer": "My sources don't cover that."}, terms)
    assert meta_answered({"declined": False, "answer": "Anything."})
    people = (*terms, "Jane Doe", "Doe")
    assert meta_answered({"declined": False, "answer": "Those are Jane Doe's words."}, people)
    assert not meta_answered({"declined": False, "answer": "Jane Doe says walking helps. [1]"}, people)
    assert not meta_answered({"declined": False, "answer": "According to Doe, walking helps. [1]"}, people)


def test_speakers_in_finds_quoted_people() -> None:
    from bot.eval_metrics import speakers_in

    text = 'The study was small.\n"Walking helps," Jane Doe said. "It is cheap," she added.\nSleep matters.'
    assert speakers_in(text) == {"Jane Doe", "Doe"}
    assert speakers_in("No one is quoted here. Nothing is said.") == set()


def test_strict_summary_keeps_cited_meta_sentences_apart() -> None:
    from bot.eval_metrics import meta_counts, strict_summary
    from bot.judge import Judged, Verdict

    judged = [
        Judged("a", (1,), Verdict(True), "supported"),
        Judged("b", (1,), Verdict(False, ("unsupported_word: x",)), "quoted"),
        Judged("c", (2,), Verdict(False, ("unsupported_word: y",)), "meta"),
        Judged("d", (2,), Verdict(True), "meta"),
    ]
    assert meta_counts(judged) == (2, 1)
    summary = strict_summary(4, 2, 2, 1)
    assert summary["passing_rate"] == 0.5
    assert summary["claim_sentences"] == 2 and summary["claim_passing_rate"] == 0.5
    assert summary["meta_with_citations"] == 2
    assert strict_summary(0, 0, 0, 0)["claim_passing_rate"] == 0.0
