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

Hands on: ``run(settings, questions, ...) -> report dict`` (what ``--json`` prints), ``summarize``,
``cmd_eval`` and ``eval_args``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.args import command_line, emit, settings_from
from bot.config import REPO_ROOT, Settings
from bot.eval_conversations import load_conversations, run_conversations
from bot.eval_data import DEFAULT_CONVERSATIONS, DEFAULT_QUESTIONS, Question, load_questions
from bot.eval_format import format_answers, format_conversation_report, format_report, shown_answer
from bot.eval_metrics import (
    ReadSource,
    answer_sentences,
    cites_snippet,
    corpus_terms,
    first_rank,
    first_sentence_carries,
    hit_at,
    meta_answered,
    meta_counts,
    mrr,
    names_term,
    norm,
    precision_recall,
    rate,
    reader,
    refuses_fabrication,
    strict_summary,
    supported,
)
from bot.judge import judge_answer, split_sentences, strip_markers
from bot.report import write_section
from bot.text import MARKER, markers_valid
from bot.types import Answer


@dataclass
class Record:
    """What happened to one question."""

    q: Question
    rank: int | None = None  # first rank whose passage holds an expected snippet (the answer's hits)
    dense_rank: int | None = None
    answer: Answer | None = None
    valid: bool = True
    right_citation: bool = False
    exact_citation: bool = False  # a cited span overlaps an expected snippet itself
    first_carries: bool = False  # the first non-meta sentence carries an expected snippet
    sentences: int = 0
    unsupported: int = 0
    judged: int = 0  # cited sentences the strict judge looked at
    strict_failures: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    meta_judged: int = 0  # of those, sentences the answer labels "meta" yet cites
    meta_failed: int = 0
    draft_sentences: int = 0
    draft_unsupported: int = 0
    draft_invalid_markers: int = 0
    draft_supportable: int = 0  # draft sentences some evidence unit supports, whatever their markers


def _check_answer(rec: Record, answer: Answer, retriever: Any, read: ReadSource) -> None:
    data = answer.to_json()
    rec.valid = markers_valid(answer.text, answer.citations)
    for c in answer.citations:
        rec.valid &= read(c.source)[c.start : c.end] == c.text
    # The right passage: any indexed passage holding an expected snippet; a citation inside one hits.
    right = [p for p in retriever.index.passages if any(norm(e) in norm(p.text) for e in rec.q.expected)]
    rec.right_citation = any(
        c.source == p.source and c.start < p.end and p.start < c.end for c in answer.citations for p in right
    )
    rec.exact_citation = any(
        cites_snippet(read(c.source), c.start, c.end, rec.q.expected) for c in answer.citations
    )
    if rec.q.expected and not answer.declined:
        rec.first_carries = first_sentence_carries(data, rec.q.expected, read)
    spans = {c.n: c.text for c in answer.citations}
    for text, marks, _verdict in answer_sentences(data):
        if not marks:
            continue
        rec.sentences += 1
        rec.unsupported += not supported(text, " ".join(spans.get(n, "") for n in marks))
    judged = judge_answer(data, read)
    rec.judged = len(judged)
    rec.strict_failures = [(j.text, j.verdict.reasons) for j in judged if not j.verdict.ok]
    rec.meta_judged, rec.meta_failed = meta_counts(judged)


def _check_draft(rec: Record, answer: Answer, evidence_texts: list[str]) -> None:
    """The baseline: the model's own draft with its own markers, unverified, against the units it saw."""
    for raw in split_sentences(answer.draft):
        text = strip_markers(raw)
        if not text:
            continue
        rec.draft_sentences += 1
        marks = [int(n) for n in MARKER.findall(raw)]
        valid = [n for n in marks if 1 <= n <= len(evidence_texts)]
        rec.draft_invalid_markers += len(marks) - len(valid)
        rec.draft_unsupported += not supported(text, " ".join(evidence_texts[n - 1] for n in valid))
        rec.draft_supportable += any(supported(text, e) for e in evidence_texts)


