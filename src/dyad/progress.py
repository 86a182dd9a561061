"""Progress on a terminal (documents/s, ETA, failures), silence in pipes and files.

The total behind the ETA is counted in a background thread (one pass over the input files)
while coding starts; until it is known, or when it cannot be (stdin), there is no ETA.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO, *, every: float = 0.5) -> None:
        self.stream, self.every = stream, every
        self.active = bool(getattr(stream, "isatty", lambda: False)())
        self.started = self.last = time.monotonic()
        self.total: int | None = None
        self.counting: threading.Thread | None = None

    def count(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Count the inputs in the background, for an ETA (terminal only)."""
        if not self.active:
            return
        from .ingest.count import count_items

        paths = list(paths)

        def work() -> None:
            self.total = count_items(paths)

        self.counting = threading.Thread(target=work, name="dyad-count", daemon=True)
        self.counting.start()

    def update(self, summary: object) -> None:
        if not self.active:
            return
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        self.stream.write("\r" + self.line(summary, now) + "   ")
        self.stream.flush()

    def line(self, summary: object, now: float | None = None) -> str:
        now = time.monotonic() if now is None else now
        seen = getattr(summary, "seen", 0)
        rate = seen / max(now - self.started, 1e-9)
        text = f"  {seen:,}"
        if self.total:
            text += f"/{self.total:,}"
        text += f" documents  {rate:,.1f} docs/s"
        if self.total and rate > 0 and seen <= self.total:
            text += f"  ETA {_duration((self.total - seen) / rate)}"
        return text + f"  {getattr(summary, 'failed', 0):,} failed"

    def finish(self, summary: object) -> None:
        if not self.active:
            return
        elapsed = time.monotonic() - self.started
        seen = getattr(summary, "seen", 0)
        self.stream.write(
            f"\r  done: {getattr(summary, 'coded', 0):,} coded, {getattr(summary, 'reused', 0):,}"
            f" already stored, {getattr(summary, 'failed', 0):,} failed in {_duration(elapsed)}"
            f" ({seen / max(elapsed, 1e-9):,.1f} docs/s)\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
