"""The parent's side of a run: read, cut the stream into batches, take stored records from the
store, and put results back in input order.

A batch is `batch_size` consecutive items of the input (documents and read failures alike),
so batch boundaries, and with them every `nlp.pipe` call, are the same whatever the engine
or number of workers. Only the documents still to code (`todo`) leave the parent.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal

from ..errors import StoreError
from ..ingest.readers import RawDoc
from ..schema import Document, Failure
from ..store import Store
from ..store.db import doc_key

log = logging.getLogger(__name__)
Kind = Literal["coded", "reused", "failed"]
Outcome = tuple[Kind, Document | Failure]


@dataclass
class Batch:
    index: int
    items: list[RawDoc | Failure]
    stored: dict[int, Document] = field(default_factory=dict)  # position -> stored record

    @property
    def todo(self) -> list[RawDoc]:
        """The documents to code, in order."""
        return [item for i, item in enumerate(self.items)
                if isinstance(item, RawDoc) and i not in self.stored]

    def outcomes(self, results: list[Document | Failure]) -> Iterator[Outcome]:
        """Every item's outcome in input order, given the results of coding `todo`."""
        coded = iter(results)
        for i, item in enumerate(self.items):
            if isinstance(item, Failure):
                yield "failed", item
            elif i in self.stored:
                yield "reused", self.stored[i]
            else:
                result = next(coded)
                yield ("failed" if isinstance(result, Failure) else "coded"), result


def make_batches(items: Iterable[RawDoc | Failure], batch_size: int, *,
                 store: Store | None = None, start: int = 0) -> Iterator[Batch]:
    """Consecutive batches, numbered from `start`; with a store, stored texts are reused."""
    iterator = iter(items)
    index = start
    while chunk := list(islice(iterator, batch_size)):
        batch = Batch(index, chunk)
        if store is not None:
            reuse_stored(batch, store)
        yield batch
        index += 1


def reuse_stored(batch: Batch, store: Store) -> None:
    """Mark the batch's documents whose text the store already holds (one query)."""
    texts = [item.text for item in batch.items if isinstance(item, RawDoc)]
    if not texts:
        return
    records = store.get_many(texts)
    for i, item in enumerate(batch.items):
        if isinstance(item, RawDoc):
            record = records.get(doc_key(item.text))
            if record is not None:
                batch.stored[i] = Document.from_dict(record)


def store_outcomes(store: Store, outcomes: list[Outcome]) -> list[Outcome]:
    """Store a batch's coded documents (one transaction) and its failures. If the batch
    cannot be stored, each document is tried alone and one that still cannot is a failure
    (E400), so one bad record never stops the run."""
    coded = [doc for kind, doc in outcomes if kind == "coded"]
    try:
        store.add_many(coded)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - e.g. a date DuckDB cannot read, from a stage's bug
        outcomes = [_store_alone(store, kind, value) for kind, value in outcomes]
    store.add_failures([f for kind, f in outcomes if kind == "failed"])  # type: ignore[misc]
    return outcomes


def _store_alone(store: Store, kind: Kind, value: Document | Failure) -> Outcome:
    if kind != "coded" or not isinstance(value, Document):
        return kind, value
    try:
        store.add_many([value])
        return kind, value
    except Exception as exc:  # noqa: BLE001
        log.exception("cannot store %s", value.id)
        return "failed", Failure(value.id, StoreError.code,
                                 f"{value.id}: cannot be stored: {type(exc).__name__}: {exc}",
                                 value.id)
