"""Sources: read the corpus folder into ``(Source, text)`` pairs, safely.

Every ``*.txt`` / ``*.md`` file in the seeds folder is a document; its metadata lives in a sidecar
``<stem>.toml`` beside it (title, kind, evidence label, strength, publisher, author, date) so the text
stays byte-for-byte as received and offsets stay exact. A file without a sidecar still indexes, with
its first line as title, kind "unrated document" and an "unrated source" label.

A sidecar may also name page furniture the general rules miss (``bot.furniture``): ``exclude =
["regex", …]`` (a sentence any pattern matches) and ``exclude_ranges = [[start, end], …]``
(character offsets into the text). They come back as ``Document.exclude`` for ``chunking.chunk``.

Files that cannot be read as a document are skipped with a warning that names them: empty, binary,
not UTF-8, larger than the limit, a duplicate of another file, or a link that leads outside the folder.
Of two files with the same content, the one with a sidecar (the rated copy) is kept, else the first
in name order.
Text is read exactly as ``Path.read_text(encoding="utf-8")`` reads it, so ``text[start:end]`` offsets
agree with anyone who opens the file the same way. An ``.html`` / ``.htm`` page is the exception: its
main text, extracted offline by ``bot.extract`` (navigation, footers and scripts dropped; headings
kept as ``#`` lines, lists as ``-`` items, paragraphs apart), is the document's canonical text. A
``.pdf`` likewise: its pages' text without running heads and feet, joined by a form feed
(``PAGE_BREAK``), so ``page_of(text, offset)`` says which page a citation is on with no other
record. ``document_text(path)`` gives the canonical text of any document: everything that
maps offsets back to a source must read it through this function, not ``Path.read_text``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import REPO_ROOT
from bot.errors import BotError
from bot.extract import PAGE_BREAK, html_main_text, pdf_text
from bot.furniture import Overrides
from bot.types import Source

log = logging.getLogger("bot")

DOC_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
MAX_SOURCE_BYTES = 20 * 1024 * 1024  # a 20 MB text is a book; bigger is almost surely a mistake
UNRATED = "Unrated source: no metadata sidecar, strength unknown"
UNRATED_KIND = "unrated document"


@dataclass(frozen=True)
class Document:
    source: Source
    text: str
    exclude: Overrides = field(default_factory=Overrides)  # sidecar furniture overrides


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def display_path(path: Path) -> str:
    """Path relative to the repository when inside it (what passages store), else absolute.

    Not ``resolve()``d: a symlink is named by its own path, so a warning names the file a person put
    in the folder, not wherever it points.
    """
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return absolute.as_posix()


def source_path(source: str) -> Path:
    """The file a passage's ``source`` names."""
    p = Path(source)
    return p if p.is_absolute() else REPO_ROOT / p


def candidate_files(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        raise BotError(
            f"corpus folder {seeds_dir} does not exist",
            "create it and put .txt/.md files in it, or set BOT_PATHS_SEEDS_DIR",
        )
    return sorted(
        p
        for p in seeds_dir.rglob("*")
        if p.suffix.lower() in DOC_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(seeds_dir).parts)
    )


def load_corpus(seeds_dir: Path, max_bytes: int = MAX_SOURCE_BYTES) -> tuple[list[Document], list[Skipped]]:
    """All readable documents under ``seeds_dir`` and the files skipped (each also logged)."""
    root = seeds_dir.resolve()
    readable: list[tuple[Path, str, str, str]] = []  # (path, name, text, digest)
    problems: dict[str, str] = {}
    for path in candidate_files(seeds_dir):
        name = display_path(path)
        reason = _why_unreadable(path, root, max_bytes)
        text = ""
        if reason is None:
            try:
                text = document_text(path)
            except UnicodeDecodeError:
                reason = "not UTF-8 text (convert it with `iconv -t UTF-8`)"
            except BotError as exc:
                reason = exc.message
        if reason is None and not text.replace(PAGE_BREAK, "").strip():
            reason = (
                "no main text found in the page"
                if _is_html(path)
                else "no text layer (a scanned PDF? run OCR first)"
                if _is_pdf(path)
                else "empty"
            )
        if reason is None:
            readable.append((path, name, text, hashlib.sha256(text.encode()).hexdigest()))
        else:
            problems[name] = reason
    # Of identical files keep the rated copy (with a sidecar), else the first in name order.
    keeper: dict[str, tuple[Path, str]] = {}
    for path, name, _, digest in readable:
        held = keeper.get(digest)
        if held is None or (_has_sidecar(path) and not _has_sidecar(held[0])):
            keeper[digest] = (path, name)
    docs: list[Document] = []
    for path, name, text, digest in readable:
        kept_name = keeper[digest][1]
        if kept_name != name:
            problems[name] = f"duplicate of {kept_name}"
            continue
        source, exclude = read_metadata(path, text, name, digest), read_exclude(path, text)
        docs.append(Document(source, text, exclude))
    skipped: list[Skipped] = []
    for name, reason in sorted(problems.items()):
        log.warning("skipping %s: %s", name, reason)
        skipped.append(Skipped(name, reason))
    return docs, skipped


