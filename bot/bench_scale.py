"""FAISS at scale: synthetic corpora of 10k-1M passages, each index type timed, sized and recalled.

Part of ``python -m bot bench --scale 10000,100000 [--million]``. Vectors are real MiniLM embeddings
of passages generated from the seeds' sentences, then (past the embedded base) perturbed copies of
them, so the geometry is realistic while 1M embeddings need not be computed on 2 cores; the
embedding throughput measured on the base says what real embedding would cost. For ``Flat``,
``HNSW32``, ``IVF<n>,PQ48x4fs`` (with and without an exact ``RFlat`` re-rank) and whatever ``auto``
picks: build time, size on disk, memory, query latency p50/p95 and recall@10 against exact search.

Hands on: ``bench_scale(settings, sizes, base_size) -> bot.bench_reports.ScaleFigures`` (one
``ScaleRow`` per size and index type), ``plot(scale)`` (PNGs in ``docs/bench/``),
``synthetic_passages`` (also used to time the embedder), ``scale_factories(n)``.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import numpy as np

from bot.bench_reports import ScaleFigures, ScaleRow
from bot.config import REPO_ROOT, Settings
from bot.measure import percentile, rss_mib

PLOTS = REPO_ROOT / "docs" / "bench"


def synthetic_passages(settings: Settings, count: int, seed: int = 0) -> list[str]:
    """Passages of 2-4 sentences recombined from the seeds' sentences, with words swapped in."""
    from bot.sources import load_corpus
    from bot.text import split_sentences

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


def scale_factories(n: int) -> list[str]:
    """Index types timed at ``n`` passages: exact, graph, compressed, compressed + exact re-rank
    (``bot.vectors.ivf_factory``: the same rule the index uses), and whatever ``auto`` picks."""
    from bot.vectors import ivf_factory, resolve_factory

    kinds = ["Flat", "HNSW32", ivf_factory(n, refine=False), ivf_factory(n)]
    auto = resolve_factory("auto", n)
    return kinds if auto in kinds else [*kinds, auto]


def bench_scale(settings: Settings, sizes: list[int], base_size: int, n_queries: int = 200) -> ScaleFigures:
    import faiss

    from bot.embedding import load_embedder
    from bot.lexical import BM25
    from bot.vectors import make_faiss_index, resolve_factory

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
                ScaleRow(
                    passages=n,
                    factory=factory + probes,
                    auto=factory == auto,
                    build_s=build_s,
                    size_mib=size_mib,
                    memory_mib=mem,
                    search_ms_p50=percentile(lat, 50),
                    search_ms_p95=percentile(lat, 95),
                    recall_10=float(np.mean(found)),
                    bm25_build_s_est=bm25_s,
                    embed_s_est=n / embed_rate,
                )
            )
            del index
        del vectors, exact
    return ScaleFigures(base_size, embed_rate, tuple(rows))


def plot(scale: ScaleFigures) -> list[Path]:
    """Latency against corpus size per index kind, and recall against latency, as PNGs."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    PLOTS.mkdir(parents=True, exist_ok=True)
    rows = scale.rows
    kinds: dict[str, list[ScaleRow]] = {}
    for r in rows:
        kind = r.factory.split(",")[0].rstrip("0123456789") or r.factory
        kinds.setdefault(kind + ("+RFlat" if "RFlat" in r.factory else ""), []).append(r)
    fig, ax = plt.subplots(figsize=(6, 4))
    for kind, rs in kinds.items():
        ax.plot([r.passages for r in rs], [r.search_ms_p50 for r in rs], marker="o", label=kind)
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
        ax.scatter(r.search_ms_p50, r.recall_10, s=40)
        ax.annotate(
            f"{r.factory.split(',')[0]} {r.passages // 1000}k",
            (r.search_ms_p50, r.recall_10),
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
