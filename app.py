"""The chat app: `python app.py` (or `make run`) serves http://127.0.0.1:7860.

Loads the index (building it if needed), the embedder and the language model once, then serves the
Gradio UI from ``bot.ui``. Settings come from ``BOT_*`` variables (see README: Configuration).
"""

from __future__ import annotations

import logging
import sys
import time


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("faiss", "sentence_transformers", "transformers", "httpx", "urllib3", "gradio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    started = time.perf_counter()
    print("Starting the exercise & brain coach…", file=sys.stderr, flush=True)
    from bot.config import Settings
    from bot.errors import BotError

    settings = Settings.from_env()
    try:
        from bot.ui import ChatApp, build_demo, launch

        print("Loading the index and the embedding model…", file=sys.stderr, flush=True)
        app = ChatApp(settings)
        demo = build_demo(app)
    except BotError as exc:
        print(f"error: {exc.message}\nfix: {exc.fix}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(
        f"Ready in {seconds:.1f} s: http://{settings.serve.host}:{settings.serve.port}",
        file=sys.stderr,
        flush=True,
    )
    launch(demo, settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
