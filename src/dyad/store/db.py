"""DuckDB store: one row per document (with its full record), flat tables per record type, and
the failures. Keyed by a hash of the text, so re-running an input never adds anything twice.

Documents are written a batch at a time, each batch in one transaction (`add_many`): a killed
run leaves whole documents or none. Rows go in as Arrow tables, about 40x faster than
row-by-row inserts, so storing keeps up with several coding processes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..schema import Document, Failure
from .rows import (
    DOCUMENT_COLUMNS,
    PART_COLUMNS,
    document_row,
    failure_row,
    part_rows,
    to_arrow,
)

# Only documents and failures have primary keys. DuckDB holds a table's whole key index in
# memory while it inserts (about 120 bytes a key here), so keys on the part tables, with tens
# of rows a document, would cost gigabytes per million documents; the documents key and one
# transaction per batch already keep every part row single. (Stores made before keep theirs.)
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_key VARCHAR PRIMARY KEY, id VARCHAR, title VARCHAR, published DATE,
    dateline_place VARCHAR, dateline_date DATE, url VARCHAR, source VARCHAR,
    text VARCHAR, record JSON, coded_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS mentions (
    doc_key VARCHAR, n INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
    code VARCHAR, country VARCHAR, sectors VARCHAR[], name VARCHAR, type VARCHAR,
    antecedent_start INTEGER, antecedent_end INTEGER);
CREATE TABLE IF NOT EXISTS quotes (
    doc_key VARCHAR, n INTEGER, kind VARCHAR, content VARCHAR, content_start INTEGER,
    content_end INTEGER, cue VARCHAR, speaker VARCHAR, speaker_code VARCHAR,
    speaker_name VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    doc_key VARCHAR, n INTEGER, source_code VARCHAR, source_text VARCHAR,
    target_code VARCHAR, target_text VARCHAR, cameo VARCHAR, root VARCHAR, plover VARCHAR,
    plover_mode VARCHAR, quad_class INTEGER, goldstein DOUBLE, negated BOOLEAN,
    modality VARCHAR, reported_by_code VARCHAR, date DATE, date_precision VARCHAR,
    location VARCHAR, lat DOUBLE, lon DOUBLE, trigger VARCHAR, sentence VARCHAR,
    confidence DOUBLE, rule VARCHAR);
CREATE TABLE IF NOT EXISTS places (
    doc_key VARCHAR, n INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER,
    name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
    geonameid BIGINT, feature VARCHAR);
CREATE TABLE IF NOT EXISTS failures (
    origin VARCHAR PRIMARY KEY, id VARCHAR, code VARCHAR, message VARCHAR, failed_at TIMESTAMP);
"""
TABLES = ("documents", "mentions", "quotes", "events", "places", "failures")
CACHE_MB = 256  # DuckDB's cache of table data during a long run, besides the key indexes
BYTES_PER_KEY = 400  # room per indexed row: about 3x what an index entry takes


