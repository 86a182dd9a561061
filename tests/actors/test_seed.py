"""The seed article: every gold actor gets an accepted code; every quote speaker (He, the
ministry included) is a coded mention with the right name."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed(shared, seed_text, pipeline):
    gold = json.loads((shared / "eval" / "seed" / "gold.json").read_text(encoding="utf-8"))
    record = pipeline.code(seed_text, published=gold["published"])
    return gold, record.actors


def overlapping(mentions, span):
    return [m for m in mentions if m.start < span["end"] and span["start"] < m.end]


def test_every_gold_actor_has_an_accepted_code(seed):
    gold, mentions = seed
    missed = [a["text"] for a in gold["actors"]
              if not any(m.code in a["codes"] for m in overlapping(mentions, a))]
    assert not missed


def test_every_speaker_resolves(seed):
    gold, mentions = seed
    wrong = []
    for quote in gold["quotes"]:
        speaker = quote["speaker"]
        found = [m for m in overlapping(mentions, speaker) if m.code in speaker["codes"]]
        if not found:
            wrong.append(speaker["text"])
    assert not wrong


@pytest.mark.parametrize(("text", "name", "code"), [
    ("He", "Alexander Bikantov", "RUSGOV"),
    ("The ministry", "Georgian Foreign Ministry", "GEOGOV"),
    ("the ministry", "Georgian Foreign Ministry", "GEOGOV"),
])
def test_pronoun_and_description_speakers(seed, text, name, code):
    gold, mentions = seed
    spans = [q["speaker"] for q in gold["quotes"] if q["speaker"]["text"] == text]
    assert spans
    for span in spans:
        found = [m for m in mentions if (m.start, m.end) == (span["start"], span["end"])]
        assert found and (found[0].name, found[0].code) == (name, code)
        assert found[0].antecedent is not None
