"""Reading news: files, folders, corpora and stdin into raw documents (or recorded failures)."""

from .dateline import find_dateline
from .readers import RawDoc, read_paths, read_stdin, text_id

__all__ = ["RawDoc", "find_dateline", "read_paths", "read_stdin", "text_id"]