def _baseline_query(q: Question) -> str:
    """The question as asked; a follow-up gets its previous turn in front (the dense baseline has no chat)."""
    return " ".join([*q.history[-1:], q.question])


def run(
    settings: Settings,
    questions: list[Question],
    use_model: bool = True,
    progress: bool = False,
    show: bool = False,
) -> dict[str, Any]:
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
        rec = Record(q)
        final = Conversation(settings, retriever, generator, q.history).answer(q.question)
        rec.answer = final
        if q.expected:
            hits = list(final.hits) or retriever.search(_baseline_query(q), 5)
            rec.rank = first_rank(hits, q.expected)
            rec.dense_rank = first_rank(
                retriever.search(_baseline_query(q), 5, lexical=False, expand=False), q.expected
            )
        _check_answer(rec, final, retriever, read)
        if final.draft and final.evidence:
            _check_draft(rec, final, [u.text for u in final.evidence])
        records.append(rec)
        if progress:
            print(
                f"  [{i}/{len(questions)}] {q.kind:17} {'declined' if final.declined else final.mode:10} "
                f"{q.question[:60]}",
                flush=True,
            )
    report = summarize(records, time.perf_counter() - started, terms)
    if show:
        report["answers"] = [
            shown_answer(r.q.id, r.q.question, r.answer.to_json(), r.strict_failures)
            for r in records
            if r.answer
        ]
    return report


def summarize(records: list[Record], seconds: float, terms: Sequence[str] = ()) -> dict[str, Any]:
    retrieval = [r for r in records if r.q.in_scope and r.q.expected]
    ranks = [r.rank for r in retrieval]
    dense = [r.dense_rank for r in retrieval]
    in_scope = [r for r in records if r.q.in_scope]
    answered = [r for r in in_scope if r.answer and not r.answer.declined]
    answered_expected = [r for r in answered if r.q.expected]
    declined = [bool(r.answer and r.answer.declined) for r in records]
    out_of_scope = [not r.q.in_scope for r in records]
    precision, recall = precision_recall(declined, out_of_scope)
    sentences = sum(r.sentences for r in records)
    judged = sum(r.judged for r in records)
    strict_failed = sum(len(r.strict_failures) for r in records)
    draft_sentences = sum(r.draft_sentences for r in records)
    fabrications = [r for r in records if r.q.kind == "fabrication" and r.answer]
    with_term = [r for r in records if r.q.missing_term and r.answer and r.answer.declined]
    metas = [r for r in records if r.q.kind == "meta" and r.answer]
    firsts = [
        r.answer.timings["first_token_ms"]
        for r in records
        if r.answer and "first_token_ms" in r.answer.timings
    ]
    totals = [r.answer.timings["total_ms"] for r in records if r.answer and "total_ms" in r.answer.timings]
    modes: dict[str, int] = {}
    for r in records:
        if r.answer:
            modes[r.answer.mode] = modes.get(r.answer.mode, 0) + 1
    return {
        "questions": len(records),
        "retrieval": {
            "questions": len(retrieval),
            "final": {
                "hit@1": hit_at(ranks, 1),
                "hit@3": hit_at(ranks, 3),
                "hit@5": hit_at(ranks, 5),
                "mrr": mrr(ranks),
            },
            "dense_only": {
                "hit@1": hit_at(dense, 1),
                "hit@3": hit_at(dense, 3),
                "hit@5": hit_at(dense, 5),
                "mrr": mrr(dense),
            },
        },
        "answering": {
            "answered_rate": rate(len(answered), len(in_scope)),
            "citation_validity": rate(sum(r.valid for r in records), len(records)),
            "right_citation_rate": rate(
                sum(r.right_citation for r in answered_expected), len(answered_expected)
            ),
            "exact_citation_rate": rate(
                sum(r.exact_citation for r in answered_expected), len(answered_expected)
            ),
            "right_citation_rate_in_scope": rate(
                sum(r.right_citation for r in in_scope if r.q.expected),
                sum(1 for r in in_scope if r.q.expected),
            ),
            "first_sentence_rate": rate(
                sum(r.first_carries for r in answered_expected), len(answered_expected)
            ),
            "cited_sentences": sentences,
            "unsupported_rate": rate(sum(r.unsupported for r in records), sentences),
            "decline_precision": precision,
            "decline_recall": recall,
            "fabrication_refused": rate(
                sum(
                    refuses_fabrication(r.answer.to_json(), r.q.missing_term)
                    for r in fabrications
                    if r.answer
                ),
                len(fabrications),
            ),
            "fabrication_requests": len(fabrications),
            "declines_naming_term": rate(
                sum(names_term(r.answer.text, r.q.missing_term) for r in with_term if r.answer),
                len(with_term),
            ),
            "declines_with_term": len(with_term),
            "meta_answered": rate(
                sum(meta_answered(r.answer.to_json(), terms) for r in metas if r.answer), len(metas)
            ),
            "meta_questions": len(metas),
            "modes": modes,
        },
        "strict": {
            **strict_summary(
                judged,
                strict_failed,
                sum(r.meta_judged for r in records),
                sum(r.meta_failed for r in records),
            ),
            "failures": [
                {"id": r.q.id, "question": r.q.question, "sentence": text, "reasons": list(reasons)}
                for r in records
                for text, reasons in r.strict_failures
            ],
        },
        "baseline_raw_draft": {
            "sentences": draft_sentences,
            "unsupported_rate": rate(sum(r.draft_unsupported for r in records), draft_sentences),
            "invalid_markers": sum(r.draft_invalid_markers for r in records),
            "supportable_rate": rate(sum(r.draft_supportable for r in records), draft_sentences),
        },
        "timings_ms": {
            "first_token_median": statistics.median(firsts) if firsts else 0.0,
            "total_median": statistics.median(totals) if totals else 0.0,
            "total_max": max(totals) if totals else 0.0,
        },
        "by_kind": _by_kind(records),
        "failures": [
            {
                "id": r.q.id,
                "kind": r.q.kind,
                "question": r.q.question,
                "declined": bool(r.answer and r.answer.declined),
                "rank": r.rank,
                "right_citation": r.right_citation,
            }
            for r in records
            if (
                r.q.in_scope
                and (r.answer is None or r.answer.declined or (r.q.expected and not r.right_citation))
            )
            or (not r.q.in_scope and r.answer is not None and not r.answer.declined)
        ],
        "seconds": round(seconds, 1),
    }


