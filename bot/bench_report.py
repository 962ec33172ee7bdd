"""Benchmark reports: the Markdown tables ``bench`` prints, and the sections of ``docs/BENCHMARKS.md``.

``format_report(report)`` turns the report dict of ``python -m bot bench`` (seed index, answers,
embedding, decode, copy constraint, memory, scale rows) into Markdown tables; ``write_docs(report)``
writes the stage and scale parts into their own marked sections, so a stage-only run keeps a
long scale run's figures.

Hands on: ``format_report``, ``write_docs`` (the path written).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.config import REPO_ROOT
from bot.report import write_section

DOCS = REPO_ROOT / "docs"


def format_report(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; Python {m['python']}, "
        f"torch {m['torch']} ({m['torch_threads']} threads), faiss {m['faiss']}; {m['date']}",
        "",
    ]
    s = report.get("seeds")
    if s:
        lines += [
            "| seeds | value |",
            "|---|---|",
            f"| passages / sources | {s['passages']} / {s['sources']} |",
            f"| index build (chunk+embed+FAISS+BM25), median of runs | {s['build_s_median']:.2f} s "
            f"({s['build_passages_per_s']:.0f} passages/s) |",
            f"| query latency p50 / p95 (embed+search+BM25+fusion) | {s['query_ms_p50']:.1f} / "
            f"{s['query_ms_p95']:.1f} ms over {s['queries']} queries |",
            f"| the same questions asked again (embedding cached), p50 | {s['repeat_query_ms_p50']:.1f} ms |",
        ]
        if "startup" in report:
            st = report["startup"]
            lines.append(
                f"| app start to a served page (`python app.py`, installed, index built), median / max "
                f"of {st['runs']} | {st['ready_s_median']:.1f} / {st['ready_s_max']:.1f} s |"
            )
        lines.append("")
    for a in report.get("answer", []):
        lines += [
            f"| answering: {a['backend']} ({a['model']}) | value |",
            "|---|---|",
            f"| model load | {a['load_s']:.1f} s |",
            f"| time to first token p50 / p95 | {a['first_token_ms_p50']:.0f} / "
            f"{a['first_token_ms_p95']:.0f} ms |",
            f"| full answer p50 / p95 | {a['total_ms_p50']:.0f} / {a['total_ms_p95']:.0f} ms |",
            f"| answers timed / modes | {a['answers']} / {a['modes']} |",
            "",
        ]
    e = report.get("embedding")
    if e:
        base = e["variants"].get(f"float32, {m['torch_threads']} threads") or next(
            iter(e["variants"].values())
        )
        lines += [
            f"| embedding ({e['passages']} synthetic passages, median of {e['runs']}) | passages/s | "
            "vs default | one question ms |",
            "|---|---|---|---|",
        ]
        for name, r in e["variants"].items():
            lines.append(
                f"| {name} | {r['passages_per_s']:.1f} | "
                f"{r['passages_per_s'] / max(base['passages_per_s'], 1e-9):.2f}x | {r['question_ms']:.0f} |"
            )
        lines += [f"| int8 vectors: mean cosine to float32 | {e['int8_cosine_to_float_mean']:.3f} | | |", ""]
    d = report.get("decode")
    if d:
        lines += [
            f"| decode, same {d['prompts']} prompts x {d['runs']} runs, interleaved | decode tokens/s | "
            "prefill p50 | reply p50 | tokens p50 | decode vs server |",
            "|---|---|---|---|---|---|",
        ]
        for name, r in d["variants"].items():
            ratio = f"{r['decode_ratio_vs_server']:.2f}" if "decode_ratio_vs_server" in r else ""
            lines.append(
                f"| {name} | {r['decode_tokens_per_s']:.1f} | {r['prefill_ms_p50']:.0f} ms | "
                f"{r['reply_ms_p50']:.0f} ms | {r['tokens_p50']:.0f} | {ratio} |"
            )
        lines.append("")
    c = report.get("constraint")
    if c:
        lines += [
            f"| copy constraint ({c['questions']} questions x {c['runs']} runs, interleaved) | on | off "
            "| off / on |",
            "|---|---|---|---|",
            f"| first token p50 | {c['on']['first_token_ms_p50']:.0f} ms | "
            f"{c['off']['first_token_ms_p50']:.0f} ms | {c['first_token_ratio_off_over_on']:.2f} |",
            f"| full answer p50 | {c['on']['total_ms_p50']:.0f} ms | {c['off']['total_ms_p50']:.0f} ms "
            f"| {c['total_ratio_off_over_on']:.2f} |",
            f"| draft survived verification | {c['on']['generated_share']:.0%} | "
            f"{c['off']['generated_share']:.0%} | |",
            "",
        ]
    if "peak_rss_mib" in report:
        lines += [f"Peak RSS of the whole run: {report['peak_rss_mib']:.0f} MiB", ""]
    sc = report.get("scale")
    if sc:
        lines += [
            f"Scale: vectors from {sc['base_embedded']} really embedded synthetic passages "
            f"({sc['embed_passages_per_s']:.0f} passages/s), the rest perturbed copies.",
            "",
            "| passages | index | build s | disk MiB | RAM MiB | search p50 ms | p95 ms | recall@10 | "
            "embed s (est.) | BM25 build s |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in sc["rows"]:
            auto = " **(auto)**" if r.get("auto") else ""
            lines.append(
                f"| {r['passages']:,} | {r['factory']}{auto} | {r['build_s']:.2f} | {r['size_mib']:.1f} | "
                f"{r['memory_mib']:.0f} | {r['search_ms_p50']:.3f} | {r['search_ms_p95']:.3f} | "
                f"{r['recall@10']:.3f} | {r['embed_s_est']:.0f} | {r['bm25_build_s_est']:.1f} |"
            )
    return "\n".join(lines)


def write_docs(report: dict[str, Any]) -> Path:
    """Regenerate the measured parts of ``docs/BENCHMARKS.md`` that this run measured.

    Stage timings and scale curves are separate sections, so ``--scale ''`` re-measures the stages
    without discarding a long scale run.
    """
    path = DOCS / "BENCHMARKS.md"
    command = f"Command: `{report['command']}`\n\n"
    stages = {k: v for k, v in report.items() if k != "scale"}
    write_section(path, "bench", command + format_report(stages))
    if "scale" in report:
        body = command + format_report({"machine": report["machine"], "scale": report["scale"]})
        for plot_path in report.get("plots", []):
            body += f"\n\n![{Path(plot_path).stem}]({Path(plot_path).relative_to('docs').as_posix()})"
        write_section(path, "bench-scale", body)
    return path
