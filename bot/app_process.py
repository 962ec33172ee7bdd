"""Start the real chat app (``app.py``) as a child process on a free loopback port, and stop it.

Used by ``bench`` (start-up time) and ``loadtest`` (clients against real app processes), so neither
imports the other. Not to be confused with ``bot.serving``, the request guard inside the app.

Hands on: ``start_app(max_queue, timeout, env_extra) -> (process, url)`` once the page answers
HTTP 200, ``stop_app(process)``, ``free_port()`` and ``loopback_only(url)`` (a ``BotError`` for any
host that is not this machine's loopback).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlparse

from bot.config import REPO_ROOT
from bot.errors import BotError


def free_port() -> int:
    """A free TCP port on the loopback interface (for the app and model servers started here)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_app(
    max_queue: int | None = None, timeout: float = 180, env_extra: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """``app.py`` on a free loopback port; returns once it serves its page (the process and URL)."""
    import httpx

    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="bot-app-", suffix=".log", delete=False)  # noqa: SIM115
    env = {**os.environ, "BOT_SERVE_PORT": str(port), "BOT_SERVE_HOST": "127.0.0.1"}
    if max_queue is not None:
        env["BOT_SERVE_MAX_QUEUE"] = str(max_queue)
    env.update(env_extra or {})
    proc = subprocess.Popen([sys.executable, str(REPO_ROOT / "app.py")], env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise BotError(
                f"the app exited while starting; see {log.name}", "run `make run` to see the error"
            )
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise BotError("the app did not start in time", f"see {log.name}")


def stop_app(proc: subprocess.Popen[bytes]) -> None:
    """Ask the app to stop (SIGTERM: it drains) and wait for it; kill it if it does not stop in 30 s."""
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def loopback_only(url: str) -> None:
    """Refuse any URL whose host is not this machine's loopback."""
    host = urlparse(url).hostname or ""
    if not (host == "localhost" or host.startswith("127.") or host == "::1"):
        raise BotError(
            f"refusing to load-test {host}: loopback addresses only", "pass --url http://127.0.0.1:PORT/"
        )
