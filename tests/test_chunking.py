"""Chunking: exact offsets, whole words, sentence rules, and a property test over arbitrary text."""

from __future__ import annotations

import re
import statistics

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.chunking import chunk, split_sentences
from bot.config import REPO_ROOT, ChunkingSettings
from bot.furniture import mark_furniture

CFG = ChunkingSettings()
SEEDS = sorted((REPO_ROOT / "seeds").glob("*.txt"))


def _passages(text: str, cfg: ChunkingSettings = CFG):
    return chunk(text, "x.txt", cfg)


def _assert_exact(text: str, passages) -> None:
    for p in passages:
        assert text[p.start : p.end] == p.text


def test_every_seed_passage_round_trips_exactly() -> None:
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        passages = chunk(text, path.relative_to(REPO_ROOT).as_posix(), CFG)
        assert passages
        for p in passages:
            assert (REPO_ROOT / p.source).read_text(encoding="utf-8")[p.start : p.end] == p.text


def test_seed_passages_are_small_whole_words_and_cover_the_text() -> None:
    lengths = []
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        passages = _passages(text)
        for p in passages:
            lengths.append(len(p.text))
            assert len(p.text) <= CFG.max_chars
            assert p.start == 0 or not (text[p.start - 1].isalnum() and text[p.start].isalnum())
            assert p.end == len(text) or not (text[p.end - 1].isalnum() and text[p.end].isalnum())
        # Nothing lost but page furniture (and headings, which passages carry as ``heading``).
        kept = [
            s for s in mark_furniture(text, split_sentences(text)) if s.kind not in ("furniture", "heading")
        ]
        words = set(re.findall(r"\w+", " ".join(text[s.start : s.end] for s in kept)))
        assert words <= set(re.findall(r"\w+", " ".join(p.text for p in passages)))
        assert not any("Ctrl + Enter" in p.text or "Similar Posts" in p.text for p in passages)
    assert statistics.mean(lengths) <= 600


def test_ids_are_stable_and_unique() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    a, b = _passages(text), _passages(text)
    assert [p.id for p in a] == [p.id for p in b] and len({p.id for p in a}) == len(a)


def test_abbreviations_and_decimals_do_not_end_sentences() -> None:
    text = "Dr. Smith ran 3.5 km, e.g. on Mon. mornings. Then he rested! Did it help? Yes."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == [
        "Dr. Smith ran 3.5 km, e.g. on Mon. mornings.",
        "Then he rested!",
        "Did it help?",
        "Yes.",
    ]


def test_curly_quotes_close_a_sentence() -> None:
    text = "“Our study did not prove it,” Kong said. “Several studies have shown it.” Next sentence."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences[-1] == "Next sentence." and len(sentences) == 3


def test_headings_start_passages_and_lists_stay_items() -> None:
    text = (
        "# Strength training\nLifting heavy trains the nervous system. It takes weeks.\n\n"
        "What types of exercise are best?\n- Running and swimming help.\n- Dance helps too.\n"
    )
    passages = _passages(text, ChunkingSettings(max_chars=70, overlap_sentences=0, min_chars=10))
    _assert_exact(text, passages)
    assert any(p.text.startswith("What types of exercise are best?") for p in passages)
    assert passages[0].heading == "# Strength training"
    items = [text[s.start : s.end] for s in split_sentences(text)]
    assert "- Running and swimming help." in items and "- Dance helps too." in items


def test_long_line_without_punctuation_is_cut_at_spaces() -> None:
    text = " ".join(f"word{i}" for i in range(400))
    passages = _passages(text)
    _assert_exact(text, passages)
    assert all(len(p.text) <= CFG.max_chars for p in passages) and len(passages) > 3
    assert all(re.fullmatch(r"(word\d+ ?)+", p.text) for p in passages)


def test_windows_line_endings_keep_offsets() -> None:
    raw = "First paragraph here.\r\nSecond one follows.\r\n\r\nThird."
    text = raw.replace("\r\n", "\n")  # what Path.read_text gives for a CRLF file
    _assert_exact(text, _passages(text))


def test_one_giant_word_is_cut_rather_than_overflowing() -> None:
    text = "x" * 2000
    passages = _passages(text)
    _assert_exact(text, passages)
    assert all(len(p.text) <= CFG.max_chars for p in passages)


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",)),
        st.sampled_from(list(" \n\n.!?“”\"'—-#*:e.g.Dr. ")),
    ),
    max_size=1500,
)


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.integers(min_value=40, max_value=600), st.integers(min_value=0, max_value=2))
def test_property_offsets_exact_for_any_text(text: str, max_chars: int, overlap: int) -> None:
    cfg = ChunkingSettings(max_chars=max_chars, overlap_sentences=overlap, min_chars=max_chars // 4)
    passages = chunk(text, "x.txt", cfg)
    _assert_exact(text, passages)
    for p in passages:
        assert p.text.strip() == p.text and p.text
