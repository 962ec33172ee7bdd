"""Load test: many concurrent ``gradio_client`` clients against the real app, loopback only.

``python -m bot loadtest [--clients 20] [--questions 5] [--url http://127.0.0.1:PORT/]``
``python -m bot loadtest --server-url http://127.0.0.1:8399/v1 --apps 1,2`` (scale-out)

Without ``--url`` it starts ``app.py`` itself on a free 127.0.0.1 port and stops it afterwards. Each
client asks its own sequence of questions through the app's ``/ask`` API (the same queue and
concurrency limit as the chat) and checks that every reply answers *its* question (no lost or
crossed answers). Reports errors, p50/p95 latency and throughput. Then a burst: ``max_queue + 8``
clients ask at the same instant, and the app must refuse the overflow with Gradio's "queue is full"
reply (never a crash) while every accepted request still gets its own answer. Bounded: a fixed
number of requests and an overall time limit; it never targets anything but the given loopback URL.

Scale-out (``--server-url`` with ``--apps 1,2``): for each count, that many app processes are started
with the OpenAI-compatible backend pointed at one model server on loopback, the clients are spread
over them round-robin, and answers/min are reported per count (no burst). The app processes then
only retrieve, verify and compose; the server does the generating.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bot.app_process import free_port as free_port  # re-exported: tests/support.py imports it from here
from bot.app_process import loopback_only, start_app, stop_app
from bot.args import command_line, emit, settings_from
from bot.config import REPO_ROOT, Settings
from bot.eval_data import measured_questions
from bot.measure import machine
from bot.report import write_section


@dataclass(frozen=True)
class BurstReport:
    """``size`` clients at the same instant against a queue limit: answered, refused as full, failed."""

    size: int
    max_queue: int
    answered: int
    refused: int
    errors: list[str]


@dataclass(frozen=True)
class LoadReport:
    """One load run; ``to_json()`` gives the keys ``loadtest --json`` prints."""

    url: str | list[str]
    apps: int
    clients: int
    questions_per_client: int
    requests: int
    answered: int
    errors: list[str]
    crossed_or_lost: list[str]
    wall_s: float
    latency_s_p50: float | None
    latency_s_p95: float | None
    latency_s_mean: float | None
    throughput_per_min: float
    burst: BurstReport | None = None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        if self.burst is None:
            del out["burst"]
        return out


def answers(reply: Any, question: str) -> bool:
    """Whether ``reply`` (the /ask JSON) is an answer to ``question``: not an error, not someone else's."""
    return isinstance(reply, dict) and reply.get("question") == question and "error" not in reply


def run_load(
    url: str | list[str],
    clients: int,
    per_client: int,
    time_limit: float,
    questions: Sequence[str] | None = None,
) -> LoadReport:
    """``clients`` threads asking ``per_client`` of ``questions`` each (each client starting at its own
    place in the list; default: the configured corpus profile's questions); several URLs are shared
    round-robin."""
    if not questions:
        questions = measured_questions(Settings.from_env())
    from gradio_client import Client

    urls = [url] if isinstance(url, str) else list(url)
    for u in urls:
        loopback_only(u)
    latencies: list[float] = []
    errors: list[str] = []
    crossed: list[str] = []
    lock = threading.Lock()
    deadline = time.time() + time_limit

    def client_loop(i: int) -> None:
        try:
            client = Client(urls[i % len(urls)], verbose=False)
        except Exception as exc:  # a client that cannot connect is an error, not a crash
            with lock:
                errors.append(f"client {i}: connect: {exc}")
            return
        for j in range(per_client):
            if time.time() > deadline:
                with lock:
                    errors.append(f"client {i}: time limit reached before question {j}")
                return
            question = questions[(i + j) % len(questions)]
            started = time.perf_counter()
            try:
                reply = client.predict(question, api_name="/ask")
            except Exception as exc:
                with lock:
                    errors.append(f"client {i} q{j}: {type(exc).__name__}: {exc}")
                continue
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if not answers(reply, question):
                    crossed.append(f"client {i} asked {question!r}, got {str(reply)[:120]!r}")

    started = time.perf_counter()
    threads = [threading.Thread(target=client_loop, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(1.0, deadline - time.time() + 30))
    wall = time.perf_counter() - started
    lat = sorted(latencies)
    return LoadReport(
        url=url,
        apps=len(urls),
        clients=clients,
        questions_per_client=per_client,
        requests=clients * per_client,
        answered=len(latencies),
        errors=errors,
        crossed_or_lost=crossed,
        wall_s=round(wall, 1),
        latency_s_p50=round(float(np.percentile(lat, 50)), 2) if lat else None,
        latency_s_p95=round(float(np.percentile(lat, 95)), 2) if lat else None,
        latency_s_mean=round(statistics.mean(lat), 2) if lat else None,
        throughput_per_min=round(len(lat) / wall * 60, 1) if wall else 0.0,
    )


def run_burst(url: str, max_queue: int, time_limit: float, questions: Sequence[str]) -> BurstReport:
    """``max_queue + 8`` clients ask at the same instant; count answered, refused (queue full), failed."""
    from gradio_client import Client
    from gradio_client.utils import QueueError

    loopback_only(url)
    size = max_queue + 8
    outcome: dict[str, list[str]] = {"answered": [], "refused": [], "errors": []}
    lock = threading.Lock()
    ready = threading.Barrier(size, timeout=120)

    def one(i: int) -> None:
        question = questions[i % len(questions)]
        try:
            client = Client(url, verbose=False)
            ready.wait()
            job = client.submit(question, api_name="/ask")
            reply = job.result(timeout=time_limit)
        except QueueError as exc:
            with lock:
                outcome["refused"].append(str(exc))
            return
        except Exception as exc:
            with lock:
                outcome["errors"].append(f"burst {i}: {type(exc).__name__}: {exc}")
            return
        kind = "answered" if answers(reply, question) else "errors"
        with lock:
            outcome[kind].append(f"burst {i}: {str(reply)[:120]}")

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(size)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=time_limit + 150)
    return BurstReport(
        size=size,
        max_queue=max_queue,
        answered=len(outcome["answered"]),
        refused=len(outcome["refused"]),
        errors=outcome["errors"],
    )


