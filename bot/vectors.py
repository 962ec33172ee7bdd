"""Vectors: which FAISS index suits a corpus of n passages, building it, and its vectors in memory.

``resolve_factory("auto", n)`` picks exact search below 50k passages, HNSW to 1M, and IVF-PQ with an
exact re-rank above (``ivf_factory``; recall@10 per size in docs/BENCHMARKS.md). ``make_faiss_index``
hands on a trained, filled index with its search breadth set; ``read_vectors`` the (n, dim) float
vectors of a loaded one, as a view of FAISS memory when it holds them exactly.
"""

from __future__ import annotations

import math
from pathlib import Path

import faiss
import numpy as np

from bot.errors import BotError


def resolve_factory(factory: str, n: int) -> str:
    """The FAISS factory string; "auto" picks by corpus size (see docs/BENCHMARKS.md)."""
    if factory != "auto":
        return factory
    if n < 50_000:
        return "Flat"
    if n <= 1_000_000:
        return "HNSW32"  # recall@10 0.98 at 1M, ~0.2 ms; ~1.7 GiB per 1M vectors
    return ivf_factory(n)


def ivf_factory(n: int, refine: bool = True) -> str:
    """The compressed index for ``n`` vectors: ~4·sqrt(n) inverted lists + 4-bit fast-scan PQ (trains
    in seconds; 8-bit PQ takes minutes) find candidates, then an exact re-rank on the float vectors
    (``RFlat``) restores recall (PQ alone: 0.13). ``refine=False`` is the bench's no-re-rank baseline."""
    return f"IVF{max(16, int(4 * math.sqrt(n)))},PQ48x4fs" + (",RFlat" if refine else "")


IVF_NPROBE = 32  # inverted lists visited per query (of ~4*sqrt(n)); measured in docs/BENCHMARKS.md
REFINE_K_FACTOR = 128  # re-rank k * this many PQ candidates exactly (1M near-duplicates need it)


def make_faiss_index(vectors: np.ndarray, factory: str) -> faiss.Index:
    """A trained, filled FAISS index of ``factory`` over ``vectors`` (inner product), ready to search."""
    try:
        index = faiss.index_factory(vectors.shape[1], factory, faiss.METRIC_INNER_PRODUCT)
    except RuntimeError as exc:
        raise BotError(
            f"FAISS cannot build index type {factory!r}",
            "set BOT_INDEX_FACTORY to a valid factory string such as Flat or HNSW32",
        ) from exc
    if not index.is_trained:
        sample = vectors[np.random.default_rng(0).permutation(len(vectors))[:50_000]]
        index.train(sample)
    index.add(vectors)
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None:  # search breadth is stored with the index (write_index keeps both)
        ivf.nprobe = min(ivf.nlist, IVF_NPROBE)
    if isinstance(index, faiss.IndexRefine):
        index.k_factor = REFINE_K_FACTOR
    return index


class _KeepAlive:
    """An array interface over FAISS-owned memory that holds a reference to its owner."""

    def __init__(self, view: np.ndarray, owner: faiss.Index) -> None:
        self.__array_interface__ = view.__array_interface__
        self.owner = owner


def read_vectors(index: faiss.Index, folder: Path) -> np.ndarray:
    """The (n, dim) vectors in memory: a view of a flat FAISS storage, else read from vectors.npy.

    Flat and HNSW indexes hold the exact vectors already (no second copy); compressed ones (IVF-PQ)
    do not, so vectors.npy is read with ordinary I/O, never memory-mapped.
    """
    storage = faiss.downcast_index(index.storage) if hasattr(index, "storage") else index
    if isinstance(storage, faiss.IndexFlat) and storage.ntotal > 0:
        n, d = storage.ntotal, storage.d
        view = faiss.rev_swig_ptr(storage.get_xb(), n * d).reshape(n, d)
        vectors = np.asarray(_KeepAlive(view, index))  # the array keeps the index (its memory) alive
        vectors.flags.writeable = False
        return vectors
    vectors = np.load(folder / "vectors.npy", allow_pickle=False)
    if vectors.ndim != 2 or vectors.shape[0] != index.ntotal or vectors.dtype != np.float32:
        raise ValueError(f"vectors.npy has shape {vectors.shape} {vectors.dtype}, the index {index.ntotal}")
    return vectors
