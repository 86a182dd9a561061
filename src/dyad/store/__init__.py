"""The embedded store (DuckDB) and exports (JSONL, Parquet)."""

from .db import Store

__all__ = ["Store"]