def doc_key(text: str) -> str:
    """Identity of a document in the store: the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """A dyad database; use as a context manager or call close()."""

    def __init__(self, path: str | Path = "dyad.duckdb") -> None:
        self.path = str(path)
        self._keyed: set[str] = set()  # tables with a primary key, once limit_memory is on
        self._keys = 0  # rows in those tables
        self._limit_keys: int | None = None  # the count the memory limit was set for
        try:
            self.con = duckdb.connect(self.path)
            self.con.execute(SCHEMA)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc

    def limit_memory(self) -> None:
        """Bound DuckDB's memory for a long run (by default its cache grows with the store,
        up to 80% of RAM): CACHE_MB plus room for the key indexes, which must fit in memory,
        raised as the store grows."""
        keyed = [t for (t,) in self.con.execute(
            "SELECT DISTINCT table_name FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY'").fetchall() if t in TABLES]
        self._keyed = set(keyed)
        self._keys = sum(self.count(t) for t in keyed)
        self._set_limit()

    def _set_limit(self) -> None:
        self._limit_keys = self._keys
        mb = CACHE_MB + int(self._keys * 1.1) * BYTES_PER_KEY // 2**20
        self.con.execute(f"SET memory_limit = '{mb}MB'")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def get(self, text: str) -> dict | None:
        """The stored record of a text, or None if it was never coded here."""
        row = self.con.execute("SELECT record FROM documents WHERE doc_key = ?",
                               [doc_key(text)]).fetchone()
        return json.loads(row[0]) if row else None

    def get_many(self, texts: Iterable[str]) -> dict[str, dict]:
        """Stored records of the texts that were coded here, by doc_key (one query)."""
        keys = list({doc_key(t) for t in texts})
        if not keys:
            return {}
        rows = self.con.execute(
            "SELECT doc_key, record FROM documents WHERE doc_key IN (SELECT unnest(?))",
            [keys]).fetchall()
        return {key: json.loads(record) for key, record in rows}

    def add(self, doc: Document) -> bool:
        """Store a coded document and its parts; False if the same text is already stored."""
        return self.add_many([doc])[0]

    def add_many(self, docs: Sequence[Document]) -> list[bool]:
        """Store documents in one transaction (all of them or none); for each, False if its
        text was already stored (or came earlier in `docs`)."""
        if not docs:
            return []
        keys = [doc_key(d.text) for d in docs]
        self.con.execute("BEGIN TRANSACTION")
        try:
            stored = {k for (k,) in self.con.execute(
                "SELECT doc_key FROM documents WHERE doc_key IN (SELECT unnest(?))",
                [list(set(keys))]).fetchall()}
            added = []
            for key in keys:
                added.append(key not in stored)
                stored.add(key)
            fresh = [(k, d) for k, d, new in zip(keys, docs, added, strict=True) if new]
            if fresh:
                self._insert(fresh)
                self._count_keys(fresh)
                self.con.execute("DELETE FROM failures WHERE id IN (SELECT unnest(?))",
                                 [[d.id for _, d in fresh]])  # fixed since they failed
            self.con.execute("COMMIT")
            return added
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def add_failure(self, failure: Failure) -> None:
        """Record (or refresh) why an input could not be coded."""
        self.add_failures([failure])

    def add_failures(self, failures: Sequence[Failure]) -> None:
        """Record (or refresh) failures; one row per origin, however often it failed."""
        if failures:
            now = _now()
            self.con.executemany("INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?)",
                                 [(*failure_row(f), now) for f in failures])

    def records(self) -> Iterator[dict]:
        """Every stored record, in the order documents were coded."""
        cur = self.con.execute("SELECT record FROM documents ORDER BY coded_at, doc_key")
        while rows := cur.fetchmany(1000):
            for (record,) in rows:
                yield json.loads(record)

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r}; tables are {', '.join(TABLES)}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def _insert(self, docs: list[tuple[str, Document]]) -> None:
        base = _now()
        documents: list[tuple] = []
        parts: dict[str, list[tuple]] = {table: [] for table in PART_COLUMNS}
        for i, (key, doc) in enumerate(docs):
            record = json.dumps(doc.to_dict(include_text=True, include_sentences=True))
            # a microsecond apart, so records() keeps the order documents were coded in
            documents.append(document_row(key, doc, record, base + timedelta(microseconds=i)))
            for table, rows in part_rows(key, doc).items():
                parts[table].extend(rows)
        self._bulk("documents", DOCUMENT_COLUMNS, documents)
        for table, columns in PART_COLUMNS.items():
            self._bulk(table, columns, parts[table])

    def _count_keys(self, docs: list[tuple[str, Document]]) -> None:
        if self._limit_keys is None:
            return
        sizes = {"documents": len(docs), "mentions": sum(len(d.actors) for _, d in docs),
                 "quotes": sum(len(d.quotes) for _, d in docs),
                 "events": sum(len(d.events) for _, d in docs),
                 "places": sum(len(d.places) for _, d in docs)}
        self._keys += sum(n for table, n in sizes.items() if table in self._keyed)
        if self._keys > 1.1 * self._limit_keys:
            self._set_limit()

    def _bulk(self, table: str, columns: tuple, rows: list[tuple]) -> None:
        if not rows:
            return
        names = ", ".join(name for name, _ in columns)
        self.con.register("_dyad_rows", to_arrow(columns, rows))
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _dyad_rows")
        finally:
            self.con.unregister("_dyad_rows")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
