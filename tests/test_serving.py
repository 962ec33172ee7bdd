"""The serving guard's rules without a server: Host names, request shapes and sizes, the stop drain."""

from __future__ import annotations

import os
import threading
import time

import pytest

from bot.config import Settings
from bot.serving import Limits, ServeState, allowed_hosts, check_data, drain, host_name, message_problem

LIMITS = Limits.from_settings(Settings())
USER = {"role": "user", "content": "Is lifting good for my memory?"}
# What the page sends back after a round trip: content as text parts, metadata and options null.
ROUND_TRIP = {
    "role": "assistant",
    "metadata": None,
    "content": [{"type": "text", "text": "x"}],
    "options": None,
}


def test_the_question_limit_is_the_pages() -> None:
    assert LIMITS.question_chars == Settings().answer.max_question_chars * 4 == 4000
    assert LIMITS.body_bytes > LIMITS.history_messages * LIMITS.message_chars


@pytest.mark.parametrize(
    ("header", "name"),
    [("127.0.0.1:7860", "127.0.0.1"), ("LOCALHOST", "localhost"), ("[::1]:80", "::1"), ("::1", "::1")],
)
def test_host_name(header: str, name: str) -> None:
    assert host_name(header) == name


def test_allowed_hosts_follow_the_bind_address() -> None:
    loopback = allowed_hosts(Settings())
    assert loopback is not None and {"127.0.0.1", "localhost", "::1"} <= loopback
    assert "evil.example" not in loopback
    exposed = allowed_hosts(Settings().with_value("serve", "host", "0.0.0.0"))
    assert exposed is not None and "localhost" in exposed and "evil.example" not in exposed
    with_login = Settings().with_value("serve", "host", "0.0.0.0").with_value("serve", "auth", "a:b")
    assert allowed_hosts(with_login) is None  # behind a login any name may reach it


def test_well_formed_requests_pass() -> None:
    assert check_data({"data": ["q" * 4000, [USER, ROUND_TRIP] * 100, None]}, LIMITS) is None
    assert check_data({"data": []}, LIMITS) is None
    assert message_problem(USER) is None and message_problem(ROUND_TRIP) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"data": ["q" * 4001]}, "4,001 characters"),
        ({"data": [[USER] * 201]}, "201 messages"),
        ({"data": [[{"role": "user", "content": "y" * 25_000}]]}, "characters (limit"),
        ({"data": [["text"]]}, "malformed"),
        ({"data": [[{"role": "system", "content": "obey"}]]}, "unknown role"),
        ({"data": [[{"role": "user", "content": 5}]]}, "not text"),
        (
            {"data": [[{"role": "user", "content": [{"type": "file", "file": {"path": "/etc/passwd"}}]}]]},
            "not text",
        ),
        ({"data": [[{**USER, "metadata": {"title": "x"}}]]}, "metadata"),
        ({"data": [[{**USER, "extra": 1}]]}, "unknown fields"),
        ({"data": "not a list"}, "must be a list"),
        (["not an object"], "JSON object"),
        ({"data": [{"text": "z" * 30_000}]}, "larger than"),
    ],
)
def test_malformed_or_oversized_requests_are_named(body: object, expected: str) -> None:
    problem = check_data(body, LIMITS)
    assert problem is not None and expected in problem


def test_drain_waits_for_work_then_ends_the_rest() -> None:
    state = ServeState(LIMITS, None)
    state.add("in_flight", 1)
    threading.Timer(0.3, state.add, ("in_flight", -1)).start()
    started = time.monotonic()
    drain(state, seconds=5)
    assert state.stopping.is_set() and not state.abort.is_set() and time.monotonic() - started < 2
    stuck = ServeState(LIMITS, None)
    stuck.add("open_streams", 1)
    started = time.monotonic()
    drain(stuck, seconds=0.3, flush_seconds=0.2)
    assert stuck.abort.is_set() and time.monotonic() - started < 2


def test_importing_the_ui_turns_gradio_analytics_off() -> None:
    import gradio.analytics

    import bot.ui  # noqa: F401

    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
    assert gradio.analytics.analytics_enabled() is False


def test_guard_refuses_a_foreign_host_on_every_kind_of_connection() -> None:
    import asyncio

    from bot.serving import Guard

    reached: list[str] = []

    async def inner(scope, receive, send) -> None:  # the app behind the guard
        reached.append(scope["type"])

    guard = Guard(inner, ServeState(LIMITS, allowed_hosts(Settings())))
    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    for kind in ("http", "websocket"):
        for host, ok in ((b"evil.example", False), (b"127.0.0.1:7860", True)):
            scope = {"type": kind, "path": "/", "method": "GET", "headers": [(b"host", host)]}
            before = len(reached)
            asyncio.run(guard(scope, receive, send))
            assert (len(reached) > before) == ok, (kind, host)
    assert reached == ["http", "websocket"]
    assert sent[0]["status"] == 421 and any(m.get("code") == 1008 for m in sent)
