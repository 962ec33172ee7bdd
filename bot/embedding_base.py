"""The embedder's contract and the query cache every backend shares.

``Embedder`` is what the index, retrieval and evidence need: a ``name`` (what built the vectors, part
of the vector cache's key), ``dim`` and ``encode(texts)`` giving unit rows. ``CachedEmbedder`` keeps the
vectors of recent short calls (questions and their expansions) in a bounded LRU keyed by the exact
text; a backend (``bot.embedding.SentenceEmbedder``, ``bot.embedding_onnx.OnnxEmbedder``) supplies
``_encode``. Hands on: those two classes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol

import numpy as np

QUERY_CACHE = 2048  # vectors of recent short calls (questions, their expansions) kept per embedder
CACHED_CALL = 8  # calls with at most this many texts use the cache (indexing batches do not)


class Embedder(Protocol):
    name: str  # what built the vectors: part of the index fingerprint
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, each row of unit length."""
        ...


class CachedEmbedder:
    """``encode`` with the query cache; a backend sets ``name``, ``dim``, ``batch_size`` and ``_encode``."""

    def __init__(self, name: str, dim: int, batch_size: int) -> None:
        self.name = name
        self.dim = dim
        self.batch_size = batch_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

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
        """(len(texts), dim) float32 unit rows, straight from the model."""
        raise NotImplementedError

    def pieces(self, word: str) -> int:
        """How many subword pieces the model's tokenizer cuts ``word`` into: a word the tokenizer
        has no piece for is rare in the text the model was trained on ("warfarin", not "safe").
        1 when the backend has no tokenizer."""
        tokenizer = getattr(self, "tokenizer", None)
        if tokenizer is None or not word:
            return 1
        return max(len(tokenizer.tokenize(word)), 1)
