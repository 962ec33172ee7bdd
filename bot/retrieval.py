"""Retrieval: a question → the top-k ``Hit``s, dense and lexical signals fused.

Dense: cosine similarity of normalized MiniLM vectors via FAISS. Lexical: BM25 over stemmed words.
The two signals are fused (by default their scores, min-max normalised and weighted; or, with
``retrieval.fusion = "rrf"``, their ranks), then near-duplicates collapse
(the overlapping passages chunking makes on purpose, or the same text in two files) so the k hits
cover k different places. Every hit carries its dense cosine: answering uses it as the evidence
strength that decides whether to answer at all.

With ``retrieval.expand`` on, a question word the corpus never uses is bridged to the corpus words
nearest to it in embedding space, when they are at least the calibrated ``reach`` cosine away
("biking" → "cycling"): this replaces a hand-written lexicon and works for any corpus. On the
evaluation sets it wins back what BM25 alone costs on everyday wording (hit@3, heldout 8/12 → 10/12,
questions 53/58 → 55/58; ``python -m bot.calibrate --expansion eval/heldout.jsonl
eval/questions.jsonl`` prints the table).

``Retriever`` holds the loaded index and embedder (load once, query many) and, on first use, the
scope gate's calibration (``bot.calibrate``); ``retrieve()`` is the seam the CLI, UI, eval and bench
call.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache

import numpy as np

from bot.calibrate import Calibration, WordTable, load_or_compute
from bot.config import Settings
from bot.embedding import Embedder, load_embedder
from bot.english import ASKER_WORDS, IRREGULAR
from bot.errors import BotError
from bot.index import Index, open_index
from bot.naming import metadata_words
from bot.spelling import Speller, tokenizer_words
from bot.text import STOP_WORDS, tokenize, words
from bot.types import Hit

log = logging.getLogger("bot")

_FLOOR_SAMPLE = 4096  # stored vectors whose cosines give the dense floor of score fusion


class Retriever:
    def __init__(
        self, settings: Settings, index: Index | None = None, embedder: Embedder | None = None
    ) -> None:
        self.settings = settings
        self.embedder = embedder or load_embedder(settings.embedding)
        self.index = index or open_index(settings, embedder=self.embedder)
        if hasattr(self.index.faiss_index, "hnsw"):
            self.index.faiss_index.hnsw.efSearch = settings.index.hnsw_ef_search
        self._calibrated: tuple[Calibration, WordTable] | None = None
        self._nearest: dict[str, list[tuple[str, float]]] = {}  # unknown word -> nearest corpus words
        self._speller: Speller | None = None
        self._vocabulary: frozenset[str] | None = None
        # The scope gate is calibrated for a new index here, when the index is opened (app start-up,
        # `bot index`, an upload's "indexing" step), not while the first user waits for an answer.
        self.calibrated()

    def calibrated(self) -> tuple[Calibration, WordTable]:
        """The gate's thresholds (a number in settings overrides the measured one) and the word table."""
        if self._calibrated is None:
            cal, table = load_or_compute(self)
            cfg = self.settings.answer
            for name, raw in (("gate", cfg.gate_cosine), ("reach", cfg.reach_cosine)):
                if str(raw).strip().lower() != "auto":
                    cal = replace(cal, **{name: _number(raw, f"answer.{name}_cosine")})
            self._calibrated = (cal, table)
        return self._calibrated

    def respell(self, question: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with its typos of corpus words corrected (``bot.spelling``), and the fixes."""
        if not self.settings.retrieval.respell:
            return question, ()
        if self._speller is None:
            vocab = self.index.bm25.vocab
            self._speller = Speller(
                self.calibrated()[1].words,
                self.vocabulary(),
                in_corpus=lambda w: (tokenize(w) or [w])[0] in vocab,
            )
        return self._speller.respell(question)

    def vocabulary(self) -> frozenset[str]:
        """The whole words of the embedder's tokenizer (empty when it has none), read once."""
        if self._vocabulary is None:
            self._vocabulary = tokenizer_words(self.embedder)
        return self._vocabulary

    def unknown_words(self, question: str) -> list[tuple[str, list[tuple[str, float]]]]:
        """Question words (3+ letters, not stop words) the corpus never uses, each with its nearest
        corpus words and their cosines."""
        vocab = self.index.bm25.vocab
        described = self.described()
        # a two-letter word typed in capitals is an acronym ("did IQ go up?"), not a particle
        acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2}\b", question)} - ASKER_WORDS
        # a word joined to a figure is its unit or an age: "80-somethings", "20-minute", "3-5RMs"
        measured = {w.lower() for w in re.findall(r"\d[-–]([A-Za-z]+)\b", question)}
        unknown = list(
            dict.fromkeys(
                w
                # a possessive is its noun: "america's got talent" names "america"
                for w in (re.sub(r"['’]s$", "", w) for w in words(question))
                if (len(w) >= 3 or w in acronyms)
                # a name with digits in it is a word ("CoQ10", "B12"); a figure or a measure is not ("5k")
                and (w.isalpha() or (w[:1].isalpha() and w.isalnum()))
                and w not in STOP_WORDS
                and w not in measured
                and (tokenize(w) or [w])[0] not in STOP_WORDS  # "gets" stems to the stop word "get"
                and (tokenize(w) or [w])[0] not in vocab
                and (tokenize(IRREGULAR.get(w, w)) or [w])[0] not in vocab  # "saw": the corpus says "see"
                and (tokenize(w) or [w])[0] not in described
            )
        )
        if not unknown:
            return []
        fresh = [w for w in unknown if w not in self._nearest]
        if fresh:
            _, table = self.calibrated()
            if len(self._nearest) > 4096:
                self._nearest.clear()
            self._nearest.update(zip(fresh, table.nearest(self.embedder.encode(fresh), 3), strict=True))
        return [(w, self._nearest[w]) for w in unknown]

    def phrase_near(self, phrase: str) -> float:
        """The cosine of the corpus word nearest ``phrase`` taken whole ("green tea" is far from every
        corpus word though "green" alone is near "white")."""
        _, table = self.calibrated()
        return table.nearest(self.embedder.encode([phrase]), 1)[0][0][1]

    def described(self) -> frozenset[str]:
        """Words the sources' own metadata uses (title, kind, publisher, author, evidence label): "Does
        the forum post say …" names the corpus, not something it lacks."""
        sources = tuple(self.index.sources.values())
        if getattr(self, "_described_for", None) is not sources:
            self._described_words = metadata_words(sources)
            self._described_for = sources
        return self._described_words

    def figures(self) -> frozenset[str]:
        """Every run of digits the passages or the sources' metadata hold ("2025" of a dateline): a
        figure a question gives that is not among them is one no source gives."""
        if getattr(self, "_figures_for", None) is not self.index:
            meta = " ".join(f"{s.title} {s.date} {s.author}" for s in self.index.sources.values())
            texts = [p.text for p in self.index.passages] + [meta]
            self._figures = frozenset(n.lstrip("0") or "0" for t in texts for n in re.findall(r"\d+", t))
            self._figures_for = self.index
        return self._figures

    def expand(self, question: str) -> str:
        """The question plus the corpus words within ``reach`` of the words it uses that the corpus lacks."""
        reach = self.calibrated()[0].reach
        extra = [w for _, near in self.unknown_words(question) for w, cos in near[:2] if cos >= reach]
        return f"{question} ({' '.join(dict.fromkeys(extra))})" if extra else question

    def coverage(self, question: str, hits: list[Hit], top: int = 3) -> float:
        """Idf-weighted share of the question's words that the top passages hold (``BM25.coverage``)."""
        return self.index.bm25.coverage(question, [h.passage.text for h in hits[:top]])

    def search(
        self, question: str, k: int | None = None, lexical: bool = True, expand: bool | None = None
    ) -> list[Hit]:
        """Top ``k`` hits for ``question``; ``lexical=False, expand=False`` is the dense-only baseline.

        Ranking uses the expanded question; each hit's ``dense`` is the cosine to the question as
        asked, so the evidence gate is never talked into answering by the expansion.
        """
        cfg = self.settings.retrieval
        k = cfg.top_k if k is None else k
        question = question[: self.settings.embedding.max_query_chars]
        if not question.strip() or k <= 0 or not self.index.passages:
            return []
        expanded = self.expand(question) if (cfg.expand if expand is None else expand) else question
        qv = self.embedder.encode([expanded] if expanded == question else [expanded, question])
        n = len(self.index.passages)
        depth = min(n, max(cfg.candidates, k * 3))
        _, ids = self.index.faiss_index.search(qv[:1], depth)
        dense_ids = [int(i) for i in ids[0] if i >= 0]
        lex_scores = self.index.bm25.scores(expanded) if lexical else np.zeros(0)
        lex_ids: list[int] = []
        if lexical and lex_scores.any():
            top = np.argpartition(-lex_scores, min(depth, n) - 1)[:depth]
            lex_ids = [int(i) for i in top[np.argsort(-lex_scores[top])] if lex_scores[i] > 0]
        if cfg.fusion == "rrf":
            fused = self._rank_fusion(dense_ids, lex_ids)
        elif cfg.fusion == "scores":
            fused = self._score_fusion(qv[0], dense_ids, lex_ids, lex_scores)
        else:
            raise BotError(f"unknown retrieval.fusion {cfg.fusion!r}", "use 'scores' (the default) or 'rrf'")
        order = sorted(fused, key=lambda i: -fused[i])
        cand_vecs = np.asarray(self.index.vectors[order], dtype=np.float32)
        cosines = cand_vecs @ qv[-1]  # to the question as asked
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

    def _unrated(self, i: int) -> bool:
        return self.index.sources[self.index.passages[i].source].strength <= 0

    def _rank_fusion(self, dense_ids: list[int], lex_ids: list[int]) -> dict[int, float]:
        """Weighted reciprocal-rank fusion; an unrated document (no sidecar) counts as a few places
        lower in each ranking, so it ranks below rated passages that score alike yet is still found."""
        cfg = self.settings.retrieval
        fused: dict[int, float] = {}
        for weight, ranked in ((cfg.dense_weight, dense_ids), (cfg.lexical_weight, lex_ids)):
            for rank, i in enumerate(ranked):
                place = rank + 1 + (cfg.unrated_rank_penalty if self._unrated(i) else 0)
                fused[i] = fused.get(i, 0.0) + weight / (cfg.rrf_k + place)
        return fused

    def _score_fusion(
        self, qv: np.ndarray, dense_ids: list[int], lex_ids: list[int], lex_scores: np.ndarray
    ) -> dict[int, float]:
        """Each signal's scores min-max normalised over the corpus, then weighted and summed.

        Ranks throw away how far ahead the best passage is: a passage whose rare words BM25 scores
        at twice the runner-up, but whose cosine is a little below the pack, fell to eighth place in
        reciprocal-rank fusion. Normalised scores keep that margin (hit@1 over the project's sets and
        three other corpora in docs/BENCHMARKS.md). The cosine floor is measured on a fixed sample of
        the stored vectors (all of them up to ``_FLOOR_SAMPLE``), so a query costs the same at any
        size; BM25's floor is 0.
        """
        cfg = self.settings.retrieval
        candidates = list(dict.fromkeys([*dense_ids, *lex_ids]))
        if not candidates:
            return {}
        cosines = np.asarray(self.index.vectors[candidates], dtype=np.float32) @ qv
        top = float(cosines.max())
        floor = min(float((self._floor_vectors() @ qv).min()), float(cosines.min()))
        dense = (cosines - floor) / max(top - floor, 1e-9)
        lex_top = float(lex_scores.max()) if lex_scores.size else 0.0
        fused: dict[int, float] = {}
        for i, d in zip(candidates, dense, strict=True):
            lexical = float(lex_scores[i]) / lex_top if lex_top > 0 else 0.0
            penalty = cfg.unrated_score_penalty if self._unrated(i) else 0.0
            fused[i] = cfg.dense_weight * float(d) + cfg.lexical_weight * lexical - penalty
        return fused

    def _floor_vectors(self) -> np.ndarray:
        """Every ``stride``-th stored vector, at most ``_FLOOR_SAMPLE`` of them (read once per index)."""
        vectors = self.index.vectors
        if getattr(self, "_floor_for", None) is not vectors:
            stride = max(1, -(-len(vectors) // _FLOOR_SAMPLE))
            self._floor_sample = np.asarray(vectors[::stride], dtype=np.float32)
            self._floor_for = vectors
        return self._floor_sample

    def _duplicate(self, pos: int, kept_pos: int, order: list[int], vecs: np.ndarray) -> bool:
        cfg = self.settings.retrieval
        a, b = self.index.passages[order[pos]], self.index.passages[order[kept_pos]]
        if a.source == b.source:
            shared = min(a.end, b.end) - max(a.start, b.start)
            if shared > cfg.duplicate_overlap * min(a.end - a.start, b.end - b.start):
                return True
        return float(vecs[pos] @ vecs[kept_pos]) > cfg.duplicate_cosine


def _number(raw: object, name: str) -> float:
    try:
        return float(str(raw))
    except ValueError as exc:
        raise BotError(
            f"setting {name}={raw!r} is neither 'auto' nor a number", "use auto or e.g. 0.4"
        ) from exc


@lru_cache(maxsize=2)
def get_retriever(settings: Settings) -> Retriever:
    """One retriever per settings per process (index and model load once)."""
    return Retriever(settings)


def retrieve(question: str, settings: Settings, k: int | None = None) -> list[Hit]:
    """The retrieval seam: ``question`` → ranked, de-duplicated hits."""
    return get_retriever(settings).search(question, k)
