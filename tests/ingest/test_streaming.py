"""Readers stream: stdin JSONL is read line by line, folders one folder at a time."""

import io
import json
import sys
from itertools import islice

from dyad.ingest.count import count_items
from dyad.ingest.readers import read_paths, read_stdin, walk_sorted
from dyad.schema import Failure


class Endless(io.RawIOBase):
    """JSONL lines without end: a reader that loads its input would never return."""

    def __init__(self, head: bytes = b"") -> None:
        self.buffer, self.n = head, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while len(self.buffer) < len(b):
            self.n += 1
            self.buffer += (json.dumps({"id": str(self.n), "text": f"Article {self.n}."})
                            + "\n").encode()
        b[:], self.buffer = self.buffer[:len(b)], self.buffer[len(b):]
        return len(b)


def test_stdin_jsonl_streams(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless(b"\n\n"))))
    first = list(islice(read_stdin(), 3))
    assert [d.id for d in first] == ["1", "2", "3"]
    assert [d.origin for d in first] == ["<stdin>:3", "<stdin>:4", "<stdin>:5"]


def test_stdin_article_over_the_limit_is_refused_without_reading_it_all(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless(b"Text "))))
    (item,) = read_stdin(max_chars=1000)
    assert isinstance(item, Failure) and item.code == "E104"


def test_stdin_bad_byte_fails_at_its_line(monkeypatch):
    data = b'{"text": "A."}\n{"text": "\xff"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_stdin())
    assert items[0].text == "A." and isinstance(items[1], Failure) and ":2" in items[1].message


def test_walk_is_sorted_like_paths(tmp_path):
    for name in ["a/x.txt", "a-b.txt", "a.txt", "b/c/d.jsonl", "b/c.csv", ".h.txt", "z.pdf"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".pdf"
                      and not p.name.startswith("."))
    assert list(walk_sorted(tmp_path)) == expected


def test_count_matches_what_is_read(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "A."}\n\n{"text": ""}\nnot json\n')
    (tmp_path / "b.csv").write_text('id,text\n1,"two\nlines"\n2,B.\n')
    (tmp_path / "c.txt").write_text("")
    paths = [tmp_path, tmp_path / "missing.txt"]
    assert count_items(paths) == len(list(read_paths(paths))) == 7
    assert count_items(["-"]) is None
