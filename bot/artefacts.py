"""Artefacts built once from a model: a folder in a cache (a GGUF converted to safetensors, an ONNX
export), checked on every use and built again when damaged.

``built_once(target, build, what)`` returns ``target`` when its ``done`` record matches the files in
it. Otherwise, under a lock beside it (two processes never build the same folder at once), ``build``
writes the files into a temporary folder and returns what else the record should hold; the size and
sha256 of every file written go into ``done``, and the folder is renamed into place, so a crash leaves
the old folder or none, never half of one. ``problem(target)`` says what is wrong with a cached folder
(``None`` when nothing is), sizes first so a truncated file is found without hashing. Hands on: the
folder's ``Path`` and, via ``record(target)``, its ``done`` record.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("bot")


def built_once(target: Path, build: Callable[[Path], dict[str, Any]], what: str) -> Path:
    """``target``, built by ``build(folder)`` first if it is missing or damaged (``what`` names it in
    the log: "converting model.gguf to safetensors")."""
    if problem(target) is None:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        wrong = problem(target)  # another process may have built it meanwhile
        if wrong is None:
            return target
        if target.exists():
            log.warning("cache %s is unusable (%s): building it again", target, wrong)
        log.warning("%s once, into %s", what, target)
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
        try:
            extra = build(tmp)
            files = {
                p.name: {"size": p.stat().st_size, "sha256": sha256_of(p)}
                for p in sorted(tmp.iterdir())
                if p.is_file()
            }
            (tmp / "done").write_text(json.dumps({**extra, "files": files}), encoding="utf-8")
            if target.exists():
                shutil.rmtree(target)
            tmp.rename(target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def record(target: Path) -> dict[str, Any]:
    """The ``done`` record of a built folder."""
    data: dict[str, Any] = json.loads((target / "done").read_text(encoding="utf-8"))
    return data


def problem(target: Path) -> str | None:
    """None if every file the ``done`` record lists has its recorded size and sha256, else what is wrong."""
    try:
        files = record(target)["files"]
        if not isinstance(files, dict) or not files:
            return "its record of files is incomplete"
    except FileNotFoundError:
        return "not built yet"
    except (OSError, ValueError, KeyError, TypeError):
        return "no record of file sizes and hashes"
    for name, want in files.items():
        try:
            size = (target / name).stat().st_size
        except OSError:
            return f"{name} is missing"
        if size != want.get("size"):
            return f"{name} has {size} bytes, {want.get('size')} were written"
    for name, want in files.items():  # sizes first: a truncated file is found without hashing
        if sha256_of(target / name) != want.get("sha256"):
            return f"{name} does not match its sha256"
    return None


def sha256_of(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
