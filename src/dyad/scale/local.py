"""Coding batches in the parent (`--workers 1`) or in a pool of local processes.

The pool keeps a bounded window of batches in flight and hands results back in input order,
so memory stays flat however long the input is. Each worker builds its pipeline once. A
worker that dies (out of memory, a crash in native code) breaks the pool: the pool is
restarted and the batches in flight are re-run one at a time to find the document that
kills it, which is recorded as a failure; the run goes on.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ..errors import ProcessingError
from ..ingest.readers import RawDoc
from ..schema import Document, Failure
from .batches import Batch
from .work import RUN_ERRORS, Settings, code_batch, failure_for, warm

log = logging.getLogger(__name__)

Results = list[Document | Failure]
Work = Callable[[Settings, list[RawDoc]], Results]
DIED = "the worker process died while coding it (out of memory, or a crash in native code)"
MAX_DEATHS = 3


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class InlineCoder:
    """Code every batch in this process: `--workers 1`."""

    def __init__(self, settings: Settings, *, work: Work = code_batch) -> None:
        self.settings, self.work = settings, work

    def run(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, Results]]:
        for batch in batches:
            todo = batch.todo
            yield batch, self.work(self.settings, todo) if todo else []

    def close(self) -> None:
        pass


@dataclass
class _Entry:
    batch: Batch
    future: Future | None = None
    result: Results | None = None

    def ready(self) -> bool:
        return self.result is not None or (self.future is not None and self.future.done())


class WindowCoder:
    """Code batches on an executor, a bounded window in flight, results in input order.
    A batch whose task fails is re-run a document at a time; what still fails is recorded."""

    recycle: int | None = None  # batches after which the workers are replaced

    def __init__(self, settings: Settings, *, work: Work = code_batch, depth: int = 4) -> None:
        self.settings, self.work, self.depth = settings, work, depth
        self.window: deque[_Entry] = deque()
        self.submitted = 0

    def run(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, Results]]:
        for batch in batches:
            entry = _Entry(batch)
            todo = batch.todo
            if todo and self.recycle and self.submitted and self.submitted % self.recycle == 0:
                while self.window:  # let the workers finish, then start fresh ones
                    yield self._pop()
                self.close()
            if todo:
                entry.future = self._submit(todo)
                self.submitted += 1
            else:
                entry.result = []
            self.window.append(entry)
            while self.window and (len(self.window) > self.depth or self.window[0].ready()):
                yield self._pop()
        while self.window:
            yield self._pop()

    def close(self) -> None:
        pass

    def _executor(self) -> Executor:
        raise NotImplementedError

    def _submit(self, todo: list[RawDoc]) -> Future:
        return self._executor().submit(self.work, self.settings, todo)

    def _pop(self) -> tuple[Batch, Results]:
        entry = self.window[0]
        if entry.result is None:
            try:
                entry.result = entry.future.result()  # type: ignore[union-attr]
            except RUN_ERRORS:
                raise
            except Exception as exc:  # noqa: BLE001 - a lost worker, a result that won't pickle
                entry.result = self._failed(entry.batch.todo, exc)
        self.window.popleft()
        return entry.batch, entry.result

    def _failed(self, todo: list[RawDoc], exc: BaseException) -> Results:
        log.warning("a batch failed (%s: %s); coding its documents one at a time",
                    type(exc).__name__, exc)
        futures = [self._submit([raw]) for raw in todo]
        results: Results = []
        for raw, future in zip(todo, futures, strict=True):
            try:
                results.extend(future.result())
            except RUN_ERRORS:
                raise
            except Exception as exc:  # noqa: BLE001
                results.append(failure_for(raw, f"{type(exc).__name__}: {exc}"))
        return results


class PoolCoder(WindowCoder):
    """Code batches in `workers` local processes (spawned, each loading the model once).

    Workers are replaced every `recycle` batches (default 2,000: 64,000 documents at the
    default batch size, a pause of a model load), so memory that grows slowly inside a
    worker (spaCy keeps every new string it sees) stays bounded over any number of
    documents. (Not `max_tasks_per_child`: it deadlocks on Python 3.11, CPython gh-115634.)
    """

    def __init__(self, settings: Settings, workers: int, *, work: Work = code_batch,
                 depth: int | None = None, recycle: int | None = 2000) -> None:
        # batches in flight: enough queued that a slow batch at the head idles no worker
        super().__init__(settings, work=work, depth=depth or 4 * workers)
        self.workers, self.recycle = workers, recycle
        self.pool: ProcessPoolExecutor | None = None
        self.deaths = 0  # documents in a row that killed a worker

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _executor(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.settings, os.getpid(), logging.getLogger().getEffectiveLevel(),
                          self.work is code_batch))
        return self.pool

    def _submit(self, todo: list[RawDoc]) -> Future:
        try:
            return super()._submit(todo)
        except BrokenProcessPool:
            self._recover()
            return super()._submit(todo)

    def _failed(self, todo: list[RawDoc], exc: BaseException) -> Results:
        if not isinstance(exc, BrokenProcessPool):
            return super()._failed(todo, exc)
        self._recover()
        return self.window[0].result  # type: ignore[return-value]

    def _recover(self) -> None:
        """A worker died: restart the pool, re-run unfinished batches one at a time."""
        log.warning("a worker process died; restarting the pool to find the cause")
        self._restart()
        for entry in self.window:
            if entry.result is not None:
                continue
            future = entry.future
            if future is not None and future.done() and future.exception() is None:
                entry.result = future.result()
            else:
                entry.result = self._isolated(entry.batch.todo)

    def _isolated(self, todo: list[RawDoc]) -> Results:
        try:
            results = self._executor().submit(self.work, self.settings, todo).result()
            self.deaths = 0
            return results
        except BrokenProcessPool:
            self._restart()
            if len(todo) > 1:
                return [result for raw in todo for result in self._isolated([raw])]
            self.deaths += 1
            if self.deaths >= MAX_DEATHS:  # not one document's fault: the workers cannot run
                raise ProcessingError(
                    f"worker processes died on {MAX_DEATHS} documents in a row",
                    hint="Run with --workers 1 to see the error; if the script calling dyad "
                         "starts workers, guard it with `if __name__ == '__main__':`.") from None
            log.error("%s: %s", todo[0].origin, DIED)
            return [failure_for(todo[0], DIED)]
        except RUN_ERRORS:
            raise
        except Exception as exc:  # noqa: BLE001
            return [failure_for(raw, f"{type(exc).__name__}: {exc}") for raw in todo]

    def _restart(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
        self._executor()


def _init_worker(settings: Settings, parent: int, log_level: int, load: bool) -> None:
    """Build the pipeline; leave if the parent dies (a kill -9 must not leave orphans) and
    leave Ctrl-C to the parent, which shuts the pool down. Logs as the parent does."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=log_level, format="dyad: %(levelname)s: %(message)s")
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if load:
        warm(settings)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


class AutoCoder:
    """`workers` processes, started only once there are two batches to code: a single
    article is coded at once in this process instead of waiting for workers to load."""

    def __init__(self, settings: Settings, workers: int, *, work: Work = code_batch) -> None:
        self.settings, self.workers, self.work = settings, workers, work
        self.coder: InlineCoder | PoolCoder | None = None

    def run(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, Results]]:
        iterator = iter(batches)
        held: list[Batch] = []
        for batch in iterator if self.workers > 1 else ():
            held.append(batch)
            busy = sum(1 for b in held if b.todo)
            if busy > 1 or len(held) > 4 * self.workers:
                self.coder = PoolCoder(self.settings, self.workers, work=self.work)
                yield from self.coder.run(itertools.chain(held, iterator))
                return
            if not busy:  # nothing to code yet (stored records): pass it on
                yield held.pop(), []
        self.coder = InlineCoder(self.settings, work=self.work)
        yield from self.coder.run(itertools.chain(held, iterator))

    def close(self) -> None:
        if self.coder is not None:
            self.coder.close()
