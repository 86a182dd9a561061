"""Batched storing: one transaction per batch, the same rows as one-by-one, no duplicates."""

import pytest

from dyad.schema import Document, Failure
from dyad.store.rows import DOCUMENT_COLUMNS, PART_COLUMNS

from .test_db import _doc


def test_arrow_columns_match_the_store_tables(fresh_db):
    tables = {"documents": DOCUMENT_COLUMNS, **PART_COLUMNS}
    for table, columns in tables.items():
        names = [row[0] for row in fresh_db.con.execute(f"DESCRIBE {table}").fetchall()]
        assert names == [name for name, _ in columns], table


def test_add_many_skips_stored_and_repeated_texts(fresh_db):
    fresh_db.add(_doc())
    added = fresh_db.add_many([_doc(), _doc("Georgia met Russia.", "d2"),
                               _doc("Georgia met Russia.", "d3")])
    assert added == [False, True, False]
    assert fresh_db.count("documents") == 2 and fresh_db.count("mentions") == 4
    assert [r["id"] for r in fresh_db.records()] == ["d1", "d2"]


def test_add_many_keeps_input_order_and_dates(fresh_db):
    docs = [_doc(f"Russia met Georgia {i}.", f"d{i}") for i in range(5)]
    fresh_db.add_many(docs)
    assert [r["id"] for r in fresh_db.records()] == [f"d{i}" for i in range(5)]
    published, = fresh_db.con.execute("SELECT DISTINCT published FROM documents").fetchone()
    assert str(published) == "2021-08-06"


def test_add_many_is_all_or_nothing(fresh_db):
    bad = _doc("Georgia met Russia.", "bad")
    bad.published = "not a date"
    with pytest.raises(Exception):  # noqa: B017 - whichever error the cast raises
        fresh_db.add_many([_doc(), bad])
    assert fresh_db.count("documents") == 0 and fresh_db.count("mentions") == 0


def test_get_many_and_failures(fresh_db):
    fresh_db.add_many([_doc(), _doc("Georgia met Russia.", "d2")])
    found = fresh_db.get_many(["Russia met Georgia.", "unknown", "Russia met Georgia."])
    assert [r["id"] for r in found.values()] == ["d1"]
    assert Document.from_dict(next(iter(found.values()))).events[0].cameo == "040"
    failure = Failure("x.jsonl:3", "E105", "x.jsonl:3: missing or empty `text`", "d9")
    fresh_db.add_failures([failure, failure])
    assert fresh_db.count("failures") == 1



def _limit_mb(store) -> float:
    text = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    number, unit = float(text.split()[0]), text.split()[1]
    return number * {"MiB": 1.048576, "GiB": 1073.741824, "MB": 1, "GB": 1000}[unit]


def test_memory_limit_leaves_room_for_the_key_indexes(tmp_path):
    import duckdb

    from dyad.store import Store
    from dyad.store.db import SCHEMA

    with Store(tmp_path / "new.duckdb") as store:
        store.limit_memory()
        assert 250 < _limit_mb(store) < 300  # the cache alone: nothing stored yet
        store.add_many([_doc(f"Russia met Georgia {i}.", f"d{i}") for i in range(20)])
        assert store._keys == 20  # documents only: the part tables have no key

    old = tmp_path / "old.duckdb"  # a store made when the part tables had keys
    with duckdb.connect(str(old)) as con:
        con.execute(SCHEMA.replace("antecedent_end INTEGER);",
                                   "antecedent_end INTEGER, PRIMARY KEY (doc_key, n));"))
    with Store(old) as store:
        store.limit_memory()
        store.add_many([_doc(f"Russia met Georgia {i}.", f"d{i}") for i in range(20)])
        assert store._keys == 20 + 40  # and two mentions each
