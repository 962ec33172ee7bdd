"""The CLI driven as a user would: real processes, real models (few invocations: each loads ~9 s)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser
from bot.config import REPO_ROOT

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def _run(args: list[str], stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=ENV,
        cwd=REPO_ROOT,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-index")


def test_help_on_every_command() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"index", "retrieve", "ask", "eval", "bench", "config", "loadtest"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as done:
            parser.parse_args([name, "--help"])
        assert done.value.code == 0


def test_index_then_retrieve_json_with_exact_offsets(index_dir: Path) -> None:
    built = _run(["index", "--index-dir", str(index_dir), "--json"])
    assert built.returncode == 0, built.stderr
    summary = json.loads(built.stdout)
    assert summary["passages"] > 10 and summary["sources"] == 2 and summary["built"]
    q = "Which types of exercise are best for brain health?"
    out = _run(["retrieve", "--index-dir", str(index_dir), "--json", "-k", "3", q])
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["question"] == q and len(data["passages"]) == 3
    for rank, p in enumerate(data["passages"], start=1):
        assert {"rank", "id", "source", "title", "start", "end", "text", "score"} <= set(p)
        assert p["rank"] == rank
        assert (REPO_ROOT / p["source"]).read_text(encoding="utf-8")[p["start"] : p["end"]] == p["text"]


def test_batch_mode_one_json_line_per_question(index_dir: Path) -> None:
    questions = ["Is lifting good for my memory?", "", "How long until effects show?", "What is the CNS?"]
    out = _run(["retrieve", "--index-dir", str(index_dir), "-k", "2"], stdin="\n".join(questions) + "\n")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [x["question"] for x in lines] == [q for q in questions if q]
    assert all(len(x["passages"]) == 2 for x in lines)


def test_ask_batch_json_contract(index_dir: Path) -> None:
    stdin = "Is lifting weights good for my brain?\nWhat is the best keto diet?\n"
    out = _run(["ask", "--index-dir", str(index_dir)], stdin=stdin)
    assert out.returncode == 0, out.stderr
    answered, declined = (json.loads(line) for line in out.stdout.splitlines())
    for a in (answered, declined):
        assert {"question", "answer", "declined", "citations", "passages", "timings"} <= set(a)
        assert {"retrieve_ms", "total_ms"} <= set(a["timings"])
    assert not answered["declined"] and answered["citations"] and "first_token_ms" in answered["timings"]
    numbers = {c["n"] for c in answered["citations"]}
    assert all(f"[{n}]" in answered["answer"] for n in numbers)
    for c in answered["citations"]:
        assert {"n", "id", "source", "title", "evidence", "start", "end", "text"} <= set(c)
        assert (REPO_ROOT / c["source"]).read_text(encoding="utf-8")[c["start"] : c["end"]] == c["text"]
    assert declined["declined"] and declined["citations"] == []


def test_errors_are_one_line_with_a_fix(tmp_path: Path) -> None:
    missing = _run(["index", "--seeds-dir", str(tmp_path / "nope"), "--index-dir", str(tmp_path / "i")])
    assert missing.returncode == 1
    lines = missing.stderr.strip().splitlines()
    assert (
        lines[-2].startswith("error:") and lines[-1].startswith("fix:") and "Traceback" not in missing.stderr
    )
    empty = _run(["retrieve", "--index-dir", str(tmp_path / "i")], stdin="")
    assert empty.returncode == 1 and "error: no questions on stdin" in empty.stderr
    bad = _run(["config", "--set", "retrieval.top_k=lots"])
    assert bad.returncode == 1 and "BOT_RETRIEVAL_TOP_K" in bad.stderr


def test_readme_commands_are_real() -> None:
    """Every `python -m bot <command>` in the README is a command the CLI has."""
    import re

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    used = set(re.findall(r"python -m bot (\w+)", readme))
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert used and used <= set(commands)


@pytest.mark.parametrize("command", [["ask", "--json", "--extractive"], ["retrieve", "-k", "1"]])
def test_invalid_utf8_on_stdin_is_replaced_with_a_warning(index_dir: Path, command: list[str]) -> None:
    """Issue 16 item 3: bytes that are not UTF-8 become U+FFFD (one warning per line), the batch goes on."""
    stdin = b"How long does exercise \xff take?\n\xc3\x28\nIs lifting weights good for my brain?\n"
    out = subprocess.run(
        [sys.executable, "-m", "bot", *command, "--index-dir", str(index_dir)],
        input=stdin,
        capture_output=True,
        env={**ENV, "PYTHONIOENCODING": "utf-8"},
        cwd=REPO_ROOT,
        timeout=300,
    )
    stderr = out.stderr.decode("utf-8", "replace")
    assert out.returncode == 0 and "Traceback" not in stderr, stderr
    lines = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert [x["question"] for x in lines] == [
        "How long does exercise \ufffd take?",
        "\ufffd(",
        "Is lifting weights good for my brain?",
    ]
    assert "warning: stdin line 1 is not valid UTF-8" in stderr and "stdin line 2" in stderr
    assert "stdin line 3" not in stderr
