"""The README's command examples, run: every ``python -m bot …`` it shows parses, and the cheap ones work.

Every ``python -m bot`` line in a fenced shell block of README.md (and every inline one in README.md
and docs/*.md) must parse with the real CLI parser, optional ``[--flags]`` included: a renamed or
removed flag fails here (the parser takes no abbreviations). The cheap examples — ``index``,
``retrieve``, ``ask``, ``sources``, ``config``, ``eval`` — are then executed in-process against the
shared test index, as written plus ``--index-dir`` (and ``--extractive`` for ``ask``/``eval``, and
``--limit 2`` for ``eval``, so no language model loads), each checked for exit code 0 and output
that shows the command did its job. ``printf '…' | python -m bot …`` feeds the printf text as stdin.
"""

from __future__ import annotations

import io
import json
import re
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from bot.cli import build_parser, main
from bot.config import REPO_ROOT
from bot.retrieval import get_retriever
from tests.support import seed_settings

README = REPO_ROOT / "README.md"
FENCE = re.compile(r"^```(?:bash|sh|shell|console)\n(.*?)^```", re.MULTILINE | re.DOTALL)
INLINE = re.compile(r"`(?:\.venv/bin/)?(python -m bot [^`]+)`")
VALUES = {"K": "3", "N": "2", "1-3": "2"}  # placeholders whose type is checked by the parser
EXECUTED = {"index", "retrieve", "ask", "sources", "config", "eval"}  # cheap without the model
ADDED = {"ask": ["--extractive"], "eval": ["--extractive", "--limit", "2"]}


@dataclass(frozen=True)
class Example:
    line: str
    minimal: list[str]  # the command without its [optional] parts
    full: list[str]  # with every [optional] part, placeholders given values
    stdin: bytes | None = None  # what a ``printf '…' |`` in front pipes in
    mention: bool = False  # inline in prose: may name a command without its required arguments

    @property
    def runnable(self) -> bool:
        """No placeholder (FILE, ID, …) left in the minimal form."""
        return not any(re.fullmatch(r"[A-Z]+", t) for t in self.minimal)


def parse_example(line: str, mention: bool = False) -> Example | None:
    """The ``python -m bot`` command of one shell line (None when the line has none)."""
    tokens = shlex.split(line, comments=True)
    starts = [
        i
        for i in range(len(tokens) - 2)
        if tokens[i].endswith("python") and tokens[i + 1 : i + 3] == ["-m", "bot"]
    ]
    if not starts:
        return None
    stdin = None
    before = tokens[: starts[0]]
    if before[:1] == ["printf"] and before[-1:] == ["|"]:
        stdin = before[1].encode().decode("unicode_escape").encode()
    minimal: list[str] = []
    full: list[str] = []
    depth = 0
    for token in tokens[starts[0] + 3 :]:
        opens, closes = token.startswith("["), token.endswith("]")
        bare = token.strip("[]")
        depth += opens
        if depth == 0:
            minimal.append(bare)
        full.append(VALUES.get(bare, bare))
        depth -= closes
    return Example(line, minimal, full, stdin, mention)


def fenced_examples(markdown: str) -> list[Example]:
    found = (parse_example(line) for block in FENCE.findall(markdown) for line in block.splitlines())
    return [e for e in found if e is not None]


def inline_examples(markdown: str) -> list[Example]:
    found = (parse_example(m.replace("\\|", "|"), mention=True) for m in INLINE.findall(markdown))
    return [e for e in found if e is not None]


def parse_failures(examples: list[Example]) -> list[str]:
    """The examples the CLI parser rejects, each with argparse's message."""
    failures = []
    for e in examples:
        for argv in (e.minimal, e.full):
            err = io.StringIO()
            saved, sys.stderr = sys.stderr, err
            try:
                build_parser().parse_args(argv)
            except SystemExit:
                message = err.getvalue().strip().splitlines()[-1]
                if not (e.mention and "arguments are required" in message):
                    failures.append(f"{e.line!r}: {message}")
            finally:
                sys.stderr = saved
    return failures


def test_readme_has_command_examples_of_every_everyday_command() -> None:
    examples = fenced_examples(README.read_text(encoding="utf-8"))
    assert {e.minimal[0] for e in examples} >= EXECUTED | {"add", "remove", "bench"}
    assert any(e.stdin for e in examples), "the piped --chat example is gone"


def test_every_documented_command_parses() -> None:
    examples = fenced_examples(README.read_text(encoding="utf-8"))
    for path in [README, *sorted((REPO_ROOT / "docs").glob("*.md"))]:
        examples += inline_examples(path.read_text(encoding="utf-8"))
    assert len(examples) > 15
    assert parse_failures(examples) == []


def test_a_renamed_flag_or_command_is_caught() -> None:
    """The check can fail: README text with a flag or command that does not exist is rejected."""
    text = README.read_text(encoding="utf-8")
    for old, new in (("--chat", "--chatty"), ("[--rebuild]", "[--rebuilt]"), ("bot sources", "bot list")):
        assert old in text
        assert parse_failures(fenced_examples(text.replace(old, new))), new
    assert parse_failures(
        fenced_examples("```bash\npython -m bot ask --chat\n```\n".replace("--chat", "--cha"))
    )


Check = Callable[[str, Example], None]


def _index(out: str, e: Example) -> None:
    assert re.search(r"^index (built|up to date): \d+ passages from \d+ sources", out, re.MULTILINE)


def _retrieve(out: str, e: Example) -> None:
    assert f"Q: {e.minimal[-1]}" in out and re.search(r"^1\. .+\n   seeds/\S+ \[\d+:\d+\]", out, re.MULTILINE)


def _ask(out: str, e: Example) -> None:
    if e.stdin is not None:  # batch: one JSON answer per piped line, in order
        asked = [q for q in e.stdin.decode().splitlines() if q.strip()]
        assert [json.loads(line)["question"] for line in out.splitlines()] == asked
        return
    assert re.search(r"^\((extractive|generated|declined); retrieve \d+ ms", out, re.MULTILINE)
    assert re.search(r"^\[1\] .+ — ", out, re.MULTILINE), "an example question that is declined"


def _sources(out: str, e: Example) -> None:
    rated = [p.name for p in (REPO_ROOT / "seeds").glob("*.txt") if p.with_suffix(".toml").exists()]
    assert rated and all(name in out for name in rated)


def _config(out: str, e: Example) -> None:
    assert "| `BOT_PATHS_SEEDS_DIR` |" in out and "| `BOT_SERVE_PORT` |" in out


def _eval(out: str, e: Example) -> None:
    assert re.search(r"^(Questions|Conversations): 2 ", out, re.MULTILINE)
    assert "Strict support (bot.judge):" in out


CHECKS: dict[str, Check] = {
    "index": _index,
    "retrieve": _retrieve,
    "ask": _ask,
    "sources": _sources,
    "config": _config,
    "eval": _eval,
}


def _runnable() -> list[Example]:
    examples = fenced_examples(README.read_text(encoding="utf-8"))
    return [e for e in examples if e.minimal[0] in EXECUTED and e.runnable]


@pytest.mark.parametrize("example", _runnable(), ids=lambda e: " ".join(e.minimal)[:60])
def test_readme_example_runs(example: Example, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    get_retriever(seed_settings())  # the shared test index, built once
    command = example.minimal[0]
    argv = [*example.minimal, *ADDED.get(command, []), "--index-dir", str(seed_settings().paths.index_dir)]
    if example.stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(example.stdin), encoding="utf-8"))
    capsys.readouterr()
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 0, f"{example.line}\n{err}"
    assert out.strip(), example.line
    CHECKS[command](out, example)
