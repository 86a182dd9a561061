"""A coding run: read inputs, skip what the store already has, code the rest, write and store.

Kept apart from the CLI so the library, the CLI and later the web API share one behaviour.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .context import DictionaryConfig
from .ingest.readers import RawDoc, read_paths
from .pipeline import Pipeline
from .schema import Document, Failure


class Writer(Protocol):
    def write(self, doc: Document) -> None: ...
    def close(self) -> None: ...


class Reporter(Protocol):
    def update(self, summary: RunSummary) -> None: ...


@dataclass
class RunSummary:
    coded: int = 0
    reused: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.coded + self.reused + len(self.failures)


def run_code(paths: Iterable[str], *, writer: Writer, db: Path | None = None,
             published: str | None = None, max_chars: int = 1_000_000, batch_size: int = 32,
             dictionaries: DictionaryConfig | None = None,
             progress: Reporter | None = None) -> RunSummary:
    """Code every input; each result is written, and stored when `db` is given."""
    from .store import Store

    pipeline = Pipeline(dictionaries=dictionaries or DictionaryConfig(), batch_size=batch_size,
                        max_chars=max_chars)
    summary = RunSummary()
    store = Store(db) if db else None
    try:
        items = read_paths(paths, max_chars=max_chars)
        for result in pipeline.code_many(_reuse_stored(items, store, summary, writer),
                                         published=published):
            if isinstance(result, Failure):
                summary.failures.append(result)
                if store:
                    store.add_failure(result)
            else:
                if store:
                    store.add(result)
                writer.write(result)
                summary.coded += 1
            if progress:
                progress.update(summary)
    finally:
        if store:
            store.close()
    return summary


def _reuse_stored(items: Iterable[RawDoc | Failure], store: object | None,
                  summary: RunSummary, writer: Writer) -> Iterator[RawDoc | Failure]:
    """Emit stored records for texts already coded; pass everything else on to be coded."""
    for item in items:
        if store is not None and isinstance(item, RawDoc):
            record = store.get(item.text)  # type: ignore[attr-defined]
            if record is not None:
                writer.write(Document.from_dict(record))
                summary.reused += 1
                continue
        yield item
