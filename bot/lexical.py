"""Lexical signal: BM25 over stemmed words, stored as plain NumPy arrays (no pickle).

``tokenize`` lowercases, drops stop words and stems ("baking" → "bake"), so a question and a
passage meet on word roots. ``BM25.build`` precomputes each (passage, term) weight into a sparse
matrix; ``BM25.scores`` sums the columns of the query's terms: one sparse slice per query, fast at
100k passages. ``save``/``load`` write a JSON vocabulary and an ``.npz`` of CSC arrays.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from bot.text import tokenize


class BM25:
    def __init__(self, vocab: dict[str, int], weights: sp.csc_matrix) -> None:
        self.vocab = vocab
        self.weights = weights  # (passages, terms)

    @classmethod
    def build(cls, texts: list[str], k1: float = 1.2, b: float = 0.75) -> BM25:
        vocab: dict[str, int] = {}
        rows, cols, counts = [], [], []
        lengths = np.zeros(len(texts), dtype=np.float32)
        for i, text in enumerate(texts):
            tokens = tokenize(text)
            lengths[i] = len(tokens)
            tf: dict[int, int] = {}
            for t in tokens:
                term_id = vocab.setdefault(t, len(vocab))
                tf[term_id] = tf.get(term_id, 0) + 1
            rows.extend([i] * len(tf))
            cols.extend(tf.keys())
            counts.extend(tf.values())
        n = len(texts)
        tf_matrix = sp.csr_matrix(
            (np.array(counts, dtype=np.float32), (rows, cols)), shape=(n, max(len(vocab), 1))
        )
        df = np.bincount(np.array(cols, dtype=np.int64), minlength=tf_matrix.shape[1]).astype(np.float32)
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        avg = float(lengths.mean()) if n else 1.0
        norm = k1 * (1 - b + b * lengths / max(avg, 1e-9))
        tf_coo = tf_matrix.tocoo()
        tf_vals = tf_coo.data
        vals = idf[tf_coo.col] * tf_vals * (k1 + 1) / (tf_vals + norm[tf_coo.row])
        weights = sp.csc_matrix((vals.astype(np.float32), (tf_coo.row, tf_coo.col)), shape=tf_matrix.shape)
        return cls(vocab, weights)

    def scores(self, query: str) -> np.ndarray:
        ids = sorted({self.vocab[t] for t in tokenize(query) if t in self.vocab})
        if not ids:
            return np.zeros(self.weights.shape[0], dtype=np.float32)
        return np.asarray(self.weights[:, ids].sum(axis=1), dtype=np.float32).ravel()

    def idf(self, term: str) -> float:
        """BM25 idf; a term the corpus never uses gets the highest possible value."""
        n = self.weights.shape[0]
        col = self.vocab.get(term)
        df = 0 if col is None else int(self.weights.indptr[col + 1] - self.weights.indptr[col])
        return float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))

    def coverage(self, question: str, texts: list[str], also_found: set[str] | None = None) -> float:
        """Share of the question's idf-weighted terms found in ``texts``: rare words count most.

        "Is coffee good for my heart?" scores low on a corpus that never says "coffee", however
        close it sits in embedding space; "What is powerbuilding?" scores 1.0.
        """
        terms = set(tokenize(question))
        if not terms:
            return 0.0
        found = {t for text in texts for t in tokenize(text)} | (also_found or set())
        weights = {t: self.idf(t) for t in terms}
        return sum(w for t, w in weights.items() if t in found) / (sum(weights.values()) or 1.0)

    def save(self, folder: Path) -> list[str]:
        (folder / "bm25_vocab.json").write_text(json.dumps(self.vocab), encoding="utf-8")
        w = self.weights
        np.savez(
            folder / "bm25_weights.npz",
            data=w.data,
            indices=w.indices,
            indptr=w.indptr,
            shape=np.array(w.shape, dtype=np.int64),
        )
        return ["bm25_vocab.json", "bm25_weights.npz"]

    @classmethod
    def load(cls, folder: Path) -> BM25:
        vocab = json.loads((folder / "bm25_vocab.json").read_text(encoding="utf-8"))
        with np.load(folder / "bm25_weights.npz", allow_pickle=False) as z:
            weights = sp.csc_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
        return cls(vocab, weights)
