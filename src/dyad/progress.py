"""Progress on a terminal (documents/s, failures), silence in pipes and files."""

from __future__ import annotations

import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO, *, every: float = 0.5) -> None:
        self.stream, self.every = stream, every
        self.active = bool(getattr(stream, "isatty", lambda: False)())
        self.started = self.last = time.monotonic()

    def update(self, summary: object) -> None:
        if not self.active:
            return
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        seen = getattr(summary, "seen", 0)
        rate = seen / max(now - self.started, 1e-9)
        failed = len(getattr(summary, "failures", []))
        self.stream.write(f"\r  {seen:,} documents  {rate:,.1f} docs/s  {failed} failed   ")
        self.stream.flush()

    def finish(self, summary: object) -> None:
        if not self.active:
            return
        elapsed = time.monotonic() - self.started
        self.stream.write(
            f"\r  done: {getattr(summary, 'coded', 0):,} coded, {getattr(summary, 'reused', 0):,}"
            f" already stored, {len(getattr(summary, 'failures', [])):,} failed"
            f" in {elapsed:,.1f} s\n")
