"""Retrieval: a question → the top-k ``Hit``s, dense and lexical signals fused.

Dense: cosine similarity of normalized MiniLM vectors via FAISS. Lexical: BM25 over stemmed words.
The two ranked lists are fused by weighted reciprocal-rank fusion, then near-duplicates collapse
(the overlapping passages chunking makes on purpose, or the same text in two files) so the k hits
cover k different places. Every hit carries its dense cosine: answering uses it as the evidence
strength that decides whether to answer at all.

``Retriever`` holds the loaded index and embedder (load once, query many); ``retrieve()`` is the seam
the CLI, UI, eval and bench call.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import numpy as np

from bot.config import Settings
from bot.embedding import Embedder, load_embedder
from bot.index import Index, open_index
from bot.types import Hit

log = logging.getLogger("bot")


class Retriever:
    def __init__(
        self, settings: Settings, index: Index | None = None, embedder: Embedder | None = None
    ) -> None:
        self.settings = settings
        self.embedder = embedder or load_embedder(settings.embedding)
        self.index = index or open_index(settings, embedder=self.embedder)
        if hasattr(self.index.faiss_index, "hnsw"):
            self.index.faiss_index.hnsw.efSearch = settings.index.hnsw_ef_search

    def search(self, question: str, k: int | None = None, lexical: bool = True) -> list[Hit]:
        """Top ``k`` hits for ``question``; ``lexical=False`` gives the dense-only baseline."""
        cfg = self.settings.retrieval
        k = cfg.top_k if k is None else k
        question = question[: self.settings.embedding.max_query_chars]
        if not question.strip() or k <= 0 or not self.index.passages:
            return []
        qv = self.embedder.encode([question])
        n = len(self.index.passages)
        depth = min(n, max(cfg.candidates, k * 3))
        _, ids = self.index.faiss_index.search(qv, depth)
        dense_ids = [int(i) for i in ids[0] if i >= 0]
        fused: dict[int, float] = {}
        for rank, i in enumerate(dense_ids):
            fused[i] = cfg.dense_weight / (cfg.rrf_k + rank + 1)
        lex_scores = self.index.bm25.scores(question) if lexical else np.zeros(0)
        if lexical and lex_scores.any():
            top = np.argpartition(-lex_scores, min(depth, n) - 1)[:depth]
            lex_ids = [int(i) for i in top[np.argsort(-lex_scores[top])] if lex_scores[i] > 0]
            for rank, i in enumerate(lex_ids):
                fused[i] = fused.get(i, 0.0) + cfg.lexical_weight / (cfg.rrf_k + rank + 1)
        order = sorted(fused, key=lambda i: -fused[i])
        cand_vecs = np.asarray(self.index.vectors[order], dtype=np.float32)
        cosines = cand_vecs @ qv[0]
        kept: list[int] = []
        for pos in range(len(order)):
            if len(kept) == k:
                break
            if not any(self._duplicate(pos, j, order, cand_vecs) for j in kept):
                kept.append(pos)
        hits = []
        for rank, pos in enumerate(kept, start=1):
            i = order[pos]
            p = self.index.passages[i]
            hits.append(
                Hit(
                    passage=p,
                    source=self.index.sources[p.source],
                    score=fused[i],
                    dense=float(cosines[pos]),
                    lexical=float(lex_scores[i]) if lexical and lex_scores.size else 0.0,
                    rank=rank,
                )
            )
        return hits

    def _duplicate(self, pos: int, kept_pos: int, order: list[int], vecs: np.ndarray) -> bool:
        cfg = self.settings.retrieval
        a, b = self.index.passages[order[pos]], self.index.passages[order[kept_pos]]
        if a.source == b.source:
            shared = min(a.end, b.end) - max(a.start, b.start)
            if shared > cfg.duplicate_overlap * min(a.end - a.start, b.end - b.start):
                return True
        return float(vecs[pos] @ vecs[kept_pos]) > cfg.duplicate_cosine


@lru_cache(maxsize=2)
def get_retriever(settings: Settings) -> Retriever:
    """One retriever per settings per process (index and model load once)."""
    return Retriever(settings)


def retrieve(question: str, settings: Settings, k: int | None = None) -> list[Hit]:
    """The retrieval seam: ``question`` → ranked, de-duplicated hits."""
    return get_retriever(settings).search(question, k)
