"""The corpus as a library: add a document, list the documents, remove one; the index follows.

``add_document(settings, data, filename, meta)`` checks the bytes (size, type by content, not by
name: UTF-8 text, an HTML page or a ``%PDF-`` file), refuses a document whose text is already in the
corpus, stores it in the corpus folder under a generated name (``<slug>-<8 hex>.<ext>``, never the
name it came with) beside a sidecar holding the metadata given, then rebuilds the index. The build is
incremental (``bot.index`` caches vectors per document), so only the new document is embedded, and
the switch is atomic: until it is done, and if the process dies first, the previous index serves.

``list_sources(settings)`` gives one ``Entry`` per file (id, file, size, kind, label, passages, or why
it was skipped); ``remove_document(settings, ident)`` deletes a document and its sidecar and rebuilds.
The CLI (``python -m bot add|sources|remove``) and the browser's Sources tab (``bot.ui``) call these.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from bot.config import Settings
from bot.errors import BotError
from bot.index import Index, open_index
from bot.sources import (
    DOC_SUFFIXES,
    HTML_SUFFIXES,
    MAX_SOURCE_BYTES,
    PDF_SUFFIXES,
    display_path,
    document_text,
    load_corpus,
)

log = logging.getLogger("bot")

MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # what the browser may send; the CLI allows up to MAX_SOURCE_BYTES
LABELS = {  # the label shown beside every citation of a document rated when it was added
    3: "Rated strong (3 of 3) by the person who added it",
    2: "Rated moderate (2 of 3) by the person who added it",
    1: "Rated weak (1 of 3) by the person who added it: opinion or unreviewed",
}


@dataclass(frozen=True)
class Meta:
    """What the person adding a document says about it; ``strength`` None leaves it unrated."""

    title: str = ""
    kind: str = ""
    date: str = ""
    strength: int | None = None
    url: str = ""


@dataclass(frozen=True)
class Entry:
    """One file of the corpus folder as listed by ``sources``."""

    id: str  # first 10 hex of the document text's sha256 ("" for a skipped file)
    file: str
    size: int
    title: str
    kind: str
    strength: int
    label: str
    passages: int
    status: str  # "indexed", "not indexed yet" or "skipped: <why>"

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Added:
    entry: Entry | None  # None when nothing changed
    message: str
    index: Index


def sniff(data: bytes, suffix: str) -> str:
    """The document type the bytes really are ("pdf", "html" or "text"), or ``BotError``.

    The name's extension must agree with the content: a PDF must start ``%PDF-``; HTML and text
    must be UTF-8 without NUL bytes, and an ``.html`` file must look like markup.
    """
    suffix = suffix.lower()
    if suffix not in DOC_SUFFIXES:
        raise BotError(
            f"{suffix or 'a file without an extension'} is not a document type the bot reads",
            f"add one of: {', '.join(DOC_SUFFIXES)}",
        )
    if suffix in PDF_SUFFIXES:
        if not data.startswith(b"%PDF-"):
            raise BotError("the file is named .pdf but is not a PDF", "add the real PDF file")
        return "pdf"
    if data.startswith(b"%PDF-") or b"\x00" in data[:65536]:
        raise BotError("the file is binary, not text", "save it as UTF-8 text, HTML or PDF")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BotError("the file is not UTF-8 text", "convert it with `iconv -t UTF-8`") from exc
    if suffix in HTML_SUFFIXES:
        if not re.search(r"<\s*(html|body|p|div|article|h1|!doctype)\b", text[:65536], re.I):
            raise BotError("the file is named .html but holds no HTML markup", "save it as .txt instead")
        return "html"
    return "text"


def safe_name(title: str, original: str, digest: str, suffix: str) -> str:
    """``<slug>-<8 hex>.<ext>``: ASCII letters, digits and dashes only, whatever the input."""
    base = title or Path(original).stem
    ascii_ = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:50].strip("-") or "document"
    return f"{slug}-{digest[:8]}{suffix.lower()}"


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def sidecar_text(meta: Meta, original: str) -> str:
    lines = ["# Written by `python -m bot add` (or the Sources tab). Edit freely; the index follows."]
    lines.append(f"title = {_toml_string(meta.title.strip())}")
    if meta.kind.strip():
        lines.append(f"kind = {_toml_string(meta.kind.strip())}")
    lines.append(f"date = {_toml_string(meta.date.strip())}")
    lines.append(f"url = {_toml_string(meta.url.strip())}")
    lines.append(f"original = {_toml_string(Path(original).name)}")
    if meta.strength is not None:
        lines.append(f"strength = {meta.strength}")
        lines.append(f"evidence = {_toml_string(LABELS[meta.strength])}")
    else:
        lines.append("# no strength given: an unrated source (ranked below rated ones, labelled unrated)")
    return "\n".join(lines) + "\n"


def check_meta(meta: Meta) -> Meta:
    if meta.strength is not None and meta.strength not in LABELS:
        raise BotError(f"strength {meta.strength} is not 1, 2 or 3", "give 1, 2 or 3, or leave it empty")
    for name in ("title", "kind", "date", "url"):
        value = getattr(meta, name)
        if len(value) > 300 or any(unicodedata.category(ch) == "Cc" for ch in value):
            raise BotError(f"the {name} is too long or holds control characters", "give one plain line")
    return meta


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".adding-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_document(
    settings: Settings,
    data: bytes,
    filename: str,
    meta: Meta,
    max_bytes: int = MAX_SOURCE_BYTES,
    progress: Callable[[str], None] | None = None,
    embedder: object | None = None,
) -> Added:
    """Store ``data`` as a new document of the corpus and rebuild the index (see the module doc)."""
    say = progress or (lambda _msg: None)
    meta = check_meta(meta)
    if len(data) > max_bytes:
        raise BotError(
            f"the file has {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB",
            "split it into smaller documents",
        )
    suffix = Path(filename).suffix.lower()
    sniff(data, suffix)
    seeds = settings.paths.seeds_dir
    seeds.mkdir(parents=True, exist_ok=True)
    say("reading the document")
    with tempfile.TemporaryDirectory(prefix=".check-", dir=seeds) as tmp:
        probe = Path(tmp) / f"probe{suffix}"
        probe.write_bytes(data)
        try:
            text = document_text(probe)
        except UnicodeDecodeError as exc:
            raise BotError("the file is not UTF-8 text", "convert it with `iconv -t UTF-8`") from exc
    if not text.replace("\f", "").strip():
        raise BotError("no text found in the file", "for a scanned PDF run OCR first; else add a text file")
    digest = hashlib.sha256(text.encode()).hexdigest()
    docs, _ = load_corpus(seeds)
    for doc in docs:
        if doc.source.sha256 == digest:
            say("already in the corpus")
            index = open_index(settings, embedder=embedder)  # type: ignore[arg-type]
            return Added(None, f"already in the corpus as {doc.source.path}: nothing changed", index)
    name = safe_name(meta.title, filename, digest, suffix)
    target = seeds / name
    meta = (
        meta if meta.title.strip() else Meta(Path(filename).stem[:120], meta.kind, meta.date, meta.strength)
    )
    # Sidecar first (ignored while its document is absent), then the document: a crash in between
    # leaves the corpus as it was plus an orphan sidecar that the next add of the same text reuses.
    _write_atomic(target.with_suffix(".toml"), sidecar_text(meta, filename).encode())
    _write_atomic(target, data)
    log.info("added %s as %s", filename, display_path(target))
    say("indexing (embedding the new passages)")
    index = open_index(settings, embedder=embedder)  # type: ignore[arg-type]
    entry = next((e for e in list_sources(settings, index) if e.file == display_path(target)), None)
    say("indexed")
    passages = entry.passages if entry else 0
    return Added(entry, f"added {display_path(target)}: {passages} passages indexed", index)


def list_sources(settings: Settings, index: Index | None = None) -> list[Entry]:
    """Every file of the corpus folder: the documents (with their passage counts in ``index``) and
    the files skipped, with why."""
    docs, skipped = load_corpus(settings.paths.seeds_dir)
    counts: dict[str, int] = {}
    if index is not None:
        for p in index.passages:
            counts[p.source] = counts.get(p.source, 0) + 1
    entries = []
    for doc in docs:
        s = doc.source
        size = _size(None, s.path)
        indexed = index is not None and s.path in index.sources
        entries.append(
            Entry(
                id=s.sha256[:10],
                file=s.path,
                size=size,
                title=s.title,
                kind=s.kind,
                strength=s.strength,
                label=s.evidence,
                passages=counts.get(s.path, 0),
                status="indexed" if indexed else "not indexed yet",
            )
        )
    for skip in skipped:
        entries.append(
            Entry("", skip.path, _size(None, skip.path), "", "", 0, "", 0, f"skipped: {skip.reason}")
        )
    return entries


def _size(path: Path | None, name: str) -> int:
    from bot.sources import source_path

    for candidate in (path, source_path(name)):
        if candidate is not None and candidate.is_file():
            return candidate.stat().st_size
    return 0


def find(settings: Settings, ident: str) -> Entry:
    """The listed document whose id starts with ``ident`` or whose file name is ``ident``."""
    ident = ident.strip()
    matches = [
        e
        for e in list_sources(settings)
        if e.id
        and ((len(ident) >= 4 and e.id.startswith(ident.lower())) or ident in {e.file, Path(e.file).name})
    ]
    if len(matches) != 1:
        raise BotError(
            f"{'no' if not matches else 'more than one'} document matches {ident!r}",
            "see `python -m bot sources` for the ids",
        )
    return matches[0]


def remove_document(settings: Settings, ident: str, embedder: object | None = None) -> tuple[Entry, Index]:
    """Delete a document (and its sidecar) from the corpus folder, then rebuild the index."""
    from bot.sources import source_path

    entry = find(settings, ident)
    docs, _ = load_corpus(settings.paths.seeds_dir)
    if len(docs) <= 1:
        raise BotError("that is the last document of the corpus", "add another document before removing it")
    path = source_path(entry.file)
    root = settings.paths.seeds_dir.resolve()
    if not path.resolve().is_relative_to(root):
        raise BotError(f"{entry.file} is not inside the corpus folder", "remove it by hand")
    path.unlink()
    path.with_suffix(".toml").unlink(missing_ok=True)
    log.info("removed %s", entry.file)
    return entry, open_index(settings, embedder=embedder)  # type: ignore[arg-type]
