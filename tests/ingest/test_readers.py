import io
import json
import sys

import pytest

from dyad.ingest.readers import RawDoc, read_paths, read_stdin, text_id
from dyad.schema import Failure

ARTICLE = "BAKU, May 2 (Reuters) - Azerbaijan's president met the Turkish foreign minister.\n"


def _one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_txt(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLE.replace("\n", "\r\n").encode())
    doc = _one(read_paths([p]))
    assert isinstance(doc, RawDoc)
    assert doc.text == ARTICLE.replace("\n", "\r\n")  # no newline translation
    assert doc.id == text_id(doc.text)


def test_utf8_bom_is_not_text(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    assert _one(read_paths([p])).text == ARTICLE


def test_jsonl_with_bad_lines(tmp_path):
    p = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a", "text": ARTICLE, "published": "2021-05-02", "title": "T"}),
             "{not json",
             json.dumps({"id": "b", "text": ""}),
             json.dumps(["a list"]),
             json.dumps({"text": "Second good article.", "published": "May 2"})]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([p]))
    assert [type(i).__name__ for i in items] == ["RawDoc", "Failure", "Failure", "Failure",
                                                 "RawDoc"]
    assert items[0].published == "2021-05-02" and items[0].title == "T"
    assert items[1].origin.endswith("c.jsonl:2") and "not valid JSON" in items[1].message
    assert items[2].id == "b" and "empty" in items[2].message
    assert items[4].published is None and "not a YYYY-MM-DD" in items[4].warnings[0]


def test_csv_rows(tmp_path):
    p = tmp_path / "d.csv"
    p.write_text('id,text,published\n1,"First, with a comma.",2020-01-02\n2,,2020-01-03\n'
                 '3,"Third.",\n', encoding="utf-8")
    items = list(read_paths([p]))
    assert isinstance(items[0], RawDoc) and items[0].text == "First, with a comma."
    assert isinstance(items[1], Failure) and items[1].origin.endswith("d.csv:3")
    assert isinstance(items[2], RawDoc) and items[2].id == "3"


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "e.csv"
    p.write_text("id,body\n1,hello\n", encoding="utf-8")
    failure = _one(read_paths([p]))
    assert isinstance(failure, Failure) and "text" in failure.message


def test_html_article(tmp_path):
    paragraphs = "".join(
        f"<p>Paragraph {i}: the foreign ministers of Chile and Peru met in Lima to discuss "
        f"the maritime border and agreed to meet again next month.</p>" for i in range(4))
    html = ("<html><head><title>Chile and Peru</title>"
            '<meta property="article:published_time" content="2019-04-02T10:00:00Z"></head>'
            f"<body><nav>Home | World</nav><article><h1>Chile and Peru</h1>{paragraphs}"
            "</article><footer>Copyright</footer></body></html>")
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    doc = _one(read_paths([p]))
    assert isinstance(doc, RawDoc), doc
    assert doc.is_html and "maritime border" in doc.text and "Copyright" not in doc.text
    assert doc.published == "2019-04-02"


def test_html_without_article(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    failure = _one(read_paths([p]))
    assert isinstance(failure, Failure) and failure.code == "E106" and "empty.html" in \
        failure.message


@pytest.mark.parametrize(("content", "code"), [
    (b"", "E101"), (b"  \n\n ", "E101"), (b"\x00\x01\x02PK binary", "E102"),
    (b"caf\xe9 latin-1 text", "E103"),
])
def test_bad_files(tmp_path, content, code):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    failure = _one(read_paths([p]))
    assert isinstance(failure, Failure) and failure.code == code
    assert str(p) in failure.message


def test_too_long_is_a_fast_failure(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"word " * 10_000_000)  # 50 MB
    failure = _one(read_paths([p], max_chars=1_000_000))
    assert isinstance(failure, Failure) and failure.code == "E104"


def test_limit_applies_to_characters(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("x" * 120, encoding="utf-8")
    assert isinstance(_one(read_paths([p], max_chars=100)), Failure)
    assert isinstance(_one(read_paths([p], max_chars=200)), RawDoc)


def test_folder_recursive_sorted_and_missing_path(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Nested article.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    assert [i.text for i in items[:2]] == ["Second article.", "Nested article."]
    assert isinstance(items[2], Failure) and "missing.txt" in items[2].message


def test_stdin_text_and_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert _one(read_stdin()).text == ARTICLE
    data = json.dumps({"id": "x", "text": "A."}) + "\n" + json.dumps({"id": "y", "text": "B."})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert [d.id for d in read_stdin()] == ["x", "y"]
