"""Every reader on the real gold sets in ../shared/eval (skipped when absent), and one real
end-to-end run on the seed. Counts are the ones the sets' READMEs state."""

import pytest

from dyad.evaluate import evaluate, read_gold

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("fmt", "where", "docs", "count"), [
    ("brat", "polnear-dev", 84, lambda g: sum(len(d.quotes) for d in g.docs) == 2192),
    ("plover", "plover-gsr/dev.jsonl", 164, lambda g: all(d.plover for d in g.docs)),
    ("petrarch", "petrarch-unittest/PETR.UnitTest.records.xml", 272,
     lambda g: sum(1 for d in g.docs if not d.petrarch.triples) == 20),
    ("coped", "coped-dev/dev.jsonl", 1349, lambda g: all(d.coped for d in g.docs)),
    ("dyad", "seed/gold.json", 1, lambda g: len(g.docs[0].quotes) == 17
     and len(g.docs[0].events) == 14 and len(g.docs[0].places) == 5),
])
def test_reader_on_shared(shared, fmt, where, docs, count):
    gold = read_gold(fmt, shared / "eval" / where)
    assert len(gold.docs) == docs and count(gold)


def test_polnear_no_source_and_kinds(shared):
    gold = read_gold("brat", shared / "eval" / "polnear-dev")
    quotes = [q for d in gold.docs for q in d.quotes]
    assert sum(q.speaker is None for q in quotes) == 126
    assert {q.kind for q in quotes} == {"direct", "indirect"}


@pytest.mark.parametrize("task", ["quotes", "events", "actors", "places"])
def test_seed_end_to_end(shared, pipeline, task):
    report = evaluate(task, "dyad", shared / "eval" / "seed", coder=pipeline)
    assert report.documents == 1 and not report.failures
    assert report.rule and (report.scores or report.values)


def test_plover_end_to_end(shared, pipeline):
    report = evaluate("events", "plover", shared / "eval" / "plover-gsr" / "dev.jsonl",
                      coder=pipeline, limit=20)
    assert report.scores["type"].n_gold == 20
