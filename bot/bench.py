"""Benchmarks: speed and memory of every stage; the ``bench`` command.

``python -m bot bench [--runs N] [--answers N] [--questions FILE] [--scale 10000,100000] [--million]
[--skip-answer] [--skip-startup] [--server-url URL] [--write-docs]``

* **Seeds**: index build (chunk + embed + FAISS + BM25) median over ``--runs`` rebuilds; query
  latency (embed + dense search + BM25 + fusion + de-dup) p50/p95; the embedder's throughput
  (torch float32 / int8 / bf16, onnxruntime float / int8, thread counts; synthetic and corpus passages)
  and each variant's cosine to float32; app start-up (``bot.app_process``).
* **Answers** (each through ``bot.chat.Conversation``): time to first token and total per backend;
  the copy constraint on and off, interleaved; prefill and decode per backend (``bot.bench_decode``).
* **Scale**: FAISS index types on synthetic corpora (``bot.bench_scale``), with plots.

The questions are those of ``--questions FILE`` (in scope, no follow-ups), else the corpus profile's
example questions (``seeds/corpus.toml``): no question is written in code. ``--write-docs``
regenerates the measured sections of ``docs/BENCHMARKS.md`` (``bot.bench_report``); every run also
leaves ``docs/bench/results.json``. Timings are medians of repeated runs on a shared 2-core machine:
compare ratios within one run.

Hands on: ``cmd_bench``, ``bench_args`` and the stage functions, each returning its typed report
section (``bot.bench_reports``): ``bench_seeds -> SeedFigures``, ``bench_embedding ->
EmbeddingFigures``, ``bench_answer -> AnswerTimings``, ``bench_constraint -> ConstraintFigures``,
``bench_startup -> StartupFigures``; ``cmd_bench`` gathers them into a ``BenchReport``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from bot.app_process import start_app, stop_app
from bot.args import command_line, emit, settings_from
from bot.bench_decode import bench_decode
from bot.bench_report import format_report, write_docs
from bot.bench_reports import (
    AnswerTimings,
    BenchReport,
    ConstraintFigures,
    ConstraintSide,
    DecodeFigures,
    EmbeddingFigures,
    EmbeddingVariant,
    Machine,
    ScaleFigures,
    SeedFigures,
    StartupFigures,
)
from bot.bench_scale import PLOTS, bench_scale, plot, synthetic_passages
from bot.config import REPO_ROOT, Settings
from bot.eval_data import measured_questions
from bot.measure import machine, peak_rss_mib, percentile


def bench_seeds(settings: Settings, runs: int, questions: list[str]) -> SeedFigures:
    from bot.index import build
    from bot.retrieval import Retriever

    with tempfile.TemporaryDirectory() as tmp:
        s = settings.with_value("paths", "index_dir", tmp)
        builds = []
        index = None
        for _ in range(runs):
            started = time.perf_counter()
            index = build(s)
            builds.append(time.perf_counter() - started)
        assert index is not None
        retriever = Retriever(s, index=index)
        retriever.search("warm up")
        latencies: list[float] = []  # first time each question is asked: nothing cached
        repeats: list[float] = []  # asked again: its embedding comes from the embedder's cache
        for run in range(max(1, runs)):
            for q in questions:
                started = time.perf_counter()
                retriever.search(q)
                (repeats if run else latencies).append((time.perf_counter() - started) * 1000)
        n = len(index.passages)
    return SeedFigures(
        passages=n,
        sources=len(index.sources),
        build_s_median=statistics.median(builds),
        build_passages_per_s=n / statistics.median(builds),
        query_ms_p50=percentile(latencies, 50),
        query_ms_p95=percentile(latencies, 95),
        queries=len(latencies),
        repeat_query_ms_p50=percentile(repeats, 50),
    )


def seed_texts(settings: Settings) -> list[str]:
    """What indexing embeds for the corpus: every passage's ``embed_text``."""
    from bot.chunking import chunk
    from bot.index import embed_text
    from bot.sources import load_corpus

    docs, _ = load_corpus(settings.paths.seeds_dir)
    return [embed_text(p) for d in docs for p in chunk(d.text, d.source.path, settings.chunking, d.exclude)]


