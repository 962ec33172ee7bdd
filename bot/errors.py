"""The one error type: every failure a person can fix carries the fix.

The CLI prints ``error: <what>`` and ``fix: <how>`` to stderr and exits non-zero; the UI shows the
same two lines. Nothing else in the project should reach a person as a traceback.
"""

from __future__ import annotations


class BotError(Exception):
    """A failure with a one-line fix, e.g. ``BotError("index is corrupt", "run `python -m bot index`")``."""

    def __init__(self, message: str, fix: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message} (fix: {self.fix})" if self.fix else self.message
