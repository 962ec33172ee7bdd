"""Evaluation: run a question set through ``Conversation``; print quality numbers beside baselines.

``python -m bot eval [--questions FILE] [--json] [--extractive] [--limit N] [--show] [--write-docs]``
runs single questions; ``--conversations FILE`` runs multi-turn conversations instead
(``bot.eval_conversations``). Every question is asked through the same ``bot.chat.Conversation`` the
CLI and UI use (history given as earlier questions), and what comes back is graded by the metric
functions of ``bot.eval_metrics`` and the strict judge ``bot.judge`` (written apart from the
pipeline, so the figures do not grade the pipeline by its own rules). Sets are read by
``bot.eval_data``; reports are formatted by ``bot.eval_format``.

Reported, each next to a plain baseline from the same run:

* retrieval hit@1/3/5 and MRR of the passages the answer saw (``Answer.hits``) and of dense-only search;
* answered rate, citation validity (every marker resolves, every span exact), citations that hit an
  expected passage / the expected sentence, the loose unsupported-sentence rate, decline
  precision/recall;
* strict support: the share of cited sentences ``bot.judge`` passes, with every failure listed;
* the first sentence carries the expected fact; fabrication requests refused and declines that
  name the missing term; meta questions answered;
* the same loose support numbers for the raw model draft against the units it was shown;
* timings (median first token and total).

Hands on: ``run(settings, questions, ...) -> EvalSummary`` (``bot.eval_reports``; its ``to_json()`` is
what ``--json`` prints), ``summarize(records, seconds, terms) -> EvalSummary``, ``check_answer`` (one
``QuestionRecord``), ``check_draft``, ``cmd_eval`` and ``eval_args``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.args import command_line, emit, settings_from
from bot.config import REPO_ROOT, Settings
from bot.eval_conversations import run_conversations
from bot.eval_data import (
    DEFAULT_CONVERSATIONS,
    DEFAULT_QUESTIONS,
    Question,
    load_conversations,
    load_questions,
)
from bot.eval_format import format_answers, format_conversation_report, format_report
from bot.eval_metrics import (
    ReadSource,
    cites_snippet,
    corpus_terms,
    first_rank,
    first_sentence_carries,
    hit_at,
    meta_answered,
    names_term,
    norm,
    precision_recall,
    rate,
    reader,
    refuses_fabrication,
    supported,
)
from bot.eval_reports import (
    AnsweringFigures,
    ConversationSummary,
    DraftCheck,
    DraftFigures,
    EvalSummary,
    KindFigures,
    Miss,
    QuestionRecord,
    RetrievalFigures,
    RetrievalSummary,
    ShownAnswer,
    StrictFailure,
    StrictFigures,
    TimingFigures,
)
from bot.judge import judge_answer, split_sentences, strip_markers
from bot.report import write_section
from bot.text import MARKER, markers_valid
from bot.types import Answer


def check_answer(
    q: Question, answer: Answer, retriever: Any, read: ReadSource, ranks: tuple[int | None, int | None]
) -> QuestionRecord:
    """Every check on one answer: citations valid and right, the first sentence, loose and strict support.

    Sentences and their citations come from ``Answer.sentences``; no ``[n]`` is parsed from its text.
    """
    valid = markers_valid(answer.text, answer.citations) and all(
        read(c.source)[c.start : c.end] == c.text for c in answer.citations
    )
    # The right passage: any indexed passage holding an expected snippet; a citation inside one hits.
    right = [p for p in retriever.index.passages if any(norm(e) in norm(p.text) for e in q.expected)]
    spans = {c.n: c.text for c in answer.citations}
    return QuestionRecord(
        question=q,
        answer=answer,
        rank=ranks[0],
        dense_rank=ranks[1],
        citations_valid=valid,
        right_citation=any(
            c.source == p.source and c.start < p.end and p.start < c.end
            for c in answer.citations
            for p in right
        ),
        exact_citation=any(
            cites_snippet(read(c.source), c.start, c.end, q.expected) for c in answer.citations
        ),
        first_carries=bool(q.expected)
        and not answer.declined
        and first_sentence_carries(answer, q.expected, read),
        loose_unsupported=tuple(
            s.text
            for s in answer.sentences
            # a sentence about the sources (their sidecar metadata) is no claim of their text
            if s.citations
            and s.verdict != "meta"
            and not supported(s.text, " ".join(spans.get(n, "") for n in s.citations))
        ),
        # The judge reads the answer as `ask --json` prints it (its typed sentences).
        judged=tuple(judge_answer(answer.to_json(), read)),
        draft=check_draft(answer.draft, [u.text for u in answer.evidence])
        if answer.evidence
        else DraftCheck(),
    )


def check_draft(draft: str, evidence_texts: list[str]) -> DraftCheck:
    """The baseline: the model's own draft with its own markers, unverified, against the units it saw.

    The one place markers are read from text, on purpose: a raw draft is plain model output, so its
    ``[n]`` markers are all it has; a finished ``Answer`` is always read through ``Answer.sentences``.
    """
    sentences = unsupported = invalid = supportable = 0
    for raw in split_sentences(draft):
        text = strip_markers(raw)
        if not text:
            continue
        sentences += 1
        marks = [int(n) for n in MARKER.findall(raw)]
        valid = [n for n in marks if 1 <= n <= len(evidence_texts)]
        invalid += len(marks) - len(valid)
        unsupported += not supported(text, " ".join(evidence_texts[n - 1] for n in valid))
        supportable += any(supported(text, e) for e in evidence_texts)
    return DraftCheck(sentences, unsupported, invalid, supportable)


def _baseline_query(q: Question) -> str:
    """The question as asked; a follow-up gets its previous turn in front (the dense baseline has no chat)."""
    return " ".join([*q.history[-1:], q.question])


def run(
    settings: Settings,
    questions: list[Question],
    use_model: bool = True,
    progress: bool = False,
    show: bool = False,
) -> EvalSummary:
    """Ask every question through ``Conversation``, check each answer, and summarize."""
    from bot.chat import Conversation
    from bot.generation import load_generator
    from bot.retrieval import get_retriever

    retriever = get_retriever(settings)
    generator = load_generator(settings) if use_model else None
    read = reader()
    terms = corpus_terms(settings)
    records = []
    started = time.perf_counter()
    for i, q in enumerate(questions, start=1):
        final = Conversation(settings, retriever, generator, q.history).answer(q.question)
        ranks: tuple[int | None, int | None] = (None, None)
        if q.expected:
            hits = list(final.hits) or retriever.search(_baseline_query(q), 5)
            dense = retriever.search(_baseline_query(q), 5, lexical=False, expand=False)
            ranks = (first_rank(hits, q.expected), first_rank(dense, q.expected))
        records.append(check_answer(q, final, retriever, read, ranks))
        if progress:
            print(
                f"  [{i}/{len(questions)}] {q.kind:17} {'declined' if final.declined else final.mode:10} "
                f"{q.question[:60]}",
                flush=True,
            )
    summary = summarize(records, time.perf_counter() - started, terms)
    if not show:
        return summary
    shown = tuple(
        ShownAnswer(r.question.id, r.question.question, r.answer, r.strict_failures) for r in records
    )
    return replace(summary, answers=shown)


def summarize(records: Sequence[QuestionRecord], seconds: float, terms: Sequence[str] = ()) -> EvalSummary:
    """The question-set report over every question's record."""
    retrieval = [r for r in records if r.question.in_scope and r.question.expected]
    in_scope = [r for r in records if r.question.in_scope]
    answered = [r for r in in_scope if not r.answer.declined]
    answered_expected = [r for r in answered if r.question.expected]
    in_scope_expected = [r for r in in_scope if r.question.expected]
    precision, recall = precision_recall(
        [r.answer.declined for r in records], [not r.question.in_scope for r in records]
    )
    cited = sum(sum(s.verdict != "meta" for s in r.cited_sentences) for r in records)
    draft_sentences = sum(r.draft.sentences for r in records)
    fabrications = [r for r in records if r.question.kind == "fabrication"]
    with_term = [r for r in records if r.question.missing_term and r.answer.declined]
    metas = [r for r in records if r.question.kind == "meta"]
    firsts = [r.answer.timings["first_token_ms"] for r in records if "first_token_ms" in r.answer.timings]
    totals = [r.answer.timings["total_ms"] for r in records if "total_ms" in r.answer.timings]
    modes: dict[str, int] = {}
    for r in records:
        modes[r.answer.mode] = modes.get(r.answer.mode, 0) + 1
    answering = AnsweringFigures(
        answered_rate=rate(len(answered), len(in_scope)),
        citation_validity=rate(sum(r.citations_valid for r in records), len(records)),
        right_citation_rate=rate(sum(r.right_citation for r in answered_expected), len(answered_expected)),
        exact_citation_rate=rate(sum(r.exact_citation for r in answered_expected), len(answered_expected)),
        right_citation_rate_in_scope=rate(
            sum(r.right_citation for r in in_scope_expected), len(in_scope_expected)
        ),
        first_sentence_rate=rate(sum(r.first_carries for r in answered_expected), len(answered_expected)),
        cited_sentences=cited,
        unsupported_rate=rate(sum(len(r.loose_unsupported) for r in records), cited),
        decline_precision=precision,
        decline_recall=recall,
        fabrication_refused=rate(
            sum(refuses_fabrication(r.answer, r.question.missing_term) for r in fabrications),
            len(fabrications),
        ),
        fabrication_requests=len(fabrications),
        declines_naming_term=rate(
            sum(names_term(r.answer.text, r.question.missing_term) for r in with_term), len(with_term)
        ),
        declines_with_term=len(with_term),
        meta_answered=rate(sum(meta_answered(r.answer, terms) for r in metas), len(metas)),
        meta_questions=len(metas),
        modes=modes,
    )
    return EvalSummary(
        questions=len(records),
        retrieval=RetrievalSummary(
            questions=len(retrieval),
            final=RetrievalFigures.of([r.rank for r in retrieval]),
            dense_only=RetrievalFigures.of([r.dense_rank for r in retrieval]),
        ),
        answering=answering,
        strict=StrictFigures.of(
            (j for r in records for j in r.judged),
            [
                StrictFailure(r.question.id, r.question.question, j.text, j.verdict.reasons)
                for r in records
                for j in r.strict_failures
            ],
        ),
        baseline_raw_draft=DraftFigures(
            sentences=draft_sentences,
            unsupported_rate=rate(sum(r.draft.unsupported for r in records), draft_sentences),
            invalid_markers=sum(r.draft.invalid_markers for r in records),
            supportable_rate=rate(sum(r.draft.supportable for r in records), draft_sentences),
        ),
        timings_ms=TimingFigures(
            first_token_median=statistics.median(firsts) if firsts else 0.0,
            total_median=statistics.median(totals) if totals else 0.0,
            total_max=max(totals) if totals else 0.0,
        ),
        by_kind=_by_kind(records),
        failures=tuple(
            Miss(
                r.question.id,
                r.question.kind,
                r.question.question,
                r.answer.declined,
                r.rank,
                r.right_citation,
            )
            for r in records
            if _missed(r)
        ),
        seconds=round(seconds, 1),
    )


