"""Evaluation: run a question set (or conversations) through answering; print quality numbers.

``python -m bot eval [--questions FILE] [--json] [--extractive] [--limit N] [--show]`` runs single
questions; ``--conversations FILE`` runs multi-turn conversations instead. Both call the same
``bot.answering.ask`` the CLI and UI call, and judge what comes back with ``bot.judge`` (a strict
checker written apart from the pipeline), so the figures do not grade the pipeline by its own rules.

**Question sets** are JSON Lines (``eval/questions.jsonl``, ``eval/faithful.jsonl``): ``question``,
``kind``, ``in_scope``, ``expected`` (verbatim snippets of the sentence that answers), ``source``,
``missing_term`` (for out-of-scope and fabrication requests: the central term the corpus lacks),
``history`` (earlier user turns, for follow-ups). Reported, each next to a plain baseline from the
same run:

* retrieval hit@1/3/5 and MRR of the passages the answer saw (``Answer.hits``) and of dense-only search;
* answered rate, citation validity (every marker resolves, every span exact), citations that hit an
  expected passage / the expected sentence, the loose unsupported-sentence rate (content words mostly
  not in the span), decline precision/recall;
* strict support: the share of cited sentences ``bot.judge`` passes, with every failure listed;
* the first sentence carries the expected fact: the first non-meta sentence cites a span overlapping
  an expected snippet and holds at least half of that snippet's content words;
* fabrication requests refused (declined, or answered without the fabricated term) and declines that
  name the missing term; meta questions answered (naming a source's title, kind, publisher,
  author or date, or a person it quotes);
* the same loose support numbers for the raw model draft against the units it was shown;
* timings (median first token and total).

**Conversations** (``--conversations eval/conversations.jsonl``) run turn by turn in
``bot.eval_conversations``, which uses the metric functions here.

Answers are read from ``Answer.sentences`` when non-empty, else parsed from the "[n]" markers of the
text. ``--show`` prints every answer in full with its cited spans under it. The metric functions
(``hit_at``, ``mrr``, ``precision_recall``, ``supported``, ``cites_snippet``, ``first_sentence_carries``,
``refuses_fabrication``, ``names_term``, ``cites_expected``) are plain and tested.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.config import REPO_ROOT, Settings
from bot.errors import BotError
from bot.judge import (
    Judged,
    content_words,
    judge_answer,
    marked_sentences,
    span_speaker,
    speaker_key,
    split_sentences,
    stem,
    strip_markers,
)
from bot.lexical import tokenize
from bot.sources import document_text, load_corpus, source_path
from bot.types import Answer, Hit, Source

DEFAULT_QUESTIONS = REPO_ROOT / "eval" / "questions.jsonl"
DEFAULT_CONVERSATIONS = REPO_ROOT / "eval" / "conversations.jsonl"
MARKER = re.compile(r"\[(\d{1,3})\]")
KINDS = {
    "direct",
    "paraphrase",
    "multi",
    "followup",
    "out_of_scope",
    "injection",
    "medical",
    "yesno",
    "howlong",
    "whichtypes",
    "who",
    "quote_attribution",
    "fabrication",
    "medical_advice",
    "meta",
}
ReadSource = Callable[[str], str]


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    kind: str
    in_scope: bool
    expected: tuple[str, ...]
    source: str = ""
    history: tuple[str, ...] = ()
    missing_term: str = ""


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


# ---- loading ------------------------------------------------------------------------------------
def _lines(path: Path, what: str) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BotError(f"cannot read {what} {path}: {exc}", f"pass a JSON Lines {what} file") from exc
    return [(i, line) for i, line in enumerate(text.splitlines(), start=1) if line.strip()]


def load_questions(path: Path) -> list[Question]:
    out = []
    for i, line in _lines(path, "question set"):
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
                missing_term=str(d.get("missing_term", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
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
    """Loose check: most (> ``threshold``) of the sentence's content words appear in the cited span."""
    words = set(tokenize(sentence))
    return bool(words) and len(words & set(tokenize(span))) / len(words) > threshold


def _norm(text: str) -> str:
    return " ".join(text.split())


def cites_snippet(text: str, start: int, end: int, expected: Sequence[str]) -> bool:
    """Whether ``text[start:end]`` overlaps an occurrence of an expected snippet (whitespace-tolerant)."""
    return bool(_overlapping_snippets(text, start, end, expected))


