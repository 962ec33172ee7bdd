"""The load test's typed report: what passes, what ``--json`` prints, how it reads.

The run itself (real app, real clients) is ``tests/test_browser.py::
test_concurrent_api_clients_each_get_their_own_answer``; here the report's rules are checked on
reports as ``run_load`` and ``run_burst`` build them.
"""

from __future__ import annotations

from dataclasses import replace

from bot.loadtest import BurstReport, LoadReport, format_report, passed

CLEAN = LoadReport(
    url="http://127.0.0.1:7861/",
    apps=1,
    clients=2,
    questions_per_client=3,
    requests=6,
    answered=6,
    errors=[],
    crossed_or_lost=[],
    wall_s=12.0,
    latency_s_p50=3.1,
    latency_s_p95=4.0,
    latency_s_mean=3.2,
    throughput_per_min=30.0,
)


def test_a_clean_run_passes_and_prints_the_old_json_keys() -> None:
    assert passed(CLEAN)
    out = CLEAN.to_json()
    assert list(out) == [
        "url", "apps", "clients", "questions_per_client", "requests", "answered", "errors",
        "crossed_or_lost", "wall_s", "latency_s_p50", "latency_s_p95", "latency_s_mean", "throughput_per_min",
    ]  # fmt: skip
    assert "answered 6, errors 0" in format_report(CLEAN)


def test_lost_crossed_or_unrefused_overflow_fails() -> None:
    assert not passed(replace(CLEAN, answered=5))
    assert not passed(replace(CLEAN, crossed_or_lost=["client 0 asked 'a', got 'b'"]))
    refused = BurstReport(size=28, max_queue=20, answered=20, refused=8, errors=[])
    assert passed(replace(CLEAN, burst=refused))
    assert replace(CLEAN, burst=refused).to_json()["burst"]["refused"] == 8
    nothing_refused = BurstReport(size=28, max_queue=20, answered=28, refused=0, errors=[])
    assert not passed(replace(CLEAN, burst=nothing_refused))
    assert "refused as queue full 0" in format_report(replace(CLEAN, burst=nothing_refused))
