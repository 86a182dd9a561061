"""kill -9 in the middle of `dyad code --db`, run it again: every document stored once, the
output complete and identical to an uninterrupted run, only the missing ones coded."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from .articles import generated, write_jsonl

pytestmark = pytest.mark.slow

N = 400


def _dyad(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dyad", "-v", "code", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **kw)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found |= {int(c) for c in task.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def _summary(stderr: str) -> tuple[int, int, int]:
    found = re.search(r"(\d+) coded, (\d+) already stored, (\d+) failed", stderr)
    assert found, stderr
    return tuple(int(g) for g in found.groups())  # type: ignore[return-value]


def _store(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        def one(q: str) -> int:
            return con.execute(q).fetchone()[0]
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "distinct": one("SELECT count(DISTINCT doc_key) FROM documents"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "distinct mentions": one("SELECT count(*) FROM (SELECT DISTINCT doc_key, n FROM "
                                     "mentions)"),
            "orphans": one("SELECT count(*) FROM mentions WHERE doc_key NOT IN "
                           "(SELECT doc_key FROM documents)"),
            "failures": one("SELECT count(*) FROM failures"),
        }


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_kill_midway_then_rerun(tmp_path):
    records = list(generated(N, seed=1))
    records.insert(50, {"id": "bad", "text": ""})
    path = write_jsonl(tmp_path / "in.jsonl", records)
    db, out = tmp_path / "s.duckdb", tmp_path / "out.jsonl"
    part = tmp_path / "out.jsonl.part"
    args = (str(path), "--db", str(db), "--out", str(out), "--workers", "2",
            "--batch-size", "8")

    run = _dyad(*args)
    workers: set[int] = set()
    deadline = time.monotonic() + 300
    # records reach the output after the store: 60 lines written means 60 stored
    while _lines(part) < 60 and run.poll() is None and time.monotonic() < deadline:
        workers |= _children(run.pid)
        time.sleep(0.02)
    assert run.poll() is None, "the run ended before it could be killed:\n" + run.stderr.read()
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    run.stderr.close()

    assert workers, "no worker processes seen"
    gone_by = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < gone_by:
        time.sleep(0.2)
    orphans = [w for w in workers if _alive(w)]
    for w in orphans:
        os.kill(w, signal.SIGKILL)
    assert not orphans, "worker processes outlived the killed parent"

    assert not out.exists()  # the output file only ever appears complete
    killed = _store(db)
    assert 60 <= killed["documents"] < N
    assert killed["documents"] == killed["distinct"]
    assert killed["mentions"] == killed["distinct mentions"] and killed["orphans"] == 0

    rerun = _dyad(*args)
    _, stderr = rerun.communicate(timeout=600)
    assert rerun.returncode == 1, stderr  # 1: the empty text failed, everything else coded
    coded, reused, failed = _summary(stderr)
    assert (coded, reused, failed) == (N - killed["documents"], killed["documents"], 1)

    final = _store(db)
    assert final["documents"] == final["distinct"] == N
    assert final["mentions"] == final["distinct mentions"] and final["orphans"] == 0
    assert final["failures"] == 1
    assert not part.exists()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [f"g{i}" for i in range(N)]

    # the same as a run that was never interrupted, in one process
    clean = tmp_path / "clean.jsonl"
    once = _dyad(str(path), "--db", str(tmp_path / "clean.duckdb"), "--out", str(clean),
                 "--workers", "1", "--batch-size", "8")
    _, stderr = once.communicate(timeout=600)
    assert _summary(stderr) == (N, 0, 1)
    assert clean.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
