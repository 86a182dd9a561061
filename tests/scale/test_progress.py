"""Progress: rate, ETA and failures on a terminal, nothing in a pipe."""

import io

from dyad.progress import Progress
from dyad.runner import RunSummary


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_shows_rate_eta_failures_and_a_summary():
    out = Terminal()
    progress = Progress(out, every=0)
    progress.started -= 10  # as if 10 s had passed
    progress.total = 100
    progress.update(RunSummary(coded=20, reused=4, failed=1))
    line = out.getvalue()
    assert "25/100 documents" in line and "2.5 docs/s" in line and "ETA 30 s" in line
    assert "1 failed" in line
    progress.finish(RunSummary(coded=95, reused=4, failed=1))
    assert "done: 95 coded, 4 already stored, 1 failed" in out.getvalue()


def test_no_eta_without_a_total_and_silence_in_a_pipe(tmp_path):
    out = Terminal()
    progress = Progress(out, every=0)
    progress.update(RunSummary(coded=3))
    assert "ETA" not in out.getvalue() and "3 documents" in out.getvalue()
    pipe = io.StringIO()
    quiet = Progress(pipe, every=0)
    quiet.count([tmp_path])
    quiet.update(RunSummary(coded=3))
    quiet.finish(RunSummary(coded=3))
    assert pipe.getvalue() == "" and quiet.total is None


def test_total_is_counted_in_the_background(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "A."}\n{"text": "B."}\n')
    progress = Progress(Terminal(), every=0)
    progress.count([tmp_path / "a.jsonl"])
    progress.counting.join(timeout=30)
    assert progress.total == 2
