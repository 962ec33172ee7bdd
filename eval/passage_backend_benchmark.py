"""Passage embedding backends: indexing throughput on real documents and retrieval hit@3 on every
seed question set, for questions embedded in float32 and passages in float32 or int8. Not a test::

    HF_HUB_OFFLINE=1 .venv/bin/python eval/passage_backend_benchmark.py [--runs 4]

Throughput: the passages of five real documents (the two seeds, the Wikipedia excerpt, the Debian
HTML manual and PDF specification, chunked as the index chunks them), embedded by torch float32 (the
embedder before the ONNX backends), ONNX float32 and ONNX int8, interleaved, median of the runs
after the first (warm-up). Quality: hit@3 of the final (fused) ranking on each single-question set
over the seeds, for three set-ups: float passages (the default), int8 passages and int8 questions
(``BOT_EMBEDDING_BACKEND=onnx-int8``), and int8 passages with float questions
(``BOT_EMBEDDING_PASSAGE_BACKEND=onnx-int8``); each gets its own index in a temporary folder.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bot.chunking import chunk  # noqa: E402
from bot.config import EmbeddingSettings, Settings  # noqa: E402
from bot.embedding import make_embedder  # noqa: E402
from bot.eval_metrics import first_rank, hit_at  # noqa: E402
from bot.index import embed_text  # noqa: E402
from bot.retrieval import Retriever  # noqa: E402
from bot.sources import load_corpus  # noqa: E402

DOCUMENTS = [
    *sorted((ROOT / "seeds").glob("*")),
    ROOT / "tests/corpora/wikipedia_exercise_excerpt.txt",
    *sorted((ROOT / "tests/corpora/debian").glob("*")),
]


def passages() -> tuple[int, list[str]]:
    folder = Path(tempfile.mkdtemp())
    for path in DOCUMENTS:
        shutil.copy(path, folder / path.name)
    docs, _ = load_corpus(folder)
    chunking = Settings().chunking
    texts = [embed_text(p) for d in docs for p in chunk(d.text, d.source.path, chunking, d.exclude)]
    shutil.rmtree(folder, ignore_errors=True)
    return len(docs), texts


def throughput(documents: int, texts: list[str], runs: int) -> None:
    import torch

    torch.set_num_threads(2)
    encoders = {b: make_embedder(EmbeddingSettings(backend=b)) for b in ("torch", "onnx", "onnx-int8")}
    times: dict[str, list[float]] = {b: [] for b in encoders}
    vectors: dict[str, np.ndarray] = {}
    for _ in range(runs):
        for backend, encoder in encoders.items():
            started = time.perf_counter()
            vectors[backend] = np.asarray(encoder._encode(texts))  # uncached: what indexing pays
            times[backend].append(time.perf_counter() - started)
    base = statistics.median(times["torch"][1:])
    mean = np.mean([len(t) for t in texts])
    print(f"{len(texts)} passages from {documents} documents (mean {mean:.0f} characters)")
    print("| backend | passages/s | vs torch | mean cosine to torch |\n|---|---|---|---|")
    for backend, seconds in times.items():
        median = statistics.median(seconds[1:])
        cosine = float((vectors[backend] * vectors["torch"]).sum(axis=1).mean())
        print(f"| {backend} | {len(texts) / median:.1f} | {base / median:.2f}x | {cosine:.4f} |")


def quality() -> None:
    sets = sorted(
        f
        for f in glob.glob(str(ROOT / "eval/**/*.jsonl"), recursive=True)
        if "documents" not in f and "debian" not in f and "conversations" not in f
    )
    questions = {
        f: [
            d
            for d in map(json.loads, Path(f).read_text(encoding="utf-8").splitlines())
            if d.get("expected") and d.get("in_scope") and not d.get("history")
        ]
        for f in sets
    }
    setups = {
        "float passages": ("auto", "same"),
        "int8 both": ("onnx-int8", "same"),
        "int8 passages, float questions": ("auto", "onnx-int8"),
    }
    ranks: dict[str, list[int | None]] = {name: [] for name in setups}
    print("\n| set | n | " + " | ".join(setups) + " |\n|---|---|" + "---|" * len(setups))
    retrievers = {}
    for name, (backend, passage_backend) in setups.items():
        settings = (
            Settings()
            .with_value("paths", "index_dir", Path(tempfile.mkdtemp()))
            .with_value("embedding", "backend", backend)
            .with_value("embedding", "passage_backend", passage_backend)
        )
        retrievers[name] = Retriever(settings)
    for f, items in questions.items():
        row = []
        for name, r in retrievers.items():
            got = [first_rank(r.search(d["question"])[:5], d["expected"]) for d in items]
            ranks[name] += got
            row.append(f"{hit_at(got, 3):.3f}")
        print(f"| {Path(f).relative_to(ROOT)} | {len(items)} | " + " | ".join(row) + " |")
    n = len(ranks["float passages"])
    print(f"| all | {n} | " + " | ".join(f"{hit_at(r, 3):.3f}" for r in ranks.values()) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=4, help="timed runs (the first is a warm-up)")
    args = parser.parse_args()
    throughput(*passages(), max(2, args.runs))
    quality()


if __name__ == "__main__":
    main()
