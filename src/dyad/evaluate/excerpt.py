"""The sentence an error is in, with the span marked ⟦like this⟧, so a developer sees the
words without opening the file. Uses the coded document's sentences; a window of text when
the document failed to code (no sentences).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Span
from .spans import Fragments, bounds

OPEN, CLOSE = "\u27e6", "\u27e7"


def excerpt(text: str, sentences: Sequence[Span], span: Fragments | None, *,
            width: int = 320) -> str:
    """The sentence(s) overlapping `span` (whole text if short and no span), span marked,
    newlines flattened, cut in the middle past `width` characters."""
    if span is None:
        return _flatten(text[:width])
    start, end = bounds(span)
    around = [s for s in sentences if s.start < max(end, start + 1) and s.end > start]
    if around:
        lo, hi = min(s.start for s in around), max(s.end for s in around)
    else:
        lo, hi = _window(text, start, end)
    lo, hi = min(lo, start), max(hi, end)
    head = tail = ""
    if hi - lo > width and end - start < width - 40:
        room = (width - (end - start)) // 2  # keep the span whole, centred
        if start - room > lo:
            lo, head = start - room, "..."
        if end + room < hi:
            hi, tail = end + room, "..."
    marked = head + text[lo:start] + OPEN + text[start:end] + CLOSE + text[end:hi] + tail
    return _shorten(_flatten(marked), width + 10)


def _window(text: str, start: int, end: int, reach: int = 120) -> tuple[int, int]:
    lo = max(0, start - reach)
    hi = min(len(text), end + reach)
    return lo, hi


def _flatten(s: str) -> str:
    return " ".join(s.split())


def _shorten(s: str, width: int) -> str:
    if len(s) <= width:
        return s
    half = (width - 5) // 2
    return s[:half] + " ... " + s[-half:]


def clip(s: str, width: int = 100) -> str:
    """A span's text for a one-line detail."""
    s = _flatten(s)
    return s if len(s) <= width else s[:width - 3] + "..."
