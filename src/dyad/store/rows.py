"""Flat rows of a record, one table per record type, as Arrow tables.

Shared by the DuckDB store (which inserts them in bulk) and the Parquet partitions written by
`dyad code --engine dask`, so both hold the same columns. Dates are ISO strings in the
records and `date32` here; `doc_key` (SHA-256 of the text) links every row to its document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import pyarrow as pa

from ..schema import Document, Failure

_S, _I, _L, _F = pa.string(), pa.int32(), pa.int64(), pa.float64()
_B, _D, _T, _LS = pa.bool_(), pa.date32(), pa.timestamp("us"), pa.list_(pa.string())

DOCUMENT_COLUMNS = (
    ("doc_key", _S), ("id", _S), ("title", _S), ("published", _D), ("dateline_place", _S),
    ("dateline_date", _D), ("url", _S), ("source", _S), ("text", _S), ("record", _S),
    ("coded_at", _T))
PART_COLUMNS: dict[str, tuple[tuple[str, pa.DataType], ...]] = {
    "mentions": (
        ("doc_key", _S), ("n", _I), ("start_char", _I), ("end_char", _I), ("text", _S),
        ("code", _S), ("country", _S), ("sectors", _LS), ("name", _S), ("type", _S),
        ("antecedent_start", _I), ("antecedent_end", _I)),
    "quotes": (
        ("doc_key", _S), ("n", _I), ("kind", _S), ("content", _S), ("content_start", _I),
        ("content_end", _I), ("cue", _S), ("speaker", _S), ("speaker_code", _S),
        ("speaker_name", _S)),
    "events": (
        ("doc_key", _S), ("n", _I), ("source_code", _S), ("source_text", _S),
        ("target_code", _S), ("target_text", _S), ("cameo", _S), ("root", _S), ("plover", _S),
        ("plover_mode", _S), ("quad_class", _I), ("goldstein", _F), ("negated", _B),
        ("modality", _S), ("reported_by_code", _S), ("date", _D), ("date_precision", _S),
        ("location", _S), ("lat", _F), ("lon", _F), ("trigger", _S), ("sentence", _S),
        ("confidence", _F), ("rule", _S)),
    "places": (
        ("doc_key", _S), ("n", _I), ("text", _S), ("start_char", _I), ("end_char", _I),
        ("name", _S), ("country", _S), ("admin1", _S), ("lat", _F), ("lon", _F),
        ("geonameid", _L), ("feature", _S)),
}
FAILURE_COLUMNS = (("origin", _S), ("id", _S), ("code", _S), ("message", _S))


def document_row(key: str, doc: Document, record_json: str, coded_at: datetime) -> tuple:
    dl = doc.dateline
    return (key, doc.id, doc.title, doc.published, dl.place if dl else None,
            dl.date if dl else None, doc.url, doc.source, doc.text, record_json, coded_at)


def part_rows(key: str, doc: Document) -> dict[str, list[tuple]]:
    """Rows of the mentions, quotes, events and places tables for one document."""
    return {
        "mentions": [
            (key, n, m.start, m.end, m.text, m.code, m.country, list(m.sectors), m.name,
             m.type, m.antecedent.start if m.antecedent else None,
             m.antecedent.end if m.antecedent else None) for n, m in enumerate(doc.actors)],
        "quotes": [
            (key, n, q.kind, q.content.text, q.content.start, q.content.end,
             q.cue.text if q.cue else None, q.speaker.text if q.speaker else None,
             q.speaker.code if q.speaker else None, q.speaker.name if q.speaker else None)
            for n, q in enumerate(doc.quotes)],
        "events": [
            (key, n, _attr(e.source, "code"), _attr(e.source, "text"),
             _attr(e.target, "code"), _attr(e.target, "text"), e.cameo, e.root, e.plover,
             e.plover_mode, e.quad_class, e.goldstein, e.negated, e.modality,
             _attr(e.reported_by, "code"), e.date, e.date_precision,
             _attr(e.location, "name"), _attr(e.location, "lat"), _attr(e.location, "lon"),
             e.trigger.text, e.sentence.text, e.confidence, e.rule)
            for n, e in enumerate(doc.events)],
        "places": [
            (key, n, p.text, p.start, p.end, p.name, p.country, p.admin1, p.lat, p.lon,
             p.geonameid, p.feature) for n, p in enumerate(doc.places)],
    }


def failure_row(failure: Failure) -> tuple:
    return (failure.origin, failure.id, failure.code, failure.message)


def to_arrow(columns: Sequence[tuple[str, pa.DataType]], rows: Iterable[Sequence[Any]],
             extra: Sequence[tuple[str, pa.DataType, list[Any]]] = ()) -> pa.Table:
    """An Arrow table of `rows` typed by `columns` (dates given as ISO strings are cast);
    `extra` columns (name, type, values) go first, e.g. a partition's input positions."""
    rows = list(rows)
    names, arrays = [], []
    for name, kind, values in extra:
        names.append(name)
        arrays.append(pa.array(values, type=kind))
    for i, (name, kind) in enumerate(columns):
        values = [row[i] for row in rows]
        names.append(name)
        arrays.append(pa.array(values, type=_S).cast(_D) if kind == _D
                      else pa.array(values, type=kind))
    return pa.Table.from_arrays(arrays, names=names)


def _attr(obj: object, name: str) -> Any:
    return getattr(obj, name, None) if obj is not None else None