def _overlapping_snippets(text: str, start: int, end: int, expected: Sequence[str]) -> list[str]:
    out = []
    for snippet in expected:
        pattern = r"\s+".join(re.escape(w) for w in snippet.split())
        if pattern and any(m.start() < end and start < m.end() for m in re.finditer(pattern, text)):
            out.append(snippet)
    return out


def first_rank(hits: Sequence[Hit], expected: Sequence[str]) -> int | None:
    """1-based position of the first hit whose passage holds an expected snippet."""
    for position, h in enumerate(hits, start=1):
        text = _norm(h.passage.text)
        if any(_norm(e) in text for e in expected):
            return position
    return None


def answer_sentences(answer: dict[str, Any]) -> list[tuple[str, tuple[int, ...], str]]:
    """(text, citation numbers, verdict) per sentence: ``sentences`` when present, else the markers."""
    entries = answer.get("sentences") or []
    if entries:
        return [
            (str(e.get("text", "")), tuple(int(n) for n in e.get("citations", [])), str(e.get("verdict", "")))
            for e in entries
        ]
    return [(text, marks, "") for text, marks in marked_sentences(str(answer.get("answer", "")))]


def holds_snippet_words(text: str, snippet: str) -> bool:
    """At least half of the snippet's content words (stemmed) are in ``text``."""
    wanted = {stem(w) for w in content_words(snippet)}
    have = {stem(w) for w in content_words(text)}
    return bool(wanted) and 2 * len(wanted & have) >= len(wanted)


def first_sentence_carries(answer: dict[str, Any], expected: Sequence[str], read_source: ReadSource) -> bool:
    """The first non-meta sentence cites a span overlapping an expected snippet and holds half its words."""
    citations = {int(c["n"]): c for c in answer.get("citations", [])}
    for text, marks, verdict in answer_sentences(answer):
        if verdict == "meta" or (not marks and not answer.get("sentences")):
            continue
        for n in marks:
            c = citations.get(n)
            if c is None:
                continue
            snippets = _overlapping_snippets(
                read_source(c["source"]), int(c["start"]), int(c["end"]), expected
            )
            if any(holds_snippet_words(text, s) for s in snippets):
                return True
        return False
    return False


def cites_expected(answer: dict[str, Any], expected: Sequence[str], read_source: ReadSource) -> bool:
    """Some citation of a (not declined) answer overlaps an expected snippet in its source."""
    if answer.get("declined"):
        return False
    return any(
        cites_snippet(read_source(c["source"]), int(c["start"]), int(c["end"]), expected)
        for c in answer.get("citations", [])
    )


def names_term(text: str, term: str) -> bool:
    """The text names ``term`` (case-insensitive, whole words)."""
    return bool(term) and re.search(rf"(?<!\w){re.escape(term.lower())}(?!\w)", text.lower()) is not None


def refuses_fabrication(answer: dict[str, Any], missing_term: str) -> bool:
    """A fabrication request is refused: declined, or answered without asserting the fabricated term.

    A decline may name the term ("My sources don't mention creatine"); an answer may not.
    """
    return bool(answer.get("declined")) or not names_term(str(answer.get("answer", "")), missing_term)


def source_terms(sources: Iterable[Source]) -> tuple[str, ...]:
    """What an answer about the sources themselves may name: title, kind, publisher, author, date, year."""
    terms: set[str] = set()
    for s in sources:
        for value in (
            s.title,
            s.kind,
            s.publisher,
            s.author,
            s.date,
            s.date[:4] if s.date[:4].isdigit() else "",
        ):
            plain = re.sub(r"\s*\([^)]*\)", "", value).strip()
            plain = re.sub(r"^(?:a|an|the)\s+", "", plain, flags=re.IGNORECASE)
            terms |= {t for t in (value.strip(), plain) if len(t) >= 4}
    return tuple(sorted(terms))


_FRAME = re.compile(
    r"(?:\b[Aa]ccording to (?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)|(?:(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
    r"\s+(?:says|said|notes|noted|explains|explained|cautions|cautioned|adds|added|writes|wrote|"
    r"suggests|suggested|points out|pointed out)\b)"
)


def meta_answered(answer: dict[str, Any], terms: Sequence[str] = ()) -> bool:
    """A question about the sources got an answer about them: not declined and (given terms) naming one.

    A name used only to frame a quotation ("Doe says …") does not count: that is content, not an
    answer about the source.
    """
    text = str(answer.get("answer", ""))
    if answer.get("declined") or not text.strip():
        return False
    about = _FRAME.sub(" ", text).lower()
    return not terms or any(t.lower() in about for t in terms)


