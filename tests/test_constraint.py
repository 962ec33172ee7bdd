"""The copy constraint with the real SmolLM2 tokenizer: what it allows, and what a walk through it writes."""

from __future__ import annotations

import random
import re

import pytest

from bot.constraint import CopyConstraint, CopySpec, unit_pieces
from bot.generation import load_generator
from tests.support import seed_settings

UNITS = (
    "Aerobic exercise such as running, swimming and cycling is widely known for its positive effects "
    "on brain function.",
    "Glatt noted that some types of exercise may be more effective than others at improving brain health.",
    "Studies typically show effects over a period of weeks to months.",
)


@pytest.fixture(scope="module")
def tokenizer():
    return load_generator(seed_settings()).tokenizer


def _walk(tokenizer, seed: int, units=UNITS, names=("Glatt",), steps: int = 120) -> str:
    rng = random.Random(seed)
    processor = CopyConstraint(tokenizer, units, names).processor(0)
    out: list[int] = []
    for _ in range(steps):
        allowed = sorted(processor.allowed())
        token = rng.choice(allowed)
        if token == tokenizer.eos_token_id:
            break
        out.append(token)
        processor.advance(token)
    return tokenizer.decode(out)


def test_a_word_the_evidence_lacks_cannot_be_started(tokenizer) -> None:
    processor = CopyConstraint(tokenizer, UNITS, ("Glatt",)).processor(0)
    allowed = processor.allowed()
    for word in ("Smoking", " smoking", "Coffee", " Yes", "The", " The"):
        assert tokenizer.encode(word, add_special_tokens=False)[0] not in allowed, word
    assert tokenizer.encode("Aerobic", add_special_tokens=False)[0] in allowed
    assert tokenizer.encode("Glatt", add_special_tokens=False)[0] in allowed


def test_a_full_copy_is_accepted_token_by_token(tokenizer) -> None:
    processor = CopyConstraint(tokenizer, UNITS).processor(0)
    text = "".join(p for p, _ in unit_pieces(UNITS[0])) + " [1]"
    pieces = [p for p, _ in unit_pieces(UNITS[0])]
    ids = [i for p in pieces for i in tokenizer.encode(p, add_special_tokens=False)]
    ids += tokenizer.encode(" [1]", add_special_tokens=False)
    for token in ids:
        assert token in processor.allowed(), tokenizer.decode([token])
        processor.advance(token)
    assert tokenizer.eos_token_id in processor.allowed()  # the answer may end after a sentence
    assert tokenizer.decode(ids) == text


@pytest.mark.parametrize("seed", range(40))
def test_any_walk_through_the_constraint_writes_only_framed_copies(tokenizer, seed: int) -> None:
    """Property: whatever the model picks, each sentence is [connective] [name verb] + a unit suffix."""
    text = _walk(tokenizer, seed)
    shown = [" ".join(p for p, _ in unit_pieces(u)).replace(" ,", ",").replace(" .", ".") for u in UNITS]
    flat = [re.sub(r"\s+", " ", "".join(p for p, _ in unit_pieces(u))) for u in UNITS]
    sentences = [s.strip() for s in re.split(r"\s*\[\d\]\s*\.?|(?<=\.)\s+", text) if s.strip(" .")]
    for sentence in sentences:
        body = re.sub(r"^(?:Also,|However,|But)\s*", "", sentence)
        body = re.sub(r"^Glatt (?:says|notes|adds|cautions|explains|suggests|writes)( that)?\s*", "", body)
        body = body.rstrip(".").strip()
        if not body:
            continue
        assert any(body.lower() in f.lower() for f in flat + shown), (sentence, text)


def test_copy_spec_is_what_generators_take() -> None:
    spec = CopySpec(UNITS, ("Glatt",))
    assert spec.units == UNITS and spec.names == ("Glatt",)
