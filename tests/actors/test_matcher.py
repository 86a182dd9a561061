"""Phrase matching: case rules, apostrophes, longest match (tokenizer only, no model)."""

from __future__ import annotations

import pytest
import spacy

from dyad.actors.matcher import find_hits


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def found(blank, lexicon, text):
    hits, _ = find_hits(blank(text), lexicon)
    doc = blank(text)
    return [doc[h.start:h.end].text for h in hits]


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey and Chad signed.", ["Turkey", "Chad"]),
    ("We ate turkey in chad-coloured plates.", []),
    ("The US said it would help us.", ["US"]),
    ("NATO and Nato are the same alliance.", ["NATO", "Nato", "alliance"]),
    ("the foreign ministry said", ["foreign ministry"]),
    ("The Interior Ministry Information and Press Department",
     ["Interior Ministry", "Information and Press Department"]),
    ("Officials in Côte d’Ivoire", ["Officials", "Côte d’Ivoire"]),
    ("the European Court of Human Rights ruled", ["European Court of Human Rights"]),
    ("RUSSIA WARNS GEORGIA", ["RUSSIA", "GEORGIA"]),
    ("Russian MPs and Russian mps", ["Russian", "MPs", "Russian"]),
])
def test_case_rules_and_longest_match(blank, shipped, text, expected):
    assert found(blank, shipped.actors, text) == expected


def test_cues_are_reported_apart_and_never_block(blank, shipped):
    hits, cues = find_hits(blank("Georgia's governor spoke in Atlanta."), shipped.actors)
    doc = blank("Georgia's governor spoke in Atlanta.")
    assert [doc[h.start:h.end].text for h in cues] == ["Georgia's governor", "Atlanta"]
    assert [doc[h.start:h.end].text for h in hits] == ["Georgia", "governor"]
