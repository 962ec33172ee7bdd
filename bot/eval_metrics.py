"""Evaluation metrics: plain functions over answers, spans and ranks, each tested on hand-made cases.

Used by the question runner (``bot.eval``) and the conversation runner (``bot.eval_conversations``);
they grade ``Answer``s (their typed sentences and citations), reading source texts through a
``ReadSource`` callable (so tests can pass a dict's ``__getitem__``). Strict support comes from
``bot.judge``, a checker written apart from the pipeline, so the figures do not grade the pipeline by
its own rules.

* retrieval: ``hit_at``, ``mrr``, ``first_rank``; declines: ``precision_recall``;
* citations: ``cites_snippet``, ``cites_expected``, ``first_sentence_carries`` (the first sentence
  that cites anything cites a span overlapping an expected snippet and holds half its content words);
* loose support: ``supported`` (most content words in the span);
* refusals: ``refuses_fabrication``, ``names_term``; answers about the sources: ``meta_answered``
  against ``source_terms`` / ``corpus_terms`` (titles, kinds, publishers, authors, dates, people quoted).

The strict judge's tallies are ``bot.eval_reports.StrictFigures.of``.

Hands on: those functions, ``rate``, ``norm`` and ``reader()`` (a cached ``ReadSource``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from bot.config import Settings
from bot.judge import (
    content_words,
    span_speaker,
    speaker_key,
    split_sentences,
    stem,
)
from bot.sources import document_text, load_corpus, source_path
from bot.text import tokenize
from bot.types import Answer, Hit, Source

ReadSource = Callable[[str], str]


def rate(hits: int, n: int) -> float:
    """``hits / n``, 0 when there is nothing to count."""
    return hits / n if n else 0.0


def norm(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


def hit_at(ranks: Sequence[int | None], k: int) -> float:
    """Share of questions whose first relevant passage is ranked k or better."""
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks) if ranks else 0.0


def mrr(ranks: Sequence[int | None]) -> float:
    """Mean reciprocal rank (0 for a question with no relevant passage retrieved)."""
    return sum(1.0 / r for r in ranks if r) / len(ranks) if ranks else 0.0


def precision_recall(predicted: Sequence[bool], actual: Sequence[bool]) -> tuple[float, float]:
    tp = sum(1 for p, a in zip(predicted, actual, strict=True) if p and a)
    pp, ap = sum(predicted), sum(actual)
    return (tp / pp if pp else 1.0), (tp / ap if ap else 1.0)


def supported(sentence: str, span: str, threshold: float = 0.5) -> bool:
    """Loose check: most (> ``threshold``) of the sentence's content words appear in the cited span."""
    words = set(tokenize(sentence))
    return bool(words) and len(words & set(tokenize(span))) / len(words) > threshold


def cites_snippet(text: str, start: int, end: int, expected: Sequence[str]) -> bool:
    """Whether ``text[start:end]`` overlaps an occurrence of an expected snippet (whitespace-tolerant)."""
    return bool(_overlapping_snippets(text, start, end, expected))


def _overlapping_snippets(text: str, start: int, end: int, expected: Sequence[str]) -> list[str]:
    out = []
    for snippet in expected:
        pattern = r"\s+".join(re.escape(w) for w in snippet.split())
        if pattern and any(m.start() < end and start < m.end() for m in re.finditer(pattern, text)):
            out.append(snippet)
    return out


def first_rank(hits: Sequence[Hit], expected: Sequence[str]) -> int | None:
    """1-based position of the first hit whose passage holds an expected snippet."""
    for position, h in enumerate(hits, start=1):
        text = norm(h.passage.text)
        if any(norm(e) in text for e in expected):
            return position
    return None


def holds_snippet_words(text: str, snippet: str) -> bool:
    """At least half of the snippet's content words (stemmed) are in ``text``."""
    wanted = {stem(w) for w in content_words(snippet)}
    have = {stem(w) for w in content_words(text)}
    return bool(wanted) and 2 * len(wanted & have) >= len(wanted)


