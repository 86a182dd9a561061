"""How many items the readers will yield for some paths, without keeping anything: the total
behind a progress ETA. Counts what `read_paths` yields (documents and failures alike), one
pass over the bytes; None when it cannot be known (stdin) or a file cannot be read.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path

from .readers import walk_sorted


def count_items(paths: Iterable[str | os.PathLike[str]]) -> int | None:
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        files = walk_sorted(path) if path.is_dir() else [path]
        for file in files:
            n = _count_file(file)
            if n is None:
                return None
            total += n
    return total


def _count_file(path: Path) -> int | None:
    ext = path.suffix.lower()
    try:
        if ext in {".jsonl", ".ndjson"}:
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        if ext == ".csv":
            with path.open(encoding="utf-8", errors="replace", newline="") as fh:
                return max(sum(1 for _ in csv.reader(fh)) - 1, 1)  # rows after the header
    except (OSError, csv.Error):  # e.g. a field over the reader's size limit: no ETA
        return None
    return 1  # one document (or one failure, for a missing or bad file)