def format_report(report: LoadReport) -> str:
    lines = [
        f"{report.clients} clients x {report.questions_per_client} questions = "
        f"{report.requests} requests against {report.url}",
        f"answered {report.answered}, errors {len(report.errors)}, crossed/lost "
        f"{len(report.crossed_or_lost)}; wall {report.wall_s} s; throughput "
        f"{report.throughput_per_min}/min; latency p50 {report.latency_s_p50} s, "
        f"p95 {report.latency_s_p95} s",
    ]
    lines += ["  " + line for line in report.errors[:10] + report.crossed_or_lost[:10]]
    if report.burst is not None:
        b = report.burst
        lines.append(
            f"burst of {b.size} at once (queue limit {b.max_queue}): answered {b.answered}, "
            f"refused as queue full {b.refused}, other errors {len(b.errors)}"
        )
        lines += ["  " + line for line in b.errors[:10]]
    return "\n".join(lines)


def passed(report: LoadReport) -> bool:
    """No errors, nothing lost or crossed; in the burst, the overflow refused and the rest answered."""
    ok = not report.errors and not report.crossed_or_lost and report.answered == report.requests
    if report.burst is not None:
        b = report.burst
        ok = ok and not b.errors and b.refused > 0 and b.answered + b.refused == b.size
    return ok


def run_scale_out(
    server_url: str,
    app_counts: list[int],
    clients: int,
    per_client: int,
    time_limit: float,
    questions: Sequence[str],
) -> list[LoadReport]:
    """Answers/min with 1, 2, … app processes sharing one OpenAI-compatible server on loopback."""
    loopback_only(server_url)
    env = {"BOT_GENERATION_BACKEND": "openai", "BOT_GENERATION_BASE_URL": server_url}
    rows = []
    for count in app_counts:
        procs: list[subprocess.Popen[bytes]] = []
        try:
            urls = []
            for _ in range(count):
                proc, app_url = start_app(env_extra=env)
                procs.append(proc)
                urls.append(app_url)
            rows.append(run_load(urls, clients, per_client, time_limit, questions))
        finally:
            for proc in procs:
                stop_app(proc)
    return rows


def cmd_loadtest(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    path = Path(args.question_set) if args.question_set else None
    questions = measured_questions(settings, path, in_scope_only=False)
    if args.server_url:
        counts = [int(x) for x in args.apps.split(",") if x.strip()]
        runs = run_scale_out(
            args.server_url, counts, args.clients, args.questions, args.time_limit, questions
        )
        for row in runs:
            print(
                f"{row.apps} app(s), {row.clients} clients x {row.questions_per_client}: "
                f"{row.answered}/{row.requests} answered, {row.throughput_per_min} answers/min, "
                f"p50 {row.latency_s_p50} s, errors {len(row.errors)}",
                file=sys.stderr,
            )
        if args.json:
            emit({"server_url": args.server_url, "runs": [r.to_json() for r in runs]})
        return 0 if all(not r.errors and not r.crossed_or_lost for r in runs) else 1
    proc = None
    url = args.url
    if not url:
        print("starting the app on a free loopback port…", file=sys.stderr, flush=True)
        proc, url = start_app(args.max_queue)
    try:
        report = run_load(url, args.clients, args.questions, args.time_limit, questions)
        if args.burst:
            report = replace(report, burst=run_burst(url, args.max_queue, args.time_limit, questions))
    finally:
        if proc is not None:
            stop_app(proc)
    if args.write_docs:
        m = machine()
        write_section(
            REPO_ROOT / "docs" / "RELIABILITY.md",
            "load",
            f"Command: `{command_line(args)}`\n\n"
            f"Machine: {m['cpu']}, {m['cores']} cores; {m['date']}; one answer generated at a time "
            f"(`BOT_SERVE_CONCURRENCY=1`).\n\n```\n{format_report(report)}\n```\n",
        )
    if args.json:
        emit(report.to_json())
    else:
        print(format_report(report))
    return 0 if passed(report) else 1


def loadtest_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", help="a running app on loopback (default: start one)")
    p.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    p.add_argument("--questions", type=int, default=5, help="questions per client (default 5)")
    p.add_argument(
        "--question-set",
        help="JSON Lines question set to ask from (its stand-alone questions, in and out of scope; "
        "default: the corpus profile's example questions)",
    )
    p.add_argument("--time-limit", type=float, default=1200, help="overall limit in seconds (default 1200)")
    p.add_argument(
        "--max-queue",
        type=int,
        default=20,
        help="the app's queue limit (set on the app it starts; give the running app's with --url)",
    )
    p.add_argument("--server-url", help="scale-out run: apps share this OpenAI-compatible server (loopback)")
    p.add_argument("--apps", default="1,2", help="app process counts for --server-url (default 1,2)")
    p.add_argument("--no-burst", dest="burst", action="store_false", help="skip the queue-overflow burst")
    p.add_argument("--write-docs", action="store_true", help="write the figures into docs/RELIABILITY.md")
