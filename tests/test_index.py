"""The on-disk index: fingerprint, staleness, corruption, crash leftovers, no pickle."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.config import Settings
from bot.index import CURRENT, changed_on_disk, open_index, verify
from bot.vectors import ivf_factory, resolve_factory
from tests.support import copied_corpus, seed_retriever


@pytest.fixture
def corpus(tmp_path: Path) -> Settings:
    return copied_corpus(tmp_path)


def _live(settings: Settings) -> Path:
    name = json.loads((settings.paths.index_dir / CURRENT).read_text())["name"]
    return settings.paths.index_dir / name


def test_build_then_reuse(corpus: Settings) -> None:
    first = open_index(corpus)
    assert first.built and len(first.passages) > 10 and len(first.sources) == 2
    folder = _live(corpus)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["factory"] == "Flat" and manifest["passages"] == len(first.passages)
    assert verify(folder) is None
    again = open_index(corpus)
    assert not again.built and again.fingerprint == first.fingerprint
    assert not list(corpus.paths.index_dir.rglob("*.pkl")) and not list(
        corpus.paths.index_dir.rglob("*.pickle")
    )


@pytest.mark.parametrize("change", ["text", "sidecar", "setting"])
def test_stale_index_rebuilds(corpus: Settings, change: str) -> None:
    first = open_index(corpus)
    seeds = corpus.paths.seeds_dir
    settings = corpus
    if change == "text":
        (seeds / "extra.txt").write_text("Rowing is a full-body aerobic exercise.\n", encoding="utf-8")
    elif change == "sidecar":
        sidecar = next(seeds.glob("forum*.toml"))
        sidecar.write_text(
            sidecar.read_text(encoding="utf-8").replace("strength = 1", "strength = 2"), "utf-8"
        )
    else:
        settings = corpus.with_value("chunking", "max_chars", "300")
    second = open_index(settings)
    assert second.built and second.fingerprint != first.fingerprint
    assert not (corpus.paths.index_dir / first.fingerprint).exists()  # the old index is cleaned up


def test_every_corrupted_file_is_detected_and_rebuilt(corpus: Settings) -> None:
    open_index(corpus)
    names = sorted(p.name for p in _live(corpus).iterdir())
    assert {"vectors.faiss", "vectors.npy", "passages.json", "sources.json", "manifest.json"} <= set(names)
    for name in names:
        path = _live(corpus) / name
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] + b"\x00garbage")
        assert verify(_live(corpus)) is not None, name
        rebuilt = open_index(corpus)
        assert rebuilt.built and verify(_live(corpus)) is None, name


def test_corrupt_pointer_and_crash_leftovers(corpus: Settings) -> None:
    open_index(corpus)
    (corpus.paths.index_dir / CURRENT).write_text("{not json", encoding="utf-8")
    leftover = corpus.paths.index_dir / ".building-dead"
    leftover.mkdir()
    (leftover / "vectors.npy").write_bytes(b"half")
    rebuilt = open_index(corpus)
    assert rebuilt.built and not leftover.exists()


def test_factory_is_chosen_by_size() -> None:
    assert resolve_factory("auto", 35) == "Flat"
    assert resolve_factory("auto", 200_000) == "HNSW32"
    assert resolve_factory("auto", 5_000_000) == ivf_factory(5_000_000) == "IVF8944,PQ48x4fs,RFlat"
    assert resolve_factory("HNSW16", 10) == "HNSW16"


def test_hnsw_index_type_works_end_to_end(corpus: Settings) -> None:
    from bot.retrieval import Retriever

    settings = corpus.with_value("index", "factory", "HNSW32")
    hits = Retriever(settings).search("Which types of exercise are best for brain health?", 3)
    assert any("Aerobic exercise" in h.passage.text for h in hits)


@pytest.mark.parametrize("factory", ["Flat", "IVF2,Flat"])
def test_vectors_are_in_memory_not_memory_mapped(corpus: Settings, factory: str) -> None:
    """A file truncated under a memory map kills the process (SIGBUS): nothing is mapped."""
    import numpy as np

    index = open_index(corpus.with_value("index", "factory", factory))
    on_disk = np.load(index.folder / "vectors.npy")
    assert np.array_equal(index.vectors, on_disk)
    assert not isinstance(index.vectors, np.memmap) and not isinstance(index.vectors.base, np.memmap)
    os.truncate(index.folder / "vectors.npy", 0)
    assert float(index.vectors[-1] @ index.vectors[-1]) == pytest.approx(1.0, abs=1e-4)  # still readable


def test_changes_on_disk_are_noticed(corpus: Settings) -> None:
    index = open_index(corpus)
    assert changed_on_disk(index) is None
    (index.folder / "sources.json").write_text("[]", encoding="utf-8")
    assert changed_on_disk(index) == "sources.json"
    fresh = open_index(corpus)  # verify() catches the edit by its hash: rebuilt
    assert fresh.built and changed_on_disk(fresh) is None
    (corpus.paths.index_dir / CURRENT).unlink()
    assert changed_on_disk(fresh) == CURRENT


def test_the_fingerprint_covers_every_module_that_turns_files_into_passages() -> None:
    """A change to sentence splitting (text.py) once left old indexes 'current': the list is checked."""
    import ast
    from pathlib import Path

    from bot.index import BUILT_BY

    plumbing = {"config.py", "errors.py", "types.py"}  # settings are hashed apart; no text rules there
    seen: set[str] = set()
    todo = ["chunking.py", "lexical.py", "sources.py"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        tree = ast.parse((Path("bot") / name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot."):
                todo.append(node.module.removeprefix("bot.") + ".py")
    assert seen - plumbing <= set(BUILT_BY), seen - plumbing - set(BUILT_BY)


def test_the_embedding_backend_is_part_of_the_fingerprint(corpus: Settings) -> None:
    """An index built with float vectors is never queried with int8 or bf16 ones (or back); the
    float32 backends (torch, onnx, and auto, which runs one of them) make the same vectors."""
    from bot.index import fingerprint

    base = fingerprint(corpus)
    floats = {fingerprint(corpus.with_value("embedding", "backend", b)) for b in ("torch", "onnx", "auto")}
    others = {fingerprint(corpus.with_value("embedding", "backend", b)) for b in ("onnx-int8", "torch-bf16")}
    assert floats == {base} and base not in others and len(others) == 2


def test_row_at_finds_the_first_passage_holding_an_offset() -> None:
    """``Index.row_at`` (a binary search per source) agrees with a scan of every passage, overlaps
    included, and says None outside any passage."""
    index = seed_retriever().index
    for p in index.passages:
        for offset in range(p.start, p.end, 5):
            scan = next(
                i for i, q in enumerate(index.passages) if q.source == p.source and q.start <= offset < q.end
            )
            assert index.row_at(p.source, offset) == scan
    assert index.row_at("no/such/file.txt", 0) is None
    assert index.row_at(index.passages[0].source, 10**9) is None
