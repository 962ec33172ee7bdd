"""Chunking: exact offsets, whole words, sentence rules, and a property test over arbitrary text."""

from __future__ import annotations

import re
import statistics

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.chunking import chunk
from bot.config import REPO_ROOT, ChunkingSettings
from bot.furniture import Overrides, mark_furniture
from bot.text import reference_markers, split_sentences, strip_references, strip_references_with_map

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


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_reference_markers_close_the_sentence_and_land_in_refs() -> None:
    text = (
        "Runners had more infections.[27] However, another study did not find the effect. "
        "It helps memory.[1][2] Some say it cures colds.[citation needed] "
        "Sleep improves first (Smith, 2019). Mood follows (Smith et al., 2019; Lee 2020)."
    )
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Runners had more infections.[27]",
        "However, another study did not find the effect.",
        "It helps memory.[1][2]",
        "Some say it cures colds.[citation needed]",
        "Sleep improves first (Smith, 2019).",
        "Mood follows (Smith et al., 2019; Lee 2020).",
    ]
    assert [[text[a:b] for a, b in s.refs] for s in spans] == [
        ["[27]"],
        [],
        ["[1]", "[2]"],
        ["[citation needed]"],
        ["(Smith, 2019)"],
        ["(Smith et al., 2019; Lee 2020)"],
    ]
    assert reference_markers(text, spans[2].start, spans[2].end) == list(spans[2].refs)


def test_strip_references_keeps_a_map_back_to_the_source() -> None:
    text = "Runners had more infections.[27] Sleep improves first (Smith, 2019). Memory too.[1][2]"
    stripped, offsets = strip_references_with_map(text)
    assert stripped == "Runners had more infections. Sleep improves first. Memory too."
    assert strip_references(text) == stripped
    assert len(offsets) == len(stripped) + 1 and offsets[-1] == len(text)
    a = stripped.index("Sleep")
    b = stripped.index("first") + len("first")
    assert text[offsets[a] : offsets[b - 1] + 1] == "Sleep improves first"
    assert all(text[offsets[i]] == ch for i, ch in enumerate(stripped))
    assert strip_references("No markers here [sic] or [there].") == "No markers here [sic] or [there]."


def test_abbreviations_titles_degrees_dates_and_decimals() -> None:
    text = (
        "Ryan Glatt, CPT, NBC-HWC, a coach in the U.S. and Canada, said it. Dr. Lee, PhD, agreed, i.e. "
        "mostly. It ran approx. 5 km vs. 3 km on 02.07.2025 at 3.5 km/h. Smith et al. found more. "
        "It was done in the U.S. The end came later, etc. Then came the rest."
    )
    assert _sentences(text) == [
        "Ryan Glatt, CPT, NBC-HWC, a coach in the U.S. and Canada, said it.",
        "Dr. Lee, PhD, agreed, i.e. mostly.",
        "It ran approx. 5 km vs. 3 km on 02.07.2025 at 3.5 km/h.",
        "Smith et al. found more.",
        "It was done in the U.S.",
        "The end came later, etc.",
        "Then came the rest.",
    ]
    numbered = "I said no. Then he left. See Fig. 2 and No. 5 in Jan. 2020. It was Oct. The rain came."
    assert _sentences(numbered) == [
        "I said no.",
        "Then he left.",
        "See Fig. 2 and No. 5 in Jan. 2020.",
        "It was Oct.",
        "The rain came.",
    ]


def test_quotations_over_several_sentences_and_em_dash_bylines() -> None:
    text = (
        'He explained that: "Muscles matter. Nerves matter too. Both send signals."\n'
        '"The results show larger hippocampi. We focused on muscles." — Jane Doe, PhD\n'
        "Ryan Roe, CPT, a coach, said more work is needed.\n"
        "“Did it help?” she asked. “Yes,” he said.\n"
    )
    spans = split_sentences(text)
    assert [(text[s.start : s.end], s.kind) for s in spans] == [
        ('He explained that: "Muscles matter.', "text"),
        ("Nerves matter too.", "text"),
        ('Both send signals."', "text"),
        ('"The results show larger hippocampi.', "text"),
        ('We focused on muscles."', "text"),
        ("— Jane Doe, PhD", "byline"),
        ("Ryan Roe, CPT, a coach, said more work is needed.", "text"),
        ("“Did it help?” she asked.", "text"),
        ("“Yes,” he said.", "text"),
    ]


