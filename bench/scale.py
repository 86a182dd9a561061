"""Scale: 1 vs 2 worker processes, Dask LocalCluster vs local processes, and memory over a
long stream, all in one run.

    python bench/scale.py --n 500                 # throughput on the BBC corpus
    python bench/scale.py --stream 20000 --no-throughput   # memory over a generated stream

Throughput (skipped, with a message, when the corpus is absent): the same N articles coded by
bare spaCy `nlp.pipe` with n_process=1 and 2, then by `dyad code` with --workers 1 (one
process doing everything), --workers 2, and --engine dask (LocalCluster, 2 single-threaded
worker processes). Words/s are given for the whole run (start-up included) and for the steady
state (from the first wave of results to the end); the records of every engine are compared
with --workers 1.

Memory: `dyad code - --db ... --workers W` in a subprocess is fed generated ~60-word articles
through stdin, made one at a time and never stored; the RSS of its process tree (parent and
workers) is sampled every few seconds. The parent's share includes DuckDB's cache of the
store, which grows with the store (`--no-db` leaves it out).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc_news_2225.jsonl"


# ---------------------------------------------------------------- throughput


class Clock:
    """A progress reporter that notes when each batch of results arrives."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.marks: list[tuple[float, int]] = []  # (seconds since start, documents done)

    def update(self, summary: object) -> None:
        self.marks.append((time.perf_counter() - self.start, getattr(summary, "seen", 0)))


