"""Write measured results into a Markdown document between ``<!-- NAME:start -->`` markers.

The one section writer: ``eval``, ``bench`` and ``loadtest --write-docs`` use it so ``docs/*.md``
always show what a real run printed, never hand-copied numbers; ``config --readme`` rewrites the
README's settings table with it. Hands on: ``write_section(path, name, body) -> path``.
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
