"""The chat app: `python app.py` (or `make run`) serves http://127.0.0.1:7860.

Loads the index (building it if needed), the embedder and the language model once, then serves the
Gradio UI from ``bot.ui`` behind ``bot.serving.Guard``. Settings come from ``BOT_*`` variables (see
README: Configuration). SIGTERM or Ctrl-C stops it gracefully: new questions are refused with "the
server is restarting" (503), answers in flight and already queued get ``DRAIN_SECONDS`` to finish,
and any not done by then end with that notice instead of a broken connection.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before anything imports Gradio: no usage reports

DRAIN_SECONDS = 8.0  # about two answers on 2 cores; well inside a service manager's stop timeout


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("faiss", "sentence_transformers", "transformers", "httpx", "urllib3", "gradio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    started = time.perf_counter()
    print("Starting the chat app…", file=sys.stderr, flush=True)
    from bot.config import Settings
    from bot.errors import BotError

    settings = Settings.from_env()
    try:
        from bot.serving import drain
        from bot.ui import ChatApp, build_demo, launch

        print("Loading the index and the embedding model…", file=sys.stderr, flush=True)
        app = ChatApp(settings)
        demo = build_demo(app)
    except BotError as exc:
        print(f"error: {exc.message}\nfix: {exc.fix}", file=sys.stderr)
        return 1
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    launch(demo, settings, prevent_thread_lock=True, quiet=True)
    seconds = time.perf_counter() - started
    print(
        f"Ready in {seconds:.1f} s: http://{settings.serve.host}:{settings.serve.port}",
        file=sys.stderr,
        flush=True,
    )
    while not stop.wait(0.5):
        pass
    drain(app.state, DRAIN_SECONDS)
    demo.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
