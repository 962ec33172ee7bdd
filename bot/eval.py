"""Evaluation: run a question set through retrieval and answering; print quality numbers.

``python -m bot eval [--questions FILE] [--json] [--extractive] [--limit N]``. The set is JSON Lines
(see ``eval/questions.jsonl``): ``question``, ``kind``, ``in_scope``, ``expected`` (verbatim snippets of
the source that the answering passage contains), ``history`` (earlier turns, for follow-ups).

Reported, each next to a plain baseline measured in the same run:

* retrieval hit@1/3/5 and MRR for the final retriever and for dense-only search;
* answered rate, citation validity (every marker resolves, every span exact), citations that hit an
  expected passage, unsupported-sentence rate (a cited sentence whose content words are mostly not
  in its span), decline precision/recall; and the same support numbers for the raw model draft
  ("model answers from top-k, no verification");
* timings (median first token and total).

The metric functions (``hit_at``, ``mrr``, ``precision_recall``, ``supported``) are plain and tested.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.chat import resolve_followup
from bot.chunking import split_sentences
from bot.citations import MARKER, strip_markers
from bot.config import REPO_ROOT, Settings
from bot.errors import BotError
from bot.lexical import tokenize
from bot.sources import source_path
from bot.types import Answer, Hit

DEFAULT_QUESTIONS = REPO_ROOT / "eval" / "questions.jsonl"
_MARK_GROUP = re.compile(r"(?:\s*\[\d{1,3}\])+")
KINDS = {"direct", "paraphrase", "multi", "followup", "out_of_scope", "injection", "medical"}


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    kind: str
    in_scope: bool
    expected: tuple[str, ...]
    source: str = ""
    history: tuple[str, ...] = ()


@dataclass
class Record:
    """What happened to one question."""

    q: Question
    rank: int | None = None  # first rank whose passage holds an expected snippet (final retriever)
    dense_rank: int | None = None
    answer: Answer | None = None
    valid: bool = True
    right_citation: bool = False
    exact_citation: bool = False  # a cited span overlaps an expected snippet itself
    sentences: int = 0
    unsupported: int = 0
    draft_sentences: int = 0
    draft_unsupported: int = 0
    draft_invalid_markers: int = 0
    draft_supportable: int = 0  # draft sentences some evidence sentence supports, whatever their markers
    extra: dict[str, Any] = field(default_factory=dict)


def load_questions(path: Path) -> list[Question]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BotError(
            f"cannot read question set {path}: {exc}", "pass --questions FILE (JSON Lines)"
        ) from exc
    out = []
    for i, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            q = Question(
                id=str(d.get("id", i)),
                question=str(d["question"]),
                kind=str(d.get("kind", "direct")),
                in_scope=bool(d.get("in_scope", True)),
                expected=tuple(d.get("expected", [])),
                source=str(d.get("source", "")),
                history=tuple(d.get("history", [])),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise BotError(
                f"{path}:{i} is not a valid question line: {exc}",
                'each line needs at least {"question": ..., "in_scope": true|false}',
            ) from exc
        out.append(q)
    return out


# ---- metric functions ---------------------------------------------------------------------------
def hit_at(ranks: Sequence[int | None], k: int) -> float:
    """Share of questions whose first relevant passage is ranked k or better."""
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks) if ranks else 0.0


def mrr(ranks: Sequence[int | None]) -> float:
    """Mean reciprocal rank (0 for a question with no relevant passage retrieved)."""
    return sum(1.0 / r for r in ranks if r) / len(ranks) if ranks else 0.0


def precision_recall(predicted: Sequence[bool], actual: Sequence[bool]) -> tuple[float, float]:
    tp = sum(1 for p, a in zip(predicted, actual, strict=True) if p and a)
    pp, ap = sum(predicted), sum(actual)
    return (tp / pp if pp else 1.0), (tp / ap if ap else 1.0)


def supported(sentence: str, span: str, threshold: float = 0.5) -> bool:
    """Most (> ``threshold``) of the sentence's content words appear in the cited span."""
    words = set(tokenize(sentence))
    return bool(words) and len(words & set(tokenize(span))) / len(words) > threshold


def _norm(text: str) -> str:
    return " ".join(text.split())


def cites_snippet(text: str, start: int, end: int, expected: Sequence[str]) -> bool:
    """Whether ``text[start:end]`` overlaps an occurrence of an expected snippet (whitespace-tolerant)."""
    for snippet in expected:
        pattern = r"\s+".join(re.escape(w) for w in snippet.split())
        if pattern and any(m.start() < end and start < m.end() for m in re.finditer(pattern, text)):
            return True
    return False


def first_rank(hits: Sequence[Hit], expected: Sequence[str]) -> int | None:
    for h in hits:
        text = _norm(h.passage.text)
        if any(_norm(e) in text for e in expected):
            return h.rank
    return None


