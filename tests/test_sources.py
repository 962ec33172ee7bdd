"""Corpus loading: metadata from sidecars, and every kind of bad file skipped with its name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.config import REPO_ROOT
from bot.errors import BotError
from bot.sources import UNRATED, load_corpus


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
