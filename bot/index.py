"""Index: passages + vectors + BM25 on disk, keyed by a fingerprint of what built them.

``open_index(settings)`` is the one entry point: it returns a ready ``Index``, building or
rebuilding it when it is missing, stale (seeds, metadata, chunking or embedding model changed) or
corrupt (a file's hash does not match the manifest, or it does not parse), and says why on the log.

On disk (no pickle anywhere)::

    index/current.json            {"name": "<fingerprint>"}: which folder is live
    index/vectors/<key>.npy       one document's passage vectors, key = sha256(embedder + the texts
                                  embedded): a build embeds only documents whose passages are new
    index/<fingerprint>/manifest.json   settings, counts and the sha256 of every file below
                        vectors.faiss   faiss.write_index of the normalized vectors
                        vectors.npy     the same vectors (for index types that do not keep them)
                        passages.json   id, source, start, end, heading, text per passage
                        sources.json    the Source metadata
                        bm25_vocab.json, bm25_weights.npz

A build is incremental: passages are cut for every document (cheap), but a document's vectors are
read from ``index/vectors/`` when the same embedder already embedded the same passage texts, so
adding or removing one document embeds only that one. The FAISS index and BM25 are then rebuilt from
the vectors (seconds even for large corpora); cache entries no build uses any more are removed.
A build writes into a temporary folder, renames it into place, then atomically replaces
``current.json``; a crash at any point leaves the previous good index live. A lock file keeps two
processes from building at once.

A loaded ``Index`` holds everything in memory (nothing is memory-mapped: a file truncated under a
map kills the process with SIGBUS), and remembers the size, mtime and inode of the files it came
from; ``changed_on_disk(index)`` is a cheap stat that says whether they were touched since, so a
long-running process (the app) can reload or rebuild instead of serving from a stale folder.
"""

from __future__ import annotations

import bisect
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

import faiss
import numpy as np

from bot.chunking import chunk
from bot.config import Settings
from bot.embedding import Embedder, load_embedder, passage_embedder
from bot.errors import BotError
from bot.lexical import BM25
from bot.sources import Skipped, candidate_files, display_path, load_corpus, metadata_files
from bot.types import Passage, Source
from bot.vectors import (
    make_faiss_index,
    read_vectors,
    resolve_factory,
)

log = logging.getLogger("bot")

SCHEMA = 1  # bump when the on-disk layout changes: old indexes then rebuild themselves
CURRENT = "current.json"
VECTOR_CACHE = "vectors"  # index/vectors/<key>.npy


@dataclass
class Index:
    folder: Path
    fingerprint: str
    passages: list[Passage]
    sources: dict[str, Source]
    vectors: np.ndarray  # (n, dim) float32, in memory (a view of the FAISS storage when it is flat)
    faiss_index: faiss.Index
    bm25: BM25
    manifest: dict
    built: bool = False  # True when this call built it (the CLI reports it)
    skipped: tuple[Skipped, ...] = ()
    stamp: tuple[tuple[str, int, int, int], ...] = ()  # (file, size, mtime_ns, inode) when loaded

    def passage_at(self, source: str, offset: int) -> Passage | None:
        """The passage of ``source`` that holds character ``offset`` (None in excluded text)."""
        row = self.row_at(source, offset)
        return None if row is None else self.passages[row]

    def row_at(self, source: str, offset: int) -> int | None:
        """Row (in ``passages`` and ``vectors``) of the passage of ``source`` that holds ``offset``:
        a binary search in the source's passages (every follow-up asks, on corpora of any size)."""
        rows = self._rows_by_source.get(source, [])
        at = bisect.bisect_right(rows, (offset, float("inf"))) - 1
        # passages overlap by a sentence or so: the first (earliest) one that holds the offset
        for start, row in rows[max(0, at - 3) : at + 1]:
            if start <= offset < self.passages[row].end:
                return row
        return None

    @cached_property
    def _rows_by_source(self) -> dict[str, list[tuple[int, int]]]:
        """(start, row) of every passage, per source, sorted by start."""
        rows: dict[str, list[tuple[int, int]]] = {}
        for i, p in enumerate(self.passages):
            rows.setdefault(p.source, []).append((p.start, i))
        for found in rows.values():
            found.sort()
        return rows


def file_stamp(folder: Path) -> tuple[tuple[str, int, int, int], ...]:
    """(name, size, mtime_ns, inode) of ``current.json`` and every file of ``folder`` (-1s if missing)."""
    paths = [folder.parent / CURRENT, *sorted(folder.iterdir() if folder.is_dir() else [])]
    stamp = []
    for path in paths:
        try:
            st = path.stat()
            stamp.append((path.name, st.st_size, st.st_mtime_ns, st.st_ino))
        except OSError:
            stamp.append((path.name, -1, -1, -1))
    return tuple(stamp)


