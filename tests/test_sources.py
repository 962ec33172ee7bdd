"""Corpus loading: metadata from sidecars, and every kind of bad file skipped with its name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.config import REPO_ROOT
from bot.errors import BotError
from bot.furniture import Overrides
from bot.sources import UNRATED, UNRATED_KIND, document_text, load_corpus
from bot.text import split_sentences


def test_shipped_seeds_have_metadata() -> None:
    docs, skipped = load_corpus(REPO_ROOT / "seeds")
    assert len(docs) == 2 and skipped == []
    by_kind = {d.source.kind: d.source for d in docs}
    news, forum = by_kind["health news report"], by_kind["forum post"]
    assert news.date == "2025-07-02" and news.strength == 3 and "peer-reviewed" in news.evidence
    assert forum.strength == 1 and "opinion" in forum.evidence and forum.date == ""
    for d in docs:
        assert (REPO_ROOT / d.source.path).read_text(encoding="utf-8") == d.text


def test_bad_files_are_skipped_by_name_and_the_rest_loads(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Exercise helps.\nIt really does.\n", encoding="utf-8")
    (seeds / "notes.md").write_text("# Notes\nRowing is aerobic.\n", encoding="utf-8")
    (seeds / "empty.txt").write_text("   \n", encoding="utf-8")
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (seeds / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (seeds / "copy.txt").write_text("Exercise helps.\nIt really does.\n", encoding="utf-8")
    (seeds / "big.txt").write_text("word " * 400, encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("private data", encoding="utf-8")
    os.symlink(outside, seeds / "link.txt")
    (seeds / "image.png").write_bytes(b"\x89PNG")
    docs, skipped = load_corpus(seeds, max_bytes=1000)
    # Files load in name order, so copy.txt is kept and good.txt is its duplicate.
    assert sorted(Path(d.source.path).name for d in docs) == ["copy.txt", "notes.md"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons["empty.txt"] == "empty"
    assert reasons["binary.txt"] == "binary file"
    assert "UTF-8" in reasons["latin1.txt"]
    assert reasons["good.txt"].startswith("duplicate of") and "copy.txt" in reasons["good.txt"]
    assert "limit" in reasons["big.txt"]
    assert "outside" in reasons["link.txt"]
    assert "image.png" not in reasons  # not a document type: ignored silently
    md = next(d for d in docs if d.source.path.endswith("notes.md"))
    assert md.source.evidence == UNRATED and md.source.title == "# Notes"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BotError, match="does not exist"):
        load_corpus(tmp_path / "nope")


def test_corrupt_sidecar_falls_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Squats build strength.", encoding="utf-8")
    (tmp_path / "a.toml").write_text("title = [unclosed", encoding="utf-8")
    docs, _ = load_corpus(tmp_path)
    assert docs[0].source.title == "Squats build strength." and docs[0].source.strength == 0


def test_a_file_without_sidecar_is_an_unrated_document(tmp_path: Path) -> None:
    (tmp_path / "dropped.txt").write_text("Which exercise is best? Taking capsules.", encoding="utf-8")
    (tmp_path / "rated.txt").write_text("Squats build strength.", encoding="utf-8")
    (tmp_path / "rated.toml").write_text('evidence = "Expert summary"\nstrength = 2\n', encoding="utf-8")
    docs, _ = load_corpus(tmp_path)
    by_name = {Path(d.source.path).name: d.source for d in docs}
    dropped = by_name["dropped.txt"]
    assert dropped.kind == UNRATED_KIND and dropped.evidence == UNRATED and dropped.strength == 0
    assert "unrated" in dropped.evidence.lower() and "forum" not in dropped.kind
    assert by_name["rated.txt"].kind == "document" and by_name["rated.txt"].strength == 2


def test_the_rated_copy_of_a_duplicate_is_kept(tmp_path: Path) -> None:
    body = "Exercise helps memory.\n"
    (tmp_path / "b_original.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b_original.toml").write_text('title = "Original"\nstrength = 3\n', encoding="utf-8")
    (tmp_path / "a_copy.txt").write_text(body, encoding="utf-8")  # sorts first, but has no sidecar
    docs, skipped = load_corpus(tmp_path)
    assert [Path(d.source.path).name for d in docs] == ["b_original.txt"]
    assert docs[0].source.title == "Original"
    assert [(Path(s.path).name, s.reason.startswith("duplicate of")) for s in skipped] == [
        ("a_copy.txt", True)
    ]
    assert "b_original.txt" in skipped[0].reason


def test_sidecar_exclude_overrides_are_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Squats help. Visit our shop. Sleep helps.", encoding="utf-8")
    (tmp_path / "a.toml").write_text(
        'strength = 2\nexclude = ["our shop", "(unclosed"]\nexclude_ranges = [[0, 5], [30, 9999], [7, 3]]\n',
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("No overrides here.", encoding="utf-8")
    docs, _ = load_corpus(tmp_path)
    by_name = {Path(d.source.path).name: d for d in docs}
    assert by_name["a.txt"].exclude == Overrides(patterns=("our shop",), ranges=((0, 5),))
    assert by_name["b.txt"].exclude == Overrides()


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Walking and memory</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About us</a></nav>
<header><h1>Walking and memory</h1></header>
<article>
<p>Brisk walking three times a week improved recall in a small trial of older adults. The effect
appeared after about eight weeks [4].</p>
<h2>What the trial did</h2>
<p>Researchers compared walkers with a stretching group. Both groups met for 40 minutes.</p>
<ul><li>Walkers kept a moderate pace.</li><li>Stretchers did light mobility work.</li></ul>
</article>
<footer><p>Share this page</p><p>Subscribe to our newsletter</p><p>© 2024 Example Health</p></footer>
<script>var hidden = "<p>script text</p>";</script>
</body></html>
"""


def test_html_pages_index_their_main_text(tmp_path: Path) -> None:
    (tmp_path / "walking.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.htm").write_text(
        "<html><body><script>var a = 1;</script></body></html>", encoding="utf-8"
    )
    docs, skipped = load_corpus(tmp_path)
    [doc] = docs
    assert doc.source.title == "Walking and memory" and doc.source.kind == UNRATED_KIND
    assert doc.text == document_text(tmp_path / "walking.html")  # canonical: what offsets refer to
    assert "Brisk walking three times a week improved recall" in doc.text
    assert "## What the trial did" in doc.text and "- Walkers kept a moderate pace." in doc.text
    for junk in ("<p>", "script text", "About us", "Subscribe", "©"):
        assert junk not in doc.text
    assert [Path(s.path).name for s in skipped] == ["empty.htm"]
    spans = split_sentences(doc.text)
    bodies = [doc.text[s.start : s.end] for s in spans]
    assert "Both groups met for 40 minutes." in bodies
    assert any(s.kind == "heading" and doc.text[s.start : s.end] == "## What the trial did" for s in spans)
