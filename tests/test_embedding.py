"""The embedder's query cache, its int8 variant and the onnxruntime backends, with the real MiniLM
model and real onnxruntime (about 15 s, most of it the two ONNX exports)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot import embedding_base, embedding_onnx
from bot.config import EmbeddingSettings
from bot.embedding import SentenceEmbedder, load_embedder, make_embedder
from bot.embedding_onnx import OnnxEmbedder, buckets
from bot.errors import BotError


@pytest.fixture(scope="module")
def embedder() -> SentenceEmbedder:
    return load_embedder(EmbeddingSettings(backend="torch"))


def test_cached_vectors_equal_the_models_own(embedder: SentenceEmbedder) -> None:
    texts = ["Does running help memory?", "Is lifting good for the brain?"]
    direct = embedder._encode(texts)
    first = embedder.encode(texts)
    again = embedder.encode([texts[1], texts[0], texts[1]])
    np.testing.assert_allclose(first, direct, atol=1e-6)
    np.testing.assert_array_equal(again, first[[1, 0, 1]])
    assert again.dtype == np.float32 and again.flags.c_contiguous and again.flags.writeable
    again[:] = 0  # a caller changing its copy does not change the cache
    np.testing.assert_array_equal(embedder.encode(texts), first)


def test_cache_is_bounded_and_batches_bypass_it(monkeypatch, embedder: SentenceEmbedder) -> None:
    monkeypatch.setattr(embedding_base, "QUERY_CACHE", 3)
    for i in range(6):
        embedder.encode([f"question number {i}"])
    assert len(embedder._cache) <= 3
    batch = [f"passage {i}" for i in range(embedding_base.CACHED_CALL + 1)]
    vectors = embedder.encode(batch)
    assert vectors.shape == (len(batch), embedder.dim)
    assert not any(t in embedder._cache for t in batch)


def test_int8_encoder_names_itself_and_stays_close() -> None:
    settings = EmbeddingSettings()
    quantized = SentenceEmbedder(settings, quantize=True)
    assert quantized.name == settings.model + "+int8"  # a different name: a different index fingerprint
    texts = ["Aerobic exercise increases hippocampal volume.", "Sleep and memory consolidation."]
    q = quantized.encode(texts)
    f = load_embedder(settings).encode(texts)
    np.testing.assert_allclose(np.linalg.norm(q, axis=1), 1.0, atol=1e-5)
    assert q.dtype == np.float32
    assert float(np.min(np.sum(q * f, axis=1))) > 0.9  # measured 0.93-0.94: opt-in, not the default


# The onnxruntime backends, with the real model and real onnxruntime. The export (a few seconds per
# backend) is made once into a cache folder shared by this module's tests.


@pytest.fixture(scope="module")
def onnx_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.fixture(scope="module", params=["onnx", "onnx-int8"])
def onnx_embedder(request: pytest.FixtureRequest, onnx_cache: Path) -> OnnxEmbedder:
    return OnnxEmbedder(EmbeddingSettings(backend=request.param), onnx_cache)


SENTENCES = [
    "Aerobic exercise increases hippocampal volume in older adults.",
    "Sleep and memory consolidation.",
    "  Does lifting weights train the nervous system before the muscles grow?  ",
    "A much longer passage: strength gains in the first weeks of training come mostly from the "
    "nervous system learning to recruit more motor units, and only later from bigger muscle fibres.",
]


def test_onnx_vectors_match_torch(onnx_embedder: OnnxEmbedder, embedder: SentenceEmbedder) -> None:
    got = onnx_embedder.encode(SENTENCES)
    want = embedder.encode(SENTENCES)
    assert got.shape == (len(SENTENCES), embedder.dim) and got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    cosine = np.sum(got * want, axis=1)
    # float: the same model, so cosine 1.0 up to rounding; int8: measured 0.993-0.995 on these
    assert float(np.min(cosine)) >= (0.99 if onnx_embedder.name.endswith("+onnx") else 0.98)
    # one text alone (no padding) gives the vector it gets inside a length-bucketed batch; int8
    # quantises activations with one scale per batch, so there it only stays close
    alone = onnx_embedder._encode(SENTENCES[3:])
    if onnx_embedder.name.endswith("+onnx"):
        np.testing.assert_allclose(alone, got[3:], atol=1e-5)
    else:
        assert float(np.sum(alone * got[3:])) > 0.99


def test_each_backend_names_itself(onnx_embedder: OnnxEmbedder) -> None:
    settings = EmbeddingSettings()
    assert onnx_embedder.name == f"{settings.model}+{onnx_embedder.name.rsplit('+', 1)[1]}"
    assert onnx_embedder.name not in {settings.model, settings.model + "+int8"}


def test_the_export_is_reused(monkeypatch, onnx_embedder: OnnxEmbedder, onnx_cache: Path) -> None:
    backend = onnx_embedder.name.rsplit("+", 1)[1]
    before = {p: p.stat().st_mtime_ns for p in onnx_cache.glob("*/model.onnx")}

    def no_export(*args: object) -> None:
        raise AssertionError("exported again")

    monkeypatch.setattr(embedding_onnx, "export", no_export)
    again = make_embedder(EmbeddingSettings(backend=backend), onnx_cache)
    assert isinstance(again, OnnxEmbedder) and again.name == onnx_embedder.name
    np.testing.assert_allclose(again._encode(SENTENCES), onnx_embedder._encode(SENTENCES), atol=1e-6)
    assert {p: p.stat().st_mtime_ns for p in onnx_cache.glob("*/model.onnx")} == before


def test_a_damaged_export_is_made_again(tmp_path: Path) -> None:
    settings = EmbeddingSettings(backend="onnx")
    OnnxEmbedder(settings, tmp_path)
    (model,) = tmp_path.glob("*/model.onnx")
    model.write_bytes(model.read_bytes()[:1000])  # a truncated file, as a crash mid-copy would leave
    vectors = OnnxEmbedder(settings, tmp_path).encode(SENTENCES[:1])
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == [model.parent.name]


def test_auto_runs_onnx_with_the_same_vectors_as_torch(onnx_cache: Path, embedder: SentenceEmbedder) -> None:
    auto = make_embedder(EmbeddingSettings(backend="auto"), onnx_cache)
    assert isinstance(auto, OnnxEmbedder) and auto.name.endswith("+onnx")
    # The same vectors (so the index fingerprint need not tell torch and auto apart).
    np.testing.assert_allclose(auto._encode(SENTENCES), embedder._encode(SENTENCES), atol=1e-5)


def test_auto_falls_back_to_torch_when_it_cannot_export(tmp_path: Path, caplog, embedder) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the export cache should be")
    auto = make_embedder(EmbeddingSettings(backend="auto"), blocked)
    assert isinstance(auto, SentenceEmbedder) and auto.name == EmbeddingSettings().model
    assert "instead of onnxruntime" in caplog.text
    np.testing.assert_allclose(auto._encode(SENTENCES), embedder._encode(SENTENCES), atol=1e-6)


def test_auto_still_reports_a_missing_model(tmp_path: Path) -> None:
    with pytest.raises(BotError, match="embedding model"):
        make_embedder(EmbeddingSettings(model=str(tmp_path / "nowhere"), backend="auto"), tmp_path)


def test_unknown_backend_is_a_bot_error() -> None:
    with pytest.raises(BotError) as caught:
        make_embedder(EmbeddingSettings(backend="tensorrt"))
    assert "tensorrt" in str(caught.value) and "onnx-int8" in caught.value.fix


def test_buckets_cover_every_text_within_the_budget() -> None:
    lengths = [5, 300, 40, 41, 7, 120, 120, 3]
    groups = buckets(lengths, most=3, budget=128)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    for g in groups:
        assert len(g) <= 3 and (len(g) == 1 or lengths[g[0]] * len(g) <= 128)
        assert lengths[g[0]] == max(lengths[i] for i in g)  # the first is the longest: it sets the width
    assert groups[0] == [1]  # longer than the budget alone: a batch of its own


def test_bf16_backend_names_itself_and_stays_close(embedder: SentenceEmbedder) -> None:
    bf16 = make_embedder(EmbeddingSettings(backend="torch-bf16"))
    assert bf16.name == EmbeddingSettings().model + "+bf16"
    got = bf16.encode(SENTENCES)
    assert got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert float(np.min(np.sum(got * embedder.encode(SENTENCES), axis=1))) >= 0.999  # measured 0.99997


def test_passages_can_be_embedded_with_int8_while_questions_stay_float(tmp_path: Path) -> None:
    """``embedding.passage_backend``: the index's passage vectors come from int8 ONNX (faster to
    build), questions from the float model; the index says so and a question still finds its passage."""
    import json

    from bot.config import Settings
    from bot.index import fingerprint
    from bot.retrieval import Retriever

    base = Settings().with_value("paths", "index_dir", tmp_path / "index")
    mixed = base.with_value("embedding", "passage_backend", "onnx-int8")
    assert fingerprint(mixed) != fingerprint(base)  # never mixed with an index of float passages
    r = Retriever(mixed)
    (manifest,) = (tmp_path / "index").glob("*/manifest.json")
    assert json.loads(manifest.read_text())["embedder"].endswith("+onnx-int8")
    assert not r.embedder.name.endswith("+onnx-int8")
    hits = r.search("How long until exercise improves thinking?")
    assert any("weeks to months" in h.passage.text for h in hits[:3])


def test_an_unknown_passage_backend_is_an_error_that_names_the_choices() -> None:
    from bot.embedding import passage_embedder

    question = load_embedder(EmbeddingSettings(backend="torch"))
    with pytest.raises(BotError) as err:
        passage_embedder(EmbeddingSettings(backend="torch", passage_backend="int4"), question)
    assert "onnx-int8" in err.value.fix
