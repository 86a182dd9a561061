"""Partitioned Parquet output of `dyad code --engine dask --out DIR`.

Partition p holds input items p*P .. (p+1)*P-1 (P = --partition-size), documents and
failures alike, so a partition's content depends only on the input. One folder per table,
one file per partition::

    DIR/_dyad.json                     the run's settings; a rerun must match them
    DIR/documents/part-00000.parquet   position, doc_key, id, title, published, dateline_place,
                                       dateline_date, url, source, record (the JSON record,
                                       exactly the line `dyad code` writes as JSONL)
    DIR/mentions|quotes|events|places/part-00000.parquet   the store's flat tables
    DIR/failures/part-00000.parquet    position, origin, id, code, message

Each file is written under a temporary name and renamed; the documents file goes last, so
its presence means the partition is complete and a rerun skips it. Read a table with e.g.
`duckdb.sql("SELECT * FROM 'DIR/events/*.parquet'")` or `pyarrow.parquet.read_table`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import UsageError
from ..schema import Document, Failure
from ..store.db import doc_key
from ..store.rows import FAILURE_COLUMNS, PART_COLUMNS, failure_row, part_rows, to_arrow

MANIFEST = "_dyad.json"
_POSITION = ("position", pa.int64())
DOCUMENT_COLUMNS = (
    ("doc_key", pa.string()), ("id", pa.string()), ("title", pa.string()),
    ("published", pa.date32()), ("dateline_place", pa.string()), ("dateline_date", pa.date32()),
    ("url", pa.string()), ("source", pa.string()), ("record", pa.string()))
TABLES = ("documents", *PART_COLUMNS, "failures")


class PartitionWriter:
    """Writes partitions into `folder`; refuses a folder holding a different run."""

    def __init__(self, folder: Path, *, settings: dict[str, Any], include_text: bool = False,
                 include_sentences: bool = False) -> None:
        self.folder = folder
        self.include_text, self.include_sentences = include_text, include_sentences
        self._claim(settings)

    def done(self, partition: int) -> bool:
        return self._path("documents", partition).exists()

    def write(self, partition: int, items: list[tuple[int, Document | Failure]]) -> None:
        """Write one partition: (input position, record or failure) pairs."""
        docs = [(pos, d) for pos, d in items if isinstance(d, Document)]
        fails = [(pos, f) for pos, f in items if isinstance(f, Failure)]
        parts: dict[str, list[tuple]] = {table: [] for table in PART_COLUMNS}
        rows = []
        for _, doc in docs:
            key = doc_key(doc.text)
            record = doc.to_dict(include_text=self.include_text,
                                 include_sentences=self.include_sentences)
            dl = doc.dateline
            rows.append((key, doc.id, doc.title, doc.published, dl.place if dl else None,
                         dl.date if dl else None, doc.url, doc.source,
                         json.dumps(record, ensure_ascii=False)))
            for table, part in part_rows(key, doc).items():
                parts[table].extend(part)
        for table, columns in PART_COLUMNS.items():
            self._write(table, partition, to_arrow(columns, parts[table]))
        self._write("failures", partition, to_arrow(
            FAILURE_COLUMNS, [failure_row(f) for _, f in fails],
            extra=[(*_POSITION, [pos for pos, _ in fails])]))
        self._write("documents", partition, to_arrow(  # last: marks the partition done
            DOCUMENT_COLUMNS, rows, extra=[(*_POSITION, [pos for pos, _ in docs])]))

    def _write(self, table: str, partition: int, data: pa.Table) -> None:
        path = self._path(table, partition)
        tmp = path.with_name(path.name + ".tmp")
        pq.write_table(data, tmp)
        os.replace(tmp, path)

    def _path(self, table: str, partition: int) -> Path:
        return self.folder / table / f"part-{partition:05d}.parquet"

    def _claim(self, settings: dict[str, Any]) -> None:
        manifest = self.folder / MANIFEST
        wanted = {**settings, "include_text": self.include_text,
                  "include_sentences": self.include_sentences}
        if manifest.exists():
            found = json.loads(manifest.read_text(encoding="utf-8"))
            if found != wanted:
                differ = sorted(k for k in {*found, *wanted} if found.get(k) != wanted.get(k))
                raise UsageError(
                    f"{self.folder} holds the output of a different run ({', '.join(differ)} "
                    "differ); its partitions cannot be resumed with these settings",
                    hint="Give another --out folder, or delete this one to start again.")
            return
        if self.folder.exists() and not self.folder.is_dir():
            raise UsageError(f"{self.folder} is a file; Parquet output needs a folder",
                             hint="Give --out a new or empty folder.")
        if self.folder.exists() and any(self.folder.iterdir()):
            raise UsageError(f"{self.folder} is not empty and holds no dyad run",
                             hint="Give --out a new or empty folder.")
        for table in TABLES:
            (self.folder / table).mkdir(parents=True, exist_ok=True)
        manifest.write_text(json.dumps(wanted, indent=2) + "\n", encoding="utf-8")
