"""The OpenAI-compatible backend against a real llama.cpp server on 127.0.0.1 (not a stub).

``make test-server`` builds ``llama-cpp-python[server]`` once (~4 min) and runs this file; CI runs it.
The server serves the same SmolLM2 GGUF the local backend uses.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

import httpx
import pytest

from bot.chat import Conversation
from bot.errors import BotError
from bot.generation import OpenAIGenerator, load_generator
from bot.locate import resolve
from bot.types import Answer
from tests.support import free_port, seed_retriever, seed_settings

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    pytest.importorskip("llama_cpp.server", reason="run `make test-server` (builds llama-cpp-python)")
    gguf = resolve(seed_settings().generation.model, "language model")
    port = free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115 - a file, not a pipe: llama.cpp logs enough at load to fill a pipe
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            gguf,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "2048",
            "--n_threads",
            "2",
            "--model_alias",
            "smollm2",
        ],
        stdout=log,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"llama.cpp server exited: {log.read().decode(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail("llama.cpp server did not start within 120 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def _settings(url: str):
    s = seed_settings().with_value("generation", "backend", "openai")
    s = s.with_value("generation", "base_url", url)
    return s.with_value("generation", "remote_model", "smollm2")


def test_openai_backend_streams_from_a_real_server(server_url: str) -> None:
    gen = load_generator(_settings(server_url))
    assert isinstance(gen, OpenAIGenerator)
    pieces = list(gen.stream([{"role": "user", "content": "Say hello in three words."}], 16))
    assert len(pieces) > 1 and "".join(pieces).strip()


def test_full_turn_over_the_server_is_cited(server_url: str) -> None:
    settings = _settings(server_url)
    chat = Conversation(settings, seed_retriever(), load_generator(settings))
    events = list(chat.ask("Is lifting weights good for my brain?"))
    answer = events[-1]
    assert isinstance(answer, Answer) and not answer.declined and answer.citations
    assert any(isinstance(e, str) for e in events[:-1])  # the server's tokens streamed through
    assert answer.timings["first_token_ms"] < answer.timings["total_ms"]


def test_unreachable_server_is_a_clear_error() -> None:
    settings = _settings(f"http://127.0.0.1:{free_port()}/v1")
    gen = OpenAIGenerator(settings.generation)
    with pytest.raises(BotError, match="cannot reach the model server"):
        list(gen.stream([{"role": "user", "content": "hi"}], 4))
