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

