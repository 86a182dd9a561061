"""Exports from a store: JSONL (the OUTPUT.md records) and Parquet (one file per table)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from .db import TABLES, Store


def export_jsonl(store: Store, out: TextIO, *, include_text: bool = False) -> int:
    """Write every stored record as one JSON line; returns the count."""
    n = 0
    for record in store.records():
        if not include_text:
            record.pop("text", None)
            record.pop("sentences", None)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_parquet(store: Store, folder: Path) -> list[Path]:
    """Write documents, mentions, quotes, events, places and failures as Parquet files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = folder / f"{table}.parquet"
        escaped = str(path).replace("'", "''")
        store.con.execute(f"COPY {table} TO '{escaped}' (FORMAT parquet)")
        written.append(path)
    return written
