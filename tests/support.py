"""Shared, process-wide test resources: the real models and an index built once in a temp folder.

Loading the embedder and building the seed index take ~10 s; every test module that needs them
calls these cached functions instead of paying that again. ``ScriptedGenerator`` is the one fake:
a ``Generator`` that replays a fixed draft, used only to test the verifier and decline logic on
crafted model outputs (a hallucination, a bad marker, an empty reply) — the real SmolLM2 cannot be
made to produce those on demand. Tests of the real model use ``bot.generation.load_generator``.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from bot.advice import asks_medical_advice
from bot.app_process import free_port as free_port  # re-exported: the tests start servers on free ports
from bot.config import REPO_ROOT, Settings
from bot.errors import BotError
from bot.profile import load_profile
from bot.retrieval import Retriever
from bot.scope import Scope, decide


@lru_cache(maxsize=1)
def seed_settings() -> Settings:
    """Default settings, but the index lives in a private temp folder (the repo's index/ is untouched)."""
    tmp = Path(tempfile.mkdtemp(prefix="bot-test-index-"))
    atexit.register(shutil.rmtree, tmp, True)
    return Settings().with_value("paths", "index_dir", tmp)


@lru_cache(maxsize=1)
def seed_retriever() -> Retriever:
    return Retriever(seed_settings())


def seed_decide(question: str) -> Scope:
    """``bot.scope.decide`` of ``question`` asked alone, over the shipped corpus."""
    return decide(question, [], seed_retriever(), seed_settings())


def seed_referred(question: str) -> bool:
    """``asks_medical_advice`` with the shipped corpus's profile and vocabulary."""
    profile, vocab = load_profile(seed_settings().paths.seeds_dir), seed_retriever().index.bm25.vocab
    return asks_medical_advice(question, profile, vocab)


def copied_corpus(folder: Path) -> Settings:
    """Settings over a private copy of the shipped seeds in ``folder`` (its own index beside it)."""
    seeds = folder / "seeds"
    shutil.copytree(REPO_ROOT / "seeds", seeds)
    return (
        Settings().with_value("paths", "seeds_dir", seeds).with_value("paths", "index_dir", folder / "index")
    )


class ScriptedGenerator:
    """Replays ``draft`` in small pieces, or raises ``BotError`` when ``fail`` is set (a crafted fake)."""

    name = "scripted"

    def __init__(self, draft: str, fail: bool = False) -> None:
        self.draft = draft
        self.fail = fail
        self.calls = 0

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int, copy=None) -> Iterator[str]:
        self.calls += 1
        self.messages = messages
        self.copy = copy
        if self.fail:
            raise BotError("scripted failure", "none")
        for i in range(0, len(self.draft), 7):
            yield self.draft[i : i + 7]
