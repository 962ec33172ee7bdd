"""The shape of ``bot/``: no import cycles (lazy imports inside functions count), the CLI alone at
the top, and no module over 400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.config import REPO_ROOT

BOT = REPO_ROOT / "bot"
MAX_LINES = 400


def imports(path: Path) -> set[str]:
    """The ``bot`` modules a file imports anywhere in it (top level, in functions, under TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "bot":
                found |= {f"bot.{a.name}" for a in node.names}
            elif node.module.startswith("bot."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("bot.")}
    return found


def graph() -> dict[str, set[str]]:
    modules = {f"bot.{p.stem}": p for p in BOT.glob("*.py") if p.stem != "__init__"}
    return {name: imports(path) & set(modules) - {name} for name, path in modules.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, each as the path that closes it (depth-first search)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_no_import_cycles_in_bot() -> None:
    assert cycles(graph()) == []


def test_the_cli_is_alone_at_the_top() -> None:
    edges = graph()
    assert [m for m, deps in edges.items() if "bot.cli" in deps] == ["bot.__main__"]
    for command in ("bot.eval", "bot.bench", "bot.loadtest", "bot.eval_conversations"):
        assert not edges[command] & {"bot.cli", "bot.commands"}, command
    assert "bot.loadtest" not in edges["bot.bench"] and "bot.bench" not in edges["bot.loadtest"]
    assert "bot.eval" not in edges["bot.eval_conversations"]


def test_no_module_over_400_lines() -> None:
    long = {
        p.name: n
        for p in BOT.glob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_every_module_opens_with_a_docstring() -> None:
    missing = [
        p.name for p in BOT.glob("*.py") if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))
    ]
    assert missing == []