def _is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def _is_pdf(path: Path) -> bool:
    return path.suffix.lower() in PDF_SUFFIXES


def document_text(path: Path) -> str:
    """The canonical text of a document: the file as UTF-8 text, a page's extracted main text, or a
    PDF's pages' text joined by ``PAGE_BREAK``.

    Raises ``UnicodeDecodeError`` for a text file that is not UTF-8 and ``BotError`` for a PDF that
    cannot be parsed. Deterministic: the same bytes (and the pinned extractor) always give the same
    text, so stored offsets stay valid.
    """
    if _is_pdf(path):
        return pdf_text(path.read_bytes())
    if not _is_html(path):
        path.read_bytes().decode("utf-8")  # strict check; read_text below gives the same characters
        return path.read_text(encoding="utf-8")
    return html_main_text(path.read_bytes())


def page_of(text: str, offset: int) -> int:
    """The 1-based page of ``text[offset]`` in a PDF's canonical text (1 for any other document)."""
    return text.count(PAGE_BREAK, 0, max(0, offset)) + 1


def _html_title(path: Path) -> str:
    import trafilatura

    meta = trafilatura.extract_metadata(path.read_bytes())
    return (meta.title or "").strip() if meta is not None else ""


def _has_sidecar(path: Path) -> bool:
    return path.with_suffix(".toml").is_file()


def _why_unreadable(path: Path, root: Path, max_bytes: int) -> str | None:
    resolved = path.resolve()
    if not resolved.is_relative_to(root):
        return "links outside the corpus folder"
    if not resolved.is_file():
        return "not a regular file"
    size = resolved.stat().st_size
    if size > max_bytes:
        return f"{size / 1e6:.0f} MB is over the {max_bytes / 1e6:.0f} MB limit (split it)"
    with resolved.open("rb") as fh:
        head = fh.read(8192)
    if _is_pdf(path):
        return None if head.startswith(b"%PDF-") else "not a PDF (no %PDF- header)"
    if b"\x00" in head:
        return "binary file"
    return None


def _sidecar(path: Path) -> dict[str, object]:
    sidecar = path.with_suffix(".toml")
    if not sidecar.is_file():
        return {}
    try:
        return tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        log.warning("ignoring metadata %s: %s", display_path(sidecar), exc)
        return {}


def read_exclude(path: Path, text: str) -> Overrides:
    """The sidecar's furniture overrides; a bad pattern or range is skipped with a warning."""
    meta = _sidecar(path)
    where = display_path(path.with_suffix(".toml"))
    patterns: list[str] = []
    raw_patterns = meta.get("exclude", [])
    for pattern in raw_patterns if isinstance(raw_patterns, list) else [raw_patterns]:
        try:
            re.compile(str(pattern))
            patterns.append(str(pattern))
        except re.error as exc:
            log.warning("ignoring exclude pattern %r in %s: %s", pattern, where, exc)
    ranges: list[tuple[int, int]] = []
    raw_ranges = meta.get("exclude_ranges", [])
    for pair in raw_ranges if isinstance(raw_ranges, list) else []:
        ok = (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(x, int) for x in pair)
            and 0 <= pair[0] < pair[1] <= len(text)
        )
        if ok:
            ranges.append((pair[0], pair[1]))
        else:
            log.warning("ignoring exclude range %r in %s: want [start, end] within the text", pair, where)
    return Overrides(tuple(patterns), tuple(ranges))


def read_metadata(path: Path, text: str, name: str, digest: str) -> Source:
    """Metadata from ``<stem>.toml`` beside the file; an unrated document when it is missing."""
    meta = _sidecar(path)
    rated = "evidence" in meta or "strength" in meta  # a sidecar that rates it, readable
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
    if _is_html(path) and not meta.get("title"):
        first_line = _html_title(path) or first_line
    try:
        strength = int(meta.get("strength", 0))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        strength = 0
    return Source(
        path=name,
        title=str(meta.get("title") or first_line[:120]),
        kind=str(meta.get("kind") or ("document" if rated else UNRATED_KIND)),
        evidence=str(meta.get("evidence") or UNRATED),
        strength=strength,
        publisher=str(meta.get("publisher", "")),
        author=str(meta.get("author", "")),
        date=str(meta.get("date", "")),
        url=str(meta.get("url", "")),
        sha256=digest,
    )


def metadata_files(seeds_dir: Path) -> list[Path]:
    """Sidecars of documents, for the index fingerprint (editing a label rebuilds the index)."""
    docs = {p.with_suffix("") for p in candidate_files(seeds_dir)}
    return sorted(p for p in seeds_dir.rglob("*.toml") if p.is_file() and p.with_suffix("") in docs)
