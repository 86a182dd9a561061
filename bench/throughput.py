"""Throughput: dyad against bare spaCy on the same texts, in the same run.

    python bench/throughput.py --n 200 [--corpus ../shared/bench/bbc_news_2225.jsonl]
        [--dictionaries DIR ... [--no-default-dictionaries]]

Prints words/s for bare `nlp.pipe` (the floor any spaCy-based coder pays), for dyad's full
pipeline, their ratio, and each stage's share of parse time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import islice
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc_news_2225.jsonl"


def load_texts(path: Path, n: int) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in islice(fh, n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--dictionaries", type=Path, action="append", default=[],
                    help="user dictionary folder (as for dyad code); repeatable")
    ap.add_argument("--no-default-dictionaries", action="store_true",
                    help="code with the user dictionaries only")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    from dyad.context import DictionaryConfig
    from dyad.ingest.readers import make_doc
    from dyad.pipeline import Pipeline
    from dyad.stages import run_stages

    texts = load_texts(args.corpus, args.n)
    words = sum(len(t.split()) for t in texts)
    config = DictionaryConfig(tuple(args.dictionaries), not args.no_default_dictionaries)
    pipe = Pipeline(batch_size=args.batch_size, dictionaries=config)
    nlp = pipe.nlp
    list(nlp.pipe(texts[:5]))  # warm up

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    bare = time.perf_counter() - t0

    raws = [make_doc(t, f"bench:{i}", max_chars=pipe.max_chars) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    list(pipe.code_many(raws[:1]))  # dictionaries and gazetteer load on first use: once
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in pipe.code_many(raws):
        pass
    full = time.perf_counter() - t0

    # stage shares: parse once, then time each stage on the parsed docs
    timings: dict[str, float] = {}
    contexts = [pipe._context(r, None) for r in raws]
    from dyad.segment import preset_sentence_starts

    docs = [preset_sentence_starts(nlp.make_doc(r.text), c.blocks)
            for r, c in zip(raws, contexts, strict=True)]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(docs, batch_size=args.batch_size))
    parse = time.perf_counter() - t0
    from dyad.schema import Document

    for raw, ctx, doc in zip(raws, contexts, parsed, strict=True):
        run_stages(doc, ctx, Document(id=raw.id, text=raw.text, published=ctx.published),
                   timings)

    print(f"articles {len(texts)}, words {words:,}")
    print(f"bare spaCy nlp.pipe : {words / bare:8,.0f} words/s  ({bare:.1f} s)")
    print(f"dyad code_many      : {words / full:8,.0f} words/s  ({full:.1f} s)")
    print(f"ratio dyad / bare   : {bare / full:8.2f}")
    print(f"dictionaries and gazetteer, loaded once before: {load:.1f} s")
    print(f"parse (preset sents): {parse:.1f} s")
    for name, seconds in timings.items():
        print(f"  stage {name:<12} {seconds:6.2f} s  {100 * seconds / parse:5.1f}% of parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
