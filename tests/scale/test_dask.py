"""Dask: a LocalCluster (threads, in this process) writes the records a single process makes."""

import io

import pytest

from dyad.output import JsonlWriter
from dyad.runner import run_code

from .articles import corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None, scheduler_kwargs={"dashboard": False}
                                  ) as cluster:
        yield cluster.scheduler_address


def test_dask_records_equal_single_process(tmp_path, scheduler):
    import duckdb

    from dyad.scale.cluster import run_dask
    from dyad.scale.work import Settings

    path = corpus(tmp_path / "in.jsonl")
    out = io.StringIO()
    run_code([str(path)], writer=JsonlWriter(out, include_text=True, include_sentences=False),
             workers=1, batch_size=2)
    single = out.getvalue().splitlines()

    pq, db = tmp_path / "pq", tmp_path / "s.duckdb"
    summary = run_dask([str(path)], out=pq, settings=Settings(batch_size=2), db=db,
                       scheduler=scheduler, partition_size=4, include_text=True)
    assert (summary.coded, summary.failed) == (9, 2)
    records = duckdb.sql(f"SELECT record FROM '{pq}/documents/*.parquet' ORDER BY position")
    assert [r for (r,) in records.fetchall()] == single
    assert len(list((pq / "documents").glob("*.parquet"))) == 3  # 11 items, 4 a partition
    failures = duckdb.sql(f"SELECT position, code FROM '{pq}/failures/*.parquet' ORDER BY 1")
    assert failures.fetchall() == [(3, "E105"), (9, "E105")]
    events = duckdb.sql(f"SELECT count(*) FROM '{pq}/events/*.parquet'").fetchall()[0][0]
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 9
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == events

    again = run_dask([str(path)], out=pq, settings=Settings(batch_size=2), db=db,
                     scheduler=scheduler, partition_size=4, include_text=True)
    assert (again.coded, again.reused) == (0, 9)  # every partition written and stored


def test_a_folder_of_another_run_is_refused(tmp_path, scheduler):
    from dyad.errors import UsageError
    from dyad.scale.cluster import run_dask
    from dyad.scale.work import Settings

    path = corpus(tmp_path / "in.jsonl")
    pq = tmp_path / "pq"
    run_dask([str(path)], out=pq, settings=Settings(batch_size=2), scheduler=scheduler,
             partition_size=4)
    with pytest.raises(UsageError, match="partition_size"):
        run_dask([str(path)], out=pq, settings=Settings(batch_size=2), scheduler=scheduler,
                 partition_size=8)


def test_a_lost_partition_is_the_only_one_coded_again(tmp_path, scheduler):
    import duckdb

    from dyad.scale.cluster import run_dask
    from dyad.scale.work import Settings

    path = corpus(tmp_path / "in.jsonl")
    pq = tmp_path / "pq"
    first = run_dask([str(path)], out=pq, settings=Settings(batch_size=2), scheduler=scheduler,
                     partition_size=4)
    query = f"SELECT position, record FROM '{pq}/documents/*.parquet' ORDER BY position"
    before = duckdb.sql(query).fetchall()
    (pq / "documents" / "part-00001.parquet").unlink()  # as if killed while writing it
    again = run_dask([str(path)], out=pq, settings=Settings(batch_size=2), scheduler=scheduler,
                     partition_size=4)
    assert (first.coded, again.coded, again.reused) == (9, 4, 5)  # positions 4-7 only
    assert duckdb.sql(query).fetchall() == before
