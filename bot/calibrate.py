"""Calibration: the scope gate's thresholds, computed for the configured embedder and corpus.

Nothing here is typed in for one model or one corpus. Two numbers are measured and stored beside
the index (``<index_dir>/calibration/<fingerprint>-<embedder hash>.json``), and recomputed whenever
the index fingerprint or the embedder changes:

``gate``
    The best question-passage cosine at which a question counts as in scope. Positives are
    questions generated from the corpus's own sentences (a template over a sentence's two rarest
    words, and a middle stretch of the sentence turned into a question); negatives are
    ``OFF_TOPIC``, general questions about unrelated things (kept as data here; any of them whose
    words the corpus mostly uses is dropped, so a cooking corpus is not calibrated against a
    cooking question). The threshold is the cut with the best balanced accuracy among those that
    accept none of the off-topic questions (false-accept rate 0 on that list).
``reach``
    The word cosine at which a word the corpus never uses still counts as a corpus word ("biking"
    → "cycling"): the 90th percentile of the nearest-corpus-word cosines of the content words of
    ``OFF_TOPIC`` that the corpus lacks (a 10% word-level false-accept rate; everyday words such as
    "job" → "work" make the top tail). ``bot.scope`` also keeps a word that pulls its question
    towards the corpus, so this only has to catch near-synonyms.

``WordTable`` holds the corpus's surface words and their vectors (stored as ``.npz`` next to the
JSON, no pickle); ``bot.scope`` uses it to name the words a question uses that the corpus lacks and
``bot.retrieval`` to add the nearest corpus words to such a word when ``retrieval.expand`` is on.

Run ``python -m bot calibrate`` to print the values (``--expansion FILE.jsonl …`` also prints
hit@3 with and without query expansion on evaluation sets).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from bot.errors import BotError
from bot.text import STOP_WORDS, split_sentences, tokenize, words

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.embedding import Embedder
    from bot.index import Index


class Retriever(Protocol):
    """What calibration reads of a retriever (``bot.retrieval.Retriever`` fits): its index,
    embedder and settings. A protocol, so retrieval can import this module and not the reverse."""

    index: Index
    embedder: Embedder
    settings: Settings


log = logging.getLogger("bot")

METHOD = 1  # bump when the method changes: stored calibrations then recompute
MAX_WORDS = 20_000  # the word table keeps the corpus's most frequent words up to this many
MAX_SENTENCES = 300  # corpus sentences sampled (evenly) for positive questions
REACH_QUANTILE = 0.9  # reach: this quantile of off-topic words' nearest-corpus-word cosines

# General questions about things unrelated to most document collections. Data, not rules: a
# question whose content words the corpus mostly uses is dropped before calibrating.
OFF_TOPIC: tuple[str, ...] = (
    "What is the boiling point of water at high altitude?",
    "How do I set up a home wifi network?",
    "What is a good name for a sailing boat?",
    "How do I remove a red wine stain from a carpet?",
    "Which bus goes from the station to the airport?",
    "Explain the offside rule in ice hockey.",
    "How do I repot an orchid?",
    "How do I change a flat tyre on my car?",
    "What is the best smartphone to buy?",
    "Who won the football world cup in 2018?",
    "How do I file my taxes online?",
    "What is the plot of Hamlet?",
    "How do I train my puppy to sit?",
    "What are the cheapest flights to Tokyo?",
    "How do I fix a leaking kitchen tap?",
    "Translate good morning into Spanish.",
    "What is the population of Canada?",
    "How do I bake sourdough bread?",
    "Which wine goes best with fish?",
    "How does a mortgage work?",
    "What is the speed of light?",
    "Write a poem about the sea.",
    "How do I install Windows on a laptop?",
    "What time is it in New York?",
    "Who painted the Mona Lisa?",
    "How do I grow tomatoes on a balcony?",
    "What is the best video game of all time?",
    "How do I get a visa for Canada?",
    "What is quantum computing?",
    "How do I knit a scarf?",
    "Which car has the best fuel economy?",
    "How do volcanoes form?",
    "What is the difference between a crocodile and an alligator?",
    "How do I make a cocktail with gin?",
    "Tell me a joke about cats.",
    "What are the rules of chess?",
    "How much does a wedding cost?",
    "How do I clean a leather sofa?",
    "What is the history of the Roman empire?",
    "Is coffee or tea better in the morning?",
    "How do I write a cover letter for a job?",
    "What is the tallest mountain in Africa?",
    "How do airplanes stay in the air?",
    "Which programming language should I learn first?",
    "What is the exchange rate of the euro to the dollar?",
    "How do I paint a bedroom wall?",
    "Where can I buy cheap concert tickets?",
    "What is a black hole?",
)


def version() -> str:
    """What a stored calibration must match: the method and the off-topic probes it was fitted on."""
    probes = hashlib.sha256("\n".join(OFF_TOPIC).encode("utf-8")).hexdigest()[:8]
    return f"{METHOD}-{probes}"


@dataclass(frozen=True)
class Calibration:
    """The gate's thresholds for one index and embedder, and how they were found."""

    gate: float  # best question-passage cosine at which a question is in scope
    reach: float  # word cosine at which a word the corpus lacks still counts as known
    fingerprint: str
    embedder: str
    positives: int  # generated in-corpus questions
    negatives: int  # off-topic questions used
    balanced_accuracy: float  # of ``gate`` on those questions
    positive_median: float
    negative_max: float
    version: str = ""  # METHOD and a hash of OFF_TOPIC: a change to either recomputes

    def explain(self) -> str:
        return (
            f"gate {self.gate:.3f} (balanced accuracy {self.balanced_accuracy:.2f} on {self.positives} "
            f"generated in-corpus vs {self.negatives} off-topic questions; in-corpus median "
            f"{self.positive_median:.3f}, off-topic max {self.negative_max:.3f}); reach {self.reach:.3f}"
        )


