"""Benchmarks: speed and memory of every stage, and how FAISS index types scale.

``python -m bot bench [--runs N] [--scale 10000,100000] [--million] [--skip-answer] [--write-docs]``

* **Seeds**: index build (chunk + embed + FAISS + BM25) median over ``--runs`` rebuilds; query
  latency (embed + dense search + BM25 + fusion + de-dup) p50/p95 over the eval questions; answer
  time to first token, total and tokens/s per backend; peak RSS of the process.
* **Scale**: synthetic corpora of 10k / 100k (/ 1M with ``--million``) passages. Vectors are real
  MiniLM embeddings of passages generated from the seeds' sentences, then (past the embedded base)
  perturbed copies of them, so the geometry is realistic while 1M embeddings need not be computed
  on 2 cores; the embedding throughput measured on the base says what real embedding would cost.
  For ``Flat``, ``HNSW32`` and ``IVF<n>,PQ48x4fs``: build time, size on disk, memory, query latency
  p50/p95 and recall@10 against exact search.
* **Plots** (matplotlib PNGs in ``docs/bench/``): latency vs corpus size per index type, and
  recall vs latency. ``--write-docs`` also regenerates ``docs/BENCHMARKS.md`` from the run.

Timings are medians of repeated runs on a shared 2-core machine: compare ratios within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import psutil

from bot.config import REPO_ROOT, Settings

DOCS = REPO_ROOT / "docs"
PLOTS = DOCS / "bench"


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux ru_maxrss is KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q)) if values else 0.0


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import faiss
    import torch

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "faiss": faiss.__version__,
        "torch_threads": torch.get_num_threads(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


# ---- seeds ----------------------------------------------------------------------------------------
def bench_seeds(settings: Settings, runs: int, questions: list[str]) -> dict[str, Any]:
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
    return {
        "passages": n,
        "sources": len(index.sources),
        "build_s_median": statistics.median(builds),
        "build_passages_per_s": n / statistics.median(builds),
        "query_ms_p50": percentile(latencies, 50),
        "query_ms_p95": percentile(latencies, 95),
        "queries": len(latencies),
        "repeat_query_ms_p50": percentile(repeats, 50),
    }


def bench_embedding(settings: Settings, count: int, runs: int) -> dict[str, Any]:
    """Indexing throughput and one-question latency: float vs int8 encoder, torch threads 2 vs 1.

    Interleaved in one run (medians over ``runs``) so the ratios hold on a busy machine; the int8
    vectors' mean cosine to the float ones says how far they moved.
    """
    import torch

    from bot.embedding import SentenceEmbedder, load_embedder

    texts = synthetic_passages(settings, count)
    question = ["Which kinds of training help memory in later life?"]
    encoders = {
        "float32": load_embedder(settings.embedding),
        "int8": SentenceEmbedder(settings.embedding, True),
    }
    threads = torch.get_num_threads()
    found: dict[str, dict[str, list[float]]] = {}
    try:
        for _ in range(max(1, runs)):
            for name, enc in encoders.items():
                for n in sorted({threads, 1}, reverse=True):
                    torch.set_num_threads(n)
                    row = found.setdefault(f"{name}, {n} thread{'s' if n > 1 else ''}", {"rate": [], "q": []})
                    t = time.perf_counter()
                    enc._encode(texts)
                    row["rate"].append(count / (time.perf_counter() - t))
                    t = time.perf_counter()
                    enc._encode(question)
                    row["q"].append((time.perf_counter() - t) * 1000)
    finally:
        torch.set_num_threads(threads)
    f, q = encoders["float32"]._encode(texts[:64]), encoders["int8"]._encode(texts[:64])
    return {
        "passages": count,
        "runs": runs,
        "int8_cosine_to_float_mean": float(np.mean(np.sum(f * q, axis=1))),
        "variants": {
            k: {"passages_per_s": statistics.median(v["rate"]), "question_ms": statistics.median(v["q"])}
            for k, v in found.items()
        },
    }


def bench_answer(settings: Settings, questions: list[str], runs: int) -> dict[str, Any]:
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
    return {
        "backend": settings.generation.backend,
        "model": generator.name,
        "load_s": load_s,
        "answers": len(totals),
        "first_token_ms_p50": percentile(firsts, 50),
        "first_token_ms_p95": percentile(firsts, 95),
        "total_ms_p50": percentile(totals, 50),
        "total_ms_p95": percentile(totals, 95),
        "modes": {m: modes.count(m) for m in sorted(set(modes))},
    }


def decode_prompts(settings: Settings, questions: list[str]) -> list[tuple[list[dict[str, str]], Any]]:
    """(messages, CopySpec) per answerable question, built exactly as ``answering`` builds them."""
    from bot import compose, evidence
    from bot.answering import build_messages
    from bot.constraint import CopySpec
    from bot.embedding import load_embedder
    from bot.retrieval import get_retriever

    retriever = get_retriever(settings)
    embedder = load_embedder(settings.embedding)
    out = []
    for q in questions:
        chosen = evidence.select(q, retriever.search(q), embedder, settings.answer)
        if chosen:
            spec = CopySpec(
                tuple(compose.display(e) for e in chosen),
                tuple(dict.fromkeys(e.speaker for e in chosen if e.speaker)),
            )
            out.append((build_messages(q, chosen), spec))
    return out


def time_stream(
    generator: Any, messages: list[dict[str, str]], max_new: int, copy: Any, tokenizer: Any
) -> dict:
    """Prefill and decode of one reply, counted alike for every backend.

    prefill = call to first piece (prompt through the model + the first token); decode = first piece
    to last; decode tokens = tokens of the whole reply minus those of the first piece, all counted
    with the model's own tokenizer (so a server's chunking does not matter).
    """
    warm = getattr(generator, "warm_prefix", None)
    if warm is not None and copy is not None:
        warm(messages[:3])
    t0 = time.perf_counter()
    first_at = last_at = t0
    first = text = ""
    for piece in generator.stream(messages, max_new, copy):
        last_at = time.perf_counter()
        if not text:
            first, first_at = piece, last_at
        text += piece
    total = len(tokenizer(text, add_special_tokens=False)["input_ids"]) if text else 0
    head = len(tokenizer(first, add_special_tokens=False)["input_ids"]) if first else 0
    return {
        "prefill_ms": (first_at - t0) * 1000,
        "decode_s": last_at - first_at,
        "decode_tokens": max(0, total - head),
        "tokens": total,
        "total_ms": (last_at - t0) * 1000,
    }


def bench_decode(
    settings: Settings, questions: list[str], runs: int, server_url: str | None
) -> dict[str, Any]:
    """Decode tokens/s and prefill per backend and mode, interleaved in one run (same prompts).

    Variants: transformers with the copy constraint (its forced runs skip decode steps, so its
    rate is *effective* tokens/s), transformers unconstrained (``model.generate``), and the
    OpenAI-compatible server when ``server_url`` is given (a server ignores the constraint).
    Decode rate = sum of decode tokens / sum of decode seconds; prefill and full reply are p50s.
    """
    from bot.generation import load_generator

    local = load_generator(settings)
    tokenizer = local.tokenizer  # type: ignore[attr-defined]
    prompts = decode_prompts(settings, questions)
    max_new = settings.generation.max_new_tokens
    variants: dict[str, tuple[Any, bool]] = {
        "transformers constrained": (local, True),
        "transformers unconstrained": (local, False),
    }
    if server_url:
        remote = settings.with_value("generation", "backend", "openai")
        remote = remote.with_value("generation", "base_url", server_url)
        variants["server (llama.cpp) unconstrained"] = (load_generator(remote), False)
    rows: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    for gen, constrained in variants.values():  # one untimed warm-up reply each
        time_stream(gen, prompts[0][0], max_new, prompts[0][1] if constrained else None, tokenizer)
    for _ in range(max(1, runs)):
        for messages, spec in prompts:
            for name, (gen, constrained) in variants.items():
                rows[name].append(
                    time_stream(gen, messages, max_new, spec if constrained else None, tokenizer)
                )
    out: dict[str, Any] = {"prompts": len(prompts), "runs": runs, "variants": {}}
    for name, rs in rows.items():
        decode_s = sum(r["decode_s"] for r in rs)
        out["variants"][name] = {
            "decode_tokens_per_s": sum(r["decode_tokens"] for r in rs) / max(decode_s, 1e-9),
            "prefill_ms_p50": percentile([r["prefill_ms"] for r in rs], 50),
            "reply_ms_p50": percentile([r["total_ms"] for r in rs], 50),
            "tokens_p50": percentile([r["tokens"] for r in rs], 50),
            "replies": len(rs),
        }
    v = out["variants"]
    server = v.get("server (llama.cpp) unconstrained")
    if server:
        for name in ("transformers constrained", "transformers unconstrained"):
            v[name]["decode_ratio_vs_server"] = v[name]["decode_tokens_per_s"] / max(
                server["decode_tokens_per_s"], 1e-9
            )
    return out


def bench_constraint(settings: Settings, questions: list[str], runs: int) -> dict[str, Any]:
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
    stats: dict[str, dict[str, list[Any]]] = {k: {"first": [], "total": [], "modes": []} for k in variants}
    for _ in range(max(1, runs)):
        for q in questions:
            for name, s in variants.items():
                final = Conversation(s, retriever, generator).answer(q)
                if final.declined:
                    continue
                stats[name]["first"].append(final.timings.get("first_token_ms", 0.0))
                stats[name]["total"].append(final.timings["total_ms"])
                stats[name]["modes"].append(final.mode)
    out: dict[str, Any] = {"questions": len(questions), "runs": runs}
    for name, st in stats.items():
        out[name] = {
            "first_token_ms_p50": percentile(st["first"], 50),
            "total_ms_p50": percentile(st["total"], 50),
            "generated_share": st["modes"].count("generated") / max(1, len(st["modes"])),
            "answers": len(st["total"]),
        }
    out["first_token_ratio_off_over_on"] = out["off"]["first_token_ms_p50"] / max(
        out["on"]["first_token_ms_p50"], 1e-6
    )
    out["total_ratio_off_over_on"] = out["off"]["total_ms_p50"] / max(out["on"]["total_ms_p50"], 1e-6)
    return out


def bench_startup(runs: int) -> dict[str, Any]:
    """Seconds from starting ``app.py`` to its page answering HTTP 200 (index built, model converted)."""
    from bot.loadtest import start_app

    proc, _ = start_app()  # the first start may build the index or convert the model: not timed
    proc.terminate()
    proc.wait(timeout=30)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc, _ = start_app()
        times.append(time.perf_counter() - started)
        proc.terminate()
        proc.wait(timeout=30)
    return {"runs": runs, "ready_s_median": statistics.median(times), "ready_s_max": max(times)}


# ---- scale ----------------------------------------------------------------------------------------
def synthetic_passages(settings: Settings, count: int, seed: int = 0) -> list[str]:
    """Passages of 2-4 sentences recombined from the seeds' sentences, with words swapped in."""
    from bot.chunking import split_sentences
    from bot.sources import load_corpus

    docs, _ = load_corpus(settings.paths.seeds_dir)
    sentences = [d.text[s.start : s.end] for d in docs for s in split_sentences(d.text) if not s.heading]
    vocab = sorted({w for s in sentences for w in s.split() if w.isalpha() and len(w) > 3})
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        picked = rng.sample(sentences, k=rng.randint(2, 4))
        words = " ".join(picked).split()
        for _ in range(max(1, len(words) // 8)):  # swap 1 word in 8: passages differ but read alike
            words[rng.randrange(len(words))] = rng.choice(vocab)
        out.append(" ".join(words))
    return out


def synthetic_vectors(base: np.ndarray, count: int, noise: float = 0.35, seed: int = 0) -> np.ndarray:
    """``count`` unit vectors: the real ``base`` embeddings, then noisy copies of them."""
    rng = np.random.default_rng(seed)
    reps = [base[: min(count, len(base))]]
    remaining = count - len(reps[0])
    while remaining > 0:
        chunk = min(remaining, 50_000)
        picks = base[rng.integers(0, len(base), chunk)]
        noisy = picks + rng.normal(0, noise / np.sqrt(base.shape[1]), picks.shape).astype(np.float32)
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        reps.append(noisy.astype(np.float32))
        remaining -= chunk
    return np.ascontiguousarray(np.vstack(reps), dtype=np.float32)


def ivf_factory(n: int) -> str:
    """Inverted lists + 4-bit fast-scan PQ: 8-bit ``PQ32`` trains ~100x slower with this FAISS wheel."""
    return f"IVF{max(16, int(4 * np.sqrt(n)))},PQ48x4fs"


def scale_factories(n: int) -> list[str]:
    """Index types timed at ``n`` passages: exact, graph, compressed, compressed + exact re-rank."""
    from bot.index import resolve_factory

    kinds = ["Flat", "HNSW32", ivf_factory(n), ivf_factory(n) + ",RFlat"]
    auto = resolve_factory("auto", n)
    return kinds if auto in kinds else [*kinds, auto]


def bench_scale(settings: Settings, sizes: list[int], base_size: int, n_queries: int = 200) -> dict[str, Any]:
    import faiss

    from bot.embedding import load_embedder
    from bot.index import make_faiss_index, resolve_factory
    from bot.lexical import BM25

    embedder = load_embedder(settings.embedding)
    texts = synthetic_passages(settings, base_size)
    started = time.perf_counter()
    base = embedder.encode(texts)
    embed_rate = base_size / (time.perf_counter() - started)
    queries = synthetic_vectors(base[:n_queries], n_queries, noise=0.6, seed=1)
    rows = []
    for n in sizes:
        vectors = synthetic_vectors(base, n)
        bm_started = time.perf_counter()
        BM25.build(synthetic_passages(settings, min(n, 100_000), seed=2))
        bm25_s = (time.perf_counter() - bm_started) * (n / min(n, 100_000))
        exact = faiss.IndexFlatIP(vectors.shape[1])
        exact.add(vectors)
        _, truth = exact.search(queries, 10)
        auto = resolve_factory("auto", n)
        for factory in scale_factories(n):
            rss0 = rss_mib()
            t0 = time.perf_counter()
            index = make_faiss_index(vectors, factory)
            build_s = time.perf_counter() - t0
            mem = max(0.0, rss_mib() - rss0)
            if hasattr(index, "hnsw"):
                index.hnsw.efSearch = settings.index.hnsw_ef_search
            ivf = faiss.try_extract_index_ivf(index)  # nprobe / k_factor: as make_faiss_index sets them
            probes = f" (nprobe {ivf.nprobe})" if ivf is not None else ""
            with tempfile.NamedTemporaryFile() as fh:
                faiss.write_index(index, fh.name)
                size_mib = Path(fh.name).stat().st_size / 2**20
            lat = []
            found = []
            for i in range(len(queries)):
                t = time.perf_counter()
                _, ids = index.search(queries[i : i + 1], 10)
                lat.append((time.perf_counter() - t) * 1000)
                found.append(len(set(ids[0]) & set(truth[i])) / 10)
            rows.append(
                {
                    "passages": n,
                    "factory": factory + probes,
                    "auto": factory == auto,
                    "build_s": build_s,
                    "size_mib": size_mib,
                    "memory_mib": mem,
                    "search_ms_p50": percentile(lat, 50),
                    "search_ms_p95": percentile(lat, 95),
                    "recall@10": float(np.mean(found)),
                    "bm25_build_s_est": bm25_s,
                    "embed_s_est": n / embed_rate,
                }
            )
            del index
        del vectors, exact
    return {"base_embedded": base_size, "embed_passages_per_s": embed_rate, "rows": rows}


def plot(scale: dict[str, Any]) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    PLOTS.mkdir(parents=True, exist_ok=True)
    rows = scale["rows"]
    kinds: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        kind = r["factory"].split(",")[0].rstrip("0123456789") or r["factory"]
        kinds.setdefault(kind + ("+RFlat" if "RFlat" in r["factory"] else ""), []).append(r)
    fig, ax = plt.subplots(figsize=(6, 4))
    for kind, rs in kinds.items():
        ax.plot([r["passages"] for r in rs], [r["search_ms_p50"] for r in rs], marker="o", label=kind)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("passages")
    ax.set_ylabel("search latency p50 (ms, 1 query)")
    ax.set_title("FAISS search latency vs corpus size (2 cores)")
    ax.legend()
    ax.grid(True, which="both", alpha=0.3)
    first = PLOTS / "latency_vs_size.png"
    fig.tight_layout()
    fig.savefig(first, dpi=110)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(6, 4))
    for r in rows:
        ax.scatter(r["search_ms_p50"], r["recall@10"], s=40)
        ax.annotate(
            f"{r['factory'].split(',')[0]} {r['passages'] // 1000}k",
            (r["search_ms_p50"], r["recall@10"]),
            fontsize=7,
            xytext=(3, 3),
            textcoords="offset points",
        )
    ax.set_xscale("log")
    ax.set_xlabel("search latency p50 (ms)")
    ax.set_ylabel("recall@10 vs exact search")
    ax.set_title("Recall vs latency")
    ax.grid(True, alpha=0.3)
    second = PLOTS / "recall_vs_latency.png"
    fig.tight_layout()
    fig.savefig(second, dpi=110)
    plt.close(fig)
    return [first, second]


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


def cmd_bench(args: argparse.Namespace) -> int:
    from bot.cli import _emit, _settings
    from bot.eval import DEFAULT_QUESTIONS, load_questions

    settings = _settings(args)
    try:
        questions = [q.question for q in load_questions(DEFAULT_QUESTIONS) if q.in_scope and not q.history]
    except Exception:
        questions = ["Which types of exercise are best for brain health?", "Is lifting good for my memory?"]
    report: dict[str, Any] = {
        "machine": machine(),
        "command": "python -m bot bench " + shlex.join(sys.argv[2:]),
    }

    def say(*parts: object, flush: bool = False) -> None:
        if not args.json:  # --json prints only the report, so it can be piped
            print(*parts, flush=flush)

    say("benchmarking the seed index…", flush=True)
    report["seeds"] = bench_seeds(settings, args.runs, questions)
    say("timing the embedder (float32 / int8, thread counts)…", flush=True)
    report["embedding"] = bench_embedding(settings, 128, args.runs)
    if not args.skip_startup:
        say("timing app start-up…", flush=True)
        report["startup"] = bench_startup(args.runs)
    if not args.skip_answer:
        say("benchmarking answers…", flush=True)
        report["answer"] = [bench_answer(settings, questions[: args.answers], 1)]
        say("timing the copy constraint on and off…", flush=True)
        report["constraint"] = bench_constraint(settings, questions[: args.answers], args.runs)
        if args.server_url:
            remote = settings.with_value("generation", "backend", "openai")
            remote = remote.with_value("generation", "base_url", args.server_url)
            report["answer"].append(bench_answer(remote, questions[: args.answers], 1))
        say("timing prefill and decode per backend…", flush=True)
        report["decode"] = bench_decode(settings, questions[: args.answers], args.runs, args.server_url)
    sizes = [int(x) for x in args.scale.split(",") if x.strip()] if args.scale else []
    if args.million:
        sizes.append(1_000_000)
    if sizes:
        say(f"benchmarking index types at {sizes}…", flush=True)
        report["scale"] = bench_scale(settings, sizes, args.base)
        report["plots"] = [str(p.relative_to(REPO_ROOT)) for p in plot(report["scale"])]
    report["peak_rss_mib"] = peak_rss_mib()
    PLOTS.mkdir(parents=True, exist_ok=True)
    (PLOTS / "results.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    if args.write_docs:
        write_docs(report)
    if args.json:
        _emit(report)
    else:
        print(format_report(report))
    return 0


def write_docs(report: dict[str, Any]) -> Path:
    """Regenerate the measured parts of ``docs/BENCHMARKS.md`` that this run measured.

    Stage timings and scale curves are separate sections, so ``--scale ''`` re-measures the stages
    without discarding a long scale run.
    """
    from bot.report import write_section

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


def bench_args(p: argparse.ArgumentParser) -> None:
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
