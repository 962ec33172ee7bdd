"""What every HTTP request to the app passes before Gradio sees it, and a graceful stop.

``Guard`` is a small ASGI middleware that ``bot.ui.launch`` installs on Gradio's FastAPI app (through
``launch(app_kwargs={"middleware": ...})``, so it wraps every route Gradio defines):

* **Host** must name this server (loopback names for a loopback bind; this machine's names and
  addresses for 0.0.0.0 without a login; anything with a login): a page on another site that points
  a DNS name at 127.0.0.1 (DNS rebinding) gets 421.
* **Headers** on every response: a Content-Security-Policy (scripts, styles, fonts, images and
  connections from this server only; no framing), ``X-Frame-Options: DENY``, ``nosniff``, no referrer.
* **Uploads** (``/gradio_api/upload``, the route Gradio's file component posts to) are refused with
  403 unless ``ServeState.upload_bytes`` is set (``bot.ui`` sets it when the Sources tab takes
  documents: loopback only, or behind a login); then the body is capped at that size plus the
  multipart overhead here, before Gradio parses it. ``/gradio_api/file=…`` (Gradio serving files from
  its cache, uploads included) is always refused: an uploaded document is never served raw.
  ``REFUSED_PATHS`` lists other routes always shut.
* **Sizes**: every JSON call's body is capped, and in its ``data`` each string is at most the page's
  question limit, each list (a chat history) at most ``Limits.history_messages`` items of at most
  ``Limits.message_chars`` each, each message an object with a role and content. A refused request
  gets 413/422 with ``error`` and ``fix`` and is logged once, in one line.
* **Unknown endpoints** (``/gradio_api/call/<name>`` for a name the app does not have) get 404, and
  any exception escaping Gradio is logged as one line (the traceback only at DEBUG) with a 500.
* **Stopping**: once ``ServeState.stopping`` is set, new calls get 503 "the server is restarting";
  ``ServeState.open_streams`` (result streams still open) and ``in_flight`` (answers being written)
  tell ``drain`` when the accepted work is done; once ``abort`` is set, the chat callbacks end what
  is left with the same notice.

Hands on: ``ServeState`` (shared with ``bot.ui.ChatApp`` and ``app.py``) and ``Limits``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from bot.config import Settings

log = logging.getLogger("bot")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

API = "/gradio_api"
UPLOAD = f"{API}/upload"
REFUSED_PATHS: dict[str, str] = {}
MULTIPART_SLACK = 64 * 1024  # headers and boundaries of one file's multipart body
CALL = re.compile(rf"^{API}/(?:call/v2|call|run|api)/([^/]+)/?$")
STREAM = re.compile(rf"^{API}/(?:queue/data|call/[^/]+/[^/]+)/?$")
SUBMIT = re.compile(rf"^{API}/(?:queue/join|call/v2/[^/]+|call/[^/]+|run/[^/]+|api/[^/]+)/?$")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# Gradio's page needs inline scripts and eval (it compiles gr.HTML templates with Function()), so
# the policy cannot stop an injected inline script: escaping every text does (bot.ui). What it does
# stop: scripts, styles, fonts and frames from elsewhere, connections to any other origin (so nothing
# can be sent out), plugins, <base> and form hijacking, and being framed by another site.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; connect-src 'self'; "
    "worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
RESTARTING = "the server is restarting"
RESTART_FIX = "ask again in a minute"


@dataclass(frozen=True)
class Limits:
    """What one request may carry; the question limit is the page's own (the text box's max length)."""

    question_chars: int
    history_messages: int  # 100 turns of question and answer
    message_chars: int  # an answer with its source list, HTML-escaped, is a few thousand characters
    body_bytes: int

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        question = settings.answer.max_question_chars * 4
        return cls(
            question_chars=question,
            history_messages=200,
            message_chars=question * 5,
            body_bytes=200 * question * 5 + 65_536,
        )


@dataclass
class ServeState:
    """Shared by the middleware, the chat callbacks and the stop handler (thread-safe counters)."""

    limits: Limits
    allowed_hosts: frozenset[str] | None  # None: any Host header (0.0.0.0 behind a login)
    api_names: Callable[[], set[str]] = set
    stopping: threading.Event = field(default_factory=threading.Event)
    abort: threading.Event = field(default_factory=threading.Event)  # drain time is up
    open_streams: int = 0
    in_flight: int = 0
    upload_bytes: int = 0  # largest file /gradio_api/upload takes; 0: uploads refused
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, counter: str, delta: int) -> None:
        with self._lock:
            setattr(self, counter, getattr(self, counter) + delta)

    def busy(self) -> int:
        return self.open_streams + self.in_flight


def allowed_hosts(settings: Settings) -> frozenset[str] | None:
    """Host names a request may use for this server; None means any (exposed with a login)."""
    host = settings.serve.host.strip("[]").lower()
    if host in {"0.0.0.0", "::"}:
        if settings.serve.auth:
            return None
        names = set(LOOPBACK)
        for name in {socket.gethostname(), socket.getfqdn()}:
            names.add(name.lower())
            with contextlib.suppress(OSError):
                names.update(socket.gethostbyname_ex(name)[2])
        try:
            import psutil

            names.update(a.address.split("%")[0] for addrs in psutil.net_if_addrs().values() for a in addrs)
        except Exception:  # interface listing is best effort; loopback and hostname still work
            pass
        return frozenset(n.lower() for n in names)
    return frozenset({host} | (LOOPBACK if host in LOOPBACK else set()))


def host_name(header: str) -> str:
    """``Host`` header → the name without port: ``[::1]:7860`` → ``::1``, ``a.b:80`` → ``a.b``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def check_data(body: Any, limits: Limits) -> str | None:
    """None if a call's JSON body is within limits and well formed, else what is wrong (one line)."""
    if not isinstance(body, dict):
        return "the request body must be a JSON object"
    data = body.get("data", [])
    if not isinstance(data, list):
        return '"data" must be a list'
    for i, value in enumerate(data):
        if isinstance(value, str) and len(value) > limits.question_chars:
            return f"input {i} has {len(value):,} characters; the limit is {limits.question_chars:,}"
        if isinstance(value, list):
            if len(value) > limits.history_messages:
                return f"the chat history has {len(value):,} messages; the limit is {limits.history_messages}"
            for n, message in enumerate(value):
                problem = message_problem(message)
                if problem:
                    return f"chat history message {n} {problem}"
                size = len(json.dumps(message, ensure_ascii=False))
                if size > limits.message_chars:
                    return (
                        f"chat history message {n} has {size:,} characters (limit {limits.message_chars:,})"
                    )
        if isinstance(value, dict) and len(json.dumps(value, ensure_ascii=False)) > limits.message_chars:
            return f"input {i} is larger than {limits.message_chars:,} characters"
    return None


