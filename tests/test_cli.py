"""The CLI driven in-process (``bot.cli.main`` with captured output), plus one real ``python -m bot``.

In-process runs share the real embedder, FAISS index and retriever that ``tests.support`` builds
once, so each command costs what it does, not a ~9 s interpreter and model start. One subprocess
smoke test keeps the real entry point (``python -m bot``, real stdin bytes) honest. The model is
loaded only by the test marked slow.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.chat import Conversation
from bot.cli import COMMANDS, build_parser, main
from bot.config import REPO_ROOT
from bot.retrieval import get_retriever
from tests.support import seed_settings


@pytest.fixture(scope="module")
def index_dir() -> str:
    get_retriever(seed_settings())  # the index, built once; the CLI's get_retriever finds it cached
    return str(seed_settings().paths.index_dir)


def run(
    capsys: pytest.CaptureFixture[str], args: list[str], stdin: bytes | None = None
) -> tuple[int, str, str]:
    """``main(args)`` in this process: (exit code, stdout, stderr); ``stdin`` bytes as piped input."""
    capsys.readouterr()
    if stdin is None:
        code = main(args)
    else:
        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        try:
            code = main(args)
        finally:
            sys.stdin = saved
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_on_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) == set(COMMANDS)
    assert {"index", "retrieve", "ask", "eval", "bench", "config", "loadtest", "calibrate"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as done:
            parser.parse_args([name, "--help"])
        assert done.value.code == 0
        assert COMMANDS[name][0] in " ".join(capsys.readouterr().out.split())


def test_index_then_retrieve_json_with_exact_offsets(
    capsys: pytest.CaptureFixture[str], index_dir: str
) -> None:
    code, out, err = run(capsys, ["index", "--index-dir", index_dir, "--json"])
    assert code == 0, err
    summary = json.loads(out)
    assert summary["passages"] > 10 and summary["sources"] >= 2 and summary["folder"].startswith(index_dir)
    q = "Which types of exercise are best for brain health?"
    code, out, err = run(capsys, ["retrieve", "--index-dir", index_dir, "--json", "-k", "3", q])
    assert code == 0, err
    data = json.loads(out)
    assert data["question"] == q and len(data["passages"]) == 3
    for rank, p in enumerate(data["passages"], start=1):
        assert {"rank", "id", "source", "title", "start", "end", "text", "score"} <= set(p)
        assert p["rank"] == rank
        assert (REPO_ROOT / p["source"]).read_text(encoding="utf-8")[p["start"] : p["end"]] == p["text"]


def test_batch_mode_one_json_line_per_question(capsys: pytest.CaptureFixture[str], index_dir: str) -> None:
    questions = ["Is lifting good for my memory?", "", "How long until effects show?", "What is the CNS?"]
    stdin = ("\n".join(questions) + "\n").encode()
    code, out, err = run(capsys, ["retrieve", "--index-dir", index_dir, "-k", "2"], stdin=stdin)
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [x["question"] for x in lines] == [q for q in questions if q]
    assert all(len(x["passages"]) == 2 for x in lines)


def test_ask_extractive_batch_json_contract(capsys: pytest.CaptureFixture[str], index_dir: str) -> None:
    stdin = b"Is lifting weights good for my brain?\nWhat is the best keto diet?\n"
    code, out, err = run(capsys, ["ask", "--extractive", "--index-dir", index_dir], stdin=stdin)
    assert code == 0, err
    answered, declined = (json.loads(line) for line in out.splitlines())
    for a in (answered, declined):
        assert {"question", "answer", "declined", "citations", "passages", "timings", "trace"} <= set(a)
        assert {"retrieve_ms", "total_ms"} <= set(a["timings"])
        assert "explain" not in a  # only with --explain
    assert not answered["declined"] and answered["citations"] and answered["mode"] == "extractive"
    numbers = {c["n"] for c in answered["citations"]}
    assert all(f"[{n}]" in answered["answer"] for n in numbers)
    for c in answered["citations"]:
        assert {"n", "id", "source", "title", "evidence", "start", "end", "text"} <= set(c)
        assert (REPO_ROOT / c["source"]).read_text(encoding="utf-8")[c["start"] : c["end"]] == c["text"]
    assert declined["declined"] and declined["citations"] == []


@pytest.mark.parametrize(
    "question", ["Is lifting weights good for my brain?", "Does creatine help my memory?"]
)
def test_explain_shows_scope_trace_and_every_sentence_verdict(
    capsys: pytest.CaptureFixture[str], index_dir: str, question: str
) -> None:
    """``ask --explain`` prints the same Answer the Conversation gives, then why, step by step."""
    expected = Conversation(seed_settings(), get_retriever(seed_settings())).answer(question)
    assert expected.trace, "the answer carries no trace to explain"
    code, out, err = run(capsys, ["ask", "--extractive", "--explain", "--index-dir", index_dir, question])
    assert code == 0, err
    answer_part, _, why = out.partition("\nWhy:\n")
    assert " ".join(expected.text.split()) in " ".join(answer_part.split())
    state = "declined" if expected.declined else f"answered ({expected.mode})"
    assert f"{state}; scope: {expected.scope}" in why
    for step in expected.trace:
        assert step in why
    sentences = why.split("Sentences:\n", 1)[1].splitlines()
    listed = [line for line in sentences if not line.startswith("       ")]
    assert len(listed) == len(expected.sentences)
    for line, s in zip(listed, expected.sentences, strict=True):
        assert f" {s.verdict}" in line and s.text in line
        assert all(f"[{n}]" in line for n in s.citations) or (not s.citations and "no citation" in line)
    for c in expected.citations:
        assert f"[{c.n}] {c.source} {c.start}:{c.end}" in why
    for u in expected.evidence:
        assert f"{u.source} {u.start}:{u.end} (" in why.split("Sentences:\n", 1)[0]
    # The same explanation travels in --json.
    code, out, err = run(
        capsys, ["ask", "--extractive", "--explain", "--json", "--index-dir", index_dir, question]
    )
    data = json.loads(out)
    assert code == 0 and data["trace"] == list(expected.trace)
    assert all(step in "\n".join(data["explain"]) for step in expected.trace)


def test_errors_are_one_line_with_a_fix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, ["index", "--seeds-dir", str(tmp_path / "nope"), "--index-dir", str(tmp_path)])
    lines = err.strip().splitlines()
    assert code == 1 and lines[-2].startswith("error:") and lines[-1].startswith("fix:")
    assert "Traceback" not in err
    code, _, err = run(capsys, ["retrieve", "--index-dir", str(tmp_path / "i")], stdin=b"")
    assert code == 1 and "error: no questions on stdin" in err
    code, _, err = run(capsys, ["config", "--set", "retrieval.top_k=lots"])
    assert code == 1 and "BOT_RETRIEVAL_TOP_K" in err
    code, _, err = run(capsys, ["config", "--set", "retrieval.top_k"])
    assert code == 1 and "has no value" in err


def test_config_prints_the_readme_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["config"])
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- config-table:start -->\n", 1)[1].split("<!-- config-table:end -->", 1)[0]
    assert code == 0 and out == table


def test_invalid_utf8_on_stdin_is_replaced_with_a_warning(
    capsys: pytest.CaptureFixture[str], index_dir: str
) -> None:
    """Bytes that are not UTF-8 become U+FFFD (one warning per line), the batch goes on."""
    stdin = b"How long does exercise \xff take?\n\xc3\x28\nIs lifting weights good for my brain?\n"
    code, out, err = run(capsys, ["retrieve", "-k", "1", "--index-dir", index_dir], stdin=stdin)
    assert code == 0 and "Traceback" not in err, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [x["question"] for x in lines] == [
        "How long does exercise \ufffd take?",
        "\ufffd(",
        "Is lifting weights good for my brain?",
    ]
    assert "warning: stdin line 1 is not valid UTF-8" in err and "stdin line 2" in err
    assert "stdin line 3" not in err


def test_python_m_bot_smoke(index_dir: str) -> None:
    """The one real process: ``python -m bot ask`` reads raw stdin bytes and answers each line."""
    stdin = b"Is lifting weights good for my brain?\n\xff\n"
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--extractive", "--index-dir", index_dir],
        input=stdin,
        capture_output=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONIOENCODING": "utf-8"},
        cwd=REPO_ROOT,
        timeout=300,
    )
    stderr = out.stderr.decode("utf-8", "replace")
    assert out.returncode == 0 and "Traceback" not in stderr, stderr
    answered, damaged = (json.loads(line) for line in out.stdout.decode("utf-8").splitlines())
    assert not answered["declined"] and answered["citations"]
    assert damaged["question"] == "\ufffd" and damaged["declined"]
    assert "warning: stdin line 2 is not valid UTF-8" in stderr


@pytest.mark.slow
def test_ask_with_the_model_generates_cited_sentences(
    capsys: pytest.CaptureFixture[str], index_dir: str
) -> None:
    """The real SmolLM2 through the CLI: a draft that survives verification, every span exact."""
    code, out, err = run(
        capsys, ["ask", "--json", "--index-dir", index_dir, "Is lifting weights good for my brain?"]
    )
    assert code == 0, err
    a = json.loads(out)
    assert not a["declined"] and a["citations"]
    assert a["mode"] == "generated", a["trace"]
    assert a["timings"]["first_token_ms"] > 0
    for c in a["citations"]:
        assert (REPO_ROOT / c["source"]).read_text(encoding="utf-8")[c["start"] : c["end"]] == c["text"]
