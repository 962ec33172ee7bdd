"""Upload-to-answerable benchmark: seconds from handing a new document to the running app until a
cited answer rests on it. Not a test; run it on the machine you deploy on::

    HF_HUB_OFFLINE=1 .venv/bin/python eval/upload_benchmark.py [--runs 3] [--extractive]

Starts a ``bot.ui.ChatApp`` (real embedder, real FAISS, the real language model unless
--extractive) on a private copy of seeds/, then per run: builds a PDF (tests/pdfmake.py), calls the
Sources tab's ``add_upload`` callback, asks a question only that document answers, and times (a) the
add (check, store, incremental index) and (b) add + the cited answer. The document is removed after
each run so every run adds a document the index has not seen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import REPO_ROOT, Settings
from bot.ui import ChatApp, Session
from tests.pdfmake import make_pdf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--extractive", action="store_true", help="no language model (answers quote spans)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bot-upload-bench-"))
    try:
        shutil.copytree(REPO_ROOT / "seeds", work / "seeds")
        settings = Settings.from_env().with_value("paths", "seeds_dir", work / "seeds")
        settings = settings.with_value("paths", "index_dir", work / "index")
        app = ChatApp(settings, generator=None if args.extractive else True)
        rows = []
        for run in range(args.runs):
            pdf = work / f"trial {run}.pdf"
            pdf.write_bytes(
                make_pdf(
                    [
                        [f"Trial report number {run}."],
                        [
                            "In the trial, twelve weeks of tai chi practice improved sustained attention "
                            "in adults over seventy.",
                            f"Participants practised {run + 2} times a week for forty minutes.",
                        ],
                    ]
                )
            )
            started = time.perf_counter()
            message, *_ = app.add_upload(str(pdf), f"Tai chi trial {run}", "trial report", "", "2")
            added = time.perf_counter() - started
            assert message.startswith("✅"), message
            outputs = list(app.respond("Does tai chi improve attention in older adults?", [], Session()))
            answered = time.perf_counter() - started
            session = outputs[-1][2]
            cited = any("tai-chi-trial" in c.source for c in session.citations.values())
            rows.append(
                {"run": run, "add_s": round(added, 2), "answerable_s": round(answered, 2), "cited": cited}
            )
            print(json.dumps(rows[-1]), flush=True)
            doc_id = next(value for label, value in app.remove_choices() if "Tai chi" in label)
            app.remove_doc(doc_id)
        summary = {
            "model": app.model_name,
            "cores": os.cpu_count(),
            "median_add_s": statistics.median(r["add_s"] for r in rows),
            "median_answerable_s": statistics.median(r["answerable_s"] for r in rows),
            "all_cited": all(r["cited"] for r in rows),
        }
        print(json.dumps(summary))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