class Lines:
    """A writer keeping each record's JSON line, to compare engines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.out = io.StringIO()

    def write(self, doc: object) -> None:
        self.lines.append(json.dumps(doc.to_dict(), ensure_ascii=False))  # type: ignore[attr-defined]

    def close(self) -> None:
        pass


def rates(clock: Clock, words: list[int], workers: int) -> tuple[float, float]:
    """Words/s over the whole run, and from the first wave of results (one batch per worker)
    to the end: the pace of a long run once start-up is paid."""
    total = clock.marks[-1][0]
    wall = sum(words) / total
    if len(clock.marks) <= workers:
        return wall, wall
    t0, done0 = clock.marks[workers - 1]
    return wall, sum(words[done0:]) / max(total - t0, 1e-9)


def bare_spacy(texts: list[str], words: int, batch_size: int) -> dict[int, float]:
    from dyad.nlp import load_model

    nlp = load_model()
    list(nlp.pipe(texts[:4]))
    result = {}
    for n_process in (1, 2):
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass
        result[n_process] = words / (time.perf_counter() - t0)
    return result


def run_local(path: Path, workers: int, batch_size: int) -> tuple[Clock, list[str]]:
    from dyad.runner import run_code

    clock, writer = Clock(), Lines()
    run_code([str(path)], writer=writer, workers=workers, batch_size=batch_size, progress=clock)
    return clock, writer.lines


def run_on_dask(path: Path, workers: int, batch_size: int, out: Path) -> tuple[Clock, list[str]]:
    import duckdb

    from dyad.scale.cluster import run_dask
    from dyad.scale.work import Settings

    clock = Clock()
    run_dask([str(path)], out=out, settings=Settings(batch_size=batch_size), workers=workers,
             partition_size=4 * batch_size, progress=clock)
    rows = duckdb.sql(f"SELECT record FROM '{out}/documents/*.parquet' ORDER BY position")
    return clock, [json.dumps(json.loads(r), ensure_ascii=False) for (r,) in rows.fetchall()]


def throughput(args: argparse.Namespace) -> None:
    if not args.corpus.exists():
        print(f"throughput: skipped, the corpus {args.corpus} is not here")
        return
    with args.corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in islice(fh, args.n)]
    texts = [r["text"] for r in records]
    words = [len(t.split()) for t in texts]
    print(f"throughput: {len(texts)} BBC articles, {sum(words):,} words, batch size "
          f"{args.batch_size}; load {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n"
                                for r in records), encoding="utf-8")
        bare = bare_spacy(texts, sum(words), args.batch_size)
        print(f"  bare spaCy nlp.pipe n_process=1 : {bare[1]:8,.0f} words/s")
        print(f"  bare spaCy nlp.pipe n_process=2 : {bare[2]:8,.0f} words/s   "
              f"ratio {bare[2] / bare[1]:.2f}")
        one, lines1 = run_local(path, 1, args.batch_size)
        wall1, steady1 = rates(one, words, 1)
        print(f"  dyad --workers 1                : {wall1:8,.0f} words/s   steady "
              f"{steady1:8,.0f}")
        two, lines2 = run_local(path, 2, args.batch_size)
        wall2, steady2 = rates(two, words, 2)
        print(f"  dyad --workers 2                : {wall2:8,.0f} words/s   steady "
              f"{steady2:8,.0f}   ratio {wall2 / wall1:.2f} (steady {steady2 / steady1:.2f})"
              f"   records identical: {lines2 == lines1}")
        if args.no_dask:
            return
        try:
            dask, lines_d = run_on_dask(path, 2, args.batch_size, Path(tmp) / "pq")
        except Exception as exc:  # noqa: BLE001 - e.g. Dask not installed: say so, go on
            print(f"  dask: skipped ({type(exc).__name__}: {exc})")
            return
        walld, steadyd = rates(dask, words, 2)
        print(f"  dyad --engine dask (2 workers)  : {walld:8,.0f} words/s   steady "
              f"{steadyd:8,.0f}   vs --workers 2: {walld / wall2:.2f} (steady "
              f"{steadyd / steady2:.2f})   records identical: {lines_d == lines1}")
    print(f"  load after: {load()}")


# ---------------------------------------------------------------- memory over a stream

FIRST = ["Anna", "Boris", "Carlos", "Dina", "Emeka", "Farah", "Giorgi", "Hana", "Ivan", "Jun",
         "Karim", "Lena", "Marta", "Nikol", "Omar", "Priya", "Ruslan", "Sofia", "Tariq", "Yusuf"]
LAST = ["Petrov", "Garcia", "Okafor", "Haddad", "Kapanadze", "Tanaka", "Ivanova", "Silva",
        "Mensah", "Novak", "Rahman", "Schmidt", "Kowalski", "Aliyev", "Chen", "Mukherjee"]
STATES = ["Russia", "Georgia", "Turkey", "France", "Germany", "China", "Japan", "India", "Iran",
          "Israel", "Egypt", "Kenya", "Brazil", "Mexico", "Poland", "Ukraine", "Armenia",
          "Azerbaijan", "the United States", "the European Union"]
ROLES = ["foreign minister", "president", "defence minister", "prime minister", "ambassador"]
DID = ["criticised {b} over", "met officials from {b} to discuss", "accused {b} of blocking",
       "agreed with {b} on", "threatened {b} with sanctions over", "praised {b} for",
       "rejected a proposal from {b} on", "promised aid to {b} after"]
WHAT = ["the border dispute", "gas prices", "the peace talks", "the detained journalists",
        "the trade agreement", "the election results", "the refugee crisis", "new tariffs"]
WHEN = ["on Monday", "on Tuesday", "yesterday", "last week", "in June 2019", "on 3 March"]


def articles(n: int, seed: int = 8) -> Iterator[dict]:
    """`n` distinct ~60-word articles with fresh names and numbers, made one at a time."""
    rng = random.Random(seed)
    for i in range(n):
        a, b = rng.sample(STATES, 2)
        who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        body = [
            f"{a[0].upper()}{a[1:]}'s {rng.choice(ROLES)} {who} "
            f"{rng.choice(DID).format(b=b)} {rng.choice(WHAT)} {rng.choice(WHEN)}.",
            f"Officials in {b} said the talks, round {rng.randrange(2, 90)} this year, would "
            f"continue in {rng.choice(STATES)}.",
            f"The government of {b} did not comment on {rng.choice(WHAT)}, a spokeswoman said "
            f"{rng.choice(WHEN)}.",
            f'"We will not accept this," {who.split()[1]} told reporters after meeting '
            f"{rng.choice(FIRST)} {rng.choice(LAST)}, report {i}-{rng.randrange(10**6)} said.",
        ]
        yield {"id": f"s{i}", "text": " ".join(body), "published": "2021-08-06"}


def tree_rss_mb(pid: int) -> dict[int, float]:
    """Resident memory of a process and each of its descendants, in MB (Linux /proc)."""
    found, todo = {}, [pid]
    while todo:
        p = todo.pop()
        if p in found:
            continue
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    found[p] = int(line.split()[1]) / 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def stream(args: argparse.Namespace) -> None:
    if not Path("/proc/self/status").exists():
        print("memory: skipped, needs Linux /proc to read RSS")
        return
    sample = list(articles(200))
    avg = sum(len(a["text"].split()) for a in sample) / len(sample)
    print(f"memory: {args.stream:,} generated articles (~{avg:.0f} words each), --workers "
          f"{args.workers}{'' if args.no_db else ', --db'}, RSS of the process tree every "
          f"{args.every:g} s; load {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        store = [] if args.no_db else ["--db", str(Path(tmp) / "s.duckdb")]
        cmd = [sys.executable, "-m", "dyad", "code", "-", *store, "--out", os.devnull,
               "--workers", str(args.workers), "--batch-size", str(args.batch_size)]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        fed = [0]

        def feed() -> None:
            try:
                for record in articles(args.stream):
                    proc.stdin.write(json.dumps(record) + "\n")  # type: ignore[union-attr]
                    fed[0] += 1
                proc.stdin.close()  # type: ignore[union-attr]
            except BrokenPipeError:
                pass

        feeder = threading.Thread(target=feed, daemon=True)
        t0 = time.monotonic()
        feeder.start()
        samples: list[tuple[float, int, float, float]] = []  # time, fed, tree, parent
        while proc.poll() is None:
            rss = tree_rss_mb(proc.pid)
            samples.append((time.monotonic() - t0, fed[0], sum(rss.values()),
                            rss.get(proc.pid, 0.0)))
            time.sleep(args.every)
        stderr = proc.stderr.read()  # type: ignore[union-attr]
        elapsed = time.monotonic() - t0
    if proc.returncode not in (0, 1) or not samples:
        print(f"  dyad code failed ({proc.returncode}): {stderr[-2000:]}")
        return
    report_stream(samples, args.stream, elapsed)


def report_stream(samples: list[tuple[float, int, float, float]], n: int,
                  elapsed: float) -> None:
    print(f"  {n:,} documents in {elapsed:,.0f} s ({n / elapsed:,.1f} docs/s); {len(samples)} "
          "samples")
    print("     time   fed docs   RSS MB: all   parent  workers")
    step = max(len(samples) // 12, 1)
    for t, docs, rss, parent in samples[::step] + [samples[-1]]:
        print(f"  {t:7.0f} {docs:10,} {rss:13.0f} {parent:8.0f} {rss - parent:8.0f}")
    peak = max(s[2] for s in samples)
    warm = [s for s in samples if s[0] >= 0.2 * elapsed] or samples  # start-up is over
    third = max(len(warm) // 3, 1)
    first = sorted(s[2] for s in warm[:third])[third // 2]
    last = sorted(s[2] for s in warm[-third:])[third // 2]
    flat = last <= first * 1.10
    print(f"  peak {peak:,.0f} MB; after start-up (the last 80% of the run), median RSS of its "
          f"first third {first:,.0f} MB, of its last third {last:,.0f} MB "
          f"({100 * (last - first) / first:+.1f}%): {'flat' if flat else 'GROWING'}; peak "
          f"{'under' if peak < 1536 else 'OVER'} 1.5 GB")


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=500, help="BBC articles for throughput (500)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask comparison")
    ap.add_argument("--no-throughput", action="store_true", help="only the memory stream")
    ap.add_argument("--stream", type=int, default=0,
                    help="generated articles for the memory check (0: skip; 20000 or more)")
    ap.add_argument("--workers", type=int, default=2, help="workers for the stream (2)")
    ap.add_argument("--every", type=float, default=3.0, help="RSS sampling period, s (3)")
    ap.add_argument("--no-db", action="store_true",
                    help="stream without --db (DuckDB's cache grows with the store)")
    args = ap.parse_args()
    if not args.no_throughput:
        throughput(args)
    if args.stream:
        stream(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
