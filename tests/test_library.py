"""Managing the corpus: PDFs with page numbers, add / list / remove, the incremental index, a crash
mid-add. Real embedder, real FAISS, real pypdf; the PDFs are written byte by byte (tests/pdfmake)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.chunking import chunk
from bot.cli import main
from bot.config import REPO_ROOT, Settings
from bot.errors import BotError
from bot.index import CURRENT, VECTOR_CACHE, open_index, verify
from bot.library import Meta, add_document, list_sources, remove_document, safe_name, sniff
from bot.retrieval import Retriever
from bot.sources import PAGE_BREAK, document_text, load_corpus, page_of
from tests.pdfmake import make_pdf
from tests.support import copied_corpus

GUIDE = [
    ["Cold water swimming guidance.", "Swimmers should enter cold water slowly to avoid cold shock."],
    ["Page two of the guidance.", "Wear a bright swim cap so that boat crews can see you in the water."],
]


@pytest.fixture
def corpus(tmp_path: Path) -> Settings:
    return copied_corpus(tmp_path)


def test_pdf_text_keeps_pages_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "guide.pdf"
    path.write_bytes(make_pdf(GUIDE))
    text = document_text(path)
    assert text.count(PAGE_BREAK) == 1
    cap = text.index("Wear a bright swim cap")
    assert page_of(text, cap) == 2 and page_of(text, text.index("enter cold water")) == 1
    passages = chunk(text, "guide.pdf", Settings().chunking)
    assert passages and all(text[p.start : p.end] == p.text for p in passages)
    assert document_text(path) == text  # deterministic: stored offsets stay valid


def test_pdf_in_the_corpus_loads_and_a_fake_pdf_is_skipped(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "guide.pdf").write_bytes(make_pdf(GUIDE))
    (seeds / "fake.pdf").write_text("just text, named .pdf", encoding="utf-8")
    (seeds / "blank.pdf").write_bytes(make_pdf([[]]))
    docs, skipped = load_corpus(seeds)
    assert [Path(d.source.path).name for d in docs] == ["guide.pdf"]
    assert docs[0].source.title == "Cold water swimming guidance."
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert "not a PDF" in reasons["fake.pdf"] and "no text layer" in reasons["blank.pdf"]


def test_sniffing_and_safe_names() -> None:
    assert sniff(make_pdf(GUIDE), ".pdf") == "pdf"
    assert sniff(b"<!doctype html><p>hi</p>", ".html") == "html"
    assert sniff("Plain words, caf\u00e9.".encode(), ".txt") == "text"
    for data, suffix in [
        (b"plain", ".pdf"),
        (make_pdf(GUIDE), ".txt"),
        (b"\x7fELF\x00\x00", ".txt"),
        ("caf\xe9".encode("latin-1"), ".md"),
        (b"no markup here", ".html"),
        (b"MZ", ".exe"),
    ]:
        with pytest.raises(BotError):
            sniff(data, suffix)
    name = safe_name("../../etc/passwd <script>", "x.txt", "ab" * 32, ".TXT")
    assert name == "etc-passwd-script-abababab.txt"
    assert safe_name("", "Über Übungen!.md", "cd" * 32, ".md") == "uber-ubungen-cdcdcdcd.md"


def test_add_list_readd_remove(corpus: Settings) -> None:
    before = open_index(corpus)
    seed_count = len(before.passages)
    cache = corpus.paths.index_dir / VECTOR_CACHE
    assert len(list(cache.glob("*.npy"))) == 2
    added = add_document(
        corpus, make_pdf(GUIDE), "my guide.pdf", Meta("Cold water guide", "guideline", "", 2)
    )
    entry = added.entry
    assert entry is not None and entry.strength == 2 and entry.passages >= 1
    assert Path(entry.file).name.startswith("cold-water-guide-") and entry.file.endswith(".pdf")
    assert added.index.manifest["embedded_sources"] == 1  # the seeds came from the cache
    assert len(added.index.passages) == seed_count + entry.passages
    sidecar = Path(entry.file).with_suffix(".toml").read_text(encoding="utf-8")
    assert 'original = "my guide.pdf"' in sidecar and "strength = 2" in sidecar
    hit = Retriever(corpus, index=added.index).search("how should I get into cold water?", 1)[0]
    text = document_text(Path(hit.passage.source))
    assert text[hit.passage.start : hit.passage.end] == hit.passage.text and "cold" in hit.passage.text
    listed = {e.id: e for e in list_sources(corpus, added.index)}
    assert listed[entry.id].passages == entry.passages and len(listed) == 3

    live = json.loads((corpus.paths.index_dir / CURRENT).read_text())["name"]
    again = add_document(corpus, make_pdf(GUIDE), "copy.pdf", Meta("Another title", "", "", 3))
    assert again.entry is None and "already in the corpus" in again.message
    assert json.loads((corpus.paths.index_dir / CURRENT).read_text())["name"] == live  # nothing changed
    assert len(list(corpus.paths.seeds_dir.glob("*.pdf"))) == 1

    removed, index = remove_document(corpus, entry.id[:6])
    assert removed.file == entry.file and not Path(entry.file).exists()
    assert not Path(entry.file).with_suffix(".toml").exists()
    assert len(index.passages) == seed_count and all(p.source != entry.file for p in index.passages)
    assert index.manifest["embedded_sources"] == 0
    assert len(list(cache.glob("*.npy"))) == 2  # the removed document's vectors left the cache


def test_unrated_upload_is_labelled_unrated(corpus: Settings) -> None:
    added = add_document(corpus, b"Rowing works the legs and the back.\n", "notes.txt", Meta())
    assert added.entry is not None
    source = added.index.sources[added.entry.file]
    assert source.strength == 0 and source.evidence.startswith("Unrated") and source.title == "notes"


def test_bad_uploads_change_nothing(corpus: Settings) -> None:
    open_index(corpus)
    files = sorted(p.name for p in corpus.paths.seeds_dir.iterdir())
    for data, name, meta in [
        (b"\x00\x01binary", "x.txt", Meta()),
        (b"A" * 2000, "big.txt", Meta()),
        (b"fine text", "x.txt", Meta(strength=5)),
        (b"fine text", "x.txt", Meta(title="two\nlines")),
        (b"   \n", "empty.txt", Meta()),
    ]:
        with pytest.raises(BotError):
            add_document(corpus, data, name, meta, max_bytes=1000)
    assert sorted(p.name for p in corpus.paths.seeds_dir.iterdir()) == files
    with pytest.raises(BotError):
        remove_document(corpus, "nonexistent")


def test_cli_add_sources_remove(corpus: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "plan.md"
    doc.write_text("# Plan\nA brisk walk of thirty minutes counts as moderate activity.\n", encoding="utf-8")
    dirs = ["--seeds-dir", str(corpus.paths.seeds_dir), "--index-dir", str(corpus.paths.index_dir)]
    assert main(["add", str(doc), "--title", "Walking plan", "--strength", "1", "--json", *dirs]) == 0
    added = json.loads(capsys.readouterr().out)["added"]
    assert added["title"] == "Walking plan" and added["strength"] == 1
    assert main(["sources", "--json", *dirs]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["id"] for r in rows} >= {added["id"]} and len(rows) == 3
    assert main(["remove", added["id"], *dirs]) == 0
    assert "removed" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["add", str(doc), "--strength", "7", *dirs])
    assert "strength is 1, 2 or 3" in capsys.readouterr().err


def test_sigkill_during_add_leaves_the_previous_index_answering(corpus: Settings, tmp_path: Path) -> None:
    first = open_index(corpus)
    live = json.loads((corpus.paths.index_dir / CURRENT).read_text())["name"]
    big = tmp_path / "long.txt"  # long enough that embedding it takes a few seconds
    big.write_text(
        "\n\n".join(
            f"Paragraph {i}: interval sessions of {i % 9 + 2} minutes raise heart rate." for i in range(800)
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "BOT_PATHS_SEEDS_DIR": str(corpus.paths.seeds_dir),
        "BOT_PATHS_INDEX_DIR": str(corpus.paths.index_dir),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "add", str(big), "--strength", "2", "-v"],
        cwd=REPO_ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # kill it once it is embedding
        if "indexing" in line:
            break
    time.sleep(1.5)
    assert proc.poll() is None, "the add finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert json.loads((corpus.paths.index_dir / CURRENT).read_text())["name"] == live
    assert verify(corpus.paths.index_dir / live) is None
    from bot.index import _load

    still = _load(corpus.paths.index_dir / live, live)
    hits = Retriever(corpus, index=still).search("Which types of exercise are best for brain health?", 3)
    assert hits and len(still.passages) == len(first.passages)
    rebuilt = open_index(corpus)  # the next start indexes the document the add had stored
    assert len(rebuilt.passages) > len(first.passages)
