"""The seed article (../shared/eval/seed): all 17 gold quotes found, each with its speaker.

Matching as the seed's scoring rule: the overlap covers >=50% of the gold content (or its
`extended` clause) and >=50% of the predicted content; the speaker's span or its antecedent's
overlaps the gold speaker span. Actor codes are the actors stage's to get right, and are
checked by `dyad evaluate quotes --gold dyad`.
"""

import json

import pytest

pytestmark = pytest.mark.slow


def _fits(gold, pred):
    shared = max(0, min(gold["end"], pred.end) - max(gold["start"], pred.start))
    return shared >= 0.5 * (gold["end"] - gold["start"]) and \
        shared >= 0.5 * (pred.end - pred.start)


def _overlaps(a, b):
    return a is not None and min(a["end"], b.end) > max(a["start"], b.start)


@pytest.fixture(scope="module")
def seed(shared, pipeline, seed_text):
    gold = json.loads((shared / "eval" / "seed" / "gold.json").read_text(encoding="utf-8"))
    return gold["quotes"], pipeline.code(seed_text).quotes


def test_every_gold_quote_is_found_with_its_speaker(seed):
    gold_quotes, predicted = seed
    assert len(gold_quotes) == 17
    unmatched = list(predicted)
    missing = []
    for gold in gold_quotes:
        contents = [gold["content"]] + ([gold["extended"]] if "extended" in gold else [])
        hit = next((p for p in unmatched if any(_fits(c, p.content) for c in contents)), None)
        if hit is None:
            missing.append(("content", gold["content"]["text"]))
            continue
        unmatched.remove(hit)
        spans = [hit.speaker, hit.speaker.antecedent] if hit.speaker else []
        speaker = gold["speaker"]
        if not any(s is not None and _overlaps(speaker, s) for s in spans):
            missing.append(("speaker", gold["content"]["text"], hit.speaker))
    assert missing == []


def test_kinds_match(seed):
    gold_quotes, predicted = seed
    by_start = {q.content.start: q.kind for q in predicted}
    for gold in gold_quotes:
        start = gold["content"]["start"]
        kinds = [k for s, k in by_start.items() if abs(s - start) < 3
                 or ("extended" in gold and abs(s - gold["extended"]["start"]) < 3)]
        assert gold["kind"] in kinds, gold["content"]["text"]