def bench_embedding(settings: Settings, count: int, runs: int, question: str) -> EmbeddingFigures:
    """Indexing throughput and one-question latency per encoder and thread count, interleaved.

    Encoders: torch float32 (the default), torch float32 in batches of 8, torch int8 dynamic
    quantisation, torch under bfloat16 autocast (``torch-bf16``), and the onnxruntime backends
    ``onnx`` / ``onnx-int8`` (``bot.embedding_onnx``; skipped with a log line when onnxruntime is
    missing). Each is timed on ``count`` synthetic
    passages and on the corpus's own passages, in one run (medians over ``runs``) so the ratios hold
    on a busy machine; each one's mean cosine to the float32 vectors says how far its vectors moved.
    """
    import logging
    from dataclasses import replace

    import torch

    from bot.embedding import CachedEmbedder, SentenceEmbedder, load_embedder
    from bot.embedding_onnx import OnnxEmbedder
    from bot.errors import BotError

    texts, seeds = synthetic_passages(settings, count), seed_texts(settings)
    threads = torch.get_num_threads()
    counts = sorted({threads, 1}, reverse=True)
    e = settings.embedding
    encoders: dict[str, dict[int, CachedEmbedder]] = {
        "float32": dict.fromkeys(counts, load_embedder(replace(e, backend="torch"))),
        "float32, batches of 8": dict.fromkeys(counts, SentenceEmbedder(replace(e, batch_size=8))),
        "int8": dict.fromkeys(counts, SentenceEmbedder(replace(e, backend="torch"), True)),
        "torch-bf16": dict.fromkeys(counts, SentenceEmbedder(replace(e, backend="torch-bf16"))),
    }
    for backend in ("onnx", "onnx-int8"):
        try:
            encoders[backend] = {n: OnnxEmbedder(replace(e, backend=backend), threads=n) for n in counts}
        except BotError as exc:
            logging.getLogger("bot").warning("skipping the %s embedder: %s (%s)", backend, exc, exc.fix)
    found: dict[str, dict[str, list[float]]] = {}
    try:
        for _ in range(max(1, runs)):
            for name, by_threads in encoders.items():
                for n, enc in by_threads.items():
                    torch.set_num_threads(n)  # the onnx sessions were made with n threads
                    row = found.setdefault(
                        f"{name}, {n} thread{'s' if n > 1 else ''}", {"rate": [], "seeds": [], "q": []}
                    )
                    t = time.perf_counter()
                    enc._encode(texts)
                    row["rate"].append(count / (time.perf_counter() - t))
                    t = time.perf_counter()
                    enc._encode(seeds)
                    row["seeds"].append(len(seeds) / (time.perf_counter() - t))
                    t = time.perf_counter()
                    enc._encode([question])
                    row["q"].append((time.perf_counter() - t) * 1000)
    finally:
        torch.set_num_threads(threads)
    float_vectors = encoders["float32"][threads]._encode(texts + seeds)
    cosine = {
        name: float(np.mean(np.sum(float_vectors * by_threads[threads]._encode(texts + seeds), axis=1)))
        for name, by_threads in encoders.items()
        if name != "float32"
    }
    return EmbeddingFigures(
        passages=count,
        runs=runs,
        int8_cosine_to_float_mean=cosine["int8"],
        variants={
            k: EmbeddingVariant(
                statistics.median(v["rate"]), statistics.median(v["q"]), statistics.median(v["seeds"])
            )
            for k, v in found.items()
        },
        seed_passages=len(seeds),
        cosine_to_float_mean=cosine,
    )


def bench_answer(settings: Settings, questions: list[str], runs: int) -> AnswerTimings:
    from bot.chat import Conversation
    from bot.generation import load_generator
    from bot.retrieval import get_retriever

    retriever = get_retriever(settings)
    started = time.perf_counter()
    generator = load_generator(settings)
    load_s = time.perf_counter() - started
    firsts, totals, modes = [], [], []  # decode speed is measured alike in bench_decode
    for _ in range(runs):
        for q in questions:
            final = Conversation(settings, retriever, generator).answer(q)
            modes.append(final.mode)
            if final.declined:
                continue
            firsts.append(final.timings.get("first_token_ms", 0.0))
            totals.append(final.timings["total_ms"])
    return AnswerTimings(
        backend=settings.generation.backend,
        model=generator.name,
        load_s=load_s,
        answers=len(totals),
        first_token_ms_p50=percentile(firsts, 50),
        first_token_ms_p95=percentile(firsts, 95),
        total_ms_p50=percentile(totals, 50),
        total_ms_p95=percentile(totals, 95),
        modes={m: modes.count(m) for m in sorted(set(modes))},
    )


