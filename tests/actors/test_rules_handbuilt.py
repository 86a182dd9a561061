"""Title, description and pronoun rules on hand-built parses (no model: no drift)."""

from __future__ import annotations

import pytest
import spacy

from dyad.actors import find_actors
from dyad.context import DocContext

from .handbuilt import build


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def run(vocab, shipped, rows, published="2021-08-06"):
    doc = build(vocab, rows)
    return {m.text: m for m in find_actors(doc, DocContext(published, None, (), shipped))}


def test_title_before_a_name_codes_the_person(vocab, shipped):
    found = run(vocab, shipped, [
        ("Tbilisi", "PROPN", "NNP", "compound", 1, "O"),
        ("Mayor", "PROPN", "NNP", "compound", 3, "O"),
        ("Nino", "PROPN", "NNP", "compound", 3, "B-PERSON"),
        ("Abashidze", "PROPN", "NNP", "nsubj", 4, "I-PERSON"),
        ("said", "VERB", "VBD", "ROOT", 4, "O"),
        (".", "PUNCT", ".", "punct", 4, "O"),
    ])
    assert found["Nino Abashidze"].code == "GEOGOVLOC"
    assert found["Nino Abashidze"].rule == "title"
    assert "Tbilisi" not in found  # a modifier inside the title, not an actor of its own


def test_the_ministry_is_the_last_ministry_named(vocab, shipped):
    found = run(vocab, shipped, [
        ("The", "DET", "DT", "det", 3, "O"),
        ("Armenian", "ADJ", "JJ", "amod", 3, "B-NORP"),
        ("Foreign", "PROPN", "NNP", "compound", 3, "O"),
        ("Ministry", "PROPN", "NNP", "nsubj", 4, "O"),
        ("protested", "VERB", "VBD", "ROOT", 4, "O"),
        (".", "PUNCT", ".", "punct", 4, "O"),
        ("The", "DET", "DT", "det", 7, "O"),
        ("ministry", "NOUN", "NN", "nsubj", 8, "O"),
        ("said", "VERB", "VBD", "ROOT", 8, "O"),
        (".", "PUNCT", ".", "punct", 8, "O"),
    ])
    assert found["Armenian Foreign Ministry"].code == "ARMGOV"
    described = found["The ministry"]
    assert (described.code, described.name) == ("ARMGOV", "Armenian Foreign Ministry")
    assert described.antecedent.text == "Armenian Foreign Ministry"


def test_apposition_then_pronoun(vocab, shipped):
    found = run(vocab, shipped, [
        ("Nino", "PROPN", "NNP", "compound", 1, "B-PERSON"),
        ("Abashidze", "PROPN", "NNP", "nsubj", 7, "I-PERSON"),
        (",", "PUNCT", ",", "punct", 1, "O"),
        ("a", "DET", "DT", "det", 5, "O"),
        ("Georgian", "ADJ", "JJ", "amod", 5, "B-NORP"),
        ("diplomat", "NOUN", "NN", "appos", 1, "O"),
        (",", "PUNCT", ",", "punct", 1, "O"),
        ("arrived", "VERB", "VBD", "ROOT", 7, "O"),
        (".", "PUNCT", ".", "punct", 7, "O"),
        ("He", "PRON", "PRP", "nsubj", 10, "O"),
        ("spoke", "VERB", "VBD", "ROOT", 10, "O"),
        (".", "PUNCT", ".", "punct", 10, "O"),
    ])
    assert found["Nino Abashidze"].code == "GEOGOV"
    assert found["Nino Abashidze"].rule == "apposition"
    he = found["He"]
    assert (he.code, he.name, he.antecedent.text) == ("GEOGOV", "Nino Abashidze",
                                                      "Nino Abashidze")
