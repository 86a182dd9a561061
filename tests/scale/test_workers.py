"""Two worker processes produce exactly what one process does, record for record."""

import io
import json

import pytest

from dyad.output import JsonlWriter
from dyad.runner import run_code

from .articles import corpus

pytestmark = pytest.mark.slow


def _run(path, workers, **kw):
    out = io.StringIO()
    writer = JsonlWriter(out, include_text=False, include_sentences=True)
    summary = run_code([str(path)], writer=writer, workers=workers, batch_size=2, **kw)
    return out.getvalue().splitlines(), summary


def test_two_workers_equal_one(tmp_path):
    path = corpus(tmp_path / "in.jsonl")
    one, s1 = _run(path, 1)
    two, s2 = _run(path, 2)
    assert two == one
    assert (s2.coded, s2.failed) == (s1.coded, s1.failed) == (9, 2)
    assert [json.loads(line)["id"] for line in one] == [f"a{i}" for i in range(8)] + ["last"]
    assert any(json.loads(line)["events"] for line in one)


def test_two_workers_with_a_store_reuse_what_one_stored(tmp_path):
    path = corpus(tmp_path / "in.jsonl")
    db = tmp_path / "s.duckdb"
    one, _ = _run(path, 1, db=db)
    two, summary = _run(path, 2, db=db)
    assert two == one and (summary.coded, summary.reused) == (0, 9)