def changed_on_disk(index: Index) -> str | None:
    """None if the files ``index`` was loaded from are as they were, else which changed (a few stats)."""
    now = file_stamp(index.folder)
    if now == index.stamp:
        return None
    before = {name: rest for name, *rest in index.stamp}
    after = {name: rest for name, *rest in now}
    names = sorted(n for n in before.keys() | after.keys() if before.get(n) != after.get(n))
    return ", ".join(names) or "the index folder"


# The code that turns files into passages and terms is part of what built an index: a change to any
# of these modules makes every index stale (tests/test_index.py checks the list against the imports).
BUILT_BY = (
    "chunking.py",
    "extract.py",
    "furniture.py",
    "lexical.py",
    "sources.py",
    "text.py",
    "wordlists.py",
)


def fingerprint(settings: Settings) -> str:
    """Hash of the corpus bytes, its metadata, the chunking code and settings, embedder and index type."""
    h = hashlib.sha256()
    h.update(f"schema={SCHEMA}\n".encode())
    for module in BUILT_BY:
        h.update(hashlib.sha256((Path(__file__).parent / module).read_bytes()).digest())
    h.update(json.dumps(asdict(settings.chunking), sort_keys=True).encode())
    # The backend changes the vectors (int8, bf16): an index built with one is never queried with
    # another. float32 torch and float32 onnx ("auto") give the same vectors (cosine 1 - 1e-7), so
    # neither adds anything: indexes built before backends existed stay current.
    same = ("torch", "auto", "onnx")
    backend = "" if settings.embedding.backend in same else f"+{settings.embedding.backend}"
    h.update(f"\nmodel={settings.embedding.model}{backend}\nfactory={settings.index.factory}\n".encode())
    passages = settings.embedding.passage_backend
    if passages not in ("same", settings.embedding.backend):
        h.update(f"passages={passages}\n".encode())  # the passage vectors come from another backend
    seeds = settings.paths.seeds_dir
    for path in candidate_files(seeds) + metadata_files(seeds):
        h.update(display_path(path).encode())
        with contextlib.suppress(OSError):
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:16]


def embed_text(p: Passage) -> str:
    """What gets embedded: the passage, led by its section heading when the heading is not in it."""
    return p.text if not p.heading or p.text.startswith(p.heading) else f"{p.heading}\n{p.text}"


@contextlib.contextmanager
def _build_lock(index_dir: Path) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def open_index(settings: Settings, rebuild: bool = False, embedder: Embedder | None = None) -> Index:
    """A ready index: loaded if current and intact, otherwise (re)built. Says why it rebuilt."""
    index_dir = settings.paths.index_dir
    fp = fingerprint(settings)
    if not rebuild:
        reason = _why_not_usable(index_dir, fp)
        if reason is None:
            return _load(index_dir / fp, fp)
        log.warning("index %s: rebuilding", reason)
    with _build_lock(index_dir):
        # Another process may have finished the same build while we waited for the lock.
        if not rebuild and _why_not_usable(index_dir, fp) is None:
            return _load(index_dir / fp, fp)
        return build(settings, fp, embedder)


def _why_not_usable(index_dir: Path, fp: str) -> str | None:
    try:
        live = json.loads((index_dir / CURRENT).read_text(encoding="utf-8"))["name"]
    except FileNotFoundError:
        return "is missing"
    except (ValueError, KeyError, TypeError):
        return "pointer current.json is corrupt"
    if live != fp:
        return "is stale (seeds, metadata or settings changed)"
    return verify(index_dir / fp)


