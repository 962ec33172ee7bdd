"""Write measured results into a Markdown document between ``<!-- NAME:start -->`` markers.

Used by ``eval --write-docs`` and ``bench --write-docs`` so ``docs/BENCHMARKS.md`` always shows
what a real run printed, never hand-copied numbers.
"""

from __future__ import annotations

from pathlib import Path


def write_section(path: Path, name: str, body: str) -> Path:
    """Replace the text between the ``name`` markers in ``path`` (appending the markers if absent)."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if start not in text or end not in text:
        text += f"\n{start}\n{end}\n"
    head, rest = text.split(start, 1)
    path.write_text(f"{head}{start}\n{body.rstrip()}\n{end}{rest.split(end, 1)[1]}", encoding="utf-8")
    return path