def _missed(r: QuestionRecord) -> bool:
    """In scope yet declined or without the right passage cited; out of scope yet answered."""
    if r.question.in_scope:
        return r.answer.declined or (bool(r.question.expected) and not r.right_citation)
    return not r.answer.declined


def _by_kind(records: Sequence[QuestionRecord]) -> dict[str, KindFigures]:
    kinds: dict[str, list[QuestionRecord]] = {}
    for r in records:
        kinds.setdefault(r.question.kind, []).append(r)
    out = {}
    for kind, rs in sorted(kinds.items()):
        ranks = [r.rank for r in rs if r.question.expected]
        out[kind] = KindFigures(
            n=len(rs),
            hit_3=hit_at(ranks, 3) if ranks else float("nan"),
            declined=sum(r.answer.declined for r in rs) / len(rs),
        )
    return out


# ---- command ------------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    show = bool(args.show)
    if args.conversations:
        conversations = load_conversations(Path(args.conversations))
        if args.limit:
            conversations = conversations[: args.limit]
        conv = run_conversations(
            settings, conversations, use_model=not args.extractive, progress=not args.json, show=show
        )
        text = format_conversation_report(conv)
        report: EvalSummary | ConversationSummary = conv
        name = "eval-conversations"
    else:
        questions = load_questions(Path(args.questions) if args.questions else DEFAULT_QUESTIONS)
        if args.limit:
            questions = questions[: args.limit]
        summary = run(settings, questions, use_model=not args.extractive, progress=not args.json, show=show)
        text = format_report(summary)
        report = summary
        name = "eval-extractive" if args.extractive else "eval"
    if args.write_docs:
        write_section(
            REPO_ROOT / "docs" / "BENCHMARKS.md",
            name,
            f"Command: `{command_line(args)}`\n\n```\n{text}\n```\n",
        )
    if args.json:
        emit(report.to_json())
    else:
        if report.answers is not None:
            print(format_answers(report.answers))
            print()
        print(text)
    return 0


def eval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--questions", help=f"JSON Lines question set (default: {DEFAULT_QUESTIONS.relative_to(REPO_ROOT)})"
    )
    p.add_argument(
        "--conversations",
        help=f"run a JSON Lines conversation set turn by turn instead "
        f"(e.g. {DEFAULT_CONVERSATIONS.relative_to(REPO_ROOT)})",
    )
    p.add_argument("--extractive", action="store_true", help="no model: measure the extractive path only")
    p.add_argument("--limit", type=int, default=0, help="only the first N questions (or conversations)")
    p.add_argument("--show", action="store_true", help="print every answer in full with its cited spans")
    p.add_argument("--write-docs", action="store_true", help="write the report into docs/BENCHMARKS.md")