def message_problem(message: Any) -> str | None:
    """None if ``message`` has the shape this app's chat sends back, else what is wrong with it.

    That shape is ``{"role": "user"|"assistant", "content": text or [{"type": "text", "text": text}],
    "metadata": null, "options": null}``: the app sets no metadata, options or files. Anything else
    is refused here in one line, before Gradio's validation would log several lines per message.
    """
    if not isinstance(message, dict) or not {"role", "content"} <= message.keys():
        return "is malformed (needs a role and content)"
    if not message.keys() <= {"role", "content", "metadata", "options"}:
        return "has unknown fields"
    if message["role"] not in {"user", "assistant"}:
        return "has an unknown role"
    if message.get("metadata") not in (None, {}) or message.get("options") not in (None, []):
        return "has metadata or options this app never sends"
    content = message["content"]
    if isinstance(content, str):
        return None
    parts_ok = isinstance(content, list) and all(
        isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str) and len(p) == 2
        for p in content
    )
    return None if parts_ok else "has content that is not text"


class Guard:
    """The ASGI middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, state: ServeState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = self.state
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        foreign = (
            state.allowed_hosts is not None and host_name(headers.get("host", "")) not in state.allowed_hosts
        )
        if scope["type"] == "websocket" and foreign:
            log.warning("refused a websocket for host %r", headers.get("host", ""))
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        method: str = scope.get("method", "GET")
        client = (scope.get("client") or ("?",))[0]

        async def reply(status: int, error: str, fix: str) -> None:
            log.warning("refused %s %s from %s: %s (%d)", method, path, client, error, status)
            await _json(send, status, {"error": error, "fix": fix})

        if foreign:
            await reply(421, "this server does not answer to that host name", "open it at its own address")
            return
        if path.rstrip("/") in REFUSED_PATHS:
            await reply(403, REFUSED_PATHS[path.rstrip("/")], "paste the text into the question box")
            return
        if path.startswith((f"{API}/file=", "/file=")):  # Gradio would serve uploads back from its cache
            await reply(403, "this app serves no files", "open the document from the Sources tab")
            return
        if path.rstrip("/") == UPLOAD:
            if not state.upload_bytes or method != "POST":
                await reply(403, "this app accepts no file uploads", "paste the text into the question box")
                return
            body, too_big = await _read_body(receive, state.upload_bytes + MULTIPART_SLACK)
            if too_big:
                limit = state.upload_bytes / 2**20
                await reply(413, f"the file is larger than {limit:.0f} MB", "split it into smaller documents")
                return
            receive = _replay(body)
        call = CALL.match(path) if method == "POST" else None
        if call and call.group(1) not in state.api_names() | {"predict"}:  # run/predict + fn_index
            await reply(404, f"there is no API endpoint named {call.group(1)!r}", "see /gradio_api/info")
            return
        if method == "POST" and SUBMIT.match(path) and state.stopping.is_set():
            await reply(503, RESTARTING, RESTART_FIX)
            return
        if method == "POST" and path.startswith(API) and path.rstrip("/") != UPLOAD:
            body, too_big = await _read_body(receive, state.limits.body_bytes)
            if too_big:
                await reply(413, "the request is too large", "send a shorter question or start a new chat")
                return
            if SUBMIT.match(path):
                try:
                    problem = check_data(json.loads(body or b"{}"), state.limits)
                except ValueError:
                    problem = "the request body is not valid JSON"
                if problem:
                    fix = (
                        "start a new chat (the page's New chat button)"
                        if "history" in problem
                        else f"send a question of at most {state.limits.question_chars:,} characters"
                    )
                    await reply(422, problem, fix)
                    return
            receive = _replay(body)
        stream = method == "GET" and STREAM.match(path) is not None
        if stream:
            state.add("open_streams", 1)
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:  # Gradio's own failures: one line, not a traceback per request
            log.error("%s %s failed inside Gradio: %s: %s", method, path, type(exc).__name__, exc)
            log.debug("traceback", exc_info=True)
            if not started:
                await _json(send, 500, {"error": "internal error", "fix": "see the server log"})
            else:  # end the response Gradio began, so the server does not log an incomplete one
                with contextlib.suppress(Exception):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            if stream:
                state.add("open_streams", -1)


async def _read_body(receive: Receive, limit: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


async def _json(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + SECURITY_HEADERS})
    await send({"type": "http.response.body", "body": body})


def drain(state: ServeState, seconds: float, flush_seconds: float = 3.0) -> None:
    """Refuse new calls, let answers in flight finish for up to ``seconds``, then end the rest.

    Answers still running when the time is up are ended with "the server is restarting" (the chat
    callbacks watch ``state.abort``), and their streams get ``flush_seconds`` to deliver that.
    """
    state.stopping.set()
    log.warning("stopping: %d answer(s) in flight, waiting up to %.0f s", state.busy(), seconds)
    deadline = time.monotonic() + seconds
    while state.busy() and time.monotonic() < deadline:
        time.sleep(0.1)
    if state.busy():
        log.warning("stopping: ending %d unfinished answer(s) with a restart notice", state.busy())
        state.abort.set()
        deadline = time.monotonic() + flush_seconds
        while state.busy() and time.monotonic() < deadline:
            time.sleep(0.1)
    log.warning("stopped")
