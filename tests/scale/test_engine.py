"""The parent's side without a model: batches, order, reuse, a pool that loses a worker."""

import os

import pytest

from dyad.errors import ProcessingError
from dyad.ingest.readers import RawDoc, make_doc
from dyad.scale.batches import make_batches
from dyad.scale.local import AutoCoder, InlineCoder, PoolCoder
from dyad.scale.work import Settings
from dyad.schema import Document, Failure

from . import fakes


def _items(n, bad=()):
    for i in range(n):
        if i in bad:
            yield Failure(f"in:{i}", "E105", f"in:{i}: missing or empty `text`", str(i))
        else:
            yield make_doc(f"Article number {i}.", f"in:{i}", max_chars=100, id=str(i))


def _outcomes(coder, batches):
    return [(kind, value.id) for batch, results in coder.run(batches)
            for kind, value in batch.outcomes(results)]


def test_batches_keep_input_order_and_reuse_the_store(fresh_db):
    fresh_db.add(Document(id="stored", text="Article number 4."))
    batches = make_batches(_items(10, bad={2}), 3, store=fresh_db)
    assert _outcomes(InlineCoder(Settings(), work=fakes.echo), batches) == [
        ("coded", "0"), ("coded", "1"), ("failed", "2"), ("coded", "3"), ("reused", "stored"),
        *[("coded", str(i)) for i in range(5, 10)]]


def test_auto_coder_codes_one_batch_in_this_process():
    coder = AutoCoder(Settings(), 2, work=fakes.echo)
    assert len(_outcomes(coder, make_batches(_items(3), 32))) == 3
    assert isinstance(coder.coder, InlineCoder)


def test_pool_results_come_back_in_order_from_two_processes():
    coder = PoolCoder(Settings(batch_size=2), 2, work=fakes.echo)
    try:
        results = [(kind, doc) for batch, results in coder.run(make_batches(_items(40), 2))
                   for kind, doc in batch.outcomes(results)]
    finally:
        coder.close()
    assert [doc.id for _, doc in results] == [str(i) for i in range(40)]
    assert all(doc.warnings[0] != str(os.getpid()) for _, doc in results)  # not coded here


def test_a_document_that_kills_its_worker_is_one_failure_and_the_run_goes_on():
    items = list(_items(12))
    items[7] = RawDoc(id="7", text="CRASH here", origin="in:7")
    coder = PoolCoder(Settings(batch_size=3), 2, work=fakes.crashy)
    try:
        outcomes = _outcomes(coder, make_batches(items, 3))
    finally:
        coder.close()
    assert outcomes == [("failed" if i == 7 else "coded", str(i)) for i in range(12)]


def test_workers_are_replaced_every_few_batches_and_order_holds():
    coder = PoolCoder(Settings(batch_size=2), 2, work=fakes.echo, recycle=3)
    try:
        results = [doc for batch, results in coder.run(make_batches(_items(24), 2))
                   for _, doc in batch.outcomes(results)]
    finally:
        coder.close()
    assert [doc.id for doc in results] == [str(i) for i in range(24)]
    assert len({doc.warnings[0] for doc in results}) >= 4  # 12 batches, new workers every 3


def test_workers_that_die_on_everything_stop_the_run():
    items = [RawDoc(id=str(i), text=f"CRASH {i}", origin=f"in:{i}") for i in range(8)]
    coder = PoolCoder(Settings(batch_size=4), 2, work=fakes.crashy)
    try:
        with pytest.raises(ProcessingError, match="in a row"):
            _outcomes(coder, make_batches(items, 4))
    finally:
        coder.close()


def test_a_record_the_store_refuses_is_one_failure(fresh_db):
    from dyad.scale.batches import store_outcomes

    good = Document(id="good", text="Fine.", published="2021-02-27")
    bad = Document(id="bad", text="Not fine.", published="2021-02-30")  # no such day
    outcomes = store_outcomes(fresh_db, [("coded", good), ("coded", bad)])
    assert [(kind, value.id) for kind, value in outcomes] == [("coded", "good"), ("failed", "bad")]
    assert outcomes[1][1].code == "E400"
    assert fresh_db.count("documents") == 1 and fresh_db.count("failures") == 1


def test_parquet_output_needs_a_folder_of_its_own(tmp_path):
    from dyad.errors import UsageError
    from dyad.scale.parquet import PartitionWriter

    (tmp_path / "file").write_text("x")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("x")
    for where in ("file", "full"):
        with pytest.raises(UsageError):
            PartitionWriter(tmp_path / where, settings={"partition_size": 4})
    writer = PartitionWriter(tmp_path / "new", settings={"partition_size": 4})
    writer.write(0, [(0, Document(id="a", text="A.")), (1, Failure("x:2", "E105", "bad"))])
    assert writer.done(0) and not writer.done(1)
    PartitionWriter(tmp_path / "new", settings={"partition_size": 4})  # the same run: resumes
    with pytest.raises(UsageError, match="partition_size"):
        PartitionWriter(tmp_path / "new", settings={"partition_size": 8})
