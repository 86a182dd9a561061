"""DuckDB store: one row per document (with its full record), flat tables per record type, and
the failures. Keyed by a hash of the text, so re-running an input never adds anything twice.

Each document is written in one transaction: a killed run leaves whole documents or none.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..schema import Document, Failure

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_key VARCHAR PRIMARY KEY, id VARCHAR, title VARCHAR, published DATE,
    dateline_place VARCHAR, dateline_date DATE, url VARCHAR, source VARCHAR,
    text VARCHAR, record JSON, coded_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS mentions (
    doc_key VARCHAR, n INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
    code VARCHAR, country VARCHAR, sectors VARCHAR[], name VARCHAR, type VARCHAR,
    antecedent_start INTEGER, antecedent_end INTEGER, PRIMARY KEY (doc_key, n));
CREATE TABLE IF NOT EXISTS quotes (
    doc_key VARCHAR, n INTEGER, kind VARCHAR, content VARCHAR, content_start INTEGER,
    content_end INTEGER, cue VARCHAR, speaker VARCHAR, speaker_code VARCHAR,
    speaker_name VARCHAR, PRIMARY KEY (doc_key, n));
CREATE TABLE IF NOT EXISTS events (
    doc_key VARCHAR, n INTEGER, source_code VARCHAR, source_text VARCHAR,
    target_code VARCHAR, target_text VARCHAR, cameo VARCHAR, root VARCHAR, plover VARCHAR,
    plover_mode VARCHAR, quad_class INTEGER, goldstein DOUBLE, negated BOOLEAN,
    modality VARCHAR, reported_by_code VARCHAR, date DATE, date_precision VARCHAR,
    location VARCHAR, lat DOUBLE, lon DOUBLE, trigger VARCHAR, sentence VARCHAR,
    confidence DOUBLE, rule VARCHAR, PRIMARY KEY (doc_key, n));
CREATE TABLE IF NOT EXISTS places (
    doc_key VARCHAR, n INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER,
    name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
    geonameid BIGINT, feature VARCHAR, PRIMARY KEY (doc_key, n));
CREATE TABLE IF NOT EXISTS failures (
    origin VARCHAR PRIMARY KEY, id VARCHAR, code VARCHAR, message VARCHAR, failed_at TIMESTAMP);
"""
TABLES = ("documents", "mentions", "quotes", "events", "places", "failures")


def doc_key(text: str) -> str:
    """Identity of a document in the store: the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """A dyad database; use as a context manager or call close()."""

    def __init__(self, path: str | Path = "dyad.duckdb") -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path)
            self.con.execute(SCHEMA)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc

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

    def add(self, doc: Document) -> bool:
        """Store a coded document and its parts; False if the same text is already stored."""
        key = doc_key(doc.text)
        self.con.execute("BEGIN TRANSACTION")
        try:
            if self.con.execute("SELECT 1 FROM documents WHERE doc_key = ?", [key]).fetchone():
                self.con.execute("ROLLBACK")
                return False
            self._insert(key, doc)
            self.con.execute("DELETE FROM failures WHERE id = ?", [doc.id])  # fixed since
            self.con.execute("COMMIT")
            return True
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def add_failure(self, failure: Failure) -> None:
        """Record (or refresh) why an input could not be coded."""
        self.con.execute(
            "INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?)",
            [failure.origin, failure.id, failure.code, failure.message, _now()])

    def records(self) -> Iterator[dict]:
        """Every stored record, in the order documents were coded."""
        cur = self.con.execute("SELECT record FROM documents ORDER BY coded_at, doc_key")
        while rows := cur.fetchmany(1000):
            for (record,) in rows:
                yield json.loads(record)

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r}; tables are {', '.join(TABLES)}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def _insert(self, key: str, doc: Document) -> None:
        record = doc.to_dict(include_text=True, include_sentences=True)
        dl = doc.dateline
        self.con.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [key, doc.id, doc.title, doc.published, dl.place if dl else None,
             dl.date if dl else None, doc.url, doc.source, doc.text, json.dumps(record), _now()])
        rows = [(key, n, m.start, m.end, m.text, m.code, m.country, m.sectors, m.name, m.type,
                 m.antecedent.start if m.antecedent else None,
                 m.antecedent.end if m.antecedent else None) for n, m in enumerate(doc.actors)]
        self._many("mentions", rows, 12)
        rows = [(key, n, q.kind, q.content.text, q.content.start, q.content.end,
                 q.cue.text if q.cue else None, q.speaker.text if q.speaker else None,
                 q.speaker.code if q.speaker else None, q.speaker.name if q.speaker else None)
                for n, q in enumerate(doc.quotes)]
        self._many("quotes", rows, 10)
        rows = [(key, n, _code(e.source), _text(e.source), _code(e.target), _text(e.target),
                 e.cameo, e.root, e.plover, e.plover_mode, e.quad_class, e.goldstein, e.negated,
                 e.modality, _code(e.reported_by), e.date, e.date_precision,
                 e.location.name if e.location else None, e.location.lat if e.location else None,
                 e.location.lon if e.location else None, e.trigger.text, e.sentence.text,
                 e.confidence, e.rule) for n, e in enumerate(doc.events)]
        self._many("events", rows, 24)
        rows = [(key, n, p.text, p.start, p.end, p.name, p.country, p.admin1, p.lat, p.lon,
                 p.geonameid, p.feature) for n, p in enumerate(doc.places)]
        self._many("places", rows, 12)

    def _many(self, table: str, rows: list[tuple], width: int) -> None:
        if rows:
            marks = ", ".join("?" * width)
            self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _code(m: object) -> str | None:
    return getattr(m, "code", None)


def _text(m: object) -> str | None:
    return getattr(m, "text", None)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
