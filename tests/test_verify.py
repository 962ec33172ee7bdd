"""The contrast suite: the strict verifier against bad drafts and faithful ones, over real evidence units.

Evidence units come from the shipped seeds and one third-party document (tests/corpora: an
encyclopedia excerpt with its own reference numbers). For each unit, bad drafts are made by one
meaning-changing edit of a named class (entity swap, speaker swap, negation flip, dropped hedge,
causal upgrade, number change, question-only word, superlative, unfinished sentence, furniture
quoted); faithful drafts are the unit as shown, trimmed to a clause a reporting verb introduces, or
framed as its speaker's. Every bad draft must be rejected; at least 80% of the faithful ones kept.
The table per class is printed and written to test-artefacts/contrast.txt.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bot.compose import display
from bot.config import REPO_ROOT
from bot.evidence import Evidence
from bot.sources import load_corpus
from bot.text import tokenize, words
from bot.types import Hit, Passage, Source, Unit
from bot.units import document_units
from bot.verify import check, governing_hedges

OTHER = REPO_ROOT / "tests" / "corpora" / "wikipedia_exercise_excerpt.txt"
QUESTION_ONLY = ("smoking", "creatine", "coffee", "meditation", "yoga", "supplements", "caffeine")
CERTAIN = {
    "may": "will",
    "might": "will",
    "could": "will",
    "can": "always",
    "potentially": "definitely",
    "suggests": "proves",
    "suggested": "proved",
    "associated with": "caused by",
    "linked to": "caused by",
    "typically": "always",
    "some": "all",
}
AUX = re.compile(r"\b(is|are|was|were|can|may|has|have|will|could|might|does|do)\b")
_DANGLE = re.compile(r"\b(to|of|the|and|for|with|that|in)\b")


def _units() -> tuple[list[Evidence], list[Evidence]]:
    """(claim evidence, furniture evidence) from the seeds and the third-party document."""
    docs, _ = load_corpus(REPO_ROOT / "seeds")
    texts = [(d.source, d.text) for d in docs]
    other = Source(OTHER.relative_to(REPO_ROOT).as_posix(), "Exercise (encyclopedia)", "encyclopedia", "", 0)
    texts.append((other, OTHER.read_text(encoding="utf-8")))
    claims: list[Evidence] = []
    furniture: list[Evidence] = []
    for source, text in texts:
        for u in document_units(text, source.path, []):
            passage = Passage(u.id, u.source, u.start, u.end, u.text)
            e = Evidence(1, u, Hit(passage, source, 1.0, 1.0, 0.0, 1), 1.0, frozenset(tokenize(u.text)))
            if u.kind == "claim" and len(words(u.text)) >= 8:
                claims.append(e)
            elif u.kind in ("furniture", "byline"):
                furniture.append(e)
    return claims, furniture


def _lower_first(text: str) -> str:
    return text if text[:2].isupper() or text.startswith("I ") else text[:1].lower() + text[1:]


def _faithful(e: Evidence) -> list[str]:
    shown = display(e)
    out = [shown]
    if e.unit.speaker and e.unit.speaker not in shown:
        out.append(f"{e.unit.speaker} says {_lower_first(shown)}")
    m = re.search(r"\b(?:said|noted|found|shown|showed|suggested|explained) that (.{25,})$", shown)
    if m and not governing_hedges(shown[: m.start(1)], set(tokenize(m.group(1)))):
        out.append(m.group(1)[:1].upper() + m.group(1)[1:])
    return out


def _replace_word(text: str, old: str, new: str) -> str:
    return re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)


def _bad(e: Evidence, others: list[Evidence], speakers: list[str]) -> list[tuple[str, str]]:
    """(class, draft) pairs: each one edit that changes what the unit says."""
    shown = display(e)
    terms = set(tokenize(e.unit.text))
    out: list[tuple[str, str]] = []
    nouns = [w for w in re.findall(r"\b[a-z]{6,}\b", shown) if tokenize(w)]
    # entity swap: a word of another unit, absent from this one
    foreign = next(
        (
            w
            for o in others
            for w in re.findall(r"\b[a-z]{7,}\b", o.unit.text)
            if tokenize(w) and not set(tokenize(w)) & terms
        ),
        None,
    )
    if nouns and foreign:
        out.append(("entity swap", _replace_word(shown, nouns[-1], foreign)))
    distinct = [w for w in dict.fromkeys(nouns) if shown.count(w) == 1]
    if len(distinct) >= 2 and tokenize(distinct[0]) != tokenize(distinct[-1]):
        a, b = distinct[0], distinct[-1]
        swapped = shown.replace(a, "\0").replace(b, a).replace("\0", b)
        out.append(("entity swap", swapped))
    # speaker swap
    wrong = next((s for s in speakers if s != e.unit.speaker and s not in e.unit.text), None)
    if wrong:
        out.append(("speaker swap", f"{wrong} says {_lower_first(shown)}"))
        if e.unit.speaker and e.unit.speaker in shown:
            out.append(("speaker swap", _replace_word(shown, e.unit.speaker, wrong)))
    # negation flip
    low = shown.lower()
    if re.search(r"\bnot\b", low):
        out.append(("negation flip", re.sub(r"\bnot\s+", "", shown, count=1)))
    else:
        m = AUX.search(shown)
        if m:
            out.append(("negation flip", shown[: m.end()] + " not" + shown[m.end() :]))
    # dropped hedge / causal upgrade
    for hedge in governing_hedges(e.unit.text, terms):
        if hedge in CERTAIN and re.search(rf"\b{re.escape(hedge)}\b", shown):
            dropped = re.sub(rf"\b{re.escape(hedge)}\s+", "", shown, count=1)
            if dropped != shown:
                out.append(("dropped hedge", dropped))
            out.append(("causal upgrade", _replace_word(shown, hedge, CERTAIN[hedge])))
            break
    # number change
    number = re.search(r"\b\d+\b", shown)
    if number:
        out.append(
            ("number change", shown[: number.start()] + str(int(number.group()) + 7) + shown[number.end() :])
        )
    else:
        out.append(("number change", shown.rstrip(".") + " within 12 weeks."))
    # question-only word
    word = next(w for w in QUESTION_ONLY if w not in low)
    out.append(("question-only word", f"{shown.rstrip('.')} and {word}."))
    if nouns:
        out.append(("question-only word", _replace_word(shown, nouns[0], word)))
    # superlative / overgeneralisation
    m = AUX.search(shown)
    if m:
        out.append(("superlative", shown[: m.end()] + " always" + shown[m.end() :]))
    out.append(("superlative", f"All studies prove that {_lower_first(shown)}"))
    # unfinished
    cut = [m.end() for m in _DANGLE.finditer(shown) if 10 < m.end() < len(shown) - 10]
    if cut:
        out.append(("unfinished sentence", shown[: cut[len(cut) // 2]]))
    return out


@pytest.fixture(scope="module")
def suite() -> dict[str, list[tuple[str, str, bool]]]:
    claims, furniture = _units()
    speakers = sorted({e.unit.speaker for e in claims if e.unit.speaker})
    table: dict[str, list[tuple[str, str, bool]]] = {}
    for i, e in enumerate(claims):
        others = claims[i + 1 :] + claims[:i]
        for text in _faithful(e):
            table.setdefault("faithful", []).append((text, e.unit.text, check(text, [e]).ok))
        for kind, text in _bad(e, others, speakers):
            table.setdefault(kind, []).append((text, e.unit.text, check(text, [e]).ok))
    for e in furniture:
        text = display(e) if len(words(e.unit.text)) >= 4 else e.unit.text
        table.setdefault("furniture quoted", []).append((text, e.unit.text, check(text, [e]).ok))
    return table


def test_suite_is_big_enough(suite: dict[str, list[tuple[str, str, bool]]]) -> None:
    claims, _ = _units()
    assert len(claims) >= 40
    assert len({e.unit.source for e in claims}) >= 3  # the shipped corpus and one other document
    bad = sum(len(v) for k, v in suite.items() if k != "faithful")
    assert bad >= 250 and len(suite["faithful"]) >= 60
    assert len(suite) == 11  # faithful + the ten classes of bad draft


def test_every_bad_draft_is_rejected_and_most_faithful_kept(
    suite: dict[str, list[tuple[str, str, bool]]],
) -> None:
    lines = [f"{'class':22} {'drafts':>6} {'kept':>5} {'rejected':>8}"]
    for kind, rows in sorted(suite.items()):
        kept = sum(ok for _, _, ok in rows)
        lines.append(f"{kind:22} {len(rows):6d} {kept:5d} {len(rows) - kept:8d}")
    report = "\n".join(lines)
    out = REPO_ROOT / "test-artefacts"
    out.mkdir(exist_ok=True)
    (out / "contrast.txt").write_text(report + "\n", encoding="utf-8")
    print("\n" + report)
    leaked = [(k, t, u) for k, rows in suite.items() if k != "faithful" for t, u, ok in rows if ok]
    assert not leaked, "bad drafts kept:\n" + "\n".join(
        f"[{k}] {t}\n    unit: {u}" for k, t, u in leaked[:10]
    )
    faithful = suite["faithful"]
    kept = sum(ok for _, _, ok in faithful)
    missed = [t for t, _, ok in faithful if not ok]
    assert kept / len(faithful) >= 0.8, f"faithful kept {kept}/{len(faithful)}; e.g. {missed[:5]}"


@pytest.mark.parametrize(
    ("draft", "unit_text", "speaker"),
    [
        (  # the issue's examples, each against the span it cited
            "Smoking improves brain health.",
            '"Aerobic exercise such as running, swimming and cycling, which improve cardiovascular health, '
            'is widely known for its positive effects on brain function," he said.',
            "Glatt",
        ),
        (
            "The study supports Kong's claim that exercise can directly affect the brain.",
            "“Our study did not prove how exercise can directly improve cognitive function,” Kong cautioned.",
            "Kong",
        ),
        (
            "Kong cautioned that there are various individual differences related to genetics, lifestyle "
            "and environmental factors.",
            "However, he cautioned that there are various individual differences related to genetics, "
            "lifestyle and environmental factors.",
            "Glatt",
        ),
        (
            "The study found that regular exercise can improve cognitive function in older adults.",
            "“Several studies have already shown that regular exercise can improve cognitive function "
            "in adults.",
            "Kong",
        ),
        (  # who found it is dropped: Kong reports what several studies showed
            "Kong says that regular exercise can improve cognitive function in adults.",
            "“Several studies have already shown that regular exercise can improve cognitive function "
            "in adults.",
            "Kong",
        ),
        (
            "Dance and team sports are known to improve brain function.",
            '"However, activities that combine physical and cognitive demands - such as dance and team '
            "sports - may offer additional benefits due to the demands on coordination, rhythm and "
            'executive functions," he added.',
            "Glatt",
        ),
        (
            "This allowed them to study the neural activity of the muscles and see how they responded to.",
            "The study stimulated muscles with glutamate to see how nerve function responded.",
            "",
        ),
        (
            "Genetics determines how big muscles get.",
            "Increases in muscle size from resistance training is primarily determined by diet and "
            "testosterone.[17]",
            "",
        ),
        (
            "Yes, physical activity can improve survival after cancer.",
            "There was consistent evidence from 27 observational studies that physical activity is "
            "associated with reduced all-cause, breast cancer–specific, and colon cancer–specific mortality.",
            "",
        ),
    ],
)
def test_the_issues_bad_answers_are_rejected(draft: str, unit_text: str, speaker: str) -> None:
    unit = Unit("u", "s.txt", "p", 0, len(unit_text), unit_text, "claim", speaker)
    source = Source("s.txt", "t", "k", "", 3)
    e = Evidence(
        1, unit, Hit(Passage("p", "s.txt", 0, len(unit_text), unit_text), source, 1, 1, 0, 1), 1, frozenset()
    )
    verdict = check(draft, [e], "")
    assert not verdict.ok, draft


def test_verdict_names_the_rule() -> None:
    claims, _ = _units()
    e = next(c for c in claims if "may offer additional benefits" in c.unit.text)
    reasons = " ".join(
        check("Activities such as dance and team sports offer additional benefits.", [e]).reasons
    )
    assert "dropped hedge: may" in reasons
    assert check(display(e), [e]).ok
    counts = Counter(r.split(":")[0] for r in check("Smoking is the best.", [e]).reasons)
    assert counts["word not in the source"] or counts["question-only word"]