class WordTable:
    """The corpus's surface words and their unit vectors; ``nearest`` finds a word's closest ones."""

    def __init__(self, words_: list[str], vectors: np.ndarray) -> None:
        self.words = words_
        self.vectors = vectors
        self.stems = {w: (tokenize(w) or [w])[0] for w in words_}

    def nearest(self, vectors: np.ndarray, k: int = 3) -> list[list[tuple[str, float]]]:
        """For each row of ``vectors``: the ``k`` closest corpus words and their cosines."""
        if not self.words or not len(vectors):
            return [[] for _ in range(len(vectors))]
        sims = vectors @ self.vectors.T
        out = []
        for row in sims:
            top = np.argsort(-row)[:k]
            out.append([(self.words[i], float(row[i])) for i in top])
        return out


def corpus_words(texts: list[str], limit: int = MAX_WORDS) -> list[str]:
    """Content words (3+ letters, not stop words), most frequent first, up to ``limit``."""
    counts: dict[str, int] = {}
    for text in texts:
        for w in words(text):
            if len(w) >= 3 and w.isalpha() and w not in STOP_WORDS:
                counts[w] = counts.get(w, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))[:limit]


def best_cosine(retriever: Retriever, texts: list[str]) -> np.ndarray:
    """For each text: the cosine of its nearest passage (the gate's score)."""
    if not texts or not retriever.index.passages:
        return np.zeros(len(texts), dtype=np.float32)
    vectors = retriever.embedder.encode(texts)
    scores, _ = retriever.index.faiss_index.search(np.asarray(vectors, dtype=np.float32), 1)
    return np.asarray(scores[:, 0], dtype=np.float32)


