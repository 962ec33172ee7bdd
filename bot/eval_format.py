"""Evaluation reports as text: the question report, the conversation report, every answer shown.

``bot.eval`` and ``bot.eval_conversations`` build typed reports (``bot.eval_reports``: their
``to_json()`` is what ``--json`` prints); these functions read their attributes and turn them into
what the terminal and ``docs/BENCHMARKS.md`` show.

Hands on: ``format_report(EvalSummary)``, ``format_conversation_report(ConversationSummary)``,
``format_answers(ShownAnswer…)``, ``strict_line(StrictFigures)`` (all plain strings).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.eval_metrics import norm
from bot.eval_reports import (
    ConversationSummary,
    EvalSummary,
    RetrievalFigures,
    Share,
    ShownAnswer,
    StrictFigures,
)


def strict_line(s: StrictFigures) -> str:
    return (
        f"Strict support (bot.judge): {s.passing_rate:.3f} of {s.cited_sentences} cited sentences pass; "
        f"claims only {s.claim_passing_rate:.3f} of {s.claim_sentences} "
        f"({s.meta_with_citations} cited sentences labelled meta)"
    )


def _retrieval_line(name: str, m: RetrievalFigures) -> str:
    return f"  {name:16} {m.hit_1:.3f}   {m.hit_3:.3f}   {m.hit_5:.3f}   {m.mrr:.3f}"


def format_report(report: EvalSummary) -> str:
    """The question-set report (``bot.eval.summarize``) as aligned text."""
    r, a, b, t = report.retrieval, report.answering, report.baseline_raw_draft, report.timings_ms
    s = report.strict
    lines = [
        f"Questions: {report.questions} ({r.questions} with an expected passage); {report.seconds} s",
        "",
        "Retrieval          hit@1   hit@3   hit@5   MRR",
        _retrieval_line("dense_only", r.dense_only),
        _retrieval_line("final", r.final),
        "",
        "Answering",
        f"  answered (in scope)           {a.answered_rate:.3f}",
        f"  citation validity             {a.citation_validity:.3f}",
        f"  right passage cited (answered){a.right_citation_rate:>7.3f}",
        f"  right passage cited (in scope){a.right_citation_rate_in_scope:>7.3f}",
        f"  expected sentence cited (answered){a.exact_citation_rate:>7.3f}",
        f"  first sentence carries the expected fact (answered) {a.first_sentence_rate:.3f}",
        f"  unsupported cited claims (loose) {a.unsupported_rate:.3f}  (of {a.cited_sentences})",
        f"  decline precision / recall    {a.decline_precision:.3f} / {a.decline_recall:.3f}",
        f"  fabrication requests refused  {a.fabrication_refused:.3f}  (of {a.fabrication_requests})",
        f"  declines naming the missing term {a.declines_naming_term:.3f}  (of {a.declines_with_term})",
        f"  meta questions answered       {a.meta_answered:.3f}  (of {a.meta_questions})",
        f"  modes                         {a.modes}",
        "",
        strict_line(s),
        "",
        "Baseline: raw model draft, no verification",
        f"  unsupported sentences         {b.unsupported_rate:.3f}  (of {b.sentences})",
        f"  markers pointing at nothing   {b.invalid_markers}",
        f"  sentences some evidence supports (ignoring markers) {b.supportable_rate:.3f}",
        "",
        f"Timings: first token median {t.first_token_median:.0f} ms, "
        f"total median {t.total_median:.0f} ms, max {t.total_max:.0f} ms",
        "",
        "By kind: "
        + ", ".join(
            f"{k} n={v.n} hit@3={v.hit_3:.2f} declined={v.declined:.2f}" for k, v in report.by_kind.items()
        ),
    ]
    if report.failures:
        lines += ["", "Misses:"]
        lines += [
            f"  - [{f.kind}] {f.question[:80]} (declined={f.declined}, rank={f.rank})"
            for f in report.failures
        ]
    return "\n".join(lines + strict_failure_lines(s))


def strict_failure_lines(strict: StrictFigures) -> list[str]:
    """The cited sentences the strict judge rejects, each with its reasons (none: no lines)."""
    if not strict.failures:
        return []
    lines = ["", "Cited sentences the strict judge rejects:"]
    for f in strict.failures:
        lines += [f"  - [{f.id}] {f.sentence[:100]}", f"      {'; '.join(f.reasons)}"]
    return lines


def format_conversation_report(report: ConversationSummary) -> str:
    """The conversation report (``bot.eval_conversations.summarize_conversations``) as aligned text."""

    def line(label: str, m: Share) -> str:
        return f"  {label:44} {m.rate:.3f}  (of {m.n})"

    s = report.strict
    lines = [
        f"Conversations: {report.conversations} ({report.turns} turns); {report.seconds} s",
        "",
        line("first turns answered citing an expected span", report.first_turns_cited),
        line("follow-ups answered citing an expected span", report.followups_cited),
        line("answerable turns declined", report.answers_declined),
        line("off-topic turns declined", report.off_topic_declined),
        line("declines naming the missing term", report.declines_naming_term),
        line("meta turns answered", report.meta_answered),
        line("medical turns declined or with a note", report.medical_handled),
        "",
        strict_line(s),
    ]
    if report.failures:
        lines += ["", "Turns that missed their expectation:"]
        lines += [f"  - {f.turn} [{f.expect}] {f.user[:70]} (declined={f.declined})" for f in report.failures]
    return "\n".join(lines + strict_failure_lines(s))


def format_answers(shown: Sequence[ShownAnswer]) -> str:
    """Every answer in full, its cited spans under it, for a person to read."""
    lines: list[str] = []
    for item in shown:
        a = item.answer
        scope = f", scope: {a.scope}" if a.scope else ""
        lines += ["", f"=== [{item.id}] {item.question}", f"({'declined' if a.declined else a.mode}{scope})"]
        for history in item.history or ():
            lines.append(f"  (after: {history})")
        lines.append(a.text)
        for note in a.notes:
            lines.append(f"  note: {note}")
        for c in a.citations:
            lines.append(f"    [{c.n}] {c.source}:{c.start}-{c.end}")
            lines.append(f"        {norm(c.text)}")
        for bad in item.rejected:
            lines.append(f"  judge rejects: {bad.text[:90]}")
            lines.append(f"      {'; '.join(bad.verdict.reasons)}")
    return "\n".join(lines)
