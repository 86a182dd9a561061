"""A coding run: read inputs, skip what the store already has, code the rest, write and store.

Kept apart from the CLI so the library, the CLI and later the web API share one behaviour.
The parent reads, checks the store and writes; coding runs in this process (`workers=1`)
or in worker processes (`dyad.scale`), a batch at a time, results in input order. Memory
is bounded by the batches in flight, not by the input.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .context import DictionaryConfig
from .ingest.readers import DEFAULT_MAX_CHARS, read_paths
from .schema import Document, Failure

log = logging.getLogger(__name__)
KEEP_FAILURES = 1000  # failures kept for the end-of-run report; all are counted and stored


class Writer(Protocol):
    def write(self, doc: Document) -> None: ...
    def close(self) -> None: ...


class Reporter(Protocol):
    def update(self, summary: RunSummary) -> None: ...


@dataclass
class RunSummary:
    coded: int = 0
    reused: int = 0  # records taken from the store (or, with Dask, already in the output)
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)  # the first KEEP_FAILURES

    @property
    def seen(self) -> int:
        return self.coded + self.reused + self.failed

    def count(self, kind: str, value: object) -> None:
        if kind == "coded":
            self.coded += 1
        elif kind == "reused":
            self.reused += 1
        else:
            self.failed += 1
            if len(self.failures) < KEEP_FAILURES and isinstance(value, Failure):
                self.failures.append(value)


def run_code(paths: Iterable[str], *, writer: Writer, db: Path | None = None,
             published: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
             batch_size: int = 32, dictionaries: DictionaryConfig | None = None,
             progress: Reporter | None = None, workers: int | None = None) -> RunSummary:
    """Code every input; each result is written, and stored when `db` is given.

    `workers`: coding processes (default all cores; 1 codes in this process). Output is the
    same, record for record, whatever the number of workers.
    """
    from .scale.batches import make_batches, store_outcomes
    from .scale.local import AutoCoder, default_workers
    from .scale.work import Settings
    from .store import Store

    settings = Settings(dictionaries=dictionaries or DictionaryConfig(), batch_size=batch_size,
                        max_chars=max_chars, published=published)
    summary = RunSummary()
    store = Store(db) if db else None
    if store:
        store.limit_memory()
    coder = AutoCoder(settings, workers or default_workers())
    try:
        batches = make_batches(read_paths(paths, max_chars=max_chars), batch_size, store=store)
        for batch, results in coder.run(batches):
            outcomes = list(batch.outcomes(results))
            if store:
                outcomes = store_outcomes(store, outcomes)
            for kind, value in outcomes:
                if isinstance(value, Document):
                    writer.write(value)
                summary.count(kind, value)
            if progress:
                progress.update(summary)
    finally:
        coder.close()
        if store:
            store.close()
    log.info("%d coded, %d already stored, %d failed", summary.coded, summary.reused,
             summary.failed)
    return summary
