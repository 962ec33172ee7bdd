"""The embedder's query cache and int8 variant, with the real MiniLM model (a few seconds)."""

from __future__ import annotations

import numpy as np
import pytest

from bot import embedding
from bot.config import EmbeddingSettings
from bot.embedding import SentenceEmbedder, load_embedder


@pytest.fixture(scope="module")
def embedder() -> SentenceEmbedder:
    return load_embedder(EmbeddingSettings())


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
    monkeypatch.setattr(embedding, "QUERY_CACHE", 3)
    for i in range(6):
        embedder.encode([f"question number {i}"])
    assert len(embedder._cache) <= 3
    batch = [f"passage {i}" for i in range(embedding.CACHED_CALL + 1)]
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