def bench_constraint(settings: Settings, questions: list[str], runs: int) -> ConstraintFigures:
    """First token and full answer with the copy constraint on and off, interleaved in one run.

    Each question is answered with the constraint on, then off, ``runs`` times; the ratios of the
    medians (off / on) say what the constraint costs or saves. Also counted: answers whose draft
    survived verification ("generated") against those that fell back to quoting the units.
    """
    from bot.chat import Conversation
    from bot.generation import load_generator
    from bot.retrieval import get_retriever

    retriever = get_retriever(settings)
    generator = load_generator(settings)
    variants = {"on": settings, "off": settings.with_value("generation", "constrain", "false")}
    stats: dict[str, dict[str, list[float]]] = {k: {"first": [], "total": []} for k in variants}
    modes: dict[str, list[str]] = {k: [] for k in variants}
    for _ in range(max(1, runs)):
        for q in questions:
            for name, s in variants.items():
                final = Conversation(s, retriever, generator).answer(q)
                if final.declined:
                    continue
                stats[name]["first"].append(final.timings.get("first_token_ms", 0.0))
                stats[name]["total"].append(final.timings["total_ms"])
                modes[name].append(final.mode)
    side = {
        name: ConstraintSide(
            first_token_ms_p50=percentile(st["first"], 50),
            total_ms_p50=percentile(st["total"], 50),
            generated_share=modes[name].count("generated") / max(1, len(modes[name])),
            answers=len(st["total"]),
        )
        for name, st in stats.items()
    }
    return ConstraintFigures(len(questions), runs, side["on"], side["off"])


def bench_startup(runs: int) -> StartupFigures:
    """Seconds from starting ``app.py`` to its page answering HTTP 200 (index built, model converted)."""
    proc, _ = start_app()  # the first start may build the index or convert the model: not timed
    stop_app(proc)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc, _ = start_app()
        times.append(time.perf_counter() - started)
        stop_app(proc)
    return StartupFigures(runs, statistics.median(times), max(times))


def cmd_bench(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    questions = measured_questions(settings, Path(args.questions) if args.questions else None)

    def say(*parts: object, flush: bool = False) -> None:
        if not args.json:  # --json prints only the report, so it can be piped
            print(*parts, flush=flush)

    say("benchmarking the seed index…", flush=True)
    seeds = bench_seeds(settings, args.runs, questions)
    say("timing the embedder (torch / onnx, float32 / int8, thread counts)…", flush=True)
    embedding = bench_embedding(settings, 128, args.runs, questions[0])
    startup: StartupFigures | None = None
    if not args.skip_startup:
        say("timing app start-up…", flush=True)
        startup = bench_startup(args.runs)
    answer: list[AnswerTimings] = []
    constraint: ConstraintFigures | None = None
    decode: DecodeFigures | None = None
    if not args.skip_answer:
        asked = questions[: args.answers]
        say("benchmarking answers…", flush=True)
        answer.append(bench_answer(settings, asked, 1))
        say("timing the copy constraint on and off…", flush=True)
        constraint = bench_constraint(settings, asked, args.runs)
        if args.server_url:
            remote = settings.with_value("generation", "backend", "openai")
            remote = remote.with_value("generation", "base_url", args.server_url)
            answer.append(bench_answer(remote, asked, 1))
        say("timing prefill and decode per backend…", flush=True)
        decode = bench_decode(settings, asked, args.runs, args.server_url)
    sizes = [int(x) for x in args.scale.split(",") if x.strip()] if args.scale else []
    if args.million:
        sizes.append(1_000_000)
    scale: ScaleFigures | None = None
    plots: tuple[str, ...] = ()
    if sizes:
        say(f"benchmarking index types at {sizes}…", flush=True)
        scale = bench_scale(settings, sizes, args.base)
        plots = tuple(str(p.relative_to(REPO_ROOT)) for p in plot(scale))
    report = BenchReport(
        machine=Machine.from_json(machine()),
        command=command_line(args),
        seeds=seeds,
        embedding=embedding,
        startup=startup,
        answer=tuple(answer),
        constraint=constraint,
        decode=decode,
        scale=scale,
        plots=plots,
        peak_rss_mib=peak_rss_mib(),
    )
    PLOTS.mkdir(parents=True, exist_ok=True)
    (PLOTS / "results.json").write_text(json.dumps(report.to_json(), indent=1), encoding="utf-8")
    if args.write_docs:
        write_docs(report)
    if args.json:
        emit(report.to_json())
    else:
        print(format_report(report))
    return 0


def bench_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--questions",
        help="JSON Lines question set to time (its in-scope, stand-alone questions; "
        "default: the corpus profile's example questions)",
    )
    p.add_argument("--runs", type=int, default=3, help="repetitions for medians (default 3)")
    p.add_argument("--answers", type=int, default=12, help="questions timed end to end (default 12)")
    p.add_argument("--skip-answer", action="store_true", help="skip the language-model timings")
    p.add_argument("--skip-startup", action="store_true", help="skip timing the app's start-up")
    p.add_argument("--scale", default="10000,100000", help="synthetic corpus sizes ('' to skip)")
    p.add_argument("--million", action="store_true", help="also 1,000,000 passages (slow, ~6 GiB RAM)")
    p.add_argument("--base", type=int, default=3000, help="synthetic passages really embedded (default 3000)")
    p.add_argument("--write-docs", action="store_true", help="write the results into docs/BENCHMARKS.md")
    p.add_argument(
        "--server-url", help="also time the OpenAI-compatible backend at this URL (e.g. llama.cpp)"
    )
