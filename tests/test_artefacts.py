"""Folders built once (the converted model, the ONNX export): checked on use, rebuilt when damaged,
never left half-built. The real conversions are tested in test_hardening.py and test_embedding.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.artefacts import built_once, problem, record


def _build(calls: list[int]):
    def build(folder: Path) -> dict[str, str]:
        calls.append(1)
        (folder / "weights.bin").write_bytes(b"w" * 4096)
        (folder / "config.json").write_text("{}")
        return {"source": "test"}

    return build


def test_built_once_then_reused_and_rebuilt_when_damaged(tmp_path: Path) -> None:
    calls: list[int] = []
    target = tmp_path / "cache" / "key"
    assert problem(target) == "not built yet"
    assert built_once(target, _build(calls), "building a test folder") == target
    assert problem(target) is None and record(target)["source"] == "test" and len(calls) == 1
    built_once(target, _build(calls), "building a test folder")
    assert len(calls) == 1  # reused
    os.truncate(target / "weights.bin", 10)
    assert problem(target) == "weights.bin has 10 bytes, 4096 were written"
    built_once(target, _build(calls), "building a test folder")
    assert len(calls) == 2 and problem(target) is None


def test_a_failed_build_leaves_no_folder(tmp_path: Path) -> None:
    def broken(folder: Path) -> dict[str, str]:
        (folder / "half.bin").write_bytes(b"x")
        raise RuntimeError("the exporter failed")

    target = tmp_path / "cache" / "key"
    with pytest.raises(RuntimeError):
        built_once(target, broken, "building a test folder")
    assert not target.exists() and [p.name for p in target.parent.iterdir()] == [".build.lock"]
