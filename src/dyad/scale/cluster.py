"""`dyad code --engine dask`: the same batches, coded on a Dask cluster.

The client reads, checks the store and writes, as with local processes; batches go to the
cluster as tasks (`work.code_batch`, so records are the ones a single process makes) and
come back in input order, a bounded number in flight. Records are written as partitioned
Parquet (`parquet.py`) and stored in DuckDB when `--db` is given. A LocalCluster of
`workers` single-threaded processes is started unless `scheduler` names a running one;
its workers need dyad installed at the same version.

Resuming: a partition whose files exist is skipped (with `--db`, only if the store also
holds its documents); texts the store holds are not coded again. The store is written
before the partition file, so a kill between the two leaves nothing lost.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from contextlib import ExitStack, contextmanager
from dataclasses import asdict
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..ingest.readers import RawDoc, read_paths
from ..runner import Reporter, RunSummary
from ..schema import Document, Failure
from .batches import Batch, make_batches, store_outcomes
from .local import WindowCoder
from .parquet import PartitionWriter
from .work import Settings, warm

log = logging.getLogger(__name__)


class DaskCoder(WindowCoder):
    """Batches as Dask tasks; the cluster is joined (or started) at the first batch to code,
    so a rerun with nothing left to do starts nothing."""

    def __init__(self, settings: Settings, scheduler: str | None, workers: int) -> None:
        super().__init__(settings, depth=4 * workers)
        self.scheduler, self.workers = scheduler, workers
        self.stack = ExitStack()
        self.executor: Executor | None = None

    def close(self) -> None:
        self.stack.close()

    def _executor(self) -> Executor:
        if self.executor is None:
            client = self.stack.enter_context(dask_client(self.scheduler, self.workers))
            client.run(warm, self.settings)  # every worker loads the model now, in parallel
            self.depth = 4 * max(len(client.scheduler_info().get("workers", {})), 1)
            self.executor = client.get_executor(pure=False)
        return self.executor


def require_dask() -> None:
    """Dask is an optional extra: say how to get it."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise UsageError("--engine dask needs Dask distributed, which is not installed",
                         hint="pip install 'dyad[dask]'") from exc


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a new LocalCluster."""
    require_dask()
    from distributed import Client, LocalCluster

    quiet = logging.getLogger().getEffectiveLevel() > logging.DEBUG  # Dask's chatter with -vv
    if quiet:
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, scheduler_kwargs={"dashboard": False},
                      # workers' shutdown noise (heartbeats to a closed scheduler) hidden;
                      # a task's own error still reaches the client
                      silence_logs=logging.CRITICAL if quiet else logging.DEBUG) as cluster, \
            Client(cluster) as client:
        yield client


def run_dask(paths: Iterable[str], *, out: Path, settings: Settings, db: Path | None = None,
             workers: int = 2, scheduler: str | None = None, partition_size: int = 512,
             include_text: bool = False, include_sentences: bool = False,
             progress: Reporter | None = None) -> RunSummary:
    """Code every input on Dask; returns the same summary as `run_code`."""
    from ..store import Store

    require_dask()
    paths = list(paths)
    per_partition = max(partition_size // settings.batch_size, 1)
    partition_size = per_partition * settings.batch_size  # whole batches per partition
    writer = PartitionWriter(out, settings=_manifest(paths, settings, partition_size),
                             include_text=include_text, include_sentences=include_sentences)
    summary = RunSummary()
    store = Store(db) if db else None
    if store:
        store.limit_memory()
    coder = DaskCoder(settings, scheduler, workers)
    try:
        items = read_paths(paths, max_chars=settings.max_chars)
        batches = _todo_batches(items, settings.batch_size, per_partition, writer, store, summary)
        current: int | None = None
        held: list[tuple[int, Document | Failure]] = []
        for batch, results in coder.run(batches):
            partition = batch.index // per_partition
            if current is not None and partition != current:
                writer.write(current, held)
                held = []
            current = partition
            outcomes = list(batch.outcomes(results))
            if store:
                outcomes = store_outcomes(store, outcomes)
            start = batch.index * settings.batch_size
            held.extend((start + i, value) for i, (_, value) in enumerate(outcomes))
            for kind, value in outcomes:
                summary.count(kind, value)
            if progress:
                progress.update(summary)
        if current is not None:
            writer.write(current, held)
    finally:
        coder.close()
        if store:
            store.close()
    log.info("%d coded, %d already stored or written, %d failed", summary.coded,
             summary.reused, summary.failed)
    return summary


def _todo_batches(items: Iterable[RawDoc | Failure], batch_size: int, per_partition: int,
                  writer: PartitionWriter, store: Any, summary: RunSummary) -> Iterator[Batch]:
    """Batches of the partitions still to write. A written partition is skipped (counted as
    reused) unless the store lacks some of its documents (a new store, or failed ones)."""
    iterator = iter(items)
    partition = 0
    while chunk := list(islice(iterator, batch_size * per_partition)):
        batches = list(make_batches(chunk, batch_size, store=store,
                                    start=partition * per_partition))
        if writer.done(partition) and (store is None or not any(b.todo for b in batches)):
            for item in chunk:
                summary.count("failed" if isinstance(item, Failure) else "reused", item)
        else:
            yield from batches
        partition += 1


def _manifest(paths: list[str], settings: Settings, partition_size: int) -> dict[str, Any]:
    """What decides a partition's content: a rerun into the same folder must match it."""
    config = asdict(settings)
    config["dictionaries"] = {
        "user_dirs": [str(Path(p).resolve()) for p in settings.dictionaries.user_dirs],
        "use_defaults": settings.dictionaries.use_defaults}
    inputs = [p if p == "-" else str(Path(p).resolve()) for p in paths]
    return {"inputs": inputs, "partition_size": partition_size, **config}