def meta_counts(judged: Sequence[Judged]) -> tuple[int, int]:
    """(cited sentences the answer labels "meta", how many of them the judge rejects)."""
    meta = [j for j in judged if j.label == "meta"]
    return len(meta), sum(not j.verdict.ok for j in meta)


def strict_summary(judged: int, failed: int, meta_judged: int, meta_failed: int) -> dict[str, float]:
    """Pass rates over every judged sentence and over claims only (without cited "meta" sentences)."""
    claims = judged - meta_judged
    return {
        "cited_sentences": judged,
        "passing_rate": _rate(judged - failed, judged),
        "claim_sentences": claims,
        "claim_passing_rate": _rate(claims - (failed - meta_failed), claims),
        "meta_with_citations": meta_judged,
    }


def _reader() -> ReadSource:
    cache: dict[str, str] = {}

    def read(source: str) -> str:
        if source not in cache:
            cache[source] = document_text(source_path(source))
        return cache[source]

    return read


def speakers_in(text: str) -> set[str]:
    """Everyone ``bot.judge`` finds speaking in a document, full name and surname ("Jane Doe", "Doe")."""
    names: set[str] = set()
    for line in text.split("\n"):
        for sentence in split_sentences(line):
            name = span_speaker(sentence, text, text.find(sentence))
            if name:
                names |= {name, speaker_key(name).title()}
    return names


def corpus_terms(settings: Settings) -> tuple[str, ...]:
    """``source_terms`` of the configured corpus, plus the people quoted in it."""
    documents, _skipped = load_corpus(settings.paths.seeds_dir)
    people = {name for d in documents for name in speakers_in(d.text) if len(name) >= 3}
    return tuple(sorted(set(source_terms(d.source for d in documents)) | people))


# ---- running ------------------------------------------------------------------------------------
def _check_answer(rec: Record, answer: Answer, retriever: Any, read: ReadSource) -> None:
    data = answer.to_json()
    numbers = {c.n for c in answer.citations}
    rec.valid = all(int(m) in numbers for m in MARKER.findall(answer.text))
    for c in answer.citations:
        rec.valid &= read(c.source)[c.start : c.end] == c.text
    # The right passage: any indexed passage holding an expected snippet; a citation inside one hits.
    right = [p for p in retriever.index.passages if any(_norm(e) in _norm(p.text) for e in rec.q.expected)]
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


def _final_answer(
    question: str, settings: Settings, history: Sequence[str], retriever: Any, model: Any
) -> Answer:
    from bot.chat import Conversation

    return Conversation(settings, retriever, model, history).answer(question)


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
    from bot.generation import load_generator
    from bot.retrieval import get_retriever

    retriever = get_retriever(settings)
    generator = load_generator(settings) if use_model else None
    read = _reader()
    terms = corpus_terms(settings)
    records = []
    started = time.perf_counter()
    for i, q in enumerate(questions, start=1):
        rec = Record(q)
        final = _final_answer(q.question, settings, q.history, retriever, generator)
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
            _shown(r.q.id, r.q.question, r.answer.to_json(), r.strict_failures) for r in records if r.answer
        ]
    return report


def _shown(
    id_: str, question: str, answer: dict[str, Any], failures: Sequence[tuple[str, tuple[str, ...]]] = ()
) -> dict[str, Any]:
    keep = ("answer", "declined", "mode", "scope", "notes", "sentences", "citations")
    rejected = [{"sentence": text, "reasons": list(reasons)} for text, reasons in failures]
    return {"id": id_, "question": question, **{k: answer.get(k) for k in keep}, "rejected": rejected}