def verify(folder: Path) -> str | None:
    """None if every file matches the manifest's hash, else what is wrong."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        files = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return "manifest is missing or corrupt"
    for name, digest in files.items():
        path = folder / name
        if not path.is_file() or _sha256(path) != digest:
            return f"file {name} is missing or corrupt"
    return None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def build(settings: Settings, fp: str | None = None, embedder: Embedder | None = None) -> Index:
    """Chunk, embed and index the corpus; write atomically; make it live."""
    started = time.perf_counter()
    fp = fp or fingerprint(settings)
    docs, skipped = load_corpus(settings.paths.seeds_dir)
    if not docs:
        raise BotError(
            f"no readable documents in {settings.paths.seeds_dir}",
            "add .txt or .md files to the corpus folder (see README: Corpus)",
        )
    per_doc = [chunk(d.text, d.source.path, settings.chunking, d.exclude) for d in docs]
    passages = [p for group in per_doc for p in group]
    embedder = passage_embedder(settings.embedding, embedder or load_embedder(settings.embedding))
    vectors, embedded = cached_vectors(settings.paths.index_dir / VECTOR_CACHE, per_doc, embedder)
    factory = resolve_factory(settings.index.factory, len(passages))
    index = make_faiss_index(vectors, factory)
    bm25 = BM25.build([embed_text(p) for p in passages])

    index_dir = settings.paths.index_dir
    index_dir.mkdir(parents=True, exist_ok=True)
    for stale in index_dir.glob(".building-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a killed build
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=index_dir))
    faiss.write_index(index, str(tmp / "vectors.faiss"))
    np.save(tmp / "vectors.npy", vectors, allow_pickle=False)
    _write_json(tmp / "passages.json", [asdict(p) for p in passages])
    _write_json(tmp / "sources.json", [d.source.to_json() for d in docs])
    names = ["vectors.faiss", "vectors.npy", "passages.json", "sources.json", *bm25.save(tmp)]
    manifest = {
        "schema": SCHEMA,
        "fingerprint": fp,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "embedder": embedder.name,
        "dim": int(vectors.shape[1]),
        "factory": factory,
        "passages": len(passages),
        "sources": len(docs),
        "skipped": [asdict(s) for s in skipped],
        "embedded_sources": embedded,  # documents embedded by this build (the rest came from the cache)
        "build_seconds": round(time.perf_counter() - started, 3),
        "files": {n: _sha256(tmp / n) for n in names},
    }
    _write_json(tmp / "manifest.json", manifest)
    _fsync_dir(tmp)
    final = index_dir / fp
    if final.exists():
        shutil.rmtree(final)
    os.rename(tmp, final)
    _write_json(index_dir / CURRENT, {"name": fp})  # the atomic switch
    for old in index_dir.iterdir():  # earlier indexes only: other folders (models/) stay
        if old.name != fp and (old / "manifest.json").is_file():
            shutil.rmtree(old, ignore_errors=True)
    _prune_cache(index_dir / VECTOR_CACHE, {_cache_key(embedder.name, g) for g in per_doc})
    loaded = _load(final, fp)
    loaded.built = True
    loaded.skipped = tuple(skipped)
    return loaded


def _cache_key(embedder_name: str, passages: list[Passage]) -> str:
    h = hashlib.sha256(f"schema={SCHEMA}\nembedder={embedder_name}\n".encode())
    for p in passages:
        h.update(embed_text(p).encode())
        h.update(b"\x00")
    return h.hexdigest()


def cached_vectors(cache: Path, per_doc: list[list[Passage]], embedder: Embedder) -> tuple[np.ndarray, int]:
    """The vectors of every passage, in order, and how many documents had to be embedded now.

    A document whose passage texts the same embedder embedded before is read from ``cache``; the
    others are embedded in one batch and written there (temp file + rename, so a crash leaves no
    half file; a cache file that does not parse is embedded again).
    """
    cache.mkdir(parents=True, exist_ok=True)
    parts: list[np.ndarray | None] = []
    missing: list[int] = []
    for i, group in enumerate(per_doc):
        path = cache / f"{_cache_key(embedder.name, group)}.npy"
        try:
            got = np.load(path, allow_pickle=False)
            ok = got.ndim == 2 and got.shape[0] == len(group) and got.dtype == np.float32
        except (OSError, ValueError):
            got, ok = None, False
        parts.append(got if ok else None)
        if not ok:
            missing.append(i)
    if missing:
        texts = [embed_text(p) for i in missing for p in per_doc[i]]
        fresh = np.asarray(embedder.encode(texts), dtype=np.float32) if texts else None
        pos = 0
        for i in missing:
            n = len(per_doc[i])
            block = fresh[pos : pos + n] if fresh is not None else np.zeros((0, 0), np.float32)
            pos += n
            parts[i] = block
            if n:
                key = _cache_key(embedder.name, per_doc[i])
                tmp = cache / f".{key}.{os.getpid()}.tmp.npy"
                np.save(tmp, block, allow_pickle=False)
                os.replace(tmp, cache / f"{key}.npy")
    blocks = [b for b in parts if b is not None and b.shape[0]]
    vectors = np.ascontiguousarray(np.concatenate(blocks), dtype=np.float32)
    return vectors, len(missing)


def _prune_cache(cache: Path, keep: set[str]) -> None:
    for path in cache.glob("*.npy"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)
    for path in cache.glob(".*.tmp.npy"):  # left by a killed build
        path.unlink(missing_ok=True)


def _write_json(path: Path, data: object) -> None:
    """Write to a temp file, fsync, rename: readers see the old file or the new one, never half."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _fsync_dir(folder: Path) -> None:
    for path in folder.iterdir():
        with path.open("rb") as fh:
            os.fsync(fh.fileno())


def _load(folder: Path, fp: str) -> Index:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        passages = [Passage(**p) for p in json.loads((folder / "passages.json").read_text(encoding="utf-8"))]
        sources = {
            s["path"]: Source(**s) for s in json.loads((folder / "sources.json").read_text(encoding="utf-8"))
        }
        stamp = file_stamp(folder)
        index = faiss.read_index(str(folder / "vectors.faiss"))
        vectors = read_vectors(index, folder)
        bm25 = BM25.load(folder)
    except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:
        raise BotError(
            f"index at {folder} cannot be read: {exc}", "run `python -m bot index --rebuild`"
        ) from exc
    return Index(folder, fp, passages, sources, vectors, index, bm25, manifest, stamp=stamp)
