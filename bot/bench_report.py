"""Benchmark reports: the Markdown tables ``bench`` prints, and the sections of ``docs/BENCHMARKS.md``.

``format_report(report)`` turns a ``bot.bench_reports.BenchReport`` (seed index, answers, embedding,
decode, copy constraint, memory, scale rows) into Markdown tables, reading its attributes;
``write_docs(report)`` writes the stage and scale parts into their own marked sections, so a
stage-only run keeps a long scale run's figures.

Hands on: ``format_report``, ``write_docs`` (the path written).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.bench_reports import BenchReport
from bot.config import REPO_ROOT
from bot.report import write_section

DOCS = REPO_ROOT / "docs"


def format_report(report: BenchReport) -> str:
    m = report.machine
    lines = [
        f"Machine: {m.cpu}, {m.cores} cores, {m.memory_gib} GiB; Python {m.python}, "
        f"torch {m.torch} ({m.torch_threads} threads), faiss {m.faiss}; {m.date}",
        "",
    ]
    s = report.seeds
    if s:
        lines += [
            "| seeds | value |",
            "|---|---|",
            f"| passages / sources | {s.passages} / {s.sources} |",
            f"| index build (chunk+embed+FAISS+BM25), median of runs | {s.build_s_median:.2f} s "
            f"({s.build_passages_per_s:.0f} passages/s) |",
            f"| query latency p50 / p95 (embed+search+BM25+fusion) | {s.query_ms_p50:.1f} / "
            f"{s.query_ms_p95:.1f} ms over {s.queries} queries |",
            f"| the same questions asked again (embedding cached), p50 | {s.repeat_query_ms_p50:.1f} ms |",
        ]
        st = report.startup
        if st:
            lines.append(
                f"| app start to a served page (`python app.py`, installed, index built), median / max "
                f"of {st.runs} | {st.ready_s_median:.1f} / {st.ready_s_max:.1f} s |"
            )
        lines.append("")
    for a in report.answer:
        lines += [
            f"| answering: {a.backend} ({a.model}) | value |",
            "|---|---|",
            f"| model load | {a.load_s:.1f} s |",
            f"| time to first token p50 / p95 | {a.first_token_ms_p50:.0f} / {a.first_token_ms_p95:.0f} ms |",
            f"| full answer p50 / p95 | {a.total_ms_p50:.0f} / {a.total_ms_p95:.0f} ms |",
            f"| answers timed / modes | {a.answers} / {a.modes} |",
            "",
        ]
    e = report.embedding
    if e:
        base = e.variants.get(f"float32, {m.torch_threads} threads") or next(iter(e.variants.values()))
        lines += [
            f"| embedding ({e.passages} synthetic passages, median of {e.runs}) | passages/s | "
            "vs default | one question ms |",
            "|---|---|---|---|",
        ]
        for name, r in e.variants.items():
            lines.append(
                f"| {name} | {r.passages_per_s:.1f} | "
                f"{r.passages_per_s / max(base.passages_per_s, 1e-9):.2f}x | {r.question_ms:.0f} |"
            )
        lines += [f"| int8 vectors: mean cosine to float32 | {e.int8_cosine_to_float_mean:.3f} | | |", ""]
    d = report.decode
    if d:
        lines += [
            f"| decode, same {d.prompts} prompts x {d.runs} runs, interleaved | decode tokens/s | "
            "prefill p50 | reply p50 | tokens p50 | decode vs server |",
            "|---|---|---|---|---|---|",
        ]
        for name, v in d.variants.items():
            ratio = f"{v.decode_ratio_vs_server:.2f}" if v.decode_ratio_vs_server is not None else ""
            lines.append(
                f"| {name} | {v.decode_tokens_per_s:.1f} | {v.prefill_ms_p50:.0f} ms | "
                f"{v.reply_ms_p50:.0f} ms | {v.tokens_p50:.0f} | {ratio} |"
            )
        lines.append("")
    c = report.constraint
    if c:
        lines += [
            f"| copy constraint ({c.questions} questions x {c.runs} runs, interleaved) | on | off "
            "| off / on |",
            "|---|---|---|---|",
            f"| first token p50 | {c.on.first_token_ms_p50:.0f} ms | "
            f"{c.off.first_token_ms_p50:.0f} ms | {c.first_token_ratio_off_over_on:.2f} |",
            f"| full answer p50 | {c.on.total_ms_p50:.0f} ms | {c.off.total_ms_p50:.0f} ms "
            f"| {c.total_ratio_off_over_on:.2f} |",
            f"| draft survived verification | {c.on.generated_share:.0%} | {c.off.generated_share:.0%} | |",
            "",
        ]
    if report.peak_rss_mib is not None:
        lines += [f"Peak RSS of the whole run: {report.peak_rss_mib:.0f} MiB", ""]
    sc = report.scale
    if sc:
        lines += [
            f"Scale: vectors from {sc.base_embedded} really embedded synthetic passages "
            f"({sc.embed_passages_per_s:.0f} passages/s), the rest perturbed copies.",
            "",
            "| passages | index | build s | disk MiB | RAM MiB | search p50 ms | p95 ms | recall@10 | "
            "embed s (est.) | BM25 build s |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for row in sc.rows:
            auto = " **(auto)**" if row.auto else ""
            lines.append(
                f"| {row.passages:,} | {row.factory}{auto} | {row.build_s:.2f} | {row.size_mib:.1f} | "
                f"{row.memory_mib:.0f} | {row.search_ms_p50:.3f} | {row.search_ms_p95:.3f} | "
                f"{row.recall_10:.3f} | {row.embed_s_est:.0f} | {row.bm25_build_s_est:.1f} |"
            )
    return "\n".join(lines)


def write_docs(report: BenchReport) -> Path:
    """Regenerate the measured parts of ``docs/BENCHMARKS.md`` that this run measured.

    Stage timings and scale curves are separate sections, so ``--scale ''`` re-measures the stages
    without discarding a long scale run.
    """
    path = DOCS / "BENCHMARKS.md"
    command = f"Command: `{report.command}`\n\n"
    write_section(path, "bench", command + format_report(replace(report, scale=None)))
    if report.scale is not None:
        body = command + format_report(BenchReport(report.machine, report.command, scale=report.scale))
        for plot_path in report.plots:
            body += f"\n\n![{Path(plot_path).stem}]({Path(plot_path).relative_to('docs').as_posix()})"
        write_section(path, "bench-scale", body)
    return path