def _rate(hits: int, n: int) -> float:
    return hits / n if n else 0.0


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
            "answered_rate": _rate(len(answered), len(in_scope)),
            "citation_validity": _rate(sum(r.valid for r in records), len(records)),
            "right_citation_rate": _rate(
                sum(r.right_citation for r in answered_expected), len(answered_expected)
            ),
            "exact_citation_rate": _rate(
                sum(r.exact_citation for r in answered_expected), len(answered_expected)
            ),
            "right_citation_rate_in_scope": _rate(
                sum(r.right_citation for r in in_scope if r.q.expected),
                sum(1 for r in in_scope if r.q.expected),
            ),
            "first_sentence_rate": _rate(
                sum(r.first_carries for r in answered_expected), len(answered_expected)
            ),
            "cited_sentences": sentences,
            "unsupported_rate": _rate(sum(r.unsupported for r in records), sentences),
            "decline_precision": precision,
            "decline_recall": recall,
            "fabrication_refused": _rate(
                sum(
                    refuses_fabrication(r.answer.to_json(), r.q.missing_term)
                    for r in fabrications
                    if r.answer
                ),
                len(fabrications),
            ),
            "fabrication_requests": len(fabrications),
            "declines_naming_term": _rate(
                sum(names_term(r.answer.text, r.q.missing_term) for r in with_term if r.answer),
                len(with_term),
            ),
            "declines_with_term": len(with_term),
            "meta_answered": _rate(
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
            "unsupported_rate": _rate(sum(r.draft_unsupported for r in records), draft_sentences),
            "invalid_markers": sum(r.draft_invalid_markers for r in records),
            "supportable_rate": _rate(sum(r.draft_supportable for r in records), draft_sentences),
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
    s = report["strict"]
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
        f"  first sentence carries the expected fact (answered) {a['first_sentence_rate']:.3f}",
        f"  unsupported cited sentences (loose) {a['unsupported_rate']:.3f}  (of {a['cited_sentences']})",
        f"  decline precision / recall    {a['decline_precision']:.3f} / {a['decline_recall']:.3f}",
        f"  fabrication requests refused  {a['fabrication_refused']:.3f}  (of {a['fabrication_requests']})",
        f"  declines naming the missing term {a['declines_naming_term']:.3f}  (of {a['declines_with_term']})",
        f"  meta questions answered       {a['meta_answered']:.3f}  (of {a['meta_questions']})",
        f"  modes                         {a['modes']}",
        "",
        strict_line(s),
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
        lines += ["", "Misses:"]
        lines += [
            f"  - [{f['kind']}] {f['question'][:80]} (declined={f['declined']}, rank={f['rank']})"
            for f in report["failures"]
        ]
    if s["failures"]:
        lines += ["", "Cited sentences the strict judge rejects:"]
        for f in s["failures"]:
            lines.append(f"  - [{f['id']}] {f['sentence'][:100]}")
            lines.append(f"      {'; '.join(f['reasons'])}")
    return "\n".join(lines)


def strict_line(s: dict[str, Any]) -> str:
    return (
        f"Strict support (bot.judge): {s['passing_rate']:.3f} of {s['cited_sentences']} cited sentences "
        "pass; "
        f"claims only {s['claim_passing_rate']:.3f} of {s['claim_sentences']} "
        f"({s['meta_with_citations']} cited sentences labelled meta)"
    )


def format_answers(shown: list[dict[str, Any]]) -> str:
    """Every answer in full, its cited spans under it, for a person to read."""
    lines: list[str] = []
    for item in shown:
        state = "declined" if item.get("declined") else str(item.get("mode", ""))
        scope = f", scope: {item['scope']}" if item.get("scope") else ""
        lines += ["", f"=== [{item['id']}] {item['question']}", f"({state}{scope})"]
        for history in item.get("history", []):
            lines.append(f"  (after: {history})")
        lines.append(str(item.get("answer", "")))
        for note in item.get("notes") or []:
            lines.append(f"  note: {note}")
        for c in item.get("citations") or []:
            lines.append(f"    [{c['n']}] {c['source']}:{c['start']}-{c['end']}")
            lines.append(f"        {_norm(str(c['text']))}")
        for bad in item.get("rejected") or []:
            lines.append(f"  judge rejects: {bad['sentence'][:90]}")
            lines.append(f"      {'; '.join(bad['reasons'])}")
    return "\n".join(lines)


# ---- command ------------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from bot.cli import _emit, _settings

    settings = _settings(args)
    show = bool(getattr(args, "show", False))
    if getattr(args, "conversations", None):
        from bot.eval_conversations import format_conversation_report, load_conversations, run_conversations

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
        from bot.report import write_section

        command = "python -m bot eval " + shlex.join(sys.argv[2:])
        write_section(
            REPO_ROOT / "docs" / "BENCHMARKS.md", name, f"Command: `{command}`\n\n```\n{text}\n```\n"
        )
    if args.json:
        _emit(report)
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