# ---- running ------------------------------------------------------------------------------------
def _check_answer(rec: Record, answer: Answer, retriever: Any) -> None:
    texts: dict[str, str] = {}
    numbers = {c.n for c in answer.citations}
    rec.valid = all(int(m) in numbers for m in MARKER.findall(answer.text))
    for c in answer.citations:
        text = texts.setdefault(c.source, source_path(c.source).read_text(encoding="utf-8"))
        rec.valid &= text[c.start : c.end] == c.text
    # The right passage: any indexed passage holding an expected snippet; a citation inside one hits.
    right = [p for p in retriever.index.passages if any(_norm(e) in _norm(p.text) for e in rec.q.expected)]
    rec.right_citation = any(
        c.source == p.source and c.start < p.end and p.start < c.end for c in answer.citations for p in right
    )
    rec.exact_citation = any(
        cites_snippet(texts[c.source], c.start, c.end, rec.q.expected) for c in answer.citations
    )
    spans = {c.n: c.text for c in answer.citations}
    for sentence in _marked_sentences(answer.text):
        text, marks = sentence
        rec.sentences += 1
        cited = " ".join(spans.get(n, "") for n in marks)
        rec.unsupported += not supported(text, cited)


def _marked_sentences(text: str) -> list[tuple[str, list[int]]]:
    """(sentence, its marker numbers) for an answer whose sentences end in marker groups."""
    out = []
    pos = 0
    for m in _MARK_GROUP.finditer(text):
        out.append((text[pos : m.start()].strip(), [int(n) for n in MARKER.findall(m.group(0))]))
        pos = m.end()
    return [(body, marks) for body, marks in out if body]


def _check_draft(rec: Record, answer: Answer, evidence_texts: list[str]) -> None:
    """The baseline: the model's own draft with its own markers, unverified."""
    for span in split_sentences(answer.draft):
        raw = answer.draft[span.start : span.end]
        text = strip_markers(raw)
        if not text:
            continue
        rec.draft_sentences += 1
        marks = [int(n) for n in re.findall(r"\[(\d{1,3})\]", raw)]
        valid = [n for n in marks if 1 <= n <= len(evidence_texts)]
        rec.draft_invalid_markers += len(marks) - len(valid)
        rec.draft_unsupported += not supported(text, " ".join(evidence_texts[n - 1] for n in valid))
        rec.draft_supportable += any(supported(text, e) for e in evidence_texts)


def run(
    settings: Settings, questions: list[Question], use_model: bool = True, progress: bool = False
) -> dict[str, Any]:
    from bot.answering import ask
    from bot.citations import select_evidence
    from bot.retrieval import get_retriever

    retriever = get_retriever(settings)
    records = []
    started = time.perf_counter()
    for i, q in enumerate(questions, start=1):
        rec = Record(q)
        query = resolve_followup(q.question, q.history, settings.answer.history_turns)
        if q.expected:
            rec.rank = first_rank(retriever.search(query, 5), q.expected)
            rec.dense_rank = first_rank(retriever.search(query, 5, lexical=False, expand=False), q.expected)
        final = None
        for event in ask(q.question, settings, q.history, retriever, use_model):
            if isinstance(event, Answer):
                final = event
        assert final is not None
        rec.answer = final
        _check_answer(rec, final, retriever)
        if final.draft:
            evidence = select_evidence(
                q.question, list(final.hits), retriever.embedder, settings.answer, retriever.index.bm25.idf
            )
            _check_draft(rec, final, [e.text for e in evidence])
        records.append(rec)
        if progress:
            print(
                f"  [{i}/{len(questions)}] {q.kind:12} {'declined' if final.declined else final.mode:10} "
                f"{q.question[:60]}",
                flush=True,
            )
    return summarize(records, time.perf_counter() - started)


