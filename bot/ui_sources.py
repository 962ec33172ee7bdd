"""The "Sources" tab's callbacks: list the documents, add an upload, remove one.

``SourcesTab`` is mixed into ``bot.ui_app.ChatApp`` (it uses the app's settings, retriever, index
lock, ``uploads`` flag and ``status``). When uploads are on (the app listens on loopback only, or a
login is set), ``add_upload`` takes a new document: the file's bytes are checked and stored by
``bot.library`` under a generated name (Gradio's temporary copy is deleted at once), the index is
rebuilt incrementally with a progress bar, and ``use_index`` makes the next answer use it;
``remove_doc`` takes one out the same way. Each hands back (message, document list, picker update,
remove-picker update, status line) for the page ``bot.ui.build_demo`` lays out.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # read by Gradio at import: the app never phones home

import gradio as gr

from bot.config import Settings
from bot.errors import BotError
from bot.index import Index
from bot.library import MAX_UPLOAD_BYTES, Meta, add_document, list_sources, remove_document
from bot.retrieval import Retriever
from bot.types import Source
from bot.ui_render import escape


class SourcesTab:
    """The Sources tab's handlers, mixed into ``ChatApp`` (which sets the attributes below)."""

    settings: Settings
    retriever: Retriever
    sources: dict[str, Source]
    uploads: bool
    _index_lock: threading.Lock
    status: Callable[[], str]

    def use_index(self, index: Index) -> None:
        """Serve from ``index`` from the next answer on (after an add or a remove)."""
        with self._index_lock:
            self.retriever = Retriever(self.settings, index=index, embedder=self.retriever.embedder)
            self.sources = index.sources

    def doc_choices(self) -> list[tuple[str, str]]:
        return [(s.title, path) for path, s in sorted(self.sources.items(), key=lambda kv: -kv[1].strength)]

    def source_list(self) -> str:
        """The documents as an HTML table: id, title, kind, label, size, passages (or why skipped)."""
        rows = []
        for e in list_sources(self.settings, self.retriever.index):
            strength = str(e.strength) if e.strength else "unrated"
            what = f"{escape(e.title)}<br><small>{escape(e.kind)} · {escape(e.label)}</small>"
            if not e.id:
                what = f"<small>{escape(e.file.rsplit('/', 1)[-1])}: {escape(e.status)}</small>"
            rows.append(
                f"<tr><td><code>{escape(e.id or '-')}</code></td><td>{what}</td><td>{strength}</td>"
                f"<td>{e.size / 1024:.1f} kB</td><td>{e.passages}</td></tr>"
            )
        return (
            '<table class="source-list"><tr><th>id</th><th>document</th><th>strength</th><th>size</th>'
            f"<th>passages</th></tr>{''.join(rows)}</table>"
        )

    def remove_choices(self) -> list[tuple[str, str]]:
        return [(f"{e.id} · {e.title[:60]}", e.id) for e in list_sources(self.settings) if e.id]

    def _library_outputs(self, message: str) -> tuple[Any, ...]:
        choices = self.doc_choices()
        return (
            message,
            self.source_list(),
            gr.update(choices=choices),
            gr.update(choices=self.remove_choices(), value=None),
            self.status(),
        )

    def add_upload(
        self,
        file: str | None,
        title: str,
        kind: str,
        date: str,
        strength: str,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 - Gradio injects the page's tracker here
    ) -> tuple[Any, ...]:
        """Store an uploaded file as a document and index it: (message, list, picker, remove, status).

        Gradio's temporary copy of the upload is read once and deleted; the document is kept only
        under its generated name in the corpus folder.
        """
        say = progress
        if not self.uploads:
            return self._library_outputs(
                "⚠️ Uploads are off: the app listens beyond this machine without a login."
            )
        if not file:
            return self._library_outputs("⚠️ Choose a file first.")
        path = Path(file)
        try:
            size = path.stat().st_size
            if size > MAX_UPLOAD_BYTES:
                raise BotError(
                    f"the file has {size / 1e6:.1f} MB; the limit is {MAX_UPLOAD_BYTES / 1e6:.0f} MB",
                    "split it into smaller documents",
                )
            data = path.read_bytes()
        except OSError as exc:
            return self._library_outputs(f"⚠️ The upload cannot be read ({exc.strerror}). Try again.")
        except BotError as exc:
            return self._library_outputs(f"⚠️ {escape(exc.message)}. Fix: {escape(exc.fix)}")
        finally:
            path.unlink(missing_ok=True)  # never left where Gradio could serve it
        steps = {"reading the document": 0.1, "indexing (embedding the new passages)": 0.3, "indexed": 1.0}
        meta = Meta(
            title or "", kind or "", date or "", int(strength) if strength in {"1", "2", "3"} else None
        )
        try:
            say(0.05, desc="checking the file")
            added = add_document(
                self.settings,
                data,
                path.name,
                meta,
                max_bytes=MAX_UPLOAD_BYTES,
                progress=lambda m: say(steps.get(m, 0.5), desc=m),
                embedder=self.retriever.embedder,
            )
        except BotError as exc:
            return self._library_outputs(f"⚠️ {escape(exc.message)}. Fix: {escape(exc.fix)}")
        self.use_index(added.index)
        return self._library_outputs(f"✅ {escape(added.message)}. Ask about it in the chat.")

    def remove_doc(self, ident: str | None) -> tuple[Any, ...]:
        if not self.uploads:
            return self._library_outputs(
                "⚠️ Removing is off: the app listens beyond this machine without a login."
            )
        if not ident:
            return self._library_outputs("⚠️ Pick a document to remove.")
        try:
            entry, index = remove_document(self.settings, ident, embedder=self.retriever.embedder)
        except BotError as exc:
            return self._library_outputs(f"⚠️ {escape(exc.message)}. Fix: {escape(exc.fix)}")
        self.use_index(index)
        return self._library_outputs(f"Removed {escape(entry.title)} ({entry.passages} passages).")