def _by_kind(records: list[Record]) -> dict[str, dict[str, float]]:
    kinds: dict[str, list[Record]] = {}
    for r in records:
        kinds.setdefault(r.q.kind, []).append(r)
    out = {}
    for kind, rs in sorted(kinds.items()):
        ranks = [r.rank for r in rs if r.q.expected]
        out[kind] = {
            "n": len(rs),
            "hit@3": hit_at(ranks, 3) if ranks else float("nan"),
            "declined": sum(bool(r.answer and r.answer.declined) for r in rs) / len(rs),
        }
    return out


# ---- command ------------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    show = bool(args.show)
    if args.conversations:
        conversations = load_conversations(Path(args.conversations))
        if args.limit:
            conversations = conversations[: args.limit]
        report = run_conversations(
            settings, conversations, use_model=not args.extractive, progress=not args.json, show=show
        )
        text = format_conversation_report(report)
        name = "eval-conversations"
    else:
        questions = load_questions(Path(args.questions) if args.questions else DEFAULT_QUESTIONS)
        if args.limit:
            questions = questions[: args.limit]
        report = run(settings, questions, use_model=not args.extractive, progress=not args.json, show=show)
        text = format_report(report)
        name = "eval-extractive" if args.extractive else "eval"
    if args.write_docs:
        write_section(
            REPO_ROOT / "docs" / "BENCHMARKS.md",
            name,
            f"Command: `{command_line(args)}`\n\n```\n{text}\n```\n",
        )
    if args.json:
        emit(report)
    else:
        if show:
            print(format_answers(report["answers"]))
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