def summarize(records: list[Record], seconds: float) -> dict[str, Any]:
    retrieval = [r for r in records if r.q.in_scope and r.q.expected]
    ranks = [r.rank for r in retrieval]
    dense = [r.dense_rank for r in retrieval]
    in_scope = [r for r in records if r.q.in_scope]
    answered = [r for r in in_scope if r.answer and not r.answer.declined]
    declined = [bool(r.answer and r.answer.declined) for r in records]
    out_of_scope = [not r.q.in_scope for r in records]
    precision, recall = precision_recall(declined, out_of_scope)
    sentences = sum(r.sentences for r in records)
    draft_sentences = sum(r.draft_sentences for r in records)
    firsts = [
        r.answer.timings["first_token_ms"]
        for r in records
        if r.answer and "first_token_ms" in r.answer.timings
    ]
    totals = [r.answer.timings["total_ms"] for r in records if r.answer]
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
            "answered_rate": len(answered) / len(in_scope) if in_scope else 0.0,
            "citation_validity": sum(r.valid for r in records) / len(records) if records else 0.0,
            "right_citation_rate": (
                sum(r.right_citation for r in answered if r.q.expected)
                / max(1, sum(1 for r in answered if r.q.expected))
            ),
            "exact_citation_rate": (
                sum(r.exact_citation for r in answered if r.q.expected)
                / max(1, sum(1 for r in answered if r.q.expected))
            ),
            "right_citation_rate_in_scope": (
                sum(r.right_citation for r in in_scope if r.q.expected)
                / max(1, sum(1 for r in in_scope if r.q.expected))
            ),
            "cited_sentences": sentences,
            "unsupported_rate": sum(r.unsupported for r in records) / sentences if sentences else 0.0,
            "decline_precision": precision,
            "decline_recall": recall,
            "modes": modes,
        },
        "baseline_raw_draft": {
            "sentences": draft_sentences,
            "unsupported_rate": (
                sum(r.draft_unsupported for r in records) / draft_sentences if draft_sentences else 0.0
            ),
            "invalid_markers": sum(r.draft_invalid_markers for r in records),
            "supportable_rate": (
                sum(r.draft_supportable for r in records) / draft_sentences if draft_sentences else 0.0
            ),
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


def format_report(report: dict[str, Any]) -> str:
    r, a, b, t = report["retrieval"], report["answering"], report["baseline_raw_draft"], report["timings_ms"]
    lines = [
        f"Questions: {report['questions']} ({r['questions']} with an expected passage); "
        f"{report['seconds']} s",
        "",
        "Retrieval          hit@1   hit@3   hit@5   MRR",
    ]
    for name in ("dense_only", "final"):
        m = r[name]
        lines.append(f"  {name:16} {m['hit@1']:.3f}   {m['hit@3']:.3f}   {m['hit@5']:.3f}   {m['mrr']:.3f}")
    lines += [
        "",
        "Answering",
        f"  answered (in scope)           {a['answered_rate']:.3f}",
        f"  citation validity             {a['citation_validity']:.3f}",
        f"  right passage cited (answered){a['right_citation_rate']:>7.3f}",
        f"  right passage cited (in scope){a['right_citation_rate_in_scope']:>7.3f}",
        f"  expected sentence cited (answered){a['exact_citation_rate']:>7.3f}",
        f"  unsupported cited sentences   {a['unsupported_rate']:.3f}  (of {a['cited_sentences']})",
        f"  decline precision / recall    {a['decline_precision']:.3f} / {a['decline_recall']:.3f}",
        f"  modes                         {a['modes']}",
        "",
        "Baseline: raw model draft, no verification",
        f"  unsupported sentences         {b['unsupported_rate']:.3f}  (of {b['sentences']})",
        f"  markers pointing at nothing   {b['invalid_markers']}",
        f"  sentences some evidence supports (ignoring markers) {b['supportable_rate']:.3f}",
        "",
        f"Timings: first token median {t['first_token_median']:.0f} ms, "
        f"total median {t['total_median']:.0f} ms, max {t['total_max']:.0f} ms",
        "",
        "By kind: "
        + ", ".join(
            f"{k} n={v['n']} hit@3={v['hit@3']:.2f} declined={v['declined']:.2f}"
            for k, v in report["by_kind"].items()
        ),
    ]
    if report["failures"]:
        lines.append("")
        lines.append("Misses:")
        lines += [
            f"  - [{f['kind']}] {f['question'][:80]} (declined={f['declined']}, rank={f['rank']})"
            for f in report["failures"]
        ]
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.cli import _emit, _settings

    settings = _settings(args)
    questions = load_questions(Path(args.questions) if args.questions else DEFAULT_QUESTIONS)
    if args.limit:
        questions = questions[: args.limit]
    report = run(settings, questions, use_model=not args.extractive, progress=not args.json)
    if args.write_docs:
        from bot.report import write_section

        name = "eval-extractive" if args.extractive else "eval"
        command = "python -m bot eval " + shlex.join(sys.argv[2:])
        write_section(
            REPO_ROOT / "docs" / "BENCHMARKS.md",
            name,
            f"Command: `{command}`\n\n```\n{format_report(report)}\n```\n",
        )
    if args.json:
        _emit(report)
    else:
        print(format_report(report))
    return 0


def eval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--questions", help=f"JSON Lines question set (default: {DEFAULT_QUESTIONS.relative_to(REPO_ROOT)})"
    )
    p.add_argument("--extractive", action="store_true", help="no model: measure the extractive path only")
    p.add_argument("--limit", type=int, default=0, help="only the first N questions")
    p.add_argument("--write-docs", action="store_true", help="write the report into docs/BENCHMARKS.md")