def positive_questions(retriever: Retriever, limit: int = MAX_SENTENCES) -> list[str]:
    """Questions made from the corpus's sentences: a rare-word template and a sentence's middle."""
    bm25 = retriever.index.bm25
    n = len(retriever.index.passages)
    once = float(np.log(1.0 + (n - 1 + 0.5) / 1.5)) - 1e-6  # the idf of a word in one passage
    sentences = []
    for p in retriever.index.passages:
        for span in split_sentences(p.text):
            if getattr(span, "kind", "text") in ("text", "list"):
                sentence = p.text[span.start : span.end]
                if len(words(sentence)) >= 6:
                    sentences.append(sentence)
    if len(sentences) > limit:
        step = len(sentences) / limit
        sentences = [sentences[int(i * step)] for i in range(limit)]
    out = []
    for sentence in sentences:
        content = [w for w in words(sentence) if w.isalpha() and len(w) >= 3 and w not in STOP_WORDS]
        # the rarest words that still occur in two or more passages (topical, not one-off words)
        topical = [w for w in dict.fromkeys(content) if bm25.idf((tokenize(w) or [w])[0]) < once]
        rare = sorted(topical, key=lambda w: -bm25.idf((tokenize(w) or [w])[0]))[:2]
        if len(rare) == 2:
            out.append(f"What do the sources say about {rare[0]} and {rare[1]}?")
        ws = sentence.split()
        middle = ws[2 : 2 + max(4, len(ws) * 2 // 3)]
        out.append("Is it true that " + re.sub(r"[.!?;:,]+$", "", " ".join(middle)) + "?")
    return out


def negative_questions(retriever: Retriever) -> list[str]:
    """``OFF_TOPIC`` minus questions whose content words the corpus mostly uses."""
    vocab = retriever.index.bm25.vocab
    out = []
    for q in OFF_TOPIC:
        terms = set(tokenize(q))
        if terms and sum(t in vocab for t in terms) / len(terms) < 0.5:
            out.append(q)
    return out


def choose_threshold(
    positives: np.ndarray, negatives: np.ndarray, max_false_accept: float = 0.0
) -> tuple[float, float]:
    """(threshold, balanced accuracy): among cuts that accept at most ``max_false_accept`` of the
    negatives, the one with the best balanced accuracy (ties: the lowest)."""
    values = np.unique(np.concatenate([positives, negatives]))
    cuts = (values[:-1] + values[1:]) / 2 if len(values) > 1 else values
    best_cut, best_accuracy = float(values[-1]), -1.0
    for c in cuts:
        false_accept = float((negatives >= c).mean())
        accuracy = ((positives >= c).mean() + 1 - false_accept) / 2
        if false_accept <= max_false_accept + 1e-9 and accuracy > best_accuracy + 1e-9:
            best_cut, best_accuracy = float(c), float(accuracy)
    return best_cut, best_accuracy


def compute(retriever: Retriever) -> tuple[Calibration, WordTable]:
    """Measure the thresholds for ``retriever``'s index and embedder (a few seconds on a small corpus)."""
    texts = [p.text for p in retriever.index.passages]
    vocab_words = corpus_words(texts)
    table = WordTable(vocab_words, np.asarray(retriever.embedder.encode(vocab_words), dtype=np.float32))
    positives, negatives = positive_questions(retriever), negative_questions(retriever)
    if not positives or not negatives:
        raise BotError(
            "cannot calibrate the scope gate: the corpus has too few sentences",
            "add documents to the corpus folder, or set BOT_ANSWER_GATE_COSINE to a number",
        )
    pos, neg = best_cosine(retriever, positives), best_cosine(retriever, negatives)
    gate, accuracy = choose_threshold(pos, neg)
    vocab = retriever.index.bm25.vocab
    off_words = sorted(
        {w for q in negatives for w in words(q) if w.isalpha() and len(w) >= 3 and w not in STOP_WORDS}
        - {w for w in vocab_words}
    )
    off_words = [w for w in off_words if (tokenize(w) or [w])[0] not in vocab]
    nearest = table.nearest(np.asarray(retriever.embedder.encode(off_words)), 1) if off_words else []
    cosines = [n[0][1] for n in nearest if n]
    reach = float(np.quantile(cosines, REACH_QUANTILE)) if cosines else 0.9
    cal = Calibration(
        version=version(),
        gate=round(gate, 4),
        reach=round(min(reach, 0.99), 4),
        fingerprint=retriever.index.fingerprint,
        embedder=retriever.embedder.name,
        positives=len(positives),
        negatives=len(negatives),
        balanced_accuracy=round(accuracy, 4),
        positive_median=round(float(np.median(pos)), 4),
        negative_max=round(float(neg.max()), 4),
    )
    return cal, table


def _paths(retriever: Retriever) -> tuple[Path, Path]:
    key = hashlib.sha256(retriever.embedder.name.encode("utf-8")).hexdigest()[:10]
    folder = retriever.settings.paths.index_dir / "calibration"
    stem = f"{retriever.index.fingerprint}-{key}"
    return folder / f"{stem}.json", folder / f"{stem}-words.npz"


def load_or_compute(retriever: Retriever) -> tuple[Calibration, WordTable]:
    """The stored calibration for this index and embedder, computed and saved when missing or stale."""
    json_path, words_path = _paths(retriever)
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
        cal = Calibration(**data)
        if (
            cal.version == version()
            and cal.fingerprint == retriever.index.fingerprint
            and cal.embedder == retriever.embedder.name
        ):
            with np.load(words_path, allow_pickle=False) as z:
                table = WordTable([str(w) for w in z["words"]], np.asarray(z["vectors"], dtype=np.float32))
            return cal, table
    except (OSError, ValueError, TypeError, KeyError):
        pass
    cal, table = compute(retriever)
    log.info("calibrated the scope gate: %s", cal.explain())
    try:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(words_path, words=np.array(table.words, dtype=str), vectors=table.vectors)
        tmp = json_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(cal), indent=1), encoding="utf-8")
        tmp.replace(json_path)
    except OSError as exc:
        log.warning("could not store the calibration in %s: %s", json_path.parent, exc)
    return cal, table
