"""Readers for every input dyad accepts: each yields RawDoc or Failure, never raises for one input.

A failure names the file (and line or row) and says what is wrong, so a batch can go on and
the failure can be stored. Text is kept exactly as read (UTF-8, no newline translation).
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    MalformedRecord,
    TooLong,
    UnsupportedInput,
)
from ..schema import Failure
from .html import read_html
from .published import normalise_published

DEFAULT_MAX_CHARS = 1_000_000
TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | {".jsonl", ".ndjson", ".csv"}


@dataclass(slots=True)
class RawDoc:
    """One document as read, before any NLP."""

    id: str
    text: str
    origin: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    is_html: bool = False
    warnings: tuple[str, ...] = ()


Item = RawDoc | Failure


def text_id(text: str) -> str:
    """A stable id for a text without one: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_paths(paths: Iterable[str | os.PathLike[str]], *,
               max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Stream documents from files, folders (recursively, sorted) and '-' (stdin)."""
    for raw in paths:
        if str(raw) == "-":
            yield from read_stdin(max_chars=max_chars)
            continue
        path = Path(raw)
        if path.is_dir():
            for sub in walk_sorted(path):
                yield from read_file(sub, max_chars=max_chars)
        elif path.is_file():
            yield from read_file(path, max_chars=max_chars)
        else:
            yield _fail(str(path), UnsupportedInput(f"{path}: no such file or directory"))


def read_file(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Dispatch on the extension; unknown extensions are read as plain text."""
    ext = path.suffix.lower()
    origin = str(path)
    if ext in {".jsonl", ".ndjson"}:
        yield from _guard(origin, lambda: read_jsonl(_open_text(path), origin, max_chars))
    elif ext == ".csv":
        yield from _guard(origin, lambda: read_csv(_open_text(path), origin, max_chars))
    else:
        try:
            if path.stat().st_size > 4 * max_chars:
                raise TooLong(f"{origin}: {path.stat().st_size:,} bytes is over the "
                              f"{max_chars:,}-character limit")
            data = path.read_bytes()
            if ext in HTML_EXT:
                yield read_html(data, origin, max_chars=max_chars)
            else:
                yield make_doc(_decode(data, origin), origin, max_chars=max_chars)
        except InputError as exc:
            yield _fail(origin, exc)


def walk_sorted(folder: Path) -> Iterator[Path]:
    """Files dyad reads under a folder, recursively, in sorted path order (as `sorted()` of
    the paths). Lists one folder at a time: memory follows the largest folder, not the tree."""
    entries = [(e.name, e.is_dir(), e.is_file()) for e in os.scandir(folder)]
    for name, is_dir, is_file in sorted(entries):
        path = folder / name
        if is_dir:
            yield from walk_sorted(path)
        elif is_file and path.suffix.lower() in KNOWN_EXT and not name.startswith("."):
            yield path


def read_stdin(*, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Stdin holds JSONL (first character '{'), streamed line by line, or one article."""
    stream = sys.stdin.buffer
    head: list[bytes] = []
    for line in stream:  # leading blank lines, then the first line with content
        head.append(line)
        if line.strip():
            break
    if b"".join(head).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        lines = _decoded(itertools.chain(head, stream), "<stdin>")
        yield from _guard("<stdin>", lambda: read_jsonl(lines, "<stdin>", max_chars))
        return
    limit = 4 * max_chars  # UTF-8 takes at most 4 bytes a character
    data = b"".join(head)
    data += stream.read(max(limit + 1 - len(data), 0))
    try:
        if len(data) > limit:
            raise TooLong(f"<stdin>: more than {limit:,} bytes is over the "
                          f"{max_chars:,}-character limit")
        yield make_doc(_decode(data, "<stdin>"), "<stdin>", max_chars=max_chars)
    except InputError as exc:
        yield _fail("<stdin>", exc)


def read_jsonl(lines: Iterable[str], origin: str, max_chars: int) -> Iterator[Item]:
    """One article per line; a bad line is one failure, the following lines still count."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _fail(where, MalformedRecord(f"{where}: not valid JSON ({exc.msg})"))
            continue
        if not isinstance(obj, dict):
            yield _fail(where, MalformedRecord(f"{where}: a JSON object is needed per line"))
            continue
        yield _from_record(obj, where, max_chars)


def read_csv(handle: io.TextIOBase | Iterable[str], origin: str, max_chars: int) -> Iterator[Item]:
    """Columns id, text, title, published, url, source; only `text` is required."""
    csv.field_size_limit(max(max_chars * 4, 131072))
    reader = csv.DictReader(handle)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield _fail(origin, MalformedRecord(
            f"{origin}: CSV needs a header row with a `text` column"))
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            where = f"{origin}:{reader.line_num}"
            yield _fail(where, MalformedRecord(f"{where}: {exc}"))
            return
        yield _from_record(row, f"{origin}:{reader.line_num}", max_chars)


def make_doc(text: str, origin: str, *, max_chars: int, **meta: Any) -> RawDoc:
    """Check a text and wrap it; raises InputError for empty or over-long texts."""
    if not text.strip():
        raise EmptyInput(f"{origin}: the document is empty")
    if len(text) > max_chars:
        raise TooLong(f"{origin}: {len(text):,} characters is over the {max_chars:,} limit")
    published, warnings = normalise_published(meta.pop("published", None), origin)
    doc_id = meta.pop("id", None) or text_id(text)
    return RawDoc(id=str(doc_id), text=text, origin=origin, published=published,
                  warnings=tuple(warnings) + tuple(meta.pop("warnings", ())), **meta)


def _from_record(obj: dict[str, Any], where: str, max_chars: int) -> Item:
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return _fail(where, MalformedRecord(f"{where}: missing or empty `text`"), obj.get("id"))
    meta = {k: (str(obj[k]) if obj.get(k) not in (None, "") else None)
            for k in ("id", "title", "published", "url", "source")}
    try:
        return make_doc(text, where, max_chars=max_chars, **meta)
    except InputError as exc:
        return _fail(where, exc, meta["id"])


def _decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise EmptyInput(f"{origin}: the file is empty")
    if b"\x00" in data[:8192]:
        raise BinaryInput(f"{origin}: binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")  # a BOM is encoding furniture, not text
    except UnicodeDecodeError as exc:
        raise EncodingError(f"{origin}: invalid UTF-8 at byte {exc.start}") from exc


def _open_text(path: Path) -> Iterator[str]:
    """Lines of a UTF-8 file, streamed; a bad byte fails the file at that line."""
    with path.open("rb") as fh:
        yield from _decoded(fh, str(path))


def _decoded(lines: Iterable[bytes], origin: str) -> Iterator[str]:
    for number, raw in enumerate(lines, start=1):
        if number == 1 and b"\x00" in raw[:8192]:
            raise BinaryInput(f"{origin}: binary data (NUL bytes), not text")
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise EncodingError(f"{origin}:{number}: invalid UTF-8 at byte {exc.start}") from exc


def _guard(origin: str, make: Any) -> Iterator[Item]:
    """Run a streaming reader; an error mid-file becomes one failure after what was read."""
    try:
        yield from make()
    except InputError as exc:
        yield _fail(origin, exc)
    except OSError as exc:
        yield _fail(origin, UnsupportedInput(f"{origin}: cannot read ({exc.strerror})"))


def _fail(origin: str, exc: InputError, doc_id: str | None = None) -> Failure:
    return Failure(origin=origin, code=exc.code, message=exc.message, id=doc_id)
