"""A real encyclopedia text (tests/corpora/, Wikipedia "Exercise", CC BY-SA): segmented, not indexed.

No sentence is cut mid-sentence (neither by the segmenter nor by passages), every bracketed reference
number lands in the ``refs`` of the sentence it closes, and the article's navigation lines are
furniture.
"""

from __future__ import annotations

import re

from bot.chunking import chunk
from bot.config import REPO_ROOT, ChunkingSettings
from bot.furniture import mark_furniture
from bot.text import split_sentences, strip_references

TEXT = (REPO_ROOT / "tests" / "corpora" / "wikipedia_exercise_excerpt.txt").read_text(encoding="utf-8")
SPANS = mark_furniture(TEXT, split_sentences(TEXT))
# A sentence ends with terminal punctuation, then maybe closing quotes/brackets and reference markers.
_COMPLETE_END = re.compile(r"[.!?…][\"'”’)]*(?:\[\d+\])*$")


def _body(span) -> str:
    return TEXT[span.start : span.end]


def test_every_content_sentence_is_whole() -> None:
    content = [s for s in SPANS if s.kind == "text"]
    assert len(content) >= 60
    for span in content:
        body = _body(span)
        assert _COMPLETE_END.search(body), body
        assert body[0].isupper() or body[0].isdigit() or body[0] in '"“(', body


def test_the_issues_examples_split_where_they_should() -> None:
    bodies = [_body(s) for s in SPANS]
    joined = next(b for b in bodies if b.endswith("infection occurrence.[27]"))
    assert joined.startswith("Moderate exercise has been associated")
    assert "However, another study did not find the effect." in bodies
    muscle = "Increases in muscle size from resistance training is primarily determined by diet and"
    assert f"{muscle} testosterone.[17]" in bodies
    assert not any(b.startswith(("flexibility, working memory", "other two indicated")) for b in bodies)


def test_every_reference_number_lands_in_refs() -> None:
    markers = [(m.start(), m.end()) for m in re.finditer(r"\[\d+\]", TEXT)]
    in_refs = {ref for s in SPANS for ref in s.refs}
    assert markers and set(markers) == in_refs
    for span in SPANS:
        for a, b in span.refs:
            assert span.start <= a < b <= span.end
    one = next(s for s in SPANS if _body(s).startswith("This genetic variation"))
    assert [TEXT[a:b] for a, b in one.refs] == ["[18]", "[19]"]
    assert strip_references(_body(one)).endswith("the larger population.")


def test_headings_and_navigation_lines() -> None:
    kinds = {_body(s): (s.kind, s.reason) for s in SPANS}
    for heading in ("Fitness", "Cardiovascular system", "Immune system", "Cancer", "Depression"):
        assert kinds[heading][0] == "heading"
    assert kinds["Main article: Physical fitness"] == ("furniture", "navigation")
    assert kinds["(edit | history)"] == ("furniture", "navigation")
    assert (
        kinds["This section is transcluded from Neurobiological effects of physical exercise."][0]
        == "furniture"
    )


def test_passages_start_and_end_on_sentence_boundaries() -> None:
    starts = {s.start for s in SPANS}
    ends = {s.end for s in SPANS}
    passages = chunk(TEXT, "corpus.txt", ChunkingSettings())
    assert len(passages) >= 12
    for p in passages:
        assert TEXT[p.start : p.end] == p.text
        assert p.start in starts and p.end in ends, p.text[:80]
        assert "Main article:" not in p.text
    assert any(p.heading == "Immune system" for p in passages)