def test_headings_labels_lists_and_hard_wrapped_lines() -> None:
    text = (
        "## Strength training\n"
        "Fitness\n"
        "Main article: Physical fitness\n"
        "Individuals can increase fitness with more activity.[16]\n\n"
        "Which types of exercise help most?\n"
        "- Running and swimming help.\n"
        "- Dance helps too. It adds rhythm.\n"
        "1. Squats, done slowly.\n\n"
        "Adults should do at least 150 minutes of moderate-intensity aerobic activity\n"
        "per week, such as brisk walking, or 75 minutes of vigorous activity each\n"
        "week. Muscle work on two days adds benefit for most adults and older people.\n"
    )
    got = [(text[s.start : s.end], s.kind) for s in split_sentences(text)]
    assert got == [
        ("## Strength training", "heading"),
        ("Fitness", "heading"),
        ("Main article: Physical fitness", "text"),
        ("Individuals can increase fitness with more activity.[16]", "text"),
        ("Which types of exercise help most?", "heading"),
        ("- Running and swimming help.", "list"),
        ("- Dance helps too.", "list"),
        ("It adds rhythm.", "list"),
        ("1. Squats, done slowly.", "list"),
        (
            "Adults should do at least 150 minutes of moderate-intensity aerobic activity\n"
            "per week, such as brisk walking, or 75 minutes of vigorous activity each\nweek.",
            "text",
        ),
        ("Muscle work on two days adds benefit for most adults and older people.", "text"),
    ]
    assert [s.heading for s in split_sentences(text)][:2] == [True, True]


def test_start_and_end_limit_the_spans() -> None:
    text = "First one here. Second one here. Third one here."
    start = text.index("Second")
    spans = split_sentences(text, start, text.index("Third") - 1)
    assert [text[s.start : s.end] for s in spans] == ["Second one here."]


def test_furniture_never_becomes_a_passage_but_stays_in_the_text() -> None:
    text = (
        "New publications\nLast reviewed: 02.07.2025\n\n"
        "All Example content is medically reviewed or fact checked.\n\n"
        "Exercise improves memory in older adults, a new study has found. The effect took weeks.\n\n"
        "For any questions shoot me a DM or use the contact page.\n\nSimilar Posts\n"
    )
    passages = chunk(text, "x.txt", CFG)
    assert [p.text for p in passages] == [
        "Exercise improves memory in older adults, a new study has found. The effect took weeks."
    ]
    excluded = Overrides(patterns=(r"took weeks",))
    assert chunk(text, "x.txt", CFG, excluded)[0].text.endswith("has found.")
    start = text.index("Exercise")
    ranged = Overrides(ranges=((start, start + 10),))
    assert chunk(text, "x.txt", CFG, ranged)[0].text == "The effect took weeks."


def test_every_sentence_span_of_the_real_texts_is_exact_and_ordered() -> None:
    for path in [*SEEDS, *sorted((REPO_ROOT / "tests" / "corpora").glob("*.txt"))]:
        text = path.read_text(encoding="utf-8")
        _assert_spans_exact(text, split_sentences(text))


def _assert_spans_exact(text: str, spans) -> None:
    previous_end = 0
    for s in spans:
        piece = text[s.start : s.end]
        assert piece and piece == piece.strip(), (s, piece)
        assert s.start >= previous_end, "spans overlap or are out of order"
        assert s.kind in ("text", "heading", "list", "byline")
        for a, b in s.refs:
            assert s.start <= a < b <= s.end
        previous_end = s.end


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_property_sentence_spans_exact_for_any_text(text: str) -> None:
    _assert_spans_exact(text, split_sentences(text))
    _assert_spans_exact(text, mark_furniture_kinds_back(text))


_REAL = [p.read_text(encoding="utf-8") for p in SEEDS]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(_REAL), st.integers(min_value=0, max_value=6000), st.integers(min_value=0, max_value=6000)
)
def test_property_sentence_spans_exact_for_real_text_slices(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    piece = text[a:b]
    _assert_spans_exact(piece, split_sentences(piece))
    _assert_spans_exact(text, split_sentences(text, a, b))
    assert all(a <= s.start and s.end <= b for s in split_sentences(text, a, b))


def mark_furniture_kinds_back(text: str):
    """Furniture marking changes kinds only: spans and offsets stay those of the segmenter."""
    spans = split_sentences(text)
    marked = mark_furniture(text, spans)
    assert [(s.start, s.end) for s in marked] == [(s.start, s.end) for s in spans]
    return [s if s.kind != "furniture" else spans[i] for i, s in enumerate(marked)]


def test_bylines_after_a_quotation_without_a_period_or_on_their_own_line() -> None:
    same_line = "“Muscles talk to the brain” — Jane Doe, PhD"
    own_line = '"Start now."\n— Tom Reyes, CPT\nNext paragraph here.'
    dash_list = "Options:\n— Running\n— Walking Fast\n"
    kinds = [
        [(t[s.start : s.end], s.kind) for s in split_sentences(t)] for t in (same_line, own_line, dash_list)
    ]
    assert kinds == [
        [("“Muscles talk to the brain”", "text"), ("— Jane Doe, PhD", "byline")],
        [('"Start now."', "text"), ("— Tom Reyes, CPT", "byline"), ("Next paragraph here.", "text")],
        [("Options:", "text"), ("— Running", "list"), ("— Walking Fast", "list")],
    ]
