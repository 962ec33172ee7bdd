"""Citations: pick the evidence sentences, and check every sentence of a draft against them.

``select_evidence`` cuts the retrieved passages into sentences (exact offsets in their source),
drops headings, fragments and instruction-like text ("ignore your sources…": passages are data,
never instructions), and keeps the few that best answer the question (embedding similarity plus
word overlap, led by the retrieval order). These numbered sentences are all the model sees.

``verify`` splits the model's draft into sentences and keeps a sentence only if one or two evidence
sentences support it: most of its content words (stemmed) appear in the cited span *and* it is close
in embedding space. Markers the model wrote are ignored; the verified ones are attached anew and
renumbered [1], [2]… in order of first use. ``extractive`` is the fallback that quotes the best
evidence sentences verbatim. Whatever path is taken, every marker in the result has a citation and
every citation's text is ``source_text[start:end]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from bot.chunking import split_sentences
from bot.config import AnswerSettings
from bot.embedding import Embedder
from bot.lexical import tokenize
from bot.types import Citation, Hit

MARKER = re.compile(r"\s*\[(\d{1,3})\]")
_ANY_BRACKET = re.compile(r"\s*\[[^\]]{0,20}\]")
_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,60}\b(instructions?|prompts?|sources?|rules?|previous|above)\b"
    r"|\bsystem prompt\b|\byou are now\b|\bact as\b|\bnew instructions?\b",
    re.IGNORECASE | re.DOTALL,
)

# Answer shapes: a question of this kind is answered by a sentence with this kind of phrase.
_ANSWER_SHAPES = (
    (  # "how long", "how soon", "when will I notice" → a time span
        re.compile(
            r"\b(how (long|soon|quickly|fast|often)|when (will|do|does|can|should)|how much time)\b", re.I
        ),
        re.compile(
            r"\b(\d+|a few|few|several|one|two|three|four|six|twelve)?\s*"
            r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b",
            re.I,
        ),
    ),
    (  # "which types", "what kind of", "what exercises" → named examples
        re.compile(
            r"\b(which|what)\b.{0,25}\b(types?|kinds?|sorts?|forms?|exercises?|activities|sports?)\b", re.I
        ),
        re.compile(r"\b(such as|for example|e\.g\.|including|like)\b", re.I),
    ),
    (  # "why" → a reason
        re.compile(r"\bwhy\b", re.I),
        re.compile(r"\b(because|due to|since|so that|as a result|which means|the reason)\b", re.I),
    ),
)


def answer_shape(question: str, sentence: str) -> float:
    """1.0 when the question asks for a shape of answer (a time span, examples, a reason) the sentence has."""
    return float(any(asks.search(question) and has.search(sentence) for asks, has in _ANSWER_SHAPES))


@dataclass(frozen=True)
class Evidence:
    """One sentence of a retrieved passage, numbered for the prompt."""

    n: int
    hit: Hit
    start: int  # absolute offsets in the source file
    end: int
    text: str
    score: float
    terms: frozenset[str]


@dataclass(frozen=True)
class CheckedSentence:
    text: str  # without markers
    support: tuple[Evidence, ...]  # empty: unsupported
    overlap: float
    cosine: float


def looks_like_instruction(text: str) -> bool:
    return _INSTRUCTION.search(text) is not None


def select_evidence(
    question: str,
    hits: list[Hit],
    embedder: Embedder,
    settings: AnswerSettings,
    idf: Callable[[str], float] | None = None,
) -> list[Evidence]:
    """The numbered sentences the model may use, best first.

    Score = closeness to the question (cosine), words shared with it, and *specificity*: the mean
    idf of the words it adds (``idf`` from the index; without it, the share of added words). A
    sentence that only echoes the question ("Regular exercise benefits brain health") loses to
    one that names things ("Aerobic exercise such as running, swimming and cycling…"). A sentence
    with the shape of answer the question asks for (``answer_shape``: "weeks to months" for "how
    long") gets a bonus: it rarely shares the question's words, so similarity alone ranks it low.
    """
    candidates: list[tuple[Hit, int, int, str]] = []
    seen: set[tuple[str, int]] = set()
    for hit in hits:
        p = hit.passage
        for span in split_sentences(p.text):
            text = p.text[span.start : span.end]
            key = (p.source, p.start + span.start)
            if span.heading or key in seen or len(tokenize(text)) < 4 or looks_like_instruction(text):
                continue
            seen.add(key)
            candidates.append((hit, p.start + span.start, p.start + span.end, text))
    if not candidates:
        return []
    vectors = embedder.encode([question] + [c[3] for c in candidates])
    cosines = vectors[1:] @ vectors[0]
    q_terms = set(tokenize(question))
    top_idf = max((idf(t) for c in candidates for t in tokenize(c[3])), default=1.0) if idf else 1.0
    scored = []
    for (hit, start, end, text), cos in zip(candidates, cosines, strict=True):
        terms = frozenset(tokenize(text))
        overlap = len(q_terms & terms) / max(len(q_terms), 1)
        added = terms - q_terms
        if idf is not None and added:
            specificity = sum(idf(t) for t in added) / (len(terms) * top_idf)
        else:
            specificity = len(added) / max(len(terms), 1)
        # Retrieval rank breaks near-ties: the fused ranking saw the whole passage.
        score = (
            0.5 * float(cos)
            + 0.2 * overlap
            + 0.3 * specificity
            + settings.shape_bonus * answer_shape(question, text)
            + 0.05 / hit.rank
        )
        scored.append((score, hit, start, end, text, terms))
    scored.sort(key=lambda s: -s[0])
    best = scored[: settings.max_evidence_sentences]
    return [
        Evidence(n, hit, start, end, text, score, terms)
        for n, (score, hit, start, end, text, terms) in enumerate(best, start=1)
    ]


def strip_markers(text: str) -> str:
    return " ".join(_ANY_BRACKET.sub("", text).split())


def draft_sentences(draft: str) -> list[str]:
    """The draft cut into sentences, markers removed, empty pieces dropped."""
    out = []
    for span in split_sentences(draft):
        text = strip_markers(draft[span.start : span.end])
        if text:
            out.append(text)
    return out


def verify(
    draft: str, evidence: list[Evidence], embedder: Embedder, settings: AnswerSettings
) -> list[CheckedSentence]:
    """Every draft sentence with the evidence that supports it (empty tuple: unsupported)."""
    sentences = draft_sentences(draft)
    if not sentences or not evidence:
        return [CheckedSentence(s, (), 0.0, 0.0) for s in sentences]
    vectors = embedder.encode(sentences + [e.text for e in evidence])
    sims = vectors[: len(sentences)] @ vectors[len(sentences) :].T
    return [_check(s, sims[i], evidence, settings) for i, s in enumerate(sentences)]


def _check(
    sentence: str, sims: np.ndarray, evidence: list[Evidence], settings: AnswerSettings
) -> CheckedSentence:
    terms = set(tokenize(sentence))
    if len(terms) < 2:
        return CheckedSentence(sentence, (), 0.0, 0.0)
    overlaps = [len(terms & e.terms) / len(terms) for e in evidence]
    order = sorted(range(len(evidence)), key=lambda i: -(overlaps[i] + float(sims[i])))
    best = order[0]
    cos = float(sims[best])
    enough = overlaps[best] >= settings.support_overlap and cos >= settings.support_cosine
    if enough and not conflicts(sentence, evidence[best].text):
        return CheckedSentence(sentence, (evidence[best],), overlaps[best], cos)
    # A sentence that fuses two evidence sentences: together they must cover it.
    for other in order[1:3]:
        both = len(terms & (evidence[best].terms | evidence[other].terms)) / len(terms)
        pair_cos = max(cos, float(sims[other]))
        joined = f"{evidence[best].text} {evidence[other].text}"
        enough = both >= settings.support_overlap and pair_cos >= settings.support_cosine
        if enough and overlaps[other] > 0.25 and not conflicts(sentence, joined):
            return CheckedSentence(sentence, (evidence[best], evidence[other]), both, pair_cos)
    return CheckedSentence(sentence, (), overlaps[best], cos)


_NEGATIONS = frozenset(
    """
not no never none nothing neither nor without cannot can't don't doesn't didn't isn't aren't wasn't
weren't won't useless harmful worse worthless ineffective inconclusive fail fails failed unable lack
lacks impossible unproven disproved myth
""".split()
)
# Words that turn "X helps" into "X is the best / always works": a claim the span must make too.
_OVERCLAIMS = frozenset(
    """
best most only always every all proven proves prove guarantee guarantees guaranteed cure cures
definitely certainly clearly greatest strongest key essential crucial
""".split()
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def conflicts(sentence: str, span: str) -> bool:
    """Word overlap misses changed meaning: a negation, an overclaim or a number the span lacks."""
    said = {w.replace("’", "'") for w in re.findall(r"[\w'’]+", sentence.lower())}
    source = {w.replace("’", "'") for w in re.findall(r"[\w'’]+", span.lower())}
    if (said & _NEGATIONS) - source or (source & _NEGATIONS and not said & _NEGATIONS):
        return True
    if (said & _OVERCLAIMS) - source:
        return True
    return bool(set(_NUMBER.findall(sentence)) - set(_NUMBER.findall(span)))


def render(sentences: list[tuple[str, tuple[Evidence, ...]]]) -> tuple[str, tuple[Citation, ...]]:
    """Answer text with markers numbered by first use, and the matching citations."""
    numbers: dict[tuple[str, int], int] = {}
    citations: list[Citation] = []
    parts = []
    for text, support in sentences:
        marks = []
        for e in support:
            key = (e.hit.passage.source, e.start)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                citations.append(
                    Citation(
                        n=numbers[key],
                        passage_id=e.hit.passage.id,
                        source=e.hit.passage.source,
                        title=e.hit.source.title,
                        evidence=e.hit.source.evidence,
                        start=e.start,
                        end=e.end,
                        text=e.text,
                    )
                )
            marks.append(f"[{numbers[key]}]")
        body = text.rstrip()
        if body and body[-1] not in ".!?…\"”'’)":
            body += "."
        parts.append(f"{body} {''.join(marks)}".strip())
    return " ".join(parts), tuple(citations)


def compose(
    sentences: list[tuple[str, tuple[Evidence, ...]]], evidence: list[Evidence], limit: int = 3
) -> list[tuple[str, tuple[Evidence, ...]]]:
    """Verified sentences made into an answer: no two saying the same thing, and not too thin.

    A sentence whose evidence is already used by an earlier one repeats it (small models loop) and
    is dropped. If the draft left out the best evidence sentence, or rests on a single one, the best
    unused evidence sentence is added verbatim: a draft that paraphrased the vaguest sentence
    ("exercise is good for the brain") must not hide the one that answers the question.
    """
    out: list[tuple[str, tuple[Evidence, ...]]] = []
    used: set[int] = set()
    for text, support in sentences:
        numbers = {e.n for e in support}
        if numbers <= used:
            continue
        out.append((text, support))
        used |= numbers
        if len(out) == limit:
            break
    extra = next((e for e in evidence if e.n not in used), None)
    if out and extra is not None and (len(used) < 2 or extra is evidence[0]):
        return out[: limit - 1] + extractive([extra], 1)
    return out[:limit]


def extractive(evidence: list[Evidence], count: int = 2) -> list[tuple[str, tuple[Evidence, ...]]]:
    """The best evidence sentences themselves, quoted and cited: the answer when a draft fails."""
    chosen = sorted(evidence[:count], key=lambda e: (e.hit.passage.source, e.start))
    return [(_balanced_quotes(" ".join(e.text.split())), (e,)) for e in chosen]


def _balanced_quotes(text: str) -> str:
    """A sentence cut from a longer quotation loses its unmatched opening or closing quote mark."""
    for left, right in (('"', '"'), ("“", "”")):
        opens, closes = (text.count(left), 0) if left == right else (text.count(left), text.count(right))
        if (opens % 2 == 0) if left == right else opens == closes:
            continue
        if text.startswith(left) and (left == right or opens > closes):
            text = text[1:]
        else:
            cut = text.rfind(right)
            text = text[:cut] + text[cut + 1 :]
    return text.strip()


def markers_valid(text: str, citations: tuple[Citation, ...]) -> bool:
    """Every [n] in ``text`` has a citation numbered n (the contract the CLI and UI rely on)."""
    numbers = {c.n for c in citations}
    return all(int(m) in numbers for m in MARKER.findall(text))