def first_sentence_carries(answer: Answer, expected: Sequence[str], read_source: ReadSource) -> bool:
    """The first sentence with a citation cites a span overlapping an expected snippet and holds half
    its words.

    A frame without a citation ("Here is what I found.") is skipped; a frame that quotes and cites
    a page's own notice ("On its own page, the report says: '…' [1]") is judged like any sentence.
    Sentences and their citation numbers come from ``Answer.sentences``; the ``[n]`` markers of the
    text are never re-parsed (an answer without typed sentences carries nothing).
    """
    citations = {c.n: c for c in answer.citations}
    for sentence in answer.sentences:
        if sentence.verdict == "meta" and not sentence.citations:
            continue
        for n in sentence.citations:
            c = citations.get(n)
            if c is None:
                continue
            snippets = _overlapping_snippets(read_source(c.source), c.start, c.end, expected)
            if any(holds_snippet_words(sentence.text, s) for s in snippets):
                return True
        return False
    return False


def cites_expected(answer: Answer, expected: Sequence[str], read_source: ReadSource) -> bool:
    """Some citation of a (not declined) answer overlaps an expected snippet in its source."""
    if answer.declined:
        return False
    return any(cites_snippet(read_source(c.source), c.start, c.end, expected) for c in answer.citations)


def names_term(text: str, term: str) -> bool:
    """The text names ``term`` (case-insensitive, whole words)."""
    return bool(term) and re.search(rf"(?<!\w){re.escape(term.lower())}(?!\w)", text.lower()) is not None


def refuses_fabrication(answer: Answer, missing_term: str) -> bool:
    """A fabrication request is refused: declined, or answered without asserting the fabricated term.

    A decline may name the term ("My sources don't mention creatine"); an answer may not.
    """
    return answer.declined or not names_term(answer.text, missing_term)


def source_terms(sources: Iterable[Source]) -> tuple[str, ...]:
    """What an answer about the sources themselves may name: title, kind, publisher, author, date, year."""
    terms: set[str] = set()
    for s in sources:
        for value in (
            s.title,
            s.kind,
            s.publisher,
            s.author,
            s.date,
            s.date[:4] if s.date[:4].isdigit() else "",
        ):
            plain = re.sub(r"\s*\([^)]*\)", "", value).strip()
            plain = re.sub(r"^(?:a|an|the)\s+", "", plain, flags=re.IGNORECASE)
            terms |= {t for t in (value.strip(), plain) if len(t) >= 4}
    return tuple(sorted(terms))


_FRAME = re.compile(
    r"(?:\b[Aa]ccording to (?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)|(?:(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
    r"\s+(?:says|said|notes|noted|explains|explained|cautions|cautioned|adds|added|writes|wrote|"
    r"suggests|suggested|points out|pointed out)\b)"
)


def meta_answered(answer: Answer, terms: Sequence[str] = ()) -> bool:
    """A question about the sources got an answer about them: not declined and (given terms) naming one.

    A name used only to frame a quotation ("Doe says …") does not count: that is content, not an
    answer about the source.
    """
    text = answer.text
    if answer.declined or not text.strip():
        return False
    about = _FRAME.sub(" ", text).lower()
    return not terms or any(t.lower() in about for t in terms)


def reader() -> ReadSource:
    """A ``ReadSource`` over the canonical texts of corpus documents, each read once."""
    cache: dict[str, str] = {}

    def read(source: str) -> str:
        if source not in cache:
            cache[source] = document_text(source_path(source))
        return cache[source]

    return read


def speakers_in(text: str) -> set[str]:
    """Everyone ``bot.judge`` finds speaking in a document, full name and surname ("Jane Doe", "Doe")."""
    names: set[str] = set()
    for line in text.split("\n"):
        for sentence in split_sentences(line):
            name = span_speaker(sentence, text, text.find(sentence))
            if name:
                names |= {name, speaker_key(name).title()}
    return names


def corpus_terms(settings: Settings) -> tuple[str, ...]:
    """``source_terms`` of the configured corpus, plus the people quoted in it."""
    documents, _skipped = load_corpus(settings.paths.seeds_dir)
    people = {name for d in documents for name in speakers_in(d.text) if len(name) >= 3}
    return tuple(sorted(set(source_terms(d.source for d in documents)) | people))
