import json

from dyad.schema import Document, Event, Failure, Mention, Quote, Span
from dyad.store.export import export_jsonl, export_parquet


def _doc(text="Russia met Georgia.", id="d1"):
    src = Mention("Russia", 0, 6, code="RUS", country="RUS", type="state")
    tgt = Mention("Georgia", 11, 18, code="GEO", country="GEO", type="state")
    return Document(
        id=id, text=text, published="2021-08-06", actors=[src, tgt],
        quotes=[Quote("indirect", Span("met Georgia", 7, 18), None, src)],
        events=[Event(trigger=Span("met", 7, 10), sentence=Span(text, 0, len(text)), cameo="040",
                      root="04", source=src, target=tgt, plover="CONSULT", quad_class=1,
                      goldstein=1.0)])


def test_add_is_idempotent(fresh_db):
    assert fresh_db.add(_doc()) is True
    assert fresh_db.add(_doc()) is False
    assert [fresh_db.count(t) for t in ("documents", "mentions", "quotes", "events")] == \
        [1, 2, 1, 1]


def test_get_returns_stored_record(fresh_db):
    doc = _doc()
    fresh_db.add(doc)
    record = fresh_db.get(doc.text)
    assert record["id"] == "d1" and record["events"][0]["cameo"] == "040"
    assert Document.from_dict(record).events[0].source.code == "RUS"
    assert fresh_db.get("another text") is None


def test_failures_are_recorded_once_and_cleared_on_success(fresh_db):
    f = Failure("x.jsonl:3", "E105", "x.jsonl:3: missing or empty `text`", "d1")
    fresh_db.add_failure(f)
    fresh_db.add_failure(f)
    assert fresh_db.count("failures") == 1
    fresh_db.add(_doc())
    assert fresh_db.count("failures") == 0


def test_exports(fresh_db, tmp_path):
    fresh_db.add(_doc())
    fresh_db.add(_doc("Georgia met Russia.", "d2"))
    out = tmp_path / "out.jsonl"
    with out.open("w") as fh:
        assert export_jsonl(fresh_db, fh) == 2
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == ["d1", "d2"]
    paths = export_parquet(fresh_db, tmp_path / "pq")
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == 2
    assert len(paths) == 6
