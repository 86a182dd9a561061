"""Work functions for the pool tests: picklable by reference, no model needed."""

from __future__ import annotations

import os

from dyad.schema import Document


def echo(settings, raws):
    """A 'coded' record per document: its id, its text, the worker's pid as a warning."""
    return [Document(id=raw.id, text=raw.text, warnings=[str(os.getpid())]) for raw in raws]


def crashy(settings, raws):
    """Dies like a segfault on a document whose text says CRASH."""
    if any("CRASH" in raw.text for raw in raws):
        os._exit(1)
    return echo(settings, raws)
