"""Turn the hand-written cut lists in ``<sample>.json`` into gold sentence-end offsets.

Each sample's ``cuts`` are pairs ``[left, right]`` written by hand: a sentence ends right after
``left`` and the next one starts with ``right`` (whitespace between them is skipped). The pair
must occur exactly once in the text. When ``line_ends_are_boundaries`` is true, every non-empty
line also ends a sentence (the sample has no hard-wrapped lines); otherwise every boundary is a cut,
and the last sentence's end is added. No segmenter is involved: run
``.venv/bin/python eval/segmentation/label.py`` after editing a cut list to refresh ``boundaries``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def gold_boundaries(text: str, sample: dict) -> list[int]:
    ends: set[int] = set()
    if sample["line_ends_are_boundaries"]:
        pos = 0
        for raw in text.splitlines(keepends=True):
            line = raw.rstrip("\r\n")
            if line.strip():
                ends.add(pos + len(line.rstrip()))
            pos += len(raw)
    else:
        ends.add(len(text.rstrip()))
    for left, right in sample["cuts"]:
        found = [m.start() for m in re.finditer(re.escape(left) + r"\s+" + re.escape(right), text)]
        if len(found) != 1:
            raise SystemExit(f"cut {left!r} | {right!r} occurs {len(found)} times")
        ends.add(found[0] + len(left))
    return sorted(ends)


def main() -> None:
    for path in sorted(HERE.glob("*.json")):
        sample = json.loads(path.read_text(encoding="utf-8"))
        text = (HERE / sample["text"]).read_text(encoding="utf-8")
        sample["boundaries"] = gold_boundaries(text, sample)
        path.write_text(json.dumps(sample, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(sample['boundaries'])} sentence ends")


if __name__ == "__main__":
    main()
